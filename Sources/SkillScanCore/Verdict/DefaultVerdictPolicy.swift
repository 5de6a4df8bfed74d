/// SkillScan's verdict policy (taxonomy.md §6.3), documented in docs/VERDICT.md.
///
/// - **malicious**: a complete chain (``Finding/chain``) whose effective severity is high or
///   critical, in affirmative polarity, with at least medium effective confidence, in a
///   reachable context (activated, load-time or always-loaded); or an effective critical
///   finding with high confidence (a malware signature, a reverse shell).
/// - **suspicious**: any other effective high finding (a credential read with no sink, a
///   decoded blob never run); two or more effective medium findings of at least medium
///   confidence from different categories; or incomplete analysis (an `integrity`
///   finding: a skill with unanalysed content can never be safe, §6.5).
/// - **safe**: nothing above that.
///
/// Low-tier patterns and capability flags never decide a verdict alone. The score combines
/// findings as independent evidence: `100 × (1 − Π(1 − wᵢ))`.
public struct DefaultVerdictPolicy: VerdictPolicy {
  public init() {}

  public func decide(_ findings: [Finding]) -> SkillVerdict {
    let active = findings.filter(\.isActive)
    var malicious: [Finding] = []
    var highs: [Finding] = []
    var mediums: [Finding] = []
    var incomplete: [Finding] = []
    var remaining = 1.0
    for finding in active {
      let weight = EffectiveWeight(finding)
      remaining *= 1 - Self.weight(weight)
      if finding.pattern == .integrity && finding.severity >= .medium {
        incomplete.append(finding)
      }
      let reachable = finding.reachability >= .activated
      let completeChain =
        finding.chain != nil && weight.severity >= .high && weight.confidence >= .medium
        && finding.polarity == .affirmative && reachable
      if completeChain || (weight.severity == .critical && weight.confidence == .high) {
        malicious.append(finding)
        continue
      }
      switch weight.severity {
      case .critical, .high:
        highs.append(finding)
      case .medium:
        // Two weak signals are not two signals: a medium the rule itself doubts (a send to
        // the skill's declared service, a security tool's example) does not count towards
        // "medium findings in two categories" (taxonomy.md §6.4, purpose alignment).
        if weight.confidence >= .medium { mediums.append(finding) }
      case .low, .info:
        break
      }
    }
    let score = Int((100 * (1 - remaining)).rounded())
    if !malicious.isEmpty {
      return SkillVerdict(verdict: .malicious, score: max(score, 80), reasons: Self.reasons(malicious))
    }
    let categories = Set(mediums.map(\.category))
    if !highs.isEmpty || categories.count >= 2 || !incomplete.isEmpty {
      var reasons = Self.reasons(highs)
      if categories.count >= 2 {
        reasons.append(
          "medium findings in \(categories.count) categories: "
            + categories.map(\.rawValue).sorted().joined(separator: ", "))
      }
      reasons += Self.reasons(incomplete).map { "incomplete analysis: \($0)" }
      return SkillVerdict(verdict: .suspicious, score: min(max(score, 30), 79), reasons: reasons)
    }
    var reasons: [String] = []
    if !mediums.isEmpty { reasons.append("\(mediums.count) medium finding(s) in one category") }
    return SkillVerdict(verdict: .safe, score: min(score, 29), reasons: reasons)
  }

  static func weight(_ w: EffectiveWeight) -> Double {
    let base: Double =
      switch w.severity {
      case .critical: 0.9
      case .high: 0.6
      case .medium: 0.25
      case .low: 0.05
      case .info: 0
      }
    let factor: Double =
      switch w.confidence {
      case .high: 1
      case .medium: 0.7
      case .low: 0.4
      }
    return base * factor
  }

  static func reasons(_ findings: [Finding]) -> [String] {
    findings.sorted { ($0.severity, $0.confidence) > ($1.severity, $1.confidence) }.prefix(5).map {
      "\($0.ruleID) (\($0.pattern.rawValue), \($0.severity.rawValue)) at \($0.file)\($0.line > 0 ? ":\($0.line)" : ""): \($0.message)"
    }
  }
}
