import SkillScanCompression
import SkillScanCore

/// Reads the entries of one ZIP archive (including `.skill`, `.jar`, OOXML) under the caps.
///
/// Order of checks per entry: name (traversal), type (link, folder), encryption, method,
/// declared size against the file, ratio and total caps, then inflation capped at the
/// declared size, so an entry that lies about its size is stopped as it lies.
struct ZipExpansion {
  let limits: LoaderLimits

  func expand(_ bytes: [UInt8], budget: inout ArchiveBudget, findings: inout [Finding])
    -> [ArchiveMember]
  {
    let expander = ArchiveExpander(limits: limits)
    let directory = ZipDirectory(
      bytes,
      maxEntries: min(budget.entriesLeft, limits.maxArchiveEntries)
    )
    var members: [ArchiveMember] = []
    for entry in directory.entries {
      budget.entriesLeft -= 1
      let path: String
      switch ArchivePath.normalize(entry.name) {
      case .escaping:
        findings.append(expander.traversal(entry.name))
        continue
      case .root: continue
      case .relative(let p): path = p
      }
      if entry.isDirectory { continue }
      if entry.isEncrypted {
        findings.append(
          LoaderChecks.archiveEncrypted.finding(
            file: path,
            message: "archive entry '\(path)' is encrypted; its content was not analysed"
          )
        )
        continue
      }
      guard let offset = entry.dataOffset else {
        findings.append(unreadable(path, "its local header is missing"))
        continue
      }
      if entry.isSymlink {
        let end = min(bytes.count, offset + min(entry.compressedSize, 4096))
        let target =
          entry.method == 0 && offset <= end
          ? String(decoding: bytes[offset..<end], as: UTF8.self) : "?"
        findings.append(ArchiveExpander.symlink(path: path, target: target))
        continue
      }
      guard entry.method == 0 || entry.method == 8 else {
        findings.append(
          LoaderChecks.archiveUnsupported.finding(
            file: path,
            message: "archive entry '\(path)' uses compression method \(entry.method); not analysed"
          )
        )
        continue
      }
      if entry.uncompressedSize > limits.maxFileBytes {
        findings.append(expander.tooLarge(path, entry.uncompressedSize))
        continue
      }
      if entry.uncompressedSize
        > ArchiveBudget.ratioCap(compressed: entry.compressedSize, limits: limits)
      {
        findings.append(
          bomb(
            path,
            "declares \(entry.uncompressedSize) bytes from \(entry.compressedSize) compressed"
          )
        )
        continue
      }
      if entry.uncompressedSize > budget.bytesLeft {
        budget.exhausted = true
        findings.append(
          LoaderChecks.archiveLimitExceeded.finding(
            file: path,
            message:
              "archive expands past \(limits.maxArchiveBytes) bytes; later entries were not read"
          )
        )
        return members
      }
      let dataEnd = offset.addingReportingOverflow(entry.compressedSize)
      guard !dataEnd.overflow, dataEnd.partialValue <= bytes.count else {
        findings.append(unreadable(path, "its data runs past the end of the archive"))
        continue
      }
      let range = offset..<dataEnd.partialValue
      if entry.method == 0 {
        guard range.count == entry.uncompressedSize else {
          findings.append(unreadable(path, "its stored size does not match its declared size"))
          continue
        }
        budget.bytesLeft -= range.count
        members.append(ArchiveMember(path: path, bytes: Array(bytes[range])))
        continue
      }
      switch Inflater.inflate(bytes, range: range, limit: entry.uncompressedSize) {
      case .success(let output):
        budget.bytesLeft -= output.count
        members.append(ArchiveMember(path: path, bytes: output))
      case .failure(.limit):
        budget.bytesLeft -= entry.uncompressedSize
        findings.append(bomb(path, "expands beyond its declared \(entry.uncompressedSize) bytes"))
      case .failure(.corrupt):
        findings.append(unreadable(path, "its compressed data is damaged"))
      }
    }
    if directory.entries.isEmpty, let damage = directory.damage {
      findings.append(
        LoaderChecks.archiveUnreadable.finding(
          file: "",
          message: "not a readable zip archive: \(damage)"
        )
      )
    } else if directory.truncatedAt != nil {
      if let damage = directory.damage {
        findings.append(
          LoaderChecks.archiveUnreadable.finding(
            file: "",
            message: "zip archive: \(damage); later entries were not read"
          )
        )
      } else {
        budget.exhausted = true
        findings.append(expander.entryLimit())
      }
    }
    return members
  }

  private func bomb(_ path: String, _ detail: String) -> Finding {
    LoaderChecks.archiveBomb.finding(
      file: path,
      message:
        "archive entry '\(path)' \(detail) (ratio limit \(limits.maxCompressionRatio)×); not analysed"
    )
  }

  private func unreadable(_ path: String, _ detail: String) -> Finding {
    LoaderChecks.archiveUnreadable.finding(
      file: path,
      message: "archive entry '\(path)' cannot be read: \(detail)"
    )
  }
}
