import SkillScanCore

/// Flags skill names that imitate a well-known brand or registry name: near misses
/// (`clawhubb`, `cllawhub`, `polymarket-traiding-bot`), digit/letter swaps (`c1awhub`),
/// a capital `I` standing in for `l` (`solana-waIlet`), and names mixing Latin with Cyrillic
/// or Greek letters (taxonomy.md §5.11).
///
/// Medium and never decisive alone: it strengthens other findings. Exact brand names
/// (forks and integrations say what they are) and short generic words are left alone; the
/// protected list is data (``ProtectedNames``).
struct NameImpersonationRule: Rule {
  static let description = RuleDescription(
    id: "name-impersonation",
    name: "Typosquatted or impersonating name",
    pattern: .impersonation,
    severity: .medium,
    confidence: .medium,
    languages: [],
    summary: "The skill's name imitates a well-known brand, tool or registry name.",
    rationale: """
      Registries are searched by name. A skill called `clawhubb` or `solana-waIlet-tracker` \
      borrows the trust of the real name; campaigns publish hundreds of such lookalikes.
      """,
    remediation: "Rename the skill so it does not imitate another product's name.",
    references: [.owaspLLM(3), .owaspASI(4), .owaspASI(9), .atlas("AML.T0010.005"), .cwe(1007), .taxonomy("5.11")],
    triggeringExamples: NameImpersonationRule.triggering,
    nonTriggeringExamples: NameImpersonationRule.nonTriggering
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard let name = skill.frontmatter?.name, !name.isEmpty else { return }
    guard let why = Self.imitation(name) else { return }
    let line = skill.frontmatter?.keyLines["name"] ?? 1
    sink.report("name '\(name)' \(why)", file: skill.bundle.skillFile?.path ?? "SKILL.md", line: line, snippet: "name: \(name)")
  }

  /// Why `name` imitates a protected name, or nil.
  static func imitation(_ name: String) -> String? {
    if let script = mixedScript(name) { return "mixes Latin and \(script) letters" }
    let capitalI = name.contains("I") && name.contains(where: { $0.isLowercase })
    let folded = String(name.map { c -> Character in
      if capitalI && c == "I" { return "l" }
      return ProtectedNames.foldedLookalikes[c] ?? Character(c.lowercased())
    })
    let rawTokens = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    let tokens = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    for (index, token) in tokens.enumerated() where token.count >= 5 && !ProtectedNames.knownWords.contains(token) {
      let raw = index < rawTokens.count ? rawTokens[index] : token
      for (index, brand) in ProtectedNames.all.enumerated() {
        if token == brand {
          if raw != brand { return "imitates '\(brand)' with lookalike characters ('\(raw)')" }
          continue
        }
        // `all` lists the distinctive names first.
        guard index < ProtectedNames.distinctive.count, brand.count >= 6, !isInflection(token, of: brand) else { continue }
        let limit = brand.count >= 8 ? 2 : 1
        let d = distance(token, brand, limit: limit)
        if d <= limit { return "is \(d) edit\(d == 1 ? "" : "s") away from '\(brand)' ('\(raw)')" }
      }
    }
    return nil
  }

  /// `clawhubs`, `githubber`: ordinary word formation on the brand, not a typo.
  static func isInflection(_ token: String, of brand: String) -> Bool {
    guard token.hasPrefix(brand) else { return false }
    return ["s", "es", "er", "ed", "ing", "ly", "ish"].contains(String(token.dropFirst(brand.count)))
  }

  /// Optimal-string-alignment distance with an early exit above `limit`.
  static func distance(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    if abs(x.count - y.count) > limit { return limit + 1 }
    // One flat table (row `i` at `i * width`): a row array each was an allocation per token
    // letter, for every brand, for every skill.
    let width = y.count + 1
    var d = [Int](filled: 0, count: (x.count + 1) * width)
    for i in 0...x.count { d[i * width] = i }
    for j in 0...y.count { d[j] = j }
    for i in 1...max(1, x.count) where i <= x.count {
      var rowMin = Int.max
      for j in 1...max(1, y.count) where j <= y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var v = min(d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1, d[(i - 1) * width + j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, d[(i - 2) * width + j - 2] + 1) }
        d[i * width + j] = v
        rowMin = min(rowMin, v)
      }
      if rowMin > limit { return limit + 1 }
    }
    return d[x.count * width + y.count]
  }

  /// The non-Latin script mixed into an otherwise Latin name (Cyrillic, Greek), or nil.
  static func mixedScript(_ name: String) -> String? {
    var latin = false
    var other: String?
    for s in name.unicodeScalars {
      switch s.value {
      case 0x41...0x5A, 0x61...0x7A: latin = true
      case 0x0400...0x04FF: other = "Cyrillic"
      case 0x0370...0x03FF: other = "Greek"
      default: break
      }
    }
    return latin ? other : nil
  }
}
