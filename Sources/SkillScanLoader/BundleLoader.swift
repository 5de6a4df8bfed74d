public import SkillScanCore

/// Reads located skills into ``SkillBundle``s: every file in full, hostile layout recorded as
/// loader findings (see ``LoaderChecks``), never silently skipped.
///
/// - `.folder`: every file under the folder, dot-folders included, paths relative to it.
///   Nested sub-skills are part of the bundle (see ``FileSystemLocator``).
/// - `.archive`: opened in memory; one bundle per outermost skill folder inside it
///   (`my-skill.zip!/my-skill`), or one for the archive root when `SKILL.md` sits there.
/// - `.file`: a one-file bundle whose file path is the file's name.
///
/// Archives inside a skill are opened to ``LoaderLimits/maxArchiveDepth`` and their members
/// scanned as `assets/a.zip!/inner/file.py`. Nothing is written to disk.
public struct BundleLoader: BundleLoading {
  /// The caps applied to every skill this loader reads.
  public let limits: LoaderLimits

  /// Creates a loader with the given caps.
  public init(limits: LoaderLimits = LoaderLimits()) {
    self.limits = limits
  }

  /// Reads one located skill.
  ///
  /// - Parameter source: a folder, archive or single file from ``FileSystemLocator``.
  /// - Returns: one bundle for a folder or file; one per skill folder for an archive.
  /// - Throws: ``LoaderError`` only when nothing at all can be read.
  public func load(_ source: SkillSource) throws -> [SkillBundle] {
    switch source {
    case .folder(let path, let displayPath):
      return [try FolderLoader(limits: limits).load(root: path, displayPath: displayPath)]
    case .archive(let path, let displayPath):
      return try ArchiveSourceLoader(limits: limits).load(path: path, displayPath: displayPath)
    case .file(let path, let displayPath):
      return [try loadFile(path: path, displayPath: displayPath)]
    }
  }

  /// A lone file the user named; a link is followed because the user chose the path.
  private func loadFile(path: String, displayPath: String) throws -> SkillBundle {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let bytes = try Self.readWhole(path, limit: limits.maxFileBytes)
    var bundle = SkillBundle(path: displayPath, files: [])
    guard let bytes else {
      bundle.findings.append(
        LoaderChecks.fileTooLarge.finding(
          file: name,
          message: "file exceeds the \(limits.maxFileBytes)-byte limit; not analysed"
        )
      )
      return bundle
    }
    var budget = ArchiveBudget(limits)
    FileIntake(limits: limits).take(
      path: name,
      bytes: bytes,
      archiveDepth: 0,
      budget: &budget,
      into: &bundle
    )
    bundle.files.sort { $0.path < $1.path }
    return bundle
  }

  /// The whole file, nil when above `limit`.
  /// - Throws: ``LoaderError`` when the path is missing or cannot be read.
  static func readWhole(_ path: String, limit: Int) throws -> [UInt8]? {
    guard let real = POSIXFileSystem.realPath(path) else { throw LoaderError.notFound(path) }
    switch POSIXFileSystem.readFile(real, limit: limit) {
    case .bytes(let bytes): return bytes
    case .tooLarge: return nil
    case .notRegular: throw LoaderError.unreadable(path, "not a regular file")
    case .failed(let reason): throw LoaderError.unreadable(path, reason)
    }
  }
}
