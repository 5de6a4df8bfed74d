/// One piece of evidence: a rule matched at a place in a skill.
///
/// Findings are plain values so they can cross task boundaries, be sorted deterministically
/// and be encoded as-is in the JSON report. The snippet is redacted by the rule that emits a
/// secret; reporters never see the raw value.
public struct Finding: Sendable, Codable, Hashable {
  /// The rule that produced the finding.
  public var ruleID: RuleID
  /// The taxonomy pattern or family.
  public var pattern: PatternID
  /// The category of ``pattern``.
  public var category: Category { pattern.category }
  public var severity: Severity
  public var confidence: Confidence
  /// One line saying what was found.
  public var message: String
  /// Path relative to the skill root, `/`-separated.
  public var file: String
  /// 1-based line; 0 when the finding concerns the whole file or skill.
  public var line: Int
  /// 1-based column in Unicode scalars; 0 when unknown.
  public var column: Int
  /// The offending text, shortened and with secrets redacted.
  public var snippet: String
  /// What a user should do about it.
  public var remediation: String
  public var context: ContextClass
  public var polarity: Polarity
  public var reachability: Reachability
  /// Whether a configuration, inline ignore or baseline suppressed it (kept, never dropped).
  public var suppression: Suppression?
  /// Set when the finding is a complete chain (source → sink, download → execute …), the
  /// evidence the verdict needs to call a skill malicious (taxonomy.md §6.2–6.3).
  public var chain: ChainKind?
  /// Where ``snippet`` is still to be read from, in the bytes of ``file``, while the engine
  /// holds the finding: a file dense with matches yields hundreds of thousands of findings
  /// that folding drops, and making each one's snippet up front was a string per finding
  /// (see ``FindingSink/defersSnippets``). Nil once the snippet is made, so never seen
  /// outside the engine.
  var snippetWindow: Range<Int>?

  public init(
    ruleID: RuleID, pattern: PatternID, severity: Severity, confidence: Confidence,
    message: String, file: String, line: Int = 0, column: Int = 0, snippet: String = "",
    remediation: String = "", context: ContextClass = .code,
    polarity: Polarity = .affirmative, reachability: Reachability = .present,
    suppression: Suppression? = nil, chain: ChainKind? = nil
  ) {
    self.ruleID = ruleID
    self.pattern = pattern
    self.severity = severity
    self.confidence = confidence
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.snippet = snippet
    self.remediation = remediation
    self.context = context
    self.polarity = polarity
    self.reachability = reachability
    self.suppression = suppression
    self.chain = chain
  }

  enum CodingKeys: String, CodingKey {
    case ruleID = "rule_id", pattern, category, severity, confidence, message, file, line,
      column, snippet, remediation, context, polarity, reachability, suppression, chain
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    ruleID = try c.decode(RuleID.self, forKey: .ruleID)
    pattern = try c.decode(PatternID.self, forKey: .pattern)
    severity = try c.decode(Severity.self, forKey: .severity)
    confidence = try c.decode(Confidence.self, forKey: .confidence)
    message = try c.decode(String.self, forKey: .message)
    file = try c.decode(String.self, forKey: .file)
    line = try c.decode(Int.self, forKey: .line)
    column = try c.decode(Int.self, forKey: .column)
    snippet = try c.decode(String.self, forKey: .snippet)
    remediation = try c.decode(String.self, forKey: .remediation)
    context = try c.decode(ContextClass.self, forKey: .context)
    polarity = try c.decode(Polarity.self, forKey: .polarity)
    reachability = try c.decode(Reachability.self, forKey: .reachability)
    suppression = try c.decodeIfPresent(Suppression.self, forKey: .suppression)
    chain = try c.decodeIfPresent(ChainKind.self, forKey: .chain)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(ruleID, forKey: .ruleID)
    try c.encode(pattern, forKey: .pattern)
    try c.encode(category, forKey: .category)
    try c.encode(severity, forKey: .severity)
    try c.encode(confidence, forKey: .confidence)
    try c.encode(message, forKey: .message)
    try c.encode(file, forKey: .file)
    try c.encode(line, forKey: .line)
    try c.encode(column, forKey: .column)
    try c.encode(snippet, forKey: .snippet)
    try c.encode(remediation, forKey: .remediation)
    try c.encode(context, forKey: .context)
    try c.encode(polarity, forKey: .polarity)
    try c.encode(reachability, forKey: .reachability)
    try c.encodeIfPresent(suppression, forKey: .suppression)
    try c.encodeIfPresent(chain, forKey: .chain)
  }

  /// Whether the finding counts toward the verdict and exit code.
  public var isActive: Bool { suppression == nil }

  /// Deterministic report order: file, line, column, rule, message.
  public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
    if a.file != b.file { return a.file < b.file }
    if a.line != b.line { return a.line < b.line }
    if a.column != b.column { return a.column < b.column }
    if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
    return a.message < b.message
  }
}

/// The kinds of complete chain (taxonomy.md §6.2), plus the fake-prerequisite dropper (§5.1).
public enum ChainKind: String, Sendable, Codable, CaseIterable, Hashable {
  /// Sensitive data read and sent out.
  case exfiltration
  /// Remote code fetched and run.
  case downloadExecute = "download-execute"
  /// Encoded content decoded and run (or sent).
  case decodeExecute = "decode-execute"
  /// An override, hidden or manipulating instruction that directs a harmful action.
  case hijack
  /// Something installed to run later (cron, launchd, rc files, agent hooks) with a payload.
  case persistence
  /// A required "prerequisite" that is an unknown binary, encrypted archive or decoded command.
  case dropper
  /// Code that hands a shell to a remote host.
  case remoteShell = "remote-shell"
  /// Broad destruction of user data (delete everything, encrypt files, wipe databases).
  case destruction
  /// A behaviour the skill's stated purpose explicitly denies ("no network access",
  /// "read-only", "safely evaluates"), done by its own code: the false statement is what
  /// earns the trust, the behaviour is what it hides.
  case deception
}

/// Why a finding no longer counts: a suppression is recorded, never a deletion.
public struct Suppression: Sendable, Codable, Hashable {
  /// Where the suppression came from.
  public enum Kind: String, Sendable, Codable { case inline, config, baseline }
  public var kind: Kind
  public var reason: String
  /// The last day (`YYYY-MM-DD`) a config suppression applies, so a reviewer sees when it lapses.
  public var expires: String?
  /// Where the suppression is written (`.skillscan.yml:12`, `SKILL.md:9`, a baseline file),
  /// so a reader can find and remove it. Synthesised coding leaves both out when nil.
  public var source: String?

  public init(kind: Kind, reason: String, expires: String? = nil, source: String? = nil) {
    self.kind = kind
    self.reason = reason
    self.expires = expires
    self.source = source
  }
}
