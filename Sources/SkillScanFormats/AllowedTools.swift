public import SkillScanCore

/// Reads the `allowed-tools` frontmatter value into ``ToolGrant``s.
///
/// Agents accept three spellings: a space-separated string (the spec), a comma-separated
/// string (Claude Code) and a YAML list; an entry's parentheses may contain spaces and commas
/// (`Bash(git diff *)`). All are normalised here once, so grant rules see one shape.
public enum AllowedTools {
  /// The grants in `value`, in order; empty for a missing, null or map value.
  /// - Parameter value: `frontmatter["allowed-tools"]`.
  /// - Returns: one grant per entry; list items are split like strings.
  public static func parse(_ value: YAMLValue?) -> [ToolGrant] {
    switch value {
    case .string(let text)?: return parse(text)
    case .list(let items)?: return items.flatMap { $0.scalarText.map(parse) ?? [] }
    case .number(let text)?: return parse(text)
    default: return []
    }
  }

  /// Splits an `allowed-tools` string on blanks and commas outside parentheses.
  /// - Parameter text: e.g. `Read, Grep Bash(git diff *) mcp__linear__create_issue`.
  /// - Returns: the grants, in order.
  public static func parse(_ text: String) -> [ToolGrant] {
    var splitter = Splitter()
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if splitter.depth > 0 {
        splitter.inArgument(c)
      } else if c == "(" {
        splitter.depth = 1
        splitter.hasArgument = true
      } else if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "," {
        // A blank between a name and its `(` does not end the entry: `Bash (git:*)`.
        var j = i
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
        if c != ",", j < scalars.count, scalars[j] == "(", !splitter.name.isEmpty {
          i = j
          continue
        }
        splitter.flush()
      } else {
        splitter.name.unicodeScalars.append(c)
      }
      i += 1
    }
    // An unclosed `(` keeps the rest of the text as the argument.
    splitter.flush()
    return splitter.grants
  }

  private struct Splitter {
    var grants: [ToolGrant] = []
    var name = ""
    var argument = ""
    var depth = 0
    var hasArgument = false

    mutating func inArgument(_ c: Unicode.Scalar) {
      if c == "(" { depth += 1 }
      if c == ")" {
        depth -= 1
        if depth == 0 {
          flush()
          return
        }
      }
      argument.unicodeScalars.append(c)
    }

    mutating func flush() {
      let trimmed = name.trimmingBlanks
      if !trimmed.isEmpty {
        grants.append(ToolGrant(name: trimmed, argument: hasArgument ? argument.trimmingBlanks : nil))
      }
      name = ""
      argument = ""
      depth = 0
      hasArgument = false
    }
  }
}

extension String {
  fileprivate var trimmingBlanks: String {
    var scalars = Substring(self).unicodeScalars
    while let f = scalars.first, f == " " || f == "\t" || f == "\n" || f == "\r" { scalars.removeFirst() }
    while let l = scalars.last, l == " " || l == "\t" || l == "\n" || l == "\r" { scalars.removeLast() }
    return String(scalars)
  }
}
