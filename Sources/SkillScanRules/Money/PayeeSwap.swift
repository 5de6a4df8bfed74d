import SkillScanCore

/// Payment code that sends large payments somewhere else: where a payment goes (an IBAN, a
/// wallet, a transaction's `to`) is replaced once the amount passes a threshold.
///
/// The shape recurs in every payment-redirection skill seen: the destination is first taken
/// from the user's data (the invoice, the vendor master, the function's `to` argument), then,
/// behind `if amount >= threshold` or `large ? clearing.iban : iban`, set again from a value
/// the skill ships (a constant, a bundled JSON "registry", a base64 "routing cache"). Small
/// test payments still arrive, so the user's spot checks pass. Honest payment code takes the
/// destination from the user's data once; amounts decide fees, approvals and rails, not payees.
///
/// The check reads lines, not a syntax tree, so that Python and JavaScript/TypeScript share it:
/// every payee assignment (`p.iban = …`, `out["iban"] = …`, `iban=…` in a call, `to: …` in a
/// literal) is a site; a site counts when an amount decides it (a ternary on the line, an
/// enclosing `if`, an early return above it in the same function, or a flag computed from an
/// amount comparison) and the same destination is also set or received elsewhere in that
/// function with a different value. Each site reads a bounded window of lines, and every
/// line is read on bytes, once.
enum PayeeSwap {
  struct Hit {
    var range: Range<Int>
    var message: String
  }

  /// Lines read above and below a site for its function.
  static let reach = 60

  /// A line longer than this is not read for sites or conditions (a minified bundle's line
  /// holds no readable site); it still bounds functions by its indentation.
  static let maxLineBytes = 400

  static let exactFields: Set<String> = [
    "to", "dest", "destination", "payto", "toaddress", "receiver", "receiveraddress", "destinationaddress",
  ]
  static let fieldStems = ["iban", "payee", "recipient", "beneficiar", "creditor", "wallet"]
  /// Display names, keys and handles are not destinations.
  static let notFields = [
    "name", "key", "path", "file", "provider", "client", "count", "email", "label", "type", "balance", "private", "seed",
    "mnemonic", "list", "valid", "format", "check", "country",
  ]

  static let exactFieldBytes: [[UInt8]] = exactFields.map { Array($0.utf8) }
  static let fieldStemBytes: [[UInt8]] = fieldStems.map { Array($0.utf8) }

  /// The payee field an identifier names (lower case, underscores dropped), or nil. Read on
  /// bytes: every identifier of a payment file is asked, and few are fields.
  static func payeeField(_ t: [UInt8], _ r: Range<Int>) -> String? {
    guard r.count >= 2, r.count <= 40 else { return nil }
    // Every field starts with one of these letters: most identifiers cost one comparison.
    guard "tdpribcw".utf8.contains(t[r.lowerBound]) else { return nil }
    let letters = t[r].lazy.filter { $0 != 0x5F }
    let exact = exactFieldBytes.contains { letters.elementsEqual($0) }
    guard exact || fieldStemBytes.contains(where: { letters.starts(with: $0) }) else { return nil }
    let n = String(decoding: Array(letters), as: UTF8.self)
    guard exact || !notFields.contains(where: { ByteSearch.contains(n, $0) }) else { return nil }
    return n
  }

  static func isPayeeField(_ name: String) -> Bool {
    let t = Array(name.utf8)
    return payeeField(t, 0..<t.count) != nil
  }

  /// An assignment, keyword argument or literal key that sets a payee field on one line.
  struct Site {
    var line: Int
    var field: String
    /// The target as written (`p.iban`, `out["iban"]`, `iban`), lower-cased.
    var target: [UInt8]
    var targetRange: Range<Int>
    /// The value, lower-cased and trimmed.
    var value: [UInt8]
    /// A type annotation (`to: str`, `iban: string`): the field received, not set. It shows
    /// the function holds the user's destination, and is never reported itself.
    var isAnnotation = false
  }

  struct Line {
    var range: Range<Int>
    var indent: Int
    /// First non-blank byte.
    var start: Int
    var isBlank: Bool { start >= range.upperBound }
    var isReadable: Bool { !isBlank && range.count <= maxLineBytes }
  }

  static func lines(_ b: [UInt8], _ range: Range<Int>) -> [Line] {
    var out: [Line] = []
    var i = range.lowerBound
    while i < range.upperBound {
      var end = i
      while end < range.upperBound && b[end] != 0x0A { end += 1 }
      var s = i
      var indent = 0
      while s < end && (b[s] == 0x20 || b[s] == 0x09) {
        indent += b[s] == 0x09 ? 4 : 1
        s += 1
      }
      var e = end
      while e > s && (b[e - 1] == 0x0D || b[e - 1] == 0x20) { e -= 1 }
      out.append(Line(range: i..<e, indent: indent, start: s))
      i = end + 1
    }
    return out
  }

  static func isIdent(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x24
  }

  /// The lower-cased bytes of `range`.
  static func lower(_ b: [UInt8], _ range: Range<Int>) -> [UInt8] {
    b[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
  }

  /// The text of a line from its first non-blank byte, lower-cased.
  static func lower(_ b: [UInt8], _ line: Line) -> [UInt8] { lower(b, line.start..<line.range.upperBound) }

  static func trimmed(_ t: [UInt8]) -> [UInt8] {
    var lo = 0
    var hi = t.count
    while lo < hi && (t[lo] == 0x20 || t[lo] == 0x09) { lo += 1 }
    while hi > lo && (t[hi - 1] == 0x20 || t[hi - 1] == 0x09) { hi -= 1 }
    return Array(t[lo..<hi])
  }


  static func has(_ t: [UInt8], _ needle: String) -> Bool { ByteSearch.contains(t, Array(needle.utf8)) }

  static func index(_ t: [UInt8], _ needle: String, from: Int = 0) -> Int? {
    ByteSearch.firstIndex(of: Array(needle.utf8), in: t, from: from)
  }

  /// The identifier ranges of a text, strings included: `inv["amount"]` names `amount`.
  static func identifiers(_ t: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = 0
    while i < t.count {
      guard isIdent(t[i]) else {
        i += 1
        continue
      }
      var j = i
      while j < t.count && isIdent(t[j]) { j += 1 }
      out.append(i..<j)
      i = j
    }
    return out
  }

  /// The payee sites of one line. Strings are skipped; a comment ends the line.
  static func sites(_ line: Line, index: Int, _ b: [UInt8], python: Bool) -> [Site] {
    guard line.isReadable else { return [] }
    var out: [Site] = []
    var i = line.start
    let end = line.range.upperBound
    var quote: UInt8 = 0
    var depth = 0
    while i < end {
      let c = b[i]
      if quote != 0 {
        if c == 0x5C { i += 2; continue }
        if c == quote { quote = 0 }
        i += 1
        continue
      }
      if c == 0x22 || c == 0x27 || c == 0x60 {
        quote = c
        i += 1
        continue
      }
      if (python && c == 0x23) || (!python && c == 0x2F && i + 1 < end && b[i + 1] == 0x2F) { break }
      let next: UInt8 = i + 1 < end ? b[i + 1] : 0
      let prev: UInt8 = i > line.start ? b[i - 1] : 0
      let isAssign = c == 0x3D && next != 0x3D && next != 0x3E && !"=!<>:+-*/%&|^~?".utf8.contains(prev)
      let isKey = c == 0x3A && next != 0x3A && next != 0x3D
      if c == 0x28 || c == 0x5B || c == 0x7B {
        depth += 1
      } else if c == 0x29 || c == 0x5D || c == 0x7D {
        depth -= 1
      }
      if isAssign || isKey, var found = Self.target(before: i, line, b) {
        let value = trimmed(lower(b, (i + 1)..<rhsEnd(from: i + 1, end, b)))
        while true {
          let (name, target) = found
          // A key must open an entry: `{`, `,` or `(` before it, or the line's start.
          var k = target.lowerBound - 1
          while k >= line.start && b[k] == 0x20 { k -= 1 }
          let opensEntry = k < line.start || b[k] == 0x7B || b[k] == 0x2C || b[k] == 0x28
          if isAssign || opensEntry, let field = payeeField(lower(b, name), 0..<name.count) {
            out.append(
              Site(
                line: index, field: field, target: lower(b, target), targetRange: target, value: value,
                isAnnotation: isKey && isTypeName(value)))
          }
          // A tuple assignment at the top of the line sets every target before its `=`:
          // `out["iban"], out["bic"] = rt["iban"], rt["bic"]`.
          guard isAssign, depth == 0, k >= line.start, b[k] == 0x2C, let before = Self.target(before: k, line, b) else { break }
          found = before
        }
      }
      i += 1
    }
    return out
  }

  /// Words that name types, not values: a key whose value is only these annotates a parameter.
  static let typeWords: Set<String> = [
    "str", "string", "int", "number", "bool", "boolean", "decimal", "bigint", "float", "address", "any", "optional",
    "none", "null", "undefined", "bytes", "hexstring", "pubkey", "publickey", "list", "dict", "array", "record",
  ]

  static func isTypeName(_ value: [UInt8]) -> Bool {
    let ids = identifiers(value)
    return !ids.isEmpty && !value.contains(0x28) && !value.contains(0x22)
      && ids.allSatisfy { typeWords.contains(String(decoding: value[$0], as: UTF8.self)) }
  }

  /// The name assigned just before offset `at` (`p.iban`, `out["iban"]`, `"iban"`, `iban`):
  /// the field's range and the whole target's range.
  static func target(before at: Int, _ line: Line, _ b: [UInt8]) -> (Range<Int>, Range<Int>)? {
    var j = at - 1
    while j >= line.start && b[j] == 0x20 { j -= 1 }
    guard j >= line.start else { return nil }
    let targetEnd = j + 1
    var name: Range<Int>
    if b[j] == 0x5D {  // out["iban"]
      guard j - 1 >= line.start, b[j - 1] == 0x22 || b[j - 1] == 0x27 else { return nil }
      let q = b[j - 1]
      var s = j - 2
      while s >= line.start && b[s] != q && isIdent(b[s]) { s -= 1 }
      guard s >= line.start, b[s] == q, s - 1 >= line.start, b[s - 1] == 0x5B else { return nil }
      name = (s + 1)..<(j - 1)
      j = s - 2
    } else if b[j] == 0x22 || b[j] == 0x27 {  // "iban": …
      let q = b[j]
      var s = j - 1
      while s >= line.start && b[s] != q && isIdent(b[s]) { s -= 1 }
      guard s >= line.start, b[s] == q else { return nil }
      return s + 1 < j ? ((s + 1)..<j, s..<targetEnd) : nil
    } else {
      var s = j
      while s >= line.start && isIdent(b[s]) { s -= 1 }
      name = (s + 1)..<(j + 1)
      j = s
    }
    guard !name.isEmpty else { return nil }
    // The object the field belongs to: `p.`, `request.`, `self.out[`.
    var s = j
    while s >= line.start && (isIdent(b[s]) || b[s] == 0x2E) { s -= 1 }
    return (name, (s + 1)..<targetEnd)
  }

  /// Where a right-hand side ends: a `,` or `;` at depth 0, a bracket closing an outer one,
  /// a comment, or the line's end.
  static func rhsEnd(from start: Int, _ end: Int, _ b: [UInt8]) -> Int {
    var depth = 0
    var quote: UInt8 = 0
    var i = start
    while i < end {
      let c = b[i]
      if quote != 0 {
        if c == 0x5C { i += 2; continue }
        if c == quote { quote = 0 }
      } else if c == 0x22 || c == 0x27 || c == 0x60 {
        quote = c
      } else if c == 0x28 || c == 0x5B || c == 0x7B {
        depth += 1
      } else if c == 0x29 || c == 0x5D || c == 0x7D {
        if depth == 0 { return i }
        depth -= 1
      } else if depth == 0 && (c == 0x2C || c == 0x3B) {
        return i
      } else if c == 0x23 || (c == 0x2F && i + 1 < end && b[i + 1] == 0x2F) {
        return i
      }
      i += 1
    }
    return min(i, end)
  }

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

  /// What the per-site walks read of a line, computed once per line so that each site costs
  /// a bounded walk over flags, not a re-read of its function's text.
  struct LineFacts {
    /// The line opens a function (`def`, `function`, `=> {`, a method signature).
    var isHeader = false
    /// The line is an `if`/`elif`/`else if` whose condition depends on an amount.
    var amountIf = false
    /// The line is an `if` that exits (`return`, `continue`, `break`) on the same line or the
    /// next.
    var exitIf = false
    /// Payee fields the line lists as shorthand properties or parameters (`{ to, value }`).
    var shorthand: [String] = []
    /// Payee fields the line reads from an object: `master.iban`, `inv["iban"]` → (field, object).
    var reads: [(field: String, object: [UInt8])] = []
  }

  /// Exits that skip the rest of a function normally. An exit that aborts (`raise`, `throw`)
  /// validates input (`if bal < units: raise`); one that returns early branches around the
  /// swap (`if amount < threshold: return out`).
  static let exits = ["return", "continue", "break"]
  static let exitPrefixes: [[UInt8]] = exits.map { Array($0.utf8) }
  /// An exit on the `if` line itself: `if x < y: return`, `if (x < y) return;`, `){return`.
  static let exitNeedles: [[UInt8]] = exits.flatMap { [" \($0)", ":\($0)", "){\($0)"] }.map { Array($0.utf8) }
  static let controlPrefixes: [[UInt8]] = ["if", "for", "while", "switch", "catch", "else", "elif", "try", "with", "} else", "return"]
    .flatMap { word in [" ", "(", ":", "{"].map { Array((word + $0).utf8) } }
  static let ifPrefixes: [[UInt8]] = ["if ", "if(", "elif ", "} else if", "else if"].map { Array($0.utf8) }
  static let headerPrefixes: [[UInt8]] = ["def ", "async def "].map { Array($0.utf8) }
  static let headerWords: [[UInt8]] = ["function", "=>"].map { Array($0.utf8) }

  static func isIf(_ t: [UInt8]) -> Bool { ifPrefixes.contains { t.starts(with: $0) } }

  static func facts(_ lines: [Line], _ b: [UInt8], flags: Set<String>) -> [LineFacts] {
    var out = [LineFacts](repeating: LineFacts(), count: lines.count)
    var previousIf = -1
    for (k, l) in lines.enumerated() where l.isReadable {
      let t = lower(b, l)
      if previousIf >= 0 && exitPrefixes.contains(where: { t.starts(with: $0) }) { out[previousIf].exitIf = true }
      previousIf = -1
      if isIf(t) {
        out[k].amountIf = decidesOnAmount(t, flags: flags)
        out[k].exitIf = exitNeedles.contains { ByteSearch.contains(t, $0) }
        previousIf = k
      }
      let control = controlPrefixes.contains { t.starts(with: $0) }
      let last = t.last ?? 0
      out[k].isHeader = !control
        && (headerPrefixes.contains { t.starts(with: $0) } || headerWords.contains { ByteSearch.contains(t, $0) }
          || (last == 0x7B && (t.contains(0x29) || has(t, "):"))))
      for id in identifiers(t) {
        guard let field = payeeField(t, id) else { continue }
        var p = id.lowerBound - 1
        while p >= 0 && t[p] == 0x20 { p -= 1 }
        var n = id.upperBound
        while n < t.count && t[n] == 0x20 { n += 1 }
        if p >= 0, n < t.count, "{,(".utf8.contains(t[p]), ",})".utf8.contains(t[n]) { out[k].shorthand.append(field) }
        if let object = readObject(t, id) { out[k].reads.append((field, object)) }
      }
    }
    return out
  }

  /// The object a field is read from: `master` of `master.iban`, `inv` of `inv["iban"]`.
  static func readObject(_ t: [UInt8], _ id: Range<Int>) -> [UInt8]? {
    var end = id.lowerBound
    if end >= 1 && t[end - 1] == 0x2E {
      end -= 1
    } else if end >= 2 && t[end - 1] == 0x22 || end >= 2 && t[end - 1] == 0x27 {
      guard t[end - 2] == 0x5B, id.upperBound < t.count, t[id.upperBound] == t[end - 1] else { return nil }
      end -= 2
    } else {
      return nil
    }
    var s = end
    while s > 0 && (isIdent(t[s - 1]) || t[s - 1] == 0x2E) { s -= 1 }
    return s < end ? Array(t[s..<end]) : nil
  }

  /// A function's header line above `index`: the nearest less-indented line that opens one,
  /// or the nearest top-level line.
  static func header(above index: Int, _ lines: [Line], _ facts: [LineFacts]) -> Int? {
    var indent = lines[index].indent
    var k = index - 1
    while k >= 0 && index - k <= reach {
      let l = lines[k]
      if !l.isBlank && l.indent < indent {
        indent = l.indent
        if facts[k].isHeader || l.indent == 0 { return k }
      }
      k -= 1
    }
    return nil
  }

  /// The lines of the function around `index`: from its header to the first line after
  /// `index` indented no deeper than the header.
  static func function(around index: Int, _ lines: [Line], _ facts: [LineFacts], _ b: [UInt8]) -> ClosedRange<Int> {
    guard let h = header(above: index, lines, facts) else {
      return max(0, index - reach / 2)...min(lines.count - 1, index + reach / 2)
    }
    var e = index + 1
    while e < lines.count && e - index <= reach {
      let l = lines[e]
      if !l.isBlank && l.indent <= lines[h].indent {
        // A closing brace belongs to the function.
        return b[l.start] == 0x7D ? h...e : h...(e - 1)
      }
      e += 1
    }
    return h...min(lines.count - 1, e - 1)
  }

  /// Whether an amount decides if the site runs: a ternary on its right-hand side or an `if`
  /// on its own line, an enclosing `if`, or an early exit above it in its function.
  static func amountDecides(
    _ site: Site, in fn: ClosedRange<Int>, _ lines: [Line], _ facts: [LineFacts], flags: Set<String>
  ) -> Bool {
    let v = site.value
    if let q = v.firstIndex(of: 0x3F), q + 1 >= v.count || (v[q + 1] != 0x2E && v[q + 1] != 0x3F),
      q == 0 || v[q - 1] != 0x3F, decidesOnAmount(Array(v[..<q]), flags: flags)
    {
      return true
    }
    if let i = index(v, " if "), let e = index(v, " else ", from: i + 4), decidesOnAmount(Array(v[(i + 4)..<e]), flags: flags) {
      return true
    }
    let here = lines[site.line]
    if facts[site.line].amountIf && site.targetRange.lowerBound > here.start { return true }
    var indent = here.indent
    var k = site.line - 1
    while k >= fn.lowerBound {
      let l = lines[k]
      defer { k -= 1 }
      guard !l.isBlank else { continue }
      if l.indent < indent {
        indent = l.indent
        if facts[k].amountIf { return true }
      } else if facts[k].amountIf && facts[k].exitIf {
        return true
      }
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

  /// Whether the value only reformats the field itself (`p.iban = clean(p.iban)`).
  static func isSelfNormalisation(_ site: Site) -> Bool {
    let v = site.value
    if v.contains(0x3F) || has(v, " if ") { return false }
    if site.target.contains(0x2E) || site.target.contains(0x5B) { return ByteSearch.contains(v, site.target) }
    // The bare name itself, not a key or attribute of the same name (`rule["iban"]`, `c.iban`).
    for id in identifiers(v) where v[id].elementsEqual(site.target) {
      let before: UInt8 = id.lowerBound > 0 ? v[id.lowerBound - 1] : 0
      let after: UInt8 = id.upperBound < v.count ? v[id.upperBound] : 0
      if before != 0x2E && before != 0x22 && before != 0x27 && after != 0x22 && after != 0x27 { return true }
    }
    return false
  }

  static let clearedValues: [[UInt8]] = ["none", "null", "undefined", "\"\"", "''", "0"].map { Array($0.utf8) }

  /// Sites in `range` of `b` (a script, or a fenced block) whose destination an amount replaces.
  static func find(in b: [UInt8], range: Range<Int>, python: Bool) -> [Hit] {
    let lines = Self.lines(b, range)
    var sites: [Site] = []
    for (index, line) in lines.enumerated() where line.isReadable {
      sites += Self.sites(line, index: index, b, python: python)
    }
    guard sites.contains(where: { !$0.isAnnotation }) else { return [] }
    let flags = amountFlags(lines, b)
    let facts = Self.facts(lines, b, flags: flags)
    // For each site, the nearest site of the same field with another value, before and after
    // (one pass each way), so that "set elsewhere with another value" is a lookup.
    var otherBefore = [Int](repeating: -1, count: sites.count)
    var otherAfter = [Int](repeating: Int.max, count: sites.count)
    for forward in [true, false] {
      var last: [String: (line: Int, value: [UInt8], differing: Int)] = [:]
      for i in forward ? Array(sites.indices) : sites.indices.reversed() {
        let site = sites[i]
        let none = forward ? -1 : Int.max
        var differing = none
        if let seen = last[site.field] { differing = seen.value != site.value ? seen.line : seen.differing }
        if forward { otherBefore[i] = differing } else { otherAfter[i] = differing }
        last[site.field] = (site.line, site.value, differing)
      }
    }
    var hits: [Hit] = []
    var lastLine = -1
    for (i, site) in sites.enumerated() where site.line > lastLine && !site.isAnnotation {
      guard !site.value.isEmpty, !clearedValues.contains(site.value), !isSelfNormalisation(site) else { continue }
      let fn = function(around: site.line, lines, facts, b)
      guard amountDecides(site, in: fn, lines, facts, flags: flags) else { continue }
      // Read from another object in the same function: the site's value reads the field from
      // one object (`rule["iban"]`) while the function also holds the user's (`master.iban`).
      let own = facts[site.line].reads.filter { $0.field == site.field }.map(\.object)
      let targetObject = Array(site.target.prefix { $0 != 0x2E && $0 != 0x5B })
      let readsAnother = !own.isEmpty && fn.contains { k in
        k != site.line && facts[k].reads.contains { $0.field == site.field && !own.contains($0.object) && $0.object != targetObject }
      }
      // A conditional choosing between two objects' fields: `large ? clearing.iban : p.iban`.
      let choosesBetween = Set(own).count >= 2 && (site.value.contains(0x3F) || has(site.value, " if "))
      let replaced =
        fn.contains(otherBefore[i]) || fn.contains(otherAfter[i]) || readsAnother || choosesBetween
        || (fn.lowerBound..<site.line).contains { facts[$0].shorthand.contains(site.field) }
      guard replaced else { continue }
      lastLine = fn.upperBound
      let line = lines[site.line]
      let snippet = String(decoding: b[line.start..<line.range.upperBound], as: UTF8.self)
      hits.append(
        Hit(
          range: site.targetRange,
          message: "the payment's destination (\(site.field)) is replaced when the amount passes a threshold: "
            + "`\(Snippet.make(snippet))`"))
    }
    return hits
  }

  /// Whether the skill ships a fixed account: an IBAN or wallet address in a file other than
  /// Markdown, written out or inside a base64 blob (a "routing cache", a config value).
  static func shipsAccount(_ skill: AnalyzedSkill) -> Bool {
    skill.cache.value(shipsAccountSlot) {
      skill.files.contains { file in
        guard file.source.kind != .binary else { return false }
        guard file.source.language == .markdown else {
          return !PaymentRedirection.accounts(in: file.bytes).isEmpty || base64Account(in: file.bytes)
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
  /// account.
  static func base64Account(in b: [UInt8]) -> Bool {
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
      if chars >= minBlob, let decoded = DeobfDecoders.base64(b[i..<j]), !PaymentRedirection.accounts(in: decoded).isEmpty {
        return true
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
      guard blob.count >= minBlob else { return false }
      let decoded = DeobfDecoders.hex(blob) ?? DeobfDecoders.base64(blob)
      return decoded.map { !PaymentRedirection.accounts(in: $0).isEmpty } ?? false
    }
    while i < b.count {
      let c = b[i]
      guard c == 0x22 || c == 0x27 else {
        if !(c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x2B) { gapOnlyJoins = false }
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
