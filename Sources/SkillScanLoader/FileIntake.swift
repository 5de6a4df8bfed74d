import SkillScanCore

/// Turns the bytes of one file into ``SourceFile``s plus the loader findings they call for:
/// classification, binary and encoding notes, and members of nested archives (recursively,
/// to ``LoaderLimits/maxArchiveDepth``), under paths such as `assets/a.zip!/inner/x.py`.
///
/// Shared by folder, archive and single-file loading so that a file is judged the same way
/// wherever it was found.
struct FileIntake {
  let limits: LoaderLimits

  /// Appends the file (and any archive members) to `files` and its findings to `findings`.
  ///
  /// `archiveDepth` counts the archives that already enclose the file.
  func take(
    path: String,
    bytes raw: [UInt8],
    archiveDepth: Int,
    budget: inout ArchiveBudget,
    files: inout [SourceFile],
    findings: inout [Finding]
  ) {
    var bytes = raw
    if let text = ContentSniffer.transcodedUTF16(raw) {
      bytes = text
      findings.append(
        LoaderChecks.textTranscoded.finding(
          file: path,
          message: "UTF-16 text converted to UTF-8 for analysis"
        )
      )
    }
    let (kind, language) = FileClassifier.classify(path: path, bytes: bytes)
    let file = SourceFile(path: path, bytes: bytes, kind: kind, language: language)
    files.append(file)
    noteNestedSkill(file, findings: &findings)
    switch kind {
    case .binary:
      findings.append(binaryFinding(file))
    case .archive:
      openArchive(
        file,
        archiveDepth: archiveDepth,
        budget: &budget,
        files: &files,
        findings: &findings
      )
    case .instructions, .script, .manifest, .text:
      if file.hasInvalidUTF8 {
        findings.append(
          LoaderChecks.invalidUTF8.finding(
            file: path,
            message: "file is not valid UTF-8; decoded lossily",
            context: context(of: kind)
          )
        )
      }
    }
  }

  /// ``take(path:bytes:archiveDepth:budget:files:findings:)`` into a bundle's files and findings.
  func take(
    path: String,
    bytes: [UInt8],
    archiveDepth: Int,
    budget: inout ArchiveBudget,
    into bundle: inout SkillBundle
  ) {
    var files = bundle.files
    var findings = bundle.findings
    bundle.files = []
    bundle.findings = []
    take(
      path: path,
      bytes: bytes,
      archiveDepth: archiveDepth,
      budget: &budget,
      files: &files,
      findings: &findings
    )
    bundle.files = files
    bundle.findings = findings
  }

  private func openArchive(
    _ file: SourceFile,
    archiveDepth: Int,
    budget: inout ArchiveBudget,
    files: inout [SourceFile],
    findings: inout [Finding]
  ) {
    guard let format = ContentSniffer.archiveFormat(file.bytes) else { return }
    guard format.isSupported else {
      findings.append(
        LoaderChecks.archiveUnsupported.finding(
          file: file.path,
          message: "\(format.rawValue) archive not opened; its contents were not analysed"
        )
      )
      return
    }
    guard archiveDepth < limits.maxArchiveDepth else {
      findings.append(
        LoaderChecks.archiveLimitExceeded.finding(
          file: file.path,
          message: "archive nested more than \(limits.maxArchiveDepth) levels deep; not opened"
        )
      )
      return
    }
    guard !budget.exhausted, budget.bytesLeft > 0, budget.entriesLeft > 0 else {
      budget.exhausted = true
      findings.append(
        LoaderChecks.archiveLimitExceeded.finding(
          file: file.path,
          message: "archive limits already reached by other archives; not opened"
        )
      )
      return
    }
    var inner: [Finding] = []
    let members = ArchiveExpander(limits: limits).expand(
      file.bytes,
      format: format,
      name: file.name,
      budget: &budget,
      findings: &inner
    )
    for var finding in inner {
      finding.file = finding.file.isEmpty ? file.path : file.path + "!/" + finding.file
      findings.append(finding)
    }
    for member in members {
      take(
        path: file.path + "!/" + member.path,
        bytes: member.bytes,
        archiveDepth: archiveDepth + 1,
        budget: &budget,
        files: &files,
        findings: &findings
      )
    }
  }

  private func binaryFinding(_ file: SourceFile) -> Finding {
    let ext = FileClassifier.fileExtension(file.lowercasedName)
    let format = ContentSniffer.binaryFormat(file.bytes, lowerExtension: ext) ?? .unknown
    // macOS resource forks (`__MACOSX/._x`) ride along in zips made in Finder.
    let isAsset =
      format.assetExtensions.contains(ext) || (format == .appleDouble && file.name.hasPrefix("._"))
    let severity: Severity = isAsset ? (format == .pdf ? .low : .info) : .medium
    var message = "\(format.rawValue) not analysed as text"
    if !format.assetExtensions.isEmpty && !isAsset {
      message += " (content does not match the '.\(ext)' extension)"
    }
    return LoaderChecks.binaryContent.finding(file: file.path, message: message, severity: severity)
  }

  /// A `SKILL.md` below the root: a sub-skill read as part of this one.
  private func noteNestedSkill(_ file: SourceFile, findings: inout [Finding]) {
    guard file.lowercasedName == "skill.md", file.path.contains("/") else { return }
    let folder = String(file.path.dropLast(file.name.count + 1))
    findings.append(
      LoaderChecks.nestedSkill.finding(
        file: file.path,
        message: "sub-skill '\(folder)' is scanned as part of this skill"
      )
    )
  }

  private func context(of kind: FileKind) -> ContextClass {
    kind == .script ? .code : .metadata
  }
}
