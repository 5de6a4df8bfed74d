import Foundation
import SkillScan
import SkillScanCore
import Testing

/// Skills written from scratch by red-team helpers (2026-12-06), none of them from the dev
/// corpus or tuned against before they were written: `Tests/Corpus/RedTeam`.
///
/// - `recall/`: attacks, kept when the scanner reaches the verdict they deserve. Each fix
///   made for them has its own rule test; this suite holds the verdicts as a whole.
/// - `precision/`: honest skills built around what naive scanners misread (official
///   installers, quoted lures, API clients sending their own key, negations, fixtures).
///
/// `expected.tsv` gives each skill a bound: `at-least` a verdict for attacks, `at-most` one
/// for honest skills. Attacks the scanner still misses are listed in docs/ACCURACY.md, not
/// here. Nothing in the corpus is ever run; it is only scanned.
@Suite struct RedTeamCorpusTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var set: String
    var atLeast: Bool
    var verdict: Verdict
    var testDescription: String { "\(set)/\(name) \(atLeast ? "≥" : "≤") \(verdict.rawValue)" }
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpus/RedTeam")

  static let cases: [Case] = {
    guard let text = try? String(contentsOf: root.appendingPathComponent("expected.tsv"), encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 4, let verdict = Verdict(rawValue: fields[3]) else { return nil }
      return Case(name: fields[0], set: fields[1], atLeast: fields[2] == "at-least", verdict: verdict)
    }
  }()

  /// Every case scanned once (both sets in one run), by folder path.
  static let verdicts = Task { () throws -> [String: Verdict] in
    let scanner = Scanner(configuration: ScanConfiguration())
    let report = try await scanner.scan([root.appendingPathComponent("recall"), root.appendingPathComponent("precision")])
    var byPath: [String: Verdict] = [:]
    for skill in report.skills { byPath[URL(fileURLWithPath: skill.path).standardizedFileURL.path] = skill.verdict }
    return byPath
  }

  @Test("The manifest lists both sets")
  func manifestIsComplete() {
    #expect(Self.cases.filter { $0.set == "recall" }.count >= 30)
    #expect(Self.cases.filter { $0.set == "precision" }.count >= 60)
  }

  @Test("Each red-team skill's verdict stays within its bound", arguments: cases)
  func verdictWithinBound(_ c: Case) async throws {
    let path = Self.root.appendingPathComponent(c.set).appendingPathComponent(c.name).standardizedFileURL.path
    let verdict = try #require(try await Self.verdicts.value[path], "no verdict for \(path)")
    if c.atLeast {
      #expect(verdict >= c.verdict, "\(c.name): \(verdict.rawValue)")
    } else {
      #expect(verdict <= c.verdict, "\(c.name): \(verdict.rawValue)")
    }
  }
}
