import SkillScanCore

/// Flags an instruction, in words, to fetch a script from an address and hand it to a shell
/// or interpreter: "fetch the installer from `https://…` and hand its contents straight to
/// `bash`", "download https://… and pipe it into sh".
///
/// This is `curl … | bash` (SC2) written as a sentence so that no command appears in the
/// text: the agent composes the one-liner itself. It needs all three in one sentence — a
/// fetch verb, an address and an interpreter the fetched text is given to — so "download the
/// installer from https://nodejs.org and run it" (an installer the user opens) and "never
/// pipe curl to bash" (no address) stay quiet. Addresses of known vendor installers and of
/// the skill's own repository keep their finding without a chain, as the command form does.
struct RemoteScriptInstructionRule: Rule {
  static let description = RuleDescription(
    id: "remote-script-instruction",
    name: "Instruction to pipe a downloaded script into a shell",
    pattern: .sc2,
    severity: .high,
    confidence: .medium,
    languages: [.markdown, .text],
    summary: "Prose tells the agent to fetch a script from an address and run it with a shell or interpreter.",
    rationale: """
      Telling the agent to download a script and hand it straight to bash runs whatever the \
      host serves at that moment, with the user's privileges and without anyone reading it. \
      Written as prose, it carries no command a reviewer would search for.
      """,
    remediation: "Ship the script inside the skill, or install the tool from a package manager with a pinned version.",
    references: [.owaspLLM(3), .owaspASI(4), .cwe(494), .taxonomy("SC2")],
    keywords: ["bash", "zsh", "shell", "python", "powershell", "iex", "node", "pipe", "source", "eval"],
    triggeringExamples: RemoteScriptInstructionRule.triggering,
    nonTriggeringExamples: RemoteScriptInstructionRule.nonTriggering
  )

  /// The fetched text given to an interpreter: a preposition then the interpreter, or a pipe.
  static let handoff: PhraseMatcher = {
    var phrases: [String] = []
    for interpreter in ["bash", "sh", "zsh", "the shell", "a shell", "your shell", "python", "python3", "node", "powershell", "pwsh", "iex", "invoke-expression"] {
      for preposition in ["to", "into", "through", "via", "with", "straight to", "directly to", "directly into", "straight into"] {
        phrases.append("\(preposition) \(interpreter)")
      }
    }
    phrases += ["pipe it", "pipe its", "pipe the script", "pipe the installer", "piped to", "piped into", "pipe to", "pipe into", "and pipe"]
    phrases += sourcing
    return PhraseMatcher(phrases)
  }()

  /// `source`/`.` runs a file in the current shell: the handoff names no interpreter.
  static let sourcing = ["source it", "sources it", "sourcing it", "and sources", "and source", "then source", "eval it", "evals it"]
  static let sourcingMatcher = PhraseMatcher(sourcing)

  /// Interpreter names, one of which a pipe phrase needs in the same sentence.
  static let interpreters = PhraseMatcher(["bash", "sh", "zsh", "shell", "python", "python3", "node", "powershell", "pwsh", "iex"])

  static let fetchVerbs = PhraseMatcher([
    "fetch", "fetches", "fetching", "download", "downloads", "downloading", "retrieve", "retrieves", "grab", "grabs",
    "pull", "pulls", "curl", "wget", "get the script", "get the installer", "obtain", "load the script", "read the script",
  ])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let urls = file.urls
    guard !urls.isEmpty else { return }
    for block in BehaviorProse.blocks(of: file) where block.region.kind != .heading {
      let b = block.text.bytes
      for s in block.sentences() {
        guard let hand = BehaviorProse.first(Self.handoff, b, s) else { continue }
        let pipeOnly = !BehaviorProse.contains(Self.interpreters, b, hand.lowerBound..<hand.upperBound)
          && !BehaviorProse.contains(Self.sourcingMatcher, b, hand.lowerBound..<hand.upperBound)
        if pipeOnly && !BehaviorProse.contains(Self.interpreters, b, s) { continue }
        guard BehaviorProse.contains(Self.fetchVerbs, b, s) else { continue }
        let sentence = block.original(s)
        guard let url = Self.firstURL(urls, in: sentence), url.scheme == "http" || url.scheme == "https" else { continue }
        let vendor =
          VendorInstallers.entry(forURL: url.text) ?? VendorInstallers.ownRepository(url: url.text, skill: skill)
          ?? VendorInstallers.platformVendor(url: url.text) ?? VendorInstallers.declaredVendor(url: url.text, skill: skill)
        let range = block.original(hand)
        let polarity = ProsePolarity.classify(file, at: range)
        var message = "instruction to fetch \(DeobfText.preview(Array(url.text.utf8), max: 80)) and hand it to an interpreter (\"\(block.text.text(hand))\")"
        if let vendor { message += " (official \(vendor.tool) installer)" }
        sink.report(
          message, in: file, at: url.range, context: .instruction, polarity: polarity,
          chain: vendor == nil ? .downloadExecute : nil)
        break
      }
    }
  }

  /// The first URL that starts inside `range` (URLs are in file order: a binary search).
  static func firstURL(_ urls: [FoundURL], in range: Range<Int>) -> FoundURL? {
    var low = 0
    var high = urls.count
    while low < high {
      let mid = (low + high) / 2
      if urls[mid].range.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
    }
    guard low < urls.count, urls[low].range.lowerBound < range.upperBound else { return nil }
    return urls[low]
  }
}
