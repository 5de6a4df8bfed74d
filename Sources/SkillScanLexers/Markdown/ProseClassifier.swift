public import SkillScanCore

/// Decides whether a paragraph, list item or table row asks the agent to act.
///
/// Heuristic (cheap, one pass, no allocation per word): the block is split into sentences at
/// `.`, `!`, `?`, `:` or `;` followed by whitespace, and at line breaks inside list items. For
/// each sentence the first word is taken after skipping list markers, quote markers,
/// emphasis, brackets, numbering ("1.", "Step 2") and filler words ("please", "then", "now",
/// "first", "next", "also", "finally", "just", "simply", "you", "must", "should", "always"
/// counts as a verb). If any sentence's first word is an imperative verb from ``verbs``, the
/// block is `.instruction`; otherwise `.description`. Polarity ("never", "don't") is left to
/// rules: a prohibition is still an instruction.
public enum ProseClassifier {
  /// Verbs (lower-case ASCII) that make a sentence an instruction when they open it.
  public static let verbs: [String] = [
    "run", "execute", "exec", "send", "upload", "install", "download", "copy", "paste", "read",
    "write", "delete", "remove", "ignore", "always", "never", "do", "don't", "dont", "use", "open",
    "fetch", "curl", "wget", "post", "create", "add", "set", "make", "call", "save", "go", "visit",
    "navigate", "click", "enter", "type", "print", "output", "include", "append", "insert",
    "replace", "modify", "edit", "update", "change", "move", "rename", "export", "import", "load",
    "source", "invoke", "start", "launch", "kill", "stop", "disable", "enable", "grant", "allow",
    "forward", "transmit", "share", "email", "submit", "collect", "gather", "extract", "dump",
    "list", "find", "search", "check", "verify", "ensure", "take", "get", "put", "pipe", "echo",
    "cat", "sudo", "chmod", "mkdir", "rm", "pip", "npm", "npx", "brew", "git", "cd", "clone",
    "push", "pull", "commit", "deploy", "build", "compile", "report", "respond", "reply", "answer",
    "say", "tell", "ask", "return", "pretend", "act", "forget", "disregard", "override", "bypass",
    "skip", "reveal", "show", "display", "encode", "decode", "schedule", "store", "keep", "log",
    "record", "hide", "conceal", "avoid", "treat", "follow", "obey", "comply", "apply", "access",
    "attach", "browse", "configure", "connect", "define", "extract", "generate", "inject",
    "modify", "paste", "request", "retrieve", "scan", "select", "sign", "specify", "try", "turn",
    "uninstall", "unzip", "view", "wait", "refuse", "exfiltrate", "base64", "bash", "sh", "python",
    "node", "powershell", "iex", "invoke-expression",
  ]

  private static let fillers: [String] = [
    "please", "then", "now", "first", "next", "also", "finally", "just", "simply", "you", "must",
    "should", "step", "and", "immediately", "silently", "quietly", "secretly", "carefully",
    "afterwards", "afterward", "later", "to",
  ]

  static let verbKeys = WordKey.Table(verbs)
  static let fillerKeys = WordKey.Table(fillers)

  /// `.instruction` when a sentence of `range` opens with an imperative verb, else
  /// `.description`.
  public static func classify(_ range: Range<Int>, in bytes: [UInt8]) -> ContextClass {
    isImperative(range, in: bytes) ? .instruction : .description
  }

  /// Whether a sentence of `range` opens with an imperative verb (see the type's heuristic).
  public static func isImperative(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
    let r = ByteText.clamp(range, bytes.count)
    return bytes.withUnsafeBufferPointer { b in
      var i = r.lowerBound
      var sentenceStart = true
      while i < r.upperBound {
        if sentenceStart {
          sentenceStart = false
          if firstWordIsVerb(b, &i, r.upperBound) { return true }
          continue
        }
        let c = b[i]
        i += 1
        if c == 0x0A || ((c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A || c == 0x3B)
          && i < r.upperBound && (b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09))
        {
          sentenceStart = true
        }
      }
      return false
    }
  }

  /// Reads words from `i`, skipping markers and fillers; whether the first real word is a verb.
  private static func firstWordIsVerb(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> Bool {
    var words = 0
    while i < end && words < 6 {
      // Skip markers: spaces, list bullets, quotes, emphasis, brackets, numbering.
      while i < end {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x2D || c == 0x2A || c == 0x2B || c == 0x3E || c == 0x5F
          || c == 0x23 || c == 0x5B || c == 0x28 || c == 0x22 || c == 0x27 || c == 0x7C || c == 0x0D
          || ByteClass.isDigit(c) || ((c == 0x2E || c == 0x29 || c == 0x3A) && i + 1 < end && b[i + 1] == 0x20)
        {
          i += 1
        } else {
          break
        }
      }
      let start = i
      while i < end && (ByteClass.isAlpha(b[i]) || b[i] == 0x27 || (b[i] == 0x2D && i > start)) { i += 1 }
      guard i > start, let key = WordKey(b, start, i) else { return false }
      if verbKeys.contains(key) { return true }
      guard fillerKeys.contains(key) else { return false }
      words += 1
      if i < end && b[i] == 0x2C { i += 1 }  // "Then, run …"
    }
    return false
  }
}

/// A lower-cased ASCII word of up to 16 bytes packed into two integers, for allocation-free
/// set lookups.
struct WordKey: Hashable, Comparable, Sendable {
  var a: UInt64 = 0
  var b: UInt64 = 0

  static func < (l: WordKey, r: WordKey) -> Bool { l.a != r.a ? l.a < r.a : l.b < r.b }

  /// A sorted table with binary-search lookup: no hashing on the hot path.
  struct Table: Sendable {
    let keys: [WordKey]
    init(_ words: [String]) { keys = Array(Set(words.compactMap(WordKey.init))).sorted() }
    func contains(_ key: WordKey) -> Bool {
      var lo = 0
      var hi = keys.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if keys[mid] < key { lo = mid + 1 } else { hi = mid }
      }
      return lo < keys.count && keys[lo] == key
    }
  }

  init?(_ word: String) {
    let u = Array(word.utf8)
    guard let key = u.withUnsafeBufferPointer({ WordKey($0, 0, u.count) }) else { return nil }
    self = key
  }

  init?(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
    guard end - start <= 16, end > start else { return nil }
    for k in start..<end {
      let v = UInt64(ByteClass.lower(bytes[k]))
      let p = k - start
      if p < 8 { a |= v << (UInt64(p) * 8) } else { b |= v << (UInt64(p - 8) * 8) }
    }
  }
}
