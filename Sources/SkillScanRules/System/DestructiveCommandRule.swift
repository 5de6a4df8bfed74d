import SkillScanCore
import SkillScanLexers

/// Flags code that destroys data or disables protections: recursive deletion of the root,
/// the home folder, the whole working directory or the parent directory; `find … -delete`
/// on such roots; disk overwrites and formatting; fork bombs and crypto miners.
///
/// Cleaning build outputs (`rm -rf build/ node_modules/`) and temporary folders names a
/// scoped target and is not reported; a target that is a bare wildcard, a home or a parent
/// directory glob is broad and reported as a destruction chain.
struct DestructiveCommandRule: Rule {
  static let description = RuleDescription(
    id: "destructive-command",
    name: "Destructive command",
    pattern: .destructive,
    severity: .high,
    confidence: .high,
    languages: [.shell, .markdown, .python, .powershell, .text],
    summary: "Code wipes broad paths or disks, disables protections, or abuses resources.",
    rationale: """
      `rm -rf ./* ../*`, `rm -rf ~`, `dd of=/dev/sda` or `mkfs` destroy the user's data in \
      one step; an agent that runs a skill's cleanup or check script has no chance to \
      notice. Fork bombs and miners turn the user's machine against them, and switching off \
      SELinux, the firewall or Defender removes the protections that would catch the rest.
      """,
    remediation: """
      Delete only paths the skill created, by explicit name, inside the working directory; \
      never touch the home folder, the parent directory, disks or security settings.
      """,
    references: [.owaspLLM(6), .owaspASI(2), .owaspASI(5), .atlas("AML.T0102"), .cwe(1220), .taxonomy("5.9")],
    keywords: ["rm", "find", "dd", "mkfs", "wipefs", "shred", "rmtree", "setenforce", "ufw", "csrutil",
      "systemctl", "set-mppreference", "netsh", "spctl", "aa-teardown", "launchctl", "disablerealtimemonitoring",
      "disableantispyware", "set-netfirewallprofile", "vssadmin", "wbadmin", "bcdedit", "shadowcopy", "xmrig", "stratum", "miner", ":(){", "diskutil", "cryptonight", "nicehash",
      "mining.", "rx/0",
      "/var/log/*", "auth.log", "/var/log/secure", "audit", "wtmp", "btmp", "lastlog", "faillog", "utmp", "sudo.log",
      "flushall", "flushdb", "dropdb", "dropdatabase", "drop database", "drop schema", "prune", "volume rm", "reflog", "--mirror",
      "--delete", "kubectl", "s3 rb", "s3 rm", "gsutil", "gcloud storage", "terraform destroy", "group delete", "dvc gc", "delete-object"],
    triggeringExamples: DestructiveCommandRule.triggering,
    nonTriggeringExamples: DestructiveCommandRule.nonTriggering
  )

  /// Whether the text at `range` is a branch of a regular-expression alternation: a `|`
  /// right before or after it (spaces aside).
  static func alternationBranch(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
    var before = range.lowerBound - 1
    while before >= 0, bytes[before] == 0x20 { before -= 1 }
    var after = range.upperBound
    while after < bytes.count, bytes[after] == 0x20 { after += 1 }
    return (before >= 0 && bytes[before] == 0x7C) || (after < bytes.count && bytes[after] == 0x7C)
  }

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    // Scripts in languages without a lexer (Go, Rust, Ruby …) are read only for fork bombs
    // and miner markers: the command checks below read shell, and a YARA rule or a text file
    // naming `vssadmin delete shadows` is a pattern, not a command.
    if file.source.language == .text {
      guard file.source.kind == .script else { return }
      for region in file.regions where region.kind == .whole {
        guard let r = Self.marker(in: region, file) else { continue }
        report(Hit(message: r.message, broad: true), at: r.range, false, .affirmative, false, file, &sink)
      }
      return
    }
    let security = SecurityPurpose.isSecurityTool(skill) && file.source.language == .markdown
    let bytes = file.bytes
    let mayEraseLogs = Self.securityLogGate.occurs(in: bytes, range: 0..<bytes.count)
    for span in BehaviorShellSpans.spans(of: file) {
      for pipeline in span.pipelines {
        guard let hit = Self.findFedDelete(pipeline, bytes) else { continue }
        let polarity = BehaviorShellSpans.polarity(span, file, pipeline.range)
        report(hit, at: pipeline.range, span.kind == .inline, polarity, security || BehaviorShellSpans.isBadExample(file, span.region), file, &sink)
      }
      var scopedDirectory = false
      // Variables whose value can be the home folder or `/` (`D="$(dvc cache dir || echo
      // "$HOME")"`), in script order.
      var homeVariables: Set<String> = []
      for command in span.commands {
        Self.trackHomeVariables(command, bytes, &homeVariables)
        if let hit = Self.homeFallbackDelete(command, bytes, homeVariables) {
          let polarity = BehaviorShellSpans.polarity(span, file, command.range)
          report(hit, at: command.range, span.kind == .inline, polarity, security || BehaviorShellSpans.isBadExample(file, span.region), file, &sink)
          continue
        }
        if command.effectiveName(in: bytes) == "cd" {
          let target = BehaviorShellSpans.arguments(command, bytes).first ?? "~"
          scopedDirectory = !Self.isBroad(target) && target != "~" && target != "-"
          continue
        }
        if mayEraseLogs, let log = Self.erasedSecurityLog(command, bytes) {
          let polarity = BehaviorShellSpans.polarity(span, file, command.range)
          let hit = Hit(message: "erases the security log \(log), which records logins and what ran (hiding activity)", broad: true)
          report(hit, at: command.range, span.kind == .inline, polarity, security || BehaviorShellSpans.isBadExample(file, span.region), file, &sink)
          continue
        }
        guard let hit = Self.classify(command, bytes), !(scopedDirectory && Self.isWorkingDirectoryGlob(command, bytes)) else { continue }
        let polarity = BehaviorShellSpans.polarity(span, file, command.range)
        let bad = security || BehaviorShellSpans.isBadExample(file, span.region)
        report(hit, at: command.range, span.kind == .inline, polarity, bad, file, &sink)
      }
    }
    for hit in WindowsLOLBins.recoveryDestruction(in: file) {
      let inline = file.region(at: hit.range.lowerBound)?.kind == .inlineCode
      let polarity = inline ? ProsePolarity.classify(file, at: hit.range) : .affirmative
      report(Hit(message: hit.message, broad: true), at: hit.range, inline, polarity, security, file, &sink)
    }
    // Several security protections switched off by one script: clearing the way (§5.9).
    let mayDisable = SecurityDisabling.gate.occurs(in: bytes, range: 0..<bytes.count)
    for span in mayDisable ? BehaviorShellSpans.spans(of: file) : [] where span.kind != .inline {
      guard let off = SecurityDisabling.inShell(span.commands, bytes), off.names.count >= SecurityDisabling.broadCount else { continue }
      let polarity = BehaviorShellSpans.polarity(span, file, off.first)
      let bad = security || BehaviorShellSpans.isBadExample(file, span.region)
      report(Hit(message: Self.disablingMessage(off.names), broad: true), at: off.first, false, polarity, bad, file, &sink)
    }
    // Several kinds of stored data erased by one file: a wiper (see ``DataWipes``).
    if DataWipes.gate.occurs(in: bytes, range: 0..<bytes.count) {
      var wiped: [(kind: DataWipes.Kind, range: Range<Int>)] = []
      for span in BehaviorShellSpans.spans(of: file) where span.kind != .inline {
        DataWipes.inShell(span.pipelines, bytes, into: &wiped)
      }
      if let first = wiped.first {
        reportWipes(wiped.map(\.kind), at: first.range, security: security, file, &sink)
      }
    }
    for region in file.regions where mayDisable && region.language == .powershell && region.kind != .inlineCode {
      guard let off = SecurityDisabling.inPowerShell(bytes, region.range), off.names.count >= SecurityDisabling.broadCount else { continue }
      report(Hit(message: Self.disablingMessage(off.names), broad: true), at: off.first..<(off.first + 1), false, .affirmative, security, file, &sink)
    }
    for region in file.regions where region.language.isExecutable && region.kind != .inlineCode {
      if let r = Self.marker(in: region, file) {
        if r.executed {
          report(Hit(message: r.message, broad: true), at: r.range, false, .affirmative, security, file, &sink)
        } else {
          // Data, not a command: a scanner's pattern list, a blocklist, a test string. A
          // marker that is one branch of a regular expression (`…|xmrig|stratum\+tcp`) is a
          // detection pattern, as is any such literal in a security tool: noted, low.
          let quiet = security || SecurityPurpose.isSecurityTool(skill) || Self.alternationBranch(r.range, bytes)
          sink.report(
            r.message + " in a string literal that is never run", in: file, at: r.range, severity: quiet ? .low : .high,
            confidence: quiet ? .low : .medium)
        }
      }
      if region.language == .python {
        for call in file.codeCalls(region.tokens, language: .python) where call.calleeEnds(with: "rmtree") {
          let arg = ByteText.string(call.arguments.first?.range ?? 0..<0, in: bytes)
          if arg.contains("expanduser") || arg.contains("home()") || arg == "'/'" || arg == "\"/\""
            || arg == "'~'" || arg == "\"~\""
          {
            report(Hit(message: "rmtree of the home folder or root", broad: true), at: call.range, false, .affirmative, security, file, &sink)
          }
        }
      }
    }
  }

  /// One finding per file for the stores it erases. In a script: low for one kind, medium for
  /// two, a broad destruction chain for ``DataWipes/broadCount``. Documentation (a runbook
  /// listing clean-up commands side by side) stays low: the agent picks one when asked.
  private func reportWipes(_ kinds: [DataWipes.Kind], at range: Range<Int>, security: Bool, _ file: AnalyzedFile, _ sink: inout FindingSink) {
    let names = kinds.map(\.rawValue).joined(separator: ", ")
    if kinds.count >= DataWipes.broadCount && file.source.kind == .script {
      report(Hit(message: "erases \(kinds.count) kinds of stored data in one run (\(names)): a wiper", broad: true), at: range, false, .affirmative, security, file, &sink)
      return
    }
    sink.report(
      "erases \(names) (\(kinds.count == 1 ? "one kind" : "\(kinds.count) kinds") of stored data)", in: file, at: range,
      severity: kinds.count >= 2 && file.source.kind == .script ? .medium : .low, confidence: security ? .low : .medium)
  }

  struct Hit {
    var message: String
    var broad: Bool
  }

  static func disablingMessage(_ names: [String]) -> String {
    "switches off \(names.count) security protections (\(names.prefix(4).joined(separator: ", "))\(names.count > 4 ? ", …" : ""))"
  }

  private func report(
    _ hit: Hit, at range: Range<Int>, _ inline: Bool, _ polarity: Polarity, _ security: Bool,
    _ file: AnalyzedFile, _ sink: inout FindingSink
  ) {
    let chain = hit.broad && polarity == .affirmative && !security
    sink.report(
      hit.message, in: file, at: range, severity: hit.broad ? .high : .medium,
      confidence: security ? .low : (inline ? .medium : .high), polarity: polarity,
      chain: chain ? .destruction : nil)
  }
}
