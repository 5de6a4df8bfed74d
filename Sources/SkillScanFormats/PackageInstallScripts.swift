public import SkillScanCore

/// The install hooks of a `package.json`: the shell command lines npm runs by itself when the
/// package is installed (`preinstall`, `install`, `postinstall`, `prepare`, …).
///
/// An install hook is the classic npm supply-chain vector: `npm install` in the skill's folder
/// runs it before anyone reads it, and its JSON string hides the command behind escapes
/// (`"node -e \"require('https').get(…)\""`), so shell and code rules reading the raw JSON
/// never see a command. The hooks become one shell script, decoded so the lexers see the real
/// quotes, whose findings are reported at each value in `package.json` (``SourceOrigin``).
/// Scripts that run only when someone asks (`test`, `build`) stay data.
public enum PackageInstallScripts {
  /// Script names npm runs on `npm install` / `npm ci` in the package's folder, or when the
  /// package is installed from a folder or git URL.
  public static let hookNames: Set<String> = [
    "preinstall", "install", "postinstall", "prepublish", "preprepare", "prepare", "postprepare",
  ]

  /// The install hooks of `file` when it is a `package.json`, as one shell script (a line
  /// per hook line, in the order the hooks appear); nil for any other file, a manifest that
  /// does not parse, or one without hooks.
  public static func derivedFile(of file: SourceFile) -> SourceFile? {
    let bytes = file.bytes
    guard file.name.lowercased() == "package.json", file.kind != .binary,
      let scriptsKey = ByteSearch.firstIndex(of: Array("\"scripts\"".utf8), in: bytes)
    else { return nil }
    guard case .map(let top)? = LenientJSON.parse(String(decoding: bytes, as: UTF8.self)),
      case .map(let scripts)? = top.first(where: { $0.key == "scripts" })?.value
    else { return nil }
    var script = DerivedScript()
    for (name, value) in scripts where hookNames.contains(name) {
      guard case .string(let command) = value, command.contains(where: { !$0.isWhitespace }) else { continue }
      let at = valueStart(of: name, in: bytes, after: scriptsKey) ?? scriptsKey
      let position = file.lines.position(of: at, in: bytes)
      script.append(command, line: position.line, column: position.column)
    }
    return script.file(of: file, suffix: "#scripts", runsUnattended: true)
  }

  /// The offset just inside the quote that opens `"name": "…"`'s value, searching from
  /// `from` (the `"scripts"` key); nil when the member is written some other way.
  static func valueStart(of name: String, in bytes: [UInt8], after from: Int) -> Int? {
    var search = from
    let key = Array("\"\(name)\"".utf8)
    while let at = ByteSearch.firstIndex(of: key, in: bytes, from: search) {
      var i = at + key.count
      while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
      if i < bytes.count, bytes[i] == 0x3A {
        i += 1
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        if i < bytes.count, bytes[i] == 0x22 { return i + 1 }
      }
      search = at + key.count
    }
    return nil
  }
}

/// Command lines gathered from one real file into a derived shell script, with where each
/// line came from.
struct DerivedScript {
  var text: [UInt8] = []
  var lines: [Int] = []
  var columns: [Int] = []

  /// Appends `command` (which may span lines) as taken from `line`:`column`.
  /// `spansLines`: the command's own line breaks are the file's (a continued Makefile or
  /// Dockerfile line), so each part is reported at its own line rather than the first.
  mutating func append(_ command: String, line: Int, column: Int, spansLines: Bool = false) {
    var first = true
    var offset = 0
    // Split on bytes: a derived script can be a 20 MB Makefile's worth of lines.
    for part in command.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      text += part
      text.append(0x0A)
      lines.append(spansLines ? line + offset : line)
      offset += 1
      columns.append(first ? column : 1)
      first = false
    }
  }

  /// The derived shell file, or nil when nothing was gathered.
  func file(of source: SourceFile, suffix: String, runsUnattended: Bool, language: Language = .shell) -> SourceFile? {
    guard !lines.isEmpty else { return nil }
    return SourceFile(
      path: source.path + suffix, bytes: text, kind: .script, language: language,
      origin: SourceOrigin(path: source.path, lines: lines, columns: columns, runsUnattended: runsUnattended))
  }
}
