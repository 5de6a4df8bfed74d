import SkillScanCore
import SkillScanLexers

/// Flags code that installs something to run later: cron entries, systemd units, launchd
/// agents, shell start-up file appends, Windows scheduled tasks and Run keys, and login keys
/// added to `authorized_keys`.
///
/// Persistence outlives the skill's activation. A persisted command that downloads, decodes
/// or connects out is a complete persistence chain; PATH exports and tool `init` lines in
/// shell start-up files are routine setup and reported as low.
struct PersistenceMechanismRule: Rule {
  static let description = RuleDescription(
    id: "persistence-mechanism",
    name: "Persistence mechanism",
    pattern: .persistence,
    severity: .medium,
    confidence: .high,
    languages: [.shell, .powershell, .markdown, .python, .javascript, .text],
    summary: "Code installs a cron job, service, launch agent, start-up line or scheduled task.",
    rationale: """
      Cron, systemd, launchd, shell rc files and scheduled tasks run their payload on every \
      boot, login or shell long after the skill finished; combined with a download or a \
      network connection they keep an attacker's foothold on the user's machine.
      """,
    remediation: "Do not install background jobs from a skill; if the user wants one, show the exact entry and let them add it.",
    references: [.owaspLLM(6), .owaspASI(5), .owaspASI(10), .atlas("AML.T0050"), .cwe(506), .taxonomy("5.4")],
    keywords: ["crontab", "@reboot", "/etc/cron", "systemctl", "systemd", "launchctl", "launchagents", "launchdaemons",
      ".bashrc", ".zshrc", ".profile", ".bash_profile", ".zprofile", "schtasks", "currentversion\\run",
      "register-scheduledtask", "new-scheduledtask", "authorized_keys", ".zshenv", "config.fish", ".bash_login", "/etc/init.d", "/etc/rc.local", "/var/spool/cron",
      "autostart", "sitecustomize", "usercustomize", "site-packages", "dist-packages"],
    triggeringExamples: PersistenceMechanismRule.triggering,
    nonTriggeringExamples: PersistenceMechanismRule.nonTriggering
  )

  static let rcFiles = [".bashrc", ".zshrc", ".profile", ".bash_profile", ".zprofile", ".zshenv", "config.fish", ".bash_login"]
  static let unitDirs = [".config/systemd/user", "/etc/systemd/system", "/lib/systemd/system", "Library/LaunchAgents",
    "/Library/LaunchDaemons", "/etc/cron", "/var/spool/cron", "/etc/init.d", "/etc/rc.local"]
  /// What makes a persisted command a payload: download-and-run, decoding, a socket shell
  /// or a data send. A plain health-check ping is not one.
  static let payloadMarkers = ["| sh", "|sh", "| bash", "|bash", "bash -c", "sh -c", "base64", "/dev/tcp", "nc -e",
    "ncat", "python -c", "python3 -c", "iex", "downloadstring", "$(curl", "$(wget", "`curl", " -d ", "--data",
    " -f ", "--upload-file", "--post-file"]

  /// Whether a persisted here-document body (lower-cased) carries a payload: a socket shell,
  /// a decoder, or `curl`/`wget` that sends data or pipes what it fetches into an interpreter.
  static func heredocPayload(_ body: String) -> Bool {
    if ["/dev/tcp", "nc -e", "ncat -e", "base64 -d", "base64 --decode", "downloadstring"].contains(where: { ByteSearch.contains(body, $0) }) {
      return true
    }
    guard ByteSearch.contains(body, "curl ") || ByteSearch.contains(body, "wget ") else { return false }
    return [" -d ", " -d@", "--data", " -f ", "--form", "--upload-file", "--post-data", "--post-file", " -t "].contains { ByteSearch.contains(body, $0) }
      || pipesIntoInterpreter(Array(body.utf8))
  }

  /// Interpreters that run a script read from standard input.
  static let stdinInterpreters: Set<String> = [
    "sh", "bash", "zsh", "dash", "ksh", "fish", "python", "python3", "perl", "ruby", "node", "php",
  ]

  /// Whether `text` (lower-cased) pipes into an interpreter however it is named: `| sh`,
  /// `|/bin/sh`, `| /usr/bin/env bash`, `| sudo bash -s`. The literal markers above only knew
  /// the bare names, and a cron entry running `curl … | /bin/sh` passed as a plain job.
  static func pipesIntoInterpreter(_ text: [UInt8]) -> Bool {
    var i = 0
    while let bar = text[i...].firstIndex(of: UInt8(ascii: "|")) {
      i = bar + 1
      // `||` is an or-list, not a pipe.
      if i < text.count, text[i] == UInt8(ascii: "|") {
        i += 1
        continue
      }
      if bar > 0, text[bar - 1] == UInt8(ascii: "|") { continue }
      var k = i
      var words = 0
      var launched = false
      while k < text.count, words < 6 {
        while k < text.count, text[k] == 0x20 || text[k] == 0x09 { k += 1 }
        let start = k
        while k < text.count, !(text[k] == 0x20 || text[k] == 0x09 || text[k] == 0x0A || text[k] == UInt8(ascii: ";")
          || text[k] == UInt8(ascii: "|") || text[k] == UInt8(ascii: "&") || text[k] == UInt8(ascii: ")")
          || text[k] == UInt8(ascii: "\"") || text[k] == UInt8(ascii: "'")) { k += 1 }
        guard k > start else { break }
        let word = text[start..<k]
        let base = word.lastIndex(of: UInt8(ascii: "/")).map { word[($0 + 1)...] } ?? word
        let name = String(decoding: base, as: UTF8.self)
        if Self.stdinInterpreters.contains(name) { return true }
        words += 1
        // A launcher in front of the interpreter (`sudo`, `env`, `exec`, `nohup`), and the
        // launcher's options (`sudo -E`).
        if launched && name.hasPrefix("-") { continue }
        guard ["sudo", "env", "exec", "nohup", "command"].contains(name) else { break }
        launched = true
      }
    }
    return false
  }

  /// The start of an OpenSSH public key line (lower-cased): type and the base64 body's
  /// fixed opening.
  static let publicKeyMarkers = ["ssh-rsa aaaa", "ssh-ed25519 aaaa", "ecdsa-sha2-nistp", "ssh-dss aaaa", "sk-ssh-ed25519@openssh.com aaaa"]

  /// Bytes of a persisted here-document read for payload markers.
  static let heredocLimit = 65_536

  /// Bytes of a pipeline's line read on either side of it for payload markers.
  static let lineMargin = 4_096

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    for hit in PersistenceInCode.find(in: file) {
      sink.report(
        "code writes a command that fetches or opens a shell into a start-up location (\(hit.location))",
        in: file, at: hit.range, severity: .high, chain: .persistence)
    }
    for range in PlantedKeyInCode.find(in: file) + PlantedKeyInCode.findShellIndirect(in: file) {
      sink.report(
        "code appends a public key it carries (written out or decoded) to authorized_keys: remote login for the key's owner",
        in: file, at: range, severity: .high, chain: .persistence)
    }
    for hit in PlantedKeyInstructions.find(in: file) {
      let polarity = ProsePolarity.classify(file, at: hit.range)
      // A security skill's quoted example is capped by the verdict policy where a label marks
      // it as one; an instruction that appends the key (a "break-glass" key in a hardening
      // guide) is the backdoor it describes.
      let chain = polarity == .affirmative && (!SecurityPurpose.isSecurityTool(skill) || Self.appendsKey(around: hit.range, in: file))
      sink.report(
        "instructions add this fixed public key to authorized_keys (remote login for the key's owner)", in: file,
        at: hit.range, severity: chain ? .high : .medium, confidence: .high, polarity: polarity, chain: chain ? .persistence : nil)
    }
    for hit in PersistenceInOtherScript.find(in: file) {
      let chain = hit.runsDownload && !SecurityPurpose.isSecurityTool(skill)
      sink.report(
        hit.message + (hit.runsDownload ? ", and the script fetches code to run (a download piped to a shell, or a file written from one)" : "") + " (script in a language without a lexer)",
        in: file, at: hit.range, severity: chain ? .high : .medium, confidence: .high, chain: chain ? .persistence : nil)
    }
    for hit in PersistenceInPowerShell.find(in: file) {
      let chain = hit.payload && !SecurityPurpose.isSecurityTool(skill)
      sink.report(
        hit.message + (hit.payload ? " that starts a hidden or downloading PowerShell" : ""), in: file, at: hit.range,
        severity: chain ? .high : .medium, confidence: .high, chain: chain ? .persistence : nil)
    }
    for span in BehaviorShellSpans.spans(of: file) {
      var assigned: [String: String]?
      for pipeline in span.pipelines {
        guard let what = Self.mechanism(pipeline, bytes) else { continue }
        let line = ResourceAbuseRule.line(around: pipeline.range.lowerBound, bytes, file.source.lines)
        // The pipeline's line, at most `lineMargin` bytes either side of it: a one-line
        // script would otherwise be copied whole for every mechanism on it.
        let lo = max(span.region.range.lowerBound, line.0, pipeline.range.lowerBound - Self.lineMargin)
        let hi = min(span.region.range.upperBound, max(line.1, pipeline.range.upperBound), pipeline.range.upperBound + Self.lineMargin)
        let text = ByteText.string(lo..<max(lo, hi), in: bytes)
        var lowered = text.lowercased()
        // `echo "$job" | crontab -`: what is persisted is the variable's value, written on an
        // earlier line (`job="*/20 * * * * /bin/sh -c \"$($fetch $url)\""`).
        if ByteSearch.contains(lowered, "$") {
          if assigned == nil { assigned = Self.assignments(in: span.pipelines, bytes) }
          lowered += Self.referencedValues(in: lowered, assigned ?? [:])
        }
        // `job="$(rev <<<'hs | txen/… lruc * * * * 02/*')"`: a reversed literal is read forwards.
        if ByteSearch.contains(lowered, "rev") { lowered += Self.reversedLiterals(in: lowered) }
        // `cat >> ~/.zshrc <<'RC' … RC`: what is persisted is the here-document's body, below
        // the line. A whole unit or rc block holds `bash -c` and option flags routinely, so the
        // body counts only for a network command that sends or runs what it fetches, or a
        // socket shell or decoder.
        var heredocPayload = false
        for command in pipeline.commands {
          for redirection in command.redirections {
            guard !heredocPayload, let body = redirection.heredocBody?.range.clamped(to: 0..<bytes.count), !body.isEmpty else { continue }
            let persisted = ByteText.string(body.lowerBound..<min(body.upperBound, body.lowerBound + Self.heredocLimit), in: bytes).lowercased()
            heredocPayload = Self.heredocPayload(persisted)
          }
        }
        // A public key written out in the skill is a standing remote login for whoever holds
        // its private half: a backdoor on its own, whatever else the line does. Copying the
        // user's own `.pub` file in is routine setup.
        let plantedKey = what.message.hasPrefix("adds a login key")
          && Self.publicKeyMarkers.contains { ByteSearch.contains(lowered, $0) }
        // A download saved as a start-up hook is itself the fetched code that will run.
        let downloadedHook = what.message.hasPrefix("downloads a Python start-up hook")
        let payload = plantedKey || downloadedHook || heredocPayload || Self.payloadMarkers.contains { ByteSearch.contains(lowered, $0) }
          || Self.pipesIntoInterpreter(Array(lowered.utf8))
        let routine = what.rc && ["export ", "alias ", " init ", "path="].contains { ByteSearch.contains(lowered, $0) }
        let polarity = BehaviorShellSpans.polarity(span, file, pipeline.range)
        let chain = payload && !routine && polarity == .affirmative && !(SecurityPurpose.isSecurityTool(skill) && file.source.language == .markdown)
        let detail = plantedKey ? " written into the skill (remote login for the key's owner)"
          : downloadedHook ? "" : " with a network or decode payload"
        sink.report(
          what.message + (payload && !routine ? detail : ""), in: file, at: pipeline.range,
          severity: chain ? .high : (routine ? .low : .medium),
          confidence: span.kind == .inline ? .medium : .high, polarity: polarity, chain: chain ? .persistence : nil)
      }
    }
  }

  /// The single- or double-quoted literals fed to `rev` (`rev <<<'…'`, `echo '…' | rev`),
  /// reversed, each after a space; at most 4 KiB each.
  static func reversedLiterals(in text: String) -> String {
    let b = Array(text.utf8)
    var out: [UInt8] = []
    func literal(from open: Int) -> Range<Int>? {
      guard open < b.count, b[open] == 0x27 || b[open] == 0x22 else { return nil }
      var j = open + 1
      while j < b.count, b[j] != b[open], j - open < 4_096 { j += 1 }
      return j < b.count && b[j] == b[open] ? (open + 1)..<j : nil
    }
    for needle in ["rev <<<", "rev<<<"] {
      var from = 0
      while let at = ByteSearch.firstIndex(of: Array(needle.utf8), in: b, from: from) {
        var k = at + needle.utf8.count
        while k < b.count, b[k] == 0x20 { k += 1 }
        if let r = literal(from: k) {
          out.append(0x20)
          out.append(contentsOf: b[r].reversed())
        }
        from = at + 1
      }
    }
    var from = 0
    while let at = ByteSearch.firstIndex(of: Array("| rev".utf8), in: b, from: from) {
      // The literal just before the pipe: `echo '…' | rev`.
      var k = at - 1
      while k >= 0, b[k] == 0x20 { k -= 1 }
      if k > 0, b[k] == 0x27 || b[k] == 0x22, let open = b[..<k].lastIndex(of: b[k]), k - open < 4_096 {
        out.append(0x20)
        out.append(contentsOf: b[(open + 1)..<k].reversed())
      }
      from = at + 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether the prose before a planted key (its paragraph, up to 600 bytes) has the agent
  /// append or add it: "It is appended to … `~/.ssh/authorized_keys`", "add this key to".
  static func appendsKey(around range: Range<Int>, in file: AnalyzedFile) -> Bool {
    let lead = max(0, range.lowerBound - 600)..<range.lowerBound
    return keyAppendVerbs.containsMatch(in: TextNormalizer.normalize(file.bytes, range: lead).bytes)
  }
  static let keyAppendVerbs = PhraseMatcher([
    "is appended to", "are appended to", "append it to", "append this key", "append the key", "add this key", "add the key",
    "is added to", "added to", "provisions", "install this key", "install the key",
  ])

  /// Plain `NAME=value` assignments of a span (raw value text, lower-cased, at most
  /// ``valueLimit`` bytes each; the last assignment of a name wins).
  static func assignments(in pipelines: [ShellPipeline], _ bytes: [UInt8]) -> [String: String] {
    var out: [String: String] = [:]
    for pipeline in pipelines {
      for command in pipeline.commands where command.words.isEmpty {
        for token in command.assignments {
          let r = token.range.clamped(to: 0..<bytes.count)
          guard let eq = bytes[r].firstIndex(of: 0x3D) else { continue }
          let name = ByteText.string(r.lowerBound..<eq, in: bytes).lowercased()
          out[name] = ByteText.string((eq + 1)..<min(r.upperBound, eq + 1 + valueLimit), in: bytes).lowercased()
        }
      }
    }
    return out
  }

  static let valueLimit = 4_096
  /// Variable references of one line whose values are read.
  static let maxReferences = 16

  /// The values (joined by newlines) of the `$NAME` / `${NAME}` references in `text`.
  static func referencedValues(in text: String, _ assigned: [String: String]) -> String {
    guard !assigned.isEmpty else { return "" }
    let utf8 = Array(text.utf8)
    var out = ""
    var seen = Set<String>()
    var i = 0
    while i < utf8.count, seen.count < maxReferences {
      guard utf8[i] == 0x24 else {
        i += 1
        continue
      }
      var j = i + 1
      if j < utf8.count, utf8[j] == 0x7B { j += 1 }
      let start = j
      while j < utf8.count, (utf8[j] >= 0x61 && utf8[j] <= 0x7A) || (utf8[j] >= 0x30 && utf8[j] <= 0x39) || utf8[j] == 0x5F { j += 1 }
      if j > start {
        let name = String(decoding: utf8[start..<j], as: UTF8.self)
        if seen.insert(name).inserted, let value = assigned[name] { out += "\n" + value }
      }
      i = max(j, i + 1)
    }
    return out
  }

  /// Commands whose arguments ``mechanism(_:_:)`` reads.
  static let argumentReaders: Set<String> = loweredArgumentReaders.union([
    "crontab", "tee", "cp", "mv", "install", "ln",
  ])
  /// Commands that only search text: their arguments name what they look for.
  static let searchers: Set<String> = ["grep", "egrep", "fgrep", "zgrep", "rg", "ag", "ack"]

  /// Commands whose arguments it compares case-insensitively.
  static let loweredArgumentReaders: Set<String> = [
    "systemctl", "launchctl", "schtasks", "reg", "set-itemproperty", "new-itemproperty",
  ]

  /// The mechanism a pipeline installs, if any.
  static func mechanism(_ pipeline: ShellPipeline, _ bytes: [UInt8]) -> (message: String, rc: Bool)? {
    for command in pipeline.commands {
      let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
      let name = nameWritten.lowercased()
      // Arguments are decoded only where a check reads them: commands named below, and any
      // command whose bytes could spell `@reboot` (an `@`, or a backslash escape that
      // unquoting turns into one). Decoding every command's arguments dominated the rule.
      let raw = bytes[command.range.clamped(to: 0..<bytes.count)]
      let needsArgs = Self.argumentReaders.contains(name) || raw.contains(0x40) || raw.contains(0x5C)
        || ((name == "curl" || name == "wget") && Self.hookNames.occurs(in: bytes, range: command.range))
      let args = needsArgs ? effective.arguments(in: bytes) : []
      let lowerArgs = Self.loweredArgumentReaders.contains(name) ? args.map { $0.lowercased() } : []
      if name == "crontab", args.contains("-") || (args.first.map { !$0.hasPrefix("-") } ?? false) {
        return ("installs a crontab", false)
      }
      // A search for `@reboot` (a triage script grepping crontabs) reads entries; it adds none.
      if !Self.searchers.contains(name), args.contains(where: { ByteSearch.contains($0, "@reboot") }) {
        return ("adds an @reboot cron entry", false)
      }
      if name == "systemctl", lowerArgs.contains("enable") || lowerArgs.contains("--now") {
        return ("enables a systemd service", false)
      }
      if name == "launchctl", lowerArgs.contains(where: { ["load", "bootstrap", "enable", "submit"].contains($0) }) {
        return ("loads a launchd job", false)
      }
      if name == "schtasks", lowerArgs.contains("/create") { return ("creates a Windows scheduled task", false) }
      if name == "register-scheduledtask" || name == "new-scheduledtask" { return ("registers a Windows scheduled task", false) }
      if name == "reg" || name == "set-itemproperty" || name == "new-itemproperty",
        lowerArgs.contains(where: { ByteSearch.contains($0, "currentversion\\run") || Self.namesRunKey(variable: $0, in: bytes) })
      {
        return ("adds a Windows Run key", false)
      }
      var targets = command.redirections.compactMap { r -> String? in
        guard bytes[r.op.range.clamped(to: 0..<bytes.count)].contains(0x3E), let t = r.target else { return nil }
        return ShellWord.unquotedValue(t, bytes)
      }
      if name == "tee" || name == "cp" || name == "mv" || name == "install" || name == "ln" {
        targets += args.filter { !$0.hasPrefix("-") }.suffix(1)
      }
      // `curl -fsSL "$URL" -o "$(SITE)/sitecustomize.py"`: a download saved as a Python
      // start-up hook is remote code run by every later interpreter.
      if name == "curl" || name == "wget", let output = Self.downloadOutput(args, wget: name == "wget"),
        let hook = Self.pythonStartupHook(output)
      {
        return ("downloads a Python start-up hook (\(hook)) that every later Python process runs", false)
      }
      for t in targets {
        if let hook = Self.pythonStartupHook(t) { return ("writes a Python start-up hook (\(hook)) that every later Python process runs", false) }
        if rcFiles.contains(where: { t.hasSuffix($0) }) { return ("appends to shell start-up file \(t)", true) }
        if t.hasSuffix("authorized_keys") || t.hasSuffix("authorized_keys2") { return ("adds a login key to \(t)", false) }
        if unitDirs.contains(where: { ByteSearch.contains(t, $0) }) { return ("writes a job into \(t)", false) }
      }
    }
    return nil
  }

  /// Names a Python start-up hook's path holds; a download's arguments are decoded only when
  /// its bytes hold one.
  static let hookNames = KeywordFilter(keywords: ["customize.py", ".pth"])

  /// The file name of a Python start-up hook that `path` writes: `sitecustomize.py` or
  /// `usercustomize.py` anywhere (the interpreter imports them from its path at every
  /// start), or a `.pth` file in a `site-packages`/`dist-packages` folder (its `import`
  /// lines run at every start). A `model.pth` of weights elsewhere is data.
  static func pythonStartupHook(_ path: String) -> String? {
    let lowered = path.lowercased()
    let name = lowered.split(separator: "/").last.map(String.init) ?? lowered
    if name == "sitecustomize.py" || name == "usercustomize.py" { return name }
    if name.hasSuffix(".pth"), ByteSearch.contains(lowered, "site-packages") || ByteSearch.contains(lowered, "dist-packages") {
      return name
    }
    return nil
  }

  /// Where `curl -o FILE` / `--output FILE` or `wget -O FILE` saves what it fetches.
  static func downloadOutput(_ args: [String], wget: Bool) -> String? {
    let flags: Set<String> = wget ? ["-O", "--output-document"] : ["-o", "--output"]
    for (i, arg) in args.enumerated() {
      if flags.contains(arg), i + 1 < args.count { return args[i + 1] }
      for flag in flags where flag.hasPrefix("--") && arg.hasPrefix(flag + "=") { return String(arg.dropFirst(flag.count + 1)) }
    }
    return nil
  }

  /// Whether `variable` (`$runkey`, lower case) is assigned a Run key path somewhere in
  /// `bytes`: `$runKey = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Run"` and then
  /// `Set-ItemProperty -Path $runKey …`. Reads at most 32 assignments, each to its line's end.
  static func namesRunKey(variable: String, in bytes: [UInt8]) -> Bool {
    guard variable.hasPrefix("$"), variable.utf8.count >= 3, variable.utf8.count <= 64 else { return false }
    let name = Array(variable.utf8)
    var from = 0
    var seen = 0
    while seen < 32, let at = ByteSearch.firstIndexIgnoringCase(of: name, in: bytes, from: from) {
      seen += 1
      from = at + name.count
      var i = from
      while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      guard i < bytes.count, bytes[i] == 0x3D, i + 1 < bytes.count, bytes[i + 1] != 0x3D else { continue }
      var end = i
      while end < bytes.count, bytes[end] != 0x0A, end - i < 400 { end += 1 }
      if ByteText.contains(i..<end, "currentversion\\run", in: bytes, ignoringCase: true) { return true }
    }
    return false
  }
}
