import Foundation
import SkillScanCore
import SkillScanLexers

extension FileSystemEnumerationRule {
  /// Calls that list or walk folders.
  static let walkers: Set<String> = [
    "walk", "glob", "iglob", "rglob", "scandir", "listdir", "readdirsync", "readdir", "sync", "globsync",
  ]

  static func codeHits(_ span: ExfilCodeSpan, _ file: AnalyzedFile) -> [(Range<Int>, String)] {
    let bytes = file.bytes
    var result: [(Range<Int>, String)] = []
    switch span.language {
    case .shell:
      for p in span.pipelines(file) {
        for c in p.commands {
          let (e, name) = c.effectiveCommandAndName(in: bytes)
          let args = ExfilShellSink.arguments(e, bytes)
          if name == "find", let root = args.first, homeRoots.contains(root.lowercased()) {
            var i = 1
            while i + 1 < args.count {
              if ["-name", "-iname", "-path", "-ipath", "-regex", "-iregex"].contains(args[i]), isSensitive(args[i + 1]) {
                result.append((c.range, "searches \(root) for '\(args[i + 1])'"))
                break
              }
              i += 1
            }
          } else if name == "locate" || name == "mdfind", let target = args.first(where: { !$0.hasPrefix("-") }), isSensitive(target) {
            result.append((c.range, "searches the disk for '\(target)'"))
          } else if name == "grep" || name == "rg", args.contains(where: { $0.hasPrefix("-") && ($0.contains("r") || $0.contains("R")) }) || name == "rg",
            args.contains(where: { homeRoots.contains($0.lowercased()) }),
            args.contains(where: { a in ["password", "secret", "api_key", "apikey", "token", "private key"].contains { a.lowercased().contains($0) } })
          {
            result.append((c.range, "greps the home folder for secrets"))
          }
        }
      }
    case .python, .javascript:
      let calls = file.codeCalls(span.tokens, language: span.language).filter {
        Self.walkers.contains($0.baseName.lowercased())
      }
      // Only a span that walks folders pays for testing every string literal.
      guard !calls.isEmpty else { break }
      var fileSensitive = false
      for t in span.tokens where t.kind == .string && t.range.count < 200 {
        if isSensitive(StringLiteral.value(of: t, in: bytes, language: span.language)) {
          fileSensitive = true
          break
        }
      }
      let ancestors = span.language == .python ? Self.ancestorLoopVariables(span.tokens, bytes) : []
      for call in calls {
        let argText = ByteText.string(call.range.lowerBound..<min(call.range.upperBound, call.range.lowerBound + 4096), in: bytes).lowercased()
        let home = argText.contains("expanduser") || argText.contains("path.home") || argText.contains("homedir")
          || argText.contains("'~'") || argText.contains("\"~\"") || argText.contains("'/'") || argText.contains("\"/\"")
          || argText.contains("['home']") || argText.contains("env.home") || argText.contains("'/users") || argText.contains("'/home")
          || call.callee.lowercased().contains("home")
        var pattern: String?
        for k in call.openParen..<min(call.closeParen, span.tokens.count, call.openParen + 256) where span.tokens[k].kind == .string {
          let v = StringLiteral.value(of: span.tokens[k], in: bytes, language: span.language)
          if isSensitive(v) { pattern = v }
        }
        let recursiveSensitive = pattern.map { $0.contains("**") } ?? false
        if (home && (pattern != nil || fileSensitive)) || recursiveSensitive {
          result.append((call.range, "walks \(home ? "the home folder" : "the tree") for \(pattern.map { "'\($0)'" } ?? "sensitive files")"))
        } else if let pattern, let receiver = call.writtenCallee.split(separator: ".").first, ancestors.contains(String(receiver)) {
          result.append((call.range, "searches every folder above the working directory for '\(pattern)'"))
        }
      }
    default:
      break
    }
    return result
  }

  /// Python loop variables bound to a path's ancestors (`for d in [here, *here.parents]:`,
  /// `for d in Path.cwd().parents:`): a glob on each is a search of every folder up to `/`,
  /// the code form of "scan the directories above the working directory".
  static func ancestorLoopVariables(_ tokens: [Token], _ bytes: [UInt8]) -> Set<String> {
    var names = Set<String>()
    var k = 0
    while k + 3 < tokens.count {
      defer { k += 1 }
      guard tokens[k].kind == .word, ByteText.equals(tokens[k].range, "for", in: bytes),
        tokens[k + 1].kind == .word, tokens[k + 2].kind == .word, ByteText.equals(tokens[k + 2].range, "in", in: bytes)
      else { continue }
      // The iterable, to the loop's colon (at most 32 tokens).
      var j = k + 3
      while j < tokens.count, j < k + 35, !(tokens[j].kind == .op && ByteText.equals(tokens[j].range, ":", in: bytes)) {
        if tokens[j].kind == .word, ByteText.equals(tokens[j].range, "parents", in: bytes) {
          names.insert(ByteText.string(tokens[k + 1].range, in: bytes))
          break
        }
        j += 1
      }
    }
    return names
  }

  static let proseSearch = PhraseMatcher([
    "scan", "search", "look for", "find", "enumerate", "crawl", "walk", "locate", "list all", "go through",
  ])
  static let proseWhere = PhraseMatcher([
    "home folder", "home directory", "home dir", "user's home", "directories above", "parent directories",
    "parent directory", "entire file system", "entire filesystem", "whole file system", "whole disk",
    "all directories", "every directory", "root directory", "entire disk", "entire working directory",
    "all folders", "every folder", "the system for", "the machine for", "the computer for",
  ])
  static let proseTargets = PhraseMatcher([
    ".env", "env files", ".ssh", "ssh keys", "ssh key", "private keys", "private key", "credentials",
    "wallet", "wallets", "seed phrase", "api keys", "tokens", "secrets", "passwords", "keystore",
    "id_rsa", "cookies", "browser profiles",
  ])

  /// "Scan the directories above the working directory for the .ssh folder."
  ///
  /// A long unit is read in overlapping windows rather than skipped.
  static func proseHits(_ file: AnalyzedFile) -> [(Range<Int>, String)] {
    var result: [(Range<Int>, String)] = []
    let units = file.regions.filter { [.prose, .blockquote, .tableRow, .htmlComment].contains($0.kind) }
      .flatMap { ProseWindows.longUnit($0.range, over: 8_191, in: file.bytes) }
    for unit in units {
      let text = file.normalized(unit)
      guard let verb = proseSearch.matches(in: text.bytes).first,
        let place = proseWhere.matches(in: text.bytes).first(where: { $0.range.lowerBound > verb.range.lowerBound }),
        proseTargets.containsMatch(in: text.bytes)
      else { continue }
      _ = place
      result.append((text.originalRange(verb.range), "instruction searches broadly for sensitive files"))
    }
    return result
  }
}
