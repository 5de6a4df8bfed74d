import Foundation
import SkillScanCore

/// Where a send goes: the host of a URL, classified for exfiltration rules (taxonomy.md §5.2).
///
/// Rules match the *shape* of a destination (raw IP, tunnel, paste site, webhook collector),
/// never a campaign's actual hosts; those live in the indicator file. Placeholders and local
/// addresses are recognised so documentation examples do not count as transmissions.
public enum ExfilHosts {
  /// The class of a destination host.
  public enum HostClass: String, Sendable, Hashable {
    /// localhost, loopback, private ranges, `example.com`, templated hosts.
    case local
    /// Raw public IPv4, paste site, tunnel or request collector: where stolen data lands.
    case collector
    /// Any other public host.
    case external
  }

  /// The lower-cased host of an `http(s)://` (or `ws(s)://`, `ftp://`) URL inside `text`.
  /// - Parameter text: a URL or a string containing one.
  /// - Returns: the host without port or credentials, or nil when there is no URL.
  public static func host(inURL text: String) -> String? {
    var text = text
    if let ascii = text.withUTF8({ asciiHost(inURL: $0) }) { return ascii }
    return scalarHost(inURL: text)
  }

  /// ``host(inURL:)`` read on characters, for text that is not ASCII.
  static func scalarHost(inURL text: String) -> String? {
    let lower = text.lowercased()
    guard let scheme = lower.range(of: "://") else { return nil }
    let prefix = lower[..<scheme.lowerBound].suffix(5)
    guard prefix.hasSuffix("http") || prefix.hasSuffix("https") || prefix.hasSuffix("ws")
      || prefix.hasSuffix("wss") || prefix.hasSuffix("ftp")
    else { return nil }
    var host = lower[scheme.upperBound...].prefix { c in
      !(c == "/" || c == "?" || c == "#" || c == " " || c == "\"" || c == "'" || c == "`" || c == ")")
    }
    if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
    if host.hasPrefix("[") { return String(host.prefix { $0 != "]" }.dropFirst()) }
    if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
    return host.isEmpty ? nil : String(host)
  }

  /// ``host(inURL:)`` of ASCII text, read on bytes (`.some(nil)`: no host); nil when the
  /// text is not ASCII and needs Unicode lower-casing. Every send of every rule asks for its
  /// URL's host; lower-casing and a bridged search per call were most of that cost.
  static func asciiHost(inURL u: UnsafeBufferPointer<UInt8>) -> String?? {
    guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
    func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    var scheme = -1
    var i = 0
    while i + 3 <= u.count {
      if u[i] == 0x3A, u[i + 1] == 0x2F, u[i + 2] == 0x2F {
        scheme = i
        break
      }
      i += 1
    }
    guard scheme >= 0 else { return .some(nil) }
    let prefix = String(decoding: u[max(0, scheme - 5)..<scheme].map(lower), as: UTF8.self)
    guard prefix.hasSuffix("http") || prefix.hasSuffix("https") || prefix.hasSuffix("ws")
      || prefix.hasSuffix("wss") || prefix.hasSuffix("ftp")
    else { return .some(nil) }
    var end = scheme + 3
    while end < u.count {
      switch u[end] {
      case 0x2F, 0x3F, 0x23, 0x20, 0x22, 0x27, 0x60, 0x29: break
      default:
        end += 1
        continue
      }
      break
    }
    var start = scheme + 3
    if let at = u[start..<end].lastIndex(of: 0x40) { start = at + 1 }
    var host: [UInt8]
    if start < end, u[start] == 0x5B {
      host = Array(u[(start + 1)..<end].prefix { $0 != 0x5D })
      return .some(String(decoding: host.map(lower), as: UTF8.self))
    }
    host = Array(u[start..<end])
    if let colon = host.firstIndex(of: 0x3A) { host.removeSubrange(colon...) }
    return .some(host.isEmpty ? nil : String(decoding: host.map(lower), as: UTF8.self))
  }

  /// The first URL host in `text` (scans for `://`; linear).
  public static func firstHost(in text: String) -> String? {
    var rest = Substring(text)
    var rounds = 0
    while let r = rest.range(of: "://"), rounds < 16 {
      rounds += 1
      var start = r.lowerBound
      while start > rest.startIndex {
        let before = rest.index(before: start)
        guard rest[before].isLetter else { break }
        start = before
      }
      if let host = host(inURL: String(rest[start...].prefix(300))) { return host }
      rest = rest[r.upperBound...]
    }
    return nil
  }

  /// Classifies a host.
  public static func classify(_ host: String) -> HostClass {
    let h = host.hasSuffix(".") ? String(host.dropLast()) : host
    if isLocalOrPlaceholder(h) { return .local }
    if isPublicIPv4(h) { return .collector }
    for suffix in collectorSuffixes where HostClassifier.isWithin(h, suffix) { return .collector }
    return .external
  }

  /// Model-provider APIs: agent tooling sends prompts and context there by design, so context
  /// sent to them is reported without a chain (credentials sent there still chain).
  static let modelProviderSuffixes = [
    "api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com", "aiplatform.googleapis.com",
    "api.mistral.ai", "api.groq.com", "openrouter.ai", "api.together.xyz", "api.deepseek.com", "api.minimax.chat",
    "api.minimaxi.com", "api.cohere.ai", "api.cohere.com", "api.x.ai", "api.perplexity.ai", "api.fireworks.ai",
    "openai.azure.com", "api.moonshot.cn", "api.moonshot.ai", "dashscope.aliyuncs.com", "api-inference.huggingface.co",
  ]

  /// Whether `host` is a model provider's API.
  public static func isModelProvider(_ host: String) -> Bool {
    modelProviderSuffixes.contains { HostClassifier.isWithin(host, $0) }
  }

  /// Whether a URL's path marks a webhook collector on a general host (Discord, Slack).
  public static func isWebhookPath(_ url: String) -> Bool {
    let lower = url.lowercased()
    return lower.contains("discord.com/api/webhooks") || lower.contains("discordapp.com/api/webhooks")
      || lower.contains("hooks.slack.com/services") || lower.contains("api.telegram.org/bot")
  }

  static func isLocalOrPlaceholder(_ h: String) -> Bool {
    // Bytes, not `String.contains`: with Foundation imported that is a bridged search, and
    // every upload, URL and send of every rule asks this.
    if h.isEmpty || h.utf8.contains(where: { $0 == 0x3C || $0 == 0x7B || $0 == 0x24 || $0 == 0x25 }) { return true }
    if ["localhost", "0.0.0.0", "::1", "host.docker.internal"].contains(h) { return true }
    if h.hasPrefix("127.") || h.hasPrefix("10.") || h.hasPrefix("192.168.") || h.hasPrefix("169.254.") {
      return true
    }
    if h.hasPrefix("172."), let second = h.split(separator: ".").dropFirst().first, let n = Int(second),
      (16...31).contains(n)
    {
      return true
    }
    for suffix in placeholderSuffixes where HostClassifier.isWithin(h, suffix) { return true }
    if h.hasSuffix(".local") || h.hasSuffix(".localhost") || h.hasSuffix(".internal") { return true }
    return h.hasPrefix("your") || ByteSearch.contains(h, "your-") || ByteSearch.contains(h, "yourdomain") || !h.utf8.contains(0x2E)
  }

  /// Whether `h` is the machine itself or the user's private network: loopback, RFC 1918
  /// and link-local addresses, `localhost`, Docker's host alias, or a single-label name (a
  /// compose service, `ollama`). Documentation placeholders (`example.com`, `your-server`)
  /// are not: a sample that names one is still read as sending out.
  /// - Parameter singleLabelIsLocal: false for `scp`/`rsync`/`sftp`, whose one-word targets
  ///   are SSH aliases that can point anywhere.
  public static func isLoopbackOrPrivate(_ host: String, singleLabelIsLocal: Bool = true) -> Bool {
    let h = host.hasSuffix(".") ? String(host.dropLast()) : host
    guard !h.isEmpty, !h.contains(where: { "<{$%".contains($0) }) else { return false }
    if ["localhost", "0.0.0.0", "::1", "host.docker.internal"].contains(h) || h.hasSuffix(".localhost") { return true }
    if h.hasPrefix("127.") || h.hasPrefix("10.") || h.hasPrefix("192.168.") { return true }
    if h.hasPrefix("172."), let second = h.split(separator: ".").dropFirst().first, let n = Int(second), (16...31).contains(n) {
      return true
    }
    return singleLabelIsLocal && !h.contains(".") && !h.contains(":") && !h.lowercased().hasPrefix("your")
  }

  static func isPublicIPv4(_ h: String) -> Bool {
    let parts = h.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return false }
    return parts.allSatisfy { p in !p.isEmpty && p.count <= 3 && p.allSatisfy(\.isASCII) && p.allSatisfy(\.isNumber) && (Int(p) ?? 999) <= 255 }
  }

  /// Documentation placeholders (RFC 2606 / 6761) that never receive real traffic.
  static let placeholderSuffixes = [
    "example.com", "example.org", "example.net", "example", "test", "invalid", "localhost",
  ]

  /// Paste sites, tunnels and request collectors (shape classes of §5.2, not campaign IOCs).
  static let collectorSuffixes = [
    // Paste and drop sites
    "pastebin.com", "paste.ee", "hastebin.com", "rentry.co", "rentry.org", "glot.io", "dpaste.com",
    "dpaste.org", "termbin.com", "transfer.sh", "file.io", "0x0.st", "ghostbin.co", "paste.rs",
    "bashupload.com", "temp.sh", "catbox.moe",
    // Tunnels
    "ngrok.io", "ngrok.app", "ngrok-free.app", "ngrok-free.dev", "ngrok.dev", "trycloudflare.com",
    "bore.pub", "loca.lt", "localtunnel.me", "serveo.net", "localhost.run", "pinggy.io", "pinggy.link",
    "lhr.life", "tunnelmole.net",
    // Request collectors and out-of-band interaction hosts
    "webhook.site", "requestbin.com", "requestbin.net", "pipedream.net", "hookbin.com", "beeceptor.com",
    "requestcatcher.com", "interact.sh", "oast.fun", "oast.me", "oast.pro", "oast.live", "oast.site",
    "oast.online", "burpcollaborator.net", "canarytokens.com", "dnslog.cn", "ceye.io",
  ] + HostClasses.collector.filter { entry in
    // The request collectors of the URL classes too (`ntfy.sh`, `postb.in`, `mockbin.org`):
    // whatever is sent there is readable by anyone who knows the topic or bin. Chat and
    // automation webhooks stay out: posting a notification to one's own Slack is routine.
    !entry.contains("/") && !["hooks.slack.com", "hooks.zapier.com"].contains(entry)
  }
}
