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

  public init(
    maxFileBytes: Int = 256 << 20, maxArchiveBytes: Int = 512 << 20,
    maxCompressionRatio: Int = 200, maxArchiveEntries: Int = 10_000,
    maxFilesPerSkill: Int = 20_000, maxArchiveDepth: Int = 2
  ) {
    self.maxFileBytes = maxFileBytes
    self.maxArchiveBytes = maxArchiveBytes
    self.maxCompressionRatio = maxCompressionRatio
    self.maxArchiveEntries = maxArchiveEntries
    self.maxFilesPerSkill = maxFilesPerSkill
    self.maxArchiveDepth = maxArchiveDepth
  }
}
