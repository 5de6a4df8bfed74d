import SkillScanCore
import SkillScanLexers

/// Flags commands that run when a skill is loaded, before any model sees them: Claude Code
/// `` !`cmd` `` directives and ```` ```! ```` fences in `SKILL.md`, and frontmatter `hooks`
/// commands.
///
/// The harness runs these with no model in the loop and is not Markdown-aware, so a
/// directive inside an "example" still runs. Network, credential, write or exec content is
/// high; a fetch that executes, or a send or credential read, is a complete chain
/// (taxonomy.md §6.3). Well-known read-only context commands (`git status`, `date`, `ls`) are
/// low, and prose that only happens to match the syntax is reported as "would execute".
struct LoadTimeCommandRule: Rule {
  static let description = RuleDescription(
    id: "load-time-command",
    name: "Load-time command",
    pattern: .loadTimeExecution,
    severity: .medium,
    confidence: .high,
    languages: [.markdown, .shell],
    summary: "A command runs when the skill loads, before the model or user sees it.",
    rationale: """
      `!` directives and hooks execute on the user's machine the moment a skill is invoked; \
      their output replaces the directive and is never reviewed. A directive that downloads, \
      sends data, reads credentials or writes files is an attack with no human or model in \
      the loop.
      """,
    remediation: "Keep load-time commands to read-only context (`git status`, `date`); move anything else into a script the user runs knowingly.",
    references: [.owaspLLM(3), .owaspLLM(5), .owaspASI(5), .atlas("AML.T0050"), .cwe(829), .taxonomy("5.6")],
    keywords: ["!`", "```!", "hooks", "~~~!", "~~~ !", "``` !"],
    triggeringExamples: LoadTimeCommandRule.triggering,
    nonTriggeringExamples: LoadTimeCommandRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    // A `package.json` install hook also runs unattended, but honest packages build and set
    // up with one all the time: it is judged by what it does, through the other rules.
    guard file.source.origin == nil else { return }
    for region in file.regions where region.context == .loadTime && region.language == .shell {
      let pipelines = ShellStructure.pipelines(tokens: region.tokens, bytes: bytes)
      report(Self.assess(pipelines, bytes, region.range), region.range, file, &sink)
    }
    if file.path == skill.bundle.skillFile?.path, let fm = skill.frontmatter, let hooks = fm["hooks"] {
      for (path, command) in hooks.flattened() where !command.isEmpty && !Self.isHookSetting(path) {
        guard let range = Self.locate(command, in: bytes, within: fm.yamlRange) else { continue }
        let pipelines = ShellStructure.pipelines(in: bytes, range: range)
        var assessment = Self.assess(pipelines, bytes, range)
        assessment.message = "frontmatter hook: " + assessment.message
        report(assessment, range, file, &sink)
      }
    }
  }

  /// Keys of a hook entry that configure it rather than hold a command (Claude Code's
  /// `{matcher, hooks: [{type, command, timeout}]}`): a `matcher: "Edit|Write"` read as a
  /// shell pipeline was a load-time command of its own.
  static let hookSettingKeys: Set<String> = ["matcher", "type", "timeout", "description", "name", "enabled", "once", "statusmessage"]

  /// Whether a flattened hook path (`PostToolUse[0].matcher`) ends in a setting key.
  static func isHookSetting(_ path: String) -> Bool {
    var key = Substring(path.split(separator: ".").last ?? Substring(path))
    if let bracket = key.firstIndex(of: "[") { key = key[..<bracket] }
    return hookSettingKeys.contains(key.lowercased())
  }

  private func report(_ a: Assessment, _ range: Range<Int>, _ file: AnalyzedFile, _ sink: inout FindingSink) {
    sink.report(
      a.message, in: file, at: range, severity: a.severity, confidence: a.confidence,
      context: .loadTime, chain: a.chain)
  }

  struct Assessment {
    var message: String
    var severity: Severity
    var confidence: Confidence
    var chain: ChainKind?
  }

  /// How dangerous a load-time command is.
  static func assess(_ pipelines: [ShellPipeline], _ bytes: [UInt8], _ range: Range<Int>) -> Assessment {
    let s = ShellCommandSemantics(pipelines, bytes)
    let text = Snippet.make(ByteText.string(range, in: bytes))
    if s.downloadExecute {
      return Assessment(message: "load-time command downloads and runs code: \(text)", severity: .high, confidence: .high, chain: .downloadExecute)
    }
    if s.sends || (s.credentials && s.network) {
      return Assessment(message: "load-time command sends data out: \(text)", severity: .high, confidence: .high, chain: .exfiltration)
    }
    if s.credentials {
      return Assessment(message: "load-time command reads credentials into the context: \(text)", severity: .high, confidence: .medium, chain: .exfiltration)
    }
    if s.network || s.writes || s.executes {
      return Assessment(message: "load-time command with network, write or exec effects: \(text)", severity: .high, confidence: .high, chain: nil)
    }
    if s.names.isEmpty || looksLikeProse(range, bytes) {
      return Assessment(message: "text matches load-time syntax and would execute: \(text)", severity: .low, confidence: .low, chain: nil)
    }
    if s.readOnly {
      return Assessment(message: "load-time context command: \(text)", severity: .info, confidence: .high, chain: nil)
    }
    return Assessment(message: "load-time command: \(text)", severity: .medium, confidence: .high, chain: nil)
  }

  /// A directive whose "command" starts with punctuation or is a phrase (`-rules`).
  static func looksLikeProse(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
    guard let first = bytes[range].first(where: { $0 != 0x20 }) else { return true }
    return !((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A) && first != 0x2E && first != 0x2F && first != 0x7E
  }

  /// Where a hook command's text sits in the frontmatter (first occurrence).
  static func locate(_ command: String, in bytes: [UInt8], within range: Range<Int>) -> Range<Int>? {
    let probe = String(command.prefix(80))
    guard let at = DestructiveCommandRule.find(probe, in: range, bytes) else { return nil }
    return at..<min(range.upperBound, at + command.utf8.count)
  }
}
