import Foundation
import SkillScanCore
import Yams

/// Reads `.skillscan.yml` strictly: unknown keys and malformed values are errors naming the
/// key and line, unknown rule IDs are warnings (a rule may come from a newer version).
///
/// The file is the user's own, not the scanned skill's, so Yams' composer is used directly;
/// the document is still size-capped because a config may be checked into a shared repository.
public struct ConfigParser: Sendable {
  /// Values `fail-on` accepts (the same as the `--fail-on` flag).
  public static let failOnValues = ["malicious", "suspicious", "critical", "high", "medium", "low", "none"]
  /// Largest config file read.
  public static let maxBytes = 1 << 20

  static let topKeys = ["preset", "fail-on", "rules", "allow", "suppress", "inline-ignores"]
  static let ruleKeys = ["disable", "enable", "severity"]
  static let allowKeys = ["domains", "paths"]
  static let suppressKeys = ["rule", "path", "reason", "expires"]

  public init() {}

  /// Reads and parses the config at `path`.
  /// - Returns: the config and warnings for a person (unknown rule IDs).
  /// - Throws: ``ConfigError`` when the file cannot be read or is not a valid config.
  public func load(_ path: String) throws -> (config: SkillScanConfig, warnings: [String]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConfigError(file: path, message: "cannot read the config file")
    }
    guard data.count <= Self.maxBytes else {
      throw ConfigError(file: path, message: "config file larger than \(Self.maxBytes) bytes")
    }
    return try parse(String(decoding: data, as: UTF8.self), file: path)
  }

  /// Parses config text; `file` is used in messages and recorded in the result.
  /// - Throws: ``ConfigError`` naming the offending key or value.
  public func parse(_ text: String, file: String) throws -> (config: SkillScanConfig, warnings: [String]) {
    var session = Session(file: file)
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic)  // values are read as text; no tag rules needed
    } catch {
      throw ConfigError(file: file, message: "not valid YAML: \(error)")
    }
    guard let root else { return (SkillScanConfig(file: file), []) }
    try session.readTop(root)
    return (session.config, session.warnings)
  }

  /// One parse: the config being built and the warnings so far.
  struct Session {
    let file: String
    var config: SkillScanConfig
    var warnings: [String] = []

    init(file: String) {
      self.file = file
      self.config = SkillScanConfig(file: file)
    }

    mutating func readTop(_ root: Node) throws {
      for (key, value) in try mapping(root, Self.keyPath([]), allowed: ConfigParser.topKeys) {
        switch key {
        case "preset":
          let text = try scalar(value, "preset")
          guard let preset = ConfigPreset(rawValue: text) else {
            throw error(value, "preset: '\(text)' is not one of \(ConfigPreset.allCases.map(\.rawValue).joined(separator: ", "))")
          }
          config.preset = preset
        case "fail-on":
          let text = try scalar(value, "fail-on")
          guard ConfigParser.failOnValues.contains(text) else {
            throw error(value, "fail-on: '\(text)' is not one of \(ConfigParser.failOnValues.joined(separator: ", "))")
          }
          config.failOn = text
        case "inline-ignores":
          let text = try scalar(value, "inline-ignores")
          guard let policy = InlineIgnorePolicy(rawValue: text) else {
            throw error(value, "inline-ignores: '\(text)' is not one of \(InlineIgnorePolicy.allCases.map(\.rawValue).joined(separator: ", "))")
          }
          config.inlineIgnores = policy
        case "rules": try readRules(value)
        case "allow": try readAllow(value)
        default: try readSuppress(value)
        }
      }
    }

    mutating func readRules(_ node: Node) throws {
      for (key, value) in try mapping(node, "rules", allowed: ConfigParser.ruleKeys) {
        switch key {
        case "disable": config.disabledRules = try list(value, "rules.disable").map { ruleID($0, value, "rules.disable", switchable: true) }
        case "enable": config.enabledRules = try list(value, "rules.enable").map { ruleID($0, value, "rules.enable", switchable: true) }
        default:
          for (rule, level) in try mapping(value, "rules.severity", allowed: nil) {
            let text = try scalar(level, "rules.severity.\(rule)")
            guard let severity = Severity(rawValue: text) else {
              throw error(level, "rules.severity.\(rule): '\(text)' is not one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            config.severityOverrides[ruleID(rule, level, "rules.severity", switchable: false)] = severity
          }
        }
      }
    }

    mutating func readAllow(_ node: Node) throws {
      for (key, value) in try mapping(node, "allow", allowed: ConfigParser.allowKeys) {
        if key == "domains" {
          config.allowedDomains = try list(value, "allow.domains").map { domain in
            let host = URLHosts.normalised(domain)
            guard !host.isEmpty, !host.contains("/") else { throw error(value, "allow.domains: '\(domain)' is not a host name") }
            return host
          }
        } else {
          config.allowedPaths = try list(value, "allow.paths")
          for glob in config.allowedPaths where glob.isEmpty { throw error(value, "allow.paths: empty glob") }
        }
      }
    }

    mutating func readSuppress(_ node: Node) throws {
      guard case .sequence(let items) = node else { throw error(node, "suppress: expected a list of entries") }
      for (index, item) in items.enumerated() {
        let label = "suppress[\(index)]"
        var fields: [String: String] = [:]
        for (key, value) in try mapping(item, label, allowed: ConfigParser.suppressKeys) {
          fields[key] = try scalar(value, "\(label).\(key)")
        }
        let line = item.mark?.line ?? 0
        let reason = (fields["reason"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else {
          throw ConfigError(file: file, line: line, message: "\(label): 'reason' is required (say why the finding is acceptable)")
        }
        guard fields["rule"] != nil || fields["path"] != nil else {
          throw ConfigError(file: file, line: line, message: "\(label): give 'rule', 'path' or both")
        }
        if let expires = fields["expires"], !Self.isISODate(expires) {
          throw ConfigError(file: file, line: line, message: "\(label).expires: '\(expires)' is not a YYYY-MM-DD date")
        }
        let rule = fields["rule"].map { ruleID($0, item, "\(label).rule", switchable: false) }
        config.suppressions.append(
          ConfigSuppression(rule: rule, path: fields["path"], reason: reason, expires: fields["expires"], line: line))
      }
    }

    /// A canonical rule ID; unknown IDs are kept as written and produce a warning.
    mutating func ruleID(_ text: String, _ node: Node, _ key: String, switchable: Bool) -> RuleID {
      let id = RuleID(rawValue: text)
      guard let description = RuleCatalog.description(of: id) else {
        warnings.append("\(location(node)): \(key): unknown rule ID '\(text)' (run 'skillscan rules' to list them)")
        return id
      }
      if switchable && !RuleCatalog.isRule(description.id) {
        warnings.append("\(location(node)): \(key): '\(text)' is a loader or discovery check and cannot be switched")
      }
      return description.id
    }

    func mapping(_ node: Node, _ key: String, allowed: [String]?) throws -> [(String, Node)] {
      guard case .mapping(let mapping) = node else {
        throw error(node, "\(key.isEmpty ? "the config" : key): expected a mapping of keys to values")
      }
      var pairs: [(String, Node)] = []
      for (keyNode, value) in mapping {
        guard case .scalar(let name) = keyNode else { throw error(keyNode, "\(key): keys must be plain text") }
        if let allowed, !allowed.contains(name.string) {
          let scope = key.isEmpty ? "" : " in \(key)"
          throw error(keyNode, "unknown key '\(name.string)'\(scope) (expected one of: \(allowed.joined(separator: ", ")))")
        }
        pairs.append((name.string, value))
      }
      return pairs
    }

    func scalar(_ node: Node, _ key: String) throws -> String {
      guard case .scalar(let scalar) = node else { throw error(node, "\(key): expected a single value") }
      return scalar.string
    }

    func list(_ node: Node, _ key: String) throws -> [String] {
      guard case .sequence(let items) = node else { throw error(node, "\(key): expected a list") }
      return try items.map { try scalar($0, key) }
    }

    func error(_ node: Node, _ message: String) -> ConfigError {
      ConfigError(file: file, line: node.mark?.line ?? 0, message: message)
    }

    func location(_ node: Node) -> String {
      node.mark.map { "\(file):\($0.line)" } ?? file
    }

    static func keyPath(_ parts: [String]) -> String { parts.joined(separator: ".") }

    /// `YYYY-MM-DD` with plausible month and day.
    static func isISODate(_ text: String) -> Bool {
      let b = Array(text.utf8)
      guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return false }
      let digits = [0, 1, 2, 3, 5, 6, 8, 9]
      guard digits.allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) else { return false }
      let month = Int(b[5] - 0x30) * 10 + Int(b[6] - 0x30)
      let day = Int(b[8] - 0x30) * 10 + Int(b[9] - 0x30)
      return (1...12).contains(month) && (1...31).contains(day)
    }
  }
}
