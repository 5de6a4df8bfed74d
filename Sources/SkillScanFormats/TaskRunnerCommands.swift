public import SkillScanCore

/// The shell that task runners and hook managers run from their own files: justfile recipes,
/// tox `commands`, pre-commit `entry` lines, and the `run:` steps of a composite GitHub
/// action (see ``BuildRecipes/workflowRuns(of:)`` for workflows).
///
/// Each wraps a shell line in its own syntax (an indented recipe, an INI value continued over
/// lines, a YAML scalar), so no shell rule read it: a tox environment that uploads `.env` and
/// `env` output, or a pre-commit hook that posts staged secrets, was text. Each command
/// becomes a line of a derived shell script reported at its line in the real file. Nothing
/// here runs anything.
public enum TaskRunnerCommands {
  /// A justfile's recipe bodies (`justfile`, `Justfile`, `.justfile`, `*.just`).
  public static func justfile(of file: SourceFile) -> SourceFile? {
    let name = file.lowercasedName
    guard file.kind != .binary, name == "justfile" || name == ".justfile" || name.hasSuffix(".just") else { return nil }
    var script = DerivedScript()
    var inRecipe = false
    for line in BuildRecipes.rawLines(file.bytes) {
      let text = line.text
      let indent = text.prefix { $0 == " " || $0 == "\t" }.count
      let body = text.dropFirst(indent)
      if body.isEmpty { continue }
      if indent == 0 {
        // `name arg: deps` opens a recipe; `x := value`, `set …`, comments and attributes do not.
        inRecipe = !body.hasPrefix("#") && !body.hasPrefix("[") && !body.hasPrefix("set ") && !body.contains(":=")
          && body.contains(":")
        continue
      }
      guard inRecipe, !body.hasPrefix("#!") else { continue }
      var command = body
      while let first = command.first, first == "@" || first == "-" { command = command.dropFirst() }
      if command.hasPrefix("#") { continue }
      script.append(unwrapped(String(command)), line: line.number, column: indent + 1)
    }
    return script.file(of: file, suffix: "#recipes", runsUnattended: false)
  }

  /// tox's `commands`, `commands_pre` and `commands_post` (`tox.ini`, and `[tox:…]`/`[testenv…]`
  /// sections of `setup.cfg`), one command per value line; a trailing `\` continues a line.
  public static func tox(of file: SourceFile) -> SourceFile? {
    let name = file.lowercasedName
    guard file.kind != .binary, name == "tox.ini" || name == "setup.cfg" else { return nil }
    var script = DerivedScript()
    var inCommands = false
    var pending: (text: String, line: Int, column: Int)?
    for line in BuildRecipes.rawLines(file.bytes) {
      let text = line.text
      let indent = text.prefix { $0 == " " || $0 == "\t" }.count
      let body = text.dropFirst(indent)
      if let open = pending {
        let joined = open.text + " " + body
        if joined.hasSuffix("\\") {
          pending = (String(joined.dropLast()), open.line, open.column)
        } else {
          script.append(unwrapped(joined), line: open.line, column: open.column)
          pending = nil
        }
        continue
      }
      if indent == 0 {
        inCommands = false
        guard let eq = body.firstIndex(of: "=") else { continue }
        let key = body[..<eq].trimmingSpaces
        guard key == "commands" || key == "commands_pre" || key == "commands_post" else { continue }
        inCommands = true
        let value = body[body.index(after: eq)...].trimmingSpaces
        if !value.isEmpty { add(value, line: line.number, column: text.count - value.count + 1) }
        continue
      }
      guard inCommands, !body.isEmpty, !body.hasPrefix("#") else { continue }
      add(body, line: line.number, column: indent + 1)
    }
    func add(_ value: Substring, line: Int, column: Int) {
      if value.hasSuffix("\\") {
        pending = (String(value.dropLast()), line, column)
      } else {
        script.append(unwrapped(String(value)), line: line, column: column)
      }
    }
    if let open = pending { script.append(unwrapped(open.text), line: open.line, column: open.column) }
    return script.file(of: file, suffix: "#commands", runsUnattended: false)
  }

  /// The `entry:` of each hook in a pre-commit configuration (`.pre-commit-config.yaml`,
  /// `.pre-commit-hooks.yaml`): the command pre-commit runs on every commit.
  public static func preCommit(of file: SourceFile) -> SourceFile? {
    let name = file.lowercasedName
    guard file.kind != .binary, name == ".pre-commit-config.yaml" || name == ".pre-commit-hooks.yaml"
      || name == ".pre-commit-config.yml"
    else { return nil }
    return BuildRecipes.yamlValues(of: file, keys: ["entry:"], suffix: "#entry", runsUnattended: true, transform: unwrapped)
  }

  /// Shells that run their `-c` argument as a script.
  static let shells: Set<String> = ["bash", "sh", "zsh", "dash", "/bin/bash", "/bin/sh", "/usr/bin/bash", "/bin/zsh"]

  /// `bash -c '<script>'` as the script itself, so every shell rule reads its commands (a
  /// tox command or hook entry is often one `bash -c` wrapping the whole job). Single quotes
  /// are taken literally; double quotes lose their backslash escapes. Anything else, or text
  /// after the closing quote, is returned unchanged.
  static func unwrapped(_ command: String) -> String {
    let bytes = Array(command.utf8)
    var i = 0
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    let nameStart = i
    while i < bytes.count, bytes[i] != 0x20, bytes[i] != 0x09 { i += 1 }
    guard shells.contains(String(decoding: bytes[nameStart..<i], as: UTF8.self)) else { return command }
    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    guard i + 2 < bytes.count, bytes[i] == 0x2D, bytes[i + 1] == 0x63, bytes[i + 2] == 0x20 else { return command }
    i += 3
    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    guard i < bytes.count, bytes[i] == 0x27 || bytes[i] == 0x22 else { return command }
    let quote = bytes[i]
    var inner: [UInt8] = []
    var j = i + 1
    while j < bytes.count, bytes[j] != quote {
      if quote == 0x22, bytes[j] == 0x5C, j + 1 < bytes.count, [0x22, 0x5C, 0x24, 0x60].contains(bytes[j + 1]) {
        inner.append(bytes[j + 1])
        j += 2
        continue
      }
      inner.append(bytes[j])
      j += 1
    }
    guard j < bytes.count else { return command }
    var k = j + 1
    while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x0D || bytes[k] == 0x0A { k += 1 }
    return k == bytes.count ? String(decoding: inner, as: UTF8.self) : command
  }
}
