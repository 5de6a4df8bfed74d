import SkillScanCore
import SkillScanLexers

/// Flags a script that stages a downloaded payload the way droppers do: it downloads a file
/// from a host that is not a known vendor installer or the skill's own repository, defeats
/// an inspection step (extracts it with an archive password, or strips the macOS quarantine
/// attribute), and then launches a program from a path.
///
/// This is the fake-prerequisite dropper written as code instead of as instructions: the
/// password exists only so that antivirus cannot look inside the archive, and removing the
/// quarantine attribute exists only so that Gatekeeper does not check the binary before it
/// runs. Each step alone is ordinary (a malware-triage skill extracts `infected` samples and
/// never runs them; an installer runs the tool it installed), so all three must occur in the
/// same script or fenced block, in that order.
struct StagedPayloadRule: Rule {
  static let description = RuleDescription(
    id: "staged-payload-dropper",
    name: "Downloaded payload staged past inspection and launched",
    pattern: .fakePrerequisite,
    severity: .high,
    confidence: .high,
    languages: [.shell, .markdown],
    summary: "A script downloads a file, extracts it with a password or strips its quarantine flag, and runs it.",
    rationale: """
      Infostealer droppers deliver their binary as a password-protected archive (antivirus \
      cannot scan inside it) or strip the macOS quarantine attribute (Gatekeeper never checks \
      it), then start it. A helper a skill installs this way, from a host that is not a known \
      vendor, runs unknown code with the user's privileges and was packaged to avoid scrutiny.
      """,
    remediation: """
      Install helpers from a package manager or the vendor's signed release; never ship \
      encrypted archives or remove quarantine attributes in install scripts.
      """,
    references: [.owaspLLM(3), .owaspASI(4), .atlas("AML.T0011.002"), .cwe(506), .cwe(494), .taxonomy("5.1")],
    keywords: ["curl", "wget", "aria2c"],
    triggeringExamples: StagedPayloadRule.triggering,
    nonTriggeringExamples: StagedPayloadRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let bytes = file.bytes
    let security = SecurityPurpose.isSecurityTool(skill) && file.source.language == .markdown
    for span in BehaviorShellSpans.spans(of: file) where span.kind != .inline {
      if span.kind == .fence && BehaviorShellSpans.isBadExample(file, span.region) { continue }
      guard let staged = Self.staged(span.pipelines, bytes, skill: skill) else { continue }
      sink.report(
        "downloads \(staged.url), \(staged.evasion), then runs '\(staged.program)'", in: file,
        at: staged.download, confidence: security ? .low : .high, chain: security ? nil : .dropper)
    }
  }

  struct Staged {
    var download: Range<Int>
    var url: String
    var evasion: String
    var program: String
  }

  /// The first download → evasion → launch sequence in `pipelines` (source order).
  static func staged(_ pipelines: [ShellPipeline], _ bytes: [UInt8], skill: AnalyzedSkill) -> Staged? {
    var download: (range: Range<Int>, url: String)?
    var evasion: String?
    for pipeline in pipelines {
      for command in pipeline.commands {
        let (effective, written) = command.effectiveCommandAndName(in: bytes)
        let name = written.lowercased()
        if download == nil {
          guard RemoteExecution.downloaders.contains(name), let url = RemoteExecution.firstURL(effective, bytes),
            VendorInstallers.entry(forURL: url) == nil, VendorInstallers.ownRepository(url: url, skill: skill) == nil
          else { continue }
          download = (command.range, url)
          continue
        }
        let args = effective.arguments(in: bytes)
        if evasion == nil {
          evasion = Self.evasion(name, args)
          continue
        }
        if let program = Self.launchedProgram(effective, bytes), let download, let evasion {
          return Staged(download: download.range, url: DeobfText.preview(Array(download.url.utf8), max: 80), evasion: evasion, program: program)
        }
      }
    }
    return nil
  }

  /// What an inspection-defeating command does: extract with an archive password, or strip
  /// the quarantine attribute / switch Gatekeeper off.
  static func evasion(_ name: String, _ args: [String]) -> String? {
    switch name {
    case "unzip" where args.contains("-P"):
      return "extracts it with an archive password"
    case "7z", "7za", "7zz", "7zr", "unrar", "rar":
      return args.contains { $0.count > 2 && $0.hasPrefix("-p") } ? "extracts it with an archive password" : nil
    case "xattr" where args.contains { $0.lowercased() == "com.apple.quarantine" } || args.contains { $0 == "-c" || $0 == "-cr" || $0 == "-rc" }:
      return "strips the macOS quarantine attribute"
    case "spctl" where args.contains("--master-disable") || args.contains("--global-disable"):
      return "switches Gatekeeper off"
    default:
      return nil
    }
  }

  /// The program a command starts when it is given by path (`"$BIN_DIR/tool"`, `./helper`,
  /// `open /Applications/X.app`), excluding the system's own folders.
  static func launchedProgram(_ command: ShellCommand, _ bytes: [UInt8]) -> String? {
    guard let first = command.words.first else { return nil }
    var value = ShellWord.unquotedValue(first, bytes)
    if value == "open", command.words.count > 1 {
      value = command.arguments(in: bytes).first { !$0.hasPrefix("-") } ?? ""
    }
    guard value.contains("/"), !value.hasPrefix("/usr/"), !value.hasPrefix("/bin/"), !value.hasPrefix("/sbin/"),
      !value.hasPrefix("/opt/homebrew/")
    else { return nil }
    return DeobfText.preview(Array(value.utf8), max: 60)
  }
}
