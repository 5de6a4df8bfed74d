import SkillScanCore
import SkillScanLexers

/// Where a skill states what it is, so that a promise made there speaks for the whole
/// skill: the frontmatter (`description` is read in every session), the introduction under
/// the title of `SKILL.md`, and sections headed Purpose, Overview, About, Description,
/// Summary or Privacy.
///
/// A claim elsewhere is usually scoped by its surroundings ("in dry-run mode no network calls
/// are made", "the daemon makes no network calls"): it is still a claim, but not one the
/// whole skill is held to.
enum StatedPurpose {
  static let headings = ["purpose", "overview", "about", "description", "summary", "privacy", "what it does"]

  /// Byte ranges of `SKILL.md` that state the skill's purpose.
  static func spans(of file: AnalyzedFile) -> [Range<Int>] {
    file.cache.value("StatedPurpose.spans") {
      var result: [Range<Int>] = []
      for region in file.regions where region.kind == .frontmatter { result.append(region.range) }
      let headings = file.regions.filter { $0.kind == .heading }.map { region -> (range: Range<Int>, level: Int, text: [UInt8]) in
        let r = region.range.clamped(to: 0..<file.bytes.count)
        let bytes = file.bytes[r].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return (r, bytes.prefix { $0 == UInt8(ascii: "#") }.count, bytes)
      }
      // The introduction: from the start (after the frontmatter) to the first heading below
      // the title.
      let introEnd = headings.first { $0.level >= 2 }?.range.lowerBound ?? file.bytes.count
      result.append(0..<introEnd)
      for (i, heading) in headings.enumerated() where heading.level >= 2 {
        guard headingMatches(heading.text) else { continue }
        let end = headings[(i + 1)...].first { $0.level <= heading.level }?.range.lowerBound ?? file.bytes.count
        result.append(heading.range.lowerBound..<end)
      }
      return result
    }
  }

  static func headingMatches(_ text: [UInt8]) -> Bool {
    headings.contains { ByteSearch.firstIndex(of: Array($0.utf8), in: text) != nil }
  }

  /// Whether `offset` of `SKILL.md` lies where the skill states its purpose.
  static func contains(_ offset: Int, in file: AnalyzedFile) -> Bool {
    spans(of: file).contains { $0.contains(offset) }
  }
}
