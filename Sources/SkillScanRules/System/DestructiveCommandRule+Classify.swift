import SkillScanCore
import SkillScanLexers

extension DestructiveCommandRule {
  /// The command names ``classify(_:_:)`` has a case for (besides `mkfs*`).
  static let classifiedNames: Set<String> =
    Set(["rm", "find", "dd", "wipefs", "shred", "diskutil"] + DestructiveTargets.securityOff.map(\.command))

  /// Records assignments of `command` in `variables`: a name whose value can be the home
  /// folder or `/` is added, any other assignment to it removes it.
  static func trackHomeVariables(_ command: ShellCommand, _ bytes: [UInt8], _ variables: inout Set<String>) {
    for token in command.assignments {
      let raw = bytes[token.range.clamped(to: 0..<bytes.count)]
      guard let eq = raw.firstIndex(of: 0x3D) else { continue }
      let name = String(decoding: raw[raw.startIndex..<eq], as: UTF8.self)
      if DestructiveTargets.canBeHomeOrRoot(Array(raw[(eq + 1)...])) { variables.insert(name) } else { variables.remove(name) }
    }
  }

  /// A forced recursive `rm` of a path that starts with a variable the script may have set
  /// to the home folder or `/` (a fallback when a tool is missing), or that falls back to
  /// one itself (`${CACHE:-$HOME}`).
  static func homeFallbackDelete(_ command: ShellCommand, _ bytes: [UInt8], _ variables: Set<String>) -> Hit? {
    // Most commands hold no `rm` at all: one byte scan spares resolving their head.
    let range = command.range.clamped(to: 0..<bytes.count)
    guard range.count >= 2, range.dropFirst().contains(where: { bytes[$0] == 0x6D && bytes[$0 - 1] == 0x72 }) else { return nil }
    let (effective, name) = command.effectiveCommandAndName(in: bytes)
    guard name == "rm" else { return nil }
    let args = effective.arguments(in: bytes)
    let flags = args.filter { $0.hasPrefix("-") }
    guard flags.contains(where: { $0 == "--recursive" || (!$0.hasPrefix("--") && ($0.contains("r") || $0.contains("R"))) }) else { return nil }
    for target in args where !target.hasPrefix("-") {
      guard let variable = DestructiveTargets.leadingVariable(target) else { continue }
      // `${CACHE:-$HOME}/*`: the default is written in the path itself.
      let inlineDefault = target.hasPrefix("${") && DestructiveTargets.canBeHomeOrRoot(Array(target.prefix { $0 != "}" }.utf8) + [0x7D])
      guard inlineDefault || variables.contains(variable) else { continue }
      // `$D/cache`, `$D/build`: a named folder under it, not its contents.
      let rest = inlineDefault ? target.drop { $0 != "}" }.dropFirst().drop { $0 != "/" } : target.drop { $0 != "/" }
      guard rest.isEmpty || rest == "/" || rest == "/*" || rest == "/.*" else { continue }
      return Hit(message: "recursive delete of '\(target)', where \(variable) can be the home folder or /", broad: true)
    }
    return nil
  }

  /// What a single command destroys, if anything.
  static func classify(_ command: ShellCommand, _ bytes: [UInt8]) -> Hit? {
    let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
    let name = nameWritten.lowercased()
    // Arguments are decoded only for commands this can classify; decoding them for every
    // command of a script was most of the rule's cost.
    guard classifiedNames.contains(name) || name.hasPrefix("mkfs") else { return nil }
    let args = effective.arguments(in: bytes)
    switch name {
    case "rm":
      let flags = args.filter { $0.hasPrefix("-") }
      let forceful = flags.contains { $0 == "--recursive" || $0 == "--force" || (!$0.hasPrefix("--") && ($0.contains("r") || $0.contains("R") || $0.contains("f"))) }
      let targets = args.filter { !$0.hasPrefix("-") }
      // GNU rm refuses `/` unless told otherwise; telling it otherwise has one use.
      if flags.contains("--no-preserve-root"), let t = targets.first {
        return Hit(message: "recursive delete of '\(t)' with root protection switched off (--no-preserve-root)", broad: true)
      }
      if forceful, let t = targets.first(where: isBroad) {
        return Hit(message: "recursive delete of a broad path '\(t)'", broad: true)
      }
      if forceful, flags.contains(where: { $0 == "--recursive" || (!$0.hasPrefix("--") && ($0.contains("r") || $0.contains("R"))) }),
        let t = targets.first(where: DestructiveTargets.isHomeUserFolder)
      {
        return Hit(message: "recursive delete of the user's own folder '\(t)'", broad: true)
      }
      if targets.contains(where: { $0.hasPrefix("$(cat ") || $0.hasPrefix("`cat ") }) {
        return Hit(message: "deletes every path listed in a file", broad: false)
      }
    case "find":
      guard args.contains("-delete") || (args.contains("-exec") && args.contains("rm")) else { return nil }
      let root = DestructiveTargets.canonical(args.first { !$0.hasPrefix("-") } ?? ".")
      if DestructiveTargets.findRoots.contains(root) {
        return Hit(message: "find deletes files under '\(root)'", broad: true)
      }
      // `find "$USER_HOME" -name .git -exec rm -rf {} +`: every repository's history, or
      // every document, under a home folder held in a variable of the script's own.
      if DestructiveTargets.isHomeVariable(root) {
        let patterns = zip(args, args.dropFirst()).filter { $0.0 == "-name" || $0.0 == "-iname" }.map(\.1)
        if let doc = patterns.first(where: { DestructiveTargets.namesUserDocuments($0) || DestructiveTargets.irreplaceableFolders.contains($0) }) {
          return Hit(message: "find deletes every '\(doc)' under the home folder '\(root)'", broad: true)
        }
      }
      if root == "." || root == "./" || root == "*" {
        let patterns = zip(args, args.dropFirst()).filter { $0.0 == "-name" || $0.0 == "-iname" }.map(\.1)
        if let doc = patterns.first(where: DestructiveTargets.namesUserDocuments) {
          return Hit(message: "find deletes the user's documents (\(doc)) across the working tree", broad: true)
        }
        // A test that selects some entries (a name, age, size, owner, or `-empty`: only empty
        // files and folders) makes the delete a clean-up, not a wipe.
        let filtered = args.contains { DestructiveTargets.findFilters.contains($0) }
        return filtered ? nil : Hit(message: "find deletes everything in the working directory", broad: true)
      }
    case "dd":
      if let of = args.first(where: { $0.hasPrefix("of=") }), DestructiveTargets.devices.contains(where: { of.dropFirst(3).hasPrefix($0) }) {
        return Hit(message: "dd overwrites a disk device (\(of))", broad: true)
      }
    case "wipefs":
      return Hit(message: "wipefs erases disk signatures", broad: true)
    case "shred":
      if args.contains(where: { a in DestructiveTargets.devices.contains(where: a.hasPrefix) || isBroad(a) }) {
        return Hit(message: "shred destroys a disk or broad path", broad: true)
      }
    default:
      if name.hasPrefix("mkfs") { return Hit(message: "\(name) formats a filesystem", broad: true) }
      if name == "diskutil", args.contains(where: { $0.lowercased().hasPrefix("erase") }) {
        return Hit(message: "diskutil erases a disk", broad: true)
      }
      let lowered = args.map { $0.lowercased() }
      for entry in DestructiveTargets.securityOff where entry.command == name && lowered.contains(entry.argument) {
        if name == "systemctl" && !(lowered.contains("stop") || lowered.contains("disable") || lowered.contains("mask")) { continue }
        return Hit(message: "'\(name)' switches off a security protection", broad: false)
      }
    }
    return nil
  }

  /// `find $HOME -maxdepth 1 … | while read -r d; do rm -rf -- "$d"; done` (or `| xargs rm
  /// -rf`): the entries of a broad root listed and each one deleted, which is the broad
  /// delete `find -delete` would be, whatever tests select them.
  static func findFedDelete(_ pipeline: ShellPipeline, _ bytes: [UInt8]) -> Hit? {
    guard let first = pipeline.commands.first, first.effectiveName(in: bytes).lowercased() == "find" else { return nil }
    guard let root = first.effectiveCommand(in: bytes).arguments(in: bytes).first(where: { !$0.hasPrefix("-") }).map(DestructiveTargets.canonical),
      DestructiveTargets.findRoots.contains(root)
    else { return nil }
    // The list is piped on (the loop that reads it is a compound command of its own).
    var next = first.range.upperBound
    while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
    guard next < bytes.count, bytes[next] == 0x7C else { return nil }
    let rest = next..<min(bytes.count, next + 512)
    let text = String(decoding: bytes[rest], as: UTF8.self)
    let deletes = ["rm -rf", "rm -fr", "rm -r ", "rm -Rf", "rm -rf --", "xargs rm", "xargs -0 rm"].contains { text.contains($0) }
    return deletes ? Hit(message: "find lists entries under '\(root)' and each one is deleted", broad: true) : nil
  }

  /// Whether the command's broad target is only the current directory (`*`, `.`, `./*`),
  /// which is scoped once the script has changed into a directory of its own.
  static func isWorkingDirectoryGlob(_ command: ShellCommand, _ bytes: [UInt8]) -> Bool {
    let targets = command.effectiveCommand(in: bytes).arguments(in: bytes).filter { !$0.hasPrefix("-") }
    return !targets.isEmpty && targets.allSatisfy { ["*", ".", "./", "./*", ".*", "./.*"].contains($0) || !isBroad($0) }
  }

  /// A root, home, whole-directory or parent-directory glob target.
  static func isBroad(_ target: String) -> Bool {
    if DestructiveTargets.broad.contains(DestructiveTargets.canonical(target)) { return true }
    if target.hasPrefix("../") && target.contains("*") { return true }
    return false
  }

  /// A fork bomb or crypto-miner marker in `range`.
  ///
  /// One automaton pass over the region finds the fork bomb and every miner marker; the fork
  /// bomb wins, then the earliest-listed marker at its first occurrence.
  static func marker(_ range: Range<Int>, _ bytes: [UInt8]) -> (range: Range<Int>, message: String)? {
    var best: (index: Int, end: Int)?
    markerFilter.forEachPosition(in: Array(bytes[range])) { index, end in
      if best == nil || index < best!.index { best = (index, end) }
      return index != 0
    }
    guard let best else { return nil }
    let needle = markerNeedles[best.index]
    let at = range.lowerBound + best.end - needle.utf8.count
    if best.index == 0 { return (at..<(at + 4), "fork bomb") }
    return (at..<(at + needle.utf8.count), "crypto-miner marker '\(String(needle.filter { $0 != " " }))'")
  }

  /// The first fork bomb or miner marker of a code region that can run, else the first one
  /// that is only data.
  ///
  /// In Python or JavaScript a marker inside a comment is prose, and one inside a string
  /// literal runs only when that string reaches a process-spawning call
  /// (``EmbeddedDownloadCommandRule/sinks``): `os.system(":(){ :|:& };:")` runs,
  /// `r":(){ :\|:& };:"` in a scanner's pattern table does not. In shell and PowerShell the
  /// text is the command itself.
  static func marker(in region: Region, _ file: AnalyzedFile) -> (range: Range<Int>, message: String, executed: Bool)? {
    let bytes = file.bytes
    if region.language == .shell { return shellMarker(in: region, file) }
    guard region.language == .python || region.language == .javascript else {
      return marker(region.range, bytes).map { ($0.range, $0.message, true) }
    }
    let tokens = region.tokens
    let spawning = mergedSinkCalls(file.codeCalls(tokens, language: region.language))
    var data: (range: Range<Int>, message: String)?
    var result: (range: Range<Int>, message: String, executed: Bool)?
    var t = 0
    var c = 0
    let slice = Array(bytes[region.range])
    markerFilter.forEachPosition(in: slice) { index, end in
      let needle = markerNeedles[index]
      let at = region.range.lowerBound + end - needle.utf8.count
      let range = index == 0 ? at..<(at + 4) : at..<(at + needle.utf8.count)
      let message = index == 0 ? "fork bomb" : "crypto-miner marker '\(String(needle.filter { $0 != " " }))'"
      // Matches arrive in end order, so one forward sweep over tokens and calls suffices.
      while t < tokens.count, tokens[t].range.upperBound <= at { t += 1 }
      let token = t < tokens.count && tokens[t].range.lowerBound <= at ? tokens[t] : nil
      switch token?.kind {
      case .comment?:
        return true
      case .string?:
        while c < spawning.count, spawning[c].upperBound <= at { c += 1 }
        if c < spawning.count, spawning[c].lowerBound <= at { break }
        if data == nil { data = (range, message) }
        return true
      default:
        break
      }
      result = (range, message, true)
      return false
    }
    return result ?? data.map { ($0.range, $0.message, false) }
  }

  /// Commands that only look for, list or stop a process or pattern: a miner's name in
  /// their arguments (`ps aux | grep -E "xmrig|cryptominer"`, `pkill xmrig`) is what a
  /// health check searches for, not a miner being run. `echo` and `printf` are not among
  /// them: `echo 'xmrig -o …' | sh` runs what it prints.
  static let searchCommands: Set<String> = [
    "grep", "egrep", "fgrep", "rg", "ag", "ack", "pgrep", "pkill", "killall", "pidof", "ps", "kill",
    "which", "locate",
  ]

  /// The first marker of a shell region that a command runs; nil when every marker is only
  /// searched for (a search reveals nothing about the skill). The region's pipelines are
  /// read only when it holds a marker, and each marker finds its command by binary search.
  static func shellMarker(in region: Region, _ file: AnalyzedFile) -> (range: Range<Int>, message: String, executed: Bool)? {
    let bytes = file.bytes
    var found: [(range: Range<Int>, message: String)] = []
    markerFilter.forEachPosition(in: Array(bytes[region.range])) { index, end in
      let needle = markerNeedles[index]
      let at = region.range.lowerBound + end - needle.utf8.count
      found.append(index == 0 ? (at..<(at + 4), "fork bomb") : (at..<(at + needle.utf8.count), "crypto-miner marker '\(String(needle.filter { $0 != " " }))'"))
      return true
    }
    guard !found.isEmpty else { return nil }
    // Fork bombs first, then markers in text order (the order ``marker(_:_:)`` reports).
    found.sort { ($0.message == "fork bomb" ? 0 : 1, $0.range.lowerBound) < ($1.message == "fork bomb" ? 0 : 1, $1.range.lowerBound) }
    let commands = file.shellPipelines(tokens: region.tokens, range: region.range, dialect: .posix)
      .flatMap(\.commands).sorted { $0.range.lowerBound < $1.range.lowerBound }
    func command(at offset: Int) -> ShellCommand? {
      var lo = 0
      var hi = commands.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if commands[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
      }
      // The innermost command starting at or before `offset` that still contains it.
      var i = lo - 1
      var steps = 0
      while i >= 0, steps < 64 {
        if commands[i].range.contains(offset) { return commands[i] }
        i -= 1
        steps += 1
      }
      return nil
    }
    for hit in found where hit.message == "fork bomb" { return (hit.range, hit.message, true) }
    var data: (range: Range<Int>, message: String)?
    for hit in found {
      let enclosing = command(at: hit.range.lowerBound)
      // `PATTERNS='…|xmrig|kinsing|…'`: a value assigned to a variable (a detector's search
      // pattern) is data unless something later runs it; the script's commands are read
      // on their own.
      if let enclosing, enclosing.words.isEmpty,
        enclosing.assignments.contains(where: { $0.range.contains(hit.range.lowerBound) })
      {
        if data == nil { data = hit }
        continue
      }
      var name = enclosing?.effectiveName(in: bytes).lowercased() ?? ""
      // Inside a here-document (`ssh host << 'REMOTE'` … script … `REMOTE`) the body is a
      // script of its own, outside every parsed command or inside the one that feeds it:
      // the marker's own line names the command that uses it.
      if !searchCommands.contains(name), enclosing.map({ ByteText.contains($0.range, "<<", in: bytes) }) ?? true {
        let line = file.source.lines.range(ofLine: file.source.lines.line(of: hit.range.lowerBound), in: bytes)
        let inner = ShellStructure.pipelines(in: bytes, range: line).flatMap(\.commands)
        if let own = inner.last(where: { $0.range.contains(hit.range.lowerBound) }) {
          name = own.effectiveName(in: bytes).lowercased()
        }
      }
      if !searchCommands.contains(name) { return (hit.range, hit.message, true) }
    }
    return data.map { ($0.range, $0.message, false) }
  }

  /// Ranges of the calls that start a process, merged and sorted.
  static func mergedSinkCalls(_ calls: [CodeCall]) -> [Range<Int>] {
    let ranges = calls.filter { EmbeddedDownloadCommandRule.sinks.contains($0.callee) }.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for r in ranges {
      if let last = merged.last, r.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
      } else {
        merged.append(r)
      }
    }
    return merged
  }

  /// The fork bomb (index 0) and the miner markers, in priority order.
  static let markerNeedles = [":(){"] + DestructiveTargets.minerMarkers
  static let markerFilter = KeywordFilter(keywords: markerNeedles)

  /// First offset of `needle` in `range` (linear).
  static func find(_ needle: String, in range: Range<Int>, _ bytes: [UInt8], ignoringCase: Bool = false) -> Int? {
    let n = Array(needle.utf8)
    guard !n.isEmpty, range.count >= n.count else { return nil }
    var i = range.lowerBound
    while i + n.count <= range.upperBound {
      var k = 0
      while k < n.count {
        let a = ignoringCase ? lower(bytes[i + k]) : bytes[i + k]
        if a != n[k] { break }
        k += 1
      }
      if k == n.count { return i }
      i += 1
    }
    return nil
  }

  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
}
