import SkillScanCore

/// `<script>` blocks of HTML and SVG files, as JavaScript regions.
///
/// A browser runs them wherever the page or image is opened (an SVG logo rendered in a
/// preview, a bundled HTML report). A registry skill hid a cookie and storage collector
/// that posted to a request bin inside its `logo.svg`; read as plain text, nothing saw it.
public enum EmbeddedScripts {
  /// File extensions whose `<script>` elements run in a browser.
  public static let extensions: Set<String> = ["html", "htm", "xhtml", "svg", "shtml"]

  /// Whether `path` names an HTML or SVG file.
  ///
  /// Compared byte by byte, without building a string: the flow analysis asks once per code
  /// region, and a page holds hundreds of thousands of `<script>` blocks.
  public static func applies(toPath path: String) -> Bool {
    var path = path
    return path.withUTF8 { bytes in
      guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return false }
      let ext = UnsafeBufferPointer(rebasing: bytes[(dot + 1)...])
      return extensionBytes.contains { known in
        known.count == ext.count && zip(known, ext).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
      }
    }
  }

  /// ``extensions`` as bytes.
  private static let extensionBytes: [[UInt8]] = extensions.map { Array($0.utf8) }

  /// Byte ranges of the contents of every `<script …>…</script>` element; an unclosed one
  /// runs to the end of the file. One forward pass, so any input is linear.
  public static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var from = 0
    while let open = ByteSearch.firstIndexIgnoringCase(of: openTag, in: bytes, from: from) {
      let after = open + openTag.count
      // `<scripts>` or `<script-x>` is another element.
      guard after < bytes.count, bytes[after] == 0x3E || bytes[after] == 0x20 || bytes[after] == 0x09
        || bytes[after] == 0x0A || bytes[after] == 0x0D || bytes[after] == 0x2F
      else {
        from = after
        continue
      }
      guard let tagEnd = ByteSearch.firstIndex(of: [0x3E], in: bytes, from: after) else { break }
      let start = tagEnd + 1
      let close = ByteSearch.firstIndexIgnoringCase(of: closeTag, in: bytes, from: start) ?? bytes.count
      if close > start { found.append(withoutCDATA(start..<close, bytes)) }
      from = close
    }
    return found
  }

  /// Byte ranges of every whole `<script …>…</script>` element, tags included (an unclosed
  /// one runs to the end of the file). One forward pass.
  public static func elements(in bytes: [UInt8]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var from = 0
    while let open = ByteSearch.firstIndexIgnoringCase(of: openTag, in: bytes, from: from) {
      let after = open + openTag.count
      guard after < bytes.count, bytes[after] == 0x3E || bytes[after] == 0x20 || bytes[after] == 0x09
        || bytes[after] == 0x0A || bytes[after] == 0x0D || bytes[after] == 0x2F
      else {
        from = after
        continue
      }
      guard let tagEnd = ByteSearch.firstIndex(of: [0x3E], in: bytes, from: after) else { break }
      let close = ByteSearch.firstIndexIgnoringCase(of: closeTag, in: bytes, from: tagEnd + 1) ?? bytes.count
      let end = close < bytes.count ? (ByteSearch.firstIndex(of: [0x3E], in: bytes, from: close).map { $0 + 1 } ?? bytes.count) : bytes.count
      found.append(open..<end)
      from = end
    }
    return found
  }

  /// The script inside an XML `<![CDATA[ … ]]>` wrapper (SVG scripts use one), so the
  /// lexer sees JavaScript rather than markup at its first statement.
  static func withoutCDATA(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, ByteClass.isSpace(bytes[lo]) { lo += 1 }
    while hi > lo, ByteClass.isSpace(bytes[hi - 1]) { hi -= 1 }
    guard hi - lo >= cdataOpen.count + cdataClose.count, Array(bytes[lo..<lo + cdataOpen.count]) == cdataOpen else { return range }
    lo += cdataOpen.count
    if Array(bytes[hi - cdataClose.count..<hi]) == cdataClose { hi -= cdataClose.count }
    return lo..<hi
  }

  private static let cdataOpen = Array("<![CDATA[".utf8)
  private static let cdataClose = Array("]]>".utf8)
  private static let openTag = Array("<script".utf8)
  private static let closeTag = Array("</script".utf8)
}
