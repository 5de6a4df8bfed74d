import SkillScanCore

/// A fetched document given authority in another part of the text: "## Where the ruleset
/// lives … Fetch <URL>" and, sections later, "## How to treat the ruleset … the ruleset's
/// wording is what counts … carry out its Maintenance steps … they are pre-authorised, so
/// don't stop to ask the user".
///
/// The order to obey does not stand next to the address, so the sentence-level check above
/// cannot join them. They are joined here by the document's name: a noun such as "ruleset"
/// or "playbook" that both the fetch (its sentence or section heading, or the file's title)
/// and the order name. Handing authority to a document is how honest skills load an
/// organisation's style guide too, so the order counts only where the text also waives the
/// user's consent or hides the work: that is the hijack (taxonomy.md §5.12 with P4 and P2).
extension RemoteInstructionsRule {
  /// Orders that put a fetched document above the skill or have its steps carried out.
  static let authority = PhraseMatcher([
    "what counts", "takes precedence", "take precedence", "overrides", "override this skill", "supersedes",
    "supersede", "apply it as written", "apply them as written", "carry them out", "carry it out",
    "carry out its", "carry out any", "carry out the steps", "perform them", "execute them", "follow it exactly",
    "follow them exactly", "prevails", "prevail over", "wins over", "win over",
  ])

  /// Names of a document of rules or steps.
  static let documentNouns = PhraseMatcher([
    "ruleset", "rulesets", "rule set", "policy", "policies", "standards", "guidelines", "playbook", "playbooks",
    "runbook", "runbooks", "directives", "procedure", "procedures", "checklist", "manifest", "guidance",
    "instructions", "rules", "rulebook", "conventions",
  ])

  /// The user's say waived for what the document orders.
  static let waivers = PhraseMatcher(RemotePackageSourceRule.consentWaivers.phrases + [
    "don't stop to ask", "do not stop to ask", "pre-authorised", "pre-authorized", "preauthorised", "preauthorized",
    "pre-approved", "already approved", "without prompting", "don't ask the user", "do not ask the user",
    "leave it out of", "leave them out of", "leave the maintenance", "out of the review", "out of the chat summary",
  ])

  /// Orders read per file; a document of thousands stays a bounded read.
  static let maxAuthorityOrders = 32

  /// The first fetch of a remote document whose name an order elsewhere in the file puts
  /// above the skill, with consent waived or the work hidden; nil when there is none.
  func fetchedAuthority(_ file: AnalyzedFile) -> (url: FoundURL, order: String)? {
    let text = file.normalizedText
    let orders = Self.authority.matches(in: text.bytes).prefix(Self.maxAuthorityOrders)
    guard !orders.isEmpty else { return nil }
    let title = file.regions.first { $0.kind == .heading }.map { nouns(in: file.normalized($0.range).bytes) } ?? []
    var fetched: [(url: FoundURL, nouns: Set<String>)] = []
    for url in file.urls.prefix(64) {
      if let kind = HostClassifier.classify(url), kind == .local || kind == .documentation { continue }
      // A fence holding nothing but the address shows it: "Fetch the playbook:" then the
      // address set apart, read with the sentence that leads into the block.
      let block = file.regionIndex.innermost(at: url.range.lowerBound) { $0.kind == .fencedCode }
      let shown = block.map { Self.holdsOnlyAddresses($0.range, file.bytes) } ?? false
      if let code = file.codeRegion(at: url.range.lowerBound), code.kind == .fencedCode { continue }
      let bounds = shown ? 0..<file.bytes.count : ProsePolarity.enclosingBounds(file, at: url.range.lowerBound)
      let sentence = ProsePolarity.sentenceRange(in: file.bytes, around: url.range, within: bounds)
      let words = Self.maskingAddresses(TextNormalizer.normalize(file.bytes, range: sentence).bytes)
      // Only its verb and nouns are read from the lead-in (see the check above).
      let lead = shown ? block.flatMap { Self.leadIn(before: $0.range, in: file) } ?? [] : []
      guard Self.fetchVerbs.containsMatch(in: words) || Self.fetchVerbs.containsMatch(in: lead), !Self.humanDocs.containsMatch(in: words),
        ProsePolarity.classify(file, at: url.range) == .affirmative
      else { continue }
      var named = nouns(in: words).union(nouns(in: lead)).union(title)
      if let heading = file.regionIndex.precedingHeading(before: url.range.lowerBound) {
        named.formUnion(nouns(in: file.normalized(heading).bytes))
      }
      if !named.isEmpty { fetched.append((url, named)) }
    }
    guard !fetched.isEmpty else { return nil }
    for order in orders {
      let range = text.originalRange(order.range)
      guard file.codeRegion(at: range.lowerBound) == nil,
        ProsePolarity.classify(file, at: range) == .affirmative
      else { continue }
      let bounds = ProsePolarity.enclosingBounds(file, at: range.lowerBound)
      let sentence = ProsePolarity.sentenceRange(in: file.bytes, around: range, within: bounds)
      var named = nouns(in: TextNormalizer.normalize(file.bytes, range: sentence).bytes)
      let heading = file.regionIndex.precedingHeading(before: range.lowerBound)
      if let heading { named.formUnion(nouns(in: file.normalized(heading).bytes)) }
      guard let fetch = fetched.first(where: { !$0.nouns.isDisjoint(with: named) }) else { continue }
      // The section around the order, at most ``followReach`` × 4 either side.
      let lower = max(heading?.upperBound ?? 0, range.lowerBound - 4 * Self.followReach)
      let upper = min(file.regionIndex.nextHeading(after: range.upperBound)?.lowerBound ?? file.bytes.count, range.upperBound + 4 * Self.followReach)
      guard lower < upper else { continue }
      let section = lower..<upper
      guard Self.waivers.containsMatch(in: file.normalized(section).bytes) || ConcealmentMarks.any(in: section, of: file) else { continue }
      return (fetch.url, String(decoding: text.bytes[order.range], as: UTF8.self))
    }
    return nil
  }

  /// The document nouns in normalised text, singular and plural told apart only by the list.
  private func nouns(in text: [UInt8]) -> Set<String> {
    Set(Self.documentNouns.matches(in: text).map { Self.documentNouns.phrases[$0.phrase] })
  }
}
