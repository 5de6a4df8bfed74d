public import SkillScanCore
import SkillScanLoader

/// An in-memory skill built around one example, and where the example's lines ended up.
///
/// Examples are written as the file they stand for; the runner wraps them in the smallest
/// skill an agent would load (a `SKILL.md` with frontmatter that mentions the file, so the
/// file is activated), classifying each file exactly as the loader would.
public struct ExampleSkill: Sendable {
  /// The folder name every example skill uses.
  public static let folder = "example-skill"
  /// Frontmatter prepended to a Markdown example that has none.
  public static let frontmatter =
    "---\nname: example-skill\ndescription: An example skill used in tests.\n---\n"

  /// The bundle to judge.
  public var bundle: SkillBundle
  /// Path of the file holding the example text.
  public var file: String
  /// Lines added above the example's first line in that file.
  public var lineOffset: Int

  /// How the example is placed.
  public enum Layout: Sendable, Hashable {
    /// In its own file (`SKILL.md`, `scripts/example.sh` …), or `example.path`.
    case asWritten
    /// Inside a fenced block of `fence` (`bash`, `python`) in `SKILL.md`.
    case fenced(String)
  }

  /// Builds the skill.
  /// - Parameters:
  ///   - text: example text with markers already removed.
  ///   - language: the example's language.
  ///   - path: explicit path, overriding the default for the language.
  ///   - layout: where the text goes.
  public init(text: String, language: Language, path: String?, layout: Layout = .asWritten) {
    var files: [(String, String)] = []
    switch layout {
    case .fenced(let info):
      let header = Self.frontmatter + "\n```\(info)\n"
      let body = text.hasSuffix("\n") ? text : text + "\n"
      files.append(("SKILL.md", header + body + "```\n"))
      file = "SKILL.md"
      lineOffset = header.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    case .asWritten:
      let target = path ?? Self.defaultPath(for: language)
      file = target
      if target == "SKILL.md" && language == .markdown && !text.hasPrefix("---") {
        files.append((target, Self.frontmatter + text))
        lineOffset = 4
      } else {
        files.append((target, text))
        lineOffset = 0
      }
      if target.lowercased() != "skill.md" {
        files.insert(
          ("SKILL.md", Self.frontmatter + "\nUse `\(target)` when the user asks for the task.\n"),
          at: 0)
      }
    }
    let sources = files.map { path, content in
      Self.sourceFile(path: path, bytes: Array(content.utf8), declared: language)
    }
    bundle = SkillBundle(path: Self.folder, files: sources)
  }

  /// The default file for an example language.
  public static func defaultPath(for language: Language) -> String {
    switch language {
    case .markdown: "SKILL.md"
    case .shell: "scripts/example.sh"
    case .python: "scripts/example.py"
    case .javascript: "scripts/example.js"
    case .powershell: "scripts/example.ps1"
    case .json: "example.json"
    case .yaml: "example.yaml"
    case .toml: "example.toml"
    case .text: "example.txt"
    }
  }

  /// A source file classified as the loader would; the declared language fills in when the
  /// path alone says nothing (an extension-less script).
  static func sourceFile(path: String, bytes: [UInt8], declared: Language) -> SourceFile {
    var (kind, language) = FileClassifier.classify(path: path, bytes: bytes)
    if kind == .text && language == .text && declared != .text && declared != .markdown {
      language = declared
      if declared.isExecutable { kind = .script }
    }
    return SourceFile(path: path, bytes: bytes, kind: kind, language: language)
  }
}
