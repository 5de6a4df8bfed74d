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
    file.cache.value(purposeSpansSlot) {
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
      // A section ends at the next heading of the same or a higher level. Walking backwards
      // with the nearest later heading per level keeps many headings linear.
      var nextAt = [Int](repeating: file.bytes.count, count: 8)
      for heading in headings.reversed() {
        let level = min(max(heading.level, 1), 7)
        if level >= 2, headingMatches(heading.text) {
          result.append(heading.range.lowerBound..<(nextAt[1...level].min() ?? file.bytes.count))
        }
        nextAt[level] = heading.range.lowerBound
      }
      // Sorted and merged, so membership is a binary search and no sentence is read twice.
      var merged: [Range<Int>] = []
      for span in result.sorted(by: { $0.lowerBound < $1.lowerBound }) {
        if let last = merged.last, span.lowerBound <= last.upperBound {
          merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
        } else {
          merged.append(span)
        }
      }
      return merged
    }
  }

  static func headingMatches(_ text: [UInt8]) -> Bool {
    headings.contains { ByteSearch.firstIndex(of: Array($0.utf8), in: text) != nil }
  }

  /// Whether `offset` of `SKILL.md` lies where the skill states its purpose.
  static func contains(_ offset: Int, in file: AnalyzedFile) -> Bool {
    let spans = spans(of: file)
    var lo = 0
    var hi = spans.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if spans[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < spans.count && spans[lo].contains(offset)
  }
}

/// Where the purpose spans of `SKILL.md` are cached.
private let purposeSpansSlot = CacheSlot<[Range<Int>]>("StatedPurpose.spans")
