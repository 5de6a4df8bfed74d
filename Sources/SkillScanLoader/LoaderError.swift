/// Why a path could not be located or a skill could not be read at all.
///
/// Only total failures throw; partial problems (one unreadable file, a hostile archive entry)
/// become loader findings so that they reach the verdict instead of aborting the scan.
public enum LoaderError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Nothing exists at the path.
  case notFound(String)
  /// The path exists but could not be opened or listed; the second value says why.
  case unreadable(String, String)

  /// A one-line message for the command line.
  public var description: String {
    switch self {
    case .notFound(let path): "no such file or folder: \(path)"
    case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
    }
  }
}
