public import SkillScanCore

/// Where the `---` block sits at the top of `SKILL.md`, found on bytes before any YAML parsing.
///
/// Locating is kept apart from parsing because agents disagree about the edges (a BOM, blank
/// lines before the opening line, trailing spaces on a delimiter, a closing `...`): the
/// scanner accepts all of them so nothing escapes analysis, and records each as a
/// ``DialectNote`` that a strict-spec rule reports.
public struct FrontmatterBlock: Sendable, Hashable {
  /// Byte range of the YAML text between the delimiter lines.
  public var yamlRange: Range<Int>
  /// Byte range from the opening `---` to the end of the closing delimiter (newline excluded).
  public var blockRange: Range<Int>
  /// 1-based line of the opening `---`.
  public var openingLine: Int
  /// 1-based line of the first YAML line (the line after the opening `---`).
  public var yamlStartLine: Int
  /// 1-based line of the closing delimiter.
  public var closingLine: Int
  /// Tolerated deviations at the edges of the block.
  public var notes: [DialectNote]

  /// What locating the block found.
  public enum Outcome: Sendable, Hashable {
    /// A complete block.
    case found(FrontmatterBlock)
    /// The file does not open with a `---` line (after an optional BOM and blank lines).
    case missing
    /// An opening `---` without a closing line. The block given runs from the opening line
    /// to the first blank line, which is where lenient readers stop looking for keys.
    case unterminated(FrontmatterBlock)
  }

  /// Finds the frontmatter block at the top of `bytes`.
  ///
  /// The block ends at the first line after the opening one that is exactly `---` or `...`
  /// (trailing blanks and `\r` tolerated), the way agents split it; linear in the file size.
  /// - Parameter bytes: the whole `SKILL.md`.
  /// - Returns: the block, or why there is none.
  public static func locate(in bytes: [UInt8]) -> Outcome {
    var notes: [DialectNote] = []
    var offset = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      notes.append(DialectNote("UTF-8 byte-order mark before the opening `---`", line: 1))
      offset = 3
    }
    var line = 1
    var blankLines = 0
    while let end = lineEnd(bytes, from: offset), isBlank(bytes, offset..<end.content) {
      guard end.next < bytes.count else { return .missing }
      offset = end.next
      line += 1
      blankLines += 1
    }
    guard let opening = lineEnd(bytes, from: offset),
      let openTrail = delimiter(bytes, offset..<opening.content, marker: UInt8(ascii: "-"))
    else { return .missing }
    if blankLines > 0 {
      notes.append(DialectNote("\(blankLines) blank line(s) before the opening `---`", line: line))
    }
    if openTrail {
      notes.append(DialectNote("trailing whitespace after the opening `---`", line: line))
    }
    if rawLineHasCR(bytes, opening) {
      notes.append(DialectNote("CRLF line endings", line: line))
    }
    let openingLine = line
    let blockStart = offset
    var cursor = opening.next
    var current = line + 1
    let yamlStart = cursor
    while cursor < bytes.count, let end = lineEnd(bytes, from: cursor) {
      let content = cursor..<end.content
      if let trailing = delimiter(bytes, content, marker: UInt8(ascii: "-")) {
        if trailing {
          notes.append(DialectNote("trailing whitespace after the closing `---`", line: current))
        }
        return .found(block(yamlStart, cursor, blockStart, end.content, openingLine, current, notes))
      }
      if let trailing = delimiter(bytes, content, marker: UInt8(ascii: ".")) {
        notes.append(
          DialectNote("frontmatter closed with `...` instead of `---`", line: current))
        if trailing {
          notes.append(DialectNote("trailing whitespace after the closing `...`", line: current))
        }
        return .found(block(yamlStart, cursor, blockStart, end.content, openingLine, current, notes))
      }
      cursor = end.next
      current += 1
    }
    return .unterminated(guessedBlock(bytes, yamlStart, blockStart, openingLine, notes))
  }

  /// The lines after an unclosed opening `---`, up to the first blank line.
  private static func guessedBlock(
    _ bytes: [UInt8], _ yamlStart: Int, _ blockStart: Int, _ openingLine: Int,
    _ notes: [DialectNote]
  ) -> FrontmatterBlock {
    var cursor = yamlStart
    var end = yamlStart
    var line = openingLine
    while cursor < bytes.count, let next = lineEnd(bytes, from: cursor),
      !isBlank(bytes, cursor..<next.content)
    {
      end = next.content
      cursor = next.next
      line += 1
    }
    return FrontmatterBlock(
      yamlRange: yamlStart..<max(yamlStart, end), blockRange: blockStart..<max(yamlStart, end),
      openingLine: openingLine, yamlStartLine: openingLine + 1, closingLine: line, notes: notes)
  }

  private static func block(
    _ yamlStart: Int, _ yamlEnd: Int, _ blockStart: Int, _ blockEnd: Int, _ opening: Int,
    _ closing: Int, _ notes: [DialectNote]
  ) -> FrontmatterBlock {
    FrontmatterBlock(
      yamlRange: yamlStart..<yamlEnd, blockRange: blockStart..<blockEnd, openingLine: opening,
      yamlStartLine: opening + 1, closingLine: closing, notes: notes)
  }

  /// The end of the line starting at `from`: `content` excludes `\r\n`/`\n`, `next` is the
  /// start of the following line. Nil when `from` is past the end.
  static func lineEnd(_ bytes: [UInt8], from: Int) -> (content: Int, next: Int)? {
    guard from < bytes.count || (from == bytes.count && from == 0) else { return nil }
    var i = from
    while i < bytes.count, bytes[i] != 0x0A { i += 1 }
    let next = i < bytes.count ? i + 1 : i
    var content = i
    if content > from, bytes[content - 1] == 0x0D { content -= 1 }
    return (content, next)
  }

  private static func rawLineHasCR(_ bytes: [UInt8], _ end: (content: Int, next: Int)) -> Bool {
    end.content < bytes.count && bytes[end.content] == 0x0D
  }

  private static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    range.allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 }
  }

  /// Whether `range` is a delimiter of three `marker` bytes; the value says whether blanks
  /// trail it. Nil when it is not a delimiter.
  private static func delimiter(_ bytes: [UInt8], _ range: Range<Int>, marker: UInt8) -> Bool? {
    guard range.count >= 3, bytes[range.lowerBound] == marker,
      bytes[range.lowerBound + 1] == marker, bytes[range.lowerBound + 2] == marker
    else { return nil }
    let rest = (range.lowerBound + 3)..<range.upperBound
    guard isBlank(bytes, rest) else { return nil }
    return !rest.isEmpty
  }
}
