import SkillScanCore
import Testing

@testable import SkillScanFormats

@Suite("AllowedTools")
struct AllowedToolsTests {
  @Test func spaceSeparatedWithParenthesesContainingSpaces() {
    let grants = AllowedTools.parse("Read Grep Bash(git diff *) Bash(git:*) mcp__linear__create_issue")
    #expect(grants.map(\.description) == ["Read", "Grep", "Bash(git diff *)", "Bash(git:*)", "mcp__linear__create_issue"])
    #expect(grants[2] == ToolGrant(name: "Bash", argument: "git diff *"))
    #expect(grants[0].argument == nil)
  }

  @Test func commaSeparatedAndMixed() {
    let grants = AllowedTools.parse("Read, Write,Edit , Bash(npm run test, npm run lint)")
    #expect(grants.map(\.name) == ["Read", "Write", "Edit", "Bash"])
    #expect(grants[3].argument == "npm run test, npm run lint")
  }

  @Test func yamlListAndNullAndMap() {
    let list = YAMLValue.list([.string("Read"), .string("Bash(python3 scripts/run.py:*)"), .string("Grep, Glob")])
    #expect(AllowedTools.parse(list).map(\.description) == ["Read", "Bash(python3 scripts/run.py:*)", "Grep", "Glob"])
    #expect(AllowedTools.parse(nil).isEmpty)
    #expect(AllowedTools.parse(.null).isEmpty)
    #expect(AllowedTools.parse(.map([("Bash", .bool(true))])).isEmpty)
  }

  @Test func blankBeforeParenthesisAndUnclosedParenthesis() {
    #expect(AllowedTools.parse("Bash (git:*) Read") == [ToolGrant(name: "Bash", argument: "git:*"), ToolGrant(name: "Read")])
    #expect(AllowedTools.parse("Read Bash(curl *") == [ToolGrant(name: "Read"), ToolGrant(name: "Bash", argument: "curl *")])
    #expect(AllowedTools.parse("Bash(echo (a) b)") == [ToolGrant(name: "Bash", argument: "echo (a) b")])
    #expect(AllowedTools.parse("   ").isEmpty)
  }

  @Test func unscopedShell() {
    #expect(ToolGrant(name: "Bash").isUnscopedShell)
    #expect(ToolGrant(name: "Bash", argument: "*").isUnscopedShell)
    #expect(ToolGrant(name: "bash", argument: ":*").isUnscopedShell)
    #expect(ToolGrant(name: "PowerShell").isUnscopedShell)
    #expect(!ToolGrant(name: "Bash", argument: "git diff *").isUnscopedShell)
    #expect(!ToolGrant(name: "Read").isUnscopedShell)
    #expect(ToolGrant(name: "Bash", argument: "git:*").commandPrefix == "git")
    #expect(ToolGrant(name: "Bash", argument: "npm run *").commandPrefix == "npm")
    #expect(ToolGrant(name: "Bash", argument: "*").commandPrefix == nil)
  }

  @Test func mcpGrants() {
    let one = ToolGrant(name: "mcp__linear__create_issue")
    #expect(one.isMCP && one.mcpServer == "linear" && !one.isWildcardMCP)
    #expect(ToolGrant(name: "mcp__github").isWildcardMCP)
    #expect(ToolGrant(name: "mcp__github__*").isWildcardMCP)
    #expect(ToolGrant(name: "mcp__github__*").mcpServer == "github")
    #expect(ToolGrant(name: "mcp__*").isWildcardMCP)
    #expect(!ToolGrant(name: "Read").isMCP)
  }
}
