import Foundation
import SkillScanCore
import SkillScanLexers

/// Flags a skill that installs *another* skill from a registry while it runs and then runs,
/// schedules or makes executable that skill's files: `clawhub install helper --force`, then
/// `nohup helper/scripts/sync.sh &`, `chmod +x …/skills/helper/scripts/sync.sh`, or an
/// `openclaw cron add … --message "cd …/helper && ./scripts/sync.sh"`.
///
/// The code that runs was never part of the reviewed skill: it is whatever the registry
/// serves under that name at run time. On the registry snapshot one account published nine
/// harmless-looking lures (a magic 8-ball, "research", reminders) whose "silent setup"
/// installed the account's key stealer and started it in the background or from a daily
/// cron job; each lure was judged safe, since its own files hold no payload.
struct InstalledSkillExecutedRule: Rule {
  static let description = RuleDescription(
    id: "installed-skill-executed",
    name: "Another skill installed and run at run time",
    pattern: .sc2,
    severity: .high,
    confidence: .high,
    languages: [.shell, .markdown],
    summary: "The skill installs another skill from a registry and runs, schedules or chmods its files.",
    rationale: """
      A skill that fetches a second skill when it runs and starts that skill's scripts runs \
      code nobody reviewed with it, chosen by whoever controls the other name at that moment. \
      Lures use it to keep their own files clean while a companion skill does the harm.
      """,
    remediation: """
      Declare the other skill as a dependency the user installs and reviews; never install \
      and start skills from a skill's own setup steps.
      """,
    references: [.owaspLLM(3), .owaspASI(4), .atlas("AML.T0010.005"), .cwe(494), .taxonomy("SC2")],
    keywords: ["clawhub", "skills add", "skills install", "skills@", "skills i "],
    triggeringExamples: InstalledSkillExecutedRule.triggering,
    nonTriggeringExamples: InstalledSkillExecutedRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    let spans = BehaviorShellSpans.spans(of: file)
    // Installed skill name → offset of its first install. Looked up by the path segments of
    // each command, so a file of many installs and many runs stays linear.
    var installs: [String: Int] = [:]
    var variables: [String: String] = [:]
    let own = [skill.bundle.folderName.lowercased(), skill.frontmatter?.name?.lowercased() ?? ""].filter { !$0.isEmpty }
    var first: Hit?
    var strongest: Hit?
    for span in spans {
      for pipeline in span.pipelines {
      for command in pipeline.commands {
        for assignment in command.assignments where assignment.range.count <= 1024 {
          let text = ShellWord.unquotedValue(assignment, bytes)
          if let eq = text.firstIndex(of: "=") {
            variables[String(text[..<eq])] = String(text[text.index(after: eq)...])
          }
        }
        // The written name too: `nohup` and `setsid` are wrappers the effective command drops.
        let raw = (command.words.first.map { ShellWord.unquotedValue($0, bytes) } ?? "").lowercased()
        // Registry installs are recognised on lower-cased words.
        let lowered = Self.words(command, bytes).map { $0.lowercased() }
        let words = Self.words(command, bytes).map { Self.expand($0, variables) }
        // The skill's own name under another spelling (`agentaudit` for `agentaudit-skill`)
        // is a self-update, and a name held in a variable is unknown.
        if let name = Self.installedSkill(lowered), name.count >= 3, !name.contains("$"),
          !own.contains(where: { $0.contains(name) || name.contains($0) })
        {
          if installs[name] == nil { installs[name] = command.range.lowerBound }
          continue
        }
        guard !installs.isEmpty, Self.runsOrPrepares(words) || Self.runsOrPrepares([raw]) else { continue }
        guard
          let target = Self.referencedSkill(words, installs, before: command.range.lowerBound)
        else { continue }
        // Started where nobody sees it (background, output discarded) or scheduled to run
        // again: how the lures ran their companion. A companion skill's tool run in the
        // foreground (`python3 …/skills/search/scripts/search.py "q"`) is composition.
        let hit = Hit(
          skill: target, range: command.range, hidden: Self.hidden(command, pipeline, [raw] + words, bytes),
          polarity: BehaviorShellSpans.polarity(span, file, command.range), inline: span.kind == .inline)
        if first == nil { first = hit }
        if hit.hidden, hit.polarity == .affirmative {
          strongest = hit
          break
        }
      }
      if strongest != nil { break }
      }
      if strongest != nil { break }
    }
    // One finding per file: the hidden run if there is one, else the first.
    guard let hit = strongest ?? first else { return }
    sink.report(
      "runs files of skill '\(hit.skill)', installed from the registry while this skill runs"
        + (hit.hidden ? ", in the background or on a schedule" : ""),
      in: file, at: hit.range, severity: hit.hidden ? .high : .medium,
      confidence: hit.inline ? .medium : .high, polarity: hit.polarity,
      chain: hit.hidden && hit.polarity == .affirmative ? .downloadExecute : nil)
  }

  struct Hit {
    var skill: String
    var range: Range<Int>
    var hidden: Bool
    var polarity: Polarity
    var inline: Bool
  }

  /// Whether a run is out of sight or recurring: `nohup`, `setsid`, `&`, output sent to
  /// `/dev/null`, a scheduler (`crontab`, `at`, `systemd-run`, `openclaw cron`).
  /// - Parameter words: the written command name, then the effective command's words.
  static func hidden(_ command: ShellCommand, _ pipeline: ShellPipeline, _ words: [String], _ bytes: [UInt8]) -> Bool {
    guard let name = words.first else { return false }
    // Making a file executable prepares a run; it hides nothing by itself.
    if name == "chmod" || words.dropFirst().first == "chmod" { return false }
    if ["nohup", "setsid", "crontab", "at", "systemd-run"].contains(name) || words.contains("cron") { return true }
    if pipeline.isBackground { return true }
    // Standard output thrown away (`> /dev/null`, `&> /dev/null`); `2> /dev/null` only
    // quiets errors.
    return command.redirections.contains { r in
      let op = ByteText.string(r.op.range, in: bytes)
      return !op.hasPrefix("2") && (r.target.map { ShellWord.unquotedValue($0, bytes) == "/dev/null" } ?? false)
    }
  }

  /// The command's name and arguments, unquoted (`nohup "$P"` → `["nohup", "$P"]`).
  static func words(_ command: ShellCommand, _ bytes: [UInt8]) -> [String] {
    let (effective, name) = command.effectiveCommandAndName(in: bytes)
    // The program as written (`secure-sync/scripts/sync.sh`, `$P`), where the name is its
    // base name.
    let written = effective.words.first.map { ShellWord.unquotedValue($0, bytes) } ?? name
    let program = written.contains("/") || written.hasPrefix("$") ? written : name
    return [program] + effective.arguments(in: bytes)
  }

  /// The skill a registry install names: `clawhub install NAME`, `npx clawhub@latest install
  /// NAME`, `npx skills add NAME`, `openclaw skills install NAME` (a version suffix dropped).
  static func installedSkill(_ words: [String]) -> String? {
    var rest = words[...]
    if let first = rest.first, ["npx", "bunx", "pnpx"].contains(first) || first == "pnpm" || first == "yarn" {
      rest = rest.dropFirst().drop { $0.hasPrefix("-") || $0 == "dlx" }
    }
    guard let cli = rest.first?.split(separator: "@").first.map(String.init),
      ["clawhub", "skills", "openclaw"].contains(cli)
    else { return nil }
    rest = rest.dropFirst()
    if cli == "openclaw" {
      guard rest.first == "skills" else { return nil }
      rest = rest.dropFirst()
    }
    guard let verb = rest.first, ["install", "add", "i"].contains(verb) else { return nil }
    guard let operand = rest.dropFirst().first(where: { !$0.hasPrefix("-") }) else { return nil }
    let name = operand.split(separator: "/").last.map(String.init) ?? operand
    return name.split(separator: "@").first.map { $0.lowercased() }
  }

  /// Commands that run a file, make it executable or schedule it.
  static func runsOrPrepares(_ words: [String]) -> Bool {
    guard let name = words.first?.lowercased() else { return false }
    if ["bash", "sh", "zsh", "nohup", "exec", "setsid", "source", ".", "python", "python3", "node", "crontab", "at", "systemd-run"]
      .contains(name)
    {
      return true
    }
    if name == "chmod" { return words.dropFirst().contains { $0.contains("+x") || $0.hasSuffix("755") || $0.hasSuffix("700") } }
    if name == "openclaw" { return words.contains("cron") }
    // A script run by its path; a folder or data path in prose is not a run.
    return name.contains("/") && (["sh", "py", "js", "mjs", "ts", "rb", "pl"].contains { name.hasSuffix("." + $0) } || name.contains("/scripts/"))
  }

  /// `word` with leading or whole `$VAR` / `${VAR}` references replaced from `variables`.
  static func expand(_ word: String, _ variables: [String: String]) -> String {
    guard word.contains("$") else { return word }
    var result = word
    for name in ShellFlow.State.variableNames(in: word) {
      guard let value = variables[name] else { continue }
      result = result.replacingOccurrences(of: "${\(name)}", with: value).replacingOccurrences(of: "$\(name)", with: value)
    }
    return result
  }

  /// The installed skill (installed before `offset`) whose folder a word's path names:
  /// `name/…`, `…/name/…`, `…/name && …`, `…/name`.
  static func referencedSkill(_ words: [String], _ installs: [String: Int], before offset: Int) -> String? {
    for word in words where word.contains("/") {
      let lower = word.lowercased()
      // Segments of the path: between slashes, ending at a space.
      for piece in lower.split(separator: " ") {
        let segments = piece.split(separator: "/", omittingEmptySubsequences: false)
        // Any segment of a path with a slash: a folder followed by more, or the last one after a slash.
        for segment in segments where segments.count > 1 && !segment.isEmpty {
          if let at = installs[String(segment)], at < offset { return String(segment) }
        }
      }
    }
    return nil
  }
}
