import Foundation
public import SkillScanCore

/// Who publishes a skill and which repositories are its own: the ClawHub `_meta.json` owner
/// and slug (formats.md §6.5: "parse them for provenance"), and the owner and repository of
/// a GitHub `homepage`, `repository` or `url` in the frontmatter.
///
/// A registry triage found honest skills judged droppers for installing their own CLI with
/// `curl -fsSL https://raw.githubusercontent.com/<owner>/<skill>/main/install.sh | bash`,
/// where `<owner>` is the skill's publisher. Code hosting is not a vendor domain
/// (taxonomy.md §SC2: anyone can publish there), but the skill's *own* repository is not a
/// third party: whoever controls it already controls the skill. Such an installer is still
/// remote code that can change after review, so rules keep reporting it, as a vendor
/// installer (suspicious), not as a dropper's delivery from an unrelated account.
public struct SkillIdentity: Sendable {
  /// Lower-case GitHub accounts that publish the skill.
  public let owners: Set<String>
  /// Repository names that are the skill's own, lower-cased without `-`, `_` and `.`.
  public let repositories: Set<String>

  /// The identity of `skill`, read once per skill.
  public static func of(_ skill: AnalyzedSkill) -> SkillIdentity {
    skill.cache.value(identitySlot) { SkillIdentity(skill) }
  }

  init(_ skill: AnalyzedSkill) {
    var owners = Set<String>()
    var repositories = Set<String>()
    func addRepository(_ name: String) {
      let key = Self.repositoryKey(name)
      if key.count >= 4 { repositories.insert(key) }
    }
    if let meta = skill.bundle.files.first(where: { $0.path == "_meta.json" }), meta.bytes.count <= 1 << 16,
      let object = try? JSONSerialization.jsonObject(with: Data(meta.bytes)) as? [String: Any]
    {
      if let owner = object["owner"] as? String, !owner.isEmpty { owners.insert(owner.lowercased()) }
      if let slug = object["slug"] as? String { addRepository(slug) }
    }
    if let frontmatter = skill.frontmatter {
      for key in ["homepage", "repository", "url", "source"] {
        guard let text = frontmatter[key]?.scalarText, let url = URLExtractor.parse(text),
          let (owner, repository) = Self.gitHubOwnerAndRepository(url)
        else { continue }
        owners.insert(owner)
        if let repository { addRepository(repository) }
      }
      if let name = frontmatter.name { addRepository(name) }
    }
    addRepository(skill.bundle.folderName)
    self.owners = owners
    self.repositories = repositories
  }

  /// Whether `url` is served from the skill's own GitHub account or repository: its owner
  /// publishes the skill, or its repository is named after the skill.
  ///
  /// A repository of another account counts only when its name is the skill's own and names
  /// no agent platform: `someone/openclaw-core` is how the campaign's droppers were named,
  /// whatever the skill calls itself.
  public func ownsRepository(of url: FoundURL) -> Bool {
    guard let (owner, repository) = Self.gitHubOwnerAndRepository(url) else { return false }
    if owners.contains(owner) { return true }
    guard let repository else { return false }
    let key = Self.repositoryKey(repository)
    return repositories.contains(key) && !HostBrandDomains.brands.contains { key.contains($0.token) }
  }

  /// The account and repository of a GitHub URL (`github.com/o/r/…`,
  /// `raw.githubusercontent.com/o/r/…`, `gist.githubusercontent.com/o/…`), lower-cased.
  static func gitHubOwnerAndRepository(_ url: FoundURL) -> (String, String?)? {
    let host = url.host.lowercased()
    guard ["github.com", "www.github.com", "raw.githubusercontent.com", "gist.githubusercontent.com", "gist.github.com"]
      .contains(host)
    else { return nil }
    let parts = url.path.split(separator: "/").map { $0.lowercased() }
    guard let owner = parts.first, !owner.isEmpty else { return nil }
    let gist = host.hasPrefix("gist.")
    let repository = !gist && parts.count >= 2 ? String(parts[1].hasSuffix(".git") ? parts[1].dropLast(4) : Substring(parts[1])) : nil
    return (owner, repository)
  }

  /// A repository or skill name lower-cased without `-`, `_` and `.` (`Chaos-mind` and
  /// `chaos_mind` are the same name).
  static func repositoryKey(_ name: String) -> String {
    String(name.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != "." })
  }
}

/// Where a skill's identity is cached.
private let identitySlot = CacheSlot<SkillIdentity>("SkillIdentity")
