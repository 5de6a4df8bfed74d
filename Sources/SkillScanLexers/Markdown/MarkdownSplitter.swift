public import SkillScanCore

/// Splits Markdown into ``Region``s, CommonMark-style, in one pass over the lines.
///
/// Regions, in file order (inline regions follow the block that holds them):
/// - `.frontmatter` (`.yaml`, `.metadata`): the YAML between the top `---` lines;
/// - `.heading` (info = heading text), ATX and setext;
/// - `.fencedCode`: ```` ``` ```` and `~~~` fences (indented, longer closers, unclosed runs to
///   the end), content without the fence lines, info = info string, language from
///   `Language.fromFenceInfo` (`.text` when unknown), context `.code` for executable
///   languages else `.example`, tokens from the fence language's lexer. A fence whose info
///   starts with `!` is Claude Code load-time shell (`.loadTime`). Indented code blocks are
///   `.fencedCode` with `.text`/`.example`;
/// - `.htmlComment` (`.description`): `<!-- … -->` content, block or inline, and the
///   `[//]: # (…)` idiom; hidden from rendered views, so rules weigh them;
/// - `.prose` (one per paragraph or list item) and `.blockquote`, `.tableRow` (one per row),
///   each `.instruction` or `.description` by ``ProseClassifier``;
/// - `.inlineCode` (`.text`, `.example`, shell tokens), `.linkTarget` (link, image, autolink
///   and reference-definition destinations) inside those blocks;
/// - `.loadTimeDirective` (`.shell`, tokens): `` !`cmd` `` anywhere, code spans and fences
///   included (see ``LoadTimeDirectives``).
public enum MarkdownSplitter {
  /// How the file's code is reached.
  public struct Options: Sendable {
    /// Whether `!` directives and ```` ```! ```` fences run at load time (true for `SKILL.md`
    /// and command files); otherwise they get context `.example`.
    public var loadTimeActive: Bool
    /// Whether the file is a test fixture: code regions get context `.fixture`.
    public var fixture: Bool

    public init(loadTimeActive: Bool = true, fixture: Bool = false) {
      self.loadTimeActive = loadTimeActive
      self.fixture = fixture
    }
  }

  /// Regions of a whole Markdown file.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - options: Load-time and fixture handling.
  /// - Returns: Regions sorted by start offset, enclosing regions before the ones inside.
  public static func regions(_ bytes: [UInt8], options: Options = Options()) -> [Region] {
    var splitter = MarkdownBlockSplitter(bytes: bytes, options: options)
    var bodyStart = 0
    if let fm = MarkdownFrontmatter.locate(bytes) {
      splitter.out.append(Region(kind: .frontmatter, language: .yaml, context: .metadata, range: fm.content))
      bodyStart = fm.block.upperBound
    }
    let directiveContext: ContextClass = options.loadTimeActive ? .loadTime : .example
    let directives = LoadTimeDirectives.regions(in: bytes, range: bodyStart..<bytes.count).map {
      var r = $0
      r.context = directiveContext
      return r
    }
    splitter.directiveStarts = directives.map(\.range.lowerBound)
    splitter.run(from: bodyStart)
    // Blocks are emitted in order with their inline regions sorted, so a linear merge with
    // the (sorted) directives suffices; the check keeps it correct if that ever changes.
    var all = merge(splitter.out, directives)
    if !isSorted(all) { all.sort(by: precedes) }
    return all
  }

  static func precedes(_ a: Region, _ b: Region) -> Bool {
    if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
    if a.range.upperBound != b.range.upperBound { return a.range.upperBound > b.range.upperBound }
    return rank(a.kind) < rank(b.kind)
  }

  private static func isSorted(_ regions: [Region]) -> Bool {
    var k = 1
    while k < regions.count {
      if precedes(regions[k], regions[k - 1]) { return false }
      k += 1
    }
    return true
  }

  private static func merge(_ a: [Region], _ b: [Region]) -> [Region] {
    guard !b.isEmpty else { return a }
    var out: [Region] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && !precedes(b[j], a[i])) {
        out.append(a[i])
        i += 1
      } else {
        out.append(b[j])
        j += 1
      }
    }
    return out
  }

  private static func rank(_ kind: Region.Kind) -> Int {
    switch kind {
    case .whole: 0
    case .frontmatter: 1
    case .fencedCode, .htmlComment, .prose, .heading, .blockquote, .tableRow: 2
    case .inlineCode, .linkTarget: 3
    case .loadTimeDirective: 4
    }
  }
}
