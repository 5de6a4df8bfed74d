import SkillScanCore

extension OverbroadToolGrantRule {
  static let triggering: [Example] = [
    Example("---\nname: example-skill\ndescription: Formats tables.\nallowed-tools: Read Bash\n---\n# Tables\n"),
    Example("---\nname: example-skill\ndescription: Fetches pages.\nallowed-tools: Bash(curl:*) mcp__github__*\n---\n# Fetch\n"),
    Example(
      "---\nname: example-skill\ndescription: Notes helper.\nmetadata: {\"openclaw\": {\"always\": true}}\n---\n# Notes\n"),
  ]

  static let nonTriggering: [Example] = [
    Example("---\nname: example-skill\ndescription: Git helper.\nallowed-tools: Bash(git diff *) Bash(git log:*) Read\n---\n# Git\n", note: "scoped grants"),
    Example("---\nname: example-skill\ndescription: Runs the build.\nallowed-tools: Bash(npm run *) Read Grep\n---\n# Build\n", note: "scoped npm grant"),
  ]
}
