import SkillScanCore

/// Environment harvesting in scripts of languages SkillScan does not lex (Go, Ruby, Perl,
/// PHP, Java, Rust …): the whole environment enumerated (`os.Environ()`, `ENV.each`,
/// `keys %ENV`, `getenv()`, `System.getenv()`, `std::env::vars()`) and filtered for secret
/// names (`TOKEN`, `SECRET`, `PASSWORD`, `_KEY`), read as words on bytes.
///
/// A script that then sends anything over the network nearby (an HTTP client, a DNS lookup,
/// a socket) completes the chain: no honest tool needs every secret-named variable it can
/// find and a network call next to it. A filter that masks the values it finds (`redact`,
/// `mask`, `***`) is a log scrubber, not a harvest.
extension EnvironmentHarvestingRule {
  struct OtherScriptHarvest {
    var range: Range<Int>
    var sends: Bool
    /// The whole environment, unfiltered, copied into data the script sends.
    var bulk = false
  }

  /// Bytes after an enumeration read for its filter.
  static let otherFilterReach = 400
  /// Bytes around an enumeration read for a network send.
  static let otherSendReach = 3_000

  static let otherEnumerationWords = [
    "os.environ()", "env.each", "env.select", "env.filter", "env.to_h", "env.to_a", "env.keys", "env.map", "env.find_all",
    "%env", "$_env", "getenv()", "system.getenv()", "env::vars()", "env::vars_os()", "getenvironmentvariables()",
  ]
  static let otherEnumerations = KeywordFilter(keywords: otherEnumerationWords)
  static let otherEnumerationLengths = otherEnumerationWords.map(\.utf8.count)
  static let otherSecretMarkers: [[UInt8]] = ["token", "secret", "password", "passwd", "_key", "credential"].map { Array($0.utf8) }
  static let otherMaskWords = KeywordFilter(keywords: ["redact", "mask", "***", "scrub", "sanitiz", "sanitis", "censor"])
  static let otherSends = KeywordFilter(keywords: [
    "lookuphost(", "lookuptxt(", "lookupip(", "lookupaddr(", "lookupcname(", "http.post", "http.newrequest", "http.get(",
    "net::http", "httparty", "faraday", "restclient", "lwp::useragent", "http::tiny", "curl_exec", "curl_init",
    "file_get_contents(\"http", "file_get_contents('http", "resolv", "gethostbyname", "net.dial", "tcpsocket",
    "io::socket", "fsockopen", "urlopen", "reqwest", "httpclient", "urlsession",
    // Go's client methods, PHP's stream POST and WordPress's HTTP API.
    "client.post(", "client.do(", "postform(", "stream_context_create", "wp_remote_post", "wp_remote_request",
  ])

  /// The first secret-filtered enumeration of the environment in a script of a language
  /// without a lexer, and whether a network send stands near it; nil for any other file.
  static func otherScriptHarvest(_ file: AnalyzedFile) -> OtherScriptHarvest? {
    guard file.source.kind == .script, file.source.language == .text else { return nil }
    let bytes = file.bytes
    var found: OtherScriptHarvest?
    // An enumeration within half a window of the last one read is covered by that read
    // (which looks half a window further): a file of enumerations costs two reads per byte.
    var nextRead = 0
    // Each bulk-copy check reads up to a send window; a file of enumerations pays for a
    // bounded number of them.
    var bulkChecks = 0
    otherEnumerations.forEachPosition(in: bytes) { keyword, end in
      let start = end - otherEnumerationLengths[keyword]
      let near = max(0, end - otherSendReach)..<min(bytes.count, end + otherSendReach)
      if end >= nextRead {
        nextRead = end + otherFilterReach / 2
        let filter = end..<min(bytes.count, end + otherFilterReach + otherFilterReach / 2)
        let lowered = bytes[filter].map(KeywordFilter.fold)
        if otherSecretMarkers.filter({ ByteSearch.contains(lowered, $0) }).count >= 2, !otherMaskWords.occurs(in: bytes, range: filter) {
          found = OtherScriptHarvest(range: start..<OtherScriptText.lineEnd(end, bytes), sends: otherSends.occurs(in: bytes, range: near))
          return false
        }
      }
      guard bulkChecks < maxBulkChecks else { return true }
      bulkChecks += 1
      if otherSends.occurs(in: bytes, range: near), bulkCopySent(start, end, bytes) {
        found = OtherScriptHarvest(range: start..<OtherScriptText.lineEnd(end, bytes), sends: true, bulk: true)
        return false
      }
      return true
    }
    return found ?? otherNamedListHarvest(bytes)
  }

  /// Calls that read one environment variable, folded, up to the opening parenthesis or
  /// bracket.
  static let otherGetenvWords = [
    "os.getenv(", "getenv(", "env::var(", "system.getenv(", "getenvironmentvariable(", "env.fetch(", "env[", "$env{",
    "os.lookupenv(", "std::env::var(",
  ]
  static let otherGetenv = KeywordFilter(keywords: otherGetenvWords)
  /// Bytes before a variable lookup read for the list of names it loops over.
  static let otherListReach = 600

  /// A lookup of environment variables by a loop variable (`os.Getenv(k)`, `ENV[name]`)
  /// after a list literal of at least three secret-like names (`"AWS_SECRET_ACCESS_KEY",
  /// "GITHUB_TOKEN", "NPM_TOKEN"`): a harvest by name list. At most ``maxBulkChecks`` lookups
  /// are examined.
  static func otherNamedListHarvest(_ bytes: [UInt8]) -> OtherScriptHarvest? {
    var found: OtherScriptHarvest?
    var checks = 0
    otherGetenv.forEachPosition(in: bytes) { keyword, end in
      // A literal argument names one variable: `os.Getenv("HOME")`.
      var i = end
      while i < bytes.count, bytes[i] == 0x20 { i += 1 }
      guard i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x27, bytes[i] != 0x3A else { return true }
      guard checks < maxBulkChecks else { return false }
      checks += 1
      let start = end - otherGetenvWords[keyword].utf8.count
      guard secretNames(in: max(0, start - otherListReach)..<start, bytes) >= 3 else { return true }
      let near = max(0, end - otherSendReach)..<min(bytes.count, end + otherSendReach)
      found = OtherScriptHarvest(range: start..<OtherScriptText.lineEnd(end, bytes), sends: otherSends.occurs(in: bytes, range: near))
      return false
    }
    return found
  }

  /// Distinct quoted upper-case names in `range` that name secrets (`…TOKEN`, `…SECRET…`,
  /// `…_KEY`, `…PASSWORD`, `DATABASE_URL`), counted up to 8.
  static func secretNames(in range: Range<Int>, _ bytes: [UInt8]) -> Int {
    var names = Set<[UInt8]>()
    var i = range.lowerBound
    while i < range.upperBound, names.count < 8 {
      guard bytes[i] == 0x22 || bytes[i] == 0x27 else {
        i += 1
        continue
      }
      var j = i + 1
      while j < range.upperBound, j - i <= 64, (bytes[j] >= 0x41 && bytes[j] <= 0x5A) || (bytes[j] >= 0x30 && bytes[j] <= 0x39) || bytes[j] == 0x5F { j += 1 }
      if j < range.upperBound, bytes[j] == bytes[i], j - i > 3 {
        let name = Array(bytes[(i + 1)..<j])
        if secretNameMarkers.contains(where: { ByteSearch.contains(name, $0) }) { names.insert(name) }
        i = j + 1
      } else {
        i += 1
      }
    }
    return names.count
  }

  static let secretNameMarkers: [[UInt8]] = ["TOKEN", "SECRET", "_KEY", "PASSWORD", "PASSWD", "DATABASE_URL", "CREDENTIAL"].map { Array($0.utf8) }

  /// Enumerations of one file checked for a whole-environment copy.
  static let maxBulkChecks = 64

  /// Words on an enumeration's line that hand the environment to a child process
  /// (`cmd.Env = append(os.Environ(), …)`, `system(ENV.to_h, …)`): passed on, not collected.
  static let childProcessWords: [[UInt8]] = [
    "exec", "spawn", "popen", "system(", "cmd.", ".env =", ".env=", "env:", "append(", "command(", "process",
  ].map { Array($0.utf8) }

  /// Words on a line that put a collection into data being sent or serialised.
  static let payloadWords: [[UInt8]] = [
    "marshal", "json", "encode", "body", "payload", "post", "data", "send", "upload", "query", "form",
  ].map { Array($0.utf8) }

  /// Whether the environment enumerated at `start..<end` is copied whole into a collection
  /// (named on the enumeration's line, `env := ENV.to_h`, or filled in the loop after it,
  /// `envMap[k] = v`) that a later line puts into data being sent or serialised
  /// (`"env": envMap`, `json.Marshal(envMap)`). Bounded: the loop is read for
  /// ``otherFilterReach`` bytes and the use for ``otherSendReach``.
  static func bulkCopySent(_ start: Int, _ end: Int, _ bytes: [UInt8]) -> Bool {
    let line = OtherScriptText.line(start, bytes)
    let lowered = bytes[line].map(KeywordFilter.fold)
    guard !childProcessWords.contains(where: { ByteSearch.contains(lowered, $0) }) else { return false }
    guard let (name, from) = collector(assignedBefore: start, on: line, bytes) ?? collector(filledAfter: line.upperBound, bytes) else {
      return false
    }
    var at = from
    let stop = min(bytes.count, end + otherSendReach)
    while at < stop {
      let next = OtherScriptText.line(at, bytes)
      defer { at = next.upperBound + 1 }
      guard !next.isEmpty, OtherScriptText.holdsWord(name, bytes, next), !OtherScriptText.isCommentLine(next, bytes) else { continue }
      let words = bytes[next].map(KeywordFilter.fold)
      if payloadWords.contains(where: { ByteSearch.contains(words, $0) }) || ByteSearch.contains(words, Array("\":".utf8)) {
        return true
      }
    }
    return false
  }

  /// `NAME =`, `NAME :=`, `my %NAME =` or `$NAME =` right before the enumeration at `start`;
  /// the name and where to look for its use (the next line).
  static func collector(assignedBefore start: Int, on line: Range<Int>, _ bytes: [UInt8]) -> ([UInt8], Int)? {
    var i = start - 1
    while i > line.lowerBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
    guard i > line.lowerBound, bytes[i] == 0x3D, bytes[i - 1] != 0x3D, bytes[i - 1] != 0x21 else { return nil }
    i -= 1
    if bytes[i] == 0x3A { i -= 1 }
    while i > line.lowerBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
    let nameEnd = i + 1
    while i >= line.lowerBound, OtherScriptText.isWordByte(bytes[i]) { i -= 1 }
    let name = Array(bytes[(i + 1)..<nameEnd])
    return name.count >= 2 ? (name, line.upperBound) : nil
  }

  /// The collection a loop after the enumeration fills: the first line within
  /// ``otherFilterReach`` bytes that starts with `NAME[` and assigns (`NAME[k] = v`), or
  /// calls `NAME.push(`, `NAME.append(`, `NAME.insert(`, `NAME.put(`, `NAME <<`.
  static func collector(filledAfter from: Int, _ bytes: [UInt8]) -> ([UInt8], Int)? {
    var at = from + 1
    let stop = min(bytes.count, from + otherFilterReach)
    while at < stop {
      let line = OtherScriptText.line(at, bytes)
      defer { at = line.upperBound + 1 }
      var i = line.lowerBound
      while i < line.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x24 || bytes[i] == 0x40 { i += 1 }
      let nameStart = i
      while i < line.upperBound, OtherScriptText.isWordByte(bytes[i]) { i += 1 }
      let name = Array(bytes[nameStart..<i])
      guard name.count >= 2 else { continue }
      let rest = bytes[i..<line.upperBound].map(KeywordFilter.fold)
      let fills = (rest.first == 0x5B && (ByteSearch.contains(rest, Array("] =".utf8)) || ByteSearch.contains(rest, Array("]=".utf8))))
        || [".push(", ".append(", ".insert(", ".put(", " <<", "{$"].contains { rest.starts(with: Array($0.utf8)) }
      if fills { return (name, line.upperBound) }
    }
    return nil
  }
}
