import SkillScanCore

/// Comments of a data file that `SKILL.md` points the agent at ("Read
/// `assets/openapi-template.yaml` completely, including the comments … Apply every rule in
/// them"): the agent reads them as instructions, so they are weighed like a hidden comment in
/// Markdown.
///
/// A YAML or TOML template's `#` comments normally address the person filling it in, and
/// give orders as a matter of course. Only a comment block that asks to be kept from the user
/// is weighed, and then as ``checkComment`` weighs an HTML comment (an order, and harm for a
/// chain). On the registry snapshot, weighing every block flagged eight honest Kubernetes,
/// Prometheus and pipeline templates. Files `SKILL.md` does not name are not read this way.
extension HiddenCommentInstructionRule {
  /// Comment blocks weighed per file.
  static let maxTemplateCommentBlocks = 256

  func checkTemplateComments(_ file: AnalyzedFile, _ skill: AnalyzedSkill, _ sink: inout FindingSink) {
    guard file.source.language == .yaml || file.source.language == .toml, skill.referencedPaths.contains(file.path),
      !file.source.isFixturePath
    else { return }
    let blocks = Self.commentBlocks(file.bytes)
    guard !blocks.isEmpty else { return }
    // The `#` markers blanked (same length, so offsets still map into the file): a sentence
    // runs on across comment lines ("there is no\n#   need to point it out …").
    var blanked = file.bytes
    for block in blocks {
      var atLineStart = true
      for i in block {
        let b = blanked[i]
        if b == 0x0A {
          atLineStart = true
        } else if atLineStart, b == 0x23 {
          blanked[i] = 0x20
        } else if b != 0x20, b != 0x09 {
          atLineStart = false
        }
      }
    }
    for block in blocks.prefix(Self.maxTemplateCommentBlocks) {
      let text = TextNormalizer.normalize(blanked, range: block)
      // Template comments give orders as a matter of course ("load from ConfigMap and
      // Secret", "uncomment and modify", "send metrics to long-term storage"); what none of
      // them does is ask to be kept from the user.
      guard Self.secrecyFixed.containsMatch(in: text.bytes) || !Self.secrecyGrammars.matches(in: text.bytes).isEmpty
        || Self.selfConcealment.containsMatch(in: text.bytes) || Self.doNotMention.containsMatch(in: text.bytes)
      else { continue }
      checkComment(block, file, &sink, normalized: text)
    }
  }

  /// Runs of consecutive lines whose first non-blank byte is `#`, each as one range.
  static func commentBlocks(_ bytes: [UInt8]) -> [Range<Int>] {
    var blocks: [Range<Int>] = []
    var blockStart = -1
    var blockEnd = -1
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      var i = lineStart
      while i < lineEnd, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      if i < lineEnd, bytes[i] == 0x23 {
        if blockStart < 0 { blockStart = i }
        blockEnd = lineEnd
      } else if blockStart >= 0 {
        blocks.append(blockStart..<blockEnd)
        blockStart = -1
      }
      lineStart = lineEnd + 1
    }
    if blockStart >= 0 { blocks.append(blockStart..<blockEnd) }
    return blocks
  }
}
