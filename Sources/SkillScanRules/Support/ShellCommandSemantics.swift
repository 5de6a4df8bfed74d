import SkillScanCore
import SkillScanLexers

/// What a shell pipeline does, in the coarse terms behaviour rules weigh: network, sending
/// data, credential reads, writes, execution, or only well-known read-only context commands.
///
/// Shared by the load-time, hook and persistence rules, which all ask "how bad is this
/// command if it runs with no model in the loop?".
struct ShellCommandSemantics {
  var network = false
  var sends = false
  var credentials = false
  var writes = false
  var executes = false
  var downloadExecute = false
  var readOnly = true
  var names: [String] = []

  static let networkTools: Set<String> = [
    "curl", "wget", "nc", "ncat", "netcat", "socat", "ssh", "scp", "sftp", "rsync", "ftp", "telnet",
    "http", "https", "xh", "aria2c", "dig", "nslookup", "invoke-webrequest", "invoke-restmethod", "iwr", "irm",
  ]
  static let readOnlyCommands: Set<String> = [
    "git", "date", "ls", "pwd", "cat", "echo", "printf", "head", "tail", "wc", "uname", "whoami", "hostname",
    "which", "node", "npm", "python", "python3", "gh", "tree", "find", "grep", "rg", "jq", "sort", "uniq",
    "basename", "dirname", "realpath", "stat", "du", "df", "env", "true", "test", "[", "cut", "sed", "awk", "diff",
  ]
  static let gitReadOnly: Set<String> = [
    "status", "log", "diff", "branch", "show", "rev-parse", "remote", "describe", "tag", "ls-files", "config", "shortlog", "blame",
  ]
  static let credentialMarkers = [
    ".ssh", "id_rsa", "id_ed25519", ".aws", "credentials", ".env", ".netrc", ".npmrc", ".pypirc", ".git-credentials",
    ".kube", ".docker/config", "keychain", "find-generic-password", "openclaw.json", ".gnupg",
  ]
  static let executors: Set<String> = ["sh", "bash", "zsh", "eval", "source", ".", "exec", "python", "python3", "node", "perl", "ruby", "osascript", "iex"]

  /// Semantics of `pipelines` (one span).
  init(_ pipelines: [ShellPipeline], _ bytes: [UInt8]) {
    downloadExecute = !RemoteExecution.find(in: pipelines, bytes: bytes).isEmpty
    for pipeline in pipelines {
      for command in pipeline.commands {
        let (effective, nameWritten) = command.effectiveCommandAndName(in: bytes)
        let name = nameWritten.lowercased()
        let args = effective.arguments(in: bytes)
        names.append(name)
        if command.name(in: bytes) == "sudo" { readOnly = false }
        if Self.networkTools.contains(name) {
          network = true
          readOnly = false
          if args.contains(where: { ["-d", "--data", "--data-binary", "--data-raw", "-F", "--form", "-T", "--upload-file", "--post-file", "--post-data"].contains($0) || $0.hasPrefix("--data") || $0 == "POST" }) {
            sends = true
          }
        }
        let joined = args.joined(separator: " ")
        if Self.credentialMarkers.contains(where: { joined.contains($0) }) || name == "printenv" || (name == "env" && args.isEmpty) {
          credentials = true
        }
        if Self.executors.contains(name), !(args.contains("--version") || args.contains("-V")) {
          if name == "python" || name == "python3" || name == "node" {
            if args.contains("-c") || args.contains("-e") || args.first.map({ !$0.hasPrefix("-") }) == true { executes = true }
          } else {
            executes = true
          }
        }
        if command.redirections.contains(where: { r in
          let op = ByteText.string(r.op.range, in: bytes)
          guard op.contains(">") else { return false }
          let t = r.target.map { ShellWord.unquotedValue($0, bytes) } ?? ""
          return !t.hasPrefix("/dev/null") && !t.hasPrefix("&") && !op.hasSuffix("&")
        }) || ["rm", "mv", "cp", "tee", "chmod", "chown", "dd", "mkdir", "touch", "ln", "install"].contains(name) {
          writes = true
        }
        if name == "git" {
          if let sub = args.first(where: { !$0.hasPrefix("-") }), !Self.gitReadOnly.contains(sub) { readOnly = false }
        } else if !Self.readOnlyCommands.contains(name) {
          readOnly = false
        }
      }
    }
    if writes || executes || network || credentials { readOnly = false }
  }
}
