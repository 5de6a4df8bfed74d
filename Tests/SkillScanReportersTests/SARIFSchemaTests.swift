import Foundation
import SkillScanCore
import SkillScanReporters
import Testing

/// Real scans rendered as SARIF and checked by an independent validator (Python
/// `jsonschema` against the OASIS 2.1.0 schema) plus GitHub's own constraints.
@Suite struct SARIFSchemaTests {
  /// `../shared/corpus/dev` beside the repository, as CI lays it out.
  static let devCorpus = SchemaSupport.packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/dev").standardizedFileURL

  /// The dev corpus scanned once per test process; nil when the corpus is absent.
  static let devReport = Task { () async throws -> ScanReport? in
    guard FileManager.default.fileExists(atPath: devCorpus.path) else { return nil }
    return try await GoldenSupport.scan(devCorpus)
  }

  private func checkGitHubConstraints(_ data: Data) throws {
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count <= 25_000)
    #expect(data.count <= 10_500_000)
    for result in results {
      let locations = try #require(result["locations"] as? [[String: Any]])
      #expect(locations.count == 1)
      let physical = locations.first?["physicalLocation"] as? [String: Any]
      let uri = (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
      #expect(!uri.isEmpty && !uri.hasPrefix("/") && !uri.contains("\\"), "uri \(uri)")
      if let region = physical?["region"] as? [String: Any] {
        #expect((region["startLine"] as? Int ?? 0) >= 1)
      }
      #expect((result["partialFingerprints"] as? [String: String])?["skillscanEvidenceHash/v1"] != nil)
    }
    let rules = (((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]) ?? []
    for rule in rules {
      let properties = rule["properties"] as? [String: Any]
      #expect(((properties?["tags"] as? [String])?.count ?? 0) <= 20)
      #expect(Double(properties?["security-severity"] as? String ?? "") != nil)
    }
  }

  @Test func bundledExamplesValidate() async throws {
    let report = try await GoldenSupport.examples.value
    let data = try SARIFReporter(options: GoldenSupport.options).render(report)
    let errors = try SchemaSupport.validate(data, schema: SchemaSupport.sarifSchemaURL)
    #expect(errors.isEmpty, "\(errors)")
    try checkGitHubConstraints(data)
  }

  @Test func devCorpusValidates() async throws {
    let started = ContinuousClock.now
    guard let report = try await Self.devReport.value else {
      print("note: \(Self.devCorpus.path) is absent; SARIF validation of the dev corpus skipped")
      return
    }
    let data = try SARIFReporter(options: GoldenSupport.options).render(report)
    let errors = try SchemaSupport.validate(data, schema: SchemaSupport.sarifSchemaURL)
    #expect(errors.isEmpty, "\(errors)")
    try checkGitHubConstraints(data)
    #expect(report.skills.count > 100)
    print("note: dev corpus SARIF: \(report.skills.count) skills, \(data.count) bytes, \(ContinuousClock.now - started)")
  }

  @Test func devCorpusMarkdownAndHTMLStayWellFormed() async throws {
    guard let report = try await Self.devReport.value else { return }
    let markdown = try MarkdownReporter().render(report)
    #expect(String(decoding: markdown, as: UTF8.self).utf16.count <= 65_536)
    let html = String(decoding: try HTMLReporter().render(report), as: UTF8.self)
    #expect(!html.lowercased().contains("<script"))
    #expect(html.components(separatedBy: "</style>").count == 2)
  }
}
