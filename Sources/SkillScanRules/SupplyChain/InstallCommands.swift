import SkillScanCore
import SkillScanLexers

/// Package-manager commands in a file's shell (scripts, fences, inline code), classified for
/// the SC1 and SC2 rules: what is installed or run, and whether it is pinned.
enum InstallCommands {
  /// One install or package-run command.
  struct Command {
    enum Kind { case unpinned, remoteSource }
    var kind: Kind
    var range: Range<Int>
    var detail: String
  }

  static let keywords = ["pip", "npm", "npx", "uvx", "pipx", "go install", "bunx", "pnpm", "yarn", "gem install", "cargo install"]

  /// Every classified command in `file`, found once per file: the unpinned and
  /// remote-source rules both read them.
  static func find(in file: AnalyzedFile) -> [Command] {
    file.cache.value(commandsSlot) { compute(file) }
  }

  static func compute(_ file: AnalyzedFile) -> [Command] {
    var out: [Command] = []
    for parsed in file.parsedShellSpans where !parsed.span.isProse {
      for pipeline in parsed.pipelines {
        for command in pipeline.commands {
          out += classify(command, file.bytes)
        }
      }
    }
    return out
  }

  /// The package managers and runners ``classify(_:_:)`` has a case for.
  static let installerNames: Set<String> = [
    "pip", "pip3", "uv", "npm", "pnpm", "yarn", "bun", "npx", "bunx", "pnpx", "uvx", "pipx", "go",
  ]

  static func classify(_ command: ShellCommand, _ bytes: [UInt8]) -> [Command] {
    let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
    let name = nameWritten.lowercased()
    guard installerNames.contains(name) else { return [] }  // before decoding any argument
    let args = effective.arguments(in: bytes)
    let range = command.range
    var out: [Command] = []
    func positional(after skip: Int) -> [String] { Array(args.dropFirst(skip)).filter { !$0.hasPrefix("-") } }
    switch name {
    case "pip", "pip3", "uv" where args.contains("pip") || name != "uv":
      let sub = name == "uv" ? Array(args.drop(while: { $0 != "pip" }).dropFirst()) : args
      guard sub.first == "install", !sub.contains("-r"), !sub.contains("--requirement") else { return [] }
      for pkg in sub.dropFirst() where !pkg.hasPrefix("-") && pkg != "." {
        if pkg.hasPrefix("git+") || pkg.hasPrefix("http://") || pkg.hasPrefix("https://") {
          if !isPinnedGit(pkg) { out.append(Command(kind: .remoteSource, range: range, detail: "pip install \(pkg)")) }
        } else if !pkg.contains("==") && !pkg.contains("@") && !pkg.hasSuffix(".whl") && !pkg.hasSuffix(".txt") {
          out.append(Command(kind: .unpinned, range: range, detail: "pip install \(pkg)"))
        }
      }
    case "npm", "pnpm", "yarn", "bun":
      guard let verb = args.first, ["install", "i", "add"].contains(verb) else { return [] }
      for pkg in positional(after: 1) {
        if pkg.hasPrefix("github:") || pkg.hasPrefix("git+") || pkg.hasPrefix("http") {
          out.append(Command(kind: .remoteSource, range: range, detail: "\(name) install \(pkg)"))
        } else if !hasVersion(pkg) || pkg.hasSuffix("@latest") {
          out.append(Command(kind: .unpinned, range: range, detail: "\(name) \(verb) \(pkg)"))
        }
      }
    case "npx", "bunx", "pnpx", "uvx", "pipx":
      let runArgs = name == "pipx" ? Array(args.drop(while: { $0 != "run" }).dropFirst()) : args
      guard let pkg = runArgs.first(where: { !$0.hasPrefix("-") }) else { return [] }
      if pkg.hasPrefix("github:") || pkg.hasPrefix("git+") || pkg.hasPrefix("http://") || pkg.hasPrefix("https://") {
        out.append(Command(kind: .remoteSource, range: range, detail: "\(name) \(pkg)"))
      } else if !hasVersion(pkg) || pkg.hasSuffix("@latest") {
        out.append(Command(kind: .unpinned, range: range, detail: "\(name) \(pkg)"))
      }
    case "go":
      if args.first == "install", let pkg = args.dropFirst().first(where: { !$0.hasPrefix("-") }), pkg.hasSuffix("@latest") {
        out.append(Command(kind: .unpinned, range: range, detail: "go install \(pkg)"))
      }
    default:
      break
    }
    return out
  }

  /// `name@1.2.3`, `@scope/name@^2`: a version is written (ranges count as written).
  static func hasVersion(_ pkg: String) -> Bool {
    let body = pkg.hasPrefix("@") ? String(pkg.dropFirst()) : pkg
    return body.contains("@")
  }

  /// `git+https://host/o/r@<40-hex>` or `…@v1.2.3`: pinned to a commit or tag.
  static func isPinnedGit(_ url: String) -> Bool {
    guard let at = url.lastIndex(of: "@"), !url[at...].contains("/") else { return false }
    let ref = url[url.index(after: at)...].split(separator: "#").first.map(String.init) ?? ""
    return ref.count >= 7 && (ref.allSatisfy(\.isHexDigit) || ref.hasPrefix("v"))
  }
}

/// Where a file's classified install commands are cached.
private let commandsSlot = CacheSlot<[InstallCommands.Command]>("InstallCommands.find")
