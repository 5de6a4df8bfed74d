import SkillScanCore

/// Download→execute in scripts without a lexer (Ruby, PHP, Perl, Lua, Go): a variable assigned
/// from an HTTP fetch is evaluated (`eval(body)`), or written to a file that is then evaluated,
/// loaded or run (`File.write(CACHE, body)` … `TOPLEVEL_BINDING.eval(File.read(CACHE))`).
///
/// A "template pack" or "plugin" refreshed from a server and evaluated is code the reviewer
/// never saw, replaced whenever the server likes (taxonomy.md SC2, §5.12). Read as lines on
/// bytes: a fetch line's assigned name, then at most ``reach`` lines after it for a call that
/// runs that name, or writes it to a file whose name a later line runs. At most
/// ``maxFetches`` fetch lines per file are followed.
enum ScriptFetchExecution {
  struct Hit {
    var range: Range<Int>
    var message: String
  }

  static let reach = 24
  static let maxFetches = 64

  static let fetches = KeywordFilter(keywords: [
    "net::http.get", "net::http.post", "uri.open(", "open-uri", "httparty.get", "faraday.get", "rest-client",
    "restclient.get", "file_get_contents('http", "file_get_contents(\"http", "curl_exec(", "wp_remote_get",
    "wp_remote_retrieve_body", "http.get(", "lwp::simple", "getstore(", "reqwest::get", "socket.http",
    "http.request(", "ioutil.readall(", "io.readall(",
  ])
  static let writes = KeywordFilter(keywords: [
    "file.write(", "file.open(", "file_put_contents(", "os.writefile(", "ioutil.writefile(", "fs::write(", "io.open(",
    "open(my", "fwrite(",
  ])
  static let runners = KeywordFilter(keywords: [
    "eval", "instance_eval", "class_eval", "module_eval", "load", "require", "require_relative", "include",
    "include_once", "require_once", "loadstring", "dofile", "loadfile", "system", "exec", "popen",
  ])
  /// Runners that may be members (`TOPLEVEL_BINDING.eval`, `obj.instance_eval`); `JSON.load`
  /// and `Open3.popen` read or run something else.
  static let memberRunners: Set<Int> = [0, 1, 2, 3]

  /// - Parameter lines: the file's line index (``SourceFile/lines``), built by the loader.
  static func find(in bytes: [UInt8], lines: LineIndex) -> [Hit] {
    var hits: [Hit] = []
    var followed = 0
    var lastLine = 0
    fetches.forEachPosition(in: bytes) { _, end in
      let line = lines.line(of: end - 1)
      guard line > lastLine else { return true }
      lastLine = line
      followed += 1
      let range = lines.range(ofLine: line, in: bytes)
      guard range.count <= 400, let name = assignedName(bytes, range) else { return followed < maxFetches }
      var written: [UInt8]?
      for next in line...min(lines.lineCount, line + reach) {
        let r = lines.range(ofLine: next, in: bytes)
        guard r.count <= 400 else { continue }
        if next > line, let at = runs(name, on: r, bytes) {
          hits.append(Hit(range: at..<r.upperBound, message: "runs code it downloaded (`\(String(decoding: name, as: UTF8.self))` is fetched over HTTP, then evaluated)"))
          break
        }
        if written == nil, writes.occurs(in: bytes, range: r), OtherScriptText.holdsWord(name, bytes, r), let path = firstArgument(bytes, r) {
          written = path
          continue
        }
        if let path = written, next > line, let at = runs(path, on: r, bytes) {
          hits.append(Hit(range: at..<r.upperBound, message: "runs code it downloaded (written to `\(String(decoding: path, as: UTF8.self))`, then loaded and run)"))
          break
        }
      }
      return hits.count < 4 && followed < maxFetches
    }
    return hits
  }

  /// Where line `r` calls a runner (a whole word, a call), if it also names `word` as a whole
  /// word: the runner's offset.
  static func runs(_ word: [UInt8], on r: Range<Int>, _ bytes: [UInt8]) -> Int? {
    guard OtherScriptText.holdsWord(word, bytes, r) else { return nil }
    var found: Int?
    bytes.withUnsafeBufferPointer { all in
      runners.forEachPosition(in: UnsafeBufferPointer(rebasing: all[r])) { keyword, end in
        let s = r.lowerBound + end - runnerLengths[keyword]
        let e = r.lowerBound + end
        let before: UInt8 = s > 0 ? bytes[s - 1] : 0x20
        guard !OtherScriptText.isWordByte(before), e < bytes.count, !OtherScriptText.isWordByte(bytes[e]) else { return true }
        if before == 0x2E || before == 0x3A, !memberRunners.contains(keyword) { return true }
        var i = e
        while i < r.upperBound, bytes[i] == 0x20 { i += 1 }
        // A call: `eval(…)`, `load path`, `require_relative x`, `include $f;`.
        if i < r.upperBound, bytes[i] == 0x28 || (i > e && (OtherScriptText.isWordByte(bytes[i]) || bytes[i] == 0x24 || bytes[i] == 0x22 || bytes[i] == 0x27)) {
          found = s
          return false
        }
        return true
      }
    }
    return found
  }

  static let runnerLengths = ["eval", "instance_eval", "class_eval", "module_eval", "load", "require", "require_relative", "include",
    "include_once", "require_once", "loadstring", "dofile", "loadfile", "system", "exec", "popen"].map(\.utf8.count)

  /// The name assigned on a line: `body = …`, `$body = …`, `my $body = …`, `local body = …`,
  /// `body := …`; sigils dropped.
  static func assignedName(_ bytes: [UInt8], _ r: Range<Int>) -> [UInt8]? {
    guard let eq = r.first(where: { k in
      bytes[k] == 0x3D && (k + 1 >= r.upperBound || bytes[k + 1] != 0x3D) && (k == r.lowerBound || ![0x3D, 0x21, 0x3C, 0x3E].contains(bytes[k - 1]))
    }) else { return nil }
    var end = eq
    while end > r.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x3A { end -= 1 }
    var start = end
    while start > r.lowerBound, OtherScriptText.isWordByte(bytes[start - 1]) { start -= 1 }
    return end - start >= 2 ? Array(bytes[start..<end]) : nil
  }

  /// The first identifier of a call's first argument on line `r`: `CACHE` of
  /// `File.write(CACHE, body)`, `path` of `file_put_contents($path, $body)`.
  static func firstArgument(_ bytes: [UInt8], _ r: Range<Int>) -> [UInt8]? {
    guard let open = r.first(where: { bytes[$0] == 0x28 }) else { return nil }
    var i = open + 1
    while i < r.upperBound, bytes[i] == 0x20 || bytes[i] == 0x24 { i += 1 }
    let start = i
    while i < r.upperBound, OtherScriptText.isWordByte(bytes[i]) { i += 1 }
    return i - start >= 2 ? Array(bytes[start..<i]) : nil
  }
}

extension CodeDownloadExecuteRule {
  /// Scripts without a lexer: fetch→run read on lines (``ScriptFetchExecution``).
  func checkUnlexedScript(_ file: AnalyzedFile, _ sink: inout FindingSink) {
    guard file.source.kind == .script else { return }
    for hit in ScriptFetchExecution.find(in: file.bytes, lines: file.source.lines) {
      sink.report(hit.message, in: file, at: hit.range, severity: .high, confidence: .high, chain: .downloadExecute)
    }
  }
}
