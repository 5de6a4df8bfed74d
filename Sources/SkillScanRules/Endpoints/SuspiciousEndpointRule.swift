import SkillScanCore

/// Flags URLs whose host is a raw IP address, paste site, tunnel, request collector or
/// webhook, dynamic-DNS name or URL shortener (taxonomy.md §5.2).
///
/// Such hosts are where droppers fetch payloads and where stolen data is sent: anyone can
/// publish there, the owner is anonymous, and the content can change after review. The host
/// classes are data (``HostClasses``); campaign hosts are not listed here. Loopback, private
/// and documentation addresses are skipped; prose that describes the hosts (security
/// write-ups) is reported with descriptive polarity.
struct SuspiciousEndpointRule: Rule {
  static let description = RuleDescription(
    id: "suspicious-endpoint",
    name: "Raw-IP, paste, tunnel or collector URL",
    pattern: .suspiciousEndpoint,
    severity: .medium,
    confidence: .medium,
    languages: [.markdown, .text, .shell, .python, .javascript, .powershell, .json, .yaml, .toml],
    summary: "A URL points at a raw IP, paste site, tunnel, collector, dynamic-DNS name or shortener.",
    rationale: """
      Legitimate tools talk to their vendor's documented domains. Payload hosting and data \
      collection use hosts that hide who controls them: bare IP addresses (often plain \
      `http`), paste sites, tunnels to a personal machine, webhook collectors and shorteners.
      """,
    remediation: "Point at the service's documented domain over HTTPS, or explain why this host is needed.",
    references: [.owaspLLM(2), .owaspASI(2), .cwe(200), .taxonomy("5.2")],
    keywords: ["://"],
    triggeringExamples: SuspiciousEndpointRule.triggering,
    nonTriggeringExamples: SuspiciousEndpointRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    var seenHosts = Set<String>()
    for url in file.urls {
      guard let kind = HostClassifier.classify(url), kind.isSuspicious, seenHosts.insert(url.host).inserted else { continue }
      let inCode = file.codeRegion(at: url.range.lowerBound) != nil
      let polarity = inCode ? Polarity.affirmative : ProsePolarity.classify(file, at: url.range)
      var severity: Severity = .medium
      var confidence: Confidence = .medium
      switch kind {
      case .shortener: severity = .low
      case .rawIP where url.scheme == "http", .collector, .tunnel: confidence = .high
      default: break
      }
      let shown = url.text.count > 100 ? String(url.text.prefix(100)) + "…" : url.text
      sink.report(
        "URL on a \(kind.rawValue): \(shown)", in: file, at: url.range, severity: severity,
        confidence: confidence, polarity: polarity)
    }
  }
}
