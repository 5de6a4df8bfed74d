import SkillScanCore

extension RemoteExecution {
  private static let psExecutors = PhraseMatcher(["iex", "invoke-expression"])
  private static let psFetchers = PhraseMatcher([
    "iwr", "irm", "invoke-webrequest", "invoke-restmethod", "downloadstring", "net.webclient",
    "system.net.webclient", "downloaddata",
  ])

  /// The executor names as plain substrings, case folded, for ``mayHoldPowerShell(_:)``.
  private static let psExecutorSubstrings = KeywordFilter(keywords: ["iex", "invoke-expression"])

  /// Whether any part of `bytes` could give ``findPowerShell(in:range:)`` a hit: every hit
  /// needs an executor name, and a name that matches in a part (word boundaries judged
  /// within the part) is a substring of the whole. One pass over a file spares a pass over
  /// each of its spans when, as in almost every file, neither name occurs.
  public static func mayHoldPowerShell(_ bytes: [UInt8]) -> Bool {
    psExecutorSubstrings.occurs(in: bytes, range: 0..<bytes.count)
  }

  /// PowerShell `iex (iwr …)`, `irm … | iex`, `Invoke-Expression (New-Object
  /// Net.WebClient).DownloadString(…)`: an executor and a fetcher on one line of `range`.
  ///
  /// A line-level check on folded bytes, because PowerShell's grammar nests these freely;
  /// linear in the range.
  public static func findPowerShell(in bytes: [UInt8], range: Range<Int>) -> [Hit] {
    // A line can only hit if the range holds both an executor and a fetcher somewhere (the
    // automata fold case themselves, and blanking comments only removes matches): one pass
    // over the range, read in place, spares every line of ordinary text its own copy and two
    // passes.
    guard psExecutors.containsMatch(in: bytes, range: range), psFetchers.containsMatch(in: bytes, range: range)
    else { return [] }
    var hits: [Hit] = []
    var lineStart = range.lowerBound
    while lineStart < range.upperBound {
      var lineEnd = lineStart
      while lineEnd < range.upperBound && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      if let hit = checkLine(bytes, lineStart..<lineEnd) { hits.append(hit) }
      lineStart = lineEnd + 1
    }
    return hits
  }

  private static func checkLine(_ bytes: [UInt8], _ line: Range<Int>) -> Hit? {
    guard line.count >= 6 else { return nil }
    var folded = [UInt8](repeating: 0x20, count: line.count)
    for i in line { folded[i - line.lowerBound] = KeywordFilter.fold(bytes[i]) }
    // A `#` comment in a PowerShell line ends the code (good enough for one-liners).
    if let hash = folded.firstIndex(of: UInt8(ascii: "#")), hash == 0 || folded[hash - 1] == 0x20 {
      folded.replaceSubrange(hash..<folded.count, with: repeatElement(0x20, count: folded.count - hash))
    }
    let executors = psExecutors.matches(in: folded)
    let fetchers = psFetchers.matches(in: folded)
    guard !executors.isEmpty, !fetchers.isEmpty else { return nil }
    let strings = PowerShellStrings(folded)
    var pair: (PhraseMatcher.Match, PhraseMatcher.Match)?
    search: for e in executors {
      for f in fetchers where !strings.inSeparateStrings(e.range.lowerBound, f.range.lowerBound)
        && !(isAlternative(folded, e.range) && isAlternative(folded, f.range))
      {
        pair = (e, f)
        break search
      }
    }
    guard let (exec, fetch) = pair else { return nil }
    let start = line.lowerBound + min(exec.range.lowerBound, fetch.range.lowerBound)
    let url = firstURL(folded).map { String(decoding: bytes[(line.lowerBound + $0.lowerBound)..<(line.lowerBound + $0.upperBound)], as: UTF8.self) }
      ?? bareHost(after: fetch.range.upperBound, folded).map { "https://" + String(decoding: folded[$0], as: UTF8.self) }
    return Hit(
      range: start..<line.upperBound,
      message: "PowerShell downloads code and runs it with Invoke-Expression", url: url)
  }

  /// Whether the name at `range` of folded text is one alternative of a regular expression
  /// (`'(?i)(IEX|Invoke-Expression|DownloadString)'`, an audit script's list of what to look
  /// for): `|` on one side and `|`, `(` or `)` on the other, with no space. A pipeline into
  /// `iex` (`irm $u | iex`, `(irm $u|iex)`) has a command, not another bare name, before it:
  /// its fetcher has arguments, so the two are never both alternatives.
  public static func isAlternative(_ folded: [UInt8], _ range: Range<Int>) -> Bool {
    guard range.lowerBound > 0, range.upperBound < folded.count else { return false }
    let before = folded[range.lowerBound - 1]
    let after = folded[range.upperBound]
    let bar = UInt8(ascii: "|")
    let edges: Set<UInt8> = [bar, UInt8(ascii: "("), UInt8(ascii: ")")]
    return (before == bar && edges.contains(after)) || (after == bar && edges.contains(before))
  }

  /// The first operand after a fetcher that is a bare `host.tld/path` (`irm get.scoop.sh`,
  /// fetched over HTTPS), up to the end of its command; options are skipped.
  static func bareHost(after start: Int, _ folded: [UInt8]) -> Range<Int>? {
    var i = start
    while i < folded.count {
      while i < folded.count && folded[i] == 0x20 { i += 1 }
      guard i < folded.count, folded[i] != 0x7C, folded[i] != 0x3B else { return nil }
      let wordStart = i
      while i < folded.count && folded[i] != 0x20 && folded[i] != 0x7C && folded[i] != 0x3B { i += 1 }
      guard i - wordStart <= 2_048 else { return nil }
      let word = String(decoding: folded[wordStart..<i], as: UTF8.self)
      if word.hasPrefix("-") { continue }
      return !word.hasPrefix(".") && VendorInstallers.split(word) != nil ? wordStart..<i : nil
    }
    return nil
  }

  /// The first `http://` or `https://` word of a case-folded line, as offsets into it; words
  /// end at blanks, quotes, brackets, backticks, pipes and semicolons. One pass over bytes.
  static func firstURL(_ folded: [UInt8]) -> Range<Int>? {
    func separators(_ b: UInt8) -> Bool {
      switch b {
      case 0x20, 0x09, 0x27, 0x22, 0x28, 0x29, 0x60, 0x7C, 0x3B: true
      default: false
      }
    }
    var i = 0
    while i < folded.count {
      while i < folded.count && separators(folded[i]) { i += 1 }
      let start = i
      while i < folded.count && !separators(folded[i]) { i += 1 }
      let word = folded[start..<i]
      if word.starts(with: "http://".utf8) || word.starts(with: "https://".utf8) { return start..<i }
    }
    return nil
  }
}
