/// Example text with its `↓` markers removed and their positions remembered.
///
/// Markers say where a finding must land; they are stripped before scanning so the rule sees
/// exactly the text a skill would contain.
public struct MarkedText: Sendable, Hashable {
  /// The marker character.
  public static let marker: Character = "↓"

  /// One marker: its 1-based line and the 1-based column (in Unicode scalars) it stood at.
  public struct Mark: Sendable, Hashable {
    /// 1-based line in the stripped text.
    public var line: Int
    /// 1-based column, in Unicode scalars, where the marker stood.
    public var column: Int
  }

  /// The text without markers.
  public var text: String
  /// Every marker, in text order (several on one line are all kept).
  public var marks: [Mark]

  /// Strips the markers from `raw`.
  /// - Parameter raw: example text with `↓` markers.
  public init(_ raw: String) {
    var out = ""
    var marks: [Mark] = []
    var line = 1
    var column = 1
    for scalar in raw.unicodeScalars {
      if scalar == "↓" {
        marks.append(Mark(line: line, column: column))
        continue
      }
      out.unicodeScalars.append(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    self.text = out
    self.marks = marks
  }

  /// The distinct marked lines, ascending.
  public var markedLines: [Int] { Array(Set(marks.map(\.line))).sorted() }

  /// The text with `insert` placed at the first marker of `line`.
  /// - Parameters:
  ///   - insert: text to insert.
  ///   - line: a marked line.
  /// - Returns: the modified text, or nil when the line has no marker.
  public func inserting(_ insert: String, atMarkerOn line: Int) -> String? {
    guard let mark = marks.first(where: { $0.line == line }) else { return nil }
    var out = ""
    var currentLine = 1
    var currentColumn = 1
    var done = false
    for scalar in text.unicodeScalars {
      if !done && currentLine == mark.line && currentColumn == mark.column {
        out += insert
        done = true
      }
      out.unicodeScalars.append(scalar)
      if scalar == "\n" {
        currentLine += 1
        currentColumn = 1
      } else {
        currentColumn += 1
      }
    }
    if !done { out += insert }
    return out
  }
}
