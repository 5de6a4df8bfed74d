import Foundation

/// Turns a skill path as reported plus a file inside it into the location a reader (or
/// GitHub) can open: `/`-separated, relative to the source root, archive members split off.
///
/// Paths come from the command line and from hostile archives, so nothing here touches the
/// file system; it is string work, linear in the path.
struct ReportPaths: Sendable {
  /// The directory relative paths are anchored at, without a trailing `/`.
  let root: String

  /// - Parameter sourceRoot: the root directory; nil means the current directory.
  init(sourceRoot: String?) {
    var root = Self.slashed(sourceRoot ?? FileManager.default.currentDirectoryPath)
    while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
    self.root = root
  }

  /// Where a finding lives.
  struct Location: Sendable, Hashable {
    /// A file on disk, relative to the root when it lies below it.
    var path: String
    /// Whether ``path`` is relative to the root (else it is absolute).
    var isRelative: Bool
    /// The full `archive!/member` path when the finding sits inside an archive; then
    /// ``path`` is the archive itself and line numbers do not apply to it.
    var member: String?
  }

  /// The location of `file` inside the skill at `skillPath`.
  /// - Parameters:
  ///   - skillPath: ``SkillResult/path`` (a folder, `a.zip!/x`, or a lone `SKILL.md`).
  ///   - file: ``Finding/file``; empty for skill-level findings.
  func location(skillPath: String, file: String) -> Location {
    let skill = relative(skillPath)
    let inner = Self.slashed(file)
    var full = skill
    if !inner.isEmpty {
      let lastComponent = skill.split(separator: "/").last.map(String.init) ?? skill
      if lastComponent != inner {
        full = skill.isEmpty || skill == "." ? inner : skill + "/" + inner
      }
    }
    let isRelative = !full.hasPrefix("/")
    if let bang = full.range(of: "!/") {
      return Location(path: String(full[..<bang.lowerBound]), isRelative: isRelative, member: full)
    }
    return Location(path: full, isRelative: isRelative, member: nil)
  }

  /// `path` relative to the root, `/`-separated, without `./` segments.
  func relative(_ path: String) -> String {
    var text = Self.slashed(path)
    if text == root { return "." }
    if root != "/" && text.hasPrefix(root + "/") {
      text.removeFirst(root.count + 1)
    } else if root == "/" && text.hasPrefix("/") {
      text.removeFirst()
    }
    while text.hasPrefix("./") { text.removeFirst(2) }
    return text.replacingOccurrences(of: "/./", with: "/")
  }

  private static func slashed(_ path: String) -> String {
    var text = path.replacingOccurrences(of: "\\", with: "/")
    while text.contains("//") { text = text.replacingOccurrences(of: "//", with: "/") }
    return text
  }
}
