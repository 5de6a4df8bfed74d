import SkillScanCore
import SkillScanLexers

/// Flow between a skill's own Python modules: one module reads a secret and returns it,
/// another imports it and hands the value to a third module's function that sends it.
///
/// Splitting the read and the send across files is how a multi-file stealer keeps each file
/// looking harmless to a per-file analysis. Modules that import one another (by file name:
/// `from collector import …`, `import helpers.net`) are joined into one component and
/// analysed as if they were one script, with the same bounded, name-based ``CodeFlow``. Only
/// hits whose source and sink sit in different files are kept: same-file hits are the
/// per-file analysis's. Modules that are never imported by a sibling are not joined, so two
/// unrelated scripts of a skill do not taint each other.
enum CrossModuleFlow {
  /// Files considered per skill, bytes per file and per joined component.
  static let maxFiles = 48
  static let maxFileBytes = 512 * 1024
  static let maxComponentBytes = 2 * 1024 * 1024

  /// Cross-module hits of `skill`, keyed by the path of the file holding the sink; the hit's
  /// ranges are offsets in that file (the source's range is left empty).
  static func hits(in skill: AnalyzedSkill) -> [String: [FlowHit]] {
    skill.cache.value(crossModuleSlot) { compute(skill).merging(stagedHits(in: skill)) { $0 + $1 } }
  }

  private static func compute(_ skill: AnalyzedSkill) -> [String: [FlowHit]] {
    let modules = skill.files.filter {
      $0.source.language == .python && $0.source.kind == .script && $0.bytes.count <= maxFileBytes
        && $0.path.lowercased().hasSuffix(".py")
    }.prefix(maxFiles)
    guard modules.count >= 2 else { return [:] }
    let files = Array(modules)
    var index: [String: Int] = [:]
    for (i, f) in files.enumerated() {
      let stem = String(f.source.name.dropLast(3))
      if stem != "__init__", !stem.isEmpty, index[stem] == nil { index[stem] = i }
    }
    // Union-find over "file i imports sibling module j".
    var parent = Array(files.indices)
    func root(_ i: Int) -> Int {
      var r = i
      while parent[r] != r { r = parent[r] }
      return r
    }
    var linked = false
    for (i, f) in files.enumerated() {
      for name in importedNames(f) {
        guard let j = index[name], j != i else { continue }
        parent[root(i)] = root(j)
        linked = true
      }
    }
    guard linked else { return [:] }
    var components: [Int: [Int]] = [:]
    for i in files.indices { components[root(i), default: []].append(i) }
    var result: [String: [FlowHit]] = [:]
    for members in components.values where members.count >= 2 {
      for hit in joinedHits(members.map { files[$0] }) { result[hit.file, default: []].append(hit.hit) }
    }
    return result
  }

  /// Words of every `import …` / `from … import …` statement: module path components and
  /// imported names (a sibling can be imported as a name of its package).
  static func importedNames(_ file: AnalyzedFile) -> Set<String> {
    let tokens = file.regions.first { $0.kind == .whole }?.tokens
      ?? LanguageLexer.tokenize(file.bytes, in: 0..<file.bytes.count, language: .python)
    var names = Set<String>()
    var atStart = true
    var inImport = false
    for t in tokens {
      switch t.kind {
      case .newline:
        atStart = true
        inImport = false
      case .comment:
        continue
      case .word:
        if atStart, ByteText.equals(t.range, "from", in: file.bytes) || ByteText.equals(t.range, "import", in: file.bytes) {
          inImport = true
        } else if inImport, names.count < 256 {
          names.insert(ByteText.string(t.range, in: file.bytes))
        }
        atStart = false
      default:
        atStart = false
      }
    }
    return names
  }

  /// The hits of one component whose source and sink are in different files.
  private static func joinedHits(_ members: [AnalyzedFile]) -> [(file: String, hit: FlowHit)] {
    var bytes: [UInt8] = []
    var starts: [Int] = []
    for f in members {
      guard bytes.count + f.bytes.count + 1 <= maxComponentBytes else { break }
      starts.append(bytes.count)
      bytes += f.bytes
      bytes.append(0x0A)
    }
    guard starts.count >= 2 else { return [] }
    var tokens: [Token] = []
    for (i, start) in starts.enumerated() {
      let end = i + 1 < starts.count ? starts[i + 1] : bytes.count
      tokens += LanguageLexer.tokenize(bytes, in: start..<end, language: .python)
    }
    let joined = AnalyzedFile(
      source: SourceFile(path: members[0].path, bytes: bytes, kind: .script, language: .python),
      regions: [Region(kind: .whole, language: .python, context: .code, range: 0..<bytes.count, tokens: tokens)])
    func member(at offset: Int) -> Int {
      var m = 0
      while m + 1 < starts.count, starts[m + 1] <= offset { m += 1 }
      return m
    }
    var result: [(file: String, hit: FlowHit)] = []
    var onlyAddress: String?? = nil
    for hit in CodeFlow.analyze(tokens: tokens, file: joined, language: .python) {
      let from = member(at: hit.source.range.lowerBound)
      let to = member(at: hit.sinkRange.lowerBound)
      guard from != to else { continue }
      var source = hit.source
      source.label += " (read in \(members[from].path))"
      source.range = 0..<0
      let base = starts[to]
      let sinkRange = (hit.sinkRange.lowerBound - base)..<(hit.sinkRange.upperBound - base)
      var host = hit.host
      var sinkName = hit.sinkName
      if host == nil, Self.sendsOverHTTP(sinkName) {
        // The client builds its URL from a setting another module defines
        // (`self.settings.service + path`): when the joined modules write one address and
        // no other, that address is where the send goes.
        if onlyAddress == nil { onlyAddress = .some(soleAddress(in: joined.bytes, tokens: tokens)) }
        if let address = onlyAddress ?? nil {
          host = address
          sinkName += " (address from the modules' only URL)"
        }
      }
      result.append((members[to].path, FlowHit(source: source, sinkRange: sinkRange, sinkName: sinkName, host: host)))
    }
    return result
  }

  /// Whether a sink is an HTTP client call, whose URL a written address can be: a socket's
  /// `sendall` or a subprocess goes wherever its own arguments say.
  static func sendsOverHTTP(_ sinkName: String) -> Bool {
    let name = sinkName.lowercased()
    return ["urlopen", "request", "requests.", "httpx.", "aiohttp", "http"].contains { name.contains($0) }
      || name.hasSuffix(".post") || name.hasSuffix(".put") || name.hasSuffix(".patch")
  }

  /// The host of every URL written in the string literals of `tokens`, when there is exactly
  /// one; nil when there is none or several (a help text's link makes the destination
  /// ambiguous, and then nothing is assumed), or when it is a local address.
  static func soleAddress(in bytes: [UInt8], tokens: [Token]) -> String? {
    var found: String?
    var literals = 0
    for token in tokens where token.kind == .string {
      literals += 1
      guard literals <= maxLiteralsForAddress else { return nil }
      for url in URLExtractor.urls(in: bytes, range: token.range, limit: 4) {
        if HostClassifier.classify(url) == .local { return nil }
        if let found, found != url.host { return nil }
        found = url.host
      }
    }
    return found
  }

  /// String literals read for ``soleAddress(in:tokens:)``: a component with more is a large
  /// program whose single address says less about where one send goes.
  static let maxLiteralsForAddress = 4_000
}

/// Where a skill's cross-module hits are cached.
private let crossModuleSlot = CacheSlot<[String: [FlowHit]]>("CrossModuleFlow.hits")
