import SkillScanCore
import SkillScanLexers
import SkillScanFormats

/// Flags shell that downloads a script and runs it without saving or reviewing it:
/// `curl … | sh`, `bash <(curl …)`, `sh -c "$(curl …)"`, `iex (iwr …)`, and
/// `curl -o x.sh … && bash x.sh`.
///
/// Skills document "install" steps this way, and an agent that follows them runs whatever
/// the server returns at that moment with the user's privileges. Official installers of
/// well-known tools served from the vendor's own domain (``VendorInstallers``) are reported
/// without a download-execute chain, so they make a skill suspicious, not malicious
/// (taxonomy.md §6.3); "never pipe `curl` to `sh`" advice is reported with prohibitive
/// polarity so it does not count against the skill.
struct RemoteScriptPipedToShellRule: Rule {
  static let description = RuleDescription(
    id: "remote-script-piped-to-shell",
    name: "Remote script piped to shell",
    pattern: .sc2,
    severity: .high,
    confidence: .high,
    languages: [.shell, .powershell, .markdown, .text],
    summary: "A downloaded script is executed without being saved or reviewed.",
    rationale: """
      Piping `curl`/`wget` output into a shell runs whatever the server returns at that \
      moment, so the code that runs is not the code anyone reviewed, and it can change after \
      the skill was approved. Prefer a pinned package, or download to a file, verify a \
      checksum, then run it.
      """,
    remediation: """
      Replace the pipe with a pinned package or a downloaded file whose checksum is verified \
      before it runs; ship helper scripts inside the skill instead of fetching them.
      """,
    references: [.owaspLLM(3), .owaspLLM(5), .owaspASI(4), .owaspASI(5), .atlas("AML.T0010.005"), .cwe(494), .taxonomy("SC2")],
    keywords: ["mshta", "regsvr32", "rundll32", "certutil", "bitsadmin", "curl", "wget", "aria2c", "iwr", "irm", "invoke-webrequest", "invoke-restmethod", "downloadstring", "${ifs}", "$ifs", "|sh", "| sh", "|bash", "| bash", "downloaddata", "webclient"],
    triggeringExamples: RemoteScriptPipedToShellRule.triggering,
    nonTriggeringExamples: RemoteScriptPipedToShellRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    var reported = Set<Int>()
    let powerShell = file.parsedSpanPowerShellHits
    for (index, parsed) in file.parsedShellSpans.enumerated() {
      let span = parsed.span
      let pipelines = parsed.pipelines
      let powerShellSpan = file.source.language == .powershell || (span.isCode && file.region(at: span.range.lowerBound)?.language == .powershell)
      var hits = RemoteExecution.find(in: pipelines, bytes: file.bytes, prose: span.isProse || !span.isCode, powerShell: powerShellSpan)
      hits += powerShell[index]
      for hit in hits where reported.insert(hit.range.lowerBound).inserted {
        // Prose spans defer to the inline code they contain, which is scanned on its own.
        if span.isProse, let inner = file.region(at: hit.range.lowerBound), inner.kind == .inlineCode {
          continue
        }
        report(hit, span: span, file: file, skill: skill, into: &sink)
      }
    }
    for hit in WindowsLOLBins.downloads(in: file) where reported.insert(hit.range.lowerBound).inserted {
      let prose = file.region(at: hit.range.lowerBound)?.kind == .inlineCode
      let polarity = prose ? ProsePolarity.classify(file, at: hit.range) : .affirmative
      sink.report(
        hit.message, in: file, at: hit.range, severity: hit.runsRemoteCode ? .high : .medium,
        confidence: prose ? .medium : .high, polarity: polarity, chain: hit.runsRemoteCode ? .downloadExecute : nil)
    }
  }

  private func report(
    _ hit: RemoteExecution.Hit, span: Span, file: AnalyzedFile, skill: AnalyzedSkill, into sink: inout FindingSink
  ) {
    // A vendor's installer is run once. One the skill re-runs at the start of every session
    // hands whoever serves it root on each run: a host that merely matches the tool's name
    // earns no benefit then (the curated installers keep theirs).
    // A script another script writes out through a here-document (a git hook, a cron job)
    // is written to run again and again.
    // So is a command an unattended job runs (a cron line, a unit, a folder-open task).
    let rerun = Self.rerunEachSession(hit.range, in: file) || file.source.path.hasSuffix(HeredocScripts.pathSuffix)
      || file.source.origin?.runsUnattended == true
    let vendor = hit.url.flatMap { url in
      VendorInstallers.entry(forURL: url)
        ?? (rerun ? nil : VendorInstallers.namedVendor(url: url, context: Self.toolNaming(hit.range, in: file, skill: skill))
          ?? VendorInstallers.platformVendor(url: url)
          ?? VendorInstallers.declaredVendor(url: url, skill: skill)
          ?? VendorInstallers.ownRepository(url: url, skill: skill))
    } ?? Self.vendorBehindVariable(hit, span: span, file: file)
    // A documentation fence whose command line ends in "# do not do this" shows what not to
    // do: the comment forbids the command to whoever reads the block, the agent included.
    // So does a block whose first line labels it ("# Anti-patterns -- do not run").
    let fence = span.isCode && file.source.language == .markdown ? file.region(at: hit.range.lowerBound) : nil
    let markedBad = fence.map { $0.kind == .fencedCode && $0.context != .loadTime } == true
      && (BehaviorShellSpans.lineMarkedBad(file.bytes, after: hit.range.upperBound)
        || fence.map { BehaviorShellSpans.fenceHeaderForbids(file, $0) } == true)
    // A block tagged as plain text shows the command ("Many tools document a one-line
    // installer such as:"); one the lead-in orders run is still an order.
    let illustrated = !markedBad && fence.map { BehaviorShellSpans.isIllustration(file, $0) } == true
    let polarity = markedBad ? .prohibitive : illustrated ? .descriptive
      : span.isCode ? Polarity.affirmative : ProsePolarity.classify(file, at: hit.range)
    var message = hit.message
    if let vendor { message += " (official \(vendor.tool) installer)" }
    // A download whose checksum or signature the script checks before running it is how
    // honest installers run a release binary; it still runs what a server sends, so it is
    // reported, but it is not a dropper's download-and-run.
    if hit.verified { message += " (after its checksum or signature is checked)" }
    // A code span inside an imperative sentence is an instruction, not an illustration.
    var context: ContextClass?
    if !span.isCode && !span.isProse, let block = file.enclosingBlock(at: hit.range.lowerBound),
      block.context == .instruction
    {
      context = .instruction
    }
    // A security tool's documentation catalogues the one-liners it detects in table rows,
    // list items and explanatory sentences (taxonomy.md §6.4). A command standing on its own line, fenced blocks,
    // directives and scripts still count: describing the skill as a scanner must not be
    // enough to hide a dropper.
    let catalogue = !span.isCode && file.source.language == .markdown && SecurityPurpose.isSecurityTool(skill)
      && Self.inCatalogueEntry(hit.range.lowerBound, file)
    sink.report(
      message, in: file, at: hit.range, severity: hit.verified ? .medium : nil,
      confidence: catalogue ? .low : (span.isProse ? .medium : .high), context: context, polarity: polarity,
      chain: vendor == nil && !catalogue && !hit.verified ? .downloadExecute : nil)
  }

  /// The vendor installer a download names through a variable (`curl "$url" -o "$file"`)
  /// when every address written in the script is one of them: a bootstrap script choosing
  /// between the Homebrew, rustup and nvm installers can fetch nothing else. A script that
  /// spells no address, or any other address, gets no such benefit.
  static func vendorBehindVariable(_ hit: RemoteExecution.Hit, span: Span, file: AnalyzedFile) -> VendorInstallers.Entry? {
    guard span.isCode, hit.url.map({ $0.isEmpty || $0.hasPrefix("$") }) ?? true else { return nil }
    var first: VendorInstallers.Entry?
    for url in file.urls where span.range.contains(url.range.lowerBound) {
      guard let entry = VendorInstallers.entry(forURL: url.text) else { return nil }
      first = first ?? entry
    }
    return first
  }

  /// The texts that name the tool a command installs: the skill's name (also with its
  /// separators dropped, `lobster-bio` naming `lobsterbio.com`) and description, the nearest
  /// heading, and ``leadIn`` bytes before the command to the end of its line (at most
  /// ``leadIn`` after it), which holds "Install Foundry:" above a fence or the introduction
  /// under a title. Every piece is bounded, so a one-line 20 MB file costs a constant per hit.
  static func toolNaming(_ range: Range<Int>, in file: AnalyzedFile, skill: AnalyzedSkill) -> [String] {
    var texts = [skill.frontmatter?.name, skill.frontmatter?.description].compactMap { $0.map { String(decoding: $0.utf8.prefix(metadataPrefix), as: UTF8.self) } }
    if let name = texts.first, skill.frontmatter?.name != nil {
      texts.append(String(name.unicodeScalars.filter { $0 != "-" && $0 != "_" }))
    }
    let bytes = file.bytes
    if let heading = file.regionIndex.precedingHeading(before: range.lowerBound) {
      texts.append(String(decoding: bytes[heading.lowerBound..<min(heading.upperBound, heading.lowerBound + leadIn)], as: UTF8.self))
    }
    let start = max(0, range.lowerBound - leadIn)
    let stop = min(bytes.count, range.upperBound + leadIn)
    let end = bytes[min(range.upperBound, stop)..<stop].firstIndex(of: 0x0A) ?? stop
    if start < end { texts.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
    return texts
  }

  /// Whether the text just before the command (back to its heading, at most ``leadIn``
  /// bytes) makes it a step of every session: "install or update it at the start of every
  /// session".
  static func rerunEachSession(_ range: Range<Int>, in file: AnalyzedFile) -> Bool {
    var start = max(0, range.lowerBound - leadIn)
    if let heading = file.regionIndex.precedingHeading(before: range.lowerBound) { start = max(start, heading.lowerBound) }
    guard start < range.lowerBound else { return false }
    return everySession.containsMatch(in: TextNormalizer.normalize(file.bytes, range: start..<range.lowerBound).bytes)
  }

  static let everySession = PhraseMatcher([
    "every session", "each session", "every new session", "each new session", "start of every", "start of each",
    "every time you start", "each time you start", "before every task", "before each task", "every conversation",
    "each conversation", "on every run", "every run", "each run", "every time the skill", "each time the skill",
  ])

  /// Whether `offset` sits in a table row or a list item, where documentation lists entries.
  static func inCatalogueEntry(_ offset: Int, _ file: AnalyzedFile) -> Bool {
    let block = file.regionIndex.innermost(at: offset) { region in
      region.kind != .inlineCode && region.kind != .linkTarget && region.kind != .whole
    }
    if block?.kind == .tableRow { return true }
    if let lineStart = ListLeadIn.lineStart(of: offset, in: file.bytes, within: ListLeadIn.maxItemPrefix),
      ListLeadIn.isListItem(file.bytes, lineStart)
    {
      return true
    }
    // Code quoted inside a sentence that does not tell the reader to do anything ("the blob
    // decodes to `bash -c "$(curl …)"`"): an explanation. "Run `curl … | sh` first" still counts.
    guard file.region(at: offset)?.kind == .inlineCode else { return false }
    let sentence = ProsePolarity.sentenceRange(
      in: file.bytes, around: offset..<(offset + 1), within: ProsePolarity.enclosingBounds(file, at: offset))
    return !ProseClassifier.isImperative(sentence.lowerBound..<offset, in: file.bytes)
  }

  /// Bytes before a command read for the tool's name (and most of a heading or of the line
  /// after it).
  static let leadIn = 300
  /// Bytes of the skill's name and description read for the tool's name.
  static let metadataPrefix = 2_000
}
