import SkillScanCore

/// Standing orders a skill ships as a template and a script of it writes into the agent's
/// memory (`CLAUDE.md`, `AGENTS.md`, `.cursorrules` …).
///
/// A conventions-sync script that appends `templates/global_block.md` to `~/.claude/CLAUDE.md`
/// never spells what it writes: the orders are in the template. When that template raises
/// other content to the user's authority, claims an approval the user never gave or tells
/// the agent to stop asking, every later session in every project obeys it — the script's
/// write is the hijack, though neither file alone shows both halves.
extension AgentConfigTamperingRule {
  /// Memory and instruction files that every later session reads as trusted guidance.
  static let memoryFileNames = [
    "claude.md", "agents.md", "gemini.md", ".cursorrules", "copilot-instructions.md", ".clinerules",
    ".windsurfrules", "soul.md", "memory.md",
  ]

  static let memoryNameFilter = KeywordFilter(keywords: memoryFileNames)

  /// Where code in `range` writes an agent memory file (one of ``memoryFileNames`` and a
  /// write call) and names one of the skill's hijacking templates (see
  /// ``hijackingTemplates(_:)``) by its file name.
  static func codeWritesHijackingMemoryTemplate(
    _ bytes: [UInt8], _ range: Range<Int>, skill: AnalyzedSkill, file: AnalyzedFile, writes: [String] = codeWrites
  ) -> (range: Range<Int>, template: String, phrase: String)? {
    let r = range.clamped(to: 0..<bytes.count)
    // One automaton pass over the region in place: almost no script names a memory file,
    // and those are spared the folded copy.
    guard !r.isEmpty, memoryNameFilter.occurs(in: bytes, range: r) else { return nil }
    let lowered = bytes[r].map(KeywordFilter.fold)
    guard writes.contains(where: { ByteSearch.contains(lowered, Array($0.utf8)) }) else { return nil }
    for template in hijackingTemplates(skill) where template.path != file.path {
      let name = Array((template.path.split(separator: "/").last.map(String.init) ?? template.path).lowercased().utf8)
      guard name.count >= 6, let at = ByteSearch.firstIndex(of: name, in: lowered) else { continue }
      return (r.lowerBound + at..<r.lowerBound + at + name.count, template.path, template.phrase)
    }
    return nil
  }

  /// Whether lower-cased shell text names one of the skill's hijacking templates by its
  /// file name (at least six bytes, so `a.md` does not match everything).
  /// A name inside a URL (`curl -s https://host/heartbeat.md > …`) is a download of the
  /// host's file, not the shipped template.
  static func namesHijackingTemplate(_ lowered: @autoclosure () -> String, skill: AnalyzedSkill, file: AnalyzedFile) -> Bool {
    let templates = hijackingTemplates(skill)
    guard !templates.isEmpty else { return false }
    let text = Array(lowered().utf8)
    return templates.contains { template in
      let name = Array((template.path.split(separator: "/").last.map(String.init) ?? template.path).lowercased().utf8)
      guard template.path != file.path, name.count >= 6 else { return false }
      var from = 0
      while let at = ByteSearch.firstIndex(of: name, in: text, from: from) {
        from = at + name.count
        var start = at
        while start > 0, ![0x20, 0x09, 0x0A, 0x22, 0x27, 0x3C, 0x3E, 0x28].contains(text[start - 1]), at - start < 512 { start -= 1 }
        if ByteSearch.firstIndex(of: Array("://".utf8), in: Array(text[start..<at])) == nil { return true }
      }
      return false
    }
  }

  /// The skill's Markdown and text files other than `SKILL.md` (at most
  /// ``templateBytes`` each) whose text, stated affirmatively, overrides the agent's
  /// instructions or hands other content the user's authority, claims a pre-approval, or
  /// orders the agent to stop asking; with the phrase found. Read once per skill, and only
  /// for a skill whose code writes a memory file.
  static func hijackingTemplates(_ skill: AnalyzedSkill) -> [(path: String, phrase: String)] {
    skill.cache.value(memoryTemplatesSlot) {
      var out: [(path: String, phrase: String)] = []
      let skillPath = skill.skillFile?.path
      for other in skill.files where other.path != skillPath
        && (other.source.language == .markdown || other.source.language == .text) && other.bytes.count <= templateBytes
        // A shipped `MEMORY.md` or `AGENTS.md` is the author's own agent file, which the
        // script names as its target; a template is a file of another name.
        && !memoryFileNames.contains(other.source.lowercasedName)
      {
        if let phrase = standingHijack(in: other) { out.append((other.path, phrase)) }
      }
      return out
    }
  }

  /// The first affirmative hijacking phrase of `file`'s normalised text.
  static func standingHijack(in file: AnalyzedFile) -> String? {
    let text = file.normalizedText
    var ranges = InstructionOverrideRule.grammars.matches(in: text.bytes)
    ranges += InstructionOverrideRule.fixed.matches(in: text.bytes).map(\.range)
    ranges += HiddenCommentInstructionRule.approvalClaims.matches(in: text.bytes).map(\.range)
    ranges += standingHijackPhrases.matches(in: text.bytes).map(\.range)
    for match in ranges.sorted(by: { $0.lowerBound < $1.lowerBound })
    where ProsePolarity.classify(file, at: text.originalRange(match)) == .affirmative {
      return String(decoding: text.bytes[match], as: UTF8.self)
    }
    return nil
  }

  static let templateBytes = 64 << 10

  private static let memoryTemplatesSlot = CacheSlot<[(path: String, phrase: String)]>("AgentConfigTamperingRule.memoryTemplates")
}
