import Foundation
import SkillScanCore

extension TopLevelEntries.Entry {
  /// The entry's value as OpenClaw's single-line fallback would read it: the text after the
  /// colon, unquoted; a block scalar or an empty inline value takes its continuation lines.
  func fallbackValue(_ bytes: [UInt8]) -> YAMLValue {
    let inline = String(decoding: bytes[inlineValue], as: UTF8.self)
    let continuation = continuationLines.map {
      String(decoding: bytes[TopLevelEntries.trimmed(bytes, $0)], as: UTF8.self)
    }
    if let first = inline.unicodeScalars.first, first == "|" || first == ">" {
      return .string(continuation.joined(separator: first == "|" ? "\n" : " "))
    }
    if inline.isEmpty {
      if continuation.isEmpty { return .null }
      if continuation.allSatisfy({ $0.hasPrefix("- ") || $0 == "-" }) {
        return .list(continuation.map { .string(Self.unquoted(String($0.dropFirst(2)))) })
      }
      return .string(continuation.joined(separator: " "))
    }
    return .string(Self.unquoted(inline))
  }

  /// Whether the value is written in flow style (`{…}` or `[…]`), as inline JSON usually is.
  func isFlowStyle(_ bytes: [UInt8]) -> Bool {
    if let first = inlineValue.first.map({ bytes[$0] }) {
      return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
    guard let line = continuationLines.first else { return false }
    let t = TopLevelEntries.trimmed(bytes, line)
    guard let first = t.first.map({ bytes[$0] }) else { return false }
    return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
  }

  /// The value text after the colon including continuation lines, for a lenient re-parse.
  func valueText(_ bytes: [UInt8]) -> String {
    var parts = [String(decoding: bytes[inlineValue], as: UTF8.self)]
    parts += continuationLines.map { String(decoding: bytes[$0], as: UTF8.self) }
    return parts.joined(separator: "\n")
  }

  /// Strips one pair of matching quotes; `''` inside single quotes becomes `'`.
  static func unquoted(_ text: String) -> String {
    let t = text.trimmingCharacters(in: .whitespaces)
    guard t.count >= 2, let first = t.first, first == t.last, first == "\"" || first == "'"
    else { return t }
    let inner = String(t.dropFirst().dropLast())
    if first == "'" { return inner.replacingOccurrences(of: "''", with: "'") }
    return inner.replacingOccurrences(of: "\\\"", with: "\"")
  }
}
