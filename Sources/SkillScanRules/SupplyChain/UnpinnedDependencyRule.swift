import Foundation
import SkillScanCore

/// Flags dependencies installed without a version pin: `requirements*.txt` lines without
/// `==` or hashes, `package.json` ranges (`^`, `~`, `*`, `latest`), bare `pip install x` /
/// `npm install x` / `npx x` / `uvx x@latest` / `go install …@latest` (taxonomy.md SC1).
///
/// Informational: unpinned installs are everywhere in benign skills, so the finding is low
/// and never decides a verdict; it matters when it feeds another chain. A lockfile next to
/// `package.json` lowers it to info.
struct UnpinnedDependencyRule: Rule {
  static let description = RuleDescription(
    id: "unpinned-dependency",
    name: "Unpinned dependency",
    pattern: .sc1,
    severity: .low,
    confidence: .medium,
    languages: [.shell, .markdown, .json, .text],
    summary: "A dependency is installed without pinning its version.",
    rationale: """
      Without a pinned version (and ideally a hash), what gets installed is whatever the \
      registry serves that day, including a hijacked or typosquatted release.
      """,
    remediation: "Pin exact versions (`pkg==1.2.3`, `pkg@1.2.3`) and commit a lockfile or hashes.",
    references: [.owaspLLM(3), .owaspASI(4), .atlas("AML.T0109"), .cwe(1357), .taxonomy("SC1")],
    triggeringExamples: UnpinnedDependencyRule.triggering,
    nonTriggeringExamples: UnpinnedDependencyRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let name = file.source.lowercasedName
    if name.hasPrefix("requirements") && name.hasSuffix(".txt") {
      requirements(file, &sink)
      return
    }
    if name == "package.json" {
      packageJSON(file, skill, &sink)
      return
    }
    var count = 0
    for command in InstallCommands.find(in: file) where command.kind == .unpinned && count < 5 {
      count += 1
      sink.report("unpinned install: \(command.detail)", in: file, at: command.range)
    }
  }

  private func requirements(_ file: AnalyzedFile, _ sink: inout FindingSink) {
    var unpinned: [(Range<Int>, String)] = []
    let bytes = file.bytes
    for line in 1...file.source.lines.lineCount {
      let r = file.source.lines.range(ofLine: line, in: bytes)
      let text = String(decoding: bytes[r], as: UTF8.self).trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty, !text.hasPrefix("#"), !text.hasPrefix("-") else { continue }
      let spec = text.split(separator: "#").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? text
      if spec.contains("==") || spec.contains("--hash") || spec.contains(" @ ") { continue }
      unpinned.append((r, spec))
    }
    guard let first = unpinned.first else { return }
    let names = unpinned.prefix(4).map(\.1).joined(separator: ", ")
    sink.report("\(unpinned.count) requirement(s) without an exact pin: \(names)", in: file, at: first.0)
  }

  private func packageJSON(_ file: AnalyzedFile, _ skill: AnalyzedSkill, _ sink: inout FindingSink) {
    let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
    let lockNames = ["package-lock.json", "pnpm-lock.yaml", "yarn.lock", "bun.lockb", "bun.lock", "npm-shrinkwrap.json"]
    let locked = skill.bundle.files.contains { f in
      lockNames.contains { f.path == (folder.isEmpty ? $0 : folder + "/" + $0) }
    }
    var ranges: [(Range<Int>, String)] = []
    for value in EmbeddedDownloadCommandRule.quotedStrings(file.bytes, 0..<file.bytes.count, minLength: 1) where value.count < 64 {
      let text = String(decoding: file.bytes[value], as: UTF8.self)
      guard text.hasPrefix("^") || text.hasPrefix("~") || text == "*" || text == "latest" || text.hasPrefix(">=") else { continue }
      ranges.append((value, text))
    }
    guard let first = ranges.first else { return }
    let message = "\(ranges.count) dependency range(s) without an exact version (\(ranges.prefix(3).map(\.1).joined(separator: ", ")))"
    sink.report(
      message + (locked ? "; a lockfile pins them" : ""), in: file, at: first.0, severity: locked ? .info : .low)
  }
}
