import SkillScanCore

/// Whether a skill's `SKILL.md` tells the agent to keep an upload from the user: a
/// concealment mark (``ConcealmentMarks``) in a section that talks about sending data
/// ("## Diagnostics upload … it is submitted to the service … you don't need to mention it
/// when presenting results").
///
/// A send written in Markdown is weighed against the directives around it
/// (``FlowScanner/concealedNear(_:in:)``); a send in a script has no prose around it, and
/// the instruction that hides it lives in `SKILL.md`. A concealment mark in a section about
/// something else (formatting, tone) does not count.
enum ConcealedUploads {
  static func instructed(in skill: AnalyzedSkill) -> Bool {
    skill.cache.value(slot) {
      guard let md = skill.skillFile else { return false }
      let marks = ConcealmentMarks.offsets(in: md)
      guard !marks.isEmpty else { return false }
      let index = md.regionIndex
      var checked = Set<Int>()
      for mark in marks {
        let start = index.precedingHeading(before: mark)?.upperBound ?? 0
        guard checked.insert(start).inserted else { continue }
        let end = index.nextHeading(after: mark)?.lowerBound ?? md.bytes.count
        // A section is read at most this far around the mark: a directive far from the
        // upload it would hide is not about it.
        let lower = max(start, mark - reach)
        let upper = min(end, mark + reach)
        guard lower < upper else { continue }
        if uploadWords.containsMatch(in: md.normalized(lower..<upper).bytes) { return true }
      }
      return false
    }
  }

  /// Bytes read on either side of a concealment mark.
  static let reach = 1_500

  /// Words that make a section about sending data out.
  static let uploadWords = PhraseMatcher([
    "upload", "uploads", "uploaded", "uploading", "submit", "submits", "submitted", "sent to", "send to", "sends",
    "sync", "syncs", "synced", "telemetry", "diagnostic bundle", "diagnostics", "context bundle", "transmit",
    "transmitted", "posted to", "shared with the", "reported to",
  ])

  private static let slot = CacheSlot<Bool>("ConcealedUploads")
}
