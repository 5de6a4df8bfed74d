import SkillScanCore
import SkillScanLexers

/// Erasing the logs that record who logged in and what ran (MITRE ATT&CK T1070, indicator
/// removal): truncating `auth.log` or the audit trail, emptying `wtmp`/`btmp`/`lastlog`.
///
/// Disk-space clean-ups rotate and compress logs (`logrotate`, `journalctl --vacuum-size`)
/// or delete application logs by name; no honest clean-up singles out the login and audit
/// records, which are the first thing an incident responder reads. Shell history is not in
/// the list: clearing it after pasting a token is ordinary hygiene advice.
extension DestructiveCommandRule {
  /// Logs whose erasure hides activity, as path prefixes (a glob after them still names them).
  static let securityLogs = [
    "/var/log/auth.log", "/var/log/secure", "/var/log/audit", "/var/log/wtmp", "/var/log/btmp",
    "/var/log/lastlog", "/var/log/faillog", "/var/run/utmp", "/run/utmp", "/var/log/sudo.log", "/var/audit/",
    "/private/var/audit/",
  ]

  /// Words one of which a file holding such a command contains (also the rule's keywords).
  static let securityLogGate = KeywordFilter(keywords: ["/var/log/*", "auth.log", "/var/log/secure", "audit", "wtmp", "btmp", "lastlog", "faillog", "utmp", "sudo.log"])

  /// The security log `command` erases, if any: `truncate`, `rm`, `shred`, `unlink` or
  /// `cp /dev/null` naming it, `ln -sf /dev/null` over it, or any command writing it with
  /// `>` (`: > /var/log/wtmp`). Appending (`>>`) erases nothing.
  static func erasedSecurityLog(_ command: ShellCommand, _ bytes: [UInt8]) -> String? {
    for redirection in command.redirections {
      guard let target = redirection.target else { continue }
      let op = ByteText.string(redirection.op.range, in: bytes)
      guard op.hasSuffix(">"), !op.hasSuffix(">>"), !op.contains("&") else { continue }
      if let log = securityLog(ShellWord.unquotedValue(target, bytes)) { return log }
    }
    let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
    let name = nameWritten.lowercased()
    guard ["truncate", "rm", "shred", "unlink", "srm", "cp", "ln", "dd"].contains(name) else { return nil }
    let args = effective.arguments(in: bytes)
    if name == "cp" || name == "ln" {
      guard args.contains("/dev/null"), let target = args.last else { return nil }
      return securityLog(target)
    }
    if name == "dd" {
      guard let of = args.first(where: { $0.hasPrefix("of=") }) else { return nil }
      return securityLog(String(of.dropFirst(3)))
    }
    for arg in args where !arg.hasPrefix("-") {
      if let log = securityLog(arg) { return log }
    }
    return nil
  }

  /// The security log a path names, or nil: the path itself, a rotated or globbed copy
  /// (`auth.log.1`, `secure-*`), or anything under a log folder.
  static func securityLog(_ path: String) -> String? {
    // The whole log folder emptied takes the login and audit records with it.
    if ["/var/log/*", "/var/log/", "/var/log", "/var/log/**"].contains(path) { return "/var/log" }
    return securityLogs.first { log in
      if log.hasSuffix("/") { return path.hasPrefix(log) || path + "/" == log }
      guard path.hasPrefix(log) else { return false }
      let rest = path.dropFirst(log.count)
      return rest.isEmpty || [".", "-", "*", "/"].contains(where: { rest.hasPrefix($0) })
    }
  }
}
