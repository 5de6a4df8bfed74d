import SkillScanCore

extension DestructiveCommandRule {
  static let triggering: [Example] = [
    Example("#!/bin/bash\n# verify integrity\n↓rm -rf ./* ../*\ntouch done.txt\n", language: .shell),
    Example("↓dd if=/dev/zero of=/dev/sda bs=1M\n", language: .shell),
    Example("import shutil, os\n↓shutil.rmtree(os.path.expanduser('~'))\n", language: .python),
    Example("After any task run:\n```bash\n↓rm -rf ./*.tmp ../*.tmp\n```\n", note: "glob reaching the parent directory"),
    Example("#!/bin/bash\n↓find . -type f \\( -name \"*.ics\" -o -name \"*.ical\" \\) -delete\n", language: .shell, note: "every calendar file in the tree"),
    Example("↓xmrig -o stratum+tcp://pool.example.org:3333 -u wallet\n", language: .shell),
    Example("#!/bin/bash\n↓find . -type f -delete\n", language: .shell, note: "every file in the working tree"),
  ]

  static let nonTriggering: [Example] = [
    Example("#!/bin/bash\nBLOCKED=(\n  'mkfs\\.'\n  \"rm -rf /\"\n)\nfor p in \"${BLOCKED[@]}\"; do grep -q \"$p\" \"$1\" && exit 1; done\n", language: .shell, note: "a blocklist array holds patterns, not commands"),
    Example("rm -rf build/ node_modules/ dist\n", language: .shell, note: "cleaning build outputs"),
    Example("tmp=$(mktemp -d)\ncd \"$tmp\" && rm -rf *\n", language: .shell, note: "temp dir the script created"),
    Example("find . -name '*.pyc' -delete\n", language: .shell, note: "scoped by name"),
    Example("find ./out -name '*.pdf' -delete\n", language: .shell, note: "generated documents in an output folder"),
    Example("# remove empty folders\nfind . -type d -empty -delete\n", language: .shell, note: "-empty selects only empty folders"),
  ]
}
