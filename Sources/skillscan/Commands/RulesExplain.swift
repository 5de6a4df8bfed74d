import ArgumentParser
import Foundation
import SkillScan
import SkillScanCore

extension SkillScanCommand.Rules {
  /// `skillscan rules explain ID`: everything about one rule, rendered from its description.
  struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "explain",  // named, not derived from the type by reflection at start-up
      abstract: "Explain a rule: what it detects, why it matters, what to do, examples.")

    @Argument(help: ArgumentHelp("A rule ID as printed in reports.", valueName: "rule-id"))
    var id: String

    func validate() throws {
      guard RuleCatalog.description(of: RuleID(rawValue: id)) == nil else { return }
      let near = RuleCatalog.all.map(\.id.rawValue).filter { $0.contains(id) || id.contains($0) }
      let hint = near.isEmpty ? "" : " Did you mean: \(near.prefix(5).joined(separator: ", "))?"
      throw ValidationError("unknown rule ID '\(id)'.\(hint) Run 'skillscan rules' to list them.")
    }

    func run() async throws {
      guard let description = RuleCatalog.description(of: RuleID(rawValue: id)) else {
        throw StandardError.fail("unknown rule ID '\(id)'")
      }
      FileHandle.standardOutput.write(Data(RuleExplanation.text(description).utf8))
    }
  }
}
