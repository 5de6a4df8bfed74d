public import SkillScanCore

/// The code cells of a Jupyter notebook (`.ipynb`) as one Python script.
///
/// A notebook is JSON; its cells' code sits in string arrays (`"source": ["import os\n", …]`)
/// that no code rule reads, so `exec(zlib.decompress(base64.b64decode(_THEME)))` in a hidden
/// "plotting theme" cell was text. Each line of each code cell becomes a line of a derived
/// Python file reported at its line in the notebook. One pass over the bytes; strings are
/// decoded only for `cell_type` values and code cells' sources.
public enum NotebookCells {
  /// Most bytes of one notebook read for cells (a notebook of outputs and images can be large).
  static let maxBytes = 64 << 20

  public static func derivedFile(of file: SourceFile) -> SourceFile? {
    guard file.kind != .binary, file.lowercasedName.hasSuffix(".ipynb") else { return nil }
    let b = file.bytes
    let n = min(b.count, maxBytes)
    var script = DerivedScript()
    var line = 1
    var i = 0
    var cellType = ""
    /// The string at `i` (which is a quote): its content range and the index after it.
    func string(at start: Int) -> (content: Range<Int>, end: Int) {
      var j = start + 1
      while j < n, b[j] != 0x22 {
        if b[j] == 0x5C { j += 1 }
        j += 1
      }
      return ((start + 1)..<min(j, n), min(j + 1, n))
    }
    func skipBlanks(_ j: inout Int) {
      while j < n, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D || b[j] == 0x0A {
        if b[j] == 0x0A { line += 1 }
        j += 1
      }
    }
    while i < n {
      let c = b[i]
      if c == 0x0A { line += 1 }
      guard c == 0x22 else {
        i += 1
        continue
      }
      let key = string(at: i)
      var j = key.end
      skipBlanks(&j)
      guard j < n, b[j] == 0x3A else {
        i = key.end
        continue
      }
      // A key: only `cell_type` and `source` are read; any other value is skipped by the
      // main loop, string by string.
      let name = b[key.content]
      j += 1
      skipBlanks(&j)
      if name.elementsEqual("cell_type".utf8), j < n, b[j] == 0x22 {
        let value = string(at: j)
        cellType = String(decoding: b[value.content], as: UTF8.self)
        i = value.end
      } else if name.elementsEqual("source".utf8), cellType == "code", j < n {
        if b[j] == 0x22 {
          let value = string(at: j)
          script.append(decode(b[value.content]), line: line, column: 1, spansLines: true)
          i = value.end
        } else if b[j] == 0x5B {
          j += 1
          while j < n, b[j] != 0x5D {
            if b[j] == 0x0A { line += 1 }
            if b[j] == 0x22 {
              let value = string(at: j)
              var text = decode(b[value.content])
              if text.utf8.last == 0x0A { text.removeLast() }
              script.append(text, line: line, column: 1, spansLines: true)
              j = value.end
            } else {
              j += 1
            }
          }
          i = j
        } else {
          i = j
        }
      } else {
        i = j
      }
    }
    return script.file(of: file, suffix: "#cells", runsUnattended: false, language: .python)
  }

  /// A JSON string's content with its escapes decoded (`\n`, `\"`, `\uXXXX` with surrogates).
  static func decode(_ raw: ArraySlice<UInt8>) -> String {
    guard raw.contains(0x5C) else { return String(decoding: raw, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var i = raw.startIndex
    var pendingHigh: UInt32?
    func hex4(_ at: Int) -> UInt32? {
      guard at + 4 <= raw.endIndex else { return nil }
      var v: UInt32 = 0
      for k in at..<(at + 4) {
        let d = raw[k]
        let digit: UInt8
        switch d {
        case 0x30...0x39: digit = d - 0x30
        case 0x41...0x46: digit = d - 0x37
        case 0x61...0x66: digit = d - 0x57
        default: return nil
        }
        v = v << 4 | UInt32(digit)
      }
      return v
    }
    func emit(_ scalar: UInt32) {
      out += Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
    }
    while i < raw.endIndex {
      let c = raw[i]
      guard c == 0x5C, i + 1 < raw.endIndex else {
        out.append(c)
        i += 1
        continue
      }
      let e = raw[i + 1]
      i += 2
      switch e {
      case 0x6E: out.append(0x0A)
      case 0x74: out.append(0x09)
      case 0x72: out.append(0x0D)
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x75:
        guard let v = hex4(i) else { continue }
        i += 4
        if (0xD800...0xDBFF).contains(v) {
          pendingHigh = v
        } else if (0xDC00...0xDFFF).contains(v), let high = pendingHigh {
          emit(0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00))
          pendingHigh = nil
        } else {
          emit(v)
        }
      default: out.append(e)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
