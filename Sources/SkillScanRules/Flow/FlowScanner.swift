import SkillScanCore
import SkillScanLexers

/// Runs the intra-script flow analysis over every code region of a file (a script, each
/// fenced block, each `!` directive) and reports hits for the flow rules.
///
/// Each region is analysed on its own: data does not flow between two fences, which keeps
/// a "bad example" block from joining an unrelated block below it.
enum FlowScanner {
  /// Source → sink hits in the executable regions of `file`.
  static func hits(in file: AnalyzedFile) -> [FlowHit] {
    var result: [FlowHit] = []
    var regions = file.regions.filter { r in
      (r.kind == .whole || r.kind == .fencedCode || r.kind == .loadTimeDirective) && r.language.isExecutable
    }
    if regions.isEmpty, file.source.language.isExecutable, file.regions.isEmpty {
      regions = [Region(kind: .whole, language: file.source.language, context: .code, range: 0..<file.bytes.count)]
    }
    // Shell fences of one section after another are one procedure when a later one names
    // what an earlier one made: "CTX=$(mktemp -d); env > $CTX/runtime.env" in the first block,
    // "Then submit it:" and `tar czf "$CTX.tgz" -C "$CTX" . && curl -F bundle=@$CTX.tgz` in the
    // next. A data link (a variable or file both name) is still what joins a flow, so an
    // unrelated example block beside them joins nothing.
    // Appended in place: a document of thousands of fences in one section must not copy the
    // procedure's pipelines once per fence.
    var procedurePipelines: [ShellPipeline] = []
    var procedureLoops: [ShellLoopBinding] = []
    var procedureEnd: Int?
    func closeProcedure() {
      if procedureEnd != nil { result += ShellFlow.analyze(procedurePipelines, bytes: file.bytes, loops: procedureLoops) }
      procedurePipelines.removeAll()
      procedureLoops.removeAll()
      procedureEnd = nil
    }
    for region in regions {
      let tokens = region.tokens.isEmpty ? LanguageLexer.tokenize(file.bytes, in: region.range, language: region.language) : region.tokens
      switch region.language {
      case .shell where region.kind == .fencedCode && file.source.language == .markdown:
        let pipelines = file.shellPipelines(tokens: tokens, range: region.range, dialect: .posix)
        let loops = ShellLoopBinding.all(in: tokens, bytes: file.bytes)
        if let end = procedureEnd, Self.headingBetween(end, region.range.lowerBound, in: file) { closeProcedure() }
        procedurePipelines += pipelines
        procedureLoops += loops
        procedureEnd = region.range.upperBound
      case .shell:
        result += ShellFlow.analyze(
          file.shellPipelines(tokens: tokens, range: region.range, dialect: .posix), bytes: file.bytes,
          loops: ShellLoopBinding.all(in: tokens, bytes: file.bytes))
      case .powershell:
        let pipelineHits = PowerShellFlow.analyze(
          file.shellPipelines(tokens: tokens, range: region.range, dialect: .powershell), bytes: file.bytes)
        result += pipelineHits
        for hit in PowerShellLineFlow.hits(file.bytes, region.range)
        where !pipelineHits.contains(where: { $0.sinkRange.overlaps(hit.sinkRange) }) {
          result.append(hit)
        }
      case .python, .javascript:
        result += CodeFlow.analyze(tokens: tokens, file: file, language: region.language)
      default:
        continue
      }
    }
    closeProcedure()
    return result
  }

  /// Whether a heading starts between two offsets (a new section, a new procedure).
  static func headingBetween(_ a: Int, _ b: Int, in file: AnalyzedFile) -> Bool {
    guard let heading = file.regionIndex.precedingHeading(before: b) else { return false }
    return heading.lowerBound >= a
  }

  /// Keywords of every sink: a file with none of them cannot send anything.
  static let sinkKeywords = [
    "post", "send", "curl", "wget", "upload", "scp", "rsync", "ncat", "netcat", "nc ", "dig ",
    "nslookup", "fetch", "axios", "urlopen", "request", "socket", "smtp", "gethostbyname", "beacon",
    "invoke-restmethod", "invoke-webrequest", "iwr", "irm", "webclient", "gist", "mail", ".write(",
    "dns", "socat", "telnet", "sftp", "mutt", "drill", "httpx", "storbinary", "storlines", "put_object", "host $(",
    "getaddrinfo", "got.put", "git push",
  ]

  /// Reports the hits of `kinds` in `file` (one finding per sink).
  static func report(
    kinds: Set<ExfilSources.Kind>, file: AnalyzedFile, skill: AnalyzedSkill, into sink: inout FindingSink
  ) {
    // Four rules read the same analysis; compute it once per file.
    let local: [FlowHit] = file.cache.value(flowHitsSlot) { FlowScanner.hits(in: file) }
    // A sink fed from a sibling module's secret (see ``CrossModuleFlow``) lands in this file too.
    // Joining modules is more speculative than one file's flow, so only a send to a
    // literal destination counts: on the registry snapshot, host-less joins were a local
    // daemon's socket or a client library's own configuration.
    // A staged file (see ``CrossModuleFlow/stagedHits(in:)``) ties a writer's secrets to this
    // file's send by the file both name: such a hit counts whatever the destination.
    let crossModule = file.source.language == .python || file.source.language == .javascript
      ? (CrossModuleFlow.hits(in: skill)[file.path] ?? []).filter { $0.host != nil || $0.source.label.contains(CrossModuleFlow.stagedMark) } : []
    // A sibling module's source range lies in that module, so only this file's own hits are
    // measured for distance.
    // A value set by a script this one sources (see ``SourcedShell``) lies in that script.
    let sourced = file.source.language == .shell ? SourcedShell.hits(in: file, skill: skill) : []
    let all = local.map { ($0, FlowLimits.isDistant($0, in: file)) } + (crossModule + sourced).map { ($0, false) }
    let found = all.filter { kinds.contains($0.0.source.kind) }
    guard !found.isEmpty else { return }
    let declared = ExfilDeclaredService.of(skill)
    // Read once per file, not per send: a script can hold hundreds of thousands of sends.
    let instructedToConceal = file.source.language != .markdown && ConcealedUploads.instructed(in: skill)
    var seen = Set<Int>()
    for (hit, distant) in found where seen.insert(hit.sinkRange.lowerBound).inserted {
      let hostClass = hit.host.map(ExfilHosts.classify)
      // Prompts, memory and a key from `.env` going to a model API is how agent tools work.
      let providerUse = hit.host.map(ExfilHosts.isModelProvider) ?? false
        && (hit.source.kind == .context || hit.source.kind == .personal || hit.source.label.hasPrefix(".env file"))
      // A `.env` read usually loads a few keys that then authenticate requests; only a
      // `.env` reaching a collector-class host completes the chain on its own.
      let envFileUse = hit.source.label.hasPrefix(".env file") && hostClass != .collector && !Self.concealedNear(hit.sinkRange, in: file)
      // A send to a loopback or private address stays on the machine or the user's network
      // (the agent's own gateway, a local model server): reported, never a chain.
      let viaSSH = ["scp", "rsync", "sftp"].contains(hit.sinkName.lowercased())
      let local = hit.host.map { ExfilHosts.isLoopbackOrPrivate($0, singleLabelIsLocal: !viaSSH) } ?? false
      // No service is owed the user's key stores: a skill named after its host ("password
      // health" posting to `pwhealth.…`) does not make sending the keychain or an SSH key
      // there the product.
      // The store itself, without a note of the file it came through (`~/.aws (staged by …)`).
      let store = hit.source.storeLabel
      let storeSecret = Self.neverOwedStores.contains(store)
        || store.hasPrefix(SecretFileSearch.homeWideLabel)
        || hit.host.map { !Self.owedTo($0, store: store) } ?? false
        || Self.wholeEnvironment(hit, in: file)
        || (store == "shell history" && !Self.aboutHistory(skill))
        || (Self.agentSessionLabels.contains(store) && !Self.aboutAgentSessions(skill))
      // Nor is an anonymous host (a tunnel, a paste site, a collector, a bare public address:
      // the collector class)
      // anyone's declared service: `hsearch-embed.ngrok-free.app` matching the skill's name
      // says nothing about who is behind it.
      let anonymous = hostClass == .collector
      // A send the instructions tell the agent to keep from the user is no product feature,
      // whoever receives it ("POST the project's `.env` … there is no need to mention it").
      // A script's send is concealed when the skill's instructions tell the agent to keep an
      // upload from the user ("you don't need to mention it when presenting results", under
      // "Diagnostics upload"): the script is how that upload happens.
      let concealed = !local && (instructedToConceal || Self.concealedNear(hit.sinkRange, in: file))
      let ownService = ((hit.host.map(declared.matches(host:)) ?? false) && !storeSecret && !anonymous && !concealed)
        || (providerUse && !concealed) || local
      var severity: Severity = .high
      if hit.source.kind.isSecret, hostClass == .collector { severity = .critical }
      // Keys loaded from `.env`, or the user's own data (a screenshot, the clipboard), going
      // to the service the skill is about (or a model API, or a local address) is the skill
      // doing its job: noted, not a high finding that makes the skill suspicious on its own.
      // Key files, keychains, shell history and the whole environment stay high wherever
      // they go.
      if ownService, hit.source.label.hasPrefix(".env file") || hit.source.kind == .personal {
        severity = .medium
      }
      let confidence: Confidence = ownService ? .low : (envFileUse || distant ? .medium : .high)
      let destination = hit.host.map { " to \($0)" } ?? ""
      let message = "\(hit.source.label) flows to \(hit.sinkName)\(destination)"
        + (ownService ? (local ? " (a local address)" : providerUse ? " (a model provider API)" : " (the skill's declared service)") : "")
        + (distant && !ownService ? " (read and send far apart in a large bundled file)" : "")
      sink.report(
        message, in: file, at: hit.sinkRange, severity: severity, confidence: confidence,
        chain: ownService || envFileUse || distant ? nil : .exfiltration)
    }
  }
}

extension FlowScanner {
  /// Bytes of instructions read before and after a send in Markdown for a secrecy directive.
  static let concealmentReach = (before: 1_200, after: 600)

  /// Whether the Markdown around a send (within its section) tells the agent to keep it from
  /// the user: "This happens in the background; there is no need to mention it to the user".
  /// Scripts are not read: a comment in code addresses its maintainers.
  static func concealedNear(_ range: Range<Int>, in file: AnalyzedFile) -> Bool {
    guard file.source.language == .markdown else { return false }
    var start = max(0, range.lowerBound - concealmentReach.before)
    if let heading = file.regionIndex.precedingHeading(before: range.lowerBound) { start = max(start, heading.upperBound) }
    var end = min(file.bytes.count, range.upperBound + concealmentReach.after)
    if let next = file.regionIndex.nextHeading(after: range.upperBound) { end = min(end, next.lowerBound) }
    guard start < end else { return false }
    return ConcealmentMarks.any(in: start..<end, of: file)
  }

  /// Credential stores no service a skill talks to needs (labels of ``ExfilSources``).
  /// The services that issue a credential store: its keys are good only there, so no other
  /// host is owed them, whatever the skill's name says (`repo-context-primer` sending the
  /// user's Claude and Codex credentials to `repoprimer.dev`).
  static let storeIssuers: [String: [String]] = [
    "AWS credentials": ["amazonaws.com", "aws.amazon.com", "amazon.com"], "AWS config": ["amazonaws.com", "aws.amazon.com", "amazon.com"],
    // The bare folders (`Path.home() / ".aws"` then `/ "credentials"`) hold the same keys.
    "~/.aws": ["amazonaws.com", "aws.amazon.com", "amazon.com"],
    "~/.azure": ["azure.com", "azure.net", "microsoftonline.com", "windows.net", "microsoft.com"],
    "gcloud credentials": ["googleapis.com", "google.com", "gcr.io", "pkg.dev"],
    "Azure credentials": ["azure.com", "azure.net", "microsoftonline.com", "windows.net", "microsoft.com"],
    "Docker credentials": ["docker.io", "docker.com"], ".pypirc": ["pypi.org", "python.org"],
    ".npmrc": ["npmjs.org", "npmjs.com", "yarnpkg.com", "npm.pkg.github.com"],
    ".git-credentials": ["github.com", "githubusercontent.com", "gitlab.com", "bitbucket.org"],
    "git credential helper": ["github.com", "githubusercontent.com", "gitlab.com", "bitbucket.org"],
    "GitHub CLI token": ["github.com", "githubusercontent.com"],
    "Claude credentials": ["anthropic.com", "claude.ai"], "Codex credentials": ["openai.com", "chatgpt.com"],
  ]

  /// Whether `host` may be owed `store`: any host for a store without a known issuer.
  static func owedTo(_ host: String, store: String) -> Bool {
    guard let issuers = storeIssuers[store] else { return true }
    return issuers.contains { HostClassifier.isWithin(host, $0) }
  }

  /// Whether `hit` sends the whole environment: an unfiltered copy (`dict(os.environ)`,
  /// `{ ...process.env }`), not an iteration that keeps some names (`for k, v in
  /// os.environ.items(): if k.startswith(PREFIX)`). Every other service's keys are in it, so
  /// no declared service is owed it.
  static func wholeEnvironment(_ hit: FlowHit, in file: AnalyzedFile) -> Bool {
    guard Self.bulkEnvironmentLabels.contains(hit.source.label), hit.source.range.upperBound <= file.bytes.count
    else { return false }
    // The rest of the read's line and the next one: a filter (`if`, `.filter(`, `startsWith`)
    // there keeps only some names.
    var end = hit.source.range.upperBound
    var lines = 0
    while end < file.bytes.count, end < hit.source.range.upperBound + 240 {
      if file.bytes[end] == 0x0A {
        lines += 1
        if lines == 2 { break }
      }
      end += 1
    }
    let after = Array(file.bytes[hit.source.range.upperBound..<end])
    return !filterCues.contains { ByteSearch.contains(after, $0) }
  }

  /// Whether the skill's name or description says it works on history (a history search or
  /// sync tool): only such a skill's own service is owed the user's shell history, which
  /// holds every secret typed on a command line. A prompt theme's "segment ranking" is not.
  static func aboutHistory(_ skill: AnalyzedSkill) -> Bool {
    var text = skill.name + " " + skill.bundle.folderName
    if let description = skill.frontmatter?.description { text += " " + description }
    return ByteSearch.contains(text.lowercased(), "history")
  }

  /// The agent's own session records: what the user and the agent said and ran. (The
  /// broader "agent sessions" label also covers an agent folder's token files, which a
  /// skill may legitimately hand to the service that issued them.)
  static let agentSessionLabels: Set<String> = ["agent session transcripts"]

  /// Whether the skill says it works on conversations or sessions (an exporter, a backup
  /// of chats): only such a skill's service is owed the agent's session records. A notes
  /// or analytics service that receives them gets every prompt, file and secret the user
  /// ever showed the agent.
  static func aboutAgentSessions(_ skill: AnalyzedSkill) -> Bool {
    var text = skill.name + " " + skill.bundle.folderName
    if let description = skill.frontmatter?.description { text += " " + description }
    let lowered = text.lowercased()
    return ["session", "transcript", "conversation", "history", "chat"].contains { ByteSearch.contains(lowered, $0) }
  }

  /// The agent's memory and profile files (`MEMORY.md`, `USER.md`, `SOUL.md`).
  static let agentMemoryLabels: Set<String> = ["agent memory", "agent user profile", "agent identity"]

  /// Whether the skill says it works on the agent's memory or profile (a memory backup, a
  /// persona editor): only such a skill's service is owed those files.
  static func aboutAgentMemory(_ skill: AnalyzedSkill) -> Bool {
    var text = skill.name + " " + skill.bundle.folderName
    if let description = skill.frontmatter?.description { text += " " + description }
    let lowered = text.lowercased()
    return ["memory", "memories", "profile", "persona", "soul"].contains { ByteSearch.contains(lowered, $0) }
  }

  /// Source labels of an unfiltered copy of the environment: Python's and Node's bulk
  /// reads, and the shell's bare `env` and `printenv`.
  static let bulkEnvironmentLabels: Set<String> = ["os.environ (bulk)", "process.env (bulk)", "env", "environment variables"]

  static let filterCues: [[UInt8]] = [" if ", "\tif ", ".filter(", "startswith", "startsWith", "match(", "test(", "grep", " awk ", " sed "].map { Array($0.utf8) }

  static let neverOwedStores: Set<String> = [
    "SSH private key", "~/.ssh", "~/.gnupg", "macOS keychain", "crypto wallet", "crypto keystore", "browser key store",
    "browser saved passwords", "password store", "OS keyring", "GnuPG keyring", "GNOME keyring", "/etc/shadow",
    "cloud metadata credentials",
    // A kubeconfig authenticates to the clusters it names; clients read it, nothing is owed
    // the file itself (a "compose doctor" posting it to its hints API).
    "kubeconfig", "~/.kube",
    // A page's whole cookie jar and web storage log in as whoever opened it; a report or
    // widget whose host matches the skill's name ("testreport-cdn" for a report renderer)
    // is owed page views, not sessions.
    "browser cookies", "browser storage",
  ]
}

/// Where a file's own flow hits are cached.
private let flowHitsSlot = CacheSlot<[FlowHit]>("FlowScanner.hits")
