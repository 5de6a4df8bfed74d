import SkillScan
import SkillScanCore
@testable import SkillScanRules
import Testing

/// Injectable sinks in bundled scripts, and safety promises in `SKILL.md` they break: the
/// cross-file cases the single-file rule examples cannot express.
@Suite("Injectable code and broken safety promises")
struct InjectionTests {
  func judge(_ skillMD: String, _ script: String, path: String = "calc.py", language: Language = .python) -> SkillResult {
    let files = [
      SourceFile(path: "SKILL.md", bytes: Array(skillMD.utf8), kind: .instructions, language: .markdown),
      SourceFile(path: path, bytes: Array(script.utf8), kind: .script, language: language),
    ]
    let rules: [any Rule] = [InjectableCodeRule(), SafetyClaimContradictedRule()]
    return Scanner(configuration: ScanConfiguration(jobs: 1), rules: rules).judge(SkillBundle(path: "s", files: files))
  }

  static let calculator = "def calculate(expression):\n    return eval(expression)\n"

  @Test("A 'safe calculator' over eval(expression) is a deception chain at the eval, and malicious")
  func safeCalculator() throws {
    let result = judge("---\nname: calc\ndescription: A safe calculator for mathematical expressions\n---\n# Calc\n", Self.calculator)
    let finding = try #require(result.findings.first)
    #expect(result.findings.count == 1)
    #expect(finding.ruleID == "claim-contradicted-safety")
    #expect(finding.file == "calc.py")
    #expect(finding.line == 2)
    #expect(finding.chain == .deception)
    #expect(finding.message.contains("SKILL.md:3"))
    #expect(result.verdict == .malicious)
  }

  @Test("The same eval without a promise is injectable code, medium, and not malicious")
  func noPromise() throws {
    let result = judge("---\nname: calc\ndescription: A calculator for mathematical expressions\n---\n# Calc\n", Self.calculator)
    let finding = try #require(result.findings.first)
    #expect(finding.ruleID == "injectable-code")
    #expect(finding.severity == .medium)
    #expect(finding.chain == nil)
    #expect(result.verdict == .safe)
  }

  @Test("A safety word in a section that does not state the purpose is no promise")
  func promiseOutsidePurpose() {
    let md = "---\nname: calc\ndescription: A calculator.\n---\n# Calc\n\nEvaluates formulas.\n\n## Notes\n\nIt is safe to evaluate expressions in a sandbox.\n"
    #expect(judge(md, Self.calculator).findings.map(\.ruleID.rawValue) == ["injectable-code"])
  }

  @Test("A parameterised query keeps the promise; an f-string query under the same promise breaks it")
  func sqlPromise() {
    let md = "---\nname: db\ndescription: Query the database safely with parameterized statements.\n---\n# DB\n"
    let good = "import sqlite3\n\ndef find(term):\n    return sqlite3.connect('u.db').execute('SELECT * FROM t WHERE name = ?', (term,)).fetchall()\n"
    let bad = "import sqlite3\n\ndef find(table, term):\n    query = f\"SELECT * FROM {table} WHERE name = '{term}'\"\n    return sqlite3.connect('u.db').execute(query).fetchall()\n"
    #expect(judge(md, good, path: "db.py").findings.isEmpty)
    let found = judge(md, bad, path: "db.py").findings
    #expect(found.map(\.ruleID.rawValue) == ["claim-contradicted-safety"])
    #expect(found.first?.line == 5)
    #expect(found.first?.message.contains("SQL injection") == true)
  }

  @Test("Path traversal needs a literal base and no check of the resolved path")
  func pathTraversal() {
    let md = "---\nname: reader\ndescription: Reads files from the documents directory.\n---\n# R\n"
    let open = "import os\n\ndef read(name):\n    full = os.path.join('/home/u/docs', name)\n    return open(full).read()\n"
    let checked = "import os\n\ndef read(name):\n    full = os.path.realpath(os.path.join('/home/u/docs', name))\n    if not full.startswith('/home/u/docs/'):\n        raise ValueError(name)\n    return open(full).read()\n"
    let own = "def read(path):\n    return open(path).read()\n"
    let found = judge(md, open, path: "read.py").findings
    #expect(found.map(\.ruleID.rawValue) == ["injectable-code"])
    #expect(found.first?.line == 5)
    #expect(found.first?.message.hasPrefix("path traversal") == true)
    #expect(judge(md, checked, path: "read.py").findings.isEmpty)
    #expect(judge(md, own, path: "read.py").findings.isEmpty)
  }

  @Test("A JavaScript template string run by child_process is shell command injection")
  func javaScriptCommand() {
    let md = "---\nname: conv\ndescription: Converts documents.\n---\n# C\n"
    let script = "const { execSync } = require('child_process');\nfunction convert(file) {\n  return execSync(`pandoc ${file} -o out.pdf`);\n}\nfunction list() {\n  return execSync('ls');\n}\n"
    let found = judge(md, script, path: "conv.js", language: .javascript).findings
    #expect(found.map(\.ruleID.rawValue) == ["injectable-code"])
    #expect(found.first?.line == 3)
    #expect(found.first?.message.hasPrefix("shell command injection") == true)
  }

  @Test("Test files exercise eval on purpose")
  func testFile() {
    let md = "---\nname: calc\ndescription: A safe calculator for mathematical expressions\n---\n# Calc\n"
    #expect(judge(md, Self.calculator, path: "test_calc.py").findings.isEmpty)
  }
}
