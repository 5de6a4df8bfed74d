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

  /// ``locations`` as one automaton: a span that names none of them (nearly every script)
  /// is passed over in one read, with no string decoded.
  static let locationFilter = KeywordFilter(keywords: locations)
  private static let scheme = Array("://".utf8)

  static func find(in file: AnalyzedFile) -> [Hit] {
    var hits: [Hit] = []
    let bytes = file.bytes
    for region in file.regions
    where (region.language == .python || region.language == .javascript) && region.kind != .inlineCode && !region.tokens.isEmpty {
      let range = region.range.clamped(to: 0..<bytes.count)
      guard locationFilter.occurs(in: bytes, range: range),
        let firstScheme = ByteSearch.firstIndex(of: scheme, in: bytes, from: range.lowerBound), firstScheme < range.upperBound
      else { continue }
      var location: String?
      var payloads: [Range<Int>] = []
      for token in region.tokens where token.kind == .string && token.range.count >= 6 && token.range.count <= 1 << 16 {
        // Only strings that could hold a location or a URL are decoded.
        let mayLocate = location == nil && locationFilter.occurs(in: bytes, range: token.range)
        let mayFetch = payloads.isEmpty && ByteText.contains(token.range, "://", in: bytes)
        guard mayLocate || mayFetch else { continue }
        let value = StringLiteral.value(of: token, in: bytes, language: region.language)
        let lowered = value.lowercased()
        if mayLocate, let named = locations.first(where: { lowered.contains($0) }) { location = named }
        // A parsed download-and-run command, not a marker: detectors hold `/dev/tcp/` and
        // `base64 -d` patterns next to the words `crontab` and `LaunchAgents`.
        if mayFetch, lowered.contains("://"), EmbeddedDownloadCommandRule.hit(value) != nil {
          payloads.append(token.range)
        }
        if location != nil && !payloads.isEmpty { break }
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
