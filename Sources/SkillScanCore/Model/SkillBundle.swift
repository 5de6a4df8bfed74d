/// Everything the loader read for one skill: its files, plus what the loader itself found.
///
/// Hostile layout (a symlink out of the root, a traversal entry in an archive, a zip bomb, a
/// file too large to hold) is recorded as loader findings here, so it flows into the verdict
/// like any other evidence instead of disappearing into a log.
public struct SkillBundle: Sendable {
  /// The skill as found: a folder path, an archive path, or `archive.zip!/inner/folder`.
  public var path: String
  /// Files read, with paths relative to the skill root.
  public var files: [SourceFile]
  /// Findings raised while loading (integrity, opaque content).
  public var findings: [Finding]
  /// Errors that stopped part of the skill from being read.
  public var errors: [String]

  public init(path: String, files: [SourceFile], findings: [Finding] = [], errors: [String] = []) {
    self.path = path
    self.files = files
    self.findings = findings
    self.errors = errors
  }

  /// The skill's instruction file (`SKILL.md`, or lowercase `skill.md`) at the root.
  public var skillFile: SourceFile? {
    files.first { $0.path == "SKILL.md" } ?? files.first { $0.path.lowercased() == "skill.md" }
  }

  /// Total bytes read.
  public var bytesScanned: Int { files.reduce(0) { $0 + $1.bytes.count } }

  /// The last path component of ``path``, used when the skill has no `name`.
  public var folderName: String {
    let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
    let afterBang = trimmed.split(separator: "!").last.map(String.init) ?? trimmed
    return afterBang.split(separator: "/").last.map(String.init) ?? afterBang
  }
}

/// Where a skill was found, before it is read.
///
/// Locating and loading are separate steps so that a tree of thousands of skills is listed
/// cheaply and each skill is read (and released) by its own task.
public enum SkillSource: Sendable, Hashable {
  /// A folder holding `SKILL.md`; `displayPath` is how the user should see it.
  case folder(path: String, displayPath: String)
  /// A `.zip` or `.skill` archive holding one or more skills.
  case archive(path: String, displayPath: String)
  /// A lone `SKILL.md` file.
  case file(path: String, displayPath: String)

  /// The path shown in reports.
  public var displayPath: String {
    switch self {
    case .folder(_, let d), .archive(_, let d), .file(_, let d): d
    }
  }
}
