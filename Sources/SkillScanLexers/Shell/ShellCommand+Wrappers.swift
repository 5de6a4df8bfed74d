import SkillScanCore

/// Looking through wrappers (`sudo`, `env`, `nohup` …) to the command that really runs.
extension ShellCommand {
  /// Wrappers that run their arguments as a command, and their options that take a value.
  static let wrappers: [String: Set<String>] = [
    "sudo": ["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "-T", "--user", "--group"],
    "doas": ["-u", "-C"],
    "env": ["-u", "-C", "--unset", "--chdir"],
    "nohup": [], "exec": ["-a"], "command": [], "builtin": [], "time": ["-f", "-o"],
    "nice": ["-n"], "ionice": ["-c", "-n", "-t"], "timeout": ["-s", "-k", "--signal", "--kill-after"],
    "stdbuf": ["-i", "-o", "-e"], "setsid": [], "caffeinate": ["-t", "-w"], "chronic": [],
    "unbuffer": [], "torsocks": [], "proxychains": ["-f"], "proxychains4": ["-f"],
  ]

  /// The command with leading wrappers removed: `sudo -u root env X=1 bash -c …` → `bash -c …`.
  ///
  /// Rules should match on this so `sudo` cannot hide `bash`. Wrapper options and
  /// `NAME=value` words passed to `env` are skipped; `timeout` also skips its duration.
  /// At most 8 wrappers are peeled, and a PowerShell command is returned unchanged.
  /// - Parameter bytes: The host file's bytes.
  /// - Returns: The wrapped command, or `self` when there is no wrapper.
  public func effectiveCommand(in bytes: [UInt8]) -> ShellCommand {
    effectiveCommandAndName(in: bytes).command
  }

  /// ``effectiveCommand(in:)`` together with its ``name(in:)``.
  ///
  /// Peeling wrappers already reads the effective command's name; returning it saves every
  /// caller (nearly every shell rule, once per command) from building it a second time.
  public func effectiveCommandAndName(in bytes: [UInt8]) -> (command: ShellCommand, name: String) {
    let head = self.head ?? peel(in: bytes)
    guard head.start > 0 else { return (self, head.name) }
    var copy = self
    copy.words = Array(words[min(head.start, words.count)...])
    // The wrapped command starts with its effective name, so its own head is known.
    copy.head = EffectiveHead(start: 0, name: head.name, interpreter: head.interpreter)
    return (copy, head.name)
  }

  /// Stores the effective head so later ``effectiveCommandAndName(in:)`` and ``name(in:)``
  /// calls read it instead of decoding words again. Parsers call it once per command.
  mutating func resolveHead(in bytes: [UInt8]) {
    head = peel(in: bytes)
  }

  /// Walks past wrappers to the index of the effective command word and its name.
  private func peel(in bytes: [UInt8]) -> EffectiveHead {
    guard dialect == .posix else { return EffectiveHead(start: 0, name: name(in: bytes)) }
    var start = 0
    var rounds = 0
    var found: String?
    while start < words.count {
      let name = Self.posixName(words[start], bytes)
      guard rounds < 8, let takesValue = Self.wrappers[name] else {
        found = name
        break
      }
      rounds += 1
      var k = start + 1
      var sawDuration = name != "timeout"
      while k < words.count {
        let value = ShellWord.unquotedValue(words[k], bytes)
        if value == "--" {
          k += 1
          break
        }
        if value.hasPrefix("-") && value.count > 1 {
          k += takesValue.contains(value) ? 2 : 1
          continue
        }
        if name == "env" && ListState.isAssignment(words[k].range, bytes) {
          k += 1
          continue
        }
        if !sawDuration {
          sawDuration = true
          k += 1
          continue
        }
        break
      }
      start = k
    }
    return EffectiveHead(start: start, name: found ?? "")
  }

  /// The effective command's name (see ``effectiveCommand(in:)`` and ``name(in:)``).
  public func effectiveName(in bytes: [UInt8]) -> String {
    effectiveCommandAndName(in: bytes).name
  }

  /// The interpreter the effective command starts, if it is one (`bash`, `python3.12`, `node`).
  public func interpreter(in bytes: [UInt8]) -> ShellInterpreter? {
    if let head { return head.interpreter }
    return ShellInterpreter(commandName: effectiveName(in: bytes))
  }
}

/// The effective command of a ``ShellCommand``: the index in `words` where it starts (0 when
/// nothing wraps it), its name, and the interpreter that name starts.
///
/// The interpreter is classified once here because half a dozen rules ask it of every
/// command, each with a table lookup on the name.
struct EffectiveHead: Sendable {
  var start: Int
  var name: String
  var interpreter: ShellInterpreter?

  init(start: Int, name: String) {
    self.init(start: start, name: name, interpreter: ShellInterpreter(commandName: name))
  }

  init(start: Int, name: String, interpreter: ShellInterpreter?) {
    self.start = start
    self.name = name
    self.interpreter = interpreter
  }
}
