import SkillScanCore
import SkillScanLexers

/// Start-up entries a PowerShell script installs, read line by line: a Run key
/// (`Set-ItemProperty`/`New-ItemProperty`/`reg add` on `…\CurrentVersion\Run`, written out or
/// through a variable assigned the path) and a scheduled task (`Register-ScheduledTask`,
/// `schtasks /create`).
///
/// The shell readers see POSIX shell only, so PowerShell scripts had no persistence check. An
/// entry that starts PowerShell hidden with the execution policy bypassed, or that fetches or
/// decodes, is the payload half of the chain: no honest start-up entry hides its window and
/// switches off script signing.
enum PersistenceInPowerShell {
  struct Hit {
    var range: Range<Int>
    var message: String
    var payload: Bool
  }

  /// Run-key writers whose variable argument is looked up, per file.
  static let maxLookups = 16

  /// Longest line read; a longer one is read up to this many bytes.
  static let maxLine = 2_000

  static let runKeyWriters = ["set-itemproperty", "new-itemproperty", "reg add", "reg.exe add"].map { Array($0.utf8) }
  static let taskWriters = ["register-scheduledtask", "schtasks /create", "schtasks.exe /create"].map { Array($0.utf8) }
  static let payloadMarkers = [
    "-windowstyle hidden", "-w hidden", "-executionpolicy bypass", "-ep bypass", "-exec bypass", "-encodedcommand", "-enc ",
    "downloadstring", "invoke-webrequest", "iwr ", "invoke-expression", "iex ", "frombase64string",
  ].map { Array($0.utf8) }

  static func find(in file: AnalyzedFile) -> [Hit] {
    let bytes = file.bytes
    var hits: [Hit] = []
    // Each variable lookup may read the file to its end: a bounded number per file.
    var lookups = 0
    for region in file.regions where region.language == .powershell && (region.kind == .whole || region.kind == .fencedCode) {
      let range = region.range.clamped(to: 0..<bytes.count)
      guard ByteText.contains(range, "currentversion\\run", in: bytes, ignoringCase: true)
        || ByteText.contains(range, "scheduledtask", in: bytes, ignoringCase: true)
        || ByteText.contains(range, "schtasks", in: bytes, ignoringCase: true)
      else { continue }
      var start = range.lowerBound
      while start < range.upperBound, hits.count < 16 {
        var end = start
        while end < range.upperBound, bytes[end] != 0x0A { end += 1 }
        defer { start = end + 1 }
        var first = start
        while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        guard first < end, bytes[first] != 0x23 else { continue }
        let line = bytes[first..<min(end, first + maxLine)].map(KeywordFilter.fold)
        let payload = payloadMarkers.contains { ByteSearch.contains(line, $0) }
        if runKeyWriters.contains(where: { line.starts(with: $0) }),
          ByteSearch.contains(line, Array("currentversion\\run".utf8)) || (lookups < maxLookups && { lookups += 1; return runKeyVariable(line, bytes) }())
        {
          hits.append(Hit(range: first..<end, message: "adds a Windows Run key", payload: payload))
        } else if taskWriters.contains(where: { line.starts(with: $0) }) {
          hits.append(Hit(range: first..<end, message: "registers a Windows scheduled task", payload: payload))
        }
      }
    }
    return hits
  }

  /// Whether an argument of the line is a variable the file assigns a Run key path.
  static func runKeyVariable(_ line: [UInt8], _ bytes: [UInt8]) -> Bool {
    var i = 0
    var checked = 0
    while i < line.count, checked < 4 {
      guard line[i] == 0x24 else {
        i += 1
        continue
      }
      var j = i + 1
      while j < line.count, OtherScriptText.isWordByte(line[j]) { j += 1 }
      if j > i + 1 {
        checked += 1
        if PersistenceMechanismRule.namesRunKey(variable: String(decoding: line[i..<j], as: UTF8.self), in: bytes) { return true }
      }
      i = j
    }
    return false
  }
}
