import SkillScanCore
import SkillScanLexers

extension ElevatedExecutionRule {
  /// Package managers whose `sudo` use in setup docs is routine.
  static let packageManagers: Set<String> = [
    "apt", "apt-get", "yum", "dnf", "zypper", "pacman", "apk", "brew", "npm", "pnpm", "yarn",
    "pip", "pip3", "gem", "snap", "port", "dpkg", "rpm", "corepack", "bun",
  ]

  /// System locations a skill should not write to.
  static let systemPaths = ["/etc/", "/usr/local/bin", "/usr/bin", "/usr/sbin", "/Library/LaunchDaemons", "/sbin/", "/bin/"]

  /// Commands whose arguments ``classify(_:_:)`` reads.
  static let argumentReaders: Set<String> = ["chmod", "chown", "tee", "spctl", "xattr", "cp", "mv", "install", "ln"]

  static func classify(_ command: ShellCommand, _ bytes: [UInt8]) -> Hit? {
    let raw = command.name(in: bytes).lowercased()
    let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
    let name = nameWritten.lowercased()
    // Arguments are decoded only for the commands whose arguments are read below.
    let args = argumentReaders.contains(name) ? effective.arguments(in: bytes) : []
    if let hit = permission(name, args) { return hit }
    if ["sudo", "doas", "pkexec"].contains(raw) || (raw == "su" && command.arguments(in: bytes).contains("-c")) {
      if packageManagers.contains(name) || name.hasPrefix("pip") {
        return Hit(message: "\(raw) \(name): package install with root privileges", severity: .info)
      }
      if name == "tee", let path = args.first(where: { a in systemPaths.contains { a.hasPrefix($0) } }) {
        return Hit(message: "\(raw) writes to system location \(path)", severity: .medium)
      }
      return Hit(message: "runs '\(name.isEmpty ? raw : name)' with root privileges via \(raw)", severity: .medium)
    }
    if name == "spctl", args.contains(where: { $0 == "--master-disable" || $0 == "--global-disable" }) {
      return Hit(message: "disables Gatekeeper (spctl)", severity: .high)
    }
    if name == "xattr", args.contains(where: { $0.hasPrefix("-d") || $0 == "-c" || $0.hasPrefix("-r") }),
      args.contains("com.apple.quarantine") || args.contains(where: { $0 == "-c" || $0 == "-cr" || $0 == "-rc" })
    {
      return Hit(message: "removes the macOS quarantine attribute (dropper signal)", severity: .high)
    }
    for redirection in command.redirections {
      // `done </etc/passwd` reads the file; only `>`, `>>`, `>|` and `&>` write.
      guard let target = redirection.target, !ByteText.contains(redirection.op.range, "<", in: bytes) else { continue }
      let path = ShellWord.unquotedValue(target, bytes)
      if path.contains("sudoers") || systemPaths.contains(where: { path.hasPrefix($0) }) {
        return Hit(message: "writes to system location \(path)", severity: .medium)
      }
    }
    if (name == "cp" || name == "mv" || name == "install" || name == "ln"),
      let dest = args.last, systemPaths.contains(where: { dest.hasPrefix($0) }) || dest.contains("sudoers")
    {
      return Hit(message: "\(name) into system location \(dest)", severity: .medium)
    }
    return nil
  }

  /// A pipeline that writes a `NOPASSWD` sudoers rule (`printf '%s ALL=(ALL) NOPASSWD: ALL'
  /// | sudo tee "$f"`, `echo … >> /etc/sudoers`): passwordless root from then on, whatever
  /// path variable the file hides behind. `NOPASSWD: ALL` is a standing root backdoor; a
  /// rule scoped to named commands is the routine ops idiom and stays medium.
  /// `occurrences`: the file's `NOPASSWD` offsets in order (``nopasswdOffsets(_:)``), so each
  /// pipeline costs a binary search, not a scan to the next occurrence.
  static func sudoersGrant(
    _ pipeline: ShellPipeline, _ bytes: [UInt8], occurrences: [Int], ruleVariables: [(name: [UInt8], at: Int, end: Int)] = []
  ) -> Hit? {
    let range = pipeline.range.clamped(to: 0..<bytes.count)
    var lo = 0
    var hi = occurrences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if occurrences[mid] < range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    // The rule may be written in the pipeline, or held by a variable it expands
    // (`RULE="$USER ALL=(ALL) NOPASSWD: ALL"` … `printf '%s\n' "$RULE" | sudo tee "$F"`).
    var at = -1
    var ruleEnd = range.upperBound
    if lo < occurrences.count, occurrences[lo] + nopasswd.count <= range.upperBound {
      at = occurrences[lo]
    } else if let held = ruleVariables.first(where: { Self.expands($0.name, in: range, bytes) }) {
      at = held.at
      ruleEnd = held.end
    }
    guard at >= 0 else { return nil }
    let writes = pipeline.commands.contains { command in
      let name = command.effectiveCommandAndName(in: bytes).name.lowercased()
      return name == "tee" || name == "visudo" || name == "cp" || name == "install"
        || command.redirections.contains { r in
          let op = ByteText.string(r.op.range, in: bytes)
          return r.target != nil && (op.hasSuffix(">") || op.hasSuffix(">>")) && !op.contains("&")
        }
    }
    guard writes else { return nil }
    var rest = at + nopasswd.count
    while rest < ruleEnd, bytes[rest] == 0x3A || bytes[rest] == 0x20 || bytes[rest] == 0x09 { rest += 1 }
    let all = (rest + 3 <= ruleEnd && bytes[rest..<(rest + 3)].elementsEqual("ALL".utf8)
      && (rest + 3 == ruleEnd || !(bytes[rest + 3] == 0x2F || (bytes[rest + 3] | 0x20 >= 0x61 && bytes[rest + 3] | 0x20 <= 0x7A))))
      || Self.expandsToAll(at: rest, before: ruleEnd, bytes) || Self.listHoldsAll(bytes[rest..<ruleEnd])
    return all
      ? Hit(message: "writes a sudoers rule granting passwordless root for every command (NOPASSWD: ALL)", severity: .high, chain: .persistence)
      : Hit(message: "writes a passwordless sudoers rule (NOPASSWD) for named commands", severity: .medium)
  }

  private static let nopasswd = Array("NOPASSWD".utf8)

  /// Shell variables assigned a `NOPASSWD` rule (`_SUDO_RULE="${USER} ALL=(ALL) NOPASSWD:
  /// ALL"`): the name, where `NOPASSWD` is, and where the assignment's line ends. At most
  /// ``maxRuleVariables``, so each pipeline's look for them stays bounded.
  static func ruleVariables(_ bytes: [UInt8], occurrences: [Int]) -> [(name: [UInt8], at: Int, end: Int)] {
    var out: [(name: [UInt8], at: Int, end: Int)] = []
    for at in occurrences where out.count < maxRuleVariables {
      var start = at
      while start > 0, bytes[start - 1] != 0x0A, at - start < 512 { start -= 1 }
      var end = at
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var i = start
      while i < at, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      for keyword in ["readonly ", "export ", "local ", "declare -r ", "declare "] where bytes[i..<at].starts(with: keyword.utf8) {
        i += keyword.utf8.count
        break
      }
      var j = i
      while j < at, isNameByte(bytes[j]) { j += 1 }
      guard j > i, j < at, bytes[j] == 0x3D, !(bytes[i] >= 0x30 && bytes[i] <= 0x39) else { continue }
      out.append((Array(bytes[i..<j]), at, end))
    }
    return out
  }

  static let maxRuleVariables = 16

  /// Whether the command list at `at` is a variable whose value is `ALL`: `${CMDS:-ALL}`
  /// with nothing else given, or `$CMDS` / `${CMDS}` assigned `ALL` (or a default of
  /// `ALL`) on a line of its own (`SERVICE_CMDS="${DOCKER_SUDO_CMDS:-ALL}"`).
  static func expandsToAll(at: Int, before end: Int, _ bytes: [UInt8]) -> Bool {
    guard at < end, bytes[at] == 0x24 else { return false }
    var i = at + 1
    let braced = i < end && bytes[i] == 0x7B
    if braced { i += 1 }
    let nameStart = i
    while i < end, isNameByte(bytes[i]) { i += 1 }
    guard i > nameStart else { return false }
    let name = Array(bytes[nameStart..<i])
    if braced, i < end, bytes[i] != 0x7D {
      return isAllDefault(bytes, i, end)
    }
    // `NAME=` at the start of a line, its value read up to the line's end.
    var from = 0
    var tries = 0
    while tries < maxRuleVariables, let hit = ByteSearch.firstIndex(of: name + [0x3D], in: bytes, from: from) {
      tries += 1
      from = hit + 1
      var lineStart = hit
      while lineStart > 0, bytes[lineStart - 1] == 0x20 || bytes[lineStart - 1] == 0x09 { lineStart -= 1 }
      guard lineStart == 0 || bytes[lineStart - 1] == 0x0A else { continue }
      var valueEnd = hit + name.count + 1
      while valueEnd < bytes.count, bytes[valueEnd] != 0x0A { valueEnd += 1 }
      var value = Array(bytes[(hit + name.count + 1)..<valueEnd]).filter { $0 != 0x22 && $0 != 0x27 }
      while let last = value.last, last == 0x20 || last == 0x09 || last == 0x0D { value.removeLast() }
      if value == Array("ALL".utf8) || listHoldsAll(value[...]) { return true }
      if let colon = value.firstIndex(of: 0x3A), value.first == 0x24 { return isAllDefault(value, colon, value.count) }
    }
    return false
  }

  /// Whether a sudoers command list (`/usr/bin/systemctl, /usr/bin/docker, ALL`) holds
  /// `ALL` as one of its items: one `ALL` anywhere in the list allows every command, and a
  /// long list of plausible commands in front of it is how that is kept from a reader. The
  /// list ends at a quote or the end of the rule; 64 items are read at most.
  static func listHoldsAll(_ list: ArraySlice<UInt8>) -> Bool {
    let body = list.prefix { $0 != 0x22 && $0 != 0x27 && $0 != 0x0A && $0 != 0x29 }
    guard body.contains(0x2C) else { return false }
    for item in body.split(separator: 0x2C, maxSplits: 64) {
      let trimmed = item.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
      if trimmed.elementsEqual("ALL".utf8.reversed()) { return true }
    }
    return false
  }

  /// Whether `bytes[at...]` is `:-ALL}` or `:=ALL}`.
  /// Also a default that is a command list holding `ALL` (`:-/usr/bin/systemctl restart
  /// docker, ALL}`).
  static func isAllDefault(_ bytes: [UInt8], _ at: Int, _ end: Int) -> Bool {
    guard at + 6 <= end, bytes[at] == 0x3A, bytes[at + 1] == 0x2D || bytes[at + 1] == 0x3D else { return false }
    if bytes[(at + 2)..<(at + 6)].elementsEqual("ALL}".utf8) { return true }
    let close = bytes[(at + 2)..<end].firstIndex(of: 0x7D) ?? end
    return listHoldsAll(bytes[(at + 2)..<close])
  }

  /// Whether `range` expands `$name` or `${name}` (not a longer name that starts with it).
  static func expands(_ name: [UInt8], in range: Range<Int>, _ bytes: [UInt8]) -> Bool {
    var from = range.lowerBound
    while let at = ByteSearch.firstIndex(of: name, in: bytes, from: from), at + name.count <= range.upperBound {
      from = at + 1
      let after = at + name.count
      if at >= 1, bytes[at - 1] == 0x24, after >= bytes.count || !isNameByte(bytes[after]) { return true }
      if at >= 2, bytes[at - 1] == 0x7B, bytes[at - 2] == 0x24, after < bytes.count, bytes[after] == 0x7D { return true }
    }
    return false
  }

  static func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F
  }

  private static let defenderCmdlets = PhraseMatcher(["add-mppreference", "set-mppreference"])
  private static let defenderOff = PhraseMatcher([
    "-exclusionpath", "-exclusionprocess", "-exclusionextension", "-disablerealtimemonitoring",
    "-disablebehaviormonitoring", "-disableioavprotection", "-disablescriptscanning",
  ])

  /// PowerShell lines that exclude paths or processes from Windows Defender or switch its
  /// scanning off: the Windows counterpart of stripping macOS quarantine, done so a dropped
  /// binary runs unscanned. A cmdlet inside a quoted string (a detector's word list) is data.
  static func defenderTampering(_ range: Range<Int>, _ bytes: [UInt8]) -> [(range: Range<Int>, message: String)] {
    let r = range.clamped(to: 0..<bytes.count)
    guard defenderCmdlets.containsMatch(in: bytes, range: r) else { return [] }
    var out: [(range: Range<Int>, message: String)] = []
    var start = r.lowerBound
    while start < r.upperBound {
      var end = start
      while end < r.upperBound, bytes[end] != 0x0A { end += 1 }
      let line = Array(bytes[start..<end]).map(KeywordFilter.fold)
      if let cmdlet = defenderCmdlets.matches(in: line).first, let flag = defenderOff.matches(in: line).first,
        flag.range.lowerBound > cmdlet.range.lowerBound, PowerShellStrings(line).string(at: cmdlet.range.lowerBound) == nil,
        !line[..<cmdlet.range.lowerBound].contains(0x23)
      {
        let excluded = line[flag.range].starts(with: "-exclusion".utf8)
        out.append((
          start + cmdlet.range.lowerBound..<end,
          excluded
            ? "adds a Windows Defender exclusion so what it names runs unscanned (dropper signal)"
            : "switches off Windows Defender scanning"))
      }
      start = end + 1
    }
    return out
  }

  /// Windows script hosts, as a Defender process exclusion names them.
  static let scriptHosts = KeywordFilter(keywords: [
    "'powershell.exe'", "\"powershell.exe\"", "'pwsh.exe'", "\"pwsh.exe\"", "'cmd.exe'", "\"cmd.exe\"", "'wscript.exe'",
    "\"wscript.exe\"", "'cscript.exe'", "\"cscript.exe\"", "'mshta.exe'", "\"mshta.exe\"", "'rundll32.exe'", "\"rundll32.exe\"",
    "'regsvr32.exe'", "\"regsvr32.exe\"",
  ])

  static let processExclusion = KeywordFilter(keywords: ["-exclusionprocess"])

  /// The first script host a PowerShell region that excludes processes from Defender names
  /// in a quoted literal (`Processes = @('node.exe', 'powershell.exe')`), unquoted; nil when
  /// the region excludes no process or names no host.
  static func excludedScriptHost(_ range: Range<Int>, _ bytes: [UInt8]) -> String? {
    let r = range.clamped(to: 0..<bytes.count)
    // Both searches stay inside the region: a document of many PowerShell fences asks once
    // per fence.
    guard processExclusion.occurs(in: bytes, range: r) else { return nil }
    var found: String?
    bytes.withUnsafeBufferPointer { all in
      scriptHosts.forEachPosition(in: UnsafeBufferPointer(rebasing: all[r])) { _, end in
        let close = r.lowerBound + end - 1
        var start = close - 1
        while start > r.lowerBound, bytes[start - 1] != 0x27, bytes[start - 1] != 0x22 { start -= 1 }
        found = String(decoding: bytes[start..<close], as: UTF8.self).lowercased()
        return false
      }
    }
    return found
  }

  /// `printf '[sudo] password for %s: '` then `read -s`: a script that prints sudo's own
  /// prompt and reads the answer holds the user's password (what `sudo` wrappers in shell rc
  /// files and fake "elevation" helpers do). Real sudo prints its prompt itself. Returns the
  /// prompt's offset when a hidden `read` follows within 400 bytes.
  static func fakeSudoPrompt(_ range: Range<Int>, _ bytes: [UInt8]) -> Int? {
    let r = range.clamped(to: 0..<bytes.count)
    var from = r.lowerBound
    while let at = ByteSearch.firstIndexIgnoringCase(of: sudoPrompt, in: bytes, from: from), at < r.upperBound {
      let window = at..<min(r.upperBound, at + 400)
      if hiddenRead.occurs(in: bytes, range: window) { return at }
      from = at + sudoPrompt.count
    }
    return nil
  }

  static let sudoPrompt = Array("[sudo] password for".utf8)
  static let hiddenRead = KeywordFilter(keywords: ["read -s", "read -rs", "read -sr", "read -r -s", "read -s -r", "stty -echo"])

  /// PowerShell prompts that wait for the user's answer.
  /// (`ShouldProcess` is not one: it prompts only above the session's confirm preference,
  /// which by default it is not.)
  static let confirmationPrompts = KeywordFilter(keywords: ["read-host", "shouldcontinue", "promptforchoice", "confirm-"])

  /// Whether a confirmation prompt stands in the 600 bytes before `offset` (within `region`).
  static func confirmedBefore(_ offset: Int, in region: Range<Int>, _ bytes: [UInt8]) -> Bool {
    let start = max(region.lowerBound, offset - 600)
    guard start < offset, offset <= bytes.count else { return false }
    return confirmationPrompts.occurs(in: bytes, range: start..<offset)
  }

  /// Every offset of `NOPASSWD` in `bytes`, in order.
  static func nopasswdOffsets(_ bytes: [UInt8]) -> [Int] {
    var out: [Int] = []
    var from = 0
    while let at = ByteSearch.firstIndex(of: nopasswd, in: bytes, from: from) {
      out.append(at)
      from = at + nopasswd.count
    }
    return out
  }

  /// Programs that run arbitrary commands for whoever starts them (shells, interpreters and
  /// the classic escape hatches): setuid on one of these hands out its owner's privileges.
  static let commandRunners: Set<String> = [
    "sh", "bash", "dash", "zsh", "ksh", "mksh", "csh", "tcsh", "fish", "ash", "busybox",
    "python", "python2", "python3", "perl", "ruby", "node", "nodejs", "php", "lua", "tclsh",
    "env", "find", "vim", "vi", "awk", "gawk", "nmap",
  ]

  /// Whether `path` names one of ``commandRunners`` (any directory; `python3.12` counts).
  static func isShellOrInterpreter(_ path: String) -> Bool {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if commandRunners.contains(name) { return true }
    return ["python", "perl", "ruby", "php"].contains { prefix in
      name.hasPrefix(prefix) && name.dropFirst(prefix.count).allSatisfy { $0.isNumber || $0 == "." }
    }
  }

  /// The shell an `install -m 4755 SRC DEST` copies with a setuid or setgid mode: SRC is a
  /// shell or interpreter path, or a variable the script set to one (`src="$(command -v
  /// "${SHELL_NAME:-bash}")"`, `src=$(which bash)`, `src=/bin/bash`) in the 8 KiB before the
  /// command at `offset`. Nil for anything else.
  static func setuidShellInstall(_ args: [String], _ bytes: [UInt8], before offset: Int) -> String? {
    var mode: String?
    var operands: [String] = []
    var index = 0
    while index < args.count {
      let arg = args[index]
      if arg == "-m" || arg == "--mode" || arg == "-o" || arg == "--owner" || arg == "-g" || arg == "--group" || arg == "-t" {
        if arg == "-m" || arg == "--mode", index + 1 < args.count { mode = args[index + 1] }
        index += 2
        continue
      }
      if arg.hasPrefix("--mode=") { mode = String(arg.dropFirst(7)) } else if arg.hasPrefix("-m"), arg.count > 2 { mode = String(arg.dropFirst(2)) } else if !arg.hasPrefix("-") { operands.append(arg) }
      index += 1
    }
    guard let mode, mode.contains("+s") || (mode.count == 4 && "246".contains(mode.first!) && mode.allSatisfy(\.isNumber)),
      operands.count == 2
    else { return nil }
    let source = operands[0]
    if isShellOrInterpreter(source) { return source }
    guard source.hasPrefix("$") else { return nil }
    let name = String(source.dropFirst().filter { $0 != "{" && $0 != "}" })
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
    // The variable's first assignments (16 at most, 160 bytes each): a path or a lookup of
    // a shell by name.
    func wordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 || b == 0x5F }
    let window = Array(bytes[max(0, offset - 8_192)..<min(offset, bytes.count)])
    var from = 0
    var seen = 0
    let needle = Array("\(name)=".utf8)
    while seen < 16, let at = ByteSearch.firstIndex(of: needle, in: window, from: from) {
      from = at + needle.count
      seen += 1
      guard at == 0 || !wordByte(window[at - 1]) else { continue }
      let value = window[from..<min(window.count, from + 160)].prefix { $0 != 0x0A }
      let words = value.split { !(wordByte($0) || $0 == 0x2F || $0 == 0x2E) }.map { String(decoding: $0, as: UTF8.self) }
      let lookup = words.contains("command") || words.contains("which") || words.first.map { $0.hasPrefix("/") } == true
      if lookup, let shell = words.first(where: { isShellOrInterpreter($0) }) { return shell }
    }
    return nil
  }

  /// The message of a setuid bit on anything but a shell or interpreter.
  static let setuidMessage = "chmod sets a setuid/setgid bit"

  /// `chmod 777`, setuid bits, `chown root`.
  static func permission(_ name: String, _ args: [String]) -> Hit? {
    if name == "chmod" {
      let modes = args.filter { !$0.hasPrefix("-") || $0 == "-R" }
      if modes.contains(where: { $0 == "777" || $0 == "0777" || $0 == "666" || $0 == "a+rwx" || $0 == "o+w" || $0 == "a+w" }) {
        return Hit(message: "chmod makes files world-writable", severity: .medium)
      }
      if modes.contains(where: { $0.contains("+s") || ($0.count == 4 && ($0.hasPrefix("4") || $0.hasPrefix("6") || $0.hasPrefix("2")) && $0.allSatisfy(\.isNumber)) }) {
        // A setuid shell or interpreter runs anything as its owner: left behind, it is a
        // root backdoor, not a permission tweak.
        if let target = args.first(where: { !$0.hasPrefix("-") && isShellOrInterpreter($0) }) {
          return Hit(
            message: "chmod makes \(target) setuid: anyone who runs it can run any command as its owner (root backdoor)",
            severity: .high, chain: .persistence)
        }
        return Hit(message: setuidMessage, severity: .medium)
      }
    }
    if name == "chown", let owner = args.first(where: { !$0.hasPrefix("-") }), owner == "root" || owner.hasPrefix("root:") || owner == "0" {
      return Hit(message: "chown hands files to root", severity: .medium)
    }
    return nil
  }
}
