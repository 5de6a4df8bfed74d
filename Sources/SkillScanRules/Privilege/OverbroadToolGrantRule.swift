import SkillScanCore
import SkillScanFormats

/// Flags permission grants broader than a skill needs: unscoped shell in `allowed-tools`
/// (`Bash`, `Bash(*)`), shell grants for network, privilege or deletion commands, wildcard
/// MCP servers, write-plus-shell on a read-only skill, OpenClaw `always: true` and
/// `command-dispatch: tool` to a shell, wildcard `permissions`, and remote MCP servers in
/// Codex `agents/openai.yaml`.
///
/// `allowed-tools` is a pre-approval, not a sandbox: listed tools run without a prompt. A
/// broad grant is never malicious on its own (PE1 is low); it raises the weight of any chain
/// that uses the granted tool. Scoped grants (`Bash(git diff *)`) are not reported.
struct OverbroadToolGrantRule: Rule {
  static let description = RuleDescription(
    id: "overbroad-tool-grant",
    name: "Over-broad tool grant",
    pattern: .pe1,
    severity: .low,
    confidence: .high,
    languages: [],
    summary: "The skill pre-approves unscoped shell, risky commands, wildcard MCP or always-on loading.",
    rationale: """
      Tools listed in `allowed-tools` run without a permission prompt while the skill is \
      active, and OpenClaw `always: true` loads a skill into every session. Unscoped shell \
      or wildcard grants hand any injected instruction a prompt-free path to act.
      """,
    remediation: "Grant only the commands the skill needs (`Bash(git diff *)`), specific MCP tools, and drop `always: true`.",
    references: [.owaspLLM(6), .owaspASI(2), .owaspASI(3), .atlas("AML.T0053"), .cwe(250), .taxonomy("PE1"), .taxonomy("5.10")],
    triggeringExamples: OverbroadToolGrantRule.triggering,
    nonTriggeringExamples: OverbroadToolGrantRule.nonTriggering
  )

  /// Commands whose grant is risky even when scoped to them.
  static let riskyCommands: Set<String> = [
    "curl", "wget", "sudo", "su", "rm", "ssh", "scp", "nc", "ncat", "eval", "sh", "bash", "zsh",
    "python", "python3", "node", "chmod", "chown", "dd",
  ]

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard let fm = skill.frontmatter, let path = skill.bundle.skillFile?.path else { return }
    let line = fm.keyLines["allowed-tools"] ?? 0
    let grants = AllowedTools.parse(fm["allowed-tools"])
    var hasWrite = false
    var hasShell = false
    for grant in grants {
      hasShell = hasShell || grant.isShell
      hasWrite = hasWrite || ["write", "edit", "multiedit"].contains(grant.name.lowercased())
      if grant.isUnscopedShell {
        sink.report("allowed-tools pre-approves any shell command: \(grant)", file: path, line: line, snippet: grant.description)
      } else if let prefix = grant.commandPrefix, Self.riskyCommands.contains(prefix.lowercased()) {
        sink.report("allowed-tools pre-approves '\(prefix)' without a prompt: \(grant)", file: path, line: line, snippet: grant.description)
      } else if grant.isWildcardMCP || grant.name == "*" {
        sink.report("allowed-tools pre-approves a whole MCP server or every tool: \(grant)", file: path, line: line, snippet: grant.description)
      }
    }
    let description = (fm.description ?? "").lowercased()
    if hasWrite && hasShell && (description.contains("read-only") || description.contains("read only")) {
      sink.report("a read-only skill pre-approves Write and shell", file: path, line: line)
    }
    if case .list(let items)? = fm["permissions"], items.contains(where: { ["*", "all", "bash", "shell"].contains($0.scalarText?.lowercased() ?? "") }) {
      sink.report("permissions list grants shell or every permission", file: path, line: fm.keyLines["permissions"] ?? 0)
    }
    if let dispatch = fm["command-dispatch"]?.scalarText, dispatch.lowercased() == "tool",
      let tool = fm["command-tool"]?.scalarText, ToolGrant(name: tool).isShell || tool.lowercased().contains("exec")
    {
      sink.report("slash command dispatches straight to shell tool '\(tool)', bypassing the model", file: path, line: fm.keyLines["command-dispatch"] ?? 0)
    }
    if let openclaw = OpenClawMetadata(fm), openclaw.always {
      sink.report("OpenClaw always: true loads the skill into every session", file: path, line: openclaw.line ?? 0)
    }
    for file in skill.files where file.path.lowercased().hasSuffix("agents/openai.yaml") {
      if ByteTextSearch.contains(0..<file.bytes.count, "url:", file.bytes),
        ByteTextSearch.contains(0..<file.bytes.count, "mcp", file.bytes)
      {
        sink.report("agents/openai.yaml pulls a remote MCP server into the agent", file: file.path, line: 0)
      }
    }
  }
}
