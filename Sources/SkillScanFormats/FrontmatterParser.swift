public import SkillScanCore

/// Parses `SKILL.md` frontmatter the way the most lenient agent would, and records how far
/// it strays from the strict spec.
///
/// A malicious skill must not escape analysis by writing frontmatter that a strict parser
/// rejects but an agent still loads, so every dialect in the wild is accepted: a UTF-8 BOM,
/// CRLF, blank lines before `---`, a closing `...`, tab indentation, inline-JSON or JSON5
/// `metadata`, duplicate keys. Each deviation becomes a ``DialectNote`` (turned into a
/// format finding by the spec rules). When YAML fails, top-level keys are parsed one by one
/// and, failing that, read line by line like OpenClaw's fallback, so `name` and
/// `description` are still seen. Hostile input (huge blocks, alias bombs, deep nesting) is
/// bounded and reported as `.broken`, never a crash.
///
/// ```swift
/// let (frontmatter, status) = FrontmatterParser().parse(skillFile)
/// ```
public struct FrontmatterParser: ManifestParsing {
  /// Largest YAML text given to the YAML parser; larger blocks are read line by line.
  public static var maxYAMLBytes: Int { YAMLPreflight.maxYAMLBytes }
  /// Most values built from one block (bounds alias expansion).
  public static var maxValues: Int { YAMLNodeConverter.maxNodes }

  public init() {}

  /// Parses the frontmatter at the top of `skillFile`.
  /// - Parameter skillFile: the skill's `SKILL.md`.
  /// - Returns: the frontmatter (possibly partial when broken) and what became of it.
  public func parse(_ skillFile: SourceFile) -> (Frontmatter?, FrontmatterStatus) {
    parse(bytes: skillFile.bytes)
  }

  /// Parses frontmatter from raw file bytes; the same as ``parse(_:)``.
  /// - Parameter bytes: the whole `SKILL.md`.
  /// - Returns: the frontmatter (possibly partial when broken) and what became of it.
  public func parse(bytes: [UInt8]) -> (Frontmatter?, FrontmatterStatus) {
    switch FrontmatterBlock.locate(in: bytes) {
    case .missing:
      return (nil, .missing)
    case .unterminated(let block):
      var session = FrontmatterParseSession(block: block, bytes: bytes)
      return session.runUnterminated()
    case .found(let block):
      var session = FrontmatterParseSession(block: block, bytes: bytes)
      return session.run()
    }
  }
}
