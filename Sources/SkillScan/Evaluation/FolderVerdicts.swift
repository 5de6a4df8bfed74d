public import SkillScanCore

/// The verdict of each labelled folder, built from scan results.
///
/// Labels apply to top-level folders, but a scan may report several skills per folder
/// (nested sub-skills, skills inside an archive). The corpus rule is that a folder is flagged
/// if any part of it is, so each folder keeps the highest verdict among its results.
public struct FolderVerdicts: Sendable {
  /// The folder holding the labelled folders (where `labels.jsonl` sits).
  public let root: String
  private let rootComponents: [String]
  /// The labelled folder names.
  public let folderIDs: Set<String>
  /// Highest verdict per folder id.
  public private(set) var verdicts: [String: Verdict] = [:]
  /// Result paths that belong to no labelled folder.
  public private(set) var unmapped: [String] = []

  public init(root: String, folderIDs: some Sequence<String>) {
    self.root = root
    self.rootComponents = Self.components(of: root)
    self.folderIDs = Set(folderIDs)
  }

  /// Adds one scan result to the folder it came from.
  /// - Returns: the folder id, or `nil` when the path maps to no labelled folder.
  @discardableResult
  public mutating func add(_ result: SkillResult) -> String? {
    guard let id = folderID(for: result.path) else {
      unmapped.append(result.path)
      return nil
    }
    record(result.verdict, for: id)
    return id
  }

  /// Records a verdict for a folder already known, keeping the highest.
  public mutating func record(_ verdict: Verdict, for id: String) {
    verdicts[id] = max(verdicts[id] ?? verdict, verdict)
  }

  /// The labelled folder a result path belongs to.
  ///
  /// A path under ``root`` maps to its first component below the root; `!` (archive member)
  /// and `/` both separate components. Any other path (a display path relative to something
  /// else) maps to its first component that names a labelled folder.
  public func folderID(for path: String) -> String? {
    let parts = Self.components(of: path)
    let rootParts = rootComponents
    if !rootParts.isEmpty, parts.count > rootParts.count,
      Array(parts.prefix(rootParts.count)) == rootParts
    {
      let candidate = parts[rootParts.count]
      return folderIDs.contains(candidate) ? candidate : nil
    }
    return parts.first { folderIDs.contains($0) }
  }

  /// Path components with `.` and empty parts dropped, treating `!` like `/`; a leading `/`
  /// is kept as a component so absolute and relative paths never compare equal.
  static func components(of path: String) -> [String] {
    var parts: [String] = path.hasPrefix("/") ? ["/"] : []
    for part in path.split(whereSeparator: { $0 == "/" || $0 == "!" }) where part != "." {
      parts.append(String(part))
    }
    return parts
  }
}
