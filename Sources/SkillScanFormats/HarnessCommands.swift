public import SkillScanCore

/// Commands an agent harness runs from a JSON configuration, wherever the file sits: Claude
/// Code hooks and status lines (`{"type": "command", "command": "…"}`) and MCP server
/// launches (`{"command": "npx", "args": [...]}`).
///
/// A skill that ships settings to be merged into `~/.claude/settings.json`, or a plugin's
/// `hooks.json`, gets these run on every prompt or session with no model in the loop; the
/// command is a shell line inside JSON that no shell rule reads. They become one shell
/// script, reported at each `"command"` member.
public enum HarnessCommands {
  /// The harness commands of a JSON `file` as one shell script (nil when there are none or
  /// the file does not parse).
  public static func derivedFile(of file: SourceFile) -> SourceFile? {
    let bytes = file.bytes
    let key = Array("\"command\"".utf8)
    guard file.language == .json, file.kind != .binary, ByteSearch.contains(bytes, key),
      let root = LenientJSON.parse(String(decoding: bytes, as: UTF8.self))
    else { return nil }
    var commands: [(ordinal: Int, text: String)] = []
    var ordinal = 0
    collect(root, into: &commands, ordinal: &ordinal, depth: 0)
    guard !commands.isEmpty else { return nil }
    // Objects keep their document order, so the n-th object holding a "command" member in
    // the walk is the n-th `"command":` member in the text; each command is placed there.
    var script = DerivedScript()
    var from = 0
    var member = -1
    var at = 0
    for command in commands {
      // The member name, not a value that happens to read "command" (`"type": "command"`).
      while member < command.ordinal, let hit = ByteSearch.firstIndex(of: key, in: bytes, from: from) {
        from = hit + key.count
        var i = from
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        if i < bytes.count, bytes[i] == 0x3A {
          member += 1
          at = hit
        }
      }
      let position = file.lines.position(of: at, in: bytes)
      script.append(command.text, line: position.line, column: position.column)
    }
    // A settings file kept as a test fixture (`tests/fixtures/risky-settings.json`) is what a
    // linter is tested on, not what the harness loads: its commands are read as fixture code.
    return script.file(of: file, suffix: "#command", runsUnattended: !file.isFixturePath)
  }

  /// Keys under which `{"type": "command", "command": …}` is run by the harness.
  static let hookKeys: Set<String> = ["hooks", "statusline"]
  /// Keys under which `{"command": …, "args": […]}` launches an MCP server.
  static let serverKeys: Set<String> = ["mcpservers", "servers", "context_servers", "mcp"]

  /// `folderOpenTask`: inside a task that runs on folder open, whose `windows`, `linux` and
  /// `osx` variants carry their own commands.
  enum Scope { case other, hooks, servers, folderOpenTask }

  /// Depth-first, in document order; bounded depth (LenientJSON bounds the size). Only the
  /// shapes a harness runs count: a recipe list of `{"type": "command"}` steps elsewhere in a
  /// data file is the skill's own data.
  static func collect(
    _ value: YAMLValue, into out: inout [(ordinal: Int, text: String)], ordinal: inout Int, depth: Int, scope: Scope = .other
  ) {
    guard depth < 32 else { return }
    switch value {
    case .map(let members):
      let commandValue = members.first(where: { $0.key == "command" })?.value
      let here = ordinal
      if commandValue != nil { ordinal += 1 }
      if case .string(let command)? = commandValue, command.contains(where: { !$0.isWhitespace }) {
        let type = members.first(where: { $0.key == "type" })?.value
        let args: [String]
        if case .list(let items)? = members.first(where: { $0.key == "args" })?.value {
          args = items.compactMap { item -> String? in
            if case .string(let s) = item { return ServiceCommands.quoted(s) }
            return nil
          }
        } else {
          args = []
        }
        if scope == .servers {
          out.append((here, ([command] + args).joined(separator: " ")))
        } else if scope == .hooks, type == .string("command") {
          out.append((here, command))
        } else if scope == .folderOpenTask || Self.runsOnFolderOpen(members) {
          // A VS Code task with `"runOn": "folderOpen"` runs when the folder is opened.
          out.append((here, ([command] + args).joined(separator: " ")))
        }
      }
      let folderOpen = Self.runsOnFolderOpen(members)
      for member in members {
        let key = member.key.lowercased()
        let inner: Scope = hookKeys.contains(key) ? .hooks : serverKeys.contains(key) ? .servers
          : folderOpen && Self.platformKeys.contains(key) ? .folderOpenTask : scope
        collect(member.value, into: &out, ordinal: &ordinal, depth: depth + 1, scope: inner)
      }
    case .list(let items):
      for item in items { collect(item, into: &out, ordinal: &ordinal, depth: depth + 1, scope: scope) }
    default:
      break
    }
  }

  /// A task's per-platform variants.
  static let platformKeys: Set<String> = ["windows", "linux", "osx"]

  /// `"runOptions": {"runOn": "folderOpen"}`: the task runs when the workspace is opened.
  static func runsOnFolderOpen(_ members: [(key: String, value: YAMLValue)]) -> Bool {
    guard case .map(let options)? = members.first(where: { $0.key == "runOptions" })?.value,
      case .string(let when)? = options.first(where: { $0.key == "runOn" })?.value
    else { return false }
    return when == "folderOpen"
  }
}
