import SkillScanCore

/// Flags content hidden behind a long run of blank lines or whitespace (taxonomy.md §5.16):
/// about 100,000 leading newlines made one harness truncate a skill before the payload, and a
/// wide run of spaces pushes text out of a reviewer's view.
///
/// One linear pass over the bytes; the finding lands where the content resumes. When that
/// content itself runs commands or downloads code (``DeobfPayload``) the finding is high.
struct WhitespacePaddingRule: Rule {
  static let description = RuleDescription(
    id: "whitespace-padding",
    name: "Content hidden after whitespace padding",
    pattern: .opaqueContent,
    severity: .medium,
    confidence: .high,
    languages: [.markdown, .text, .shell, .python, .javascript, .powershell, .json, .yaml, .toml],
    summary: "Text resumes after an extreme run of blank lines or spaces.",
    rationale: """
      Reviewers, marketplace previews and some agent harnesses show only the start of a file. \
      Thousands of blank lines (or a very long run of spaces) push the rest out of view or \
      past a truncation limit, while an agent that reads the whole file still sees it.
      """,
    remediation: "Remove the padding; nothing a skill needs has to sit thousands of lines below its visible text.",
    references: [.owaspLLM(1), .owaspASI(4), .cwe(1021), .taxonomy("5.16")],
    triggeringExamples: WhitespacePaddingRule.triggering,
    nonTriggeringExamples: WhitespacePaddingRule.nonTriggering
  )

  /// Blank lines in a row that count as padding.
  static let blankLineThreshold = 1000
  /// Spaces or tabs in a row, on one line, that count as padding.
  static let spaceRunThreshold = 2000

  /// The shortest run of blank bytes (newline, space, tab, carriage return) that can end in
  /// a finding: a thousand blank lines are more than a thousand newlines, two thousand spaces
  /// more still.
  static let shortestPadding = min(blankLineThreshold, spaceRunThreshold)

  /// Whether `buffer` holds a run of at least ``shortestPadding`` blank bytes followed by a
  /// non-blank byte, which every finding needs.
  ///
  /// Such a run covers one offset of every residue modulo its length, so probing every
  /// `shortestPadding`-th byte and measuring the blank run around each blank probe finds it.
  /// A run shorter than the stride holds at most one probe, so no byte is measured more than
  /// twice: the check stays linear on any input while reading about one byte in a thousand
  /// of ordinary text. (This rule sees every byte of every file.)
  static func mayHoldPadding(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    let stride = shortestPadding
    var probe = stride - 1
    let n = buffer.count
    while probe < n {
      guard isBlank(buffer[probe]) else {
        probe += stride
        continue
      }
      var start = probe
      while start > 0 && isBlank(buffer[start - 1]) { start -= 1 }
      var end = probe + 1
      while end < n && isBlank(buffer[end]) { end += 1 }
      if end - start >= stride && end < n { return true }
      // The next probe past this run: a run reaching the next probe was measured whole.
      probe += stride
      while probe < end { probe += stride }
    }
    return false
  }

  @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x0A || byte == 0x20 || byte == 0x09 || byte == 0x0D
  }

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    guard bytes.withUnsafeBufferPointer(Self.mayHoldPadding) else { return }
    // Every byte of every file passes through this loop: it reads a buffer pointer, not the
    // array, so there is no bounds check or retain per byte.
    let best: (resume: Int, blanks: Int, spaces: Int)? = bytes.withUnsafeBufferPointer { buffer in
      var blankLines = 0
      var lineHasText = false
      var spaces = 0
      var best: (resume: Int, blanks: Int, spaces: Int)?
      var bestLength = 0
      for i in 0..<buffer.count {
        let b = buffer[i]
        if b == 0x0A {
          if !lineHasText { blankLines += 1 }
          lineHasText = false
          spaces = 0
        } else if b == 0x20 || b == 0x09 || b == 0x0D {
          spaces += 1
        } else {
          if blankLines >= Self.blankLineThreshold || spaces >= Self.spaceRunThreshold {
            if best == nil || blankLines + spaces > bestLength {
              best = (i, blankLines, spaces)
              bestLength = blankLines + spaces
            }
          }
          blankLines = 0
          spaces = 0
          lineHasText = true
        }
      }
      return best
    }
    let n = bytes.count
    guard let found = best else { return }
    var end = found.resume
    while end < n && end - found.resume < 1 << 16 { end += 1 }
    let signal = DeobfPayload.strongest(Array(bytes[found.resume..<end]))
    var message =
      found.blanks >= Self.blankLineThreshold
      ? "content resumes after \(found.blanks) blank lines" : "content resumes after \(found.spaces) spaces on one line"
    var severity = Severity.medium
    if let signal, signal >= .download {
      message += "; the hidden text \(signal.phrase)"
      severity = .high
    }
    sink.report(message, in: file, at: found.resume..<(found.resume + 1), severity: severity)
  }
}
