import SkillScanCore
import SkillScanLexers

/// Shell scripts that source a sibling script of the skill (`. "$HERE/lib/paths.sh"`,
/// `source ./config.sh`): the variables it sets are the caller's.
///
/// Sourcing runs the file in the caller's shell, so a list of sensitive paths kept in
/// `lib/paths.sh` and archived and uploaded by `flush_cache.sh` is one script split in two.
/// Unlike a join of modules by name, this is exact: the caller names the file it runs. The
/// sourced file is analysed on its own; the variables holding sensitive data when it ends
/// seed the caller's analysis, and only the hits they produce are added (the caller's own
/// flows are found without them).
enum SourcedShell {
  /// Marks the label of a value set by a sourced script.
  static let mark = " (sourced from "

  /// Sourced files followed per script.
  static let maxSourced = 8

  /// The hits in `file` that need the variables of the scripts it sources.
  static func hits(in file: AnalyzedFile, skill: AnalyzedSkill) -> [FlowHit] {
    guard file.source.language == .shell, file.source.kind == .script, skill.files.count > 1,
      let region = file.regions.first(where: { $0.kind == .whole && $0.language == .shell }), !region.tokens.isEmpty
    else { return [] }
    return file.cache.value(sourcedHitsSlot) {
      let pipelines = file.shellPipelines(tokens: region.tokens, range: region.range, dialect: .posix)
      var seed: [String: FlowSource] = [:]
      for sourced in sourcedFiles(pipelines, file, skill) {
        for (name, value) in exported(sourced) {
          var carried = value
          carried.label += mark + sourced.path + ")"
          carried.range = 0..<0
          seed[name] = FlowSource.stronger(seed[name], carried)
        }
      }
      guard !seed.isEmpty else { return [] }
      return ShellFlow.analyze(pipelines, bytes: file.bytes, loops: ShellLoopBinding.all(in: region.tokens, bytes: file.bytes), seed: seed)
        .filter { ByteSearch.contains($0.source.label, mark) }
    }
  }

  /// The variables holding sensitive data after `file` runs, cached per file.
  static func exported(_ file: AnalyzedFile) -> [String: FlowSource] {
    guard let region = file.regions.first(where: { $0.kind == .whole && $0.language == .shell }), !region.tokens.isEmpty else { return [:] }
    return file.cache.value(exportedSlot) {
      ShellFlow.variables(
        after: file.shellPipelines(tokens: region.tokens, range: region.range, dialect: .posix), bytes: file.bytes,
        loops: ShellLoopBinding.all(in: region.tokens, bytes: file.bytes))
    }
  }

  /// The skill's shell scripts that `. PATH` / `source PATH` commands of `file` name.
  static func sourcedFiles(_ pipelines: [ShellPipeline], _ file: AnalyzedFile, _ skill: AnalyzedSkill) -> [AnalyzedFile] {
    var found: [AnalyzedFile] = []
    let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
    for pipeline in pipelines where !pipeline.isSubstitution {
      for command in pipeline.commands {
        let name = command.name(in: file.bytes)
        guard name == "." || name == "source", command.words.count >= 2, command.words[1].range.count <= 512,
          let relative = relativePath(ShellWord.unquotedValue(command.words[1], file.bytes))
        else { continue }
        let beside = folder.isEmpty ? relative : folder + "/" + relative
        let target = skill.files.first { $0.path == beside && $0.source.language == .shell }
          ?? skill.files.first { $0.source.language == .shell && ($0.path == relative || $0.path.hasSuffix("/" + relative)) }
        if let target, target.path != file.path, !found.contains(where: { $0.path == target.path }) {
          found.append(target)
          if found.count == maxSourced { return found }
        }
      }
    }
    return found
  }

  /// The path below the script's own folder that a sourced operand names: `lib/paths.sh`
  /// for `$HERE/lib/paths.sh`, `${DIR}/lib/paths.sh`, `$(dirname "$0")/lib/paths.sh` or
  /// `./lib/paths.sh`. Nil for anything else (an absolute path, a variable alone).
  static func relativePath(_ operand: String) -> String? {
    var rest = Substring(operand)
    if rest.hasPrefix("$(") {
      var depth = 0
      var end: Substring.Index?
      for i in rest.indices {
        if rest[i] == "(" { depth += 1 }
        if rest[i] == ")" {
          depth -= 1
          if depth == 0 {
            end = i
            break
          }
        }
      }
      guard let end else { return nil }
      rest = rest[rest.index(after: end)...]
    } else if rest.hasPrefix("${") {
      guard let close = rest.firstIndex(of: "}") else { return nil }
      rest = rest[rest.index(after: close)...]
    } else if rest.hasPrefix("$") {
      rest = rest.dropFirst().drop { $0 == "_" || $0.isLetter || $0.isNumber }
    } else if rest.hasPrefix("./") {
      rest = rest.dropFirst(1)
    } else if rest.hasPrefix("/") || rest.hasPrefix("~") {
      return nil
    } else {
      rest = "/" + rest
    }
    guard rest.hasPrefix("/") else { return nil }
    let relative = String(rest.dropFirst())
    guard !relative.isEmpty, !relative.contains("$"), !relative.contains("..") else { return nil }
    return relative
  }
}

private let sourcedHitsSlot = CacheSlot<[FlowHit]>("SourcedShell.hits")
private let exportedSlot = CacheSlot<[String: FlowSource]>("SourcedShell.exported")
