import Foundation
import SkillScan
import Testing

@Suite("labels.jsonl parsing")
struct LabelRecordTests {
  @Test("unknown fields are ignored and integer injection ids become text")
  func decodesKnownFields() throws {
    let records = try EvaluationFixture.records()
    #expect(records.map(\.id) == ["vend__a", "wild__b", "wild__c", "fix__d", "comm__e", "inj__f"])
    let copy = records[2]
    #expect(copy.exactDupOf == "wild__b")
    #expect(copy.skillMDSHA256 == "H2")
    #expect(copy.categories == ["dropper", "c2"])
    #expect(copy.sourcePrefix == "wild")
    #expect(records[5].injectionID == "12")
    #expect(records[0].injectionID == nil)
  }

  @Test("a record without optional fields decodes with defaults")
  func minimalRecord() throws {
    let records = try LabelRecord.parseJSONLines(Data(#"{"id": "solo", "label": "benign"}"#.utf8))
    #expect(records == [LabelRecord(id: "solo", label: "benign")])
    #expect(records[0].sourcePrefix == "solo")
    #expect(EvaluationGrouping.provenance.values(of: records[0]) == [EvaluationGrouping.missing])
  }

  @Test("a bad line is reported by number")
  func badLine() {
    let text = "{\"id\": \"a\", \"label\": \"benign\"}\n\n{\"id\": \"b\"}\n"
    #expect {
      try LabelRecord.parseJSONLines(Data(text.utf8))
    } throws: { error in
      guard case EvaluationError.invalidLabels(let line, _) = error else { return false }
      return line == 3
    }
  }
}
