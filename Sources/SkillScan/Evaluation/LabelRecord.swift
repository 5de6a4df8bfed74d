public import Foundation

/// One line of a corpus `labels.jsonl`: the ground truth for one top-level skill folder.
///
/// Only the fields evaluation needs are decoded; readers must ignore the rest, because the
/// corpus adds fields (`expected`, `label_basis`, …) that the scanner has no business with.
public struct LabelRecord: Sendable, Hashable, Decodable {
  /// The folder name beside the labels file.
  public var id: String
  /// `benign`, `malicious` or `vulnerable` (kept as text so unknown labels survive).
  public var label: String
  public var provenance: String?
  public var source: String?
  public var confidence: String?
  /// SHA-256 of the folder's top-level `SKILL.md`; equal hashes are one distinct skill.
  public var skillMDSHA256: String?
  /// The id of an earlier record with the identical `SKILL.md`.
  public var exactDupOf: String?
  /// The benchmark injection number (SKILL-INJECT variants), as text.
  public var injectionID: String?
  public var categories: [String]

  public init(
    id: String, label: String, provenance: String? = nil, source: String? = nil,
    confidence: String? = nil, skillMDSHA256: String? = nil, exactDupOf: String? = nil,
    injectionID: String? = nil, categories: [String] = []
  ) {
    self.id = id
    self.label = label
    self.provenance = provenance
    self.source = source
    self.confidence = confidence
    self.skillMDSHA256 = skillMDSHA256
    self.exactDupOf = exactDupOf
    self.injectionID = injectionID
    self.categories = categories
  }

  enum CodingKeys: String, CodingKey {
    case id, label, provenance, source, confidence, categories
    case skillMDSHA256 = "skill_md_sha256"
    case exactDupOf = "exact_dup_of"
    case injectionID = "injection_id"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    label = try c.decode(String.self, forKey: .label)
    provenance = try c.decodeIfPresent(String.self, forKey: .provenance)
    source = try c.decodeIfPresent(String.self, forKey: .source)
    confidence = try c.decodeIfPresent(String.self, forKey: .confidence)
    skillMDSHA256 = try c.decodeIfPresent(String.self, forKey: .skillMDSHA256)
    exactDupOf = try c.decodeIfPresent(String.self, forKey: .exactDupOf)
    // The corpus writes injection numbers as integers; accept text too.
    if let number = try? c.decodeIfPresent(Int.self, forKey: .injectionID) {
      injectionID = String(number)
    } else {
      injectionID = try c.decodeIfPresent(String.self, forKey: .injectionID)
    }
    categories = try c.decodeIfPresent([String].self, forKey: .categories) ?? []
  }

  /// The id prefix before `__` (`clawhub-archive__x.y` → `clawhub-archive`).
  public var sourcePrefix: String {
    guard let range = id.range(of: "__") else { return id }
    return String(id[..<range.lowerBound])
  }

  /// The key that identifies distinct content: the `SKILL.md` hash, or the id without one.
  var contentKey: String { skillMDSHA256 ?? "id:\(id)" }

  /// Parses JSON Lines: one record per non-blank line.
  /// - Throws: ``EvaluationError/invalidLabels(line:reason:)`` naming the first bad line.
  public static func parseJSONLines(_ data: Data) throws -> [LabelRecord] {
    let decoder = JSONDecoder()
    var records: [LabelRecord] = []
    var lineNumber = 0
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
      if isBlank { continue }
      do {
        records.append(try decoder.decode(LabelRecord.self, from: Data(line)))
      } catch {
        throw EvaluationError.invalidLabels(line: lineNumber, reason: String(describing: error))
      }
    }
    return records
  }

  /// Reads and parses a `labels.jsonl` file.
  public static func load(from url: URL) throws -> [LabelRecord] {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw EvaluationError.unreadable(url.path, String(describing: error))
    }
    return try parseJSONLines(data)
  }
}
