import SkillScanCore
import SkillScanLexers

/// Decode→execute constructs in Python, JavaScript and PowerShell (taxonomy.md SC3):
/// `exec(base64.b64decode(…))`, `exec(zlib.decompress(…))`, `marshal.loads(…)`,
/// `eval(atob(…))`, `Function(atob(…))()`, `eval(Buffer.from(x,'base64').toString())`,
/// `child_process.exec(decoded)`, `[Convert]::FromBase64String(…)` + `iex`.
///
/// Data flow is followed one step through a simple assignment (`code = b64decode(s)` then
/// `exec(code)`), which is how the decoded value usually reaches the sink.
public enum DeobfCodeChains {
  /// One construct.
  public struct Hit: Sendable {
    public var range: Range<Int>
    public var message: String
    public var decoded: [UInt8]?
  }

  static let pythonSinks: Set<String> = [
    "exec", "eval", "builtins.exec", "builtins.eval", "os.system", "os.popen", "os.execv",
    "os.execl", "subprocess.run", "subprocess.call", "subprocess.Popen", "subprocess.check_output",
    "subprocess.check_call", "subprocess.getoutput", "subprocess.getstatusoutput", "pty.spawn",
    "runpy.run_path", "marshal.loads", "pickle.loads", "types.FunctionType", "commands.getoutput",
    // Compiling decoded text makes a code object, which exists only to be run (by `exec`
    // under any name: `getattr(builtins, ''.join(map(chr, …)))`).
    "compile", "builtins.compile",
  ]
  static let pythonDecoders: Set<String> = [
    "base64.b64decode", "base64.b32decode", "base64.b16decode", "base64.b85decode",
    "base64.a85decode", "base64.decodebytes", "base64.decodestring", "base64.urlsafe_b64decode",
    "base64.standard_b64decode", "binascii.unhexlify", "binascii.a2b_base64", "binascii.a2b_hex",
    "bytes.fromhex", "codecs.decode", "zlib.decompress", "gzip.decompress", "bz2.decompress",
    "lzma.decompress", "marshal.loads",
  ]
  static let jsSinks: Set<String> = [
    "eval", "Function", "setTimeout", "setInterval", "vm.runInThisContext", "vm.runInNewContext",
    "vm.runInContext", "vm.Script", "child_process.exec", "child_process.execSync",
    "child_process.spawn", "child_process.spawnSync", "child_process.execFile", "window.eval",
    "globalThis.eval",
  ]
  static let jsDecoders: Set<String> = [
    "atob", "String.fromCharCode", "decodeURIComponent", "unescape", "Buffer.from", "window.atob",
    "zlib.inflateSync", "zlib.gunzipSync", "().toString",
  ]

  /// Hits in one Python or JavaScript unit.
  static func find(in unit: DeobfCodeUnit, file: AnalyzedFile) -> [Hit] {
    let bytes = file.bytes
    switch unit.language {
    case .python: return calls(file.codeCalls(unit.tokens, language: .python), unit, bytes, sinks: pythonSinks, decoders: pythonDecoders)
    case .javascript: return calls(file.codeCalls(unit.tokens, language: .javascript), unit, bytes, sinks: jsSinks, decoders: jsDecoders)
    case .powershell: return powerShell(unit, bytes)
    default: return []
    }
  }

  private static func calls(
    _ calls: [CodeCall], _ unit: DeobfCodeUnit, _ bytes: [UInt8], sinks: Set<String>, decoders: Set<String>
  ) -> [Hit] {
    let tokens = unit.tokens
    let decoderCalls = calls.filter { isDecoder($0, decoders, tokens, bytes) }
    guard !decoderCalls.isEmpty else { return [] }
    var decodedNames: [String: CodeCall] = [:]
    for call in decoderCalls {
      if let name = assignedName(call, tokens, bytes) { decodedNames[name] = call }
    }
    // Decoder calls are in `(` order, so the ones inside a sink start right after its `(`;
    // a binary search finds them instead of testing every decoder against every sink, which
    // was quadratic on a script dense with both. `nextOther[i]` skips a run of decoders
    // sharing one callee (a sink may also be a decoder, as `marshal.loads` is).
    var nextOther = [Int](repeating: decoderCalls.count, count: decoderCalls.count)
    for i in decoderCalls.indices.reversed() where i + 1 < decoderCalls.count {
      nextOther[i] = decoderCalls[i + 1].callee != decoderCalls[i].callee ? i + 1 : nextOther[i + 1]
    }
    func firstInner(_ sink: CodeCall) -> CodeCall? {
      var lo = 0
      var hi = decoderCalls.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if decoderCalls[mid].openParen <= sink.openParen { lo = mid + 1 } else { hi = mid }
      }
      var i = lo
      while i < decoderCalls.count, decoderCalls[i].openParen <= sink.closeParen {
        let candidate = decoderCalls[i]
        if candidate.callee == sink.callee {
          i = nextOther[i]
          continue
        }
        if sink.contains(candidate) { return candidate }
        i += 1
      }
      return nil
    }
    var hits: [Hit] = []
    for sink in calls where sinks.contains(sink.callee) {
      // `marshal.loads` counts as a sink only when it loads decoded data.
      let inner = firstInner(sink)
      // Name flow is not trusted in minified code (one-letter names are reused everywhere) or
      // for timer callbacks, which take functions far more often than strings.
      let timer = sink.callee == "setTimeout" || sink.callee == "setInterval"
      let viaName = inner == nil && !timer && !isMinified(sink, bytes) ? flowingName(sink, decodedNames, tokens, bytes) : nil
      guard let source = inner ?? viaName?.1 else { continue }
      let how = inner != nil ? "'\(source.callee)(…)'" : "'\(viaName?.0 ?? "")' (from \(source.callee))"
      hits.append(Hit(
        range: sink.range, message: "'\(sink.callee)' runs code decoded by \(how)",
        decoded: literalDecode(source, tokens, bytes, unit.language)))
    }
    return hits
  }

  private static func isDecoder(_ call: CodeCall, _ decoders: Set<String>, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
    guard decoders.contains(call.callee) else { return false }
    if call.callee == "().toString" {
      let text = ByteText.string(call.range, in: bytes).lowercased()
      return text.hasPrefix("from(") && (text.contains("base64") || text.contains("hex"))
        || text.hasPrefix("buffer.from(") && (text.contains("base64") || text.contains("hex"))
    }
    if call.callee == "Buffer.from" {
      return call.arguments.dropFirst().contains { arg in
        let text = ByteText.string(arg.range, in: bytes).lowercased()
        return text.contains("base64") || text.contains("hex")
      }
    }
    if call.callee == "codecs.decode" {
      let text = ByteText.string(call.range, in: bytes).lowercased()
      return text.contains("rot") || text.contains("base64") || text.contains("hex") || text.contains("zlib")
    }
    return true
  }

  /// `name = decoder(…)` (also `name = decoder(…).decode()`): the assigned name.
  private static func assignedName(_ call: CodeCall, _ tokens: [Token], _ bytes: [UInt8]) -> String? {
    guard var k = tokenIndex(at: call.calleeRange.lowerBound, tokens) else { return nil }
    while k >= 2, tokens[k - 1].kind == .op, ByteText.equals(tokens[k - 1].range, ".", in: bytes), tokens[k - 2].kind == .word {
      k -= 2
    }
    guard k >= 2 else { return nil }
    let eq = tokens[k - 1]
    guard eq.kind == .op, ByteText.equals(eq.range, "=", in: bytes), tokens[k - 2].kind == .word else { return nil }
    return ByteText.string(tokens[k - 2].range, in: bytes)
  }

  private static func flowingName(
    _ sink: CodeCall, _ names: [String: CodeCall], _ tokens: [Token], _ bytes: [UInt8]
  ) -> (String, CodeCall)? {
    guard !names.isEmpty else { return nil }
    for arg in sink.arguments {
      for k in arg.tokens where k < tokens.count && tokens[k].kind == .word {
        let word = ByteText.string(tokens[k].range, in: bytes)
        if let source = names[word], source.range.upperBound <= sink.range.lowerBound { return (word, source) }
      }
    }
    return nil
  }

  /// Whether the call sits on a line longer than 500 bytes (bundled or minified code).
  static func isMinified(_ call: CodeCall, _ bytes: [UInt8]) -> Bool {
    var start = call.range.lowerBound
    var length = 0
    while start > 0 && bytes[start - 1] != 0x0A && length < 500 { start -= 1; length += 1 }
    var end = call.range.lowerBound
    while end < bytes.count && bytes[end] != 0x0A && length < 500 { end += 1; length += 1 }
    return length >= 500
  }

  static func tokenIndex(at offset: Int, _ tokens: [Token]) -> Int? {
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if tokens[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < tokens.count && tokens[lo].range.lowerBound == offset ? lo : nil
  }

  /// Decodes a decoder call's literal argument for the message (base64, hex, char codes).
  private static func literalDecode(_ call: CodeCall, _ tokens: [Token], _ bytes: [UInt8], _ language: Language) -> [UInt8]? {
    guard let token = call.stringArgument(0, tokens: tokens) else { return nil }
    let value = Array(StringLiteral.value(of: token, in: bytes, language: language).utf8)
    let name = call.callee.lowercased()
    if name.contains("hex") || name.contains("unhexlify") { return DeobfDecoders.hex(value) }
    if name.contains("b32") { return DeobfDecoders.base32(value) }
    if name.contains("b85") { return DeobfDecoders.base85(value) }
    if name.contains("b64") || name.contains("base64") || name.contains("atob") || name == "buffer.from" {
      return DeobfDecoders.base64(value)
    }
    return nil
  }

  private static let psDecoders = PhraseMatcher(["frombase64string", "::utf8.getstring", "::unicode.getstring", "gzipstream", "deflatestream"])
  private static let psExecutors = PhraseMatcher(["iex", "invoke-expression", ".invoke(", "invoke-command", "scriptblock]::create"])

  /// PowerShell: a base64 decode and an executor in the same unit, within 8 lines.
  private static func powerShell(_ unit: DeobfCodeUnit, _ bytes: [UInt8]) -> [Hit] {
    var folded = [UInt8](repeating: 0x20, count: unit.range.count)
    for i in unit.range { folded[i - unit.range.lowerBound] = KeywordFilter.fold(bytes[i]) }
    let decodes = psDecoders.allMatches(in: folded).filter { $0.phrase == 0 }
    guard !decodes.isEmpty else { return [] }
    // `('Invoke-' + 'Expression')`: literals joined with `+` are read as the one string they
    // make, so an executor named in pieces is still an executor. Offsets found in the
    // joined text are mapped back through `origin`.
    let (joined, origin) = PowerShellStrings.joiningLiterals(folded)
    let executes = psExecutors.allMatches(in: joined).map { match in
      PhraseMatcher.Match(phrase: match.phrase, range: origin[match.range.lowerBound]..<(origin[match.range.upperBound - 1] + 1))
    }
    let strings = PowerShellStrings(folded)
    let lines = LineIndex(folded)
    // The first decodes only, and line numbers by lookup: a hostile file of thousands of
    // both stays linear.
    for decode in decodes.prefix(16) {
      let decodeLine = lines.line(of: decode.range.lowerBound)
      // `'…|IEX|Invoke-Expression|FromBase64String|…'`: a detection pattern names both.
      let decodeAlternative = RemoteExecution.isAlternative(folded, decode.range)
      for exec in executes where !strings.inSeparateStrings(decode.range.lowerBound, exec.range.lowerBound)
        && !(decodeAlternative && RemoteExecution.isAlternative(folded, exec.range))
      {
        let lo = min(decode.range.lowerBound, exec.range.lowerBound)
        let hi = max(decode.range.upperBound, exec.range.upperBound)
        guard abs(lines.line(of: exec.range.lowerBound) - decodeLine) <= 8 else { continue }
        let start = unit.range.lowerBound + lo
        return [Hit(range: start..<(unit.range.lowerBound + hi), message: "PowerShell decodes base64 with [Convert]::FromBase64String and runs it", decoded: nil)]
      }
    }
    return []
  }
}
