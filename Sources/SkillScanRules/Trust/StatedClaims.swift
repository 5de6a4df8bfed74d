import SkillScanCore
import SkillScanLexers

/// Explicit negative claims a skill makes about itself ("without any network access",
/// "does not modify any files", "read-only: … makes no changes to disk"), in `SKILL.md` or in
/// a script's own docstrings and comments.
///
/// Only first-person statements of absence count. A line that talks *about* claims (a
/// reviewer's checklist: "flag skills that claim 'no network access'") or quotes the phrase
/// is not the skill's own claim.
enum StatedClaims {
  enum Kind: Sendable { case noNetwork, noModification }

  struct Claim: Sendable {
    var kind: Kind
    /// The phrase as written, for the message.
    var phrase: String
    var file: String
    var line: Int
  }

  static let noNetwork = [
    "without any network access", "without network access", "no network access", "no network calls",
    "no network requests", "makes no network", "does not access the network", "doesn't access the network",
    "never accesses the network", "no data leaves", "nothing leaves the machine", "no external api calls",
    "no internet access", "runs entirely offline", "works fully offline", "completely offline",
  ]
  static let noModification = [
    "does not modify any file", "does not modify files", "doesn't modify any file", "never modifies any file", "never modifies the",
    "makes no changes to disk", "no changes to disk", "nothing is written or deleted", "never writes to disk",
    "does not write to disk", "does not delete", "never deletes", "read-only operation", "read-only:",
  ]
  /// Words that make a line a statement about claims rather than a claim.
  static let meta = ["claim", "flag ", "detect", "suspicious", "mismatch", "e.g.", "example"]

  /// Claims of `skill`'s `SKILL.md` and of its non-fixture scripts (first of each kind per file).
  static func claims(in skill: AnalyzedSkill) -> [Claim] {
    skill.cache.value("StatedClaims.claims") {
      var result: [Claim] = []
      for file in skill.files.prefix(64) where file.bytes.count <= 1 << 20 {
        let isSkillFile = file.path == skill.bundle.skillFile?.path
        guard isSkillFile || (file.source.kind == .script && !file.source.isFixturePath) else { continue }
        result += claims(in: file)
      }
      return result
    }
  }

  /// Claims in `file` (or in `range` of it: a fenced block's own comments).
  static func claims(in file: AnalyzedFile, range: Range<Int>? = nil) -> [Claim] {
    let span = range ?? 0..<file.bytes.count
    let lowered = file.bytes.indices.map { i in
      let b = file.bytes[i]
      return span.contains(i) ? (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) : 0x0A
    }
    var result: [Claim] = []
    for (kind, phrases) in [(Kind.noNetwork, noNetwork), (.noModification, noModification)] {
      search: for phrase in phrases {
        let needle = Array(phrase.utf8)
        var from = 0
        while let hit = ByteSearch.firstIndex(of: needle, in: lowered, from: from) {
          from = hit + needle.count
          if isOwnClaim(lowered, at: hit) {
            let line = file.source.lines.position(of: hit, in: file.bytes).line
            result.append(Claim(kind: kind, phrase: phrase.hasSuffix(":") ? String(phrase.dropLast()) : phrase, file: file.path, line: line))
            break search
          }
        }
      }
    }
    return result
  }

  /// Not quoted, and not on a line that discusses claims.
  static func isOwnClaim(_ lowered: [UInt8], at offset: Int) -> Bool {
    if offset > 0, [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`")].contains(lowered[offset - 1]) {
      return false
    }
    var lo = offset
    while lo > 0, lowered[lo - 1] != 0x0A, offset - lo < 400 { lo -= 1 }
    var hi = offset
    while hi < lowered.count, lowered[hi] != 0x0A, hi - offset < 400 { hi += 1 }
    let line = Array(lowered[lo..<hi])
    return !meta.contains { ByteSearch.firstIndex(of: Array($0.utf8), in: line, from: 0) != nil }
  }
}
