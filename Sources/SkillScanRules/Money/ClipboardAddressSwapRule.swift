import SkillScanCore
import SkillScanLexers

/// Flags a clipper: code that watches the clipboard and writes a crypto address back over
/// what the user copied (taxonomy.md §5.13, §5.15).
///
/// The user copies the address they mean to pay, pastes the attacker's, and the transfer
/// cannot be undone. The shape is the same in every language: read the clipboard, in a
/// polling loop, in code that knows crypto addresses, and write the clipboard. A converter
/// that rewrites clipboard text once on request has no loop and no address vocabulary; a
/// wallet tool that copies an address only writes.
struct ClipboardAddressSwapRule: Rule {
  static let description = RuleDescription(
    id: "clipboard-address-swap",
    name: "Clipboard crypto-address swap",
    pattern: .moneyMovement,
    severity: .critical,
    confidence: .high,
    languages: [.python, .javascript, .powershell, .shell],
    summary: "Code polls the clipboard and writes crypto addresses back into it.",
    rationale: """
      A clipboard watcher that replaces a copied wallet address sends the user's next payment \
      to someone else. It is a known malware family (clippers), and no skill needs to rewrite \
      addresses behind the user's back.
      """,
    remediation: "Remove the watcher. Let the user copy and paste addresses themselves.",
    references: [.owaspLLM(6), .owaspASI(2), .cwe(506), .taxonomy("5.13"), .taxonomy("5.15")],
    keywords: ClipboardAddressSwapRule.writers,
    triggeringExamples: ClipboardAddressSwapRule.triggering,
    nonTriggeringExamples: ClipboardAddressSwapRule.nonTriggering
  )

  static let readers = [
    "pyperclip.paste", "clipboard.paste", "clipboardy.read", "readtext(", "get-clipboard", "pbpaste", "xclip -o",
    "xsel -o", "xsel --output", "getclipboarddata", "clipboard_get", "wl-paste", "clipboard.readtext",
    // .NET from PowerShell: `[System.Windows.Forms.Clipboard]::GetText()`.
    "clipboard]::gettext", "clipboard]::getdataobject",
  ]
  static let writers = [
    "pyperclip.copy", "clipboard.copy", "clipboardy.write", "writetext(", "set-clipboard", "pbcopy", "xclip -selection",
    "xclip -sel", "setclipboarddata", "setclipboardtext", "clipboard_append", "wl-copy", "clipboard.writetext",
    "clipboard]::settext", "clipboard]::setdataobject",
  ]
  static let readFilter = KeywordFilter(keywords: readers)
  static let writeFilter = KeywordFilter(keywords: writers)
  /// Words and address patterns of cryptocurrencies.
  static let cryptoWords = PhraseMatcher([
    "bitcoin", "ethereum", "solana", "monero", "litecoin", "dogecoin", "tron", "usdt", "trc20", "erc20", "btc", "eth", "sol",
    "xmr", "ltc", "bc1", "bc1q", "wallet address", "crypto address",
  ])
  static let addressPatterns = KeywordFilter(keywords: ["0x[a-fa-f0-9]{40}", "0x[0-9a-fa-f]{40}", "0x[0-9a-f]{40}", "0x[a-f0-9]{40}", "[13][a-km-za-hj-np-z1-9]", "bc1[a-z0-9]", "t[1-9a-ha-np-z]"])
  /// Polling: the watcher runs until stopped.
  static let loops = KeywordFilter(keywords: ["while true", "while 1", "while (true)", "for (;;)", "setinterval", "time.sleep", "start-sleep", "sleep "])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    for region in file.regions
    where (region.kind == .whole || region.kind == .fencedCode) && Self.description.languages.contains(region.language) {
      let range = region.range.clamped(to: 0..<bytes.count)
      var write: Int?
      bytes.withUnsafeBufferPointer { all in
        Self.writeFilter.forEachPosition(in: UnsafeBufferPointer(rebasing: all[range])) { keyword, end in
          write = range.lowerBound + end - Self.writers[keyword].utf8.count
          return false
        }
      }
      guard let at = write, Self.readFilter.occurs(in: bytes, range: range), Self.loops.occurs(in: bytes, range: range),
        Self.addressPatterns.occurs(in: bytes, range: range) || Self.cryptoWords.containsMatch(in: TextNormalizer.normalize(bytes, range: range).bytes)
      else { continue }
      sink.report(
        "watches the clipboard and writes crypto addresses back into it (a clipper: the next payment goes elsewhere)",
        in: file, at: at..<(at + 1))
    }
  }
}
