import Testing

@testable import SkillScanCore

/// Folding keeps the most significant findings of a crowded (rule, file) group and one note
/// for the rest; these tests pin which ones, against a plain reading of the policy.
@Suite struct FindingFoldingTests {
  static let rules: [RuleID] = ["instruction-override", "reverse-shell"]

  static func random(_ count: Int, using rng: inout some RandomNumberGenerator) -> [Finding] {
    (0..<count).map { i in
      var f = Finding(
        ruleID: rules.randomElement(using: &rng)!, pattern: .p1,
        severity: Severity.allCases.randomElement(using: &rng)!,
        confidence: [Confidence.low, .medium, .high].randomElement(using: &rng)!,
        message: "m\(Int.random(in: 0..<4, using: &rng))", file: ["a.sh", "SKILL.md"].randomElement(using: &rng)!,
        line: Int.random(in: 1...40, using: &rng), column: Int.random(in: 1...3, using: &rng))
      f.reachability = Reachability.allCases.randomElement(using: &rng)!
      f.polarity = Polarity.allCases.randomElement(using: &rng)!
      f.chain = Bool.random(using: &rng) ? .decodeExecute : nil
      f.snippet = "s\(i)"
      return f
    }
  }

  /// The policy read literally: rank by (affirmative chain, severity, confidence,
  /// reachability, affirmative polarity), most significant first, ties by input order; keep
  /// 25; the note sits at the first folded finding in report order.
  static func reference(_ findings: [Finding]) -> [Finding: Int] {
    func criteria(_ f: Finding) -> [Int] {
      [
        f.chain != nil && f.polarity == .affirmative ? 1 : 0, f.severity.rank, f.confidence.rank,
        Reachability.allCases.firstIndex(of: f.reachability)!, f.polarity == .affirmative ? 1 : 0,
      ]
    }
    var out: [Finding: Int] = [:]
    let groups = Dictionary(grouping: findings.indices) { "\(findings[$0].ruleID)|\(findings[$0].file)" }
    for indices in groups.values {
      let ranked = indices.sorted { a, b in
        let (ca, cb) = (criteria(findings[a]), criteria(findings[b]))
        return ca == cb ? a < b : cb.lexicographicallyPrecedes(ca)
      }
      let keep = ranked.count > FindingFolding.keptPerRuleAndFile ? FindingFolding.keptPerRuleAndFile : ranked.count
      for i in ranked.prefix(keep) { out[findings[i], default: 0] += 1 }
      let rest = ranked.dropFirst(keep).map { findings[$0] }
      guard let first = rest.min(by: Finding.reportOrder) else { continue }
      var note = first
      note.severity = .info
      note.chain = nil
      note.snippet = ""
      note.message =
        "\(rest.count) more finding(s) of this rule in this file are not listed one by one; "
        + "the file was scanned completely and the \(FindingFolding.keptPerRuleAndFile) most significant are listed"
      out[note, default: 0] += 1
    }
    return out
  }

  @Test("Crowded groups keep their most significant findings and one note, as the policy reads", arguments: [10, 60, 400])
  func foldsLikeThePolicy(count: Int) {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let findings = Self.random(count, using: &rng)
      let folded = FindingFolding.fold(findings)
      #expect(Dictionary(folded.map { ($0, 1) }, uniquingKeysWith: +) == Self.reference(findings))
    }
  }

  @Test("A complete affirmative chain outranks any severity")
  func chainsRankFirst() {
    var findings = (0..<40).map { i in
      Finding(ruleID: "reverse-shell", pattern: .p1, severity: .critical, confidence: .high, message: "m", file: "a.sh", line: i + 1, column: 1)
    }
    findings[30].severity = .low
    findings[30].chain = .decodeExecute
    let folded = FindingFolding.fold(findings)
    #expect(folded.contains { $0.line == 31 && $0.chain == .decodeExecute })
    #expect(folded.filter { $0.severity == .info }.map(\.line) == [25])
  }
}
