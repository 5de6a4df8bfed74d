/// Pipeline stages as small protocols, so each can be replaced or tested alone.
///
/// The default order, used by the `SkillScan` façade, is:
/// 1. ``SkillLocating`` — find skills under a path (cheap, no file contents);
/// 2. ``BundleLoading`` — read one skill's files, recording hostile layout as findings;
/// 3. ``FileAnalyzing`` — classify regions and lex; must precede rules, which see tokens;
/// 4. ``ManifestParsing`` — frontmatter; after lexing so it can reuse the Markdown split;
/// 5. ``RuleEngine`` — rules emit findings; after analysis, before the verdict;
/// 6. ``VerdictPolicy`` — findings become a verdict; last, because suppression and context
///    adjustments must already be applied.

/// Finds skills under a path.
public protocol SkillLocating: Sendable {
  /// Lists the skills under `path` in a deterministic order.
  /// - Throws: when `path` does not exist or cannot be read.
  func locate(_ path: String) throws -> [SkillSource]
}

/// Reads the files of one located skill.
public protocol BundleLoading: Sendable {
  /// Loads a skill source; an archive may yield several bundles.
  /// - Throws: only when nothing at all can be read; partial problems become findings.
  func load(_ source: SkillSource) throws -> [SkillBundle]
}

/// Splits a file into regions and lexes its code.
public protocol FileAnalyzing: Sendable {
  /// Analyses one file.
  func analyze(_ file: SourceFile) -> AnalyzedFile
}

/// Parses `SKILL.md` frontmatter, tolerant of every dialect.
///
/// Never throws and never fails the scan: a missing or broken block is a status that rules
/// turn into findings, so it shows in the report like any other evidence.
public protocol ManifestParsing: Sendable {
  /// Parses the frontmatter at the top of `skillFile`.
  func parse(_ skillFile: SourceFile) -> (Frontmatter?, FrontmatterStatus)
}
