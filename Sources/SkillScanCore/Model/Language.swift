/// The language a file or an embedded region is analysed as.
///
/// Decided by extension, shebang, Markdown fence info string and content sniffing; a file can
/// hold regions of several languages (a `SKILL.md` with fenced shell and Python).
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
  case markdown, shell, python, javascript, powershell, json, yaml, toml, text

  /// Maps a Markdown fence info string (`bash`, `py`, `ts` …) to a language.
  public static func fromFenceInfo(_ info: String) -> Language? {
    let word = info.split(whereSeparator: { $0 == " " || $0 == "{" || $0 == "," }).first
      .map { $0.lowercased() } ?? ""
    switch word {
    case "sh", "bash", "zsh", "shell", "console", "shellsession", "terminal", "ksh", "fish",
      "command", "cmd", "!":
      return .shell
    case "py", "python", "python3", "py3", "ipython", "pycon": return .python
    case "js", "javascript", "node", "mjs", "cjs", "ts", "typescript", "jsx", "tsx":
      return .javascript
    case "ps1", "powershell", "pwsh", "ps": return .powershell
    case "json", "jsonc", "json5": return .json
    case "yaml", "yml": return .yaml
    case "toml": return .toml
    case "md", "markdown": return .markdown
    default: return nil
    }
  }

  /// A small distinct integer per language (below 16), for packing into cache keys.
  public var ordinal: Int {
    switch self {
    case .markdown: 0
    case .shell: 1
    case .python: 2
    case .javascript: 3
    case .powershell: 4
    case .json: 5
    case .yaml: 6
    case .toml: 7
    case .text: 8
    }
  }

  /// Whether code in this language can run (scripts, fenced blocks an agent may execute).
  public var isExecutable: Bool {
    switch self {
    case .shell, .python, .javascript, .powershell: true
    case .markdown, .json, .yaml, .toml, .text: false
    }
  }
}

/// What role a file plays in a skill, which decides how it is analysed.
public enum FileKind: String, Sendable, Codable, CaseIterable, Hashable {
  /// Markdown or plain text the agent reads (`SKILL.md`, references).
  case instructions
  /// Code by extension or shebang.
  case script
  /// Dependency, plugin, hook or agent configuration.
  case manifest
  /// Other text (data, templates, configuration we do not model).
  case text
  /// NUL bytes or a known binary magic: cannot be analysed as text.
  case binary
  /// An archive nested inside the skill.
  case archive
}
