/// Programs that run code given to them, which is what turns a download into execution.
public enum ShellInterpreter: String, Sendable, Hashable, CaseIterable {
  case shell, python, node, perl, ruby, php, powershell, osascript, lua

  /// Classifies a command name (already a basename): `bash`, `python3.11`, `nodejs`, `pwsh`.
  ///
  /// - Parameter name: A command basename as returned by ``ShellCommand/name(in:)``.
  public init?(commandName name: String) {
    let n = name.lowercased()
    func versioned(_ base: String) -> Bool {
      guard n.hasPrefix(base) else { return false }
      return n.dropFirst(base.count).allSatisfy { $0.isNumber || $0 == "." }
    }
    switch n {
    case "sh", "bash", "zsh", "dash", "ksh", "ash", "mksh", "fish", "csh", "tcsh", "busybox",
      "rbash", "yash":
      self = .shell
    case "node", "nodejs", "bun", "deno", "tsx", "ts-node", "npx":
      self = .node
    case "pwsh", "powershell", "powershell.exe", "pwsh.exe": self = .powershell
    case "osascript": self = .osascript
    default:
      if versioned("python") || versioned("pypy") || n == "py" { self = .python }
      else if versioned("perl") { self = .perl }
      else if versioned("ruby") { self = .ruby }
      else if versioned("php") { self = .php }
      else if versioned("lua") || n == "luajit" { self = .lua }
      else { return nil }
    }
  }
}
