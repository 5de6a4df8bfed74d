import SkillScanCore

/// Whether an amount decides a condition: amount names, comparisons against a threshold.
extension PayeeSwap {
  static let amountStems: [[UInt8]] = ["amount", "total", "threshold", "balance", "lamports", "satoshi"].map { Array($0.utf8) }

  /// Whether an identifier names an amount of money.
  static func isAmount(_ t: [UInt8], _ r: Range<Int>) -> Bool {
    let id = Array(t[r])
    if amountStems.contains(where: { ByteSearch.contains(id, $0) }) { return true }
    return id.elementsEqual("sats".utf8) || id.reversed().starts(with: "eulav".utf8) || id.reversed().starts(with: "iew".utf8)
  }

  /// Whether a condition depends on an amount: an amount compared (`total >= c.threshold`) or
  /// passed to a predicate among other arguments (`_rule_applies(rule, vendor_id, amount)`),
  /// or a flag set from such a comparison.
  static func decidesOnAmount(_ t: [UInt8], flags: Set<String>) -> Bool {
    let ids = identifiers(t)
    if !flags.isEmpty && ids.contains(where: { flags.contains(String(decoding: t[$0], as: UTF8.self)) }) { return true }
    var amount = false
    for id in ids where isAmount(t, id) {
      amount = true
      // Among other arguments, not alone: `isFinite(amount)` validates, it sets no threshold.
      var k = id.lowerBound - 1
      while k >= 0 && (t[k] == 0x20 || t[k] == 0x5B || t[k] == 0x22 || t[k] == 0x27) { k -= 1 }
      if k >= 0 && t[k] == 0x2C { return true }
    }
    return amount && comparesWithThreshold(t)
  }

  /// Whether a condition compares against something other than zero: `total >= c.threshold`,
  /// `value >= ROUTER.minWei`; `amount <= 0` validates input, it sets no threshold.
  static func comparesWithThreshold(_ c: [UInt8]) -> Bool {
    func isZero(_ r: Range<Int>) -> Bool {
      let w = c[r]
      return w.elementsEqual("0".utf8) || w.elementsEqual("0n".utf8) || w.elementsEqual("0.0".utf8) || w.elementsEqual("0.00".utf8)
    }
    var i = 0
    while i < c.count {
      defer { i += 1 }
      guard c[i] == 0x3C || c[i] == 0x3E else { continue }
      // `->`, `=>`, `<<`, `>>` are not comparisons.
      if i > 0 && (c[i - 1] == 0x2D || c[i - 1] == 0x3D && c[i] == 0x3E || c[i - 1] == c[i]) { continue }
      if i + 1 < c.count && c[i + 1] == c[i] { continue }
      var j = i + 1
      if j < c.count && c[j] == 0x3D { j += 1 }
      while j < c.count && c[j] == 0x20 { j += 1 }
      var k = j
      while k < c.count && (isIdent(c[k]) || c[k] == 0x2E) { k += 1 }
      if isZero(j..<k) { continue }
      // The other side may be the zero: `0 < amount`.
      var p = i - 1
      while p >= 0 && c[p] == 0x20 { p -= 1 }
      var q = p
      while q >= 0 && (isIdent(c[q]) || c[q] == 0x2E) { q -= 1 }
      if q < p && isZero((q + 1)..<(p + 1)) { continue }
      return true
    }
    return false
  }

  /// Flags set from an amount comparison (`const large = total >= c.threshold`), file-wide.
  static func amountFlags(_ lines: [Line], _ b: [UInt8]) -> Set<String> {
    var flags: Set<String> = []
    for l in lines where l.isReadable {
      // Most lines assign nothing from a comparison: one byte scan of the line decides.
      guard b[l.range].contains(0x3C) || b[l.range].contains(0x3E) else { continue }
      let t = lower(b, l)
      guard let eq = index(t, " = ") else { continue }
      let value = Array(t[(eq + 3)...])
      guard value.contains(0x3E) || value.contains(0x3C), !has(value, "=>"), identifiers(value).contains(where: { isAmount(value, $0) })
      else { continue }
      if let name = identifiers(Array(t[..<eq])).last { flags.insert(String(decoding: t[name], as: UTF8.self)) }
    }
    return flags
  }
}
