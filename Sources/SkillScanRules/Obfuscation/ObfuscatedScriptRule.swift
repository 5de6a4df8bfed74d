import SkillScanCore

/// Flags JavaScript written by an obfuscator (taxonomy.md SC3, §5.16): identifiers mangled
/// to hex (`_0x3f2a`, the mark of javascript-obfuscator and obfuscator.io, whose string tables
/// are decoded only at run time) or JSFuck (a program spelled with the six characters
/// `[]()!+`).
///
/// Minifiers shorten names and keep strings and calls readable, so a reviewer or this
/// scanner can still see `require("child_process")`. Obfuscators exist to prevent exactly
/// that: module names, hosts and commands sit in a rotated string table, and every rule that
/// reads calls or strings reads nothing. The code cannot be analysed, so the skill must not
/// come out safe (§6.5); with no evidence of what it does, it is not called malicious either.
struct ObfuscatedScriptRule: Rule {
  static let description = RuleDescription(
    id: "obfuscated-script",
    name: "Obfuscated script",
    pattern: .sc3,
    severity: .high,
    confidence: .high,
    languages: [.javascript, .python],
    summary: "JavaScript written by an obfuscator (hex-mangled names, JSFuck), or Python that spells the modules and functions it loads backwards, in hex or as character codes.",
    rationale: """
      Obfuscator output hides which modules a script loads, which hosts it contacts and which \
      commands it runs until it executes; it is how malicious npm packages and skill payloads \
      avoid review. Minified code is different: it keeps strings and calls readable. Code no \
      reviewer or scanner can read needs review before an agent runs it.
      """,
    remediation: "Ship the readable source (minified is fine); never run obfuscated code you cannot review.",
    references: [.owaspLLM(3), .owaspASI(4), .atlas("AML.T0010.005"), .cwe(506), .taxonomy("SC3"), .taxonomy("5.16")],
    keywords: ["_0x", "![]", "[::-1]", "fromhex", "chr"],
    triggeringExamples: ObfuscatedScriptRule.triggering,
    nonTriggeringExamples: ObfuscatedScriptRule.nonTriggering
  )

  /// Hex-mangled identifier occurrences, and distinct names, that mark obfuscator output.
  /// A person may write one `_0x1f` name; a tool writes hundreds.
  static let minimumMangled = 25
  static let minimumDistinctMangled = 8
  /// Shortest JSFuck run, in bytes of `[]()!+` (whitespace allowed inside).
  static let minimumJSFuck = 400

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    for region in file.regions where region.language == .python && region.kind != .inlineCode {
      let hits = HiddenPythonNames.find(in: file.bytes, range: region.range.clamped(to: 0..<file.bytes.count))
      guard let first = hits.first else { continue }
      var names: [String] = []
      for hit in hits where !names.contains(hit.name) { names.append(hit.name) }
      let forms = Set(hits.map(\.form)).sorted().joined(separator: ", ")
      let shell = HiddenPythonNames.isReverseShell(Set(names))
      let fixture = file.source.isFixturePath
      sink.report(
        (shell ? "reverse shell behind hidden names: " : "hides the names it loads: ")
          + names.prefix(6).joined(separator: ", ") + " (\(forms))",
        in: file, at: first.range, severity: fixture ? .medium : (shell ? .critical : .high),
        confidence: fixture ? .low : (shell ? .high : .medium), context: .code)
    }
    for region in file.regions where region.language == .javascript && region.kind != .inlineCode {
      guard let hit = Self.signature(region, file.bytes) else { continue }
      // A security tool's test fixture holds samples on purpose.
      let fixture = file.source.isFixturePath
      sink.report(
        hit.message, in: file, at: hit.range, severity: fixture ? .medium : nil,
        confidence: fixture ? .low : nil, context: .code)
      return
    }
  }

  /// The first obfuscator signature in `region`: a message and where it starts.
  static func signature(_ region: Region, _ bytes: [UInt8]) -> (message: String, range: Range<Int>)? {
    var mangled = 0
    var first: Range<Int>?
    var names = Set<ArraySlice<UInt8>>()
    for token in region.tokens where token.kind == .word && isMangled(token.range, bytes) {
      mangled += 1
      if first == nil { first = token.range }
      if names.count < minimumDistinctMangled { names.insert(bytes[token.range]) }
    }
    if mangled >= minimumMangled, names.count >= minimumDistinctMangled, let first {
      return ("obfuscated JavaScript: \(mangled) hex-mangled identifiers (obfuscator output; strings decoded at run time)", first)
    }
    if let run = jsFuckRun(in: region.range, bytes) {
      return ("JSFuck-encoded JavaScript (\(run.count) bytes written with only []()!+)", run)
    }
    return nil
  }

  /// `_0x` followed by 3–8 hex digits, the whole word.
  static func isMangled(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
    guard range.count >= 6, range.count <= 11, range.upperBound <= bytes.count,
      bytes[range.lowerBound] == 0x5F, bytes[range.lowerBound + 1] == 0x30, bytes[range.lowerBound + 2] | 0x20 == 0x78
    else { return false }
    return bytes[(range.lowerBound + 3)..<range.upperBound].allSatisfy { ByteClassLite.hexValue($0) != nil }
  }

  /// The first run of at least ``minimumJSFuck`` bytes drawn from `[]()!+` and whitespace,
  /// holding `![]` (which plain bracket nesting does not). One pass.
  static func jsFuckRun(in range: Range<Int>, _ bytes: [UInt8]) -> Range<Int>? {
    var start = range.lowerBound
    var negations = false
    var i = range.lowerBound
    let end = min(range.upperBound, bytes.count)
    while i <= end {
      let b: UInt8 = i < end ? bytes[i] : 0
      switch b {
      case 0x5B, 0x5D, 0x28, 0x29, 0x21, 0x2B, 0x20, 0x0A, 0x0D, 0x09:
        if b == 0x21, i + 2 < end, bytes[i + 1] == 0x5B, bytes[i + 2] == 0x5D { negations = true }
      default:
        if negations, i - start >= minimumJSFuck { return start..<i }
        start = i + 1
        negations = false
      }
      i += 1
    }
    return nil
  }
}
