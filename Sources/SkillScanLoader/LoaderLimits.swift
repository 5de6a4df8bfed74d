/// Caps that keep hostile input from exhausting memory or time.
///
/// Exceeding any cap yields an `integrity` finding naming the cap, never a silent skip, and
/// what was within the caps is still scanned.
public struct LoaderLimits: Sendable, Hashable {
  /// Largest single file read into memory; larger files get a "not analysed" finding.
  public var maxFileBytes: Int
  /// Total uncompressed bytes an archive may expand to.
  public var maxArchiveBytes: Int
  /// Largest uncompressed/compressed ratio tolerated for an archive entry.
  public var maxCompressionRatio: Int
  /// Most entries read from one archive.
  public var maxArchiveEntries: Int
  /// Most files read from one skill folder.
  public var maxFilesPerSkill: Int
  /// How deep archives inside archives are opened.
  public var maxArchiveDepth: Int
  /// Output an archive entry may reach before ``maxCompressionRatio`` applies, so that small,
  /// highly repetitive files (a page of zeros) are not mistaken for bombs.
  public var compressionRatioGraceBytes: Int
  /// Deepest folder nesting walked inside one skill; deeper folders get a finding.
  public var maxFolderDepth: Int

  /// Creates caps; the defaults hold real skills (vendor document skills reach tens of MB).
  public init(
    maxFileBytes: Int = 256 << 20,
    maxArchiveBytes: Int = 512 << 20,
    maxCompressionRatio: Int = 200,
    maxArchiveEntries: Int = 10_000,
    maxFilesPerSkill: Int = 20_000,
    maxArchiveDepth: Int = 2,
    compressionRatioGraceBytes: Int = 1 << 20,
    maxFolderDepth: Int = 64
  ) {
    self.maxFileBytes = maxFileBytes
    self.maxArchiveBytes = maxArchiveBytes
    self.maxCompressionRatio = maxCompressionRatio
    self.maxArchiveEntries = maxArchiveEntries
    self.maxFilesPerSkill = maxFilesPerSkill
    self.maxArchiveDepth = maxArchiveDepth
    self.compressionRatioGraceBytes = compressionRatioGraceBytes
    self.maxFolderDepth = maxFolderDepth
  }
}
