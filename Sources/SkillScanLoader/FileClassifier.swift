public import SkillScanCore

/// Decides a file's ``FileKind`` and ``Language`` from its path and first bytes.
///
/// Order of evidence: content magic (archive, binary) beats the name, because a renamed
/// payload must not pass as an asset; then known manifest names; then script extensions;
/// then a shebang; then instruction extensions; anything else is plain text.
public enum FileClassifier {
  /// The kind and language of a file at `path` (relative, `/`-separated) holding `bytes`.
  public static func classify(path: String, bytes: [UInt8]) -> (kind: FileKind, language: Language)
  {
    let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
    let ext = fileExtension(name)
    if ContentSniffer.archiveFormat(bytes) != nil { return (.archive, .text) }
    if ContentSniffer.binaryFormat(bytes, lowerExtension: ext) != nil { return (.binary, .text) }
    if let language = manifestLanguage(path: path.lowercased(), name: name, ext: ext) {
      return (.manifest, language)
    }
    if let language = scriptExtensions[ext] { return (.script, language) }
    if let language = shebangLanguage(bytes) { return (.script, language) }
    if instructionExtensions.contains(ext) { return (.instructions, .markdown) }
    switch ext {
    case "json", "jsonc", "json5", "jsonl", "ipynb": return (.text, .json)
    case "yaml", "yml": return (.text, .yaml)
    case "toml": return (.text, .toml)
    default: return (.text, .text)
    }
  }

  /// The lower-cased extension of a lower-cased file name, `""` when there is none.
  static func fileExtension(_ name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...])
  }

  /// `.mdc`: Cursor's rule files, Markdown with frontmatter that the editor's agent obeys.
  static let instructionExtensions: Set<String> = ["md", "markdown", "mdx", "mmd", "rst", "txt", "mdc"]

  static let scriptExtensions: [String: Language] = [
    "py": .python, "pyw": .python, "pyi": .python,
    "sh": .shell, "bash": .shell, "zsh": .shell, "ksh": .shell, "dash": .shell,
    "command": .shell, "fish": .shell,
    "js": .javascript, "mjs": .javascript, "cjs": .javascript, "ts": .javascript,
    "tsx": .javascript, "jsx": .javascript, "mts": .javascript, "cts": .javascript,
    "ps1": .powershell, "psm1": .powershell, "psd1": .powershell,
    "rb": .text, "pl": .text, "pm": .text, "php": .text, "go": .text, "rs": .text, "lua": .text,
    "bat": .text, "cmd": .text, "vbs": .text, "vbe": .text, "wsf": .text, "applescript": .text,
    "scpt": .text, "swift": .text, "java": .text, "kt": .text, "kts": .text, "scala": .text,
    "c": .text, "h": .text, "cc": .text, "cpp": .text, "hpp": .text, "cs": .text, "r": .text,
    "tcl": .text, "awk": .text, "groovy": .text, "dart": .text, "ex": .text, "exs": .text,
  ]

  /// Manifests: dependency lists, plugin, hook, MCP and agent settings files.
  static func manifestLanguage(path: String, name: String, ext: String) -> Language? {
    switch name {
    case "package.json", "package-lock.json", "_meta.json", ".mcp.json", "mcp.json",
      "composer.json", "pipfile.lock", "plugin.json", "marketplace.json",
      "gemini-extension.json", "claude_desktop_config.json":
      return .json
    case "pyproject.toml", "cargo.toml", "pipfile": return .toml
    case "setup.py": return .python
    case "setup.cfg", "gemfile", "go.mod", "go.sum", "environment.yml", "environment.yaml":
      return name.hasPrefix("environment") ? .yaml : .text
    default: break
    }
    if name.hasPrefix("requirements") && ext == "txt" { return .text }
    if name.hasPrefix("hooks") && ext == "json" { return .json }
    if path == "agents/openai.yaml" || path.hasSuffix("/agents/openai.yaml") { return .yaml }
    if name.hasPrefix("settings") && ext == "json"
      && (path.hasPrefix(".claude/") || path.contains("/.claude/"))
    {
      return .json
    }
    return nil
  }

  /// The language named by a `#!` first line (`/usr/bin/env -S python3 -u`, `/bin/bash`).
  static func shebangLanguage(_ bytes: [UInt8]) -> Language? {
    guard bytes.count > 2, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "!") else {
      return nil
    }
    var end = 2
    while end < bytes.count && end < 256 && bytes[end] != 0x0A { end += 1 }
    let line = String(decoding: bytes[2..<end], as: UTF8.self)
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(
      String.init
    )
    guard let first = words.first else { return .text }
    var program = first.split(separator: "/").last.map(String.init) ?? first
    if program == "env" {
      program = words.dropFirst().first { !$0.hasPrefix("-") && !$0.contains("=") } ?? ""
    }
    let p = program.lowercased()
    if p.hasPrefix("python") || p == "uv" || p == "pypy" || p.hasPrefix("pypy") { return .python }
    if ["sh", "bash", "zsh", "ksh", "dash", "ash", "fish", "mksh"].contains(p) { return .shell }
    if ["node", "nodejs", "deno", "bun", "ts-node", "tsx"].contains(p) { return .javascript }
    if p == "pwsh" || p.hasPrefix("powershell") { return .powershell }
    return .text
  }
}
