/// The class of a URL's host (taxonomy.md §5.2), from ``HostClasses`` data and address shape.
public enum HostClass: String, Sendable, Hashable, CaseIterable {
  case rawIP = "raw IP address"
  case paste = "paste site"
  case tunnel = "tunnel"
  case collector = "request collector or webhook"
  case shortener = "URL shortener"
  case dynamicDNS = "dynamic-DNS name"
  case freeStaticHost = "free static host"
  case fileHost = "file-sharing host"
  case objectStorage = "object storage"
  case userContent = "user-content hosting"
  /// Loopback, private, link-local or unspecified addresses and `localhost`.
  case local = "local or private address"
  /// RFC 5737 / RFC 3849 documentation ranges and reserved example names.
  case documentation = "documentation address"

  /// Classes that mark a place for payloads or stolen data rather than a product's own API.
  public var isSuspicious: Bool {
    switch self {
    case .rawIP, .paste, .tunnel, .collector, .shortener, .dynamicDNS: true
    case .freeStaticHost, .fileHost, .objectStorage, .userContent, .local, .documentation: false
    }
  }
}

/// Classifies hosts; pure functions over ``FoundURL``.
public enum HostClassifier {
  private static let table: [(HostClass, [String])] = [
    (.collector, HostClasses.collector), (.paste, HostClasses.paste),
    (.tunnel, HostClasses.tunnel), (.shortener, HostClasses.shortener),
    (.dynamicDNS, HostClasses.dynamicDNS), (.fileHost, HostClasses.fileHost),
    (.userContent, HostClasses.userContent), (.objectStorage, HostClasses.objectStorage),
    (.freeStaticHost, HostClasses.freeStaticHost),
  ]

  /// The class of `url`'s host, or nil for an ordinary domain.
  public static func classify(_ url: FoundURL) -> HostClass? {
    let host = url.host
    if host == "localhost" || host.hasSuffix(".localhost") { return .local }
    if let ip = ipv4(host) { return classifyIPv4(ip) }
    if host.contains(":") {
      if host == "::1" || host == "::" || host.hasPrefix("fe80") || host.hasPrefix("fc") || host.hasPrefix("fd") {
        return .local
      }
      if host.hasPrefix("2001:db8") { return .documentation }
      return .rawIP
    }
    if isNumericHost(host) { return .rawIP }
    // A single-label name (`YOUR-VPS`, `ollama`, a compose service) is not a public DNS name:
    // it resolves only inside the user's own network, like a private address.
    if isSingleLabel(host) { return .local }
    if host == "example.com" || host.hasSuffix(".example.com") || host == "example.org"
      || host.hasSuffix(".example.org") || host == "example.net" || host.hasSuffix(".example")
      || host.hasSuffix(".test") || host.hasSuffix(".invalid") || host.hasSuffix(".local")
    {
      return .documentation
    }
    let path = url.lowerPath
    var best: Int?
    for suffix in domainSuffixes(of: host) {
      for (order, entry) in byDomain[String(suffix)] ?? [] where order < (best ?? .max) {
        if matches(entry, host: host, path: path) { best = order }
      }
    }
    return best.map { table[$0].0 }
  }

  /// Whether `host` is one DNS label of letters, digits, `-` and `_` (no dot, no placeholder
  /// syntax such as `$HOST` or `{host}`).
  static func isSingleLabel(_ host: String) -> Bool {
    !host.isEmpty && host.utf8.allSatisfy { b in
      (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
    }
  }

  /// Table entries keyed by their domain, each with the index of its class in ``table``, so a
  /// host costs one dictionary probe per label instead of a walk over every entry — the
  /// classifier runs once per URL and hostile files hold hundreds of thousands of URLs.
  private static let byDomain: [String: [(Int, String)]] = {
    var index: [String: [(Int, String)]] = [:]
    for (order, (_, entries)) in table.enumerated() {
      for entry in entries {
        let domain = entry.split(separator: "/", maxSplits: 1).first.map(String.init) ?? entry
        index[domain, default: []].append((order, entry))
      }
    }
    return index
  }()

  /// `a.b.example.com`, `b.example.com`, `example.com`, `com`: every domain `host` is within.
  static func domainSuffixes(of host: String) -> [Substring] {
    var result: [Substring] = [host[...]]
    var rest = host[...]
    while let dot = rest.firstIndex(of: ".") {
      rest = rest[rest.index(after: dot)...]
      result.append(rest)
    }
    return result
  }

  /// Whether `host` is `domain` or one of its subdomains.
  ///
  /// Compared on UTF-8 bytes without building `"." + domain`: host classes test dozens of
  /// domains per host, and the concatenation was an allocation each.
  public static func isWithin(_ host: String, _ domain: String) -> Bool {
    let h = host.utf8
    let d = domain.utf8
    guard h.count >= d.count else { return false }
    guard h.count > d.count else { return h.elementsEqual(d) }
    guard h.suffix(d.count).elementsEqual(d) else { return false }
    return h[h.index(h.endIndex, offsetBy: -d.count - 1)] == UInt8(ascii: ".")
  }

  /// Matches a ``HostClasses`` entry: `domain`, `domain/path-prefix`, or a pattern whose path
  /// segments may be `*` (`github.com/*/*/releases/download`).
  static func matches(_ entry: String, host: String, path: String) -> Bool {
    guard let slash = entry.firstIndex(of: "/") else { return isWithin(host, entry) }
    let domain = String(entry[..<slash])
    guard isWithin(host, domain) else { return false }
    let want = entry[entry.index(after: slash)...].split(separator: "/")
    let have = path.split(whereSeparator: { $0 == "?" || $0 == "#" }).first?.split(separator: "/") ?? []
    guard have.count >= want.count else { return false }
    for (w, h) in zip(want, have) where w != "*" && w != h { return false }
    return true
  }

  /// Dotted-quad IPv4 octets, or nil.
  public static func ipv4(_ host: String) -> [Int]? {
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    var octets: [Int] = []
    for p in parts {
      guard !p.isEmpty, p.count <= 3, p.allSatisfy(\.isASCII), let v = Int(p), v <= 255 else { return nil }
      octets.append(v)
    }
    return octets
  }

  static func classifyIPv4(_ o: [Int]) -> HostClass {
    switch (o[0], o[1], o[2]) {
    case (127, _, _), (10, _, _), (0, _, _), (192, 168, _), (169, 254, _): return .local
    case (172, 16...31, _), (100, 64...127, _): return .local
    case (192, 0, 2), (198, 51, 100), (203, 0, 113): return .documentation
    default: return .rawIP
    }
  }

  /// `http://1558237726/` or `http://0x5cf21e1e/`: an address written as one number.
  static func isNumericHost(_ host: String) -> Bool {
    guard host.utf8.count >= 4 else { return false }
    if host.hasPrefix("0x") { return host.dropFirst(2).allSatisfy(\.isHexDigit) }
    return host.allSatisfy(\.isNumber) && host.utf8.count >= 8
  }
}
