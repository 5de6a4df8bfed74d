import SkillScanCore
import SkillScanLexers

/// Flags an install command that names a package one typo away from a popular one:
/// `pip install reqeusts` in a setup fence, `npm i lodahs` in a script, `gem "octokitt"` in a
/// Gemfile, or a script that runs `system("gem", "install", name)` over a list holding
/// `"activesupprot"` (taxonomy.md §5.11).
///
/// ``TyposquattedDependencyRule`` reads the two manifest files; most skills install their
/// dependencies with a command instead, in `SKILL.md` or a bootstrap script, and a squatted
/// name there runs the squatter's install code just the same. Names are compared with the same
/// registry lists and the same one-edit test, within the installer's own registry.
struct TyposquattedInstallRule: Rule {
  static let description = RuleDescription(
    id: "typosquatted-install",
    name: "Install command naming a look-alike package",
    pattern: .impersonation,
    severity: .high,
    confidence: .medium,
    languages: [.shell, .markdown, .python, .javascript, .powershell, .text],
    summary: "An install command, Gemfile or install script names a package one typo away from a popular one.",
    rationale: """
      `pip install reqeusts` or `gem install activesupprot` installs whatever the squatter \
      published under the misspelt name and runs its install code with the user's rights; the \
      typo is easy to miss in a setup step the agent runs for the user.
      """,
    remediation: "Check each package name against the registry and the project's documentation, and fix the typo.",
    references: [.owaspLLM(3), .owaspASI(4), .atlas("AML.T0010.001"), .cwe(1357), .taxonomy("5.11")],
    keywords: ["install", "npx", "bunx", "uvx", "pnpx", "yarn", "pnpm", "bun", "poetry", "uv", "gem"],
    triggeringExamples: TyposquattedInstallRule.triggering,
    nonTriggeringExamples: TyposquattedInstallRule.nonTriggering
  )

  /// A registry and the popular names squatters imitate on it.
  enum Registry: String {
    case pypi = "PyPI package"
    case npm = "npm package"
    case rubygems = "gem"

    var popular: Set<String> {
      switch self {
      case .pypi: TyposquattedDependencyRule.pypiNames
      case .npm: TyposquattedDependencyRule.npmNames
      case .rubygems: TyposquattedInstallRule.gemNames
      }
    }

    static let installers = ["pip", "pip3", "uv", "pipx", "uvx", "poetry", "npm", "pnpm", "yarn", "bun", "npx", "bunx", "pnpx", "gem"]

    /// The registry an installer's name installs from (`pip3`, `yarn`, `gem`).
    init?(installer: String) {
      switch installer.lowercased() {
      case "pip", "pip3", "uv", "pipx", "uvx", "poetry": self = .pypi
      case "npm", "pnpm", "yarn", "bun", "npx", "bunx", "pnpx": self = .npm
      case "gem": self = .rubygems
      default: return nil
      }
    }
  }

  static let gemNames = Set(TyposquattedDependencyRule.rubygems.map(TyposquattedDependencyRule.normalise))

  /// At most this many findings per file: a list of squats is one story.
  static let maxReports = 8

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    var reported = Set<String>()
    // Each distinct name is compared with the popular list once: a document repeating
    // `pip install pandas numpy` a million times asks about the same few names.
    var answers: [String: String?] = [:]
    func report(_ name: String, _ registry: Registry, _ range: Range<Int>, _ how: String) {
      guard reported.count < Self.maxReports, !reported.contains(name) else { return }
      let key = registry.rawValue + " " + name
      let target: String?
      if let known = answers[key] {
        target = known
      } else {
        target = Self.index(registry).mayBeSquat(name) ? TyposquattedDependencyRule.squats(name, registry.popular) : nil
        if answers.count < 4096 { answers[key] = target }
      }
      guard let target else { return }
      reported.insert(name)
      sink.report(
        "'\(name)' is one edit away from the popular \(registry.rawValue) '\(target)' (\(how))", in: file, at: range,
        confidence: .high, chain: .downloadExecute)
    }
    let lowerName = file.source.lowercasedName
    if lowerName == "gemfile" || lowerName.hasSuffix(".gemspec") {
      for entry in Self.gemfileEntries(file.bytes) { report(entry.name, .rubygems, entry.range, "declared as a dependency") }
      return
    }
    if file.source.language == .shell || file.source.language == .markdown {
      let bytes = file.bytes
      for span in BehaviorShellSpans.spans(of: file) {
        // A fence presented as what not to do, or a line that calls its own name a squat,
        // teaches the attack ("`pip install reqeusts` # typosquat of requests").
        if span.kind == .fence && BehaviorShellSpans.isBadExample(file, span.region) { continue }
        // Small spans are parsed again on each read: only those naming an installer are.
        guard Self.installerWords.occurs(in: bytes, range: span.region.range) else { continue }
        for command in span.commands {
          guard reported.count < Self.maxReports else { return }
          let packages = Self.packages(of: command, bytes)
          guard !packages.isEmpty, BehaviorShellSpans.polarity(span, file, command.range) == .affirmative,
            !BehaviorShellSpans.lineMarkedBad(bytes, after: command.range.upperBound),
            !Self.lineNamesSquat(bytes, around: command.range)
          else { continue }
          for package in packages {
            report(package.name, package.registry, command.range, "installed by `\(package.installer)`")
          }
        }
      }
      return
    }
    // Most scripts that say "install" never hand an installer a quoted command: one pass
    // for the quoted shapes first, before collecting every literal of the file.
    guard Self.quotedInstallCues.occurs(in: file.bytes, range: 0..<file.bytes.count) else { return }
    for item in Self.scriptInstalls(file.bytes) { report(item.name, item.registry, item.range, item.how) }
  }

  static let installerWords = KeywordFilter(keywords: Registry.installers)

  /// Quoted shapes every install ``scriptInstalls(_:)`` reads holds: an argument vector's
  /// quoted verb, or a quoted command that starts with an installer.
  static let quotedInstallCues = KeywordFilter(keywords: ["install\"", "install'", "add\"", "add'", "\"i\"", "'i'"] + Registry.installers.flatMap { name in
    ["\"", "'", "`"].map { $0 + name + " " }
  })
}

extension TyposquattedInstallRule {
  /// One package an install command names.
  struct Package {
    var name: String
    var registry: Registry
    var installer: String
  }

  /// The packages a shell command installs: `pip install a b`, `uv pip install`, `pipx install`,
  /// `npm|pnpm|yarn|bun install|i|add`, `npx|bunx|uvx pkg`, `gem install`, `poetry add`.
  static func packages(of command: ShellCommand, _ bytes: [UInt8]) -> [Package] {
    let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
    guard let registry = Registry(installer: nameWritten) else { return [] }
    let installer = nameWritten.lowercased()
    var args = effective.arguments(in: bytes)
    if installer == "uv", let pip = args.firstIndex(of: "pip") { args = Array(args[(pip + 1)...]) }
    let names: [String]
    switch installer {
    case "npx", "bunx", "pnpx", "uvx":
      names = args.first(where: { !$0.hasPrefix("-") }).map { [$0] } ?? []
    default:
      guard let verb = args.first, ["install", "i", "add"].contains(verb) else { return [] }
      // Options that take a value (`-v 1.2`, `--source URL`, `-r file`) hide that value.
      var out: [String] = []
      var skipNext = false
      for arg in args.dropFirst() {
        if skipNext {
          skipNext = false
          continue
        }
        if arg.hasPrefix("-") {
          skipNext = valueOptions.contains(arg)
          continue
        }
        out.append(arg)
      }
      names = out
    }
    return names.prefix(64).compactMap { raw in
      bareName(raw, registry).map { Package(name: $0, registry: registry, installer: installer) }
    }
  }

  /// Installer options whose value is the next word.
  static let valueOptions: Set<String> = [
    "-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
    "-t", "--target", "--prefix", "--root", "-v", "--version", "--source", "-s", "--install-dir", "-n",
    "--bindir", "--registry", "--prefix", "-p", "--package", "--python", "--platform", "-e", "--editable",
  ]

  /// The package name of an install argument without its version or extras (`reqeusts==2.3`,
  /// `lodahs@4`, `@scope/pkg@1`), or nil when the argument is a path, URL or archive.
  static func bareName(_ raw: String, _ registry: Registry) -> String? {
    // On bytes: a document can hold a million install commands.
    let bytes = Array(raw.utf8)
    guard let first = bytes.first, first != 0x2E, bytes.count <= 256, !bytes.contains(0x3A), !bytes.contains(0x24),
      !bytes.contains(0x2F) || first == 0x40
    else { return nil }
    for suffix in archiveSuffixes where bytes.count > suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix) { return nil }
    var end = bytes.count
    switch registry {
    case .pypi:
      end = bytes.firstIndex { versionBytes.contains($0) } ?? bytes.count
    case .npm:
      end = bytes.dropFirst().firstIndex(of: 0x40) ?? bytes.count
    case .rubygems:
      break
    }
    let name = bytes[..<end]
    guard name.count >= TyposquattedDependencyRule.minimumLength, name.count <= 64,
      name.allSatisfy({ isNameByte($0) || $0 == 0x40 || $0 == 0x2F })
    else { return nil }
    return String(decoding: name, as: UTF8.self)
  }

  static let archiveSuffixes: [[UInt8]] = [".whl", ".gem", ".tgz", ".txt", ".tar.gz", ".zip"].map { Array($0.utf8) }
  /// Bytes that end a PyPI name: a version specifier, extras, a marker or a URL.
  static let versionBytes: Set<UInt8> = Set("=<>!~[;@ ".utf8)

  /// Whether the line holding `range` (or the line above it) says the name is a squat or a
  /// fake: documentation that shows the typo to warn about it.
  static func lineNamesSquat(_ bytes: [UInt8], around range: Range<Int>) -> Bool {
    var start = range.lowerBound
    var newlines = 0
    while start > 0 {
      if bytes[start - 1] == 0x0A {
        newlines += 1
        if newlines == 2 { break }
      }
      start -= 1
    }
    var end = range.upperBound
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    guard end - start <= 4096 else { return false }
    return squatWords.occurs(in: bytes, range: start..<end)
  }

  static let squatWords = KeywordFilter(keywords: ["typo", "squat", "malicious", "look-alike", "lookalike", "fake", "impersonat"])

  static func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E
  }
}
