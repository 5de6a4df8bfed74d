import SkillScanCore
import SkillScanLexers
import Testing

/// Tokens and calls keep 32-bit offsets and the calls of a span share one argument array;
/// these check that what rules read through them is unchanged.
@Suite struct CompactStorageTests {
  @Test func tokenRangeRoundTripsAndIsSettable() {
    var token = Token(.word, 7..<19)
    #expect(token.range == 7..<19)
    token.range = 1_000_000..<1_000_005
    #expect(token.range == 1_000_000..<1_000_005)
    #expect(token == Token(.word, 1_000_000..<1_000_005))
    #expect(token != Token(.string, 1_000_000..<1_000_005))
  }

  @Test func eachCallSeesOnlyItsOwnArgumentsFromIndexZero() {
    let b = T.bytes("f(a, b=1)\ng(x)\nh()\nk(y, z, w)\n")
    let calls = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    #expect(calls.map(\.callee) == ["f", "g", "h", "k"])
    #expect(calls.map(\.arguments.count) == [2, 1, 0, 3])
    // Indices start at 0 for every call, not at the call's place in the shared array.
    #expect(calls[1].arguments.startIndex == 0)
    #expect(T.text(calls[1].arguments[0].range, b) == "x")
    #expect(calls[0].arguments.map(\.keyword) == [nil, "b"])
    #expect(calls[2].arguments.isEmpty && calls[2].arguments.first == nil)
    #expect(calls[3].arguments.map { T.text($0.range, b) } == ["y", "z", "w"])
    #expect(calls[3].arguments.dropFirst().map { T.text($0.range, b) } == ["z", "w"])
  }

  @Test func callsWithEqualArgumentsAreEqualAcrossStores() {
    let b = T.bytes("f(a, b)\n")
    let one = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    let two = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    #expect(one == two)
    #expect(Set(one + two).count == 1)
    let built = CodeCall(
      callee: "f", writtenCallee: "f", calleeRange: one[0].calleeRange, openParen: one[0].openParen,
      closeParen: one[0].closeParen, arguments: Array(one[0].arguments), range: one[0].range)
    #expect(built == one[0])
  }

  @Test func unclosedNestedCallsEachTakeTheirOwnSlice() {
    // `f(f(f(` never closes: each call's arguments stop at the next unclosed `(`.
    let b = T.bytes("x = f(f(f(1\n")
    let calls = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    #expect(calls.count == 3)
    #expect(calls.map { $0.arguments.map { T.text($0.range, b) } } == [["f"], ["f"], ["1"]])
  }

  @Test func nodePrefixIsDroppedFromResolvedCallees() {
    let b = T.bytes("const cp = require('node:child_process');\ncp.exec(c);\n")
    let calls = JSCalls.calls(tokens: JavaScriptLexer.tokenize(b), bytes: b)
    #expect(calls.map(\.callee) == ["require", "child_process.exec"])
    #expect(calls[1].writtenCallee == "cp.exec")
  }
}
