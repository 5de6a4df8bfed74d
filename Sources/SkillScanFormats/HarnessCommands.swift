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
    var commands: [String] = []
    collect(root, into: &commands, depth: 0)
    guard !commands.isEmpty else { return nil }
    // The k-th command found sits at the k-th "command" member in the text (objects keep
    // their document order); each command is placed at the next member from the last.
    var script = DerivedScript()
    var from = 0
    for command in commands {
      var at = max(0, from - key.count)
      // The member name, not a value that happens to read "command" (`"type": "command"`).
      var search = from
      while let hit = ByteSearch.firstIndex(of: key, in: bytes, from: search) {
        var i = hit + key.count
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        if i < bytes.count, bytes[i] == 0x3A {
          at = hit
          break
        }
        search = hit + key.count
      }
      from = at + key.count
      let position = file.lines.position(of: at, in: bytes)
      script.append(command, line: position.line, column: position.column)
    }
    return script.file(of: file, suffix: "#command", runsUnattended: true)
  }

  /// Keys under which `{"type": "command", "command": …}` is run by the harness.
  static let hookKeys: Set<String> = ["hooks", "statusline"]
  /// Keys under which `{"command": …, "args": […]}` launches an MCP server.
  static let serverKeys: Set<String> = ["mcpservers", "servers", "context_servers", "mcp"]

  enum Scope { case other, hooks, servers }

  /// Depth-first, in document order; bounded depth (LenientJSON bounds the size). Only the
  /// shapes a harness runs count: a recipe list of `{"type": "command"}` steps elsewhere in a
  /// data file is the skill's own data.
  static func collect(_ value: YAMLValue, into out: inout [String], depth: Int, scope: Scope = .other) {
    guard depth < 32 else { return }
    switch value {
    case .map(let members):
      if scope != .other, case .string(let command)? = members.first(where: { $0.key == "command" })?.value,
        command.contains(where: { !$0.isWhitespace })
      {
        let type = members.first(where: { $0.key == "type" })?.value
        if scope == .servers, case .list(let items)? = members.first(where: { $0.key == "args" })?.value {
          let args = items.compactMap { item -> String? in
            if case .string(let s) = item { return ServiceCommands.quoted(s) }
            return nil
          }
          out.append(([command] + args).joined(separator: " "))
        } else if scope == .servers || type == .string("command") {
          out.append(command)
        }
      }
      for member in members {
        let key = member.key.lowercased()
        let inner: Scope = hookKeys.contains(key) ? .hooks : serverKeys.contains(key) ? .servers : scope
        collect(member.value, into: &out, depth: depth + 1, scope: inner)
      }
    case .list(let items):
      for item in items { collect(item, into: &out, depth: depth + 1, scope: scope) }
    default:
      break
    }
  }
}
