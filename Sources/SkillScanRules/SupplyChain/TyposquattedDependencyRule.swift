import SkillScanCore
import SkillScanLexers

/// Flags a dependency whose name is one edit away from a package almost every project uses:
/// `reqeusts`, `python3-dateutil`, `colourama`, `lodahs` (taxonomy.md §5.11).
///
/// Installing the lookalike runs its author's install code (`setup.py`, `postinstall`) with
/// the user's rights. Names are compared within their own ecosystem (a `requirements.txt`
/// against PyPI, `package.json` against npm), after the registry's own normalisation
/// (case, `_` and `.` as `-`), by Damerau–Levenshtein distance 1 to a name of at least
/// ``minimumLength`` characters. The popular names are a reference list of the ecosystems
/// (like ``ProtectedNames`` for skills), not campaign indicators.
struct TyposquattedDependencyRule: Rule {
  static let description = RuleDescription(
    id: "typosquatted-dependency",
    name: "Dependency named like a popular package",
    pattern: .impersonation,
    severity: .high,
    confidence: .medium,
    languages: [.text, .json],
    summary: "A requirements or package.json entry is one typo away from a popular package.",
    rationale: """
      Typosquatted packages (`reqeusts`, `python3-dateutil`, `crossenv`) are a standing supply-chain \
      attack: the name is close enough to pass review, and installing it runs the squatter's code.
      """,
    remediation: "Check the exact package name against the registry and the project's documentation, and fix the typo.",
    references: [.owaspLLM(3), .owaspASI(4), .atlas("AML.T0010.001"), .cwe(1357), .taxonomy("5.11")],
    keywords: [],
    triggeringExamples: TyposquattedDependencyRule.triggering,
    nonTriggeringExamples: TyposquattedDependencyRule.nonTriggering
  )

  static let minimumLength = 5

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let name = file.source.lowercasedName
    let entries: [(range: Range<Int>, name: String)]
    let popular: Set<String>
    // pip reads the same format from compiled lock and constraint files (`requirements.lock`,
    // `requirements.in`, `constraints.txt`), and a lock is what `--require-hashes` installs.
    if (name.hasPrefix("requirements") || name.hasPrefix("constraints"))
      && (name.hasSuffix(".txt") || name.hasSuffix(".in") || name.hasSuffix(".lock"))
    {
      entries = Self.requirementNames(file.bytes)
      popular = Self.pypiNames
    } else if name == "package.json" {
      entries = Self.dependencyNames(file.bytes)
      popular = Self.npmNames
    } else {
      return
    }
    for entry in entries.prefix(512) {
      guard let target = Self.squats(entry.name, popular) else { continue }
      sink.report(
        "'\(entry.name)' is one edit away from the popular package '\(target)'", in: file, at: entry.range,
        confidence: .high, chain: .downloadExecute)
    }
    if name == "package.json" {
      for alias in Self.lookalikeGitAliases(file.bytes) {
        sink.report(
          "'\(alias.name)' installs the git repository \(alias.repository) under a look-alike name", in: file, at: alias.range,
          confidence: .high, chain: .downloadExecute)
      }
    }
  }

  /// The popular name `candidate` imitates, if any.
  /// The popular names as the registries compare them (``normalise(_:)``).
  static let pypiNames = Set(pypi.map(normalise))
  static let npmNames = Set(npm.map(normalise))

  static func squats(_ candidate: String, _ popular: Set<String>) -> String? {
    if let scoped = scopeSquat(candidate) { return scoped }
    let name = normalise(candidate)
    guard name.count >= minimumLength, name.count <= 64, !popular.contains(name) else { return nil }
    let a = Array(name.utf8)
    // Squatters keep the first letter (the eye reads it first): `authlib` is its own package,
    // not `oauthlib` with the o dropped.
    for target in popular where target.count >= minimumLength && abs(target.count - name.count) <= 1 {
      let b = Array(target.utf8)
      if a[0] == b[0], isOneEdit(a, b) { return target }
    }
    return nil
  }

  /// npm scopes of organisations whose packages are everywhere. A look-alike scope
  /// (`@modelcontext-protocol/server-postgres`) passes review as the real one and can hold
  /// any package name, so the scope is compared on its own.
  static let popularScopes: Set<String> = Set(npm.compactMap { scope(of: normalise($0))?.scope }).union([
    "modelcontextprotocol", "anthropic-ai", "aws-sdk", "google-cloud", "azure", "octokit", "slack", "vercel", "babel",
    "angular", "nestjs", "prisma", "sentry", "supabase", "types", "openai", "langchain", "playwright", "microsoft",
    "google", "firebase", "stripe", "tanstack", "radix-ui", "emotion", "mui", "reduxjs", "apollo", "graphql-tools",
    "typescript-eslint", "eslint", "rollup", "vitejs", "sveltejs", "nuxt", "cloudflare", "upstash", "clerk", "huggingface",
  ])

  /// A scoped npm name's scope and package (`@scope/pkg` → `scope`, `pkg`).
  static func scope(of name: String) -> (scope: String, package: String)? {
    guard name.hasPrefix("@"), let slash = name.firstIndex(of: "/") else { return nil }
    let scope = String(name[name.index(after: name.startIndex)..<slash])
    return scope.isEmpty ? nil : (scope, String(name[name.index(after: slash)...]))
  }

  /// `@scope/pkg` whose scope is one edit from a popular scope's (same first letter, at
  /// least ``minimumLength`` characters): the name it imitates, with the real scope.
  static func scopeSquat(_ candidate: String) -> String? {
    guard let (scope, package) = scope(of: normalise(candidate)), scope.count >= minimumLength, scope.count <= 64,
      !popularScopes.contains(scope)
    else { return nil }
    let a = Array(scope.utf8)
    for target in popularScopes where target.count >= minimumLength && abs(target.count - scope.count) <= 1 {
      let b = Array(target.utf8)
      if a[0] == b[0], isOneEdit(a, b) { return "@" + target + "/" + package }
    }
    return nil
  }

  /// PyPI and npm compare names case-insensitively, with `_` and `.` as `-`.
  static func normalise(_ name: String) -> String {
    String(name.lowercased().map { $0 == "_" || $0 == "." ? "-" : $0 })
  }

  /// Damerau–Levenshtein distance exactly 1 from candidate `a` to popular `b`: one
  /// substitution, insertion, deletion or swap of neighbours.
  static func isOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a != b else { return false }
    if a.count == b.count {
      let diffs = a.indices.filter { a[$0] != b[$0] }
      if diffs.count == 1 { return true }
      return diffs.count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]
    }
    let (long, short) = a.count > b.count ? (a, b) : (b, a)
    guard long.count == short.count + 1 else { return false }
    // The candidate's last letter typed twice (`octokitt`, `lodashh`) is a slip of the
    // finger, not a related package's name.
    if a.count == long.count, a.count >= 2, a[a.count - 1] == a[a.count - 2], a.dropLast().elementsEqual(b) { return true }
    var i = 0
    while i < short.count && long[i] == short[i] { i += 1 }
    // A letter added or dropped at the end is how related packages are named (`request` and
    // `requests`, `csv-parse` and `csv-parser`), not a typo of one another.
    guard i < short.count else { return false }
    return long[(i + 1)...].elementsEqual(short[i...])
  }

  /// Package names of a requirements file, with their ranges.
  static func requirementNames(_ bytes: [UInt8]) -> [(range: Range<Int>, name: String)] {
    var out: [(Range<Int>, String)] = []
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var i = start
      while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      let nameStart = i
      while i < end, isNameByte(bytes[i]) { i += 1 }
      if i > nameStart, bytes[nameStart] != UInt8(ascii: "-"), bytes[nameStart] != UInt8(ascii: "#") {
        out.append((nameStart..<i, String(decoding: bytes[nameStart..<i], as: UTF8.self)))
      }
      start = end + 1
    }
    return out
  }

  /// Keys of `dependencies`-like objects in a package.json (a quoted key followed by `:` and
  /// a quoted version), found without a JSON parse: one pass over the bytes.
  static func dependencyNames(_ bytes: [UInt8]) -> [(range: Range<Int>, name: String)] {
    dependencyEntries(bytes).map { ($0.range, $0.name) }
  }

  /// ``dependencyNames(_:)`` with the range of each version string's contents.
  static func dependencyEntries(_ bytes: [UInt8]) -> [(range: Range<Int>, name: String, value: Range<Int>)] {
    let marker = Array("ependencies\"".utf8)
    guard let deps = ByteSearch.firstIndex(of: marker, in: bytes) else { return [] }
    var out: [(Range<Int>, String, Range<Int>)] = []
    var i = deps + marker.count
    while i < bytes.count {
      guard bytes[i] == 0x22 else {
        i += 1
        continue
      }
      var j = i + 1
      while j < bytes.count, bytes[j] != 0x22, bytes[j] != 0x0A { j += 1 }
      // A quote with no partner on its line: go on after it.
      guard j < bytes.count, bytes[j] == 0x22 else {
        i = j + 1
        continue
      }
      var k = j + 1
      while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
      if k + 1 < bytes.count, bytes[k] == UInt8(ascii: ":") {
        var v = k + 1
        while v < bytes.count, bytes[v] == 0x20 || bytes[v] == 0x09 { v += 1 }
        if v < bytes.count, bytes[v] == 0x22, j - i - 1 <= 214 {
          let key = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
          var valueEnd = v + 1
          while valueEnd < bytes.count, bytes[valueEnd] != 0x22, bytes[valueEnd] != 0x0A { valueEnd += 1 }
          if !key.hasSuffix("ependencies"), !key.contains("/") || key.hasPrefix("@") {
            out.append(((i + 1)..<j, key, (v + 1)..<valueEnd))
          }
        }
      }
      i = j + 1
    }
    return out
  }

  private static func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E
  }
}

extension TyposquattedDependencyRule {
  static let triggering: [Example] = [
    Example("pandas==2.2.2\n↓reqeusts==2.32.3\n", language: .text, path: "requirements.txt", note: "two letters swapped"),
    Example("↓python3-dateutil>=2.8\n", language: .text, path: "requirements.txt", note: "one letter added"),
    Example("pypdf>=4.2,<5\n↓pdfplumbr==0.11.4\n", language: .text, path: "requirements.txt", note: "one letter dropped from a PDF library"),
    Example("{\n  \"dependencies\": {\n    \"express\": \"4.19.2\",\n    ↓\"lodahs\": \"4.17.21\"\n  }\n}\n", language: .json, path: "package.json"),
    Example(
      "{\n  \"dependencies\": {\n    \"js-yaml\": \"4.1.0\",\n    ↓\"openapi-rendr-core\": \"github:apidocs-contrib/openapi-render-core#main\"\n  }\n}\n",
      language: .json, path: "package.json", note: "a fork installed under a name one letter off its own"),
  ]

  static let nonTriggering: [Example] = [
    Example("requests==2.32.3\npython-dateutil==2.9.0\nurllib3==2.2.2\n", language: .text, path: "requirements.txt", note: "the real names"),
    Example("requests-toolbelt==1.0.0\npytest-cov==5.0.0\n", language: .text, path: "requirements.txt", note: "extensions of popular packages are their own names"),
    Example("Authlib==1.6.6\n", language: .text, path: "requirements.txt", note: "a real package one edit from oauthlib, at its first letter"),
    Example("{\n  \"dependencies\": {\n    \"requests\": \"0.3.0\",\n    \"discord.js\": \"14.15.3\",\n    \"csv-parser\": \"3.0.0\"\n  }\n}\n", language: .json, path: "package.json", note: "a letter added at the end names a related package; dots compare as the registry does"),
    Example(
      "{\n  \"dependencies\": {\n    \"pdfkit\": \"github:acme/pdfkit#fix-fonts\",\n    \"leftpad\": \"github:someone/left-pad\",\n    \"md-lib\": \"git+https://github.com/acme/md-lib-js.git#v2\"\n  }\n}\n",
      language: .json, path: "package.json", note: "a fork under its own name, a name spelt without hyphens, a longer repository name"),
  ]
}
