public import SkillScanCore

/// Where sensitive data enters a script: a read of a credential file, bulk environment
/// access, the clipboard, agent memory (see ``ExfilSources``).
public struct FlowSource: Sendable, Hashable {
  public var kind: ExfilSources.Kind
  /// Short description for messages ("~/.aws/credentials", "os.environ (bulk)").
  public var label: String
  /// Bytes of the read in the host file.
  public var range: Range<Int>

  public init(kind: ExfilSources.Kind, label: String, range: Range<Int>) {
    self.kind = kind
    self.label = label
    self.range = range
  }

  /// The more severe of two sources (credentials over environment over context …).
  static func stronger(_ a: FlowSource?, _ b: FlowSource?) -> FlowSource? {
    guard let a else { return b }
    guard let b else { return a }
    return b.kind > a.kind ? b : a
  }
}

/// A source reaching a network (or shared-location) sink within one script or code block.
public struct FlowHit: Sendable, Hashable {
  public var source: FlowSource
  /// Bytes of the sending call or command.
  public var sinkRange: Range<Int>
  /// What sends it: `requests.post`, `curl`, `Invoke-RestMethod` …
  public var sinkName: String
  /// Destination host when written literally (or through a constant).
  public var host: String?

  public init(source: FlowSource, sinkRange: Range<Int>, sinkName: String, host: String?) {
    self.source = source
    self.sinkRange = sinkRange
    self.sinkName = sinkName
    self.host = host
  }
}

/// Bounds that keep the flow analysis linear-ish on hostile input.
enum FlowLimits {
  /// Statements (or shell pipelines) analysed per region; the rest is ignored.
  static let maxStatements = 20_000
  /// Fixed-point passes over a region's statements.
  static let maxPasses = 5
  /// Tainted names tracked per region.
  static let maxNames = 4_096
  /// Calls examined for parameter flow and as sinks.
  static let maxCalls = 4_096
  /// Bytes of one statement read for cue matching.
  static let maxStatementBytes = 16_384
}
