import SkillScanCore

/// Flags prose procedures that destroy the user's data: "remove all events of the other
/// quarters", ransomware-like "encrypt every file … delete the originals", and "find all
/// .db files … then `rm $(cat list)`".
///
/// The agent performs these with its own tools, so there is no script to inspect. A
/// deletion of a quantified user-data object ("all emails") is reported; widened beyond the
/// task ("the other three quarters", "after any task") or part of an encrypt-then-delete
/// procedure it is a destruction chain. Scoped cleanups (temporary files, caches, files the
/// skill created, deletions on user request) stay quiet.
struct DestructiveInstructionRule: Rule {
  static let description = RuleDescription(
    id: "destructive-instruction",
    name: "Destructive procedure in instructions",
    pattern: .destructive,
    severity: .high,
    confidence: .medium,
    languages: [.markdown, .text],
    summary: "Instructions tell the agent to mass-delete or encrypt-and-delete the user's data.",
    rationale: """
      An instruction to delete every event outside the current quarter, or to encrypt each \
      document and delete the originals, destroys data as surely as `rm -rf` — the agent is \
      the tool. Framing such as "cleanup guidelines" or "data security" does not change it.
      """,
    remediation: "Remove the procedure; delete only what the user asks for, after confirming with them.",
    references: [.owaspLLM(1), .owaspLLM(6), .owaspASI(1), .owaspASI(2), .atlas("AML.T0102"), .taxonomy("5.9")],
    keywords: ["delete", "remove", "wipe", "erase", "purge", "destroy", "drop", "encrypt", "shred", "trash", "clear out"],
    triggeringExamples: DestructiveInstructionRule.triggering,
    nonTriggeringExamples: DestructiveInstructionRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let security = SecurityPurpose.isSecurityTool(skill)
    let blocks = BehaviorProse.blocks(of: file, includeFences: true)
    // Sections that encrypt or enumerate, read only once a sentence deletes something: most
    // prose files have no delete verb at all.
    var cueSections: (encrypt: Set<Int>, enumerate: Set<Int>)?
    func sections() -> (encrypt: Set<Int>, enumerate: Set<Int>) {
      if let cueSections { return cueSections }
      var found = (encrypt: Set<Int>(), enumerate: Set<Int>())
      for block in blocks {
        if DestructiveInstructionCues.encrypt.containsMatch(in: block.text.bytes) { found.encrypt.insert(block.section) }
        if DestructiveInstructionCues.enumerate.containsMatch(in: block.text.bytes) { found.enumerate.insert(block.section) }
      }
      cueSections = found
      return found
    }
    for block in blocks where block.region.kind != .heading {
      for s in block.sentences() {
        let b = block.text.bytes
        guard let verb = BehaviorProse.first(DestructiveInstructionCues.deleteVerbs, b, s) else { continue }
        let (encryptSections, enumerateSections) = sections()
        var message: String?
        var broad = false
        if BehaviorProse.contains(DestructiveInstructionCues.originals, b, s), encryptSections.contains(block.section) {
          message = "encrypt-then-delete-originals procedure (ransomware-like)"
          broad = true
        } else if block.region.kind != .fencedCode, Self.namesMassObject(b, verb.lowerBound..<min(s.upperBound, verb.upperBound + Self.objectReach)),
          !BehaviorProse.contains(DestructiveInstructionCues.scoped, b, s)
        {
          message = "instruction to mass-delete user data"
          broad = BehaviorProse.contains(DestructiveInstructionCues.broadening, b, s)
        } else if Self.deletesListedFiles(block, s, file), enumerateSections.contains(block.section) {
          message = "deletes every file a broad search collected"
          broad = true
        }
        guard let message else { continue }
        let range = block.original(verb)
        var polarity = ProsePolarity.classify(file, at: range)
        if polarity == .affirmative, BehaviorProse.contains(DestructiveInstructionCues.capability, b, s) { polarity = .descriptive }
        let chain = broad && polarity == .affirmative && !security
        sink.report(
          message + ": \"\(Snippet.make(block.text.text(s)))\"", in: file, at: range,
          severity: broad ? .high : .low, confidence: chain ? .high : .medium,
          context: .instruction, polarity: polarity, chain: chain ? .destruction : nil)
      }
    }
  }

  /// Bytes after the delete verb in which its quantified object must start and end ("the
  /// contents of the user's home directory" is 41).
  static let objectReach = 64

  /// `rm $(cat list)` or `xargs rm` in the sentence's original text.
  static func deletesListedFiles(_ block: BehaviorBlock, _ s: Range<Int>, _ file: AnalyzedFile) -> Bool {
    let r = block.original(s)
    return ByteTextSearch.contains(r, "rm $(cat", file.bytes) || ByteTextSearch.contains(r, "xargs rm", file.bytes)
  }

  /// Whether `range` names user data in bulk: a quantifier and any kind of item ("every
  /// email"), or the whole of a container or plural ("the entire database").
  static func namesMassObject(_ b: [UInt8], _ range: Range<Int>) -> Bool {
    BehaviorProse.contains(DestructiveInstructionCues.massObjects, b, range)
      || BehaviorProse.contains(DestructiveInstructionCues.wholeContainers, b, range)
  }
}

/// A tiny substring search over a byte range (no allocation).
enum ByteTextSearch {
  static func contains(_ range: Range<Int>, _ needle: String, _ bytes: [UInt8]) -> Bool {
    DestructiveCommandRule.find(needle, in: range, bytes) != nil
  }
}
