import Foundation
public import SkillScanCore

/// Attack examples in a security tool's own documentation (taxonomy.md §6.4): "Security-tool
/// skills (scanners, auditors, red-team guides) contain the patterns they detect … Down-weight
/// them, but still catch real chains inside them."
///
/// A registry triage found scanners, guards and vetting guides judged malicious for the very
/// examples they teach: a fence under "❌ **Malicious (CRITICAL):**", a `# RED FLAG` comment
/// above `requests.post('https://attacker.com', …)`, "### Example Scoring — **Input:** 'send
/// ~/.ssh/id_rsa to …'". Those findings stay in the report, with the `example` context and
/// low confidence, so they no longer complete a chain on their own, and at medium severity,
/// so that a guide which only quotes attacks is not suspicious for quoting them (peers.md:
/// teams had to let their CI step fail open because "security-themed skills score high by
/// design"). A real step elsewhere in the same guide keeps its full weight.
///
/// The adjustment is narrow on purpose:
/// - only skills whose name or description declares a security purpose;
/// - only Markdown and plain-text files (scripts, even a scanner's own, keep full weight);
/// - never a `!` load-time directive, which runs whatever the text around it says, nor
///   text inside an HTML comment, which the reader never sees (outside test fixtures);
/// - only where the nearest heading, the lines just before the block, or the comment lines
///   just above the match label the text as an attack or a detection (``cues``); "Example
///   usage:" alone does not.
public enum SecurityIllustrations {
  /// Words that label what follows as an attack or as something to detect. A plain
  /// "Example:" or "Example usage:" is not one: that is how skills show the commands the
  /// agent should run, so it would let a skill that calls itself a scanner hide a real step.
  static let cues = PhraseMatcher([
    "red flag", "red flags", "malicious", "attack", "attacks", "attacker", "attackers", "dangerous",
    "bad", "blocked", "block", "detect", "detects", "detected", "detection", "threat", "threats",
    "obfuscation", "evasion", "evasive", "exploit", "exploits", "payload", "payloads", "vulnerable",
    "insecure", "never", "avoid", "don't", "do not", "tries", "❌", "⚠", "🚩", "suspicious",
    "catches", "flags", "vector", "vectors", "technique", "techniques", "indicator", "indicators",
    "exfiltration", "vulnerability", "phishing", "lure", "scam", "injection", "injections", "injected",
    "hijack", "hijacked", "hijacking", "manipulate", "manipulation", "in the wild",
    // Section titles of a triage guide name the technique they show.
    "reverse shell", "reverse shells", "dropper", "droppers", "backdoor", "backdoors", "stealer", "infostealer",
    "persistence", "credential harvesting", "anti-forensics", "for recognition", "recognise", "recognize",
    "risky", "reverse-shell", "reverse-shells",
  ])

  /// Words that make a declared purpose a security one. Narrower than ``SecurityPurpose``:
  /// "SEO audits", "barcode scanner" and test-corpus folder names must not qualify, since
  /// this adjustment can lift a verdict.
  static let purposeWords = PhraseMatcher([
    "security", "malware", "malicious", "antivirus", "anti-virus", "threat", "threats",
    "vulnerability", "vulnerabilities", "pentest", "pentesting", "penetration test",
    "penetration testing", "red team", "red-team", "red teaming", "prompt injection",
    "prompt-injection", "guardrail", "guardrails", "vetting", "exfiltration", "infostealer",
    "supply chain attack", "supply-chain attack", "phishing", "incident response", "forensics",
    "indicators of compromise", "indicator of compromise", "ioc", "iocs", "compromised", "intrusion",
    "safe to install", "before installing", "before the user installs", "risky patterns",
    // Hunting and teaching tools name what they hunt or teach to recognise.
    "reverse shell", "reverse shells", "reverse-shell", "reverse-shells", "persistence mechanisms", "backdoor",
    "backdoors", "rootkit", "rootkits", "threat hunting", "dfir", "detection rules", "detection engineering",
    "yara", "sigma rules", "obfuscation techniques", "deobfuscation", "deobfuscate", "capture the flag", "ctf",
    "blue team", "blue-team", "risky constructs", "dangerous constructs", "suspicious constructs",
    // Auditors of install hygiene name the pattern they replace.
    "hardening", "harden", "supply chain security", "supply-chain security", "download-and-execute",
    "pipe-to-shell", "curl | bash", "curl | sh",
  ])

  /// Whether the skill's frontmatter name or description declares a security purpose. The
  /// folder name does not count (test corpora name every fixture folder after a scanner),
  /// and neither does a skill without frontmatter.
  static func declaresSecurityTool(_ skill: AnalyzedSkill) -> Bool {
    guard let frontmatter = skill.frontmatter else { return false }
    let text = (frontmatter.name ?? "").replacingOccurrences(of: "-", with: " ") + " \n " + (frontmatter.description ?? "")
    return purposeWords.containsMatch(in: TextNormalizer.normalize(Array(text.utf8)).bytes)
  }

  /// Bytes of each piece of text read for cues.
  static let pieceLimit = 300
  /// Lines read above a block, or above a match inside one.
  static let leadLines = 3

  /// Lowers the findings of `skill` that illustrate attacks in its documentation.
  public static func adjust(_ findings: inout [Finding], in skill: AnalyzedSkill) {
    guard findings.contains(where: { $0.severity >= .high }), declaresSecurityTool(skill) else { return }
    var filesByPath: [String: AnalyzedFile] = [:]
    for file in skill.files where file.source.language == .markdown || file.source.language == .text {
      filesByPath[file.path] = file
    }
    // A reference document titled as a catalogue of attacks ("Common attack one-liners (for
    // recognition only)") illustrates throughout. Not SKILL.md, whose title is the skill's
    // name and whose blocks are the steps the agent takes.
    let catalogues = Set(filesByPath.values.filter { $0.path != skill.skillFile?.path && titledAsCatalogue($0) }.map(\.path))
    for index in findings.indices where findings[index].severity >= .high {
      guard let file = filesByPath[findings[index].file], findings[index].line >= 1 else { continue }
      let lineRange = file.source.lines.range(ofLine: findings[index].line, in: file.bytes)
      let offset = min(lineRange.upperBound, lineRange.lowerBound + max(0, findings[index].column - 1))
      // A load-time directive runs whatever the text around it says, and an HTML comment is
      // hidden from the reader of rendered Markdown it would be illustrating for: neither is an
      // example. (A security tool's test fixture, or a plain-text payload list shown as
      // written, is a sample of what it detects, comments included.)
      if file.region(at: offset)?.kind == .loadTimeDirective { continue }
      if Self.isRenderedMarkdown(file.path), !file.source.isFixturePath,
        file.regionIndex.innermost(at: offset, where: { $0.kind == .htmlComment }) != nil
      {
        continue
      }
      if catalogues.contains(file.path) || isIllustrated(file, at: offset) {
        findings[index].context = .example
        findings[index].confidence = .low
        findings[index].severity = .medium
      }
    }
  }

  /// Whether `path` names a Markdown document (`.md`, `.markdown`, `.mdx`), which a reader
  /// sees rendered, comments hidden; a `.txt` payload list is read as written.
  static func isRenderedMarkdown(_ path: String) -> Bool {
    let lowered = path.lowercased()
    return lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") || lowered.hasSuffix(".mdx")
  }

  /// Whether the document's first heading carries an illustration cue.
  static func titledAsCatalogue(_ file: AnalyzedFile) -> Bool {
    guard let title = file.regions.first(where: { $0.kind == .heading }) else { return false }
    let capped = title.range.lowerBound..<min(title.range.upperBound, title.range.lowerBound + pieceLimit)
    return cues.containsMatch(in: TextNormalizer.normalize(file.bytes, range: capped).bytes)
  }

  /// Whether the heading, lead-in or comment lines around `offset` carry an illustration cue.
  static func isIllustrated(_ file: AnalyzedFile, at offset: Int) -> Bool {
    let bytes = file.bytes
    var pieces: [Range<Int>] = []
    if let heading = file.regionIndex.precedingHeading(before: offset) {
      pieces.append(heading.lowerBound..<min(heading.upperBound, heading.lowerBound + pieceLimit))
    }
    let lines = file.source.lines
    let line = lines.line(of: offset)
    let fence = file.regionIndex.innermost(at: offset) { $0.kind == .fencedCode }
    if let fence {
      // Comment lines just above the match inside the block (`# RED FLAG`, `// actually …`).
      let first = lines.line(of: fence.range.lowerBound)
      for l in stride(from: line - 1, through: max(first, line - leadLines), by: -1) {
        pieces.append(lines.range(ofLine: l, in: bytes))
      }
      if underBeforeLabel(file, fence: fence, line: line) { return true }
    }
    // The non-blank lines just above the block (or above the match's own line): "**Examples:**",
    // "❌ **Malicious (CRITICAL):**", "**User tries:**". Not the frontmatter: a description
    // names the skill's subject ("scans contracts for call injection"), it labels no line.
    let body = file.regions.first { $0.kind == .frontmatter }.map { lines.line(of: $0.range.upperBound) + 1 } ?? 1
    var l = (fence.map { lines.line(of: $0.range.lowerBound) } ?? line) - 1
    var taken = 0
    while l >= body && taken < leadLines {
      let range = lines.range(ofLine: l, in: bytes)
      if range.contains(where: { bytes[$0] != 0x20 && bytes[$0] != 0x09 && bytes[$0] != 0x0D }) {
        pieces.append(range)
        taken += 1
      }
      l -= 1
    }
    if pieces.contains(where: { piece in
      let capped = piece.lowerBound..<min(piece.upperBound, piece.lowerBound + pieceLimit)
      return cues.containsMatch(in: TextNormalizer.normalize(bytes, range: capped).bytes)
    }) {
      return true
    }
    // The lines just after the block: a guide quotes a lure or an injected README, then
    // judges it ("Verdict: phishing.", "Reaction: do not run it."). Only a judgement of the
    // example counts here (``verdictCues``): a plain "Do not skip this step." after a real
    // step must not excuse it.
    let block = fence ?? file.regionIndex.innermost(at: offset) { region in
      region.kind == .blockquote || region.kind == .prose || region.kind == .tableRow
    }
    var after = lines.line(of: block?.range.upperBound ?? offset) + 1
    if let block, block.range.upperBound > 0, bytes[block.range.upperBound - 1] == 0x0A { after -= 1 }
    taken = 0
    let lastLine = lines.line(of: max(0, bytes.count - 1))
    while after <= lastLine && taken < leadLines {
      let range = lines.range(ofLine: after, in: bytes)
      after += 1
      guard range.contains(where: { bytes[$0] != 0x20 && bytes[$0] != 0x09 && bytes[$0] != 0x0D }) else { continue }
      taken += 1
      // A blockquote's continuation (`> …`) is still the example, not the judgement.
      if let first = range.first(where: { bytes[$0] != 0x20 && bytes[$0] != 0x09 }), bytes[first] == UInt8(ascii: ">") { continue }
      let capped = range.lowerBound..<min(range.upperBound, range.lowerBound + pieceLimit)
      if verdictCues.containsMatch(in: TextNormalizer.normalize(bytes, range: capped).bytes) { return true }
    }
    return false
  }

  /// Whether the match's line sits under a `# Before` comment of a block that also has an
  /// `# After` comment below it: a fix guide's before-and-after pair, whose "before" is the
  /// pattern being replaced (`# Before` / `iex (irm …)` / `# After` / `winget install …`).
  static func underBeforeLabel(_ file: AnalyzedFile, fence: Region, line: Int) -> Bool {
    let lines = file.source.lines
    let first = lines.line(of: fence.range.lowerBound)
    let last = lines.line(of: max(fence.range.lowerBound, fence.range.upperBound - 1))
    var before = false
    for l in stride(from: line - 1, through: max(first, line - leadLines), by: -1) where commentLabel(file, line: l) == "before" {
      before = true
      break
    }
    guard before, line < last else { return false }
    for l in (line + 1)...min(last, line + 2 * leadLines) where commentLabel(file, line: l) == "after" { return true }
    return false
  }

  /// The lower-case text of a line that is only a short comment (`# Before:`, `// after`),
  /// without its markers and colon; nil for any other line.
  static func commentLabel(_ file: AnalyzedFile, line: Int) -> String? {
    let range = file.source.lines.range(ofLine: line, in: file.bytes)
    guard range.count <= 40 else { return nil }
    var text = String(decoding: file.bytes[range], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
    if text.hasPrefix("#") || text.hasPrefix("//") || text.hasPrefix("--") || text.hasPrefix("rem ") {
      text = String(text.drop { $0 == "#" || $0 == "/" || $0 == "-" }).trimmingCharacters(in: .whitespaces)
    } else {
      return nil
    }
    if text.hasSuffix(":") { text.removeLast() }
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// Words that judge an example just shown: a verdict or a refusal to run it.
  static let verdictCues = PhraseMatcher([
    "do not run", "don't run", "never run", "do not execute", "don't execute", "never execute", "do not paste",
    "don't paste", "never paste", "do not follow", "don't follow", "phishing", "malicious", "scam", "red flag",
    "attack", "attacker", "prompt injection", "injected", "suspicious", "verdict: dangerous", "lure",
  ])
}
