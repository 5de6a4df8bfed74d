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
    } else if end >= 2 && t[end - 1] == 0x3A && t[end - 2] == 0x5B {
      // A Ruby symbol key: `clearing[:iban]`.
      guard id.upperBound < t.count, t[id.upperBound] == 0x5D else { return nil }
      end -= 2
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
  static func find(in b: [UInt8], range: Range<Int>, python: Bool, hashRockets: Bool = false) -> [Hit] {
    let lines = Self.lines(b, range)
    var sites: [Site] = []
    for (index, line) in lines.enumerated() where line.isReadable {
      sites += Self.sites(line, index: index, b, python: python, hashRockets: hashRockets)
    }
    guard sites.contains(where: { !$0.isAnnotation }) || mayReturnChoice(lines, b) else { return [] }
    let flags = amountFlags(lines, b)
    let facts = Self.facts(lines, b, flags: flags)
    let returned = returnedChoices(lines, facts, b, flags: flags)
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
    return hits + returned.filter { r in !hits.contains { $0.range.overlaps(r.range) } }
  }

}
