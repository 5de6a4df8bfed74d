import SkillScanCore
import SkillScanLexers

/// What a JavaScript or TypeScript module loads from its own skill: sibling modules
/// (`require("./lib/registry")`, `import { x } from "../util.js"`) and JSON settings
/// (`require("../package.json")`).
///
/// ``CrossModuleFlow`` joins modules that load one another, as it does for Python imports;
/// a stealer that reads `~/.docker/config.json` in `lib/registry.js` and posts it from
/// `setup.js` is one program split in two. Its address is often a setting in a JSON file
/// the module loads (`pkg.service.api`), so the addresses of those files count as written.
enum JavaScriptModules {
  /// Sibling module names (file names without extension) and JSON file names a module
  /// loads by a relative specifier.
  struct Imports {
    var modules: Set<String> = []
    var json: Set<String> = []
  }

  /// The relative specifiers after `require(`, `import(`, `from` and a bare `import`.
  static func relativeImports(_ file: AnalyzedFile) -> Imports {
    let bytes = file.bytes
    let tokens = file.regions.first { $0.kind == .whole }?.tokens
      ?? LanguageLexer.tokenize(bytes, in: 0..<bytes.count, language: .javascript)
    var result = Imports()
    var armed = false
    for token in tokens {
      switch token.kind {
      case .word:
        armed = ByteText.equals(token.range, "require", in: bytes) || ByteText.equals(token.range, "from", in: bytes)
          || ByteText.equals(token.range, "import", in: bytes)
      case .op:
        // `require(` and `import(`: the parenthesis keeps the call armed.
        if !(token.range.count == 1 && bytes[token.range.lowerBound] == UInt8(ascii: "(")) { armed = false }
      case .string:
        defer { armed = false }
        guard armed, token.range.count <= 512 else { continue }
        let value = StringLiteral.value(of: token, in: bytes, language: .javascript)
        guard value.hasPrefix("./") || value.hasPrefix("../") else { continue }
        let last = value.split(separator: "/").last.map(String.init) ?? ""
        if last.lowercased().hasSuffix(".json") {
          result.json.insert(last)
        } else if let ext = CrossModuleFlow.scriptExtensions.first(where: { last.lowercased().hasSuffix($0) }) {
          result.modules.insert(String(last.dropLast(ext.count)))
        } else if !last.isEmpty, last != ".", last != ".." {
          result.modules.insert(last)
        }
        if result.modules.count + result.json.count >= 256 { return result }
      case .comment, .newline:
        continue
      default:
        armed = false
      }
    }
    return result
  }

  /// JSON files of this size or less are read for addresses.
  static let maxConfigBytes = 256 * 1024

  /// The hosts (not local ones) written in the skill's JSON files that `members` load, in
  /// file order, each once.
  static func configAddresses(of members: [AnalyzedFile], in skill: AnalyzedSkill) -> [String] {
    var wanted = Set<String>()
    for member in members { wanted.formUnion(relativeImports(member).json) }
    guard !wanted.isEmpty else { return [] }
    var hosts: [String] = []
    for file in skill.files where file.bytes.count <= maxConfigBytes && wanted.contains(file.source.name) {
      for url in URLExtractor.urls(in: file.bytes, limit: 64) where HostClassifier.classify(url) != .local {
        let host = url.host.lowercased()
        if !hosts.contains(host) { hosts.append(host) }
      }
    }
    return hosts
  }
}
