import SkillScanCore
import SkillScanLexers

/// Flags Python and JavaScript that download code and run it: `exec(requests.get(u).text)`,
/// `exec(urlopen(u).read())`, `eval(await (await fetch(u)).text())`, `new Function(body)()`
/// on a fetched body, `import('https://…')`, and a downloaded `.py` that is then run.
///
/// The code that runs is whatever the server returns at that moment, not the code that was
/// reviewed. Data flow is followed through simple assignments (``DeobfTaint``).
struct CodeDownloadExecuteRule: Rule {
  static let description = RuleDescription(
    id: "code-download-execute",
    name: "Downloaded code executed by a script",
    pattern: .sc2,
    severity: .high,
    confidence: .high,
    languages: [.python, .javascript, .shell, .markdown, .text],
    summary: "A Python or JavaScript program downloads code and executes it.",
    rationale: """
      `exec(requests.get(url).text)` and `eval(await (await fetch(url)).text())` run whatever \
      the server returns when the skill runs, so a reviewed, harmless skill can turn hostile at \
      any time without changing a byte.
      """,
    remediation: "Ship the code inside the skill, or pin it by version and checksum and load it as data, never as code.",
    references: [.owaspLLM(3), .owaspLLM(5), .owaspASI(4), .owaspASI(5), .atlas("AML.T0010.005"), .cwe(494), .taxonomy("SC2")],
    // Every fetcher below must open the gate: `require("https").get(` names no `https.get`,
    // and `got(url)` or `needle.get(url)` none of the others.
    keywords: [
      "requests", "urlopen", "urlretrieve", "httpx", "fetch", "axios", "import(", "http.get", "https.get", "urllib",
      ").get(", "got(", "request(", "superagent", "needle", "wget.download", "aiohttp",
      "require(got)", "from got", "require(https)", "require(http)", "from https",
      // `require('node:https')` then `https\n  .get(…)`: neither the dequoted require nor a
      // contiguous `https.get` is in the text.
      "node:http",
      // Fetchers of languages without a lexer (``ScriptFetchExecution``).
      "net::http", "uri.open", "open-uri", "httparty", "faraday", "restclient", "file_get_contents", "curl_exec",
      "wp_remote_get", "lwp::simple", "getstore", "reqwest", "socket.http", "ioutil.readall", "io.readall",
    ],
    triggeringExamples: CodeDownloadExecuteRule.triggering,
    nonTriggeringExamples: CodeDownloadExecuteRule.nonTriggering
  )

  static let pythonFetchers: Set<String> = [
    "requests.get", "requests.post", "requests.request", "httpx.get", "urllib.request.urlopen",
    "urllib.urlopen", "urllib2.urlopen", "urlopen", "urllib.request.urlretrieve", "urlretrieve",
    "requests.Session.get", "wget.download", "aiohttp.ClientSession.get",
  ]
  static let pythonSinks: Set<String> = [
    "exec", "eval", "compile", "builtins.exec", "runpy.run_path", "runpy.run_module", "os.system",
    "subprocess.run", "subprocess.call", "subprocess.Popen", "subprocess.check_output",
    "subprocess.check_call", "importlib.import_module", "__import__",
  ]
  static let jsFetchers: Set<String> = ["fetch", "axios.get", "axios", "http.get", "https.get", "got", "request", "superagent.get", "needle.get"]
  /// Calls that start a program without running code text: a saved download is reported
  /// only when it is the program (``runsSavedFile(_:_:tokens:bytes:language:)``).
  static let processStarters: Set<String> = [
    "os.execv", "os.execvp", "os.spawnv", "os.startfile", "child_process.execFile", "child_process.execFileSync",
    "child_process.spawn", "child_process.spawnSync",
  ]
  static let jsSinks: Set<String> = [
    "eval", "Function", "vm.runInThisContext", "vm.runInNewContext", "vm.runInContext", "vm.Script",
    "child_process.exec", "child_process.execSync", "window.eval", "globalThis.eval", "require",
  ]

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    if file.source.language == .text {
      checkUnlexedScript(file, &sink)
      return
    }
    for unit in DeobfCodeUnit.units(of: file) {
      switch unit.language {
      case .python:
        let calls = file.codeCalls(unit.tokens, language: .python)
        check(calls, unit, fetchers: Self.pythonFetchers, sinks: Self.pythonSinks, language: .python, file, &sink)
      case .javascript:
        let calls = file.codeCalls(unit.tokens, language: .javascript)
        check(calls, unit, fetchers: Self.jsFetchers, sinks: Self.jsSinks, language: .javascript, file, &sink)
        dynamicImports(unit, file, &sink)
      default:
        continue
      }
    }
  }

  private func check(
    _ calls: [CodeCall], _ unit: DeobfCodeUnit, fetchers: Set<String>, sinks: Set<String>, language: Language,
    _ file: AnalyzedFile, _ sink: inout FindingSink
  ) {
    let direct = calls.filter { fetchers.contains($0.callee) }
    guard !direct.isEmpty else { return }
    let wrapped = Self.fetchWrapperCalls(direct, calls, unit, file, language: language)
    let fetches = (direct + wrapped).sorted { $0.range.lowerBound < $1.range.lowerBound }
    // A wrapper's result is downloaded, not its arguments: `bootstrap(python)` must not
    // taint `python` (and through it every command the function builds from it).
    let seeds = direct.map(\.range) + wrapped.map(\.calleeRange)
    // `fetchRules(url, (err, body) => eval(body))`: a wrapper hands what it downloaded to
    // the callback it was given, so the callback's data parameters hold the download.
    let handedOn = wrapped.flatMap { Self.callbackDataParameters($0, tokens: unit.tokens, bytes: file.bytes) }
    let tainted = DeobfTaint.taintedNames(tokens: unit.tokens, bytes: file.bytes, seeds: seeds, initial: Set(handedOn))
    let downloadedFiles = fetches.compactMap { savedScript($0, unit.tokens, file.bytes) }
    let fetchStarts = fetches.map(\.range.lowerBound)
    let mentions = scriptMentions(Set(downloadedFiles), unit.tokens, file.bytes)
    let saved = Self.savedDownloads(calls, fetches: fetches, tainted: tainted, tokens: unit.tokens, bytes: file.bytes, language: language)
    // Sinks already shown running a download: their function needs no second report.
    var reportedSinks = Set<Int>()
    for call in calls where sinks.contains(call.callee) || Self.processStarters.contains(call.callee) {
      if !sinks.contains(call.callee) {
        // Process starters run a saved download only as their program.
        if let ran = Self.runsSavedFile(call, saved, tokens: unit.tokens, bytes: file.bytes, language: language) {
          report("'\(call.callee)' runs file '\(ran.name)' written from a download", call.range, unit, file, &sink)
        }
        continue
      }
      if let ran = Self.runsSavedFile(call, saved, tokens: unit.tokens, bytes: file.bytes, language: language) {
        report("'\(call.callee)' runs file '\(ran.name)' written from a download", call.range, unit, file, &sink)
        reportedSinks.insert(call.range.lowerBound)
        continue
      }
      var source: String?
      // A callback runs after the call, with its result: what the callback fetches or names
      // is not what the call ran (`exec(cmd, (err, out) => fetch(url, …))`).
      let callbacks = Self.callbackArguments(call, tokens: unit.tokens, bytes: file.bytes)
      func inCallback(_ offset: Int) -> Bool { callbacks.contains { $0.range.contains(offset) } }
      let dataArguments = callbacks.isEmpty ? call.arguments : CodeCall.Arguments(call.arguments.filter { arg in !callbacks.contains { $0.range == arg.range } })
      if let inner = Self.firstStarting(atOrAfter: call.range.lowerBound, fetchStarts).map({ fetches[$0] }),
        call.contains(inner), !inCallback(inner.range.lowerBound)
      {
        source = "'\(inner.callee)(…)'"
      } else if !(Self.commandRunners.contains(call.callee) && Self.runsFixedProgram(call, unit.tokens, file.bytes, language: language)),
        let name = DeobfTaint.mentions(
          tainted, in: Self.commandRunners.contains(call.callee) ? Self.programPosition(call, unit.tokens, file.bytes) : dataArguments,
          tokens: unit.tokens, bytes: file.bytes)
      {
        source = "'\(name)'"
      } else if let at = Self.firstStarting(atOrAfter: call.range.lowerBound, mentions.map(\.offset)),
        mentions[at].offset < call.range.upperBound, !inCallback(mentions[at].offset)
      {
        source = "downloaded file '\(mentions[at].name)'"
      }
      guard let source else { continue }
      if call.callee == "require" || call.callee == "importlib.import_module" || call.callee == "__import__",
        !source.hasPrefix("downloaded")
      {
        continue
      }
      report("'\(call.callee)' runs code downloaded by \(source)", call.range, unit, file, &sink)
      reportedSinks.insert(call.range.lowerBound)
    }
    // `import(pathToFileURL(file).href)` of a file written from a download: the module runs.
    if language == .javascript, !saved.isEmpty {
      let variables = Set(saved.filter(\.isVariable).map(\.name))
      for (k, t) in unit.tokens.enumerated() where t.kind == .word && k + 1 < unit.tokens.count {
        guard ByteText.equals(t.range, "import", in: file.bytes), unit.tokens[k + 1].kind == .op,
          ByteText.equals(unit.tokens[k + 1].range, "(", in: file.bytes),
          let name = Self.name(in: variables, readByImportAt: k, unit.tokens, file.bytes)
        else { continue }
        report("dynamic import() runs file '\(name)' written from a download", t.range.lowerBound..<unit.tokens[k + 1].range.upperBound, unit, file, &sink)
      }
    }
    // `compile(source) { … new Function('module', source) … }` called as
    // `this.compile(await this.fetchSource(pack))`: the script's own function runs what its
    // parameter holds, and the call hands it a download.
    let runners = Self.codeRunningFunctions(
      calls.filter { !reportedSinks.contains($0.range.lowerBound) }, sinks: sinks, unit, file, language: language)
    guard !runners.isEmpty else { return }
    for call in calls {
      let written = call.writtenCallee
      let bare = written.hasPrefix("this.") || written.hasPrefix("self.") ? String(written.dropFirst(5)) : written
      guard let (index, inner) = runners[bare] else { continue }
      let positional = call.arguments.filter { $0.keyword == nil }
      guard index < positional.count else { continue }
      let arg = positional[index]
      var source: String?
      if let at = Self.firstStarting(atOrAfter: arg.range.lowerBound, fetchStarts), fetches[at].range.lowerBound < arg.range.upperBound {
        source = "'\(fetches[at].callee)(…)'"
      } else if let name = DeobfTaint.mentions(tainted, in: CodeCall.Arguments([arg]), tokens: unit.tokens, bytes: file.bytes) {
        source = "'\(name)'"
      }
      guard let source else { continue }
      report("'\(bare)' hands code downloaded by \(source) to '\(inner)'", call.range, unit, file, &sink)
    }
  }

  /// The script's own functions that run a parameter as code: name → (parameter index, the
  /// sink it reaches). Code evaluators only (`eval`, `exec`, `Function`, `vm.*`): a command
  /// runner's parameter is usually an argument list of a fixed program, and an import names
  /// a module.
  static func codeRunningFunctions(
    _ calls: [CodeCall], sinks: Set<String>, _ unit: DeobfCodeUnit, _ file: AnalyzedFile, language: Language
  ) -> [String: (Int, String)] {
    let evaluators = calls.filter {
      sinks.contains($0.callee) && !commandRunners.contains($0.callee)
        && !["require", "importlib.import_module", "__import__", "os.system"].contains($0.callee)
    }
    guard !evaluators.isEmpty else { return [:] }
    let s = file.flowFacts(unit.tokens, language: language).statements
    guard !s.functions.isEmpty else { return [:] }
    var result: [String: (Int, String)] = [:]
    for call in evaluators where call.openParen < s.scopeOfToken.count {
      let scope = Int(s.scopeOfToken[call.openParen])
      guard scope >= 0, scope < s.functions.count else { continue }
      let function = s.functions[scope]
      guard !function.name.isEmpty, result[function.name] == nil,
        let name = DeobfTaint.mentions(Set(function.params), in: call.arguments, tokens: unit.tokens, bytes: file.bytes),
        var index = function.params.firstIndex(of: name)
      else { continue }
      // A Python method's `self` is not passed at the call.
      if language == .python, function.params.first == "self" || function.params.first == "cls" { index -= 1 }
      guard index >= 0 else { continue }
      result[function.name] = (index, call.callee)
    }
    return result
  }

  /// The calls of the script's own functions that fetch: `get(url)` where
  /// `function get(url) { return new Promise(… https.get(url, …) …) }` returns what the
  /// server sent, so `new Function(…, await get(u))` runs downloaded code as surely as a
  /// direct `fetch`. Two levels of wrapping are followed; a method is matched on `this.` /
  /// `self.` or bare calls of its name.
  static func fetchWrapperCalls(
    _ fetches: [CodeCall], _ calls: [CodeCall], _ unit: DeobfCodeUnit, _ file: AnalyzedFile, language: Language
  ) -> [CodeCall] {
    let s = file.flowFacts(unit.tokens, language: language).statements
    guard !s.functions.isEmpty else { return [] }
    var result: [CodeCall] = []
    var wrappers = Set<String>()
    var frontier = fetches
    // By opening parenthesis (one per call): comparing whole calls against every fetch was
    // quadratic on a script of thousands of fetching functions.
    let fetchParens = Set(fetches.map(\.openParen))
    for _ in 0..<2 {
      var found = Set<String>()
      for call in frontier where call.openParen < s.scopeOfToken.count {
        let scope = Int(s.scopeOfToken[call.openParen])
        guard scope >= 0, scope < s.functions.count else { continue }
        let name = s.functions[scope].name
        if !name.isEmpty, !wrappers.contains(name) { found.insert(name) }
      }
      guard !found.isEmpty else { break }
      wrappers.formUnion(found)
      frontier = calls.filter { call in
        let written = call.writtenCallee
        let bare = written.hasPrefix("this.") ? String(written.dropFirst(5)) : written.hasPrefix("self.") ? String(written.dropFirst(5)) : written
        return found.contains(bare) && !fetchParens.contains(call.openParen)
      }
      result += frontier
    }
    return result
  }

  /// Calls that start a command: what they run is their first argument (or a list's first
  /// element), and the rest are that program's data.
  static let commandRunners: Set<String> = [
    "os.system", "subprocess.run", "subprocess.call", "subprocess.Popen", "subprocess.check_output",
    "subprocess.check_call", "child_process.exec", "child_process.execSync",
  ]

  /// The program a command runner starts: its first argument when that is a name or an
  /// expression without string text of its own (`subprocess.run(step, shell=True)`,
  /// `os.system(cmd)`), or the first element of a list (`[script, "--flag"]`). A downloaded
  /// value passed as a later argument (`["edge-tts", "--text", text]`) or interpolated into a
  /// command of the skill's own (`` `./ask.sh "${prompt}"` ``) is data for that program.
  static func programPosition(_ call: CodeCall, _ tokens: [Token], _ bytes: [UInt8]) -> CodeCall.Arguments {
    guard let first = call.arguments.first(where: { $0.keyword == nil }) else { return CodeCall.Arguments([]) }
    var range = first.tokens
    if let open = range.first, open < tokens.count, tokens[open].kind == .op, ByteText.equals(tokens[open].range, "[", in: bytes) {
      // The list's first element: up to its first top-level comma.
      var depth = 0
      var end = open + 1
      while end < range.upperBound {
        let t = tokens[end]
        if t.kind == .op, t.range.count == 1 {
          let b = bytes[t.range.lowerBound]
          if b == 0x28 || b == 0x5B || b == 0x7B { depth += 1 }
          if b == 0x29 || b == 0x5D || b == 0x7D {
            if depth == 0 { break }
            depth -= 1
          }
          if b == 0x2C, depth == 0 { break }
        }
        end += 1
      }
      range = (open + 1)..<end
    }
    guard !range.isEmpty, !range.contains(where: { $0 < tokens.count && tokens[$0].kind == .string }) else {
      return CodeCall.Arguments([])
    }
    return CodeCall.Arguments([CodeCall.Argument(tokens: range, range: first.range, keyword: nil)])
  }

  /// Whether a command runner's program is a name last assigned a command that starts with
  /// a literal program other than an interpreter: `cmd = ['openclaw', 'agent', '--message',
  /// prompt]`, `` const cmd = `ffmpeg -i "${audio}" …` ``. What the download supplies is then
  /// an argument of that program, not the program. Reads back at most ``assignmentReach``
  /// tokens from the call.
  static func runsFixedProgram(_ call: CodeCall, _ tokens: [Token], _ bytes: [UInt8], language: Language) -> Bool {
    let program = programPosition(call, tokens, bytes)
    guard let arg = program.first, arg.tokens.count == 1, arg.tokens.lowerBound < tokens.count,
      tokens[arg.tokens.lowerBound].kind == .word
    else { return false }
    let name = tokens[arg.tokens.lowerBound].range
    var k = min(call.openParen, tokens.count) - 1
    let stop = max(0, k - assignmentReach)
    while k >= stop {
      defer { k -= 1 }
      guard tokens[k].kind == .word, tokens[k].range.count == name.count, bytes[tokens[k].range] == bytes[name],
        k + 2 < tokens.count, tokens[k + 1].kind == .op, ByteText.equals(tokens[k + 1].range, "=", in: bytes)
      else { continue }
      var v = k + 2
      if tokens[v].kind == .op, ByteText.equals(tokens[v].range, "[", in: bytes) { v += 1 }
      guard v < tokens.count, tokens[v].kind == .string else { return false }
      let value = StringLiteral.value(of: tokens[v], in: bytes, language: language)
      let first = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first.map(String.init) ?? ""
      let base = String(first.split(separator: "/").last ?? Substring(first)).lowercased()
      guard !base.isEmpty, !base.contains("$"), !base.contains("{") else { return false }
      return !interpreters.contains(base) && !["cmd", "cmd.exe", "eval", "exec", "source", "deno", "bun", "php", "lua"].contains(base)
    }
    return false
  }

  /// Tokens read back from a command runner for its command's assignment.
  static let assignmentReach = 2_048

  /// String tokens that name one of `scripts` (by their last path component), in order, so
  /// each sink looks its arguments up by binary search instead of rescanning its text.
  private func scriptMentions(_ scripts: Set<String>, _ tokens: [Token], _ bytes: [UInt8]) -> [(offset: Int, name: String)] {
    guard !scripts.isEmpty else { return [] }
    var result: [(offset: Int, name: String)] = []
    for token in tokens where token.kind == .string {
      let value = StringLiteral.value(of: token, in: bytes, language: .python)
      for name in scripts where value.contains(name) {
        result.append((token.range.lowerBound, name))
        break
      }
    }
    return result
  }

  /// The arguments of `call` that are function literals (`function (…) {…}`, `(a, b) => …`,
  /// `x => …`, `async …`).
  static func callbackArguments(_ call: CodeCall, tokens: [Token], bytes: [UInt8]) -> [CodeCall.Argument] {
    call.arguments.filter { arg in
      guard let first = arg.tokens.first, first < tokens.count else { return false }
      if tokens[first].kind == .word,
        ByteText.equals(tokens[first].range, "function", in: bytes) || ByteText.equals(tokens[first].range, "async", in: bytes)
      {
        return true
      }
      var depth = 0
      for k in arg.tokens.prefix(32) where k < tokens.count && tokens[k].kind == .op {
        let r = tokens[k].range
        if ByteText.equals(r, "=>", in: bytes) { return depth == 0 }
        if ByteText.equals(r, "(", in: bytes) || ByteText.equals(r, "[", in: bytes) || ByteText.equals(r, "{", in: bytes) {
          depth += 1
        } else if ByteText.equals(r, ")", in: bytes) || ByteText.equals(r, "]", in: bytes) || ByteText.equals(r, "}", in: bytes) {
          depth -= 1
        }
      }
      return false
    }
  }

  /// The data parameters of the callbacks given to `call`: every parameter but a leading
  /// error slot (`(err, body) =>`, `function (error, data)`), at most 8 per callback.
  static func callbackDataParameters(_ call: CodeCall, tokens: [Token], bytes: [UInt8]) -> [String] {
    var names: [String] = []
    for arg in callbackArguments(call, tokens: tokens, bytes: bytes) {
      var params: [String] = []
      var k = arg.tokens.lowerBound
      let end = min(arg.tokens.upperBound, k + 40)
      func word(_ i: Int) -> String? { i < tokens.count && tokens[i].kind == .word ? ByteText.string(tokens[i].range, in: bytes) : nil }
      func isOp(_ i: Int, _ s: StaticString) -> Bool { i < tokens.count && tokens[i].kind == .op && ByteText.equals(tokens[i].range, s, in: bytes) }
      if word(k) == "async" { k += 1 }
      if word(k) == "function" {
        k += 1
        if word(k) != nil { k += 1 }
      }
      if isOp(k, "(") {
        var expectName = true
        k += 1
        while k < end, !isOp(k, ")") {
          if let w = word(k), expectName {
            params.append(w)
            expectName = false
          } else if isOp(k, ",") {
            expectName = true
          }
          k += 1
        }
      } else if let w = word(k), isOp(k + 1, "=>") {
        params = [w]
      }
      if let first = params.first, params.count > 1, ["err", "error", "e", "er", "_err", "_"].contains(first) { params.removeFirst() }
      names += params.prefix(8)
    }
    return names
  }

  /// Index of the first of the ascending `starts` that is at or after `offset`.
  static func firstStarting(atOrAfter offset: Int, _ starts: [Int]) -> Int? {
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < starts.count ? lo : nil
  }

  /// `urlretrieve(u, 'helper.py')`: the stem of a downloaded script file.
  private func savedScript(_ call: CodeCall, _ tokens: [Token], _ bytes: [UInt8]) -> String? {
    for arg in call.arguments.dropFirst() where arg.tokens.count == 1 && tokens[arg.tokens.lowerBound].kind == .string {
      let value = StringLiteral.value(of: tokens[arg.tokens.lowerBound], in: bytes, language: .python)
      for ext in [".py", ".js", ".sh"] where value.hasSuffix(ext) {
        let name = value.split(separator: "/").last.map(String.init) ?? value
        return String(name.dropLast(ext.count)).isEmpty ? nil : name
      }
    }
    return nil
  }

  /// `import('https://…')` / `await import(url)` with a literal remote URL.
  private func dynamicImports(_ unit: DeobfCodeUnit, _ file: AnalyzedFile, _ sink: inout FindingSink) {
    let tokens = unit.tokens
    // Names holding fetched bodies, found once per unit on the first data: import.
    var tainted: Set<String>?
    for (k, t) in tokens.enumerated() where t.kind == .word && k + 2 < tokens.count {
      guard ByteText.equals(t.range, "import", in: file.bytes), tokens[k + 1].kind == .op,
        ByteText.equals(tokens[k + 1].range, "(", in: file.bytes), tokens[k + 2].kind == .string
      else { continue }
      let value = StringLiteral.value(of: tokens[k + 2], in: file.bytes, language: .javascript).lowercased()
      if value.hasPrefix("data:") {
        // `import('data:text/javascript;base64,' + Buffer.from(src).toString('base64'))`:
        // source text turned into a module, which runs it; from a fetched body, that is a
        // download run.
        if tainted == nil { tainted = Self.fetchedNames(unit, file) }
        if let name = Self.name(in: tainted ?? [], readByImportAt: k, unit.tokens, file.bytes) {
          report("dynamic import() runs code downloaded into '\(name)' as a data: URL", t.range.lowerBound..<tokens[k + 2].range.upperBound, unit, file, &sink)
        }
        continue
      }
      guard value.hasPrefix("http://") || value.hasPrefix("https://") else { continue }
      report("dynamic import() loads code from \(value.prefix(80))", t.range.lowerBound..<tokens[k + 2].range.upperBound, unit, file, &sink)
    }
  }

  /// Names that hold what the unit's fetches returned.
  static func fetchedNames(_ unit: DeobfCodeUnit, _ file: AnalyzedFile) -> Set<String> {
    let fetches = file.codeCalls(unit.tokens, language: .javascript).filter { jsFetchers.contains($0.callee) }
    return DeobfTaint.taintedNames(tokens: unit.tokens, bytes: file.bytes, seeds: fetches.map(\.range))
  }

  /// A name of `tainted` read by the `import(` at token `k`, up to its closing parenthesis
  /// (at most 64 tokens).
  static func name(in tainted: Set<String>, readByImportAt k: Int, _ tokens: [Token], _ bytes: [UInt8]) -> String? {
    guard !tainted.isEmpty else { return nil }
    var depth = 0
    var j = k + 1
    while j < tokens.count, j < k + 64 {
      let t = tokens[j]
      if t.kind == .op, ByteText.equals(t.range, "(", in: bytes) { depth += 1 }
      if t.kind == .op, ByteText.equals(t.range, ")", in: bytes) {
        depth -= 1
        if depth == 0 { break }
      }
      if t.kind == .word, tainted.contains(ByteText.string(t.range, in: bytes)) { return ByteText.string(t.range, in: bytes) }
      j += 1
    }
    return nil
  }

  private func report(_ message: String, _ range: Range<Int>, _ unit: DeobfCodeUnit, _ file: AnalyzedFile, _ sink: inout FindingSink) {
    let polarity = unit.isCode ? Polarity.affirmative : ProsePolarity.classify(file, at: range)
    sink.report(message, in: file, at: range, confidence: unit.isCode ? .high : .medium, polarity: polarity, chain: .downloadExecute)
  }
}
