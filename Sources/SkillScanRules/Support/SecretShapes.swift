import SkillScanCore

/// Recognises credential-shaped strings (taxonomy.md §5.8) in one linear pass per anchor,
/// and redacts them for display. Placeholders, documentation keys and low-variety strings
/// are rejected.
public enum SecretShapes {
  /// One secret found.
  public struct Match: Sendable, Hashable {
    /// Bytes of the secret value.
    public var range: Range<Int>
    /// What it is ("GitHub token").
    public var kind: String
    /// Whether it is a ready-made exfiltration channel (webhook URL, bot token).
    public var isChannel: Bool
    /// How many leading characters may be shown.
    public var visiblePrefix: Int
  }

  /// Which bytes may follow an anchor.
  enum Body: Sendable { case upperDigit, token, jwt, tokenColon, tokenSlash, none }

  struct Shape: Sendable {
    var anchor: String
    var kind: String
    var minBody: Int
    var bodyBytes: Body
    var channel: Bool = false
    /// Characters of the anchor kept visible.
    var visible: Int
  }

  static func accepts(_ body: Body, _ b: UInt8) -> Bool {
    switch body {
    case .upperDigit: isUpperDigit(b)
    case .token: isToken(b)
    case .jwt: isJWT(b)
    case .tokenColon: isToken(b) || b == UInt8(ascii: ":")
    case .tokenSlash: isToken(b) || b == UInt8(ascii: "/")
    case .none: false
    }
  }

  static func isToken(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
  }
  static func isUpperDigit(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) }
  static func isJWT(_ b: UInt8) -> Bool { isToken(b) || b == UInt8(ascii: ".") }

  static let shapes: [Shape] = [
    Shape(anchor: "AKIA", kind: "AWS access key ID", minBody: 16, bodyBytes: .upperDigit, visible: 4),
    Shape(anchor: "ASIA", kind: "AWS temporary access key ID", minBody: 16, bodyBytes: .upperDigit, visible: 4),
    Shape(anchor: "ghp_", kind: "GitHub token", minBody: 36, bodyBytes: .token, visible: 4),
    Shape(anchor: "gho_", kind: "GitHub OAuth token", minBody: 36, bodyBytes: .token, visible: 4),
    Shape(anchor: "ghs_", kind: "GitHub app token", minBody: 36, bodyBytes: .token, visible: 4),
    Shape(anchor: "github_pat_", kind: "GitHub fine-grained token", minBody: 40, bodyBytes: .token, visible: 11),
    Shape(anchor: "sk-ant-", kind: "Anthropic API key", minBody: 32, bodyBytes: .token, visible: 7),
    Shape(anchor: "sk-proj-", kind: "OpenAI API key", minBody: 32, bodyBytes: .token, visible: 8),
    Shape(anchor: "sk-", kind: "OpenAI-style API key", minBody: 40, bodyBytes: .token, visible: 3),
    Shape(anchor: "sk_live_", kind: "Stripe live key", minBody: 20, bodyBytes: .token, visible: 8),
    Shape(anchor: "rk_live_", kind: "Stripe restricted key", minBody: 20, bodyBytes: .token, visible: 8),
    Shape(anchor: "xoxb-", kind: "Slack bot token", minBody: 20, bodyBytes: .token, visible: 5),
    Shape(anchor: "xoxp-", kind: "Slack user token", minBody: 20, bodyBytes: .token, visible: 5),
    Shape(anchor: "xoxa-", kind: "Slack token", minBody: 20, bodyBytes: .token, visible: 5),
    Shape(anchor: "AIza", kind: "Google API key", minBody: 35, bodyBytes: .token, visible: 4),
    Shape(anchor: "eyJ", kind: "JSON Web Token", minBody: 40, bodyBytes: .jwt, visible: 3),
    Shape(anchor: "api.telegram.org/bot", kind: "Telegram bot token", minBody: 40, bodyBytes: .tokenColon, channel: true, visible: 20),
    Shape(anchor: "discord.com/api/webhooks/", kind: "Discord webhook URL", minBody: 50, bodyBytes: .tokenSlash, channel: true, visible: 25),
    Shape(anchor: "discordapp.com/api/webhooks/", kind: "Discord webhook URL", minBody: 50, bodyBytes: .tokenSlash, channel: true, visible: 28),
    Shape(anchor: "hooks.slack.com/services/", kind: "Slack webhook URL", minBody: 30, bodyBytes: .tokenSlash, channel: true, visible: 25),
    Shape(anchor: "-----BEGIN", kind: "private key", minBody: 0, bodyBytes: .none, visible: 10),
  ]

  static let anchors = KeywordFilter(keywords: shapes.map { $0.anchor.lowercased() })

  /// Words that mark a value as a placeholder or published example.
  static let placeholderMarkers = [
    "example", "xxxx", "your", "placeholder", "dummy", "fake", "sample", "redacted", "test", "demo",
    "changeme", "replace", "<", "{", "$", "...", "…", "****", "0000000000", "1234567890", "abcdef",
  ]

  /// Secrets in `bytes`; at most 64.
  public static func find(in bytes: [UInt8]) -> [Match] {
    var result: [Match] = []
    var reached = 0
    for (index, end) in anchors.positions(in: bytes) where result.count < 64 {
      let shape = shapes[index]
      let start = end - shape.anchor.utf8.count
      guard start >= reached, ByteText(bytes, start, shape.anchor) else { continue }
      if shape.anchor.first?.isLetter == true, start > 0, isToken(bytes[start - 1]) && !shape.channel { continue }
      if shape.anchor == "sk-", ByteText(bytes, end, "ant-") || ByteText(bytes, end, "proj-") { continue }
      if shape.anchor == "-----BEGIN" {
        if let m = privateKey(bytes, start) { result.append(m); reached = m.range.upperBound }
        continue
      }
      var k = end
      while k < bytes.count && k - end < 400 && accepts(shape.bodyBytes, bytes[k]) { k += 1 }
      let body = k - end
      guard body >= shape.minBody else { continue }
      if shape.anchor.hasPrefix("AKIA") || shape.anchor.hasPrefix("ASIA"), body > 16 { continue }
      if shape.anchor == "eyJ" && !isJWTShape(bytes[start..<k]) { continue }
      let value = String(decoding: bytes[start..<k], as: UTF8.self)
      guard !isPlaceholder(value, body: bytes[end..<k]) else { continue }
      result.append(Match(range: start..<k, kind: shape.kind, isChannel: shape.channel, visiblePrefix: shape.visible))
      reached = k
    }
    return result
  }

  static func ByteText(_ bytes: [UInt8], _ start: Int, _ anchor: String) -> Bool {
    var i = start
    for b in anchor.utf8 {
      guard i < bytes.count, bytes[i] == b else { return false }
      i += 1
    }
    return true
  }

  static func isJWTShape(_ slice: ArraySlice<UInt8>) -> Bool {
    let parts = slice.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    return parts.count == 3 && parts[1].starts(with: Array("eyJ".utf8)) && parts[2].count >= 16
  }

  static func isPlaceholder(_ value: String, body: ArraySlice<UInt8>) -> Bool {
    let lower = value.lowercased()
    if placeholderMarkers.contains(where: { lower.contains($0) }) { return true }
    var distinct = Set<UInt8>()
    for b in body.prefix(64) { distinct.insert(b) }
    return distinct.count < 8
  }

  /// `-----BEGIN … PRIVATE KEY-----` followed by a body (not an empty documentation block).
  static func privateKey(_ bytes: [UInt8], _ start: Int) -> Match? {
    var k = start + 10
    while k < bytes.count && k - start < 64 && bytes[k] != UInt8(ascii: "\n") { k += 1 }
    let header = Array(bytes[start..<k])
    guard let label = ByteSearch.firstIndex(of: Self.privateKeyLabel, in: header) else { return nil }
    // A real header names its type in capitals and spaces (`-----BEGIN RSA PRIVATE KEY-----`);
    // `-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----` in a detector is a pattern for one.
    guard label >= 10, header[10..<label].allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x20 || ($0 >= 0x30 && $0 <= 0x39) })
    else { return nil }
    var body = k
    var count = 0
    while body < bytes.count && count < 4096 && bytes[body] != UInt8(ascii: "-") {
      if isToken(bytes[body]) || bytes[body] == UInt8(ascii: "+") || bytes[body] == UInt8(ascii: "/") { count += 1 }
      body += 1
    }
    guard count >= 64 else { return nil }
    let text = String(decoding: bytes[k..<body], as: UTF8.self).lowercased()
    if text.contains("...") || text.contains("example") || text.contains("xxxx") { return nil }
    return Match(range: start..<body, kind: "private key", isChannel: false, visiblePrefix: 10)
  }

  static let privateKeyLabel = Array("PRIVATE KEY-----".utf8)

  /// `value` shortened to its first `visible` characters plus `…[REDACTED]`.
  public static func redact(_ value: String, visible: Int) -> String {
    String(value.prefix(visible)) + "…[REDACTED]"
  }
}
