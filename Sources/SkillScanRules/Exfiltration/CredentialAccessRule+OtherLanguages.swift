import SkillScanCore

/// Credential store reads in scripts of languages SkillScan does not lex (Go, Ruby, Perl,
/// PHP, Lua, Rust …), read as lines on bytes: a quoted path naming a credential store
/// (`"/.kube/config"`, `'.aws/credentials'`) on a line that reads a file
/// (`os.ReadFile`, `File.read`, `file_get_contents`, `slurp`, `io.open`).
///
/// No flow analysis runs on these languages, so the read carries the chain itself when the
/// script sends anything over the network near it (the same reach as environment harvests
/// in ``EnvironmentHarvestingRule``): collecting a kubeconfig next to an HTTP POST is the
/// theft, not a step towards it.
extension CredentialAccessRule {
  /// File-read calls of the usual languages, folded.
  static let otherReads = KeywordFilter(keywords: [
    "readfile(", "read_file(", "read_to_string(", "file.read(", "file.readlines(", "io.read(", "file_get_contents(",
    "file(", "slurp", "io.open(", "open(", "fopen(", "file.open(", "os.open(", "ioutil.readfile(", "fs::read(",
    "readalltext(", "readallbytes(", "io.readfile(", "path.read", ".read_text(", "readlines(", "file::open(",
    // Copies take the file whole (`copy("$home/.electrum/wallets/default_wallet", $stage)`).
    "copy(", "cp(", "copyfile(", "fs::copy(", "file.copy(", "fileutils.cp(", "io.copy(",
  ])

  struct OtherScriptRead {
    var range: Range<Int>
    var label: String
    var sends: Bool
  }

  /// Credential reads of a script in a language without a lexer, at most one per line and
  /// ``otherReadLimit`` in all.
  static func otherScriptReads(_ file: AnalyzedFile) -> [OtherScriptRead] {
    guard file.source.kind == .script, file.source.language == .text else { return [] }
    // Every finding needs a read call somewhere in the script: one pass settles most files
    // before any line is examined (or any join closed up).
    guard otherReads.occurs(in: file.bytes, range: 0..<file.bytes.count) else { return [] }
    // Names split across literals (`"id_" + "rsa"`) are read as the program joins them; the
    // ranges found in the joined text are mapped back to the file.
    guard let joined = OtherScriptText.joiningLiterals(file.bytes) else { return otherScriptReads(in: file.bytes) }
    return otherScriptReads(in: joined.bytes).map { read in
      var mapped = read
      let lower = joined.original(read.range.lowerBound)
      let upper = read.range.isEmpty ? lower : joined.original(read.range.upperBound - 1) + 1
      mapped.range = lower..<upper
      return mapped
    }
  }

  static func otherScriptReads(in bytes: [UInt8]) -> [OtherScriptRead] {
    var out: [OtherScriptRead] = []
    // A line (at most ``OtherScriptText/lineReach`` bytes each way) is examined once: the
    // fragments after the first on it are passed over, so a file of fragments costs a
    // bounded read per line-sized stretch.
    var examinedUntil = -1
    ExfilSources.pathFragmentFilter.forEachPosition(in: bytes) { _, end in
      guard end > examinedUntil else { return true }
      let line = OtherScriptText.line(end - 1, bytes)
      examinedUntil = line.upperBound
      // The line's first literal naming a credential store: in a list the first fragment
      // found may be an environment file (`".env", "id_rsa", …`).
      guard !OtherScriptText.isCommentLine(line, bytes), let (literal, match) = firstCredentialLiteral(on: line, bytes) else { return true }
      // Read on the line, or a list of stores (`fpFiles = {".env", "~/.aws/credentials",
      // "~/.netrc"}`) read in the loop just below it.
      let listRead = listedStores(on: line, bytes) >= 2
        && otherReads.occurs(in: bytes, range: line.upperBound..<min(bytes.count, line.upperBound + listReach))
      guard listRead || otherReads.occurs(in: bytes, range: line) else { return true }
      let near = max(0, line.lowerBound - EnvironmentHarvestingRule.otherSendReach)..<min(bytes.count, line.upperBound + EnvironmentHarvestingRule.otherSendReach)
      out.append(OtherScriptRead(range: literal, label: match.label, sends: EnvironmentHarvestingRule.otherSends.occurs(in: bytes, range: near)))
      return out.count < otherReadLimit
    }
    return out
  }

  static let otherReadLimit = 16
  /// Bytes after a list of stores read for the call that reads them.
  static let listReach = 600

  /// The first quoted string on `line` that names a credential store, with its match.
  static func firstCredentialLiteral(on line: Range<Int>, _ bytes: [UInt8]) -> (Range<Int>, ExfilSources.Match)? {
    var i = line.lowerBound
    while i < line.upperBound {
      let q = bytes[i]
      guard q == 0x22 || q == 0x27 || q == 0x60 else {
        i += 1
        continue
      }
      var j = i + 1
      while j < line.upperBound, bytes[j] != q { j += 1 }
      guard j < line.upperBound else { return nil }
      if j - i > 2, let match = ExfilSources.classify(path: String(decoding: bytes[(i + 1)..<j], as: UTF8.self)), match.kind == .credential {
        return ((i + 1)..<j, match)
      }
      i = j + 1
    }
    return nil
  }

  /// How many quoted strings on `line` name a credential store or an environment file.
  static func listedStores(on line: Range<Int>, _ bytes: [UInt8]) -> Int {
    var count = 0
    var i = line.lowerBound
    while i < line.upperBound, count < 8 {
      let q = bytes[i]
      guard q == 0x22 || q == 0x27 else {
        i += 1
        continue
      }
      var j = i + 1
      while j < line.upperBound, bytes[j] != q { j += 1 }
      guard j < line.upperBound else { break }
      if j - i > 2, let match = ExfilSources.classify(path: String(decoding: bytes[(i + 1)..<j], as: UTF8.self)),
        match.kind == .credential || match.kind == .environment
      {
        count += 1
      }
      i = j + 1
    }
    return count
  }

  /// The quoted string (without its quotes) holding `offset` on `line`, if any.
  static func quotedLiteral(around offset: Int, in bytes: [UInt8], line: Range<Int>) -> Range<Int>? {
    var open = offset
    while open > line.lowerBound, bytes[open] != 0x22, bytes[open] != 0x27, bytes[open] != 0x60 { open -= 1 }
    guard open < offset || open == line.lowerBound, [0x22, 0x27, 0x60].contains(bytes[open]) else { return nil }
    let quote = bytes[open]
    var close = offset + 1
    while close < line.upperBound, bytes[close] != quote { close += 1 }
    guard close < line.upperBound else { return nil }
    return (open + 1)..<close
  }
}
