import Foundation

/// A one-line `\r[12/340] scanning name` progress indicator on standard error.
///
/// Shown only when standard error is a terminal, more than one skill is scanned and `--quiet`
/// is off, so logs and pipes never see carriage returns. Callers clear it before anything else
/// is written to the terminal and it is cleared at the end.
struct ProgressLine {
  let enabled: Bool
  let total: Int
  private var visible = false

  init(total: Int, quiet: Bool) {
    self.total = total
    self.enabled = !quiet && total > 1 && isatty(STDERR_FILENO) != 0
  }

  /// Shows `[done/total] scanning name`, the name cut to 60 characters.
  mutating func show(done: Int, name: String) {
    guard enabled else { return }
    // Names come from the scanned skill: drop control characters (no escape injection).
    let shown = String(String.UnicodeScalarView(name.unicodeScalars.prefix(60).filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
    let line = "[\(min(done, total))/\(total)] scanning \(shown)"
    FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    visible = true
  }

  /// Erases the line, if shown.
  mutating func clear() {
    guard visible else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    visible = false
  }
}
