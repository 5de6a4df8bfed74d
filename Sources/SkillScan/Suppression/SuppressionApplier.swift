public import SkillScanCore

/// Applies one skill's policy to its findings before the verdict is computed.
///
/// Order: drop findings of rules the policy does not run, apply severity overrides, then mark
/// suppressions — config entries first (they carry a reviewed reason), then `allow` lists,
/// then inline ignores (subject to ``InlineIgnorePolicy``), then the baseline. A suppressed
/// finding is kept with its ``Suppression``; the verdict policy ignores it. Expired config
/// entries, refused inline ignores and ignores without a reason add low/info findings so
/// every such decision shows in the report.
public struct SuppressionApplier: Sendable {
  public let policy: SkillPolicy

  public init(policy: SkillPolicy) {
    self.policy = policy
  }

  /// The findings of `skill` with the policy applied, in report order.
  public func apply(_ findings: [Finding], to skill: AnalyzedSkill) -> [Finding] {
    var findings = findings.filter { policy.runs($0.ruleID) }
    for i in findings.indices {
      if let severity = policy.severityOverrides[findings[i].ruleID] { findings[i].severity = severity }
    }
    let ignores = skill.bundle.files.flatMap(InlineIgnoreScanner.scan)
    for ignore in ignores where ignore.reason.isEmpty {
      findings.append(Self.withoutReason(ignore))
    }
    var matcher = SuppressionMatcher(policy: policy, skillPath: skill.bundle.path, ignores: ignores)
    for i in findings.indices where findings[i].isActive {
      findings[i].suppression = matcher.suppression(for: findings[i])
    }
    findings += matcher.notes()
    findings.sort(by: Finding.reportOrder)
    if let baseline = policy.baseline {
      let key = Baseline.skillKey(skill.name, path: skill.bundle.path)
      for (i, print) in Finding.fingerprints(of: findings).enumerated()
      where findings[i].isActive && baseline.contains(skill: key, fingerprint: print) {
        findings[i].suppression = Suppression(kind: .baseline, reason: "accepted in the baseline", source: baseline.source)
      }
    }
    return findings
  }

  static func withoutReason(_ ignore: InlineIgnore) -> Finding {
    let check = SuppressionChecks.inlineIgnoreWithoutReason
    let rules = ignore.rules.map(\.rawValue).joined(separator: ", ")
    return Finding(
      ruleID: check.id, pattern: check.pattern, severity: check.severity, confidence: check.confidence,
      message: "skillscan-ignore \(rules) gives no ': reason', so it suppresses nothing",
      file: ignore.file, line: ignore.line, snippet: ignore.text, remediation: check.remediation,
      context: .metadata)
  }
}
