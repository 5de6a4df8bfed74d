public import Foundation
public import SkillScanCore

/// Scans the folders a `labels.jsonl` names and scores the verdicts: the library side of
/// `skillscan eval`, kept here so it can be embedded and tested without the CLI.
///
/// Each record's folder is the directory of the same name beside the labels file. Folders are
/// located one by one (never the whole tree, which may hold unlabelled folders) and scanned
/// with the façade's streaming ``Scanner/scan(_:emit:)``, so memory stays flat.
public struct EvaluationRunner: Sendable {
  public var scanner: Scanner

  public init(scanner: Scanner = Scanner()) {
    self.scanner = scanner
  }

  /// Loads the labels, checks every folder exists, scans them and scores the result.
  /// - Throws: ``EvaluationError`` for unreadable or invalid labels and missing folders;
  ///   ``ScanError`` when a folder cannot be read.
  public func run(labels url: URL, options: EvaluationOptions) async throws -> EvaluationReport {
    let records = try LabelRecord.load(from: url)
    let evaluation = try Evaluation(records: records, options: options)
    let verdicts = try await scan(records.map(\.id), under: url.deletingLastPathComponent())
    return evaluation.evaluate(verdicts)
  }

  /// Scans the named folders under `root` and returns the highest verdict per folder.
  /// - Throws: ``EvaluationError/missingFolders(_:)`` before scanning anything when a folder
  ///   is absent, so a partial corpus never yields quietly wrong numbers.
  public func scan(_ ids: [String], under root: URL) async throws -> [String: Verdict] {
    let root = root.standardizedFileURL
    let missing = ids.filter { !Self.isDirectory(root.appendingPathComponent($0).path) }
    guard missing.isEmpty else { throw EvaluationError.missingFolders(missing.sorted()) }

    var sources: [SkillSource] = []
    var ownersByDisplayPath: [String: Set<String>] = [:]
    for id in ids {
      let located = try scanner.locate([root.appendingPathComponent(id)])
      sources += located
      for source in located { ownersByDisplayPath[source.displayPath, default: []].insert(id) }
    }
    let owners = DisplayPathOwners(ownersByDisplayPath)
    var folders = FolderVerdicts(root: root.path, folderIDs: ids)
    try await scanner.scan(sources) { result in
      if folders.folderID(for: result.path) != nil {
        folders.add(result)
      } else if let id = owners.owner(of: result.path) {
        folders.record(result.verdict, for: id)
      }
    }
    return folders.verdicts
  }

  private static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}

/// Maps a result path to the folder whose located source it extends, when the scanner reports
/// paths relative to something other than the labels folder. Ambiguous prefixes map nowhere.
private struct DisplayPathOwners {
  let owners: [(prefix: String, id: String?)]

  init(_ byPrefix: [String: Set<String>]) {
    owners = byPrefix.map { ($0.key, $0.value.count == 1 ? $0.value.first : nil) }
      .sorted { $0.prefix.count > $1.prefix.count }
  }

  func owner(of path: String) -> String? {
    for (prefix, id) in owners where Self.extends(path, prefix) { return id }
    return nil
  }

  private static func extends(_ path: String, _ prefix: String) -> Bool {
    guard path.hasPrefix(prefix) else { return false }
    let rest = path.dropFirst(prefix.count)
    return rest.isEmpty || rest.hasPrefix("/") || rest.hasPrefix("!")
  }
}
