import SkillScanCore

/// Windows system binaries that fetch and run code, and that destroy recovery data ("living
/// off the land"): `mshta https://…/setup.hta`, `regsvr32 /i:https://…/x.sct scrobj.dll`,
/// `rundll32 javascript:…GetObject("script:https://…")`, `certutil -urlcache -f URL f.dll &&
/// regsvr32 f.dll`, `vssadmin delete shadows /all`.
///
/// ClickFix lures and Windows droppers use them because no `curl | sh` appears; each is
/// recognised on one line of code (a fence, inline code, a script), lower-cased, at most
/// ``lineLimit`` bytes of it, so the cost is one pass over the code text.
enum WindowsLOLBins {
  struct Hit {
    var range: Range<Int>
    var message: String
    /// Runs code from the network (a download-execute chain when affirmative).
    var runsRemoteCode: Bool
  }

  static let lineLimit = 4_096
  /// The binaries a hit is reported at.
  static let anchors = ["mshta", "regsvr32", "rundll32", "certutil", "bitsadmin", "vssadmin", "wmic", "wbadmin", "bcdedit", "get-wmiobject"]

  /// One automaton pass decides whether a file names any of the binaries at all: most
  /// files that reach these checks (any file with `curl`, any with `rm`) name none.
  static let downloadGate = KeywordFilter(keywords: ["mshta", "regsvr32", "rundll32", "certutil", "bitsadmin"])
  static let recoveryGate = KeywordFilter(keywords: ["vssadmin", "wbadmin", "bcdedit", "shadowcopy"])

  /// Download-and-run lines in the code regions of `file`.
  static func downloads(in file: AnalyzedFile) -> [Hit] {
    guard downloadGate.occurs(in: file.bytes, range: 0..<file.bytes.count) else { return [] }
    return scan(file) { line, _ in
      let has = { (s: String) in ByteSearch.contains(line, Array(s.utf8)) }
      // A real address, not a detector's fragment (`regsvr32 /i:http`, `'\bmshta\b'`).
      let remote = has("http://") || has("https://")
      guard remote else { return nil }
      if runsAsCommand("mshta", line) {
        return ("mshta runs an HTML application from the network", true)
      }
      if runsAsCommand("regsvr32", line), has("/i:http") || has("-i:http") || has("scrobj") {
        return ("regsvr32 loads a remote scriptlet (scrobj.dll)", true)
      }
      if runsAsCommand("rundll32", line), has("javascript:") || has("script:") {
        return ("rundll32 runs script from the network", true)
      }
      if runsAsCommand("certutil", line), has("urlcache") || has("-verifyctl") {
        let runs = has("regsvr32") || has("rundll32") || has("start ") || has("start-process") || has(".exe &") || has(".exe\"")
          || has("&& %temp%") || has("& %temp%")
        return (runs ? "certutil downloads a file that the same line runs" : "certutil downloads a file", runs)
      }
      if runsAsCommand("bitsadmin", line), has("/transfer") {
        let runs = has("start ") || has("&& %") || has("& %") || has("start-process")
        return (runs ? "bitsadmin downloads a file that the same line runs" : "bitsadmin downloads a file", runs)
      }
      return nil
    }
  }

  /// Lines that delete shadow copies, backup catalogues or boot recovery.
  static func recoveryDestruction(in file: AnalyzedFile) -> [Hit] {
    guard recoveryGate.occurs(in: file.bytes, range: 0..<file.bytes.count) else { return [] }
    return scan(file) { line, language in
      let has = { (s: String) in ByteSearch.contains(line, Array(s.utf8)) }
      // In Python and JavaScript a command is a string either way; one that no call on its
      // line runs is data (`INDICATORS = [b"vssadmin delete shadows", …]` in a triage tool).
      if language == .python || language == .javascript,
        !anchors.contains(where: { runsAsCommand($0, line) }), !processRunners.contains(where: has)
      {
        return nil
      }
      if (has("vssadmin") && has("delete shadows")) || (has("wmic") && has("shadowcopy") && has("delete"))
        || (has("wbadmin") && has("delete")) || (has("bcdedit") && has("recoveryenabled no"))
        || (has("get-wmiobject") && has("win32_shadowcopy") && has("delete"))
      {
        return ("deletes shadow copies, backups or boot recovery (ransomware preparation)", false)
      }
      return nil
    }
  }

  /// Calls that run a command string, lower-cased as the lines are.
  static let processRunners = [
    "system(", "popen(", "run(", "call(", "check_output(", "exec(", "execsync(", "spawn(", "spawnsync(", "shell=true",
    "execfile(", "getoutput(",
  ]

  /// Whether `name` occurs in `line` outside quotes (an even number of `'` and `"` before
  /// it): a command, not a pattern in a detector's string list.
  static func runsAsCommand(_ name: String, _ line: [UInt8]) -> Bool {
    // One pass with the quote parity carried along: a line of many names stays linear.
    let needle = Array(name.utf8)
    guard let first = needle.first, line.count >= needle.count else { return false }
    var single = false
    var double = false
    for i in 0...(line.count - needle.count) {
      let b = line[i]
      if b == 0x27 { single.toggle() } else if b == 0x22 { double.toggle() }
      if b == first, !single, !double, line[i..<(i + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }

  /// `classify` applied to each line of each code region (fences, inline code, scripts).
  private static func scan(_ file: AnalyzedFile, _ classify: ([UInt8], Language) -> (String, Bool)?) -> [Hit] {
    let bytes = file.bytes
    var hits: [Hit] = []
    for region in file.regions where region.kind == .fencedCode || region.kind == .inlineCode || region.kind == .loadTimeDirective
      || (region.kind == .whole && region.language != .markdown)
    {
      let r = region.range.clamped(to: 0..<bytes.count)
      var start = r.lowerBound
      while start < r.upperBound {
        var end = start
        while end < r.upperBound, bytes[end] != 0x0A { end += 1 }
        let capped = start..<min(end, start + lineLimit)
        let folded = capped.isEmpty ? [] : bytes[capped].map(KeywordFilter.fold)
        if !capped.isEmpty, let (message, runs) = classify(folded, region.language) {
          // Reported at the binary's name: the command starts there, whatever precedes it.
          let anchor = anchors.compactMap { ByteSearch.firstIndex(of: Array($0.utf8), in: folded) }.min()
          let lo = start + (anchor ?? 0)
          hits.append(Hit(range: lo..<max(lo + 1, end), message: message, runsRemoteCode: runs))
        }
        start = end + 1
      }
    }
    return hits
  }
}
