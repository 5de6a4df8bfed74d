import SkillScanCore

/// Reads every file under one skill folder, dot-folders included, without following links.
///
/// Each entry costs one `lstat` and, for regular files, one `open`+`read`. Symbolic links are
/// resolved only to decide where they point: a link leaving the skill is reported and never
/// opened; a link to a regular file inside the skill is read once under the link's name.
struct FolderLoader {
  let limits: LoaderLimits

  func load(root: String, displayPath: String) throws -> SkillBundle {
    guard let rootReal = POSIXFileSystem.realPath(root) else {
      throw LoaderError.notFound(root)
    }
    guard case .success(let listing) = POSIXFileSystem.list(rootReal) else {
      throw LoaderError.unreadable(root, "cannot list folder")
    }
    var walk = Walk(limits: limits, rootReal: rootReal)
    walk.visit("", listing: listing, depth: 0)
    walk.files.sort { $0.path < $1.path }
    return SkillBundle(
      path: displayPath,
      files: walk.files,
      findings: walk.findings,
      errors: walk.errors
    )
  }

  private struct Walk {
    let limits: LoaderLimits
    let rootReal: String
    let intake: FileIntake
    var files: [SourceFile] = []
    var findings: [Finding] = []
    var errors: [String] = []
    var budget: ArchiveBudget
    var fileCount = 0
    var tooManyReported = false

    init(limits: LoaderLimits, rootReal: String) {
      self.limits = limits
      self.rootReal = rootReal
      self.intake = FileIntake(limits: limits)
      self.budget = ArchiveBudget(limits)
    }

    mutating func visit(_ dir: String, listing: (names: [String], undecodable: Int), depth: Int) {
      if listing.undecodable > 0 {
        unreadable(
          dir,
          "\(listing.undecodable) file name(s) in '\(dir.isEmpty ? "." : dir)' are not valid UTF-8; not read"
        )
      }
      for name in listing.names {
        let rel = dir.isEmpty ? name : dir + "/" + name
        let full = absolute(rel)
        switch POSIXFileSystem.node(full) {
        case .failure(let error):
          unreadable(rel, "cannot inspect '\(rel)': \(error.text)")
        case .success(let node):
          switch node.type {
          case .directory:
            guard depth + 1 <= limits.maxFolderDepth else {
              findings.append(
                LoaderChecks.folderTooDeep.finding(
                  file: rel,
                  message: "folder nested deeper than \(limits.maxFolderDepth) levels; not read"
                )
              )
              continue
            }
            switch POSIXFileSystem.list(full) {
            case .success(let sub): visit(rel, listing: sub, depth: depth + 1)
            case .failure(let error): unreadable(rel, "cannot list folder '\(rel)': \(error.text)")
            }
          case .regular:
            read(rel, from: full, size: node.size)
          case .symlink:
            link(rel, at: full)
          case .other:
            findings.append(
              LoaderChecks.specialFile.finding(
                file: rel,
                message: "FIFO, socket or device node; not opened"
              )
            )
          }
        }
      }
    }

    func absolute(_ rel: String) -> String {
      rel.isEmpty ? rootReal : (rootReal == "/" ? "/" + rel : rootReal + "/" + rel)
    }

    mutating func read(_ rel: String, from path: String, size: Int) {
      guard fileCount < limits.maxFilesPerSkill else {
        if !tooManyReported {
          tooManyReported = true
          findings.append(
            LoaderChecks.tooManyFiles.finding(
              file: rel,
              message:
                "more than \(limits.maxFilesPerSkill) files; '\(rel)' and later files were not read"
            )
          )
        }
        return
      }
      fileCount += 1
      guard size <= limits.maxFileBytes else { return tooLarge(rel, size) }
      switch POSIXFileSystem.readFile(path, limit: limits.maxFileBytes) {
      case .bytes(let bytes):
        intake.take(
          path: rel,
          bytes: bytes,
          archiveDepth: 0,
          budget: &budget,
          files: &files,
          findings: &findings
        )
      case .tooLarge(let actual): tooLarge(rel, actual)
      case .notRegular:
        findings.append(
          LoaderChecks.specialFile.finding(
            file: rel,
            message: "not a regular file when opened; not read"
          )
        )
      case .failed(let reason): unreadable(rel, "cannot read '\(rel)': \(reason)")
      }
    }

    mutating func link(_ rel: String, at full: String) {
      let target = POSIXFileSystem.linkTarget(full) ?? "?"
      guard let real = POSIXFileSystem.realPath(full) else {
        let parent = rel.split(separator: "/").dropLast().joined(separator: "/")
        let inside =
          !ArchivePath.isAbsolute(target)
          && ArchivePath.staysInside(parent.isEmpty ? target : parent + "/" + target)
        return inside
          ? internalLink(rel, "symbolic link to '\(target)' does not resolve; not followed")
          : escape(rel, target)
      }
      guard real == rootReal || real.hasPrefix(rootReal == "/" ? "/" : rootReal + "/") else {
        return escape(rel, target)
      }
      guard case .success(let node) = POSIXFileSystem.node(real), node.type == .regular else {
        return internalLink(
          rel,
          "symbolic link to '\(target)' inside the skill is not a file; not followed (a folder is scanned in place)"
        )
      }
      internalLink(rel, "symbolic link to '\(target)' read via its target inside the skill")
      read(rel, from: real, size: node.size)
    }

    mutating func escape(_ rel: String, _ target: String) {
      findings.append(
        LoaderChecks.symlinkEscape.finding(
          file: rel,
          message: "symbolic link points outside the skill to '\(target)'; not followed",
          snippet: target
        )
      )
    }

    mutating func internalLink(_ rel: String, _ message: String) {
      findings.append(LoaderChecks.symlinkInternal.finding(file: rel, message: message))
    }

    mutating func tooLarge(_ rel: String, _ size: Int) {
      findings.append(
        LoaderChecks.fileTooLarge.finding(
          file: rel,
          message:
            "file of \(size) bytes exceeds the \(limits.maxFileBytes)-byte limit; not analysed"
        )
      )
    }

    mutating func unreadable(_ rel: String, _ message: String) {
      findings.append(LoaderChecks.unreadableFile.finding(file: rel, message: message))
      errors.append(message)
    }
  }
}
