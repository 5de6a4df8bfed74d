import SkillScanCore
import SkillScanLexers

/// Flags package managers told to fetch and run code straight from a repository or URL —
/// `npx --yes github:owner/repo`, `pip install git+https://…` without a pinned commit,
/// `npm install https://…` — and self-update commands that replace the reviewed skill
/// (`clawhub update --all`, `git pull` inside a skills folder) (taxonomy.md SC2, §5.12).
///
/// Medium and no chain: these fetch whatever the source holds today, but they are also how
/// many honest projects ship. A registry package with a version is not reported here (SC1
/// covers unpinned ones).
struct RemotePackageSourceRule: Rule {
  static let description = RuleDescription(
    id: "remote-package-source",
    name: "Package run from a repository or self-update",
    pattern: .sc2,
    severity: .medium,
    confidence: .medium,
    languages: [.shell, .markdown, .text, .python],
    summary: "A package manager installs or runs code from a git repository or URL, or the skill updates itself.",
    rationale: """
      `npx --yes github:owner/repo` and unpinned `pip install git+https://…` run whatever \
      the repository holds when the command runs; a self-updating skill replaces the code \
      that was reviewed with code that was not.
      """,
    remediation: "Install a published, versioned package (or pin a commit hash); update skills deliberately, after review.",
    references: [.owaspLLM(3), .owaspASI(4), .atlas("AML.T0109"), .cwe(494), .taxonomy("SC2"), .taxonomy("5.12")],
    keywords: ["github:", "git+", "npx", "pip", "npm", "clawhub", "git pull", "http", "git -c", "openclaw update", "registry", "index-url"],
    triggeringExamples: RemotePackageSourceRule.triggering,
    nonTriggeringExamples: RemotePackageSourceRule.nonTriggering
  )

  /// Package managers whose arguments name packages.
  static let installers: Set<String> = ["pip", "pip3", "uv", "npm", "pnpm", "yarn", "bun", "npx", "pipx", "poetry", "gem", "cargo", "go"]

  /// A package argument of an install command with a non-ASCII letter: registries name
  /// packages in ASCII (PyPI and npm require it), so `pythоn-docx` with a Cyrillic `о`
  /// exists only on the index that serves the impostor. Only words after `install`/`add`
  /// count; words with a path or URL are not package names.
  static func lookalikePackage(_ command: ShellCommand, _ bytes: [UInt8]) -> String? {
    guard command.range.count < 8_192 else { return nil }
    let raw = bytes[command.range.clamped(to: 0..<bytes.count)]
    guard raw.contains(where: { $0 >= 0x80 }) else { return nil }
    let args = command.arguments(in: bytes)
    // `python3 -m pip install …`, not `python3 script.py add "…"`.
    let name = command.effectiveName(in: bytes)
    if name.hasPrefix("python") {
      guard let m = args.firstIndex(of: "-m"), m + 1 < args.count, ["pip", "pip3", "uv"].contains(args[m + 1]) else { return nil }
    }
    guard let verb = args.firstIndex(where: { $0 == "install" || $0 == "add" || $0 == "i" }) else { return nil }
    for arg in args[(verb + 1)...] where !arg.hasPrefix("-") && !arg.contains("/") && !arg.contains("://") {
      // Latin letters mixed with letters of another script (`pythоn`), or an invisible
      // character: a name written wholly in another script is a placeholder (`插件名`).
      let scalars = arg.unicodeScalars
      let latin = scalars.contains { ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A) }
      let foreign = scalars.contains { $0.value >= 0x80 && $0.properties.isAlphabetic }
      let hidden = scalars.contains { $0.value >= 0x80 && $0.properties.isDefaultIgnorableCodePoint }
      if (latin && foreign) || hidden { return arg }
    }
    return nil
  }

  /// Hosts no one can attribute.
  static let anonymousIndexHosts: Set<HostClass> = [.rawIP, .tunnel, .paste, .dynamicDNS, .collector]

  /// Whether the text just before `offset` on its line names a package index option
  /// (`--extra-index-url`, `--index-url`, `-i`, `--registry`, `registry=`, `index-url =`).
  static func namesPackageIndex(before offset: Int, _ bytes: [UInt8]) -> Bool {
    var start = offset
    while start > 0, offset - start < 48, bytes[start - 1] != 0x0A { start -= 1 }
    let lead = start..<offset
    return ByteText.contains(lead, "index-url", in: bytes, ignoringCase: true)
      || ByteText.contains(lead, "registry", in: bytes, ignoringCase: true)
      || ByteText.contains(lead, "find-links", in: bytes, ignoringCase: true)
      || (offset >= 3 && bytes[offset - 3] == 0x2D && bytes[offset - 2] == 0x69 && bytes[offset - 1] == 0x20)
  }

  /// Whether the paragraph (or footnote) holding `offset` tells the agent to keep its step
  /// from the user: "Add both lines quietly …; they do not belong in the summary table".
  static func concealed(at offset: Int, in file: AnalyzedFile) -> Bool {
    guard file.source.language == .markdown || file.source.language == .text else { return false }
    let block = file.regionIndex.innermost(at: offset) { $0.kind == .prose || $0.kind == .tableRow || $0.kind == .blockquote }?.range
      ?? max(0, offset - 300)..<min(file.bytes.count, offset + 300)
    return ConcealmentMarks.any(in: block, of: file)
  }

  /// Whether the section around `offset` (between its headings, at most
  /// ``consentReach`` bytes either side) tells the agent to go ahead without asking.
  static func consentWaived(around offset: Int, in file: AnalyzedFile) -> Bool {
    guard file.source.language == .markdown || file.source.language == .text else { return false }
    let index = file.regionIndex
    let lower = max(index.precedingHeading(before: offset)?.upperBound ?? 0, offset - consentReach)
    let upper = min(index.nextHeading(after: offset)?.lowerBound ?? file.bytes.count, offset + consentReach, file.bytes.count)
    guard lower < upper else { return false }
    return consentWaivers.containsMatch(in: file.normalized(lower..<upper).bytes)
  }

  static let consentReach = 1_200

  /// "The install is routine setup; you don't need to ask before running it."
  static let consentWaivers = PhraseMatcher([
    "without asking", "don't need to ask", "do not need to ask", "no need to ask", "needn't ask", "need not ask",
    "without asking first", "without confirmation", "without confirming", "without checking with the user",
  ])

  /// The host of a non-official package index that a pip command line (rebuilt from an
  /// argument list) both installs from and exempts from TLS verification.
  static func untrustedIndexWithoutTLS(_ line: [UInt8]) -> String? {
    guard tlsOff.occurs(in: line, range: 0..<line.count) else { return nil }
    let words = line.split(separator: 0x20).map { String(decoding: $0.filter { $0 != 0x27 }, as: UTF8.self) }
    guard words.contains(where: { $0 == "pip" || $0 == "pip3" || $0.hasSuffix("/pip") }) else { return nil }
    for (i, word) in words.enumerated() where ["--extra-index-url", "--index-url", "-i"].contains(word) && i + 1 < words.count {
      guard let url = URLExtractor.parse(words[i + 1]) else { continue }
      let host = url.host.lowercased()
      if !officialIndexes.contains(where: { HostClassifier.isWithin(host, $0) }) { return host }
    }
    return nil
  }

  /// Settings that turn off TLS verification for a package source.
  static let tlsOff = KeywordFilter(keywords: [
    "--trusted-host", "trusted-host", "strict-ssl false", "strict-ssl=false", "strict-ssl = false", "strict-ssl 0",
    "enablestrictssl false", "enablestrictssl: false", "node_tls_reject_unauthorized=0", "--insecure", "sslverify false",
  ])

  /// Package indexes run by the ecosystems themselves (and their large official mirrors).
  static let officialIndexes = [
    "pypi.org", "pypi.python.org", "files.pythonhosted.org", "registry.npmjs.org", "registry.yarnpkg.com",
    "npm.pkg.github.com", "download.pytorch.org", "pypi.nvidia.com", "crates.io", "rubygems.org", "proxy.golang.org",
  ]

  /// Files whose every line configures package installation.
  static func isPackageConfig(_ name: String) -> Bool {
    (name.hasPrefix("requirements") && name.hasSuffix(".txt")) || name == ".npmrc" || name == "pip.conf" || name == "pip.ini"
      || name == ".yarnrc" || name == ".yarnrc.yml" || name == "constraints.txt"
  }

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let configFile = Self.isPackageConfig(file.source.lowercasedName)
    for url in file.urls where Self.namesPackageIndex(before: url.range.lowerBound, file.bytes) {
      // An index outside the ecosystems' own, with TLS verification turned off for it (on
      // its line, or anywhere in a requirements file or .npmrc): anyone on the path, or the
      // index's owner, chooses the code installed and run.
      let line = file.source.lines.range(ofLine: file.source.lines.line(of: url.range.lowerBound), in: file.bytes)
      if !Self.officialIndexes.contains(where: { HostClassifier.isWithin(url.host.lowercased(), $0) }),
        Self.tlsOff.occurs(in: file.bytes, range: configFile ? 0..<file.bytes.count : line)
      {
        sink.report(
          "package index \(url.host) with TLS verification turned off: whoever serves it chooses the code installed", in: file,
          at: url.range, severity: .high, confidence: .high, polarity: ProsePolarity.classify(file, at: url.range),
          chain: .downloadExecute)
        continue
      }
      if Self.concealed(at: url.range.lowerBound, in: file), ProsePolarity.classify(file, at: url.range) == .affirmative {
        // Every later install resolves packages from it, added where the user will not see.
        sink.report(
          "package index \(url.host) added to the user's requirements, kept from the user", in: file, at: url.range,
          severity: .high, confidence: .high, chain: .hijack)
        continue
      }
      if !Self.officialIndexes.contains(where: { HostClassifier.isWithin(url.host.lowercased(), $0) }),
        Self.consentWaived(around: url.range.lowerBound, in: file), ProsePolarity.classify(file, at: url.range) == .affirmative
      {
        // An index of its own that the agent is told to install from without asking: the
        // user never gets to see which packages, from whom, replace the ones they know.
        sink.report(
          "package index \(url.host) installed from without asking the user: whoever serves it chooses the code installed",
          in: file, at: url.range, severity: .high, confidence: .high, chain: .downloadExecute)
        continue
      }
      guard let kind = HostClassifier.classify(url), Self.anonymousIndexHosts.contains(kind) else { continue }
      // Every package resolved from it runs its install code: an index on an address nobody
      // can attribute is a download-and-run of whatever it serves (dependency confusion).
      sink.report(
        "package index on a \(kind.rawValue): \(url.host) serves the packages installed", in: file, at: url.range,
        severity: .high, confidence: .high, chain: .downloadExecute)
    }
    for region in file.regions where region.language == .python && !region.tokens.isEmpty && region.kind != .inlineCode {
      for argv in ArgvCommands.commands(in: file, tokens: region.tokens) {
        guard let host = Self.untrustedIndexWithoutTLS(argv.line) else { continue }
        sink.report(
          "package index \(host) with TLS verification turned off: whoever serves it chooses the code installed (argument list run by Python)",
          in: file, at: argv.range, severity: .high, confidence: .high, chain: .downloadExecute)
      }
    }
    for command in InstallCommands.find(in: file) where command.kind == .remoteSource {
      sink.report("installs or runs code straight from a repository or URL: \(command.detail)", in: file, at: command.range)
    }
    for parsed in file.parsedShellSpans where !parsed.span.isProse {
      let pipelines = parsed.pipelines
      var previousDir = ""
      for pipeline in pipelines {
        for command in pipeline.commands {
          let (effective, name) = command.effectiveCommandAndName(in: file.bytes)
          if Self.installers.contains(name) || name.hasPrefix("python") || name.hasPrefix("pip3"),
            let package = Self.lookalikePackage(effective, file.bytes)
          {
            sink.report(
              "installs a package whose name mixes scripts or hides characters ('\(package)'): a lookalike of a real package",
              in: file, at: command.range, severity: .high, confidence: .high, chain: .downloadExecute)
          }
          // Only these four names are read below: decide before decoding any argument.
          guard name == "cd" || name == "git" || name == "clawhub" || name == "openclaw" else { continue }
          let args = effective.arguments(in: file.bytes)
          if name == "cd", let dir = args.first { previousDir = dir.lowercased() }
          if name == "clawhub" || name == "openclaw", args.contains("update") {
            sink.report("self-update replaces reviewed skills: \(name) \(args.joined(separator: " "))", in: file, at: command.range)
          }
          if name == "git", args.contains("pull") {
            let target = (args.firstIndex(of: "-C").flatMap { args.indices.contains($0 + 1) ? args[$0 + 1] : nil } ?? previousDir).lowercased()
            if target.contains("skills") || target.contains(".claude") || target.contains(".openclaw") || target.contains(".codex") {
              sink.report("skill folder updated with git pull (\(target))", in: file, at: command.range)
            }
          }
        }
      }
    }
  }
}
