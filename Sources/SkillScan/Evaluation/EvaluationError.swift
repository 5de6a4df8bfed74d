/// Why an evaluation could not run. Each case carries what the user needs to fix it.
public enum EvaluationError: Error, CustomStringConvertible, Sendable, Equatable {
  /// A labels or baseline file could not be read.
  case unreadable(String, String)
  /// A line of `labels.jsonl` is not a valid record.
  case invalidLabels(line: Int, reason: String)
  /// Two records claim the same folder, so the folder's truth is ambiguous.
  case duplicateIDs([String])
  /// Labelled folders that do not exist beside the labels file.
  case missingFolders([String])
  /// The baseline file is not one of the accepted shapes.
  case invalidBaseline(String)

  public var description: String {
    switch self {
    case .unreadable(let path, let why):
      "cannot read \(path): \(why)"
    case .invalidLabels(let line, let reason):
      "labels line \(line) is not a valid record: \(reason)"
    case .duplicateIDs(let ids):
      "labels name these folders more than once: \(ids.joined(separator: ", "))"
    case .missingFolders(let ids):
      "\(ids.count) labelled folder(s) missing beside the labels file:\n"
        + ids.map { "  \($0)" }.joined(separator: "\n")
    case .invalidBaseline(let why):
      "invalid accuracy baseline: \(why)"
    }
  }
}
