import Foundation
import SkillScanCore
import SkillScanLexers

/// Walking the home folder or the file system for sensitive files: `find ~ -name id_rsa`,
/// `os.walk(os.path.expanduser('~'))` looking for `.env`/`*.pem`, `glob('**/.env*',
/// recursive=True)`, and prose such as "scan the directories above the working directory for
/// the .ssh folder" (taxonomy.md E3). Project-local globbing (`**/*.py`) is not reported.
struct FileSystemEnumerationRule: Rule {
  static let description = RuleDescription(
    id: "sensitive-file-enumeration",
    name: "Search for sensitive files",
    pattern: .e3,
    severity: .medium,
    confidence: .high,
    languages: [.shell, .python, .javascript, .markdown, .text],
    summary: "The home folder or file system is searched for keys, .env files, wallets or credentials.",
    rationale: """
      Reconnaissance precedes theft: a skill that walks `~` or `/` looking for private keys, \
      `.env` files, wallets or browser profiles is locating secrets to take, far beyond what \
      a task in the user's project needs.
      """,
    remediation: "Limit file access to the project folder the user is working in.",
    references: [.owaspLLM(2), .owaspASI(2), .atlas("AML.T0084"), .cwe(548), .taxonomy("E3")],
    keywords: ["find", "walk", "glob", "locate", "mdfind", "scan", "search", "look for", "grep", " rg ", "\nrg ", "|rg ", "listdir", "readdir", "enumerate", "crawl"],
    triggeringExamples: [
      Example("↓find ~ -name 'id_rsa*' -o -name '*.pem' 2>/dev/null\n", language: .shell),
      Example("import os\nfor root, dirs, files in ↓os.walk(os.path.expanduser('~')):\n    hits = [f for f in files if f in ('.env', 'wallet.dat')]\n", language: .python),
      Example("import glob\n↓envs = glob.glob('**/.env*', recursive=True)\n", language: .python),
      Example("1. ↓Scan the directories above the current working directory for the .ssh folder.\n"),
    ],
    nonTriggeringExamples: [
      Example("find . -name '*.md' -newer README.md\n", language: .shell, note: "workspace search"),
      Example("import glob\nsources = glob.glob('src/**/*.py', recursive=True)\n", language: .python, note: "project-local globbing"),
      Example("Search the docs folder for the right template.\n", note: "no sensitive target"),
    ]
  )

  /// Name patterns that mark a search for secrets.
  static let sensitiveGlobs = [
    "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", "*.pem", "*.key", "*.kdbx", "*.ppk", "*.p12", "*.pfx", ".env",
    "wallet", "keystore", "login data", "cookies", "credentials", ".ssh", ".aws", ".netrc", ".npmrc", "*.ovpn",
    "seed", "mnemonic", "secret", "password", "passwd", ".git-credentials",
  ]

  static func isSensitive(_ pattern: String) -> Bool {
    let p = pattern.lowercased()
    if p.hasSuffix(".env.example") || p.hasSuffix(".env.sample") { return false }
    if !sensitiveGlobFilter.matches(in: Array(p.utf8)).isEmpty { return true }
    return ExfilSources.classify(path: p.replacingOccurrences(of: "*", with: "")) != nil
  }

  /// ``sensitiveGlobs`` as one automaton: string literals are tested by the thousand in
  /// bundled JavaScript, and a substring search per glob per literal dominated this rule.
  static let sensitiveGlobFilter = KeywordFilter(keywords: sensitiveGlobs)

  static let homeRoots: Set<String> = ["~", "~/", "/", "$home", "${home}", "$home/", "/home", "/users", "/root", "/home/", "/users/", "~/.."]

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    var seen = Set<Int>()
    func report(_ message: String, _ range: Range<Int>, _ span: ExfilCodeSpan?) {
      guard seen.insert(file.source.lines.line(of: range.lowerBound)).inserted else { return }
      let polarity = span.map { $0.polarity(file, at: range) } ?? ProsePolarity.classify(file, at: range)
      sink.report(message, in: file, at: range, context: span?.context(file, at: range.lowerBound), polarity: polarity)
    }
    if file.source.language.isExecutable || file.regions.contains(where: { $0.kind == .fencedCode || $0.kind == .inlineCode }) {
      for span in ExfilCodeSpan.spans(of: file, includeInline: true) {
        for (range, message) in Self.codeHits(span, file) { report(message, range, span) }
      }
    }
    if file.source.language == .markdown || file.source.language == .text {
      for (range, message) in Self.proseHits(file) { report(message, range, nil) }
    }
  }
}
