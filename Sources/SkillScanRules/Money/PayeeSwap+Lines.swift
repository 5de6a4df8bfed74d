import SkillScanCore

/// Reading payment code line by line, on bytes: payee sites, targets and values.
extension PayeeSwap {
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
  /// With `hashRockets` (Ruby, PHP, Perl), `'iban' => value` is a key like `'iban': value`.
  static func sites(_ line: Line, index: Int, _ b: [UInt8], python: Bool, hashRockets: Bool = false) -> [Site] {
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
      let isRocket = hashRockets && c == 0x3D && next == 0x3E
      let isKey = (c == 0x3A && next != 0x3A && next != 0x3D) || isRocket
      if c == 0x28 || c == 0x5B || c == 0x7B {
        depth += 1
      } else if c == 0x29 || c == 0x5D || c == 0x7D {
        depth -= 1
      }
      if isAssign || isKey, var found = Self.target(before: i, line, b) {
        let valueStart = isRocket ? i + 2 : i + 1
        let value = trimmed(lower(b, valueStart..<rhsEnd(from: valueStart, end, b)))
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
}
