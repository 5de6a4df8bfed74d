import SkillScanCore

/// Module and function names a Python script spells so that no reader sees them:
/// `__import__(bytes.fromhex("736f636b6574").decode())` loads `socket`,
/// `getattr(o, "2pud"[::-1])` calls `dup2`, `"hs/nib/"[::-1]` is `/bin/sh`.
///
/// A plain `__import__("json")` is a dynamic import; writing the name reversed, in hex or as
/// character codes has no purpose but to keep it from review. Only the names that give a
/// script the machine are looked for (sockets, terminals, processes, `exec`), and only in
/// the argument of `__import__`, `importlib.import_module` or `getattr`. The argument is read
/// in place, at most ``maxArgument`` bytes, by a folder of four literal forms; nothing is
/// evaluated.
enum HiddenPythonNames {
  struct Hit {
    var range: Range<Int>
    var name: String
    var form: String
  }

  static let maxArgument = 240
  static let maxHits = 64

  /// Names whose hiding matters: what a reverse shell or a dropper needs.
  static let sensitive: Set<String> = [
    "socket", "pty", "os", "subprocess", "dup2", "spawn", "system", "popen", "execv", "execve", "execl", "exec", "eval",
    "ctypes", "fork", "setsid", "check_output", "run", "call", "/bin/sh", "/bin/bash", "sh", "bash", "connect",
    "urllib.request", "urlopen", "requests", "builtins", "__builtins__",
  ]

  /// The reverse-shell shape: a socket whose descriptors are duplicated onto a shell.
  static func isReverseShell(_ names: Set<String>) -> Bool {
    names.contains("socket") && (names.contains("dup2") || names.contains("pty") || names.contains("spawn"))
  }

  static let callers: [[UInt8]] = ["__import__(", "import_module(", "getattr("].map { Array($0.utf8) }

  /// Every hidden sensitive name in `range` of `bytes` (a Python region), in text order.
  static func find(in bytes: [UInt8], range: Range<Int>) -> [Hit] {
    var hits: [Hit] = []
    var i = range.lowerBound
    while i < range.upperBound, hits.count < maxHits {
      guard let at = index(of: 0x28, in: bytes, i..<range.upperBound) else { break }
      i = at + 1
      guard let caller = callers.first(where: { c in endsWith(bytes, at, c) }) else { continue }
      // `getattr(obj, NAME)`: the name is the second argument.
      var start = at + 1
      let end = closing(bytes, from: start, limit: min(range.upperBound, start + maxArgument))
      guard let end else { continue }
      if caller == callers[2] {
        guard let comma = index(of: 0x2C, in: bytes, start..<end) else { continue }
        start = comma + 1
      }
      for (value, form) in fold(bytes, start..<end) where sensitive.contains(value) {
        hits.append(Hit(range: start..<end, name: value, form: form))
      }
    }
    // A reversed shell path passed to a spawn (`"hs/nib/"[::-1]`) anywhere in the region.
    var k = range.lowerBound
    while k < range.upperBound, hits.count < maxHits, let mark = reversal(in: bytes, k..<range.upperBound) {
      k = mark + 6
      // The literal just before the slice: `"hs/nib/"[::-1]`.
      guard mark > range.lowerBound, bytes[mark - 1] == 0x22 || bytes[mark - 1] == 0x27 else { continue }
      let quote = bytes[mark - 1]
      var open = mark - 2
      while open >= max(range.lowerBound, mark - 66), bytes[open] != quote { open -= 1 }
      guard open >= max(range.lowerBound, mark - 66), bytes[open] == quote else { continue }
      let value = String(decoding: bytes[(open + 1)..<(mark - 1)].reversed(), as: UTF8.self)
      if value.hasPrefix("/bin/") { hits.append(Hit(range: open..<(mark + 6), name: value, form: "reversed")) }
    }
    return hits
  }

  /// Whether `bytes` up to and including `at` end with `suffix`.
  static func endsWith(_ bytes: [UInt8], _ at: Int, _ suffix: [UInt8]) -> Bool {
    guard at + 1 >= suffix.count else { return false }
    var k = at + 1 - suffix.count
    for b in suffix {
      if bytes[k] != b { return false }
      k += 1
    }
    return true
  }

  /// The first index of `byte` in `range`, read in place.
  static func index(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
    var k = range.lowerBound
    while k < range.upperBound {
      if bytes[k] == byte { return k }
      k += 1
    }
    return nil
  }

  /// The start of the first `[::-1]` in `range`.
  static func reversal(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
    var k = range.lowerBound
    while k + 6 <= range.upperBound, let open = index(of: 0x5B, in: bytes, k..<(range.upperBound - 5)) {
      if bytes[open + 1] == 0x3A, bytes[open + 2] == 0x3A, bytes[open + 3] == 0x2D, bytes[open + 4] == 0x31, bytes[open + 5] == 0x5D {
        return open
      }
      k = open + 1
    }
    return nil
  }

  /// The index of the `)` closing the call whose arguments start at `from`, within `limit`.
  static func closing(_ bytes: [UInt8], from: Int, limit: Int) -> Int? {
    var depth = 0
    var quote: UInt8 = 0
    var k = from
    while k < limit {
      let b = bytes[k]
      if quote != 0 {
        if b == quote { quote = 0 }
      } else if b == 0x22 || b == 0x27 {
        quote = b
      } else if b == 0x28 || b == 0x5B {
        depth += 1
      } else if b == 0x29 || b == 0x5D {
        if depth == 0 { return b == 0x29 ? k : nil }
        depth -= 1
      }
      k += 1
    }
    return nil
  }

  /// The values of the literal forms in `range`: `"…"[::-1]`, `bytes.fromhex("…").decode()`,
  /// `"".join(map(chr, [n, …]))` and `chr(n)+chr(n)…`. A plain literal is not hidden.
  static func fold(_ bytes: [UInt8], _ range: Range<Int>) -> [(String, String)] {
    let text = String(decoding: bytes[range], as: UTF8.self)
    var out: [(String, String)] = []
    if let lit = literal(in: text), text.contains("[::-1]") { out.append((String(lit.reversed()), "reversed")) }
    if text.contains("fromhex("), let lit = literal(in: text), let decoded = hex(lit) { out.append((decoded, "hex")) }
    if text.contains("chr"), let codes = charCodes(text) { out.append((codes, "character codes")) }
    return out
  }

  static func literal(in text: String) -> String? {
    guard let open = text.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
    let q = text[open]
    let rest = text[text.index(after: open)...]
    guard let close = rest.firstIndex(of: q) else { return nil }
    return String(rest[..<close])
  }

  static func hex(_ s: String) -> String? {
    let digits = Array(s.utf8).filter { $0 != 0x20 }
    guard digits.count >= 2, digits.count % 2 == 0, digits.count <= 128 else { return nil }
    var out: [UInt8] = []
    var k = 0
    while k < digits.count {
      guard let v = UInt8(String(decoding: digits[k..<(k + 2)], as: UTF8.self), radix: 16) else { return nil }
      out.append(v)
      k += 2
    }
    guard out.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
    return String(decoding: out, as: UTF8.self)
  }

  static func charCodes(_ text: String) -> String? {
    var numbers: [Int] = []
    var current = ""
    for c in text {
      if c.isASCII, c.isNumber { current.append(c) } else if !current.isEmpty {
        numbers.append(Int(current) ?? -1)
        current = ""
      }
    }
    if !current.isEmpty { numbers.append(Int(current) ?? -1) }
    guard numbers.count >= 2, numbers.count <= 64, numbers.allSatisfy({ (32..<127).contains($0) }) else { return nil }
    return String(decoding: numbers.map(UInt8.init), as: UTF8.self)
  }
}
