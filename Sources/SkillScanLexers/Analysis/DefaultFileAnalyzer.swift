public import SkillScanCore

/// The standard ``FileAnalyzing`` stage: classifies a file into regions and lexes its code.
///
/// - Scripts (kind `.script`, or an executable language) become one `.whole` region with
///   tokens, context `.code` (`.fixture` under test/fixture folders, `.loadTime` for an
///   command derived from a manifest, unit or plist that runs unattended).
/// - Markdown becomes the regions of ``MarkdownSplitter``; `!` directives count as load-time
///   only in `SKILL.md` and `commands/*.md`, the files Claude Code preprocesses.
/// - JSON, YAML, TOML and manifests become one `.whole` region with context `.metadata`; other
///   text one `.whole` region with context `.description`. These carry no tokens.
/// - Binary files and archives have no regions (the loader reports them as opaque).
public struct DefaultFileAnalyzer: FileAnalyzing {
  public init() {}

  /// Analyses one file.
  ///
  /// - Parameter file: A loaded file.
  /// - Returns: The file with its regions, in file order.
  public func analyze(_ file: SourceFile) -> AnalyzedFile {
    AnalyzedFile(source: file, regions: regions(of: file))
  }

  /// Whether Claude Code preprocesses `!` directives in the file at `path`: `SKILL.md` and
  /// command files (`commands/*.md`). Byte comparisons, as this runs once per file.
  static func isPreprocessed(_ path: String) -> Bool {
    let u = Array(path.utf8)
    let name = Array("skill.md".utf8)
    if u.count >= name.count, u[(u.count - name.count)...].map(ByteClass.lower) == name,
      u.count == name.count || u[u.count - name.count - 1] == 0x2F
    {
      return true
    }
    return ByteText.contains(0..<u.count, "commands/", in: u, ignoringCase: true)
  }

  /// The regions of `file` (see the type's documentation).
  public func regions(of file: SourceFile) -> [Region] {
    let bytes = file.bytes
    let whole = 0..<bytes.count
    switch file.kind {
    case .binary, .archive:
      return []
    default:
      break
    }
    if file.language == .markdown {
      let loadTime = Self.isPreprocessed(file.path)
      return MarkdownSplitter.regions(bytes, options: .init(loadTimeActive: loadTime, fixture: file.isFixturePath))
    }
    if file.kind == .script || file.language.isExecutable {
      // An install hook runs when the package is installed, with no model in the loop.
      let context: ContextClass =
        file.origin?.runsUnattended == true ? .loadTime : file.isFixturePath ? .fixture : .code
      // A script in a language we do not lex (Ruby, Perl …) keeps its language and no tokens,
      // so shell rules do not misread it.
      return [
        Region(
          kind: .whole, language: file.language, context: context, range: whole,
          tokens: LanguageLexer.tokenize(bytes, in: whole, language: file.language))
      ]
    }
    switch file.language {
    case .json, .yaml, .toml:
      return [Region(kind: .whole, language: file.language, context: .metadata, range: whole)]
    default:
      let context: ContextClass = file.kind == .manifest ? .metadata : .description
      var regions = [Region(kind: .whole, language: file.language, context: context, range: whole)]
      if EmbeddedScripts.applies(toPath: file.path) {
        for range in EmbeddedScripts.ranges(in: bytes) {
          regions.append(
            Region(
              kind: .fencedCode, language: .javascript, context: file.isFixturePath ? .fixture : .code, range: range,
              info: "script", tokens: LanguageLexer.tokenize(bytes, in: range, language: .javascript)))
        }
      }
      return regions
    }
  }
}
