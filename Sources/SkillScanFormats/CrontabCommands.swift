public import SkillScanCore

/// The commands of a crontab a skill ships (`assets/crontab.txt`, `jobs.cron`, `crontab`).
///
/// A crontab line is a schedule and then a shell command (`*/20 * * * * tar czf - … | curl
/// --data-binary @- …`), run unattended for as long as the entry stays. As text no shell rule
/// reads the command; as a derived script reported at its lines every shell and flow rule
/// does. Only files whose name says cron are read, and only lines that start with a schedule.
public enum CrontabCommands {
  /// The command of each scheduled line of `file` as one shell script (nil when none).
  public static func derivedFile(of file: SourceFile) -> SourceFile? {
    guard file.kind != .binary, ByteSearch.contains(file.lowercasedName, "cron") else { return nil }
    let bytes = file.bytes
    var script = DerivedScript()
    var start = 0
    var lineNumber = 1
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      if let command = commandStart(bytes, start, end) {
        var valueEnd = end
        while valueEnd > command, bytes[valueEnd - 1] == 0x0D || bytes[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        if valueEnd > command {
          script.append(String(decoding: bytes[command..<valueEnd], as: UTF8.self), line: lineNumber, column: command - start + 1)
        }
      }
      start = end + 1
      lineNumber += 1
    }
    return script.file(of: file, suffix: "#cron", runsUnattended: true)
  }

  /// Nicknames that stand for a whole schedule.
  static let nicknames: Set<String> = ["@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]

  /// Where the command of the line `bytes[start..<end]` starts: after `@nickname`, or after
  /// five schedule fields (digits, `*`, `/`, `,`, `-`, or month and day names); nil for
  /// comments, `NAME=value` settings and anything else.
  static func commandStart(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
    var i = start
    func skipBlanks() { while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 } }
    func field() -> Range<Int> {
      let from = i
      while i < end, bytes[i] != 0x20, bytes[i] != 0x09 { i += 1 }
      return from..<i
    }
    skipBlanks()
    guard i < end, bytes[i] != 0x23 else { return nil }
    let first = field()
    if bytes[first.lowerBound] == 0x40 {
      guard nicknames.contains(String(decoding: bytes[first], as: UTF8.self).lowercased()) else { return nil }
    } else {
      guard isScheduleField(bytes[first]) else { return nil }
      for _ in 0..<4 {
        skipBlanks()
        guard i < end, isScheduleField(bytes[field()]) else { return nil }
      }
    }
    skipBlanks()
    return i < end ? i : nil
  }

  /// Whether a field is a schedule field: `*`, `*/20`, `0-5`, `1,15`, `mon-fri`, `jan`.
  static func isScheduleField(_ field: ArraySlice<UInt8>) -> Bool {
    guard !field.isEmpty, field.count <= 32 else { return false }
    var letters = 0
    for b in field {
      if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
        letters += 1
        continue
      }
      guard (b >= 0x30 && b <= 0x39) || b == 0x2A || b == 0x2F || b == 0x2C || b == 0x2D else { return false }
    }
    guard letters > 0 else { return true }
    // Month and day names (`mon-fri`, `jan,jul`), alone or in a list or range.
    return String(decoding: field, as: UTF8.self).lowercased().split(whereSeparator: { $0 == "," || $0 == "-" || $0 == "/" })
      .allSatisfy { $0.allSatisfy(\.isNumber) || $0 == "*" || names.contains(String($0)) }
  }

  static let names: Set<String> = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
  ]
}
