import SkillScanCore

extension RemoteExecution {
  /// `[scriptblock]::Create($text)` compiles text into code that `&` or `.Invoke()` runs.
  private static let psExecutors = PhraseMatcher(["iex", "invoke-expression", "scriptblock]::create"])
  private static let psFetchers = PhraseMatcher([
    "iwr", "irm", "invoke-webrequest", "invoke-restmethod", "downloadstring", "net.webclient",
    "system.net.webclient", "downloaddata",
  ])

  /// The executor names as plain substrings, case folded, for ``mayHoldPowerShell(_:)``.
  private static let psExecutorSubstrings = KeywordFilter(keywords: ["iex", "invoke-expression", "scriptblock]::create"])

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
    // Variables assigned a download (`$body = (Invoke-WebRequest $u).Content`), by folded
    // name, with the address when the line names one.
    var downloaded: [String: String?] = [:]
    var lineStart = range.lowerBound
    while lineStart < range.upperBound {
      var lineEnd = lineStart
      while lineEnd < range.upperBound && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      if let hit = checkLine(bytes, lineStart..<lineEnd) {
        hits.append(hit)
      } else if let hit = variableLine(bytes, lineStart..<lineEnd, &downloaded) {
        hits.append(hit)
      }
      lineStart = lineEnd + 1
    }
    return hits
  }

  /// Longest line read for variables (a longer one is minified data, not a script line).
  static let maxVariableLine = 4_096

  /// `$body = (Invoke-WebRequest -Uri $uri).Content` on one line and
  /// `$m = [scriptblock]::Create($body)` or `Invoke-Expression $body` on a later one: the
  /// download reaches the executor through a variable. Assignments copy the mark
  /// (`$code = $body.Trim()`).
  private static func variableLine(_ bytes: [UInt8], _ line: Range<Int>, _ downloaded: inout [String: String?]) -> Hit? {
    guard line.count >= 6, line.count <= maxVariableLine else { return nil }
    var folded = [UInt8](repeating: 0x20, count: line.count)
    for i in line { folded[i - line.lowerBound] = KeywordFilter.fold(bytes[i]) }
    if let hash = folded.firstIndex(of: UInt8(ascii: "#")), hash == 0 || folded[hash - 1] == 0x20 {
      folded.replaceSubrange(hash..<folded.count, with: repeatElement(0x20, count: folded.count - hash))
    }
    let referenced = variables(in: folded)
    let carried = referenced.first { downloaded[$0.name] != nil && !$0.assigned }
    if !downloaded.isEmpty, let carried, let exec = psExecutors.matches(in: folded).first,
      !isAlternative(folded, exec.range)
    {
      return Hit(
        range: (line.lowerBound + exec.range.lowerBound)..<line.upperBound,
        message: "PowerShell runs code downloaded into $\(carried.name)", url: downloaded[carried.name] ?? nil)
    }
    guard let target = referenced.first(where: \.assigned) else { return nil }
    // `updateValue`: a download without a literal address is marked with a nil address,
    // which subscript assignment would take for removal.
    if psFetchers.containsMatch(in: folded) {
      let url = firstURL(folded).map { String(decoding: bytes[(line.lowerBound + $0.lowerBound)..<(line.lowerBound + $0.upperBound)], as: UTF8.self) }
      downloaded.updateValue(url, forKey: target.name)
    } else if let carried, let url = downloaded[carried.name] {
      downloaded.updateValue(url, forKey: target.name)
    }
    return nil
  }

  /// The `$name` references of a folded line, the first marked assigned when the line is
  /// `$name = …` (not `==`, `-eq`). Scope prefixes (`$script:x`) are kept in the name.
  private static func variables(in folded: [UInt8]) -> [(name: String, assigned: Bool)] {
    var result: [(name: String, assigned: Bool)] = []
    var i = 0
    while i < folded.count {
      guard folded[i] == 0x24 else {
        i += 1
        continue
      }
      var end = i + 1
      while end < folded.count, isVariableByte(folded[end]) { end += 1 }
      guard end > i + 1 else {
        i += 1
        continue
      }
      let name = String(decoding: folded[(i + 1)..<end], as: UTF8.self)
      var assigned = false
      if result.isEmpty, folded[0..<i].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
        var k = end
        while k < folded.count, folded[k] == 0x20 || folded[k] == 0x09 { k += 1 }
        assigned = k < folded.count && folded[k] == 0x3D && (k + 1 >= folded.count || folded[k + 1] != 0x3D)
      }
      result.append((name, assigned))
      i = end
    }
    return result
  }

  /// A byte of a folded PowerShell variable name (scope colon included).
  private static func isVariableByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x3A
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
    guard let (exec, fetch) = pair, !elidedOperand(after: fetch.range.upperBound, folded) else { return nil }
    let start = line.lowerBound + min(exec.range.lowerBound, fetch.range.lowerBound)
    let url = firstURL(folded).map { String(decoding: bytes[(line.lowerBound + $0.lowerBound)..<(line.lowerBound + $0.upperBound)], as: UTF8.self) }
      ?? bareHost(after: fetch.range.upperBound, folded).map { "https://" + String(decoding: folded[$0], as: UTF8.self) }
    return Hit(
      range: start..<line.upperBound,
      message: "PowerShell downloads code and runs it with Invoke-Expression", url: url)
  }

  /// Whether the fetcher's address is an ellipsis (`IEX (iwr ...)`, `irm … | iex`), past
  /// its options: the notation names the pattern, as `curl ... | sh` does for the shell, and
  /// nothing can be fetched.
  static func elidedOperand(after start: Int, _ folded: [UInt8]) -> Bool {
    var i = start
    while i < folded.count {
      while i < folded.count, folded[i] == 0x20 || folded[i] == 0x09 { i += 1 }
      guard i < folded.count, folded[i] == UInt8(ascii: "-") else { break }
      while i < folded.count, folded[i] != 0x20, folded[i] != 0x09 { i += 1 }
    }
    var end = i
    while end < folded.count, folded[end] != 0x20, folded[end] != 0x09, folded[end] != UInt8(ascii: ")"),
      folded[end] != UInt8(ascii: "|"), folded[end] != UInt8(ascii: "`") { end += 1 }
    let word = folded[i..<end]
    return word.elementsEqual("...".utf8) || word.elementsEqual("\u{2026}".utf8)
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
