import SkillScanCore
import SkillScanLexers

/// The security protections a script switches off (taxonomy.md §5.9, "disabling security
/// tools"): Gatekeeper, SIP, SELinux, AppArmor, firewalls, Defender's monitoring, audit and
/// endpoint-protection agents.
///
/// One such command has honest uses (a lab VM, a documented troubleshooting step). A script
/// that switches off several at once has none a skill could need: it is clearing the way for
/// what runs next, which §5.9 rates High when broad. Each command is still reported on its
/// own by the rules that know it; this only names the set.
enum SecurityDisabling {
  /// Protections named by what a POSIX command does to them.
  static func protection(_ command: ShellCommand, _ bytes: [UInt8]) -> String? {
    let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
    let name = nameWritten.lowercased()
    guard commandNames.contains(name) else { return nil }
    let args = effective.arguments(in: bytes).map { $0.lowercased() }
    switch name {
    case "spctl":
      return args.contains("--master-disable") || args.contains("--global-disable") ? "Gatekeeper" : nil
    case "setenforce":
      return args.first == "0" || args.first == "permissive" ? "SELinux" : nil
    case "aa-teardown":
      return "AppArmor"
    case "csrutil":
      return args.first == "disable" ? "System Integrity Protection" : nil
    case "ufw":
      return args.first == "disable" ? "the firewall" : nil
    case "systemctl", "service":
      guard args.contains(where: { ["stop", "disable", "mask", "kill"].contains($0) }) else { return nil }
      return args.first { arg in securityServices.contains { arg.hasPrefix($0) } }
    case "launchctl":
      guard args.contains(where: { ["bootout", "unload", "remove", "disable"].contains($0) }) else { return nil }
      return args.first { arg in securityDaemons.contains { arg.contains($0) } }
    case "defaults":
      return args.contains { $0.contains("disablelibraryvalidation") } ? "library validation" : nil
    case "netsh":
      return args.contains("advfirewall") && args.contains("off") ? "the firewall" : nil
    default:
      return nil
    }
  }

  static let commandNames: Set<String> = [
    "spctl", "setenforce", "aa-teardown", "csrutil", "ufw", "systemctl", "service", "launchctl", "defaults", "netsh",
  ]
  /// Audit, antivirus and endpoint agents (service-name prefixes, lower-case).
  static let securityServices = [
    "auditd", "falcon-sensor", "falcond", "wazuh", "osqueryd", "clamav", "clamd", "sentinelone", "sentinel-agent",
    "crowdstrike", "cbagentd", "elastic-agent", "ossec", "apparmor", "firewalld", "ufw", "mdatp", "qualys",
  ]
  /// launchd labels of macOS security agents.
  static let securityDaemons = ["crowdstrike", "falcon", "sentinel", "xprotect", "jamf.protect", "mdatp", "com.apple.security"]

  /// Defender and firewall switches in PowerShell, read on the script's text with split
  /// quoted pieces joined (``BrowserStoreUpload/joinedPieces(_:)``).
  static let powerShellSwitches: [(marker: String, protection: String)] = [
    ("-disablerealtimemonitoring $true", "Defender real-time monitoring"),
    ("-disablebehaviormonitoring $true", "Defender behaviour monitoring"),
    ("-disableioavprotection $true", "Defender download scanning"),
    ("disableantispyware", "Defender"),
    ("-exclusionpath $env:userprofile", "Defender on the user profile"),
    ("set-netfirewallprofile", "the firewall"),
    ("advfirewall set allprofiles state off", "the firewall"),
  ]

  /// The protections switched off in one span of shell commands, with where the first is.
  static func inShell(_ commands: [ShellCommand], _ bytes: [UInt8]) -> (first: Range<Int>, names: [String])? {
    var names: [String] = []
    var first: Range<Int>?
    for command in commands {
      guard let name = protection(command, bytes), !names.contains(name) else { continue }
      names.append(name)
      first = first ?? command.range
    }
    guard let first else { return nil }
    return (first, names)
  }

  /// The protections a PowerShell text switches off, and the offset of the first marker.
  static func inPowerShell(_ bytes: [UInt8], _ range: Range<Int>) -> (first: Int, names: [String])? {
    let r = range.clamped(to: 0..<bytes.count)
    let joined = BrowserStoreUpload.joinedPieces(Array(bytes[r]))
    let lowered = bytes[r].map(KeywordFilter.fold)
    var names: [String] = []
    var first: Int?
    for (marker, protection) in powerShellSwitches {
      let needle = Array(marker.utf8)
      guard let joinedAt = ByteSearch.firstIndex(of: needle, in: joined) else { continue }
      if !names.contains(protection) { names.append(protection) }
      // Where it is written whole, report it there; a split marker at its joined offset,
      // which is never past where it starts in the original.
      let at = ByteSearch.firstIndex(of: needle, in: lowered) ?? joinedAt
      first = min(first ?? at, at)
    }
    guard let first else { return nil }
    return (r.lowerBound + min(first, r.count - 1), names)
  }

  /// Whether a file can hold any switch at all (one automaton pass; `service` and
  /// `defaults` are common words and are only read once another switch is there).
  static let gate = KeywordFilter(keywords: [
    "spctl", "setenforce", "aa-teardown", "csrutil", "ufw", "systemctl", "launchctl", "netsh", "disablelibraryvalidation",
    "disablerealtimemonitoring", "disablebehaviormonitoring", "disableioavprotection", "disableantispyware",
    "exclusionpath", "set-netfirewallprofile", "advfirewall",
  ])

  /// Protections that make a script's switching-off broad.
  static let broadCount = 2
}
