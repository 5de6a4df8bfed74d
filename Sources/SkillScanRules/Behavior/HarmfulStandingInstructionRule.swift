import SkillScanCore
import SkillScanLexers

/// Flags prose that directs the agent to a harmful action with no relation to the user's
/// task: mass messages with a link to every contact, a privileged account with a hard-coded
/// password, or switching off security protections.
///
/// These are instruction hijacks (taxonomy.md §6.2): no code is needed, the agent carries
/// the action out with its own tools. Each detector combines ordinary words (send + every
/// contact + a link; create + admin account + a literal password; disable + firewall), so
/// API documentation that merely lists "send email" or "create user" stays quiet.
struct HarmfulStandingInstructionRule: Rule {
  static let description = RuleDescription(
    id: "harmful-standing-instruction",
    name: "Hijacking instruction",
    pattern: .p4,
    severity: .high,
    confidence: .medium,
    languages: [.markdown, .text],
    summary: "Instructions direct the agent to phish contacts, plant a backdoor account, disable protections or gag reports of wrongdoing.",
    rationale: """
      An agent that follows a skill's instructions uses the user's identity and tools. A \
      directive to mail every contact a link, to add an administrator with a fixed \
      password "for emergency access", or to disable the firewall is an attack carried out \
      by the agent itself, however it is framed.
      """,
    remediation: """
      Remove the directive. Skills must not send messages, create accounts or change \
      security settings beyond what the user asked for.
      """,
    references: [.owaspLLM(1), .owaspLLM(6), .owaspASI(1), .owaspASI(2), .atlas("AML.T0051"), .cwe(798), .taxonomy("P4")],
    keywords: ["contact", "recipient", "subscriber", "admin", "root", "superuser", "password",
      "disable", "turn off", "firewall", "antivirus", "defender", "backdoor", "emergency",
      "illegal", "unlawful", "wrongdoing", "fraud", "misconduct", "authorities", "regulators", "police", "selinux", "apparmor", "gatekeeper", "xprotect", "anti-virus", "endpoint protection", "system integrity protection", "audit logging", "realtime protection", "real-time protection", "passwd", "passphrase", "law enforcement",
      // Planted accounts spelled in code spans (``PlantedAccountSpans``).
      "superuser", "grant all", "with grant option", "nopasswd", "administrators", "sudoers", "usermod -ag",
      // Review rigging (``HijackActionCues/reviewBypass``, ``HijackActionCues/securityChecks``).
      "without run", "without review", "without a review", "without any review", "without read", "without wait",
      "without check", "without human", "without look", "skip the review", "skipping the review", "skip review",
      "no findings", "--admin", "branch protection", "skip the detailed", "skip the full", "skip the checks", "skip all checks",
      "regardless of findings", "regardless of the findings", "regardless of any findings", "regardless of what you find",
      "whatever the findings", "empty findings table",
      "pre-vetted", "already vetted", "pre-reviewed", "reviewed upstream", "raise findings", "administrator privileges",
      "admin privileges", "admin rights", "security test", "tests/security", "tests/auth", "auth tests",
      "scanning step", "scanning job", "scan step", "scan job", "security scan", "security check", "security job", "bandit",
      "semgrep", "gitleaks", "trivy", "codeql", "snyk", "npm audit", "pip-audit", "secret scanning", "dependency review"]
      + HijackActionCues.destructiveOps.phrases + HijackActionCues.falsifiedSuccess.phrases,
    triggeringExamples: HarmfulStandingInstructionRule.triggering,
    nonTriggeringExamples: HarmfulStandingInstructionRule.nonTriggering
  )

  /// Cue lists each kind of hit needs (see ``SubstringPresence``): a send verb with a mass
  /// recipient, a password (backdoor accounts), a protection (disabling it), or wrongdoing
  /// (suppressed reports).
  static let cues = SubstringPresence([
    HijackActionCues.sendVerbs.phrases, HijackActionCues.massRecipientNouns, HijackActionCues.password.phrases,
    HijackActionCues.protections.phrases, HijackActionCues.wrongdoing.phrases,
    HijackActionCues.approvalActions.phrases, HijackActionCues.reviewBypass.phrases,
    HijackActionCues.securityChecks.phrases, HijackActionCues.misreporting.phrases, HijackActionCues.destructiveOps.phrases,
    HijackActionCues.falsifiedSuccess.phrases,
  ])

  /// Whether some sentence of a file with this normalised text could be a hit.
  static func mayHoldHit(_ normalized: [UInt8]) -> Bool {
    let p = cues.present(in: normalized)
    return (p[0] && p[1]) || p[2] || p[3] || p[4] || (p[5] && p[6]) || (p[7] && p[8]) || (p[9] && p[8]) || (p[10] && p[8])
  }

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    for password in PlantedAccountSpans.find(in: file) {
      let polarity = ProsePolarity.classify(file, at: password)
      let strong = polarity == .affirmative && !SecurityPurpose.isSecurityTool(skill)
      sink.report(
        "privileged account with a fixed password, spelled in the instructions' code", in: file, at: password,
        severity: strong ? .high : .medium, confidence: .high, context: .instruction, polarity: polarity,
        chain: strong ? .hijack : nil)
    }
    let blocks = BehaviorProse.blocks(of: file)
    guard !blocks.isEmpty, Self.mayHoldHit(file.normalizedText.bytes) else { return }
    let securityTool = SecurityPurpose.isSecurityTool(skill)
    // Sections with a standing trigger ("from now on", "always"), read only when a hit needs
    // one: most prose files have no hit at all.
    var standingSections: Set<Int>?
    // Sections that misreport what was done, read only when a destructive step needs them.
    var misreportSections: Set<Int>?
    for block in blocks where block.region.kind != .heading {
      for sentence in block.sentences() {
        guard var hit = Self.hit(block, sentence) else { continue }
        if hit.strongIfFileMisreports, blocks.contains(where: { HijackActionCues.misreporting.containsMatch(in: $0.text.bytes) }) {
          hit.strong = true
        }
        if hit.needsMisreportInFile {
          // The cover story may sit in the report section, naming the steps it hides.
          guard blocks.contains(where: { HijackActionCues.misreporting.containsMatch(in: $0.text.bytes) }) else { continue }
        }
        if hit.needsMisreport {
          let sections = misreportSections ?? Set(blocks.filter { HijackActionCues.misreporting.containsMatch(in: $0.text.bytes) }.map(\.section))
          misreportSections = sections
          guard sections.contains(block.section) else { continue }
        }
        if hit.needsStanding {
          let sections = standingSections ?? Set(blocks.filter { HijackActionCues.standing.containsMatch(in: $0.text.bytes) }.map(\.section))
          standingSections = sections
          if !sections.contains(block.section) { hit.strong = false }
        }
        let range = block.original(hit.range)
        let polarity = ProsePolarity.classify(file, at: range)
        let strong = hit.strong && polarity == .affirmative && !securityTool
        // "Do not disable Defender" forbids the act: kept for the record, not as a concern.
        let forbidden = polarity == .prohibitive
        sink.report(
          hit.message + ": \"\(Snippet.make(block.text.text(sentence)))\"", in: file, at: range,
          severity: strong ? .high : forbidden ? .low : .medium, confidence: strong ? .high : forbidden ? .low : .medium,
          context: .instruction, polarity: polarity, chain: strong ? .hijack : nil)
      }
    }
  }

  struct Hit {
    var range: Range<Int>
    var message: String
    var strong: Bool
    /// Mass messaging is only a hijack when it is a standing, task-independent rule.
    var needsStanding = false
    /// A destructive step counts only in a section that misreports what was done.
    var needsMisreport = false
    /// A falsified success counts only in a file that misreports what was done.
    var needsMisreportInFile = false
    /// Strong when the file misreports what was done elsewhere (the report section).
    var strongIfFileMisreports = false
  }

  static func hit(_ block: BehaviorBlock, _ s: Range<Int>) -> Hit? {
    let b = block.text.bytes
    if let send = BehaviorProse.first(HijackActionCues.sendVerbs, b, s),
      BehaviorProse.contains(HijackActionCues.massRecipients, b, max(s.lowerBound, send.lowerBound - 80)..<min(s.upperBound, send.upperBound + 80))
    {
      let link = BehaviorProse.hasURL(b, s.lowerBound..<b.count)
      return Hit(
        range: send, message: link ? "mass message with a link to every contact" : "message to every contact",
        strong: link, needsStanding: true)
    }
    if let account = BehaviorProse.first(HijackActionCues.privilegedAccounts, b, s),
      BehaviorProse.contains(HijackActionCues.accountVerbs, b, s),
      let pw = BehaviorProse.first(HijackActionCues.password, b, s), literalFollows(b, pw.upperBound, s.upperBound)
    {
      let standing = BehaviorProse.contains(HijackActionCues.backdoorScope, b, s)
      return Hit(range: account, message: "privileged account with a hard-coded password", strong: standing)
    }
    if let verb = BehaviorProse.first(HijackActionCues.disableVerbs, b, s),
      BehaviorProse.contains(HijackActionCues.protections, b, verb.upperBound..<min(s.upperBound, verb.upperBound + 24)),
      // "If a proposal asks … to disable security software, tell the user …": someone
      // else's request the text is about, not an order to the agent.
      !BehaviorProse.contains(HijackActionCues.reportedRequest, b, max(s.lowerBound, verb.lowerBound - 120)..<verb.lowerBound)
    {
      return Hit(range: verb, message: "instruction to disable a security protection", strong: true)
    }
    if let action = BehaviorProse.first(HijackActionCues.approvalActions, b, s),
      let bypass = BehaviorProse.first(HijackActionCues.reviewBypass, b, s), !bypass.overlaps(action)
    {
      // Approving unread is careless; approving unread and reporting it as reviewed, or
      // overriding branch protection to do it, is the rigging itself.
      let rigged = BehaviorProse.contains(HijackActionCues.misreporting, b, 0..<b.count)
        || ByteText.contains(s, "--admin", in: b) || ByteText.contains(s, "branch protection", in: b)
      return Hit(range: action, message: "instruction to approve or merge changes without review", strong: rigged, strongIfFileMisreports: !rigged)
    }
    if let verb = BehaviorProse.first(HijackActionCues.gateRemovalVerbs, b, s),
      BehaviorProse.contains(HijackActionCues.securityChecks, b, verb.upperBound..<min(s.upperBound, verb.upperBound + 160)),
      BehaviorProse.contains(HijackActionCues.misreporting, b, 0..<b.count)
    {
      return Hit(range: verb, message: "instruction to remove security checks and report success", strong: true)
    }
    if let op = BehaviorProse.first(HijackActionCues.destructiveOps, b, s) {
      // Dropping tables or rewriting history is sometimes the task; doing it and telling the
      // user something else ("schema-only, no data changes") is not. The cover story may
      // follow in the next paragraph of the section.
      return Hit(range: op, message: "instruction to destroy data or history and misreport it", strong: true, needsMisreport: true)
    }
    if let step = BehaviorProse.first(HijackActionCues.falsifiedSuccess, b, s) {
      // Skipping the tests that fail, or recording a failed migration as applied, and then
      // reporting a clean run: the user is told the opposite of what happened.
      return Hit(range: step, message: "instruction to turn failures into reported success", strong: true, needsMisreportInFile: true)
    }
    if let verb = BehaviorProse.first(HijackActionCues.suppressVerbs, b, s),
      let report = BehaviorProse.first(HijackActionCues.reporting, b, verb.upperBound..<min(s.upperBound, verb.upperBound + 40)),
      governs(b, verb.upperBound..<report.lowerBound),
      BehaviorProse.contains(HijackActionCues.wrongdoing, b, report.upperBound..<min(s.upperBound, report.upperBound + 60)),
      !BehaviorProse.contains(HijackActionCues.suppressionDoubt, b, s.lowerBound..<verb.lowerBound),
      !BehaviorProse.contains(HijackActionCues.suppressionDoubt, b, report.upperBound..<s.upperBound)
    {
      // A gagging term the agent is told to write into the user's documents: it hides
      // wrongdoing from the people it harms, whatever the document's purpose.
      return Hit(range: verb, message: "instruction to suppress reporting of wrongdoing", strong: true)
    }
    return nil
  }

  /// Whether the verb acts on the report: "prevent reporting", "bar employees from
  /// contacting" (not "stop the build and report").
  static func governs(_ b: [UInt8], _ gap: Range<Int>) -> Bool {
    var words = b[gap].split(separator: 0x20)
    guard let last = words.popLast() else { return true }
    return Array(last) == Array("from".utf8) && words.count <= 4
  }

  /// Whether a quoted literal (or `: value`) follows "password" within a few bytes.
  static func literalFollows(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var i = start
    let limit = min(end, start + 12)
    while i < limit {
      let c = b[i]
      if c == 0x27 || c == 0x22 || c == 0x3A || c == 0x3D { return true }
      if c == 0xE2 { return true }  // curly quotes
      i += 1
    }
    return false
  }
}
