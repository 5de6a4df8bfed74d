import Foundation

/// Makes text from scanned skills inert inside GitHub-flavoured Markdown.
///
/// Messages, paths and snippets are attacker text: unescaped they could close a table cell
/// (`|`), open raw HTML (`<img onerror>`), fake links, or smuggle bidi overrides. Prose is
/// backslash-escaped (markup characters, plus `.`, `:` and `@`, which stops autolinking);
/// code goes into a code span whose fence is longer than any backtick run inside, where
/// GitHub shows everything literally. Newlines become spaces so one value stays on one table row. Linear in the text.
enum MarkdownText {
  /// Longest text kept from one value; snippets and messages are already short.
  static let maxLength = 300

  /// Text for prose and table cells.
  static func escape(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in oneLine(text).unicodeScalars {
      if scalar.isASCII && isPunctuation(UInt8(scalar.value)) { out.append("\\") }
      out.append(scalar)
    }
    return String(out)
  }

  /// An inline code span; safe in a table cell (`|` is escaped, which GFM honours in spans).
  static func code(_ text: String) -> String {
    let line = oneLine(text).replacingOccurrences(of: "|", with: "\\|")
    guard !line.isEmpty else { return "" }
    var longest = 0
    var run = 0
    for byte in line.utf8 {
      run = byte == UInt8(ascii: "`") ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let pad = line.hasPrefix("`") || line.hasSuffix("`") || line.hasPrefix(" ") ? " " : ""
    return fence + pad + line + pad + fence
  }

  /// One line, cleaned of control and bidi characters, at most ``maxLength`` scalars.
  static func oneLine(_ text: String) -> String {
    var flat = String.UnicodeScalarView()
    var count = 0
    for scalar in text.unicodeScalars {
      if count == maxLength {
        flat.append("…")
        break
      }
      flat.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
      count += 1
    }
    return TerminalText.clean(String(flat))
  }

  /// Marks that could start Markdown, HTML, math or an autolink (`.`, `:`, `@`); escaping
  /// any ASCII punctuation is valid CommonMark, these are the ones that matter.
  private static func isPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"),
      UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
      UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "!"),
      UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "~"),
      UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "$"):
      true
    default: false
    }
  }
}
