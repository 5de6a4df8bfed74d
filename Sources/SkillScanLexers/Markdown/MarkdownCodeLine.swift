public import SkillScanCore

/// Recognises a paragraph that is code written without a fence: a Python line that opens
/// with an `import` statement (`import requests; requests.get(…)`), or a JavaScript line that
/// opens with a `require(…)` binding.
///
/// Markdown renders such a line as prose, but an agent reading the skill sees a statement
/// it can run, and injected payloads are often pasted into a skill exactly like that. Only a
/// line that *parses* as the statement counts ("import your data into the sheet" does not),
/// so ordinary sentences stay prose. The test reads the first line only: linear and bounded.
enum MarkdownCodeLine {
  /// The language of a paragraph whose first line is an unfenced statement, if it is one.
  static func language(of range: Range<Int>, in b: [UInt8]) -> Language? {
    var p = range.lowerBound
    var e = p
    let limit = min(range.upperBound, p + 4_097)
    while e < limit && b[e] != 0x0A { e += 1 }
    guard e - p <= 4_096 else { return nil }
    while p < e && (b[p] == 0x20 || b[p] == 0x09) { p += 1 }
    if isPythonImport(b, p, e) { return .python }
    if isRequireBinding(b, p, e) { return .javascript }
    return nil
  }

  /// `import a.b [as c][, d]` or `from a.b import c[, d | *]`, then the end of the line or
  /// `;` (more statements follow).
  static func isPythonImport(_ b: [UInt8], _ p: Int, _ e: Int) -> Bool {
    if MarkdownLine.startsWith(b, p, e, "import "), let k = dottedNames(b, p + 7, e) {
      return statementEnds(b, k, e)
    }
    guard MarkdownLine.startsWith(b, p, e, "from ") else { return false }
    var k = p + 5
    while k < e && b[k] == 0x2E { k += 1 }  // relative imports
    guard let afterModule = dottedName(b, k, e), afterModule < e, b[afterModule] == 0x20,
      MarkdownLine.startsWith(b, afterModule + 1, e, "import ")
    else { return false }
    k = afterModule + 8
    while k < e && b[k] == 0x20 { k += 1 }
    if k < e && b[k] == 0x2A { return statementEnds(b, k + 1, e) }
    guard let end = dottedNames(b, k, e) else { return false }
    return statementEnds(b, end, e)
  }

  /// `const|let|var <name or {…}> = require(`.
  static func isRequireBinding(_ b: [UInt8], _ p: Int, _ e: Int) -> Bool {
    var k: Int
    if MarkdownLine.startsWith(b, p, e, "const ") { k = p + 6 }
    else if MarkdownLine.startsWith(b, p, e, "let ") || MarkdownLine.startsWith(b, p, e, "var ") { k = p + 4 }
    else { return false }
    while k < e && b[k] == 0x20 { k += 1 }
    if k < e && b[k] == 0x7B {
      while k < e && b[k] != 0x7D && (ByteClass.isIdent(b[k]) || b[k] == 0x7B || b[k] == 0x20 || b[k] == 0x2C || b[k] == 0x3A) { k += 1 }
      guard k < e, b[k] == 0x7D else { return false }
      k += 1
    } else {
      guard let end = dottedName(b, k, e), !ByteText.equals(k..<end, "of", in: b) else { return false }
      k = end
    }
    while k < e && b[k] == 0x20 { k += 1 }
    guard k < e, b[k] == 0x3D else { return false }
    k += 1
    while k < e && b[k] == 0x20 { k += 1 }
    return MarkdownLine.startsWith(b, k, e, "require(")
  }

  /// The end of one identifier path (`os.path`), or nil when none starts at `k`.
  private static func dottedName(_ b: [UInt8], _ start: Int, _ e: Int) -> Int? {
    guard start < e, ByteClass.isIdentStart(b[start]), b[start] < 0x80 else { return nil }
    var k = start
    while k < e && (ByteClass.isIdent(b[k]) || b[k] == 0x2E) && b[k] < 0x80 { k += 1 }
    return k
  }

  /// The end of `name [as alias][, name [as alias]]…`.
  private static func dottedNames(_ b: [UInt8], _ start: Int, _ e: Int) -> Int? {
    guard var k = dottedName(b, start, e) else { return nil }
    while true {
      var j = k
      while j < e && b[j] == 0x20 { j += 1 }
      if MarkdownLine.startsWith(b, j, e, "as "), let alias = dottedName(b, j + 3, e) {
        k = alias
        continue
      }
      if j < e, b[j] == 0x2C {
        j += 1
        while j < e && b[j] == 0x20 { j += 1 }
        guard let next = dottedName(b, j, e) else { return nil }
        k = next
        continue
      }
      return k
    }
  }

  /// The statement ends at `k`: only blanks, then the line end or `;`.
  private static func statementEnds(_ b: [UInt8], _ k: Int, _ e: Int) -> Bool {
    var j = k
    while j < e && (b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D) { j += 1 }
    return j == e || b[j] == 0x3B
  }
}
