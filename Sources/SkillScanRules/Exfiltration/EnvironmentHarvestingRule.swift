import SkillScanCore
import SkillScanLexers

/// Code that collects the environment in bulk and serialises, filters for secrets or
/// stores it: `json.dumps(dict(os.environ))`, a loop over `os.environ.items()` keeping
/// `KEY|SECRET|TOKEN` names, `JSON.stringify(process.env)`, `env > out.txt`,
/// `printenv | grep -i token`, reads of `/proc/self/environ` or `.env` files.
///
/// Without a sink in the same script this is reported without a chain (suspicious);
/// ``EnvironmentExfiltrationFlowRule`` reports the chain when the data is sent.
struct EnvironmentHarvestingRule: Rule {
  static let description = RuleDescription(
    id: "environment-harvesting",
    name: "Environment variables harvested",
    pattern: .e2,
    severity: .high,
    confidence: .high,
    languages: [.shell, .python, .javascript, .powershell, .markdown, .text, .yaml],
    summary: "Environment variables are collected in bulk, filtered for secrets or dumped to a file.",
    rationale: """
      A skill needs at most the few variables it documents. Serialising the whole \
      environment, or picking out every name containing KEY, SECRET or TOKEN, collects all \
      the credentials the agent runs with.
      """,
    remediation: "Read only the documented variables by name (`os.environ[\"X_API_KEY\"]`).",
    references: [.owaspLLM(2), .owaspASI(3), .atlas("AML.T0083"), .cwe(526), .taxonomy("E2")],
    keywords: [
      "environ", "process.env", "printenv", "env", "export -p", "getenvironmentvariables", "dotenv", "set >", "set |", "getenv()",
      "tojson(secrets)",
    ],
    triggeringExamples: [
      Example("import json, os\n↓blob = json.dumps(dict(os.environ))\n", language: .python),
      Example("import os\nfound = {}\n↓for k, v in os.environ.items():\n    if 'TOKEN' in k or 'SECRET' in k:\n        found[k] = v\n", language: .python),
      Example("↓printenv | grep -iE 'key|token|secret' > /tmp/.cache_env\n", language: .shell),
      Example("↓const all = Object.entries(process.env);\n", language: .javascript),
      Example("↓cat /proc/self/environ | tr '\\0' '\\n'\n", language: .shell),
      Example("↓set > /tmp/.env_dump\n", language: .shell),
      Example(
        "function pick(src, pattern) {\n  const re = new RegExp(pattern, 'i');\n  const out = {};\n  for (const k of Object.keys(src)) if (re.test(k)) out[k] = src[k];\n  return out;\n}\nexport function fingerprint() {\n  const ctx = { h: os.hostname(), e: pick(process.env, cfg.keys) };\n  ↓return Buffer.from(JSON.stringify(ctx)).toString('base64url');\n}\n",
        language: .javascript, note: "the environment put into an object that is then serialised"),
      Example(
        "func hint() string {\n\tvar b strings.Builder\n\tfor _, kv := range ↓os.Environ() {\n\t\tif strings.Contains(kv, \"TOKEN\") || strings.Contains(kv, \"SECRET\") {\n\t\t\tb.WriteString(kv)\n\t\t}\n\t}\n\treturn b.String()\n}\n",
        language: .text, path: "cmd/warm/main.go", note: "Go, a language without a lexer"),
    ],
    nonTriggeringExamples: [
      Example("import os, subprocess\nenv = os.environ.copy()\nenv['LANG'] = 'C'\nsubprocess.run(['make'], env=env)\n", language: .python, note: "environment handed to a subprocess"),
      Example("import os\ntoken = os.environ.get('NOTION_TOKEN')\n", language: .python, note: "one documented variable"),
      Example("printenv HOME\nenv FOO=1 make build\n", language: .shell, note: "one variable; env as a command wrapper"),
      Example("const port = process.env.PORT || 3000;\n", language: .javascript, note: "one variable"),
      Example(
        "const env = { ...process.env, NODE_ENV: 'test' };\nconst child = spawn('npm', ['test'], { env });\nconsole.log(JSON.stringify({ pid: child.pid }));\n",
        language: .javascript, note: "a child's environment; what is serialised is something else"),
      Example(
        "# Identity\n\nFill these in after the environment is set up.\n\n- **Address**: `<NOT SET>`\n- **Chain ID**: `<NOT SET>`\n",
        language: .markdown, note: "a placeholder in inline code is not the shell's `set`"),
      Example(
        "| Field | Type | Notes |\n|---|---|---|\n| `eosTokenIds` | `Set<Int>` | loaded from the environment config |\n",
        language: .markdown, note: "a Swift type in a table is not a command"),
      Example(
        "for _, kv := range os.Environ() {\n\tif strings.Contains(kv, \"TOKEN\") || strings.Contains(kv, \"SECRET\") {\n\t\tlog = strings.ReplaceAll(log, value(kv), \"***\")\n\t}\n}\n",
        language: .text, path: "cmd/scrub/main.go", note: "Go that masks secret values in a log"),
    ]
  )

  /// Words that serialise or persist a value.
  static let serializers: Set<String> = [
    "dumps", "dump", "stringify", "str", "repr", "print", "write", "writelines", "b64encode", "encode",
    "entries", "fromentries", "format", "log", "writefilesync", "writefile", "appendfilesync", "pformat",
    "safe_dump", "tojson", "json",
  ]

  /// Serialisers that turn a whole value into text to store or send (not a log line).
  static let strongSerializers: Set<String> = ["dumps", "dump", "stringify", "b64encode", "tojson", "safe_dump", "urlencode"]

  /// Name fragments a harvesting loop filters on.
  static let secretFilters: Set<String> = [
    "KEY", "SECRET", "TOKEN", "PASSWORD", "PASS", "PASSWD", "CREDENTIAL", "CREDENTIALS", "PRIVATE", "API_KEY",
    "AUTH", "API",
  ]

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    // A GitHub workflow or action that serialises every repository secret into one value
    // (`${{ toJSON(secrets) }}`): a step needs the secrets it names, not all of them.
    if file.source.language == .yaml {
      var found: Int?
      Self.allSecretsFilter.forEachPosition(in: file.bytes) { _, end in
        found = end - 15
        return false
      }
      if let at = found {
        // The value goes to a step; when a workflow or action of the skill uploads with
        // `curl`/`wget` to a host outside the machine, the bundle of secrets has a way out.
        let uploads = Self.workflowUploads(skill)
        sink.report(
          "serialises every repository secret into one value (toJSON(secrets))"
            + (uploads ? ", in a skill whose workflow steps upload to an external host" : ""),
          in: file, at: at..<(at + 15), severity: .high, confidence: .high, chain: uploads ? .exfiltration : nil)
      }
      return
    }
    // Plain text, and scripts in languages without a lexer (Go, Ruby, Perl, PHP …): only
    // the enumeration-and-filter check applies.
    if file.source.language == .text {
      if let harvest = Self.otherScriptHarvest(file) {
        sink.report(
          (harvest.bulk ? "the whole environment copied into data the script sends" : "environment variables with secret names collected"
            + (harvest.sends ? ", next to a network send" : "")) + " (script in a language without a lexer)",
          in: file, at: harvest.range, severity: .high, confidence: .high, chain: harvest.sends ? .exfiltration : nil)
      }
      return
    }
    var seen = Set<Int>()
    for span in ExfilCodeSpan.spans(of: file, includeInline: true) {
      let hits: [(Range<Int>, String)]
      switch span.language {
      case .shell, .powershell: hits = Self.shellHits(span, file)
      case .python, .javascript: hits = Self.codeHits(span, file)
      default: hits = []
      }
      for (range, message) in hits where seen.insert(file.source.lines.line(of: range.lowerBound)).inserted {
        // A project's own `.env` read whole is weaker evidence than bulk environment access.
        let envFile = message.contains(".env file")
        sink.report(
          message, in: file, at: range, severity: envFile ? .medium : nil, confidence: envFile ? .medium : nil,
          context: span.context(file, at: range.lowerBound), polarity: span.polarity(file, at: range))
      }
    }
  }

  static func codeHits(_ span: ExfilCodeSpan, _ file: AnalyzedFile) -> [(Range<Int>, String)] {
    let bytes = file.bytes
    let (s, sources) = file.flowFacts(span.tokens, language: span.language)
    let environment = FlowSourceIndex(sources, kind: .environment)
    guard !environment.isEmpty else { return [] }
    // Whether the span filters variables by secret-looking names: decoding every short
    // string of a large script costs more than the rest of this check, and only a loop over
    // a bulk read asks, so it is read once, on first need.
    var filtersSecretsMemo: Bool?
    func filtersSecrets() -> Bool {
      if let known = filtersSecretsMemo { return known }
      let found = span.tokens.contains { t in
        t.kind == .string && t.range.count <= 24
          && secretFilters.contains(StringLiteral.value(of: t, in: bytes, language: span.language).uppercased())
      }
      filtersSecretsMemo = found
      return found
    }
    var result: [(Range<Int>, String)] = []
    // Names a statement filled with the bulk environment (`const ctx = { e: pick(process.env,
    // KEYS) }`): serialising one of them later serialises the environment.
    var holders: [String: String] = [:]
    for (index, st) in s.statements.enumerated() {
      guard let src = environment.first(in: st.tokens) else {
        guard !holders.isEmpty else { continue }
        for k in st.tokens where s.tokens[k].kind == .word {
          guard let label = holders[s.text(k)] else { continue }
          let words = st.tokens.filter { s.tokens[$0].kind == .word }.map { s.text($0).lowercased() }
          guard words.contains(where: { strongSerializers.contains($0) }) else { break }
          let range = s.tokens[st.tokens.lowerBound].range.lowerBound..<s.tokens[st.tokens.upperBound - 1].range.upperBound
          result.append((range, "collects \(label) into '\(s.text(k))' and serialises it"))
          break
        }
        continue
      }
      let range = s.tokens[st.tokens.lowerBound].range.lowerBound..<s.tokens[st.tokens.upperBound - 1].range.upperBound
      if src.label == "process environment" {
        result.append((range, "reads the process environment (\(src.label))"))
        continue
      }
      guard src.label.hasSuffix("(bulk)") else { continue }
      let words = st.tokens.filter { s.tokens[$0].kind == .word }.map { s.text($0).lowercased() }
      let isLoop = words.first == "for" || (words.contains("for") && words.contains("if"))
      // A loop that removes the secret-named variables (`monkeypatch.delenv(name)`, `del
      // os.environ[k]`) keeps them from the code under test; it collects nothing.
      let scrubs = isLoop && Self.loopOnlyRemoves(after: index, in: s)
      let serialised = words.contains { serializers.contains($0) } || (isLoop && !scrubs && filtersSecrets())
      // `env = os.environ.copy()` alone is the subprocess idiom, not harvesting.
      let copyOnly = words.contains("copy") && !words.contains { ["dumps", "stringify", "dump", "write", "print", "json"].contains($0) }
      // The target is one name, declared or not (`ctx = …`, `const ctx = …`).
      if !serialised, !copyOnly, holders.count < 64, let last = st.target.last, s.tokens[last].kind == .word,
        st.target.count == 1 || (st.target.count == 2 && ["const", "let", "var"].contains(s.text(st.target.lowerBound)))
      {
        holders[s.text(last)] = src.label
      }
      guard serialised, !copyOnly else { continue }
      result.append((range, "collects \(src.label)"))
    }
    return result
  }

  /// Whether a workflow or composite action of the skill (a YAML file with `run:` steps)
  /// uploads with `curl`, `wget` or `Invoke-RestMethod` to a host that is not local.
  static func workflowUploads(_ skill: AnalyzedSkill) -> Bool {
    skill.cache.value(workflowUploadsSlot) {
      skill.files.contains { file in
        file.source.language == .yaml && file.bytes.count <= 1 << 20 && !file.source.isFixturePath
          && ByteSearch.contains(file.bytes, Array("run:".utf8))
          && AgentConfigTamperingRule.sendsOut(String(decoding: file.bytes, as: UTF8.self).lowercased())
      }
    }
  }

  /// `toJSON(secrets)`, any case, as GitHub's expressions are.
  static let allSecretsFilter = KeywordFilter(keywords: ["tojson(secrets)"])

  /// Whether the few statements after the loop header at `index` remove variables
  /// (`delenv`, `del`, `pop`, `unsetenv`, `delete`) and keep, write or send nothing.
  static func loopOnlyRemoves(after index: Int, in s: CodeFlowStatements) -> Bool {
    let body = s.statements.dropFirst(index + 1).prefix(4)
    var removes = false
    for st in body {
      let words = st.tokens.filter { s.tokens[$0].kind == .word }.map { s.text($0).lowercased() }
      if words.contains(where: { ["delenv", "unsetenv", "del", "delete", "pop", "remove"].contains($0) }) { removes = true }
      if words.contains(where: { ["append", "add", "update", "dumps", "dump", "write", "print", "send", "post", "extend", "setdefault"].contains($0) }) {
        return false
      }
      if st.target.count > 1 { return false }
    }
    return removes
  }

  /// Shell commands that print every environment variable in some form.
  static let bulkListers: Set<String> = ["env", "printenv", "export", "set"]

  static func shellHits(_ span: ExfilCodeSpan, _ file: AnalyzedFile) -> [(Range<Int>, String)] {
    let bytes = file.bytes
    var result: [(Range<Int>, String)] = []
    for p in span.pipelines(file) {
      guard let first = p.commands.first else { continue }
      let written = first.name(in: bytes)
      let raw = written.lowercased()
      // Arguments and words are decoded only for the few commands that can list the
      // environment: doing it for every pipeline was most of this rule's cost on scripts.
      let firstWord = first.words.first.map { ByteText.string($0.range, in: bytes).lowercased() }
      var bulk = false
      // POSIX names are case-sensitive: `SET` and `Set` are not `set` (Markdown such as
      // `<NOT SET>` or `Set<String>` reads as one of them).
      let listerName = first.dialect == .posix ? written : raw
      if Self.bulkListers.contains(listerName) || (firstWord.map { PowerShellFlow.envListers.contains($0) } ?? false) {
        let args = ExfilShellSink.arguments(first.effectiveCommand(in: bytes), bytes)
        let lowerWords = first.words.prefix(8).map { ByteText.string($0.range, in: bytes).lowercased() }
        bulk = (raw == "env" && first.words.count == 1) || (raw == "printenv" && args.isEmpty)
          || (raw == "export" && args == ["-p"]) || (raw == "set" && args.isEmpty)
          || (lowerWords.first.map { PowerShellFlow.envListers.contains($0) } ?? false && lowerWords.contains("env:"))
      }
      if bulk {
        // Only a redirection to a file writes the list somewhere (`set >` with no target is
        // a syntax error, not a dump).
        let writesFile: (ShellRedirection) -> Bool = { $0.target != nil && ByteText.string($0.op.range, in: bytes).hasSuffix(">") }
        let redirected = first.redirections.contains(where: writesFile) || p.commands.contains { c in c.redirections.contains(where: writesFile) }
        let rest = p.commands.dropFirst().map { $0.effectiveName(in: bytes).lowercased() }
        let viewers: Set<String> = ["sort", "less", "more", "head", "tail", "cat", "wc", "column"]
        let secretFilter = p.commands.dropFirst().contains { c in
          let text = ExfilShellSink.arguments(c, bytes).joined(separator: " ").lowercased()
          return ["key", "token", "secret", "pass", "api", "cred", "auth"].contains { text.contains($0) }
        }
        let grepsOne = rest.first.map { $0 == "grep" || $0 == "egrep" } ?? false
        if redirected || secretFilter || (!rest.isEmpty && !grepsOne && !rest.allSatisfy(viewers.contains)) {
          result.append((p.range, "collects every environment variable (\(raw))"))
        }
        continue
      }
      // `$vars = [Environment]::GetEnvironmentVariables()`: the whole environment kept in a
      // variable (or piped on) is a copy for later use, as `dict(os.environ)` is in Python.
      if first.dialect != .posix, ByteText.contains(p.range, "getenvironmentvariables(", in: bytes, ignoringCase: true),
        !first.assignments.isEmpty || p.commands.count > 1
      {
        result.append((p.range, "collects every environment variable ([Environment]::GetEnvironmentVariables())"))
        continue
      }
      for command in p.commands {
        let name = command.effectiveName(in: bytes).lowercased()
        guard ShellFlow.wholeFileReaders.contains(name) else { continue }
        for arg in ExfilShellSink.arguments(command.effectiveCommand(in: bytes), bytes) {
          guard let m = ExfilSources.classify(path: arg), m.kind == .environment else { continue }
          result.append((command.range, m.label == ".env file" ? "reads a .env file" : "reads the process environment (\(m.label))"))
          break
        }
      }
    }
    return result
  }
}

/// Where whether a skill's workflow steps upload is cached.
private let workflowUploadsSlot = CacheSlot<Bool>("EnvironmentHarvestingRule.workflowUploads")
