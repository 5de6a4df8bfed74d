import Foundation
public import SkillScanCore

/// Sensitive data a skill could collect, recognised in paths, command names and code idioms
/// (taxonomy.md E2, E3, E4, PE3). Data only: the matching lists live here, not in rules.
public enum ExfilSources {
  /// What kind of sensitive data a source yields; decides the reported pattern.
  public enum Kind: String, Sendable, Hashable, Comparable {
    /// Environment variables in bulk, `.env` files, `/proc/*/environ` (E2).
    case environment
    /// Key files, cloud/dev credential stores, keychains, browser and wallet stores (PE3).
    case credential
    /// Agent memory and identity files, shell history, prompts and sessions (E4).
    case context
    /// Clipboard, screenshots, geolocation (E1 / P3 data nouns).
    case personal
    /// Host, user and network facts: reconnaissance, weak on its own.
    case system

    /// The taxonomy pattern a flow of this kind belongs to.
    public var pattern: PatternID {
      switch self {
      case .environment: .e2
      case .credential: .pe3
      case .context: .e4
      case .personal, .system: .e1
      }
    }

    /// Whether the data is secret material whose loss is an incident on its own.
    public var isSecret: Bool { self == .environment || self == .credential }

    private var rank: Int {
      switch self {
      case .system: 0
      case .personal: 1
      case .context: 2
      case .environment: 3
      case .credential: 4
      }
    }

    public static func < (a: Kind, b: Kind) -> Bool { a.rank < b.rank }
  }

  /// A recognised source: its kind and a short label for messages.
  public struct Match: Sendable, Hashable {
    public var kind: Kind
    public var label: String
  }

  /// Path fragments (lower-case) and what they hold. Checked with `contains` on a path-like
  /// value, so `~/.aws/credentials`, `$HOME/.aws/credentials` and `os.path.join(home,
  /// ".aws/credentials")` all match.
  static let pathFragments: [(String, Kind, String)] = [
    (".ssh/id_", .credential, "SSH private key"), ("id_rsa", .credential, "SSH private key"),
    ("id_ed25519", .credential, "SSH private key"), ("id_ecdsa", .credential, "SSH private key"),
    ("id_dsa", .credential, "SSH private key"), ("~/.ssh", .credential, "~/.ssh"),
    ("$home/.ssh", .credential, "~/.ssh"), ("${home}/.ssh", .credential, "~/.ssh"),
    (".aws/credentials", .credential, "AWS credentials"), (".aws/config", .credential, "AWS config"),
    (".config/gcloud", .credential, "gcloud credentials"),
    ("application_default_credentials", .credential, "gcloud credentials"),
    (".azure/", .credential, "Azure credentials"), (".kube/config", .credential, "kubeconfig"),
    (".docker/config.json", .credential, "Docker credentials"), (".netrc", .credential, ".netrc"),
    (".npmrc", .credential, ".npmrc"), (".pypirc", .credential, ".pypirc"),
    (".git-credentials", .credential, ".git-credentials"), (".gnupg", .credential, "GnuPG keyring"),
    (".openclaw/credentials", .credential, "OpenClaw credentials"),
    ("openclaw.json", .credential, "OpenClaw configuration"), (".clawdbot/.env", .credential, "agent .env"),
    (".claude/.credentials", .credential, "Claude credentials"), (".codex/auth.json", .credential, "Codex credentials"),
    ("login data", .credential, "browser saved passwords"), ("/cookies", .credential, "browser cookies"),
    ("cookies.sqlite", .credential, "browser cookies"), ("local state", .credential, "browser key store"),
    ("key4.db", .credential, "browser key store"), ("logins.json", .credential, "browser saved passwords"),
    ("wallet.dat", .credential, "crypto wallet"), ("/keystore", .credential, "crypto keystore"),
    (".electrum", .credential, "crypto wallet"), ("exodus/", .credential, "crypto wallet"),
    ("metamask", .credential, "crypto wallet"), ("/etc/shadow", .credential, "/etc/shadow"),
    ("keychains/", .credential, "macOS keychain"), (".password-store", .credential, "password store"),
    ("/proc/self/environ", .environment, "process environment"), ("/environ", .environment, "process environment"),
    ("memory.md", .context, "agent memory"), ("soul.md", .context, "agent identity"),
    ("user.md", .context, "agent user profile"), (".bash_history", .context, "shell history"),
    (".zsh_history", .context, "shell history"), (".python_history", .context, "shell history"),
    (".node_repl_history", .context, "shell history"), ("fish_history", .context, "shell history"),
    (".claude/projects", .context, "agent session transcripts"),
    (".claude/history.jsonl", .context, "agent session transcripts"), (".codex/history.jsonl", .context, "agent session transcripts"),
    (".codex/sessions", .context, "agent session transcripts"),
    (".openclaw/agents", .context, "agent sessions"), ("169.254.169.254", .credential, "cloud metadata credentials"),
    ("metadata.google.internal", .credential, "cloud metadata credentials"),
  ]

  /// One automaton for ``pathFragments``: `classify(path:)` runs on many tokens, and
  /// sixty `contains` calls each were its whole cost.
  static let pathFragmentFilter = KeywordFilter(keywords: pathFragments.map(\.0))

  /// Template, example and sample `.env` files, which hold no secrets.
  static let envTemplateSuffixes = [".example", ".sample", ".template", ".dist", ".defaults", ".tmpl"]

  /// The source a path-like value names, if any.
  /// - Parameter value: a path, file name or path fragment (any case).
  public static func classify(path value: String) -> Match? {
    let v = value.lowercased()
    guard !v.isEmpty, v.utf8.count <= 512 else { return nil }
    if v.hasSuffix(".pub") || ByteSearch.contains(v, ".pub ") { return nil }
    // Public halves and host lists: `authorized_keys` names who may log in, `known_hosts`
    // which servers were seen; neither holds a secret (an incident checklist reads both).
    // The client configuration (`~/.ssh/config`, and its backups) names hosts and which key
    // to use, not any key: a config helper copies and edits it.
    if v.hasSuffix("/authorized_keys") || v.hasSuffix("/authorized_keys2") || v.hasSuffix("/known_hosts") || v.hasSuffix("/known_hosts.old")
      || v == "authorized_keys" || v == "authorized_keys2" || v == "known_hosts" || v.hasSuffix(".ssh/config") || ByteSearch.contains(v, ".ssh/config.")
    {
      return nil
    }
    if ByteSearch.contains(v, "://") {
      if ByteSearch.contains(v, "169.254.169.254") || ByteSearch.contains(v, "metadata.google.internal") {
        return Match(kind: .credential, label: "cloud metadata credentials")
      }
      return nil
    }
    if isEnvFile(v) { return Match(kind: .environment, label: ".env file") }
    // `$WORKSPACE/.npmrc` is a project file; only the user's home copies are credential stores.
    let foreignRoot = v.hasPrefix("$") && !(v.hasPrefix("$home") || v.hasPrefix("${home}") || v.hasPrefix("$userprofile") || v.hasPrefix("$env:userprofile"))
    if v == ".ssh" || v == ".aws" || v == ".gnupg" || v == ".kube" || v == ".azure" {
      return Match(kind: .credential, label: "~/" + v)
    }
    let bytes = Array(v.utf8)
    let present = pathFragmentFilter.matches(in: bytes)
    for index in present.sorted() {
      let (fragment, kind, label) = pathFragments[index]
      // A folder or file name ends where the path segment ends: `~/.ssh-workdir/summary.md`
      // and `.npmrc-template` are other folders and files.
      if segmentNames.contains(fragment), !Self.endsSegment(fragment, in: bytes) { continue }
      if fragment == "/environ" && !ByteSearch.contains(v, "/proc/") { continue }
      if fragment == "user.md" || fragment == "memory.md" || fragment == "soul.md" {
        // Only the agent's own files, not any README-like "user.md" in a project.
        let name = v.split(separator: "/").last.map(String.init) ?? v
        if name != fragment { continue }
      }
      if foreignRoot && kind == .credential && !label.contains("private key") && !label.contains("wallet") { return nil }
      return Match(kind: kind, label: label)
    }
    return nil
  }

  /// Fragments that name a whole folder or file and must end at a segment boundary.
  static let segmentNames: Set<String> = [
    "~/.ssh", "$home/.ssh", "${home}/.ssh", ".gnupg", ".netrc", ".npmrc", ".pypirc", ".git-credentials",
    ".electrum", ".password-store", "/keystore",
  ]

  /// Whether some occurrence of `fragment` in `bytes` is followed by the end, `/`, `\`, or
  /// a byte that cannot continue a file name (space, quote, `)`, `;` …).
  static func endsSegment(_ fragment: String, in bytes: [UInt8]) -> Bool {
    let needle = Array(fragment.utf8)
    var from = 0
    while let at = ByteSearch.firstIndex(of: needle, in: bytes, from: from) {
      let next = at + needle.count
      if next >= bytes.count { return true }
      let b = bytes[next]
      let continuesName = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E
      if !continuesName { return true }
      from = at + 1
    }
    return false
  }

  /// Whether a path names a real `.env` file (`.env`, `.env.local`, `x/.env.production`).
  static func isEnvFile(_ v: String) -> Bool {
    // The last path segment, without splitting the whole path into substrings.
    var path = Substring(v)
    while path.utf8.last == 0x2F { path = path.dropLast() }
    let name = path.utf8.lastIndex(of: 0x2F).map { String(path[path.utf8.index(after: $0)...]) } ?? String(path)
    guard name == ".env" || name.hasPrefix(".env.") || name == "*.env" || name == ".env*" else { return false }
    return !envTemplateSuffixes.contains { name.hasSuffix($0) }
  }

  /// Commands (lower-case, as written at the start of a command or a string) that read a
  /// secret store, the clipboard, the screen or the location.
  static let commandPrefixes: [(String, Kind, String)] = [
    ("security find-generic-password", .credential, "macOS keychain"),
    ("security find-internet-password", .credential, "macOS keychain"),
    ("security dump-keychain", .credential, "macOS keychain"),
    ("secret-tool lookup", .credential, "GNOME keyring"),
    ("gh auth token", .credential, "GitHub CLI token"),
    // `gh auth status` prints the token itself with `--show-token` (`-t`).
    ("gh auth status --show-token", .credential, "GitHub CLI token"), ("gh auth status -t", .credential, "GitHub CLI token"),
    ("gcloud auth application-default print-access-token", .credential, "gcloud access token"),
    ("az account get-access-token", .credential, "Azure credentials"),
    ("git credential fill", .credential, "git credential helper"),
    ("gcloud auth print-access-token", .credential, "gcloud access token"),
    ("aws configure get", .credential, "AWS credentials"),
    ("aws configure export-credentials", .credential, "AWS credentials"),
    ("pbpaste", .personal, "clipboard"), ("xclip -o", .personal, "clipboard"),
    ("xclip -selection clipboard -o", .personal, "clipboard"), ("xsel", .personal, "clipboard"),
    ("wl-paste", .personal, "clipboard"), ("get-clipboard", .personal, "clipboard"),
    ("screencapture", .personal, "screenshot"), ("import -window root", .personal, "screenshot"),
    ("scrot", .personal, "screenshot"), ("gnome-screenshot", .personal, "screenshot"),
    ("grim", .personal, "screenshot"), ("printenv", .environment, "environment variables"),
    ("export -p", .environment, "environment variables"),
  ]

  /// The source a command line (or a command string in code) runs, if any.
  public static func classify(commandLine value: String) -> Match? {
    guard mayClassify(value.utf8) else { return nil }
    var v = value.lowercased()
    // Foundation's trimming is costly and called for every command; most need none.
    if let first = v.utf8.first, let last = v.utf8.last,
      first == 0x20 || first == 0x09 || first >= 0x80 || last == 0x20 || last == 0x09 || last >= 0x80
    {
      v = v.trimmingCharacters(in: .whitespaces)
    }
    for (prefix, kind, label) in commandPrefixes where v.hasPrefix(prefix) {
      let rest = v.dropFirst(prefix.count)
      if let next = rest.first, next != " " && next != "\"" && next != "'" { continue }
      if prefix == "printenv", rest.split(separator: " ").contains(where: { !$0.hasPrefix("-") }) { continue }
      if prefix == "aws configure get", !(ByteSearch.contains(String(rest), "key") || ByteSearch.contains(String(rest), "secret") || ByteSearch.contains(String(rest), "token")) { continue }
      return Match(kind: kind, label: label)
    }
    if v == "env" || v == "set" || v == "history" { return Match(kind: v == "history" ? .context : .environment, label: v == "history" ? "shell history" : "environment variables") }
    return nil
  }

  /// Whether `classify(commandLine:)` could match, decided on the first bytes.
  ///
  /// It runs for every command of every shell span; lower-casing and trimming whole command
  /// lines was a tenth of a shell-heavy file's cost, and almost no line starts like a source.
  /// Non-ASCII heads take the full path (Unicode case folding and spaces).
  static func mayClassify(_ utf8: String.UTF8View) -> Bool {
    var head: [UInt8] = []
    head.reserveCapacity(headLength)
    for byte in utf8 {
      if head.isEmpty, byte == 0x20 || byte == 0x09 { continue }
      if byte >= 0x80 { return true }
      head.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      if head.count == headLength { break }
    }
    guard let first = head.first else { return false }
    return headPrefixesByFirstByte[Int(first)].contains { head.starts(with: $0) }
  }

  /// Whether a command line whose (lower-case) command name is `name` could be classified:
  /// the name is a one-word prefix, or the first word of a longer one.
  static func mayLead(commandName name: String) -> Bool {
    var name = name
    return name.withUTF8 { b in
      // A non-ASCII name may trim or fold into a prefix: let the full check decide.
      if b.contains(where: { $0 >= 0x80 }) { return true }
      // Both tests below need the name and the prefix to share a first byte, so only the
      // prefixes starting with the name's first byte are tried (asked of every command).
      guard let first = b.first else { return false }
      return headPrefixesByFirstByte[Int(first)].contains { p in
        b.starts(with: p) || (p.count > b.count && p.starts(with: b) && p[b.count] == 0x20)
      }
    }
  }

  /// ``headPrefixes`` grouped by their first byte.
  private static let headPrefixesByFirstByte: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 256)
    for p in headPrefixes { if let f = p.first { table[Int(f)].append(p) } }
    return table
  }()

  /// Every prefix `classify(commandLine:)` tests, plus the bare `env`, `set` and `history`.
  private static let headPrefixes: [[UInt8]] =
    commandPrefixes.map { Array($0.0.utf8) } + [Array("env".utf8), Array("set".utf8), Array("history".utf8)]
  private static let headLength = (commandPrefixes.map(\.0.utf8.count).max() ?? 0) + 1

  /// Code idioms (lower-case substrings) that read sensitive data in Python or JavaScript,
  /// beyond paths and commands: clipboard and screenshot libraries, keyrings, geolocation.
  static let codeIdioms: [(String, Kind, String)] = [
    ("pyperclip.paste", .personal, "clipboard"), ("clipboard.paste", .personal, "clipboard"),
    ("clipboardy.read", .personal, "clipboard"), ("navigator.clipboard.readtext", .personal, "clipboard"),
    ("imagegrab.grab", .personal, "screenshot"), ("pyautogui.screenshot", .personal, "screenshot"),
    ("mss.mss", .personal, "screenshot"), ("screenshot-desktop", .personal, "screenshot"),
    ("keyring.get_password", .credential, "OS keyring"), ("browser_cookie3", .credential, "browser cookies"),
    ("win32crypt.cryptunprotectdata", .credential, "browser key store"),
    ("dotenv_values", .environment, ".env file"), ("ipapi.co", .personal, "IP geolocation"),
    ("ip-api.com", .personal, "IP geolocation"), ("ipinfo.io", .personal, "IP geolocation"),
    ("ipgeolocation", .personal, "IP geolocation"), ("geolocation.getcurrentposition", .personal, "geolocation"),
    ("corelocation", .personal, "geolocation"), ("cllocationmanager", .personal, "geolocation"),
    // A cloud SDK's resolved credentials: boto3 `session.get_credentials()` (and the frozen
    // copy), the JavaScript SDK's `config.credentials.secretAccessKey` and provider chain.
    // Written with the receiver's dot, so a helper of one's own named `get_credentials()`
    // is not one.
    (".get_credentials", .credential, "AWS credentials"), (".get_frozen_credentials", .credential, "AWS credentials"),
    ("credentials.secretaccesskey", .credential, "AWS credentials"), ("fromnodeproviderchain", .credential, "AWS credentials"),
  ]

  static let codeIdiomFilter = KeywordFilter(keywords: codeIdioms.map(\.0))

  /// The idiom of `code` (lower-cased text) that reads sensitive data, if any.
  public static func classify(codeIdiom lowered: String) -> Match? {
    guard let index = codeIdiomFilter.matches(in: Array(lowered.utf8)).min() else { return nil }
    return Match(kind: codeIdioms[index].1, label: codeIdioms[index].2)
  }
}

extension ExfilSources {
  /// The first source mentioned anywhere in a code snippet (inline code, a fenced block):
  /// a code idiom, a source command (`pbpaste`, `security find-generic-password`), or a
  /// sensitive path among its words. See ``firstMention(in:range:)``.
  /// - Parameter text: the snippet (any case).
  public static func firstMention(in text: String) -> Match? {
    let bytes = Array(text.utf8)
    return firstMention(in: bytes, range: 0..<bytes.count)
  }
}

extension ExfilSources {
  /// Indices into ``commandPrefixes`` of the prefixes ``firstMention(in:)`` looks for (four
  /// bytes or longer: shorter ones are everyday words in a snippet).
  static let mentionPrefixes: [Int] = commandPrefixes.indices.filter { commandPrefixes[$0].0.count >= 4 }
  /// One automaton over those prefixes; keyword `k` is `commandPrefixes[mentionPrefixes[k]]`.
  static let mentionFilter = KeywordFilter(keywords: mentionPrefixes.map { commandPrefixes[$0].0 })
}
