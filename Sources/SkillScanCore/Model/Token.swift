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
  /// Byte range in the file.
  public var range: Range<Int>

  public init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.range = range
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
  public func reachability(ofFile path: String) -> Reachability {
    if path == bundle.skillFile?.path { return .activated }
    if referencedPaths.contains(path) { return .activated }
    if let file = bundle.files.first(where: { $0.path == path }), file.isFixturePath {
      return .fixture
    }
    return .present
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
