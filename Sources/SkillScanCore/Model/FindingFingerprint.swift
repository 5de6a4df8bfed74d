/// Stable identities for findings, shared by SARIF `partialFingerprints` and baselines.
///
/// A fingerprint must survive edits that only move a finding (lines added above it, the skill
/// copied to another folder) and change when the evidence changes. So it hashes the rule, the
/// file path inside the skill and the evidence text with whitespace collapsed — never the line,
/// the column or the skill's location on disk. Two identical pieces of evidence in one file are
/// told apart by their order of occurrence (`…:2`), as GitHub's own line hashes do.
extension Finding {
  /// The location-independent hash of this finding: 32 lowercase hex digits.
  public var evidenceHash: String {
    var evidence = snippet.isEmpty ? message : snippet
    evidence = Self.collapsingWhitespace(evidence)
    let key = "\(ruleID.rawValue)\u{1F}\(file)\u{1F}\(evidence)"
    let bytes = Array(key.utf8)
    return Self.hex(Self.fnv1a64(bytes, seed: 0xcbf2_9ce4_8422_2325))
      + Self.hex(Self.fnv1a64(bytes, seed: 0x8422_2325_cbf2_9ce4))
  }

  /// Fingerprints for one skill's findings, in the same order: ``evidenceHash`` plus `:n`,
  /// the 1-based occurrence of that hash among the findings before it.
  /// - Parameter findings: one skill's findings in report order.
  /// - Returns: one fingerprint per finding.
  public static func fingerprints(of findings: [Finding]) -> [String] {
    var seen: [String: Int] = [:]
    return findings.map { finding in
      let hash = finding.evidenceHash
      let occurrence = (seen[hash] ?? 0) + 1
      seen[hash] = occurrence
      return "\(hash):\(occurrence)"
    }
  }

  private static func collapsingWhitespace(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(0x20) }
        pendingSpace = false
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func fnv1a64(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
    var hash = seed
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
