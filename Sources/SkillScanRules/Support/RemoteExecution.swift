import SkillScanCore
public import SkillScanLexers

/// Recognises shell and PowerShell that downloads code and executes it in the same step
/// (taxonomy.md SC2), over ``ShellStructure`` pipelines.
///
/// Shared by rules that care about remote execution in different places (scripts, fences,
/// `!` directives, install specs).
public enum RemoteExecution {
  /// One download-and-execute construct.
  public struct Hit: Sendable, Hashable {
    /// Bytes from the downloader (or the executing command) to the end of the construct.
    public var range: Range<Int>
    /// What happens, for the finding message.
    public var message: String
    /// The URL fetched, when it is written literally.
    public var url: String?
    /// The downloaded file's checksum or signature was checked before it ran.
    public var verified = false
    /// The downloaded file that runs, for a download followed by its execution.
    var target: String?
  }

  /// Programs that fetch a URL.
  public static let downloaders: Set<String> = [
    "curl", "wget", "aria2c", "iwr", "irm", "invoke-webrequest", "invoke-restmethod",
    "curl.exe", "wget.exe",
  ]

  /// Commands that execute what they read, besides interpreters.
  static let executors: Set<String> = ["source", ".", "eval", "iex", "invoke-expression", "exec"]

  /// Download-and-execute constructs among `pipelines` (from one span, in source order).
  /// - Parameters:
  ///   - pipelines: pipelines of one span, in source order.
  ///   - bytes: the host file's bytes.
  ///   - prose: the span is prose read as shell; then only real interpreters and `source`
  ///     count as executors (a sentence's "." is not the `.` builtin).
  ///   - powerShell: the span is PowerShell (read with the POSIX parser), where a bare
  ///     `$path` is an expression, not a command.
  public static func find(in pipelines: [ShellPipeline], bytes: [UInt8], prose: Bool = false, powerShell: Bool = false, depth: Int = 0) -> [Hit] {
    var hits: [Hit] = []
    // `bash -c 'curl … | bash'`, `eval "…"`, a launchd job's `/bin/zsh -c "…"`: the string is
    // a script of its own, read again (bounded depth and size), reported at the command.
    if depth < ShellStructure.maxNestedScriptDepth {
      for pipeline in pipelines {
        for command in pipeline.commands
        where command.interpreter(in: bytes) == .shell || command.effectiveName(in: bytes) == "eval" {
          guard let script = ShellStructure.nestedScript(of: command, in: bytes), script.utf8.count <= 1 << 16 else { continue }
          let inner = Array(script.utf8)
          for hit in find(in: ShellStructure.pipelines(in: inner), bytes: inner, prose: prose, depth: depth + 1) {
            hits.append(Hit(range: command.range, message: hit.message + " (in a nested script)", url: hit.url))
          }
        }
      }
    }
    var downloadedFiles: [String: String?] = [:]
    var verifiedFiles: Set<String> = []
    var fetchVariables: Set<String>?
    for pipeline in pipelines {
      let names = pipeline.commands.map { $0.effectiveName(in: bytes).lowercased() }
      let named = names.firstIndex(where: downloaders.contains)
      var hidden = named == nil ? hiddenDownloader(in: pipeline, bytes) : nil
      var assignedDownloader = false
      // `FETCH="wget -qO-"` … `${FETCH} "$src" | sh`: the stage's name is a variable the
      // span assigns a downloader to, so the address need not be written beside it.
      if named == nil, hidden == nil, pipeline.commands.count > 1 {
        hidden = pipeline.commands.indices.first { index in
          guard let variable = commandVariable(pipeline.commands[index], bytes) else { return false }
          if fetchVariables == nil { fetchVariables = downloaderVariables(in: pipelines, bytes) }
          return fetchVariables?.contains(variable) == true
        }
        assignedDownloader = hidden != nil
      }
      guard let d = named ?? hidden else {
        if !downloadedFiles.isEmpty {
          markVerified(pipeline, names, downloadedFiles, bytes, &verifiedFiles)
          Self.followMoves(pipeline, names, &downloadedFiles, &verifiedFiles, bytes)
        }
        if var hit = executesDownloaded(pipeline, names, downloadedFiles, bytes, powerShell: powerShell) {
          hit.verified = hit.target.map(verifiedFiles.contains) ?? false
          hits.append(hit)
        }
        continue
      }
      let downloader = pipeline.commands[d]
      // A bare `curl` or `wget`, with no argument at all, fetches nothing: `curl|wget|bash`
      // in a list of risky commands is notation for "curl, wget or bash".
      // Nor does one whose only arguments are an ellipsis: `curl … | sh` in "lines that
      // download and run things (`curl … | sh`)" names the pattern, with no address to fetch.
      // `curl … | sh`, `wget -O- ... | bash`: an ellipsis where the address goes (options
      // aside) names a shape, fetching nothing.
      if hidden == nil {
        let operands = downloader.effectiveCommand(in: bytes).words.dropFirst().lazy.filter { $0.range.isEmpty || bytes[$0.range.lowerBound] != 0x2D }
        if operands.allSatisfy({ isElision($0, bytes) }) { continue }
      }
      let url = firstURL(downloader, bytes)
      if let e = names.indices.first(where: {
        $0 > d && isExecutor(pipeline.commands[$0], names[$0], bytes, prose: prose)
          && runsStdin(pipeline.commands[$0], bytes)
      }) {
        let end = pipeline.commands[e].range.upperBound
        let source =
          hidden == nil
          ? "'\(names[d])'"
          : "a command named at run time, " + (assignedDownloader ? "a variable set to a downloader" : "with a URL")
            + " (\(DeobfText.preview(Array(bytes[downloader.effectiveCommand(in: bytes).words.first?.range ?? 0..<0]), max: 40)))"
        hits.append(Hit(
          range: downloader.range.lowerBound..<end,
          message: "output of \(source) is piped into '\(names[e])' and executed", url: url))
        continue
      }
      // A hidden name only counts when its output is run directly.
      if hidden != nil { continue }
      if pipeline.isSubstitution, let parent = parentCommand(of: pipeline, in: pipelines) {
        let parentName = parent.effectiveName(in: bytes).lowercased()
        if isExecutor(parent, parentName, bytes, prose: prose) {
          let how = pipeline.substitution == .processInput ? "process substitution" : "command substitution"
          hits.append(Hit(
            range: parent.range.lowerBound..<max(parent.range.upperBound, pipeline.range.upperBound),
            message: "'\(parentName)' executes the output of '\(names[d])' via \(how)", url: url))
          continue
        }
      }
      for file in outputFiles(downloader, names[d], url, bytes) { downloadedFiles[file] = url }
    }
    if depth == 0 { hits += variableHits(in: pipelines, bytes: bytes, prose: prose) }
    return hits
  }

  /// Whether a word is only an ellipsis (`…`, `...`, `[...]`): a placeholder, not an argument.
  static func isElision(_ word: Token, _ bytes: [UInt8]) -> Bool {
    var i = word.range.lowerBound
    var dots = 0
    while i < word.range.upperBound {
      let b = bytes[i]
      if b == 0x2E {
        dots += 1
        i += 1
      } else if b == 0xE2, i + 2 < word.range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {
        dots += 3
        i += 3
      } else if b == 0x5B || b == 0x5D || b == 0x28 || b == 0x29 {
        i += 1
      } else {
        return false
      }
    }
    return dots >= 3
  }

  /// A stage whose command name is only known at run time (`$c …`, `"$DL" …`, `$SUDO curl …`,
  /// `$(which curl) …`, `curl${IFS}-fsSL${IFS}https://…`) and whose words carry a URL. The shell runs whatever
  /// the expansion names, so such a stage feeding a shell downloads and runs code whatever the
  /// name turns out to be; spelling the downloader through a variable or `$IFS` is how a
  /// one-liner hides it from name lists.
  static func hiddenDownloader(in pipeline: ShellPipeline, _ bytes: [UInt8]) -> Int? {
    pipeline.commands.indices.first { index in
      let command = pipeline.commands[index].effectiveCommand(in: bytes)
      guard let name = command.words.first, ByteText.contains(name.range, "$", in: bytes) else { return false }
      return command.words.contains { word in
        ByteText.contains(word.range, "http://", in: bytes, ignoringCase: true)
          || ByteText.contains(word.range, "https://", in: bytes, ignoringCase: true)
      }
    }
  }

  /// The variable a command's name is, when the name is only an expansion (`$FETCH`,
  /// `${FETCH}`, `"$FETCH"`); nil otherwise.
  static func commandVariable(_ command: ShellCommand, _ bytes: [UInt8]) -> String? {
    guard let name = command.effectiveCommand(in: bytes).words.first else { return nil }
    var text = Substring(ByteText.string(name.range.lowerBound..<min(name.range.upperBound, name.range.lowerBound + 80), in: bytes))
    if text.count >= 2, text.first == "\"", text.last == "\"" { text = text.dropFirst().dropLast() }
    guard text.first == "$" else { return nil }
    text = text.dropFirst()
    if text.first == "{" {
      guard text.last == "}" else { return nil }
      text = text.dropFirst().dropLast()
    }
    guard !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
    return String(text)
  }

  /// Variables the pipelines assign a download command to (`FETCH="curl -fsSL"`, `DL='wget
  /// -qO-'`): the value's first word names a downloader.
  static func downloaderVariables(in pipelines: [ShellPipeline], _ bytes: [UInt8]) -> Set<String> {
    var found: Set<String> = []
    for pipeline in pipelines {
      for command in pipeline.commands {
        for assignment in command.assignments {
          let text = ShellWord.unquotedValue(assignment, bytes)
          guard let eq = text.firstIndex(of: "="), eq > text.startIndex else { continue }
          let value = text[text.index(after: eq)...].drop { $0 == " " }
          let program = value.prefix { $0 != " " && $0 != "\t" }
          guard downloaders.contains(baseName(String(program)).lowercased()) else { continue }
          found.insert(String(text[..<eq]))
        }
      }
    }
    return found
  }

  static func isExecutor(_ command: ShellCommand, _ name: String, _ bytes: [UInt8], prose: Bool = false) -> Bool {
    command.interpreter(in: bytes) != nil || (executors.contains(name) && !(prose && name == "."))
  }

  /// Whether a command at the end of a pipe runs what it reads as a program. An interpreter
  /// given its program inline (`python3 -c '…'`, `node -e`, `bash -c`), a module (`-m
  /// json.tool`) or a script file reads the pipe as data: `curl api | python3 -c
  /// "import json…"` parses a response, it does not run it. `sh`, `sh -s` and `python3 -`
  /// run the pipe.
  static func runsStdin(_ command: ShellCommand, _ bytes: [UInt8]) -> Bool {
    let effective = command.effectiveCommand(in: bytes)
    guard effective.interpreter(in: bytes) != nil else { return true }
    // `… | python3 <<'EOF'`: the here-document is the program (and its standard input).
    if command.redirections.contains(where: { $0.heredocBody != nil || ByteText.string($0.op.range, in: bytes).hasPrefix("<<") }) {
      return false
    }
    for word in effective.words.dropFirst() {
      let value = ShellWord.unquotedValue(word, bytes)
      if value == "-" || value == "-s" || value == "--" { return true }
      if inlineProgramFlags.contains(value) { return false }
      if value.hasPrefix("-") { continue }
      return false  // a script file: the pipe is its input
    }
    return true
  }

  /// Interpreter flags whose next argument is the program (or module) to run.
  static let inlineProgramFlags: Set<String> = ["-c", "-e", "-m", "-p", "--eval", "--print", "-ec", "-xc"]

  private static func parentCommand(of pipeline: ShellPipeline, in pipelines: [ShellPipeline]) -> ShellCommand? {
    guard let p = pipeline.parentPipeline, let c = pipeline.parentCommand, p < pipelines.count,
      c < pipelines[p].commands.count
    else { return nil }
    return pipelines[p].commands[c]
  }

  /// The first `http(s)://` argument of a command, unquoted; else, when the command's only
  /// operand is a bare `host.tld/path` (`irm get.scoop.sh`, which fetches over HTTPS), that
  /// operand as an `https://` URL.
  static func firstURL(_ command: ShellCommand, _ bytes: [UInt8]) -> String? {
    let args = command.arguments(in: bytes)
    if let url = args.first(where: { $0.lowercased().hasPrefix("http://") || $0.lowercased().hasPrefix("https://") }) { return url }
    let operands = args.filter { !$0.hasPrefix("-") }
    // A URL is short: a long operand (a base64 blob piped to a decoder) is never read as one.
    guard operands.count == 1, let bare = operands.first, bare.utf8.count <= 2_048, !bare.hasPrefix("."),
      VendorInstallers.split(bare) != nil
    else { return nil }
    return "https://" + bare
  }

  /// Files a downloader writes: `-o F`, `--output F`, wget `-O F`, or the URL's last path
  /// segment for `curl -O` and plain `wget URL`.
  static func outputFiles(_ command: ShellCommand, _ name: String, _ url: String?, _ bytes: [UInt8]) -> [String] {
    let args = command.arguments(in: bytes)
    // `wget -qO- URL` (short flags run together, `-` for the file) writes to standard output.
    if name == "wget", args.contains(where: { $0.hasPrefix("-") && !$0.hasPrefix("--") && $0.hasSuffix("O-") }) { return [] }
    var files: [String] = []
    for (i, arg) in args.enumerated() where i + 1 < args.count {
      if arg == "-o" || arg == "--output" || arg == "--output-document" || (name == "wget" && arg == "-O")
        || arg.lowercased() == "-outfile"
      {
        files.append(baseName(args[i + 1]))
      }
    }
    let remoteName = name == "wget" ? files.isEmpty : command.hasFlag("-O", in: bytes) || args.contains("--remote-name")
    if remoteName, let url, let last = url.split(separator: "?").first?.split(separator: "/").last {
      files.append(String(last))
    }
    return files.filter { !$0.isEmpty && $0 != "-" && $0 != "/dev/null" }
  }

  /// `curl -o "$tmp" …; mv -f "$tmp" "$PACK_FILE"`, later `. "$PACK_FILE"`: a download
  /// renamed or copied is still the download (and still verified if it was).
  static func followMoves(
    _ pipeline: ShellPipeline, _ names: [String], _ files: inout [String: String?], _ verified: inout Set<String>, _ bytes: [UInt8]
  ) {
    for (index, command) in pipeline.commands.enumerated() where ["mv", "cp", "install", "ln"].contains(names[index]) {
      let operands = command.effectiveCommand(in: bytes).arguments(in: bytes).filter { !$0.hasPrefix("-") }
      guard operands.count >= 2, let destination = operands.last else { continue }
      for source in operands.dropLast() {
        let name = baseName(source)
        guard let url = files[name] else { continue }
        let target = baseName(destination)
        files[target] = url
        if verified.contains(name) { verified.insert(target) }
        break
      }
    }
  }

  /// Checksum and signature tools whose result decides whether a file is trusted.
  static let verifiers: Set<String> = [
    "sha256sum", "sha512sum", "sha384sum", "sha1sum", "shasum", "b2sum", "openssl", "gpg", "gpg2", "gpgv",
    "cosign", "minisign", "signify", "get-filehash", "certutil", "get-authenticodesignature",
  ]

  /// PowerShell cmdlets that return a hash or signature object: checked when the result is
  /// captured (`$actual = (Get-FileHash $f).Hash`, `if ((Get-AuthenticodeSignature $f).Status …`),
  /// which the POSIX reading sees as the cmdlet right after `(` or `=`.
  static let capturedVerifiers: Set<String> = ["get-filehash", "get-authenticodesignature"]

  static func isCaptured(_ command: ShellCommand, _ bytes: [UInt8]) -> Bool {
    var i = command.range.lowerBound - 1
    while i >= 0, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
    return i >= 0 && (bytes[i] == 0x28 || bytes[i] == 0x3D)
  }

  /// Records downloaded files a pipeline checks: a checksum computed where the script can
  /// compare it (`actual="$(sha256sum "$f" | awk …)"`, `sha256sum -c`, `shasum -a 256 -c`)
  /// or a signature verified (`gpg --verify f.asc f`, `cosign verify-blob`, `minisign -V`).
  /// A hash only printed (`sha256sum f; bash f`) decides nothing and does not count.
  private static func markVerified(
    _ pipeline: ShellPipeline, _ names: [String], _ files: [String: String?], _ bytes: [UInt8], _ verified: inout Set<String>
  ) {
    for (index, command) in pipeline.commands.enumerated() where verifiers.contains(names[index]) {
      let args = command.effectiveCommand(in: bytes).arguments(in: bytes)
      let checks = pipeline.isSubstitution || index + 1 < pipeline.commands.count
        || args.contains { ["-c", "--check", "--verify", "-V", "verify", "verify-blob", "-verify"].contains($0) }
        || (capturedVerifiers.contains(names[index]) && isCaptured(command, bytes))
      guard checks else { continue }
      for arg in args where files[baseName(arg)] != nil { verified.insert(baseName(arg)) }
      // `sha256sum -c rustup-init.sha256`: the checksum file names the download it checks.
      for arg in args {
        for suffix in [".sha256", ".sha512", ".sha256sum", ".asc", ".sig", ".minisig"] where arg.hasSuffix(suffix) {
          let subject = baseName(String(arg.dropLast(suffix.count)))
          if files[subject] != nil { verified.insert(subject) }
        }
      }
    }
  }

  /// `bash x.sh`, `sh ./x.sh`, `./x.sh`, `source x.sh` after `x.sh` was downloaded.
  private static func executesDownloaded(
    _ pipeline: ShellPipeline, _ names: [String], _ files: [String: String?], _ bytes: [UInt8], powerShell: Bool
  ) -> Hit? {
    guard !files.isEmpty else { return nil }
    for (index, command) in pipeline.commands.enumerated() {
      let effective = command.effectiveCommand(in: bytes)
      guard let first = effective.words.first else { continue }
      let written = ShellWord.unquotedValue(first, bytes)
      var target: String?
      if written.contains("/"), files[baseName(written)] != nil {
        target = baseName(written)
      } else if written.hasPrefix("$"), files[written] != nil, !powerShell || isCallOperated(command, bytes) {
        // `curl … -o "$TARGET"; chmod +x "$TARGET"; "$TARGET"`: the same variable names both.
        // In PowerShell a bare `$target` (or `($target -match …)`) is an expression that
        // yields the path; only the call operator `& $target` or dot-sourcing runs it.
        target = written
      } else if powerShell, let launched = powerShellLaunched(effective, bytes, files) {
        target = launched
      } else if isExecutor(command, names[index], bytes) {
        target = scriptOperand(effective.arguments(in: bytes)).map(baseName)
      }
      if let target, let url = files[target] {
        return Hit(
          range: command.range, message: "downloaded file '\(target)' is executed right after the download",
          url: url, target: target)
      }
    }
    return nil
  }

  /// PowerShell commands that start the program or installer they are given.
  static let powerShellLaunchers: Set<String> = [
    "start-process", "saps", "start", "invoke-item", "ii", "msiexec", "msiexec.exe", "cmd", "cmd.exe",
  ]

  /// The downloaded file a PowerShell launcher starts: `Start-Process -FilePath $target`,
  /// `$p = Start-Process …` (an assignment, which the POSIX parser reads as words),
  /// `msiexec /i "$target"`, `Invoke-Item $target`.
  static func powerShellLaunched(_ command: ShellCommand, _ bytes: [UInt8], _ files: [String: String?]) -> String? {
    var words = command.words.map { ShellWord.unquotedValue($0, bytes) }
    if words.count >= 3, words[0].hasPrefix("$"), words[1] == "=" { words.removeFirst(2) }
    guard let name = words.first?.lowercased(), powerShellLaunchers.contains(name) else { return nil }
    for word in words.dropFirst() {
      let bare = baseName(word.filter { !"`\"'(),@".contains($0) })
      if files[bare] != nil { return bare }
    }
    return nil
  }

  /// Whether a PowerShell command is invoked with the call operator (`& $x`) or dot-sourced
  /// (`. $x`): the byte before it, past blanks, is a lone `&` or `.`.
  static func isCallOperated(_ command: ShellCommand, _ bytes: [UInt8]) -> Bool {
    func isOperator(_ i: Int) -> Bool {
      guard i >= 0, i < bytes.count, bytes[i] == 0x26 || bytes[i] == 0x2E else { return false }
      // `&&` chains pipelines (PowerShell 7) and `..` is a range: neither runs anything.
      let before = i > 0 ? bytes[i - 1] : 0x20
      let after = i + 1 < bytes.count ? bytes[i + 1] : 0x20
      return before != bytes[i] && after != bytes[i] && (after == 0x20 || after == 0x09)
    }
    if let first = command.words.first, first.range.count == 1, isOperator(first.range.lowerBound) { return true }
    if isOperator(command.range.lowerBound) { return true }
    var i = command.range.lowerBound - 1
    while i >= 0, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
    return isOperator(i)
  }

  /// The file an interpreter runs as its program: its first operand. `node - "$BODY" <<EOF`
  /// and `python3 -c '…' "$BODY"` take the program from stdin or inline, and the operands
  /// after it are the program's arguments (data), not code; an inline program that starts
  /// with a path (`bash -c ./setup.sh`) runs that file.
  static func scriptOperand(_ args: [String]) -> String? {
    var index = 0
    while index < args.count {
      let arg = args[index]
      if arg == "-" { return nil }
      if inlineProgramFlags.contains(arg) {
        guard index + 1 < args.count else { return nil }
        let head = args[index + 1].split(separator: " ").first.map(String.init) ?? ""
        return head.contains("/") ? head : nil
      }
      if !arg.hasPrefix("-") { return arg }
      index += 1
    }
    return nil
  }

  static func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
