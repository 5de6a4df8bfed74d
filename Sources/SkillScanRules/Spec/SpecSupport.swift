import Foundation
import SkillScanCore

/// Shared pieces of the strict-spec rules (formats.md §1, §2, §4): the six allowed keys,
/// where to report, NFKC and XML-tag checks.
enum SpecSupport {
  /// The only top-level keys the open spec, the reference validator and claude.ai accept.
  static let specKeys: Set<String> = [
    "name", "description", "license", "allowed-tools", "metadata", "compatibility",
  ]

  /// The spec and agentskills.io references every spec rule cites.
  static let references: [Reference] = [
    .url("https://agentskills.io/specification"), .taxonomy("formats.md §1.2"),
  ]

  /// Reports on a 1-based line of `SKILL.md`, at the start of the line, with the line as
  /// snippet; frontmatter findings are metadata context.
  static func report(
    _ message: String, line: Int, in skill: AnalyzedSkill, into sink: inout FindingSink,
    severity: Severity? = nil
  ) {
    guard let file = skill.skillFile, line > 0 else {
      sink.report(
        message, file: skill.bundle.skillFile?.path ?? "SKILL.md", line: max(0, line),
        severity: severity)
      return
    }
    let range = file.source.lines.range(ofLine: line, in: file.bytes)
    sink.report(message, in: file, at: range, severity: severity, context: .metadata)
  }

  /// The line of a top-level key, or the opening `---` when the key is absent.
  static func line(of key: String, in skill: AnalyzedSkill) -> Int {
    if let line = skill.frontmatter?.keyLines[key] { return line }
    return openingLine(skill)
  }

  /// The line of the opening `---` (1 when unknown).
  static func openingLine(_ skill: AnalyzedSkill) -> Int {
    guard let frontmatter = skill.frontmatter, let file = skill.skillFile else { return 1 }
    return file.source.lines.line(of: frontmatter.blockRange.lowerBound)
  }

  /// NFKC, as the reference validator normalises names before comparing and counting.
  static func nfkc(_ text: String) -> String { text.precomposedStringWithCompatibilityMapping }

  /// Length in Unicode scalars (Python's `len`, which the validator uses).
  static func length(_ text: String) -> Int { text.unicodeScalars.count }

  /// Whether `text` holds something shaped like an XML tag: `<name`, `</name` or `<!`, later
  /// closed by `>`. claude.ai refuses such names and descriptions.
  static func containsXMLTag(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let lastClose = scalars.lastIndex(of: ">") else { return false }
    var i = 0
    while i + 1 < scalars.count {
      if scalars[i] == "<" {
        var j = i + 1
        if scalars[j] == "/" || scalars[j] == "!" { j += 1 }
        if j < lastClose, scalars[j].properties.isAlphabetic {
          return true
        }
      }
      i += 1
    }
    return false
  }

  /// A short, quoted rendering of a value for messages.
  static func quoted(_ text: String) -> String { "'\(Snippet.make(text))'" }
}
