import SkillScanCore
import SkillScanLexers
import Testing

@Suite struct PythonTests {
  @Test func execOfBase64DecodeYieldsNestedCalls() throws {
    let b = T.bytes("import base64\nexec(base64.b64decode(s))\n")
    let tokens = PythonLexer.tokenize(b)
    let calls = PythonCalls.calls(tokens: tokens, bytes: b)
    #expect(calls.map(\.callee) == ["exec", "base64.b64decode"])
    #expect(calls[0].contains(calls[1]))
    #expect(calls[0].arguments.count == 1)
    #expect(T.text(calls[0].arguments[0].range, b) == "base64.b64decode(s)")
  }

  @Test func calleeSpelledByStringPiecesIsNamed() {
    let b = T.bytes("""
      import os, builtins
      getattr(__import__("builtins"), "ex" + "ec")(code, {})
      getattr(os, "sys" "tem")(cmd)
      getattr(obj, name)(x)
      globals()["ev" + "al"](s)

      """)
    let calls = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    #expect(calls.map(\.callee).contains("exec"))
    #expect(calls.map(\.callee).contains("os.system"))
    #expect(calls.map(\.callee).contains("eval"))
    let exec = calls.first { $0.callee == "exec" }
    #expect(exec.map { T.text($0.arguments[0].range, b) } == "code")
    #expect(exec?.writtenCallee == "getattr(__import__(\"builtins\"), \"ex\" + \"ec\")")
    // A computed name is not guessed.
    #expect(calls.filter { $0.writtenCallee.hasPrefix("getattr(obj") }.isEmpty)
  }

  @Test func evaluatorKeptInAVariableIsNamedAtItsCall() {
    let b = T.bytes("""
      import builtins
      run = getattr(__import__("builtins"), "ex" + "ec")
      run(payload, g)
      ev = exec
      ev(code)
      name = getattr(obj, attr)
      name(x)
      f(y = getattr(builtins, "eval"))

      """)
    let calls = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    let run = calls.first { $0.writtenCallee == "run" }
    #expect(run?.callee == "exec")
    #expect(run.map { T.text($0.arguments[0].range, b) } == "payload")
    #expect(calls.first { $0.writtenCallee == "ev" }?.callee == "exec")
    // A computed attribute is not guessed, and a lookup inside a larger statement binds nothing.
    #expect(calls.first { $0.writtenCallee == "name" }?.callee == "name")
    #expect(!calls.contains { $0.writtenCallee == "y" })
  }

  @Test func javaScriptEvaluatorLookedUpIntoAConstant() {
    let b = T.bytes("const run = window[\"ev\" + \"al\"];\nrun(body);\nlet g = obj[\"x\"];\ng(1);\n")
    let calls = JSCalls.calls(tokens: JavaScriptLexer.tokenize(b), bytes: b)
    #expect(calls.first { $0.writtenCallee == "run" }?.callee == "eval")
    #expect(calls.first { $0.writtenCallee == "g" }?.callee == "obj.x")
  }

  @Test func fromImportAliasResolves() {
    let b = T.bytes("from requests import post as p; p(u, data=x)\n")
    let calls = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    #expect(calls.map(\.callee) == ["requests.post"])
    #expect(calls[0].writtenCallee == "p")
    #expect(calls[0].arguments.map(\.keyword) == [nil, "data"])
  }

  @Test func importAsAndRebindingAndDunderImport() {
    let b = T.bytes("""
      import subprocess as sp
      from os import (system, popen as po)
      run = sp.run
      run(["curl", u]); system(c); po(c)
      __import__('os').system('id')
      def exec(x): pass
      """)
    let calls = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    #expect(calls.map(\.callee) == ["subprocess.run", "os.system", "os.popen", "__import__", "os.system"])
  }

  @Test func stringPrefixesAndTripleQuotes() {
    let b = T.bytes(#"a = rb'\x41' + f"{x}\n" + '''multi"line''' + "\x68\u0069" # c"#)
    let tokens = PythonLexer.tokenize(b)
    let strings = tokens.filter { $0.kind == .string }
    #expect(T.texts(strings, b) == [#"rb'\x41'"#, #"f"{x}\n""#, "'''multi\"line'''", #""\x68\u0069""#])
    let values = strings.map { StringLiteral.value(of: $0, in: b, language: .python) }
    #expect(values == [#"\x41"#, "{x}\n", "multi\"line", "hi"])
    #expect(tokens.last?.kind == .comment)
  }

  @Test func unclosedNestedCallsSplitTheLine() throws {
    // A truncated snippet: neither call closes. The outer call's arguments stop where the
    // inner unclosed call begins, and the inner call takes the rest of the line.
    let b = T.bytes("run(\"curl\", url, exec(base64.b64decode(s)\n")
    let calls = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    #expect(calls.map(\.callee) == ["run", "exec", "base64.b64decode"])
    #expect(calls[0].arguments.map { T.text($0.range, b) } == ["\"curl\"", "url", "exec"])
    #expect(calls[1].arguments.map { T.text($0.range, b) } == ["base64.b64decode(s)"])
    #expect(calls[1].contains(calls[2]))
  }

  @Test func baseNameIsTheLastComponent() {
    let b = T.bytes("requests.post(u)\neval(x)\nurlopen(u).read()\n")
    let calls = PythonCalls.calls(tokens: PythonLexer.tokenize(b), bytes: b)
    #expect(calls.map { String($0.baseName) } == ["post", "eval", "urlopen", "read"])
    let odd = CodeCall(callee: "a.", writtenCallee: "a.", calleeRange: 0..<2, openParen: 1, closeParen: 2, arguments: [], range: 0..<3)
    #expect(odd.baseName == "")
  }

  @Test func newlinesOnlyAtDepthZero() {
    let b = T.bytes("f(a,\n  b)\nx = 1\n")
    let newlines = PythonLexer.tokenize(b).filter { $0.kind == .newline }
    #expect(newlines.count == 2)
  }
}

@Suite struct JavaScriptTests {
  @Test func evalOfAtob() {
    let b = T.bytes("eval(atob(x));")
    let calls = JSCalls.calls(tokens: JavaScriptLexer.tokenize(b), bytes: b)
    #expect(calls.map(\.callee) == ["eval", "atob"])
    #expect(calls[0].contains(calls[1]))
  }

  @Test func subscriptCalleeSpelledByStringsIsNamed() {
    let b = T.bytes("window['ev' + 'al'](src);\nrequire('child_process')['exec' + 'Sync'](cmd);\nobj[key](x);\n")
    let calls = JSCalls.calls(tokens: JavaScriptLexer.tokenize(b), bytes: b)
    #expect(calls.map(\.callee).contains("eval"))
    #expect(calls.map(\.callee).contains("child_process.execSync"))
    #expect(calls.first { $0.callee == "eval" }.map { T.text($0.arguments[0].range, b) } == "src")
    #expect(!calls.contains { $0.writtenCallee.hasPrefix("obj[") })
    let indirect = T.bytes("r.on('end', () => { (0, eval)(d) })\n")
    let found = JSCalls.calls(tokens: JavaScriptLexer.tokenize(indirect), bytes: indirect)
    #expect(found.first { $0.callee == "eval" }.map { T.text($0.arguments[0].range, indirect) } == "d")
  }

  @Test func templateLiteralNestingIsLexed() {
    let b = T.bytes("const s = `a ${fetch(`${base}/x`)} b`; y = 1")
    let tokens = JavaScriptLexer.tokenize(b)
    #expect(T.texts(tokens, b) == [
      "const", "s", "=", "`a ${fetch(`${base}/x`)} b`", "${", "fetch", "(", "`${base}/x`", "${", "base", "}",
      ")", "}", ";", "y", "=", "1",
    ])
    let calls = JSCalls.calls(tokens: tokens, bytes: b)
    #expect(calls.map(\.callee) == ["fetch"])
  }

  @Test func requireAliasesAndDestructuring() {
    let b = T.bytes("""
      const cp = require('node:child_process');
      const { exec: run, spawn } = require("child_process");
      import * as fs from 'fs';
      cp.exec(c); run(c); spawn(c); fs.readFileSync(p); require('https').get(u); new Function(code)
      """)
    let calls = JSCalls.calls(tokens: JavaScriptLexer.tokenize(b), bytes: b)
    let callees = calls.map(\.callee).filter { $0 != "require" }
    #expect(callees == ["child_process.exec", "child_process.exec", "child_process.spawn", "fs.readFileSync", "https.get", "Function"])
    #expect(calls.last?.isConstructor == true)
  }

  @Test func regexVersusDivision() {
    let b = T.bytes("a = b / c / d; r = /ab+c\\//g.test(s); x = (1) / 2")
    let tokens = JavaScriptLexer.tokenize(b)
    let strings = tokens.filter { $0.kind == .string }
    #expect(T.texts(strings, b) == ["/ab+c\\//g"])
  }

  @Test func commentsAndStringValues() {
    let b = T.bytes("// c\n/* block */ s = '\\x68\\u{69}'")
    let tokens = JavaScriptLexer.tokenize(b)
    #expect(tokens.filter { $0.kind == .comment }.count == 2)
    let s = tokens.first { $0.kind == .string }
    #expect(s.map { StringLiteral.value(of: $0, in: b, language: .javascript) } == "hi")
  }
}

@Suite struct PowerShellTests {
  @Test func iexOfWebRequestContent() {
    let b = T.bytes("iex (iwr u).Content")
    let pipelines = PowerShellStructure.pipelines(in: b)
    #expect(pipelines.map { $0.commands.map { $0.name(in: b) } } == [["iex"], ["iwr"]])
    #expect(T.text(pipelines[0].commands[0].words[1].range, b) == "(iwr u).Content")
    #expect(pipelines[1].substitution == .subexpression && pipelines[1].parentPipeline == 0)
  }

  @Test func iexWithDownloadString() {
    let b = T.bytes("IEX(New-Object Net.WebClient).DownloadString('u')")
    let tokens = PowerShellLexer.tokenize(b)
    #expect(T.texts(tokens, b) == ["IEX", "(", "New-Object", "Net.WebClient", ")", ".", "DownloadString", "(", "'u'", ")"])
    let pipelines = PowerShellStructure.pipelines(tokens: tokens, bytes: b)
    #expect(pipelines[0].commands[0].name(in: b) == "iex")
    #expect(pipelines[0].commands[0].words.count == 2)
    #expect(pipelines.map { $0.commands.map { $0.name(in: b) } }.contains(["new-object"]))
    #expect(pipelines[0].commands[0].dialect == .powershell)
  }

  @Test func stringsCommentsVariablesParameters() {
    let b = T.bytes("<# block #>\n$x = Invoke-WebRequest -Uri \"http://a/`$b\" -UseB # c\n@'\nraw 'here'\n'@ | Out-File $env:TEMP\\a.ps1")
    let tokens = PowerShellLexer.tokenize(b)
    #expect(tokens[0].kind == .comment)
    let strings = tokens.filter { $0.kind == .string }
    #expect(strings.map { StringLiteral.value(of: $0, in: b, language: .powershell) } == ["http://a/$b", "raw 'here'"])
    let pipelines = PowerShellStructure.pipelines(tokens: tokens, bytes: b)
    #expect(pipelines.map { $0.commands.map { $0.name(in: b) } } == [["invoke-webrequest"], ["raw 'here'", "out-file"]])
    #expect(pipelines[0].commands[0].assignments.count == 1)
    #expect(pipelines[0].commands[0].hasFlag("-UseBasicParsing", in: b, minPrefix: 4))
  }
}
