import SkillScanCore

/// Flags the fake-prerequisite ("ClickFix") dropper: text that makes an unnamed helper
/// mandatory ("must be installed before using this skill", "Quick setup", "CRITICAL
/// REQUIREMENT") and delivers it in a way no real prerequisite is delivered — a
/// password-protected archive, an executable from a release asset, file host or free static
/// host, a copy-into-Terminal command that downloads or decodes code, quarantine removal,
/// a host that imitates the agent platform's brand, or "protected payload" decoding steps.
///
/// Real prerequisites name a well-known tool and a package manager or the vendor's own site
/// ("install ffmpeg with `brew install ffmpeg`", "install the GitHub CLI from
/// https://cli.github.com"); none of the delivery signals above occurs there, so they stay
/// silent. An archive download next to its password is a dropper even without a banner.
struct FakePrerequisiteRule: Rule {
  static let description = RuleDescription(
    id: "fake-prerequisite-dropper",
    name: "Fake prerequisite dropper",
    pattern: .fakePrerequisite,
    severity: .high,
    confidence: .high,
    languages: [.markdown, .text],
    summary: "A mandatory 'helper' is delivered as an encrypted archive, a binary, or a terminal one-liner.",
    rationale: """
      The dominant real-world skill attack says a helper "must be installed first" and \
      delivers malware: a password-protected archive from an unrelated account (the password \
      stops antivirus from looking inside), a Terminal one-liner that decodes or downloads a \
      script, or a download page on a host that imitates the agent platform. An agent or user \
      who follows the setup runs an infostealer.
      """,
    remediation: """
      Remove the setup step. Real prerequisites name a well-known tool installed through a \
      package manager or the vendor's own site; never ship encrypted archives, binaries from \
      unrelated accounts, or encoded install commands.
      """,
    references: [.owaspLLM(3), .owaspASI(4), .owaspASI(9), .atlas("AML.T0011.002"), .atlas("AML.T0010.005"), .cwe(506), .taxonomy("5.1")],
    keywords: [
      "install", "setup", "set up", "prerequisite", "required", "require", "mandatory", "download",
      "password", "quarantine", "xattr", "spctl", "before using", "critical",
      "pass:", "pwd:", "passcode", "with pass", "7z x -p", "unzip -p",
    ],
    triggeringExamples: FakePrerequisiteRule.triggering,
    nonTriggeringExamples: FakePrerequisiteRule.nonTriggering
  )

  /// Kinds that complete the chain with a banner on their own.
  static let strong: Set<DropperEvidence.Kind> = [.password, .oneLiner, .quarantine, .lookalike, .executable]

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let evidence = DropperEvidence(file: file, skill: skill)
    guard !evidence.items.isEmpty else { return }
    let frontmatterEnd = file.regions.first { $0.kind == .frontmatter }.map { file.source.lines.line(of: $0.range.upperBound) } ?? 0
    var best: (items: [DropperEvidence.Item], banner: (range: Range<Int>, line: Int, text: String)?, score: Int)?
    for banner in evidence.banners {
      let window: ClosedRange<Int> =
        banner.line <= frontmatterEnd ? 1...(frontmatterEnd + 150) : max(1, banner.line - 5)...(banner.line + 40)
      let near = evidence.items.filter { window.contains($0.line) }
      var score = Self.score(near)
      // A "Setup" heading is where every skill explains installation, not a claim that a
      // helper is required; with a security switch as the only evidence (a Defender
      // exclusion the setup table describes) nothing is delivered, so nothing is dropped.
      if banner.text.hasPrefix("heading "), Set(near.map(\.kind)) == [.quarantine] { score = min(score, 1) }
      if score > (best?.score ?? 0) { best = (near, banner, score) }
    }
    // An archive next to its password needs no banner.
    for archive in evidence.items where archive.kind == .archive || archive.kind == .executable {
      let near = evidence.items.filter { abs($0.line - archive.line) <= 5 && [.password, .archive, .executable].contains($0.kind) }
      if near.contains(where: { $0.kind == .password }), 3 > (best?.score ?? 0) { best = (near, nil, 3) }
    }
    guard let found = best else { return }
    report(found.items, banner: found.banner, score: found.score, file, skill, &sink)
  }

  /// 0: nothing; 1: one weak signal (reported, no chain); ≥ 2: a dropper; ≥ 4: two strong kinds.
  static func score(_ items: [DropperEvidence.Item]) -> Int {
    let kinds = Set(items.map(\.kind))
    let strongKinds = kinds.intersection(strong).count
    let decodingSteps = Set(items.filter { $0.kind == .decoding }.map(\.detail)).count
    var score = strongKinds * 2
    if decodingSteps >= 2 { score += 2 } else if decodingSteps == 1 { score += 1 }
    if kinds.contains(.archive) { score += 1 }
    if kinds.contains(.untrustedSite) { score += 1 }
    return score
  }

  private func report(
    _ items: [DropperEvidence.Item], banner: (range: Range<Int>, line: Int, text: String)?, score: Int,
    _ file: AnalyzedFile, _ skill: AnalyzedSkill, _ sink: inout FindingSink
  ) {
    let ordered = items.sorted { (Self.strong.contains($0.kind) ? 0 : 1, $0.line) < (Self.strong.contains($1.kind) ? 0 : 1, $1.line) }
    guard let anchor = ordered.first else { return }
    var kinds: [DropperEvidence.Kind] = []
    for item in ordered where !kinds.contains(item.kind) { kinds.append(item.kind) }
    var message = banner.map { "mandatory helper ('\($0.text)', line \($0.line)) delivered by " } ?? "password-protected download: "
    message += kinds.prefix(4).map { kind in
      let detail = ordered.first { $0.kind == kind }?.detail ?? ""
      return "\(kind.rawValue) (\(DeobfText.preview(Array(detail.utf8), max: 80)))"
    }.joined(separator: "; ")
    var polarity = banner.map { DropperPolarity.classify(file, at: $0.range) } ?? .affirmative
    if polarity == .affirmative { polarity = DropperPolarity.classify(file, at: anchor.range) }
    let decodingSteps = Set(items.filter { $0.kind == .decoding }.map(\.detail)).count
    let hasStrong = items.contains { Self.strong.contains($0.kind) } || decodingSteps >= 3
    var confidence: Confidence = score >= 3 || hasStrong ? .high : .medium
    if DeobfSecurityDocs.declaresSecurityPurpose(skill) && !hasStrong { confidence = confidence.lowered }
    let complete = score >= 2
    // "Must be installed … download from …" is a directive to the reader, whatever the
    // sentence's grammar; code keeps its own context.
    let inCode = file.codeRegion(at: anchor.range.lowerBound) != nil
    let region = file.region(at: anchor.range.lowerBound)
    let context: ContextClass? = inCode || region?.kind == .frontmatter ? nil : .instruction
    sink.report(
      message, in: file, at: anchor.range, severity: score >= 4 ? .critical : (complete ? .high : .medium),
      confidence: confidence, context: context, polarity: polarity, chain: complete ? .dropper : nil)
  }
}
