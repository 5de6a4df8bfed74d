import SkillScanCore
import SkillScanLexers

/// A skill's code doing exactly what the skill explicitly says it never does: sending data
/// over the network after "no network access", deleting or overwriting the user's files after
/// "read-only" / "does not modify any files".
///
/// The claim is what earns trust (a reviewer or an agent reads it and skips the code), so a
/// claim contradicted by a sensitive behaviour is deception, not a documentation slip. Only
/// the behaviour the claim denies counts: a "no network" skill that deletes files, or a
/// "read-only" skill that posts, is left to the other rules.
enum ClaimContradiction {
  struct Behaviour: Sendable {
    var kind: StatedClaims.Kind
    var file: String
    var range: Range<Int>
    /// `requests.post`, `os.remove` …
    var what: String
    /// For code fenced in Markdown, the fence: only a claim inside it counts.
    var fence: Range<Int>? = nil
    /// The enclosing function (index into the file's statements), -1 at module level.
    var scope: Int = -1
    /// A send whose URL is a literal remote address (not loopback, not configured).
    var literalRemote: Bool = false
  }

  /// Deleting, moving away or truncating files.
  static let deletions: Set<String> = [
    "os.remove", "os.unlink", "os.rmdir", "os.removedirs", "shutil.rmtree", "shutil.move",
    "fs.unlinksync", "fs.rmsync", "fs.rmdirsync", "fs.unlink", "fs.rm", "fs.promises.rm",
    "fs.promises.unlink",
  ]

  /// The behaviours in `skill`'s own scripts (not tests or fixtures).
  static func behaviours(in skill: AnalyzedSkill) -> [Behaviour] {
    skill.cache.value(behavioursSlot) {
      var result: [Behaviour] = []
      if let md = skill.skillFile {
        for region in md.regions.prefix(256) where region.kind == .fencedCode && !region.tokens.isEmpty
          && (region.language == .python || region.language == .javascript)
        {
          result += behaviours(in: md, tokens: region.tokens, language: region.language).map {
            var b = $0
            b.fence = region.range
            return b
          }
        }
      }
      for file in skill.files.prefix(64) where file.source.kind == .script && !file.source.isFixturePath {
        let language = file.source.language
        guard language == .python || language == .javascript,
          !isTestFile(file.source.lowercasedName),
          let region = file.regions.first(where: { $0.kind == .whole }), !region.tokens.isEmpty
        else { continue }
        result += behaviours(in: file, tokens: region.tokens, language: language)
      }
      return result
    }
  }

  static func behaviours(in file: AnalyzedFile, tokens: [Token], language: Language) -> [Behaviour] {
    let calls = file.codeCalls(tokens, language: language)
    let s = file.flowFacts(tokens, language: language).statements
    var result: [Behaviour] = []
    var readPaths = Set<String>()
    for call in calls where call.baseName == "open" && language == .python {
      if mode(of: call, s) == nil, let first = call.arguments.first, first.tokens.count == 1 {
        readPaths.insert(s.text(first.tokens.lowerBound))
      }
    }
    // Only the files the skill is given: the first argument is a parameter of the enclosing
    // function (a skill rewriting its own data store or cache is not what the claim denies).
    func onParameter(_ call: CodeCall) -> Bool {
      guard let first = call.arguments.first, first.tokens.count == 1, call.openParen < s.scopeOfToken.count else { return false }
      let scope = Int(s.scopeOfToken[call.openParen])
      return scope >= 0 && s.functions[scope].params.contains(s.text(first.tokens.lowerBound))
    }
    for call in calls {
      let callee = call.callee.lowercased()
      let scope = call.openParen < s.scopeOfToken.count ? Int(s.scopeOfToken[call.openParen]) : -1
      if deletions.contains(callee) && onParameter(call) {
        result.append(Behaviour(kind: .noModification, file: file.path, range: call.range, what: call.callee, scope: scope))
      } else if language == .python, callee == "open", let m = mode(of: call, s), m.hasPrefix("w"),
        let first = call.arguments.first, first.tokens.count == 1, readPaths.contains(s.text(first.tokens.lowerBound)),
        onParameter(call)
      {
        // The file it just read, rewritten in place.
        result.append(Behaviour(kind: .noModification, file: file.path, range: call.range, what: "open(…, \"\(m)\")", scope: scope))
      } else if let name = CodeFlowSinks.sinkName(call, s, language: language, streams: false),
        sendsData(call, s)
      {
        result.append(
          Behaviour(
            kind: .noNetwork, file: file.path, range: call.range, what: name, scope: scope,
            literalRemote: literalRemoteURL(call, s, language: language)))
      }
    }
    return result
  }

  /// `test_x.py`, `x_test.py`, `x.test.js`, `x.spec.ts`: tests exercise behaviour on purpose.
  static func isTestFile(_ name: String) -> Bool {
    name.hasPrefix("test_") || name.hasSuffix("_test.py") || name.contains(".test.") || name.contains(".spec.")
  }

  /// The literal mode of a Python `open` call (nil when it reads).
  static func mode(of call: CodeCall, _ s: CodeFlowStatements) -> String? {
    let arg = call.arguments.first { $0.keyword == "mode" } ?? (call.arguments.count >= 2 && call.arguments[1].keyword == nil ? call.arguments[1] : nil)
    guard let arg, arg.tokens.count == 1, s.tokens[arg.tokens.lowerBound].kind == .string else { return nil }
    let text = StringLiteral.value(of: s.tokens[arg.tokens.lowerBound], in: s.bytes, language: .python)
    return text.hasPrefix("r") || text.isEmpty ? nil : text
  }

  /// The call's first argument is a literal `http(s)://` URL to a host other than this
  /// machine: the author fixed where the data goes (a URL from configuration or an argument
  /// is the user's choice).
  static func literalRemoteURL(_ call: CodeCall, _ s: CodeFlowStatements, language: Language) -> Bool {
    guard let token = call.stringArgument(0, tokens: s.tokens) else { return false }
    let url = StringLiteral.value(of: token, in: s.bytes, language: language).lowercased()
    guard let scheme = ["https://", "http://"].first(where: { url.hasPrefix($0) }) else { return false }
    let host = url.dropFirst(scheme.count).prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "{" && $0 != "$" }
    guard !host.isEmpty, host.contains(".") else { return false }
    return !(host == "localhost" || host.hasPrefix("127.") || host == "0.0.0.0" || host.hasSuffix(".local")
      || host.hasSuffix(".localhost"))
  }

  /// A payload argument built from a variable (not headers, not only literals): the call
  /// sends the skill's data, not a fixed probe.
  static func sendsData(_ call: CodeCall, _ s: CodeFlowStatements) -> Bool {
    for arg in call.arguments where !CodeFlow.authKeywords.contains(arg.keyword ?? "") {
      for k in arg.tokens where s.tokens[k].kind == .word && !s.isOp(k + 1, "=") && !s.isOp(k + 1, ":") {
        let word = s.text(k)
        if !["True", "False", "None", "true", "false", "null"].contains(word), !s.isOp(k - 1, ".") { return true }
      }
    }
    return false
  }

  /// Reports each behaviour of `kind` that a claim of the same kind denies.
  ///
  /// Most contradictions on the registry snapshot were careless wording: "runs entirely
  /// offline" beside an optional upload to a server the user configures, a claim about one
  /// function read as the skill's. Those stay high findings without a chain (`suspicious`).
  /// A contradiction is a `deception` chain only when the claim is authoritative for the
  /// behaviour (``ScopedClaims``: where the skill states its purpose, or the script's module docstring or same function) and, for a send, the author fixed the remote
  /// host in the code: then the false statement and the hidden behaviour are the same
  /// author's doing.
  static func report(_ kind: StatedClaims.Kind, skill: AnalyzedSkill, into sink: inout FindingSink) {
    // Claims are rare and cheap to find; behaviours need every call of every script. Look for
    // behaviours only when some claim of this kind exists (a SKILL.md too large for the
    // skill-wide claim pass is read fence by fence below).
    let skillWide = StatedClaims.claims(in: skill).first { $0.kind == kind }
    let largeSkillFile = (skill.skillFile?.bytes.count ?? 0) > 1 << 20
    guard skillWide != nil || largeSkillFile else { return }
    let found = behaviours(in: skill).filter { $0.kind == kind }
    guard !found.isEmpty else { return }
    for behaviour in found {
      guard let file = skill.files.first(where: { $0.path == behaviour.file }) else { continue }
      // Fenced code is documentation as much as code: only the fence's own claim counts.
      if let fence = behaviour.fence {
        guard let claim = StatedClaims.claims(in: file, range: fence).first(where: { $0.kind == kind }) else { continue }
        sink.report(message(claim, behaviour), in: file, at: behaviour.range)
        continue
      }
      let authoritative = authoritativeClaim(kind, for: behaviour, in: skill)
      guard let claim = authoritative ?? skillWide else { continue }
      let deceptive = authoritative != nil && (kind != .noNetwork || behaviour.literalRemote)
      sink.report(
        message(claim, behaviour) + (deceptive ? "; the claim speaks for this code, which hides the behaviour" : ""),
        in: file, at: behaviour.range, chain: deceptive ? .deception : nil)
    }
  }

  static func message(_ claim: StatedClaims.Claim, _ behaviour: Behaviour) -> String {
    "the skill states \"\(claim.phrase)\" (\(claim.file):\(claim.line)) but \(behaviour.what) here does it"
  }

  /// The first claim of `kind` that speaks for `behaviour`'s code.
  static func authoritativeClaim(_ kind: StatedClaims.Kind, for behaviour: Behaviour, in skill: AnalyzedSkill) -> StatedClaims.Claim? {
    if let md = skill.skillFile, let claim = ScopedClaims.of(md, kind, skill: skill).purpose { return claim }
    guard let own = skill.files.first(where: { $0.path == behaviour.file }), own.path != skill.skillFile?.path else { return nil }
    let scoped = ScopedClaims.of(own, kind, skill: skill)
    return scoped.module ?? (behaviour.scope >= 0 ? scoped.byScope[behaviour.scope] : nil)
  }
}

/// A file's claims of one kind sorted by how far they reach, in one pass: a file with many
/// claims and many behaviours stays linear.
struct ScopedClaims: Sendable {
  /// In `SKILL.md`: the first claim where the skill states its purpose.
  var purpose: StatedClaims.Claim?
  /// In a script: the first claim in its module docstring or header comments.
  var module: StatedClaims.Claim?
  /// In a script: the first claim inside each function.
  var byScope: [Int: StatedClaims.Claim] = [:]

  static func of(_ file: AnalyzedFile, _ kind: StatedClaims.Kind, skill: AnalyzedSkill) -> ScopedClaims {
    file.cache.value(kind == .noNetwork ? noNetworkClaimsSlot : noModificationClaimsSlot) {
      var result = ScopedClaims()
      let claims = StatedClaims.occurrences(in: file).filter { $0.kind == kind }
      guard !claims.isEmpty else { return result }
      if file.path == skill.skillFile?.path {
        result.purpose = claims.first { StatedPurpose.contains($0.offset, in: file) }
        return result
      }
      let language = file.source.language
      guard language == .python || language == .javascript,
        let region = file.regions.first(where: { $0.kind == .whole }), !region.tokens.isEmpty
      else { return result }
      let s = file.flowFacts(region.tokens, language: language).statements
      for claim in claims {
        if result.module == nil, CodeScope.isModuleDocstring(claim.offset, s) { result.module = claim }
        let scope = CodeScope.scope(of: claim.offset, s)
        if scope >= 0, result.byScope[scope] == nil { result.byScope[scope] = claim }
      }
      return result
    }
  }
}

/// Which function a byte of a script (a docstring, a comment) belongs to.
enum CodeScope {
  /// Index of the token holding or following `offset`.
  static func tokenIndex(_ offset: Int, _ s: CodeFlowStatements) -> Int {
    var lo = 0
    var hi = s.tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if s.tokens[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The function whose body holds `offset`: the scope of the code on both sides of it (a
  /// comment line belongs to no statement of its own), or -1.
  static func scope(of offset: Int, _ s: CodeFlowStatements) -> Int {
    let k = tokenIndex(offset, s)
    guard k < s.tokens.count else { return -1 }
    if s.significant(k), s.scopeOfToken[k] >= 0 { return Int(s.scopeOfToken[k]) }
    var before = k - 1
    while before >= 0, !s.significant(before) { before -= 1 }
    var after = k + 1
    while after < s.tokens.count, !s.significant(after) { after += 1 }
    guard before >= 0, after < s.tokens.count, s.scopeOfToken[before] == s.scopeOfToken[after] else { return -1 }
    return Int(s.scopeOfToken[before])
  }

  /// Whether `offset` lies in the script's module docstring (its first statement, a string)
  /// or in the comments before any code.
  static func isModuleDocstring(_ offset: Int, _ s: CodeFlowStatements) -> Bool {
    var k = 0
    while k < s.tokens.count, !s.significant(k) { k += 1 }
    guard k < s.tokens.count else { return false }
    if offset < s.tokens[k].range.lowerBound { return true }
    return s.tokens[k].kind == .string && s.tokens[k].range.contains(offset)
  }
}

/// Where a skill's script behaviours and a file's scoped claims of each kind are cached.
private let behavioursSlot = CacheSlot<[ClaimContradiction.Behaviour]>("ClaimContradiction.behaviours")
private let noNetworkClaimsSlot = CacheSlot<ScopedClaims>("ScopedClaims.noNetwork")
private let noModificationClaimsSlot = CacheSlot<ScopedClaims>("ScopedClaims.noModification")
