/// The skill-level outcome (taxonomy.md §6.3).
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
  case safe, suspicious, malicious

  private var rank: Int {
    switch self {
    case .safe: 0
    case .suspicious: 1
    case .malicious: 2
    }
  }

  public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
}

/// The result for one skill: verdict, score, reasons and evidence.
public struct SkillResult: Sendable, Codable {
  /// The skill folder as found (or `archive.zip!/folder`).
  public var path: String
  public var name: String
  public var verdict: Verdict
  /// 0 (nothing found) to 100 (certainly malicious).
  public var score: Int
  /// Why the verdict is what it is, strongest first.
  public var reasons: [String]
  /// Findings in deterministic order (file, line, column, rule).
  public var findings: [Finding]
  public var filesScanned: Int
  public var bytesScanned: Int
  public var errors: [String]
  /// SHA-256 of `SKILL.md` (hex), for de-duplication in studies and evaluation.
  public var skillMDSHA256: String?

  public init(
    path: String, name: String, verdict: Verdict, score: Int, reasons: [String],
    findings: [Finding], filesScanned: Int, bytesScanned: Int, errors: [String],
    skillMDSHA256: String? = nil
  ) {
    self.path = path
    self.name = name
    self.verdict = verdict
    self.score = score
    self.reasons = reasons
    self.findings = findings
    self.filesScanned = filesScanned
    self.bytesScanned = bytesScanned
    self.errors = errors
    self.skillMDSHA256 = skillMDSHA256
  }

  enum CodingKeys: String, CodingKey {
    case path, name, verdict, score, reasons, findings
    case filesScanned = "files_scanned"
    case bytesScanned = "bytes_scanned"
    case errors
    case skillMDSHA256 = "skill_md_sha256"
  }

  /// The most severe active finding, if any.
  public var maxSeverity: Severity? {
    findings.filter(\.isActive).map(\.severity).max()
  }
}

/// Identifies the tool in a report.
public struct ToolInfo: Sendable, Codable, Hashable {
  public var name: String
  public var version: String

  public init(name: String, version: String) {
    self.name = name
    self.version = version
  }
}

/// Totals over a whole scan.
public struct ScanSummary: Sendable, Codable, Hashable {
  public var skills: Int
  public var malicious: Int
  public var suspicious: Int
  public var safe: Int
  public var findings: Int
  public var suppressed: Int
  public var filesScanned: Int
  public var bytesScanned: Int
  public var errors: Int
  /// Active findings per severity name.
  public var bySeverity: [String: Int]

  enum CodingKeys: String, CodingKey {
    case skills, malicious, suspicious, safe, findings, suppressed
    case filesScanned = "files_scanned"
    case bytesScanned = "bytes_scanned"
    case errors
    case bySeverity = "by_severity"
  }

  public init(skills: [SkillResult]) {
    self.skills = skills.count
    malicious = skills.count { $0.verdict == .malicious }
    suspicious = skills.count { $0.verdict == .suspicious }
    safe = skills.count { $0.verdict == .safe }
    let all = skills.flatMap(\.findings)
    findings = all.count { $0.isActive }
    suppressed = all.count { !$0.isActive }
    filesScanned = skills.reduce(0) { $0 + $1.filesScanned }
    bytesScanned = skills.reduce(0) { $0 + $1.bytesScanned }
    errors = skills.reduce(0) { $0 + $1.errors.count }
    var counts: [String: Int] = [:]
    for severity in Severity.allCases { counts[severity.rawValue] = 0 }
    for finding in all where finding.isActive { counts[finding.severity.rawValue, default: 0] += 1 }
    bySeverity = counts
  }
}

/// The one typed report every formatter renders.
public struct ScanReport: Sendable, Codable {
  /// Version of the JSON layout; bump on breaking changes.
  public static let currentSchemaVersion = "1.0"

  public var schemaVersion: String
  public var tool: ToolInfo
  public var skills: [SkillResult]
  public var summary: ScanSummary

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version", tool, skills, summary
  }

  public init(tool: ToolInfo, skills: [SkillResult]) {
    self.schemaVersion = Self.currentSchemaVersion
    self.tool = tool
    self.skills = skills
    self.summary = ScanSummary(skills: skills)
  }
}
