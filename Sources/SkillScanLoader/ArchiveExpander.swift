import SkillScanCompression
import SkillScanCore

/// Opens an archive in memory and returns its members, within the caps of ``LoaderLimits``.
///
/// Every refusal is a finding whose `file` is relative to the archive root (`""` for the
/// archive as a whole); callers prefix it with the archive's own path. Nothing is written
/// to disk, and entries are never trusted for their declared sizes alone.
struct ArchiveExpander {
  let limits: LoaderLimits

  func expand(
    _ bytes: [UInt8],
    format: ContentSniffer.ArchiveFormat,
    name: String,
    budget: inout ArchiveBudget,
    findings: inout [Finding]
  ) -> [ArchiveMember] {
    switch format {
    case .zip:
      return ZipExpansion(limits: limits).expand(bytes, budget: &budget, findings: &findings)
    case .tar: return tarMembers(bytes, budget: &budget, findings: &findings)
    case .gzip: return gzipMembers(bytes, name: name, budget: &budget, findings: &findings)
    case .sevenZip, .rar, .bzip2, .xz, .zstd:
      findings.append(
        LoaderChecks.archiveUnsupported.finding(
          file: "",
          message: "\(format.rawValue) archive not opened; its contents were not analysed"
        )
      )
      return []
    }
  }

  private func gzipMembers(
    _ bytes: [UInt8],
    name: String,
    budget: inout ArchiveBudget,
    findings: inout [Finding]
  ) -> [ArchiveMember] {
    let ratioCap = ArchiveBudget.ratioCap(compressed: bytes.count, limits: limits)
    let cap = min(ratioCap, budget.bytesLeft)
    switch Inflater.gunzip(bytes, limit: cap) {
    case .failure(.corrupt):
      findings.append(
        LoaderChecks.archiveUnreadable.finding(
          file: "",
          message: "gzip stream is damaged; not analysed"
        )
      )
      return []
    case .failure(.limit):
      if ratioCap <= budget.bytesLeft {
        findings.append(
          LoaderChecks.archiveBomb.finding(
            file: "",
            message:
              "gzip stream expands more than \(limits.maxCompressionRatio)× its size; not analysed"
          )
        )
      } else {
        budget.exhausted = true
        findings.append(
          LoaderChecks.archiveLimitExceeded.finding(
            file: "",
            message:
              "gzip stream expands past the archive limit of \(limits.maxArchiveBytes) bytes; not analysed"
          )
        )
      }
      return []
    case .success(let output):
      if TarReader.looksLikeTar(output.bytes) {
        return tarMembers(output.bytes, budget: &budget, findings: &findings)
      }
      budget.bytesLeft -= output.bytes.count
      let lower = name.lowercased()
      let inner =
        lower.hasSuffix(".gz")
        ? String(name.dropLast(3))
        : lower.hasSuffix(".tgz") ? String(name.dropLast(4)) + ".tar" : name
      if output.bytes.count > limits.maxFileBytes {
        findings.append(tooLarge(inner, output.bytes.count))
        return []
      }
      return [ArchiveMember(path: inner.isEmpty ? "data" : inner, bytes: output.bytes)]
    }
  }

  private func tarMembers(
    _ bytes: [UInt8],
    budget: inout ArchiveBudget,
    findings: inout [Finding]
  ) -> [ArchiveMember] {
    let tar = TarReader(bytes, maxEntries: min(budget.entriesLeft, limits.maxArchiveEntries))
    var members: [ArchiveMember] = []
    for member in tar.members {
      budget.entriesLeft -= 1
      guard case .relative(let path) = ArchivePath.normalize(member.name) else {
        if ArchivePath.normalize(member.name) == .escaping {
          findings.append(traversal(member.name))
        }
        continue
      }
      switch member.type {
      case .directory, .other: continue
      case .link(let target):
        findings.append(Self.symlink(path: path, target: target))
        continue
      case .file:
        if member.data.count > limits.maxFileBytes {
          findings.append(tooLarge(path, member.data.count))
          continue
        }
        if member.data.count > budget.bytesLeft {
          budget.exhausted = true
          findings.append(
            LoaderChecks.archiveLimitExceeded.finding(
              file: path,
              message:
                "archive expands past \(limits.maxArchiveBytes) bytes; later members were not read"
            )
          )
          return members
        }
        budget.bytesLeft -= member.data.count
        members.append(ArchiveMember(path: path, bytes: Array(bytes[member.data])))
      }
    }
    if let damage = tar.damage {
      findings.append(
        LoaderChecks.archiveUnreadable.finding(
          file: "",
          message: "tar archive: \(damage); later members were not read"
        )
      )
    } else if tar.truncated {
      budget.exhausted = true
      findings.append(entryLimit())
    }
    return members
  }

  func traversal(_ raw: String) -> Finding {
    LoaderChecks.archivePathTraversal.finding(
      file: ArchivePath.printable(raw),
      message:
        "archive entry '\(ArchivePath.printable(raw))' escapes the extraction folder; not extracted",
      snippet: ArchivePath.printable(raw)
    )
  }

  func tooLarge(_ path: String, _ size: Int) -> Finding {
    LoaderChecks.fileTooLarge.finding(
      file: path,
      message:
        "archive member of \(size) bytes exceeds the \(limits.maxFileBytes)-byte file limit; not analysed"
    )
  }

  func entryLimit() -> Finding {
    LoaderChecks.archiveLimitExceeded.finding(
      file: "",
      message: "archive holds more than \(limits.maxArchiveEntries) entries; the rest were not read"
    )
  }

  /// A link entry: high when its target leaves the extraction folder, low otherwise.
  static func symlink(path: String, target: String) -> Finding {
    let parent = path.split(separator: "/").dropLast().joined(separator: "/")
    let escapes =
      ArchivePath.isAbsolute(target)
      || !ArchivePath.staysInside(parent.isEmpty ? target : parent + "/" + target)
    return LoaderChecks.archiveSymlink.finding(
      file: path,
      message: escapes
        ? "archive link entry points outside the archive (\(ArchivePath.printable(target))); not followed"
        : "archive link entry points to \(ArchivePath.printable(target)); not followed",
      severity: escapes ? .high : .low,
      snippet: ArchivePath.printable(target)
    )
  }
}
