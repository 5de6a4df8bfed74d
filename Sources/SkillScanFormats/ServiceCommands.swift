public import SkillScanCore

/// The commands a systemd unit or a launchd job runs, wherever the unit is written: a
/// `.service` file, a `.plist`, or a string a script writes into `~/.config/systemd/user` or
/// `~/Library/LaunchAgents`.
///
/// Persistence is set up by writing such a file; what makes it an attack is the command it
/// runs (`ExecStart=/usr/bin/python3 -c "exec(urlopen(…).read())"`, `ProgramArguments` of
/// `/bin/zsh -c "curl … | /bin/zsh"`), which no shell or code rule sees inside the unit's own
/// syntax. The commands become one shell script reported at their lines.
public enum ServiceCommands {
  /// systemd keys whose value is a command line.
  static let execKeys: [[UInt8]] = [
    "ExecStart=", "ExecStartPre=", "ExecStartPost=", "ExecStop=", "ExecStopPost=", "ExecReload=", "ExecCondition=",
  ].map { Array($0.utf8) }

  /// The `Exec…=` commands of `file` as one shell script (nil when there are none).
  public static func systemd(of file: SourceFile) -> SourceFile? {
    let bytes = file.bytes
    guard file.kind != .binary, ByteSearch.contains(bytes, Array("Exec".utf8)) else { return nil }
    var script = DerivedScript()
    var start = 0
    var lineNumber = 1
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var i = start
      while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      if let key = execKeys.first(where: { i + $0.count <= end && bytes[i..<(i + $0.count)].elementsEqual($0) }) {
        var v = i + key.count
        // `-`, `@`, `:`, `+`, `!` prefixes change how systemd runs the command, not what runs.
        while v < end, [0x2D, 0x40, 0x3A, 0x2B, 0x21].contains(bytes[v]) { v += 1 }
        var valueEnd = end
        while valueEnd > v, bytes[valueEnd - 1] == 0x0D || bytes[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        if valueEnd > v {
          script.append(String(decoding: bytes[v..<valueEnd], as: UTF8.self), line: lineNumber, column: v - start + 1)
        }
      }
      start = end + 1
      lineNumber += 1
    }
    return script.file(of: file, suffix: "#ExecStart", runsUnattended: true)
  }

  /// The `ProgramArguments` (or `Program`) of each launchd job in `file`, one shell-quoted
  /// command line per job (nil when there is none).
  public static func launchd(of file: SourceFile) -> SourceFile? {
    let bytes = file.bytes
    let programKey = Array("<key>Program".utf8)
    guard file.kind != .binary, ByteSearch.contains(bytes, programKey) else { return nil }
    var script = DerivedScript()
    var from = 0
    while let at = ByteSearch.firstIndex(of: programKey, in: bytes, from: from) {
      from = at + programKey.count
      let isArray = bytes[from...].starts(with: "Arguments</key>".utf8)
      guard isArray || bytes[from...].starts(with: "</key>".utf8) else { continue }
      var args: [String] = []
      var cursor = from
      var first: Int?
      // The value follows within a few hundred bytes; each `<string>` is read once.
      let limit = min(bytes.count, from + 64 * 1024)
      while let open = ByteSearch.firstIndex(of: stringOpen, in: bytes, from: cursor), open < limit {
        if isArray, let closeArray = ByteSearch.firstIndex(of: arrayClose, in: bytes, from: cursor), closeArray < open { break }
        let valueStart = open + stringOpen.count
        guard let close = ByteSearch.firstIndex(of: stringClose, in: bytes, from: valueStart), close < limit else { break }
        if first == nil { first = valueStart }
        args.append(unescape(String(decoding: bytes[valueStart..<close], as: UTF8.self)))
        cursor = close + stringClose.count
        if !isArray { break }
      }
      guard let at = first, !args.isEmpty else { continue }
      let position = file.lines.position(of: at, in: bytes)
      script.append(args.map(quoted).joined(separator: " "), line: position.line, column: position.column)
      from = cursor
    }
    return script.file(of: file, suffix: "#ProgramArguments", runsUnattended: true)
  }

  private static let stringOpen = Array("<string>".utf8)
  private static let stringClose = Array("</string>".utf8)
  private static let arrayClose = Array("</array>".utf8)

  /// XML's five predefined entities.
  static func unescape(_ s: String) -> String {
    guard s.contains("&") else { return s }
    return s.replacingAll("&lt;", "<").replacingAll("&gt;", ">").replacingAll("&quot;", "\"")
      .replacingAll("&apos;", "'").replacingAll("&amp;", "&")
  }

  /// One argument as a shell word: bare when it is plain, single-quoted otherwise.
  static func quoted(_ arg: String) -> String {
    let plain = !arg.isEmpty && arg.utf8.allSatisfy { b in
      (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2F || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x3D || b == 0x40 || b == 0x3A
        || b == 0x2B || b == 0x2C
    }
    return plain ? arg : "'" + arg.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}

extension String {
  /// Every occurrence of `target` replaced (no Foundation).
  fileprivate func replacingAll(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
