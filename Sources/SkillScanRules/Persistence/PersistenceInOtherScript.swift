import SkillScanCore

/// Start-up entries installed by scripts in languages SkillScan does not lex (Ruby, Go, Perl,
/// PHP, Lua …), read as lines: a crontab fed from the script (`IO.popen(%w[crontab -], 'w')`,
/// `exec.Command("crontab", "-")`, `` `crontab #{file}` ``), a launchd job loaded, a systemd
/// unit enabled, a Windows task created.
///
/// Alone that is a medium finding: schedulers are a legitimate job. The chain is a script that
/// also writes a file from what it downloads (`File.write(helper, fetch(renderer))`): the
/// scheduled entry then runs code the script's server chooses, every run, after the skill
/// is gone.
enum PersistenceInOtherScript {
  struct Hit {
    var range: Range<Int>
    var message: String
    var runsDownload: Bool
  }

  static let installers: [(needle: String, message: String)] = [
    ("crontab -", "installs a crontab"), ("\"crontab\", \"-\"", "installs a crontab"), ("crontab\", \"-", "installs a crontab"),
    ("'crontab', '-'", "installs a crontab"), ("@reboot", "adds an @reboot cron entry"),
    ("w[crontab -]", "installs a crontab"), ("| crontab", "installs a crontab"), ("|crontab", "installs a crontab"),
    ("launchctl load", "loads a launchd job"), ("launchctl bootstrap", "loads a launchd job"),
    ("systemctl --user enable", "enables a systemd service"), ("systemctl enable", "enables a systemd service"),
    ("schtasks /create", "creates a Windows scheduled task"),
  ]
  static let installerFilter = KeywordFilter(keywords: installers.map(\.needle))
  /// A write on one line of content fetched on the same line.
  static let writeCalls = KeywordFilter(keywords: [
    "file.write(", "writefile(", "write_file(", "file_put_contents(", "fs::write(", "io.write(", ":write(", ".write(", "spurt",
  ])
  static let fetchWords = KeywordFilter(keywords: [
    "fetch(", "download(", "http.get(", "net::http.get", "uri.open(", "open-uri", "urlopen(", "file_get_contents(\"http",
    "file_get_contents('http", "lwp::simple::get", "get(\"http", "get('http", "reqwest::", "curl_exec(",
  ])

  static func find(in file: AnalyzedFile) -> [Hit] {
    guard file.source.kind == .script, file.source.language == .text else { return [] }
    let bytes = file.bytes
    var hits: [Hit] = []
    var examinedUntil = -1
    installerFilter.forEachPosition(in: bytes) { keyword, end in
      guard end > examinedUntil else { return true }
      // `crontab -l` lists and `crontab -e` edits: only `crontab -` on its own reads stdin.
      if installers[keyword].needle.hasSuffix("-"), end < bytes.count, OtherScriptText.isWordByte(bytes[end]) { return true }
      let line = OtherScriptText.line(end - 1, bytes)
      examinedUntil = line.upperBound
      guard !OtherScriptText.isCommentLine(line, bytes) else { return true }
      hits.append(Hit(range: line, message: installers[keyword].message, runsDownload: false))
      return hits.count < 8
    }
    guard !hits.isEmpty else { return [] }
    let downloads = writesDownload(bytes) || holdsFetchToShell(bytes)
    return hits.map { Hit(range: $0.range, message: $0.message, runsDownload: downloads) }
  }

  static let shellPipes = KeywordFilter(keywords: ["| sh", "|sh", "| bash", "|bash", "| zsh"])
  static let fetchCommands = KeywordFilter(keywords: ["curl ", "wget ", "fetch "])

  /// Whether a line of the script holds a download piped into a shell (`'@reboot …; curl -fsSL
  /// http://… | sh'`): the entry it installs runs whatever that server sends.
  static func holdsFetchToShell(_ bytes: [UInt8]) -> Bool {
    var found = false
    var examinedUntil = -1
    var checked = 0
    shellPipes.forEachPosition(in: bytes) { _, end in
      guard end > examinedUntil else { return true }
      let line = OtherScriptText.line(end - 1, bytes)
      examinedUntil = line.upperBound
      checked += 1
      if !OtherScriptText.isCommentLine(line, bytes), fetchCommands.occurs(in: bytes, range: line) {
        found = true
        return false
      }
      return checked < 256
    }
    return found
  }

  /// Whether some line of the script writes a file with content it fetches on that line.
  static func writesDownload(_ bytes: [UInt8]) -> Bool {
    var found = false
    var examinedUntil = -1
    var checked = 0
    writeCalls.forEachPosition(in: bytes) { _, end in
      guard end > examinedUntil else { return true }
      let line = OtherScriptText.line(end - 1, bytes)
      examinedUntil = line.upperBound
      checked += 1
      if !OtherScriptText.isCommentLine(line, bytes), fetchWords.occurs(in: bytes, range: line) {
        found = true
        return false
      }
      return checked < 256
    }
    return found
  }
}
