import SkillScanCore

/// Finds Markdown comments — `<!-- … -->` and the `[//]: # (…)` idiom — outside code.
///
/// A byte scan rather than the region list, so a comment is found the same way whatever the
/// Markdown splitter decides about its surroundings; comments that start inside a fenced
/// block or a code span are examples, not hidden text, and are skipped.
enum CommentScanner {
  private static let open = Array("<!--".utf8)
  private static let close = Array("-->".utf8)

  /// Content ranges (without the delimiters) of the comments in `file`.
  static func comments(in file: AnalyzedFile) -> [Range<Int>] {
    let bytes = file.bytes
    var result: [Range<Int>] = []
    var from = 0
    while let start = ByteSearch.firstIndex(of: open, in: bytes, from: from) {
      let contentStart = start + open.count
      let end = ByteSearch.firstIndex(of: close, in: bytes, from: contentStart) ?? bytes.count
      if !isInCode(file, at: start) { result.append(contentStart..<end) }
      from = min(bytes.count, end + close.count)
      if from >= bytes.count { break }
    }
    result += linkComments(in: file)
    return result.sorted { $0.lowerBound < $1.lowerBound }
  }

  static func isInCode(_ file: AnalyzedFile, at offset: Int) -> Bool {
    guard let region = file.region(at: offset) else { return false }
    return region.kind == .fencedCode || region.kind == .inlineCode
  }

  /// `[//]: # (text)`, `[comment]: # "text"`, `[//]: <> (text)` lines.
  private static func linkComments(in file: AnalyzedFile) -> [Range<Int>] {
    let bytes = file.bytes
    var result: [Range<Int>] = []
    for start in file.source.lines.starts where start < bytes.count && bytes[start] == UInt8(ascii: "[") {
      var i = start + 1
      while i < bytes.count && i - start < 24 && bytes[i] != UInt8(ascii: "]") && bytes[i] != 0x0A { i += 1 }
      guard i + 2 < bytes.count, bytes[i] == UInt8(ascii: "]"), bytes[i + 1] == UInt8(ascii: ":") else { continue }
      i += 2
      while i < bytes.count && bytes[i] == 0x20 { i += 1 }
      guard i < bytes.count else { continue }
      if bytes[i] == UInt8(ascii: "#") {
        i += 1
      } else if bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") {
        i += 2
      } else {
        continue
      }
      var end = i
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      if !isInCode(file, at: start) { result.append(i..<end) }
    }
    return result
  }
}
