import SkillScanCore
import SkillScanLexers

/// Persistence set up from Python or JavaScript: a script that writes a download-and-run
/// command into a shell start-up file, a launchd or systemd folder, or a crontab.
///
/// The shell rules see `echo '…' >> ~/.bashrc`; the same append done with
/// `open(os.path.expanduser("~/.zshrc"), "a").write(HOOK)` is invisible to them. The shape
/// here is three facts in one code span: a string naming a start-up location, a string whose
/// text is such a payload, and a call that writes a file.
enum PersistenceInCode {
  struct Hit {
    var range: Range<Int>
    var location: String
  }

  /// Start-up locations, as they appear inside path strings (lower-cased).
  static let locations = PersistenceMechanismRule.rcFiles + [
    "launchagents", "launchdaemons", "systemd/user", "/etc/systemd", "/etc/cron", "crontab", "/var/spool/cron",
    "autostart", "start menu\\programs\\startup", "currentversion\\run", "/etc/rc.local", "/etc/init.d",
  ]

  /// Callees that write a file (suffix match on the resolved callee).
  static let writers = ["write", "write_text", "writelines", "writefile", "writefilesync", "appendfile", "appendfilesync", "write_bytes"]

  static func find(in file: AnalyzedFile) -> [Hit] {
    var hits: [Hit] = []
    let bytes = file.bytes
    for region in file.regions
    where (region.language == .python || region.language == .javascript) && region.kind != .inlineCode && !region.tokens.isEmpty {
      var location: String?
      var payloads: [Range<Int>] = []
      for token in region.tokens where token.kind == .string && token.range.count >= 6 && token.range.count <= 1 << 16 {
        let value = StringLiteral.value(of: token, in: bytes, language: region.language)
        let lowered = value.lowercased()
        if location == nil, let named = locations.first(where: { lowered.contains($0) }) { location = named }
        // A parsed download-and-run command, not a marker: detectors hold `/dev/tcp/` and
        // `base64 -d` patterns next to the words `crontab` and `LaunchAgents`.
        if lowered.contains("://"), EmbeddedDownloadCommandRule.hit(value) != nil {
          payloads.append(token.range)
        }
      }
      guard let location, let payload = payloads.first else { continue }
      let writes = file.codeCalls(region.tokens, language: region.language).contains { call in
        let callee = call.callee.lowercased()
        return writers.contains { callee == $0 || callee.hasSuffix("." + $0) }
      }
      if writes { hits.append(Hit(range: payload, location: location)) }
    }
    return hits
  }
}
