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
    // Task runners and hook managers, run by name: `tox -e sync`, `just doctor`, `pre-commit install`.
    let tox = ["`tox", "\ntox ", "$ tox", " tox -e", "tox run"].map { Array($0.utf8) }
    let just = ["`just ", "`just`", "\njust ", "$ just "].map { Array($0.utf8) }
    let preCommit = ["pre-commit install", "pre-commit run"].map { Array($0.utf8) }
    return [
      "makefile": make, "gnumakefile": make, "dockerfile": docker, "containerfile": docker, "tox.ini": tox,
      "justfile": just, ".justfile": just, ".pre-commit-config.yaml": preCommit, ".pre-commit-config.yml": preCommit,
    ]
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
        // A fixture the instructions only describe ("`fixtures/samples.py` holds labelled
        // test strings") stays a fixture; one they tell the agent to run, read or follow
        // is activated like any other file.
        if !file.source.isFixturePath || activates(Array(file.path.utf8), in: haystack) { referenced.insert(file.path) }
      } else if nameCounts[file.source.name] == 1, file.source.name.utf8.count >= 4,
        ByteSearch.contains(haystack, Array(file.source.name.utf8))
      {
        if !file.source.isFixturePath || activates(Array(file.source.name.utf8), in: haystack) { referenced.insert(file.path) }
      } else if let runners = runnersByName[file.source.lowercasedName]
        ?? runnersBySuffix.first(where: { file.source.lowercasedName.hasSuffix($0.key) })?.value,
        runners.contains(where: { ByteSearch.contains(haystack, $0) })
      {
        // `make review` runs the Makefile, `docker build .` the Dockerfile, without naming it.
        referenced.insert(file.path)
      }
    }
    return referenced.union(loadedByScripts(referenced, in: files, skillFile: skillPath))
  }

  /// Tools that run every file of a kind in the folder: `terraform plan` runs each module's
  /// external programs, whatever the files are called.
  static let runnersBySuffix: [String: [[UInt8]]] = [
    ".tf": ["terraform plan", "terraform apply", "terraform init", "tofu plan", "tofu apply"].map { Array($0.utf8) },
  ]

  /// Words that, on the line of a mention, make the mention an instruction to use the file.
  static let activatingWords: Set<String> = [
    "run", "runs", "execute", "exec", "follow", "apply", "source", "load", "import", "open", "read", "see", "use",
    "cat", "bash", "sh", "zsh", "python", "python3", "node", "npx", "deno", "pwsh", "powershell", "install", "copy",
    "paste", "setup", "step", "steps", "instructions", "must", "required", "include", "invoke", "call", "start",
    // A file copied or linked into the user's project (`cp tests/conftest.py <project>/`) runs
    // there: pytest loads a `conftest.py`, git a hook, an editor its tasks.
    "cp", "ln",
  ]

  /// Mentions of a path read for activating words; a mention past this many counts as one.
  static let maxMentions = 16

  /// Whether some line of `haystack` that mentions `needle` also holds an activating word.
  static func activates(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
    var from = 0
    var seen = 0
    while let at = ByteSearch.firstIndex(of: needle, in: haystack, from: from) {
      seen += 1
      if seen > maxMentions { return true }
      from = at + needle.count
      var start = at
      while start > 0 && haystack[start - 1] != 0x0A { start -= 1 }
      var end = from
      while end < haystack.count && haystack[end] != 0x0A { end += 1 }
      // The line without the mention itself: `scripts/run.py` names no verb.
      var words = haystack[start..<at] + [0x20] + haystack[from..<end]
      for i in words.indices where words[i] >= 0x41 && words[i] <= 0x5A { words[i] |= 0x20 }
      var word: [UInt8] = []
      for byte in words + [0x20] {
        if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
          word.append(byte)
        } else {
          if !word.isEmpty, activatingWords.contains(String(decoding: word, as: UTF8.self)) { return true }
          word.removeAll(keepingCapacity: true)
        }
      }
    }
    return false
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
