import SkillScanCore
import SkillScanRules
import SkillScanTestSupport
import Testing

/// Every rule's examples, run through the real pipeline with only that rule enabled.
@Suite("Rule examples")
struct RuleExamplesTests {
  @Test("Triggering examples fire on their marked lines", arguments: RuleCase.all)
  func triggering(_ rule: RuleCase) {
    for example in rule.rule.triggeringExamples {
      record(ExampleRunner.run(example, rule: rule.rule).triggeringFailures(), at: example)
    }
  }

  @Test("Non-triggering examples stay silent", arguments: RuleCase.all)
  func nonTriggering(_ rule: RuleCase) {
    for example in rule.rule.nonTriggeringExamples {
      record(ExampleRunner.run(example, rule: rule.rule).nonTriggeringFailures(), at: example)
    }
  }

  @Test("Script examples still fire inside a Markdown fence", arguments: RuleCase.all)
  func fenced(_ rule: RuleCase) {
    for example in rule.rule.triggeringExamples {
      guard let outcome = ExampleRunner.runFenced(example, rule: rule.rule) else { continue }
      record(outcome.triggeringFailures(), at: example)
    }
  }

  @Test("Columns count Unicode scalars after a multibyte prefix", arguments: RuleCase.all)
  func multibyteColumns(_ rule: RuleCase) {
    for example in rule.rule.triggeringExamples where example.text.contains("↓") {
      record(ExampleRunner.checkColumns(example, rule: rule.rule).failures, at: example)
    }
  }
}
