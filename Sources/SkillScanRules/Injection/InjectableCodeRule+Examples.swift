import SkillScanCore

extension InjectableCodeRule {
  static let triggering: [Example] = [
    Example("def calculate(expression):\n    return ↓eval(expression)\n", language: .python, note: "code injection"),
    Example(
      "import sqlite3\n\ndef find(term):\n    conn = sqlite3.connect('u.db')\n    query = f\"SELECT * FROM users WHERE name = '{term}'\"\n    return ↓conn.execute(query).fetchall()\n",
      language: .python, note: "SQL built with an f-string"),
    Example(
      "import subprocess\n\ndef fmt(path):\n    ↓subprocess.run(['bash', '-c', f'chmod 644 {path}'], check=True)\n",
      language: .python, note: "shell script string built from the argument"),
    Example(
      "import os\n\ndef read(name):\n    full = os.path.join('/srv/docs', name)\n    with ↓open(full) as f:\n        return f.read()\n",
      language: .python, note: "path under a fixed base, never checked"),
    Example(
      "const { execSync } = require('child_process');\nfunction convert(file) {\n  return ↓execSync(`pandoc ${file} -o out.pdf`);\n}\n",
      language: .javascript, note: "template string run by a shell"),
  ]

  static let nonTriggering: [Example] = [
    Example("import ast\n\ndef calculate(expression):\n    return ast.literal_eval(expression)\n", language: .python, note: "literal_eval parses, never runs"),
    Example(
      "import re\n\ndef calculate(expression):\n    if not re.fullmatch(r'[0-9+*/(). -]+', expression):\n        raise ValueError(expression)\n    return eval(expression)\n",
      language: .python, note: "input checked against an allow-list first"),
    Example(
      "def calculate(expression):\n    return eval(expression, {'__builtins__': {}}, {'pi': 3.14})\n",
      language: .python, note: "restricted builtins: a sandboxing attempt, not a raw sink"),
    Example(
      "import sqlite3\n\ndef find(term):\n    conn = sqlite3.connect('u.db')\n    return conn.execute('SELECT * FROM users WHERE name = ?', (term,)).fetchall()\n",
      language: .python, note: "parameterised query"),
    Example(
      "import subprocess\n\ndef fmt(path):\n    subprocess.run(['pandoc', '--wrap=auto', '-o', path, path], check=True)\n",
      language: .python, note: "argument list, no shell"),
    Example(
      "import os\n\ndef read(name):\n    full = os.path.realpath(os.path.join('/srv/docs', name))\n    if not full.startswith('/srv/docs/'):\n        raise ValueError(name)\n    return open(full).read()\n",
      language: .python, note: "path resolved and checked against the base"),
    Example("def show(path):\n    with open(path) as f:\n        return f.read()\n", language: .python, note: "the user's own path, no base to escape"),
    Example(
      "def test_calc(expression='1+1'):\n    assert eval(expression) == 2\n", language: .python, path: "tests/test_calc.py",
      note: "tests evaluate on purpose"),
    Example("import os\n\nSCRIPT = 'ls -la'\n\ndef main():\n    os.system(SCRIPT)\n", language: .python, note: "a constant command"),
    Example(
      "const { execSync } = require('child_process');\nfunction run(cmd) {\n  return execSync(cmd, { encoding: 'utf8' });\n}\n",
      language: .javascript, note: "a wrapper passes its command through; its callers decide what runs"),
    Example(
      "import sqlite3\n\ndef by_ids(conn, ids):\n    marks = ','.join('?' * len(ids))\n    return conn.execute(f'SELECT * FROM t WHERE id IN ({marks})', ids).fetchall()\n",
      language: .python, note: "a placeholder list for a parameterised IN query"),
  ]
}
