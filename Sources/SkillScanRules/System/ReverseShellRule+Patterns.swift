import SkillScanCore
import SkillScanLexers

extension ReverseShellRule {
  static let netcats: Set<String> = ["nc", "ncat", "netcat", "nc.traditional", "nc.openbsd"]

  /// A shell-level reverse shell in one pipeline.
  static func shellReverse(_ pipeline: ShellPipeline, _ bytes: [UInt8], depth: Int = 0) -> String? {
    var hasShell = false
    var hasNetcat = false
    /// Commands that can run a string as a script (`sh -c`, `eval`, `su -c`).
    var nestable: [Int] = []
    /// `telnet host port | /bin/sh | telnet host port2`: the netcat-less relay.
    var hasTelnet = false
    /// One-liner interpreters, with what their script needs (``scriptedShells``).
    var scripted: [(command: Int, entry: Int)] = []
    for (index, command) in pipeline.commands.enumerated() {
      let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
      let name = nameWritten.lowercased()
      if depth < ShellStructure.maxNestedScriptDepth, name == "eval" || name == "su" || command.interpreter(in: bytes) == .shell {
        nestable.append(index)
      }
      if name == "telnet" { hasTelnet = true }
      if let entry = scriptedShellIndex[name] { scripted.append((index, entry)) }
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
      if command.interpreter(in: bytes) == .shell, Self.readsItsOwnOutput(command, effective, bytes) {
        return "interactive shell reads its input from where its output goes"
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
      }), args.contains(where: { a in
        // `tcp:`, `tcp4:`, `tcp-connect:`, and the TLS addresses `openssl:`/`ssl:`.
        let l = a.lowercased()
        return l.hasPrefix("tcp") || l.hasPrefix("openssl") || l.hasPrefix("ssl:")
      }) {
        return "socat connects a shell to a TCP peer"
      }
    }
    if hasShell && (hasNetcat || (hasTelnet && pipeline.commands.count >= 2)) { return "shell relayed through netcat" }
    if let nested = nestedPython(pipeline, bytes) { return nested }
    for (command, index) in scripted {
      let entry = scriptedShells[index]
      let script = BehaviorShellSpans.arguments(pipeline.commands[command], bytes).joined(separator: " ").lowercased()
      if entry.socket.contains(where: script.contains), entry.runs.contains(where: script.contains) { return entry.message }
    }
    // `bash -c '…'`, `sh -c "…"`, `eval …`: the string is a script of its own.
    if depth < ShellStructure.maxNestedScriptDepth {
      for command in nestable {
        guard let script = ShellStructure.nestedScript(of: pipeline.commands[command], in: bytes), script.utf8.count <= 1 << 16 else { continue }
        let inner = Array(script.utf8)
        for nested in ShellStructure.pipelines(in: inner) {
          if let message = shellReverse(nested, inner, depth: depth + 1) { return message }
        }
      }
    }
    return nil
  }

  /// `bash -i >& TARGET 0>&1` whatever TARGET is (`${d}/${t}/${host}/${port}` hides the
  /// `/dev/tcp/` path in variables): an interactive shell whose output goes to a target and
  /// whose input is read back from that same stream only makes sense when the target is a
  /// connection, and the shape is the reverse shell itself.
  static func readsItsOwnOutput(_ command: ShellCommand, _ effective: ShellCommand, _ bytes: [UInt8]) -> Bool {
    guard command.redirections.count >= 2,
      effective.words.dropFirst().contains(where: { w in
        let v = ShellWord.unquotedValue(w, bytes)
        return v == "-i" || (v.hasPrefix("-") && !v.hasPrefix("--") && v.contains("i") && v.count <= 4)
      })
    else { return false }
    var outputToTarget = false
    var inputFromOutput = false
    /// Descriptors above 2 the shell reads from and writes to (`<&7 >&7`): one descriptor
    /// opened for both (`exec 7<>…`) that an interactive shell talks through is a socket.
    var inputFDs: Set<Substring> = []
    var outputFDs: Set<Substring> = []
    for r in command.redirections {
      let op = ByteText.string(r.op.range, in: bytes).filter { !$0.isWhitespace }
      if let amp = op.firstIndex(of: "&"), amp > op.startIndex {
        let fd = op[op.index(after: amp)...]
        let from = op[..<op.index(before: amp)]
        if !fd.isEmpty, fd.allSatisfy(\.isNumber), !["0", "1", "2"].contains(fd) {
          if op[op.index(before: amp)] == "<" && (from.isEmpty || from == "0") { inputFDs.insert(fd) }
          if op[op.index(before: amp)] == ">" && (from.isEmpty || from == "1") { outputFDs.insert(fd) }
        }
      }
      if r.target != nil, op == ">&" || op == "&>" || op == ">" || op == "1>" || op == "&>>" {
        let t = ShellWord.unquotedValue(r.target!, bytes)
        if !t.isEmpty, t != "/dev/null", !t.allSatisfy(\.isNumber) { outputToTarget = true }
      }
      if op == "0>&1" || op == "0<&1" || op == "<&1" || op == "0>&2" || op == "0<&2" { inputFromOutput = true }
    }
    return (outputToTarget && inputFromOutput) || !inputFDs.isDisjoint(with: outputFDs)
  }

  /// One-liner interpreters and what their script needs to be a reverse shell: a socket
  /// opened to a peer, and a shell or command execution wired to it. The pairs are the
  /// standard one-liners (awk's `/inet/tcp`, Perl's `socket(…)` then `exec`, PHP's
  /// `fsockopen` then `exec`/`proc_open`, Ruby's `TCPSocket` then `exec`/`spawn`).
  typealias ScriptedShell = (names: Set<String>, socket: [String], runs: [String], message: String)
  /// ``scriptedShells`` by interpreter name: one look-up per command.
  static let scriptedShellIndex: [String: Int] = {
    var index: [String: Int] = [:]
    for (i, entry) in scriptedShells.enumerated() { for name in entry.names { index[name] = i } }
    return index
  }()
  static let scriptedShells: [ScriptedShell] = [
    (["awk", "gawk", "nawk", "mawk", "busybox awk"], ["/inet/tcp/", "/inet/udp/"], ["system(", "|&", "/bin/sh", "/bin/bash"],
     "awk script opens a TCP socket and runs what it reads"),
    (["perl"], ["socket(", "io::socket"], ["exec", "system(", "/bin/sh", "/bin/bash", "open(stdin", "qx"],
     "perl one-liner connects a socket to a shell"),
    (["php"], ["fsockopen", "stream_socket_client", "socket_create"],
     ["exec(", "shell_exec", "system(", "passthru", "proc_open", "popen", "/bin/sh", "/bin/bash", "`"],
     "php one-liner connects a socket to a shell"),
    (["ruby"], ["tcpsocket", "socket.new", "socket.tcp"], ["exec", "spawn", "system", "popen", "/bin/sh", "/bin/bash", "`"],
     "ruby one-liner connects a socket to a shell"),
    (["lua", "luajit"], ["socket.tcp", "socket.connect"], ["io.popen", "os.execute"],
     "lua one-liner connects a socket to a shell"),
  ]

  /// `text` with the keys of systemd `Exec…=` lines (`ExecStart=`, `ExecStartPre=-`)
  /// blanked, so a unit file written out by code reads as the commands it runs.
  static func unitCommands(_ text: [UInt8]) -> [UInt8] {
    var out = text
    var lineStart = 0
    while lineStart < out.count {
      let lineEnd = out[lineStart...].firstIndex(of: 0x0A) ?? out.count
      if lineEnd - lineStart > 5, out[lineStart..<lineStart + 4].elementsEqual("Exec".utf8),
        let equals = out[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "=")),
        out[lineStart..<equals].allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) })
      {
        var k = lineStart
        while k <= equals { out[k] = 0x20; k += 1 }
        // systemd's exec prefixes: `-` (ignore failure), `@`, `+`, `!`, `:`.
        while k < lineEnd, [UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: ":")].contains(out[k]) {
          out[k] = 0x20
          k += 1
        }
      }
      lineStart = lineEnd + 1
    }
    return out
  }

  /// A reverse-shell command held in a string of Python or JavaScript code that the code
  /// runs or writes out (`subprocess.run("bash -i >& /dev/tcp/…", shell=True)`, a systemd
  /// unit with one in `ExecStart=` handed to `writeFileSync`): the string is read as shell.
  ///
  /// The string must sit inside the arguments of a call that runs or writes
  /// (``stringSinks``), or be assigned to a name such a call's arguments hold. Scanners and
  /// guards list these very strings as patterns to block, and their test suites feed them to
  /// a detector: data, not a shell. Only strings naming a socket path or netcat's exec flag
  /// are parsed.
  static func codeStringReverse(_ region: Region, _ file: AnalyzedFile) -> (range: Range<Int>, message: String)? {
    guard region.language == .python || region.language == .javascript else { return nil }
    let bytes = file.bytes
    let tokens = region.tokens
    var candidates: [Int] = []
    for (k, token) in tokens.enumerated() where token.kind == .string && token.range.count >= 12 && token.range.count <= 1 << 16 {
      let r = token.range
      if ByteText.contains(r, "/dev/tcp/", in: bytes) || ByteText.contains(r, "/dev/udp/", in: bytes)
        || ByteText.contains(r, " -e /bin/", in: bytes) || ByteText.contains(r, "/inet/tcp/", in: bytes)
      {
        candidates.append(k)
      }
    }
    guard !candidates.isEmpty else { return nil }
    let sinks = file.codeCalls(tokens, language: region.language)
      .filter { stringSinks.contains(String($0.baseName)) }
      .map { $0.openParen..<$0.closeParen }
      .sorted { $0.lowerBound < $1.lowerBound }
    guard !sinks.isEmpty else { return nil }
    // Calls nest or are disjoint, so a token is inside some call that opened before it
    // exactly when the furthest closing parenthesis among those calls lies past it: one
    // sweep, in token order (`openParen`/`closeParen` are token indices).
    func inside(_ offsets: [Int]) -> [Bool] {
      var result: [Bool] = []
      result.reserveCapacity(offsets.count)
      var next = 0
      var furthest = Int.min
      for offset in offsets {
        while next < sinks.count, sinks[next].lowerBound < offset {
          furthest = max(furthest, sinks[next].upperBound)
          next += 1
        }
        result.append(furthest > offset)
      }
      return result
    }
    // Names handed to a sink: every word token inside one.
    let words = tokens.indices.filter { tokens[$0].kind == .word }
    var handed = Set<String>()
    for (k, isInside) in zip(words, inside(words)) where isInside {
      handed.insert(ByteText.string(tokens[k].range, in: bytes))
    }
    let direct = inside(candidates)
    for (index, k) in candidates.enumerated() {
      let token = tokens[k]
      // `name = "…"` (also `const name = …`): reached through the name.
      let viaName = k >= 2 && tokens[k - 1].kind == .op && ByteText.equals(tokens[k - 1].range, "=", in: bytes)
        && tokens[k - 2].kind == .word && handed.contains(ByteText.string(tokens[k - 2].range, in: bytes))
      guard direct[index] || viaName else { continue }
      let value = unitCommands(Array(StringLiteral.value(of: token, in: bytes, language: region.language).utf8))
      for pipeline in ShellStructure.pipelines(in: value) {
        if let message = shellReverse(pipeline, value) { return (token.range, message + " (in a string the code runs or writes out)") }
      }
    }
    return nil
  }

  /// Calls (by base name) that run a command string or write text out.
  static let stringSinks: Set<String> = [
    "system", "popen", "run", "call", "check_call", "check_output", "Popen", "getoutput", "getstatusoutput", "spawn",
    "exec", "execSync", "execFile", "execFileSync", "spawnSync", "execv", "execvp", "execl", "execlp",
    "writeFile", "writeFileSync", "appendFile", "appendFileSync", "write", "write_text", "writelines",
  ]


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
      if has("socket"), has("dup2"), has("pty.spawn") || has("/bin/sh") || has("/bin/bash") || has("cmd.exe") {
        let calls = file.codeCalls(region.tokens, language: .python)
        if let dup = calls.first(where: { $0.calleeEnds(with: "dup2") }) {
          return (dup.range, "socket file descriptors duplicated onto a shell's stdio")
        }
      }
      return commandChannel(region, file)
    case .javascript:
      if has("net"), has("child_process") || has("spawn"), has("/bin/sh") || has("/bin/bash") || has("cmd.exe"), has(".pipe(") {
        let calls = file.codeCalls(region.tokens, language: .javascript)
        if let spawn = calls.first(where: { $0.callee.hasPrefix("child_process.") || $0.calleeEnds(with: "spawn") }) {
          return (spawn.range, "network socket piped into a spawned shell")
        }
      }
      return commandChannel(region, file)
    case .powershell:
      guard ByteText.contains(r, "sockets.tcpclient", in: bytes, ignoringCase: true),
        ByteText.contains(r, "getstream", in: bytes, ignoringCase: true)
      else { return nil }
      if ByteText.contains(r, "iex", in: bytes, ignoringCase: true) || ByteText.contains(r, "invoke-expression", in: bytes, ignoringCase: true) {
        return (r.lowerBound..<min(r.upperBound, r.lowerBound + 1), "TCP client stream executed with Invoke-Expression")
      }
      // `[scriptblock]::Create($line)` then `& $block`: the same, spelled as a script block
      // (a module may split the socket, the read and the run into separate functions).
      guard ByteText.contains(r, "readline", in: bytes, ignoringCase: true) || ByteText.contains(r, ".read(", in: bytes, ignoringCase: true),
        let create = Self.scriptBlockFromVariable(bytes, r)
      else { return nil }
      return (create, "TCP client stream read into a script block and run")
    default:
      return nil
    }
  }

  /// The first `[scriptblock]::Create($…)` of `r` whose text is a variable's (not a
  /// literal's): code received at run time.
  static func scriptBlockFromVariable(_ bytes: [UInt8], _ r: Range<Int>) -> Range<Int>? {
    let needle = Array("[scriptblock]::create(".utf8)
    var from = r.lowerBound
    while let at = ByteSearch.firstIndexIgnoringCase(of: needle, in: bytes, from: from), at < r.upperBound {
      var i = at + needle.count
      while i < r.upperBound, bytes[i] == 0x20 { i += 1 }
      if i < r.upperBound, bytes[i] == UInt8(ascii: "$") { return at..<(at + needle.count - 1) }
      from = at + needle.count
    }
    return nil
  }

  /// Whether a command's output is sent on: a send within a few lines of `stdout` (or
  /// `check_output`/`getoutput`, whose result is the output).
  static func outputSentBack(_ r: Range<Int>, _ bytes: [UInt8], socketFile: Bool = false) -> Bool {
    var found = false
    let replies = socketFile ? socketFileReplyWords : replyWords
    bytes.withUnsafeBufferPointer { all in
      outputWords.forEachPosition(in: UnsafeBufferPointer(rebasing: all[r])) { _, end in
        let at = r.lowerBound + end
        // Around it: `ws.send(out.stdout)` names the output inside the send.
        found = replies.occurs(in: bytes, range: max(r.lowerBound, at - 300)..<min(r.upperBound, at + 300))
        return !found
      }
    }
    return found
  }
  static let socketFileReplyWords = KeywordFilter(keywords: [".send(", ".sendall(", ".emit(", ".write("])
  static let outputWords = KeywordFilter(keywords: ["stdout", "check_output(", "getoutput(", "popen("])
  static let replyWords = KeywordFilter(keywords: [".send(", ".sendall(", ".emit("])

  /// Shell interpreters a command channel starts with a command string.
  static let shellPaths = ["/bin/sh", "/bin/bash", "/bin/zsh", "cmd.exe", "powershell", "pwsh"]

  /// A remote command channel: the script connects out (a WebSocket or socket client), takes
  /// messages from it, runs a shell interpreter on a command string, and sends output back.
  /// It is a reverse shell spread over a message protocol (a "sync" or "live reload" relay
  /// whose server sends `{op: "hook", hook: "…"}`); no honest feature lets a remote server
  /// choose the commands the user's machine runs.
  static func commandChannel(_ region: Region, _ file: AnalyzedFile) -> (range: Range<Int>, message: String)? {
    let bytes = file.bytes
    let r = region.range
    func has(_ s: String) -> Bool { ByteText.contains(r, s, in: bytes, ignoringCase: true) }
    let javascript = region.language == .javascript
    let connects = javascript
      ? has("new websocket(") || has("net.connect(") || has("net.createconnection(") || has("tls.connect(") || has("socket.io-client")
      : has("create_connection(") || has("websockets.connect(") || has("socketio.client(") || (has("socket.socket(") && has(".connect(("))
    let receives = javascript
      ? has("'message'") || has("\"message\"") || has("onmessage") || has("'data'") || has("\"data\"")
      : has(".recv(") || has("async for ") || has("@sio.on") || has(".on('message'") || has(".on(\"message\"") || has(".makefile(")
    // A socket read as a file (`f = s.makefile("rwb")`) is written back to with `f.write`.
    let socketFile = !javascript && has(".makefile(")
    let replies = javascript ? has(".send(") || has(".write(") || has(".emit(") : has(".send(") || has(".sendall(") || has(".emit(") || socketFile
    guard connects, receives, replies, shellPaths.contains(where: has) || (!javascript && has("shell=true")),
      Self.outputSentBack(r, bytes, socketFile: socketFile)
    else { return nil }
    let calls = file.codeCalls(region.tokens, language: region.language)
    let runners = javascript ? ["spawn", "exec", "execsync", "spawnsync", "execfile"] : ["popen", "run", "call", "check_output", "getoutput", "system"]
    for call in calls where runners.contains(call.baseName.lowercased()) {
      // The interpreter named in the call (`spawn('/bin/sh', ['-c', cmd])`, `shell=True`), or
      // a command that is no literal (`spawn(shell, [flag, frame.hook])`).
      let text = ByteText.string(call.range.lowerBound..<min(call.range.upperBound, call.range.lowerBound + 512), in: bytes).lowercased()
      let literal = call.stringArgument(0, tokens: region.tokens) != nil
      guard shellPaths.contains(where: { text.contains($0) }) || text.contains("shell=true") || text.contains("shell: true") || !literal
      else { continue }
      return (call.range, "runs shell commands received over a network connection and sends their output back (a remote command channel)")
    }
    return nil
  }
}
