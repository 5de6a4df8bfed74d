import SkillScanCore
import SkillScanLexers

/// Flags a command-execution payload carried as a data value: a JSON or YAML field, or a
/// `key="…"` tool argument, whose string loads a process API and runs a command
/// (`"javascriptFunction": "return require('child_process').execSync('id')"`,
/// `"expr": "__import__('os').system('…')"`).
///
/// Low-code and agent tools evaluate some configuration fields as code (custom functions,
/// expressions, templates). A skill that hands such a field a string which spawns a process
/// makes the tool, or the server behind it, run the author's command: the data value is the
/// exploit. Code written as code (a `.js` file, a fenced JavaScript block) is not a payload,
/// and the shape is strict: a process module *and* an execution call inside one quoted value
/// that follows a key.
struct CodePayloadInConfigValueRule: Rule {
  static let description = RuleDescription(
    id: "code-payload-in-config-value",
    name: "Command-execution payload in a data value",
    pattern: .transitiveTrust,
    severity: .high,
    confidence: .high,
    languages: [.markdown, .json, .yaml, .text],
    summary: "A configuration or tool-argument value is a code string that spawns a process and runs a command.",
    rationale: """
      Fields such as custom-function bodies, expressions and templates are evaluated by the \
      tool that receives them. A value that requires `child_process` (or imports `os` / \
      `subprocess`) and executes a command turns that tool into a remote shell for the \
      skill's author (code injection, CWE-94).
      """,
    remediation: "Remove the payload. A skill should pass tools data, never code that runs commands.",
    references: [.owaspLLM(5), .owaspASI(2), .owaspASI(5), .cwe(94), .cwe(78), .taxonomy("5.14")],
    keywords: ["child_process", "__import__"],
    triggeringExamples: CodePayloadInConfigValueRule.triggering,
    nonTriggeringExamples: CodePayloadInConfigValueRule.nonTriggering
  )

  static let anchors: [[UInt8]] = [Array("child_process".utf8), Array("__import__".utf8)]
  /// Calls that run a command once the module is loaded.
  static let runCalls = PhraseMatcher([
    "exec(", "execsync(", "execfile(", "execfilesync(", "spawn(", "spawnsync(", "fork(",
    ".system(", ".popen(", ".run(", ".call(", "check_output(", "check_call(", "getoutput(", "spawnv(",
  ])
  /// Interpreter flags that mark a value as a shell command line.
  static let interpreterFlags = PhraseMatcher(["node", "python", "python3", "deno", "bun", " -e ", " -c ", " -p ", " --eval"])
  /// Loaders of a process module inside the string.
  static let loaders = PhraseMatcher(["require(", "import(", "__import__(", "mainmodule.require("])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let data = !file.source.language.isExecutable
    guard data else { return }
    let security = CredentialDisclosureRule.securityPurpose(skill)
    var reported = Set<Int>()
    for anchor in Self.anchors {
      var from = 0
      var seen = 0
      while seen < 64, let at = ByteSearch.firstIndex(of: anchor, in: file.bytes, from: from) {
        seen += 1
        from = at + anchor.count
        if let region = file.region(at: at), region.language.isExecutable, region.kind != .inlineCode { continue }
        guard let value = QuotedValue.around(at, in: file.bytes), reported.insert(value.lowerBound).inserted,
          Self.isPayload(file.bytes, value, anchor: at)
        else { continue }
        let region = file.region(at: at)
        let inProse = region.map { [.prose, .inlineCode, .tableRow, .blockquote, .htmlComment].contains($0.kind) } ?? false
        let polarity = inProse ? ProsePolarity.classify(file, at: at..<(at + anchor.count)) : .affirmative
        let discounted = security || polarity != .affirmative
        sink.report(
          "a data value carries code that loads a process module and runs a command", in: file, at: value,
          confidence: security ? .low : nil, polarity: polarity, chain: discounted ? nil : .hijack)
      }
    }
  }
}

extension CodePayloadInConfigValueRule {
  /// A loader before the module name and a run call after it, inside the value.
  static func isPayload(_ b: [UInt8], _ value: Range<Int>, anchor: Int) -> Bool {
    var folded = [UInt8](repeating: 0x20, count: value.count)
    for i in value { folded[i - value.lowerBound] = KeywordFilter.fold(b[i]) }
    let at = anchor - value.lowerBound
    // `node -e "…"` / `python -c "…"` in a value is a shell command line (a package.json
    // script): the shell rules read those, and build scripts use the idiom honestly.
    if interpreterFlags.containsMatch(in: Array(folded[..<at])) { return false }
    guard loaders.allMatches(in: folded).contains(where: { $0.range.lowerBound < at && at - $0.range.upperBound <= 4 })
      || ByteSearch.contains(folded, Array("__import__(".utf8))
    else { return false }
    return runCalls.allMatches(in: folded).contains { $0.range.lowerBound > at }
  }
}
