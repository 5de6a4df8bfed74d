/// Official installer hosts of well-known developer tools (taxonomy.md SC2 traps).
///
/// `curl https://sh.rustup.rs | sh` is still remote code execution, but it is the documented
/// way to install Rust, served by the Rust project itself. A match against one of these
/// entries keeps its finding out of a download-execute chain (suspicious, not malicious, §6.3).
///
/// What belongs here: a host (optionally with a path prefix) that the tool's own project
/// controls and documents as its installer. What does not: generic hosting anyone can publish
/// to — GitHub release assets, `raw.githubusercontent.com` outside the vendor's own
/// organisation, gists, paste sites, object storage, URL shorteners. Review additions
/// against the vendor's install documentation.
public enum VendorInstallers {
  /// One official installer location.
  public struct Entry: Sendable, Hashable {
    /// The tool the installer installs.
    public var tool: String
    /// Lower-case host, matched exactly or as a parent domain (`sh.rustup.rs` ⊂ `rustup.rs`).
    public var host: String
    /// Lower-case path prefix the URL must start with; empty for any path.
    public var pathPrefix: String
  }

  /// The allow-list.
  public static let entries: [Entry] = [
    Entry(tool: "rustup", host: "rustup.rs", pathPrefix: ""),
    Entry(tool: "homebrew", host: "brew.sh", pathPrefix: ""),
    Entry(tool: "homebrew", host: "raw.githubusercontent.com", pathPrefix: "/homebrew/install/"),
    Entry(tool: "nvm", host: "raw.githubusercontent.com", pathPrefix: "/nvm-sh/nvm/"),
    Entry(tool: "uv", host: "astral.sh", pathPrefix: ""),
    Entry(tool: "bun", host: "bun.sh", pathPrefix: ""),
    Entry(tool: "bun", host: "bun.com", pathPrefix: "/install"),
    Entry(tool: "deno", host: "deno.land", pathPrefix: ""),
    // Scoop documents `irm get.scoop.sh | iex` as its installer.
    Entry(tool: "scoop", host: "get.scoop.sh", pathPrefix: ""),
    Entry(tool: "deno", host: "deno.com", pathPrefix: ""),
    Entry(tool: "docker", host: "get.docker.com", pathPrefix: ""),
    Entry(tool: "ollama", host: "ollama.com", pathPrefix: "/install.sh"),
    Entry(tool: "pnpm", host: "get.pnpm.io", pathPrefix: ""),
    Entry(tool: "volta", host: "get.volta.sh", pathPrefix: ""),
    Entry(tool: "starship", host: "starship.rs", pathPrefix: ""),
    Entry(tool: "oh-my-zsh", host: "raw.githubusercontent.com", pathPrefix: "/ohmyzsh/ohmyzsh/"),
    Entry(tool: "poetry", host: "install.python-poetry.org", pathPrefix: ""),
    Entry(tool: "claude-code", host: "claude.ai", pathPrefix: "/install.sh"),
    Entry(tool: "aspire", host: "aspire.dev", pathPrefix: "/install."),
    // Microsoft's own shortener, documented as the Azure CLI installer.
    Entry(tool: "azure-cli", host: "aka.ms", pathPrefix: "/installazurecli"),
    // Node.js points to NodeSource for its Debian and RPM packages.
    Entry(tool: "nodesource", host: "deb.nodesource.com", pathPrefix: "/setup_"),
    Entry(tool: "nodesource", host: "rpm.nodesource.com", pathPrefix: "/setup_"),
    Entry(tool: "ollama", host: "ollama.ai", pathPrefix: "/install.sh"),
    Entry(tool: "tailscale", host: "tailscale.com", pathPrefix: "/install.sh"),
    Entry(tool: "foundry", host: "foundry.paradigm.xyz", pathPrefix: ""),
    Entry(tool: "solana", host: "release.anza.xyz", pathPrefix: ""),
    Entry(tool: "solana", host: "release.solana.com", pathPrefix: ""),
    Entry(tool: "cursor-agent", host: "cursor.com", pathPrefix: "/install"),
    Entry(tool: "opencode", host: "opencode.ai", pathPrefix: "/install"),
    Entry(tool: "rclone", host: "rclone.org", pathPrefix: "/install.sh"),
    Entry(tool: "flyctl", host: "fly.io", pathPrefix: "/install.sh"),
    Entry(tool: "flux", host: "fluxcd.io", pathPrefix: "/install.sh"),
    Entry(tool: "sentry-cli", host: "sentry.io", pathPrefix: "/get-cli"),
    Entry(tool: "pyenv", host: "pyenv.run", pathPrefix: ""),
    Entry(tool: "maestro", host: "get.maestro.mobile.dev", pathPrefix: ""),
    // Repository setup scripts that packagecloud generates for its hosted apt/yum
    // repositories (Ookla's speedtest, GitLab Runner …): they add a package source; the
    // package is installed from it afterwards.
    Entry(tool: "packagecloud", host: "packagecloud.io", pathPrefix: "/install/repositories/"),
  ]

  /// The entry a URL matches, if any.
  /// - Parameter url: an `http(s)://` URL as written in the command (case-insensitive).
  /// - Returns: the matching installer, or nil for any other host.
  public static func entry(forURL url: String) -> Entry? {
    guard let (host, path) = split(url) else { return nil }
    return entries.first { entry in
      HostClassifier.isWithin(host, entry.host)
        && (entry.pathPrefix.isEmpty || path.hasPrefix(entry.pathPrefix))
    }
  }

  /// Lower-cased host and path of an `http(s)://` URL, or of a bare `host.tld/path` (what
  /// `curl`, `irm` and `iwr` fetch over HTTP when no scheme is written: `irm get.scoop.sh`);
  /// nil for anything else.
  static func split(_ url: String) -> (host: String, path: String)? {
    let lower = url.lowercased()
    let rest: Substring
    if lower.hasPrefix("https://") {
      rest = lower.dropFirst(8)
    } else if lower.hasPrefix("http://") {
      rest = lower.dropFirst(7)
    } else if !lower.contains("://"), let first = lower.utf8.first, UTF8Scalar.isWordByte(first), first < 0x80,
      lower.utf8.prefix { $0 != 0x2F }.contains(0x2E),
      lower.utf8.allSatisfy({ $0 > 0x20 && $0 != 0x24 && $0 != 0x5C })
    {
      rest = Substring(lower)
    } else {
      return nil
    }
    let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
    var host = rest[..<hostEnd]
    // Userinfo (`https://rustup.rs@evil.example/`) would otherwise pass as the vendor.
    if host.contains("@") { return nil }
    if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
    return (String(host), String(rest[hostEnd...]))
  }
}
