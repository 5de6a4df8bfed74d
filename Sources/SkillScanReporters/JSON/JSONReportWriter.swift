public import Foundation
public import SkillScanCore

/// Streams the report as JSON, byte-identical to encoding the whole ``ScanReport`` at once.
///
/// Keys are sorted, so the top-level order is `schema_version`, `skills`, `summary`, `tool`:
/// the tool is remembered at `begin` and written last. Each skill is encoded on its own and
/// re-indented to its depth, which matches `JSONEncoder`'s pretty printing exactly (a test
/// holds the two together) while only one skill is in memory at a time.
public struct JSONReportWriter<Output: ReportOutput>: ReportWriter {
  /// The destination; read it back from a ``DataOutput`` after `end(summary:)`.
  public private(set) var output: Output
  private let encoder = ReportJSON.makeEncoder()
  private var tool: ToolInfo?
  private var skillCount = 0

  /// Creates a writer that sends its bytes to `output`.
  public init(output: Output) {
    self.output = output
  }

  public mutating func begin(tool: ToolInfo) throws {
    self.tool = tool
    let version = try encoder.encode(ScanReport.currentSchemaVersion)
    try output.write("{\n  \"schema_version\" : ")
    try output.write(version)
    try output.write(",\n  \"skills\" : [\n")
  }

  public mutating func write(skill: SkillResult) throws {
    if skillCount > 0 { try output.write(",\n") }
    skillCount += 1
    let encoded = try encoder.encode(skill)
    try output.write(ReportJSON.indented(encoded, by: 4, includingFirstLine: true))
  }

  public mutating func end(summary: ScanSummary) throws {
    // An empty array prints as "[", a blank line, "]": the same closing either way.
    try output.write("\n  ],\n  \"summary\" : ")
    try output.write(ReportJSON.indented(try encoder.encode(summary), by: 2, includingFirstLine: false))
    try output.write(",\n  \"tool\" : ")
    let tool = self.tool ?? ToolInfo(name: "skillscan", version: "unknown")
    try output.write(ReportJSON.indented(try encoder.encode(tool), by: 2, includingFirstLine: false))
    try output.write("\n}\n")
    try output.flush()
  }
}

/// Renders a finished report as JSON (see ``JSONReportWriter``).
public struct JSONReporter: Reporter {
  /// Creates the reporter.
  public init() {}

  public func render(_ report: ScanReport) throws -> Data {
    var writer = JSONReportWriter(output: DataOutput())
    try writer.write(report: report)
    return writer.output.data
  }
}

/// The one JSON configuration every SkillScan JSON output uses.
public enum ReportJSON {
  /// An encoder with sorted keys, pretty printing and unescaped slashes, so output is stable
  /// byte for byte across runs and readable in diffs.
  public static func makeEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
  }

  /// Prefixes every non-empty line of pretty-printed JSON with `width` spaces.
  ///
  /// JSON strings never contain raw newlines, so splitting on `\n` is exact; blank lines
  /// (inside empty containers) stay blank, as `JSONEncoder` prints them. Linear in the input.
  static func indented(_ json: Data, by width: Int, includingFirstLine: Bool) -> Data {
    let newline = UInt8(ascii: "\n")
    let pad = [UInt8](repeating: UInt8(ascii: " "), count: width)
    // Built in a byte array and copied in whole lines: appending to `Data` byte by byte was
    // a visible share of a registry-wide scan.
    var out: [UInt8] = []
    out.reserveCapacity(json.count + json.count / 4)
    json.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = 0
      var first = true
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != newline { end += 1 }
        if end > start && (includingFirstLine || !first) { out.append(contentsOf: pad) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        if end < bytes.count { out.append(newline) }
        first = false
        start = end + 1
      }
    }
    return Data(out)
  }
}
