import Foundation
public import SkillScanCore

/// Finds the `.skillscan.yml` that governs a located skill.
///
/// The search starts at the folder *holding* the skill (the parent of a skill folder, the
/// folder of an archive, the parent of a lone `SKILL.md`'s folder) and walks upward. It never
/// looks inside the skill itself: the skill's author is the party being checked, and a config
/// planted in the skill could otherwise switch rules off or trust every inline ignore. The walk
/// stops after the first folder that contains `.git` (the repository root) or at `/`.
public struct ConfigLocator: Sendable {
  /// The file name looked for in each folder.
  public static let fileName = ".skillscan.yml"

  public init() {}

  /// The config governing `source`, or nil when none is found.
  public func config(for source: SkillSource) -> String? {
    search(from: Self.startFolder(of: source))
  }

  /// Walks upward from `folder` (inclusive) to the repository root or `/`.
  /// - Parameter folder: an absolute or relative folder path.
  /// - Returns: the path of the first `.skillscan.yml` found.
  public func search(from folder: String) -> String? {
    var memo: [String: String?] = [:]
    return search(from: folder, memo: &memo)
  }

  /// ``search(from:)``, remembering in `memo` the answer for every folder the walk passes.
  ///
  /// The skills of one registry or repository share their ancestor folders; with the memo
  /// each folder is probed once per scan instead of once per skill below it (the probes ran
  /// before any skill was scanned, on one core).
  func search(from folder: String, memo: inout [String: String?]) -> String? {
    // Skills of one owner share their start folder: answer them before any URL work.
    if let known = memo[folder] { return known }
    let fm = FileManager.default
    var current = URL(fileURLWithPath: folder).standardizedFileURL
    var passed: [String] = []
    let answer: String?
    while true {
      let path = current.path
      if let known = memo[path] {
        answer = known
        break
      }
      // No config and no `.git` here, or the walk has ended: the folders passed so far share
      // this folder's answer.
      passed.append(path)
      let candidate = current.appendingPathComponent(Self.fileName).path
      var isFolder: ObjCBool = false
      if fm.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue {
        answer = candidate
        break
      }
      if fm.fileExists(atPath: current.appendingPathComponent(".git").path) {
        answer = nil
        break
      }
      let parent = current.deletingLastPathComponent()
      if parent.path == path || path == "/" {
        answer = nil
        break
      }
      current = parent
    }
    for path in passed { memo[path] = .some(answer) }
    memo[folder] = .some(answer)
    return answer
  }

  /// The folder the walk starts in for `source` (outside the skill).
  public static func startFolder(of source: SkillSource) -> String {
    switch source {
    case .folder(let path, _), .archive(let path, _):
      return parent(of: path)
    case .file(let path, _):
      return parent(of: parent(of: path))
    }
  }

  static func parent(of path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
  }
}

extension ConfigLocator {
  /// A `.skillscan.yml` at the root of the skill itself, which the search deliberately skips;
  /// the CLI mentions it so a skill author knows to pass `--config`.
  public func configInsideSkill(_ source: SkillSource) -> String? {
    guard case .folder(let path, _) = source else { return nil }
    let candidate = URL(fileURLWithPath: path).appendingPathComponent(Self.fileName).path
    return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
  }
}
