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
  }

  /// Deleting, moving away or truncating files.
  static let deletions: Set<String> = [
    "os.remove", "os.unlink", "os.rmdir", "os.removedirs", "shutil.rmtree", "shutil.move",
    "fs.unlinksync", "fs.rmsync", "fs.rmdirsync", "fs.unlink", "fs.rm", "fs.promises.rm",
    "fs.promises.unlink",
  ]

  /// The behaviours in `skill`'s own scripts (not tests or fixtures).
  static func behaviours(in skill: AnalyzedSkill) -> [Behaviour] {
    skill.cache.value("ClaimContradiction.behaviours") {
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
      if deletions.contains(callee) && onParameter(call) {
        result.append(Behaviour(kind: .noModification, file: file.path, range: call.range, what: call.callee))
      } else if language == .python, callee == "open", let m = mode(of: call, s), m.hasPrefix("w"),
        let first = call.arguments.first, first.tokens.count == 1, readPaths.contains(s.text(first.tokens.lowerBound)),
        onParameter(call)
      {
        // The file it just read, rewritten in place.
        result.append(Behaviour(kind: .noModification, file: file.path, range: call.range, what: "open(…, \"\(m)\")"))
      } else if let name = CodeFlowSinks.sinkName(call, s, language: language, streams: false),
        sendsData(call, s)
      {
        result.append(Behaviour(kind: .noNetwork, file: file.path, range: call.range, what: name))
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
  /// A high finding without a chain, so the skill is at most `suspicious`: on the registry
  /// snapshot most contradictions were careless wording ("runs entirely offline" beside a
  /// call to a local model server, a claim about one file read as the skill's), and a false
  /// statement is a reason to review a skill, not proof of malice.
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
      let claim = behaviour.fence.map { fence in StatedClaims.claims(in: file, range: fence).first { $0.kind == kind } } ?? skillWide
      guard let claim else { continue }
      sink.report(
        "the skill states \"\(claim.phrase)\" (\(claim.file):\(claim.line)) but \(behaviour.what) here does it",
        in: file, at: behaviour.range)
    }
  }
}
