import SkillScanCore

/// Flags files whose form hides what they do (taxonomy.md §5.16): a script wearing an image
/// or document extension, scripts kept in hidden directories, compiled Python without its
/// source, and minified or single-line code with an eval sink.
///
/// Binary content itself is reported by the loader (`binary-content`); this rule covers what
/// the loader cannot judge: text that pretends to be something else, and code laid out so a
/// reviewer cannot read it.
struct OpaqueFileRule: Rule {
  static let description = RuleDescription(
    id: "opaque-file",
    name: "Disguised or unreadable file",
    pattern: .opaqueContent,
    severity: .medium,
    confidence: .medium,
    languages: [],
    summary: "A file disguises its type, hides in a dot-directory, or cannot be reviewed as source.",
    rationale: """
      Scanners and reviewers skip images, dot-directories and minified bundles; a script \
      saved as `logo.png`, a helper under `.cache/`, a `.pyc` with no `.py`, or a one-line \
      bundle calling `eval` is where a payload goes to avoid being read.
      """,
    remediation: "Ship readable source with honest extensions in visible folders; drop compiled files.",
    references: [.owaspLLM(3), .owaspASI(4), .cwe(506), .taxonomy("5.16")],
    triggeringExamples: OpaqueFileRule.triggering,
    nonTriggeringExamples: OpaqueFileRule.nonTriggering
  )

  static let disguiseExtensions: Set<String> = [
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "svg", "pdf", "docx", "xlsx", "pptx", "ttf",
    "woff", "woff2", "mp3", "mp4", "wav", "zip",
  ]
  /// Dot-directories that conventionally hold tooling configuration, not payloads.
  static let knownDotDirectories: Set<String> = [
    ".github", ".claude-plugin", ".claude", ".vscode", ".devcontainer", ".clawhub", ".codex",
    ".cursor", ".husky", ".circleci", ".gitlab", ".changeset", ".storybook", ".config", ".agents",
  ]
  static let scriptExtensions: Set<String> = ["sh", "bash", "zsh", "py", "js", "mjs", "cjs", "ts", "ps1", "rb", "pl"]

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    let paths = Set(skill.bundle.files.map(\.path))
    for file in skill.files {
      let source = file.source
      let name = source.lowercasedName
      let ext = name.split(separator: ".").last.map(String.init) ?? ""
      if Self.disguiseExtensions.contains(ext), source.kind != .binary, source.kind != .archive, looksLikeScript(source.bytes) {
        sink.report("'\(source.path)' has a .\(ext) extension but holds a script", file: source.path, line: 1, severity: .high, context: .code)
      }
      let folders = source.path.split(separator: "/").dropLast().map(String.init)
      if let hidden = folders.first(where: { $0.hasPrefix(".") && !Self.knownDotDirectories.contains($0) }),
        Self.scriptExtensions.contains(ext)
      {
        sink.report("script '\(source.path)' sits in hidden directory '\(hidden)'", file: source.path, line: 1, context: .code)
      }
      if ext == "pyc" {
        let stem = String(source.name.dropLast(4)).split(separator: ".").first.map(String.init) ?? ""
        let hasSource = paths.contains { $0.hasSuffix("/\(stem).py") || $0 == "\(stem).py" }
        if !hasSource {
          sink.report("compiled Python '\(source.path)' ships without its source", file: source.path, line: 0, context: .code)
        }
      }
      if source.language == .javascript, let line = longestLine(source), line.length >= 5000 {
        let evalSink = Self.evalMarkers.contains { ByteSearch.contains(Array(source.bytes[line.range]), $0) }
        let severity: Severity = evalSink ? .medium : (name.contains(".min.") ? .info : .low)
        sink.report(
          "minified code (\(line.length)-byte line)\(evalSink ? " with an eval sink" : "")", file: source.path,
          line: line.number, severity: severity, context: .code)
      }
    }
  }

  static let evalMarkers: [[UInt8]] = [Array("eval(".utf8), Array("Function(".utf8), Array("child_process".utf8)]

  private func looksLikeScript(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: Array("#!".utf8)) { return true }
    let head = Array(bytes.prefix(512))
    let folded = head.map(KeywordFilter.fold)
    let cues = ["curl ", "wget ", "import os", "subprocess", "powershell", "/bin/sh", "/bin/bash", "eval(", "require(\"child_process"]
    return cues.contains { ByteSearch.contains(folded, Array($0.utf8)) }
  }

  private func longestLine(_ source: SourceFile) -> (number: Int, length: Int, range: Range<Int>)? {
    var best: (Int, Int, Range<Int>)?
    for line in 1...max(1, source.lines.lineCount) {
      let r = source.lines.range(ofLine: line, in: source.bytes)
      if r.count > (best?.1 ?? 0) { best = (line, r.count, r) }
    }
    return best.map { ($0.0, $0.1, $0.2) }
  }
}
