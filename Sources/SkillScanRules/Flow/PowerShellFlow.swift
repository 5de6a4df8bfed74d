import Foundation
import SkillScanCore
import SkillScanLexers

/// Source → sink flows in PowerShell: `$k = Get-Content ~\.aws\credentials` then
/// `Invoke-RestMethod -Method Post -Body $k`, `Get-Clipboard`, `Get-ChildItem env:`,
/// `(New-Object Net.WebClient).UploadString(u, $k)`. Same shape as ``ShellFlow``, over
/// ``PowerShellStructure`` pipelines.
enum PowerShellFlow {
  static let readers: Set<String> = ["get-content", "gc", "cat", "type", "get-item", "gi", "import-clixml", "select-string"]
  static let envListers: Set<String> = ["get-childitem", "gci", "dir", "ls"]
  static let senders: Set<String> = ["invoke-webrequest", "iwr", "invoke-restmethod", "irm", "send-mailmessage"]

  static func analyze(_ pipelines: [ShellPipeline], bytes: [UInt8]) -> [FlowHit] {
    let all = pipelines
    var vars: [String: FlowSource] = [:]
    var childSources: [Int: FlowSource] = [:]
    func key(_ p: Int, _ c: Int) -> Int { p << 32 | c }  // no collision at any pipeline length
    func words(_ command: ShellCommand) -> [String] {
      command.words.map { $0.range.count > ExfilShellSink.maxWordBytes ? "" : ByteText.string($0.range, in: bytes).lowercased() }
    }
    func source(_ command: ShellCommand, _ p: Int, _ c: Int) -> FlowSource? {
      var found = childSources[key(p, c)]
      let w = words(command)
      guard let name = w.first else { return found }
      let args = w.dropFirst().map { ByteSearch.replacing("\\", with: "/", in: $0).trimmingLite(CharacterSetLite.quotes) }
      if readers.contains(name) {
        for a in args { if let m = ExfilSources.classify(path: ByteSearch.replacing("$home", with: "~", in: ByteSearch.replacing("$env:userprofile", with: "~", in: a))) { found = FlowSource.stronger(found, FlowSource(kind: m.kind, label: m.label, range: command.range)) } }
      }
      if name == "get-clipboard" { found = FlowSource.stronger(found, FlowSource(kind: .personal, label: "clipboard", range: command.range)) }
      if envListers.contains(name), args.contains(where: { $0 == "env:" || $0 == "env:/" || $0 == "env:*" }) {
        found = FlowSource.stronger(found, FlowSource(kind: .environment, label: "environment variables", range: command.range))
      }
      if w.contains(where: { ByteSearch.contains($0, "getenvironmentvariables") }) {
        found = FlowSource.stronger(found, FlowSource(kind: .environment, label: "environment variables", range: command.range))
      }
      for word in w where word.utf8.contains(0x24) { found = FlowSource.stronger(found, tainted(word, vars)) }
      return found
    }
    for index in all.indices.reversed() where all[index].isSubstitution {
      let pipeline = all[index]
      var stream: FlowSource?
      for (c, command) in pipeline.commands.enumerated() { stream = FlowSource.stronger(stream, source(command, index, c)) }
      if let stream, let parent = pipeline.parentPipeline, let cmd = pipeline.parentCommand {
        childSources[key(parent, cmd)] = FlowSource.stronger(childSources[key(parent, cmd)], stream)
      }
    }
    var hits: [FlowHit] = []
    for (index, pipeline) in all.enumerated() {
      var stream: FlowSource?
      for (c, command) in pipeline.commands.enumerated() {
        let own = source(command, index, c)
        let w = words(command)
        let name = w.first ?? ""
        let uploads = w.contains { word in
          [".uploadstring(", ".uploadfile(", ".uploaddata(", ".uploadvalues("].contains { ByteSearch.contains(word, $0) }
        }
        let posts = senders.contains(name) && w.contains { $0.hasPrefix("-body") || $0.hasPrefix("-infile") || $0.hasPrefix("-attachments") }
        if uploads || posts {
          var sent = FlowSource.stronger(own, c > 0 ? stream : nil)
          if posts {
            for word in w {
              if let m = ExfilSources.classify(path: ByteSearch.replacing("\\", with: "/", in: word)) {
                sent = FlowSource.stronger(sent, FlowSource(kind: m.kind, label: m.label, range: command.range))
              }
            }
          }
          if let sent {
            let host = w.lazy.compactMap { ExfilHosts.firstHost(in: $0) }.first
            hits.append(FlowHit(source: sent, sinkRange: command.range, sinkName: uploads ? "Net.WebClient upload" : name, host: host))
          }
        }
        stream = FlowSource.stronger(c == 0 ? nil : stream, own)
        if let stream {
          for assignment in command.assignments {
            let text = ByteText.string(assignment.range.lowerBound..<min(assignment.range.upperBound, assignment.range.lowerBound + 256), in: bytes).lowercased()
            let name = text.prefix { $0 != "=" && $0 != " " }
            if name.hasPrefix("$") { vars[String(name.dropFirst())] = stream }
          }
        }
      }
    }
    return hits
  }

  /// A tainted `$name` inside a word.
  static func tainted(_ word: String, _ vars: [String: FlowSource]) -> FlowSource? {
    guard !vars.isEmpty else { return nil }
    var found: FlowSource?
    for name in ShellFlow.State.variableNames(in: word) { found = FlowSource.stronger(found, vars[name.lowercased()]) }
    return found
  }
}

/// Quote characters trimmed from PowerShell words (no Foundation `CharacterSet` needed).
enum CharacterSetLite {
  static let quotes: Set<Character> = ["'", "\""]
}

extension String {
  /// The string without leading and trailing characters in `set`.
  func trimmingLite(_ set: Set<Character>) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
