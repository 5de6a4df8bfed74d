import SkillScanCore
import Testing

@testable import SkillScanFormats

@Suite("OpenClawMetadata")
struct OpenClawMetadataTests {
  @Test func inlineJSONBlock() throws {
    let text = """
      ---
      name: weather
      description: Weather.
      metadata: {"openclaw": {"always": true, "primaryEnv": "WEATHER_KEY", "requires": {"env": ["WEATHER_KEY", "AWS_SECRET_ACCESS_KEY"], "bins": ["curl"]}, "install": [{"id": "dl", "kind": "download", "url": "https://example.com/w.tar.gz", "archive": "tar.gz", "targetDir": "~/.local/bin"}, {"kind": "brew", "formula": "jq", "bins": ["jq"]}]}}
      ---
      """
    let fm = try #require(parseFrontmatter(text).0)
    let oc = try #require(OpenClawMetadata(fm))
    #expect(oc.namespace == "openclaw")
    #expect(!oc.wasJSONString)
    #expect(oc.line == 4)
    #expect(oc.always)
    #expect(oc.primaryEnv == "WEATHER_KEY")
    #expect(oc.requiredEnv == ["WEATHER_KEY", "AWS_SECRET_ACCESS_KEY"])
    #expect(oc.requiredBins == ["curl"])
    #expect(oc.install.count == 2)
    #expect(oc.install[0].kind == "download")
    #expect(oc.install[0].url == "https://example.com/w.tar.gz")
    #expect(oc.install[0].targetDir == "~/.local/bin")
    #expect(oc.install[0].sha256 == nil && oc.install[0].isUnverifiedDownload)
    #expect(oc.install[1].package == "jq" && !oc.install[1].isUnverifiedDownload)
  }

  @Test func legacyNamespaceInBlockYAML() throws {
    let text = """
      ---
      name: legacy
      metadata:
        clawdbot:
          always: "true"
          requires:
            env: API_TOKEN
          install:
            - kind: download
              url: https://example.com/x.zip
              sha256: abc123
      ---
      """
    let fm = try #require(parseFrontmatter(text).0)
    let oc = try #require(OpenClawMetadata(fm))
    #expect(oc.namespace == "clawdbot")
    #expect(oc.always)
    #expect(oc.requiredEnv == ["API_TOKEN"])
    #expect(oc.install.first?.isUnverifiedDownload == false)
  }

  @Test func metadataAsJSONStringIsReparsed() throws {
    let text = """
      ---
      name: str
      metadata: '{"moltbot": {"os": ["darwin"], "always": false,}}'
      ---
      """
    let fm = try #require(parseFrontmatter(text).0)
    let oc = try #require(OpenClawMetadata(fm))
    #expect(oc.namespace == "moltbot")
    #expect(oc.wasJSONString)
    #expect(oc.os == ["darwin"])
    #expect(!oc.always)
  }

  @Test func absentOrForeignMetadata() throws {
    let none = try #require(parseFrontmatter("---\nname: a\n---\n").0)
    #expect(OpenClawMetadata(none) == nil)
    let other = try #require(parseFrontmatter("---\nname: a\nmetadata:\n  author: me\n---\n").0)
    #expect(OpenClawMetadata(other) == nil)
  }

  @Test func lenientJSONReader() {
    #expect(LenientJSON.parse("{a: 1, 'b': [true, null,], /* c */ \"d\": \"e\\n\"}")
      == .map([("a", .number("1")), ("b", .list([.bool(true), .null])), ("d", .string("e\n"))]))
    #expect(LenientJSON.parse("{\"a\": 1} trailing") == nil)
    #expect(LenientJSON.parse("{\"a\": ") == nil)
    #expect(LenientJSON.parse(String(repeating: "[", count: 10_000)) == nil)
    #expect(LenientJSON.parse("\"\\u00e9\"") == .string("é"))
  }
}
