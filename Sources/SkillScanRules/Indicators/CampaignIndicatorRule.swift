import SkillScanCore
import SkillScanIndicators

/// Reports matches against the campaign indicator file (``IndicatorSet``): a domain, IP,
/// publisher account or URL from a reported malicious-skill campaign (taxonomy.md §5.15).
///
/// The only rule that reads indicators. It names the campaign infrastructure a skill points
/// at; whether the skill is a dropper is decided by the behavioural rules, so detection
/// survives when the file is removed (`SKILLSCAN_NO_INDICATORS=1`). Security write-ups that
/// list several indicators are reported as descriptive.
struct CampaignIndicatorRule: Rule {
  static let description = RuleDescription(
    id: "campaign-indicator",
    name: "Known campaign indicator",
    pattern: .knownMalware,
    severity: .high,
    confidence: .high,
    languages: [.markdown, .text, .shell, .python, .javascript, .powershell, .json, .yaml, .toml],
    summary: "The skill references infrastructure of a reported malicious-skill campaign.",
    rationale: """
      Domains, addresses and accounts that served malware in earlier campaigns are reused \
      across hundreds of templated skills. A skill that sends users or agents there is almost \
      certainly part of the campaign.
      """,
    remediation: "Remove the reference and treat the skill as compromised; do not run its setup steps.",
    references: [.owaspLLM(3), .owaspASI(4), .cwe(506), .taxonomy("5.15")],
    // The rule only runs on files that mention an indicator host, address or account.
    keywords: CampaignIndicatorRule.keywords(IndicatorSet.bundled),
    triggeringExamples: CampaignIndicatorRule.triggering,
    nonTriggeringExamples: CampaignIndicatorRule.nonTriggering
  )

  /// The indicators in use (the bundled file, unless the environment overrides it).
  let indicators: IndicatorSet

  /// Bare domains and addresses, matched in one pass.
  let needles: PhraseMatcher

  init() { self.init(indicators: .bundled) }

  init(indicators: IndicatorSet) {
    self.indicators = indicators
    needles = PhraseMatcher((indicators.domains + indicators.ips).map { $0.lowercased() })
  }

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard !indicators.isEmpty else { return }
    var hits: [(range: Range<Int>, what: String)] = []
    var covered = Set<Int>()
    for url in file.urls {
      if let what = match(url) {
        hits.append((url.range, what))
        for i in url.range { covered.insert(i) }
      }
    }
    // Bare domains and addresses written without a scheme.
    for m in needles.allMatches(in: file.bytes) {
      let at = m.range.lowerBound
      guard !covered.contains(at), Self.isBoundary(file.bytes, at - 1), Self.isBoundary(file.bytes, m.range.upperBound) else { continue }
      hits.append((m.range, "indicator \(needles.phrases[m.phrase])"))
    }
    guard !hits.isEmpty else { return }
    let distinct = Set(hits.map(\.what)).count
    let listing = distinct >= 3 && SecurityPurpose.isSecurityTool(skill)
    var lines = Set<Int>()
    for hit in hits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      guard lines.insert(file.source.lines.line(of: hit.range.lowerBound)).inserted else { continue }
      let inCode = file.codeRegion(at: hit.range.lowerBound) != nil
      var polarity = inCode ? Polarity.affirmative : DropperPolarity.classify(file, at: hit.range)
      if listing { polarity = .descriptive }
      sink.report(
        "\(hit.what) (indicator set \(indicators.version))", in: file, at: hit.range,
        confidence: listing ? .low : .high, polarity: polarity)
    }
  }

  private func match(_ url: FoundURL) -> String? {
    if let domain = indicators.domains.first(where: { HostClassifier.isWithin(url.host, $0) }) {
      return "campaign domain \(domain)"
    }
    if indicators.ips.contains(url.host) { return "campaign address \(url.host)" }
    let lower = url.text.lowercased()
    if let prefix = indicators.urls.first(where: { lower.hasPrefix($0) }) { return "campaign URL \(prefix)" }
    let hostPath = url.host + url.lowerPath
    if let account = indicators.accounts.first(where: { hostPath.hasPrefix($0 + "/") }) {
      return "campaign publisher account \(account)"
    }
    return nil
  }

  /// Pre-filter words for the engine: every domain, address and account host of `set`.
  static func keywords(_ set: IndicatorSet) -> [String] {
    var words = Set(set.domains + set.ips)
    for account in set.accounts { words.insert(String(account.split(separator: "/").last ?? "")) }
    for url in set.urls { if let u = URLExtractor.parse(url) { words.insert(u.host) } }
    words.remove("")
    return words.sorted()
  }

  static func isBoundary(_ bytes: [UInt8], _ i: Int) -> Bool {
    guard i >= 0, i < bytes.count else { return true }
    let b = bytes[i]
    return !(ByteClassLite.isAlnum(b) || b == 0x2E || b == 0x2D || b == 0x5F)
  }
}
