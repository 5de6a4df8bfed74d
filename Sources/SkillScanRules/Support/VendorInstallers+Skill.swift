import SkillScanCore

/// Vendor installers that depend on the skill being scanned: the platform's own servers,
/// the skill's declared site (``VendorInstallers/declaredVendor(url:skill:)``) and its own
/// repository (``SkillIdentity``), on top of the allow-list.
extension VendorInstallers {
  /// An entry for `url` when it is served from the skill's own GitHub account or repository
  /// (see ``SkillIdentity``).
  static func ownRepository(url text: String, skill: AnalyzedSkill) -> Entry? {
    guard let url = URLExtractor.parse(text), !url.hasUserInfo,
      let (owner, repository) = SkillIdentity.gitHubOwnerAndRepository(url), SkillIdentity.of(skill).ownsRepository(of: url)
    else { return nil }
    return Entry(tool: repository.map { "\(owner)/\($0)" } ?? owner, host: url.host, pathPrefix: "")
  }

  /// An entry for `url` when an agent platform itself serves it: one of its official domains
  /// (`clawd.bot/install.sh`) or its official GitHub organisation
  /// (`raw.githubusercontent.com/openclaw/openclaw/…`). Nobody else can publish there.
  static func platformVendor(url text: String) -> Entry? {
    guard let url = URLExtractor.parse(text), !url.hasUserInfo else { return nil }
    let host = url.host.lowercased()
    // Only domains the platform alone serves: not general hosting that lists a platform's
    // domain as official (github.com, googleapis.com buckets, azure.com), and never a host
    // anyone can publish under.
    let shared: Set<String> = ["github.com", "googleapis.com", "google.com", "microsoft.com", "azure.com", "openai.azure.com"]
    if HostClassifier.classify(url) == nil {
      for brand in HostBrandDomains.brands {
        let domains = brand.official.filter { !shared.contains($0) }
        if domains.contains(where: { HostClassifier.isWithin(host, $0) }) {
          return Entry(tool: brand.token, host: host, pathPrefix: "")
        }
      }
    }
    if let (owner, _) = SkillIdentity.gitHubOwnerAndRepository(url), !host.hasPrefix("gist."),
      let brand = HostBrandDomains.brands.first(where: { $0.githubOrgs.contains(owner) })
    {
      return Entry(tool: brand.token, host: host, pathPrefix: "")
    }
    return nil
  }

  /// The vendor entry for a download in `skill`: the allow-list, an agent platform's own
  /// domain or organisation, the skill's own declared site, or its own repository.
  static func skillVendor(url text: String, skill: AnalyzedSkill) -> Entry? {
    entry(forURL: text) ?? platformVendor(url: text) ?? declaredVendor(url: text, skill: skill)
      ?? ownRepository(url: text, skill: skill)
  }
}
