public import SkillScanCore

/// The `<script>` elements a generator script writes into the pages it builds: a report
/// renderer whose template string holds `<script>…</script>` ships that code to every
/// browser that opens the report.
///
/// Inside a Node or Python script the page is a string, so the browser code is data to the
/// script's own language and no flow rule read it: a "page-view counter" that posts
/// `document.cookie` and `localStorage` to a third party passed unseen. The derived file is
/// the generator's bytes with everything outside its `<script>` elements blanked (line
/// breaks kept, so lines and columns are the real file's), named as an HTML page so its
/// elements are analysed as the JavaScript a browser runs.
public enum GeneratedPages {
  /// Appended to the generator's path to name the derived page.
  public static let pathSuffix = "#page.html"

  public static func derivedFile(of file: SourceFile) -> SourceFile? {
    guard file.kind == .script, [.javascript, .python, .shell, .powershell].contains(file.language),
      !EmbeddedScripts.applies(toPath: file.path)
    else { return nil }
    let bytes = file.bytes
    // Only whole elements: `"<script>"` alone in a pattern list (an XSS filter) opens
    // nothing, and an unclosed element would run to the end of the generator.
    let elements = EmbeddedScripts.elements(in: bytes).filter { element in
      ByteSearch.firstIndexIgnoringCase(of: closeTag, in: bytes, from: element.lowerBound).map { $0 < element.upperBound } == true
    }
    guard !elements.isEmpty else { return nil }
    // The elements one after another, each line mapped to its line and column in the
    // generator: no padding between them, so nothing reads as hidden whitespace.
    var page: [UInt8] = []
    var lines: [Int] = []
    var columns: [Int] = []
    var line = 1
    var lineStart = 0
    var scanned = 0
    for element in elements {
      while scanned < element.lowerBound {
        if bytes[scanned] == 0x0A {
          line += 1
          lineStart = scanned + 1
        }
        scanned += 1
      }
      var column = element.lowerBound - lineStart + 1
      for i in element {
        page.append(bytes[i])
        if bytes[i] == 0x0A {
          lines.append(line)
          columns.append(column)
          line += 1
          lineStart = i + 1
          column = 1
        }
      }
      scanned = element.upperBound
      page.append(0x0A)
      lines.append(line)
      columns.append(column)
    }
    return SourceFile(
      path: file.path + pathSuffix, bytes: page, kind: .text, language: .text,
      origin: SourceOrigin(path: file.path, lines: lines, columns: columns, runsUnattended: false))
  }

  static let closeTag = Array("</script".utf8)
}
