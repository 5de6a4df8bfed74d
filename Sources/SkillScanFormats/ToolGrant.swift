import Foundation

/// One entry of `allowed-tools`: a tool name and an optional argument pattern.
///
/// `allowed-tools` pre-approves tools (no permission prompt) for the turn that invoked the
/// skill; it is not a sandbox (formats.md §3.3). Rules on over-broad grants reason about
/// these values instead of re-splitting strings.
public struct ToolGrant: Sendable, Hashable, CustomStringConvertible {
  /// The tool, as written: `Bash`, `Read`, `mcp__linear__create_issue`, `WebFetch`.
  public var name: String
  /// The text inside the parentheses, as written: `git diff *`, `git:*`, `domain:x.com`.
  public var argument: String?

  public init(name: String, argument: String? = nil) {
    self.name = name
    self.argument = argument
  }

  /// The grant as it would be written in `allowed-tools`.
  public var description: String { argument.map { "\(name)(\($0))" } ?? name }

  /// Whether the tool runs shell commands (`Bash`, `Shell`, `PowerShell` and look-alikes).
  public var isShell: Bool {
    let shellTools: Set<String> = [
      "bash", "shell", "sh", "zsh", "powershell", "pwsh", "terminal", "exec", "execute",
      "run_shell_command", "run_terminal_cmd", "command", "cmd",
    ]
    return shellTools.contains(name.lowercased())
  }

  /// Whether the argument allows anything: absent, empty, or only `*`, `:` and blanks.
  public var hasUnrestrictedArgument: Bool {
    guard let argument else { return true }
    return argument.unicodeScalars.allSatisfy { $0 == "*" || $0 == ":" || $0 == " " }
  }

  /// A shell grant without a command prefix (`Bash`, `Bash(*)`, `Bash(:*)`): any command runs
  /// without a prompt.
  public var isUnscopedShell: Bool { isShell && hasUnrestrictedArgument }

  /// The command a scoped shell grant allows: `git` for `Bash(git diff *)` and `Bash(git:*)`.
  public var commandPrefix: String? {
    guard isShell, let argument, !hasUnrestrictedArgument else { return nil }
    let head = argument.split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init)
    return head.flatMap { $0 == "*" ? nil : $0 }
  }

  /// Whether the name has a wildcard (`*`, `mcp__github__*`).
  public var hasWildcardName: Bool { name.contains("*") }

  /// Whether the tool comes from an MCP server (`mcp__server__tool`).
  public var isMCP: Bool { name.lowercased().hasPrefix("mcp__") }

  /// The MCP server of an MCP grant: `linear` for `mcp__linear__create_issue`.
  public var mcpServer: String? {
    guard isMCP else { return nil }
    let rest = name.dropFirst(5)
    guard let end = rest.range(of: "__") else { return rest.isEmpty ? nil : String(rest) }
    return String(rest[rest.startIndex..<end.lowerBound])
  }

  /// An MCP grant that covers a whole server: `mcp__github`, `mcp__github__*`, `mcp__*`.
  public var isWildcardMCP: Bool {
    guard isMCP else { return false }
    if hasWildcardName { return true }
    let rest = name.dropFirst(5)
    guard let end = rest.range(of: "__") else { return true }
    return rest[end.upperBound...].isEmpty
  }
}
