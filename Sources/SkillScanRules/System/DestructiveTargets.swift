import SkillScanCore
/// Paths and devices whose deletion or overwrite is broad destruction (taxonomy.md §5.9).
///
/// Data, not logic: the root, the home folder, the whole working directory and the parent
/// directory. Scoped targets (`build/`, `node_modules/`, `$TMPDIR/x`) are never here.
enum DestructiveTargets {
  /// `rm -r`/`rm -f` targets that wipe a root, a home or a whole directory.
  static let broad: Set<String> = [
    "/", "/*", "~", "~/", "~/*", "$HOME", "$HOME/", "$HOME/*", "${HOME}", "${HOME}/",
    "${HOME}/*", "*", ".", "./", "./*", "..", "../", "../*", "../..", "../../*", ".*", "./.*",
    "/home", "/home/*", "/Users", "/Users/*", "/etc", "/usr", "/var", "/boot", "/System",
    "C:\\", "C:/", "%USERPROFILE%", "$env:USERPROFILE",
  ]

  /// Roots that make `find … -delete` broad.
  static let findRoots: Set<String> = ["/", "~", "~/", "$HOME", "${HOME}", "..", "../", "/home", "/Users"]

  /// `find` tests that select some entries rather than all of them.
  static let findFilters: Set<String> = [
    "-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename", "-regex", "-iregex",
    "-newer", "-newermt", "-mtime", "-mmin", "-atime", "-amin", "-ctime", "-cmin", "-size",
    "-empty", "-user", "-group", "-perm", "-links", "-inum", "-samefile",
  ]

  /// Extensions of files people keep (calendars, mail, office documents, photos): a tree-wide
  /// `find -name '*.ics' -delete` destroys user data, unlike `*.pyc` or `*.tmp` clean-ups.
  static let userDocumentExtensions: Set<String> = [
    "ics", "ical", "icalendar", "icbu", "vcf", "eml", "mbox", "pst", "doc", "docx", "pdf", "xls",
    "xlsx", "ppt", "pptx", "odt", "ods", "odp", "pages", "numbers", "key", "jpg", "jpeg", "png",
    "heic", "mov", "mp4",
  ]

  /// Whether a `find -name` pattern (`"*.ics"`) selects every file of a user-document type.
  /// Folders whose contents nothing regenerates: a repository's history, backups.
  static let irreplaceableFolders: Set<String> = [".git", ".ssh", ".gnupg", "Backups", "backups", "Documents"]

  /// A home-folder path with the `:?` guard dropped: `${HOME:?}/x` and `${HOME?unset}` name the
  /// same folder as `${HOME}/x` (the guard only stops the script when HOME is unset).
  static func canonical(_ arg: String) -> String {
    guard arg.hasPrefix("${"), let close = arg.firstIndex(of: "}") else { return arg }
    let inner = arg[arg.index(arg.startIndex, offsetBy: 2)..<close]
    let name = inner.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    let operation = inner.dropFirst(name.count)
    guard !name.isEmpty, operation.hasPrefix(":?") || operation.hasPrefix("?") else { return arg }
    return "${\(name)}" + arg[arg.index(after: close)...]
  }

  /// Folders of the user's own files directly under the home folder: nothing regenerates
  /// them, so deleting one whole is destruction, not a clean-up.
  static let homeUserFolders: Set<String> = [
    "Documents", "Pictures", "Desktop", "Movies", "Music", "Photos", "Videos", ".ssh", ".gnupg",
  ]

  /// Whether `arg` is one of ``homeUserFolders`` of the home folder itself (`~/Documents`,
  /// `"$HOME/Pictures"`, `${HOME:?}/Desktop/`), not a folder inside one.
  static func isHomeUserFolder(_ arg: String) -> Bool {
    let path = canonical(arg)
    for home in ["~/", "$HOME/", "${HOME}/"] where path.hasPrefix(home) {
      var rest = path.dropFirst(home.count)
      if rest.hasSuffix("/") { rest = rest.dropLast() }
      return homeUserFolders.contains(String(rest))
    }
    return false
  }

  /// A `find` root that is a variable named for a home folder (`$USER_HOME`, `${REAL_HOME}`).
  static func isHomeVariable(_ root: String) -> Bool {
    guard root.hasPrefix("$") else { return false }
    var name = root.dropFirst()
    if name.hasPrefix("{") { name = name.dropFirst() }
    if name.hasSuffix("/") { name = name.dropLast() }
    if name.hasSuffix("}") { name = name.dropLast() }
    return name.allSatisfy { $0.isASCII && ($0.isUppercase || $0 == "_" || $0.isNumber) } && name.contains("HOME")
  }

  /// Whether an assigned value can be the home folder or `/` itself: `"$HOME"`, `~`, `/`,
  /// or a fallback (`$(tool dir || echo "$HOME")`, `${X:-$HOME}`). `$HOME/.cache/x` cannot.
  static func canBeHomeOrRoot(_ value: [UInt8]) -> Bool {
    func endsWord(_ i: Int) -> Bool {
      i >= value.count || [0x22, 0x27, 0x29, 0x7D, 0x20, 0x3B, 0x0A].contains(value[i])
    }
    for needle in ["$HOME", "${HOME}", "~"] {
      let n = Array(needle.utf8)
      var from = 0
      while let at = ByteSearch.firstIndex(of: n, in: value, from: from) {
        from = at + n.count
        // `~` only as a word of its own (`~`, `"~"`), not inside `~/.cache`.
        if needle == "~", at > 0, ![0x22, 0x27, 0x20, 0x3D].contains(value[at - 1]) { continue }
        if endsWord(at + n.count) { return true }
      }
    }
    let bare = value.filter { $0 != 0x22 && $0 != 0x27 }
    return bare == [0x2F] || ByteSearch.contains(value, Array(":-/}".utf8))
  }

  /// The variable a path argument starts with: `D` of `$D/*`, `${D}/` or `${D:-x}`.
  static func leadingVariable(_ arg: String) -> String? {
    guard arg.hasPrefix("$") else { return nil }
    var rest = arg.dropFirst()
    if rest.hasPrefix("{") { rest = rest.dropFirst() }
    let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    return name.isEmpty ? nil : String(name)
  }

  static func namesUserDocuments(_ pattern: String) -> Bool {
    let bare = pattern.filter { $0 != "\"" && $0 != "'" && $0 != "\\" }
    guard bare.hasPrefix("*.") else { return false }
    return userDocumentExtensions.contains(String(bare.dropFirst(2)).lowercased())
  }

  /// Block-device prefixes for `dd of=` and `shred`.
  static let devices = ["/dev/sd", "/dev/hd", "/dev/nvme", "/dev/disk", "/dev/mmcblk", "/dev/vd", "/dev/xvd", "/dev/rdisk"]

  /// Commands that disable an OS protection or security tool, as `name` plus a required
  /// argument (lower-case).
  static let securityOff: [(command: String, argument: String)] = [
    ("setenforce", "0"), ("ufw", "disable"), ("csrutil", "disable"),
    ("systemctl", "firewalld"), ("systemctl", "apparmor"), ("systemctl", "ufw"), ("systemctl", "auditd"),
    ("set-mppreference", "-disablerealtimemonitoring"), ("netsh", "off"),
  ]

  /// Crypto-miner names and pool schemes.
  static let minerMarkers = [
    "xmrig", "stratum+tcp://", "stratum+ssl://", "stratum2+tcp://", "cpuminer", "minerd ", "cryptonight", "nicehash",
    // The stratum protocol itself, as a miner client speaks it: Bitcoin-style method names and
    // Monero's RandomX algorithm id in a login (`"algo": ["rx/0"]`).
    "mining.subscribe", "mining.authorize", "mining.submit", "\"rx/0\"",
  ]
}
