public import Foundation

/// Campaign indicators of compromise (taxonomy.md §2.6, §5.15): domains, IP addresses,
/// publisher accounts and URLs seen in reported malicious skills.
///
/// Data, not logic. Rules describe behaviour; one rule family reports matches against this
/// set to name the campaign and raise confidence, and no rule depends on it, so removing the
/// file (`SKILLSCAN_NO_INDICATORS=1`) must not collapse detection. The set is versioned so a
/// report can say which indicator release it used.
public struct IndicatorSet: Sendable, Hashable, Codable {
  /// Release identifier of the indicator data (a date).
  public var version: String
  /// Lower-case host names; subdomains match too.
  public var domains: [String]
  /// IPv4 or IPv6 literals.
  public var ips: [String]
  /// Publisher accounts as `host/account` (`github.com/someone`), matched as URL prefixes.
  public var accounts: [String]
  /// Lower-case URL prefixes.
  public var urls: [String]

  public init(version: String, domains: [String] = [], ips: [String] = [], accounts: [String] = [], urls: [String] = []) {
    self.version = version
    self.domains = domains.map { $0.lowercased() }
    self.ips = ips
    self.accounts = accounts.map { $0.lowercased() }
    self.urls = urls.map { $0.lowercased() }
  }

  /// An empty set (indicators disabled).
  public static let empty = IndicatorSet(version: "none")

  /// Whether the set holds nothing.
  public var isEmpty: Bool { domains.isEmpty && ips.isEmpty && accounts.isEmpty && urls.isEmpty }

  enum CodingKeys: String, CodingKey { case version, domains, ips, accounts, urls }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      version: try c.decodeIfPresent(String.self, forKey: .version) ?? "unversioned",
      domains: try c.decodeIfPresent([String].self, forKey: .domains) ?? [],
      ips: try c.decodeIfPresent([String].self, forKey: .ips) ?? [],
      accounts: try c.decodeIfPresent([String].self, forKey: .accounts) ?? [],
      urls: try c.decodeIfPresent([String].self, forKey: .urls) ?? [])
  }

  /// The set the scanner uses: empty when `SKILLSCAN_NO_INDICATORS=1` (the ablation check),
  /// the file named by `SKILLSCAN_INDICATORS` when set, else the bundled file. A file that
  /// cannot be read yields the empty set rather than failing the scan.
  public static let bundled: IndicatorSet = resolve(environment: ProcessInfo.processInfo.environment)

  /// ``bundled``'s resolution, for tests.
  public static func resolve(environment: [String: String]) -> IndicatorSet {
    if let off = environment["SKILLSCAN_NO_INDICATORS"], ["1", "true", "yes"].contains(off.lowercased()) {
      return .empty
    }
    if let path = environment["SKILLSCAN_INDICATORS"], !path.isEmpty {
      return (try? load(from: URL(fileURLWithPath: path))) ?? .empty
    }
    guard let url = Bundle.module.url(forResource: "indicators", withExtension: "json") else { return .empty }
    return (try? load(from: url)) ?? .empty
  }

  /// Reads an indicator file.
  /// - Throws: when the file cannot be read or is not the expected JSON.
  public static func load(from url: URL) throws -> IndicatorSet {
    try JSONDecoder().decode(IndicatorSet.self, from: Data(contentsOf: url))
  }
}
