public import SkillScanCore

/// Finds Claude Code load-time directives `` !`cmd` `` anywhere in a file.
///
/// The harness replaces each directive with the command's output before the model reads the
/// skill, and it is not Markdown-aware: a directive inside a code span or a fenced "example"
/// still runs. So this pass ignores Markdown structure entirely. A directive counts when `!`
/// starts a line or follows whitespace; the command runs to the next backtick (it may span
/// lines). One forward pass: after a directive, scanning resumes past its closing backtick.
public enum LoadTimeDirectives {
  /// Content ranges (the command between the backticks) of every directive in `range`.
  public static func ranges(in bytes: [UInt8], range: Range<Int>? = nil) -> [Range<Int>] {
    let r = ByteText.clamp(range ?? 0..<bytes.count, bytes.count)
    var result: [Range<Int>] = []
    bytes.withUnsafeBufferPointer { b in
      var i = r.lowerBound
      while i + 1 < r.upperBound {
        guard b[i] == 0x21, b[i + 1] == 0x60 else {
          i += 1
          continue
        }
        let before: UInt8 = i > 0 ? b[i - 1] : 0x0A
        guard i == r.lowerBound || before == 0x0A || before == 0x20 || before == 0x09 || before == 0x0D else {
          i += 1
          continue
        }
        var k = i + 2
        while k < r.upperBound && b[k] != 0x60 { k += 1 }
        guard k < r.upperBound else { return }  // no backtick left: nothing more can close
        if k > i + 2 { result.append((i + 2)..<k) }
        i = k + 1
      }
    }
    return result
  }

  /// Directive regions: language `.shell`, context `.loadTime`, tokens lexed as shell.
  public static func regions(in bytes: [UInt8], range: Range<Int>? = nil) -> [Region] {
    ranges(in: bytes, range: range).map {
      Region(
        kind: .loadTimeDirective, language: .shell, context: .loadTime, range: $0,
        tokens: ShellLexer.tokenize(bytes, in: $0))
    }
  }
}
