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
    var result: [String: [FlowHit]] = [:]
    for language in [Language.python, .javascript] {
      result.merge(compute(skill, language: language)) { $0 + $1 }
    }
    return result
  }

  /// JavaScript and TypeScript file extensions a module is loaded from.
  static let scriptExtensions = [".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"]

  /// The module name a file is imported by: its file name without the extension (`registry`
  /// for `lib/registry.js`), nil for a package's index file.
  static func stem(_ file: AnalyzedFile, _ language: Language) -> String? {
    let name = file.source.name
    if language == .python {
      guard name.hasSuffix(".py") else { return nil }
      let stem = String(name.dropLast(3))
      return stem == "__init__" || stem.isEmpty ? nil : stem
    }
    guard let ext = scriptExtensions.first(where: { name.lowercased().hasSuffix($0) }) else { return nil }
    let stem = String(name.dropLast(ext.count))
    return stem == "index" || stem.isEmpty ? nil : stem
  }

  private static func compute(_ skill: AnalyzedSkill, language: Language) -> [String: [FlowHit]] {
    let modules = skill.files.filter {
      $0.source.language == language && $0.source.kind == .script && $0.bytes.count <= maxFileBytes
        && stem($0, language) != nil
    }.prefix(maxFiles)
    guard modules.count >= 2 else { return [:] }
    let files = Array(modules)
    var index: [String: Int] = [:]
    for (i, f) in files.enumerated() {
      if let stem = stem(f, language), index[stem] == nil { index[stem] = i }
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
      let names = language == .python ? importedNames(f) : JavaScriptModules.relativeImports(f).modules
      for name in names {
        guard let j = index[name], j != i else { continue }
        parent[root(i)] = root(j)
        linked = true
      }
    }
    guard linked else { return [:] }
    var components: [Int: [Int]] = [:]
    for i in files.indices { components[root(i), default: []].append(i) }
    var result: [String: [FlowHit]] = [:]
    for members in components.values.sorted(by: { $0[0] < $1[0] }) where members.count >= 2 {
      let joined = members.map { files[$0] }
      for hit in joinedHits(joined, language: language, configURLs: language == .javascript ? JavaScriptModules.configAddresses(of: joined, in: skill) : [])
      {
        result[hit.file, default: []].append(hit.hit)
      }
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
  private static func joinedHits(_ members: [AnalyzedFile], language: Language, configURLs: [String]) -> [(file: String, hit: FlowHit)] {
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
      tokens += LanguageLexer.tokenize(bytes, in: start..<end, language: language)
    }
    let joined = AnalyzedFile(
      source: SourceFile(path: members[0].path, bytes: bytes, kind: .script, language: language),
      regions: [Region(kind: .whole, language: language, context: .code, range: 0..<bytes.count, tokens: tokens)])
    func member(at offset: Int) -> Int {
      var m = 0
      while m + 1 < starts.count, starts[m + 1] <= offset { m += 1 }
      return m
    }
    var result: [(file: String, hit: FlowHit)] = []
    var onlyAddress: String?? = nil
    for hit in CodeFlow.analyze(tokens: tokens, file: joined, language: language) {
      let from = member(at: hit.source.range.lowerBound)
      let to = member(at: hit.sinkRange.lowerBound)
      guard from != to else { continue }
      if language == .javascript, !Self.keptAcrossJavaScriptModules(hit, sender: members[to]) { continue }
      var source = hit.source
      source.label += " (read in \(members[from].path))"
      source.range = 0..<0
      let base = starts[to]
      let sinkRange = (hit.sinkRange.lowerBound - base)..<(hit.sinkRange.upperBound - base)
      var host = hit.host
      var sinkName = hit.sinkName
      if host == nil, Self.sendsOverHTTP(sinkName) || language == .javascript && sinkName.hasSuffix(".end") {
        // The client builds its URL from a setting another module defines
        // (`self.settings.service + path`): when the joined modules write one address and
        // no other, that address is where the send goes. For JavaScript, the addresses of
        // the JSON settings the modules `require` count as written (`pkg.service.api`).
        if onlyAddress == nil { onlyAddress = .some(soleAddress(in: joined.bytes, tokens: tokens, extra: configURLs)) }
        if let address = onlyAddress ?? nil {
          host = address
          sinkName += " (address from the modules' only URL)"
        }
      }
      result.append((members[to].path, FlowHit(source: source, sinkRange: sinkRange, sinkName: sinkName, host: host)))
    }
    return result
  }

  /// Whether a JavaScript hit between two modules is kept: only a key or credential file
  /// (`~/.kube/config`, `~/.docker/config.json`, a wallet) read in one module and sent by
  /// another, and a stream's `.write`/`.end` only in a module that opens a connection.
  ///
  /// A Node application's `config.js` reads the environment and the agent's configuration
  /// for every other module, which authenticates its API calls with them: joined by name,
  /// each of those calls would read as the configuration flowing out, and a server's
  /// `res.end` as a send. A stealer split in two modules reads the user's stores instead.
  static func keptAcrossJavaScriptModules(_ hit: FlowHit, sender: AnalyzedFile) -> Bool {
    let label = hit.source.storeLabel
    guard FlowScanner.storeIssuers[label] != nil || FlowScanner.neverOwedStores.contains(label) else { return false }
    let name = hit.sinkName
    guard name.hasSuffix(".end") || name.hasSuffix(".write") else { return true }
    let b = sender.bytes
    return ["http.request", "https.request", "net.connect", "createConnection"].contains { ByteText.contains(0..<b.count, $0, in: b) }
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
  static func soleAddress(in bytes: [UInt8], tokens: [Token], extra: [String] = []) -> String? {
    var found: String?
    for host in extra {
      if let found, found != host { return nil }
      found = host
    }
    var literals = 0
    for token in tokens where token.kind == .string {
      literals += 1
      guard literals <= maxLiteralsForAddress else { return nil }
      for url in URLExtractor.urls(in: bytes, range: token.range, limit: 4) where !isSchemaReference(url, bytes) {
        if HostClassifier.classify(url) == .local { return nil }
        if let found, found != url.host { return nil }
        found = url.host
      }
    }
    return found
  }

  /// A document type or schema an embedded XML text names (`<!DOCTYPE plist … "http://www.apple.com/DTDs/PropertyList-1.0.dtd">`,
  /// `xmlns="http://www.w3.org/…"`): an identifier, never where data is sent.
  static func isSchemaReference(_ url: FoundURL, _ bytes: [UInt8]) -> Bool {
    let text = url.path.lowercased()
    if text.hasSuffix(".dtd") || text.hasSuffix(".xsd") || url.host.lowercased() == "www.w3.org" { return true }
    let before = bytes[max(0, url.range.lowerBound - 8)..<url.range.lowerBound]
    return ByteSearch.contains(Array(before), Array("xmlns".utf8))
  }

  /// String literals read for ``soleAddress(in:tokens:)``: a component with more is a large
  /// program whose single address says less about where one send goes.
  static let maxLiteralsForAddress = 4_000
}

/// Where a skill's cross-module hits are cached.
private let crossModuleSlot = CacheSlot<[String: [FlowHit]]>("CrossModuleFlow.hits")
