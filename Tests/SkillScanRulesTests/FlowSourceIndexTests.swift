import Testing

@testable import SkillScanRules

/// The sorted source index must answer exactly what scanning a statement's tokens in order
/// for the first source of a kind answered.
@Suite struct FlowSourceIndexTests {
  @Test func firstSourceOfAKindInsideARangeMatchesATokenScan() {
    let all: [Int: FlowSource] = [
      3: FlowSource(kind: .environment, label: "os.environ (bulk)", range: 30..<40),
      7: FlowSource(kind: .credential, label: "~/.aws/credentials", range: 70..<80),
      9: FlowSource(kind: .environment, label: "process environment", range: 90..<99),
      20: FlowSource(kind: .environment, label: "os.getenv", range: 200..<210),
    ]
    let index = FlowSourceIndex(all, kind: .environment)
    func scan(_ range: Range<Int>) -> FlowSource? {
      range.lazy.compactMap { all[$0] }.first { $0.kind == .environment }
    }
    for lower in 0..<24 {
      for upper in lower..<25 {
        #expect(index.first(in: lower..<upper) == scan(lower..<upper), "\(lower)..<\(upper)")
      }
    }
    #expect(index.first(in: 4..<10)?.label == "process environment")
    #expect(index.first(in: 4..<9) == nil)
    #expect(FlowSourceIndex(all, kind: .personal).isEmpty)
  }
}
