import SkillScanCore
import SkillScanLexers

/// A download kept in a variable, or returned by a function of the script, then executed:
/// `p="$(curl -fsSL "$u")"; eval "$p"`, `fetch() { curl -fsSL "$1"; }; bash -c "$(fetch URL)"`.
///
/// The one-step constructs (``RemoteExecution/find(in:bytes:prose:depth:)``) see the
/// downloader and the executor in one pipeline or substitution; a watcher that fetches a
/// "policy" every few minutes and evals it splits them across a variable and a helper.
extension RemoteExecution {
  /// Bytes read back from a download for the function that holds it.
  static let functionLookBack = 4_096
  /// Downloads per span whose function is looked for.
  static let maxLookBacks = 64
  /// Executions of a downloaded variable reported per span.
  static let maxVariableHits = 64

  /// Download-then-execute through variables and the script's own functions, in `pipelines`
  /// (one span). Linear in the pipelines; each download looks back at most
  /// ``functionLookBack`` bytes for its function.
  static func variableHits(in pipelines: [ShellPipeline], bytes: [UInt8], prose: Bool) -> [Hit] {
    guard !prose, !pipelines.isEmpty else { return [] }
    // Nothing to follow without something that could run a variable: an `eval`, a `sh -c`,
    // or a shell at the end of a pipe.
    let mayRun = pipelines.contains { pipeline in
      pipeline.commands.indices.contains { i in
        let command = pipeline.commands[i]
        return runsOperandAsCode(command, bytes)
          || (i > 0 && isExecutor(command, command.effectiveName(in: bytes).lowercased(), bytes) && runsStdin(command, bytes))
      }
    }
    guard mayRun else { return [] }
    // Look-backs stay near these pipelines (a function header sits just before its body):
    // a document of many fenced blocks must not read 4 KiB before each one.
    let lowest = pipelines.lazy.map(\.range.lowerBound).min() ?? 0
    let floor = max(0, lowest - 256)
    // Functions whose output is a download (a downloader writing to stdout in their body).
    var fetchers: [String: String?] = [:]
    var downloads: [(pipeline: Int, url: String?)] = []
    var lookBacks = 0
    for (index, pipeline) in pipelines.enumerated() {
      guard let d = pipeline.commands.firstIndex(where: { downloaders.contains($0.effectiveName(in: bytes).lowercased()) }) else { continue }
      let downloader = pipeline.commands[d]
      let name = downloader.effectiveName(in: bytes).lowercased()
      let url = firstURL(downloader, bytes)
      guard outputFiles(downloader, name, url, bytes).isEmpty else { continue }
      downloads.append((index, url))
      // The first downloads only: a script of a million `curl` lines must not read a million
      // windows back.
      if lookBacks < maxLookBacks {
        lookBacks += 1
        if let function = enclosingFunction(at: pipeline.range.lowerBound, bytes, floor: floor) { fetchers[function] = url }
      }
    }
    guard !downloads.isEmpty else { return [] }
    // Variables assigned the output of a download or of a fetching function.
    var variables: [String: (url: String?, at: Int)] = [:]
    func record(_ substitution: ShellPipeline, url: String?) {
      guard substitution.substitution == .command || substitution.substitution == .backtick,
        let p = substitution.parentPipeline, let c = substitution.parentCommand, p < pipelines.count, c < pipelines[p].commands.count
      else { return }
      let parent = pipelines[p].commands[c]
      for assignment in parent.assignments where assignment.range.lowerBound <= substitution.range.lowerBound
        && substitution.range.upperBound <= assignment.range.upperBound
      {
        let text = ByteText.string(assignment.range.lowerBound..<min(assignment.range.upperBound, assignment.range.lowerBound + 128), in: bytes)
        guard let equals = text.firstIndex(of: "="), equals > text.startIndex else { continue }
        var name = String(text[..<equals])
        if name.hasPrefix("local ") { name.removeFirst(6) }
        guard !name.isEmpty, name.utf8.allSatisfy({ isNameByte($0) }), variables.count < 256 else { continue }
        variables[name] = (url, assignment.range.upperBound)
      }
    }
    for (index, url) in downloads where pipelines[index].isSubstitution {
      record(pipelines[index], url: url)
    }
    var hits: [Hit] = []
    if !fetchers.isEmpty {
      for pipeline in pipelines where pipeline.isSubstitution {
        guard let first = pipeline.commands.first, let url = fetchers[first.effectiveName(in: bytes)] else { continue }
        record(pipeline, url: url)
        // `eval "$(fetch_policy)"`: run on the spot.
        if let p = pipeline.parentPipeline, let c = pipeline.parentCommand, p < pipelines.count, c < pipelines[p].commands.count {
          let parent = pipelines[p].commands[c]
          if runsOperandAsCode(parent, bytes) {
            hits.append(Hit(
              range: parent.range, message: "'\(parent.effectiveName(in: bytes))' executes the output of '\(first.effectiveName(in: bytes))', a function that downloads",
              url: url))
          }
        }
      }
    }
    guard !variables.isEmpty else { return hits }
    for pipeline in pipelines where !pipeline.isSubstitution {
      // One chain decides the verdict; a script of a million evals reports the first ones.
      if hits.count >= maxVariableHits { break }
      for (index, command) in pipeline.commands.enumerated() {
        guard let (name, found) = referencedVariable(command, variables, bytes), found.at <= command.range.lowerBound else { continue }
        if runsOperandAsCode(command, bytes) {
          hits.append(Hit(range: command.range, message: "'\(command.effectiveName(in: bytes))' executes '$\(name)', which holds a download", url: found.url))
          break
        }
        // `printf '%s' "$p" | sh`
        let printer = command.effectiveName(in: bytes)
        if printer == "echo" || printer == "printf" || printer == "cat",
          pipeline.commands[(index + 1)...].contains(where: { isExecutor($0, $0.effectiveName(in: bytes).lowercased(), bytes) && runsStdin($0, bytes) })
        {
          hits.append(Hit(range: pipeline.range, message: "'$\(name)', which holds a download, is piped into a shell", url: found.url))
          break
        }
      }
    }
    return hits
  }

  /// `eval …`, `bash -c …`, `sh -c …`, `source …`: a command that runs its operands as code.
  static func runsOperandAsCode(_ command: ShellCommand, _ bytes: [UInt8]) -> Bool {
    let name = command.effectiveName(in: bytes).lowercased()
    if name == "eval" || name == "iex" || name == "invoke-expression" { return true }
    guard command.interpreter(in: bytes) == .shell else { return false }
    return command.effectiveCommand(in: bytes).arguments(in: bytes).contains { $0 == "-c" || $0 == "-lc" || $0 == "-ec" || $0 == "-xc" }
  }

  /// The first of `variables` that an argument of `command` expands (`"$p"`, `${p}`).
  static func referencedVariable(
    _ command: ShellCommand, _ variables: [String: (url: String?, at: Int)], _ bytes: [UInt8]
  ) -> (String, (url: String?, at: Int))? {
    for word in command.effectiveCommand(in: bytes).words.dropFirst() where word.range.count <= 256 {
      var i = word.range.lowerBound
      let end = word.range.upperBound
      while i < end {
        guard bytes[i] == 0x24 else {
          i += 1
          continue
        }
        var j = i + 1
        if j < end, bytes[j] == 0x7B { j += 1 }
        let start = j
        while j < end, isNameByte(bytes[j]) { j += 1 }
        if j > start, let found = variables[ByteText.string(start..<j, in: bytes)] { return (ByteText.string(start..<j, in: bytes), found) }
        i = max(j, i + 1)
      }
    }
    return nil
  }

  /// The name of the shell function whose body holds `offset`: the nearest `NAME() {` or
  /// `function NAME {` before it (within ``functionLookBack`` bytes) whose brace is still
  /// open at `offset`.
  static func enclosingFunction(at offset: Int, _ bytes: [UInt8], floor: Int = 0) -> String? {
    let lower = max(floor, offset - functionLookBack)
    var depth = 0
    var i = min(offset, bytes.count) - 1
    while i >= lower {
      let b = bytes[i]
      if b == 0x7D {
        depth += 1
      } else if b == 0x7B {
        if depth == 0 {
          // The definition's head on this line, before the brace.
          var lineStart = i
          while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
          var a = lineStart
          var z = i
          while a < z, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
          while z > a, bytes[z - 1] == 0x20 || bytes[z - 1] == 0x09 { z -= 1 }
          guard z - a <= 128 else { return nil }
          return functionName(ByteText.string(a..<z, in: bytes))
        }
        depth -= 1
      }
      i -= 1
    }
    return nil
  }

  /// A byte of a shell variable or function name (letters, digits, `_`).
  static func isNameByte(_ b: UInt8) -> Bool { b == 0x5F || UTF8Scalar.isWordByte(b) && b < 0x80 }

  /// `name()`, `function name`, `function name()` → `name`.
  static func functionName(_ head: String) -> String? {
    var h = Substring(head)
    if h.hasPrefix("function ") { h = h.dropFirst(9).drop { $0 == " " } }
    if h.hasSuffix("()") { h = h.dropLast(2) }
    while h.last == " " { h = h.dropLast() }
    guard !h.isEmpty, h.count <= 64, h.utf8.allSatisfy({ isNameByte($0) || $0 == 0x2D || $0 == 0x3A }) else { return nil }
    // Only a definition: `name()` or `function name` (a bare `if … {` has other words).
    return head.hasSuffix("()") || head.hasPrefix("function ") ? String(h) : nil
  }
}
