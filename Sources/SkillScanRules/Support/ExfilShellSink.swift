import Foundation
public import SkillScanCore
public import SkillScanLexers

/// A shell command that sends data off the machine (taxonomy.md E1 shell indicators):
/// `curl` with a body or upload, `wget --post-*`, `nc host port`, `scp`/`rsync` to a remote,
/// DNS look-ups, mail, public gists.
public struct ExfilShellSink: Sendable {
  /// How the data leaves.
  public enum Channel: String, Sendable { case http, socket, copy, dns, mail, paste }

  public var channel: Channel
  /// The destination host, when written literally.
  public var host: String?
  /// The first URL argument, when there is one.
  public var url: String?
  /// Whether the command sends its standard input (`-d @-`, `nc`, `mail`).
  public var readsStdin: Bool
  /// Files the command uploads (`-F f=@path`, `-d @path`, `-T path`, `--post-file`, `scp` sources).
  public var files: [String]
  /// Inline data values (`-d value`, `--post-data`, DNS names) as written.
  public var data: [String]
  /// Whether a body, file or stream is actually sent (not just `-X POST`).
  public var sendsData: Bool { readsStdin || !files.isEmpty || !data.isEmpty }

  /// Longest word read as a value; longer words (a substitution spanning the rest of a hostile
  /// file) are treated as opaque so per-command work stays bounded.
  public static let maxWordBytes = 4_096

  /// The command's arguments after the name, unquoted, with over-long words left empty.
  /// All of them: a sink's data option after hundreds of harmless headers still counts.
  public static func arguments(_ command: ShellCommand, _ bytes: [UInt8]) -> [String] {
    command.words.dropFirst().map {
      $0.range.count > maxWordBytes ? "" : ShellWord.unquotedValue($0, bytes)
    }
  }

  /// Recognises `command` as a sink.
  /// - Parameters:
  ///   - command: a command from ``ShellStructure``.
  ///   - bytes: the host file's bytes.
  public static func recognize(_ command: ShellCommand, bytes: [UInt8]) -> ExfilShellSink? {
    let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
    let name = nameWritten.lowercased()
    // Most commands are none of these: decide by name before decoding any argument (a
    // script dense with commands decoded every word of every command here).
    guard Self.sinkNames.contains(name) else { return nil }
    let args = Self.arguments(effective, bytes)
    switch name {
    case "curl", "curl.exe": return curl(args)
    case "wget", "wget.exe": return wget(args)
    case "nc", "ncat", "netcat", "telnet", "socat":
      let host = args.first { !$0.hasPrefix("-") && !ByteSearch.contains($0, "=") && ByteSearch.contains($0, ".") }
      guard let host else { return nil }
      var sink = ExfilShellSink(channel: .socket, host: host.lowercased(), readsStdin: true, files: [], data: [])
      for r in command.redirections where ByteText.string(r.op.range, in: bytes).hasSuffix("<") {
        if let t = r.target { sink.files.append(ShellWord.unquotedValue(t, bytes)) }
      }
      return sink
    case "scp", "rsync", "sftp":
      // Option values are not operands: `scp -i ~/.ssh/key -P 2222 f host:` copies `f`; the
      // identity file only logs in.
      var operands: [String] = []
      var skipNext = false
      for arg in args {
        if skipNext { skipNext = false; continue }
        if (name == "rsync" ? Self.rsyncOptionsWithValue : Self.sshCopyOptionsWithValue).contains(arg) {
          skipNext = true
          continue
        }
        if !arg.hasPrefix("-") { operands.append(arg) }
      }
      guard let remote = operands.last, let host = remoteHost(remote) else { return nil }
      return ExfilShellSink(channel: .copy, host: host, readsStdin: false, files: Array(operands.dropLast()), data: [])
    case "dig", "nslookup", "host", "drill":
      let names = args.filter { !$0.hasPrefix("-") && !$0.hasPrefix("@") && !$0.hasPrefix("+") }
      return names.isEmpty ? nil : ExfilShellSink(channel: .dns, host: nil, readsStdin: false, files: [], data: names)
    case "mail", "mailx", "sendmail", "mutt":
      var files: [String] = []
      for (i, a) in args.enumerated() where a == "-a" || a == "-A" { if i + 1 < args.count { files.append(args[i + 1]) } }
      return ExfilShellSink(channel: .mail, host: nil, readsStdin: true, files: files, data: [])
    case "gh":
      guard args.count >= 2, args[0] == "gist", args[1] == "create" else { return nil }
      let files = args.dropFirst(2).filter { !$0.hasPrefix("-") }
      return ExfilShellSink(channel: .paste, host: "gist.github.com", readsStdin: files.isEmpty || files.contains("-"), files: files.filter { $0 != "-" }, data: [])
    default:
      return nil
    }
  }

  /// Every command name ``recognize(_:bytes:)`` has a case for.
  static let sinkNames: Set<String> = [
    "curl", "curl.exe", "wget", "wget.exe", "nc", "ncat", "netcat", "telnet", "socat", "scp", "rsync", "sftp",
    "dig", "nslookup", "host", "drill", "mail", "mailx", "sendmail", "mutt", "gh",
  ]

  /// The host of `user@host:path` / `host:path`, nil for local paths and `C:\…`.
  static func remoteHost(_ operand: String) -> String? {
    guard !ByteSearch.contains(operand, "://"), let colon = operand.firstIndex(of: ":") else { return nil }
    var host = String(operand[..<colon])
    if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
    guard host.count >= 2, !ByteSearch.contains(host, "/") else { return nil }
    return host.lowercased()
  }

  /// scp and sftp options that take the next word as their value (scp(1), sftp(1)).
  static let sshCopyOptionsWithValue: Set<String> = ["-B", "-b", "-c", "-D", "-F", "-i", "-J", "-l", "-o", "-P", "-R", "-S", "-s", "-X"]
  /// rsync options written apart from their value (`-e "ssh -i key"`).
  static let rsyncOptionsWithValue: Set<String> = ["-e", "--rsh", "-f", "--filter", "-T", "--temp-dir", "-B", "--block-size"]

  static let curlDataFlags: Set<String> = [
    "-d", "--data", "--data-binary", "--data-raw", "--data-ascii", "--data-urlencode", "--json",
  ]

  static func curl(_ args: [String]) -> ExfilShellSink? {
    var sink = ExfilShellSink(channel: .http, host: nil, readsStdin: false, files: [], data: [])
    var variableURL: String?
    var method = ""
    var i = 0
    while i < args.count {
      var flag = args[i]
      var value: String?
      if flag.hasPrefix("--"), let eq = flag.firstIndex(of: "=") {
        value = String(flag[flag.index(after: eq)...])
        flag = String(flag[..<eq])
      } else if flag.count > 2, flag.hasPrefix("-"), !flag.hasPrefix("--"), ["-d", "-F", "-T", "-X"].contains(String(flag.prefix(2))) {
        value = String(flag.dropFirst(2))
        flag = String(flag.prefix(2))
      }
      func take() -> String? {
        if let value { return value }
        guard i + 1 < args.count else { return nil }
        i += 1
        return args[i]
      }
      if curlDataFlags.contains(flag) {
        // A data flag with nothing after it is how prose names the method ("POST the result
        // to … with `curl --data-binary`"): data is sent, what it is the sentence says.
        if let v = take() { sink.addBody(v) } else { sink.data.append("") }
      } else if flag == "-F" || flag == "--form" || flag == "--form-string" {
        if let v = take() {
          let part = v.split(separator: "=", maxSplits: 1).last.map(String.init) ?? v
          if part.hasPrefix("@") || part.hasPrefix("<") {
            let path = String(part.dropFirst()).split(separator: ";").first.map(String.init) ?? ""
            if path == "-" { sink.readsStdin = true } else { sink.files.append(path) }
          } else {
            sink.data.append(part)
          }
        }
      } else if flag == "-T" || flag == "--upload-file" {
        if let v = take() {
          if v == "-" || v == "." { sink.readsStdin = true } else { sink.files.append(v) }
        }
      } else if flag == "-X" || flag == "--request" {
        method = take()?.uppercased() ?? ""
      } else if flag == "-H" || flag == "--header" || flag == "-u" || flag == "--user" || flag == "-o"
        || flag == "--output" || flag == "-A" || flag == "-e" || flag == "-b" || flag == "--cookie"
      {
        _ = take()
      } else if sink.url == nil, !flag.hasPrefix("-"), ByteSearch.contains(flag, "://") || ByteSearch.contains(flag, ".") {
        sink.url = flag
        // A query built from a sensitive file's contents (`?c=$(head ~/.git-credentials |
        // base64)`) sends them, whatever the method: a GET carries them in the URL. Queries
        // built from other commands (`?since=$(date +%s)`) are ordinary requests.
        if let q = flag.firstIndex(of: "?") {
          let query = String(flag[flag.index(after: q)...])
          if ByteSearch.contains(query, "$(") || ByteSearch.contains(query, "`"),
            ExfilSources.pathFragmentFilter.occurs(in: Array(query.utf8), range: 0..<query.utf8.count)
          {
            sink.data.append(query)
          }
        }
      } else if variableURL == nil, flag.hasPrefix("$") {
        variableURL = flag
      }
      i += 1
    }
    // `"$API_BASE/api/join"`: kept as the URL only when nothing literal is given, without a
    // host; the flow analysis resolves the variable when it holds a URL.
    let literalURL = sink.url != nil
    if sink.url == nil { sink.url = variableURL }
    guard sink.sendsData || method == "POST" || method == "PUT" || method == "PATCH" else { return nil }
    sink.host = literalURL ? sink.url.flatMap { ExfilHosts.host(inURL: ByteSearch.contains($0, "://") ? $0 : "https://" + $0) } : nil
    return sink
  }

  mutating func addBody(_ v: String) {
    if v.hasPrefix("@") {
      let path = String(v.dropFirst())
      if path == "-" || path == "/dev/stdin" { readsStdin = true } else { files.append(path) }
    } else {
      data.append(v)
    }
  }

  static func wget(_ args: [String]) -> ExfilShellSink? {
    var sink = ExfilShellSink(channel: .http, host: nil, readsStdin: false, files: [], data: [])
    var posts = false
    var i = 0
    while i < args.count {
      let a = args[i]
      let parts = a.split(separator: "=", maxSplits: 1).map(String.init)
      let flag = parts[0]
      let inline = parts.count > 1 ? parts[1] : nil
      func value() -> String? {
        if let inline { return inline }
        guard i + 1 < args.count else { return nil }
        i += 1
        return args[i]
      }
      switch flag {
      case "--post-data", "--body-data":
        posts = true
        if let v = value() { sink.data.append(v) }
      case "--post-file", "--body-file":
        posts = true
        if let v = value() {
          if v == "-" || v == "/dev/stdin" { sink.readsStdin = true } else { sink.files.append(v) }
        }
      case "--method":
        posts = posts || (value()?.uppercased() == "POST")
      default:
        if sink.url == nil, ByteSearch.contains(a, "://") { sink.url = a }
      }
      i += 1
    }
    guard posts else { return nil }
    sink.host = sink.url.flatMap(ExfilHosts.host(inURL:))
    return sink
  }
}
