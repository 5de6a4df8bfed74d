import SkillScanCore

/// Polarity for delivery instructions, read from the sentence and threat-type headings only.
///
/// ``ProsePolarity`` treats a "Security" heading as a prohibitive section, which suits advice;
/// droppers, though, are routinely published as "security suites", so a setup banner under
/// "# OpenClaw Security Suite" must still count as a request. Negations, descriptive subjects
/// ("attackers often …"), table rows and threat headings ("Threats", "IOCs", "Red flags")
/// still make it prohibitive or descriptive.
enum DropperPolarity {
  static let threatHeadings = PhraseMatcher([
    "threat", "threats", "threat model", "attack", "attacks", "indicators", "iocs", "ioc",
    "red flag", "red flags", "anti-pattern", "anti-patterns", "what not to do", "bad example",
    "bad examples", "detection", "detection rules", "malware", "campaign", "incident", "block",
    "blocks", "blocked", "detect", "detects", "flag", "flags", "flagged", "dangerous", "suspicious",
    "malicious", "risk", "risks", "risky", "patterns", "scanner",
  ])

  static func classify(_ file: AnalyzedFile, at range: Range<Int>) -> Polarity {
    let polarity = ProsePolarity.classify(file, at: range)
    if polarity == .descriptive { return polarity }
    if polarity == .affirmative {
      return underThreatHeading(file, range) ? .descriptive : .affirmative
    }
    // Re-check without the heading: was the prohibition in the sentence itself?
    let bounds = ProsePolarity.enclosingBounds(file, at: range.lowerBound)
    let sentence = ProsePolarity.sentenceRange(in: file.bytes, around: range, within: bounds)
    var folded = [UInt8](filled: 0x20, count: sentence.count + 2)
    for i in sentence where !range.contains(i) { folded[i - sentence.lowerBound + 1] = KeywordFilter.fold(file.bytes[i]) }
    if PolarityCues.prohibits(PolarityCues.prohibitive.matches(in: folded), in: folded) || PolarityCues.negations.containsMatch(in: folded) {
      return .prohibitive
    }
    return underThreatHeading(file, range) ? .prohibitive : .affirmative
  }

  static func underThreatHeading(_ file: AnalyzedFile, _ range: Range<Int>) -> Bool {
    guard let heading = ProsePolarity.precedingHeading(file, before: range.lowerBound) else { return false }
    var text = [UInt8](filled: 0x20, count: heading.count + 2)
    for i in heading { text[i - heading.lowerBound + 1] = KeywordFilter.fold(file.bytes[i]) }
    return threatHeadings.containsMatch(in: text)
  }
}
