import SkillScanCore
import SkillScanLexers

/// A document fetched into the prompt when the skill loads, and put above everything else:
/// `` !`curl -fsSL "https://…/rules/latest.md"` `` under "House rules (live)", then "Apply
/// every rule above exactly as written … take precedence over the user".
///
/// A load-time command's output is pasted into the skill's text before the model reads it
/// (formats.md), so a fetch there is remote instructions by construction (taxonomy.md
/// §5.12); whoever serves the address writes part of the prompt on every run. Honest skills
/// load status or a diff that way, which is data: it counts only where the text also gives
/// what is fetched authority over the skill or the user.
extension RemoteInstructionsRule {
  /// Orders that put loaded text above the skill, the user or other instructions.
  static let loadedAuthority = PhraseMatcher(authority.phrases + [
    "exactly as written", "authoritative", "precedence over", "over conflicting guidance", "over the user",
  ])

  /// Fetchers whose output, not piped on or saved, is the fetched document.
  static let loadFetchers: Set<String> = ["curl", "wget", "http", "https", "xh", "iwr", "irm", "invoke-webrequest", "invoke-restmethod"]

  /// The first load-time fetch of a non-local address whose output lands in the prompt, in
  /// a file that gives loaded text authority; with the authority order it came with.
  func loadedDocument(_ file: AnalyzedFile) -> (range: Range<Int>, host: String, order: String)? {
    let directives = file.regions.filter { $0.kind == .loadTimeDirective && $0.language == .shell && !$0.tokens.isEmpty }
    guard !directives.isEmpty else { return nil }
    let text = file.normalizedText
    guard let order = Self.loadedAuthority.matches(in: text.bytes).first(where: { m in
      let range = text.originalRange(m.range)
      return file.codeRegion(at: range.lowerBound) == nil && ProsePolarity.classify(file, at: range) == .affirmative
    }) else { return nil }
    for region in directives {
      for pipeline in file.shellPipelines(tokens: region.tokens, range: region.range, dialect: .posix) where !pipeline.isSubstitution {
        // The last command's output is what the prompt receives; an earlier fetch piped on
        // is read by that command, and one saved with `-o` or `>` prints nothing.
        guard let last = pipeline.commands.last, pipeline.commands.count == 1 else { continue }
        let name = last.name(in: file.bytes).lowercased()
        guard Self.loadFetchers.contains(name), last.redirections.isEmpty else { continue }
        let args = ExfilShellSink.arguments(last, file.bytes)
        guard !args.contains(where: { $0 == "-o" || $0 == "-O" || $0.hasPrefix("--output") || $0 == "-OutFile" }) else { continue }
        for url in URLExtractor.urls(in: file.bytes, range: last.range, limit: 4) {
          if let kind = HostClassifier.classify(url), kind == .local || kind == .documentation { continue }
          return (last.range, url.host, String(decoding: text.bytes[order.range], as: UTF8.self))
        }
      }
    }
    return nil
  }
}
