public import SkillScanCore

/// Which command language a ``ShellCommand`` came from; names compare differently.
public enum ShellDialect: String, Sendable, Hashable {
  /// sh, bash, zsh: case-sensitive names.
  case posix
  /// PowerShell: case-insensitive names, `-Parameter` arguments.
  case powershell
}

/// A redirection attached to a command (`> file`, `2>&1`, `<<EOF`).
public struct ShellRedirection: Sendable, Hashable {
  /// The operator token, IO number and dup target included (`2>`, `>&2`, `<<-`).
  public var op: Token
  /// The word after the operator (file name, here-doc delimiter), when there is one.
  public var target: Token?
  /// The here-document body, for `<<` and `<<-`.
  public var heredocBody: Token?

  public init(op: Token, target: Token? = nil, heredocBody: Token? = nil) {
    self.op = op
    self.target = target
    self.heredocBody = heredocBody
  }
}

/// One simple command: its argv words, leading assignments and redirections.
///
/// `words[0]` is the command name as written (`sudo`, `/usr/bin/curl`); use
/// ``effectiveCommand(in:)`` to look through wrappers such as `sudo` or `env`.
/// A word that holds `$(…)` is one word here; the substitution's own commands are separate
/// ``ShellPipeline``s whose ``ShellPipeline/parentPipeline`` points back.
public struct ShellCommand: Sendable {
  /// The fields, shared between copies until one of them changes.
  ///
  /// Rules iterate commands by value (`for command in pipeline.commands`), and a command
  /// holds three arrays and a name: copying it retained four objects and releasing it four
  /// more, which was a fifth of the cost of a script dense with commands. One box makes a
  /// copy one retain.
  final class Storage: @unchecked Sendable {
    // Mutated only through `ShellCommand`'s setters, which first make the box unique
    // (copy-on-write); a shared box is never written, which is what makes the
    // unchecked conformance honest.
    var words: [Token]
    var assignments: [Token]
    var redirections: [ShellRedirection]
    var range: Range<Int>
    var dialect: ShellDialect
    var head: EffectiveHead?

    init(
      words: [Token], assignments: [Token], redirections: [ShellRedirection], range: Range<Int>,
      dialect: ShellDialect, head: EffectiveHead?
    ) {
      self.words = words
      self.assignments = assignments
      self.redirections = redirections
      self.range = range
      self.dialect = dialect
      self.head = head
    }

    func copy() -> Storage {
      Storage(words: words, assignments: assignments, redirections: redirections, range: range, dialect: dialect, head: head)
    }
  }

  private var storage: Storage

  private mutating func unique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  /// argv, including the command name; redirections and assignments excluded.
  public var words: [Token] {
    get { storage.words }
    set {
      unique()
      storage.words = newValue
      storage.head = nil
    }
  }
  /// `NAME=value` words before the command name.
  public var assignments: [Token] {
    get { storage.assignments }
    set {
      unique()
      storage.assignments = newValue
    }
  }
  public var redirections: [ShellRedirection] {
    get { storage.redirections }
    set {
      unique()
      storage.redirections = newValue
    }
  }
  /// Bytes from the first to the last token of the command.
  public var range: Range<Int> {
    get { storage.range }
    set {
      unique()
      storage.range = newValue
    }
  }
  public var dialect: ShellDialect {
    get { storage.dialect }
    set {
      unique()
      storage.dialect = newValue
    }
  }
  /// Where the effective command starts in ``words`` and its name, resolved once when the
  /// command is parsed (``resolveHead(in:)``) because nearly every shell rule asks for it;
  /// nil until then, and reset whenever ``words`` changes.
  var head: EffectiveHead? {
    get { storage.head }
    set {
      unique()
      storage.head = newValue
    }
  }

  public init(
    words: [Token], assignments: [Token] = [], redirections: [ShellRedirection] = [],
    range: Range<Int>, dialect: ShellDialect = .posix
  ) {
    storage = Storage(
      words: words, assignments: assignments, redirections: redirections, range: range, dialect: dialect, head: nil)
  }

  /// The command name's basename (`/usr/bin/curl` → `curl`), unquoted; `""` when there is
  /// no name. PowerShell names are lower-cased because PowerShell ignores case.
  public func name(in bytes: [UInt8]) -> String {
    if let head, head.start == 0 { return head.name }
    guard let first = words.first else { return "" }
    guard dialect == .posix else {
      var value = StringLiteral.value(of: first, in: bytes, language: .powershell)
      if let slash = value.lastIndex(where: { $0 == "/" || $0 == "\\" }),
        value.index(after: slash) < value.endIndex
      {
        value = String(value[value.index(after: slash)...])
      }
      return value.lowercased()
    }
    return Self.posixName(first, bytes)
  }

  /// The basename of a POSIX word's unquoted value.
  ///
  /// Byte-level: every rule asks for command names, often several times per command, and
  /// prose parsed by shape yields a "command" per sentence. A plain word (no quoting) is
  /// sliced without building an unquoted copy.
  static func posixName(_ word: Token, _ bytes: [UInt8]) -> String {
    let r = ByteText.clamp(word.range, bytes.count)
    return bytes.withUnsafeBufferPointer { b -> String in
      var plain = true
      for i in r {
        let c = b[i]
        // Quotes, escapes and `$` are decoded; so are zero-width characters (0xE2/0xEF
        // leads), which ``ShellWord/unquotedBytes(_:_:)`` drops.
        if c == 0x27 || c == 0x22 || c == 0x5C || c == 0x24 || c == 0xE2 || c == 0xEF {
          plain = false
          break
        }
      }
      if plain { return Self.basename(UnsafeBufferPointer(rebasing: b[r])) }
      let value = ShellWord.unquotedBytes(r, b)
      if let looked = Self.lookedUpProgram(value) { return looked }
      return value.withUnsafeBufferPointer { Self.basename($0) }
    }
  }

  /// `$(command -v bash)`, `$(which curl)`, `` `type -P sh` ``: a command word that is the
  /// path a look-up prints runs the program looked up, so its name is that program's.
  /// Anything else in the substitution (a pipeline, a second word) is not resolved.
  static func lookedUpProgram(_ value: [UInt8]) -> String? {
    guard value.count >= 8, value.count <= 256 else { return nil }
    let inner: ArraySlice<UInt8>
    if value[0] == 0x24, value[1] == 0x28, value[value.count - 1] == 0x29 {
      inner = value[2..<(value.count - 1)]
    } else if value[0] == 0x60, value[value.count - 1] == 0x60 {
      inner = value[1..<(value.count - 1)]
    } else {
      return nil
    }
    let words = inner.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
    guard words.count >= 2, let last = words.last,
      !last.contains(where: { $0 == 0x24 || $0 == 0x7C || $0 == 0x3B || $0 == 0x26 || $0 == 0x28 || $0 == 0x60 })
    else { return nil }
    let verb = String(decoding: words[0], as: UTF8.self)
    let flags = words.dropFirst().dropLast().map { String(decoding: $0, as: UTF8.self) }
    switch verb {
    case "which", "whereis": guard flags.allSatisfy({ $0.hasPrefix("-") }) else { return nil }
    case "command": guard flags == ["-v"] || flags == ["-V"] else { return nil }
    case "type": guard flags == ["-p"] || flags == ["-P"] else { return nil }
    default: return nil
    }
    return Array(last).withUnsafeBufferPointer { basename($0) }
  }

  /// The text after the last `/`, or the whole value when it has none or ends with one.
  private static func basename(_ value: UnsafeBufferPointer<UInt8>) -> String {
    var slash = -1
    var i = value.count - 1
    while i >= 0 {
      if value[i] == 0x2F {
        slash = i
        break
      }
      i -= 1
    }
    guard slash >= 0, slash + 1 < value.count else { return String(decoding: value, as: UTF8.self) }
    return String(decoding: UnsafeBufferPointer(rebasing: value[(slash + 1)...]), as: UTF8.self)
  }

  /// The unquoted arguments after the command name.
  public func arguments(in bytes: [UInt8]) -> [String] {
    words.dropFirst().map { ShellWord.unquotedValue($0, bytes) }
  }

  /// Whether an argument is `flag` (`-c`), also inside a cluster of short flags (`-fsSL`
  /// has `-s`) for single-letter POSIX flags. PowerShell compares case-insensitively and
  /// accepts unambiguous prefixes of `flag` written with at least `minPrefix` characters.
  public func hasFlag(_ flag: String, in bytes: [UInt8], minPrefix: Int = 0) -> Bool {
    flagIndex(flag, in: bytes, minPrefix: minPrefix) != nil
  }

  /// The index in ``words`` of `flag` (see ``hasFlag(_:in:minPrefix:)``).
  public func flagIndex(_ flag: String, in bytes: [UInt8], minPrefix: Int = 0) -> Int? {
    let f = dialect == .powershell ? flag.lowercased() : flag
    let single = dialect == .posix && f.utf8.count == 2 && f.hasPrefix("-") && f != "--"
    for (index, word) in words.enumerated().dropFirst() {
      guard let firstByte = bytes[safe: word.range.lowerBound] else { continue }
      if firstByte != 0x2D && firstByte != 0x27 && firstByte != 0x22 { continue }
      var value = ShellWord.unquotedValue(word, bytes)
      if dialect == .powershell {
        value = value.lowercased()
        if let colon = value.firstIndex(of: ":") { value = String(value[..<colon]) }
        if value == f { return index }
        if minPrefix > 0, value.count >= minPrefix, f.hasPrefix(value), value.hasPrefix("-") {
          return index
        }
        continue
      }
      if value == f { return index }
      if value == "--" { return nil }
      if single, value.hasPrefix("-"), !value.hasPrefix("--"), value.utf8.count > 2,
        value.utf8.dropFirst().allSatisfy({ ByteClass.isAlpha($0) }),
        value.contains(f.last ?? "-")
      {
        return index
      }
    }
    return nil
  }
}

extension Array where Element == UInt8 {
  /// The byte at `index`, or nil when out of range.
  subscript(safe index: Int) -> UInt8? { index >= 0 && index < count ? self[index] : nil }
}
