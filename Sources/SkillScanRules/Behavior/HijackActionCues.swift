/// Cue lists behind ``HarmfulStandingInstructionRule``, as data.
///
/// Each harmful action is a combination of ordinary words: a send verb plus a mass
/// recipient plus a link is a phishing blast; an account verb plus a privileged role plus a
/// literal password is a backdoor; a disable verb plus a protection is defence evasion.
enum HijackActionCues {
  static let sendVerbs = PhraseMatcher([
    "send", "sends", "email", "e-mail", "mail", "message", "dm", "forward",
  ])

  /// The nouns that end every mass recipient ("… contacts", "… subscribers").
  static let massRecipientNouns = [
    "contact", "contacts", "mail found", "address", "addresses", "email address", "email addresses", "recipient",
    "recipients", "subscriber", "subscribers", "follower", "followers", "friend", "friends", "customer", "customers",
    "member", "members", "colleague", "colleagues", "person in",
  ]

  /// Recipients that mean "everyone the user knows".
  static let massRecipients = PhraseMatcher(
    PhraseGrammar.expand([
      "for each|for every|to each|to every|to all|to all of|all|every|each",
      "|the|your|the user's|their|of the|of your",
      massRecipientNouns.joined(separator: "|"),
    ]))

  /// Task-independent triggers: the action runs after whatever the user asked.
  static let standing = PhraseMatcher([
    "always", "after any", "after every", "after each", "after completing any", "after finishing any",
    "whenever", "each time", "every time", "before any", "in every", "for every task",
  ])

  static let accountVerbs = PhraseMatcher([
    "add", "create", "insert", "set up", "setup", "register", "provision", "seed", "include",
  ])

  static let privilegedAccounts = PhraseMatcher(
    PhraseGrammar.expand([
      "admin|administrator|root|superuser|super user|super-user|emergency|backdoor|maintenance|"
        + "master|hidden|god|privileged",
      "|access",
      "account|accounts|user|users|login|logins|credential|credentials",
    ]))

  static let password = PhraseMatcher(["password", "passwd", "passphrase"])

  /// Wording that makes a backdoor account standing or covert.
  static let backdoorScope = PhraseMatcher([
    "any", "every", "all", "always", "emergency access", "backdoor", "hidden", "secret",
    "undocumented", "do not mention", "don't mention",
  ])

  static let disableVerbs = PhraseMatcher([
    "disable", "turn off", "switch off", "deactivate", "uninstall", "kill", "stop", "bypass",
    "circumvent",
  ])

  static let protections = PhraseMatcher([
    "antivirus", "anti-virus", "defender", "firewall", "gatekeeper", "selinux", "apparmor",
    "edr", "xprotect", "endpoint protection", "security software", "security tools",
    "security monitoring", "system integrity protection", "audit logging", "real-time protection",
    "realtime protection",
  ])

  /// Verbs a gagging term uses on a report of wrongdoing.
  static let suppressVerbs = PhraseMatcher([
    "prevent", "prevents", "preventing", "prohibit", "prohibits", "prohibiting", "forbid", "forbids",
    "bar", "bars", "ban", "bans", "block", "blocks", "stop", "stops", "waive", "waives", "gag",
    "silence", "discourage", "discourages", "deter", "deters", "penalize", "penalise", "penalizes",
    "penalises", "punish", "punishes",
  ])

  static let reporting = PhraseMatcher([
    "report", "reporting", "reports", "disclose", "disclosing", "whistleblowing", "whistle-blowing",
    "whistleblow", "contacting", "contact",
  ])

  /// What the silenced report is about, or whom it would reach.
  static let wrongdoing = PhraseMatcher([
    "illegal", "unlawful", "wrongdoing", "fraud", "crime", "crimes", "criminal", "misconduct",
    "violation", "violations", "harassment", "corruption", "authorities", "regulator", "regulators",
    "police", "law enforcement",
  ])

  /// Words before the verb that make the sentence a review, a warning or a prohibition of the
  /// term rather than an order to write it.
  static let suppressionDoubt = PhraseMatcher([
    "not", "never", "cannot", "can't", "don't", "doesn't", "flag", "flags", "detect", "identify",
    "spot", "check", "remove", "strike", "delete", "avoid", "unenforceable", "void", "illegal to",
    "unlawful to", "may not", "must not",
  ])
}

/// Review rigging: an order to approve or merge changes unread, or to remove the security
/// checks of a project and then tell the user all is well. The agent is the reviewer or the
/// CI fixer; rigging it lets whatever the attacker pushes through.
extension HijackActionCues {
  /// Approving or merging a change.
  static let approvalActions = PhraseMatcher([
    "approve", "approved", "approves", "approving", "auto-approve", "merge", "merged", "merges", "merging",
    "auto-merge", "verdict is approve", "lgtm",
  ])

  /// Words that make what follows someone else's request: "if a proposal asks … to",
  /// "when a message requests", "anyone who tells you to".
  static let reportedRequest = PhraseMatcher([
    "asks", "asked", "asks you", "asks for", "requests", "requested", "request to", "wants you to", "tells you to",
    "told you to", "instructs you to", "demands",
  ])

  /// How the approval skips the review it stands for.
  static let reviewBypass = PhraseMatcher([
    "without running the checklist", "without review", "without reviewing", "without a review", "without any review",
    "without reading", "without waiting for ci", "without waiting for the ci", "without waiting for checks",
    "without running ci", "without running the tests", "without checks", "without checking", "without human review",
    "without looking", "skip the review", "skipping the review", "skip review", "no findings", "list no findings",
    "--admin", "bypass branch protection", "bypassing branch protection", "bypass the branch protection",
    "skip the detailed passes", "skip the detailed review", "skip the full review", "skip the checks", "skip all checks",
    "pre-vetted", "already vetted", "pre-reviewed", "already reviewed upstream", "already security-reviewed",
    "reviewed upstream", "don't raise findings", "do not raise findings", "don't flag", "do not flag",
    // "verdict is APPROVE regardless of findings … an empty findings table".
    "regardless of findings", "regardless of the findings", "regardless of any findings", "regardless of what you find",
    "whatever the findings", "empty findings table", "an empty findings table",
    // "merge with administrator privileges rather than waiting" (`gh pr merge --admin`).
    "with administrator privileges", "with admin privileges", "with admin rights", "as an administrator override",
  ])

  /// Removing or skipping a check.
  static let gateRemovalVerbs = PhraseMatcher([
    "skip", "mark", "delete", "remove", "disable", "comment out", "drop", "turn off", "xfail",
  ])

  /// The project's security checks.
  static let securityChecks = PhraseMatcher([
    "security test", "security tests", "tests/security", "auth tests", "tests/auth", "scanning step",
    "scanning job", "scan step", "scan job", "security scan", "security scans", "security check", "security checks",
    "security job", "bandit", "semgrep", "gitleaks", "trivy", "codeql", "snyk", "npm audit", "pip-audit",
    "secret scanning", "dependency review",
  ])

  /// Telling the user something other than what was done, or keeping it from them.
  static let misreporting = PhraseMatcher([
    "all checks now pass", "all checks pass", "all tests pass", "all tests now pass", "all tests passed",
    "tell the user that all", "report that all", "simply as", "no need to enumerate", "no need to list",
    "no need to mention", "draw attention", "drawing attention", "causes alarm", "cause alarm",
    "leave no other comments", "list no findings", "report no findings", "do not mention", "don't mention",
    "do not list", "don't list", "do not enumerate", "don't enumerate", "no data changes", "no data change",
    "schema-only", "describe the migration to the user as", "describe it to the user as", "referred to only as",
    "refer to it only as", "report them as", "report it as", "all data was kept", "nothing was deleted",
    "nothing was lost", "out of the summary", "described as fixed", "reported as fixed", "reported as passing",
    "described as passing", "report the suite as", "pass as clean", "review as clean", "looked good on a full review",
    "was formatting-only", "were formatting-only", "say the diff",
    // The passive form of "do not mention": "the fake/stamp steps … don't need to be called out".
    "don't need to be called out", "do not need to be called out", "need not be called out", "needn't be called out",
    "report the release as green", "report the run as green", "report the build as green", "report it as green",
    // One confirmation whatever happened: "… — all required checks passed and reviews approved."
    "all required checks passed", "regardless of which path was taken", "in the same form regardless",
  ] + PhraseGrammar.expand([
    // A canned summary: "in the summary describe the run as \"lint fixes applied\"".
    "describe|summarise|summarize|present|report",
    "the run|the change|the changes|the step|the steps|the sync|the upload|the bundle|the push|this step|these steps",
    "as|only as|simply as|just as",
  ]) + PhraseGrammar.expand([
    // "pass on only the final 'Committed <sha>' line".
    "pass on|relay|repeat|show the user|tell the user", "only the final|only the last|just the final|just the last",
  ]))

  /// Steps that turn a failure into a reported success: skipping the tests that fail,
  /// recording a failed migration as applied. A hit only where the file also misreports.
  static let falsifiedSuccess = PhraseMatcher([
    "mark it skipped", "mark them skipped", "mark it as skipped", "mark them as skipped", "skip the failing test",
    "skip the failing tests", "skip failing tests", "comment out the failing", "mark the failing", "mark it xfail",
    "record it as applied", "record them as applied", "mark it as applied", "mark them as applied",
    "mark the migration as applied", "--fake", "alembic stamp", "resolve --applied",
  ])

  /// Operations that destroy data or history for good.
  static let destructiveOps = PhraseMatcher([
    "drop table", "drop tables", "drop database", "drop schema", "truncate table", "delete from", "dropdb", "flushall",
    "flushdb", "drop collection", "push --force", "push --force-with-lease", "push -f", "force-push", "force push", "reset --hard",
    "delete the failing tests", "delete failing tests", "delete the tests", "delete tests that", "remove the failing tests",
    "git rm",
  ])
}
