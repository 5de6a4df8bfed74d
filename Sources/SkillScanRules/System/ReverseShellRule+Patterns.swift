import SkillScanCore
import SkillScanLexers

extension ReverseShellRule {
  static let netcats: Set<String> = ["nc", "ncat", "netcat", "nc.traditional", "nc.openbsd"]

  /// A shell-level reverse shell in one pipeline.
  static func shellReverse(_ pipeline: ShellPipeline, _ bytes: [UInt8]) -> String? {
    var hasShell = false
    var hasNetcat = false
    for command in pipeline.commands {
      let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
      let name = nameWritten.lowercased()
      // Arguments matter for netcat and socat, and for paths (`/bin/sh`, `/dev/tcp/…`) that
      // need a `/` or an escape in the raw bytes; other commands skip decoding them.
      let raw = bytes[command.range.clamped(to: 0..<bytes.count)]
      let needsArgs = netcats.contains(name) || name == "socat" || raw.contains(0x2F) || raw.contains(0x5C)
      let args = needsArgs ? effective.arguments(in: bytes) : []
      let isShell = command.interpreter(in: bytes) == .shell || args.contains { $0 == "/bin/sh" || $0 == "/bin/bash" }
      hasShell = hasShell || isShell
      let socket = command.redirections.contains { r in
        guard let target = r.target else { return false }
        let t = ShellWord.unquotedValue(target, bytes)
        return t.hasPrefix("/dev/tcp/") || t.hasPrefix("/dev/udp/")
      } || args.contains { $0.hasPrefix("/dev/tcp/") || $0.hasPrefix("/dev/udp/") }
      if socket && (command.interpreter(in: bytes) == .shell || name == "exec" || name == "sh") {
        return "shell wired to a /dev/tcp socket"
      }
      if netcats.contains(name) {
        hasNetcat = true
        if args.contains(where: { $0 == "-e" || $0 == "-c" || $0 == "--exec" || $0 == "--sh-exec" || $0.hasPrefix("--exec=") }) {
          return "\(name) executes a shell for the remote peer"
        }
      }
      if name == "socat", args.contains(where: { a in
        let l = a.lowercased()
        return (l.hasPrefix("exec:") || l.hasPrefix("system:")) && (l.contains("sh") || l.contains("cmd"))
      }), args.contains(where: { $0.lowercased().hasPrefix("tcp") }) {
        return "socat connects a shell to a TCP peer"
      }
    }
    if hasShell && hasNetcat { return "shell relayed through netcat" }
    if let nested = nestedPython(pipeline, bytes) { return nested }
    return nil
  }

  /// `python -c "…socket…dup2…"` one-liners.
  static func nestedPython(_ pipeline: ShellPipeline, _ bytes: [UInt8]) -> String? {
    for command in pipeline.commands where command.interpreter(in: bytes) == .python {
      let script = BehaviorShellSpans.arguments(command, bytes).joined(separator: " ")
      if script.contains("socket"), script.contains("dup2"), script.contains("pty.spawn") || script.contains("/bin/sh") || script.contains("/bin/bash") {
        return "python one-liner connects a socket to a shell"
      }
    }
    return nil
  }

  /// A reverse shell in a Python, JavaScript or PowerShell region (co-occurring calls).
  static func codeReverse(_ region: Region, _ file: AnalyzedFile) -> (range: Range<Int>, message: String)? {
    let bytes = file.bytes
    let r = region.range
    func has(_ s: String) -> Bool { ByteText.contains(r, s, in: bytes) }
    switch region.language {
    case .python:
      guard has("socket"), has("dup2"), has("pty.spawn") || has("/bin/sh") || has("/bin/bash") || has("cmd.exe") else { return nil }
      let calls = file.codeCalls(region.tokens, language: .python)
      guard let dup = calls.first(where: { $0.calleeEnds(with: "dup2") }) else { return nil }
      return (dup.range, "socket file descriptors duplicated onto a shell's stdio")
    case .javascript:
      guard has("net"), has("child_process") || has("spawn"), has("/bin/sh") || has("/bin/bash") || has("cmd.exe"),
        has(".pipe(")
      else { return nil }
      let calls = file.codeCalls(region.tokens, language: .javascript)
      guard let spawn = calls.first(where: { $0.callee.hasPrefix("child_process.") || $0.calleeEnds(with: "spawn") }) else { return nil }
      return (spawn.range, "network socket piped into a spawned shell")
    case .powershell:
      guard ByteText.contains(r, "sockets.tcpclient", in: bytes, ignoringCase: true),
        ByteText.contains(r, "getstream", in: bytes, ignoringCase: true),
        ByteText.contains(r, "iex", in: bytes, ignoringCase: true)
          || ByteText.contains(r, "invoke-expression", in: bytes, ignoringCase: true)
      else { return nil }
      return (r.lowerBound..<min(r.upperBound, r.lowerBound + 1), "TCP client stream executed with Invoke-Expression")
    default:
      return nil
    }
  }
}
