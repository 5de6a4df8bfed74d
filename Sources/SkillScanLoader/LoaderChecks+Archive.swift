public import SkillScanCore

extension LoaderChecks {
  /// An archive entry that would escape the extraction folder (zip slip).
  public static let archivePathTraversal = check(
    "archive-path-traversal",
    "Archive path traversal",
    .integrity,
    .high,
    summary: "An archive entry has an absolute path or `..` components (zip slip).",
    rationale: """
      Extracting such an entry writes outside the target folder, for example into \
      `~/.bashrc` or an agent's configuration. The entry is neither extracted nor read.
      """,
    remediation: "Rebuild the archive with relative paths inside one top-level folder.",
    references: [.cwe(22), .taxonomy("§5.16")]
  )

  /// An archive entry past the compression-ratio cap or its declared size.
  public static let archiveBomb = check(
    "archive-bomb",
    "Decompression bomb",
    .integrity,
    .high,
    summary: "An archive entry expands far beyond its compressed size or its declared size.",
    rationale: """
      Decompression bombs exhaust memory or disk and hide content past a scanner's limits. \
      The entry is not read; the other entries still are.
      """,
    remediation: "Remove the entry; real skill files never compress this well.",
    references: [.cwe(409), .taxonomy("§5.16")]
  )

  /// An archive past the total-size, entry-count or depth cap.
  public static let archiveLimitExceeded = check(
    "archive-limit-exceeded",
    "Archive beyond limits",
    .integrity,
    .medium,
    summary: "An archive exceeds the total size, entry count or nesting depth limit.",
    rationale: """
      What lies beyond the limit was not analysed, so the skill cannot be judged safe \
      (taxonomy §6.5).
      """,
    remediation: "Ship fewer or smaller files, avoid nested archives, or raise the limits.",
    references: [.cwe(409), .taxonomy("§6.5")]
  )

  /// An encrypted archive entry.
  public static let archiveEncrypted = check(
    "archive-encrypted",
    "Encrypted archive entry",
    .opaqueContent,
    .high,
    summary: "An archive entry is encrypted and cannot be inspected.",
    rationale: """
      Password-protected archives defeat antivirus and scanners; they are the delivery \
      vehicle of fake-prerequisite droppers (taxonomy §5.1).
      """,
    remediation: "Ship the content unencrypted; never ask users to unpack with a password.",
    references: [.taxonomy("§5.1"), .taxonomy("§5.16")]
  )

  /// An archive format or compression method the loader does not open.
  public static let archiveUnsupported = check(
    "archive-unsupported",
    "Archive format not analysed",
    .integrity,
    .medium,
    summary: "An archive (7z, rar, bzip2, xz, or an unknown compression method) was not opened.",
    rationale: "Its members were not analysed, so the skill cannot be judged safe.",
    remediation: "Ship the files unpacked, or as a plain zip or tar.gz.",
    references: [.taxonomy("§5.16"), .taxonomy("§6.5")]
  )

  /// A damaged or truncated archive.
  public static let archiveUnreadable = check(
    "archive-unreadable",
    "Corrupt archive",
    .integrity,
    .medium,
    summary: "An archive is damaged or truncated; entries after the damage were not read.",
    rationale: """
      Malformed archives are read differently by different tools, which lets a payload \
      reach a user while a scanner sees nothing.
      """,
    remediation: "Rebuild the archive with a standard tool.",
    references: [.taxonomy("§5.16"), .taxonomy("§6.5")]
  )

  /// A link entry inside an archive.
  public static let archiveSymlink = check(
    "archive-symlink",
    "Symbolic link in an archive",
    .integrity,
    .high,
    summary: "An archive entry is a symbolic link; it is never followed.",
    rationale: """
      A link entry pointing outside the extraction folder lets a later entry overwrite any \
      file the user can write. Links that stay inside are reported at low severity.
      """,
    remediation: "Replace the link with the file it points to.",
    references: [.cwe(59), .cwe(22)]
  )
}

extension RuleDescription {
  /// A finding of this loader check, with the check's defaults unless overridden.
  func finding(
    file: String,
    message: String,
    severity: Severity? = nil,
    confidence: Confidence? = nil,
    context: ContextClass = .metadata,
    snippet: String = ""
  ) -> Finding {
    Finding(
      ruleID: id,
      pattern: pattern,
      severity: severity ?? self.severity,
      confidence: confidence ?? self.confidence,
      message: message,
      file: file,
      snippet: snippet,
      remediation: remediation,
      context: context
    )
  }
}
