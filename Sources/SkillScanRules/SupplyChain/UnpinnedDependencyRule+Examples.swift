import SkillScanCore

extension UnpinnedDependencyRule {
  static let triggering: [Example] = [
    Example("requests↓\nrich==13.7.1\n", language: .text, path: "requirements.txt"),
    Example("{\n  \"dependencies\": {\n    \"left-pad\": ↓\"^1.3.0\"\n  }\n}\n", language: .json, path: "package.json"),
    Example("#!/bin/sh\n↓pip install requests\n", language: .shell),
    Example("## Setup\n\n```bash\n↓npx -y some-tool\n```\n"),
  ]

  static let nonTriggering: [Example] = [
    Example("requests==2.32.3\nrich==13.7.1 --hash=sha256:abc\n", language: .text, path: "requirements.txt", note: "exact pins"),
    Example("#!/bin/sh\npip install -r requirements.txt\nnpm install left-pad@1.3.0\n", language: .shell, note: "pinned or from a requirements file"),
    Example("Install the dependencies listed in requirements.txt.\n", note: "prose without a command"),
  ]
}
