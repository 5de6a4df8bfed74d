import SkillScanCore

/// Finds which files of a skill its `SKILL.md` points at.
///
/// A file the instructions name (by relative path, or by a file name unique in the skill) is
/// *activated*: the agent is told to run or read it (taxonomy.md §6.1). Matching is a byte
/// search of `SKILL.md`, linear in its size per candidate path.
enum ReferenceResolver {
  /// Commands that run a build file found by its conventional name.
  static let runnersByName: [String: [[UInt8]]] = {
    let make = ["`make ", "`make`", "\nmake ", "$ make ", "make -f", "make -C", " make install", " make setup"].map { Array($0.utf8) }
    let docker = ["docker build", "docker compose", "docker-compose", "podman build", "buildah bud"].map { Array($0.utf8) }
    return ["makefile": make, "gnumakefile": make, "dockerfile": docker, "containerfile": docker]
  }()

  static func referencedPaths(in files: [AnalyzedFile], skillFile: String?) -> Set<String> {
    guard let skillPath = skillFile, let skill = files.first(where: { $0.path == skillPath })
    else { return [] }
    let haystack = skill.bytes
    var nameCounts: [String: Int] = [:]
    for file in files { nameCounts[file.source.name, default: 0] += 1 }
    var referenced = Set<String>()
    for file in files where file.path != skillPath {
      if ByteSearch.contains(haystack, Array(file.path.utf8)) {
        referenced.insert(file.path)
      } else if nameCounts[file.source.name] == 1, file.source.name.utf8.count >= 4,
        ByteSearch.contains(haystack, Array(file.source.name.utf8))
      {
        referenced.insert(file.path)
      } else if let runners = runnersByName[file.source.lowercasedName],
        runners.contains(where: { ByteSearch.contains(haystack, $0) })
      {
        // `make review` runs the Makefile, `docker build .` the Dockerfile, without naming it.
        referenced.insert(file.path)
      }
    }
    return referenced.union(loadedByScripts(referenced, in: files, skillFile: skillPath))
  }

  /// Most activated scripts read for the files they load, and the largest one read.
  static let maxLoadingScripts = 64
  static let maxLoadingScriptBytes = 1 << 20

  /// Data files an activated script loads by name: `json.load(open(os.path.join(here,
  /// "tools.json")))`. What the script loads reaches the agent through it (an MCP server's
  /// tool descriptions), so such a file is activated too. Only data files (JSON, YAML,
  /// TOML, text) named by a unique name of at least 6 bytes or by their path; one hop, so
  /// the cost is a bounded search per activated script.
  static func loadedByScripts(_ activated: Set<String>, in files: [AnalyzedFile], skillFile: String) -> Set<String> {
    let scripts = files.filter { activated.contains($0.path) && $0.source.kind == .script && $0.bytes.count <= maxLoadingScriptBytes }
      .prefix(maxLoadingScripts)
    guard !scripts.isEmpty else { return [] }
    var nameCounts: [String: Int] = [:]
    for file in files { nameCounts[file.source.name, default: 0] += 1 }
    let candidates = files.filter { file in
      file.path != skillFile && !activated.contains(file.path)
        && [.json, .yaml, .toml, .text].contains(file.source.language) && file.source.kind != .binary
    }
    guard !candidates.isEmpty else { return [] }
    var loaded = Set<String>()
    for script in scripts {
      for file in candidates where !loaded.contains(file.path) {
        let name = file.source.name
        if ByteSearch.contains(script.bytes, Array(file.path.utf8))
          || (nameCounts[name] == 1 && name.utf8.count >= 6 && ByteSearch.contains(script.bytes, Array(name.utf8)))
        {
          loaded.insert(file.path)
        }
      }
    }
    return loaded
  }
}
