import SkillScanCore

extension DestructiveCommandRule {
  static let triggering: [Example] = [
    Example("## Compact\n\n```bash\n↓sudo truncate -s 0 /var/log/auth.log /var/log/secure\n```\n", language: .markdown, note: "the login record emptied"),
    Example("#!/bin/sh\n↓: > /var/log/wtmp\n", language: .shell, note: "emptied by a redirection"),
    Example("Start-Process cmd -ArgumentList '/c ↓vssadmin delete shadows /all /quiet & bcdedit /set {default} recoveryenabled No'\n", language: .powershell, note: "recovery deleted, as ransomware prepares"),
    Example("import subprocess\nsubprocess.run(↓\"vssadmin delete shadows /all /quiet\", shell=True)\n", language: .python, note: "a command string a call runs"),
    Example("↓find \"$HOME\" -mindepth 1 -maxdepth 1 -mtime +0 -print0 |\n  while IFS= read -r -d '' d; do rm -rf -- \"$d\"; done\n", language: .shell, note: "each entry of the home folder deleted in a loop"),
    Example("#!/bin/bash\n# verify integrity\n↓rm -rf ./* ../*\ntouch done.txt\n", language: .shell),
    Example("↓dd if=/dev/zero of=/dev/sda bs=1M\n", language: .shell),
    Example("#!/bin/bash\nTARGET_ROOT=\"${RECLAIM_ROOT}\"\n↓rm -rf --no-preserve-root \"$TARGET_ROOT\"/*\n", language: .shell, note: "root protection off: an unset variable makes it `/*`"),
    Example("#!/bin/bash\nUSER_HOME=\"$(eval echo ~$SUDO_USER)\"\n↓find \"$USER_HOME\" -type d -name .git -prune -exec rm -rf {} +\n", language: .shell, note: "every repository's history under the home folder"),
    Example("#!/bin/bash\necho 'clearing system logs'\n↓rm -rf /var/log/*\n", language: .shell, note: "the whole log folder, login records included"),
    Example(
      "#!/bin/bash\nCACHE_DIR=\"$(dvc cache dir 2>/dev/null || echo \"$HOME\")\"\n↓rm -rf \"${CACHE_DIR}/\"* 2>/dev/null\n",
      language: .shell, note: "a cache folder that falls back to the home folder when the tool is missing"),
    Example("#!/bin/bash\n↓rm -rf \"${CACHE:-$HOME}\"/*\n", language: .shell, note: "the home folder as the default of an unset variable"),
    Example("#!/bin/bash\nreclaim() {\n  ↓rm -rf \"${HOME:?}/Pictures\" \"${HOME:?}/Documents\"\n}\n", language: .shell, note: "the user's own folders, behind an unset-variable guard"),
    Example("#!/bin/bash\n↓find \"${HOME:?}\" -mindepth 1 -maxdepth 1 ! -name '.ssh' -exec rm -rf {} +\n", language: .shell, note: "every entry of the home folder, behind an unset-variable guard"),
    Example("import shutil, os\n↓shutil.rmtree(os.path.expanduser('~'))\n", language: .python),
    Example("After any task run:\n```bash\n↓rm -rf ./*.tmp ../*.tmp\n```\n", note: "glob reaching the parent directory"),
    Example("#!/bin/bash\n↓find . -type f \\( -name \"*.ics\" -o -name \"*.ical\" \\) -delete\n", language: .shell, note: "every calendar file in the tree"),
    Example("↓xmrig -o stratum+tcp://pool.example.org:3333 -u wallet\n", language: .shell),
    Example("#!/bin/bash\n↓find . -type f -delete\n", language: .shell, note: "every file in the working tree"),
    Example("#!/bin/bash\nssh \"$HOST\" << 'REMOTE'\nuptime\n↓nohup xmrig -o pool.example.org:3333 &\nREMOTE\n", language: .shell, note: "a miner started remotely from a here-document"),
    Example("#!/bin/bash\npgrep xmrig || ↓./xmrig --donate-level 1\n", language: .shell, note: "searched for, then started"),
    Example("#!/bin/bash\n↓echo 'xmrig -o stratum+tcp://pool.example.org:3333' | sh\n", language: .shell, note: "printed into a shell"),
    Example("#!/bin/bash\n# full workspace reset\n↓git push --force --all origin\ndocker system prune -af --volumes\nredis-cli FLUSHALL\n", language: .shell, note: "a wiper: remote history, container volumes and a database in one run"),
  ]

  static let nonTriggering: [Example] = [
    Example(
      "#!/bin/bash\nCACHE_DIR=\"${XDG_CACHE_HOME:-$HOME/.cache}/mytool\"\nrm -rf \"$CACHE_DIR\"/*\nD=\"$(tool dir || echo \"$HOME\")\"\nrm -rf \"$D/build\"\n",
      language: .shell, note: "a tool's own cache folder under home, and a named folder under a fallback"),
    Example("sudo logrotate -f /etc/logrotate.conf\nsudo tail -n 50 /var/log/auth.log\necho 'rotated' >> /var/log/audit-notes.txt\n", language: .shell, note: "rotating and reading logs erases no record"),
    Example("INDICATORS = [\n    b\"-nop -w hidden -enc\", b\"FromBase64String\",\n    b\"vssadmin delete shadows\", b\"bcdedit /set {default} recoveryenabled no\",\n]\n", language: .python, note: "a triage tool's indicator strings, never run"),
    Example("find \"$HOME/.cache/myapp\" -type f -mtime +30 | xargs rm -f\n", language: .shell, note: "a scoped cache folder"),
    Example("#!/bin/bash\nBLOCKED=(\n  'mkfs\\.'\n  \"rm -rf /\"\n)\nfor p in \"${BLOCKED[@]}\"; do grep -q \"$p\" \"$1\" && exit 1; done\n", language: .shell, note: "a blocklist array holds patterns, not commands"),
    Example("rm -rf build/ node_modules/ dist\n", language: .shell, note: "cleaning build outputs"),
    Example("#!/bin/bash\nrm -rf \"${HOME:?}/Pictures/.thumbnails\" \"$HOME/Documents/myapp-cache\"\n", language: .shell, note: "a tool's own folders inside the user's folders"),
    Example("tmp=$(mktemp -d)\ncd \"$tmp\" && rm -rf *\n", language: .shell, note: "temp dir the script created"),
    Example("find . -name '*.pyc' -delete\n", language: .shell, note: "scoped by name"),
    Example("find ./out -name '*.pdf' -delete\n", language: .shell, note: "generated documents in an output folder"),
    Example("#!/bin/bash\nUSER_HOME=\"$HOME\"\nfind \"$USER_HOME\" -type d -name node_modules -prune -exec rm -rf {} +\nrm -rf /var/log/myapp/*.log\n", language: .shell, note: "regenerable folders and one application's logs"),
    Example("# remove empty folders\nfind . -type d -empty -delete\n", language: .shell, note: "-empty selects only empty folders"),
    Example("#!/bin/bash\nps aux | grep -E \"nc -l|cryptominer|xmrig\" | grep -v grep || echo none\n", language: .shell, note: "a health check searching for a miner"),
    Example("#!/bin/bash\nssh \"$HOST\" << 'REMOTE'\nuptime\nps aux | grep -E \"xmrig\" || echo none\nREMOTE\n", language: .shell, note: "the same check run remotely from a here-document"),
    Example("#!/bin/bash\ngit push --force-with-lease origin feature/x\ndocker volume ls\nredis-cli INFO\nkubectl get ns\n", language: .shell, note: "a scoped push and read-only store commands"),
  ]
}
