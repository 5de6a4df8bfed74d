/// Byte-level tests on one Markdown line (`p` = first non-indent byte, `ce` = content end).
enum MarkdownLine {
  @inline(__always) static func isBlank(_ b: [UInt8], _ p: Int, _ ce: Int) -> Bool {
    var k = p
    while k < ce && (b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0D) { k += 1 }
    return k == ce
  }

  @inline(__always) static func trimEnd(_ b: [UInt8], _ s: Int, _ e: Int) -> Int {
    var e = e
    while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x09) { e -= 1 }
    return e
  }

  @inline(__always) static func startsWith(_ b: [UInt8], _ p: Int, _ ce: Int, _ lit: StaticString) -> Bool {
    let n = lit.utf8CodeUnitCount
    guard p + n <= ce else { return false }
    return ByteText.equals(p..<p + n, lit, in: b)
  }

  @inline(__always) static func contains(_ b: [UInt8], _ p: Int, _ ce: Int, _ byte: UInt8) -> Bool {
    var k = p
    while k < ce {
      if b[k] == byte { return true }
      k += 1
    }
    return false
  }

  /// A fence opener at `p`: its character and run length.
  @inline(__always) static func fenceOpener(_ b: [UInt8], _ p: Int, _ ce: Int) -> (UInt8, Int)? {
    let c = b[p]
    guard c == 0x60 || c == 0x7E else { return nil }
    var k = p
    while k < ce && b[k] == c { k += 1 }
    guard k - p >= 3 else { return nil }
    if c == 0x60 && contains(b, k, ce, 0x60) { return nil }
    return (c, k - p)
  }

  /// The ATX heading level's marker length (`##` → 2) when `p` opens a heading.
  @inline(__always) static func atxLevel(_ b: [UInt8], _ p: Int, _ ce: Int) -> Int? {
    var k = p
    while k < ce && b[k] == 0x23 { k += 1 }
    let level = k - p
    guard level >= 1, level <= 6, k == ce || b[k] == 0x20 || b[k] == 0x09 else { return nil }
    return level
  }

  /// Heading text: trimmed, closing `#`s removed.
  @inline(__always) static func headingText(_ b: [UInt8], _ s: Int, _ e: Int) -> String {
    var lo = s
    while lo < e && (b[lo] == 0x20 || b[lo] == 0x09) { lo += 1 }
    var hi = trimEnd(b, lo, e)
    var h = hi
    while h > lo && b[h - 1] == 0x23 { h -= 1 }
    if h < hi && (h == lo || b[h - 1] == 0x20) { hi = trimEnd(b, lo, h) }
    return ByteText.string(lo..<hi, in: b)
  }

  /// A setext underline (`===`, `---`) or thematic break (`***`, `___`, `- - -`): its char.
  @inline(__always) static func setextOrBreak(_ b: [UInt8], _ p: Int, _ ce: Int) -> UInt8? {
    let c = b[p]
    guard c == 0x3D || c == 0x2D || c == 0x2A || c == 0x5F else { return nil }
    var count = 0
    var k = p
    while k < ce {
      if b[k] == c { count += 1 } else if b[k] != 0x20 && b[k] != 0x09 { return nil }
      k += 1
    }
    if c == 0x3D { return c }
    return count >= 3 || (c == 0x2D && count >= 2 && !contains(b, p, ce, 0x20)) ? c : nil
  }

  /// Whether `p` opens a list item (`- `, `* `, `+ `, `1. `, `1) `).
  @inline(__always) static func listMarker(_ b: [UInt8], _ p: Int, _ ce: Int) -> Bool {
    let c = b[p]
    if c == 0x2D || c == 0x2A || c == 0x2B {
      return p + 1 == ce || b[p + 1] == 0x20 || b[p + 1] == 0x09
    }
    var k = p
    while k < ce && k - p < 9 && ByteClass.isDigit(b[k]) { k += 1 }
    guard k > p, k < ce, b[k] == 0x2E || b[k] == 0x29 else { return false }
    return k + 1 == ce || b[k + 1] == 0x20 || b[k + 1] == 0x09
  }

  @inline(__always) static func isDelimiterRow(_ b: [UInt8], _ p: Int, _ ce: Int) -> Bool {
    var dash = false
    var k = p
    while k < ce {
      switch b[k] {
      case 0x2D: dash = true
      case 0x7C, 0x3A, 0x20, 0x09: break
      default: return false
      }
      k += 1
    }
    return dash
  }

  /// Whether the line after the one ending at `ce` is a table delimiter row.
  @inline(__always) static func nextLineIsDelimiterRow(_ b: [UInt8], _ ce: Int) -> Bool {
    var s = ce
    if s < b.count && b[s] == 0x0D { s += 1 }
    guard s < b.count, b[s] == 0x0A else { return false }
    s += 1
    var e = s
    while e < b.count && b[e] != 0x0A && e - s < 4096 { e += 1 }
    if e > s && b[e - 1] == 0x0D { e -= 1 }
    while s < e && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
    return s < e && contains(b, s, e, 0x7C) && isDelimiterRow(b, s, e)
  }
}
