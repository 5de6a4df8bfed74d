import SkillScanCore

/// Repeating-key XOR whose key is written in the same file: `bytes(v ^ KEY[i % len(KEY)]
/// for i, v in enumerate(TABLE))` next to `KEY = b"ruff-compat:E501"`.
///
/// A single-byte key can be guessed from letter frequencies (``DeobfCiphers/xorText(_:)``);
/// a key of many bytes cannot, but code that decodes at run time must carry its key, and it
/// carries it as a short literal. So the candidates are the quoted literals nearest the
/// blob, and a candidate is kept only when the whole reading is text that names a command.
enum DeobfKeyedXOR {
  /// Literals of this many bytes are tried as keys.
  static let keyLengths = 2...64
  /// Candidates tried per blob (the nearest ones).
  static let perBlob = 16

  /// The quoted literals of `range` (no escapes, no line break) that could be keys, with the
  /// offset of each; one pass, at most `limit` kept.
  static func candidates(in bytes: [UInt8], range: Range<Int>, limit: Int = 4_096) -> [(offset: Int, key: [UInt8])] {
    var found: [(offset: Int, key: [UInt8])] = []
    var seen = Set<[UInt8]>()
    var i = range.lowerBound
    let end = min(range.upperBound, bytes.count)
    while i < end, found.count < limit {
      let quote = bytes[i]
      guard quote == 0x22 || quote == 0x27 else {
        i += 1
        continue
      }
      // To the closing quote on the same line, over escapes; a literal with an escape is
      // passed over whole (its bytes are not the key's), as is one longer than a key.
      var j = i + 1
      var escaped = false
      while j < end, bytes[j] != quote, bytes[j] != 0x0A {
        if bytes[j] == 0x5C {
          escaped = true
          j += 1
        }
        j += 1
      }
      guard j < end, bytes[j] == quote else {
        i = j
        continue
      }
      let key = bytes[(i + 1)..<j]
      if !escaped, keyLengths.contains(key.count), key.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) || key.count >= 8 {
        let bytesKey = Array(key)
        if seen.insert(bytesKey).inserted { found.append((i + 1, bytesKey)) }
      }
      i = j + 1
    }
    return found
  }

  /// The reading of `data` under the first of `keys` that turns it into text naming a
  /// command, with that key.
  static func decode(_ data: [UInt8], keys: [[UInt8]]) -> (key: [UInt8], text: [UInt8])? {
    guard data.count >= 16 else { return nil }
    for key in keys where key.count < data.count {
      // A cheap probe first: most keys turn the first bytes into control characters.
      let probe = min(data.count, 48)
      var ok = true
      for i in 0..<probe where !DeobfText.isTextByte(data[i] ^ key[i % key.count]) {
        ok = false
        break
      }
      guard ok else { continue }
      var text = [UInt8](repeating: 0, count: data.count)
      for i in data.indices { text[i] = data[i] ^ key[i % key.count] }
      if DeobfText.isText(text), DeobfText.hasCommandCue(text) { return (key, text) }
    }
    return nil
  }

  /// The `count` candidates nearest `offset` (by distance, either side), from a list in
  /// text order.
  static func nearest(_ candidates: [(offset: Int, key: [UInt8])], to offset: Int, count: Int = perBlob) -> [[UInt8]] {
    guard !candidates.isEmpty else { return [] }
    // Binary search for the first candidate at or after the offset, then widen both ways.
    var lo = 0
    var hi = candidates.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if candidates[mid].offset < offset { lo = mid + 1 } else { hi = mid }
    }
    var left = lo - 1
    var right = lo
    var out: [[UInt8]] = []
    while out.count < count, left >= 0 || right < candidates.count {
      let takeLeft = right >= candidates.count
        || (left >= 0 && offset - candidates[left].offset <= candidates[right].offset - offset)
      if takeLeft {
        out.append(candidates[left].key)
        left -= 1
      } else {
        out.append(candidates[right].key)
        right += 1
      }
    }
    return out
  }
}
