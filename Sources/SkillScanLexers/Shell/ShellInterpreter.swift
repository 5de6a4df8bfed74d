/// Programs that run code given to them, which is what turns a download into execution.
public enum ShellInterpreter: String, Sendable, Hashable, CaseIterable {
  case shell, python, node, perl, ruby, php, powershell, osascript, lua

  /// Classifies a command name (already a basename): `bash`, `python3.11`, `nodejs`, `pwsh`.
  ///
  /// - Parameter name: A command basename as returned by ``ShellCommand/name(in:)``.
  public init?(commandName name: String) {
    // Asked of every command by several rules: exact names are one table lookup, and a name
    // is lower-cased only when it has an upper-case letter.
    if let known = Self.exact[name] {
      self = known
      return
    }
    let n = name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? name.lowercased() : name
    if let known = Self.exact[n] {
      self = known
      return
    }
    // Versioned names start with p (python, pypy, perl, php), r (ruby) or l (lua).
    guard let f = n.utf8.first, f == 0x70 || f == 0x72 || f == 0x6C else { return nil }
    func versioned(_ base: String) -> Bool {
      guard n.hasPrefix(base) else { return false }
      return n.dropFirst(base.count).allSatisfy { $0.isNumber || $0 == "." }
    }
    if versioned("python") || versioned("pypy") { self = .python }
    else if versioned("perl") { self = .perl }
    else if versioned("ruby") { self = .ruby }
    else if versioned("php") { self = .php }
    else if versioned("lua") { self = .lua }
    else { return nil }
  }

  /// Interpreter names without a version suffix.
  private static let exact: [String: ShellInterpreter] = {
    var table: [String: ShellInterpreter] = [:]
    for n in ["sh", "bash", "zsh", "dash", "ksh", "ash", "mksh", "fish", "csh", "tcsh", "busybox", "rbash", "yash"] {
      table[n] = .shell
    }
    for n in ["node", "nodejs", "bun", "deno", "tsx", "ts-node", "npx"] { table[n] = .node }
    for n in ["pwsh", "powershell", "powershell.exe", "pwsh.exe"] { table[n] = .powershell }
    table["osascript"] = .osascript
    table["py"] = .python
    table["luajit"] = .lua
    return table
  }()
}
