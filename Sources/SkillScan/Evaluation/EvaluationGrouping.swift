/// A label field to break metrics down by (`skillscan eval --by FIELD`).
///
/// The corpus asks for numbers per provenance slice as well as overall, because one slice
/// (a templated campaign, a fixture set) can otherwise dominate the headline.
public enum EvaluationGrouping: String, Sendable, CaseIterable, Codable {
  case provenance, source, label, confidence, categories
  /// The id part before `__`, which names the upstream collection.
  case sourcePrefix = "source-prefix"

  /// The group values of one record; `categories` may give several, or none.
  public func values(of record: LabelRecord) -> [String] {
    switch self {
    case .provenance: [record.provenance ?? Self.missing]
    case .source: [record.source ?? Self.missing]
    case .label: [record.label]
    case .confidence: [record.confidence ?? Self.missing]
    case .sourcePrefix: [record.sourcePrefix]
    case .categories:
      record.categories.isEmpty ? [Self.missing] : Array(Set(record.categories)).sorted()
    }
  }

  /// The group name for records that lack the field.
  public static let missing = "(none)"
}
