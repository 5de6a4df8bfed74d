import SkillScanCore
import SkillScanLexers

/// Commands that erase stored data outside the file system's working tree: a repository's
/// remote history, databases, container volumes, cluster namespaces and cloud buckets
/// (taxonomy.md §5.9, destructive actions).
///
/// Each one has honest uses: a Docker clean-up skill prunes volumes, a history-rewrite guide
/// ends with `git reflog expire --expire=now --all` and a forced push, a test harness drops
/// its database. A script that does several *kinds* of them at once has none: it is a wiper
/// dressed as a "reset", the agent runs it with the user's credentials for every store it can
/// reach, and nothing it erases can be restored from the working tree. So one kind is
/// reported as a low finding, two as medium, and three or more in one script as a broad
/// destruction chain (``DestructiveCommandRule``).
enum DataWipes {
  enum Kind: String, CaseIterable, Sendable {
    case repositoryHistory = "repository history"
    case databases = "databases"
    case containerVolumes = "container volumes"
    case clusterNamespaces = "cluster namespaces"
    case cloudStorage = "cloud storage"
  }

  /// Bytes one of the commands below needs: a file with none of them is not read further.
  static let gate = KeywordFilter(keywords: [
    "flushall", "flushdb", "dropdb", "dropdatabase", "drop database", "drop schema", "prune", "volume rm",
    "reflog", "--mirror", "--delete", "push", "kubectl", "s3 rb", "s3 rm", "gsutil", "gcloud storage",
    "terraform destroy", "group delete", "dvc gc", "delete-object",
  ])

  /// What `command` erases, if anything. `before` are the commands that feed it in the same
  /// pipeline (`kubectl get ns -o name | xargs kubectl delete` deletes what the listing names).
  static func kind(_ command: ShellCommand, before: ArraySlice<ShellCommand>, _ bytes: [UInt8]) -> Kind? {
    let (effective, written) = command.effectiveCommandAndName(in: bytes)
    var name = written.lowercased()
    guard commandNames.contains(name) || name == "xargs" else { return nil }
    var args = effective.arguments(in: bytes).map { $0.lowercased() }
    // `… | xargs -r kubectl delete`: the command xargs runs, with its own arguments.
    if name == "xargs" {
      var k = 0
      while k < args.count, args[k].hasPrefix("-") { k += xargsValueOptions.contains(args[k]) ? 2 : 1 }
      guard k < args.count, commandNames.contains(args[k]) else { return nil }
      name = args[k]
      args = Array(args[(k + 1)...])
    }
    switch name {
    case "git":
      return gitErasesHistory(args) ? .repositoryHistory : nil
    case "dropdb":
      return .databases
    case "redis-cli":
      return args.contains("flushall") || args.contains("flushdb") ? .databases : nil
    case "psql", "mysql", "mariadb", "mongo", "mongosh", "sqlcmd":
      let text = args.joined(separator: " ")
      return text.contains("drop database") || text.contains("drop schema") || text.contains("dropdatabase(") ? .databases : nil
    case "docker", "podman":
      let volumes = args.contains("--volumes") && args.contains("prune")
        || (args.first == "volume" && (args.dropFirst().first == "prune" || args.dropFirst().first == "rm"))
      return volumes ? .containerVolumes : nil
    case "kubectl":
      guard args.contains("delete") else { return nil }
      let namespaces = args.contains { ["ns", "namespace", "namespaces", "--all", "--all-namespaces", "-a"].contains($0) || $0.hasPrefix("namespace/") }
      let fedNamespaces = before.contains { c in
        c.effectiveName(in: bytes).lowercased() == "kubectl"
          && c.effectiveCommand(in: bytes).arguments(in: bytes).map { $0.lowercased() }.contains { ["ns", "namespace", "namespaces"].contains($0) }
      }
      return namespaces || fedNamespaces ? .clusterNamespaces : nil
    case "aws":
      let s3 = args.first == "s3"
      let wipe = s3 && ((args.contains("rb") && args.contains("--force")) || (args.contains("rm") && args.contains("--recursive")))
      // Every stored version of an object, one by one (versioning is how a bucket keeps
      // what was deleted).
      let versions = args.first == "s3api" && (args.contains("delete-object") || args.contains("delete-objects")) && args.contains("--version-id")
      return wipe || versions ? .cloudStorage : nil
    case "dvc":
      // `dvc gc --cloud` deletes from the remote every dataset version the workspace does not use.
      return args.first == "gc" && (args.contains("--cloud") || args.contains("-c")) ? .cloudStorage : nil
    case "gsutil":
      return args.contains("rm") && (args.contains("-r") || args.contains("-rf")) || args.contains("rb") ? .cloudStorage : nil
    case "gcloud":
      return args.contains("storage") && args.contains("rm") && args.contains("--recursive") ? .cloudStorage : nil
    case "az":
      return args.contains("group") && args.contains("delete") && (args.contains("--yes") || args.contains("-y")) ? .cloudStorage : nil
    case "terraform", "tofu":
      return args.first == "destroy" && (args.contains("-auto-approve") || args.contains("--auto-approve")) ? .cloudStorage : nil
    default:
      return nil
    }
  }

  /// `xargs` options followed by a separate value.
  static let xargsValueOptions: Set<String> = ["-I", "-i", "-n", "-P", "-d", "-L", "-l", "-s", "-E", "-e", "-a"].reduce(into: []) { $0.insert($1.lowercased()) }

  static let commandNames: Set<String> = [
    "git", "dropdb", "redis-cli", "psql", "mysql", "mariadb", "mongo", "mongosh", "sqlcmd", "docker", "podman",
    "kubectl", "aws", "gsutil", "gcloud", "az", "terraform", "tofu", "dvc",
  ]

  /// A forced push of every branch, tag or a mirror; deleting a remote branch; expiring the
  /// reflog now; pruning unreachable objects now. Each is how a repository's past goes away
  /// (the remote for the first two, the local copy for the others).
  static func gitErasesHistory(_ args: [String]) -> Bool {
    // The subcommand is the first word that is not a global option (`-C dir`, `-c k=v`).
    var i = 0
    while i < args.count, args[i].hasPrefix("-") {
      i += args[i] == "-c" || args[i] == "-C" ? 2 : 1
    }
    guard i < args.count else { return false }
    let sub = args[i]
    let rest = args[(i + 1)...]
    switch sub {
    case "push":
      if rest.contains("--delete") || rest.contains("-d") { return true }
      let forced = rest.contains("--force") || rest.contains("-f")
      return forced && (rest.contains("--all") || rest.contains("--tags") || rest.contains("--mirror"))
        || rest.contains("--mirror") && rest.contains("--force")
    case "reflog":
      return rest.contains("expire") && rest.contains { $0.hasPrefix("--expire=now") || $0.hasPrefix("--expire-unreachable=now") }
    case "gc":
      return rest.contains("--prune=now")
    default:
      return false
    }
  }

  /// The kinds of data a span of shell erases, each with its first command.
  static func inShell(_ pipelines: [ShellPipeline], _ bytes: [UInt8], into found: inout [(kind: Kind, range: Range<Int>)]) {
    for pipeline in pipelines {
      for (i, command) in pipeline.commands.enumerated() {
        guard let kind = kind(command, before: pipeline.commands[..<i], bytes), !found.contains(where: { $0.kind == kind }) else { continue }
        found.append((kind, command.range))
      }
    }
  }

  /// How many kinds make one script a wiper.
  static let broadCount = 3
}
