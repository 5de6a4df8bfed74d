import SkillScanCore

/// Decides, finding by finding, which config entry, allow list or inline ignore suppresses it,
/// and remembers the notes to add (expired entries, refused inline ignores).
struct SuppressionMatcher {
  let policy: SkillPolicy
  let subjectsPrefix: [String]
  let ignoresByFile: [String: [InlineIgnore]]
  let configSource: String
  /// Expired entry index → first finding it would have covered and how many.
  private var expired: [Int: (first: Finding, count: Int)] = [:]
  /// Refused inline ignores, keyed so each (comment, rule) is reported once.
  private var refused: [String: Finding] = [:]

  init(policy: SkillPolicy, skillPath: String, ignores: [InlineIgnore]) {
    self.policy = policy
    self.subjectsPrefix = policy.globSubjects(skillPath: skillPath)
    self.ignoresByFile = Dictionary(grouping: ignores, by: \.file)
    self.configSource = policy.config.file ?? ".skillscan.yml"
  }

  mutating func suppression(for finding: Finding) -> Suppression? {
    let subjects = subjectsPrefix.map { finding.file.isEmpty ? $0 : $0 + "/" + finding.file }
    for (index, (entry, glob)) in policy.suppressions.enumerated() {
      guard entry.rule == nil || entry.rule == finding.ruleID else { continue }
      if let glob, !subjects.contains(where: glob.matches) { continue }
      if entry.isExpired(today: policy.today) {
        expired[index] = (expired[index]?.first ?? finding, (expired[index]?.count ?? 0) + 1)
        continue
      }
      return Suppression(kind: .config, reason: entry.reason, expires: entry.expires, source: "\(configSource):\(entry.line)")
    }
    if let glob = policy.allowedPaths.first(where: { glob in subjects.contains(where: glob.matches) }) {
      return Suppression(kind: .config, reason: "allow-listed path \(glob.pattern)", source: configSource)
    }
    if let domain = allowListedDomain(finding) {
      return Suppression(kind: .config, reason: "allow-listed domain \(domain)", source: configSource)
    }
    return inlineSuppression(for: finding)
  }

  /// The allowed domain covering every URL in the finding's snippet and message, if all are.
  func allowListedDomain(_ finding: Finding) -> String? {
    guard !policy.allowedDomains.isEmpty else { return nil }
    let hosts = URLHosts.hosts(in: finding.snippet + " " + finding.message)
    guard !hosts.isEmpty else { return nil }
    var first: String?
    for host in hosts {
      guard let domain = policy.allowedDomains.first(where: { URLHosts.host(host, isWithin: $0) }) else { return nil }
      first = first ?? domain
    }
    return first
  }

  mutating func inlineSuppression(for finding: Finding) -> Suppression? {
    guard finding.line > 0, let ignores = ignoresByFile[finding.file] else { return nil }
    for ignore in ignores where !ignore.reason.isEmpty && ignore.covers(finding) {
      if let why = refusal(of: finding) {
        let key = "\(ignore.file):\(ignore.line):\(finding.ruleID)"
        if refused[key] == nil { refused[key] = Self.refusedNote(ignore, finding, why) }
        continue
      }
      return Suppression(kind: .inline, reason: ignore.reason, source: "\(ignore.file):\(ignore.line)")
    }
    return nil
  }

  /// Why the policy does not let an inline ignore suppress `finding`; nil when it may.
  func refusal(of finding: Finding) -> String? {
    switch policy.inlineIgnores {
    case .all: return nil
    case .off: return "inline ignores are off (inline-ignores: off or preset strict)"
    case .restricted:
      if finding.chain != nil { return "it is a complete \(finding.chain?.rawValue ?? "") chain" }
      if finding.severity > .medium { return "its severity is \(finding.severity.rawValue)" }
      if finding.pattern == .integrity { return "it is an integrity check" }
      return nil
    }
  }

  static func refusedNote(_ ignore: InlineIgnore, _ finding: Finding, _ why: String) -> Finding {
    let check = SuppressionChecks.inlineIgnoreRefused
    return Finding(
      ruleID: check.id, pattern: check.pattern, severity: check.severity, confidence: check.confidence,
      message: "skillscan-ignore \(finding.ruleID) not honoured: \(why); only .skillscan.yml can suppress it",
      file: ignore.file, line: ignore.line, snippet: ignore.text, remediation: check.remediation,
      context: .metadata)
  }

  /// Notes for expired entries and refused inline ignores, to add to the skill's findings.
  func notes() -> [Finding] {
    let check = SuppressionChecks.suppressionExpired
    var notes = refused.values.sorted(by: Finding.reportOrder)
    for (index, hit) in expired.sorted(by: { $0.key < $1.key }) {
      let entry = policy.suppressions[index].entry
      let scope = [entry.rule.map { "rule \($0)" }, entry.path.map { "path \($0)" }].compactMap { $0 }.joined(separator: ", ")
      notes.append(
        Finding(
          ruleID: check.id, pattern: check.pattern, severity: check.severity, confidence: check.confidence,
          message: "suppression at \(configSource):\(entry.line) (\(scope)) expired on \(entry.expires ?? "?"); "
            + "\(hit.count) finding(s) count again (reason was: \(entry.reason))",
          file: hit.first.file, line: hit.first.line, remediation: check.remediation, context: .metadata))
    }
    return notes
  }
}
