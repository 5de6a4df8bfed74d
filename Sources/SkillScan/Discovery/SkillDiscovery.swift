public import Foundation

/// Finds the agent skill roots that exist on this machine and in the current project.
///
/// Lives in the façade so the CLI, the library and a future server discover the same roots.
/// Nothing here reads a skill: it only checks which folders exist.
public enum SkillDiscovery {
  /// How deep below the working folder nested `.claude/skills` folders are looked for.
  public static let nestedSearchDepth = 4
  /// Most folders visited in that search, so running in a huge tree stays fast.
  public static let nestedSearchFolderLimit = 5_000

  /// The existing skill roots for `home` and the project at `cwd`.
  ///
  /// Project roots come from `cwd`, from each parent up to the repository root (the nearest
  /// folder holding `.git`) for agents that walk up, and from nested `.claude/skills` folders
  /// below `cwd` (Claude Code loads those in monorepos). A folder reached twice (for example
  /// when `cwd` is the home folder) is listed once with the agents of both entries.
  /// - Parameters:
  ///   - home: the user's home folder (the CLI passes `$HOME`, so tests can use a temporary one).
  ///   - cwd: the project folder.
  ///   - environment: consulted for `CODEX_HOME` and `XDG_CONFIG_HOME`.
  ///   - fileManager: used to test which folders exist.
  /// - Returns: existing roots, project first, then user, then admin.
  public static func roots(
    home: String, cwd: String, environment: [String: String] = [:],
    fileManager: FileManager = .default
  ) -> [AgentRoot] {
    var candidates: [AgentRoot] = []
    let project = Self.standardized(cwd)
    let ancestors = projectAncestors(of: project, fileManager: fileManager)
    for (index, folder) in ancestors.enumerated() {
      let isRepositoryRoot = index == ancestors.count - 1 && ancestors.count > 1
      for spec in AgentRootTable.project {
        var agents = index == 0 ? spec.agents : spec.parentAgents
        if isRepositoryRoot { agents += spec.repositoryRootAgents.filter { !agents.contains($0) } }
        guard !agents.isEmpty else { continue }
        candidates.append(AgentRoot(agents: agents, scope: .project, path: join(folder, spec.relativePath)))
      }
    }
    let homePath = standardized(home)
    if AgentRootTable.openClawHomes.contains(where: { isDirectory(join(homePath, $0), fileManager) }) {
      let spec = AgentRootTable.openClawWorkspace
      candidates.append(AgentRoot(agents: spec.agents, scope: .project, path: join(project, spec.relativePath)))
    }
    for path in nestedClaudeRoots(below: project, fileManager: fileManager) {
      candidates.append(AgentRoot(agents: [AgentName.claudeCode], scope: .project, path: path))
    }
    for spec in AgentRootTable.user {
      let path = userPath(spec.relativePath, home: homePath, environment: environment)
      candidates.append(AgentRoot(agents: spec.agents, scope: .user, path: path))
    }
    for spec in AgentRootTable.admin {
      candidates.append(AgentRoot(agents: spec.agents, scope: .admin, path: spec.relativePath))
    }
    return merged(candidates.filter { isDirectory($0.path, fileManager) })
  }

  /// `cwd`, then each parent up to the nearest folder holding `.git`; just `cwd` when no
  /// repository encloses it (walking up to `/` would pull in unrelated folders).
  static func projectAncestors(of cwd: String, fileManager: FileManager) -> [String] {
    var chain = [cwd]
    var folder = cwd
    while true {
      if fileManager.fileExists(atPath: join(folder, ".git")) { return chain }
      let parent = (folder as NSString).deletingLastPathComponent
      if parent == folder || parent.isEmpty { return [cwd] }
      folder = parent
      chain.append(folder)
    }
  }

  /// `.claude/skills` folders below `cwd` (not `cwd`'s own), breadth first, bounded.
  static func nestedClaudeRoots(below cwd: String, fileManager: FileManager) -> [String] {
    var found: [String] = []
    var queue: [(path: String, depth: Int)] = [(cwd, 0)]
    var visited = 0
    var head = 0
    while head < queue.count, visited < nestedSearchFolderLimit {
      let (folder, depth) = queue[head]
      head += 1
      visited += 1
      guard depth < nestedSearchDepth,
        let names = try? fileManager.contentsOfDirectory(atPath: folder)
      else { continue }
      for name in names.sorted() where !name.hasPrefix(".") && !AgentRootTable.nestedSearchSkips.contains(name) {
        let child = join(folder, name)
        guard isDirectory(child, fileManager, followLinks: false) else { continue }
        let candidate = join(child, ".claude/skills")
        if isDirectory(candidate, fileManager) { found.append(candidate) }
        queue.append((child, depth + 1))
      }
    }
    return found.sorted()
  }

  static func userPath(_ relative: String, home: String, environment: [String: String]) -> String {
    if relative.hasPrefix(".codex/"), let codexHome = environment["CODEX_HOME"], !codexHome.isEmpty {
      return join(standardized(codexHome), String(relative.dropFirst(".codex/".count)))
    }
    if relative.hasPrefix(".config/"), let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      return join(standardized(config), String(relative.dropFirst(".config/".count)))
    }
    return join(home, relative)
  }

  /// Folds roots that resolve to the same folder into the first, joining their agents.
  static func merged(_ roots: [AgentRoot]) -> [AgentRoot] {
    var out: [AgentRoot] = []
    var index: [String: Int] = [:]
    for root in roots {
      let key = URL(fileURLWithPath: root.path).resolvingSymlinksInPath().path
      if let at = index[key] {
        out[at].agents += root.agents.filter { !out[at].agents.contains($0) }
      } else {
        index[key] = out.count
        out.append(root)
      }
    }
    return out
  }

  static func isDirectory(_ path: String, _ fileManager: FileManager, followLinks: Bool = true) -> Bool {
    if !followLinks,
      let type = try? fileManager.attributesOfItem(atPath: path)[.type] as? FileAttributeType,
      type == .typeSymbolicLink
    {
      return false
    }
    var isDir: ObjCBool = false
    return fileManager.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
  }

  static func join(_ base: String, _ relative: String) -> String {
    base.hasSuffix("/") ? base + relative : base + "/" + relative
  }

  static func standardized(_ path: String) -> String {
    let p = (path as NSString).standardizingPath
    return p.isEmpty ? "/" : p
  }
}
