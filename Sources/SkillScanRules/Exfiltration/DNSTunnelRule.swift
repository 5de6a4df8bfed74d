import SkillScanCore
import SkillScanLexers

/// Flags DNS queries that carry data in their labels: a name built as
/// `` `${chunk}.${i}.${zone}` ``, `f"{c}.{ZONE}"` or `"$c.$zone"` handed to a resolver, in code
/// that hex-, base32- or base64-encodes something first.
///
/// Resolving a name sends it to whoever runs the zone's name server, past proxies and
/// egress filters that watch HTTP. Encoding data into labels (63 bytes each) and resolving
/// one name per chunk is the classic covert channel (taxonomy.md E1, "DNS, email, webhook").
/// Honest code resolves a host it was given or a fixed one; service-discovery names
/// (`_sip._tcp.{domain}`, `{selector}._domainkey.{domain}`) put a word, not encoded data,
/// in front of the zone, and come without an encoder. Each line is read once, at most
/// ``lineLimit`` bytes, and encoding cues are looked up in one sorted list per region.
struct DNSTunnelRule: Rule {
  static let description = RuleDescription(
    id: "dns-tunnel",
    name: "Data sent in DNS queries",
    pattern: .e1,
    severity: .high,
    confidence: .high,
    // `.text` holds the scripts without a lexer (Go, Rust, Ruby …), read on bytes like the rest.
    languages: [.javascript, .python, .shell, .powershell, .markdown, .text],
    summary: "Code encodes data and resolves it as labels of a domain name, a covert channel past HTTP egress controls.",
    rationale: """
      A DNS lookup of `<encoded data>.<zone>` delivers the data to the zone's name server: \
      no connection to the attacker is opened, and firewalls that watch web traffic let it \
      through. Hex or base32 chunks prepended to a fixed domain have no other purpose.
      """,
    remediation: "Remove the lookup; a skill that needs a server should call its documented API in the open.",
    references: [
      .owaspLLM(2), .owaspASI(2), .url("https://attack.mitre.org/techniques/T1048/003/"),
      .url("https://attack.mitre.org/techniques/T1071/004/"), .cwe(200), .taxonomy("E1"),
    ],
    keywords: [
      "resolve4", "resolve6", "resolvetxt", "resolveany", "dns.resolve", "dns.lookup", "resolver.resolve",
      "resolver.query", "gethostbyname", "getaddrinfo", "nslookup", "dig ", "resolve-dnsname",
      "lookuphost", "lookuptxt", "lookupip", "lookup_host", "getaddress", "getbyname", "getallbyname",
      "gethostaddresses", "gethostentry", "dns_get_record", "to_socket_addrs",
    ],
    triggeringExamples: DNSTunnelRule.triggering,
    nonTriggeringExamples: DNSTunnelRule.nonTriggering
  )

  static let lineLimit = 4_096
  /// Bytes before a lookup searched for the encoding that prepared its labels.
  static let encodingReach = 3_000

  /// Resolver calls and commands, matched folded.
  static let lookupWords = [
    "resolve4(", "resolve6(", "resolvetxt(", "resolveany(", "resolvecname(", "dns.resolve(", "dns.lookup(",
    "resolver.resolve(", "resolver.query(", "gethostbyname(", "gethostbyname_ex(", "getaddrinfo(", "nslookup ",
    "dig ", "resolve-dnsname ",
    // Go (`net.LookupHost`, `Resolver.LookupTXT`), Rust (`lookup_host`), Ruby (`Resolv.getaddress`).
    "lookuphost(", "lookuptxt(", "lookupip(", "lookupnetip(", "lookup_host(", "getaddress(",
    // Java/Kotlin (`InetAddress.getByName`), C# (`Dns.GetHostAddresses`), PHP (`dns_get_record`).
    "getbyname(", "getallbyname(", "gethostaddresses(", "gethostentry(", "dns_get_record(",
    // Rust resolves a `host:port` string through `ToSocketAddrs`: `name.to_socket_addrs()`.
    ".to_socket_addrs(",
  ]
  static let lookups = KeywordFilter(keywords: lookupWords)
  static let lookupLengths = lookupWords.map(\.utf8.count)

  /// Encoders whose output is label-safe text.
  static let encoders = KeywordFilter(keywords: [
    "tostring('hex')", "tostring(\"hex\")", "tostring('base64", "tostring(\"base64", ".hex()", "hexlify",
    "b32encode", "base32", "b64encode", "urlsafe_b64encode", "xxd -p", "od -a n", "base64 -w", "| base64",
    "|base64", "'{0:x2}'", "\"{0:x2}\"", "tobase64string", "btoa(",
    "hex.encodetostring(", "hex::encode(", "bin2hex(", "unpack1('h*')", "unpack('h*')",
    // Hex by format (`format!("{:02x}", b)`, `sprintf("%02x")`, `String.format("%02x")`),
    // Java's and .NET's converters.
    "{:02x}", "%02x", "tohexstring(", "base64::encode(",
  ])

  /// Where a name is built with a data label in front of a dot: a template or f-string
  /// placeholder or a concatenation followed by `.` (shell variables are read by
  /// ``variableLabel(_:_:)``).
  static let labelJoins = KeywordFilter(keywords: [
    "}.", "+ '.'", "+'.'", "+ \".\"", "+\".\"", "'.'.join", "\".\".join", "\"%s.%s", "'%s.%s", "{}.{}",
    // Go and C-style formats: `fmt.Sprintf("%d.%s.%s", i, chunk, zone)`.
    "%d.%s", "%s.%d", "%x.%s", "%v.%v", "%s.%v", "%d.%v",
  ])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    let securityTool = SecurityPurpose.isSecurityTool(skill)
    for region in file.regions
    where region.kind == .fencedCode || region.kind == .loadTimeDirective
      || (region.kind == .whole && region.language != .markdown)
    {
      let r = region.range.clamped(to: 0..<bytes.count)
      var encodingEnds: [Int]?
      var start = r.lowerBound
      while start < r.upperBound {
        var end = start
        while end < r.upperBound, bytes[end] != 0x0A { end += 1 }
        let line = start..<min(end, start + Self.lineLimit)
        if let at = Self.taggedLookup(bytes, line) {
          // Encoders are located once per region, and only when a lookup builds a name.
          let ends = encodingEnds ?? Self.encoderEnds(bytes, r)
          encodingEnds = ends
          if Self.anyEnd(in: max(r.lowerBound, at - Self.encodingReach)..<line.upperBound, ends) {
            let readsData = Self.readsData(bytes, r)
            sink.report(
              "resolves names built from encoded data in front of a fixed domain: data leaves through DNS",
              in: file, at: at..<line.upperBound, confidence: securityTool ? .low : .high,
              chain: readsData && !securityTool ? .exfiltration : nil)
          }
        }
        start = end + 1
      }
    }
  }

  /// The offset of a resolver call or command in `line` whose name puts data before a dot.
  static func taggedLookup(_ bytes: [UInt8], _ line: Range<Int>) -> Int? {
    guard line.count >= 8 else { return nil }
    var found: Int?
    bytes.withUnsafeBufferPointer { buffer in
      lookups.forEachPosition(in: UnsafeBufferPointer(rebasing: buffer[line])) { keyword, end in
        let tail = line.lowerBound + end..<line.upperBound
        // The receiver is the name (`name.to_socket_addrs()`): the identifier before the dot.
        if lookupWords[keyword].hasPrefix(".") {
          let dot = line.lowerBound + end - lookupLengths[keyword]
          var s = dot
          while s > line.lowerBound, bytes[s - 1] == 0x5F || (bytes[s - 1] | 0x20) >= 0x61 && (bytes[s - 1] | 0x20) <= 0x7A
            || (bytes[s - 1] >= 0x30 && bytes[s - 1] <= 0x39)
          {
            s -= 1
          }
          if s < dot, assigned(Array(bytes[s..<dot]), bytes, before: line.lowerBound) {
            found = dot
            return false
          }
          return true
        }
        if labelJoins.occurs(in: bytes, range: tail) || variableLabel(bytes, tail) || assignedLabel(bytes, tail, before: line.lowerBound) {
          found = line.lowerBound + end - lookupLengths[keyword]
          return false
        }
        return true
      }
    }
    return found
  }

  /// `name = f"{label}.{i}.{ZONE}"` on one of the ``assignmentLines`` lines above
  /// `getaddrinfo(name, 53)`: the name is built first, then resolved by the variable
  /// holding it (the first argument, a bare identifier).
  static func assignedLabel(_ bytes: [UInt8], _ tail: Range<Int>, before lineStart: Int) -> Bool {
    // The name may follow a context argument (`r.LookupHost(ctx, name)` in Go): the first
    // three bare identifiers are tried.
    var i = tail.lowerBound
    for _ in 0..<3 {
      while i < tail.upperBound, bytes[i] == 0x20 || bytes[i] == 0x28 || bytes[i] == 0x2C { i += 1 }
      let nameStart = i
      while i < tail.upperBound, bytes[i] == 0x5F || (bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7A || (i > nameStart && bytes[i] >= 0x30 && bytes[i] <= 0x39) { i += 1 }
      guard i > nameStart, i < tail.upperBound, bytes[i] == 0x2C || bytes[i] == 0x29 || bytes[i] == 0x20 else { return false }
      if assigned(Array(bytes[nameStart..<i]), bytes, before: lineStart) { return true }
      guard bytes[i] == 0x2C else { return false }
    }
    return false
  }

  static let declarationKeywords: [[UInt8]] = ["let mut ", "let ", "var ", "val ", "const ", "String ", "string ", "my $", "$"].map { Array($0.utf8) }

  /// Whether `name` is assigned a label join on one of the ``assignmentLines`` lines above
  /// `lineStart`.
  static func assigned(_ name: [UInt8], _ bytes: [UInt8], before lineStart: Int) -> Bool {
    // The lines above, nearest first, at most ``assignmentLines`` of them within 1 KiB.
    var end = lineStart - 1
    var lines = 0
    while end > 0, lines < assignmentLines, lineStart - end < 1_024 {
      var start = end
      while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
      var k = start
      while k < end, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
      // A declaration keyword before the name: `let name =` (Rust), `val`/`var` (Kotlin,
      // Swift), `const`, `String name =` (Java), `$name =` (PHP, Perl).
      for keyword in Self.declarationKeywords where end - k > keyword.count && bytes[k..<(k + keyword.count)].elementsEqual(keyword) {
        k += keyword.count
        break
      }
      if end - k > name.count, bytes[k..<(k + name.count)].elementsEqual(name) {
        var m = k + name.count
        while m < end, bytes[m] == 0x20 { m += 1 }
        // `name := …` in Go.
        if m < end, bytes[m] == 0x3A, m + 1 < end, bytes[m + 1] == 0x3D { m += 1 }
        if m < end, bytes[m] == 0x3D, m + 1 < end, bytes[m + 1] != 0x3D {
          return labelJoins.occurs(in: bytes, range: m..<end)
        }
      }
      end = start - 1
      lines += 1
    }
    return false
  }

  static let assignmentLines = 6

  /// `$c.zone`, `${chunk}.$ZONE`: a shell or PowerShell variable followed by a dot and a
  /// label, within the first 200 bytes of the arguments.
  static func variableLabel(_ bytes: [UInt8], _ tail: Range<Int>) -> Bool {
    var i = tail.lowerBound
    let end = min(tail.upperBound, tail.lowerBound + 200)
    while i < end {
      guard bytes[i] == 0x24 else {
        i += 1
        continue
      }
      var j = i + 1
      if j < end, bytes[j] == 0x7B {
        while j < end, bytes[j] != 0x7D { j += 1 }
        j += 1
      } else {
        while j < end, bytes[j] == 0x5F || (bytes[j] | 0x20) >= 0x61 && (bytes[j] | 0x20) <= 0x7A || bytes[j] >= 0x30 && bytes[j] <= 0x39 { j += 1 }
      }
      if j > i + 1, j + 1 < end, bytes[j] == 0x2E,
        bytes[j + 1] == 0x24 || (bytes[j + 1] | 0x20) >= 0x61 && (bytes[j + 1] | 0x20) <= 0x7A
      {
        return true
      }
      i = max(j, i + 1)
    }
    return false
  }

  /// Sorted end offsets of every encoder in `range`.
  static func encoderEnds(_ bytes: [UInt8], _ range: Range<Int>) -> [Int] {
    var ends: [Int] = []
    bytes.withUnsafeBufferPointer { buffer in
      encoders.forEachPosition(in: UnsafeBufferPointer(rebasing: buffer[range])) { _, end in
        ends.append(range.lowerBound + end)
        return true
      }
    }
    return ends
  }

  static func anyEnd(in range: Range<Int>, _ ends: [Int]) -> Bool {
    var lo = 0
    var hi = ends.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if ends[mid] < range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    return lo < ends.count && ends[lo] <= range.upperBound
  }

  /// Reads that give the channel something to carry: files, the environment, command output.
  static let dataReads = KeywordFilter(keywords: [
    "readfile", "open(", "read_text", "read_bytes", "process.env", "os.environ", "getenv", "cat ", "get-content",
    "$env:", "printenv", "execsync", "check_output", "subprocess", ".read()",
    // Rust (`env::vars()`, `fs::read_to_string`), Go (`os.Environ()`, `os.ReadFile`), Java
    // and Kotlin (`System.getenv`), Ruby (`ENV[`, `File.read`).
    "env::var", "read_to_string", "os.environ()", "os.readfile", "ioutil.readfile", "env[", "file.read",
  ])

  static func readsData(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    dataReads.occurs(in: bytes, range: range)
  }
}
