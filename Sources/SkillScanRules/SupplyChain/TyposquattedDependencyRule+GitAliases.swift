import Foundation
import SkillScanCore

/// A package.json dependency that installs a git repository under a name one or two letters
/// off the repository's own: `"openapi-rendr-core": "github:apidocs-contrib/openapi-render-core#main"`.
///
/// The key is what a reviewer reads and what `require` loads; the value says where the code
/// comes from. A fork installed under its own name (`"pdfkit": "github:acme/pdfkit#fix"`)
/// hides nothing, and neither does a different name (`"md-lib": "…/md-lib-js.git"`). A key
/// a typo away from the repository it installs is a look-alike chosen to pass for the real
/// package, and installing it runs the fork's install scripts.
extension TyposquattedDependencyRule {
  struct GitAlias {
    var range: Range<Int>
    var name: String
    var repository: String
  }

  static func lookalikeGitAliases(_ bytes: [UInt8]) -> [GitAlias] {
    var out: [GitAlias] = []
    for entry in dependencyEntries(bytes).prefix(512) {
      guard let repository = gitRepository(String(decoding: bytes[entry.value], as: UTF8.self)) else { continue }
      let key = entry.name.split(separator: "/").last.map(String.init) ?? entry.name
      let repoName = repository.split(separator: "/").last.map(String.init) ?? repository
      if isLookalike(key, repoName) { out.append(GitAlias(range: entry.range, name: entry.name, repository: repository)) }
    }
    return out
  }

  /// `owner/repo` of a git dependency spec (`github:owner/repo#ref`, `git+https://host/owner/
  /// repo.git#ref`, `git://…`, `git+ssh://git@host/owner/repo.git`, or npm's `owner/repo`
  /// shorthand), nil for a registry version, a path or a tarball.
  static func gitRepository(_ spec: String) -> String? {
    var s = Substring(spec)
    if let hash = s.firstIndex(of: "#") { s = s[..<hash] }
    let lower = s.lowercased()
    var path: Substring
    if let prefix = ["github:", "gitlab:", "bitbucket:"].first(where: { lower.hasPrefix($0) }) {
      path = s.dropFirst(prefix.count)
    } else if lower.hasPrefix("git+") || lower.hasPrefix("git://") || lower.hasPrefix("git@") {
      guard let hostEnd = s.range(of: "://").map({ s[$0.upperBound...] }) ?? s.split(separator: "@", maxSplits: 1).last else { return nil }
      // After the host (`github.com/` or `github.com:`), the owner and repository.
      guard let slash = hostEnd.firstIndex(where: { $0 == "/" || $0 == ":" }) else { return nil }
      path = hostEnd[hostEnd.index(after: slash)...]
    } else if !lower.contains(":"), !lower.hasPrefix("."), !lower.hasPrefix("@"), !lower.hasPrefix("/"),
      lower.split(separator: "/").count == 2
    {
      path = s
    } else {
      return nil
    }
    if path.hasSuffix(".git") { path = path.dropLast(4) }
    let parts = path.split(separator: "/")
    guard parts.count >= 2 else { return nil }
    return parts.suffix(2).joined(separator: "/")
  }

  /// Whether `key` differs from `repository` by one or two edits, and not only by hyphens,
  /// underscores, dots or case.
  static func isLookalike(_ key: String, _ repository: String) -> Bool {
    let a = Array(normalise(key).utf8)
    let b = Array(normalise(repository).utf8)
    guard a != b, a.count >= minimumLength, b.count >= minimumLength, a.count <= 64, b.count <= 64, abs(a.count - b.count) <= 2 else {
      return false
    }
    let bare = { (x: [UInt8]) in x.filter { $0 != UInt8(ascii: "-") } }
    guard bare(a) != bare(b) else { return false }
    return editDistance(a, b, limit: 2) <= 2
  }

  /// Damerau–Levenshtein distance (optimal string alignment) of two short names, or
  /// `limit + 1` once it exceeds `limit`.
  static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where !a.isEmpty {
      current[0] = i
      var rowMin = current[0]
      for j in 1...max(1, b.count) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, previous2[j - 2] + 1) }
        current[j] = d
        rowMin = min(rowMin, d)
      }
      if rowMin > limit { return limit + 1 }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
  }
}
