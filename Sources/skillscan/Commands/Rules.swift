import ArgumentParser
import Foundation
import SkillScan

extension SkillScanCommand {
  /// `skillscan rules`: list every rule and check; `rules explain ID` documents one.
  struct Rules: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rules",  // named, not derived from the type by reflection at start-up
      abstract: "List the rules and checks SkillScan reports.",
      discussion: "Includes detection rules, loader checks and discovery checks.",
      subcommands: [Explain.self])

    @Option(name: .shortAndLong, help: "Listing format ('markdown' generates docs/rules.md).")
    var format: ListFormat = .text

    func run() async throws {
      let rules = RuleCatalog.all
      let text: String
      switch format {
      case .text: text = RuleListing.text(rules)
      case .json: text = try RuleListing.json(rules)
      case .markdown: text = RuleListing.markdown(rules)
      }
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}
