public import SkillScanCore

/// What running one example produced: the rule's findings and where the example's markers
/// said they should be.
public struct ExampleOutcome: Sendable {
  /// The rule the example belongs to.
  public var ruleID: RuleID
  /// `file:line` of the example in the rule's source, for failure messages.
  public var origin: String
  /// Which variant of the example ran (`as written`, `in a bash fence` …).
  public var variant: String
  /// Path of the file the example text was placed in.
  public var file: String
  /// Marked lines, as lines of ``file``.
  public var expectedLines: [Int]
  /// Every finding of the rule under test, in report order.
  public var findings: [Finding]
  /// Problems that stopped the example from running (unknown rule …).
  public var errors: [String]

  /// Lines of ``file`` holding at least one finding.
  public var lines: [Int] { Array(Set(findings.filter { $0.file == file }.map(\.line))).sorted() }

  /// `(line, file)` of each finding.
  public var locations: [(line: Int, file: String)] { findings.map { ($0.line, $0.file) } }

  /// Why a triggering example failed; empty when it passed.
  ///
  /// The rule must fire. When the example has markers, every marked line needs a finding in
  /// the example's file, and (when `strict`) no finding may land on an unmarked line of it.
  /// - Parameter strict: reject findings on unmarked lines.
  /// - Returns: one message per problem, naming the example and the rule.
  public func triggeringFailures(strict: Bool = true) -> [String] {
    if !errors.isEmpty { return errors.map { message($0) } }
    guard !findings.isEmpty else { return [message("expected a finding, got none")] }
    var problems: [String] = []
    let found = Set(lines)
    for line in expectedLines where !found.contains(line) {
      problems.append(message("expected a finding on \(file):\(line); got \(describeFindings())"))
    }
    if strict && !expectedLines.isEmpty {
      let expected = Set(expectedLines)
      for finding in findings where finding.file == file && !expected.contains(finding.line) {
        problems.append(
          message("unexpected finding on unmarked line \(file):\(finding.line): \(finding.message)"))
      }
    }
    return problems
  }

  /// Why a non-triggering example failed; empty when the rule stayed silent.
  public func nonTriggeringFailures() -> [String] {
    if !errors.isEmpty { return errors.map { message($0) } }
    return findings.isEmpty ? [] : [message("expected no finding, got \(describeFindings())")]
  }

  /// A failure message naming the example and the rule.
  public func message(_ text: String) -> String {
    "\(origin) [\(ruleID)] (\(variant)): \(text)"
  }

  /// The findings as `file:line:column message` for messages.
  public func describeFindings() -> String {
    findings.isEmpty
      ? "no findings"
      : findings.map { "\($0.file):\($0.line):\($0.column) \($0.message)" }.joined(separator: "; ")
  }
}
