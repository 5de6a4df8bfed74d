import SkillScanCore

extension HiddenCommentInstructionRule {
  /// Words that may precede an imperative verb at the start of a clause.
  static let clauseOpeners: Set<String> = [
    "then", "and", "also", "please", "first", "now", "just", "always", "immediately", "next",
    "finally", "must", "should", "ai", "agent", "assistant", "claude", "llm",
  ]

  /// The first action verb that opens a clause: at the start, after `. ; : ! ? - ( >`, or
  /// after an opener word ("then run", "please send", "you must upload").
  static func imperative(in bytes: [UInt8], from start: Int = 0) -> Range<Int>? {
    var clauseStart = true
    var previousWord = ""
    var i = min(max(0, start), bytes.count)
    while i < bytes.count {
      let b = bytes[i]
      if isLetter(b) {
        var end = i
        while end < bytes.count && (isLetter(bytes[end]) || bytes[end] == UInt8(ascii: "'")) { end += 1 }
        let word = String(decoding: bytes[i..<end], as: UTF8.self)
        if (clauseStart || clauseOpeners.contains(previousWord)) && HiddenInstructionPhrases.actionVerbs.contains(word) {
          return i..<end
        }
        clauseStart = false
        previousWord = word
        i = end
        continue
      }
      // A dot inside a name (`basemail.ai`, `v1.2`) ends no clause.
      let dotInName = b == UInt8(ascii: ".") && i + 1 < bytes.count && bytes[i + 1] != 0x20
      if !dotInName && b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
        || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: "-")
        || b == UInt8(ascii: "(") || b == UInt8(ascii: ">") || b == UInt8(ascii: ",")
      {
        clauseStart = true
        previousWord = ""
      }
      i += 1
    }
    return nil
  }

  /// The first action verb anywhere in `bytes`, clause-initial or not (``HiddenInstructionPhrases/actionVerbs``,
  /// plus the git verbs a hidden note uses to publish work: stage, commit, push).
  static func actionVerb(in bytes: [UInt8]) -> Range<Int>? {
    var i = 0
    while i < bytes.count {
      guard isLetter(bytes[i]) else {
        i += 1
        continue
      }
      var end = i
      while end < bytes.count && isLetter(bytes[end]) { end += 1 }
      let word = String(decoding: bytes[i..<end], as: UTF8.self)
      if HiddenInstructionPhrases.actionVerbs.contains(word) || ["stage", "commit", "push"].contains(word) { return i..<end }
      i = end
    }
    return nil
  }

  /// The action verb a stealth adverb qualifies: the next word, or one of the three words
  /// before it — unless a programming-sense verb ("fails", "ignored") is adjacent.
  static func stealthAction(around range: Range<Int>, in bytes: [UInt8]) -> String? {
    let after = words(in: bytes, from: range.upperBound, forward: true, count: 1)
    let before = words(in: bytes, from: range.lowerBound, forward: false, count: 3)
    if let next = after.first, HiddenInstructionPhrases.passiveVerbs.contains(next) { return nil }
    if let previous = before.first, HiddenInstructionPhrases.passiveVerbs.contains(previous) { return nil }
    if let next = after.first, HiddenInstructionPhrases.actionVerbs.contains(next) { return next }
    return before.first { HiddenInstructionPhrases.actionVerbs.contains($0) }
  }

  /// Up to `count` ASCII words next to `offset`, nearest first, within one clause.
  static func words(in bytes: [UInt8], from offset: Int, forward: Bool, count: Int) -> [String] {
    var result: [String] = []
    var i = offset
    while result.count < count {
      while forward ? (i < bytes.count && !isLetter(bytes[i])) : (i > 0 && !isLetter(bytes[i - 1])) {
        let c = forward ? bytes[i] : bytes[i - 1]
        if c == UInt8(ascii: ".") || c == UInt8(ascii: ";") || c == UInt8(ascii: ",") { return result }
        i += forward ? 1 : -1
      }
      let start = i
      while forward ? (i < bytes.count && isLetter(bytes[i])) : (i > 0 && isLetter(bytes[i - 1])) {
        i += forward ? 1 : -1
      }
      if i == start { break }
      let r = forward ? start..<i : i..<start
      result.append(String(decoding: bytes[r], as: UTF8.self))
    }
    return result
  }

  /// Whether the sentence around a match (150 bytes each way, stopping at ". ") names secrets,
  /// credentials, agent files or a URL.
  static func sentenceHasSensitiveObject(around range: Range<Int>, in bytes: [UInt8]) -> Bool {
    var start = range.lowerBound
    while start > 1 && range.lowerBound - start < 150 && !(bytes[start - 2] == UInt8(ascii: ".") && bytes[start - 1] == 0x20) {
      start -= 1
    }
    var end = range.upperBound
    while end + 1 < bytes.count && end - range.upperBound < 150 && !(bytes[end] == UInt8(ascii: ".") && bytes[end + 1] == 0x20) {
      end += 1
    }
    end = min(end + 1, bytes.count)
    return HiddenInstructionPhrases.strongSignals.containsMatch(in: bytes, range: start..<end)
  }

  @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
  }
}

extension NormalizedText {
  /// The normalised text of a range, for messages.
  func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[max(0, range.lowerBound)..<min(bytes.count, range.upperBound)], as: UTF8.self)
  }
}
