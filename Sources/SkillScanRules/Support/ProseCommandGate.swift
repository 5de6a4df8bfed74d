import SkillScanCore

/// Decides, before parsing, whether a prose paragraph read as shell could yield anything its
/// readers report.
///
/// Every prose paragraph is parsed by shape so that a one-liner written as a sentence is not
/// missed, and that parse was a twentieth of a Markdown scan. The pipelines of a prose span
/// are read by exactly two analyses, and each needs a command name it can only get from
/// the paragraph's own words:
/// - ``RemoteExecution/find(in:bytes:prose:)`` reports nothing without a downloader
///   (`curl`, `wget`, `aria2c`, `iwr`, `irm`, `Invoke-WebRequest`/`-RestMethod`);
/// - ``DeobfShellChains/find(in:bytes:)`` needs `powershell`/`pwsh`, or a decoder
///   (``DeobfShellChains/decoderNames``) feeding an executor through a pipe or a
///   substitution (`|`, `` ` ``, `$(`, `<(`, `>(`).
///
/// A command name is the unquoted value of a word, so names are looked for in the paragraph
/// with quotes and backslashes (and escaped line breaks) dropped: `c"ur"l` still reads
/// `curl`. ANSI-C quoting (`$'\x63url'`) can spell any name, so a paragraph holding `$'` is
/// always parsed. The test errs only towards parsing: a paragraph it turns away cannot
/// produce a hit from either analysis.
enum ProseCommandGate {
  /// Whether `bytes[range]` should be parsed as shell.
  static func mayHoldCommands(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var flow = false
    var ansiC = false
    let range = range.clamped(to: 0..<bytes.count)
    // Every prose paragraph of every Markdown file passes through this loop: it reads and
    // writes through buffer pointers (appending byte by byte was most of its cost).
    let dequoted = bytes.withUnsafeBufferPointer { b in
      [UInt8](zeroedCapacity: range.count) { out, count in
        var n = 0
        var i = range.lowerBound
        while i < range.upperBound {
          // Eight bytes with none of the bytes handled below are copied as they are: most
          // of a paragraph is such runs.
          if range.upperBound - i >= 8 {
            let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
            if !Self.holdsSpecialByte(x) {
              UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: x, as: UInt64.self)
              n += 8
              i += 8
              continue
            }
          }
          let c = b[i]
          switch c {
          case 0x27, 0x22:  // ' "
            if c == 0x27, i > range.lowerBound, b[i - 1] == 0x24 {  // $'
              ansiC = true
              break
            }
          case 0x5C:  // \ and the line break it escapes
            while i + 1 < range.upperBound, b[i + 1] == 0x0A || b[i + 1] == 0x0D { i += 1 }
          case 0x7C, 0x60:  // | `
            flow = true
            out[n] = c
            n += 1
          case 0x28:  // ( after $ < >
            if i > range.lowerBound {
              let p = b[i - 1]
              if p == 0x24 || p == 0x3C || p == 0x3E { flow = true }
            }
            out[n] = c
            n += 1
          default:
            out[n] = c
            n += 1
          }
          if ansiC { break }
          i += 1
        }
        count = n
      }
    }
    if ansiC { return true }
    if launchers.occurs(in: dequoted, range: 0..<dequoted.count) { return true }
    guard flow else { return false }
    var found = false
    decoders.forEachPosition(in: dequoted) { keyword, end in
      let start = end - decoderLengths[keyword]
      found = (start == 0 || !isNameByte(dequoted[start - 1])) && (end == dequoted.count || !isNameByte(dequoted[end]))
      return !found
    }
    return found
  }

  /// Whether any of the eight bytes in `x` is one the dequoting loop treats specially:
  /// `'` `"` `\\` `|` `` ` `` `(`.
  @inline(__always) static func holdsSpecialByte(_ x: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
    return zeroByte(x ^ (ones &* 0x27)) | zeroByte(x ^ (ones &* 0x22)) | zeroByte(x ^ (ones &* 0x5C))
      | zeroByte(x ^ (ones &* 0x7C)) | zeroByte(x ^ (ones &* 0x60)) | zeroByte(x ^ (ones &* 0x28)) != 0
  }

  /// Downloaders and PowerShell hosts, as substrings (rare in prose, so no boundary test).
  static let launchers = KeywordFilter(keywords: Array(RemoteExecution.downloaders) + ["invoke-", "powershell", "pwsh"])

  /// Decoder names, matched as whole names.
  static let decoderList = Array(DeobfShellChains.decoderNames)
  static let decoders = KeywordFilter(keywords: decoderList)
  static let decoderLengths = decoderList.map(\.utf8.count)

  /// Bytes that can continue a name, so a decoder name next to one is part of a longer word
  /// (`string` holds `tr`, `tr.md` is not `tr`). Anything else, `/` included (a path's
  /// basename is the name), may border a name.
  static func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D || b == 0x2E
  }
}
