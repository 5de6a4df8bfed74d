import SkillScanCore
import SkillScanLexers

/// The pieces of a fake-prerequisite dropper found in one file (taxonomy.md §5.1): banners
/// that make a helper mandatory, and the ways the helper is delivered.
struct DropperEvidence {
  /// How a helper is delivered.
  enum Kind: String, Comparable {
    /// Archive or executable from a release asset, file host, paste, bucket or free host.
    case archive = "archive download"
    /// An executable or installer, or any archive from a file host, paste, tunnel or raw IP.
    case executable = "executable download from an untrusted host"
    /// An archive password (encryption defeats antivirus inspection).
    case password = "archive password"
    /// A copy-into-terminal one-liner that downloads or decodes and runs code.
    case oneLiner = "terminal one-liner that fetches or decodes code"
    /// Gatekeeper, quarantine or Defender bypass; password prompts.
    case quarantine = "security-control bypass"
    /// A host that imitates an agent-platform brand.
    case lookalike = "brand-lookalike host"
    /// A "download and install from <site>" link to a free static host, file host or paste.
    case untrustedSite = "installer from an untrusted host"
    /// Instructions (prose or a generated program) to decode a protected payload.
    case decoding = "obfuscated install steps"

    static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  struct Item {
    var kind: Kind
    var range: Range<Int>
    var line: Int
    var detail: String
  }

  var banners: [(range: Range<Int>, line: Int, text: String)] = []
  var items: [Item] = []

  static let executableExtensions: Set<String> = [
    "exe", "msi", "pkg", "dmg", "appimage", "scr", "bat", "cmd", "vbs", "hta", "lnk", "msix", "appx", "command", "run", "apk",
  ]

  static let archiveWords = [
    "unzip", "7z", "7-zip", "winrar", "unrar", ".zip", ".rar", ".7z", "zip file", "the archive", "the zip",
    ".exe", ".msi", ".dmg", ".pkg",
  ]

  /// Heading words that label a section as a warning about what it shows.
  static let warningHeadingWords = [
    "risky", "dangerous", "malicious", "suspicious", "red flag", "attack", "insecure", "unsafe", "anti-pattern",
    "antipattern", "avoid", "never", "don't", "do not",
  ]

  /// The cue lists, read together in one pass: banners, passwords, quarantine removal,
  /// decoding, terminal steps, archive words (in that order).
  static let cues = PhraseGroups([
    InstallPrerequisitePhrases.banners, InstallPrerequisitePhrases.password,
    InstallPrerequisitePhrases.quarantine, InstallPrerequisitePhrases.decoding,
    InstallPrerequisitePhrases.terminal, archiveWords,
  ])

  /// Collects banners and delivery evidence from `file`.
  init(file: AnalyzedFile, skill: AnalyzedSkill) {
    let lines = file.source.lines
    var found: [Item] = []
    var foundBanners: [(range: Range<Int>, line: Int, text: String)] = []
    var terminalSteps = Set<Int>()
    var archiveLines = Set<Int>()
    func add(_ kind: Kind, _ range: Range<Int>, _ detail: String) {
      found.append(Item(kind: kind, range: range, line: lines.line(of: range.lowerBound), detail: detail))
    }
    for chunk in Self.chunks(of: file) {
      let text = TextNormalizer.normalize(file.bytes, range: chunk, markupAsSpace: false)
      let found = Self.cues.matches(in: text.bytes)
      func each(_ group: Int, _ body: (Range<Int>, String) -> Void) {
        for m in found[group] { body(text.originalRange(m.range), Self.cues.groups[group][m.phrase]) }
      }
      each(0) { foundBanners.append(($0, lines.line(of: $0.lowerBound), $1)) }
      each(1) { add(.password, $0, $1) }
      each(2) { add(.quarantine, $0, $1) }
      each(3) { add(.decoding, $0, $1) }
      each(4) { r, _ in terminalSteps.insert(lines.line(of: r.lowerBound)) }
      each(5) { r, _ in archiveLines.insert(lines.line(of: r.lowerBound)) }
    }
    for region in file.regions where region.kind == .heading {
      // Byte search: String.contains is costly, and long documents have many headings.
      let heading = Array(region.info.lowercased().utf8)
      // "Risky installer patterns" titles a warning about installers, not a step.
      if ["install", "setup", "set up"].contains(where: { ByteSearch.contains(heading, Array($0.utf8)) }),
        !Self.warningHeadingWords.contains(where: { ByteSearch.contains(heading, Array($0.utf8)) })
      {
        foundBanners.append((region.range, lines.line(of: region.range.lowerBound), "heading '\(region.info)'"))
      }
    }
    for url in file.urls {
      // The identity is read lazily: only a binary link asks, and most skills have none
      // (reading `_meta.json` for every skill was half a percent of a registry scan).
      Self.classify(
        url, ownRepository: { SkillIdentity.of(skill).ownsRepository(of: url) },
        delivers: { Self.deliversSomething(url, in: file) }, terminalSteps: terminalSteps, lines: lines, add: add)
    }
    Self.oneLiners(file, skill: skill, add: add)
    // A password only matters next to an archive (`pass --flag` and "password: <env var>"
    // are everyday prose).
    archiveLines.formUnion(found.filter { $0.kind == .archive || $0.kind == .executable }.map(\.line))
    items = found.filter { item in
      item.kind != .password || Self.near(item.line, archiveLines)
    }
    banners = foundBanners
  }

  /// Words on a link's line that make it a delivery: "Download and install from:", "Quick
  /// setup here ->", "get the helper".
  static let deliveryWords = PhraseMatcher([
    "install", "installs", "installed", "installer", "installation", "download", "downloads",
    "setup", "set up", "get it", "get the", "helper", "required", "requires", "require",
    "prerequisite", "prerequisites", "must", "binary", "executable", "update", "run", "execute",
    "launch", "extract", "unzip",
  ])

  /// Whether `url` sits on a line that asks for a download or an install step, or is the
  /// target of a shell command that runs what it fetches.
  static func deliversSomething(_ url: FoundURL, in file: AnalyzedFile) -> Bool {
    let lines = file.source.lines
    var line = lines.range(ofLine: lines.line(of: url.range.lowerBound), in: file.bytes)
    line = line.lowerBound..<min(line.upperBound, line.lowerBound + 2048)
    let text = TextNormalizer.normalize(file.bytes, range: line).bytes
    if deliveryWords.containsMatch(in: text) { return true }
    return RemoteExecution.find(in: ShellStructure.pipelines(in: file.bytes, range: line), bytes: file.bytes).contains {
      $0.url.map { URLExtractor.parse($0)?.host == url.host } ?? false
    }
  }

  /// Whether one of `lines` is within three lines of `line` (a constant number of probes, so
  /// files with thousands of steps stay linear).
  static func near(_ line: Int, _ lines: Set<Int>) -> Bool {
    (line - 3...line + 3).contains(where: lines.contains)
  }

  /// The block-level regions read for phrases (inline regions are inside them); a file
  /// without regions is one chunk. Every block is read, however long: one pass over shared
  /// cue lists keeps even a 20 MB single-line file linear.
  static func chunks(of file: AnalyzedFile) -> [Range<Int>] {
    let blocks = file.regions.filter { $0.kind != .inlineCode && $0.kind != .linkTarget && $0.kind != .loadTimeDirective }
    return blocks.isEmpty ? [0..<file.bytes.count] : blocks.map(\.range)
  }

  private static func classify(
    _ url: FoundURL, ownRepository: () -> Bool, delivers: () -> Bool, terminalSteps: Set<Int>, lines: LineIndex,
    add: (Kind, Range<Int>, String) -> Void
  ) {
    let hostClass = HostClassifier.classify(url)
    if hostClass == .local || hostClass == .documentation { return }
    let ext = url.fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
    let isBinary = url.fileName.utf8.contains(0x2E) && InstallPrerequisitePhrases.binaryExtensions.contains(ext)
    // A lookalike host delivers the helper only where the link is a download or an install
    // step: the product's own site linked in a description ("[Copilot Money](https://copilot.money)"),
    // an API base URL or a "Links" entry delivers nothing.
    // (Read only for a lookalike host: the line's delivery words cost a pass per URL.)
    if let brand = HostBrandDomains.imitatedBrand(host: url.host), isBinary || delivers() {
      add(.lookalike, url.range, "\(url.host) imitates \(brand.token)")
    } else if isBinary, let brand = HostBrandDomains.imitatedBrand(githubURL: url) {
      // A brand in a repository name is common and harmless; a brand-named *binary release*
      // from an unrelated account is the campaign's delivery.
      add(.lookalike, url.range, "\(url.fileName) released by an account unrelated to \(brand.token)")
    }
    // A release of the skill's own repository is the skill's own build (``SkillIdentity``).
    if isBinary, !ownRepository(), VendorInstallers.entry(forURL: url.text) == nil {
      let anonymousHost: Set<HostClass> = [
        .fileHost, .paste, .rawIP, .shortener, .tunnel, .dynamicDNS, .objectStorage, .freeStaticHost,
      ]
      // Release assets of any account are the norm for real tools; an executable counts as
      // untrusted when it comes from an anonymous host or an ordinary website.
      let anonymous = hostClass.map(anonymousHost.contains) == true
      let vendorNamed = hostClass == nil && Self.fileNamedAfterHost(url)
      let executable = anonymous || (Self.executableExtensions.contains(ext) && hostClass != .userContent && !vendorNamed)
      add(executable ? .executable : .archive, url.range, url.text)
    }
    guard let hostClass else { return }
    let line = lines.line(of: url.range.lowerBound)
    switch hostClass {
    case .paste, .rawIP, .tunnel, .shortener, .dynamicDNS:
      // A paste or raw-IP link next to "copy the command … run it in Terminal".
      if Self.near(line, terminalSteps) {
        add(.oneLiner, url.range, "command hosted on a \(hostClass.rawValue) (\(url.host))")
      } else {
        add(.untrustedSite, url.range, "\(url.host) (\(hostClass.rawValue))")
      }
    case .freeStaticHost, .fileHost:
      add(.untrustedSite, url.range, "\(url.host) (\(hostClass.rawValue))")
    default:
      return
    }
  }

  /// `python.org/…/python-3.12.exe`, `desktop.docker.com/…/Docker Installer.exe`: the site's
  /// name is the product's, as on a vendor's own download page.
  static func fileNamedAfterHost(_ url: FoundURL) -> Bool {
    let labels = url.host.split(separator: ".").map(String.init)
    guard labels.count >= 2 else { return false }
    let name = String(labels[labels.count - 2])
    let file = url.fileName.lowercased().filter { $0.isLetter || $0.isNumber }
    return name.count >= 3 && file.contains(name.filter { $0.isLetter || $0.isNumber })
  }

  /// Whether a download-and-run fetches from somewhere no vendor publishes installers: a raw
  /// IP, paste, tunnel, shortener, file host, bucket, free static host, anyone's GitHub raw
  /// or release files, a brand lookalike, or a URL not written out. A vendor-looking domain
  /// serving its own `install.sh` is left to the SC2 rule, and so is the skill's own site or
  /// GitHub repository (``VendorInstallers/skillVendor(url:skill:)``): the campaign's
  /// helpers came from accounts unrelated to the skill.
  static func untrustedSource(_ text: String?, skill: AnalyzedSkill) -> Bool {
    guard let text, let url = URLExtractor.parse(text) else { return text == nil }
    if VendorInstallers.skillVendor(url: text, skill: skill) != nil { return false }
    if HostBrandDomains.imitatedBrand(host: url.host) != nil { return true }
    guard let kind = HostClassifier.classify(url) else { return false }
    return kind != .local && kind != .documentation
  }

  /// Shell one-liners (in code, inline code or prose) that download or decode and run code.
  private static func oneLiners(_ file: AnalyzedFile, skill: AnalyzedSkill, add: (Kind, Range<Int>, String) -> Void) {
    let powerShell = file.parsedSpanPowerShellHits
    for (index, parsed) in file.parsedShellSpans.enumerated() {
      for hit in RemoteExecution.find(in: parsed.pipelines, bytes: file.bytes) + powerShell[index]
      where !hit.verified && untrustedSource(hit.url, skill: skill) {
        // "We do **not** use the `curl … | sh` script" names the one-liner it refuses.
        guard ProsePolarity.classify(file, at: hit.range) == .affirmative else { continue }
        add(.oneLiner, hit.range, hit.message)
      }
    }
    for (_, hit) in file.shellDecodeChains {
      add(.oneLiner, hit.range, hit.message)
    }
    for unit in DeobfCodeUnit.units(of: file) where unit.language != .shell {
      for token in unit.tokens where token.kind == .string && token.range.count >= 20 && token.range.count <= 1 << 16 {
        let value = Array(StringLiteral.value(of: token, in: file.bytes, language: unit.language).utf8)
        if let hit = EmbeddedDownloadCommandRule.hit(String(decoding: value, as: UTF8.self)), untrustedSource(hit.url, skill: skill) {
          add(.oneLiner, token.range, "string holds a download-and-run command")
        }
      }
    }
  }
}
