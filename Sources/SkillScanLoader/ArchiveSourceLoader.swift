import SkillScanCore

/// Loads a `.zip` or `.skill` archive given as a scan target.
///
/// The upload layout is `my-skill.zip/my-skill/SKILL.md`, but `SKILL.md` at the root is a
/// skill too. Each outermost folder holding `SKILL.md` becomes a bundle at
/// `<archive>!/<folder>` (nested skills stay in their outer bundle, as on disk). Files that
/// belong to no skill folder are never dropped: they form one more bundle at the archive's
/// own path, which is also the only bundle when the archive holds no `SKILL.md` at all.
/// Archive-wide findings go to that bundle, or to the first skill bundle when there is none.
struct ArchiveSourceLoader {
  let limits: LoaderLimits

  func load(path: String, displayPath: String) throws -> [SkillBundle] {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let cap = max(limits.maxFileBytes, limits.maxArchiveBytes)
    guard let bytes = try BundleLoader.readWhole(path, limit: cap) else {
      let finding = LoaderChecks.archiveLimitExceeded.finding(
        file: "",
        message: "archive file exceeds \(cap) bytes; not opened"
      )
      return [SkillBundle(path: displayPath, files: [], findings: [finding])]
    }
    let intake = FileIntake(limits: limits)
    var budget = ArchiveBudget(limits)
    guard let format = ContentSniffer.archiveFormat(bytes), format.isSupported else {
      // Not an archive we can open: judge the file itself (intake reports 7z, rar …).
      var bundle = SkillBundle(path: displayPath, files: [])
      if ContentSniffer.archiveFormat(bytes) == nil {
        bundle.findings.append(
          LoaderChecks.archiveUnreadable.finding(
            file: name,
            message: "'\(name)' is not a zip or tar archive; scanned as a plain file"
          )
        )
      }
      intake.take(path: name, bytes: bytes, archiveDepth: 1, budget: &budget, into: &bundle)
      return [bundle]
    }
    var archiveFindings: [Finding] = []
    let members = ArchiveExpander(limits: limits).expand(
      bytes,
      format: format,
      name: name,
      budget: &budget,
      findings: &archiveFindings
    )
    let roots = Self.skillRoots(members.map(\.path))
    var bundles = roots.map {
      SkillBundle(path: $0.isEmpty ? displayPath : displayPath + "!/" + $0, files: [])
    }
    // Files outside every skill folder get their own bundle at the archive path.
    var strayIndex: Int?
    if !roots.contains("")
      && (roots.isEmpty || members.contains { Self.owner(of: $0.path, in: roots) == nil })
    {
      strayIndex = bundles.count
      bundles.append(SkillBundle(path: displayPath, files: []))
    }
    for member in members {
      let owner = Self.owner(of: member.path, in: roots)
      guard let index = owner ?? strayIndex else { continue }
      let path = owner.map { Self.relative(member.path, to: roots[$0]) } ?? member.path
      intake.take(
        path: path,
        bytes: member.bytes,
        archiveDepth: 1,
        budget: &budget,
        into: &bundles[index]
      )
    }
    for var finding in archiveFindings {
      if let index = Self.owner(of: finding.file, in: roots) {
        finding.file = Self.relative(finding.file, to: roots[index])
        bundles[index].findings.append(finding)
      } else {
        bundles[strayIndex ?? 0].findings.append(finding)
      }
    }
    for i in bundles.indices { bundles[i].files.sort { $0.path < $1.path } }
    return bundles.sorted { $0.path < $1.path }
  }

  /// Outermost folders (archive-relative, `""` for the root) that directly hold `SKILL.md`.
  static func skillRoots(_ paths: [String]) -> [String] {
    var candidates = Set<String>()
    for path in paths {
      let parts = path.split(separator: "/")
      guard let last = parts.last, last.lowercased() == "skill.md" else { continue }
      candidates.insert(parts.dropLast().joined(separator: "/"))
    }
    var roots: [String] = []
    for candidate in candidates.sorted() where !roots.contains(where: { isInside(candidate, $0) }) {
      roots.append(candidate)
    }
    return roots
  }

  /// The index of the root holding `path`.
  static func owner(of path: String, in roots: [String]) -> Int? {
    roots.firstIndex { isInside(path, $0) && path != $0 }
  }

  static func isInside(_ path: String, _ root: String) -> Bool {
    root.isEmpty || path == root || path.hasPrefix(root + "/")
  }

  static func relative(_ path: String, to root: String) -> String {
    root.isEmpty ? path : String(path.dropFirst(root.count + 1))
  }
}
