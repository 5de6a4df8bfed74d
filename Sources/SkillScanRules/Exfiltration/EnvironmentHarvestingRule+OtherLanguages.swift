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
    otherEnumerations.forEachPosition(in: bytes) { keyword, end in
      guard end >= nextRead else { return true }
      nextRead = end + otherFilterReach / 2
      let filter = end..<min(bytes.count, end + otherFilterReach + otherFilterReach / 2)
      let lowered = bytes[filter].map(KeywordFilter.fold)
      guard otherSecretMarkers.filter({ ByteSearch.contains(lowered, $0) }).count >= 2,
        !otherMaskWords.occurs(in: bytes, range: filter)
      else { return true }
      let start = end - otherEnumerationLengths[keyword]
      let near = max(0, end - otherSendReach)..<min(bytes.count, end + otherSendReach)
      found = OtherScriptHarvest(range: start..<OtherScriptText.lineEnd(end, bytes), sends: otherSends.occurs(in: bytes, range: near))
      return false
    }
    return found
  }
}
