import SkillScanCore
import SkillScanLexers

/// Bounded taint analysis for one Python or JavaScript script or fenced block.
///
/// Flow-insensitive and name-based: a name (local to its function, or module-wide for
/// attributes and functions) is tainted when any assignment to it, loop over it, `with … as`
/// binding, mutating call (`x.append(v)`, `x[k] = v`), return of the function it names, or
/// parameter fed from a tainted argument carries a source. A sink call is a hit when one of
/// its arguments mentions a source or a tainted name. At most ``FlowLimits/maxPasses`` passes
/// over the statements, so cost is linear in the tokens times a small constant.
struct CodeFlow {
  let s: CodeFlowStatements
  let language: Language
  let sources: [Int: FlowSource]
  let calls: [CodeCall]
  /// (scope, name) → source, keyed by ``key(_:_:)``; scope -1 is module-wide.
  var tainted: [Int64: FlowSource] = [:]
  /// Interned names (attributes carry their leading `.`), so the fixpoint passes hash small
  /// integers instead of building and hashing a string per token per pass.
  private var nameIDs: [String: Int32] = [:]
  /// The interned name each word token mentions (`.attr` after `.`/`?.`); -1 elsewhere.
  private var tokenName: [Int32] = []
  /// Whether a name was ever marked, in any scope: most tokens never are, and this array read
  /// spares them two hash lookups per pass.
  private var everTainted: [Bool] = []
  /// Whether the file opens raw connections (see ``analyze(tokens:file:language:)``).
  var opensStreams = false

  /// The token indices of ``sources``, ascending, and their sources: a statement finds the
  /// sources inside it by binary search instead of probing the dictionary per token.
  private let sourceTokens: [Int]
  private let sourceValues: [FlowSource]

  /// The flow of a span whose statements and sources are `facts` (its ``AnalyzedFile/flowFacts(_:language:)``).
  init(
    facts: (statements: CodeFlowStatements, sources: [Int: FlowSource]), tokens: [Token], file: AnalyzedFile,
    language: Language
  ) {
    (self.s, self.sources) = facts
    self.language = language
    self.calls = file.codeCalls(tokens, language: language)
    let sorted = sources.sorted { $0.key < $1.key }
    sourceTokens = sorted.map(\.key)
    sourceValues = sorted.map(\.value)
  }

  /// Interns every word token's name; done once, only for scripts that have a source.
  mutating func internTokens() {
    tokenName = [Int32](repeating: -1, count: s.tokens.count)
    for k in s.tokens.indices where s.tokens[k].kind == .word {
      let name = s.isOp(k - 1, ".") || s.isOp(k - 1, "?.") ? "." + s.text(k) : s.text(k)
      tokenName[k] = intern(name)
    }
    // Names bound to the environment mapping itself (`const env = process.env`,
    // `env = os.environ`): reading one entry through them reads one variable.
    for st in s.statements where st.value.count <= 6 && !st.target.isEmpty {
      guard let target = st.target.last(where: { $0 < tokenName.count && s.tokens[$0].kind == .word }) else { continue }
      let text = st.value.filter { $0 < s.tokens.count && s.significant($0) && !s.isOp($0, ";") }.map { s.text($0) }.joined()
      if text == "process.env" || text == "os.environ" || text == "environ" {
        environmentAliases.insert(tokenName[target])
      }
    }
  }

  /// Interned names bound to the environment mapping itself.
  private var environmentAliases = Set<Int32>()

  private mutating func intern(_ name: String) -> Int32 {
    if let id = nameIDs[name] { return id }
    let id = Int32(nameIDs.count)
    nameIDs[name] = id
    everTainted.append(false)
    return id
  }

  static func key(_ scope: Int, _ id: Int32) -> Int64 { Int64(scope + 1) << 32 | Int64(id) }

  static func analyze(tokens: [Token], file: AnalyzedFile, language: Language, extraSources: [Int: FlowSource] = [:]) -> [FlowHit] {
    // A span with no source has no flow: its calls are never built here (most fences and
    // `<script>` blocks of a page).
    var facts = file.flowFacts(tokens, language: language)
    // Sources another file establishes (a staged file's name, ``CrossModuleFlow``).
    if !extraSources.isEmpty { facts.sources.merge(extraSources) { own, _ in own } }
    guard !facts.sources.isEmpty else { return [] }
    var flow = CodeFlow(facts: facts, tokens: tokens, file: file, language: language)
    flow.internTokens()
    flow.propagate()
    // Whether the file opens raw HTTP or socket connections (`.write` then sends): a
    // property of the whole file, read once per file rather than once per code region (an
    // HTML page with thousands of `<script>` blocks rescanned itself for each).
    flow.opensStreams = language == .javascript && file.cache.value(streamsSlot) {
      let b = file.bytes
      return b.count < 50_000_000
        && (ByteText.contains(0..<b.count, "http.request", in: b) || ByteText.contains(0..<b.count, "https.request", in: b)
          || ByteText.contains(0..<b.count, "net.connect", in: b)
          || ByteText.contains(0..<b.count, "createConnection", in: b))
    }
    return flow.hits()
  }

  /// The source a name carries in `scope` (its own scope first, then module-wide).
  func lookup(_ id: Int32, scope: Int) -> FlowSource? {
    guard everTainted[Int(id)] else { return nil }
    return tainted[Self.key(scope, id)] ?? (scope >= 0 ? tainted[Self.key(-1, id)] : nil)
  }

  /// The source the name `name` carries in `scope`; a name never interned carries none.
  func lookup(_ name: String, scope: Int) -> FlowSource? {
    guard let id = nameIDs[name] else { return nil }
    return lookup(id, scope: scope)
  }

  /// Words a token range mentions, with attributes (after `.`) prefixed by `.`; f-string and
  /// template placeholders included.
  func mentions(_ range: Range<Int>, into body: (String) -> Void) {
    for k in range where k < s.tokens.count {
      let t = s.tokens[k]
      if t.kind == .word {
        body(s.isOp(k - 1, ".") || s.isOp(k - 1, "?.") ? "." + s.text(k) : s.text(k))
      } else if t.kind == .string, language == .python, t.range.count > 2, t.range.count < 4096,
        t.range.upperBound <= s.bytes.count,
        s.bytes[t.range.lowerBound] | 0x20 == UInt8(ascii: "f") || s.bytes[t.range.lowerBound + 1] | 0x20 == UInt8(ascii: "f")
      {
        for word in Self.placeholderWords(s.bytes, t.range) { body(word) }
      }
    }
  }

  /// The source reaching a token range: a source token in it, or a tainted name it mentions.
  func taint(of range: Range<Int>, scope: Int) -> FlowSource? {
    var found: FlowSource?
    let bounded = range.lowerBound..<min(range.upperBound, range.lowerBound + 1024)
    var low = 0
    var high = sourceTokens.count
    while low < high {
      let mid = (low + high) / 2
      if sourceTokens[mid] < bounded.lowerBound { low = mid + 1 } else { high = mid }
    }
    while low < sourceTokens.count, sourceTokens[low] < bounded.upperBound {
      found = FlowSource.stronger(found, sourceValues[low])
      low += 1
    }
    guard !tainted.isEmpty else { return found }
    // Word tokens by interned ID; f-string placeholders (Python) by name. Attribute names
    // (`.x`) are looked up in their scope and then module-wide, which `lookup` already does.
    for k in bounded where k < s.tokens.count {
      let t = s.tokens[k]
      if t.kind == .word {
        if k < tokenName.count, tokenName[k] >= 0, let source = lookup(tokenName[k], scope: scope) {
          // `const env = process.env; … env.JOB_STATUS`: one variable read through an alias
          // of the whole environment is that variable, not the environment.
          if environmentAliases.contains(tokenName[k]), source.label.hasSuffix("(bulk)"), Self.readsOneEntry(after: k, s) { continue }
          found = FlowSource.stronger(found, source)
        }
      } else if t.kind == .string, language == .python, t.range.count > 2, t.range.count < 4096,
        t.range.upperBound <= s.bytes.count,
        s.bytes[t.range.lowerBound] | 0x20 == UInt8(ascii: "f") || s.bytes[t.range.lowerBound + 1] | 0x20 == UInt8(ascii: "f")
      {
        for word in Self.placeholderWords(s.bytes, t.range) { found = FlowSource.stronger(found, lookup(word, scope: scope)) }
      }
    }
    return found
  }

  /// Whether the name at token `k` is followed by one entry's access (`.NAME`, `["NAME"]`,
  /// `.get(…)`), not by a member that yields the whole mapping (`.items()`, `.copy()`).
  static func readsOneEntry(after k: Int, _ s: CodeFlowStatements) -> Bool {
    if s.isOp(k + 1, "[") { return true }
    guard s.isOp(k + 1, ".") || s.isOp(k + 1, "?."), k + 2 < s.tokens.count, s.tokens[k + 2].kind == .word else { return false }
    return !wholeMappingMembers.contains(s.text(k + 2).lowercased())
  }

  static let wholeMappingMembers: Set<String> = ["items", "copy", "keys", "values", "tostring", "__dict__", "entries", "to_dict"]

  mutating func mark(_ name: String, scope: Int, _ source: FlowSource) -> Bool {
    guard !["self", "this", "cls", "_"].contains(name) else { return false }
    let id = intern(name)
    let k = Self.key(name.hasPrefix(".") ? -1 : scope, id)
    if let old = tainted[k], old.kind >= source.kind { return false }
    tainted[k] = source
    everTainted[Int(id)] = true
    return true
  }

  /// Node's file writers, whose first argument is the path and second the data.
  static let fileWriters: Set<String> = ["writeFileSync", "writeFile", "appendFileSync", "appendFile"]

  /// The one name `range` consists of, if it is a bare name.
  static func singleName(_ range: Range<Int>, _ s: CodeFlowStatements) -> String? {
    let significant = range.filter { $0 < s.tokens.count && s.significant($0) }
    guard significant.count == 1, s.tokens[significant[0]].kind == .word else { return nil }
    return s.text(significant[0])
  }

  /// Calls that run a function they are given, with arguments they are given.
  static let launchers: Set<String> = ["Thread", "Process", "Timer", "submit", "start_new_thread", "run_in_executor", "apply_async"]

  /// The function a launcher runs and the token ranges of the arguments it passes:
  /// `target=` with `args=(…)` (threading, multiprocessing), or the first positional
  /// argument with the rest (`submit(f, a, b)`; `start_new_thread(f, (a, b))`,
  /// `run_in_executor(None, f, a)`).
  func launchedCall(_ call: CodeCall) -> (String, [Range<Int>])? {
    func name(_ range: Range<Int>) -> String? {
      let significant = range.filter { $0 < s.tokens.count && s.significant($0) }
      guard significant.count == 1, s.tokens[significant[0]].kind == .word else { return nil }
      return s.text(significant[0])
    }
    // A keyword argument's tokens start with `name =`.
    func value(_ arg: CodeCall.Argument) -> Range<Int> {
      arg.keyword == nil ? arg.tokens : min(arg.tokens.lowerBound + 2, arg.tokens.upperBound)..<arg.tokens.upperBound
    }
    if let target = call.arguments.first(where: { $0.keyword == "target" }), let function = name(value(target)) {
      let args = call.arguments.first { $0.keyword == "args" }.map { tupleElements(value($0)) } ?? []
      return (function, args)
    }
    var positional = call.arguments.filter { $0.keyword == nil }.map(\.tokens)
    if call.baseName == "run_in_executor", !positional.isEmpty { positional.removeFirst() }
    guard let first = positional.first, let function = name(first) else { return nil }
    var args = Array(positional.dropFirst())
    if call.baseName == "start_new_thread", let only = args.first { args = tupleElements(only) }
    return (function, args)
  }

  /// The elements of a tuple or list literal spanning `range` (`(payload,)`, `[a, b]`).
  func tupleElements(_ range: Range<Int>) -> [Range<Int>] {
    var k = range.lowerBound
    while k < range.upperBound, !s.significant(k) { k += 1 }
    guard k < range.upperBound, s.isOp(k, "(") || s.isOp(k, "[") else { return [range] }
    var out: [Range<Int>] = []
    var depth = 0
    var start = k + 1
    for j in k..<range.upperBound where s.tokens[j].kind == .op {
      if s.isOp(j, "(") || s.isOp(j, "[") || s.isOp(j, "{") { depth += 1 }
      if s.isOp(j, ")") || s.isOp(j, "]") || s.isOp(j, "}") {
        depth -= 1
        if depth == 0 {
          if start < j { out.append(start..<j) }
          break
        }
      }
      if depth == 1, s.isOp(j, ",") {
        if start < j { out.append(start..<j) }
        start = j + 1
      }
      if out.count >= 32 { break }
    }
    return out
  }

  /// Names Node's error-first callbacks give their first parameter.
  static let errorParameters: Set<String> = ["err", "error", "e", "er", "_err", "_"]

  mutating func propagate() {
    let functionIndex = Dictionary(s.functions.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    // Built once, not per call per pass (`baseName` slices the written callee each time).
    let baseNames = calls.map { String($0.baseName) }
    // Only mutator calls and calls of functions defined here can taint anything: the passes
    // visit those alone instead of every call of the script.
    let relevant = calls.indices.filter {
      Self.mutators.contains(baseNames[$0]) || functionIndex[baseNames[$0]] != nil || Self.launchers.contains(baseNames[$0])
        || Self.fileWriters.contains(baseNames[$0])
    }
    let wrapped = bufferWrappers()
    for _ in 0..<FlowLimits.maxPasses {
      var changed = false
      // What is written into an archive or compressor lands in the buffer it was opened on:
      // `with tarfile.open(fileobj=buf, mode="w:gz") as t: t.add(key)`, then `buf.getvalue()`.
      for wrapper in wrapped {
        guard let src = taint(of: wrapper.writer, scope: wrapper.scope) else { continue }
        changed = mark(wrapper.buffer, scope: wrapper.scope, src) || changed
      }
      for st in s.statements {
        guard let src = taint(of: st.value, scope: st.scope) else { continue }
        // `name = config.agent.name`: one setting read out of a credential-bearing config.
        if src.kind == .credential, Self.readsSettingField(st.value, s) { continue }
        // `signed = account.sign_transaction(tx)`, `client = ClobClient(key=KEY)`: what a
        // signing key produces is sent by design; only the key itself, copied or encoded, is
        // a leak.
        // A tuple (`return private_key, wallet`, `key, addr = a, b`) is not split by name, so
        // a key in one would taint every name it is unpacked into: not followed.
        if src.isSigningKey, !copiesKey(st.value, scope: st.scope) || hasTopLevelComma(st.value) { continue }
        if st.isReturn, st.scope >= 0 {
          let name = s.functions[st.scope].name
          if !name.isEmpty {
            changed = mark(name, scope: -1, src) || changed
            changed = mark("." + name, scope: -1, src) || changed
          }
        }
        var names: [String] = []
        mentions(targetNames(st.target)) { names.append($0) }
        if Self.writesEnvironment(names) { continue }
        for name in names { changed = mark(name, scope: st.scope, src) || changed }
      }
      // A callback receives what its call produced: `fs.readFile(keyPath, (err, data) => …)`,
      // `exec("cat ~/.aws/credentials", (e, out) => …)`, `secrets.map(s => …)`. Node passes
      // an error first, so a leading `err` is left alone.
      for callback in s.callbacks {
        guard let src = taint(of: callback.head, scope: callback.scope) else { continue }
        var params = callback.params
        if params.count >= 2, Self.errorParameters.contains(params[0]) { params.removeFirst() }
        for name in params { changed = mark(name, scope: callback.scope, src) || changed }
      }
      for c in relevant {
        let call = calls[c]
        let scope = call.openParen < s.scopeOfToken.count ? Int(s.scopeOfToken[call.openParen]) : -1
        let baseName = baseNames[c]
        // Mutators taint their receiver: x.append(v), x.update(v), x.push(v).
        if Self.mutators.contains(baseName) {
          var argSource: FlowSource?
          for arg in call.arguments where argSource == nil { argSource = taint(of: arg.tokens, scope: scope) }
          if let src = argSource {
            let parts = call.writtenCallee.split(separator: ".").map(String.init)
            let receiver = parts.count >= 3 ? "." + parts[parts.count - 2] : (parts.count == 2 ? parts[0] : "")
            if !receiver.isEmpty { changed = mark(receiver, scope: scope, src) || changed }
          }
        }
        // Data written to a file whose path a name holds is in that file: the name then
        // stands for the data, so a later `readFileSync(REPORT_PATH)` (in another function,
        // after a restart of the flow) reads it back. Staging a payload in a temp file
        // between collecting and sending is how a split collector hides the join.
        if Self.fileWriters.contains(baseName) {
          let args = call.arguments.filter { $0.keyword == nil }
          if args.count >= 2, let path = Self.singleName(args[0].tokens, s), let src = taint(of: args[1].tokens, scope: scope) {
            changed = mark(path, scope: scope, src) || changed
            changed = mark(path, scope: -1, src) || changed
          }
          continue
        }
        // A function handed to a thread or executor with its arguments is a call of it:
        // `Thread(target=_ping, args=(payload,))`, `pool.submit(_ping, payload)`.
        if Self.launchers.contains(baseName) {
          if let (target, args) = launchedCall(call), let f = functionIndex[target] {
            let params = s.functions[f].params
            for (position, arg) in args.enumerated() where position < params.count {
              guard let src = taint(of: arg, scope: scope) else { continue }
              let bare = String(params[position].drop { $0 == "*" })
              if !bare.isEmpty { changed = mark(bare, scope: f, src) || changed }
            }
          }
          continue
        }
        // Arguments flow into the parameters of functions defined in the file.
        guard let f = functionIndex[baseName] else { continue }
        var params = s.functions[f].params
        if call.writtenCallee.contains("."), let first = params.first, first == "self" || first == "cls" {
          params.removeFirst()
        }
        var position = 0
        for arg in call.arguments {
          defer { if arg.keyword == nil { position += 1 } }
          guard let src = taint(of: arg.tokens, scope: scope) else { continue }
          // A signing key handed to a method (`tronWeb.address.fromPrivateKey(key)`) is used
          // by the library that defines it; a key handed to the script's own helper
          // (`registerRelay(key, addr)`) is followed.
          if src.isSigningKey, call.writtenCallee.contains(".") { continue }
          let name = arg.keyword ?? (position < params.count ? params[position] : "")
          let bare = String(name.drop { $0 == "*" })
          if !bare.isEmpty { changed = mark(bare, scope: f, src) || changed }
        }
      }
      if !changed { break }
    }
  }

  /// The URL a configurable endpoint falls back to: `os.environ.get("URL", "http://localhost:11434")`,
  /// `os.getenv(…, "…")`, `process.env.URL || "http://127.0.0.1:18789"` — the value's only URL
  /// literal, when it is read from the environment.
  static func defaultURL(_ value: Range<Int>, _ s: CodeFlowStatements, language: Language) -> String? {
    guard value.count <= 16 else { return nil }
    var words = Set<String>()
    var url: String?
    for k in value where k < s.tokens.count {
      let t = s.tokens[k]
      if t.kind == .word { words.insert(s.text(k)) }
      guard t.kind == .string, t.range.count < 2048 else { continue }
      let text = StringLiteral.value(of: t, in: s.bytes, language: language)
      guard text.contains("://") else { continue }
      if url != nil { return nil }
      url = text
    }
    let fromEnvironment = words.contains("environ") || words.contains("getenv") || words.contains("env")
    guard fromEnvironment, let url, literalHost(url) != nil else { return nil }
    return url
  }

  /// The URL an object is built for, when the value is one call given a URL literal (or a
  /// URL constant): `urllib.request.Request("https://api.x.com/v1", data=d)`,
  /// `new WebSocket("wss://x.com/ws")`, `boto3.client("s3", endpoint_url=ENDPOINT)`.
  ///
  /// The object then sends there: `urlopen(req)` and `ws.send(data)` name no URL of their
  /// own. On the registry snapshot, a memory scanner built its request for `api.openai.com`
  /// and was read as sending the agent's memory to an unknown host.
  static func constructedURL(
    _ value: Range<Int>, _ s: CodeFlowStatements, language: Language, constants: [String: String]
  ) -> String? {
    var k = value.lowerBound
    if k < value.upperBound, s.tokens[k].kind == .word, ["new", "await"].contains(s.text(k)) { k += 1 }
    // A dotted callee, then its opening parenthesis.
    var expectWord = true
    while k < value.upperBound, k < s.tokens.count {
      if expectWord {
        guard s.tokens[k].kind == .word else { return nil }
      } else if !s.isOp(k, ".") {
        break
      }
      expectWord.toggle()
      k += 1
    }
    guard !expectWord, k < value.upperBound, s.isOp(k, "(") else { return nil }
    // Node's `https.request({ hostname: "api.x.com", … })` names its host in an options object.
    if language == .javascript, let host = CodeFlowSinks.optionsHost(k..<min(value.upperBound, k + 64), s, language: language) {
      return "https://" + host
    }
    var depth = 0
    for j in k..<min(value.upperBound, k + 64) {
      if s.isOp(j, "(") || s.isOp(j, "[") || s.isOp(j, "{") { depth += 1 }
      if s.isOp(j, ")") || s.isOp(j, "]") || s.isOp(j, "}") {
        depth -= 1
        if depth == 0 { return nil }
      }
      // `{ hostname: url.hostname }` with `url = new URL(API_URL)`.
      if depth == 2, j >= 2, s.tokens[j].kind == .word, s.isOp(j - 1, ":"),
        ["hostname", "host"].contains(s.text(j - 2)), let url = constants[s.text(j)], literalHost(url) != nil
      {
        return url
      }
      // Only the call's own arguments: a URL nested in another call or literal is not its endpoint.
      guard depth == 1 else { continue }
      let t = s.tokens[j]
      if t.kind == .string, t.range.count < 2048 {
        let text = StringLiteral.value(of: t, in: s.bytes, language: language)
        if text.contains("://"), literalHost(text) != nil { return text }
      } else if t.kind == .word, let url = constants[s.text(j)], literalHost(url) != nil {
        return url
      }
    }
    return nil
  }

  /// The host of `url` when it is written out (no `{}`/`%`/`$` placeholder in it).
  static func literalHost(_ url: String) -> String? {
    guard let host = ExfilHosts.host(inURL: url),
      !host.contains(where: { $0 == "{" || $0 == "}" || $0 == "%" || $0 == "$" || $0 == "<" })
    else { return nil }
    return host
  }

  /// Whether a value is one setting of an object read by key, `a.b.c`, `a?.b`, `a["b"]`,
  /// `a.get("b")` (optionally `|| default`), whose last key names a plain setting.
  ///
  /// An agent configuration (`openclaw.json`) holds channel tokens beside the agent's name,
  /// the gateway port and model settings. A script that reads `config.agent.name` and
  /// registers it has not taken a credential; one that reads `config.gateway.auth.token`,
  /// a subtree (`config.channels.feishu`, which holds the app secret) or `config` whole
  /// has. Only leaf names known to hold settings count, since a key's name does not say
  /// whether secrets sit below it.
  /// Calls that copy or encode a value without using it: a signing key passed through these
  /// is still the key (`json.dumps({"k": key})`, `Buffer.from(key).toString("base64")`).
  static let keyCopiers: Set<String> = [
    "str", "repr", "format", "dumps", "stringify", "b64encode", "urlsafe_b64encode", "b32encode", "b16encode",
    "hexlify", "btoa", "from", "tostring", "encode", "decode", "encodeuricomponent", "quote", "quote_plus",
    "urlencode", "dict", "list", "tuple", "strip", "trim", "get", "getenv", "replace", "join", "upper", "lower",
    "hex", "bytes", "concat", "slice", "substring", "split", "urlsearchparams", "f",
  ]

  /// Whether an assignment's value carries a signing key as it is: some mention of the key
  /// (its read, or a name holding it) lies outside the arguments of every call but copiers
  /// (``keyCopiers``). `client = ClobClient(key=KEY)` and `sig = sign(msg, KEY)` consume it;
  /// `"KEY=" + (process.env.KEY || "")` in a list beside `new Date()` copies it.
  func copiesKey(_ value: Range<Int>, scope: Int) -> Bool {
    let bounded = value.lowerBound..<min(value.upperBound, value.lowerBound + 1024, s.tokens.count)
    for k in bounded {
      guard let src = taint(of: k..<(k + 1), scope: scope), src.isSigningKey else { continue }
      if !consumed(k, in: bounded) { return true }
    }
    return false
  }

  /// Whether `value` holds a comma outside every bracket: a tuple, not one value.
  private func hasTopLevelComma(_ value: Range<Int>) -> Bool {
    var depth = 0
    for k in value.lowerBound..<min(value.upperBound, value.lowerBound + 1024, s.tokens.count) {
      if s.isOp(k, "(") || s.isOp(k, "[") || s.isOp(k, "{") {
        depth += 1
      } else if s.isOp(k, ")") || s.isOp(k, "]") || s.isOp(k, "}") {
        depth -= 1
      } else if depth == 0 && s.isOp(k, ",") {
        return true
      }
    }
    return false
  }

  /// Whether token `k` lies in the arguments of a call other than a copier, within `value`.
  private func consumed(_ k: Int, in value: Range<Int>) -> Bool {
    var depth = 0
    var p = k - 1
    while p >= value.lowerBound {
      if s.isOp(p, ")") || s.isOp(p, "]") || s.isOp(p, "}") {
        depth += 1
      } else if s.isOp(p, "(") || s.isOp(p, "[") || s.isOp(p, "{") {
        if depth > 0 {
          depth -= 1
        } else if s.isOp(p, "("), p - 1 >= value.lowerBound {
          // A call: of a name other than a copier, or of an expression's result
          // (`new (TronWeb())({ privateKey })`).
          if s.tokens[p - 1].kind == .word {
            if !Self.keyCopiers.contains(s.text(p - 1).lowercased()) { return true }
          } else if s.isOp(p - 1, ")") || s.isOp(p - 1, "]") {
            return true
          }
        }
      }
      p -= 1
    }
    return false
  }

  static func readsSettingField(_ value: Range<Int>, _ s: CodeFlowStatements) -> Bool {
    guard value.count >= 3, value.count <= 32, s.tokens[value.lowerBound].kind == .word else { return false }
    var k = value.lowerBound + 1
    var lastKey: String?
    while k < value.upperBound {
      if (s.isOp(k, ".") || s.isOp(k, "?.")), k + 1 < value.upperBound, s.tokens[k + 1].kind == .word {
        let word = s.text(k + 1)
        // `.get("key", default)` names its key in the string.
        if word == "get", k + 3 < value.upperBound, s.isOp(k + 2, "("), s.tokens[k + 3].kind == .string {
          lastKey = StringLiteral.value(of: s.tokens[k + 3], in: s.bytes, language: .python)
          guard let close = (k + 4..<value.upperBound).first(where: { s.isOp($0, ")") }) else { return false }
          k = close + 1
          continue
        }
        lastKey = word
        k += 2
      } else if s.isOp(k, "["), k + 2 < value.upperBound, s.tokens[k + 1].kind == .string, s.isOp(k + 2, "]") {
        lastKey = StringLiteral.value(of: s.tokens[k + 1], in: s.bytes, language: .python)
        k += 3
      } else if s.isOp(k, "||") || s.isOp(k, "??") || (s.tokens[k].kind == .word && s.text(k) == "or") {
        // A literal fallback and nothing else.
        guard k + 2 == value.upperBound, s.tokens[k + 1].kind == .string || s.tokens[k + 1].kind == .number else { return false }
        break
      } else {
        return false
      }
    }
    guard let key = lastKey?.lowercased() else { return false }
    return settingKeys.contains(key)
  }

  /// Leaf keys that hold plain settings in agent configurations.
  static let settingKeys: Set<String> = [
    "name", "description", "port", "host", "hostname", "bind", "url", "baseurl", "base_url", "endpoint", "model",
    "enabled", "version", "language", "locale", "timezone", "emoji", "title", "mode", "dmpolicy", "workspace",
    "theme", "domain", "region",
  ]

  /// Calls that store their argument into the receiver.
  /// Writers that pack what they are given into a buffer named by `fileobj=` or, for the
  /// zip and compression classes, by their first argument.
  static let bufferWriters: Set<String> = [
    "tarfile.open", "tarfile.TarFile", "zipfile.ZipFile", "gzip.GzipFile", "gzip.open", "bz2.BZ2File", "bz2.open",
    "lzma.LZMAFile", "lzma.open",
  ]
  /// Writers read per file: a script opening more is not packing one buffer to send.
  static let maxBufferWriters = 64

  /// Each writer opened on a buffer: the writer's target tokens, the buffer's name, the scope.
  func bufferWrappers() -> [(writer: Range<Int>, buffer: String, scope: Int)] {
    var out: [(writer: Range<Int>, buffer: String, scope: Int)] = []
    for call in calls where Self.bufferWriters.contains(call.callee) {
      guard out.count < Self.maxBufferWriters else { break }
      let argument = call.arguments.first { $0.keyword == "fileobj" }
        ?? (call.callee.hasPrefix("tarfile") ? nil : call.arguments.first { $0.keyword == nil })
      guard let argument, let last = argument.tokens.last, s.tokens[last].kind == .word else { continue }
      guard let st = s.statements.first(where: { $0.value.contains(call.openParen) && !$0.target.isEmpty }) else { continue }
      out.append((st.target, s.text(last), st.scope))
    }
    return out
  }

  static let mutators: Set<String> = [
    "append", "extend", "update", "push", "add", "insert", "setdefault", "unshift", "set",
    // Message and document builders: `msg.set_content(body)`, `msg.attach(part)`, then the
    // message is sent. (Not `add_header`: a key in a request's header is how it is used.)
    "set_content", "set_payload", "add_attachment", "attach", "write", "writelines",
  ]

  func hits() -> [FlowHit] {
    var constants: [String: String] = [:]
    // A URL constant, or a value that starts with one: `URL = "https://api.x.com/v2/%s" %
    // endpoint`, `f"https://api.x.com/{path}"`, `BASE + "/upload"` — the host is the
    // literal prefix whatever is appended.
    for st in s.statements where !st.value.isEmpty && st.target.count >= 1 {
      let v = s.tokens[st.value.lowerBound]
      guard let last = st.target.last(where: { s.tokens[$0].kind == .word }) else { continue }
      if v.kind == .string, v.range.count < 2048 {
        let value = StringLiteral.value(of: v, in: s.bytes, language: language)
        guard value.contains("://"), st.value.count == 1 || Self.literalHost(value) != nil else { continue }
        constants[s.text(last)] = value
      } else if v.kind == .word, st.value.count > 1, let base = constants[s.text(st.value.lowerBound)] {
        constants[s.text(last)] = base
      } else if v.kind == .word, let fallback = Self.defaultURL(st.value, s, language: language) {
        constants[s.text(last)] = fallback
      } else if v.kind == .word, let url = Self.constructedURL(st.value, s, language: language, constants: constants) {
        constants[s.text(last)] = url
      } else if language == .javascript, s.isOp(st.value.lowerBound, "{"),
        let host = CodeFlowSinks.optionsHost(st.value.lowerBound..<min(st.value.upperBound, st.value.lowerBound + 64), s, language: language)
      {
        // `const options = { hostname: "api.linear.app", … }`, later `https.request(options, …)`.
        constants[s.text(last)] = "https://" + host
      }
    }
    let streams = language == .javascript && opensStreams
    var result: [FlowHit] = []
    for call in calls {
      guard let name = CodeFlowSinks.sinkName(call, s, language: language, streams: streams) else { continue }
      let scope = call.openParen < s.scopeOfToken.count ? Int(s.scopeOfToken[call.openParen]) : -1
      var found: FlowSource?
      for arg in call.arguments where !Self.authKeywords.contains(arg.keyword ?? "") {
        for part in Self.withoutHeaders(arg.tokens, s) { found = FlowSource.stronger(found, taint(of: part, scope: scope)) }
      }
      guard let source = found else { continue }
      let host = CodeFlowSinks.host(call, s, language: language, constants: constants)
      result.append(FlowHit(source: source, sinkRange: call.range, sinkName: name, host: host))
    }
    return result
  }

  /// The part of an assignment target that names the variable: `d[k]` → `d`,
  /// `self.x[i]` → `self.x` (subscript indices are not assigned).
  ///
  /// A `[` that follows no name, call or subscript opens a destructuring pattern (`for
  /// (const [kind, dirs] of Object.entries(m))`, `[a, b] = pair`): its names are assigned.
  func targetNames(_ target: Range<Int>) -> Range<Int> {
    for k in target where s.isOp(k, "[") {
      let previous = k - 1
      let subscripted = previous >= target.lowerBound
        && (s.tokens[previous].kind == .word && !["const", "let", "var"].contains(s.text(previous))
          || s.isOp(previous, "]") || s.isOp(previous, ")"))
      if subscripted { return target.lowerBound..<k }
    }
    return target
  }

  /// `os.environ[k] = v`, `process.env.X = v`: writing the environment is not a data flow
  /// the analysis follows (it would taint every later environment read).
  static func writesEnvironment(_ names: [String]) -> Bool {
    (names.contains("os") || names.contains("process")) && (names.contains(".environ") || names.contains(".env"))
      || names.first == "environ"
  }

  /// Keyword arguments that authenticate a request rather than carry its payload.
  static let authKeywords: Set<String> = ["headers", "auth", "cookies", "timeout", "verify", "cert", "proxies"]

  /// `tokens` without a JavaScript `headers: {…}` object (headers authenticate; the body is
  /// what is sent): the parts before and after it. `{ method: "POST", headers: {…}, body:
  /// JSON.stringify(data) }` sends `data`; an earlier version dropped everything from
  /// `headers:` on and lost the body.
  static func withoutHeaders(_ tokens: Range<Int>, _ s: CodeFlowStatements) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = tokens.lowerBound
    var k = tokens.lowerBound
    while k + 2 < tokens.upperBound {
      if s.tokens[k].kind == .word, s.text(k) == "headers", s.isOp(k + 1, ":"), s.isOp(k + 2, "{") {
        // Skip the headers object: everything up to its closing brace.
        var depth = 0
        var j = k + 2
        while j < tokens.upperBound {
          if s.isOp(j, "{") { depth += 1 }
          if s.isOp(j, "}") {
            depth -= 1
            if depth == 0 { break }
          }
          j += 1
        }
        parts.append(start..<k)
        start = min(j + 1, tokens.upperBound)
        k = start
        continue
      }
      k += 1
    }
    parts.append(start..<tokens.upperBound)
    return parts.filter { !$0.isEmpty }
  }

  /// Identifiers inside `{…}` of an f-string's bytes.
  static func placeholderWords(_ bytes: [UInt8], _ range: Range<Int>) -> [String] {
    var words: [String] = []
    var inBrace = false
    var start = -1
    for i in range {
      let b = bytes[i]
      let isIdent = b == UInt8(ascii: "_") || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39 && start >= 0)
      if b == UInt8(ascii: "{") { inBrace = true }
      if b == UInt8(ascii: "}") { inBrace = false }
      if inBrace && isIdent {
        if start < 0 { start = i }
      } else {
        if start >= 0, words.count < 32 {
          let prefix = start > 0 && bytes[start - 1] == UInt8(ascii: ".") ? "." : ""
          words.append(prefix + String(decoding: bytes[start..<i], as: UTF8.self))
        }
        start = -1
      }
    }
    return words
  }
}

/// Where a file's raw-connection check is cached.
private let streamsSlot = CacheSlot<Bool>("CodeFlow.opensStreams")
