public import SkillScanCore

/// The shell a build or CI file runs: Makefile recipes, Dockerfile `RUN` instructions,
/// GitHub Actions `run:` steps and a direnv `.envrc`.
///
/// Each format wraps shell in its own syntax (a tab-indented recipe with `$(VAR)` make
/// variables, `RUN` with line continuations, a YAML block scalar), so no shell rule sees the
/// command: `setup: ; $(FETCH) $(TOOLS_URL)/install.sh | sh` was text. The commands become
/// one derived shell script whose findings are reported at their lines in the real file
/// (``SourceOrigin``). Nothing here runs anything; make variables are substituted from the
/// file's own plain assignments, a bounded number of times.
public enum BuildRecipes {
  /// The recipes of a Makefile (`Makefile`, `GNUmakefile`, `*.mk`) as one shell script.
  public static func makefile(of file: SourceFile) -> SourceFile? {
    let name = file.lowercasedName
    guard file.kind != .binary, name == "makefile" || name == "gnumakefile" || name.hasSuffix(".mk") else { return nil }
    var variables: [String: String] = [:]
    var script = DerivedScript()
    var inRule = false
    for line in logicalLines(file.bytes) {
      let text = line.text
      if text.hasPrefix("\t") {
        guard inRule else { continue }
        var command = Substring(text.dropFirst())
        while let first = command.first, first == "@" || first == "-" || first == "+" { command = command.dropFirst() }
        guard command.contains(where: { !$0.isWhitespace }), !command.hasPrefix("#") else { continue }
        script.append(expand(String(command), variables), line: line.number, column: 2, spansLines: true)
        continue
      }
      let trimmed = text.drop { $0 == " " }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if let (key, op, value) = assignment(String(trimmed)) {
        variables[key] = op == "+=" ? (variables[key].map { $0 + " " } ?? "") + value : value
        inRule = false
        continue
      }
      // `target: prerequisites` (also `target: ; command`) opens a rule.
      if let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].contains("=") {
        inRule = true
        let rest = trimmed[trimmed.index(after: colon)...]
        if let semicolon = rest.firstIndex(of: ";") {
          let command = rest[rest.index(after: semicolon)...]
          if command.contains(where: { !$0.isWhitespace }) {
            script.append(expand(String(command), variables), line: line.number, column: 1)
          }
        }
      } else {
        inRule = false
      }
    }
    return script.file(of: file, suffix: "#recipes", runsUnattended: false)
  }

  /// The `RUN` instructions of a Dockerfile (`Dockerfile`, `*.dockerfile`, `Containerfile`).
  public static func dockerfile(of file: SourceFile) -> SourceFile? {
    let name = file.lowercasedName
    guard file.kind != .binary,
      name == "dockerfile" || name == "containerfile" || name.hasPrefix("dockerfile.") || name.hasSuffix(".dockerfile")
    else { return nil }
    var script = DerivedScript()
    for line in logicalLines(file.bytes) {
      let trimmed = line.text.drop { $0 == " " || $0 == "\t" }
      // `ARG FETCH="wget -qO-"` and `ENV MIRROR=http://…` set variables every later `RUN`
      // sees: they become assignments of the derived script, so `${FETCH} "$src" | sh`
      // reads as the download it is.
      if let assignment = buildVariable(trimmed) {
        script.append(assignment, line: line.number, column: 1)
        continue
      }
      guard trimmed.count > 4, trimmed.prefix(4).uppercased() == "RUN ", let first = trimmed.first, first != "#" else { continue }
      var command = trimmed.dropFirst(4).drop { $0 == " " }
      // `--mount=…`, `--network=…`, `--security=…` change how the step runs, not what runs.
      while command.hasPrefix("--") {
        command = command.drop { $0 != " " }.drop { $0 == " " }
      }
      if command.hasPrefix("["), let words = jsonWords(String(command)) {
        script.append(words.map(ServiceCommands.quoted).joined(separator: " "), line: line.number, column: 1)
      } else if !command.isEmpty {
        script.append(String(command), line: line.number, column: 1, spansLines: true)
      }
    }
    return script.file(of: file, suffix: "#RUN", runsUnattended: false)
  }

  /// A Dockerfile `ARG NAME=value` or `ENV NAME=value …` (also the legacy `ENV NAME value`)
  /// as shell assignments; nil for any other line, and for an `ARG` without a default.
  static func buildVariable(_ line: Substring) -> String? {
    guard line.count > 4 else { return nil }
    let keyword = line.prefix(4).uppercased()
    guard keyword == "ARG " || keyword == "ENV " else { return nil }
    let rest = line.dropFirst(4).drop { $0 == " " || $0 == "\t" }
    guard let first = rest.first, first.isLetter || first == "_" else { return nil }
    let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
    let after = rest.dropFirst(name.count)
    if after.first == "=" { return String(rest) }
    // `ENV NAME value`: the rest of the line is the value.
    guard keyword == "ENV ", after.first == " " || after.first == "\t" else { return nil }
    let value = after.drop { $0 == " " || $0 == "\t" }
    guard !value.isEmpty else { return nil }
    return String(name) + "=" + ServiceCommands.quoted(String(value))
  }

  /// The `run:` steps of a GitHub Actions workflow (a YAML file under `.github/workflows`, or
  /// one with `runs-on:`), inline values and block scalars alike.
  public static func workflowRuns(of file: SourceFile) -> SourceFile? {
    let name = file.lowercasedName
    // Workflows, and composite actions (`action.yml`, `runs: using: composite`), whose steps
    // run in the workflows that use them.
    guard file.kind != .binary, name.hasSuffix(".yml") || name.hasSuffix(".yaml"),
      file.path.contains(".github/workflows/") || ByteSearch.contains(file.bytes, Array("runs-on:".utf8))
        || ((name == "action.yml" || name == "action.yaml") && ByteSearch.contains(file.bytes, Array("composite".utf8)))
    else { return nil }
    return yamlValues(of: file, keys: ["run:"], suffix: "#run", runsUnattended: false)
  }

  /// The values of `keys` in a YAML file as one shell script: inline values (quotes
  /// removed) and block scalars, each at its lines.
  static func yamlValues(
    of file: SourceFile, keys: [String], suffix: String, runsUnattended: Bool, transform: ((String) -> String)? = nil
  ) -> SourceFile? {
    var script = DerivedScript()
    let lines = rawLines(file.bytes)
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      let indent = line.text.prefix { $0 == " " }.count
      var rest = line.text.dropFirst(indent)
      if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
      guard let key = keys.first(where: { rest.hasPrefix($0) }) else { continue }
      let value = rest.dropFirst(key.count).drop { $0 == " " }
      if value.hasPrefix("|") || value.hasPrefix(">") {
        // A block scalar: the lines indented deeper than the key.
        var body: [(String, Int)] = []
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
          body.append((String(next.text.dropFirst(cut)), next.number))
        }
        if let transform, let first = body.first {
          // Read as one command (`bash -c '` on the first line, its script below), line by line.
          script.append(transform(body.map(\.0).joined(separator: "\n")), line: first.1, column: (bodyIndent ?? 0) + 1, spansLines: true)
        } else {
          for (text, number) in body { script.append(text, line: number, column: (bodyIndent ?? 0) + 1) }
        }
      } else if !value.isEmpty, !value.hasPrefix("#") {
        var command = String(value)
        if let q = command.first, q == "\"" || q == "'", command.count >= 2, command.last == q {
          command = String(command.dropFirst().dropLast())
        }
        script.append(transform?(command) ?? command, line: line.number, column: line.text.count - value.count + 1)
      }
    }
    return script.file(of: file, suffix: suffix, runsUnattended: runsUnattended)
  }

  /// A direnv `.envrc`: shell that direnv runs on entering the folder once allowed.
  public static func envrc(of file: SourceFile) -> SourceFile? {
    guard file.kind != .binary, file.lowercasedName == ".envrc", file.language != .shell else { return nil }
    var script = DerivedScript()
    for line in rawLines(file.bytes) { script.append(line.text, line: line.number, column: 1) }
    return script.file(of: file, suffix: "#envrc", runsUnattended: true)
  }

  // MARK: - Lines

  struct Line {
    var text: String
    var number: Int
  }

  /// The file's lines without their line breaks, numbered from 1.
  static func rawLines(_ bytes: [UInt8]) -> [Line] {
    var out: [Line] = []
    var start = 0
    var number = 1
    while start <= bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var textEnd = end
      if textEnd > start, bytes[textEnd - 1] == 0x0D { textEnd -= 1 }
      out.append(Line(text: String(decoding: bytes[start..<textEnd], as: UTF8.self), number: number))
      if end == bytes.count { break }
      start = end + 1
      number += 1
    }
    return out
  }

  /// Lines with backslash continuations kept inside one logical line (the shell reads the
  /// backslash-newline itself); numbered by their first physical line.
  static func logicalLines(_ bytes: [UInt8]) -> [Line] {
    var out: [Line] = []
    var pending: Line?
    for line in rawLines(bytes) {
      if var open = pending {
        open.text += "\n" + line.text
        pending = open
      } else {
        pending = line
      }
      if !line.text.hasSuffix("\\") {
        out.append(pending!)
        pending = nil
      }
    }
    if let pending { out.append(pending) }
    return out
  }

  // MARK: - Make variables

  /// `NAME = value`, `NAME := value`, `NAME ?= value`, `NAME += value` (also `export NAME = …`).
  static func assignment(_ text: String) -> (String, String, String)? {
    var body = Substring(text)
    if body.hasPrefix("export ") || body.hasPrefix("override ") { body = body.drop { $0 != " " }.drop { $0 == " " } }
    guard let eq = body.firstIndex(of: "=") else { return nil }
    var keyEnd = eq
    var op = "="
    if keyEnd > body.startIndex {
      let before = body[body.index(before: keyEnd)]
      if before == ":" || before == "?" || before == "+" || before == "!" {
        keyEnd = body.index(before: keyEnd)
        op = String(before) + "="
        if before == ":", keyEnd > body.startIndex, body[body.index(before: keyEnd)] == ":" { keyEnd = body.index(before: keyEnd) }
      }
    }
    let key = body[..<keyEnd].trimmingSpaces
    guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }) else { return nil }
    let value = body[body.index(after: eq)...].trimmingSpaces
    return (String(key), op, String(value))
  }

  /// Expansions per recipe line, and the longest expansion kept: a variable defined in terms
  /// of itself, or a hostile file of nested variables, stops there.
  static let maxExpansions = 64
  public static let maxExpandedLength = 8_192

  /// `text` with `$(NAME)`/`${NAME}` replaced from `variables`, `$(shell cmd)` turned into the
  /// shell's `$(cmd)`, other make functions and unknown names into `${NAME}`, and `$$` into `$`.
  public static func expand(_ text: String, _ variables: [String: String]) -> String {
    guard text.utf8.contains(0x24) else { return text }
    var input = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(input.count)
    var expansions = 0
    var i = 0
    while i < input.count {
      let c = input[i]
      guard c == 0x24, i + 1 < input.count else {
        out.append(c)
        i += 1
        continue
      }
      let open = input[i + 1]
      if open == 0x24 {
        out.append(0x24)
        i += 2
        continue
      }
      guard open == 0x28 || open == 0x7B else {
        out.append(c)
        i += 1
        continue
      }
      let close: UInt8 = open == 0x28 ? 0x29 : 0x7D
      var depth = 0
      var j = i + 1
      while j < input.count {
        if input[j] == open {
          depth += 1
        } else if input[j] == close {
          depth -= 1
          if depth == 0 { break }
        }
        j += 1
      }
      guard j < input.count else {
        out += input[i...]
        break
      }
      let inner = Array(input[(i + 2)..<j])
      i = j + 1
      if inner.starts(with: Array("shell ".utf8)) {
        out += Array("$(".utf8) + inner.dropFirst(6) + [0x29]
      } else if let value = variables[String(decoding: inner, as: UTF8.self)], expansions < maxExpansions,
        out.count + value.utf8.count + (input.count - i) <= maxExpandedLength
      {
        // The value is read again, so variables it names are substituted too.
        expansions += 1
        input = Array(value.utf8) + input[i...]
        i = 0
      } else {
        let word = inner.prefix { $0 != 0x20 && $0 != 0x2C }
        out += Array("${".utf8) + word + [0x7D]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The strings of a one-line JSON array (`["sh", "-c", "curl … | sh"]`), or nil.
  static func jsonWords(_ text: String) -> [String]? {
    guard case .list(let items)? = LenientJSON.parse(text) else { return nil }
    var words: [String] = []
    for item in items {
      guard case .string(let s) = item else { return nil }
      words.append(s)
    }
    return words
  }
}

extension Substring {
  /// Without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed().reduce(into: Substring()) { $0.append($1) }
  }
}
