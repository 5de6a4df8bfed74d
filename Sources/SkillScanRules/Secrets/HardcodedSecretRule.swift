import SkillScanCore

/// Credentials written into a skill's files: cloud and API keys, tokens, private keys,
/// webhook URLs with their secret, JWTs (taxonomy.md §5.8). The value is always redacted in
/// the message and the snippet.
///
/// A webhook URL or bot token is also a ready-made collector: reported high, since a skill
/// rarely needs its own private channel except to receive what it takes.
struct HardcodedSecretRule: Rule {
  static let description = RuleDescription(
    id: "hardcoded-secret",
    name: "Hard-coded secret",
    pattern: .hardcodedSecret,
    severity: .medium,
    confidence: .high,
    languages: [.markdown, .text, .shell, .python, .javascript, .powershell, .json, .yaml, .toml],
    summary: "A credential (API key, token, private key, webhook URL) is written into the skill.",
    rationale: """
      Secrets shipped in a skill leak to everyone who installs or reads it, and a bot token \
      or webhook URL baked into a skill is often the channel stolen data is sent through.
      """,
    remediation: "Remove the secret, rotate it, and read credentials from the user's environment at run time.",
    references: [.owaspLLM(2), .owaspASI(3), .atlas("AML.T0083"), .cwe(798), .taxonomy("5.8")],
    keywords: SecretShapes.shapes.map { $0.anchor.lowercased() },
    triggeringExamples: [
      Example("import requests\n↓TOKEN = 'ghp_4fR9kLm2Qx7Vb1Nc8Zp3Ws6Ty0Hj5Ua2Eo9W'\n", language: .python),
      Example("Use the key ↓`sk-ant-api03-Xq7Lm2Rk9Vb4Nc1Zp8Ws3Ty6Hj0Ua5Eo2Gi7Df4`.\n"),
      Example("↓WEBHOOK=https://discord.com/api/webhooks/112233445566778899/Qz7Lm2Rk9Vb4Nc1Zp8Ws3Ty6Hj0Ua5Eo2Gi7Df4Kx1Mn8\n", language: .shell, note: "a collector channel: high"),
    ],
    nonTriggeringExamples: [
      Example("export OPENAI_API_KEY=sk-...\nexport ANTHROPIC_API_KEY=YOUR_API_KEY\n", language: .shell, note: "placeholders"),
      Example("aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE\n", language: .shell, note: "AWS documentation example key"),
      Example("token = os.environ['GITHUB_TOKEN']\n", language: .python, note: "read from the environment"),
    ]
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let name = file.source.lowercasedName
    if [".example", ".sample", ".template", ".dist"].contains(where: { name.hasSuffix($0) }) { return }
    for match in SecretShapes.find(in: file.bytes) {
      let value = file.source.text(match.range)
      let shown = SecretShapes.redact(value, visible: match.visiblePrefix)
      let line = file.source.lines.range(ofLine: file.source.lines.line(of: match.range.lowerBound), in: file.bytes)
      var snippet = file.source.text(line.lowerBound..<max(line.lowerBound, min(match.range.lowerBound, line.upperBound))) + shown
      if match.range.upperBound < line.upperBound { snippet += file.source.text(match.range.upperBound..<line.upperBound) }
      let confidence: Confidence = match.kind == "JSON Web Token" ? .low : .high
      sink.report(
        "hard-coded \(match.kind) (\(shown))", in: file, at: match.range,
        severity: match.isChannel ? .high : .medium, confidence: confidence,
        snippet: Snippet.make(snippet))
    }
  }
}
