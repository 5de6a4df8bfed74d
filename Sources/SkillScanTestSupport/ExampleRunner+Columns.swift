public import SkillScanCore
import SkillScan
import SkillScanRules

extension ExampleRunner {
  /// The result of the multibyte-prefix variant.
  public struct ColumnCheck: Sendable {
    /// Marked lines where the variant could be compared.
    public var checkedLines: [Int]
    /// Problems, each naming the example and the rule.
    public var failures: [String]
  }

  /// Inserts a multibyte prefix (`é🙂`) at each marker of a triggering example and checks
  /// that the findings on that line move by exactly the prefix's scalar count (style.md §3).
  ///
  /// Columns are Unicode scalars (SARIF `unicodeCodePoints`); a rule or index that counts
  /// bytes shifts by more. The prefix is written so the line keeps its meaning: a bare
  /// `é🙂 ` in prose, `: é🙂; ` before a shell command and `"é🙂"; ` before a Python,
  /// JavaScript or PowerShell statement. A line where the prefixed text no longer triggers is
  /// skipped (not comparable) rather than failed.
  /// - Parameters:
  ///   - example: a triggering example with `↓` markers.
  ///   - rule: the rule's description.
  /// - Returns: which lines were compared and any failures.
  public static func checkColumns(_ example: Example, rule: RuleDescription) -> ColumnCheck {
    guard let type = BuiltInRules.all.first(where: { $0.description.id == rule.id }) else {
      return ColumnCheck(checkedLines: [], failures: [])
    }
    let marked = MarkedText(example.text)
    let skill = ExampleSkill(text: marked.text, language: example.language, path: example.path)
    let baseline = judge(skill, marked: marked, example: example, rule: type.init(), variant: "as written")
    let analyzed = Scanner(rules: []).analyze(skill.bundle)
    var check = ColumnCheck(checkedLines: [], failures: [])
    for line in marked.markedLines {
      guard let mark = marked.marks.first(where: { $0.line == line }) else { continue }
      let fileLine = line + skill.lineOffset
      let before = baseline.findings.filter { $0.file == skill.file && $0.line == fileLine }
      guard !before.isEmpty else { continue }
      let prefix = prefix(in: analyzed, file: skill.file, line: fileLine, column: mark.column)
      guard let text = marked.inserting(prefix, atMarkerOn: line) else { continue }
      let shifted = MarkedText(text)
      let variantSkill = ExampleSkill(text: shifted.text, language: example.language, path: example.path)
      let variant = judge(
        variantSkill, marked: shifted, example: example, rule: type.init(),
        variant: "with a multibyte prefix")
      let after = variant.findings.filter { $0.file == skill.file && $0.line == fileLine }
      guard !after.isEmpty else { continue }
      check.checkedLines.append(fileLine)
      let width = prefix.unicodeScalars.count
      let columns = Set(after.map(\.column))
      for finding in before {
        let expected = finding.column >= mark.column ? finding.column + width : finding.column
        if !columns.contains(expected) {
          check.failures.append(
            variant.message(
              "finding at \(finding.file):\(fileLine):\(finding.column) should move to column "
                + "\(expected) after inserting \(width) scalars; got columns "
                + columns.sorted().map(String.init).joined(separator: ", ")))
        }
      }
    }
    return check
  }

  /// A prefix that keeps the marked line's meaning in the language at the marker.
  static func prefix(in skill: AnalyzedSkill, file path: String, line: Int, column: Int) -> String {
    guard let file = skill.files.first(where: { $0.path == path }) else { return "é🙂 " }
    let bytes = file.bytes
    var offset = file.source.lines.starts[min(line - 1, file.source.lines.starts.count - 1)]
    var scalars = 1
    while scalars < column && offset < bytes.count {
      offset += 1
      while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      scalars += 1
    }
    let region = file.region(at: offset)
    let isCode: Bool
    let language: Language
    if let region {
      language = region.language
      isCode =
        region.kind == .fencedCode || region.kind == .whole || region.kind == .inlineCode
        || region.kind == .loadTimeDirective
    } else {
      language = file.source.language
      isCode = true
    }
    guard isCode else { return "é🙂 " }
    switch language {
    case .shell: return ": é🙂; "
    case .python, .javascript, .powershell: return "\"é🙂\"; "
    default: return "é🙂 "
    }
  }
}
