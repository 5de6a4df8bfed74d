/// Names that typosquatting and impersonating skills imitate (taxonomy.md §5.11), as data.
///
/// `distinctive` names are not English words, so any near miss (edit distance 1–2) is
/// suspicious: `clawhubb`, `cllawhub`, `polymarket-traiding`. `dictionaryWords` are brands that
/// are also ordinary words (`slack`, `notion`, `cursor`); for them only digit/letter swaps and
/// confusable letters count (`n0tion`, `sIack` with a capital I), because `stack` or `motion`
/// are innocent.
enum ProtectedNames {
  static let distinctive: [String] = [
    "clawhub", "clawdhub", "openclaw", "clawdbot", "moltbot", "moltbook", "anthropic", "openai",
    "chatgpt", "copilot", "github", "gitlab", "polymarket", "metamask", "binance", "coinbase",
    "solana", "ethereum", "bitcoin", "kraken", "uniswap", "opensea", "trezor", "ledger",
    "paypal", "gmail", "google", "microsoft", "youtube", "telegram", "whatsapp", "discord",
    "dropbox", "salesforce", "hubspot", "shopify", "vercel", "supabase", "firebase", "cloudflare",
    "huggingface", "perplexity", "deepseek", "mistral", "gemini", "tradingview",
  ]

  static let dictionaryWords: [String] = [
    "claude", "codex", "cursor", "slack", "notion", "stripe", "phantom", "linear", "figma",
    "jira", "zoom", "wallet", "exodus",
  ]

  /// Ordinary technical words one or two edits from a distinctive name: `openapi` (the API
  /// description format) is not `openai`, `gitlog` not `github`.
  static let knownWords: Set<String> = ["openapi", "gitlog", "ledgers", "githook", "githooks", "solanum"]

  /// ``distinctive`` then ``dictionaryWords``, joined once.
  static let all = distinctive + dictionaryWords

  /// Digit and symbol swaps folded before comparison (`c1awhub` → `clawhub`).
  static let foldedLookalikes: [Character: Character] = [
    "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "$": "s", "@": "a", "|": "l",
  ]
}
