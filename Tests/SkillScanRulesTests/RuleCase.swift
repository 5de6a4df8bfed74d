import SkillScanCore
import SkillScanRules
import Testing

/// A rule as a test argument, shown by its ID so each rule is its own test case.
struct RuleCase: Sendable, CustomTestStringConvertible {
  let rule: RuleDescription

  var testDescription: String { rule.id.rawValue }

  static var all: [RuleCase] { BuiltInRules.all.map { RuleCase(rule: $0.description) } }
}

/// Records each failure at the example's own source line, so Xcode and the log point at the
/// example rather than at the test loop.
func record(_ failures: [String], at example: Example) {
  let name = example.sourceFile.split(separator: "/").last.map(String.init) ?? example.sourceFile
  let location = SourceLocation(
    fileID: "SkillScanRules/\(name)", filePath: example.sourceFile, line: max(1, example.sourceLine),
    column: 1)
  for failure in failures {
    Issue.record(Comment(rawValue: failure), sourceLocation: location)
  }
}
