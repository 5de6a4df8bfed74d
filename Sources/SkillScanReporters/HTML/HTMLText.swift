import Foundation

/// Escapes text from scanned skills for HTML element content and quoted attribute values.
///
/// Skills are hostile: a snippet may hold `<script>`, `</style>` or `"><img onerror=…>`.
/// Every `&`, `<`, `>`, `"` and `'` becomes an entity, so nothing a skill contains can open a
/// tag, close the page's own `<style>`, or leave an attribute. Control and bidi characters
/// are neutralised as in the text report, and newlines become spaces. Linear in the text.
enum HTMLText {
  /// Longest text kept from one value.
  static let maxLength = 400

  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var count = 0
    for scalar in TerminalText.clean(text.replacingOccurrences(of: "\n", with: " ")).unicodeScalars {
      if count == maxLength {
        out += "…"
        break
      }
      count += 1
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A class-name-safe token for values SkillScan itself defines (verdicts, severities).
  static func token(_ text: String) -> String {
    String(text.unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" })
  }
}
