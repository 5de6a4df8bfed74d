import SkillScanCore

/// Whether a skill ships a fixed account: written out, in a base64 blob, or in joined
/// hex/base64 string literals.
extension PayeeSwap {
  /// Whether the skill ships a fixed account: an IBAN or wallet address in a file other than
  /// Markdown, written out or inside a base64 blob (a "routing cache", a config value).
  static func shipsAccount(_ skill: AnalyzedSkill) -> Bool {
    skill.cache.value(shipsAccountSlot) {
      // Bytes the skill's packed blobs may inflate to, all files together: a file of small
      // zlib bombs stops here instead of inflating a mebibyte per blob.
      var unpackBudget = maxUnpackedBytes
      return skill.files.contains { file in
        guard file.source.kind != .binary else { return false }
        guard file.source.language == .markdown else {
          return !PaymentRedirection.accounts(in: file.bytes).isEmpty || base64Account(in: file.bytes, unpackBudget: &unpackBudget)
            || literalBlobAccount(in: file.bytes)
        }
        // In Markdown, only code the agent is given to run: prose names accounts to pay.
        return file.regions.contains { region in
          region.kind == .fencedCode && region.language.isExecutable
            && !PaymentRedirection.accounts(in: Array(file.bytes[region.range.clamped(to: 0..<file.bytes.count)])).isEmpty
        }
      }
    }
  }

  /// Base64 runs of at least this many characters are decoded and read for accounts.
  static let minBlob = 40
  static let maxBlob = 1 << 16

  /// Whether a base64 run of `b` (lines of one blob read as one) decodes to text naming an
  /// account, directly or once unpacked from zlib or gzip while `unpackBudget` (bytes,
  /// shared by the skill's files) lasts.
  static let maxUnpackedBytes = 8 << 20

  static func base64Account(in b: [UInt8], unpackBudget: inout Int) -> Bool {
    func isB64(_ c: UInt8) -> Bool { isIdent(c) && c != 0x24 || c == 0x2B || c == 0x2F || c == 0x3D || c == 0x2D }
    var i = 0
    while i < b.count {
      guard isB64(b[i]) else {
        i += 1
        continue
      }
      // A run that fills its line may go on over the next lines (a wrapped blob); one that
      // starts mid-line (a word of a comment) ends at its line's end.
      let fillsLine = i == 0 || b[i - 1] == 0x0A
      var j = i
      var chars = 0
      while j < b.count && j - i <= maxBlob {
        if isB64(b[j]) {
          chars += 1
        } else if !fillsLine || !(b[j] == 0x0A || b[j] == 0x0D) || j + 1 >= b.count || !isB64(b[j + 1]) {
          break
        }
        j += 1
      }
      if chars >= minBlob, let decoded = DeobfDecoders.base64(b[i..<j]) {
        if !PaymentRedirection.accounts(in: decoded).isEmpty { return true }
        // A "packed" table: zlib or gzip inside the base64 (`Zlib::Inflate.inflate(Base64.decode64(T))`).
        if unpackBudget > 0, let unpacked = DeobfDecoders.inflated(decoded) {
          unpackBudget -= max(unpacked.count, 1)
          if !PaymentRedirection.accounts(in: unpacked).isEmpty { return true }
        }
      }
      i = j + 1
    }
    return false
  }
}

extension PayeeSwap {
  /// Whether string literals of `b`, joined where the code concatenates them (adjacent
  /// literals, `+`, line breaks), spell a hex or base64 blob that decodes to an account:
  /// `bytes.fromhex("7b22…" "2c22…")` hides the IBAN from a reader and from a byte search.
  static func literalBlobAccount(in b: [UInt8]) -> Bool {
    var blob: [UInt8] = []
    var i = 0
    var gapOnlyJoins = true
    func flush() -> Bool {
      defer { blob.removeAll(keepingCapacity: true) }
      // Plain fragments joined (`['LT', '61', '3250', …].join`): the account itself.
      if blob.count >= 15, !PaymentRedirection.accounts(in: blob).isEmpty { return true }
      guard blob.count >= minBlob else { return false }
      let decoded = DeobfDecoders.hex(blob) ?? DeobfDecoders.base64(blob)
      return decoded.map { !PaymentRedirection.accounts(in: $0).isEmpty } ?? false
    }
    while i < b.count {
      let c = b[i]
      guard c == 0x22 || c == 0x27 else {
        if !(c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x2B || c == 0x2C) { gapOnlyJoins = false }
        i += 1
        continue
      }
      var j = i + 1
      var clean = true
      while j < b.count && b[j] != c && b[j] != 0x0A && j - i <= maxBlob {
        let d = b[j]
        if !(isIdent(d) && d != 0x24 || d == 0x2B || d == 0x2F || d == 0x3D || d == 0x2D) { clean = false }
        j += 1
      }
      guard j < b.count, b[j] == c else {
        if flush() { return true }
        i = j
        gapOnlyJoins = false
        continue
      }
      if !clean || !gapOnlyJoins || blob.count + (j - i) > maxBlob {
        if flush() { return true }
      }
      if clean { blob += b[(i + 1)..<j] }
      gapOnlyJoins = true
      i = j + 1
    }
    return flush()
  }
}

private let shipsAccountSlot = CacheSlot<Bool>("PayeeSwap.shipsAccount")
