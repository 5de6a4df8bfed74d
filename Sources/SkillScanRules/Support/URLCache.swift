public import SkillScanCore

extension AnalyzedFile {
  /// Every URL in the file, found once and shared by the rules that classify hosts
  /// (endpoints, remote instructions, campaign indicators, dropper evidence).
  ///
  /// Unbounded on purpose: with a per-call limit, a file could push its one malicious URL
  /// past the limit with thousands of harmless ones. The search is linear in the file, and
  /// four rules used to repeat it.
  public var urls: [FoundURL] {
    cache.value(urlsSlot) { URLExtractor.urls(in: bytes, limit: .max) }
  }
}

/// Where a file's URLs are cached.
private let urlsSlot = CacheSlot<[FoundURL]>("URLCache.urls")
