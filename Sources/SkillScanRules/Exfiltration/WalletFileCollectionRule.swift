import SkillScanCore
import SkillScanLexers

/// Flags a script that carries a catalogue of crypto-wallet stores and reads files:
/// Electrum's `wallets` folder, `exodus.wallet`, Bitcoin Core's `wallet.dat`, the MetaMask
/// and Phantom extension folders, Solana's `id.json` (taxonomy.md PE3, §5.1 infostealers).
///
/// Infostealers are recognised by this list: the macOS and Windows stealers of the ClawHub
/// campaign and their Python and Node copies walk a table of wallet locations and copy what
/// they find. A portfolio tracker reads public addresses or an exchange API; no honest tool
/// needs the private files of three different wallets. When the skill's code also sends data
/// anywhere, the collection and the send are one exfiltration chain, even when they sit in
/// different modules joined through objects the flow analysis cannot follow.
struct WalletFileCollectionRule: Rule {
  static let description = RuleDescription(
    id: "wallet-file-collection",
    name: "Crypto-wallet files collected",
    pattern: .pe3,
    severity: .high,
    confidence: .high,
    languages: [.python, .javascript, .shell, .powershell],
    summary: "A script lists the private files of several crypto wallets and reads files.",
    rationale: """
      A table of wallet locations (Electrum, Exodus, Bitcoin Core, browser-extension wallets) \
      is the working part of an infostealer: the files hold the keys that move the money. No \
      skill needs the private files of several wallets to show balances.
      """,
    remediation: "Remove the wallet table. Read public addresses the user enters, never wallet files.",
    references: [.owaspLLM(2), .owaspASI(2), .atlas("AML.T0055"), .cwe(522), .taxonomy("PE3"), .taxonomy("5.1")],
    keywords: WalletFileCollectionRule.stores.map(\.fragment),
    triggeringExamples: WalletFileCollectionRule.triggering,
    nonTriggeringExamples: WalletFileCollectionRule.nonTriggering
  )

  /// Wallet stores by the path fragments (lower-case) that name their private files.
  /// Plain product names ("MetaMask", "Ledger") are left out: web3 front ends and docs name
  /// them without touching any file.
  static let stores: [(fragment: String, wallet: String)] = [
    (".electrum", "Electrum"), ("electrum/wallets", "Electrum"), ("exodus.wallet", "Exodus"),
    ("exodus/exodus", "Exodus"), ("wallet.dat", "Bitcoin Core"), (".bitcoin/wallets", "Bitcoin Core"),
    ("bitcoin/wallets", "Bitcoin Core"), ("atomic/local storage", "Atomic"), (".ethereum/keystore", "Ethereum keystore"),
    ("ethereum/keystore", "Ethereum keystore"), ("solana/id.json", "Solana CLI"), (".bitmonero", "Monero"),
    ("monero/wallets", "Monero"), (".armory", "Armory"), ("com.liberty.jaxx", "Jaxx"), ("walletwasabi", "Wasabi"),
    (".litecoin/wallets", "Litecoin"), (".dogecoin/wallets", "Dogecoin"), (".zcash/wallet", "Zcash"),
    ("guarda/local storage", "Guarda"), ("coinomi/wallets", "Coinomi"),
    // Browser-extension wallets by their Chrome Web Store IDs (their Local Extension Settings).
    ("nkbihfbeogaeaoehlefnkodbefgpgknn", "MetaMask"), ("bfnaelmomeimhlpmgjnjophhpkkoljpa", "Phantom"),
    ("hnfanknocfeofbddgcijnmhnfnkdnaad", "Coinbase Wallet"), ("egjidjbpglichdcondbcbdnbeeppgdph", "Trust Wallet"),
    ("fhbohimaelbohpjbbldcngcnapndodjp", "Binance Wallet"), ("fnjhmkhhmkbjkkabndcnnogagogbneec", "Ronin"),
    ("ibnejdfjmmkpcnlpebklmnkoeoihofec", "TronLink"), ("aholpfdialjgjfhomihkjbmgjidlcdno", "Exodus Web3"),
  ]
  static let storeFilter = KeywordFilter(keywords: stores.map(\.fragment))

  /// Calls and commands that read or copy file contents.
  static let readers = KeywordFilter(keywords: [
    "read_bytes", "read_text", ".read(", "open(", "copyfile", "copytree", "shutil.copy", "zipfile", "tarfile",
    "readfilesync", "readfile(", "createreadstream", "copyfilesync", "cpsync", "fs.cp", "archiver", "adm-zip",
    "copy-item", "get-content", "compress-archive", "cp -", "cp \"", "cp '", "cp $", "tar ", "zip -", "rsync ", "ditto ",
  ])

  /// How many different wallets make a catalogue.
  static let minimumWallets = 3

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    for range in Self.scriptRanges(of: file, languages: Self.description.languages) {
      check(file.bytes, range, file: file, skill: skill, into: &sink)
    }
  }

  /// The parts of `file` read as scripts of `languages`: the whole of a script, each fence of
  /// those languages in Markdown (a script pasted into the instructions runs as surely as a
  /// bundled one), nothing of plain text. Shared with ``CredentialStoreCollectionRule``.
  static func scriptRanges(of file: AnalyzedFile, languages: Set<Language>) -> [Range<Int>] {
    switch file.source.language {
    case .text:
      return []
    case .markdown:
      return file.regions.filter { $0.kind == .fencedCode && languages.contains($0.language) }.map(\.range)
    default:
      return [0..<file.bytes.count]
    }
  }

  private func check(_ bytes: [UInt8], _ range: Range<Int>, file: AnalyzedFile, skill: AnalyzedSkill, into sink: inout FindingSink) {
    // Each wallet's first mention.
    var first: [String: Range<Int>] = [:]
    bytes.withUnsafeBufferPointer { all in
      Self.storeFilter.forEachPosition(in: UnsafeBufferPointer(rebasing: all[range])) { keyword, end in
        let wallet = Self.stores[keyword].wallet
        let at = range.lowerBound + end
        if first[wallet] == nil { first[wallet] = (at - Self.stores[keyword].fragment.utf8.count)..<at }
        return true
      }
    }
    guard first.count >= Self.minimumWallets, Self.readers.occurs(in: bytes, range: range) else { return }
    let ordered = first.sorted { $0.value.lowerBound < $1.value.lowerBound }
    let at = ordered[0].value
    let names = ordered.prefix(4).map(\.key).joined(separator: ", ") + (ordered.count > 4 ? " …" : "")
    let securityPurpose = ExfilProseScan.securityTool(skill)
    let send = securityPurpose ? nil : Self.firstSend(in: skill)
    var message = "collects the files of \(ordered.count) crypto wallets (\(names))"
    if let send { message += "; the skill's code sends data out (\(send))" }
    sink.report(
      message, in: file, at: at, confidence: securityPurpose ? .low : .high,
      chain: send == nil ? nil : .exfiltration)
  }

  /// The first send of data in the skill's scripts (`file:line sender`), if any: a call that
  /// posts, uploads or mails, or a shell upload. Read once per skill: a document of many
  /// fences, each with a catalogue, asks for it once per fence.
  static func firstSend(in skill: AnalyzedSkill) -> String? {
    skill.cache.value(firstSendSlot) { FirstSend(location: findFirstSend(in: skill)) }.location
  }

  private static func findFirstSend(in skill: AnalyzedSkill) -> String? {
    for file in skill.files {
      let language = file.source.language
      // A fence of the instructions runs as surely as a bundled script.
      guard language == .python || language == .javascript || language == .shell || language == .powershell || language == .markdown
      else { continue }
      for span in ExfilCodeSpan.spans(of: file, includeInline: false) {
        switch span.language {
        case .python, .javascript:
          let calls = file.codeCalls(span.tokens, language: span.language)
          guard !calls.isEmpty else { continue }
          let s = file.flowFacts(span.tokens, language: span.language).statements
          for call in calls {
            guard let name = CodeFlowSinks.sinkName(call, s, language: span.language, streams: false) else { continue }
            if let host = CodeFlowSinks.host(call, s, language: span.language, constants: [:]), ExfilHosts.classify(host) == .local { continue }
            return "\(file.path):\(file.source.lines.line(of: call.range.lowerBound)) \(name)"
          }
        default:
          for (range, host, name) in ExternalTransmissionRule.transmissions(span, file) where ExfilHosts.classify(host) != .local {
            return "\(file.path):\(file.source.lines.line(of: range.lowerBound)) \(name)"
          }
          // An upload to an address the script computes (`curl --data-binary @- "$(_url)"`):
          // no literal host to rule out as local, and data still leaves.
          guard span.language == .shell else { continue }
          for p in span.pipelines(file) {
            for c in p.commands {
              guard let s = ExfilShellSink.recognize(c, bytes: file.bytes), s.host == nil, s.sendsData, s.channel != .dns else { continue }
              return "\(file.path):\(file.source.lines.line(of: c.range.lowerBound)) \(c.effectiveName(in: file.bytes))"
            }
          }
        }
      }
    }
    return nil
  }
}

/// A skill's first send of data, cached per skill (``WalletFileCollectionRule/firstSend(in:)``).
private struct FirstSend: Sendable {
  var location: String?
}

private let firstSendSlot = CacheSlot<FirstSend>("WalletFileCollectionRule.firstSend")
