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
    let candidates = CodeFlowSourceCandidates(
      bytes: s.bytes, range: first.range.lowerBound..<max(first.range.lowerBound, last.range.upperBound))
    for k in tokens.indices {
      let t = tokens[k]
      switch t.kind {
      case .string:
        guard candidates.any(in: t.range.lowerBound, t.range.upperBound)
          || s.bytes[t.range].contains(UInt8(ascii: "\\"))
        else { continue }
        if let m = stringSource(s, k, language: language) {
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
        return nil
      }
      if s.tokens[p].kind == .newline || s.isOp(p, ";") { break }
      p -= 1
      steps += 1
    }
    return "\(base) (bulk)"
  }

  /// Words of calls that run a command, for command-name strings (`["env"]`, `'pbpaste'`).
  static let runners: Set<String> = [
    "run", "check_output", "popen", "Popen", "call", "check_call", "system", "getoutput",
    "getstatusoutput", "exec", "execSync", "spawn", "spawnSync", "execFile", "execFileSync",
  ]

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
