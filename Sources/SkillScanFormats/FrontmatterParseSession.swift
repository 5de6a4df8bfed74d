import SkillScanCore
import Yams

/// One run of ``FrontmatterParser`` over one located block: whole-document parse first, then
/// entry-by-entry, then line by line, collecting values, key lines and dialect notes.
struct FrontmatterParseSession {
  let block: FrontmatterBlock
  private let yaml: [UInt8]
  private let entries: TopLevelEntries
  private let refusal: String?
  private var notes: [DialectNote]
  private var pairs: [(key: String, value: YAMLValue)] = []
  private var keyLines: [String: Int] = [:]
  private var converter = YAMLNodeConverter()
  /// Whether a tolerated deviation (duplicate key, JSON5 value) explains a whole-parse failure.
  private var explained = false

  init(block: FrontmatterBlock, bytes: [UInt8]) {
    self.block = block
    let pre = YAMLPreflight.run(bytes[block.yamlRange])
    yaml = pre.bytes
    refusal = pre.refusal
    entries = TopLevelEntries(pre.bytes)
    notes = block.notes
    if let tab = pre.firstTabLine {
      notes.append(
        DialectNote(
          "tab characters in indentation (read as spaces; libyaml and strict parsers refuse them)",
          line: block.yamlStartLine + tab))
    }
  }

  mutating func run() -> (Frontmatter?, FrontmatterStatus) {
    if let refusal { return lineFallback(refusal, line: block.openingLine) }
    let root: Node?
    do {
      root = try YAMLCompose.root(String(decoding: yaml, as: UTF8.self))
    } catch {
      return entryByEntry(wholeError: error)
    }
    guard let root else { return finish() }
    guard case .mapping(let mapping) = root else {
      let kind = root.sequence != nil ? "a list" : "a single value"
      return lineFallback("frontmatter is \(kind), not a mapping", line: block.yamlStartLine)
    }
    for (key, value) in mapping {
      let line = block.yamlStartLine + (key.mark?.line ?? 1) - 1
      add(key.scalar?.string ?? "<complex key>", converter.convert(value, depth: 1), line: line)
      if converter.truncated { return truncated(at: line) }
    }
    return finish()
  }

  /// An opening `---` with no closing line: keys up to the first blank line, line by line.
  mutating func runUnterminated() -> (Frontmatter?, FrontmatterStatus) {
    lineFallback(
      "the opening `---` has no closing `---` line, so strict agents read no frontmatter",
      line: block.openingLine)
  }

  // MARK: - Fallbacks

  /// Parses each top-level entry alone after the whole document failed.
  private mutating func entryByEntry(wholeError: any Error) -> (Frontmatter?, FrontmatterStatus) {
    var failures: [(message: String, line: Int)] = []
    if let stray = entries.strayLine {
      failures.append(("line is not a `key: value` entry", block.yamlStartLine + stray))
    }
    for entry in entries.entries {
      let first = block.yamlStartLine + entry.line
      let chunk = String(decoding: yaml[entry.range], as: UTF8.self)
      do {
        if case .mapping(let mapping)? = try YAMLCompose.root(chunk), !mapping.isEmpty {
          for (key, value) in mapping {
            let line = first + (key.mark?.line ?? 1) - 1
            add(key.scalar?.string ?? "<complex key>", converter.convert(value, depth: 1), line: line)
          }
          if converter.truncated { return truncated(at: first) }
          continue
        }
        failures.append(("`\(entry.key)` is not a `key: value` entry", first))
      } catch {
        if entry.isFlowStyle(yaml), let value = LenientJSON.parse(entry.valueText(yaml)) {
          add(entry.key, value, line: first)
          explained = true
          notes.append(
            DialectNote(
              "`\(entry.key)` is not valid YAML but reads as JSON5 (OpenClaw re-parses metadata as JSON5)",
              line: first))
          continue
        }
        let problem = Self.describe(error)
        // libyaml reports "end of stream" one line past the entry; keep the line inside it.
        let last = first + entry.continuationLines.count
        failures.append((problem.message, min(last, max(first, first + (problem.line ?? 1) - 1))))
      }
      add(entry.key, entry.fallbackValue(yaml), line: first)
    }
    if let failure = failures.first {
      return finish(
        broken: (failure.message + "; top-level keys were recovered one by one", failure.line))
    }
    if explained { return finish() }
    let problem = Self.describe(wholeError)
    return finish(broken: (problem.message, block.yamlStartLine + (problem.line ?? 1) - 1))
  }

  /// Reads `key: value` lines at column 0, as OpenClaw's single-line fallback does.
  private mutating func lineFallback(_ reason: String, line: Int) -> (Frontmatter?, FrontmatterStatus) {
    for entry in entries.entries {
      add(entry.key, entry.fallbackValue(yaml), line: block.yamlStartLine + entry.line)
    }
    return finish(broken: (reason + "; only top-level keys were read, line by line", line))
  }

  private mutating func truncated(at line: Int) -> (Frontmatter?, FrontmatterStatus) {
    let reason =
      "frontmatter expands to more than \(YAMLNodeConverter.maxNodes) values or nests deeper than "
      + "\(YAMLNodeConverter.maxDepth) levels (an alias bomb?); the rest was not analysed"
    return finish(broken: (reason, line))
  }

  // MARK: - Assembly

  /// Adds a top-level key; a repeated key keeps its first position and takes the last value,
  /// which is what agents that accept duplicates (PyYAML, OpenClaw's fallback) end up with.
  private mutating func add(_ key: String, _ value: YAMLValue, line: Int) {
    if let index = pairs.firstIndex(where: { $0.key == key }) {
      let earlier = keyLines[key] ?? line
      pairs[index].value = value
      explained = true
      notes.append(
        DialectNote(
          "duplicate key `\(key)` (also on line \(earlier)); the last value is used", line: line))
    } else {
      pairs.append((key, value))
    }
    keyLines[key] = line
  }

  private mutating func finish(broken: (message: String, line: Int)? = nil) -> (Frontmatter?, FrontmatterStatus) {
    for entry in entries.entries where entry.isFlowStyle(yaml) && keyLines[entry.key] != nil {
      notes.append(
        DialectNote(
          "`\(entry.key)` is written in flow style (inline JSON), the OpenClaw norm; strictyaml-based validators refuse flow style",
          line: block.yamlStartLine + entry.line))
    }
    let frontmatter = Frontmatter(
      root: .map(pairs), yamlRange: block.yamlRange, blockRange: block.blockRange,
      keyLines: keyLines)
    if let broken { return (frontmatter, .broken(message: broken.message, line: broken.line)) }
    let ordered = notes.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
    return (frontmatter, .parsed(notes: ordered.map(\.element)))
  }

  /// A short message and 1-based line (relative to the parsed text) for a Yams error,
  /// without the document text Yams embeds in its description.
  static func describe(_ error: any Error) -> (message: String, line: Int?) {
    guard let yamlError = error as? YamlError else { return ("YAML error", nil) }
    switch yamlError {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return ("YAML error: \(problem)", mark.line)
    case .reader(let problem, _, _, _):
      return ("YAML error: \(problem)", nil)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ("duplicate keys in a nested mapping: \(duplicates.joined(separator: ", "))", context.mark.line)
    default:
      return ("YAML error", nil)
    }
  }
}
