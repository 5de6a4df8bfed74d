/// A detection rule: a declared ``RuleDescription`` plus a small, stateless check.
///
/// The engine calls ``check(file:in:into:)`` once for every file or region language the rule
/// subscribes to, and ``check(skill:into:)`` once per skill for cross-file rules. Both have
/// empty defaults so a rule implements only the one it needs.
///
/// ```swift
/// struct ExampleRule: Rule {
///   static let description = RuleDescription(id: "example", …)
///   func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
///     …
///     sink.report("what was found", in: file, at: range)
///   }
/// }
/// ```
public protocol Rule: Sendable {
  /// The rule's metadata.
  static var description: RuleDescription { get }
  init()
  /// Checks one file whose language (or one of whose regions' languages) the rule subscribes to.
  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink)
  /// Checks the skill as a whole (frontmatter, cross-file links).
  func check(skill: AnalyzedSkill, into sink: inout FindingSink)
}

extension Rule {
  public func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {}
  public func check(skill: AnalyzedSkill, into sink: inout FindingSink) {}
  /// The instance's metadata.
  public var description: RuleDescription { Self.description }
}
