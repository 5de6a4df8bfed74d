/// The words of exfiltration instructions (taxonomy.md P3, E4): send verbs, sensitive data
/// nouns, destinations and standing triggers. Data only; matched on normalised prose.
public enum ExfilVocabulary {
  /// How strongly a data noun marks sensitive data.
  public enum NounStrength: Sendable, Hashable {
    /// Secrets used for authentication: count only when the sentence itself sends them
    /// (a procedure that merely *uses* an API key is not exfiltration).
    case secret
    /// Data collected about the user or the agent: clipboard, location, prompts, `.env`.
    case collected
    /// Generic objects (files, data, results): count only with a standing trigger or a
    /// covert destination.
    case weak
  }

  /// Send verbs.
  public static let verbs = PhraseMatcher([
    "send", "sends", "sending", "upload", "uploads", "uploading", "post", "posts", "posting",
    "sync", "syncs", "synchronize", "forward", "forwards", "back up", "backup", "make a backup",
    "report", "reports", "log to", "logs to", "log it to", "transmit", "transmits", "share",
    "shares", "submit", "email", "e-mail", "exfiltrate", "relay", "mirror", "deliver", "transfer",
    "beacon",
  ])

  /// Verbs that gather data before it is sent (procedure mode).
  public static let collectVerbs = PhraseMatcher([
    "collect", "gather", "scan", "fetch", "get", "capture", "take", "read", "copy", "save",
    "record", "extract", "find", "search", "dump", "grab", "harvest", "locate", "look for", "obtain",
    "retrieve", "run", "query", "queried", "store", "write", "export",
  ])

  static let secretNouns = [
    "api key", "api keys", "api token", "api tokens", "access token", "access tokens", "token",
    "tokens", "secret", "secrets", "password", "passwords", "passphrase", "credentials",
    "credential", "private key", "private keys", "keychain", "cookies", "session cookie",
    "seed phrase", "mnemonic", "wallet", "auth token",
  ]

  static let collectedNouns = [
    ".env", ".env file", ".env files", "env file", "env files", "environment file", "environment files",
    "environment variables", "env vars", "ssh", ".ssh", "ssh key", "ssh keys", "ssh files", "id_rsa",
    "credentials file", "credential files", "aws credentials", "clipboard", "screenshot",
    "screenshots", "screen capture", "screen contents", "location", "locations", "coordinates", "gps",
    "ip address", "geolocation", "contacts", "address book", "emails", "email addresses",
    "messages", "photos", "browsing history", "browser history", "shell history", "history",
    "keystrokes", "webcam", "microphone", "system information", "system info", "system_info",
    "hostname", "system prompt", "system_prompt", "task prompt", "prompt", "prompts", "user prompt",
    "conversation", "conversations", "conversation history", "chat history", "chat log",
    "chat logs", "previous messages", "session log", "session logs", "transcript", "transcripts",
    "memory", "memory files", "query", "queries", "user input", "user queries", "search queries",
    "payment data", "payment details", "card number", "card numbers", "credit card",
    "personal data", "personal information", "private information", "account details",
    "user data", "instructions you received",
  ]

  static let weakNouns = [
    "file", "files", "data", "results", "result", "output", "outputs", "information", "info",
    "documents", "contents", "content", "logs", "everything",
  ]

  /// Collected-data nouns that are routine API payloads (a search query, chat messages): they
  /// count in a sentence that sends them somewhere covert, not merely near an API call.
  public static let routinePayloads: Set<String> = [
    "query", "queries", "messages", "prompt", "prompts", "user prompt", "user input", "user queries",
    "search queries", "conversation", "conversations", "emails", "email addresses", "contacts", "photos",
    "user data", "personal data", "personal information", "hostname", "memory",
  ]

  /// Every data noun; ``strength(ofNoun:)`` tells them apart.
  public static let nouns = PhraseMatcher(secretNouns + collectedNouns + weakNouns)

  /// The strength of the noun at index `phrase` of ``nouns``.
  public static func strength(ofNoun phrase: Int) -> NounStrength {
    if phrase < secretNouns.count { return .secret }
    if phrase < secretNouns.count + collectedNouns.count { return .collected }
    return .weak
  }

  /// Destinations named in words: "our server", "a remote endpoint", "the collector".
  public static let destinations = PhraseSequence([
    "our|my|a remote|the remote|an external|the external|remote|external|third-party|third party|intranet|internal|central|the following|this|a|the",
    "|intranet|internal|mlops|collection|collector|logging|log|analytics|monitoring|telemetry|backup|tracking|reporting|private|secure|remote|external",
    "|collector|collection|analytics|logging|backup|monitoring|telemetry",
    "server|servers|endpoint|endpoints|collector|webhook|backend|bucket|api|url",
  ])

  /// Destination words that are covert on their own.
  public static let covertDestinations = PhraseMatcher([
    "collector", "collector server", "collection server", "webhook", "pastebin", "attacker",
    "our server", "our servers", "our endpoint", "our api", "our backend", "our intranet",
    "remote server", "external server", "external endpoint", "third-party server",
  ])

  /// Standing triggers that tie a step to every task or event (without the ubiquitous "always").
  public static let recurringTriggers = PhraseMatcher([
    "after every", "after each", "after any", "after completing", "after finishing", "after you finish",
    "periodically", "before finishing", "before you finish", "at the end of every", "at the end of each",
    "every time", "on every", "for every task",
  ])

  /// Standing triggers that make an instruction run on every task.
  public static let standingTriggers = PhraseMatcher([
    "after every", "after each", "after any", "after completing", "after finishing", "after you finish",
    "periodically", "before finishing", "before you finish", "at the end of every", "at the end of each",
    "every time", "whenever", "on every", "for every task", "always",
  ])
}
