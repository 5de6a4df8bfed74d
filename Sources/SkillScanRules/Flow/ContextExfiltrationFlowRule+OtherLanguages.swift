import SkillScanCore

/// Shell history and agent transcripts read and sent by scripts of languages SkillScan does
/// not lex (Ruby, Go, Perl, PHP …), read as lines on bytes: a line that names the store
/// (quoted, or a bare word of a list such as Ruby's `%w[~/.zsh_history ~/.bash_history]`),
/// a file read on it or in the lines just below, and a network send within
/// ``EnvironmentHarvestingRule/otherSendReach``.
///
/// No flow analysis runs on these languages, so nearness stands in for the flow, as it does
/// for their credential reads (``CredentialAccessRule``).
extension ContextExfiltrationFlowRule {
  /// Stores whose contents are what the user typed or told the agent.
  static let otherScriptStores: Set<String> = ["shell history", "agent session transcripts", "agent sessions"]

  /// The first such read near a send in a script without a lexer: where, and which store.
  static func otherScriptContextSend(_ file: AnalyzedFile) -> (range: Range<Int>, label: String)? {
    guard file.source.kind == .script, file.source.language == .text else { return nil }
    let bytes = file.bytes
    guard CredentialAccessRule.otherReads.occurs(in: bytes, range: 0..<bytes.count),
      EnvironmentHarvestingRule.otherSends.occurs(in: bytes, range: 0..<bytes.count)
    else { return nil }
    var found: (range: Range<Int>, label: String)?
    var examinedUntil = -1
    var examined = 0
    ExfilSources.pathFragmentFilter.forEachPosition(in: bytes) { _, end in
      guard end > examinedUntil else { return true }
      let line = OtherScriptText.line(end - 1, bytes)
      examinedUntil = line.upperBound
      examined += 1
      guard examined <= CredentialAccessRule.otherReadLimit else { return false }
      guard !OtherScriptText.isCommentLine(line, bytes), let (word, label) = storeWord(on: line, bytes),
        CredentialAccessRule.otherReads.occurs(in: bytes, range: line.lowerBound..<min(bytes.count, line.upperBound + CredentialAccessRule.listReach))
      else { return true }
      let near = max(0, line.lowerBound - EnvironmentHarvestingRule.otherSendReach)..<min(bytes.count, line.upperBound + EnvironmentHarvestingRule.otherSendReach)
      guard EnvironmentHarvestingRule.otherSends.occurs(in: bytes, range: near) else { return true }
      found = (word, label)
      return false
    }
    return found
  }

  /// The first word of `line` (split at blanks, quotes, brackets and commas) that names a
  /// store of ``otherScriptStores``.
  static func storeWord(on line: Range<Int>, _ bytes: [UInt8]) -> (Range<Int>, String)? {
    var start: Int?
    var i = line.lowerBound
    while i <= line.upperBound {
      let b = i < line.upperBound ? bytes[i] : 0x20
      let separator = b == 0x20 || b == 0x09 || b == 0x22 || b == 0x27 || b == 0x60 || b == 0x5B || b == 0x5D || b == 0x28
        || b == 0x29 || b == 0x2C || b == 0x7B || b == 0x7D
      if separator {
        if let s = start, i - s > 3, i - s <= 512,
          let match = ExfilSources.classify(path: String(decoding: bytes[s..<i], as: UTF8.self)),
          otherScriptStores.contains(match.label)
        {
          return (s..<i, match.label)
        }
        start = nil
      } else if start == nil {
        start = i
      }
      i += 1
    }
    return nil
  }
}
