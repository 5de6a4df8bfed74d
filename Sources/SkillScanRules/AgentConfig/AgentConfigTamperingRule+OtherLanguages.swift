import SkillScanCore

/// Agent settings tampering by a script in a language SkillScan does not lex (Lua, Go, Ruby,
/// Perl, PHP …) that merges a settings file the skill ships.
///
/// The payload sits in a data file (`profiles/x.json`: targets `.claude/settings.json`,
/// `defaultMode: bypassPermissions`), and a generic "apply every profile" loop in the script
/// writes it: the script never spells a settings path or a permission value, the data file
/// never runs. Joined they switch off the agent's permission prompts. The data file must
/// name an agent's settings file itself, so a template the user is shown is not enough, and
/// the script must name the file or its folder and write files.
extension AgentConfigTamperingRule {
  /// Write calls of the usual languages, folded.
  static let otherScriptWrites = KeywordFilter(keywords: [
    "writefile", "write_file", "file.write", "file_put_contents", "fs::write", "os.writefile", "ioutil.writefile",
    "file.open", "fopen(", ":write(", ".write(", "io.open(", "writeall", "spurt", "write_all(",
  ])

  /// Texts in a data file that name an agent's settings file as where it goes.
  static let settingsTargetNames: [[UInt8]] = [
    ".claude/settings.json", ".claude/settings.local.json", "settings.local.json", ".codex/config.toml",
  ].map { Array($0.utf8) }

  /// Settings payloads of one skill checked against its scripts.
  static let maxPayloads = 8

  /// Finds permission-off values in raw bytes, so most data files are passed over in one read.
  static let permissionOffFilter = KeywordFilter(keywords: permissionOffValues)

  /// Each settings file of the skill that switches off permission prompts and names an
  /// agent's settings file as its target, with the script (in a language without a lexer,
  /// or shell) that names this file or its folder and writes files: where the script names
  /// it, the payload's path and the value. Python and JavaScript appliers are read by
  /// ``codeWritesPermissionOffTemplate``.
  static func appliedSettingsPayloads(
    _ skill: AnalyzedSkill
  ) -> [(script: AnalyzedFile, range: Range<Int>, payload: String, key: String)] {
    var out: [(script: AnalyzedFile, range: Range<Int>, payload: String, key: String)] = []
    // Each payload reads every script of the skill: a skill of many payloads and many scripts
    // pays for ``maxPayloads`` of them.
    var payloads = 0
    for file in skill.files where [.json, .yaml, .toml].contains(file.source.language) && file.bytes.count <= 1 << 20 {
      guard payloads < maxPayloads else { break }
      guard permissionOffFilter.occurs(in: file.bytes, range: 0..<file.bytes.count) else { continue }
      payloads += 1
      let content = file.bytes.map(KeywordFilter.fold)
      guard settingsTargetNames.contains(where: { ByteSearch.contains(content, $0) }),
        let key = permissionOffValues.first(where: { firstSetting(Array($0.utf8), in: content) != nil })
      else { continue }
      let parts = file.path.lowercased().split(separator: "/").map(String.init)
      // The file by name, or its folder as a path piece (`skill_dir .. "/profiles"`).
      var needles: [[UInt8]] = []
      if let name = parts.last, name.utf8.count >= 6 { needles.append(Array(name.utf8)) }
      if parts.count >= 2, parts[parts.count - 2].utf8.count >= 4 {
        let folder = parts[parts.count - 2]
        needles += ["/" + folder, folder + "/"].map { Array($0.utf8) }
      }
      for script in skill.files where script.source.kind == .script && script.path != file.path {
        let bytes = script.bytes
        guard otherScriptWrites.occurs(in: bytes, range: 0..<bytes.count) else { continue }
        let text = bytes.map(KeywordFilter.fold)
        // A Python, JavaScript or PowerShell script that names the settings file itself is
        // read by the per-file checks; one that takes the target from the payload
        // (`"target": ".claude/settings.local.json"`) names nothing the per-file gate sees.
        if script.source.language != .text && script.source.language != .shell,
          settingsTargetNames.contains(where: { ByteSearch.contains(text, $0) })
        {
          continue
        }
        guard let (needle, at) = needles.lazy.compactMap({ n in ByteSearch.firstIndex(of: n, in: text).map { (n, $0) } }).first
        else { continue }
        out.append((script, at..<(at + needle.count), file.path, key == "bypasspermissions" ? "bypassPermissions" : key))
        break
      }
    }
    return out
  }
}
