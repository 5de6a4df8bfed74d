import SkillScanCore
import SkillScanLexers

/// Downloads written to a file and then run as a program: the dropper shape
/// `r = requests.get(u); open(p, "wb").write(r.content); os.chmod(p, 0o755); subprocess.run(["./" + p])`,
/// and `fs.writeFileSync(p, body)` followed by `execFileSync(p)`.
///
/// A registry "red envelope claimer" fetched a file from a raw IP this way after printing its
/// result; nothing in the rule's older shapes (`exec(fetched)`, a saved `.py` run by
/// `runpy`) saw it, because the file had no extension and ran as a binary.
extension CodeDownloadExecuteRule {
  /// A file known to hold downloaded bytes: by the variable that names it, or by its file name.
  struct SavedFile: Hashable {
    var name: String
    var isVariable: Bool
  }

  /// Interpreters whose first operand is the program they run.
  static let interpreters: Set<String> = ["bash", "sh", "zsh", "dash", "python", "python3", "node", "perl", "ruby", "pwsh", "powershell", "osascript"]

  /// Files written with fetched content in `calls`: an `open(path, "w…")` whose next write
  /// (within a few statements) carries a fetched value, or `fs.writeFile[Sync](path, data)`.
  static func savedDownloads(
    _ calls: [CodeCall], fetches: [CodeCall], tainted: Set<String>, tokens: [Token], bytes: [UInt8], language: Language
  ) -> Set<SavedFile> {
    var saved = Set<SavedFile>()
    // Fetches by opening parenthesis, in order: a fetch inside a call opens within its
    // parentheses, found by binary search instead of testing every fetch against every call.
    let fetchOpens = fetches.sorted { $0.openParen < $1.openParen }
    func containsFetch(_ call: CodeCall) -> Bool {
      var lo = 0
      var hi = fetchOpens.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if fetchOpens[mid].openParen <= call.openParen { lo = mid + 1 } else { hi = mid }
      }
      // Properly nested calls close inside; a few candidates cover an unclosed one.
      var k = lo
      while k < fetchOpens.count, k < lo + 8, fetchOpens[k].openParen < call.closeParen {
        if call.contains(fetchOpens[k]) { return true }
        k += 1
      }
      return false
    }
    func carriesDownload(_ call: CodeCall, skipping: Int = 0) -> Bool {
      if containsFetch(call) { return true }
      let args = call.arguments.dropFirst(skipping)
      return DeobfTaint.mentions(tainted, in: CodeCall.Arguments(Array(args)), tokens: tokens, bytes: bytes) != nil
    }
    for (index, call) in calls.enumerated() {
      // `urlretrieve(url, path)`, `wget.download(url, out=path)`: the fetch writes the file.
      if language == .python, call.baseName == "urlretrieve" || call.callee == "wget.download", call.arguments.count >= 2,
        let target = savedFile(call.arguments[1], tokens, bytes, language, skippingKeyword: true)
      {
        saved.insert(target)
        continue
      }
      if language == .python, call.callee == "open", call.arguments.count >= 2,
        let mode = singleString(call.arguments[1], tokens, bytes, language), mode.contains("w") || mode.contains("a"),
        let target = savedFile(call.arguments[0], tokens, bytes, language)
      {
        // The write that follows: `f.write(…)` in the `with` block, chained on the call, or
        // `shutil.copyfileobj(response, f)`.
        let write = calls[(index + 1)...].prefix(8).first {
          ($0.baseName == "write" || $0.baseName == "copyfileobj") && $0.openParen - call.closeParen < 256
        }
        if let write, carriesDownload(write) { saved.insert(target) }
      } else if language == .javascript, call.baseName == "writeFileSync" || call.baseName == "writeFile",
        call.arguments.count >= 2, carriesDownload(call, skipping: 1),
        let target = savedFile(call.arguments[0], tokens, bytes, language)
      {
        saved.insert(target)
      } else if language == .javascript, call.baseName == "createWriteStream", !fetches.isEmpty,
        let target = savedFile(call.arguments.first, tokens, bytes, language),
        streamIsPiped(at: index, calls: calls, tokens: tokens, bytes: bytes)
      {
        // `res.pipe(fs.createWriteStream(p))`, or the stream held in a variable and piped
        // into: a download streamed to disk in a file that fetches.
        saved.insert(target)
      }
    }
    saved.formUnion(returnedSavedFiles(saved, tokens: tokens, bytes: bytes))
    if !saved.isEmpty { propagateSavedFiles(&saved, calls: calls, tokens: tokens, bytes: bytes, language: language) }
    return saved
  }

  /// Calls that move or copy a file to the path of their second argument.
  static let fileMovers: Set<String> = ["renameSync", "rename", "copyFileSync", "copyFile", "moveSync", "move", "replace", "copy", "copy2", "copyfile"]

  /// Follows a saved download to the names it reaches: the target of a move or copy
  /// (`fs.renameSync(tmp, dest)`, `os.replace(tmp, path)`), and, for a function's parameter,
  /// the variable its callers pass there (`function fetch(url, dest) { … }` called as
  /// `fetch(url, exe)`). That is how an installer downloads to `dest + ".part"`, renames it
  /// into place, and later starts `exe`. A few rounds, each one pass over the calls.
  static func propagateSavedFiles(
    _ saved: inout Set<SavedFile>, calls: [CodeCall], tokens: [Token], bytes: [UInt8], language: Language
  ) {
    let definitions = functionParameterLists(tokens: tokens, bytes: bytes)
    // Calls of the defined functions by name, so each parameter reads only its own callers.
    var callers: [String: [Int]] = [:]
    if !definitions.isEmpty {
      for (index, call) in calls.enumerated() where definitions[call.callee] != nil { callers[call.callee, default: []].append(index) }
    }
    for _ in 0..<3 {
      let before = saved.count
      let variables = Set(saved.filter(\.isVariable).map(\.name))
      for call in calls where call.arguments.count >= 2 {
        guard fileMovers.contains(String(call.baseName)),
          let from = savedFile(call.arguments[0], tokens, bytes, language), from.isVariable, variables.contains(from.name),
          let to = savedFile(call.arguments[1], tokens, bytes, language)
        else { continue }
        saved.insert(to)
      }
      for (function, sites) in callers {
        guard let parameters = definitions[function] else { continue }
        for (position, parameter) in parameters.enumerated() where variables.contains(parameter) {
          for site in sites where calls[site].arguments.count > position {
            let call = calls[site]
            if let passed = savedFile(call.arguments[position], tokens, bytes, language), passed.isVariable { saved.insert(passed) }
          }
        }
      }
      if saved.count == before { break }
    }
  }

  /// Parameter names of the functions defined in `tokens` (`def f(a, b)`, `function f(a, b = 1)`),
  /// at most 16 each and 256 functions.
  static func functionParameterLists(tokens: [Token], bytes: [UInt8]) -> [String: [String]] {
    var definitions: [String: [String]] = [:]
    let n = tokens.count
    for i in 0..<max(0, n - 2) where tokens[i].kind == .word {
      guard definitions.count < 256,
        ByteText.equals(tokens[i].range, "def", in: bytes) || ByteText.equals(tokens[i].range, "function", in: bytes),
        tokens[i + 1].kind == .word, tokens[i + 2].kind == .op, ByteText.equals(tokens[i + 2].range, "(", in: bytes)
      else { continue }
      var parameters: [String] = []
      var expectName = true
      var q = i + 3
      while q < min(n, i + 67), !(tokens[q].kind == .op && ByteText.equals(tokens[q].range, ")", in: bytes)) {
        if tokens[q].kind == .word, expectName {
          parameters.append(ByteText.string(tokens[q].range, in: bytes))
          expectName = false
        } else if tokens[q].kind == .op, ByteText.equals(tokens[q].range, ",", in: bytes) {
          expectName = true
        }
        q += 1
      }
      definitions[ByteText.string(tokens[i + 1].range, in: bytes)] = Array(parameters.prefix(16))
    }
    return definitions
  }

  /// Whether the write stream `calls[index]` opens is what a `.pipe(…)` call writes into:
  /// the call itself is the argument, or the variable it is assigned to
  /// (`const out = fs.createWriteStream(p)` … `res.pipe(out)`). Only calls within
  /// ``pipeWindow`` of it (at most that many each way) are read, so the cost per stream is
  /// bounded.
  static func streamIsPiped(at index: Int, calls: [CodeCall], tokens: [Token], bytes: [UInt8]) -> Bool {
    let call = calls[index]
    var holder: String?
    // `name = fs.createWriteStream(…)`: the token before the callee is `=`, after a name.
    let first = firstToken(atOrAfter: call.range.lowerBound, tokens)
    if first >= 2, tokens[first - 1].kind == .op, ByteText.equals(tokens[first - 1].range, "=", in: bytes),
      tokens[first - 2].kind == .word
    {
      holder = ByteText.string(tokens[first - 2].range, in: bytes)
    }
    func pipes(into pipe: CodeCall) -> Bool {
      // `res.pipe(out)`, or `await pipeline(Readable.fromWeb(res.body), createWriteStream(p))`
      // (`stream/promises`), which writes the same bytes to the same file.
      guard pipe.baseName == "pipe" || pipe.baseName == "pipeline" else { return false }
      if pipe.contains(call) { return true }
      guard let holder, let arg = pipe.arguments.first, arg.tokens.count == 1, arg.tokens.lowerBound < tokens.count else { return false }
      return ByteText.string(tokens[arg.tokens.lowerBound].range, in: bytes) == holder
    }
    var j = index - 1
    while j >= 0, index - j <= pipeWindow, calls[j].range.upperBound + pipeBytes >= call.range.lowerBound {
      if pipes(into: calls[j]) { return true }
      j -= 1
    }
    j = index + 1
    while j < calls.count, j - index <= pipeWindow, calls[j].range.lowerBound <= call.range.upperBound + pipeBytes {
      if pipes(into: calls[j]) { return true }
      j += 1
    }
    return false
  }

  /// How many calls, and how many bytes, either side of a write stream are read for its pipe.
  static let pipeWindow = 64
  static let pipeBytes = 4_096

  /// Index of the first token starting at or after `offset` (binary search).
  static func firstToken(atOrAfter offset: Int, _ tokens: [Token]) -> Int {
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if tokens[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Variables assigned the result of a function that returns a saved file:
  /// `def ensure(): …; urlretrieve(u, dest); return dest` then `ff = ensure()`. Python only;
  /// one level (a helper that fetches and hands the path back is the common shape).
  static func returnedSavedFiles(_ saved: Set<SavedFile>, tokens: [Token], bytes: [UInt8]) -> Set<SavedFile> {
    let variables = Set(saved.filter(\.isVariable).map(\.name))
    guard !variables.isEmpty else { return [] }
    var functions = Set<String>()
    var current: String?
    for k in tokens.indices where tokens[k].kind == .word {
      let r = tokens[k].range
      // `def name(` in Python, `function name(` (async or not) in JavaScript.
      if ByteText.equals(r, "def", in: bytes) || ByteText.equals(r, "function", in: bytes), k + 1 < tokens.count, tokens[k + 1].kind == .word {
        current = ByteText.string(tokens[k + 1].range, in: bytes)
      } else if ByteText.equals(r, "return", in: bytes), let name = current, k + 1 < tokens.count, tokens[k + 1].kind == .word,
        variables.contains(ByteText.string(tokens[k + 1].range, in: bytes))
      {
        functions.insert(name)
      }
    }
    guard !functions.isEmpty else { return [] }
    var result = Set<SavedFile>()
    // `x = helper(`: word, `=`, the function's name, `(`; JavaScript's `x = await helper(` too.
    for k in tokens.indices.dropLast(3) where tokens[k].kind == .word {
      guard tokens[k + 1].kind == .op, ByteText.equals(tokens[k + 1].range, "=", in: bytes) else { continue }
      var callee = k + 2
      if tokens[callee].kind == .word, ByteText.equals(tokens[callee].range, "await", in: bytes) { callee += 1 }
      guard callee + 1 < tokens.count, tokens[callee].kind == .word,
        tokens[callee + 1].kind == .op, ByteText.equals(tokens[callee + 1].range, "(", in: bytes),
        functions.contains(ByteText.string(tokens[callee].range, in: bytes))
      else { continue }
      result.insert(SavedFile(name: ByteText.string(tokens[k].range, in: bytes), isVariable: true))
    }
    return result
  }

  /// The file an argument names: a variable, or the last path component of a literal.
  static func savedFile(
    _ arg: CodeCall.Argument?, _ tokens: [Token], _ bytes: [UInt8], _ language: Language, skippingKeyword: Bool = false
  ) -> SavedFile? {
    guard let arg else { return nil }
    var range = arg.tokens
    // `out=path`: the keyword argument's value.
    if skippingKeyword, range.count == 3, range.lowerBound + 1 < tokens.count, tokens[range.lowerBound].kind == .word,
      tokens[range.lowerBound + 1].kind == .op, ByteText.equals(tokens[range.lowerBound + 1].range, "=", in: bytes)
    {
      range = (range.lowerBound + 2)..<range.upperBound
    }
    guard range.count == 1, range.lowerBound < tokens.count else { return nil }
    let token = tokens[range.lowerBound]
    if token.kind == .word { return SavedFile(name: ByteText.string(token.range, in: bytes), isVariable: true) }
    guard token.kind == .string else { return nil }
    let value = StringLiteral.value(of: token, in: bytes, language: language)
    guard let last = value.split(separator: "/").last, !last.isEmpty else { return nil }
    return SavedFile(name: String(last), isVariable: false)
  }

  static func singleString(_ arg: CodeCall.Argument, _ tokens: [Token], _ bytes: [UInt8], _ language: Language) -> String? {
    guard arg.tokens.count == 1, arg.tokens.lowerBound < tokens.count, tokens[arg.tokens.lowerBound].kind == .string else { return nil }
    return StringLiteral.value(of: tokens[arg.tokens.lowerBound], in: bytes, language: language)
  }

  /// The saved file a process call runs as its program: the command's first word
  /// (`["./" + path]`, `[path, "--x"]`, `"./payload"`, `f"./{path}"`), or the operand of an
  /// interpreter (`["bash", path]`). A saved file passed as an argument (`["jq", ".", path]`) is
  /// data.
  static func runsSavedFile(_ call: CodeCall, _ saved: Set<SavedFile>, tokens: [Token], bytes: [UInt8], language: Language) -> SavedFile? {
    guard !saved.isEmpty, let first = call.arguments.first else { return nil }
    // The command's words: the list's elements, or the one argument.
    var words: [Range<Int>] = []
    var k = first.tokens.lowerBound
    let end = min(first.tokens.upperBound, tokens.count)
    let isList = k < end && tokens[k].kind == .op && (ByteText.equals(tokens[k].range, "[", in: bytes) || ByteText.equals(tokens[k].range, "(", in: bytes))
    if isList { k += 1 }
    var start = k
    while k < end, words.count < 2 {
      if tokens[k].kind == .op, ByteText.equals(tokens[k].range, ",", in: bytes) || (isList && k == end - 1) {
        words.append(start..<k)
        start = k + 1
      }
      k += 1
    }
    if words.count < 2, start < end { words.append(start..<end) }
    /// The saved file a command word starts with: `path`, `"./payload"`, `"./" + path`,
    /// `f"./{path}"`. Only the word's first token (or a directory prefix joined to it)
    /// counts: `"ffmpeg … ${out}"` mentions a file, it does not run it.
    func names(_ word: Range<Int>) -> SavedFile? {
      guard let i = word.first, i < tokens.count else { return nil }
      let t = tokens[i]
      if t.kind == .word {
        let w = ByteText.string(t.range, in: bytes)
        return saved.first { $0.isVariable && $0.name == w }
      }
      guard t.kind == .string else { return nil }
      let value = StringLiteral.value(of: t, in: bytes, language: language)
      // `"./" + path`, `os.path.join(dir, name)` aside: a directory literal joined to a variable.
      if value.hasSuffix("/"), i + 2 < word.upperBound, tokens[i + 1].kind == .op,
        ByteText.equals(tokens[i + 1].range, "+", in: bytes), tokens[i + 2].kind == .word
      {
        let w = ByteText.string(tokens[i + 2].range, in: bytes)
        return saved.first { $0.isVariable && $0.name == w }
      }
      let program = value.split(separator: " ").first.map(String.init) ?? value
      for file in saved {
        if !file.isVariable, program == file.name || program.hasSuffix("/" + file.name) { return file }
        if file.isVariable, ["{\(file.name)}", "./{\(file.name)}", "${\(file.name)}", "./${\(file.name)}"].contains(program) { return file }
      }
      return nil
    }
    guard let program = words.first else { return nil }
    if let hit = names(program) { return hit }
    // `["bash", path]`, `"python3 " + path`: an interpreter runs the file.
    if let head = program.first, head < tokens.count, tokens[head].kind == .string,
      let interpreter = StringLiteral.value(of: tokens[head], in: bytes, language: language).split(separator: " ").first,
      interpreters.contains(String(interpreter.split(separator: "/").last ?? interpreter))
    {
      if words.count > 1, let hit = names(words[1]) { return hit }
      // `execFileSync("bash", [path])`, `spawn("python3", [path])`: the operand list follows.
      if !isList, call.arguments.count > 1 {
        let list = call.arguments[1].tokens
        var first = list.lowerBound
        if first < list.upperBound, first < tokens.count, tokens[first].kind == .op, ByteText.equals(tokens[first].range, "[", in: bytes) {
          first += 1
        }
        if first < list.upperBound, let hit = names(first..<list.upperBound) { return hit }
      }
      // `"python3 " + path`: the interpreter string, `+`, then the file.
      if !isList, program.count >= 3, let hit = names((program.lowerBound + 2)..<program.upperBound) { return hit }
    }
    return nil
  }
}
