import SkillScanCore

/// The table that closes a text report: skills per verdict, active findings per severity,
/// suppressed findings, files, bytes and errors.
struct TextSummaryTable {
  let summary: ScanSummary
  let style: TextStyle

  func render() -> String {
    var rows: [(label: String, value: Int, painted: (String) -> String)] = [
      ("malicious", summary.malicious, { style.verdict(.malicious, $0) }),
      ("suspicious", summary.suspicious, { style.verdict(.suspicious, $0) }),
      ("safe", summary.safe, { style.verdict(.safe, $0) }),
    ]
    var findingRows: [(label: String, value: Int, painted: (String) -> String)] = []
    for severity in Severity.allCases.reversed() {
      findingRows.append(
        (severity.rawValue, summary.bySeverity[severity.rawValue] ?? 0, { style.severity(severity, $0) }))
    }
    findingRows.append(("suppressed", summary.suppressed, { style.dim($0) }))
    rows += [("", 0, { $0 })] + findingRows
    var text = style.bold("Summary") + "\n"
    text += "  " + pad("skills", 12) + pad(String(summary.skills), 10, left: true) + "\n"
    for row in rows {
      if row.label.isEmpty {
        text += "  " + pad("findings", 12) + pad(String(summary.findings), 10, left: true) + "\n"
        continue
      }
      text += "    " + row.painted(pad(row.label, 10)) + pad(String(row.value), 10, left: true) + "\n"
    }
    text += "  " + pad("files", 12) + pad(String(summary.filesScanned), 10, left: true) + "\n"
    text += "  " + pad("bytes", 12) + pad(String(summary.bytesScanned), 10, left: true) + "\n"
    text += "  " + pad("errors", 12) + pad(String(summary.errors), 10, left: true) + "\n"
    return text
  }

  private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return left ? fill + text : text + fill
  }
}
