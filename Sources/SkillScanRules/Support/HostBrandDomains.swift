import SkillScanCore

/// Agent-platform brands and the domains their owners actually use (taxonomy.md §5.1 (e),
/// §5.2 lookalikes), as data.
///
/// Fake-prerequisite droppers send users to `<brand>cli.<tld>` or `<brand>-core.vercel.app`:
/// a host that *contains* the brand of the agent the skill runs in, but is not that brand's
/// domain. A brand is listed here only when skills are installed into its agent (so a skill
/// has a reason to name it) and its official domains are known. Review additions against the
/// vendor's own documentation; an official domain missing here would only make a genuine link
/// count as a lookalike when it is also presented as a mandatory download.
public enum HostBrandDomains {
  /// One protected brand.
  public struct Brand: Sendable, Hashable {
    /// The lower-case token looked for inside host labels.
    public var token: String
    /// Registrable domains the brand owner controls (subdomains included).
    public var official: [String]
    /// GitHub organisations of the brand owner (for release and raw links).
    public var githubOrgs: [String]
  }

  /// The protected brands.
  public static let brands: [Brand] = [
    Brand(token: "openclaw", official: ["openclaw.ai"], githubOrgs: ["openclaw"]),
    Brand(token: "clawhub", official: ["clawhub.ai", "clawhub.com"], githubOrgs: ["openclaw"]),
    Brand(token: "clawdhub", official: ["clawdhub.com"], githubOrgs: ["openclaw"]),
    Brand(token: "clawdbot", official: ["clawd.bot", "clawdbot.com"], githubOrgs: ["openclaw", "clawdbot"]),
    Brand(token: "moltbot", official: ["molt.bot"], githubOrgs: ["openclaw", "moltbot"]),
    Brand(token: "anthropic", official: ["anthropic.com", "claude.ai", "claude.com"], githubOrgs: ["anthropics"]),
    Brand(token: "claude", official: ["claude.ai", "claude.com", "anthropic.com"], githubOrgs: ["anthropics"]),
    Brand(token: "openai", official: ["openai.com", "chatgpt.com", "oaistatic.com", "openai.azure.com", "azure.com"], githubOrgs: ["openai"]),
    Brand(token: "chatgpt", official: ["chatgpt.com", "openai.com"], githubOrgs: ["openai"]),
    Brand(token: "codex", official: ["openai.com", "chatgpt.com"], githubOrgs: ["openai"]),
    Brand(token: "cursor", official: ["cursor.com", "cursor.sh", "anysphere.co"], githubOrgs: ["getcursor", "cursor"]),
    Brand(token: "copilot", official: ["github.com", "githubcopilot.com", "microsoft.com"], githubOrgs: ["github", "microsoft"]),
    Brand(token: "gemini", official: ["google.com", "googleapis.com", "gemini.google.com"], githubOrgs: ["google-gemini", "google"]),
  ]

  /// Every brand token in one automaton, to rule out the common case in one pass.
  static let tokenFilter = KeywordFilter(keywords: brands.map(\.token))

  /// The brand a host imitates: a label contains a brand token, and the host is not under
  /// one of that brand's official domains.
  /// - Parameter host: a lower-case host name.
  /// - Returns: the imitated brand, or nil.
  public static func imitatedBrand(host: String) -> Brand? {
    // The owner label is part of the host: a host without any token needs no further work
    // (nearly every URL), and String.contains per brand per URL was measurable.
    guard !tokenFilter.matches(in: Array(host.utf8)).isEmpty else { return nil }
    guard HostClassifier.ipv4(host) == nil else { return nil }
    let owner = ownerLabel(host)
    for brand in brands where owner.contains(brand.token) {
      if brand.official.contains(where: { HostClassifier.isWithin(host, $0) }) { continue }
      if isOfficialAnywhere(host) { continue }
      return brand
    }
    return nil
  }

  /// The brand a GitHub-hosted URL borrows: `github.com/<account>/<repo-with-brand>/…` (or the
  /// file name) carries a brand token while `<account>` is not the brand's organisation.
  public static func imitatedBrand(githubURL url: FoundURL) -> Brand? {
    let host = url.host
    let isGitHub = host == "github.com" || host == "raw.githubusercontent.com"
    guard isGitHub else { return nil }
    let parts = url.lowerPath.split(separator: "/")
    guard parts.count >= 2 else { return nil }
    let account = String(parts[0])
    let rest = parts.dropFirst().joined(separator: "/")
    guard !tokenFilter.matches(in: Array(rest.utf8)).isEmpty else { return nil }
    for brand in brands where rest.contains(brand.token) {
      if brand.githubOrgs.contains(account) { continue }
      return brand
    }
    return nil
  }

  /// The label that names the site's owner: the one left of a shared-hosting suffix
  /// (`openclawcli` in `openclawcli.vercel.app`), else the registrable label (`baidu` in
  /// `openai.baidu.com`, `example` in `x.example.co.uk`). A brand in a deeper subdomain of
  /// someone else's site is that site's product page, not a lookalike.
  static func ownerLabel(_ host: String) -> String {
    let labels = host.split(separator: ".").map(String.init)
    guard labels.count >= 2 else { return host }
    for suffix in HostClassifier.domainSuffixes(of: host).dropFirst() where sharedHosting.contains(String(suffix)) {
      let rest = host.dropLast(suffix.count + 1).split(separator: ".")
      return rest.last.map(String.init) ?? host
    }
    var index = labels.count - 2
    let secondLevel: Set<String> = ["co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"]
    if labels.count >= 3, labels[labels.count - 1].count == 2, secondLevel.contains(labels[index]) { index -= 1 }
    return labels[index]
  }

  /// Shared-hosting suffixes whose left label names the site's owner.
  static let sharedHosting: Set<String> = Set(
    (HostClasses.freeStaticHost + HostClasses.tunnel + HostClasses.dynamicDNS + HostClasses.objectStorage)
      .filter { !$0.contains("/") })

  /// Whether the host is under any brand's official domain (`docs.anthropic.com` mentions
  /// "claude"-less hosts too; `claude.ai` must not count as an OpenAI lookalike).
  static func isOfficialAnywhere(_ host: String) -> Bool {
    brands.contains { $0.official.contains { HostClassifier.isWithin(host, $0) } }
  }
}
