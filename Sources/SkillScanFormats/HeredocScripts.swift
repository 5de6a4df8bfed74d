public import SkillScanCore

/// Scripts a shell script writes out through a here-document: `cat > "$HOOKS/post-checkout"
/// <<'EOF'` followed by a `#!/bin/sh` body.
///
/// A here-document is data to the shell that reads it, so shell rules never looked inside;
/// but a body that starts with a shell shebang is a second script, written to run later (a
/// git hook, a cron job, a launcher). Droppers stage their real payload this way, one level
/// below anything a reviewer greps. Each such body becomes part of one derived shell
/// script, reported at its own lines in the real file.
///
/// One pass over the lines; a here-document without its terminator runs to the end of the
/// file, as in the shell.
public enum HeredocScripts {
  /// Appended to the real file's path to name the derived script.
  public static let pathSuffix = "#heredoc"

  public static func derivedFile(of file: SourceFile) -> SourceFile? {
    guard file.language == .shell, file.kind == .script else { return nil }
    let bytes = file.bytes
    guard ByteSearch.contains(bytes, Array("<<".utf8)) else { return nil }
    var script = DerivedScript()
    var lineStart = 0
    var line = 1
    /// The open here-document: its delimiter, whether tabs are stripped (`<<-`), whether the
    /// body is being kept, whether its first line is still to come, and whether the shell
    /// expands it (an unquoted delimiter).
    var open: (delimiter: [UInt8], dash: Bool, keep: Bool, first: Bool, expands: Bool)?
    /// The writer's plain assignments so far (`BACKUP_HOST="198.51.100.88"`): an unquoted
    /// here-document writes their values into the script it installs.
    var known: [String: [UInt8]] = [:]
    /// Variables naming a shell start-up file or script (`RC="$HOME/.${SHELL_NAME}rc"`).
    var shellFileVariables: Set<String> = []
    /// The function being defined (`loader_block() {`), and the here-documents its body
    /// prints (`cat <<BLOCK` with no redirection): they are a script when the function's
    /// output is written to a shell file (`loader_block >> "$RC"`), before or after.
    var function: String?
    var printed: [String: [(text: String, line: Int)]] = [:]
    var printedBytes = 0
    var writtenFunctions: Set<String> = []
    while lineStart <= bytes.count {
      var end = lineStart
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let text = bytes[lineStart..<end]
      if var doc = open {
        var body = text[...]
        if doc.dash { body = body.drop { $0 == 0x09 } }
        if body.last == 0x0D { body = body.dropLast() }
        if body.elementsEqual(doc.delimiter) {
          open = nil
        } else {
          if doc.first {
            doc.first = false
            doc.keep = isShellShebang(text)
          }
          if doc.keep {
            let written = doc.expands ? unescaped(text, known: known) : Array(text)
            script.append(String(decoding: written, as: UTF8.self), line: line, column: 1)
          } else if let function, printedBytes < maxPrintedBytes {
            let written = doc.expands ? unescaped(text, known: known) : Array(text)
            printed[function, default: []].append((String(decoding: written, as: UTF8.self), line))
            printedBytes += written.count
          }
          open = doc
        }
      } else if let (delimiter, dash, quoted) = heredocStart(text) {
        // Written to a shell file (`> "$HOME/.config/x/init.sh"`, `>> ~/.bashrc`): a script
        // whatever its first line says.
        let shellTarget = writesShellFile(text, variables: shellFileVariables)
        open = (delimiter, dash, shellTarget, !shellTarget, !quoted)
      } else {
        if known.count < 256, let (name, value) = literalAssignment(text) {
          known[name] = value
        }
        if shellFileVariables.count < 256, let name = shellFileAssignment(text) { shellFileVariables.insert(name) }
        if let name = functionStart(text) {
          function = name
        } else if text.first == 0x7D {
          function = nil
        }
        if writtenFunctions.count < 256, let name = leadingWord(text), writesShellFile(text, variables: shellFileVariables) {
          writtenFunctions.insert(name)
        }
      }
      if end >= bytes.count { break }
      lineStart = end + 1
      line += 1
    }
    for name in writtenFunctions.sorted() {
      for (text, number) in printed[name] ?? [] { script.append(text, line: number, column: 1) }
    }
    return script.file(of: file, suffix: pathSuffix, runsUnattended: false)
  }

  /// Bytes of function-printed here-documents held until the file is read: enough for any
  /// installer, bounded on a file made of them.
  static let maxPrintedBytes = 1 << 20

  /// The function a line opens (`name() {`, `function name {`, `function name() {`).
  static func functionStart(_ line: ArraySlice<UInt8>) -> String? {
    var rest = line.drop { $0 == 0x20 || $0 == 0x09 }
    if rest.starts(with: "function ".utf8) { rest = rest.dropFirst(9).drop { $0 == 0x20 } }
    let name = rest.prefix { isNameByte($0) || $0 == 0x2D }
    guard !name.isEmpty else { return nil }
    let after = rest.dropFirst(name.count).drop { $0 == 0x20 }
    guard after.starts(with: "()".utf8) || (line.drop { $0 == 0x20 || $0 == 0x09 }.starts(with: "function ".utf8) && after.first == 0x7B),
      after.contains(0x7B)
    else { return nil }
    return String(decoding: name, as: UTF8.self)
  }

  /// The first word of a line (a command's name), when it is a plain name.
  static func leadingWord(_ line: ArraySlice<UInt8>) -> String? {
    let rest = line.drop { $0 == 0x20 || $0 == 0x09 }
    let name = rest.prefix { isNameByte($0) || $0 == 0x2D }
    guard !name.isEmpty, rest.count == name.count || [0x20, 0x09, 0x3E].contains(rest[rest.startIndex + name.count]) else { return nil }
    return String(decoding: name, as: UTF8.self)
  }

  /// `NAME=…` whose value names a shell file (`RC="$HOME/.${SHELL_NAME}rc"`,
  /// `PROFILE=~/.zprofile`): the variable, for redirections into `"$RC"`.
  static func shellFileAssignment(_ line: ArraySlice<UInt8>) -> String? {
    var i = line.startIndex
    while i < line.endIndex, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
    if line[i...].starts(with: "export ".utf8) { i += 7 }
    let start = i
    while i < line.endIndex, isNameByte(line[i]) { i += 1 }
    guard i > start, i < line.endIndex, line[i] == 0x3D else { return nil }
    var value = Array(line[(i + 1)...].prefix(512).filter { $0 != 0x22 && $0 != 0x27 })
    while let last = value.last, last == 0x20 || last == 0x09 || last == 0x0D { value.removeLast() }
    return isShellFileName(value[...]) ? String(decoding: line[start..<i], as: UTF8.self) : nil
  }

  /// Whether a path names a shell script or start-up file: a ``shellFileSuffixes`` ending,
  /// or a dot file ending in `rc` whose name is built from the shell's (`.${SHELL_NAME}rc`).
  static func isShellFileName(_ word: ArraySlice<UInt8>) -> Bool {
    if shellFileSuffixes.contains(where: { word.count >= $0.count && word.suffix($0.count).elementsEqual($0) }) { return true }
    guard word.count > 3, word.suffix(2).elementsEqual("rc".utf8), let slash = word.lastIndex(of: 0x2F) else { return false }
    let name = word[(slash + 1)...]
    return name.first == 0x2E && name.contains(0x24)
  }

  /// Names of files a shell runs: scripts by extension, the shells' start-up files.
  static let shellFileSuffixes: [[UInt8]] = [
    ".sh", ".bash", ".zsh", ".ksh", "bashrc", "zshrc", ".profile", "bash_profile", "zprofile", "zshenv", "bash_login",
  ].map { Array($0.utf8) }

  /// Whether the here-document's line redirects it into a shell file: the word after a `>`
  /// or `>>` (quotes dropped) ends with one of ``shellFileSuffixes``, or `tee` writes one.
  static func writesShellFile(_ line: ArraySlice<UInt8>, variables: Set<String> = []) -> Bool {
    var i = line.startIndex
    while i < line.endIndex {
      guard line[i] == 0x3E || (line[i...].starts(with: "tee ".utf8) && (i == line.startIndex || line[i - 1] == 0x20)) else {
        i += 1
        continue
      }
      i += line[i] == 0x3E ? 1 : 4
      while i < line.endIndex, line[i] == 0x3E || line[i] == 0x20 || line[i] == 0x7C { i += 1 }
      if line[i...].starts(with: "-a ".utf8) { i += 3 }
      var word: [UInt8] = []
      while i < line.endIndex, line[i] != 0x20, line[i] != 0x3C, line[i] != 0x3B, word.count < 512 {
        if line[i] != 0x22 && line[i] != 0x27 { word.append(line[i]) }
        i += 1
      }
      if isShellFileName(word[...]) { return true }
      // `>> "$RC"`, `> ${PROFILE}`: a variable assigned a shell file's name above.
      if word.first == 0x24 {
        let name = word.dropFirst().filter { $0 != 0x7B && $0 != 0x7D }
        if variables.contains(String(decoding: name, as: UTF8.self)) { return true }
      }
    }
    return false
  }

  /// Whether a line is `#!` naming a POSIX shell (`/bin/sh`, `/usr/bin/env bash`, zsh …).
  static func isShellShebang(_ line: ArraySlice<UInt8>) -> Bool {
    guard line.starts(with: "#!".utf8) else { return false }
    let words = line.dropFirst(2).split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
    let names = words.prefix(2).map { word in word.split(separator: 0x2F).last.map { String(decoding: $0, as: UTF8.self) } ?? "" }
    return names.contains { ["sh", "bash", "zsh", "dash", "ksh"].contains($0) }
  }

  /// The delimiter of a here-document opened on this line (`<<EOF`, `<<-'HOOK'`,
  /// `<< "END"`), not a here-string (`<<<`). Only the first one on a line is followed.
  static func heredocStart(_ line: ArraySlice<UInt8>) -> (delimiter: [UInt8], dash: Bool, quoted: Bool)? {
    var i = line.startIndex
    while i + 1 < line.endIndex {
      guard line[i] == 0x3C, line[i + 1] == 0x3C else {
        i += 1
        continue
      }
      var j = i + 2
      if j < line.endIndex, line[j] == 0x3C {
        i = j + 1
        continue
      }
      var dash = false
      if j < line.endIndex, line[j] == 0x2D {
        dash = true
        j += 1
      }
      while j < line.endIndex, line[j] == 0x20 { j += 1 }
      var quote: UInt8?
      if j < line.endIndex, line[j] == 0x27 || line[j] == 0x22 {
        quote = line[j]
        j += 1
      }
      var delimiter: [UInt8] = []
      while j < line.endIndex, delimiter.count < 64 {
        let c = line[j]
        if let quote, c == quote { break }
        if quote == nil, !(isWordByte(c)) { break }
        delimiter.append(c)
        j += 1
      }
      return delimiter.isEmpty ? nil : (delimiter, dash, quote != nil)
    }
    return nil
  }

  /// A line of an unquoted here-document as the script it writes holds it: the shell that
  /// writes it drops the backslash of `\$`, `` \` `` and `\\`, so `hist=\$(cat …)` in the
  /// writer is `hist=$(cat …)` in the hook or cron job it installs. (Unescaped `$VAR` is
  /// expanded by the writer; its name is kept, as an unknown value.)
  static func unescaped(_ line: ArraySlice<UInt8>, known: [String: [UInt8]] = [:]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(line.count)
    var i = line.startIndex
    while i < line.endIndex {
      let c = line[i]
      if c == 0x5C, i + 1 < line.endIndex, [0x24, 0x60, 0x5C].contains(line[i + 1]) {
        out.append(line[i + 1])
        i += 2
        continue
      }
      // `$NAME` / `${NAME}` of a plain assignment the writer made: the value is written.
      if c == 0x24, !known.isEmpty, i + 1 < line.endIndex {
        var j = i + 1
        let braced = line[j] == 0x7B
        if braced { j += 1 }
        let start = j
        while j < line.endIndex, isNameByte(line[j]) { j += 1 }
        if j > start, !braced || (j < line.endIndex && line[j] == 0x7D),
          let value = known[String(decoding: line[start..<j], as: UTF8.self)]
        {
          out.append(contentsOf: value)
          i = braced ? j + 1 : j
          continue
        }
      }
      out.append(c)
      i += 1
    }
    return out
  }

  static func isNameByte(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
  }

  /// `NAME=value`, `NAME="value"` or `NAME='value'` alone on a line, with a literal value
  /// (no expansion, no spaces outside quotes), at most 256 bytes.
  static func literalAssignment(_ line: ArraySlice<UInt8>) -> (String, [UInt8])? {
    var i = line.startIndex
    while i < line.endIndex, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
    if line[i...].starts(with: "export ".utf8) { i += 7 }
    let start = i
    while i < line.endIndex, isNameByte(line[i]) { i += 1 }
    guard i > start, i < line.endIndex, line[i] == 0x3D, !(line[start] >= 0x30 && line[start] <= 0x39) else { return nil }
    var value = line[(i + 1)...]
    while let last = value.last, last == 0x20 || last == 0x09 || last == 0x0D { value = value.dropLast() }
    if let first = value.first, first == 0x22 || first == 0x27 {
      guard value.count >= 2, value.last == first else { return nil }
      value = value.dropFirst().dropLast()
    }
    guard !value.isEmpty, value.count <= 256,
      !value.contains(where: { $0 == 0x24 || $0 == 0x60 || $0 == 0x20 || $0 == 0x09 || $0 == 0x22 || $0 == 0x27 || $0 == 0x5C || $0 == 0x3B })
    else { return nil }
    return (String(decoding: line[start..<i], as: UTF8.self), Array(value))
  }

  static func isWordByte(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D || c == 0x2E
  }
}
