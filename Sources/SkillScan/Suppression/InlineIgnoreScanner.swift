public import SkillScanCore

/// Finds `skillscan-ignore` comments in a file's raw bytes, in one linear pass.
///
/// The marker counts only after a comment opener on the same line — `<!--` (Markdown, HTML),
/// `#` (shell, Python, YAML, TOML, PowerShell), `//` or `/*` (JavaScript, TypeScript) — so
/// prose that merely mentions the marker is not a directive. Then come one or more rule IDs
/// separated by commas, and `: reason` up to the end of the line (a closing `-->` or `*/` is
/// dropped). A marker followed by no rule ID is not a directive.
public enum InlineIgnoreScanner {
  static let marker = Array("skillscan-ignore".utf8)
  static let maxReasonBytes = 512

  /// Every directive in `file` (none for binary files).
  public static func scan(_ file: SourceFile) -> [InlineIgnore] {
    guard file.kind != .binary else { return [] }
    let b = file.bytes
    var found: [InlineIgnore] = []
    var from = 0
    var scanned = 0  // bytes before this offset have been classified
    var hasOpener = false
    var lastLine = 0
    var lastNext: Int?
    while let at = ByteSearch.firstIndex(of: marker, in: b, from: from) {
      from = at + marker.count
      // Update the comment-opener state for the current line up to the marker.
      while scanned < at {
        let c = b[scanned]
        if c == 0x0A {
          hasOpener = false
        } else if c == UInt8(ascii: "#") {
          hasOpener = true
        } else if c == UInt8(ascii: "/"), scanned + 1 < b.count, b[scanned + 1] == UInt8(ascii: "/") || b[scanned + 1] == UInt8(ascii: "*") {
          hasOpener = true
        } else if c == UInt8(ascii: "<"), scanned + 3 < b.count, b[scanned + 1] == UInt8(ascii: "!"),
          b[scanned + 2] == UInt8(ascii: "-"), b[scanned + 3] == UInt8(ascii: "-")
        {
          hasOpener = true
        }
        scanned += 1
      }
      guard hasOpener, from < b.count, b[from] == 0x20 || b[from] == 0x09 else { continue }
      guard let (rules, reason) = parseDirective(b, from: from) else { continue }
      let line = file.lines.line(of: at)
      if line != lastLine {
        lastLine = line
        lastNext = nextNonBlankLine(after: line, in: file)
      }
      var targets = [line]
      if let lastNext { targets.append(lastNext) }
      var end = at
      while end < b.count, end - at < maxReasonBytes, b[end] != 0x0A { end += 1 }
      let text = String(decoding: b[at..<end], as: UTF8.self).trimmingBlanks
      found.append(
        InlineIgnore(file: file.path, line: line, targetLines: targets, rules: rules, reason: reason, text: text))
    }
    return found
  }

  /// Rule IDs and reason after the marker; nil when no rule ID follows.
  static func parseDirective(_ b: [UInt8], from start: Int) -> ([RuleID], String)? {
    var i = start
    var rules: [RuleID] = []
    func skipBlanks() { while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 } }
    // Bounded: markers packed on one huge line must not make the pass quadratic.
    while rules.count < 16, i - start < maxReasonBytes {
      skipBlanks()
      let idStart = i
      while i < b.count, isRuleIDByte(b[i]) { i += 1 }
      guard i > idStart else { break }
      var idEnd = i
      while idEnd > idStart, b[idEnd - 1] == 0x2D { idEnd -= 1 }  // `rule-->` closes a comment
      if idEnd > idStart { rules.append(RuleID(rawValue: String(decoding: b[idStart..<idEnd], as: UTF8.self))) }
      skipBlanks()
      guard i < b.count, b[i] == UInt8(ascii: ",") else { break }
      i += 1
    }
    guard !rules.isEmpty else { return nil }
    skipBlanks()
    guard i < b.count, b[i] == UInt8(ascii: ":") else { return (rules, "") }
    i += 1
    // A reason is a sentence; capping it keeps many markers on one huge line linear.
    var end = i
    while end < b.count, end - i < maxReasonBytes, b[end] != 0x0A { end += 1 }
    var reason = String(decoding: b[i..<end], as: UTF8.self).trimmingBlanks
    for closer in ["-->", "*/"] where reason.hasSuffix(closer) {
      reason = String(reason.dropLast(closer.count)).trimmingBlanks
    }
    return (rules, reason)
  }

  /// The first line after `line` holding something other than blanks.
  static func nextNonBlankLine(after line: Int, in file: SourceFile) -> Int? {
    var candidate = line + 1
    while candidate <= file.lines.lineCount {
      let range = file.lines.range(ofLine: candidate, in: file.bytes)
      if file.bytes[range].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { return candidate }
      candidate += 1
    }
    return nil
  }

  static func isRuleIDByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D
  }
}

extension String {
  /// Without leading and trailing spaces, tabs and carriage returns.
  var trimmingBlanks: String {
    let blanks: Set<Character> = [" ", "\t", "\r"]
    var text = Substring(self)
    while let first = text.first, blanks.contains(first) { text.removeFirst() }
    while let last = text.last, blanks.contains(last) { text.removeLast() }
    return String(text)
  }
}
