import SkillScanCore

/// The SC2 trap in its general form (taxonomy.md: "served from the vendor's own domain that
/// matches the tool named"): `curl -fsSL https://tailscale.com/install.sh | sh` under a
/// heading "Install Tailscale", or `curl -L https://foundry.paradigm.xyz | bash` in a skill
/// about Foundry. The allow-list cannot name every project that ships a shell installer;
/// most registry skills that pipe an installer into a shell install the very tool they are
/// about, from that tool's own domain.
///
/// The match is deliberately narrow, so that it cannot launder a delivery host:
/// - only an ordinary domain qualifies, never a raw IP, paste site, tunnel, shortener, file
///   host, bucket, free static host or user-content host (anyone can publish there), and
///   never a brand lookalike;
/// - a label of the host (not the TLD, not a generic word such as `get`, `install`, `cli`)
///   must be a word of the skill's name or description, of the nearest heading, or of the
///   lines just before the command, with URLs removed from that text (the command's own URL
///   would otherwise name itself);
/// - a word counts when it is the label or starts with it (`foundryup` names `foundry`), for
///   labels of three letters or more.
///
/// The finding stays: a vendor installer is still remote code execution, reported without a
/// download-execute chain and judged suspicious rather than malicious (§6.3).
extension VendorInstallers {
  /// An entry for `url` when its host names a tool that `context` names.
  /// - Parameters:
  ///   - url: the download URL as written.
  ///   - context: texts that name the tool (skill name and description, heading, lead-in).
  public static func namedVendor(url text: String, context: [String]) -> Entry? {
    guard let url = URLExtractor.parse(text), !url.hasUserInfo,
      HostClassifier.classify(url) == nil, HostBrandDomains.imitatedBrand(host: url.host) == nil
    else { return nil }
    let labels = hostNameLabels(url.host)
    guard !labels.isEmpty else { return nil }
    var words = Set<String>()
    for piece in context { words.formUnion(wordsOutsideURLs(piece)) }
    for label in labels {
      if words.contains(label) || words.contains(where: { $0.hasPrefix(label) && label.count >= 4 }) {
        return Entry(tool: label, host: url.host, pathPrefix: "")
      }
    }
    return nil
  }

  /// An entry for `url` when a label of its host is one of the skill's own identifiers: a
  /// word of its name, folder name, homepage, repository or metadata, or two or three
  /// adjacent pieces of its name or folder name written together (`portal.patrickbot.io`
  /// for a skill whose homepage is `https://patrickbot.io`, `install.lobsterbio.com` for
  /// `lobster-bio-use`).
  ///
  /// A skill about a product installing that product from the product's own site is the
  /// vendor-installer trap of taxonomy.md §SC2, whether or not the product is on the
  /// allow-list. The guards of ``namedVendor(url:context:)`` apply (only an ordinary domain,
  /// never anonymous or user-content hosting, never a brand lookalike), and the label must
  /// equal an identifier: `widgetctl-tools.com` is not `widgetctl`'s site.
  static func declaredVendor(url text: String, skill: AnalyzedSkill) -> Entry? {
    guard let url = URLExtractor.parse(text), !url.hasUserInfo,
      HostClassifier.classify(url) == nil, HostBrandDomains.imitatedBrand(host: url.host) == nil
    else { return nil }
    let labels = hostNameLabels(url.host)
    guard !labels.isEmpty else { return nil }
    var ids = ExfilDeclaredService.of(skill).identifiers
    for name in [skill.name, skill.bundle.folderName] { ids.formUnion(joinedPieces(of: name)) }
    // Hosting and platform names (`github`, `vercel` …) are where a homepage lives, not a product.
    guard let label = labels.first(where: { label in
      label.count >= 4 && ids.contains(label) && !ExfilDeclaredService.genericLabels.contains(label)
    }) else { return nil }
    return Entry(tool: label, host: url.host, pathPrefix: "")
  }

  /// Two or three adjacent pieces of a hyphenated or underscored name written together
  /// (`lobster-bio-use` → `lobsterbio`, `biouse`, `lobsterbiouse`), lower-cased.
  static func joinedPieces(of name: String) -> Set<String> {
    let pieces = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." }).map(String.init)
    var result = Set<String>()
    for i in pieces.indices {
      if i + 1 < pieces.count { result.insert(pieces[i] + pieces[i + 1]) }
      if i + 2 < pieces.count { result.insert(pieces[i] + pieces[i + 1] + pieces[i + 2]) }
    }
    return result
  }

  /// Labels of `host` that can name a product: not the TLD, not a second-level registry
  /// label (`co.uk`), not a generic service word, three characters or more.
  static func hostNameLabels(_ host: String) -> [String] {
    var labels = host.split(separator: ".").map(String.init)
    guard labels.count >= 2 else { return [] }
    labels.removeLast()
    if labels.count >= 2, let last = labels.last, registryLabels.contains(last) { labels.removeLast() }
    return labels.filter { $0.count >= 3 && !genericLabels.contains($0) && $0.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) }
  }

  /// Second-level labels under which anyone registers (`example.co.uk`, `example.com.au`).
  static let registryLabels: Set<String> = ["co", "com", "org", "net", "ac", "gov", "edu", "or", "ne"]

  /// Host labels that describe a service, not a product.
  static let genericLabels: Set<String> = [
    "www", "get", "install", "installer", "cli", "sh", "raw", "release", "releases", "download",
    "downloads", "dl", "cdn", "static", "assets", "files", "pkg", "pkgs", "packages", "repo",
    "repos", "apt", "deb", "rpm", "yum", "setup", "app", "api", "docs", "dev", "io", "web",
    "site", "tools", "tool", "script", "scripts", "bin", "update", "updates", "official", "the",
  ]

  /// Lower-case ASCII words of `text`, skipping every `scheme://…` run up to white space.
  static func wordsOutsideURLs(_ text: String) -> Set<String> {
    let bytes = Array(text.utf8)
    var words = Set<String>()
    var word: [UInt8] = []
    var i = 0
    func flush() {
      if word.count >= 3 { words.insert(String(decoding: word, as: UTF8.self)) }
      word.removeAll(keepingCapacity: true)
    }
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x3A, i + 2 < bytes.count, bytes[i + 1] == 0x2F, bytes[i + 2] == 0x2F {
        // Inside a URL: drop the scheme word just read and skip to the next blank or quote.
        word.removeAll(keepingCapacity: true)
        while i < bytes.count, !urlEnd.contains(bytes[i]) { i += 1 }
        continue
      }
      let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
      if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
        word.append(lower)
      } else {
        flush()
      }
      i += 1
    }
    flush()
    return words
  }

  private static let urlEnd: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0x60, 0x29, 0x3E, 0x7C]
}
