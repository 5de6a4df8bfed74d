/// Locates the YAML frontmatter block at the top of a Markdown file.
///
/// Agents accept a UTF-8 BOM, CRLF line ends and blank lines before the opening `---`, so the
/// splitter does too; the Formats target reports those dialect deviations separately.
public enum MarkdownFrontmatter {
  /// Where the block sits.
  public struct Location: Sendable, Hashable {
    /// From the opening `---` through the closing line's newline.
    public var block: Range<Int>
    /// The YAML between the delimiter lines.
    public var content: Range<Int>
    /// Whether a UTF-8 BOM precedes it.
    public var hasBOM: Bool
    /// Blank lines skipped before the opening `---`.
    public var leadingBlankLines: Int
  }

  /// The frontmatter block of `bytes`, or nil when the file does not open with a closed
  /// `---` block (the closer may be `---` or `...`).
  public static func locate(_ bytes: [UInt8]) -> Location? {
    var i = 0
    let n = bytes.count
    let bom = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    if bom { i = 3 }
    var blank = 0
    // Leading blank lines (one linear pass, however many there are).
    while i < n {
      var k = i
      while k < n && (bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0D) { k += 1 }
      guard k < n, bytes[k] == 0x0A else { break }
      i = k + 1
      blank += 1
    }
    guard let (openEnd, next) = delimiterLine(bytes, i, dashes: true) else { return nil }
    _ = openEnd
    var lineStart = next
    while lineStart < n {
      if let (_, after) = delimiterLine(bytes, lineStart, dashes: true) ?? delimiterLine(bytes, lineStart, dashes: false) {
        return Location(block: i..<after, content: next..<lineStart, hasBOM: bom, leadingBlankLines: blank)
      }
      while lineStart < n && bytes[lineStart] != 0x0A { lineStart += 1 }
      lineStart += 1
    }
    return nil
  }

  /// If a `---` (or `...`) line starts at `i`: the end of its text and the next line's start.
  private static func delimiterLine(_ b: [UInt8], _ i: Int, dashes: Bool) -> (Int, Int)? {
    let mark: UInt8 = dashes ? 0x2D : 0x2E
    guard i + 3 <= b.count, b[i] == mark, b[i + 1] == mark, b[i + 2] == mark else { return nil }
    var k = i + 3
    while k < b.count && (b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0D) { k += 1 }
    if k == b.count { return (i + 3, k) }
    guard b[k] == 0x0A else { return nil }
    return (i + 3, k + 1)
  }
}
