import SkillScanCore

/// Reverse shells in scripts of languages SkillScan does not lex (Go, Ruby, Perl, PHP, Lua,
/// Rust, Java …): an outbound connection, a shell, and the shell's standard streams wired to
/// that connection, all within a few lines.
///
/// Every such language spells the same three steps: Go `net.Dial` then `exec.Command("/bin/sh",
/// "-i")` with `cmd.Stdin, cmd.Stdout = conn, conn`; Ruby `TCPSocket.new` then `exec("/bin/sh
/// -i", [:in, :out, :err] => [s, s, s])`; Perl `socket`/`connect` then `open(STDIN, ">&S")`
/// and `exec "/bin/sh -i"`; PHP `fsockopen` then `proc_open("/bin/sh -i", [0 => $sock, …])`.
/// Without a parser the steps are read as words, and they must stand together: a client that
/// connects somewhere, a tool that runs `sh` and a program that reads stdin are each common;
/// all three within one short stretch is the wiring itself.
extension ReverseShellRule {
  /// Bytes around an outbound connection read for the shell and the wiring.
  static let otherScriptReach = (before: 1_000, after: 1_200)

  /// Outbound connections, lower case.
  static let otherConnectWords = [
    "net.dial(", "net.dialtimeout(", "net.dialtcp(", "tls.dial(", "tcpsocket.new", "tcpsocket.open", "socket.tcp(",
    "io::socket::inet", "sockaddr_in(", "fsockopen(", "stream_socket_client(", "socket_connect(", "new socket(",
    "tcpstream::connect(", "socket.connect(",
  ]
  static let otherConnects = KeywordFilter(keywords: otherConnectWords)
  static let otherConnectLengths = otherConnectWords.map(\.utf8.count)

  /// A shell started as a program: its path, or its bare name as a quoted argument.
  static let otherShells = KeywordFilter(keywords: [
    "/bin/sh", "/bin/bash", "/bin/zsh", "/bin/dash", "cmd.exe", "powershell", "\"sh\"", "'sh'", "\"bash\"", "'bash'",
    "\"sh -i\"", "'sh -i'", "\"bash -i\"", "'bash -i'",
  ])

  /// A process's standard streams set to something: `cmd.Stdin = conn`, `[:in, :out] => [s,
  /// s]`, `open(STDIN, ">&S")`, `dup2`, `proc_open` descriptors, `$stdin.reopen(s)`.
  static let otherWiring = KeywordFilter(keywords: [
    "stdin", ":in", "dup2(", "proc_open(", ">&", "0 =>", "0=>", ".reopen(",
    // Ruby's keyword form: `exec(sh, "-i", in: s, out: s, err: s)`.
    "in:",
  ])

  /// Wiring cues read after one connection: enough for any real script, bounded on a file
  /// made of them.
  static let otherWiringChecks = 32

  /// The first outbound connection with a shell around it and a line near it that wires a
  /// process's streams to that connection (the line names the variable the connection was
  /// assigned to; a helper above may take it under the same name, `attach(c net.Conn)`), in
  /// a script of a language without a lexer; nil for any other file.
  static func otherScriptReverse(_ file: AnalyzedFile) -> (range: Range<Int>, message: String)? {
    guard file.source.kind == .script, file.source.language == .text else { return nil }
    let bytes = file.bytes
    let shells = positions(otherShells, bytes)
    let wiring = positions(otherWiring, bytes)
    guard !wiring.isEmpty else { return nil }
    var found: (range: Range<Int>, message: String)?
    var lastLine = -1
    // Connections come in file order, so windows slide forward: wiring cues a connection of
    // the same name already read (and found not to name it) are not read again.
    var readName: [UInt8] = []
    var readUntil = 0
    otherConnects.forEachPosition(in: bytes) { keyword, end in
      let start = end - otherConnectLengths[keyword]
      let lineStart = OtherScriptText.lineStart(start, bytes)
      guard lineStart != lastLine else { return true }
      lastLine = lineStart
      let window = max(0, start - otherScriptReach.before)..<min(bytes.count, end + otherScriptReach.after)
      // A program whose name is built at run time (`string([]byte{'/', 'b', 'i', 'n', …})`)
      // is not spelled: then the wiring line must hand it all three streams.
      let shellNear = Self.anyWithin(shells, window)
      guard let name = connectionName(bytes, lineStart..<start) else { return true }
      if name != readName {
        readName = name
        readUntil = 0
      }
      var k = lowerBound(wiring, max(window.lowerBound, readUntil))
      var checked = 0
      var previousLine = -1
      while k < wiring.count, wiring[k] < window.upperBound, checked < otherWiringChecks {
        let line = OtherScriptText.line(wiring[k] - 1, bytes)
        readUntil = wiring[k] + 1
        k += 1
        guard line.lowerBound != previousLine else { continue }
        previousLine = line.lowerBound
        checked += 1
        if OtherScriptText.holdsWord(name, bytes, line) {
          if shellNear {
            found = (start..<end, "outbound connection wired to a shell's stdin/stdout (script in a language without a lexer)")
            return false
          }
          if wiresAllStreams(line, bytes) || wiresStreamsOnLines(from: line, name, bytes) {
            found = (start..<end, "outbound connection wired to a program's stdin, stdout and stderr (script in a language without a lexer)")
            return false
          }
        }
      }
      return true
    }
    return found
  }

  /// Whether a line sets all three standard streams of a process (`cmd.Stdin, cmd.Stdout,
  /// cmd.Stderr = c, c, c`; Ruby `[:in, :out, :err] => [s, s, s]` or `in: s, out: s, err: s`):
  /// a remote terminal, whatever
  /// program it runs.
  static func wiresAllStreams(_ line: Range<Int>, _ bytes: [UInt8]) -> Bool {
    let folded = bytes[line].map(KeywordFilter.fold)
    let words: [[String]] = [["stdin", "stdout", "stderr"], [":in", ":out", ":err"], [" in:", " out:", " err:"]]
    return words.contains { set in set.allSatisfy { ByteSearch.contains(folded, Array($0.utf8)) } }
  }

  /// Whether the line at `line` and the two after it, each naming the connection, set a
  /// process's stdin, stdout and stderr between them (`cmd.Stdin = conn` / `cmd.Stdout =
  /// conn` / `cmd.Stderr = conn`, one per line): the same wiring as one line setting all three.
  static func wiresStreamsOnLines(from line: Range<Int>, _ name: [UInt8], _ bytes: [UInt8]) -> Bool {
    var streams: Set<String> = []
    var current = line
    for _ in 0..<3 {
      guard OtherScriptText.holdsWord(name, bytes, current) else { return false }
      let folded = bytes[current].map(KeywordFilter.fold)
      for stream in ["stdin", "stdout", "stderr"] where ByteSearch.contains(folded, Array(stream.utf8)) { streams.insert(stream) }
      if streams.count == 3 { return true }
      guard current.upperBound + 1 < bytes.count else { return false }
      current = OtherScriptText.line(current.upperBound + 1, bytes)
    }
    return false
  }

  /// The variable a connection is kept in, from its line before the connection: the handle
  /// of a `connect(S, …)` call (Perl), else the first name assigned (`conn, err :=`, `s =`,
  /// `my $s =`, `Socket s =`, `if conn, err :=`), sigils dropped. Nil when there is none.
  static func connectionName(_ bytes: [UInt8], _ prefix: Range<Int>) -> [UInt8]? {
    let text = bytes[prefix]
    if let call = lastIndex(of: connectCall, in: bytes, range: prefix) {
      var i = call + 8
      while i < prefix.upperBound, bytes[i] == 0x20 || bytes[i] == 0x24 { i += 1 }
      let nameStart = i
      while i < prefix.upperBound, OtherScriptText.isWordByte(bytes[i]) { i += 1 }
      return i > nameStart ? Array(bytes[nameStart..<i]) : nil
    }
    // The assignment's left side: up to the first `=` that is not part of `==`, `!=`, `<=`, `>=`.
    guard let eq = text.indices.first(where: { k in
      bytes[k] == 0x3D && (k + 1 >= prefix.upperBound || bytes[k + 1] != 0x3D)
        && (k == prefix.lowerBound || ![0x3D, 0x21, 0x3C, 0x3E].contains(bytes[k - 1]))
    }) else { return nil }
    var lhsEnd = eq
    if let comma = bytes[prefix.lowerBound..<eq].firstIndex(of: 0x2C) { lhsEnd = comma }
    // The last name of the first target: `Socket s`, `my $s`, `var conn`, `if conn`.
    var i = lhsEnd
    while i > prefix.lowerBound, !OtherScriptText.isWordByte(bytes[i - 1]) { i -= 1 }
    let nameEnd = i
    while i > prefix.lowerBound, OtherScriptText.isWordByte(bytes[i - 1]) { i -= 1 }
    return nameEnd > i ? Array(bytes[i..<nameEnd]) : nil
  }

  /// End offsets of `filter`'s matches in `bytes`, ascending.
  private static func positions(_ filter: KeywordFilter, _ bytes: [UInt8]) -> [Int] {
    var out: [Int] = []
    filter.forEachPosition(in: bytes) { _, end in
      out.append(end)
      return true
    }
    return out
  }

  /// Whether a sorted list holds an offset inside `window`.
  private static func anyWithin(_ sorted: [Int], _ window: Range<Int>) -> Bool {
    let lo = lowerBound(sorted, window.lowerBound)
    return lo < sorted.count && sorted[lo] < window.upperBound
  }

  /// The index of the first element of `sorted` at or above `value` (binary search).
  private static func lowerBound(_ sorted: [Int], _ value: Int) -> Int {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  static let connectCall = Array("connect(".utf8)

  /// The last start of `needle` inside `range` of `bytes`.
  static func lastIndex(of needle: [UInt8], in bytes: [UInt8], range: Range<Int>) -> Int? {
    var at = range.upperBound - needle.count
    while at >= range.lowerBound {
      if bytes[at..<(at + needle.count)].elementsEqual(needle) { return at }
      at -= 1
    }
    return nil
  }
}
