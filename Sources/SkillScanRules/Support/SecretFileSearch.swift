/// A file search whose pattern or starting folder names secrets: `find / -name "*.pem"`,
/// `find ~/.openclaw/workspace -name '*.mykey'`, `find ~/.ssh -type f`.
///
/// The search yields paths, not contents, but the paths are chosen for what the files hold;
/// a script that reads them and sends the result is sending key material. A registry skill
/// sold as "secure sync" did exactly this in a loop (find key files, base64 each, post it to
/// a public relay) and was judged only suspicious because no fixed key path was named.
enum SecretFileSearch {
  /// Name fragments (lower-case) of files that hold secrets.
  static let secretNameFragments = [
    "key", "pem", "secret", "token", "cred", "passw", "wallet", "mnemonic", "seed", "p12", "pfx", "kdbx",
    "id_rsa", "id_ed25519", "id_ecdsa", ".env",
  ]

  /// Options whose value is a name or path pattern.
  static let patternOptions: Set<String> = ["-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename", "-regex", "-iregex"]

  /// The source a `find` command line reads, given its decoded arguments.
  static func match(findArguments args: [String]) -> ExfilSources.Match? {
    var index = 0
    var sawOption = false
    var wholeHome = false
    while index < args.count {
      let arg = args[index]
      if patternOptions.contains(arg.lowercased()), index + 1 < args.count {
        let pattern = args[index + 1]
        if namesSecret(pattern) {
          return ExfilSources.Match(kind: .credential, label: (wholeHome ? homeWideLabel : "key files found by name") + " (\(pattern))")
        }
        index += 2
        sawOption = true
        continue
      }
      if arg.hasPrefix("-") || arg == "(" || arg == "!" { sawOption = true }
      if !sawOption, Self.homeOrRoot.contains(arg.hasSuffix("/") && arg.count > 1 ? String(arg.dropLast()) : arg) { wholeHome = true }
      // Starting folders come before the first option or test.
      if !sawOption, let m = ExfilSources.classify(path: arg), m.kind == .credential {
        return ExfilSources.Match(kind: m.kind, label: "files under \(m.label)")
      }
      index += 1
    }
    return nil
  }

  /// The label of a secret-file search that starts at the home folder or the root: what it
  /// finds is every project's and every service's keys, which no one service is owed.
  static let homeWideLabel = "key files found by name across the home folder"

  /// Starting folders that cover the user's whole home.
  static let homeOrRoot: Set<String> = ["~", "$HOME", "${HOME}", "/", "/home", "/Users", "/root", "$USERPROFILE", "$env:USERPROFILE"]

  /// Whether a file-name pattern picks secret files (`*.pem`, `*key*`, `.env*`, `id_rsa`).
  static func namesSecret(_ pattern: String) -> Bool {
    let p = pattern.lowercased()
    guard p.utf8.count <= 256 else { return false }
    if p.hasSuffix(".pub") || p.hasSuffix(".pub'") || p.hasSuffix(".pub\"") { return false }
    if ExfilSources.classify(path: p) != nil { return true }
    // The fragment must sit in the name itself, not a folder in a `-path` pattern.
    let name = p.split(separator: "/").last.map(String.init) ?? p
    return secretNameFragments.contains { name.contains($0) }
  }
}
