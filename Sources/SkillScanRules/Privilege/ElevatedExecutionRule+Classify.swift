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
      guard let target = redirection.target else { continue }
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
