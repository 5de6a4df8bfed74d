public import SkillScanCore

/// Descriptions of the findings the loader itself raises, so the CLI can list and explain
/// them and SARIF can describe them like any rule.
///
/// The loader is not a `Rule`: these checks run while files are read, before analysis. Their
/// examples are empty because they are exercised by the loader tests, which build hostile
/// layouts (symlinks, traversal entries, bombs) that a text example cannot express.
public enum LoaderChecks {
  /// Every loader check, sorted by ID.
  public static let all: [RuleDescription] = [
    symlinkEscape, symlinkInternal, specialFile, unreadableFile, unreadableSkill, fileTooLarge,
    tooManyFiles, folderTooDeep, binaryContent, invalidUTF8, textTranscoded, nestedSkill,
    archivePathTraversal, archiveBomb, archiveLimitExceeded, archiveEncrypted,
    archiveUnsupported, archiveUnreadable, archiveSymlink,
  ].sorted { $0.id < $1.id }

  /// The description for `id`, if it is a loader check.
  public static func description(of id: RuleID) -> RuleDescription? {
    all.first { $0.id == id }
  }

  static func check(
    _ id: RuleID,
    _ name: String,
    _ pattern: PatternID,
    _ severity: Severity,
    summary: String,
    rationale: String,
    remediation: String,
    references: [Reference]
  ) -> RuleDescription {
    RuleDescription(
      id: id,
      name: name,
      pattern: pattern,
      severity: severity,
      confidence: .high,
      languages: [],
      summary: summary,
      rationale: rationale,
      remediation: remediation,
      references: references,
      triggeringExamples: [],
      nonTriggeringExamples: []
    )
  }

  /// A link leaving the skill folder; reported, never followed.
  public static let symlinkEscape = check(
    "symlink-escape",
    "Symbolic link out of the skill",
    .integrity,
    .high,
    summary: "A symbolic link in the skill points outside the skill folder.",
    rationale: """
      An agent that opens the link reads or overwrites a file elsewhere on the machine \
      (`~/.ssh/id_rsa`, `/etc/passwd`, another project's secrets). SkillScan never follows it.
      """,
    remediation: "Ship the file itself instead of a link, or remove the link.",
    references: [.cwe(59), .taxonomy("§5.16"), .owaspLLM(6)]
  )

  /// A link to another place inside the skill.
  public static let symlinkInternal = check(
    "symlink-internal",
    "Symbolic link inside the skill",
    .integrity,
    .info,
    summary: "A symbolic link points to another place inside the skill folder.",
    rationale: """
      Links inside the skill are harmless on their own but can hide what a file really is; \
      a regular-file target is read once under the link's name, anything else is not followed.
      """,
    remediation: "Prefer plain files; archives and uploads may drop or rewrite links.",
    references: [.cwe(59)]
  )

  /// A FIFO, socket or device node; never opened.
  public static let specialFile = check(
    "special-file",
    "Special file in the skill",
    .integrity,
    .low,
    summary: "The skill holds a FIFO, socket or device node, which is never opened.",
    rationale: "Opening a FIFO can block a reader forever; such nodes have no place in a skill.",
    remediation: "Remove the special file from the skill.",
    references: [.taxonomy("§6.5")]
  )

  /// A file or folder that could not be read.
  public static let unreadableFile = check(
    "unreadable-file",
    "File could not be read",
    .integrity,
    .medium,
    summary: "A file or folder of the skill could not be read, so it was not analysed.",
    rationale: """
      Content that was not read cannot be judged; a skill with unanalysed content is at best \
      suspicious (incomplete).
      """,
    remediation: "Fix the permissions or the file name encoding and scan again.",
    references: [.taxonomy("§6.5")]
  )

  /// A skill of which nothing could be read (raised by the façade when loading throws).
  public static let unreadableSkill = check(
    "unreadable-skill",
    "Skill could not be read",
    .integrity,
    .medium,
    summary: "Nothing of the skill could be read.",
    rationale: "A skill that cannot be read cannot be judged safe.",
    remediation: "Check that the path exists and is readable, then scan again.",
    references: [.taxonomy("§6.5")]
  )

  /// A file above ``LoaderLimits/maxFileBytes``.
  public static let fileTooLarge = check(
    "file-too-large",
    "File above the size limit",
    .integrity,
    .medium,
    summary: "A file is larger than the configured limit and was not analysed.",
    rationale: """
      Padding a skill past a scanner's size limit is a known evasion (taxonomy §5.16); the \
      unread file is reported so the skill cannot pass as safe.
      """,
    remediation: "Remove the padding, or raise the limit if the file is legitimately large.",
    references: [.taxonomy("§5.16"), .taxonomy("§6.5")]
  )

  /// More files than ``LoaderLimits/maxFilesPerSkill``.
  public static let tooManyFiles = check(
    "too-many-files",
    "Too many files in the skill",
    .integrity,
    .medium,
    summary: "The skill holds more files than the configured limit; the rest were not read.",
    rationale: "Flooding a folder with files can push a payload past a scanner's limits.",
    remediation: "Trim the skill, or raise the file limit.",
    references: [.taxonomy("§5.16"), .taxonomy("§6.5")]
  )

  /// Folders deeper than ``LoaderLimits/maxFolderDepth``.
  public static let folderTooDeep = check(
    "folder-too-deep",
    "Folders nested too deeply",
    .integrity,
    .medium,
    summary: "Folders nested deeper than the configured limit were not read.",
    rationale: "Deep nesting is used to hide payloads from scanners with shallow walks.",
    remediation: "Flatten the skill layout, or raise the depth limit.",
    references: [.taxonomy("§5.16"), .taxonomy("§6.5")]
  )

  /// A binary file: kept for byte signatures, not analysed as text.
  public static let binaryContent = check(
    "binary-content",
    "Opaque binary content",
    .opaqueContent,
    .medium,
    summary: "A binary file cannot be analysed as text.",
    rationale: """
      Native executables, compiled bytecode (`.pyc`) and unknown blobs hide behaviour from \
      review. Images and fonts are reported at info level; binary signatures are still matched.
      """,
    remediation: "Ship source instead of compiled files, or explain why the binary is needed.",
    references: [.taxonomy("§5.16")]
  )

  /// A text file that is not valid UTF-8.
  public static let invalidUTF8 = check(
    "invalid-utf8",
    "Invalid UTF-8 text",
    .integrity,
    .low,
    summary: "A text file is not valid UTF-8 and was decoded lossily for display.",
    rationale: "Invalid byte sequences can hide text from tools that stop at the first error.",
    remediation: "Save the file as UTF-8.",
    references: [.taxonomy("§5.7")]
  )

  /// A UTF-16 file converted to UTF-8 before analysis.
  public static let textTranscoded = check(
    "text-transcoded",
    "UTF-16 text transcoded",
    .integrity,
    .info,
    summary: "A UTF-16 text file (byte-order mark) was converted to UTF-8 for analysis.",
    rationale: "Scripts saved as UTF-16 look binary to byte-oriented tools.",
    remediation: "Save the file as UTF-8.",
    references: [.taxonomy("§5.16")]
  )

  /// A sub-skill folder read as part of the outer skill.
  public static let nestedSkill = check(
    "nested-skill",
    "Nested sub-skill",
    .integrity,
    .info,
    summary: "A sub-folder holds its own SKILL.md and is scanned as part of the outer skill.",
    rationale: """
      Published skills bundle sub-skills; agents may load them separately, so their findings \
      are reported under the outer skill's verdict.
      """,
    remediation: "None needed; listed so a report can be mapped back to each sub-skill.",
    references: [.url("formats.md, Discovery rules")]
  )
}
