public import SkillScanCore

/// Where sensitive data enters a script: a read of a credential file, bulk environment
/// access, the clipboard, agent memory (see ``ExfilSources``).
public struct FlowSource: Sendable, Hashable {
  public var kind: ExfilSources.Kind
  /// Short description for messages ("~/.aws/credentials", "os.environ (bulk)").
  public var label: String
  /// Bytes of the read in the host file.
  public var range: Range<Int>

  /// A single environment variable of signing material (``CodeFlowCues/signingSecret``):
  /// a leak when sent, not a credential-store read on its own.
  public var isSigningKey: Bool { kind == .credential && label.hasPrefix(Self.signingKeyLabel) }

  /// The label without the note of a staged file it came through (`~/.aws (staged by a.py in
  /// m.json)`) or a sourced script that set it: what lists of stores are keyed by. A store named in an imported module keeps
  /// its note (`(read in patterns.py)`) and so is never matched as owed to no one: the join of
  /// modules is the more speculative (a detection pattern `r"/etc/shadow"` in one module of a
  /// prompt guard reached its reporting call that way on the registry snapshot).
  public var storeLabel: String {
    let bytes = Array(label.utf8)
    // A staged file and a sourced script carry the value itself; a module join is a guess.
    for note in [" (staged by ", SourcedShell.mark] {
      if let at = ByteSearch.firstIndex(of: Array(note.utf8), in: bytes) { return String(decoding: bytes[..<at], as: UTF8.self) }
    }
    return label
  }
  public static let signingKeyLabel = "signing key "

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

  /// Files at least this large (256 KiB) are read as bundles for ``isDistant(_:in:)``.
  static let bundleBytes = 256 << 10
  /// How far apart (64 KiB) a read and a send in a bundle may lie and still be one flow.
  static let bundleReach = 64 << 10

  /// Whether `hit` joins a read and a send so far apart in a large file that the join is
  /// more likely two modules sharing a name than one flow.
  ///
  /// Taint follows names and ignores order, which is sound in a script but not across a
  /// bundle: esbuild and webpack output concatenates hundreds of modules, and minified or
  /// common names (`body`, `r`, `opts`) recur in unrelated ones. On the registry snapshot the
  /// only complete chains spanning more than 64 KiB joined a logging library's environment
  /// read to an HTTP client 150–750 KiB away in two honest bundles; every real exfiltration
  /// read and sent within a few kilobytes. Such a hit is still reported, but it does not
  /// decide the verdict alone.
  ///
  /// Only JavaScript and Python files are read this way: a shell script's variables are
  /// global, so a value set at its top and sent at its bottom is one flow however long the
  /// script is.
  static func isDistant(_ hit: FlowHit, in file: AnalyzedFile) -> Bool {
    let language = file.source.language
    guard language == .javascript || language == .python, file.bytes.count >= bundleBytes else { return false }
    let read = hit.source.range.lowerBound
    let send = hit.sinkRange.lowerBound
    return max(read, send) - min(read, send) > bundleReach
  }
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
