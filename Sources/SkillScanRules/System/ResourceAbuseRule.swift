import SkillScanCore
import SkillScanLexers

/// Flags request floods and runaway loops: a loop of hundreds of iterations (or an endless
/// one) that fires network requests without pausing, and endless loops with no way out.
///
/// A "connectivity test" that calls a third-party URL a thousand times, or `while true; do
/// curl …; done`, turns the user's machine into a denial-of-service client; an endless loop
/// with no exit burns the CPU. Polling loops that sleep, and local development servers, are
/// not floods.
struct ResourceAbuseRule: Rule {
  static let description = RuleDescription(
    id: "resource-abuse",
    name: "Request flood or runaway loop",
    pattern: .destructive,
    severity: .high,
    confidence: .medium,
    languages: [.shell, .python, .markdown],
    summary: "A loop floods a URL with requests or never terminates.",
    rationale: """
      Skills run with the user's network and CPU. Hammering a third-party endpoint in a \
      tight loop is a denial-of-service attack attributed to the user; an endless loop \
      without an exit exhausts the machine (taxonomy.md §5.9 resource abuse).
      """,
    remediation: "Bound loops, pause between requests (with back-off) and target only services the user asked for.",
    references: [.owaspLLM(6), .owaspASI(2), .atlas("AML.T0102"), .cwe(400), .taxonomy("5.9")],
    keywords: ["while", "for"],
    triggeringExamples: ResourceAbuseRule.triggering,
    nonTriggeringExamples: ResourceAbuseRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let security = SecurityPurpose.isSecurityTool(skill) && file.source.language == .markdown
    for region in file.regions where !region.tokens.isEmpty && region.kind != .inlineCode {
      let loops: [Loop]
      switch region.language {
      case .python: loops = Self.pythonLoops(region.tokens, file.bytes, file.source.lines)
      case .shell: loops = Self.shellLoops(region.tokens, file.bytes)
      default: continue
      }
      let discounted = security || BehaviorShellSpans.isBadExample(file, region)
      for loop in loops {
        guard let message = Self.verdict(loop, file.bytes) else { continue }
        sink.report(
          message, in: file, at: loop.header, confidence: discounted ? .low : .medium,
          chain: discounted ? nil : .destruction)
      }
    }
  }

  /// A loop header and its body, with whether it runs endlessly or many times.
  struct Loop {
    var header: Range<Int>
    var body: Range<Int>
    var endless: Bool
    /// Inside a `try:` block, so an exception ends it.
    var guarded = false
    /// Python (shell daemons legitimately loop forever).
    var python = false
  }

  /// What the loop does wrong, if anything.
  static func verdict(_ loop: Loop, _ bytes: [UInt8]) -> String? {
    let body = loop.body
    guard !body.isEmpty else { return nil }
    let pauses = ["sleep", "wait", "break", "return", "exit", "raise", "yield", "await", "input", "read", "timeout"]
      .contains { ByteText.contains(body, $0, in: bytes) }
    let network = ["requests.", "httpx.", "urlopen", "aiohttp", "curl", "wget", "urllib"]
      .contains { ByteText.contains(body, $0, in: bytes) }
    let local = ["localhost", "127.0.0.1", "0.0.0.0", "[::1]"].contains { ByteText.contains(body, $0, in: bytes) }
    if network && !pauses && !local {
      return loop.endless ? "endless loop of network requests (flood)" : "loop of hundreds of network requests without pause (flood)"
    }
    if loop.endless && loop.python && !loop.guarded && !network && !pauses {
      let exits = ["get(", "recv", "accept", "poll", "select", "join", "next(", "pop(", "serve", "run("]
        .contains { ByteText.contains(body, $0, in: bytes) }
      return exits ? nil : "endless loop with no exit"
    }
    return nil
  }
}
