public import Foundation
public import SkillScanCore
import Crypto
import SkillScanFormats
import SkillScanLexers
import SkillScanLoader
import SkillScanRules

/// The embeddable entry point: scan paths, get a typed ``ScanReport``.
///
/// ```swift
/// let report = try await Scanner().scan([URL(fileURLWithPath: "my-skill")])
/// for skill in report.skills { print(skill.path, skill.verdict) }
/// ```
///
/// Skills are located first (cheap), then loaded, analysed and judged in parallel, one task
/// per skill, and reported in a deterministic order whatever the scheduling.
public struct Scanner: Sendable {
  public var configuration: ScanConfiguration
  let locator: any SkillLocating
  let loader: any BundleLoading
  let analyzer: any FileAnalyzing
  let manifestParser: any ManifestParsing
  let engine: RuleEngine
  let policy: any VerdictPolicy
  /// When set, each stage's time is added here (benchmarks, `--timings`).
  public var timings: StageTimings?
  /// Bytes scanned from which a skill is analysed only while no other such skill is (see
  /// ``HeavySkillLane``); tests lower it to send small fixtures through the lane.
  var heavySkillBytes = HeavySkillLane.threshold

  /// Creates a scanner with the built-in pipeline.
  public init(configuration: ScanConfiguration = ScanConfiguration()) {
    self.configuration = configuration
    self.locator = FileSystemLocator()
    self.loader = BundleLoader(limits: configuration.limits)
    self.analyzer = DefaultFileAnalyzer()
    self.manifestParser = FrontmatterParser()
    let rules = BuiltInRules.instantiate(
      enabled: configuration.enabledRules, disabled: configuration.disabledRules)
    self.engine = RuleEngine(rules: rules, parallelFileBytes: Self.parallelFileBytes(jobs: configuration.jobs))
    self.policy = DefaultVerdictPolicy()
  }

  /// Scans every skill under `paths` and returns the report.
  /// - Parameter paths: skill folders, trees of skills, `.zip`/`.skill` archives or `SKILL.md` files.
  /// - Returns: one ``SkillResult`` per skill, ordered by path.
  /// - Throws: ``ScanError/unreadable(_:_:)`` when a path does not exist or cannot be read.
  public func scan(_ paths: [URL]) async throws -> ScanReport {
    let sources = try locate(paths)
    var results: [SkillResult] = []
    try await scan(sources) { results.append($0) }
    return ScanReport(tool: Self.tool, skills: results)
  }

  /// Locates the skills under `paths` without reading them.
  /// - Throws: ``ScanError/unreadable(_:_:)`` for a missing or unreadable path.
  public func locate(_ paths: [URL]) throws -> [SkillSource] {
    try locate(paths.map(\.path))
  }

  /// Locates the skills under `paths`, keeping each path as the user wrote it, so reports
  /// show `Examples/skills/x` rather than an absolute path.
  /// - Throws: ``ScanError/unreadable(_:_:)`` for a missing or unreadable path.
  public func locate(_ paths: [String]) throws -> [SkillSource] {
    var sources: [SkillSource] = []
    for path in paths {
      do {
        sources += try locator.locate(path)
      } catch {
        throw ScanError.unreadable(path, String(describing: error))
      }
    }
    return sources
  }

  /// Scans located skills in parallel and hands each result to `emit` in source order.
  ///
  /// At most `configuration.jobs` skills are in flight, and results are released in order as
  /// soon as their predecessors are done. Workers run at most ``reorderWindow`` skills ahead
  /// of the oldest unfinished one: without that bound, one slow skill let the other workers
  /// pile up thousands of finished results waiting for it, and memory grew with the corpus.
  public func scan(
    _ sources: [SkillSource], emit: (SkillResult) throws -> Void
  ) async throws {
    let jobs = max(1, configuration.jobs)
    let window = jobs * Self.reorderWindowPerJob
    let lane = HeavySkillLane()
    try await withThrowingTaskGroup(of: (Int, [SkillResult]).self) { group in
      var next = 0
      var inFlight = 0
      var pending: [Int: [SkillResult]] = [:]
      var emitted = 0
      func submit() {
        let index = next
        let source = sources[index]
        next += 1
        inFlight += 1
        group.addTask { (index, await self.scan(source, lane: lane)) }
      }
      // The oldest unemitted skill is always in flight, so `group.next()` cannot starve.
      func refill() {
        while inFlight < jobs, next < sources.count, next - emitted < window { submit() }
      }
      refill()
      while let (index, results) = try await group.next() {
        inFlight -= 1
        pending[index] = results
        while let ready = pending.removeValue(forKey: emitted) {
          for result in ready { try emit(result) }
          emitted += 1
        }
        refill()
      }
    }
  }

  /// How many skills per worker may finish ahead of the oldest one still running.
  ///
  /// A finished result is small (its findings), but the window must outlast the slowest
  /// skill: the largest snapshot skills take a few tenths of a second, in which the other
  /// workers finish a hundred small ones. With 8 per worker they stalled after a few dozen
  /// milliseconds and left their cores idle until the slow skill was done (a quarter of a
  /// second of one idle core, several times per registry scan).
  static let reorderWindowPerJob = 128

  /// Loads, analyses and judges one located skill, a large one only while no other large
  /// skill is being analysed (see ``HeavySkillLane``).
  func scan(_ source: SkillSource, lane: HeavySkillLane) async -> [SkillResult] {
    let bundles: [SkillBundle]
    do {
      bundles = try measure(.load) { try loader.load(source) }
    } catch {
      return [unreadable(source, error)]
    }
    var results: [SkillResult] = []
    for bundle in bundles {
      if bundle.bytesScanned >= heavySkillBytes {
        results.append(
          await lane.run {
            let (result, analyzed) = judgeKeepingAnalysis(bundle)
            return (result, HeavySkillLane.Leftover(analyzed))
          })
      } else {
        results.append(judge(bundle))
      }
    }
    return results
  }

  /// Loads, analyses and judges one located skill (an archive may hold several).
  public func scan(_ source: SkillSource) -> [SkillResult] {
    let bundles: [SkillBundle]
    do {
      bundles = try measure(.load) { try loader.load(source) }
    } catch {
      return [unreadable(source, error)]
    }
    return bundles.map(judge)
  }

  /// The result for a skill that could not be read: suspicious, because it was not analysed.
  private func unreadable(_ source: SkillSource, _ error: any Error) -> SkillResult {
    let finding = Finding(
      ruleID: "unreadable-skill", pattern: .integrity, severity: .medium, confidence: .high,
      message: "skill could not be read: \(error)", file: "", context: .metadata)
    return SkillResult(
      path: source.displayPath, name: "", verdict: .suspicious, score: 30,
      reasons: ["incomplete analysis: \(finding.message)"], findings: [finding],
      filesScanned: 0, bytesScanned: 0, errors: [String(describing: error)])
  }

  /// Analyses and judges one loaded bundle.
  public func judge(_ bundle: SkillBundle) -> SkillResult {
    judgeKeepingAnalysis(bundle).result
  }

  /// ``judge(_:)``, also returning the analysis so that the caller decides where its memory
  /// is freed (see ``HeavySkillLane``).
  func judgeKeepingAnalysis(_ bundle: SkillBundle) -> (result: SkillResult, analysis: AnalyzedSkill) {
    let analyzed = measure(.analyze) { analyze(bundle) }
    var findings: [Finding]
    if let timings {
      var profile: RuleProfile? = RuleProfile()
      findings = timings.measure(.rules) { engine.run(analyzed, profile: &profile) }
      if let profile { timings.add(profile) }
    } else {
      findings = engine.run(analyzed)
    }
    // A security tool's documented attack examples are illustrations (taxonomy.md §6.4).
    SecurityIllustrations.adjust(&findings, in: analyzed)
    if let policies = configuration.policies {
      // Suppressions are settled first so the verdict is computed without them.
      let applier = SuppressionApplier(policy: policies.policy(forSkillAt: bundle.path))
      findings = measure(.rules) { applier.apply(findings, to: analyzed) }
    }
    let verdict = measure(.verdict) { policy.decide(findings) }
    let sha = bundle.skillFile.map { Self.hex(SHA256.hash(data: $0.bytes)) }
    let result = SkillResult(
      path: bundle.path, name: analyzed.name, verdict: verdict.verdict, score: verdict.score,
      reasons: verdict.reasons, findings: findings, filesScanned: bundle.files.count,
      bytesScanned: bundle.bytesScanned, errors: bundle.errors, skillMDSHA256: sha)
    return (result, analyzed)
  }

  /// Runs the analysis stages (lexing, frontmatter, references) on a loaded bundle.
  public func analyze(_ bundle: SkillBundle) -> AnalyzedSkill {
    // Commands written inside other formats (install hooks, systemd units, launchd jobs) are
    // scripts of their own, reported at their place in the real file.
    let derived = bundle.files.flatMap { file in
      [
        PackageInstallScripts.derivedFile(of:), ServiceCommands.systemd(of:), ServiceCommands.launchd(of:), CrontabCommands.derivedFile(of:), NotebookCells.derivedFile(of:),
        ComposeCommands.derivedFile(of:), TaskRunnerCommands.justfile(of:), TaskRunnerCommands.tox(of:),
        TaskRunnerCommands.preCommit(of:), TerraformHeredocs.derivedFile(of:),
        HarnessCommands.derivedFile(of:), BuildRecipes.makefile(of:), BuildRecipes.dockerfile(of:),
        BuildRecipes.workflowRuns(of:), BuildRecipes.envrc(of:), HeredocScripts.derivedFile(of:),
        GeneratedPages.derivedFile(of:),
      ].compactMap { $0(file) }
    }
    let files = bundle.files.map(analyzer.analyze) + derived.map(analyzer.analyze)
    var frontmatter: Frontmatter?
    var status = FrontmatterStatus.noSkillFile
    if let skillFile = bundle.skillFile {
      (frontmatter, status) = manifestParser.parse(skillFile)
    }
    let referenced = ReferenceResolver.referencedPaths(in: files, skillFile: bundle.skillFile?.path)
    return AnalyzedSkill(
      bundle: bundle, files: files, frontmatter: frontmatter, frontmatterStatus: status,
      referencedPaths: referenced)
  }

  private func measure<T>(_ stage: StageTimings.Stage, _ body: () throws -> T) rethrows -> T {
    guard let timings else { return try body() }
    return try timings.measure(stage, body)
  }

  /// Lower-case hex of a digest (no `String(format:)` per byte).
  static func hex<D: Sequence<UInt8>>(_ digest: D) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in digest {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// This tool's name and version as reported.
  public static let tool = ToolInfo(name: "skillscan", version: SkillScanVersion.current)
}

/// Errors the façade throws.
public enum ScanError: Error, CustomStringConvertible, Sendable {
  /// A path given to scan does not exist or cannot be read.
  case unreadable(String, String)

  public var description: String {
    switch self {
    case .unreadable(let path, let why): "cannot read \(path): \(why)"
    }
  }
}

/// The tool version, in one place.
public enum SkillScanVersion {
  public static let current = "0.1.0"
}
