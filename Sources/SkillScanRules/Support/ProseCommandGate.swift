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
    var dequoted: [UInt8] = []
    dequoted.reserveCapacity(range.count)
    var flow = false
    var i = range.lowerBound
    while i < range.upperBound {
      let c = bytes[i]
      switch c {
      case 0x27, 0x22:  // ' "
        if c == 0x27, i > range.lowerBound, bytes[i - 1] == 0x24 { return true }  // $'
      case 0x5C:  // \ and the line break it escapes
        while i + 1 < range.upperBound, bytes[i + 1] == 0x0A || bytes[i + 1] == 0x0D { i += 1 }
      case 0x7C, 0x60:  // | `
        flow = true
        dequoted.append(c)
      case 0x28:  // ( after $ < >
        if i > range.lowerBound, [0x24, 0x3C, 0x3E].contains(bytes[i - 1]) { flow = true }
        dequoted.append(c)
      default:
        dequoted.append(c)
      }
      i += 1
    }
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
