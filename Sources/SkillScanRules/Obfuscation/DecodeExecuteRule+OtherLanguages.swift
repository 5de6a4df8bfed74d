import SkillScanCore

/// Decode→execute in scripts without a lexer (PHP, Ruby, Perl, Lua): `eval(gzinflate(
/// base64_decode($r['shim'])))`, `eval(Base64.decode64(blob))`, `eval decode_base64($x)`,
/// `load(from_base64(s))()`.
///
/// `eval(base64_decode(…))` is the oldest web-shell signature there is; it is as unambiguous
/// in a skill's PHP helper as `base64 -d | sh` in its shell. Read on bytes, in one pass: the
/// execution calls and the decoders are found by one automaton, and a call counts when a
/// decoder starts inside its argument on the same line (within ``reach`` bytes). A call
/// inside a string literal or after a comment marker on its line is a pattern or a note,
/// not code (a scanner's signature list, `// never eval(base64_decode(...))`).
enum ScriptDecodeExecution {
  struct Hit {
    var range: Range<Int>
    var call: String
    var decoder: String
  }

  /// How far into its argument a call's decoder may start.
  static let reach = 512

  static let calls = [
    "eval", "assert", "create_function", "system", "exec", "shell_exec", "passthru", "popen", "proc_open",
    "instance_eval", "class_eval", "module_eval", "loadstring", "load",
  ]
  static let decoders = [
    "base64_decode", "gzinflate", "gzuncompress", "gzdecode", "str_rot13", "hex2bin", "convert_uudecode",
    "decode64", "decode_base64", "from_base64", "b64decode", "base64.decode", "inflate(", "unpack1('m",
    "unpack('m", "unpack(\"m", "unpack1(\"m",
  ]
  static let filter = KeywordFilter(keywords: calls + decoders)

  /// The decode→execute calls of `bytes`, at most `limit`.
  static func find(in bytes: [UInt8], limit: Int = 16) -> [Hit] {
    var callHits: [(start: Int, end: Int, index: Int)] = []
    var decoderHits: [(start: Int, index: Int)] = []
    filter.forEachPosition(in: bytes) { keyword, end in
      if keyword < calls.count {
        let start = end - calls[keyword].utf8.count
        guard isCallName(bytes, start, end, allowMember: calls[keyword] != "load") else { return true }
        callHits.append((start, end, keyword))
      } else {
        let name = decoders[keyword - calls.count]
        let start = end - name.utf8.count
        // A decoder is a whole name, or its end after `_` (`strict_decode64`,
        // `urlsafe_decode64`); `inflate(` and `unpack(` are methods of anything.
        if start > 0, isIdentifierByte(bytes[start - 1]), bytes[start - 1] != 0x5F, !name.hasPrefix("inflate"), !name.hasPrefix("unpack") {
          return true
        }
        decoderHits.append((start, keyword - calls.count))
      }
      return true
    }
    guard !callHits.isEmpty, !decoderHits.isEmpty else { return [] }
    var out: [Hit] = []
    var next = 0
    // Quote and comment state up to `cursor`, reset at each newline: walked forward once.
    var cursor = 0
    var quote: UInt8 = 0
    var comment = false
    for call in callHits {
      while cursor < call.start {
        let b = bytes[cursor]
        if b == 0x0A {
          quote = 0
          comment = false
        } else if !comment {
          if quote != 0 {
            if b == 0x5C {
              cursor += 1
            } else if b == quote {
              quote = 0
            }
          } else if b == 0x22 || b == 0x27 || b == 0x60 {
            quote = b
          } else if b == 0x23 || (b == 0x2F && cursor + 1 < bytes.count && (bytes[cursor + 1] == 0x2F || bytes[cursor + 1] == 0x2A))
            || (b == 0x2D && cursor + 1 < bytes.count && bytes[cursor + 1] == 0x2D)
          {
            comment = true
          }
        }
        cursor += 1
      }
      guard quote == 0, !comment else { continue }
      while next < decoderHits.count, decoderHits[next].start < call.end { next += 1 }
      guard next < decoderHits.count else { break }
      let decoder = decoderHits[next]
      guard decoder.start - call.end <= reach, !bytes[call.end..<decoder.start].contains(0x0A) else { continue }
      out.append(Hit(
        range: call.start..<decoder.start + decoders[decoder.index].utf8.count, call: calls[call.index],
        decoder: String(decoders[decoder.index].prefix { $0 != "(" })))
      if out.count >= limit { break }
    }
    return out
  }

  /// Whether `bytes[start..<end]` is a call: a whole name followed by `(` or by a blank and
  /// an argument (Perl and Ruby call without parentheses). `load` must stand alone
  /// (`Marshal.load` and `json.load` read data, Lua's `load` runs it); the others may be
  /// members (`Kernel.eval`, `obj.instance_eval`).
  static func isCallName(_ bytes: [UInt8], _ start: Int, _ end: Int, allowMember: Bool) -> Bool {
    if start > 0 {
      let before = bytes[start - 1]
      if isIdentifierByte(before) || before == 0x24 || before == 0x40 { return false }
      if !allowMember, before == 0x2E || before == 0x3A { return false }
    }
    var i = end
    while i < bytes.count, i < end + 4, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    guard i < bytes.count else { return false }
    if bytes[i] == 0x28 { return true }
    return i > end && (isIdentifierByte(bytes[i]) || bytes[i] == 0x24)
  }

  static func isIdentifierByte(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
  }
}

/// Decoded text kept in a variable and handed to a shell as its script, in the compiled
/// languages' build scripts and tools (Kotlin, Java, Go, C#, Rust): `val cmd =
/// String(Base64.getDecoder().decode(p))` and, a few lines on, `ProcessBuilder("sh", "-c",
/// cmd)`. One pass finds decoders assigned to a name; the process starts within
/// ``lines`` lines after one are read for `-c` (or `/c`) and the name.
enum AssignedDecodeShell {
  static let decoders = KeywordFilter(keywords: [
    "getdecoder().decode(", "getmimedecoder().decode(", "stdencoding.decodestring(", "urlencoding.decodestring(",
    "convert.frombase64string(", "base64::decode(", "general_purpose::standard.decode(",
  ])
  static let starters = ["processbuilder(", "getruntime().exec(", "exec.command(", "process.start(", "command::new("]
  static let lines = 12

  /// The process start that runs a decoded variable as a shell script, and the variable.
  static func find(in bytes: [UInt8]) -> (range: Range<Int>, name: String)? {
    var result: (range: Range<Int>, name: String)?
    var checked = 0
    decoders.forEachPosition(in: bytes) { _, end in
      checked += 1
      guard checked <= 16 else { return false }
      let line = OtherScriptText.line(end - 1, bytes)
      guard let name = assignedName(bytes, line) else { return true }
      // The next lines, folded.
      var stop = line.upperBound
      var count = 0
      while stop < bytes.count, count < lines {
        stop += 1
        while stop < bytes.count, bytes[stop] != 0x0A { stop += 1 }
        count += 1
      }
      let following = Array(bytes[line.upperBound..<min(stop, bytes.count)].map(KeywordFilter.fold))
      for starter in starters {
        guard let at = ByteSearch.firstIndex(of: Array(starter.utf8), in: following) else { continue }
        let call = following[at..<min(following.count, at + 256)]
        let text = String(decoding: call, as: UTF8.self)
        guard ByteSearch.contains(text, "\"-c\"") || ByteSearch.contains(text, "\"/c\""),
          ScriptDecodeExecution.containsWord(Array(call), Array(name.lowercased().utf8))
        else { continue }
        let start = line.upperBound + at
        result = (start..<(start + starter.utf8.count), name)
        return false
      }
      return true
    }
    return result
  }

  /// The name a line assigns (`val cmd =`, `var cmd =`, `cmd :=`, `string cmd =`, `let cmd =`).
  static func assignedName(_ bytes: [UInt8], _ line: Range<Int>) -> String? {
    guard let eq = bytes[line].firstIndex(of: 0x3D) else { return nil }
    var end = eq
    if end > line.lowerBound, bytes[end - 1] == 0x3A { end -= 1 }
    while end > line.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
    var start = end
    while start > line.lowerBound, ScriptDecodeExecution.isIdentifierByte(bytes[start - 1]) { start -= 1 }
    return start < end ? String(decoding: bytes[start..<end], as: UTF8.self) : nil
  }
}

extension ScriptDecodeExecution {
  /// Whether `word` occurs in `text` as a whole identifier.
  static func containsWord(_ text: [UInt8], _ word: [UInt8]) -> Bool {
    var from = 0
    while let at = ByteSearch.firstIndex(of: word, in: text, from: from) {
      let end = at + word.count
      let before = at == 0 || !isIdentifierByte(text[at - 1])
      let after = end >= text.count || !isIdentifierByte(text[end])
      if before && after { return true }
      from = at + 1
    }
    return false
  }
}

extension DecodeExecuteRule {
  /// Scripts without a lexer: decode→execute calls read on bytes (``ScriptDecodeExecution``).
  func checkUnlexedScript(_ file: AnalyzedFile, _ skill: AnalyzedSkill, _ sink: inout FindingSink) {
    // A script, so no discount for a security tool: its own code runs what it decodes
    // (taxonomy.md §6.4); the signatures such a tool lists are strings, skipped above.
    guard file.source.kind == .script else { return }
    for hit in ScriptDecodeExecution.find(in: file.bytes) {
      sink.report(
        "`\(hit.call)` runs what `\(hit.decoder)` decodes: code hidden from review", in: file, at: hit.range,
        confidence: .high, chain: .decodeExecute)
    }
    if let hit = AssignedDecodeShell.find(in: file.bytes) {
      sink.report(
        "a shell runs '\(hit.name)', which holds decoded text: code hidden from review", in: file, at: hit.range,
        confidence: .high, chain: .decodeExecute)
    }
  }
}
