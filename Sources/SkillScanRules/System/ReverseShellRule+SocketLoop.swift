import SkillScanCore
import SkillScanLexers

extension ReverseShellRule {
  /// A command channel over a `/dev/tcp` descriptor: one command opens the socket
  /// (`exec 5<>/dev/tcp/h/p`, `exec {fd}<>"/dev/tcp/…"`), a later one reads lines from it
  /// (`read line <&5`, `cat <&$fd |`), and a later one runs text it did not write (`eval
  /// "$line"`, `$line`, `sh -c "$cmd"`). That is the classic `while read line; do $line
  /// 2>&5 >&5; done` shell, whatever the loop looks like: whoever listens at the address
  /// runs commands on the user's machine. Each descriptor name is read back from the
  /// opening command; at most eight are tracked, and a command is searched only within its
  /// own bytes.
  static func socketCommandLoop(_ pipelines: [ShellPipeline], _ bytes: [UInt8]) -> Range<Int>? {
    var opened: Range<Int>?
    var readers: [[UInt8]] = []
    var read = false
    for pipeline in pipelines {
      for command in pipeline.commands {
        if readers.count < 8, let fd = socketDescriptor(command, bytes) {
          opened = opened ?? command.range
          readers += [Array("<&\(fd)".utf8), Array("<& \(fd)".utf8)]
          if !fd.allSatisfy(\.isNumber) {
            readers += [Array("<&$\(fd)".utf8), Array("<&${\(fd)}".utf8), Array("<&\"$\(fd)\"".utf8)]
          }
          continue
        }
        guard opened != nil else { continue }
        let raw = Array(bytes[command.range.clamped(to: 0..<bytes.count)])
        if !read {
          read = readers.contains { ByteSearch.contains(raw, $0) }
          continue
        }
        if runsReceivedText(command, bytes), let opened { return opened }
      }
    }
    return nil
  }

  /// The descriptor a command opens on a `/dev/tcp` or `/dev/udp` path: the number written
  /// before the operator (`5<>`), or the name of a `{name}<>` descriptor.
  static func socketDescriptor(_ command: ShellCommand, _ bytes: [UInt8]) -> String? {
    for r in command.redirections {
      guard let target = r.target else { continue }
      let path = ShellWord.unquotedValue(target, bytes)
      guard path.hasPrefix("/dev/tcp/") || path.hasPrefix("/dev/udp/") else { continue }
      let op = String(decoding: bytes[r.op.range.clamped(to: 0..<bytes.count)], as: UTF8.self)
      let digits = op.prefix { $0.isNumber }
      if !digits.isEmpty { return String(digits) }
      // `exec {fd}<>…`: the name is the word just before the operator.
      if let word = command.words.last(where: { $0.range.upperBound <= r.op.range.lowerBound }) {
        let text = ShellWord.unquotedValue(word, bytes)
        if text.hasPrefix("{"), text.hasSuffix("}"), text.count > 2 { return String(text.dropFirst().dropLast()) }
      }
      // Bash's own default for `exec <>/dev/tcp/…` is descriptor 0: the shell itself.
      return "0"
    }
    return nil
  }

  /// Whether a command runs text held in a variable: `eval "$line"`, `$line` as the command,
  /// or a shell's `-c` given a variable.
  static func runsReceivedText(_ command: ShellCommand, _ bytes: [UInt8]) -> Bool {
    let (effective, name) = command.effectiveCommandAndName(in: bytes)
    guard let first = effective.words.first else { return false }
    let at = first.range.lowerBound
    if at < bytes.count, bytes[at] == 0x24 || (bytes[at] == 0x22 && at + 1 < bytes.count && bytes[at + 1] == 0x24) {
      return true
    }
    let args = effective.arguments(in: bytes)
    if name == "eval" { return !args.isEmpty && args.allSatisfy { $0.hasPrefix("$") } || effective.words.dropFirst().contains { ByteText.contains($0.range, "$", in: bytes) } }
    if command.interpreter(in: bytes) == .shell, let c = args.firstIndex(of: "-c"), c + 1 < effective.words.count - 1 {
      return ByteText.contains(effective.words[c + 2].range, "$", in: bytes)
    }
    return false
  }
}
