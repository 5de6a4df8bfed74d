/// What is left of the archive caps for one skill, shared by every archive it holds
/// (nested ones included), so a thousand small archives cannot add up to a bomb.
struct ArchiveBudget: Sendable {
  var bytesLeft: Int
  var entriesLeft: Int
  /// Set once a cap was hit; later archives are not opened.
  var exhausted = false

  init(_ limits: LoaderLimits) {
    bytesLeft = limits.maxArchiveBytes
    entriesLeft = limits.maxArchiveEntries
  }

  /// The largest output allowed for an entry compressed to `compressed` bytes.
  static func ratioCap(compressed: Int, limits: LoaderLimits) -> Int {
    let (product, overflow) = max(compressed, 1).multipliedReportingOverflow(
      by: max(limits.maxCompressionRatio, 1)
    )
    return max(limits.compressionRatioGraceBytes, overflow ? Int.max : product)
  }
}

/// One file taken out of an archive, with its normalised path inside the archive.
struct ArchiveMember: Sendable {
  var path: String
  var bytes: [UInt8]
}
