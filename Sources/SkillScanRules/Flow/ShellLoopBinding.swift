import SkillScanCore
import SkillScanLexers

/// The variable a shell `for NAME in WORDS` loop binds, and the words it iterates.
///
/// The shell structure skips loop headers (they are syntax, not commands), so without this a
/// script that collects file names and reads each in a loop (`for f in $KEYS; do cat "$f"`)
/// loses the data at the header.
struct ShellLoopBinding: Equatable {
  /// Byte offset of the `for` keyword.
  var offset: Int
  var name: String
  /// The iterated words as written (`$KEY_FILES`, `"$@"`, `*.pem`); for a loop that reads
  /// a file, the file as written.
  var words: [String]
  /// Whether the loop reads the lines of the file in ``words`` (`while read -r l; do …;
  /// done < "$F"`) rather than iterating the words.
  var readsFile = false

  /// The loop headers among `tokens`, in source order. Linear: each token is read once, and
  /// at most ``maxWords`` words are kept per header.
  static func all(in tokens: [Token], bytes: [UInt8]) -> [ShellLoopBinding] {
    var found: [ShellLoopBinding] = []
    // Matched on the first `while` only, over these tokens: `bytes` is the whole file, and
    // a Markdown file asks once per fence (searching the file each time was quadratic).
    var closers: [Int: Int]?
    var k = 0
    while k + 2 < tokens.count {
      defer { k += 1 }
      if tokens[k].kind == .word, ByteText.equals(tokens[k].range, "while", in: bytes) {
        if closers == nil { closers = matchingDone(tokens, bytes) }
        if let closers, !closers.isEmpty { found += fileReads(from: k, tokens, bytes, closers) }
        continue
      }
      guard tokens[k].kind == .word, ByteText.equals(tokens[k].range, "for", in: bytes),
        tokens[k + 1].kind == .word, tokens[k + 2].kind == .word, ByteText.equals(tokens[k + 2].range, "in", in: bytes)
      else { continue }
      let name = ByteText.string(tokens[k + 1].range, in: bytes)
      guard !name.isEmpty, name.utf8.allSatisfy({ $0 == 0x5F || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) })
      else { continue }
      var words: [String] = []
      var j = k + 3
      while j < tokens.count, words.count < maxWords {
        let t = tokens[j]
        if t.kind == .newline || t.kind == .comment || (t.kind == .op && ByteText.equals(t.range, ";", in: bytes)) { break }
        if t.kind == .word, ByteText.equals(t.range, "do", in: bytes) { break }
        if t.range.count <= 4096 { words.append(ByteText.string(t.range, in: bytes)) }
        j += 1
      }
      found.append(ShellLoopBinding(offset: tokens[k].range.lowerBound, name: name, words: words))
      k = j - 1
    }
    return found
  }

  /// Words kept per loop header.
  static let maxWords = 64

  /// For each `do` token, the index of its `done`: one pass with a stack, so nested loops
  /// cost no rescanning.
  static func matchingDone(_ tokens: [Token], _ bytes: [UInt8]) -> [Int: Int] {
    var open: [Int] = []
    var result: [Int: Int] = [:]
    for (i, t) in tokens.enumerated() where t.kind == .word && (t.range.count == 2 || t.range.count == 4) {
      if ByteText.equals(t.range, "do", in: bytes) {
        open.append(i)
      } else if ByteText.equals(t.range, "done", in: bytes), let d = open.popLast() {
        result[d] = i
      }
    }
    return result
  }

  /// `while IFS= read -r NAME …; do … done < FILE`: each name read is bound to the file's
  /// lines. Nothing when the loop's input is not a file redirection.
  static func fileReads(from k: Int, _ tokens: [Token], _ bytes: [UInt8], _ closers: [Int: Int]) -> [ShellLoopBinding] {
    var j = k + 1
    var names: [String] = []
    var inRead = false
    var takesValue = false
    while j < tokens.count, j - k <= maxWords {
      let t = tokens[j]
      if t.kind == .word, ByteText.equals(t.range, "do", in: bytes) { break }
      if t.kind == .word {
        let text = ByteText.string(t.range, in: bytes)
        if text == "read" {
          inRead = true
        } else if inRead, takesValue {
          takesValue = false
        } else if inRead, text.hasPrefix("-") {
          takesValue = ["-d", "-n", "-N", "-p", "-t", "-u"].contains(text)
        } else if inRead, !text.isEmpty, text.utf8.allSatisfy({ UTF8Scalar.isWordByte($0) && $0 < 0x80 }) {
          names.append(text)
        }
      } else if t.kind == .op || t.kind == .newline {
        inRead = false
      }
      j += 1
    }
    guard !names.isEmpty, j < tokens.count, let done = closers[j], done + 2 < tokens.count,
      tokens[done + 1].kind == .op, ByteText.equals(tokens[done + 1].range, "<", in: bytes),
      tokens[done + 2].kind == .word || tokens[done + 2].kind == .string, tokens[done + 2].range.count <= 4_096
    else { return [] }
    let file = ByteText.string(tokens[done + 2].range, in: bytes)
    return names.map { ShellLoopBinding(offset: tokens[k].range.lowerBound, name: $0, words: [file], readsFile: true) }
  }
}
