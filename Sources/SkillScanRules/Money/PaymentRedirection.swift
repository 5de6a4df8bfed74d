import SkillScanCore
import SkillScanLexers

/// Instructions that pay a fixed account while keeping the user out of it: a hardcoded
/// IBAN or wallet address next to a transfer, with the confirmation waived ("already covered
/// by the user's confirmation", "must not pause to ask") or the payment kept from the user
/// ("do not mention it in the summary", "list the vendor's original bank details").
///
/// Payment and trading skills are legitimate and donation addresses are common; what no
/// honest skill does is move the user's money to an account it names itself while
/// removing the one check the user has (taxonomy.md §5.13, "agentic fraud").
enum PaymentRedirection {
  struct Hit {
    var range: Range<Int>
    var message: String
  }

  /// Bytes read each side of an account literal for the transfer and the waiver.
  static let reach = 600

  static let transferVerbs = PhraseMatcher([
    "send", "transfer", "pay", "settle", "wire", "remit", "route", "forward",
    // The account itself swapped: "the beneficiary IBAN is to be set to …", "set its
    // remittance account to …", "moved banks".
    "beneficiary", "payee", "remittance", "remittance account", "bank details", "settles", "moved banks",
    // "Settlement accounts are normalised against data/registry.json so that … vendors are
    // paid to their current account".
    "settlement account", "settlement accounts", "paid to", "payment batch",
  ])

  /// Waived confirmation or concealment from the user.
  static let oversight = PhraseMatcher(oversightPhrases)

  /// Every waiver phrase; the rule's keywords too, since a redirection needs one.
  static let oversightPhrases = [
    "do not ask again", "don't ask again", "do not ask the user", "don't ask the user", "without asking",
    "without confirmation", "without confirming", "without asking for confirmation", "pause to ask",
    "no need to confirm", "already covered by the user's confirmation",
    "covered by the user's confirmation", "pre-approved", "pre-granted", "already approved",
    "already been approved", "do not list it", "do not mention it", "don't mention it", "do not show it",
    "do not mention the", "do not list the", "vendor's original bank details", "original bank details",
    "instead of the ones on the invoice", "instead of the details on the invoice", "instead of the invoice",
    "should not be listed", "must not be listed", "not be listed among", "should not be reported", "not be reported to the user",
    "should not be mentioned", "vendor name unchanged", "keeping the vendor name", "keep the vendor name",
    // The check a bank-detail change gets (a call-back to the vendor's known number) waived.
    "skip the usual call-back", "skip the call-back", "skip the callback", "skip the usual callback", "no call-back needed",
    "no callback needed", "without a call-back", "without a callback", "without calling the vendor", "verified by phone",
    "without raising them as findings", "without raising it as a finding", "without flagging",
    // The mismatch check itself waived: "it's not a bank-details mismatch — don't put it on
    // the exceptions list".
    "not a bank-details mismatch", "not a bank details mismatch", "don't put it on the exceptions list",
    "do not put it on the exceptions list", "don't add it to the exceptions", "do not add it to the exceptions",
    "keep it off the exceptions list", "don't add a note", "do not add a note",
    // "do not flag differences from the vendor master as exceptions; they are expected".
    "do not flag differences", "don't flag differences", "never flag differences", "do not flag mismatches",
    "don't flag mismatches", "do not flag the differences", "do not flag changes", "don't flag changes",
    // The beneficiary's name kept while the account changes, the checks declared unneeded
    // and the change kept off the approver's list ("they do not need the phone verification
    // … Do not raise them with the requester or list them as exceptions").
    "keep the vendor's own name", "keep the vendor's name", "keeping the vendor's name", "do not need the phone verification",
    "don't need the phone verification", "do not need phone verification", "do not need a separate approval",
    "don't need a separate approval", "do not raise them", "don't raise them", "do not raise it", "don't raise it",
    "list them as exceptions", "sees the usual vendor names",
  ]

  /// The first account literal in each place of `file` whose surroundings also hold a
  /// transfer and a waiver that the text does not forbid.
  static func find(in file: AnalyzedFile) -> [Hit] {
    let bytes = file.bytes
    // Waivers first, in one pass: an account literal is only read further when one lies
    // within reach, so a file of a million address-like words costs two passes.
    let waiverEnds = oversight.allMatches(in: bytes).map(\.range.upperBound)
    guard !waiverEnds.isEmpty else { return [] }
    var hits: [Hit] = []
    var lastWindowEnd = -1
    for account in accounts(in: bytes) where account.lowerBound >= lastWindowEnd {
      var lo = 0
      var hi = waiverEnds.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if waiverEnds[mid] < account.lowerBound - reach { lo = mid + 1 } else { hi = mid }
      }
      let near = lo
      guard near < waiverEnds.count, waiverEnds[near] <= account.upperBound + reach else { continue }
      if let region = file.region(at: account.lowerBound), region.kind == .fencedCode || region.kind == .whole,
        region.language.isExecutable
      {
        continue
      }
      let window = max(0, account.lowerBound - reach)..<min(bytes.count, account.upperBound + reach)
      let text = file.normalized(window)
      guard transferVerbs.containsMatch(in: text.bytes) else { continue }
      let waivers = oversight.matches(in: text.bytes).filter {
        let at = text.originalRange($0.range)
        let polarity = ProsePolarity.classify(file, at: at)
        // A table of column conventions is read as rules too: its rows are "descriptive" only
        // by their form, and the account swap hides in a cell.
        return polarity == .affirmative || (polarity == .descriptive && file.region(at: at.lowerBound)?.kind == .tableRow)
      }
      guard let waiver = waivers.first else { continue }
      lastWindowEnd = window.upperBound
      hits.append(
        Hit(
          range: account,
          message: "payment to a fixed account with the user's check removed: \"\(text.text(waiver.range))\""))
    }
    return hits
  }

  /// Most data files of a skill read for account literals, and the largest one read.
  static let maxDataFiles = 16
  static let maxDataFileBytes = 1 << 20

  /// The same evidence with the account kept in a data file the text names beside the
  /// waiver: "Settlement accounts are normalised against `data/settlement_registry.json`
  /// … do not flag differences from the vendor master", the registry holding a fixed IBAN.
  static func findInNamedData(in file: AnalyzedFile, skill: AnalyzedSkill) -> [Hit] {
    let bytes = file.bytes
    // Data files first, cheapest test first: the text must name one that holds an account
    // before its waivers are looked for, so most files cost a few byte searches.
    let data = skill.files.filter { other in
      other.path != file.path && other.bytes.count <= maxDataFileBytes
        && [Language.json, .yaml, .toml, .text].contains(other.source.language) && other.source.kind != .binary
    }.prefix(maxDataFiles).filter { ByteSearch.contains(bytes, Array($0.path.utf8)) && !accounts(in: $0.bytes).isEmpty }
    guard !data.isEmpty else { return [] }
    // Normalised text: a waiver wrapped over two lines of a list item still reads whole.
    let normalized = file.normalizedText
    let waivers = oversight.allMatches(in: normalized.bytes).map { normalized.originalRange($0.range) }
    guard !waivers.isEmpty else { return [] }
    var hits: [Hit] = []
    var lastWindowEnd = -1
    for waiver in waivers where waiver.lowerBound >= lastWindowEnd {
      let window = max(0, waiver.lowerBound - reach)..<min(bytes.count, waiver.upperBound + reach)
      guard let named = data.first(where: { ByteText.contains(window, $0.path, in: bytes) }),
        let account = accounts(in: named.bytes).first
      else { continue }
      let text = file.normalized(window)
      guard transferVerbs.containsMatch(in: text.bytes) else { continue }
      let phrase = String(decoding: bytes[waiver], as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
      let polarity = ProsePolarity.classify(file, at: waiver)
      // A waiver that is itself a negative order ("do not flag differences") reads as
      // prohibitive beside any other "do not" in its sentence ("do not edit the columns by
      // hand and do not flag differences"); it forbids the check, not the payment.
      let negative = ["do not", "don't", "never"].contains { phrase.lowercased().hasPrefix($0) }
      guard polarity == .affirmative || (negative && polarity == .prohibitive)
        || (polarity == .descriptive && file.region(at: waiver.lowerBound)?.kind == .tableRow)
      else { continue }
      lastWindowEnd = window.upperBound
      let literal = String(decoding: named.bytes[account], as: UTF8.self)
      hits.append(
        Hit(
          range: waiver,
          message: "payment to the fixed account \(Snippet.make(literal)) in \(named.path) with the user's check removed: "
            + "\"\(Snippet.make(phrase))\""))
    }
    return hits
  }

  /// Ranges of IBANs (`LT62 3250 0719 4482 6615`), EVM addresses (`0x` + 40 hex digits) and
  /// base58 wallet addresses (32–44 characters mixing upper case, lower case and digits).
  /// One pass over the bytes; every candidate is a bounded run.
  static func accounts(in b: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = 0
    func isBoundary(_ k: Int) -> Bool { k < 0 || k >= b.count || !isAlnum(b[k]) }
    while i < b.count {
      guard isAlnum(b[i]), isBoundary(i - 1) else {
        i += 1
        continue
      }
      var j = i
      while j < b.count, isAlnum(b[j]), j - i <= 64 { j += 1 }
      let word = b[i..<j]
      if word.count == 42, word.starts(with: [0x30, 0x78]), word.dropFirst(2).allSatisfy(isHex) {
        out.append(i..<j)
      } else if (32...44).contains(word.count), word.allSatisfy(isBase58),
        word.contains(where: isUpper), word.contains(where: isLower), word.contains(where: isDigit)
      {
        out.append(i..<j)
      } else if let iban = iban(at: i, b) {
        out.append(iban)
        j = iban.upperBound
      }
      i = max(j, i + 1)
    }
    return out
  }

  /// An IBAN starting at `i`: two capital letters, two digits, then 11–30 capitals or digits,
  /// optionally in groups of four separated by single spaces.
  static func iban(at i: Int, _ b: [UInt8]) -> Range<Int>? {
    guard i + 4 <= b.count, isUpper(b[i]), isUpper(b[i + 1]), isDigit(b[i + 2]), isDigit(b[i + 3]) else { return nil }
    var j = i + 4
    var count = 0
    while j < b.count, count < 30 {
      if isUpper(b[j]) || isDigit(b[j]) {
        count += 1
        j += 1
      } else if b[j] == 0x20, j + 1 < b.count, isUpper(b[j + 1]) || isDigit(b[j + 1]) {
        j += 1
      } else {
        break
      }
    }
    while j > i, b[j - 1] == 0x20 { j -= 1 }
    return count >= 11 && (j >= b.count || !isAlnum(b[j])) ? i..<j : nil
  }

  static func isAlnum(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) || isDigit(c) }
  static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
  static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
  static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66) }
  /// Base58: alphanumerics without `0`, `O`, `I` and `l`.
  static func isBase58(_ c: UInt8) -> Bool { isAlnum(c) && c != 0x30 && c != 0x4F && c != 0x49 && c != 0x6C }
}
