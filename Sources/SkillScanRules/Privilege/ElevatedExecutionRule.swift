import SkillScanCore
import SkillScanLexers

/// Flags elevated execution and loosened permissions: `sudo`/`su -c`/`doas`/`pkexec`, root
/// checks, world-writable or setuid modes, `chown root`, writes to system locations, and
/// switching off macOS protections (`spctl --master-disable`, removing the quarantine flag).
///
/// `sudo apt-get install <pkg>` and `sudo npm i -g` in setup documentation are common in
/// benign skills and reported as informational; guards that refuse to run as root and
/// `chmod +x` are not reported. What runs under the privilege decides the weight.
struct ElevatedExecutionRule: Rule {
  static let description = RuleDescription(
    id: "elevated-execution",
    name: "Sudo, root or loosened permissions",
    pattern: .pe2,
    severity: .medium,
    confidence: .high,
    languages: [.shell, .python, .markdown, .powershell, .text],
    summary: "Code runs with root privileges, loosens permissions or disables OS protections.",
    rationale: """
      A skill that runs `sudo`, makes files world-writable or setuid, or writes into \
      `/etc` and `/usr/local/bin` acts beyond the user's account; stripping the quarantine \
      attribute or disabling Gatekeeper is how droppers get unsigned binaries to run.
      """,
    remediation: "Run without elevation; ask the user to perform privileged setup themselves, and never disable OS protections.",
    references: [.owaspLLM(6), .owaspASI(3), .owaspASI(5), .atlas("AML.T0050"), .cwe(250), .cwe(732), .taxonomy("PE2")],
    keywords: ["sudo", "su", "doas", "pkexec", "chmod", "chown", "geteuid", "euid", "spctl", "xattr", "/etc/",
      "/usr/local/bin", "launchdaemons", "sudoers", "tee", "nopasswd", "mppreference",
      // `install -m 4755 SRC DEST`: a setuid copy.
      "-m 4", "-m 6", "-m 2", "-m 04", "-m 06", "-m 02", "--mode=4", "--mode=6", "--mode=2", "-m u+s", "-m g+s",
      // Go's named setuid mode (``otherScriptHits(_:)``).
      "modesetuid", "modesetgid"],
    triggeringExamples: ElevatedExecutionRule.triggering,
    nonTriggeringExamples: ElevatedExecutionRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    // Plain text, and scripts in languages without a lexer (Perl, Ruby, Go, PHP …): only
    // the line checks for grants apply.
    if file.source.language == .text {
      for found in Self.otherScriptHits(file) {
        sink.report(
          found.hit.message + " (script in a language without a lexer)", in: file, at: found.range,
          severity: found.hit.severity, confidence: .high, chain: found.hit.chain)
      }
      return
    }
    for span in BehaviorShellSpans.spans(of: file) {
      // Copies of a shell or interpreter made in this span (`cp /bin/bash /usr/local/bin/.h`):
      // a setuid bit on the copy is the same backdoor as on the original, under a quiet name.
      var shellCopies = Set<String>()
      for command in span.commands {
        let (effective, name) = command.effectiveCommandAndName(in: bytes)
        if name == "cp" || name == "install" {
          let operands = effective.arguments(in: bytes).filter { !$0.hasPrefix("-") }
          if operands.count == 2, Self.isShellOrInterpreter(operands[0]) { shellCopies.insert(operands[1]) }
        }
        if name == "install", let shell = Self.setuidShellInstall(effective.arguments(in: bytes), bytes, before: command.range.lowerBound) {
          let polarity = BehaviorShellSpans.polarity(span, file, command.range)
          sink.report(
            "install copies \(shell) with a setuid mode: anyone who runs the copy can run any command as its owner (root backdoor)",
            in: file, at: command.range, severity: .high, confidence: span.kind == .inline ? .medium : .high,
            polarity: polarity, chain: polarity == .affirmative ? .persistence : nil)
          continue
        }
        guard var hit = Self.classify(command, bytes) else { continue }
        if name == "chmod", hit.chain == nil, hit.message == Self.setuidMessage,
          let copy = effective.arguments(in: bytes).first(where: shellCopies.contains)
        {
          hit = Hit(
            message: "chmod makes \(copy), a copy of a shell, setuid: anyone who runs it can run any command as its owner (root backdoor)",
            severity: .high, chain: .persistence)
        }
        let polarity = BehaviorShellSpans.polarity(span, file, command.range)
        sink.report(
          hit.message, in: file, at: command.range, severity: hit.severity,
          confidence: span.kind == .inline ? .medium : .high, polarity: polarity,
          chain: polarity == .affirmative ? hit.chain : nil)
      }
    }
    let grants = Self.nopasswdOffsets(bytes)
    let ruleVariables = grants.isEmpty ? [] : Self.ruleVariables(bytes, occurrences: grants)
    for span in grants.isEmpty ? [] : BehaviorShellSpans.spans(of: file) {
      for pipeline in span.pipelines {
        guard let grant = Self.sudoersGrant(pipeline, bytes, occurrences: grants, ruleVariables: ruleVariables) else { continue }
        let polarity = BehaviorShellSpans.polarity(span, file, pipeline.range)
        sink.report(
          grant.message, in: file, at: pipeline.range, severity: grant.severity,
          confidence: span.kind == .inline ? .medium : .high, polarity: polarity,
          chain: polarity == .affirmative ? grant.chain : nil)
      }
    }
    for region in file.regions where region.language == .shell && region.kind != .inlineCode {
      if let at = Self.fakeSudoPrompt(region.range, bytes) {
        sink.report(
          "imitates sudo's password prompt and reads the password itself (credential capture)", in: file,
          at: at..<(at + Self.sudoPrompt.count),
          severity: .high, confidence: .high)
      }
    }
    for region in file.regions where region.language == .powershell && region.kind != .inlineCode {
      let hits = Self.defenderTampering(region.range, bytes)
      // Excluding a folder from the scanner in the script that downloads into it is the
      // Windows dropper's preparation: the download then runs unscanned.
      let downloads = !hits.isEmpty && Self.powerShellDownloads.containsMatch(in: bytes, range: region.range.clamped(to: 0..<bytes.count))
      // Excluding the script hosts themselves (`powershell.exe`, `mshta.exe`) leaves every
      // script any dropper runs through them unscanned: no build is sped up by that.
      let hosts = hits.isEmpty ? nil : Self.excludedScriptHost(region.range, bytes)
      for hit in hits {
        // An exclusion the user must confirm by typing (`Read-Host`, `ShouldContinue`) just
        // before it is an opt-in for a build folder, not a dropper clearing its own way.
        // Switching scanning off is never an opt-in for a folder.
        let confirmed = hit.message.hasPrefix("adds") && Self.confirmedBefore(hit.range.lowerBound, in: region.range, bytes)
        let hostExcluded = hosts != nil && hit.message.hasPrefix("adds")
        sink.report(
          hit.message + (downloads ? ", in a script that downloads a file" : "")
            + (hostExcluded ? ", among them the script host \(hosts!)" : "") + (confirmed ? " (after an interactive confirmation)" : ""),
          in: file, at: hit.range, severity: confirmed && !hostExcluded ? .medium : .high, confidence: .high,
          chain: (downloads && !confirmed) || hostExcluded ? .dropper : nil)
      }
    }
    for region in file.regions where region.language == .python && !region.tokens.isEmpty && region.kind != .inlineCode {
      checkArgvCommands(ArgvCommands.commands(in: file, tokens: region.tokens), file, &sink)
    }
    for region in file.regions where region.language == .python && !region.tokens.isEmpty {
      for call in file.codeCalls(region.tokens, language: .python) where call.calleeEnds(with: "geteuid") {
        let after = call.range.upperBound..<min(bytes.count, call.range.upperBound + 12)
        guard ByteText.contains(after, "== 0", in: bytes) || ByteText.contains(after, "==0", in: bytes) else { continue }
        sink.report("checks for root privileges", in: file, at: call.range, severity: .low)
      }
    }
  }

  /// Commands Python runs as argument vectors, judged as the same shell commands: a copy
  /// of a shell made setuid through `subprocess.run(["sudo", *cmd])` is the backdoor it is
  /// in a script.
  private func checkArgvCommands(_ commands: [ArgvCommand], _ file: AnalyzedFile, _ sink: inout FindingSink) {
    var shellCopies = Set<String>()
    for argv in commands {
      let line = argv.line
      for pipeline in ShellStructure.pipelines(in: line) {
        for command in pipeline.commands {
          let (effective, name) = command.effectiveCommandAndName(in: line)
          if name == "cp" || name == "install" {
            let operands = effective.arguments(in: line).filter { !$0.hasPrefix("-") }
            if operands.count == 2, Self.isShellOrInterpreter(operands[0]) { shellCopies.insert(operands[1]) }
          }
          guard var hit = Self.classify(command, line) else { continue }
          if name == "chmod", hit.chain == nil, hit.message == Self.setuidMessage,
            let copy = effective.arguments(in: line).first(where: shellCopies.contains)
          {
            hit = Hit(
              message: "chmod makes \(copy), a copy of a shell, setuid: anyone who runs it can run any command as its owner (root backdoor)",
              severity: .high, chain: .persistence)
          }
          sink.report(
            hit.message + " (argument list run by Python)", in: file, at: argv.range, severity: hit.severity,
            confidence: .high, chain: hit.chain)
        }
      }
    }
  }

  /// PowerShell that saves a download to disk.
  static let powerShellDownloads = PhraseMatcher([
    "-outfile", ".downloadfile(", "start-bitstransfer", "downloadfileasync",
  ])

  struct Hit {
    var message: String
    var severity: Severity
    /// Set when the command completes a chain on its own (a setuid shell).
    var chain: ChainKind? = nil
  }
}
