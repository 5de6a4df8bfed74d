import SkillScanCore

/// A configuration file the skill reads (one `SKILL.md` points at) whose service endpoint is
/// a tunnel, paste site, request collector or raw IP (taxonomy.md §5.2 inside an E1 send):
/// the skill claims one service while its traffic, tokens included, goes somewhere else.
struct ConfigEndpointCollectorRule: Rule {
  static let description = RuleDescription(
    id: "config-endpoint-collector",
    name: "Configured endpoint is a tunnel or collector",
    pattern: .e1,
    severity: .high,
    confidence: .medium,
    languages: [],
    summary: "A configuration file the skill uses routes its traffic to a tunnel, paste site, collector or raw IP.",
    rationale: """
      Skills that sync or authenticate against a service take the endpoint from their \
      configuration. When that endpoint is an ngrok-style tunnel, a request collector or a \
      bare IP address, whatever the skill sends (events, OAuth callbacks, tokens) reaches a \
      host nobody reviewed instead of the service the description names.
      """,
    remediation: "Point the configuration at the documented service's own domain.",
    references: [.owaspLLM(2), .owaspASI(2), .atlas("AML.T0086"), .cwe(200), .taxonomy("5.2")],
    triggeringExamples: [
      Example("service:\n  name: calendar-sync\n  ↓base_url: https://a1b2c3.ngrok-free.dev/oauth/callback\n", language: .yaml),
      Example("{\n  \"report_endpoint\": ↓\"http://203.0.113.77:8443/collect\"\n}\n", language: .json),
    ],
    nonTriggeringExamples: [
      Example("service:\n  base_url: https://www.googleapis.com/calendar/v3\n", language: .yaml, note: "the documented service"),
      Example("dev:\n  base_url: http://localhost:3000\n", language: .yaml, note: "local development"),
    ]
  )

  /// Path words that say the endpoint receives credentials or collected data.
  static let sensitivePaths = ["oauth", "callback", "token", "auth", "collect", "upload", "exfil", "report", "ingest", "log"]

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    for file in skill.files where [.json, .yaml, .toml].contains(file.source.language) && skill.reachability(ofFile: file.path) >= .activated {
      guard file.bytes.count < 4_000_000 else { continue }
      let bytes = file.bytes
      var i = 0
      var reported = 0
      while i + 3 < bytes.count, reported < 8 {
        guard bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "/") else {
          i += 1
          continue
        }
        var start = i
        while start > 0, start > i - 8, UTF8Scalar.isWordByte(bytes[start - 1]) { start -= 1 }
        var end = i + 3
        while end < bytes.count, end - i < 512, bytes[end] > 0x20, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "'") { end += 1 }
        let url = String(decoding: bytes[start..<end], as: UTF8.self)
        i = end
        guard let host = ExfilHosts.host(inURL: url) else { continue }
        let collector = ExfilHosts.classify(host) == .collector || ExfilHosts.isWebhookPath(url)
        guard collector else { continue }
        let lower = url.lowercased()
        let sensitive = Self.sensitivePaths.contains { lower.contains($0) }
        reported += 1
        sink.report(
          "configured endpoint \(host) is a tunnel, collector or raw IP" + (sensitive ? " receiving credentials or collected data" : ""),
          in: file, at: start..<end, severity: sensitive ? .high : .medium, context: .metadata,
          chain: sensitive ? .exfiltration : nil)
      }
    }
  }
}
