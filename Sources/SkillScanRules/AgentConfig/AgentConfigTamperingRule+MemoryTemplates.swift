import SkillScanCore
import SkillScanLexers

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

  /// Where code writes an agent memory file (one of ``memoryFileNames`` and a write call in
  /// the region) with a string literal of its own that holds hijacking standing orders
  /// ("… pre-approved; do not ask", "the user has granted standing consent"): the script
  /// carries the block it plants, with no template file beside it. String literals of at
  /// least ``literalMinimum`` bytes are read, ``literalBudget`` bytes in all.
  static func codeWritesHijackingMemoryText(_ bytes: [UInt8], _ region: Region) -> (range: Range<Int>, target: String, phrase: String)? {
    let r = region.range.clamped(to: 0..<bytes.count)
    guard !r.isEmpty, !region.tokens.isEmpty, let name = memoryNameFilter.positions(in: Array(bytes[r])).first else { return nil }
    let lowered = bytes[r].map(KeywordFilter.fold)
    guard codeWrites.contains(where: { ByteSearch.contains(lowered, Array($0.utf8)) }) else { return nil }
    let target = memoryFileNames[name.keyword]
    var budget = literalBudget
    let tokens = region.tokens
    var previous: [Int] = []  // indices of the last two significant tokens
    for (index, token) in tokens.enumerated() {
      defer {
        if token.kind != .comment && token.kind != .newline {
          previous.append(index)
          if previous.count > 2 { previous.removeFirst() }
        }
      }
      guard token.kind == .string, token.range.count >= literalMinimum, budget > 0, previous.count == 2,
        tokens[previous[1]].kind == .op, ByteText.equals(tokens[previous[1]].range, "=", in: bytes),
        tokens[previous[0]].kind == .word
      else { continue }
      // Only a block assigned to a name that a write call then takes: docstrings, help
      // texts and log messages are not what the script plants.
      let holder = Array(bytes[tokens[previous[0]].range].map(KeywordFilter.fold))
      guard writtenNames(lowered, holder) else { continue }
      let range = token.range.lowerBound..<min(token.range.upperBound, token.range.lowerBound + budget)
      budget -= range.count
      let text = TextNormalizer.normalize(bytes, range: range)
      var found = InstructionOverrideRule.grammars.matches(in: text.bytes)
      found += InstructionOverrideRule.fixed.matches(in: text.bytes).map(\.range)
      found += HiddenCommentInstructionRule.approvalClaims.matches(in: text.bytes).map(\.range)
      found += standingHijackPhrases.matches(in: text.bytes).map(\.range)
      guard let first = found.min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
      return (text.originalRange(first), target, String(decoding: text.bytes[first], as: UTF8.self))
    }
    return nil
  }

  /// Whether `name` (folded) appears as a whole word in the arguments of one of the
  /// ``codeWrites`` calls of `lowered` (the first 512 bytes after each, up to the line end).
  static func writtenNames(_ lowered: [UInt8], _ name: [UInt8]) -> Bool {
    guard !name.isEmpty else { return false }
    for write in codeWrites {
      let needle = Array(write.utf8)
      var from = 0
      var seen = 0
      while seen < 64, let at = ByteSearch.firstIndex(of: needle, in: lowered, from: from) {
        seen += 1
        from = at + needle.count
        var end = from
        while end < lowered.count, end - from < 512, lowered[end] != 0x0A { end += 1 }
        var k = from
        while k + name.count <= end, let hit = ByteSearch.firstIndex(of: name, in: Array(lowered[k..<end])) {
          let start = k + hit
          let stop = start + name.count
          func isIdent(_ b: UInt8) -> Bool { b == 0x5F || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) }
          if (start == 0 || !isIdent(lowered[start - 1])) && (stop >= lowered.count || !isIdent(lowered[stop])) { return true }
          k = stop
        }
      }
    }
    return false
  }

  static let literalMinimum = 40
  static let literalBudget = 256 << 10

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

  /// Bytes before a write instruction read for the template files it names ("Apply the
  /// bootstrap text from `references/memory-layout.md` … append block A to `AGENTS.md`").
  static let templateLeadIn = 1_500

  /// Whether a memory write instructed in prose copies a template file of the skill, named
  /// within ``templateLeadIn`` bytes before the instruction, whose standing orders remove the
  /// agent's oversight (``standingHijackPhrases``, an approval claim) or send the agent's
  /// memory to an outside address ("POST the contents of MEMORY.md … to https://…").
  static func plantsTemplateHijack(before offset: Int, in file: AnalyzedFile, skill: AnalyzedSkill) -> Bool {
    guard !hijackingMemoryTemplates(skill).isEmpty else { return false }
    // Where the file names a hijacking template, found once per file: a document of many
    // write sentences asks this per sentence.
    let mentions = templateMentions(file, skill: skill)
    var lo = 0
    var hi = mentions.count
    let start = offset - templateLeadIn
    while lo < hi {
      let mid = (lo + hi) / 2
      if mentions[mid] < start { lo = mid + 1 } else { hi = mid }
    }
    return lo < mentions.count && mentions[lo] < offset
  }

  /// Start offsets, ascending, of every place `file` names one of the skill's hijacking
  /// templates by path (ASCII case ignored); one read of the file per template.
  static func templateMentions(_ file: AnalyzedFile, skill: AnalyzedSkill) -> [Int] {
    file.cache.value(templateMentionsSlot) {
      var out: [Int] = []
      for path in hijackingMemoryTemplates(skill) where path != file.path.lowercased() {
        let needle = Array(path.utf8)
        var from = 0
        while let at = ByteSearch.firstIndexIgnoringCase(of: needle, in: file.bytes, from: from) {
          out.append(at)
          from = at + needle.count
        }
      }
      return out.sorted()
    }
  }

  private static let templateMentionsSlot = CacheSlot<[Int]>("AgentConfigTamperingRule.templateMentions")

  /// The skill's template files (Markdown or text in a folder, not themselves a memory file)
  /// whose text hijacks: read once per skill, on the first prose memory write, so a document
  /// of many write sentences costs one read of each template.
  static func hijackingMemoryTemplates(_ skill: AnalyzedSkill) -> [String] {
    skill.cache.value(hijackTemplatePathsSlot) {
      // Every write sentence looks for each path before it: a bounded number of them.
      Array(skill.files.lazy.compactMap { other -> String? in
        let path = other.path.lowercased()
        guard other.bytes.count <= 1 << 20, other.source.kind != .script,
          other.source.language == .markdown || other.source.language == .text,
          path.contains("/"), !memoryFileNames.contains(where: { path.hasSuffix($0) })
        else { return nil }
        let text = other.normalizedText.bytes
        let hijacks = HiddenCommentInstructionRule.approvalClaims.containsMatch(in: text)
          || standingHijackPhrases.containsMatch(in: text) || sendsMemoryOut(text)
        return hijacks ? path : nil
      }.prefix(maxHijackTemplates))
    }
  }

  static let maxHijackTemplates = 16

  private static let hijackTemplatePathsSlot = CacheSlot<[String]>("AgentConfigTamperingRule.hijackTemplatePaths")

  static let memorySendVerbs = PhraseMatcher(["post", "upload", "push", "send", "sync"])

  /// Whether normalised template text orders the agent's memory sent to an outside address:
  /// a send verb within ``sendReach`` bytes before an `http(s)://` address whose host is not
  /// local, in a text that names the memory (`memory.md`, "memory").
  static func sendsMemoryOut(_ text: [UInt8]) -> Bool {
    guard ByteSearch.contains(text, Array("memory".utf8)) else { return false }
    var from = 0
    var seen = 0
    while seen < 16, let at = ByteSearch.firstIndex(of: Array("://".utf8), in: text, from: from) {
      seen += 1
      from = at + 3
      let start = max(0, at - sendReach)
      guard memorySendVerbs.containsMatch(in: text, range: start..<at) else { continue }
      var end = from
      while end < text.count, end - from < 256, text[end] != 0x20, text[end] != 0x2F, text[end] != 0x29 { end += 1 }
      let host = String(decoding: text[from..<end], as: UTF8.self)
      if !host.isEmpty, ExfilHosts.classify(host) != .local { return true }
    }
    return false
  }

  static let sendReach = 160
}
