import SkillScanCore
import SkillScanLexers

/// Statement-level flows in PowerShell that the pipeline view (``PowerShellFlow``) cannot
/// follow: a credential path held in a variable or walked by `foreach`, its contents read
/// with `Get-Content`, accumulated (`$items += …`), encoded through several assignments and
/// finally sent: `Resolve-DnsName -Name "$chunk.$zone"` (DNS exfiltration),
/// `Invoke-RestMethod -Body $blob`, `.UploadString(…)`.
///
/// Read one line at a time, twice (a loop body may precede the line that fills its list),
/// with at most ``lineLimit`` bytes of each line and ``maxNames`` tracked variables: the cost
/// is two passes over the region whatever it holds.
enum PowerShellLineFlow {
  static let lineLimit = 4_096
  static let maxNames = 512

  /// Commands that read a file's contents.
  static let readers = ["get-content", "gc ", "readalltext", "readallbytes", "readalllines", "import-clixml", "cat ", "type "]
  /// Windows' own credential stores, listed by a command.
  static let credentialListers = ["cmdkey /list", "vaultcmd /list", "get-storedcredential"]
  /// Where data leaves: HTTP, DNS names, mail, raw sockets.
  static let senders = [
    "resolve-dnsname", "nslookup", "invoke-restmethod", "invoke-webrequest", "iwr ", "irm ", ".uploadstring(",
    ".uploaddata(", ".uploadfile(", ".uploadvalues(", "send-mailmessage", "::gethostaddresses(", "::gethostentry(",
    ".postasync(", ".sendasync(", ".putasync(",
  ]

  /// Every cue in one automaton: readers first, then credential listers, then senders.
  static let cues = KeywordFilter(keywords: readers + credentialListers + senders)
  static let senderGate = KeywordFilter(keywords: senders)

  static func hits(_ bytes: [UInt8], _ region: Range<Int>) -> [FlowHit] {
    // Nothing leaves a region that names no sender.
    guard senderGate.occurs(in: bytes, range: region) else { return [] }
    let lines = lineRanges(bytes, region)
    var pathVars = Set<String>()
    var dataVars: [String: FlowSource] = [:]
    // Functions whose body holds data (`function Get-RunnerProfile { … }`): a call by name
    // returns it. Name-based and bounded like the variables.
    var functionData: [String: FlowSource] = [:]
    var hits: [FlowHit] = []
    for pass in 0..<2 {
      var function: (name: String, depth: Int)? = nil
      // A hashtable assigned over several lines (`$call = @{` … `}`): what its lines hold
      // is the variable's.
      var pendingTable: (target: String, depth: Int)? = nil
      for range in lines {
        let line = bytes[range].map(KeywordFilter.fold)
        var vars = variables(in: line)
        if let name = functionName(line) { function = (name, 0) }
        let braces = braceBalance(line)
        let namedPath = credentialPath(in: line)
        let present = cues.matches(in: line)
        let reads = present.contains { $0 < readers.count }
        let lists = present.contains { $0 >= readers.count && $0 < readers.count + credentialListers.count }
        let sender = present.filter { $0 >= readers.count + credentialListers.count }.min().map { senders[$0 - readers.count - credentialListers.count] }
        // What the line reads: a credential file by a path written in it or held in a
        // variable, a credential manager listing, or data a variable already holds.
        var data: FlowSource?
        if reads {
          if let label = namedPath ?? vars.lazy.filter({ pathVars.contains($0) }).first.map({ _ in "credential file" }) {
            data = FlowSource(kind: .credential, label: label, range: range)
          }
        }
        if lists {
          data = FlowSource.stronger(data, FlowSource(kind: .credential, label: "Windows Credential Manager", range: range))
        }
        if ByteSearch.contains(line, Self.environmentCopy) {
          data = FlowSource.stronger(data, FlowSource(kind: .environment, label: "environment variables", range: range))
        }
        if !functionData.isEmpty {
          for word in commandWords(in: line) { data = FlowSource.stronger(data, functionData[word]) }
        }
        let target = assignmentTarget(line)
        vars += splats(in: line)
        for name in vars where name != target { data = FlowSource.stronger(data, dataVars[name]) }
        if let open = pendingTable {
          if let data, dataVars.count < maxNames || dataVars[open.target] != nil { dataVars[open.target] = data }
          let depth = open.depth + braces
          pendingTable = depth > 0 ? (open.target, depth) : nil
        } else if let target, braces > 0, ByteSearch.contains(line, Self.tableOpen) {
          pendingTable = (target, braces)
        }
        if let current = function {
          if let data, functionData.count < maxNames || functionData[current.name] != nil {
            functionData[current.name] = FlowSource.stronger(functionData[current.name], data)
          }
          let depth = current.depth + braces
          function = depth <= 0 && current.depth > 0 ? nil : (current.name, depth)
        }
        if let loop = foreachVariable(line) {
          // `foreach ($p in @("$env:USERPROFILE\.git-credentials", …))`
          if namedPath != nil || vars.contains(where: pathVars.contains) { insert(loop, into: &pathVars) }
          if let data, dataVars.count < maxNames { dataVars[loop] = data }
        } else if let target {
          if let data {
            if dataVars.count < maxNames || dataVars[target] != nil { dataVars[target] = data }
          } else if namedPath != nil || vars.contains(where: { $0 != target && pathVars.contains($0) }) {
            insert(target, into: &pathVars)
          }
        }
        if pass == 1, let data, let sender {
          let host = ExfilHosts.firstHost(in: String(decoding: line, as: UTF8.self))
          // Reported at the sending command, wherever it sits on the line.
          let at = ByteSearch.firstIndex(of: Array(sender.utf8), in: line).map { range.lowerBound + $0 } ?? range.lowerBound
          hits.append(FlowHit(source: data, sinkRange: at..<range.upperBound, sinkName: sender.trimmingLite([" ", "(", ".", ":"]), host: host))
        }
      }
    }
    return hits
  }

  /// `[Environment]::GetEnvironmentVariables()`, folded: every variable at once.
  static let environmentCopy = Array("getenvironmentvariables(".utf8)
  static let tableOpen = Array("@{".utf8)

  /// The name a `function Name` line defines, folded.
  static func functionName(_ line: [UInt8]) -> String? {
    var i = 0
    while i < line.count, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
    guard line[i...].starts(with: Array("function ".utf8)) else { return nil }
    i += 9
    while i < line.count, line[i] == 0x20 { i += 1 }
    var j = i
    while j < line.count, isNameByte(line[j]) || line[j] == UInt8(ascii: "-") { j += 1 }
    return j > i ? String(decoding: line[i..<j], as: UTF8.self) : nil
  }

  /// Words of a folded line that can name a command (`get-runnerprofile`), at most 64.
  static func commandWords(in line: [UInt8]) -> [String] {
    var words: [String] = []
    var i = 0
    while i < line.count, words.count < 64 {
      guard isNameByte(line[i]), i == 0 || (line[i - 1] != UInt8(ascii: "$") && !isNameByte(line[i - 1])) else {
        i += 1
        continue
      }
      var j = i
      while j < line.count, isNameByte(line[j]) || line[j] == UInt8(ascii: "-") { j += 1 }
      if j - i >= 3 { words.append(String(decoding: line[i..<j], as: UTF8.self)) }
      i = j
    }
    return words
  }

  /// `@name` splats of a folded line (`Invoke-RestMethod @call`): the hashtable's entries
  /// are the command's arguments.
  static func splats(in line: [UInt8]) -> [String] {
    var names: [String] = []
    var i = 0
    while i + 1 < line.count {
      if line[i] == UInt8(ascii: "@"), isNameByte(line[i + 1]), i == 0 || line[i - 1] == 0x20 || line[i - 1] == 0x09 {
        var j = i + 1
        while j < line.count, isNameByte(line[j]) { j += 1 }
        names.append(String(decoding: line[(i + 1)..<j], as: UTF8.self))
        i = j
      } else {
        i += 1
      }
    }
    return names
  }

  /// Opening minus closing braces outside quotes on a folded line.
  static func braceBalance(_ line: [UInt8]) -> Int {
    var balance = 0
    var quote: UInt8 = 0
    for b in line {
      if quote != 0 {
        if b == quote { quote = 0 }
      } else if b == 0x22 || b == 0x27 {
        quote = b
      } else if b == UInt8(ascii: "{") {
        balance += 1
      } else if b == UInt8(ascii: "}") {
        balance -= 1
      }
    }
    return balance
  }

  private static func insert(_ name: String, into set: inout Set<String>) {
    if set.count < maxNames { set.insert(name) }
  }

  /// Non-empty lines of `region`, each at most ``lineLimit`` bytes.
  static func lineRanges(_ bytes: [UInt8], _ region: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = region.lowerBound
    var i = region.lowerBound
    while i <= region.upperBound {
      if i == region.upperBound || bytes[i] == 0x0A {
        if i > start { result.append(start..<min(i, start + lineLimit)) }
        start = i + 1
      }
      i += 1
    }
    return result
  }

  /// `$name` references of a folded line (`$env:…` and automatic `$_` excluded).
  static func variables(in line: [UInt8]) -> [String] {
    var names: [String] = []
    var i = 0
    while i < line.count {
      guard line[i] == UInt8(ascii: "$") else {
        i += 1
        continue
      }
      var j = i + 1
      if j < line.count, line[j] == UInt8(ascii: "{") { j += 1 }
      let start = j
      while j < line.count, isNameByte(line[j]) { j += 1 }
      if j > start {
        let name = String(decoding: line[start..<j], as: UTF8.self)
        let scoped = j < line.count && line[j] == UInt8(ascii: ":")
        if !scoped, name != "_", !["true", "false", "null"].contains(name) { names.append(name) }
      }
      i = max(j, i + 1)
    }
    return names
  }

  private static func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
  }

  /// The variable a line assigns (`$x = …`, `$x += …`), at its start or after `{` or `;`
  /// (`if (Test-Path $p) { $items += (Get-Content $p -Raw) }`).
  static func assignmentTarget(_ line: [UInt8]) -> String? {
    var i = 0
    var statementStart = true
    while i < line.count {
      let b = line[i]
      if b == 0x20 || b == 0x09 {
        i += 1
        continue
      }
      if b == UInt8(ascii: "{") || b == UInt8(ascii: ";") {
        statementStart = true
        i += 1
        continue
      }
      if statementStart, b == UInt8(ascii: "$") {
        var j = i + 1
        while j < line.count, isNameByte(line[j]) { j += 1 }
        var k = j
        while k < line.count, line[k] == 0x20 || line[k] == 0x09 { k += 1 }
        if k < line.count, line[k] == UInt8(ascii: "+") || line[k] == UInt8(ascii: "-") { k += 1 }
        if j > i + 1, k < line.count, line[k] == UInt8(ascii: "="), k + 1 >= line.count || line[k + 1] != UInt8(ascii: "=") {
          return String(decoding: line[(i + 1)..<j], as: UTF8.self)
        }
      }
      statementStart = false
      i += 1
    }
    return nil
  }

  /// The loop variable of `foreach ($v in …)`.
  static func foreachVariable(_ line: [UInt8]) -> String? {
    guard let at = ByteSearch.firstIndex(of: Array("foreach".utf8), in: line) else { return nil }
    var i = at + 7
    while i < line.count, line[i] == 0x20 || line[i] == UInt8(ascii: "(") { i += 1 }
    guard i < line.count, line[i] == UInt8(ascii: "$") else { return nil }
    var j = i + 1
    while j < line.count, isNameByte(line[j]) { j += 1 }
    let rest = line[j...].drop { $0 == 0x20 }
    guard j > i + 1, rest.starts(with: Array("in ".utf8)) else { return nil }
    return String(decoding: line[(i + 1)..<j], as: UTF8.self)
  }

  /// The label of a credential store named by a quoted path in the folded line
  /// (`"$env:USERPROFILE\.git-credentials"` reads as `~/.git-credentials`). Byte work only:
  /// a piece is read when it holds a path separator, at most 32 pieces per line.
  static func credentialPath(in line: [UInt8]) -> String? {
    guard line.contains(UInt8(ascii: "\"")) || line.contains(UInt8(ascii: "'")) else { return nil }
    var tried = 0
    for piece in line.split(whereSeparator: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) {
      guard tried < 32 else { break }
      guard piece.count < 512, piece.contains(where: { $0 == 0x5C || $0 == 0x2F }) else { continue }
      tried += 1
      var path = piece.map { $0 == 0x5C ? 0x2F : $0 }
      for home in homePrefixes where path.starts(with: home) {
        path = [UInt8(ascii: "~")] + path[home.count...]
        break
      }
      if let m = ExfilSources.classify(path: String(decoding: path, as: UTF8.self)), m.kind == .credential { return m.label }
    }
    return nil
  }

  static let homePrefixes: [[UInt8]] = ["$env:userprofile", "${env:userprofile}", "$home", "${home}", "$env:home"].map { Array($0.utf8) }
}
