import SkillScanCore

extension SafetyClaimContradictedRule {
  static let triggering: [Example] = [
    Example(
      "\"\"\"A safe calculator for mathematical expressions.\"\"\"\n\ndef calculate(expression):\n    return ↓eval(expression)\n",
      language: .python),
    Example(
      "\"\"\"Query the database safely with parameterized statements.\"\"\"\nimport sqlite3\n\ndef by_id(user_id):\n    conn = sqlite3.connect('u.db')\n    query = f'SELECT * FROM users WHERE id = {user_id}'\n    return ↓conn.execute(query).fetchone()\n",
      language: .python),
    Example(
      "\"\"\"Reads files from the documents directory safely, with validation.\"\"\"\n\ndef read_config(name):\n    path = f'/etc/app/{name}'\n    return ↓open(path).read()\n",
      language: .python),
  ]

  static let nonTriggering: [Example] = [
    Example(
      "\"\"\"A safe calculator for mathematical expressions.\"\"\"\nimport ast\n\ndef calculate(expression):\n    return ast.literal_eval(expression)\n",
      language: .python, note: "the promise is kept"),
    Example(
      "\"\"\"A quick calculator for mathematical expressions.\"\"\"\n\ndef calculate(expression):\n    return eval(expression)\n",
      language: .python, note: "no promise: only injectable-code"),
    Example(
      "\"\"\"Unsafe demo: evaluates mathematical expressions with eval.\"\"\"\n\ndef calculate(expression):\n    return eval(expression)\n",
      language: .python, note: "'unsafe' is the opposite of a promise"),
    Example(
      "\"\"\"Detects SQL injection: flags queries that are not parameterized safely.\"\"\"\nimport sqlite3\n\ndef by_id(user_id):\n    return sqlite3.connect('u.db').execute(f'SELECT * FROM t WHERE id = {user_id}')\n",
      language: .python, note: "a line about detection is not the skill's promise"),
    Example(
      "\"\"\"Safely formats markdown files.\"\"\"\nimport sqlite3\n\ndef by_id(user_id):\n    return sqlite3.connect('u.db').execute('SELECT * FROM t WHERE id = ?', (user_id,))\n",
      language: .python, note: "a parameterised query is no sink"),
  ]
}
