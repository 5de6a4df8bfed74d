
/// How a nested pipeline is embedded in its parent word.
public enum ShellSubstitutionKind: String, Sendable, Hashable {
  /// `$(…)`
  case command
  /// `` `…` ``
  case backtick
  /// `<(…)`: the parent reads the output as a file.
  case processInput
  /// `>(…)`: the parent writes into the commands.
  case processOutput
  /// PowerShell `(…)`, `$(…)`, `@(…)`.
  case subexpression
  /// PowerShell `{ … }`.
  case scriptBlock
}

/// Commands joined by `|` (or `|&`): data flows from each command into the next.
///
/// ``ShellStructure/pipelines(tokens:bytes:)`` returns top-level pipelines and the pipelines
/// of substitutions in one array, parents before children, in source order. A rule looking
/// for `curl … | sh` inspects `commands`; one looking for `bash <(curl …)` or
/// `sh -c "$(curl …)"` follows ``parentPipeline``/``parentCommand`` from the substitution.
public struct ShellPipeline: Sendable {
  public var commands: [ShellCommand]
  /// Bytes from the first to the last command.
  public var range: Range<Int>
  /// Set when the pipeline sits inside a substitution.
  public var substitution: ShellSubstitutionKind?
  /// Index (in the same array) of the pipeline holding the word this one sits in.
  public var parentPipeline: Int?
  /// Index of the command, within ``parentPipeline``, holding that word.
  public var parentCommand: Int?
  /// Whether the pipeline is run in the background (`&`).
  public var isBackground: Bool
  /// Whether `!` negates it.
  public var isNegated: Bool

  public init(
    commands: [ShellCommand], range: Range<Int>, substitution: ShellSubstitutionKind? = nil,
    parentPipeline: Int? = nil, parentCommand: Int? = nil, isBackground: Bool = false,
    isNegated: Bool = false
  ) {
    self.commands = commands
    self.range = range
    self.substitution = substitution
    self.parentPipeline = parentPipeline
    self.parentCommand = parentCommand
    self.isBackground = isBackground
    self.isNegated = isNegated
  }

  /// Whether this pipeline is the body of a substitution.
  public var isSubstitution: Bool { substitution != nil }

  /// The first command, which produces the data.
  public var first: ShellCommand? { commands.first }
  /// The last command, which consumes it.
  public var last: ShellCommand? { commands.last }
}
