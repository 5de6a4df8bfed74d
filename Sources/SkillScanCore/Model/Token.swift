/// One lexical unit of code or Markdown, as byte offsets into its ``SourceFile``.
///
/// Every language lowers to this one model, so a rule written against tokens works on a
/// script file and on the same code fenced in `SKILL.md` alike. Tokens hold offsets, not
/// copies, to keep lexing allocation-light on large files.
public struct Token: Sendable, Hashable {
  /// What the token is.
  public enum Kind: UInt8, Sendable, Hashable {
    /// A bare word: command name, identifier, keyword, flag, path.
    case word
    /// A quoted string literal (quotes included in the range).
    case string
    /// A comment (markers included).
    case comment
    /// An operator or punctuation: `|`, `&&`, `;`, `(`, `=`, `.` …
    case op
    /// A number literal.
    case number
    /// A line break that ends a statement.
    case newline
    /// A variable reference such as `$HOME` or `${X}`.
    case variable
    /// A here-document body.
    case heredoc
  }

  public var kind: Kind
  /// Offsets held in 32 bits: a token takes 12 bytes instead of 24. A 20 MB file of
  /// one-byte tokens holds 20 million of them, and every rule that reads tokens walks these
  /// arrays, so half the size is half the memory and half the cache traffic. No file the
  /// loader accepts comes near 2 GiB (`LoaderLimits.maxFileBytes`); a larger offset traps
  /// rather than wrapping silently.
  private var start: Int32
  private var end: Int32

  /// Byte range in the file.
  public var range: Range<Int> {
    get { Int(start)..<Int(end) }
    set {
      start = Int32(newValue.lowerBound)
      end = Int32(newValue.upperBound)
    }
  }

  public init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.start = Int32(range.lowerBound)
    self.end = Int32(range.upperBound)
  }
}

/// A stretch of a file analysed as one language in one context.
///
/// A script is one region. A Markdown file splits into prose, headings, fenced blocks (with
/// their language), inline code, HTML comments and load-time `!` directives; each region maps
/// back to the host file by byte range, so findings report raw locations.
public struct Region: Sendable {
  /// The structural role of the region.
  public enum Kind: String, Sendable, Codable {
    case whole, frontmatter, prose, heading, fencedCode, inlineCode, htmlComment,
      loadTimeDirective, linkTarget, tableRow, blockquote
  }

  public var kind: Kind
  public var language: Language
  public var context: ContextClass
  /// Byte range of the region's content in the host file.
  public var range: Range<Int>
  /// Fence info string or heading text, when there is one.
  public var info: String
  /// Tokens of the region when it is code.
  public var tokens: [Token]

  public init(
    kind: Kind, language: Language, context: ContextClass, range: Range<Int>, info: String = "",
    tokens: [Token] = []
  ) {
    self.kind = kind
    self.language = language
    self.context = context
    self.range = range
    self.info = info
    self.tokens = tokens
  }
}

/// A file after classification and lexing, ready for rules.
public struct AnalyzedFile: Sendable {
  public var source: SourceFile
  /// Regions in file order; never overlapping except that inline regions sit inside prose.
  public var regions: [Region]
  /// Views of this file derived by rules and shared between them (see ``AnalysisCache``).
  public let cache = AnalysisCache()

  public init(source: SourceFile, regions: [Region]) {
    self.source = source
    self.regions = regions
  }

  public var path: String { source.path }
  public var bytes: [UInt8] { source.bytes }

  /// The innermost region containing `offset`, if any.
  public func region(at offset: Int) -> Region? {
    regionIndex.innermost(at: offset)
  }
}

/// A skill after analysis: its files, its parsed frontmatter and the loader's findings.
public struct AnalyzedSkill: Sendable {
  public var bundle: SkillBundle
  public var files: [AnalyzedFile]
  public var frontmatter: Frontmatter?
  public var frontmatterStatus: FrontmatterStatus
  /// Paths (relative to the root) that `SKILL.md` mentions; those files count as activated.
  public var referencedPaths: Set<String>
  /// Skill-level views derived by rules and shared between them.
  public let cache = AnalysisCache()

  public init(
    bundle: SkillBundle, files: [AnalyzedFile], frontmatter: Frontmatter?,
    frontmatterStatus: FrontmatterStatus, referencedPaths: Set<String>
  ) {
    self.bundle = bundle
    self.files = files
    self.frontmatter = frontmatter
    self.frontmatterStatus = frontmatterStatus
    self.referencedPaths = referencedPaths
  }

  /// `SKILL.md` after analysis.
  public var skillFile: AnalyzedFile? {
    guard let path = bundle.skillFile?.path else { return nil }
    return files.first { $0.path == path }
  }

  /// The skill's declared name, or its folder name.
  public var name: String { frontmatter?.name ?? bundle.folderName }

  /// How surely the agent meets `path`'s content (§6.1), before region-level refinement.
  ///
  /// A bundled script that `SKILL.md` never names is still activated when the agent is
  /// expected to run the skill's code: the skill does not restrict `allowed-tools` to tools
  /// that cannot execute, or `SKILL.md` points at the script's folder ("run the scripts in
  /// `scripts/`"). Test files and fixtures stay below that: naming a folder `tests/` lowers
  /// reachability, and a `test_*.py` beside the code is only present.
  public func reachability(ofFile path: String) -> Reachability {
    if path == bundle.skillFile?.path { return .activated }
    if referencedPaths.contains(path) { return .activated }
    guard let file = bundle.files.first(where: { $0.path == path }) else { return .present }
    if file.isFixturePath { return .fixture }
    // A manifest written in code (`setup.py`) runs whenever the folder is installed.
    if file.kind == .manifest, file.language.isExecutable { return .activated }
    // A dependency list is installed, and its packages' install scripts run, when the
    // instructions install it (`npm install`, `pip install -r requirements.txt`).
    if file.kind == .manifest, grantsCodeExecution, installsManifest(file.lowercasedName) { return .activated }
    // Scripts in languages without a lexer (Go, Ruby, Perl …, kind `script`, language
    // `text`) run as surely as Python when the agent may run code.
    if file.kind == .script, file.language.isExecutable || file.language == .text, !Self.isTestFileName(file.lowercasedName),
      grantsCodeExecution || skillFileNamesFolder(of: path)
    {
      return .activated
    }
    return .present
  }

  /// Whether the agent may run code for this skill without being stopped by its own
  /// declaration: no `allowed-tools` restriction at all, or a grant of a shell or
  /// interpreter tool (`Bash`, `Bash(python:*)`, `Python`, `Execute` …).
  public var grantsCodeExecution: Bool {
    guard let frontmatter else { return true }
    guard let value = frontmatter["allowed-tools"] ?? frontmatter["allowed_tools"] else { return true }
    let names: [String]
    switch value {
    case .list(let items): names = items.compactMap(\.scalarText)
    case .string(let text): names = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    case .null: return true
    default: return false
    }
    return names.contains { entry in
      let name = entry.split(separator: "(").first.map { $0.lowercased() } ?? ""
      return Self.executionTools.contains(name.trimmingBlanks)
    }
  }

  /// Tool names that run commands or code.
  static let executionTools: Set<String> = [
    "bash", "shell", "sh", "zsh", "powershell", "pwsh", "terminal", "exec", "execute",
    "run_shell_command", "run_terminal_cmd", "command", "cmd", "python", "python3", "node",
    "code", "code_execution", "run_code", "*",
  ]

  /// Whether the file's folder (`scripts/`, `bin/tools/`) appears in `SKILL.md`: the skill
  /// tells the agent about the folder's code without naming each file.
  /// Whether `SKILL.md` runs the installer that reads a manifest of this name.
  func installsManifest(_ name: String) -> Bool {
    guard let skill = skillFile else { return false }
    let commands: [String]
    if name == "package.json" {
      commands = ["npm install", "npm ci", "npm i ", "pnpm install", "pnpm i ", "yarn install", "bun install"]
    } else if name.hasPrefix("requirements"), name.hasSuffix(".txt") {
      commands = ["install -r " + name]
    } else {
      return false
    }
    return commands.contains { ByteSearch.contains(skill.bytes, Array($0.utf8)) }
  }

  func skillFileNamesFolder(of path: String) -> Bool {
    guard let slash = path.lastIndex(of: "/"), let skill = skillFile else { return false }
    let folder = Array(path[...slash].utf8)
    return ByteSearch.contains(skill.bytes, folder)
  }

  /// Unit-test file names (`test_x.py`, `x_test.go`, `x.test.js`, `x.spec.ts`, `conftest.py`):
  /// code a test runner executes, not the agent.
  static func isTestFileName(_ name: String) -> Bool {
    let stem = name.split(separator: ".").first.map(String.init) ?? name
    return stem.hasPrefix("test_") || stem.hasSuffix("_test") || stem == "conftest"
      || name.contains(".test.") || name.contains(".spec.")
  }
}

extension String {
  fileprivate var trimmingBlanks: String {
    String(drop { $0 == " " || $0 == "\"" }.reversed().drop { $0 == " " || $0 == "\"" }.reversed())
  }
}

/// What became of a skill's frontmatter when it was parsed.
public enum FrontmatterStatus: Sendable, Hashable {
  /// Parsed; `notes` lists tolerated dialect deviations (BOM, CRLF, leading blank line,
  /// flow-style metadata …), each with the 1-based line it concerns.
  case parsed(notes: [DialectNote])
  /// `SKILL.md` does not open with a `---` block.
  case missing
  /// A block is there but is not a YAML mapping; `line` is where parsing failed.
  case broken(message: String, line: Int)
  /// The skill has no `SKILL.md` at all.
  case noSkillFile
}

/// A deviation from the strict spec that agents nevertheless accept.
public struct DialectNote: Sendable, Hashable {
  public var message: String
  public var line: Int

  public init(_ message: String, line: Int) {
    self.message = message
    self.line = line
  }
}
