/// Where in a skill a match sits, which decides how much weight it carries (taxonomy.md §2.2).
public enum ContextClass: String, Sendable, Codable, CaseIterable {
  /// A script file, or a fenced block in an executable language.
  case code
  /// `!` preprocessing, frontmatter hooks, install specs: run with no model in the loop.
  case loadTime = "load-time"
  /// Imperative prose addressed to the agent.
  case instruction
  /// Prose that explains without asking for action.
  case description
  /// A code span or block presented as an illustration.
  case example
  /// Files under tests/, fixtures/, examples/ or clearly named sample data.
  case fixture
  /// Frontmatter, manifests and other structured metadata.
  case metadata
}

/// Whether prose asks for, forbids or merely describes the matched behaviour (§2.3).
public enum Polarity: String, Sendable, Codable, CaseIterable {
  case affirmative, prohibitive, descriptive
}

/// How surely the agent meets the content that matched (§6.1).
public enum Reachability: String, Sendable, Codable, CaseIterable, Comparable {
  /// Test, fixture or example files that nothing references.
  case fixture
  /// Other files in the folder: an agent can list and open them.
  case present
  /// The body of `SKILL.md`, and files it tells the agent to run or read.
  case activated
  /// `!` directives, frontmatter hooks, install specs.
  case loadTime = "load-time"
  /// Frontmatter `name` and `description`: in context in every session.
  case alwaysLoaded = "always-loaded"

  /// Position in declaration order, least reachable first.
  var rank: Int {
    switch self {
    case .fixture: 0
    case .present: 1
    case .activated: 2
    case .loadTime: 3
    case .alwaysLoaded: 4
    }
  }

  public static func < (lhs: Reachability, rhs: Reachability) -> Bool { lhs.rank < rhs.rank }
}
