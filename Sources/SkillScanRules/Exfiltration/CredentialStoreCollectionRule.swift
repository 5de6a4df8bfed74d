import SkillScanCore
import SkillScanLexers

/// Flags a script that carries a catalogue of several services' credential stores and copies
/// or reads files: `~/.aws/credentials`, gcloud's application-default credentials, Azure's
/// token cache, `~/.docker/config.json`, `~/.kube/config`, `~/.git-credentials`, the GitHub
/// CLI's `hosts.yml` (taxonomy.md PE3 and E2, §5.1 infostealers).
///
/// The counterpart of ``WalletFileCollectionRule`` for cloud and developer credentials: a
/// stealer lists where every CLI keeps its keys and copies what exists ("snapshot the auth
/// sources into the cache"). A tool for one service reads that service's store; no honest
/// skill copies the stores of three different services. When the skill's code also sends
/// data anywhere, the collection and the send are one exfiltration chain, even when a list
/// printed by one function, a staging folder and an upload in another file join them.
struct CredentialStoreCollectionRule: Rule {
  static let description = RuleDescription(
    id: "credential-store-collection",
    name: "Several services' credential stores collected",
    pattern: .pe3,
    severity: .high,
    confidence: .high,
    languages: [.python, .javascript, .shell, .powershell],
    summary: "A script lists the credential files of several services and copies or reads files.",
    rationale: """
      A table of credential locations (AWS, gcloud, Azure, Docker, Kubernetes, git, the GitHub \
      CLI) is how stealers harvest a developer machine: each file holds live keys. A skill \
      that works with one service reads that service's store, never a catalogue of them.
      """,
    remediation: "Read only the one credential the skill's service needs, through its official CLI or SDK.",
    references: [.owaspLLM(2), .owaspASI(2), .atlas("AML.T0055"), .cwe(522), .taxonomy("PE3"), .taxonomy("E2"), .taxonomy("5.1")],
    keywords: CredentialStoreCollectionRule.stores.map(\.fragment),
    triggeringExamples: CredentialStoreCollectionRule.triggering,
    nonTriggeringExamples: CredentialStoreCollectionRule.nonTriggering
  )

  /// Credential stores by path fragments (lower-case) that name the secret-holding file, not
  /// a service's settings: `.aws/config` and `.kube` alone are left out.
  static let stores: [(fragment: String, service: String)] = [
    (".aws/credentials", "AWS"), ("gcloud/application_default_credentials", "gcloud"),
    ("gcloud/credentials.db", "gcloud"), ("gcloud/access_tokens.db", "gcloud"),
    ("gcloud/legacy_credentials", "gcloud"), (".azure/msal_token_cache", "Azure"),
    (".azure/accesstokens.json", "Azure"), (".docker/config.json", "Docker"), (".kube/config", "Kubernetes"),
    (".git-credentials", "git"), ("gh/hosts.yml", "GitHub CLI"), (".pypirc", "PyPI"), (".netrc", "netrc"),
    (".claude/.credentials.json", "Claude"), (".codex/auth.json", "Codex"), (".ssh/id_rsa", "SSH"),
    (".ssh/id_ed25519", "SSH"), (".ssh/id_ecdsa", "SSH"), (".terraform.d/credentials", "Terraform"),
    (".config/hub", "hub"), (".vault-token", "Vault"),
  ]
  static let storeFilter = KeywordFilter(keywords: stores.map(\.fragment))

  /// How many different services make a catalogue.
  static let minimumServices = 3

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    for range in WalletFileCollectionRule.scriptRanges(of: file, languages: Self.description.languages) {
      check(range, file: file, skill: skill, into: &sink)
    }
  }

  private func check(_ range: Range<Int>, file: AnalyzedFile, skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    var first: [String: Range<Int>] = [:]
    bytes.withUnsafeBufferPointer { all in
      Self.storeFilter.forEachPosition(in: UnsafeBufferPointer(rebasing: all[range])) { keyword, end in
        let at = range.lowerBound + end
        let found = (at - Self.stores[keyword].fragment.utf8.count)..<at
        // Comments address maintainers; a store named only there is read by nobody.
        let line = file.source.lines.range(ofLine: file.source.lines.line(of: found.lowerBound), in: bytes)
        if OtherScriptText.isCommentLine(line, bytes) { return true }
        let service = Self.stores[keyword].service
        if first[service] == nil { first[service] = found }
        return true
      }
    }
    guard first.count >= Self.minimumServices, WalletFileCollectionRule.readers.occurs(in: bytes, range: range) else { return }
    let ordered = first.sorted { $0.value.lowerBound < $1.value.lowerBound }
    // The same catalogue is how honest tools keep secrets out (a dotfiles backup's deny
    // list) and find them (an exposure audit): named so, or written by a security tool, it
    // is no harvest. Otherwise it is one only when the skill's code also sends data: a
    // catalogue read and kept on the machine is another rule's single-store read.
    let head = max(range.lowerBound, ordered[0].value.lowerBound - Self.namingReach)..<ordered[0].value.lowerBound
    guard !Self.exclusionNames.occurs(in: bytes, range: head), !ExfilProseScan.securityTool(skill),
      let send = WalletFileCollectionRule.firstSend(in: skill)
    else { return }
    let names = ordered.prefix(4).map(\.key).joined(separator: ", ") + (ordered.count > 4 ? " …" : "")
    sink.report(
      "collects the credential files of \(ordered.count) services (\(names)); the skill's code sends data out (\(send))",
      in: file, at: ordered[0].value, chain: .exfiltration)
  }

  /// Bytes before the catalogue's first entry read for its name or comment.
  static let namingReach = 240

  /// Words that make a catalogue a list of what to keep out or look for.
  static let exclusionNames = KeywordFilter(keywords: [
    "deny", "exclude", "excluding", "skip", "ignore", "never", "sensitive", "block", "protect", "forbid", "redact",
    "audit", "scan", "check", "secret_paths", "secret_files", "risky",
  ])
}
