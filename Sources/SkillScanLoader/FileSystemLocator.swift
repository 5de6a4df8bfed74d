public import SkillScanCore

/// Finds skills under a path without reading their contents.
///
/// - A folder holding `SKILL.md` (or `skill.md`) is **one skill, including everything below
///   it**. Sub-folders with their own `SKILL.md` are sub-skills bundled by the outer skill
///   (a repository root that ships `skills/*/SKILL.md`); they are read as part of the outer
///   bundle and the loader lists each as a `nested-skill` finding. Splitting them off would
///   leave the outer skill's own files either unscanned or scanned twice.
/// - A folder **without** `SKILL.md` is only a container: each descendant folder that holds
///   a `SKILL.md` is its own skill. Dot-folders are searched too (attackers hide skills
///   there, agents load `.claude/skills`), up to ``maxDepth`` levels and ``maxFolders``
///   folders, so a pathological tree cannot stall the scan.
/// - `.zip` and `.skill` files given directly or met in a container are archive sources.
///   Any other regular file given directly is a single-file source.
///
/// Symbolic links are never followed while walking (the loader reports those inside skills);
/// only the path the user typed is resolved. Results are in sorted, deterministic order.
public struct FileSystemLocator: SkillLocating {
  /// Deepest container nesting searched for skills.
  public var maxDepth: Int
  /// Most container folders listed in one walk.
  public var maxFolders: Int

  /// Creates a locator with bounds on how far a container tree is searched.
  public init(maxDepth: Int = 32, maxFolders: Int = 250_000) {
    self.maxDepth = maxDepth
    self.maxFolders = maxFolders
  }

  /// Lists the skills at or under `path`.
  ///
  /// - Parameter path: a skill folder, a folder of skills, a `.zip`/`.skill` file or a file.
  /// - Returns: sources in sorted order; empty when a folder holds no skill.
  /// - Throws: ``LoaderError/notFound(_:)`` when nothing exists at `path`,
  ///   ``LoaderError/unreadable(_:_:)`` when it cannot be listed.
  public func locate(_ path: String) throws -> [SkillSource] {
    let node: POSIXFileSystem.Node
    switch POSIXFileSystem.node(path, follow: true) {
    case .success(let n): node = n
    case .failure(let error):
      if case .failure = POSIXFileSystem.node(path, follow: false) {
        throw LoaderError.notFound(path)
      }
      throw LoaderError.unreadable(path, error.text)  // a dangling link, a loop
    }
    switch node.type {
    case .directory:
      if Self.isSkillFolder(path) { return [.folder(path: path, displayPath: path)] }
      var walk = Walk(maxDepth: maxDepth, maxFolders: maxFolders)
      let base = Self.trimmingTrailingSlash(path)
      guard case .success(let listing) = POSIXFileSystem.list(path) else {
        throw LoaderError.unreadable(path, "cannot list folder")
      }
      walk.visit(base, names: listing.names, depth: 0)
      return walk.sources
    case .regular:
      if Self.isArchivePath(path) { return [.archive(path: path, displayPath: path)] }
      return [.file(path: path, displayPath: path)]
    case .symlink, .other:
      throw LoaderError.unreadable(path, "not a regular file or folder")
    }
  }

  /// Whether `path` is a folder that directly holds `SKILL.md` or `skill.md`.
  public static func isSkillFolder(_ path: String) -> Bool {
    let base = trimmingTrailingSlash(path)
    return ["SKILL.md", "skill.md"].contains { name in
      if case .success(let n) = POSIXFileSystem.node(base + "/" + name), n.type != .directory {
        return true
      }
      return false
    }
  }

  /// Whether the file name marks a skill archive (`.zip`, `.skill`).
  public static func isArchivePath(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".zip") || lower.hasSuffix(".skill")
  }

  static func trimmingTrailingSlash(_ path: String) -> String {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    return String(p)
  }

  /// Depth-first walk over container folders, in sorted order.
  private struct Walk {
    let maxDepth: Int
    let maxFolders: Int
    var foldersSeen = 0
    var sources: [SkillSource] = []

    mutating func visit(_ dir: String, names: [String], depth: Int) {
      foldersSeen += 1
      let prefix = dir == "/" ? "/" : dir + "/"
      for name in names {
        let child = prefix + name
        guard case .success(let node) = POSIXFileSystem.node(child) else { continue }
        switch node.type {
        case .directory:
          guard depth < maxDepth, foldersSeen < maxFolders,
            case .success(let listing) = POSIXFileSystem.list(child)
          else { continue }
          if listing.names.contains("SKILL.md") || listing.names.contains("skill.md") {
            sources.append(.folder(path: child, displayPath: child))
          } else {
            visit(child, names: listing.names, depth: depth + 1)
          }
        case .regular where FileSystemLocator.isArchivePath(name):
          sources.append(.archive(path: child, displayPath: child))
        default:
          continue  // links are not followed; other files belong to no skill
        }
      }
    }
  }
}
