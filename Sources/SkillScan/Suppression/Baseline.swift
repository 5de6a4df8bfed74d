public import Foundation
public import SkillScanCore

/// Findings accepted as they are today, so CI fails only on new ones.
///
/// Each entry keys a finding by the skill's *name* and its location-independent fingerprint
/// (``Finding/fingerprints(of:)``: rule, file inside the skill, evidence text, occurrence), so
/// moving the repository, renaming the folder that holds the skills or adding lines above a
/// finding does not invalidate the baseline, while changing the evidence does. Rule, file and
/// message are stored for people reviewing the file; matching uses skill and fingerprint only.
/// The JSON is sorted and has no timestamps, so regenerating an unchanged baseline is a no-op diff.
public struct Baseline: Sendable, Codable, Hashable {
  /// Layout version of the file.
  public static let currentVersion = 1

  /// One accepted finding.
  public struct Entry: Sendable, Codable, Hashable, Comparable {
    public var skill: String
    public var fingerprint: String
    public var ruleID: String
    public var file: String
    public var message: String

    public init(skill: String, fingerprint: String, ruleID: String, file: String, message: String) {
      self.skill = skill
      self.fingerprint = fingerprint
      self.ruleID = ruleID
      self.file = file
      self.message = message
    }

    enum CodingKeys: String, CodingKey {
      case skill, fingerprint, file, message
      case ruleID = "rule_id"
    }

    public static func < (a: Entry, b: Entry) -> Bool {
      (a.skill, a.file, a.ruleID, a.fingerprint) < (b.skill, b.file, b.ruleID, b.fingerprint)
    }
  }

  public var version: Int
  public var tool: ToolInfo
  public var findings: [Entry]

  public init(tool: ToolInfo, findings: [Entry]) {
    self.version = Self.currentVersion
    self.tool = tool
    self.findings = findings.sorted()
  }

  /// A baseline of every *active* finding in `skills` (suppressed ones are already accounted for).
  public init(tool: ToolInfo, skills: [SkillResult]) {
    var entries: [Entry] = []
    for skill in skills {
      let key = Self.skillKey(skill.name, path: skill.path)
      let ordered = skill.findings.sorted(by: Finding.reportOrder)
      for (finding, print) in zip(ordered, Finding.fingerprints(of: ordered)) where finding.isActive {
        entries.append(
          Entry(skill: key, fingerprint: print, ruleID: finding.ruleID.rawValue, file: finding.file, message: finding.message))
      }
    }
    self.init(tool: tool, findings: entries)
  }

  /// The name a skill is keyed by: its declared name, else its folder name.
  public static func skillKey(_ name: String, path: String) -> String {
    if !name.isEmpty { return name }
    return SkillBundle(path: path, files: []).folderName
  }

  /// Sorted, pretty-printed JSON with a trailing newline.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }

  /// Reads a baseline file.
  /// - Throws: ``ConfigError`` when the file is missing, not JSON or of an unknown version.
  public static func load(_ path: String) throws -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConfigError(file: path, message: "cannot read the baseline file")
    }
    let baseline: Baseline
    do {
      baseline = try JSONDecoder().decode(Baseline.self, from: data)
    } catch {
      throw ConfigError(file: path, message: "not a skillscan baseline: \(error)")
    }
    guard baseline.version == currentVersion else {
      throw ConfigError(file: path, message: "baseline version \(baseline.version) is not supported (expected \(currentVersion))")
    }
    return baseline
  }
}

/// A loaded baseline as a set, so each finding is looked up in constant time.
public struct BaselineIndex: Sendable, Hashable {
  /// The file it came from, recorded as the suppression's source.
  public var source: String
  private let keys: Set<String>

  public init(_ baseline: Baseline, source: String) {
    self.source = source
    self.keys = Set(baseline.findings.map { Self.key($0.skill, $0.fingerprint) })
  }

  /// Whether the finding with `fingerprint` in the skill keyed `skill` is accepted.
  public func contains(skill: String, fingerprint: String) -> Bool {
    keys.contains(Self.key(skill, fingerprint))
  }

  private static func key(_ skill: String, _ fingerprint: String) -> String { skill + "\u{1F}" + fingerprint }
}
