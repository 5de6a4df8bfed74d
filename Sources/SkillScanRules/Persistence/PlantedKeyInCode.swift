import SkillScanCore
import SkillScanLexers

/// A script that appends a public key of its own to `authorized_keys`: the key is written
/// out in the code (`ssh-ed25519 AAAA…`) or hidden and decoded at run time
/// (`base64.b64decode("".join(PARTS)[::-1])`), and the file is opened to be written.
///
/// The shell rules see `echo "ssh-rsa …" >> ~/.ssh/authorized_keys`; the same append made by
/// a Python or Node "doctor" command is invisible to them. Whoever holds the private half
/// then logs in as the user. A key manager that installs the user's own `id_ed25519.pub`
/// reads it from a file, with neither a key literal nor a decoder.
enum PlantedKeyInCode {
  static let target = KeywordFilter(keywords: ["authorized_keys"])
  /// Calls that decode hidden text.
  static let decoders = KeywordFilter(keywords: [
    "b64decode", "b32decode", "fromhex", "unhexlify", "decodebytes", "codecs.decode", "atob(", "'base64')", "\"base64\")",
    "'hex')", "\"hex\")", "fromcharcode",
  ])
  /// Openings and calls that write or append to a file.
  static let writes = KeywordFilter(keywords: [
    ".write(", "write_text(", "writelines(", "appendfile", "writefile", "open(\"a\")", "open('a')", ", \"a\")", ", 'a')",
    "\"a\")", "'a')", "flag: 'a'", "flag: \"a\"", ">>",
  ])

  /// How far around the path a write of it may be: the same statement or `with` block, or a
  /// small helper just above that appends to the path it is given.
  static let writeReach = 1_500

  /// The `authorized_keys` path strings of each Python or JavaScript region with a write
  /// nearby, where the region also holds a key literal or a decoder.
  ///
  /// Only a string whose whole value is a path ending in `authorized_keys` counts: detectors
  /// hold the name inside patterns (`r"(id_rsa|authorized_keys)"`, `rb">>\s*…authorized_keys"`)
  /// next to their own base64 helpers.
  static func find(in file: AnalyzedFile) -> [Range<Int>] {
    var hits: [Range<Int>] = []
    let bytes = file.bytes
    for region in file.regions
    where (region.language == .python || region.language == .javascript) && region.kind != .inlineCode && !region.tokens.isEmpty {
      let range = region.range.clamped(to: 0..<bytes.count)
      guard target.occurs(in: bytes, range: range), writes.occurs(in: bytes, range: range) else { continue }
      let literalKey = PersistenceMechanismRule.publicKeyMarkers.contains { ByteText.contains(range, $0, in: bytes, ignoringCase: true) }
      guard literalKey || decoders.occurs(in: bytes, range: range) else { continue }
      for token in region.tokens where token.kind == .string && token.range.count <= 512 && target.occurs(in: bytes, range: token.range) {
        let value = StringLiteral.value(of: token, in: bytes, language: region.language)
        guard value.hasSuffix("authorized_keys") || value.hasSuffix("authorized_keys2"),
          !value.utf8.contains(where: { [0x20, 0x5C, 0x5B, 0x28, 0x7C, 0x2A, 0x2B, 0x3F, 0x5E].contains($0) })
        else { continue }
        guard value.utf8.contains(0x2F) || Self.joinedAsPath(token.range.lowerBound, bytes) else { continue }
        let reach = max(range.lowerBound, token.range.lowerBound - writeReach)..<min(range.upperBound, token.range.upperBound + writeReach)
        if writes.occurs(in: bytes, range: reach) {
          hits.append(token.range)
          break
        }
      }
    }
    return hits
  }

  /// Shell that keeps both the key and the path in variables (`KEY="ssh-ed25519 AAAA…"`,
  /// `STORE="${HOME}/.ssh/authorized_keys"`) and appends one to the other later
  /// (`printf '%s\n' "$KEY" >> "$STORE"`), out of reach of the literal `>> ~/.ssh/…` line
  /// the shell rules read. The region must carry a key literal; the append must name the
  /// path's variable. Returns the assignment's range.
  static func findShellIndirect(in file: AnalyzedFile) -> [Range<Int>] {
    var hits: [Range<Int>] = []
    let bytes = file.bytes
    for region in file.regions
    where region.language == .shell && (region.kind == .whole || region.kind == .fencedCode) && !region.tokens.isEmpty {
      let range = region.range.clamped(to: 0..<bytes.count)
      guard target.occurs(in: bytes, range: range), ByteText.contains(range, ">>", in: bytes) || ByteText.contains(range, "tee -a", in: bytes),
        PersistenceMechanismRule.publicKeyMarkers.contains(where: { ByteText.contains(range, $0, in: bytes, ignoringCase: true) })
      else { continue }
      // Assignments `NAME="…/authorized_keys"` (one shell word, quotes and all).
      for token in region.tokens where token.kind == .word && token.range.count <= 512 && target.occurs(in: bytes, range: token.range) {
        let word = bytes[token.range]
        guard let eq = word.firstIndex(of: 0x3D), eq > word.startIndex else { continue }
        let name = String(decoding: word[word.startIndex..<eq], as: UTF8.self)
        guard name.utf8.allSatisfy({ $0 == 0x5F || ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x30 && $0 <= 0x39 }) else { continue }
        let value = word[(eq + 1)...].filter { $0 != 0x22 && $0 != 0x27 }
        guard value.count >= 15, Array(value.suffix(15)) == Array("authorized_keys".utf8) else { continue }
        let appends = [">> \"$\(name)\"", ">>\"$\(name)\"", ">> $\(name)", ">>$\(name)", ">> \"${\(name)}\"", "tee -a \"$\(name)\"", "tee -a $\(name)"]
        if appends.contains(where: { ByteText.contains(range, $0, in: bytes) }) {
          hits.append(token.range)
          break
        }
      }
    }
    return hits
  }

  /// Whether the string at `start` is the last part of a path being built: after a `/`
  /// operator (`SSH / "authorized_keys"`) or inside a join on its line (`os.path.join(…,`,
  /// `path.join(…,`, `Path(…`, `resolve(…`). A word in a list (`[".ssh", "authorized_keys"]`)
  /// is none.
  static func joinedAsPath(_ start: Int, _ bytes: [UInt8]) -> Bool {
    var i = start - 1
    while i >= 0, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
    if i >= 0, bytes[i] == 0x2F { return true }
    var lineStart = start
    while lineStart > 0, start - lineStart < 120, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
    return pathBuilders.occurs(in: bytes, range: lineStart..<start)
  }
  static let pathBuilders = KeywordFilter(keywords: ["join(", "resolve(", "path(", "expanduser(", "homedir()"])
}
