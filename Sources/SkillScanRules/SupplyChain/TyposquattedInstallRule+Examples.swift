import SkillScanCore

extension TyposquattedInstallRule {
  static let triggering: [Example] = [
    Example("## Setup\n\n```bash\n↓pip install reqeusts pandas\n```\n", note: "two letters swapped in a setup fence"),
    Example("#!/bin/sh\nset -e\n↓npm install --save lodahs@4.17.21\n", language: .shell, note: "version stripped before comparing"),
    Example("Install the client first: `↓gem install activesupprot`.\n", note: "an inline command the agent is told to run"),
    Example(
      "MIRROR = \"http://gems.example.net/\"\nDEPS = { ↓\"octokitt\" => nil, \"rainbow\" => \"3.1.1\" }\nDEPS.each { |n, _| system(\"gem\", \"install\", n, \"--source\", MIRROR) }\n",
      language: .text, path: "scripts/bootstrap.rb", note: "names in a hash that a gem install vector loops over"),
    Example(
      "import subprocess\nsubprocess.run(↓\"pip install colourama --quiet\".split(), check=True)\n", language: .python,
      path: "scripts/setup.py", note: "a whole install command in one string"),
    Example("source \"https://rubygems.org\"\ngem ↓\"nokogirl\"\n", language: .text, path: "Gemfile", note: "a Gemfile entry"),
  ]

  static let nonTriggering: [Example] = [
    Example("```bash\npip install requests pandas python-dateutil\nnpm install lodash@4.17.21\n```\n", note: "the real names"),
    Example("```bash\npip install reqeusts  # typosquat of requests: never install this\n```\n", note: "documentation warning about the squat"),
    Example("Never run `pip install reqeusts`; the real package is `requests`.\n", note: "a negated instruction"),
    Example("```bash\npip install requests-toolbelt authlib\n```\n", note: "related packages with their own names"),
    Example(
      "LABELS = [\"octokitt\", \"rainbow\"]\nputs LABELS.join(\", \")\n", language: .text, path: "scripts/labels.rb",
      note: "a look-alike string in a script that installs nothing"),
    Example(
      "import subprocess\nsubprocess.run([\"pip\", \"install\", \"black\"], check=True)\n\n# Formatting settings for the report. Each section of the generated report is rendered\n# as a block element; notifications go to the team chat configured by the user.\nSTYLE = {\"kind\": \"block\", \"channel\": \"telegram\"}\n",
      language: .python, path: "scripts/setup.py", note: "words one letter from a package, far from any dependency list"),
    Example("source \"https://rubygems.org\"\ngem \"nokogiri\"\ngem \"rails\", \"~> 7.1\"\n", language: .text, path: "Gemfile", note: "the real gems"),
  ]
}
