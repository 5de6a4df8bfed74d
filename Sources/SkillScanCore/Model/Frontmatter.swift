/// A YAML value from frontmatter, kept in document order.
///
/// A small closed enum instead of `Any`, so rules can walk OpenClaw `metadata`, hooks and
/// install specs safely and the value stays `Sendable`.
public indirect enum YAMLValue: Sendable, Hashable {
  case string(String)
  case number(String)
  case bool(Bool)
  case null
  case list([YAMLValue])
  case map([(key: String, value: YAMLValue)])

  public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)), (.number(let a), .number(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    case (.list(let a), .list(let b)): a == b
    case (.map(let a), .map(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .string(let s), .number(let s): hasher.combine(s)
    case .bool(let b): hasher.combine(b)
    case .null: hasher.combine(0)
    case .list(let l): hasher.combine(l)
    case .map(let m):
      for (k, v) in m {
        hasher.combine(k)
        hasher.combine(v)
      }
    }
  }

  /// The value of `key` when this is a map.
  public subscript(key: String) -> YAMLValue? {
    guard case .map(let pairs) = self else { return nil }
    return pairs.first { $0.key == key }?.value
  }

  /// A scalar as text (strings, numbers, booleans); nil for collections and null.
  public var scalarText: String? {
    switch self {
    case .string(let s), .number(let s): s
    case .bool(let b): b ? "true" : "false"
    case .null, .list, .map: nil
    }
  }

  /// Every scalar below this value, depth first, with its dotted key path.
  public func flattened(prefix: String = "") -> [(path: String, text: String)] {
    switch self {
    case .string, .number, .bool: return scalarText.map { [(prefix, $0)] } ?? []
    case .null: return []
    case .list(let items):
      return items.enumerated().flatMap { $1.flattened(prefix: "\(prefix)[\($0)]") }
    case .map(let pairs):
      return pairs.flatMap { $1.flattened(prefix: prefix.isEmpty ? $0 : "\(prefix).\($0)") }
    }
  }
}

/// Parsed `SKILL.md` frontmatter, tolerant of every dialect agents accept.
public struct Frontmatter: Sendable {
  /// Top-level keys and values in document order.
  public var root: YAMLValue
  /// Byte range of the YAML text (between the `---` lines) in `SKILL.md`.
  public var yamlRange: Range<Int>
  /// Byte range of the whole block including both `---` lines.
  public var blockRange: Range<Int>
  /// 1-based line of each top-level key, for locating findings.
  public var keyLines: [String: Int]

  public init(root: YAMLValue, yamlRange: Range<Int>, blockRange: Range<Int>, keyLines: [String: Int]) {
    self.root = root
    self.yamlRange = yamlRange
    self.blockRange = blockRange
    self.keyLines = keyLines
  }

  /// Top-level keys in order.
  public var keys: [String] {
    if case .map(let pairs) = root { return pairs.map(\.key) }
    return []
  }

  /// A top-level value.
  public subscript(key: String) -> YAMLValue? { root[key] }

  public var name: String? { root["name"]?.scalarText }
  public var description: String? { root["description"]?.scalarText }
}
