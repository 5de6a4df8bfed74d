import Foundation
import SkillScanCore

/// Judges whether decoded bytes are text worth rescanning, and pulls text out of binary.
///
/// A decoder applied to random data yields noise; the engine keeps a result only when it
/// reads as text, which is also what stops the brute-force ciphers from reporting garbage.
public enum DeobfText {
  /// Printable ASCII, tab, newline or carriage return.
  @inline(__always) public static func isTextByte(_ b: UInt8) -> Bool {
    (b >= 0x20 && b < 0x7F) || b == 0x0A || b == 0x09 || b == 0x0D
  }

  /// At least 95% printable ASCII (UTF-8 letters allowed), with at least one space, slash or
  /// punctuation typical of commands and prose, and at most a few control bytes.
  public static func isText(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 4 else { return false }
    var bad = 0
    var separators = 0
    var letters = 0
    for b in bytes {
      if isTextByte(b) {
        if b == 0x20 || b == 0x2F || b == 0x2E || b == 0x0A || b == 0x3D || b == 0x28 { separators += 1 }
        if ByteClassLite.isAlpha(b) { letters += 1 }
      } else if b < 0x80 {
        bad += 1
      }
    }
    guard bad * 20 <= bytes.count else { return false }
    guard letters * 3 >= bytes.count else { return false }
    return separators > 0 && UTF8Validation.isValid(bytes)
  }

  private static let cues = PhraseMatcher([
    "http://", "https://", "curl", "wget", "bash", "/bin/sh", "/bin/bash", "powershell",
    "iex", "invoke-expression", "exec", "eval", "import", "require(", "chmod", "nc", "ncat",
    "socat", "/dev/tcp", "python", "osascript", "subprocess", "os.system", "child_process",
    "base64", "sh -c", "| sh", "|sh", "rm -rf", "whoami", "download", "run", "terminal",
  ])

  /// Whether text holds a word typical of commands, code or URLs (used to accept a guess of
  /// a cipher whose output would otherwise be indistinguishable from prose).
  public static func hasCommandCue(_ bytes: [UInt8]) -> Bool {
    var folded = bytes
    for i in folded.indices { folded[i] = KeywordFilter.fold(folded[i]) }
    return cues.containsMatch(in: folded)
  }

  /// Printable runs of at least `minimum` bytes (like `strings(1)`), for binary decodes such as
  /// marshalled code objects whose constants hold the next layer.
  public static func printableRuns(_ bytes: [UInt8], minimum: Int = 12, limit: Int = 64) -> [[UInt8]] {
    var runs: [[UInt8]] = []
    var start = -1
    for i in 0...bytes.count {
      let printable = i < bytes.count && bytes[i] >= 0x20 && bytes[i] < 0x7F
      if printable {
        if start < 0 { start = i }
      } else if start >= 0 {
        if i - start >= minimum { runs.append(Array(bytes[start..<i])) }
        start = -1
        if runs.count >= limit { break }
      }
    }
    return runs
  }

  /// A one-line preview for messages: control characters shown as spaces, at most `max` bytes.
  public static func preview(_ bytes: [UInt8], max: Int = 120) -> String {
    var out = ""
    var count = 0
    var lastSpace = false
    for scalar in String(decoding: bytes.prefix(max * 2), as: UTF8.self).unicodeScalars {
      if count >= max {
        out += "…"
        break
      }
      let space = scalar.value < 0x20 || scalar.value == 0x7F || scalar == " "
      if space && lastSpace { continue }
      out.unicodeScalars.append(space ? " " : scalar)
      lastSpace = space
      count += 1
    }
    return out.trimmingCharacters(in: .whitespaces)
  }
}
