/// Makes attacker-controlled text safe to print on a terminal.
///
/// Paths, names, messages and snippets come from the skills being scanned. Printed raw, an
/// escape sequence could recolour, hide or rewrite the report, and bidirectional overrides
/// could reorder what a reviewer reads ("Trojan Source"). Control characters become U+FFFD
/// and bidi controls become a visible `<U+202E>` tag. Linear in the text.
enum TerminalText {
  static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        out.append(" ")
      } else if isControl(scalar) {
        out.append("\u{FFFD}")
      } else if isBidiControl(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    isControl(scalar) || isBidiControl(scalar)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
  }

  private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
