public import SkillScanCore
import SkillScanFormats

/// What a skill says it talks to: words from its name, description, homepage, compatibility
/// and OpenClaw `requires.env` / `primaryEnv` (taxonomy.md §6.4 purpose alignment).
///
/// A Notion skill posting to `api.notion.com` is the product working; the same post from a
/// "calendar helper" to an unrelated host is a shadow feature. Rules lower confidence (and
/// withhold the chain) when a destination host matches the declared service.
public struct ExfilDeclaredService: Sendable {
  /// Lower-case words (≥ 3 letters) the skill declares.
  public let words: Set<String>
  /// Words from identifying fields (name, homepage, env names), which may also match inside
  /// a host label (`notion` in `notionapi`).
  let identifiers: Set<String>

  /// The declaration of `skill`, read once per skill: three rules ask for it per file.
  public static func of(_ skill: AnalyzedSkill) -> ExfilDeclaredService {
    skill.cache.value(declaredServiceSlot) { ExfilDeclaredService(skill) }
  }

  /// Reads the declaration of `skill`.
  public init(_ skill: AnalyzedSkill) {
    var ids = skill.name + " " + skill.bundle.folderName
    var text = ""
    if let fm = skill.frontmatter {
      for key in ["homepage", "url", "repository", "author"] {
        if let value = fm[key]?.scalarText { ids += " " + value }
      }
      for key in ["description", "compatibility"] {
        if let value = fm[key]?.scalarText { text += " " + value }
      }
      if let metadata = fm["metadata"] {
        for (_, value) in metadata.flattened().prefix(64) { ids += " " + value }
      }
      if let openclaw = OpenClawMetadata(fm) {
        ids += " " + openclaw.requiredEnv.joined(separator: " ")
        ids += " " + (openclaw.primaryEnv ?? "")
      }
    }
    identifiers = Self.words(of: ids).subtracting(Self.stopWords)
    words = Self.words(of: text).union(identifiers)
  }

  /// Words too common in skill names to identify a service.
  static let stopWords: Set<String> = [
    "skill", "skills", "agent", "agents", "inject", "tool", "tools", "helper", "claude", "openai",
    "code", "main", "test", "tests", "example", "document", "documents", "assistant", "manager",
    "obvious", "clean", "the", "and", "for", "with", "key", "api", "token", "secret",
  ]

  /// Splits text into lower-case alphanumeric words of at least three characters, also
  /// splitting host names and ENV_NAMES on their punctuation.
  ///
  /// ASCII text (nearly every description) is read as bytes; other text scalar by scalar
  /// after Unicode lower-casing. The scalar loop, with a character count per word, was 2% of
  /// a SKILL.md scan on its own.
  static func words(of text: String) -> Set<String> {
    var text = text
    if let ascii = text.withUTF8({ asciiWords($0) }) { return ascii }
    return scalarWords(of: text)
  }

  /// ``words(of:)`` of ASCII text, or nil when the text holds any other byte.
  static func asciiWords(_ u: UnsafeBufferPointer<UInt8>) -> Set<String>? {
    guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
    var result = Set<String>()
    var word: [UInt8] = []
    // Scalars past the first 20,000 are not read (one byte is one scalar here).
    for byte in u.prefix(20_000) {
      let lower = KeywordFilter.fold(byte)
      if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        word.append(lower)
      } else {
        if word.count >= 3 { result.insert(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      }
    }
    if word.count >= 3 { result.insert(String(decoding: word, as: UTF8.self)) }
    return result
  }

  /// ``words(of:)`` read one Unicode scalar at a time.
  static func scalarWords(of text: String) -> Set<String> {
    var result = Set<String>()
    var current = ""
    for scalar in text.lowercased().unicodeScalars.prefix(20_000) {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else {
        if current.count >= 3 { result.insert(current) }
        current = ""
      }
    }
    if current.count >= 3 { result.insert(current) }
    return result
  }

  /// Host labels too generic to identify a service.
  static let genericLabels: Set<String> = [
    "api", "www", "com", "net", "org", "io", "app", "dev", "co", "cloud", "v1", "v2", "eu", "us",
    "prod", "edge", "cdn", "static", "web", "service", "services", "server", "data", "files",
    "upload", "uploads", "hooks", "webhook", "gateway", "backend", "public", "global", "onrender",
    "herokuapp", "vercel", "netlify", "workers", "pages", "github", "githubusercontent", "amazonaws",
    "googleapis", "azurewebsites", "appspot", "firebaseio", "supabase", "render", "fly", "ngrok",
  ]

  /// Whether `host` names the declared service (a distinctive label of the host occurs among
  /// the declared words, or a declared word of ≥ 4 letters occurs inside such a label).
  public func matches(host: String) -> Bool {
    let labels = host.lowercased().split(separator: ".").map(String.init)
    for label in labels.dropLast() where label.count >= 3 && !Self.genericLabels.contains(label) {
      if words.contains(label) && !Self.stopWords.contains(label) { return true }
      for piece in label.split(separator: "-") where piece.count >= 4 && !Self.genericLabels.contains(String(piece)) {
        if words.contains(String(piece)) && !Self.stopWords.contains(String(piece)) { return true }
      }
      for word in identifiers where word.count >= 4 && !Self.genericLabels.contains(word) && label.contains(word) {
        return true
      }
      // One product under two brands: a Feishu skill calls Lark's international API.
      if let brands = Self.sameProduct[label], brands.contains(where: { words.contains($0) }) { return true }
    }
    return false
  }

  /// Host labels of products sold under another name in another market, and the names a
  /// skill declares them by.
  static let sameProduct: [String: [String]] = [
    "larksuite": ["feishu", "lark"], "larkoffice": ["feishu", "lark"], "feishu": ["lark", "larksuite"],
    "weixin": ["wechat"], "wechat": ["weixin"], "dingtalk": ["dingding"],
  ]
}

/// Where a skill's declared service is cached.
private let declaredServiceSlot = CacheSlot<ExfilDeclaredService>("ExfilDeclaredService")

/// The hosts a skill documents as its own API: named in at least
/// ``DocumentedService/minimumMentions`` URLs of its Markdown files (`SKILL.md`, references).
///
/// A transit skill sends the user's location to `vao.demo.hafas.de`, a food-delivery skill
/// to `api.tgoapis.com`: the service is the product even when its domain shares no word with
/// the skill's name. An honest API skill writes its endpoint out again and again; an
/// injected destination appears once or twice. Anonymous hosting (raw IPs, pastes, tunnels,
/// collectors, file hosts, buckets, user content) never qualifies, whatever the count.
public struct DocumentedService: Sendable {
  /// Lower-case hosts the skill's documentation uses as its API.
  public let hosts: Set<String>

  /// URLs naming a host before it counts as the skill's documented service.
  public static let minimumMentions = 4

  /// The documented hosts of `skill`, read once per skill.
  public static func of(_ skill: AnalyzedSkill) -> DocumentedService {
    skill.cache.value(documentedServiceSlot) { DocumentedService(skill) }
  }

  init(_ skill: AnalyzedSkill) {
    var counts: [String: Int] = [:]
    var ordinary: [String: Bool] = [:]
    for file in skill.files where file.source.language == .markdown {
      for url in file.urls {
        let host = url.host.lowercased()
        counts[host, default: 0] += 1
        if ordinary[host] == nil {
          ordinary[host] = HostClassifier.classify(url) == nil && ExfilHosts.classify(host) == .external
            && HostBrandDomains.imitatedBrand(host: host) == nil
        }
      }
    }
    hosts = Set(counts.filter { $0.value >= Self.minimumMentions && ordinary[$0.key] == true }.keys)
  }
}

/// Where a skill's documented service hosts are cached.
private let documentedServiceSlot = CacheSlot<DocumentedService>("DocumentedService")
