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
  /// The iterated words as written (`$KEY_FILES`, `"$@"`, `*.pem`).
  var words: [String]

  /// The loop headers among `tokens`, in source order. Linear: each token is read once, and
  /// at most ``maxWords`` words are kept per header.
  static func all(in tokens: [Token], bytes: [UInt8]) -> [ShellLoopBinding] {
    var found: [ShellLoopBinding] = []
    var k = 0
    while k + 2 < tokens.count {
      defer { k += 1 }
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
}
