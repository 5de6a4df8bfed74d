import SkillScanCore

/// Privilege grants in scripts of languages SkillScan does not lex (Perl, Ruby, Go, PHP, Lua
/// …): a passwordless sudoers rule written out, and a setuid bit set on a copy of a shell.
///
/// Without a parser the check reads lines. A grant is a line holding a sudoers rule's own
/// shape (`user ALL=(ALL) NOPASSWD: ALL`, a host list before the tag) in a script that names
/// `/etc/sudoers`: an audit script's pattern (`/NOPASSWD:\s*ALL/`) has no host list before
/// the tag, and a script that never names the sudoers directory writes no rule there. A
/// setuid mode (`04755`, `0o4755`, `u+s`, `os.ModeSetuid`) on a line that calls `chmod` is
/// reported; when the script also copies a shell, it is the backdoor `cp /bin/bash …; chmod
/// 4755 …` is in shell.
extension ElevatedExecutionRule {
  struct OtherScriptHit {
    var range: Range<Int>
    var hit: Hit
  }

  static func otherScriptHits(_ file: AnalyzedFile) -> [OtherScriptHit] {
    guard file.source.kind == .script, file.source.language == .text else { return [] }
    let bytes = file.bytes
    var out: [OtherScriptHit] = []
    if ByteSearch.firstIndex(of: sudoersDirectory, in: bytes) != nil {
      var lastLine = -1
      for at in nopasswdOffsets(bytes) {
        let line = OtherScriptText.line(at, bytes)
        guard line.lowerBound != lastLine, !OtherScriptText.isCommentLine(line, bytes) else { continue }
        lastLine = line.lowerBound
        guard hasHostList(before: at, in: line, bytes) else { continue }
        var rest = at + 8
        while rest < line.upperBound, bytes[rest] == 0x3A || bytes[rest] == 0x20 || bytes[rest] == 0x09 { rest += 1 }
        let all = rest + 3 <= line.upperBound && bytes[rest..<(rest + 3)].elementsEqual("ALL".utf8)
        out.append(OtherScriptHit(
          range: at..<line.upperBound,
          hit: all
            ? Hit(message: "writes a sudoers rule granting passwordless root for every command (NOPASSWD: ALL)", severity: .high, chain: .persistence)
            : Hit(message: "writes a passwordless sudoers rule (NOPASSWD) for named commands", severity: .medium)))
      }
    }
    let copiesShell = copiesAShell(bytes)
    var lastLine = -1
    chmodCalls.forEachPosition(in: bytes) { _, end in
      let line = OtherScriptText.line(end - 1, bytes)
      guard line.lowerBound != lastLine, !OtherScriptText.isCommentLine(line, bytes) else { return true }
      lastLine = line.lowerBound
      guard holdsSetuidMode(end..<line.upperBound, bytes) else { return true }
      out.append(OtherScriptHit(
        range: (end - 5)..<line.upperBound,
        hit: copiesShell
          ? Hit(
            message: "sets a setuid bit in a script that copies a shell: anyone who runs the copy can run any command as its owner (root backdoor)",
            severity: .high, chain: .persistence)
          : Hit(message: setuidMessage, severity: .medium)))
      return true
    }
    return out
  }

  static let sudoersDirectory = Array("/etc/sudoers".utf8)
  static let chmodCalls = KeywordFilter(keywords: ["chmod"])
  static let setuidWords = KeywordFilter(keywords: ["u+s", "g+s", "modesetuid", "modesetgid", "s_isuid"])
  static let shellPathWords = KeywordFilter(keywords: ["/bin/bash", "/bin/sh", "/bin/zsh", "/bin/dash", "/bin/ksh"])
  static let copyWords = KeywordFilter(keywords: ["copy", "cp ", "install ", "link(", "symlink"])

  /// Whether a sudoers host list (`ALL=`, `ALL =`, `host=`) stands before `at` on its line,
  /// as in a rule (`deploy ALL=(ALL) NOPASSWD: …`).
  static func hasHostList(before at: Int, in line: Range<Int>, _ bytes: [UInt8]) -> Bool {
    guard at > line.lowerBound else { return false }
    guard let eq = bytes[line.lowerBound..<at].lastIndex(of: 0x3D) else { return false }
    var k = eq
    while k > line.lowerBound, bytes[k - 1] == 0x20 { k -= 1 }
    return k >= line.lowerBound + 3 && bytes[(k - 3)..<k].elementsEqual("ALL".utf8)
  }

  /// Whether `range` holds a setuid or setgid mode: a four-digit octal mode starting 2, 4 or
  /// 6 (after an optional `0` or `0o`), or a symbolic or named one.
  static func holdsSetuidMode(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
    guard !range.isEmpty else { return false }
    if setuidWords.occurs(in: bytes, range: range) { return true }
    var i = range.lowerBound
    while i < range.upperBound {
      guard bytes[i] >= 0x30 && bytes[i] <= 0x39, i == 0 || !OtherScriptText.isWordByte(bytes[i - 1]) else {
        i += 1
        continue
      }
      var j = i
      while j < range.upperBound, OtherScriptText.isWordByte(bytes[j]) { j += 1 }
      var digits = Array(bytes[i..<j])
      if digits.starts(with: "0o".utf8) || digits.starts(with: "0O".utf8) { digits.removeFirst(2) }
      while digits.count > 4, digits.first == 0x30 { digits.removeFirst() }
      if digits.count == 4, [0x32, 0x34, 0x36].contains(digits[0]), digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) {
        return true
      }
      i = j
    }
    return false
  }

  /// Whether a line of `bytes` names a shell's path next to a copy (`copy('/bin/bash', $h)`,
  /// `FileUtils.cp("/bin/sh", dst)`, `io.Copy` of an opened `/bin/bash`).
  static func copiesAShell(_ bytes: [UInt8]) -> Bool {
    var found = false
    shellPathWords.forEachPosition(in: bytes) { _, end in
      let line = OtherScriptText.line(end - 1, bytes)
      found = copyWords.occurs(in: bytes, range: line)
      return !found
    }
    return found
  }
}
