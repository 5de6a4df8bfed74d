import SkillScanCore

/// Decodes blobs found by ``DeobfBlobScanner`` — recursively, within fixed budgets — and
/// judges what the decoded text would do (``DeobfPayload``).
///
/// Provenance is kept as the list of layers ("base64 → strings → integer list → affine
/// map"), so a finding can say *how* a payload was hidden. Bounded in depth (3), per-blob size
/// (1 MiB), total decoded bytes per file and brute-force attempts per file, so a 20 MB file of
/// base64 costs one linear pass plus bounded work.
public struct DeobfEngine {
  /// Budgets for one file.
  public struct Limits: Sendable {
    public var maxDepth = 3
    public var maxDecodedBytes = 4 << 20
    public var maxBlobs = 512
    public var maxBruteForce = 64
    /// Longest input handed to a brute-force cipher.
    public var maxBruteForceLength = 16 << 10
    public init() {}
  }

  /// A decoded payload and how it was reached.
  public struct Decoded: Sendable {
    /// Range of the outermost blob in the scanned buffer.
    public var range: Range<Int>
    /// Layers, outermost first (`base64`, `XOR 0x9f` …).
    public var layers: [String]
    /// The decoded text.
    public var text: [UInt8]
    /// What the text would do, most severe first (never empty in results).
    public var signals: [DeobfPayload.Signal]

    /// "base64 → XOR 0x9f".
    public var method: String { layers.joined(separator: " → ") }
  }

  public var limits: Limits
  private var decodedBytes = 0
  private var bruteForces = 0
  private var blobsSeen = 0
  /// Literals of the outermost text that may be XOR keys (``DeobfKeyedXOR``), gathered on
  /// the first blob that needs them.
  private var keyText: [UInt8] = []
  private var keyRange: Range<Int> = 0..<0
  private var keys: [(offset: Int, key: [UInt8])]?
  /// Tables tried against those keys, within the same budget as guessed keys.
  private var keyedAttempts = 0

  public init(limits: Limits = Limits()) { self.limits = limits }

  /// Payloads hidden in blobs of `bytes[range]` (only those whose decoded text has a signal).
  public mutating func payloads(in bytes: [UInt8], range: Range<Int>) -> [Decoded] {
    var found: [Decoded] = []
    keyText = bytes
    keyRange = range
    keys = nil
    for blob in DeobfBlobScanner.scan(bytes, range: range, limit: limits.maxBlobs) {
      guard blobsSeen < limits.maxBlobs, decodedBytes < limits.maxDecodedBytes else { break }
      blobsSeen += 1
      for (layers, text) in decode(blob, in: bytes, outermost: true) {
        walk(text, layers: layers, outer: blob.range, depth: 1, into: &found)
      }
    }
    return found
  }

  /// Payloads hidden in an already-extracted value (a string literal's content or a prose
  /// paragraph): transforms that apply to a whole value (reversal, round-robin splitting),
  /// plus the blobs inside it when `scanBlobs`. Ranges in the result are `range`.
  public mutating func payloads(inValue value: [UInt8], at range: Range<Int>, scanBlobs: Bool = true) -> [Decoded] {
    var found: [Decoded] = []
    // Both guesses are kept only when their reading holds "://" or "/bin/", so a value that
    // cannot produce one is not deciphered at all: a reversal needs "//:" or "/nib/", and any
    // reshuffling needs at least two slashes. Most string literals fail these cheap checks.
    if value.count <= limits.maxBruteForceLength, Self.slashCount(value, atLeast: 2) {
      if ByteSearch.contains(value, Array("//:".utf8)) || ByteSearch.contains(value, Array("/nib/".utf8)),
        let r = DeobfCiphers.reversed(value), Self.hasURL(r)
      {
        walk(r, layers: ["reversed string"], outer: range, depth: 1, into: &found)
      }
      if !DeobfText.hasCommandCue(value), let split = DeobfCiphers.interleaved(value), Self.hasURL(split.text) {
        walk(split.text, layers: ["\(split.parts)-way split string"], outer: range, depth: 1, into: &found)
      }
    }
    var inner: [Decoded] = []
    for blob in DeobfBlobScanner.wholeToken(value, range: 0..<value.count) where blob.range != 0..<0 {
      guard decodedBytes < limits.maxDecodedBytes else { break }
      for (layers, text) in decode(blob, in: value) {
        walk(text, layers: layers, outer: range, depth: 1, into: &inner)
      }
    }
    if scanBlobs { inner += payloads(in: value, range: 0..<value.count) }
    for d in inner {
      var moved = d
      moved.range = range
      found.append(moved)
    }
    return found
  }

  /// Whether `bytes` holds at least `minimum` slashes.
  static func slashCount(_ bytes: [UInt8], atLeast minimum: Int) -> Bool {
    var count = 0
    for b in bytes where b == 0x2F {
      count += 1
      if count >= minimum { return true }
    }
    return false
  }

  /// Whether a guessed reading names a URL or an absolute interpreter path, which a payload
  /// needs and shuffled prose practically never produces.
  static func hasURL(_ bytes: [UInt8]) -> Bool {
    ByteSearch.contains(bytes, Array("://".utf8)) || ByteSearch.contains(bytes, Array("/bin/".utf8))
  }

  /// Records `text` if it carries a signal, then looks for blobs inside it (next layer).
  private mutating func walk(
    _ text: [UInt8], layers: [String], outer: Range<Int>, depth: Int, into found: inout [Decoded]
  ) {
    decodedBytes += text.count
    let signals = DeobfPayload.analyze(text)
    if !signals.isEmpty {
      found.append(Decoded(range: outer, layers: layers, text: text, signals: signals))
      if signals[0] >= .execution { return }
    }
    guard depth < limits.maxDepth, decodedBytes < limits.maxDecodedBytes else { return }
    for blob in DeobfBlobScanner.scan(text, range: 0..<text.count, limit: 64) {
      for (inner, decoded) in decode(blob, in: text) {
        walk(decoded, layers: layers + inner, outer: outer, depth: depth + 1, into: &found)
      }
    }
  }

  /// Text readings of one blob, each with its layer names; binary results contribute their
  /// printable runs (e.g. strings inside a marshalled code object).
  private mutating func decode(_ blob: DeobfBlobScanner.Blob, in bytes: [UInt8], outermost: Bool = false) -> [([String], [UInt8])] {
    let raw = bytes[blob.range]
    let name = blob.kind.rawValue
    var out: [([String], [UInt8])] = []
    switch blob.kind {
    case .byteList, .charCodes, .hexWords:
      let values = blob.values
      if blob.kind == .charCodes || values.allSatisfy({ $0 >= 9 && $0 < 0x7F }) {
        var text: [UInt8] = []
        for v in values.prefix(DeobfBlobScanner.maximumLength) { DeobfDecoders.appendScalar(UInt32(v), &text) }
        if DeobfText.isText(text) {
          // Printable codes that spell no command may be XOR-ed text (`[100,114,117,107,…]`
          // is `curl …` under key 7): one guess at a key, as for decoded bytes.
          if blob.kind == .charCodes || DeobfText.hasCommandCue(text) { return [([name], text)] }
          let guessed = bruteForce(text, first: name)
          // Printable codes can also be text XOR-ed with a printable key written nearby.
          if guessed.isEmpty, outermost {
            return [([name], text)] + keyed(values.map { UInt8(truncatingIfNeeded: $0) }, near: blob.range.lowerBound, first: name)
          }
          return [([name], text)] + guessed
        }
      }
      let bytesValues = values.map { UInt8(truncatingIfNeeded: $0) }
      // A key written beside the table is tried before a key is guessed: it either
      // reads as a command or is passed over, where a guess can settle on noise.
      if outermost, values.allSatisfy({ $0 <= 255 }) {
        let keyedReading = keyed(bytesValues, near: blob.range.lowerBound, first: name)
        if !keyedReading.isEmpty { return keyedReading }
      }
      return bruteForce(bytesValues, first: name)
    case .escapes:
      let text = DeobfDecoders.escapes(raw)
      return DeobfText.isText(text) ? [([name], text)] : bruteForce(text, first: name)
    case .percent:
      let text = DeobfDecoders.percent(raw)
      return DeobfText.isText(text) ? [([name], text)] : []
    case .hex:
      if let d = DeobfDecoders.hex(raw) { out += readings(d, first: name) }
    case .base32:
      if let d = DeobfDecoders.base32(raw) { out += readings(d, first: name) }
      if out.isEmpty, let d = DeobfDecoders.base64(raw) { out += readings(d, first: "base64") }
    case .base64:
      if let d = DeobfDecoders.base64(raw) { out += readings(d, first: name) }
    case .base85:
      if let d = DeobfDecoders.base85(raw) { out += readings(d, first: name) }
      if out.isEmpty, let d = DeobfDecoders.base64(raw) { out += readings(d, first: "base64") }
    }
    return out
  }

  /// A decoded byte string as text, as UTF-16 text, as XOR-ed text, or as its printable runs.
  private mutating func readings(_ d: [UInt8], first: String, unpacking: Bool = true) -> [([String], [UInt8])] {
    // `exec(zlib.decompress(base64.b64decode("eJz…")))`: the decoded bytes are a zlib or gzip
    // stream. Unpacked once per reading (at most ``DeobfDecoders/inflateLimit`` bytes, charged
    // to the engine's budget), so a stream of streams cannot recurse.
    if unpacking, decodedBytes < limits.maxDecodedBytes, let unpacked = DeobfDecoders.inflated(d) {
      decodedBytes += unpacked.count
      let layer = d.first == 0x1F ? "gzip" : "zlib"
      return readings(unpacked, first: layer, unpacking: false).map { ([first] + $0.0, $0.1) }
    }
    if DeobfText.isText(d) {
      // Printable cipher text (XOR with a small key) still gets one guess at a key.
      if DeobfText.hasCommandCue(d) { return [([first], d)] }
      return [([first], d)] + bruteForce(d, first: first)
    }
    if let wide = DeobfDecoders.utf16LE(d), DeobfText.isText(wide) { return [([first, "UTF-16"], wide)] }
    return bruteForce(d, first: first) + DeobfText.printableRuns(d).map { ([first, "embedded strings"], $0) }
  }

  /// `d` XOR-ed with a key written near it in the outermost text (``DeobfKeyedXOR``),
  /// within a budget of its own (``Limits/maxBruteForce`` tables per file).
  private mutating func keyed(_ d: [UInt8], near offset: Int, first: String) -> [([String], [UInt8])] {
    guard d.count <= limits.maxBruteForceLength, keyedAttempts < limits.maxBruteForce else { return [] }
    if keys == nil { keys = DeobfKeyedXOR.candidates(in: keyText, range: keyRange) }
    guard let candidates = keys, !candidates.isEmpty else { return [] }
    keyedAttempts += 1
    guard let found = DeobfKeyedXOR.decode(d, keys: DeobfKeyedXOR.nearest(candidates, to: offset)) else { return [] }
    return [([first, "XOR with key \"\(String(decoding: found.key, as: UTF8.self))\""], found.text)]
  }

  private mutating func bruteForce(_ d: [UInt8], first: String) -> [([String], [UInt8])] {
    guard d.count <= limits.maxBruteForceLength, bruteForces < limits.maxBruteForce,
      DeobfCiphers.looksSubstituted(d)
    else {
      return []
    }
    bruteForces += 1
    if let x = DeobfCiphers.xorText(d) {
      return [([first, "XOR 0x" + String(x.key, radix: 16)], x.text)]
    }
    if let a = DeobfCiphers.affineText(d) {
      return [([first, "affine map (\(a.a)·x+\(a.b) mod 256)"], a.text)]
    }
    return []
  }
}
