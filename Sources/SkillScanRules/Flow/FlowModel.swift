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

/// Bounds that keep the flow analysis linear on hostile input.
///
/// There is deliberately no cap on statements, calls or tainted names: a "first N" cap lets
/// a script hide its send behind N harmless lines. Each pass is linear in the tokens, and
/// the number of passes is bounded instead.
enum FlowLimits {
  /// Fixed-point passes over a region's statements.
  static let maxPasses = 5
}

/// The flow sources of one kind, sorted by token index, to find the first one inside a
/// statement without looking up every token of every statement.
///
/// The credential and environment rules asked the token → source dictionary once per token
/// of each statement: a hash per token of a large bundled script, for the few statements
/// that hold a source.
struct FlowSourceIndex {
  private let tokens: [Int]
  private let sources: [FlowSource]

  /// The sources of `kind` in `all` (token index → source).
  init(_ all: [Int: FlowSource], kind: ExfilSources.Kind) {
    let picked = all.filter { $0.value.kind == kind }.sorted { $0.key < $1.key }
    tokens = picked.map(\.key)
    sources = picked.map(\.value)
  }

  var isEmpty: Bool { tokens.isEmpty }

  /// The source at the lowest token index within `range`, if any.
  func first(in range: Range<Int>) -> FlowSource? {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid] < range.lowerBound { low = mid + 1 } else { high = mid }
    }
    return low < tokens.count && tokens[low] < range.upperBound ? sources[low] : nil
  }
}
