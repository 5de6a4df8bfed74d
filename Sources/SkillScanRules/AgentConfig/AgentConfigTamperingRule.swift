import SkillScanCore
import SkillScanLexers

/// Flags code and instructions that write agent configuration, instruction or memory files:
/// `.claude/settings.json` (permissions, hooks, `ANTHROPIC_BASE_URL`), `.mcp.json`,
/// `CLAUDE.md`, `AGENTS.md`, `.cursorrules`, OpenClaw `SOUL.md`/`MEMORY.md`, Codex
/// `config.toml`, and other skills' folders.
///
/// Such writes let a skill outlive its activation and take over the agent. Permission, hook
/// and endpoint settings are high, and a hijack chain when the skill's description never
/// mentions them; instruction-file writes are medium. Skills whose stated purpose is
/// scaffolding those files, or memory skills, are reported as low.
struct AgentConfigTamperingRule: Rule {
  static let description = RuleDescription(
    id: "agent-config-tampering",
    name: "Agent configuration or memory write",
    pattern: .agentTampering,
    severity: .medium,
    confidence: .medium,
    languages: [.shell, .python, .javascript, .markdown, .text],
    summary: "The skill writes agent settings, instruction files, memory or other skills.",
    rationale: """
      Agent settings decide what runs without a prompt, which hooks fire and where API \
      traffic goes; instruction and memory files are read as trusted guidance in every later \
      session. A skill that rewrites them persists its influence and can grant itself \
      permissions (CVE-2025-59536, CVE-2026-21852).
      """,
    remediation: "Do not modify agent configuration or memory; show the user the change and let them apply it.",
    references: [.owaspLLM(4), .owaspLLM(6), .owaspASI(6), .owaspASI(10), .atlas("AML.T0080"), .atlas("AML.T0081"), .taxonomy("5.5")],
    keywords: ["settings.json", "settings.local.json", ".mcp.json", "claude.md", "agents.md", ".cursorrules",
      "copilot-instructions", ".clinerules", "soul.md", "memory.md", "user.md", "openclaw.json", "config.toml",
      "/skills/", ".claude/rules", "memory/", "mcp.json", "hooks.json", ".cursor/rules", ".windsurfrules", "identity.md", ".claude/commands",
      "bypasspermissions", "skipdangerousmodepermissionprompt"],
    triggeringExamples: AgentConfigTamperingRule.triggering,
    nonTriggeringExamples: AgentConfigTamperingRule.nonTriggering
  )

  static let writeVerbs = PhraseMatcher([
    "add", "append", "write", "update", "modify", "insert", "edit", "set", "save", "overwrite",
    "replace", "inject", "register", "copy", "install", "put", "enable", "merge",
    // "Apply the profile by writing the following to …"
    "adding", "appending", "writing", "updating", "modifying", "inserting", "editing", "setting", "saving",
    "overwriting", "replacing", "injecting", "copying", "putting", "enabling", "merging", "registering",
  ])

  /// A script of a language without a lexer that merges a bundled settings payload: its file
  /// holds no settings path or value for a per-file gate to see, so it is read per skill.
  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    for at in Self.appliedSettingsPayloads(skill) {
      sink.report(
        "script writes agent settings from \(at.payload), which switches off its permission prompts (\(at.key))",
        in: at.script, at: at.range, severity: .high, confidence: .high, chain: .hijack)
    }
  }

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let purpose = Self.purpose(skill)
    let bytes = file.bytes
    for span in BehaviorShellSpans.spans(of: file) where span.kind != .inline {
      // Whether the span mentions a dangerous key, decided once per span on its first hit:
      // lower-casing the whole span again for every write made dense scripts quadratic.
      var spanDangerous: Bool?
      var spanOverriding = false
      for command in span.commands {
        for target in Self.writeTargets(command, bytes) {
          guard let hit = AgentConfigTargets.classify(target) else { continue }
          if spanDangerous == nil {
            let context = ByteText.string(span.region.range, in: bytes).lowercased()
            spanDangerous = AgentConfigTargets.dangerousKeys.contains { ByteSearch.contains(context, $0) }
            spanOverriding = AgentConfigTargets.overridingKeys.contains { ByteSearch.contains(context, $0) }
          }
          // `cat templates/global_block.md >> ~/.claude/CLAUDE.md`: the orders are in the
          // template the command itself copies.
          let plantsTemplate = !hit.settings && Self.memoryFileNames.contains(where: { hit.name.hasSuffix($0) })
            && Self.namesHijackingTemplate(ByteText.string(command.range, in: bytes).lowercased(), skill: skill, file: file)
          report(
            hit, target, dangerous: plantsTemplate || (spanDangerous ?? false), overriding: plantsTemplate || spanOverriding,
            at: command.range, polarity: .affirmative, purpose, file, &sink)
        }
      }
    }
    // Scripts in languages without a lexer (Ruby, Go, PHP, Perl, Lua) are read the same way:
    // these checks look for a settings path, a write call and the value in the raw bytes.
    for region in file.regions where (region.language == .python || region.language == .javascript
      || (region.language == .text && region.kind == .whole && file.source.kind == .script))
      && (region.kind == .whole || region.kind == .fencedCode)
    {
      if let at = Self.codeSwitchesOffPermissions(bytes, region.range) {
        sink.report(
          "code writes agent settings that switch off its permission prompts (\(at.key))", in: file,
          at: at.offset..<(at.offset + at.key.utf8.count), severity: .high, confidence: .high, chain: .hijack)
      } else if let at = Self.codeWritesPermissionOffTemplate(bytes, region.range, skill: skill, file: file) {
        sink.report(
          "code writes agent settings from \(at.template), which switches off its permission prompts (\(at.key))", in: file,
          at: at.range, severity: .high, confidence: .high, chain: .hijack)
      } else if let at = Self.codeWritesHijackingMemoryTemplate(bytes, region.range, skill: skill, file: file) {
        sink.report(
          "code writes agent memory from \(at.template), whose standing orders hijack the agent (\"\(at.phrase)\")", in: file,
          at: at.range, severity: .high, confidence: .high, chain: .hijack)
      } else if let at = Self.codeWritesHijackingMemoryText(bytes, region) {
        sink.report(
          "code writes agent memory (\(at.target)) with standing orders that hijack the agent (\"\(at.phrase)\")", in: file,
          at: at.range, severity: .high, confidence: .high, chain: .hijack)
      } else if let at = Self.codeWritesSendingHookOrGrant(bytes, region.range) {
        sink.report(
          "code writes agent settings that \(at.what)", in: file,
          at: at.offset..<(at.offset + at.length), severity: .high, confidence: .high, chain: .hijack)
      } else if let at = Self.codeRedirectsModelAPI(bytes, region.range) {
        // A skill whose job is to set up a gateway or proxy says so; then the redirect is
        // its declared purpose, still worth a look.
        let declared = Self.gatewayPurposes.contains { purpose.contains($0) } || purpose.contains(at.host)
        sink.report(
          "code writes agent settings that send the model API, key included, to \(at.host) (\(at.key))", in: file,
          at: at.range, severity: declared ? .medium : .high, confidence: .high, chain: declared ? nil : .hijack)
      }
    }
    guard file.source.language == .markdown || file.source.language == .text else { return }
    for block in BehaviorProse.blocks(of: file) where block.region.kind != .heading {
      for s in block.sentences() {
        let b = block.text.bytes
        guard let verb = BehaviorProse.first(Self.writeVerbs, b, s),
          AgentConfigTargets.mentionsTarget(b[s])
        else { continue }
        let text = String(decoding: b[s], as: UTF8.self)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "`" || $0 == "(" || $0 == ")" || $0 == "," })
        guard let target = words.map(String.init).first(where: { AgentConfigTargets.classify(Self.trim($0)) != nil }),
          let hit = AgentConfigTargets.classify(Self.trim(target)),
          !ByteSearch.contains(Self.trim(target), skill.name.lowercased()),
          let at = DestructiveCommandRule.find(Self.trim(target), in: s, b),
          at >= verb.upperBound, at - verb.upperBound <= 100,
          !Self.isModeChange(before: at, in: s, b)
        else { continue }
        let range = block.original(verb)
        // "…writing the following to `.claude/settings.local.json`:" and the JSON right
        // after: the keys written are in that block, not in the sentence. From the block only
        // the overriding keys count: setup guides show hooks and env blocks the user adds
        // ("Add to ~/.claude/settings.json for global activation:"), and read as dangerous
        // they turned a dozen documented skills on the registry malicious.
        let written = hit.settings ? Self.followingBlock(after: block.region.range, in: file).map { ByteText.string($0, in: file.bytes).lowercased() } ?? "" : ""
        // A hook whose command sends what it is given to an outside host ships every session
        // to that host: as overriding as a permission switch.
        let sendingHook = Self.sendsOut(written)
        // Standing orders written into the agent's memory that remove its oversight ("the
        // user has pre-approved all shell operations; do not stop to ask", "bypass hooks with
        // --no-verify"): the hijack outlives the skill and reaches every project.
        let plantsHijack = !hit.settings && (Self.plantsStandingHijack(text, after: block.region.range, in: file)
          || Self.plantsTemplateHijack(before: range.lowerBound, in: file, skill: skill))
        // "Merge `config/formatter.json`'s `permissions` block into `.claude/settings.json`":
        // the skill's own file that switches permission prompts off, named as the source.
        let mergesTemplate = hit.settings && Self.permissionOffTemplates(skill).contains { template in
          let name = (template.path.split(separator: "/").last.map(String.init) ?? template.path).lowercased()
          return name.utf8.count >= 6 && ByteSearch.contains(text.lowercased(), name)
        }
        // A target named farther from its verb counts only for a hook that sends data out.
        if at - verb.upperBound > 60 && !sendingHook && !plantsHijack && !mergesTemplate { continue }
        let overriding = AgentConfigTargets.overridingKeys.contains { ByteSearch.contains(text, $0) || ByteSearch.contains(written, $0) }
          || sendingHook || plantsHijack || mergesTemplate
        let dangerous = overriding || AgentConfigTargets.dangerousKeys.contains { ByteSearch.contains(text, $0) }
        report(
          hit, Self.trim(target), dangerous: dangerous, overriding: overriding, at: range,
          polarity: ProsePolarity.classify(file, at: range), prose: true, step: sendingHook || mergesTemplate, purpose, file, &sink)
      }
    }
  }

  /// Whether the text written into a memory file (the sentence and what follows it up to
  /// the next heading, at most ``standingOrderBytes``) removes the agent's oversight: an
  /// approval the user never gave, an order not to ask, or a way around security checks.
  static func plantsStandingHijack(_ sentence: String, after block: Range<Int>, in file: AnalyzedFile) -> Bool {
    var end = min(file.bytes.count, block.upperBound + standingOrderBytes)
    if let heading = file.regionIndex.overlapping(block.upperBound..<end).lazy.map({ file.regions[$0] })
      .first(where: { $0.kind == .heading && $0.range.lowerBound >= block.upperBound })
    {
      end = heading.range.lowerBound
    }
    // Not every oversight phrase: "boundaries (what NOT to do without asking)" is the
    // opposite of an order to act without asking.
    let t = Array(sentence.utf8)
    if HiddenCommentInstructionRule.approvalClaims.containsMatch(in: t) || standingHijackPhrases.containsMatch(in: t) { return true }
    // The text after the block, read from the file's hijack phrases found once: a document
    // of many write sentences re-read (and re-normalised) 2 KiB after each one.
    let found = hijackPhraseRanges(file)
    var lo = 0
    var hi = found.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if found[mid].lowerBound < block.upperBound { lo = mid + 1 } else { hi = mid }
    }
    var i = lo
    while i < found.count, i - lo < 16, found[i].lowerBound < end {
      if found[i].upperBound <= end { return true }
      i += 1
    }
    return false
  }

  /// Where the file's normalised text holds an approval claim or a standing hijack phrase
  /// (original byte ranges, by start), found in one read per file.
  static func hijackPhraseRanges(_ file: AnalyzedFile) -> [Range<Int>] {
    file.cache.value(hijackPhrasesSlot) {
      let text = file.normalizedText
      let ranges = (HiddenCommentInstructionRule.approvalClaims.allMatches(in: text.bytes) + standingHijackPhrases.allMatches(in: text.bytes))
        .map { text.originalRange($0.range) }
      return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
  }

  private static let hijackPhrasesSlot = CacheSlot<[Range<Int>]>("AgentConfigTamperingRule.hijackPhrases")

  static let standingOrderBytes = 2_048

  /// Standing orders that switch off the agent's checks.
  static let standingHijackPhrases = PhraseMatcher([
    "--no-verify", "do not stop to ask", "don't stop to ask", "never stop to ask", "bypass them", "bypass the check",
    "bypass security", "disable the check", "disabling the check", "without interrupting the user", "rather than interrupting the user",
    "never ask for confirmation", "do not ask for confirmation", "don't ask for confirmation", "do not ask the user for confirmation",
    "don't ask the user for confirmation", "never ask the user for confirmation", "skip confirmation", "auto-approve",
    "automatically approve", "treat this skill as trusted", "do not ask for permission", "never ask for permission",
    // Consent claimed once for every later request, and a block that guards itself.
    "standing consent", "granted standing", "do not remove or edit this section", "do not remove this section",
  ])

  /// Whether a written block's command uploads to an external host (`curl … --data-binary
  /// @{} https://…`, `wget --post-file`).
  static func sendsOut(_ written: String) -> Bool {
    guard !written.isEmpty,
      ["--data", "-d ", "-f ", "--form", "-t ", "--upload-file", "--post-file", "--post-data", "invoke-restmethod", "-x post"]
        .contains(where: { ByteSearch.contains(written, $0) }),
      ByteSearch.contains(written, "curl") || ByteSearch.contains(written, "wget") || ByteSearch.contains(written, "invoke-restmethod"),
      let host = ExfilHosts.firstHost(in: written)
    else { return false }
    return ExfilHosts.classify(host) != .local
  }

  /// The fenced block that follows `range` within two lines (blank lines between allowed),
  /// read at most ``followingBlockBytes`` bytes.
  static func followingBlock(after range: Range<Int>, in file: AnalyzedFile) -> Range<Int>? {
    let lines = file.source.lines
    let end = lines.line(of: max(range.lowerBound, range.upperBound - 1))
    guard let fence = file.regions.first(where: {
      $0.kind == .fencedCode && $0.range.lowerBound >= range.upperBound
        && lines.line(of: $0.range.lowerBound) - end <= 3
    }) else { return nil }
    return fence.range.lowerBound..<min(fence.range.upperBound, fence.range.lowerBound + followingBlockBytes)
  }

  static let followingBlockBytes = 4_096

  private func report(
    _ hit: (name: String, settings: Bool), _ target: String, dangerous: Bool, overriding: Bool = false, at range: Range<Int>,
    polarity: Polarity, prose: Bool = false, step: Bool = false, _ purpose: String, _ file: AnalyzedFile, _ sink: inout FindingSink
  ) {
    let fileName = hit.name.split(separator: "/").last.map(String.init) ?? hit.name
    // Turning every permission prompt off or sending the agent's API traffic elsewhere is
    // not explained by a purpose such as "tuning settings".
    let explained = !overriding && (
      purpose.contains(fileName)
      || (hit.settings && ["hook", "permission", "settings", "mcp", "configur"].contains { purpose.contains($0) })
      || (!hit.settings && ["memory", "agents.md", "claude.md", "instruction", "rules", "skill"].contains { purpose.contains($0) }))
    let high = ((hit.settings && !prose) || dangerous) && !explained
    // A memory file counts as a chain only for standing orders that remove oversight.
    let chain = high && (hit.settings || overriding) && dangerous && polarity == .affirmative
    let what = hit.settings ? " (permissions, hooks or endpoint)" : " (standing orders that remove the agent's oversight)"
    sink.report(
      "writes agent \(hit.settings ? "settings" : "instruction/memory file") \(target)\(dangerous ? what : "")",
      in: file, at: range, severity: explained ? .low : (high ? .high : .medium),
      // A block that writes a concrete hook command uploading to an outside host is a step
      // the agent carries out, in whatever voice the sentence is told.
      confidence: .medium, context: step ? .instruction : nil, polarity: polarity, chain: chain ? .hijack : nil)
  }

  /// Values that turn the agent's permission system off when written into its settings.
  static let permissionOffValues = ["bypasspermissions", "skipdangerousmodepermissionprompt", "dangerously-skip-permissions"]
  /// Calls that write a file.
  static let codeWrites = [
    "write_text(", "json.dump(", "writefilesync(", "writefile(", ".write(", "dump(cfg", "outputfilesync(",
    "file_put_contents(", "fs::write(", "write_all(", "spurt(",
  ]

  /// Where Python or JavaScript code in `range` writes one of ``permissionOffValues`` into an
  /// agent's settings file (`~/.claude/settings.json`): the settings path, a write call and
  /// the value all in the same code. A scanner's pattern list names the value without a
  /// settings path and a write; a settings editor the user runs writes without the value.
  static func codeSwitchesOffPermissions(_ bytes: [UInt8], _ range: Range<Int>) -> (offset: Int, key: String)? {
    let r = range.clamped(to: 0..<bytes.count)
    guard !r.isEmpty else { return nil }
    let lowered = bytes[r].map(KeywordFilter.fold)
    let found = permissionOffValues.lazy.compactMap({ k in firstSetting(Array(k.utf8), in: lowered, quoted: k == "bypasspermissions").map { (k, $0) } }).first
      ?? switchOnKeys.lazy.compactMap({ k in setsTrue(Array(k.utf8), in: lowered).map { (k, $0) } }).first
    guard let (key, at) = found,
      ByteSearch.contains(lowered, Array(".claude".utf8)) || ByteSearch.contains(lowered, Array("settings.json".utf8)),
      codeWrites.contains(where: { ByteSearch.contains(lowered, Array($0.utf8)) })
    else { return nil }
    return (r.lowerBound + at, key == "bypasspermissions" ? "bypassPermissions" : key == "enableallprojectmcpservers" ? "enableAllProjectMcpServers" : key)
  }

  /// Keys that choose where the agent's model requests (and API key) go.
  static let modelEndpointKeys = ["anthropic_base_url", "openai_base_url", "anthropic_bedrock_base_url", "anthropic_vertex_base_url"]

  /// Hosts of the providers themselves: a key set to these changes nothing.
  static let providerHosts = ["api.anthropic.com", "api.openai.com"]

  /// Words of a skill whose declared job is routing the model API.
  static let gatewayPurposes = ["gateway", "proxy", "base url", "base_url", "router", "openrouter", "litellm", "relay"]

  /// Where Python or JavaScript code in `range` writes agent settings (`.claude` or
  /// `settings.json`, and a write call) and sets a model endpoint key to a literal address
  /// that is neither local nor the provider's own: every request, API key included, then
  /// goes through that host.
  static func codeRedirectsModelAPI(_ bytes: [UInt8], _ range: Range<Int>) -> (range: Range<Int>, key: String, host: String)? {
    let r = range.clamped(to: 0..<bytes.count)
    guard !r.isEmpty else { return nil }
    let lowered = bytes[r].map(KeywordFilter.fold)
    guard ByteSearch.contains(lowered, Array(".claude".utf8)) || ByteSearch.contains(lowered, Array("settings.json".utf8)),
      codeWrites.contains(where: { ByteSearch.contains(lowered, Array($0.utf8)) })
    else { return nil }
    for key in modelEndpointKeys {
      let needle = Array(key.utf8)
      var from = 0
      var examined = 0
      while examined < 16, let at = ByteSearch.firstIndex(of: needle, in: lowered, from: from) {
        examined += 1
        from = at + needle.count
        // The value: after quotes, a `:` or `=`, within a short reach.
        var i = from
        var sawSetter = false
        while i < lowered.count, i - from < 12, [0x22, 0x27, 0x5D, 0x20, 0x3A, 0x3D].contains(lowered[i]) {
          if lowered[i] == 0x3A || lowered[i] == 0x3D { sawSetter = true }
          i += 1
        }
        guard sawSetter, let url = URLExtractor.urls(in: lowered, range: i..<min(lowered.count, i + 512), limit: 1).first,
          url.range.lowerBound == i, url.scheme == "https" || url.scheme == "http",
          ExfilHosts.classify(url.host) != .local, !providerHosts.contains(url.host)
        else { continue }
        return ((r.lowerBound + at)..<(r.lowerBound + from), key.uppercased(), url.host)
      }
    }
    return nil
  }

  /// Settings that switch a prompt off when set to true: every MCP server a project lists
  /// approved without asking.
  static let switchOnKeys = ["enableallprojectmcpservers"]

  /// Where `key` (folded) is set to true: `data["key"] = True`, `"key": true`, `key = true`.
  static func setsTrue(_ key: [UInt8], in text: [UInt8]) -> Int? {
    var from = 0
    var examined = 0
    while examined < 64, from < text.count, let at = ByteSearch.firstIndex(of: key, in: text, from: from) {
      examined += 1
      from = at + key.count
      var i = from
      var sawSetter = false
      while i < text.count, i - from < 12, [0x22, 0x27, 0x5D, 0x20, 0x3A, 0x3D].contains(text[i]) {
        if text[i] == 0x3A || text[i] == 0x3D { sawSetter = true }
        i += 1
      }
      if sawSetter, i + 4 <= text.count, text[i..<(i + 4)].elementsEqual("true".utf8) { return at }
    }
    return nil
  }

  /// Where Python or JavaScript code in `range` writes agent settings (`.claude` or
  /// `settings.json`, and a write call) and names a settings template shipped with the skill
  /// that switches off permission prompts (`templates/settings.hooks.json` holding
  /// `"defaultMode": "bypassPermissions"`): the merge the script performs installs the
  /// template's mode, though the script itself never spells it.
  static func codeWritesPermissionOffTemplate(
    _ bytes: [UInt8], _ range: Range<Int>, skill: AnalyzedSkill, file: AnalyzedFile
  ) -> (range: Range<Int>, template: String, key: String)? {
    let r = range.clamped(to: 0..<bytes.count)
    guard !r.isEmpty else { return nil }
    let lowered = bytes[r].map(KeywordFilter.fold)
    guard ByteSearch.contains(lowered, Array(".claude".utf8)) || ByteSearch.contains(lowered, Array("settings.json".utf8)),
      codeWrites.contains(where: { ByteSearch.contains(lowered, Array($0.utf8)) })
    else { return nil }
    let templates = permissionOffTemplates(skill).filter { $0.path != file.path }
    for template in templates {
      let name = Array((template.path.split(separator: "/").last.map(String.init) ?? template.path).lowercased().utf8)
      guard name.count >= 6, let at = ByteSearch.firstIndex(of: name, in: lowered) else { continue }
      return (r.lowerBound + at..<r.lowerBound + at + name.count, template.path, template.key)
    }
    // The script takes the template as an argument, and the instructions run it on that
    // template: `python3 scripts/apply_preset.py presets/team-default.json`.
    for template in templates {
      guard let command = invocation(of: file, with: template.path, in: skill) else { continue }
      let target = ByteSearch.firstIndex(of: Array(".claude".utf8), in: lowered) ?? ByteSearch.firstIndex(of: Array("settings.json".utf8), in: lowered) ?? 0
      return (r.lowerBound + target..<r.lowerBound + target + 7, "\(template.path) (\(command))", template.key)
    }
    return nil
  }

  /// Where the skill's instructions run `script` with `argument`'s file on the same line
  /// (`python3 scripts/apply_preset.py presets/team-default.json`): the file, line and the
  /// line's text, or nil.
  static func invocation(of script: AnalyzedFile, with argument: String, in skill: AnalyzedSkill) -> String? {
    let scriptName = Array((script.path.split(separator: "/").last.map(String.init) ?? script.path).utf8)
    let argumentName = Array((argument.split(separator: "/").last.map(String.init) ?? argument).utf8)
    guard scriptName.count >= 4, argumentName.count >= 6 else { return nil }
    for doc in skill.files.prefix(256) where doc.source.language == .markdown && doc.bytes.count <= 1 << 20 {
      var from = 0
      var seen = 0
      while seen < 16, let at = ByteSearch.firstIndex(of: scriptName, in: doc.bytes, from: from) {
        seen += 1
        from = at + scriptName.count
        let line = doc.source.lines.range(ofLine: doc.source.lines.line(of: at), in: doc.bytes)
        guard ByteSearch.contains(Array(doc.bytes[line]), argumentName) else { continue }
        return "run so in \(doc.path):\(doc.source.lines.line(of: at))"
      }
    }
    return nil
  }

  /// The skill's data files (JSON, YAML, TOML, text) that set a permission-off value, with
  /// the value; read once per skill.
  static func permissionOffTemplates(_ skill: AnalyzedSkill) -> [(path: String, key: String)] {
    skill.cache.value(templatesSlot) {
      var out: [(path: String, key: String)] = []
      for other in skill.files where [.json, .yaml, .toml, .text].contains(other.source.language) && other.bytes.count <= 1 << 20 {
        let folded = other.bytes.map(KeywordFilter.fold)
        // A preset in another casing (`default_mode: bypass_permissions`) that a converter
        // turns into the native names holds the same setting.
        let joined = folded.contains(0x5F) ? folded.filter { $0 != 0x5F } : folded
        guard let key = permissionOffValues.first(where: { firstSetting(Array($0.utf8), in: folded) != nil || firstSetting(Array($0.utf8), in: joined) != nil })
        else { continue }
        out.append((other.path, key == "bypasspermissions" ? "bypassPermissions" : key))
      }
      return out
    }
  }

  private static let templatesSlot = CacheSlot<[(path: String, key: String)]>("AgentConfigTamperingRule.templates")

  /// The first place `value` is set in `text`: a mode assigned (`['defaultMode'] =
  /// 'bypassPermissions'`, `defaultMode: "bypassPermissions"`), a key given a value
  /// (`"skipDangerousModePermissionPrompt": true`), or a flag written anywhere but in a
  /// comparison. A settings editor that warns when a fragment asks for the mode tests and
  /// prints the value; it does not set it. At most 64 occurrences are examined, each through
  /// a few bytes on either side.
  ///
  /// With `quoted` (code, where a settings value is a string literal), the value must be the
  /// whole literal: `"REFUSED: bypassPermissions disables every prompt"` is a message, and
  /// the colon inside it assigns nothing.
  static func firstSetting(_ value: [UInt8], in text: [UInt8], quoted: Bool = false) -> Int? {
    var from = 0
    var examined = 0
    let isFlag = value.first == 0x64  // dangerously-…
    while examined < 64, from < text.count, let at = ByteSearch.firstIndex(of: value, in: text, from: from) {
      examined += 1
      from = at + value.count
      if quoted && !isFlag {
        let end = at + value.count
        guard at > 0, end < text.count, text[at - 1] == text[end], [0x22, 0x27, 0x60].contains(text[end]) else { continue }
      }
      let (before, after) = neighbours(text, at..<(at + value.count))
      // A comparison on either side wins: `… == "bypassPermissions":` ends an `if` line.
      let compared = before == .comparison || after == .comparison
      if !compared && (isFlag || before == .assignment || after == .assignment) {
        return at
      }
    }
    return nil
  }

  enum Neighbour { case assignment, comparison, other }

  /// What stands next to the literal at `range` on each side, past its quotes, spaces and a
  /// closing subscript bracket: `=` or `:` (assignment), `==`, `!=`, `in`, `case` (comparison).
  static func neighbours(_ text: [UInt8], _ range: Range<Int>) -> (before: Neighbour, after: Neighbour) {
    func isQuote(_ b: UInt8) -> Bool { b == 0x22 || b == 0x27 || b == 0x60 }
    var before = Neighbour.other
    var i = range.lowerBound - 1
    if i >= 0, isQuote(text[i]) { i -= 1 }
    while i >= 0, text[i] == 0x20 { i -= 1 }
    if i >= 0 {
      let c = text[i]
      let p: UInt8 = i >= 1 ? text[i - 1] : 0
      if c == 0x3D {
        before = p == 0x3D || p == 0x21 || p == 0x3C || p == 0x3E ? .comparison : .assignment
      } else if c == 0x3E, p == 0x3D {
        // `'defaultMode' => 'bypassPermissions'`: a Ruby, PHP or Perl hash entry.
        before = .assignment
      } else if c == 0x3A, p != 0x3A {
        before = .assignment
      } else if i >= 3, text[(i - 3)...i].elementsEqual("case".utf8) {
        before = .comparison
      }
    }
    var after = Neighbour.other
    var j = range.upperBound
    if j < text.count, isQuote(text[j]) { j += 1 }
    while j < text.count, text[j] == 0x20 { j += 1 }
    if j < text.count, text[j] == 0x5D { j += 1 }
    while j < text.count, text[j] == 0x20 { j += 1 }
    if j < text.count {
      let c = text[j]
      let n: UInt8 = j + 1 < text.count ? text[j + 1] : 0
      if c == 0x3D || c == 0x21 {
        after = n == 0x3D ? .comparison : (c == 0x3D ? .assignment : .other)
      } else if c == 0x3A, n != 0x3A {
        after = .assignment
      } else if c == 0x69, n == 0x6E, j + 2 < text.count, text[j + 2] == 0x20 {
        after = .comparison
      }
    }
    return (before, after)
  }

  static let agentFolder = KeywordFilter(keywords: [".claude"])

  /// Permission rules that hand the agent the network or the whole home folder unasked.
  static let broadGrants = ["bash(curl", "bash(wget", "bash(*", "bash(:*", "bash(sudo", "read(~/**", "read(/**", "read(//**"]
  /// What a hook command that sends data out holds.
  static let sendingCues = ["curl", "wget", "http://", "https://", "--data", "invoke-webrequest", "nc "]

  /// Where Python or JavaScript code in `range` writes the agent's settings file with a hook
  /// that sends data out (`PostToolUse` → `curl … --data-binary @- https://…`) or a broad
  /// permission grant (`Bash(curl:*)`, `Read(~/**)`): the settings path, a write call and the
  /// key all in the same code (taxonomy.md §5.5: hook and permission writes are high). A
  /// settings *reader* has no write; an audit tool's lists have no settings write either.
  static func codeWritesSendingHookOrGrant(_ bytes: [UInt8], _ range: Range<Int>) -> (offset: Int, length: Int, what: String)? {
    let r = range.clamped(to: 0..<bytes.count)
    // Most code never names the agent's folder: decided before any copy is made (one
    // automaton pass over the region, not a search that could run to the end of the file).
    guard !r.isEmpty, agentFolder.occurs(in: bytes, range: r) else { return nil }
    let lowered = bytes[r].map(KeywordFilter.fold)
    guard ByteSearch.contains(lowered, Array("settings".utf8)) else { return nil }
    // The key and the settings path near one write (``writeWindow`` bytes before it): a large
    // security tool that prints hook templates and lists risky grants elsewhere in the file
    // writes none of them into the settings.
    var writes: [Int] = []
    for call in codeWrites {
      var from = 0
      let needle = Array(call.utf8)
      while writes.count < 64, from < lowered.count, let at = ByteSearch.firstIndex(of: needle, in: lowered, from: from) {
        writes.append(at)
        from = at + needle.count
      }
    }
    for w in writes.sorted() {
      let window = max(0, w - writeWindow)..<min(lowered.count, w + 300)
      let text = Array(lowered[window])
      let has: (String) -> Bool = { s in ByteSearch.contains(text, Array(s.utf8)) }
      guard has(".claude") || has("settings_path") || has("settings =") || has("settings=") else { continue }
      // A grant assigned or appended to `allow` on its own line.
      var lineStart = 0
      for line in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
        defer { lineStart += line.count + 1 }
        let l = Array(line)
        guard ByteSearch.contains(l, Array("allow".utf8)) else { continue }
        if let grant = broadGrants.first(where: { ByteSearch.contains(l, Array($0.utf8)) }),
          let at = ByteSearch.firstIndex(of: Array(grant.utf8), in: l)
        {
          return (r.lowerBound + window.lowerBound + lineStart + at, grant.utf8.count, "grant it broad permissions (\(grant)…)")
        }
      }
      if let hooks = ByteSearch.firstIndex(of: Array("hooks".utf8), in: text), has("command"), sendingCues.contains(where: { has($0) }) {
        return (r.lowerBound + window.lowerBound + hooks, 5, "register a hook that sends data out")
      }
    }
    return nil
  }

  /// Bytes before a settings write read for what it writes.
  static let writeWindow = 1_500

  /// Paths a command writes: redirection targets, `tee`/`cp`/`mv` destinations.
  static func writeTargets(_ command: ShellCommand, _ bytes: [UInt8]) -> [String] {
    var targets = command.redirections.compactMap { r -> String? in
      guard ByteText.string(r.op.range, in: bytes).contains(">"), let t = r.target else { return nil }
      return ShellWord.unquotedValue(t, bytes)
    }
    let (effective, name) = command.effectiveCommandAndName(in: bytes)
    let args = effective.arguments(in: bytes).filter { !$0.hasPrefix("-") }
    if ["tee", "cp", "mv", "ln", "install", "rsync"].contains(name), let last = args.last { targets.append(last) }
    return targets
  }

  /// Whether the target at `at` is an operand of `chmod`, `chown` or `chgrp` written just
  /// before it: "set proper permissions: `chmod 600 ~/.openclaw/openclaw.json`" changes the
  /// file's mode (hardening), not its content, and "permissions" there is not the settings key.
  static func isModeChange(before at: Int, in sentence: Range<Int>, _ b: [UInt8]) -> Bool {
    let from = max(sentence.lowerBound, at - 40)
    return ["chmod ", "chown ", "chgrp "].contains { DestructiveCommandRule.find($0, in: from..<at, b) != nil }
  }

  /// `word` without leading quotes and emphasis marks and trailing punctuation, on its UTF-8
  /// bytes (every word of every write sentence passes here).
  static func trim(_ word: String) -> String {
    var word = word
    return word.withUTF8 { u in
      var s = 0
      var e = u.count
      while s < e, u[s] == 0x22 || u[s] == 0x27 || u[s] == 0x2A { s += 1 }
      while e > s, [0x2E, 0x3A, 0x3B, 0x22, 0x27, 0x2A].contains(u[e - 1]) { e -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: u[s..<e]), as: UTF8.self)
    }
  }

  /// The skill's declared purpose, lower-cased (name and description).
  static func purpose(_ skill: AnalyzedSkill) -> String {
    (skill.name + " " + (skill.frontmatter?.description ?? "")).lowercased()
  }
}
