import Foundation
import SkillScanCore
import SkillScanLexers

/// Sources and sinks in Python and JavaScript tokens (taxonomy.md E1, E2, PE3, E4).
enum CodeFlowCues {
  /// Sensitive reads at each token index (sparse).
  /// - Parameter browser: whether the code runs in a browser page (an HTML or SVG
  ///   `<script>`), where the cookie jar and web storage hold the user's sessions.
  static func sources(_ s: CodeFlowStatements, language: Language, browser: Bool = false) -> [Int: FlowSource] {
    var result: [Int: FlowSource] = [:]
    let tokens = s.tokens
    guard let first = tokens.first, let last = tokens.last else { return result }
    let span = first.range.lowerBound..<max(first.range.lowerBound, last.range.upperBound)
    let candidates = CodeFlowSourceCandidates(bytes: s.bytes, range: span)
    let reverses = reversesStrings(s.bytes, span, language: language)
    // Only literals holding a fragment written backwards are read backwards.
    let backwards = reverses ? CodeFlowSourceCandidates(bytes: s.bytes, range: span, backwards: true) : nil
    for k in tokens.indices {
      let t = tokens[k]
      switch t.kind {
      case .string:
        // A JavaScript regex literal is a pattern (`/\.(ssh|gnupg)/`), not a path read.
        if language == .javascript, s.bytes[t.range.lowerBound] == 0x2F { continue }
        let backward = t.range.count <= Self.maxReversedLiteral && (backwards?.any(in: t.range.lowerBound, t.range.upperBound) ?? false)
        guard candidates.any(in: t.range.lowerBound, t.range.upperBound)
          || s.bytes[t.range].contains(UInt8(ascii: "\\")) || backward
        else { continue }
        if let m = stringSource(s, k, language: language) {
          // `DEFAULT_EXCLUDES = [".env", "id_rsa*", ".ssh"]`: a list of what to keep out
          // names the stores so that nothing reads them.
          if Self.assignedToExclusionList(s, k) { continue }
          result[k] = FlowSource(kind: m.kind, label: m.label, range: t.range)
        } else if backward, let m = reversedPath(s, k, language: language) {
          result[k] = FlowSource(kind: m.kind, label: m.label, range: t.range)
        }
      case .word:
        guard !s.isOp(k - 1, "."), !s.isOp(k - 1, "?.") else { continue }
        // A chain has at most 8 words, so 16 tokens bound its extent.
        let extentEnd = tokens[min(k + 16, tokens.count - 1)].range.upperBound
        guard candidates.any(in: t.range.lowerBound, max(extentEnd, t.range.upperBound)) else { continue }
        let chain = dottedChain(s, from: k)
        let lowered = chain.parts.joined(separator: ".").lowercased()
        if let m = environmentBulk(s, k, chain: chain, lowered: lowered, language: language) {
          result[k] = FlowSource(kind: .environment, label: m, range: t.range)
        } else if let m = signingSecret(s, chain: chain, lowered: lowered, language: language) {
          result[k] = FlowSource(kind: .credential, label: m, range: t.range)
        } else if browser, language == .javascript, let m = browserStorageBulk(s, chain: chain, lowered: lowered) {
          result[k] = FlowSource(kind: .credential, label: m, range: t.range)
        } else if let m = ExfilSources.classify(codeIdiom: lowered) {
          result[k] = FlowSource(kind: m.kind, label: m.label, range: t.range)
        }
      default:
        continue
      }
    }
    return result
  }

  /// A page's whole cookie jar or web storage: `document.cookie`, `JSON.stringify(localStorage)`,
  /// `Object.entries(sessionStorage)`. Session cookies and stored tokens log in as the user.
  /// One named item (`localStorage.getItem("theme")`) is the page's own setting, not a bulk read.
  static func browserStorageBulk(_ s: CodeFlowStatements, chain: (parts: [String], next: Int), lowered: String) -> String? {
    if lowered == "document.cookie" || lowered == "window.document.cookie" { return "browser cookies" }
    let storage = ["localstorage", "sessionstorage", "window.localstorage", "window.sessionstorage"]
    guard storage.contains(lowered), !s.isOp(chain.next, "["), !s.isOp(chain.next, "="), !s.isOp(chain.next, ".") else { return nil }
    return "browser storage"
  }

  /// Words joined by `.` starting at `k`, and the token index after the chain.
  static func dottedChain(_ s: CodeFlowStatements, from k: Int) -> (parts: [String], next: Int) {
    var parts = [s.text(k)]
    var j = k + 1
    while parts.count < 8, s.isOp(j, ".") || s.isOp(j, "?."), j + 1 < s.tokens.count, s.tokens[j + 1].kind == .word {
      parts.append(s.text(j + 1))
      j += 2
    }
    return (parts, j)
  }

  /// The unmatched `(`, `[` or `{` that encloses token `k` (itself, if it is one), read back
  /// at most 128 tokens: the object literal or call a key of a multi-line literal sits in.
  /// (Options objects are short; a bound keeps an object of a million `env:` keys linear.)
  static func enclosingOpener(_ s: CodeFlowStatements, _ k: Int) -> Int? {
    var depth = 0
    var p = k
    var steps = 0
    while p >= 0, steps < 128 {
      if s.tokens[p].kind == .op {
        if s.isByte(p, 0x29) || s.isByte(p, 0x5D) || s.isByte(p, 0x7D) {
          depth += 1
        } else if s.isByte(p, 0x28) || s.isByte(p, 0x5B) || s.isByte(p, 0x7B) {
          if depth == 0 { return p }
          depth -= 1
        }
      }
      p -= 1
      steps += 1
    }
    return nil
  }

  /// Calls whose options object carries a child's environment (`spawn(cmd, args, { env })`).
  static let childProcessCallees: Set<String> = [
    "spawn", "spawnsync", "exec", "execsync", "execfile", "execfilesync", "fork", "execa", "execasync", "execacommand",
    "popen", "run", "call", "check_call", "check_output", "create_subprocess_exec", "create_subprocess_shell",
    "command", "cmd", "runcommand", "runsync", "system", "$", "x", "shell", "sh", "bash",
  ]

  /// The last name of the callee whose argument list holds the `{` at `brace` directly
  /// (`stringify` of `JSON.stringify({ … })`), lower-cased; nil when it is not an argument.
  static func argumentCallee(_ s: CodeFlowStatements, _ brace: Int) -> String? {
    var q = brace - 1
    while q >= 0, s.tokens[q].kind == .newline || s.tokens[q].kind == .comment { q -= 1 }
    guard q >= 0, s.isByte(q, 0x28) || s.isByte(q, 0x2C) else { return nil }
    guard let paren = enclosingOpener(s, s.isByte(q, 0x28) ? q : q - 1), s.isByte(paren, 0x28) else { return nil }
    var w = paren - 1
    while w >= 0, s.tokens[w].kind == .newline { w -= 1 }
    guard w >= 0, s.tokens[w].kind == .word else { return nil }
    return s.text(w).lowercased()
  }

  /// The lower-cased name an object literal opening at `brace` is assigned to (`payload` of
  /// `const payload = {`), or nil when the literal is not assigned (an argument, a value).
  static func assignedName(_ s: CodeFlowStatements, _ brace: Int) -> String? {
    var q = brace - 1
    while q >= 0, s.tokens[q].kind == .newline || s.tokens[q].kind == .comment { q -= 1 }
    guard q >= 1, s.isOp(q, "="), s.tokens[q - 1].kind == .word else { return nil }
    return s.text(q - 1).lowercased()
  }

  /// A bulk read of the environment: `os.environ` (not `[k]`, `.get`), `dict(os.environ)`,
  /// `process.env` (not `.X`), except where it is handed to a child process as `env=`.
  static func environmentBulk(
    _ s: CodeFlowStatements, _ k: Int, chain: (parts: [String], next: Int), lowered: String, language: Language
  ) -> String? {
    let base: String
    if language == .python {
      guard lowered.hasPrefix("os.environ") || lowered == "environ" || lowered.hasPrefix("environ.") else { return nil }
      base = "os.environ"
    } else {
      guard lowered.hasPrefix("process.env") else { return nil }
      base = "process.env"
    }
    let baseCount = base == "os.environ" && !lowered.hasPrefix("os.") ? 1 : 2
    if chain.parts.count > baseCount {
      let member = chain.parts[baseCount].lowercased()
      guard ["items", "copy", "keys", "values", "tostring", "__dict__"].contains(member) else { return nil }
    } else if s.isOp(chain.next, "[") {
      return nil
    }
    // `if k in os.environ`: a membership test reads one name's presence, not the values;
    // `for k in os.environ` iterates them all and stays a bulk read.
    // Unless the names tested are secrets' (`for k in ("GITHUB_TOKEN", …) if k in os.environ`):
    // that picks the secrets out of the environment as surely as a loop over all of it.
    if language == .python, chain.parts.count <= baseCount, isMembershipTest(s, k), !testsSecretNames(s, k) { return nil }
    // Handed to a child process: `env=os.environ.copy()`, `env: process.env`, `{...process.env}`.
    var p = k - 1
    var steps = 0
    while p >= 0 && steps < 6 {
      // The key may start a line of a multi-line options object (`encoding: "utf8",⏎ env: …`).
      var before = p - 1
      while before >= 0, s.tokens[before].kind == .newline || s.tokens[before].kind == .comment { before -= 1 }
      if s.tokens[p].kind == .word, s.text(p).lowercased() == "env", s.isOp(p + 1, "=") || s.isOp(p + 1, ":"),
        s.isOp(before, "(") || s.isOp(before, ",") || s.isOp(before, "{")
      {
        // `const payload = { env: process.env, cwd }` then posted: an object assigned to a
        // name is a child's options only when the name says so (`opts`, `spawnOptions`).
        if let open = enclosingOpener(s, before), s.isByte(open, 0x7B) {
          if let name = assignedName(s, open), !name.contains("opt") { break }
          // `JSON.stringify({ env: process.env })`, `axios.post(url, { env: … })`: an argument
          // of a call that starts no process.
          if let callee = argumentCallee(s, open), !childProcessCallees.contains(callee) { break }
        }
        return nil
      }
      // A line break right after `{` or `,` continues the object (`env: {⏎ ...process.env,`).
      if s.tokens[p].kind == .newline, !(s.isOp(before, "{") || s.isOp(before, ",")) { break }
      if s.isOp(p, ";") { break }
      p -= 1
      steps += 1
    }
    return "\(base) (bulk)"
  }

  /// Whether the word at `k` is the right side of `name in …` used as a condition (`if k in
  /// os.environ`, `… and key in os.environ`), not a `for` loop's iterable.
  static func isMembershipTest(_ s: CodeFlowStatements, _ k: Int) -> Bool {
    var p = k - 1
    while p >= 0, s.tokens[p].kind == .comment { p -= 1 }
    guard p >= 1, s.tokens[p].kind == .word, s.text(p) == "in" else { return false }
    var q = p - 1
    // `not in` is a membership test as well.
    if q >= 0, s.tokens[q].kind == .word, s.text(q) == "not" { q -= 1 }
    guard q >= 1, s.tokens[q].kind == .word || s.tokens[q].kind == .string else { return false }
    let before = q - 1
    if s.tokens[before].kind == .word {
      return ["if", "elif", "and", "or", "not", "while", "return", "assert"].contains(s.text(before))
    }
    return s.isOp(before, "(") || s.isOp(before, ",") || s.isOp(before, "=")
  }

  /// Whether the comprehension or loop around the membership test at `k` iterates names of
  /// which one looks like a secret's: a literal list after `for … in`, or the literal list a
  /// name holds (`NAMES = ("AWS_SECRET_ACCESS_KEY", …)`).
  static func testsSecretNames(_ s: CodeFlowStatements, _ k: Int) -> Bool {
    var f = k - 1
    while f >= 0, k - f < 64, !(s.tokens[f].kind == .word && s.text(f) == "for") { f -= 1 }
    guard f >= 0, k - f < 64, f + 3 < s.tokens.count, s.tokens[f + 2].kind == .word, s.text(f + 2) == "in" else { return false }
    var literals: [Int] = []
    let iterable = f + 3
    if s.tokens[iterable].kind == .word {
      let name = s.text(iterable)
      for st in s.statements where !st.target.isEmpty && st.target.count <= 2 {
        guard let last = st.target.last, s.tokens[last].kind == .word, s.text(last) == name else { continue }
        literals += st.value.filter { $0 < s.tokens.count && s.tokens[$0].kind == .string }
        break
      }
    } else {
      var j = iterable
      while j < k, literals.count < 64 {
        if s.tokens[j].kind == .string { literals.append(j) }
        j += 1
      }
    }
    return literals.prefix(64).contains { j in
      let t = s.tokens[j]
      guard t.range.count <= 80 else { return false }
      let value = StringLiteral.value(of: t, in: s.bytes, language: .python).uppercased()
      return secretNameParts.contains { ByteSearch.contains(value, $0) }
    }
  }

  static let secretNameParts = ["KEY", "TOKEN", "SECRET", "PASS", "AUTH", "CRED", "PRIVATE", "SESSION", "COOKIE", "MNEMONIC", "SEED"]

  /// Names of environment variables that hold signing material (a wallet's private key or
  /// seed phrase, a cloud secret access key, a signing key), upper-cased.
  static let signingNames = [
    "PRIVATE_KEY", "PRIVATEKEY", "PRIVKEY", "PRIV_KEY", "MNEMONIC", "SEED_PHRASE", "SEEDPHRASE", "WALLET_SEED",
    "RECOVERY_PHRASE", "SECRET_ACCESS_KEY", "SIGNING_KEY",
  ]

  /// One environment variable of signing material: `process.env.PAYOUT_PRIVATE_KEY`,
  /// `os.environ["WALLET_MNEMONIC"]`, `os.getenv("AWS_SECRET_ACCESS_KEY")`.
  ///
  /// Other single variables are API keys, which an honest script sends to their own service
  /// (see ``environmentBulk(_:_:chain:lowered:language:)``). Signing material is used where it
  /// is: a transaction, a request or a token is signed locally and the signature is sent, so
  /// the key itself in a request goes where no honest script sends it. Values derived by
  /// signing are not the key (``CodeFlow/copiesKey(_:_:)``).
  static func signingSecret(_ s: CodeFlowStatements, chain: (parts: [String], next: Int), lowered: String, language: Language) -> String? {
    func stringAt(_ i: Int) -> String? {
      i < s.tokens.count && s.tokens[i].kind == .string ? StringLiteral.value(of: s.tokens[i], in: s.bytes, language: language) : nil
    }
    var name: String?
    if language == .javascript {
      guard lowered.hasPrefix("process.env") else { return nil }
      if chain.parts.count == 3 {
        name = chain.parts[2]
      } else if chain.parts.count == 2, s.isOp(chain.next, "[") {
        name = stringAt(chain.next + 1)
      }
    } else if language == .python {
      if lowered == "os.environ" || lowered == "environ", s.isOp(chain.next, "[") {
        name = stringAt(chain.next + 1)
      } else if ["os.environ.get", "environ.get", "os.getenv", "getenv"].contains(lowered), s.isOp(chain.next, "(") {
        name = stringAt(chain.next + 1)
      }
    }
    guard let name, name.utf8.count <= 64 else { return nil }
    let upper = name.uppercased()
    guard signingNames.contains(where: { ByteSearch.contains(upper, $0) }) else { return nil }
    return FlowSource.signingKeyLabel + "$\(name)"
  }

  /// Words of calls that run a command, for command-name strings (`["env"]`, `'pbpaste'`).
  static let runners: Set<String> = [
    "run", "check_output", "popen", "Popen", "call", "check_call", "system", "getoutput",
    "getstatusoutput", "exec", "execSync", "spawn", "spawnSync", "execFile", "execFileSync",
  ]

  /// Whether code in `span` reverses strings (`name[::-1]`, `s.split("").reverse().join("")`,
  /// `reversed(…)`): then a literal may be a path written backwards, `"slaitnederc-tig."`.
  static func reversesStrings(_ bytes: [UInt8], _ span: Range<Int>, language: Language) -> Bool {
    let r = span.clamped(to: 0..<bytes.count)
    guard !r.isEmpty else { return false }
    let text = Array(bytes[r])
    switch language {
    case .python: return ByteSearch.contains(text, Array("[::-1]".utf8)) || ByteSearch.contains(text, Array("reversed(".utf8))
    case .javascript: return ByteSearch.contains(text, Array(".reverse()".utf8))
    default: return false
    }
  }

  /// Literals read backwards at most this long (a path, not a message).
  static let maxReversedLiteral = 130

  /// The store a literal names when read backwards, in code that reverses strings.
  static func reversedPath(_ s: CodeFlowStatements, _ k: Int, language: Language) -> CodeFlowSourceMatch? {
    let value = StringLiteral.value(of: s.tokens[k], in: s.bytes, language: language)
    guard value.utf8.count >= 4, !value.contains(" ") else { return nil }
    let backwards = String(value.reversed())
    // A literal that reads as a path forwards (`.env`) was already weighed as written.
    guard let m = ExfilSources.classify(path: backwards) else { return nil }
    return CodeFlowSourceMatch(kind: m.kind, label: m.label)
  }

  /// Whether token `k` is in the value of an assignment whose target names a list of what to
  /// leave out (`EXCLUDES`, `ignore_patterns`, `DENY_LIST`, `SENSITIVE_FILES`, `skip`).
  static func assignedToExclusionList(_ s: CodeFlowStatements, _ k: Int) -> Bool {
    // The statement holding `k`: statements are in token order.
    var lo = 0
    var hi = s.statements.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if s.statements[mid].tokens.upperBound <= k { lo = mid + 1 } else { hi = mid }
    }
    guard lo < s.statements.count, s.statements[lo].tokens.contains(k) else { return false }
    let statement = s.statements[lo]
    guard !statement.target.isEmpty, statement.value.contains(k) else { return false }
    for i in statement.target where i < s.tokens.count && s.tokens[i].kind == .word {
      let name = s.text(i).lowercased()
      if exclusionWords.contains(where: { name.contains($0) }) { return true }
    }
    return false
  }

  /// Words of a variable name that make its list one of things to keep out.
  static let exclusionWords = ["exclude", "ignore", "skip", "deny", "block", "forbid", "sensitive", "never", "redact", "protect", "blacklist"]

  static func stringSource(_ s: CodeFlowStatements, _ k: Int, language: Language) -> CodeFlowSourceMatch? {
    let t = s.tokens[k]
    guard t.range.count <= 600 else { return nil }
    let value = StringLiteral.value(of: t, in: s.bytes, language: language)
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    if trimmed.utf8.count < 120, !ByteSearch.contains(trimmed, " ") || trimmed.lowercased().hasPrefix("login data")
      || trimmed.lowercased().hasPrefix("local state"), let m = ExfilSources.classify(path: trimmed)
    {
      return CodeFlowSourceMatch(kind: m.kind, label: m.label)
    }
    var line = trimmed
    if ["security", "secret-tool", "xclip", "gh", "aws", "gcloud", "export"].contains(line),
      s.isOp(k + 1, ","), k + 2 < s.tokens.count, s.tokens[k + 2].kind == .string
    {
      line += " " + StringLiteral.value(of: s.tokens[k + 2], in: s.bytes, language: language)
    }
    // A shell command handed to a runner reads the files it names: `exec("cat ~/.aws/credentials",
    // cb)`, `execSync("tar czf - ~/.ssh")`.
    if trimmed.utf8.count < 600, ByteSearch.contains(trimmed, " "), isRunnerArgument(s, k) {
      for word in trimmed.split(separator: " ") where word.utf8.count < 120 {
        let path = word.trimmingCharacters(in: CharacterSet(charactersIn: "\"'`;|&()"))
        if let m = ExfilSources.classify(path: path) { return CodeFlowSourceMatch(kind: m.kind, label: m.label) }
      }
    }
    guard let m = ExfilSources.classify(commandLine: line) else { return nil }
    if ["env", "set", "history"].contains(line.lowercased()) {
      // A bare word is a command only as a runner's argument: `run(["env"])`.
      var p = k - 1
      var steps = 0
      while p >= 0 && steps < 3 {
        if s.tokens[p].kind == .word { return runners.contains(s.text(p)) ? CodeFlowSourceMatch(kind: m.kind, label: m.label) : nil }
        p -= 1
        steps += 1
      }
      return nil
    }
    return CodeFlowSourceMatch(kind: m.kind, label: m.label)
  }
}

extension CodeFlowCues {
  /// Whether string token `k` is an argument of a command runner (`exec(`, `run([`).
  static func isRunnerArgument(_ s: CodeFlowStatements, _ k: Int) -> Bool {
    var p = k - 1
    var steps = 0
    while p >= 0 && steps < 3 {
      if s.tokens[p].kind == .word { return runners.contains(s.text(p)) }
      p -= 1
      steps += 1
    }
    return false
  }
}

/// A source recognised in code.
struct CodeFlowSourceMatch {
  var kind: ExfilSources.Kind
  var label: String
}
