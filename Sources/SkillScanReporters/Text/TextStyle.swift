import SkillScanCore

/// ANSI styling for text output, or none at all.
///
/// The caller decides whether colour is wanted (a TTY and no `NO_COLOR`); with colour off
/// every function returns its input unchanged, so piped output never carries escape codes.
struct TextStyle: Sendable {
  let enabled: Bool

  func paint(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  func bold(_ text: String) -> String { paint(text, "1") }
  func dim(_ text: String) -> String { paint(text, "2") }

  func severity(_ severity: Severity, _ text: String) -> String {
    switch severity {
    case .critical: paint(text, "1;31")
    case .high: paint(text, "31")
    case .medium: paint(text, "33")
    case .low: paint(text, "36")
    case .info: paint(text, "2")
    }
  }

  func verdict(_ verdict: Verdict, _ text: String) -> String {
    switch verdict {
    case .malicious: paint(text, "1;31")
    case .suspicious: paint(text, "1;33")
    case .safe: paint(text, "32")
    }
  }
}
