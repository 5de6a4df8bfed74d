import Foundation
import Synchronization

/// Runs rules over an analysed skill and returns their findings in report order.
///
/// Each file is dispatched once: the keyword filter runs over it, then every rule that
/// subscribes to one of its languages and whose keywords occur is called. Skill-level checks
/// run after. The engine then fills in reachability (which rules should not compute) and sorts.
public struct RuleEngine: Sendable {
  public let rules: [any Rule]
  private let filter: KeywordFilter
  /// For each rule, the keyword indices that enable it (empty: always enabled). Rules share
  /// keywords ("install", "curl"); each distinct keyword is one index, matched once.
  private let ruleKeywords: [[Int]]
  /// The keywords that hold a byte ``dequoted(_:)`` drops (`\x`, `'a')`): the dequoted text
  /// can lose them, so they are looked for in the raw text, by a small automaton of their
  /// own (one pass, however many quotes a file holds). `rawOnlyIndices[i]` is the gate index
  /// of that automaton's keyword `i`. Every other keyword the raw text holds, the dequoted
  /// text holds too.
  private let rawOnlyFilter: KeywordFilter
  private let rawOnlyIndices: [Int]
  /// Each rule's languages (as a bit set) and finding header, read once: `rule.description` returns a copy
  /// of the whole description, which the per-file loop would otherwise make for every rule.
  private let languageMasks: [Int]
  private let headers: [FindingSink.Header]
  /// Ids that more than one of the rules reports under (``EarlyFinish``).
  let sharedRuleIDs: Set<RuleID>

  /// Files at least this many bytes have their rules spread over the cores.
  public let parallelFileBytes: Int

  /// - Parameters:
  ///   - rules: the rules to run, in report order.
  ///   - parallelFileBytes: the file size from which one file's rules run on several threads
  ///     (tests lower it to compare both paths on small inputs).
  public init(rules: [any Rule], parallelFileBytes: Int = RuleEngine.defaultParallelFileBytes) {
    self.rules = rules
    self.parallelFileBytes = parallelFileBytes
    var keywords: [String] = []
    var indexOf: [String: Int] = [:]
    var perRule: [[Int]] = []
    for rule in rules {
      var indices: [Int] = []
      for keyword in rule.description.keywords {
        let lowered = keyword.lowercased()
        let index = indexOf[lowered] ?? keywords.count
        if index == keywords.count {
          indexOf[lowered] = index
          keywords.append(lowered)
        }
        if !indices.contains(index) { indices.append(index) }
      }
      perRule.append(indices)
    }
    self.filter = KeywordFilter(keywords: keywords)
    self.ruleKeywords = perRule
    self.languageMasks = rules.map { Self.mask($0.description.languages) }
    self.headers = rules.map { FindingSink.Header($0.description) }
    var ids = Set<RuleID>()
    self.sharedRuleIDs = Set(headers.map(\.id).filter { !ids.insert($0).inserted })
    let rawOnly = keywords.indices.filter { keywords[$0].utf8.contains(where: Self.isDroppedByDequoting) }
    self.rawOnlyFilter = KeywordFilter(keywords: rawOnly.map { keywords[$0] })
    self.rawOnlyIndices = rawOnly
  }

  /// The keyword indices that occur in `bytes`, read as written and with quotes dropped.
  ///
  /// Quotes and backslashes vanish when a shell word is read (`c"ur"l` runs curl), so a
  /// rule's keyword may only appear once they are dropped; without that look the gate itself
  /// would let such a command through unread. Dropping bytes never splits what is left, so a
  /// keyword without a droppable byte that occurs in the raw text occurs in the dequoted text
  /// too: one automaton pass over the dequoted text serves both readings, and only the few
  /// keywords that hold such a byte (`\x`) are searched for in the raw text, by themselves.
  func keywordsPresent(in bytes: [UInt8]) -> [Bool] {
    // ANSI-C quoting (`$'\x63\x75\x72\x6c'`) can spell any name, keyword or not; the rules
    // decode it, so a file holding `$'` opens every gate.
    if ByteSearch.firstIndex(of: Self.ansiCQuote, in: bytes) != nil { return [Bool](repeating: true, count: filter.keywordCount) }
    // Prose rules match normalised text, which drops invisible characters and folds
    // full-width letters: `ig<U+200B>nore` or `ＩＧＮＯＲＥ` hides a keyword from these bytes
    // but not from the rule, so such a file opens every gate too.
    if Self.holdsNormalisedAway(bytes) { return [Bool](repeating: true, count: filter.keywordCount) }
    var present = [Bool](repeating: false, count: filter.keywordCount)
    guard filter.keywordCount > 0 else { return present }
    guard let dequoted = Self.dequoted(bytes) else {
      filter.mark(in: bytes, into: &present)
      return present
    }
    filter.mark(in: dequoted, into: &present)
    if rawOnlyIndices.contains(where: { !present[$0] }) {
      rawOnlyFilter.forEachPosition(in: bytes) { keyword, _ in
        present[rawOnlyIndices[keyword]] = true
        return rawOnlyIndices.contains { !present[$0] }
      }
    }
    return present
  }

  /// Whether `bytes` holds a character that text normalisation removes or folds into ASCII:
  /// soft hyphen, zero-width and bidirectional controls, word joiners, a byte-order mark
  /// past the start, Unicode tag characters, or full-width Latin letters. One pass; most
  /// files are ASCII and only bytes from 0xC2 up are looked at.
  static func holdsNormalisedAway(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      let n = b.count
      var i = 0
      while i < n {
        let lead = b[i]
        if lead < 0xC2 {
          i += 1
          continue
        }
        let b1: UInt8 = i + 1 < n ? b[i + 1] : 0
        let b2: UInt8 = i + 2 < n ? b[i + 2] : 0
        switch lead {
        case 0xC2 where b1 == 0xAD:
          return true
        case 0xE2 where b1 == 0x80 && ((0x8B...0x8F).contains(b2) || (0xAA...0xAE).contains(b2)):
          return true
        case 0xE2 where b1 == 0x81 && (0xA0...0xAF).contains(b2):
          return true
        case 0xEF where b1 == 0xBB && b2 == 0xBF && i > 0:
          return true
        case 0xEF where (b1 == 0xBC && (0xA1...0xBA).contains(b2)) || (b1 == 0xBD && (0x81...0x9A).contains(b2)):
          return true
        case 0xF3 where b1 == 0xA0 && (b2 == 0x80 || b2 == 0x81):
          return true
        default:
          i += 1
        }
      }
      return false
    }
  }

  /// Runs every rule over `skill`.
  public func run(_ skill: AnalyzedSkill) -> [Finding] {
    var none: RuleProfile?
    return run(skill, profile: &none)
  }

  /// Runs every rule over `skill`, charging each rule's and each file's time to `profile`
  /// when it is set (`skillscan scan --timings`); unset, no clock is read.
  public func run(_ skill: AnalyzedSkill, profile: inout RuleProfile?) -> [Finding] {
    var findings = skill.bundle.findings
    let clock = ContinuousClock()
    var ruleTime = profile == nil ? [] : [Duration](repeating: .zero, count: rules.count)
    // Skill-level checks run first: the (rule, file) groups they report into, with the
    // bundle's own findings and any path two files share, are the groups one rule's pass over
    // one file cannot finish by itself (``EarlyFinish``).
    var skillLevel: [Finding] = []
    for (index, rule) in rules.enumerated() {
      var sink = FindingSink(header: headers[index])
      if ruleTime.isEmpty {
        rule.check(skill: skill, into: &sink)
      } else {
        let start = clock.now
        rule.check(skill: skill, into: &sink)
        ruleTime[index] += clock.now - start
      }
      skillLevel += sink.findings
    }
    let early = EarlyFinish(skill: skill, outside: findings + skillLevel, engine: self)
    /// Groups finished by the pass that made them: reachable, de-duplicated and folded.
    var finished: [Finding] = []
    for file in skill.files {
      let fileStart = profile == nil ? nil : clock.now
      var languages = 1 << file.source.language.ordinal
      for region in file.regions { languages |= 1 << region.language.ordinal }
      let present = keywordsPresent(in: file.bytes)
      let enabled = rules.indices.filter { index in
        guard languageMasks[index] & languages != 0 else { return false }
        let keys = ruleKeywords[index]
        return keys.isEmpty || keys.contains { present[$0] }
      }
      let timed = !ruleTime.isEmpty
      if file.bytes.count >= parallelFileBytes && Self.cores > 1 && enabled.count > 1 {
        // The rules are independent apart from the views they share through the file's
        // cache, which computes each view once however many threads ask. Each rule's
        // findings land in its own slot and are joined in rule order, so the report is the
        // same as a sequential run's.
        //
        // Workers take rules in order from a shared counter. A worker that would wait for a
        // view another one is computing takes the next rule instead (``AnalysisCache``
        // `withHelper`), so a long shared computation no longer idles the other cores.
        var perRule = [EarlyFinish.Slot](repeating: .init(), count: enabled.count)
        var times = [Duration](repeating: .zero, count: enabled.count)
        perRule.withUnsafeMutableBufferPointer { results in
          times.withUnsafeMutableBufferPointer { durations in
            nonisolated(unsafe) let results = results
            nonisolated(unsafe) let durations = durations
            let next = Atomic<Int>(0)
            let rules = rules
            let headers = headers
            /// Runs the next unclaimed rule; false when none is left. Its time excludes the
            /// rules this thread ran for others while the rule waited.
            let runNext: @Sendable () -> Bool = {
              let slot = next.wrappingAdd(1, ordering: .relaxed).oldValue
              guard slot < enabled.count else { return false }
              let thread = timed ? CacheThreadState.current : nil
              let helpedBefore = thread?.helpedTime ?? .zero
              let start = timed ? clock.now : nil
              var found = Self.check(rules[enabled[slot]], headers[enabled[slot]], file: file, skill: skill)
              let done = early.finish(&found, rule: headers[enabled[slot]].id, file: file)
              results[slot] = .init(findings: found, finished: done)
              if let start, let thread {
                let elapsed = clock.now - start
                durations[slot] = elapsed - (thread.helpedTime - helpedBefore)
                thread.helpedTime = helpedBefore + elapsed
              }
              return true
            }
            file.cache.withHelper(runNext) {
              DispatchQueue.concurrentPerform(iterations: min(Self.cores, enabled.count)) { _ in
                while runNext() {}
              }
            }
          }
        }
        // Sized once, and each rule's array released as soon as it is copied: on a file
        // with hundreds of thousands of findings, growing the joined array by doubling while
        // every per-rule array stayed alive held about three copies of them at the peak.
        findings.reserveCapacity(findings.count + perRule.reduce(0) { $0 + ($1.finished ? 0 : $1.findings.count) })
        for (slot, index) in enabled.enumerated() {
          if perRule[slot].finished { finished += perRule[slot].findings } else { findings += perRule[slot].findings }
          perRule[slot] = .init()
          if timed { ruleTime[index] += times[slot] }
        }
      } else {
        for index in enabled {
          let start = timed ? clock.now : nil
          var found = Self.check(rules[index], headers[index], file: file, skill: skill)
          if early.finish(&found, rule: headers[index].id, file: file) { finished += found } else { findings += found }
          if let start { ruleTime[index] += clock.now - start }
        }
      }
      if let fileStart {
        profile?.files.append(.init(path: Self.join(skill.bundle.path, file.source.path), bytes: file.bytes.count, duration: clock.now - fileStart))
      }
    }
    findings += skillLevel
    skillLevel = []
    for (index, time) in ruleTime.enumerated() where time > .zero {
      profile?.rules[rules[index].description.id, default: .zero] += time
    }
    var byFile: [String: Reachability] = [:]
    for i in findings.indices {
      findings[i].reachability = reachability(of: findings[i], in: skill, byFile: &byFile)
    }
    Self.deduplicate(&findings)
    var kept = FindingFolding.fold(findings)
    findings = []
    kept += finished
    finished = []
    Self.makeSnippets(&kept, in: skill)
    return kept.sorted(by: Finding.reportOrder)
  }

  /// Files at least this large have their rules spread over the cores: such a file costs
  /// tenths of a second to seconds, far above the cost of waking worker threads, and a user
  /// checking one skill would otherwise wait on one core while the others idle.
  public static let defaultParallelFileBytes = 256 << 10
  static let cores = ProcessInfo.processInfo.activeProcessorCount

  /// `bytes` without quote characters, backslashes and the line breaks backslashes escape;
  /// nil when there are none to drop. Rules use it to read a command name the way the shell
  /// does before a byte-level pre-check (`c"ur"l` is curl).
  public static func dequoted(_ bytes: [UInt8]) -> [UInt8]? {
    bytes.withUnsafeBufferPointer { input -> [UInt8]? in
      guard let first = input.firstIndex(where: { $0 == 0x27 || $0 == 0x22 || $0 == 0x5C }) else { return nil }
      return [UInt8](zeroedCapacity: input.count) { output, count in
        // Everything before the first dropped byte is copied as is.
        var n = first
        if first > 0, let to = output.baseAddress, let from = input.baseAddress { to.initialize(from: from, count: first) }
        var escaped = false
        var i = first
        let end = input.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        while i < end {
          // Eight bytes without a quote or backslash (and not right after a backslash) are
          // copied whole: this runs over every byte of every file.
          if !escaped && end - i >= 8 {
            let x = UnsafeRawPointer(input.baseAddress! + i).loadUnaligned(as: UInt64.self)
            let q1 = x ^ (ones &* 0x27), q2 = x ^ (ones &* 0x22), bs = x ^ (ones &* 0x5C)
            if ((q1 &- ones) & ~q1 | (q2 &- ones) & ~q2 | (bs &- ones) & ~bs) & high == 0 {
              UnsafeMutableRawPointer(output.baseAddress! + n).storeBytes(of: x, as: UInt64.self)
              n += 8
              i += 8
              continue
            }
          }
          let b = input[i]
          i += 1
          if escaped && (b == 0x0A || b == 0x0D) { continue }
          escaped = b == 0x5C
          if b == 0x27 || b == 0x22 || b == 0x5C { continue }
          output[n] = b
          n += 1
        }
        count = n
      }
    }
  }

  /// `languages` as a bit set over ``Language/ordinal``.
  static func mask(_ languages: some Sequence<Language>) -> Int {
    languages.reduce(0) { $0 | 1 << $1.ordinal }
  }

  /// The opening of an ANSI-C quoted string.
  static let ansiCQuote: [UInt8] = Array("$'".utf8)

  /// Whether ``dequoted(_:)`` can drop `byte` (quotes, backslash, and line breaks after one).
  static func isDroppedByDequoting(_ byte: UInt8) -> Bool {
    byte == 0x27 || byte == 0x22 || byte == 0x5C || byte == 0x0A || byte == 0x0D
  }

  /// Makes the snippets the sinks deferred (``FindingSink/defersSnippets``), for the findings
  /// that survived de-duplication and folding, from the bytes of the file each names.
  static func makeSnippets(_ findings: inout [Finding], in skill: AnalyzedSkill) {
    guard findings.contains(where: { $0.snippetWindow != nil }) else { return }
    var bytesByPath: [String: [UInt8]] = [:]
    for file in skill.files { bytesByPath[file.source.path] = file.bytes }
    for i in findings.indices {
      guard let window = findings[i].snippetWindow else { continue }
      findings[i].snippetWindow = nil
      // A sink only defers for a file of this skill, so the path always resolves.
      guard let bytes = bytesByPath[findings[i].file], window.upperBound <= bytes.count else { continue }
      findings[i].snippet = Snippet.make(utf8: bytes[window])
    }
  }

  /// One rule's findings on one file.
  private static func check(_ rule: any Rule, _ header: FindingSink.Header, file: AnalyzedFile, skill: AnalyzedSkill) -> [Finding] {
    var sink = FindingSink(header: header)
    sink.defersSnippets = true
    rule.check(file: file, in: skill, into: &sink)
    return sink.findings
  }

  /// `byFile` memoises ``AnalyzedSkill/reachability(ofFile:)``: a generated file can carry
  /// a hundred thousand findings before folding, and each lookup scans the bundle.
  func reachability(of finding: Finding, in skill: AnalyzedSkill, byFile: inout [String: Reachability]) -> Reachability {
    if finding.context == .loadTime { return .loadTime }
    if let fm = skill.frontmatter, finding.file == skill.bundle.skillFile?.path,
      finding.context == .metadata,
      finding.line > 0, finding.line <= (skill.skillFile?.source.lines.line(of: fm.blockRange.upperBound) ?? 0)
    {
      return .alwaysLoaded
    }
    if let known = byFile[finding.file] { return known }
    let computed = skill.reachability(ofFile: finding.file)
    byFile[finding.file] = computed
    return computed
  }

  /// `root/relative` without a doubled separator.
  static func join(_ root: String, _ relative: String) -> String {
    root.hasSuffix("/") || root.isEmpty ? root + relative : root + "/" + relative
  }

  /// Drops exact repeats (same rule, place and message), which arise when a region and its
  /// host file are both visited.
  ///
  /// Keyed on the rule and the position, and only findings that share both are compared in
  /// full: hashing every field of every finding (messages and snippets included) was a tenth
  /// of the cost of a file dense with matches.
  static func deduplicated(_ findings: [Finding]) -> [Finding] {
    var kept = findings
    deduplicate(&kept)
    return kept
  }

  /// ``deduplicated(_:)`` in place: the kept findings are moved to the front, in order, and
  /// the rest cut off, so no second array of findings is ever held.
  static func deduplicate(_ findings: inout [Finding]) {
    // The findings kept at one place form a chain through the kept prefix: the newest is in
    // `newestAt`, each one's predecessor in `previous`. An array per place was an allocation
    // per finding on files with hundreds of thousands of them.
    var newestAt: [PlaceKey: Int] = [:]
    newestAt.reserveCapacity(findings.count)
    var previous: [Int] = []
    previous.reserveCapacity(findings.count)
    var count = 0
    next: for read in findings.indices {
      let key = PlaceKey(rule: findings[read].ruleID, file: findings[read].file, line: findings[read].line, column: findings[read].column)
      let newest = newestAt[key] ?? -1
      var k = newest
      while k >= 0 {
        if findings[k] == findings[read] { continue next }
        k = previous[k]
      }
      newestAt[key] = count
      previous.append(newest)
      if read != count { findings.swapAt(read, count) }
      count += 1
    }
    findings.removeSubrange(count...)
  }

  private struct PlaceKey: Hashable {
    let rule: RuleID
    let file: String
    let line: Int
    let column: Int
  }
}

/// Where the rule stage's time went: per rule, and per file (all rules over that file).
///
/// Filled only on request, so a user can see which rule or which file makes a scan slow, the
/// way linters report per-rule timing.
public struct RuleProfile: Sendable {
  /// One file's cost.
  public struct FileCost: Sendable {
    public var path: String
    public var bytes: Int
    public var duration: Duration
    public init(path: String, bytes: Int, duration: Duration) {
      self.path = path
      self.bytes = bytes
      self.duration = duration
    }
  }

  public var rules: [RuleID: Duration] = [:]
  public var files: [FileCost] = []

  public init() {}
}
