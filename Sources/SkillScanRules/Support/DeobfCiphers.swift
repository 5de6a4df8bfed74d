import SkillScanCore

/// Home-made encodings seen in scanner-evasion samples: single-byte XOR, affine byte maps
/// (`y = a·x + b mod 256`), round-robin splitting and reversal (taxonomy.md SC3 evasion
/// variants).
///
/// The key is never trusted from the sample; every key is tried and a result is kept only
/// when it reads as text. Each search is bounded: it first decodes a short probe for every
/// key and fully decodes only the keys whose probe is printable, so the cost is
/// O(keys × probe + n).
public enum DeobfCiphers {
  /// Bytes of the probe decoded for every candidate key.
  static let probe = 24

  /// Whether `bytes` could be text under a byte-wise substitution: few distinct values, as a
  /// text alphabet has, rather than the near-uniform spread of hashes and compressed data.
  public static func looksSubstituted(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 40 else { return false }
    var seen = [Bool](filled: false, count: 256)
    var distinct = 0
    for b in bytes where !seen[Int(b)] {
      seen[Int(b)] = true
      distinct += 1
    }
    return distinct <= 72 && distinct * 3 <= bytes.count * 2
  }

  /// Plain-text bytes a substitution most likely maps the most frequent cipher values to.
  static let likelyPlain: [UInt8] = Array(" etso/a".utf8)

  /// The single-byte XOR key (1…255) under which `bytes` reads best as text.
  ///
  /// Keys are guessed from frequency (a frequent cipher byte is probably a space, `e`, `/` …),
  /// so only a few dozen keys are tried.
  public static func xorText(_ bytes: [UInt8]) -> (key: UInt8, text: [UInt8])? {
    guard bytes.count >= 16 else { return nil }
    var best: (key: UInt8, text: [UInt8], score: Int)?
    var tried = Set<UInt8>()
    for y in mostFrequent(bytes) {
      for x in likelyPlain {
        let key = y ^ x
        guard key != 0, tried.insert(key).inserted, probePasses(bytes, { $0 ^ key }) else { continue }
        let out = bytes.map { $0 ^ key }
        let score = textScore(out)
        if DeobfText.isText(out), score > (best?.score ?? Int.min) { best = (key, out, score) }
      }
    }
    return best.map { ($0.key, $0.text) }
  }

  /// The affine map `x = a⁻¹·(y − b) mod 256` (a odd, (a, b) ≠ (1, 0)) under which the byte
  /// values read best as text; `b` is guessed from frequency for each `a`.
  public static func affineText(_ values: [UInt8]) -> (a: Int, b: Int, text: [UInt8])? {
    guard values.count >= 12 else { return nil }
    var best: (a: Int, b: Int, text: [UInt8], score: Int)?
    let frequent = mostFrequent(values)
    for a in stride(from: 1, through: 255, by: 2) {
      let inverse = modularInverse(a)
      for y in frequent {
        for x in likelyPlain {
          let b = (Int(y) - a * Int(x)) & 0xFF
          if a == 1 && b == 0 { continue }
          let map: (UInt8) -> UInt8 = { UInt8(truncatingIfNeeded: inverse &* (Int($0) - b + 256)) }
          guard probePasses(values, map) else { continue }
          let out = values.map(map)
          let score = textScore(out)
          if DeobfText.isText(out), score > (best?.score ?? Int.min) { best = (a, b, out, score) }
        }
      }
    }
    return best.map { ($0.a, $0.b, $0.text) }
  }

  /// The three most frequent byte values.
  static func mostFrequent(_ bytes: [UInt8]) -> [UInt8] {
    var counts = [Int](filled: 0, count: 256)
    for b in bytes { counts[Int(b)] += 1 }
    return (0..<256).sorted { counts[$0] > counts[$1] }.prefix(3).map { UInt8($0) }
  }

  static func probePasses(_ bytes: [UInt8], _ map: (UInt8) -> UInt8) -> Bool {
    for i in 0..<min(probe, bytes.count) where !DeobfText.isTextByte(map(bytes[i])) { return false }
    return true
  }

  /// Higher for text made of lower-case words, spaces, digits and path punctuation.
  static func textScore(_ bytes: [UInt8]) -> Int {
    var score = 0
    for b in bytes {
      switch b {
      case 0x61...0x7A, 0x20: score += 3
      case 0x30...0x39, 0x2E, 0x2F, 0x3A, 0x2D, 0x0A: score += 1
      case 0x41...0x5A: score += 1
      default: score -= 2
      }
    }
    return score
  }

  /// Undoes splitting into `k` round-robin parts stored back to back (part 0 holds characters
  /// 0, k, 2k …), for k = 2…6; returns the first reading that holds a command or URL cue.
  public static func interleaved(_ text: [UInt8]) -> (parts: Int, text: [UInt8])? {
    let n = text.count
    guard n >= 24 else { return nil }
    for k in 2...6 where n >= k * 4 {
      var lengths = [Int](filled: n / k, count: k)
      for j in 0..<(n % k) { lengths[j] += 1 }
      var starts = [0]
      for j in 0..<(k - 1) { starts.append(starts[j] + lengths[j]) }
      var out = [UInt8](filled: 0, count: n)
      var o = 0
      for i in 0..<lengths[0] {
        for j in 0..<k where i < lengths[j] {
          out[o] = text[starts[j] + i]
          o += 1
        }
      }
      if DeobfText.hasCommandCue(out) { return (k, out) }
    }
    return nil
  }

  /// `bytes` reversed, when the reversal (and not the original) holds a command or URL cue.
  public static func reversed(_ bytes: [UInt8]) -> [UInt8]? {
    guard bytes.count >= 12, !DeobfText.hasCommandCue(bytes) else { return nil }
    let r = Array(bytes.reversed())
    return DeobfText.hasCommandCue(r) ? r : nil
  }

  static func modularInverse(_ a: Int) -> Int {
    for x in stride(from: 1, through: 255, by: 2) where (a * x) & 0xFF == 1 { return x }
    return 1
  }
}
