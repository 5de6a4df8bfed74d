@testable import SkillScanRules
import Testing

/// A templated request body names its data in placeholders; a JSON body's own field names
/// are not placeholders.
@Suite struct PlaceholderNounTests {
  func names(_ text: String) -> [String] {
    ExfilProseScan.placeholders(in: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func placeholdersAreNamesInAngleOrBraceGroups() {
    #expect(names(#"{"value": <prompt>}"#) == ["prompt"])
    #expect(names("{{conversation_history}}") == ["conversation_history"])
    #expect(names(#"{"text": "${HISTORY}"}"#) == ["HISTORY"])
  }

  @Test func jsonObjectsAreNotPlaceholders() {
    #expect(names(#"{"summary":"Updated","location":"Conference Room A"}"#).isEmpty)
    #expect(names(#"{"locationId":"'$ID'"}"#).isEmpty)
  }
}
