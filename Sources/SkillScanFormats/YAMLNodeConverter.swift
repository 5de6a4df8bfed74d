import SkillScanCore
import Yams

/// Turns a Yams `Node` into a ``YAMLValue``, keeping key order, within a budget.
///
/// Yams composes aliases as shared nodes, so a "billion laughs" document is small in memory
/// but enormous when walked. The walk counts every value it emits and stops at a node budget
/// and a depth limit, so hostile frontmatter costs bounded time and stack.
struct YAMLNodeConverter {
  /// Most values emitted for one frontmatter block.
  static let maxNodes = 100_000
  /// Deepest nesting followed; aliases can nest deeper than libyaml's own limit.
  static let maxDepth = 64

  private(set) var nodes = 0
  /// Set when the budget or depth limit cut the walk short.
  private(set) var truncated = false

  mutating func convert(_ node: Node, depth: Int = 0) -> YAMLValue {
    nodes += 1
    guard nodes <= Self.maxNodes, depth <= Self.maxDepth else {
      truncated = true
      return .null
    }
    switch node {
    case .scalar(let scalar):
      return Self.scalar(scalar)
    case .sequence(let sequence):
      var items: [YAMLValue] = []
      for child in sequence {
        items.append(convert(child, depth: depth + 1))
        if truncated { break }
      }
      return .list(items)
    case .mapping(let mapping):
      var pairs: [(key: String, value: YAMLValue)] = []
      for (key, value) in mapping {
        let name = keyText(key)
        pairs.append((name, convert(value, depth: depth + 1)))
        if truncated { break }
      }
      return .map(pairs)
    case .alias:
      // Yams resolves aliases while composing; an unresolved one carries no value.
      return .null
    }
  }

  /// A mapping key as text; collection keys (rare, hostile) become a placeholder.
  private mutating func keyText(_ key: Node) -> String {
    if case .scalar(let scalar) = key { return scalar.string }
    nodes += 1
    return "<complex key>"
  }

  /// Resolves a scalar by the YAML 1.2 core schema, without Yams' regular expressions, so a
  /// megabyte-long plain scalar costs one pass.
  static func scalar(_ scalar: Node.Scalar) -> YAMLValue {
    let text = scalar.string
    guard scalar.style == .plain || scalar.style == .any else { return .string(text) }
    // Documents are composed with Yams' rule-less resolver (``YAMLCompose``), so an untagged
    // plain scalar arrives tagged `!!str` and is resolved here; an explicit tag outside the
    // core schema (`!custom`) keeps the text. An explicit `!!str` on a plain scalar cannot be
    // told apart and is resolved like an untagged one.
    let explicit = scalar.tag.rawValue
    let coreTags = [
      "", "!", Tag.Name.str.rawValue, Tag.Name.bool.rawValue, Tag.Name.int.rawValue, Tag.Name.float.rawValue,
      Tag.Name.null.rawValue,
    ]
    guard coreTags.contains(explicit) else { return .string(text) }
    let utf8 = text.utf8
    guard utf8.count <= 32 else { return .string(text) }
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    default: break
    }
    return isNumber(Array(utf8)) ? .number(text) : .string(text)
  }

  /// Core-schema numbers: decimal, `0x`/`0o` integers, floats with exponent, `.inf`, `.nan`.
  static func isNumber(_ b: [UInt8]) -> Bool {
    var i = 0
    if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
    let rest = String(decoding: b[i...], as: UTF8.self)
    if [".inf", ".Inf", ".INF"].contains(rest) { return true }
    if [".nan", ".NaN", ".NAN"].contains(rest) { return i == 0 }
    if rest.hasPrefix("0x") || rest.hasPrefix("0o") {
      let digits = rest.dropFirst(2)
      let hex = rest.hasPrefix("0x")
      return !digits.isEmpty
        && digits.utf8.allSatisfy { hex ? isHex($0) : ($0 >= 0x30 && $0 <= 0x37) } && i == 0
    }
    var sawDigit = false
    var sawDot = false
    var sawExponent = false
    while i < b.count {
      let c = b[i]
      if c >= 0x30 && c <= 0x39 {
        sawDigit = true
      } else if c == UInt8(ascii: "."), !sawDot, !sawExponent {
        sawDot = true
      } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E"), sawDigit, !sawExponent {
        sawExponent = true
        sawDigit = false
        if i + 1 < b.count, b[i + 1] == UInt8(ascii: "+") || b[i + 1] == UInt8(ascii: "-") {
          i += 1
        }
      } else {
        return false
      }
      i += 1
    }
    return sawDigit
  }

  private static func isHex(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
  }
}

/// Composes YAML with Yams' rule-less resolver.
///
/// The default resolver compiles eight regular expressions on first use (the ICU start-up
/// was a tenth of a one-skill scan) and runs them over every plain scalar, however long;
/// scalars are resolved by the core schema in ``YAMLNodeConverter`` instead, in one pass.
enum YAMLCompose {
  /// The root node of `yaml`, or nil for an empty document.
  static func root(_ yaml: String) throws -> Node? {
    try Yams.compose(yaml: yaml, .basic)
  }
}
