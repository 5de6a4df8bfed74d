import Foundation
import Testing

/// The GitHub Action and pre-commit hook definitions parse and name what docs/CI.md promises.
@Suite struct CIFilesTests {
  /// Parses YAML files with PyYAML and prints a JSON summary of each.
  private static let script = """
    import json, sys, yaml
    out = {}
    for path in sys.argv[1:]:
        out[path.rsplit('/', 1)[-1]] = yaml.safe_load(open(path))
    print(json.dumps(out, default=str))
    """

  static func parsed() throws -> [String: Any]? {
    let root = CLIRunner.packageRoot
    let files = ["action.yml", ".pre-commit-hooks.yaml", "Examples/.skillscan.yml"].map { root.appendingPathComponent($0).path }
    let output = try CLIRunner.runTool("/usr/bin/env", ["python3", "-c", script] + files, environment: [:])
    guard let data = output.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      if output.contains("No module named 'yaml'") { return nil }
      throw CLITestError("YAML did not parse: \(output)")
    }
    return json
  }

  @Test func actionIsACompositeActionWithTheDocumentedInputs() throws {
    guard let files = try Self.parsed() else { return }
    let action = try #require(files["action.yml"] as? [String: Any])
    let inputs = try #require(action["inputs"] as? [String: Any])
    for input in ["path", "fail-on", "format", "sarif-file", "config", "baseline", "version"] {
      #expect(inputs[input] != nil, "input \(input)")
    }
    let runs = try #require(action["runs"] as? [String: Any])
    #expect(runs["using"] as? String == "composite")
    let steps = try #require(runs["steps"] as? [[String: Any]])
    let uses = steps.compactMap { $0["uses"] as? String }
    #expect(uses.contains { $0.hasPrefix("github/codeql-action/upload-sarif") })
    let upload = steps.first { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif") == true }
    #expect((upload?["if"] as? String)?.contains("always()") == true)
  }

  @Test func preCommitHookRunsSkillscanWithoutFilenames() throws {
    guard let files = try Self.parsed() else { return }
    let hooks = try #require(files[".pre-commit-hooks.yaml"] as? [[String: Any]])
    let hook = try #require(hooks.first { $0["id"] as? String == "skillscan" })
    #expect(hook["pass_filenames"] as? Bool == false)
    #expect((hook["entry"] as? String)?.contains("skillscan") == true)
  }

  @Test func exampleConfigIsAValidConfig() throws {
    let example = CLIRunner.packageRoot.appendingPathComponent("Examples/.skillscan.yml").path
    let tmp = try TempFolder()
    let skill = try tmp.skill("changelog", name: "changelog")
    let result = try CLIRunner.run(["scan", skill.path, "--config", example, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("warning"), "\(result.stderr)")
  }
}
