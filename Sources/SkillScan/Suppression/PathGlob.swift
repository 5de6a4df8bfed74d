/// A shell-style glob over `/`-separated paths, matched in O(pattern × path) time.
///
/// - `*` matches any run of characters except `/`; `?` one character except `/`.
/// - `**` matches any run including `/`; `**/` also matches nothing, so `**/tests/**`
///   matches `tests/a.py` and `skill/tests/unit/a.py`.
/// - A pattern without `/` matches the last path component (`*.py` matches every Python file).
/// - Everything else matches itself, case-sensitively.
///
/// Patterns come from the user's config; paths come from the scanned skill. The matcher is a
/// dynamic programme over both, so no path can make it backtrack exponentially.
public struct PathGlob: Sendable, Hashable {
  public let pattern: String
  private let bytes: [UInt8]
  private let basenameOnly: Bool

  public init(_ pattern: String) {
    self.pattern = pattern
    var bytes = Array(pattern.utf8)
    while bytes.first == UInt8(ascii: "/") || (bytes.count > 1 && bytes[0] == UInt8(ascii: ".") && bytes[1] == UInt8(ascii: "/")) {
      bytes.removeFirst(bytes.first == UInt8(ascii: "/") ? 1 : 2)
    }
    self.bytes = bytes
    self.basenameOnly = !bytes.contains(UInt8(ascii: "/"))
  }

  /// Whether `path` matches.
  public func matches(_ path: String) -> Bool {
    var subject = Array(path.utf8)
    if basenameOnly, let slash = subject.lastIndex(of: UInt8(ascii: "/")) {
      subject = Array(subject[(slash + 1)...])
    }
    return Self.match(bytes, subject)
  }

  /// `reach[j]`: the pattern prefix consumed so far can end at subject offset `j`.
  static func match(_ p: [UInt8], _ s: [UInt8]) -> Bool {
    let star = UInt8(ascii: "*"), slash = UInt8(ascii: "/"), question = UInt8(ascii: "?")
    var reach = [Bool](repeating: false, count: s.count + 1)
    reach[0] = true
    var i = 0
    while i < p.count {
      var next = [Bool](repeating: false, count: s.count + 1)
      if p[i] == star && i + 1 < p.count && p[i + 1] == star {
        // `**`, optionally followed by `/`, which it may swallow.
        let swallowsSlash = i + 2 < p.count && p[i + 2] == slash
        var any = false
        for j in 0...s.count {
          any = any || reach[j]
          next[j] = any
        }
        if swallowsSlash {
          // `**/` = zero folders, or any run ending just after a `/`.
          var after = [Bool](repeating: false, count: s.count + 1)
          var seen = false
          for j in 0...s.count {
            after[j] = reach[j] || (seen && j > 0 && s[j - 1] == slash)
            seen = seen || reach[j]
          }
          next = after
          i += 3
        } else {
          i += 2
        }
      } else if p[i] == star {
        var running = false
        for j in 0...s.count {
          if reach[j] { running = true }
          next[j] = running
          if j < s.count && s[j] == slash { running = false }
        }
        i += 1
      } else {
        for j in 0..<s.count where reach[j] {
          if p[i] == question ? s[j] != slash : s[j] == p[i] { next[j + 1] = true }
        }
        i += 1
      }
      reach = next
    }
    return reach[s.count]
  }
}
