import SkillScanCore
import SkillScanLexers

extension ResourceAbuseRule {
  /// Smallest iteration count that makes a request loop a flood.
  static let floodIterations = 100

  /// `for … in range(N)` with N ≥ ``floodIterations`` and `while True:` / `while 1:` loops;
  /// the body is the following lines indented deeper (or the next line when the body is
  /// not indented, as in pasted snippets).
  static func pythonLoops(_ tokens: [Token], _ bytes: [UInt8], _ lines: LineIndex) -> [Loop] {
    var loops: [Loop] = []
    for (k, t) in tokens.enumerated() where t.kind == .word {
      let endless: Bool
      if ByteText.equals(t.range, "while", in: bytes), k + 2 < tokens.count,
        ByteText.equals(tokens[k + 1].range, "True", in: bytes) || ByteText.equals(tokens[k + 1].range, "1", in: bytes),
        ByteText.equals(tokens[k + 2].range, ":", in: bytes)
      {
        endless = true
      } else if ByteText.equals(t.range, "for", in: bytes), let n = rangeCount(tokens, k, bytes), n >= floodIterations {
        endless = false
      } else {
        continue
      }
      let (lineStart, lineEnd) = line(around: t.range.lowerBound, bytes, lines)
      let indent = t.range.lowerBound - lineStart
      var end = lineEnd
      var next = lineEnd + 1
      var first = true
      while next < bytes.count {
        let (s, e) = line(around: next, bytes, lines)
        var p = s
        while p < e && (bytes[p] == 0x20 || bytes[p] == 0x09) { p += 1 }
        if p == e { next = e + 1; continue }
        if p - s <= indent && !first { break }
        end = e
        next = e + 1
        if p - s <= indent { break }
        first = false
        if end - lineEnd > 4096 { break }
      }
      var loop = Loop(header: t.range.lowerBound..<lineEnd, body: min(lineEnd, end)..<end, endless: endless)
      loop.guarded = enclosedByTry(lineStart, indent, bytes, lines)
      loop.python = true
      loops.append(loop)
    }
    return loops
  }

  /// `range(N)` / `range(a, N)` after `for` on the same line: N.
  static func rangeCount(_ tokens: [Token], _ k: Int, _ bytes: [UInt8]) -> Int? {
    var j = k + 1
    while j < tokens.count && j < k + 12 && tokens[j].kind != .newline {
      if ByteText.equals(tokens[j].range, "range", in: bytes) {
        var best: Int?
        var m = j + 1
        while m < tokens.count && m < j + 8 && !ByteText.equals(tokens[m].range, ")", in: bytes) {
          if tokens[m].kind == .number, let v = Int(String(ByteText.string(tokens[m].range, in: bytes).filter { $0 != "_" })) {
            best = max(best ?? 0, v)
          }
          m += 1
        }
        return best
      }
      j += 1
    }
    return nil
  }

  /// `while true|:` and `for … in $(seq … N)` / `{a..N}` loops up to their `done`.
  static func shellLoops(_ tokens: [Token], _ bytes: [UInt8]) -> [Loop] {
    var loops: [Loop] = []
    for (k, t) in tokens.enumerated() where t.kind == .word {
      var endless = false
      if ByteText.equals(t.range, "while", in: bytes), k + 1 < tokens.count,
        ByteText.equals(tokens[k + 1].range, "true", in: bytes) || ByteText.equals(tokens[k + 1].range, ":", in: bytes)
      {
        endless = true
      } else if ByteText.equals(t.range, "for", in: bytes) {
        var many = false
        var j = k + 1
        while j < tokens.count && j < k + 10 && !ByteText.equals(tokens[j].range, "do", in: bytes) {
          let text = ByteText.string(tokens[j].range, in: bytes)
          let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
          if (text.contains("seq") || text.contains("..")), let top = digits.max(), top >= floodIterations { many = true }
          if tokens[j].kind == .number, let v = Int(text), v >= floodIterations,
            j > 0, ByteText.string(tokens[j - 1].range, in: bytes).contains("seq")
          {
            many = true
          }
          j += 1
        }
        guard many else { continue }
      } else {
        continue
      }
      var depth = 0
      var j = k + 1
      var bodyStart: Int?
      var bodyEnd: Int?
      while j < tokens.count && j < k + 4096 {
        if tokens[j].kind == .word {
          if ByteText.equals(tokens[j].range, "do", in: bytes) {
            depth += 1
            if bodyStart == nil { bodyStart = tokens[j].range.upperBound }
          } else if ByteText.equals(tokens[j].range, "done", in: bytes) {
            depth -= 1
            if depth == 0 {
              bodyEnd = tokens[j].range.lowerBound
              break
            }
          }
        }
        j += 1
      }
      guard let s = bodyStart, let e = bodyEnd, e >= s else { continue }
      loops.append(Loop(header: t.range.lowerBound..<s, body: s..<e, endless: endless))
    }
    return loops
  }

  /// Whether the nearest less-indented line above `lineStart` is `try:`.
  static func enclosedByTry(_ lineStart: Int, _ indent: Int, _ bytes: [UInt8], _ lines: LineIndex) -> Bool {
    var e = lineStart - 1
    var scanned = 0
    while e > 0 && scanned < 64 {
      let (s, end) = line(around: e - 1 < 0 ? 0 : e - 1, bytes, lines)
      var p = s
      while p < end && (bytes[p] == 0x20 || bytes[p] == 0x09) { p += 1 }
      if p < end && p - s < indent {
        return ByteText.contains(p..<end, "try:", in: bytes)
      }
      e = s - 1
      scanned += 1
    }
    return false
  }

  /// The line holding `offset`: start and end (exclusive of the newline).
  /// Start and end (before its newline) of the line holding `offset`, from the file's line
  /// index: walking the bytes each time made one-line files quadratic.
  static func line(around offset: Int, _ bytes: [UInt8], _ lines: LineIndex) -> (Int, Int) {
    let o = min(offset, bytes.count)
    let n = lines.line(of: o)
    let s = lines.starts[n - 1]
    let e = n < lines.starts.count ? lines.starts[n] - 1 : bytes.count
    return (s, max(s, e))
  }
}
