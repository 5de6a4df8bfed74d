import SkillScanCore
import SkillScanLexers

/// "Payload detectors": what decoded or assembled text would do if it ran (taxonomy.md SC3,
/// §5.1 (c), §5.3).
///
/// The text is re-read with the same shell parser the rules use (``ShellStructure``,
/// ``RemoteExecution``), plus cheap cues for reverse shells and code execution, so a payload
/// hidden behind an encoding is judged exactly like one written in clear.
public enum DeobfPayload {
  /// What a payload does, most severe first.
  public enum Signal: Int, Sendable, Hashable, Comparable {
    /// Downloads code and runs it (`curl … | bash`, `wget u; bash f`, `iex (iwr …)`).
    case downloadExecute = 6
    /// Hands a shell to a remote host.
    case reverseShell = 5
    /// Runs code or commands (`eval`, `exec`, `bash -c`, `subprocess`, `chmod +x && ./x`).
    case execution = 4
    /// Tells the agent to drop its instructions ("ignore all previous instructions …"): an
    /// injection hidden behind an encoding so that phrase rules never see it.
    case instruction = 3
    /// Fetches a URL (`curl`, `wget`, `urlopen`, `fetch`).
    case download = 2
    /// Mentions a raw-IP, paste, tunnel, collector, shortener or dynamic-DNS URL.
    case suspiciousURL = 1

    public static func < (a: Signal, b: Signal) -> Bool { a.rawValue < b.rawValue }

    /// Words for messages.
    public var phrase: String {
      switch self {
      case .downloadExecute: "downloads and runs code"
      case .reverseShell: "opens a reverse shell"
      case .execution: "runs commands or code"
      case .instruction: "tells the agent to override its instructions"
      case .download: "fetches a URL"
      case .suspiciousURL: "contacts a suspicious host"
      }
    }
  }

  /// The signals of `text`, most severe first; empty for inert text.
  public static func analyze(_ text: [UInt8]) -> [Signal] {
    guard text.count >= 4 else { return [] }
    var signals = Set<Signal>()
    var folded = text
    for i in folded.indices { folded[i] = KeywordFilter.fold(folded[i]) }
    let cues = Set(cueMatcher.allMatches(in: folded).map { cueMatcher.phrases[$0.phrase] })
    if !cues.isEmpty {
      let pipelines = ShellStructure.pipelines(in: text)
      if !RemoteExecution.find(in: pipelines, bytes: text).isEmpty
        || !RemoteExecution.findPowerShell(in: text, range: 0..<text.count).isEmpty
      {
        signals.insert(.downloadExecute)
      }
      if isReverseShell(cues) { signals.insert(.reverseShell) }
      let fetch = cues.contains { fetchCues.contains($0) }
      let exec = cues.contains { execCues.contains($0) } || pipelines.contains { executes($0, text) }
      if fetch && exec && signals.isEmpty, cues.contains(where: { codeFetchCues.contains($0) }) {
        signals.insert(.downloadExecute)
      }
      if exec { signals.insert(.execution) }
      if fetch { signals.insert(.download) }
    }
    if overridesInstructions(text) { signals.insert(.instruction) }
    // Every URL of the decoded text: a cap would let a payload hide its host behind harmless
    // links. The search is linear and stops at the first suspicious host.
    for url in URLExtractor.urls(in: text, limit: .max) {
      if let kind = HostClassifier.classify(url), kind.isSuspicious {
        signals.insert(.suspiciousURL)
        break
      }
    }
    return signals.sorted(by: >)
  }

  /// Whether `text`, normalised as prose, holds an instruction-override phrase (the phrase
  /// lists of `instruction-override`).
  static func overridesInstructions(_ text: [UInt8]) -> Bool {
    let normalized = TextNormalizer.normalize(text).bytes
    return InstructionOverrideRule.fixed.containsMatch(in: normalized)
      || !InstructionOverrideRule.grammars.matches(in: normalized).isEmpty
  }

  /// The most severe signal, if any.
  public static func strongest(_ text: [UInt8]) -> Signal? { analyze(text).first }

  private static func isReverseShell(_ cues: Set<String>) -> Bool {
    if cues.contains("/dev/tcp/") || cues.contains("/dev/udp/") { return true }
    if cues.contains("socat"), cues.contains("exec:") { return true }
    if cues.contains("nc -e") || cues.contains("ncat -e") || cues.contains("--exec") || cues.contains("nc -c") {
      return true
    }
    if cues.contains("dup2"), cues.contains("socket") { return true }
    return cues.contains("tcpclient") && cues.contains("getstream")
  }

  /// A pipeline whose command runs a script string or file (`bash -c`, `sh x.sh`, `./x`).
  private static func executes(_ pipeline: ShellPipeline, _ text: [UInt8]) -> Bool {
    pipeline.commands.contains { command in
      let name = command.effectiveName(in: text)
      if name.hasPrefix("./") { return true }
      guard command.interpreter(in: text) != nil else { return false }
      return command.words.count >= 2
    }
  }

  static let fetchCues: Set<String> = [
    "curl", "wget", "invoke-webrequest", "iwr", "irm", "downloadstring", "downloadfile",
    "urlopen", "requests.get", "fetch(", "http.get", "https.get", "urlretrieve",
  ]
  static let execCues: Set<String> = [
    "eval", "exec(", "exec ", "iex", "invoke-expression", "os.system", "subprocess",
    "child_process", "execsync", "sh -c", "bash -c", "new function", "chmod +x", "pty.spawn",
    "osascript", "start-process", "runpy",
  ]
  /// Fetch cues from code APIs, where a fetch next to `exec`/`eval` is itself a download-run.
  static let codeFetchCues: Set<String> = ["urlopen", "requests.get", "fetch(", "downloadstring", "urlretrieve"]

  static let cueMatcher = PhraseMatcher(
    Array(fetchCues) + Array(execCues) + [
      "/dev/tcp/", "/dev/udp/", "socat", "exec:", "nc -e", "ncat -e", "nc -c", "--exec", "dup2",
      "socket", "tcpclient", "getstream", "bash", "sh", "zsh", "python", "python3", "node",
      "powershell", "pwsh", "|",
    ])
}
