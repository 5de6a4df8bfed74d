/// A stable, readable rule identifier: a kebab-case slug of at most 64 characters.
///
/// IDs are never reused after deletion; a renamed rule keeps its old ID as a deprecated alias.
/// Validation is a hand-written check rather than a regex so it costs nothing at start-up.
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }

  /// Whether the slug matches `^[a-z0-9]+(-[a-z0-9]+)*$` and is at most 64 characters.
  public var isValid: Bool {
    let bytes = Array(rawValue.utf8)
    guard !bytes.isEmpty, bytes.count <= 64, bytes.first != UInt8(ascii: "-"),
      bytes.last != UInt8(ascii: "-")
    else { return false }
    var previousDash = false
    for byte in bytes {
      let isDash = byte == UInt8(ascii: "-")
      let ok = isDash || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
      if !ok || (isDash && previousDash) { return false }
      previousDash = isDash
    }
    return true
  }

  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
