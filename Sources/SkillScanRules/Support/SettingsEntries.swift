import SkillScanCore

/// The entries of a hand-written settings file, read line by line whatever its syntax:
/// `KEY=value` (`.env`, INI), `key: value` and YAML lists under a key, `"key": [ … ]` (JSON),
/// `key = [ … ]` (TOML).
///
/// Each entry is a key and the value tokens after it, on its own line and on the list lines
/// indented under it (or inside a bracket it opens), split at commas, quotes, brackets and
/// blanks. Nothing is parsed as a document: the reader only needs to know which values one
/// key lists, and a broken file still yields its lines. Linear in the file.
enum SettingsEntries {
  struct Entry {
    var key: String
    var keyRange: Range<Int>
    var values: [Range<Int>]
  }

  /// Values read per entry, and entries per file: enough for any settings file, bounded on a
  /// file made of them.
  static let maxValues = 64
  static let maxEntries = 4_096

  static func entries(of bytes: [UInt8]) -> [Entry] {
    var entries: [Entry] = []
    var current: Entry?
    var currentIndent = -1
    var openBrackets = 0
    var start = 0
    while start < bytes.count, entries.count < maxEntries {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      defer { start = end + 1 }
      var i = start
      while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      let indent = i - start
      guard i < end, bytes[i] != 0x23, bytes[i] != 0x3B else { continue }
      if let (key, keyRange, valueStart) = keyAt(i, end, bytes) {
        if let entry = current { entries.append(entry) }
        current = Entry(key: key, keyRange: keyRange, values: [])
        currentIndent = indent
        openBrackets = 0
        addValues(valueStart..<end, bytes, to: &current!, brackets: &openBrackets)
        continue
      }
      // A list item or continuation belongs to the key above when indented under it or
      // inside a bracket the key's line opened.
      if current != nil, indent > currentIndent || openBrackets > 0 {
        addValues(i..<end, bytes, to: &current!, brackets: &openBrackets)
      } else if let entry = current {
        entries.append(entry)
        current = nil
      }
    }
    if let entry = current { entries.append(entry) }
    return entries
  }

  /// A key at `i` (`export KEY=`, `KEY=`, `key:`, `"key":`, `key =`): its text, range and
  /// where its value starts.
  static func keyAt(_ i: Int, _ end: Int, _ bytes: [UInt8]) -> (String, Range<Int>, Int)? {
    var k = i
    if bytes[k] == 0x2D { return nil }  // a YAML list item
    if end - k > 7, bytes[k..<(k + 7)].elementsEqual("export ".utf8) { k += 7 }
    let quoted = bytes[k] == 0x22 || bytes[k] == 0x27
    if quoted { k += 1 }
    let keyStart = k
    while k < end, isKeyByte(bytes[k]) { k += 1 }
    guard k > keyStart, k - keyStart <= 128 else { return nil }
    let keyEnd = k
    if quoted {
      guard k < end, bytes[k] == bytes[keyStart - 1] else { return nil }
      k += 1
    }
    while k < end, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
    guard k < end, bytes[k] == 0x3D || bytes[k] == 0x3A else { return nil }
    // `key: value` needs the blank after the colon YAML does (not `https://…`).
    if bytes[k] == 0x3A, k + 1 < end, bytes[k + 1] != 0x20, bytes[k + 1] != 0x09 { return nil }
    return (String(decoding: bytes[keyStart..<keyEnd], as: UTF8.self), keyStart..<keyEnd, k + 1)
  }

  static func isKeyByte(_ b: UInt8) -> Bool {
    b == 0x5F || b == 0x2D || b == 0x2E || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || (b >= 0x30 && b <= 0x39)
  }

  /// Splits `range` into value tokens (at commas, quotes, brackets, braces, blanks and a
  /// list item's dash) and counts brackets left open.
  static func addValues(_ range: Range<Int>, _ bytes: [UInt8], to entry: inout Entry, brackets: inout Int) {
    var tokenStart: Int?
    func close(_ at: Int) {
      if let s = tokenStart, at > s, entry.values.count < maxValues, !(at - s == 1 && bytes[s] == 0x2D) { entry.values.append(s..<at) }
      tokenStart = nil
    }
    for i in range {
      let b = bytes[i]
      switch b {
      case 0x5B, 0x7B:
        close(i)
        brackets += 1
      case 0x5D, 0x7D:
        close(i)
        brackets = max(0, brackets - 1)
      case 0x2C, 0x22, 0x27, 0x20, 0x09, 0x0D, 0x3B:
        close(i)
      default:
        if tokenStart == nil { tokenStart = i }
      }
    }
    close(range.upperBound)
  }

  /// Whether `needle` occurs in `bytes` with no word byte on either side.
  static func containsWord(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
    var from = 0
    while let at = ByteSearch.firstIndex(of: needle, in: bytes, from: from) {
      let before = at == 0 || !isWordByte(bytes[at - 1])
      let after = at + needle.count >= bytes.count || !isWordByte(bytes[at + needle.count])
      if before && after { return true }
      from = at + 1
    }
    return false
  }

  static func isWordByte(_ b: UInt8) -> Bool {
    b == 0x5F || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || (b >= 0x30 && b <= 0x39)
  }
}
