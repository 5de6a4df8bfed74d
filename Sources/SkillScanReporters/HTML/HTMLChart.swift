import Foundation
import SkillScanCore

/// Inline SVG bar charts for the page header: skills per verdict, active findings per
/// category. Plain shapes and text, no script, sized by the data.
enum HTMLChart {
  struct Bar {
    var label: String
    var value: Int
    var colour: String
  }

  static func verdicts(_ summary: ScanSummary) -> String {
    chart(
      title: "Skills by verdict",
      bars: [
        Bar(label: "Malicious", value: summary.malicious, colour: "#c62828"),
        Bar(label: "Suspicious", value: summary.suspicious, colour: "#ef8c00"),
        Bar(label: "Safe", value: summary.safe, colour: "#2e7d32"),
      ])
  }

  static func categories(_ counts: [Category: Int]) -> String {
    let bars = Category.allCases.map { Bar(label: $0.title, value: counts[$0] ?? 0, colour: colour(of: $0)) }
    return chart(title: "Active findings by category", bars: bars)
  }

  static func colour(of category: Category) -> String {
    switch category {
    case .promptInjection: "#6a1b9a"
    case .dataExfiltration: "#1565c0"
    case .privilegeEscalation: "#ad1457"
    case .supplyChain: "#00838f"
    case .systemCompromise: "#b71c1c"
    case .format: "#757575"
    case .integrity: "#5d4037"
    }
  }

  private static func chart(title: String, bars: [Bar]) -> String {
    let labelWidth = 140
    let barWidth = 230
    let rowHeight = 26
    let height = 30 + bars.count * rowHeight
    let maximum = max(1, bars.map(\.value).max() ?? 1)
    var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(title)\" width=\"\(labelWidth + barWidth + 60)\" "
    svg += "height=\"\(height)\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    svg += "<text x=\"0\" y=\"16\" class=\"chart-title\">\(title)</text>\n"
    for (index, bar) in bars.enumerated() {
      let y = 28 + index * rowHeight
      let width = bar.value == 0 ? 0 : max(3, bar.value * barWidth / maximum)
      svg += "<text x=\"0\" y=\"\(y + 15)\">\(bar.label)</text>"
      svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"18\" rx=\"3\" fill=\"\(bar.colour)\"/>"
      svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\" class=\"value\">\(bar.value)</text>\n"
    }
    return svg + "</svg>"
  }
}
