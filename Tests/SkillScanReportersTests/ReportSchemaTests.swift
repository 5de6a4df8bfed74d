import Foundation
import SkillScanCore
import SkillScanReporters
import Testing

@Suite struct ReportSchemaTests {
  @Test func schemaEnumsEqualTheSwiftEnums() throws {
    #expect(try SchemaSupport.enumValues("verdict") == Verdict.allCases.map(\.rawValue))
    #expect(try SchemaSupport.enumValues("severity") == Severity.allCases.map(\.rawValue))
    #expect(try SchemaSupport.enumValues("confidence") == Confidence.allCases.map(\.rawValue))
    #expect(try SchemaSupport.enumValues("context") == ContextClass.allCases.map(\.rawValue))
    #expect(try SchemaSupport.enumValues("polarity") == Polarity.allCases.map(\.rawValue))
    #expect(try SchemaSupport.enumValues("reachability") == Reachability.allCases.map(\.rawValue))
    #expect(try SchemaSupport.enumValues("pattern") == PatternID.allCases.map(\.rawValue))
    #expect(try SchemaSupport.enumValues("category") == Category.allCases.map(\.rawValue))
    #expect(try SchemaSupport.enumValues("chain") == ChainKind.allCases.map(\.rawValue))
    #expect(try SchemaSupport.enumValues("suppression.kind") == suppressionKinds.map(\.rawValue))
    let severities = try SchemaSupport.schema()["$defs"]
      .flatMap { ($0 as? [String: Any])?["summary"] as? [String: Any] }
      .flatMap { ($0["properties"] as? [String: Any])?["by_severity"] as? [String: Any] }
      .flatMap { $0["required"] as? [String] }
    #expect(severities.map(Set.init) == Set(Severity.allCases.map(\.rawValue)))
  }

  /// `Suppression.Kind` is not `CaseIterable`; the switch fails to compile when a case is
  /// added, which sends whoever adds it here and to the schema.
  private var suppressionKinds: [Suppression.Kind] {
    let kinds: [Suppression.Kind] = [.inline, .config, .baseline]
    for kind in kinds {
      switch kind {
      case .inline, .config, .baseline: break
      }
    }
    return kinds
  }

  @Test func handmadeReportsValidate() throws {
    for report in [SampleReport.report, SampleReport.empty] {
      let errors = try SchemaSupport.validate(try JSONReporter().render(report))
      #expect(errors.isEmpty, "\(errors)")
    }
  }

  @Test func schemaRejectsValuesOutsideTheModel() throws {
    // Proves the validator really checks: an unknown severity and an extra key must fail.
    let good = String(decoding: try JSONReporter().render(SampleReport.report), as: UTF8.self)
    let badSeverity = good.replacingOccurrences(of: "\"severity\" : \"critical\"", with: "\"severity\" : \"fatal\"")
    #expect(try !SchemaSupport.validate(Data(badSeverity.utf8)).isEmpty)
    let extraKey = good.replacingOccurrences(of: "\"rule_id\" :", with: "\"ruleId\" : \"x\",\n\"rule_id\" :")
    #expect(try !SchemaSupport.validate(Data(extraKey.utf8)).isEmpty)
  }
}
