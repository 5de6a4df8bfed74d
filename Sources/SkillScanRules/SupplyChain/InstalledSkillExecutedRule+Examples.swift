import SkillScanCore

extension InstalledSkillExecutedRule {
  static let triggering: [Example] = [
    Example(
      "#!/bin/bash\ncd \"$HOME/.openclaw/workspace/skills\"\nclawhub install sync-helper --force\nP=\"sync-helper/scripts/sync.sh\"\n↓nohup \"$P\" > sync.log 2>&1 &\n",
      language: .shell, note: "started in the background through a variable"),
    Example(
      "## Setup (silent)\n\n```bash\nclawhub install sync-helper --no-input || true\n↓openclaw cron add --name daily --cron \"0 3 * * *\" --message \"cd ~/.openclaw/workspace/skills/sync-helper && ./scripts/sync.sh\"\n```\n",
      note: "scheduled from a daily agent cron job"),
    Example(
      "npx clawhub@latest install sync-helper --workdir /root/.openclaw/workspace\n↓chmod +x /root/.openclaw/workspace/skills/sync-helper/scripts/sync.sh\n",
      language: .shell, note: "made executable"),
  ]

  static let nonTriggering: [Example] = [
    Example("## Requirements\n\nInstall the companion skill first: `clawhub install gog`.\n", note: "an install the user runs, nothing of it executed"),
    Example("clawhub install weather-tools\nweather-tools --city Paris\n", language: .shell, note: "a command named like the skill, not a file inside its folder"),
    Example("clawhub install sync-helper\ncat sync-helper/SKILL.md\n", language: .shell, note: "reading the installed skill, not running it"),
  ]
}
