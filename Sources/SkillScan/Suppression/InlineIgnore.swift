public import SkillScanCore

/// One `skillscan-ignore RULE[, RULE…]: reason` comment found in a skill file.
public struct InlineIgnore: Sendable, Hashable {
  /// Path of the file inside the skill.
  public var file: String
  /// 1-based line of the comment.
  public var line: Int
  /// Lines whose findings it covers: its own line and the next non-blank line.
  public var targetLines: [Int]
  /// The rules it names (as written; only exact IDs match, there is no wildcard).
  public var rules: [RuleID]
  /// The text after `:`, trimmed; empty when the comment gives none (then it suppresses nothing).
  public var reason: String
  /// The comment from the marker on, for snippets (its line number is not part of it, so
  /// fingerprints of the notes it causes survive line shifts).
  public var text: String

  public init(file: String, line: Int, targetLines: [Int], rules: [RuleID], reason: String, text: String = "") {
    self.text = text
    self.file = file
    self.line = line
    self.targetLines = targetLines
    self.rules = rules
    self.reason = reason
  }

  /// Whether the comment names `finding`'s rule and sits on or just above its line.
  public func covers(_ finding: Finding) -> Bool {
    finding.file == file && targetLines.contains(finding.line) && rules.contains(finding.ruleID)
  }
}
