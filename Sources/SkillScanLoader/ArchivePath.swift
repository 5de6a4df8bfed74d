/// Archive member names as the loader sees them: normalised, or refused.
enum ArchivePath {
  enum Normalized: Equatable {
    /// A safe relative path, `/`-separated, without `.` or empty components.
    case relative(String)
    /// Only `.` and separators: the archive root itself.
    case root
    /// Absolute, drive-qualified, `..` or NUL: would escape the extraction folder.
    case escaping
  }

  /// Normalises a raw member name; backslashes count as separators, as Windows tools treat them.
  static func normalize(_ raw: String) -> Normalized {
    if raw.utf8.contains(0) || isAbsolute(raw) { return .escaping }
    let slashed = String(raw.map { $0 == "\\" ? "/" : $0 })
    var parts: [Substring] = []
    for part in slashed.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." { return .escaping }
      parts.append(part)
    }
    return parts.isEmpty ? .root : .relative(parts.joined(separator: "/"))
  }

  /// Whether the name is rooted: `/x`, `\\x`, or a drive such as `C:`.
  static func isAbsolute(_ raw: String) -> Bool {
    let u = Array(raw.utf8.prefix(2))
    if let first = u.first, first == UInt8(ascii: "/") || first == UInt8(ascii: "\\") {
      return true
    }
    return u.count == 2 && u[1] == UInt8(ascii: ":") && (u[0] | 0x20) >= 0x61
      && (u[0] | 0x20) <= 0x7A
  }

  /// Whether a relative path stays inside its root when `..` is applied lexically
  /// (`a/../b` stays, `a/../../b` leaves).
  static func staysInside(_ relative: String) -> Bool {
    if isAbsolute(relative) { return false }
    var depth = 0
    for part in relative.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
      if part == "." { continue }
      if part == ".." {
        depth -= 1
        if depth < 0 { return false }
      } else {
        depth += 1
      }
    }
    return true
  }

  /// A raw name made safe to print: control characters become `?`, length is bounded.
  static func printable(_ raw: String) -> String {
    var out = ""
    for scalar in raw.unicodeScalars.prefix(300) {
      out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? "?" : scalar)
    }
    return out
  }
}
