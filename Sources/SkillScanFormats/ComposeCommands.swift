public import SkillScanCore

/// The commands the services of a Docker Compose file run: `command:` and `entrypoint:`.
///
/// A compose service's command is shell the container runs when the stack starts
/// (`entrypoint: ["/bin/sh", "-c"]` and a folded `command:` block), often with the host's
/// root mounted; as YAML no shell rule read it, so a setuid copy of the host's shell made in
/// a "metrics" container was text. Values become lines of a derived shell script reported at
/// their lines: inline strings, flow lists (`["sh", "-c", "…"]`), block scalars, and block
/// lists of either. Compose's `$$` escape is read as `$`.
public enum ComposeCommands {
  static let keys = ["command:", "entrypoint:", "args:"]

  /// Compose files by name, and Kubernetes manifests and Helm templates (a YAML file with
  /// `apiVersion:` and `kind:`), whose containers' `command`/`args` run the same way.
  public static func derivedFile(of file: SourceFile) -> SourceFile? {
    let name = file.lowercasedName
    guard file.kind != .binary, name.hasSuffix(".yml") || name.hasSuffix(".yaml") || name.hasSuffix(".tpl"),
      name.hasPrefix("docker-compose") || name.hasPrefix("compose.") || name.hasPrefix("compose-")
        || name.hasPrefix("podman-compose")
        || (ByteSearch.contains(file.bytes, Array("apiVersion:".utf8)) && ByteSearch.contains(file.bytes, Array("kind:".utf8))
          && ByteSearch.contains(file.bytes, Array("containers:".utf8)))
    else { return nil }
    var script = DerivedScript()
    let lines = BuildRecipes.rawLines(file.bytes)
    var index = 0
    func add(_ text: String, _ line: Int, _ column: Int) {
      let unescaped = text.utf8.contains(0x24) ? text.split(separator: "$$", omittingEmptySubsequences: false).joined(separator: "$") : text
      script.append(unescaped, line: line, column: column)
    }
    /// Reads the value that starts with `value` on `line` (indent `indent`), advancing
    /// `index` past a block scalar's body.
    func readValue(_ value: Substring, line: BuildRecipes.Line, indent: Int) {
      if value.hasPrefix("|") || value.hasPrefix(">") {
        var bodyIndent: Int?
        while index < lines.count {
          let next = lines[index]
          let nextIndent = next.text.prefix { $0 == " " }.count
          let blank = next.text.allSatisfy { $0 == " " || $0 == "\r" }
          if !blank && nextIndent <= indent { break }
          index += 1
          if blank { continue }
          let cut = min(nextIndent, bodyIndent ?? nextIndent)
          bodyIndent = bodyIndent ?? nextIndent
          add(String(next.text.dropFirst(cut)), next.number, cut + 1)
        }
      } else if value.hasPrefix("["), let words = BuildRecipes.jsonWords(String(value)) {
        add(words.map(ServiceCommands.quoted).joined(separator: " "), line.number, line.text.count - value.count + 1)
      } else if !value.isEmpty, !value.hasPrefix("#") {
        var command = String(value)
        if let q = command.first, q == "\"" || q == "'", command.count >= 2, command.last == q {
          command = String(command.dropFirst().dropLast())
        }
        add(command, line.number, line.text.count - value.count + 1)
      }
    }
    while index < lines.count {
      let line = lines[index]
      index += 1
      let indent = line.text.prefix { $0 == " " }.count
      let rest = line.text.dropFirst(indent)
      guard let key = keys.first(where: { rest.hasPrefix($0) }) else { continue }
      let value = rest.dropFirst(key.count).drop { $0 == " " }
      if !value.isEmpty {
        readValue(value, line: line, indent: indent)
        continue
      }
      // A block list: `- item` lines deeper than the key, each an inline value or a block scalar.
      while index < lines.count {
        let item = lines[index]
        let itemIndent = item.text.prefix { $0 == " " }.count
        let itemRest = item.text.dropFirst(itemIndent)
        let blank = item.text.allSatisfy { $0 == " " || $0 == "\r" }
        if blank {
          index += 1
          continue
        }
        guard itemIndent >= indent, itemRest.hasPrefix("- ") || itemRest == "-" else { break }
        index += 1
        readValue(itemRest.dropFirst(1).drop { $0 == " " }, line: item, indent: itemIndent)
      }
    }
    return script.file(of: file, suffix: "#command", runsUnattended: true)
  }
}
