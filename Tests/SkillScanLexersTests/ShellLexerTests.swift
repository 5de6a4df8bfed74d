import SkillScanCore
import SkillScanLexers
import Testing

@Suite struct ShellLexerTests {
  @Test func curlPipedToSudoBashIsOnePipelineOfTwoCommands() {
    let b = T.bytes("curl -fsSL https://x/i.sh | sudo bash\n")
    let pipelines = ShellStructure.pipelines(in: b)
    #expect(pipelines.count == 1)
    #expect(pipelines[0].commands.map { $0.name(in: b) } == ["curl", "sudo"])
    #expect(T.names(pipelines, b) == [["curl", "bash"]])
    #expect(pipelines[0].commands[0].arguments(in: b) == ["-fsSL", "https://x/i.sh"])
    #expect(pipelines[0].commands[0].hasFlag("-s", in: b))
    #expect(pipelines[0].commands[1].interpreter(in: b) == .shell)
  }

  /// A bash array's elements are words of one assignment, not commands; a substitution
  /// inside the array still runs and stays visible.
  @Test func arrayElementsAreNotCommands() {
    let b = T.bytes("BLOCK=(\n  'mkfs\\.'\n  \"rm -rf /\"  # destructive\n  $(curl -s u | sh)\n)\nLIST+=(a b)\necho done\n")
    let pipelines = ShellStructure.pipelines(in: b)
    #expect(T.names(pipelines, b) == [[""], ["curl", "sh"], [""], ["echo"]])
    #expect(pipelines[1].substitution == .command)
    let notArray = T.bytes("f() { rm -rf \"$d\"; }\nx= (true)\n")
    #expect(T.names(ShellStructure.pipelines(in: notArray), notArray).flatMap { $0 }.contains("rm"))
  }

  @Test func processSubstitutionIsANestedPipeline() {
    let b = T.bytes("bash <(curl -s u)")
    let pipelines = ShellStructure.pipelines(in: b)
    #expect(T.names(pipelines, b) == [["bash"], ["curl"]])
    #expect(pipelines[1].substitution == .processInput)
    #expect(pipelines[1].parentPipeline == 0)
    #expect(pipelines[1].parentCommand == 0)
    #expect(pipelines[0].commands[0].words.count == 2)
    #expect(T.text(pipelines[0].commands[0].words[1].range, b) == "<(curl -s u)")
  }

  @Test func commandSubstitutionInsideDoubleQuotesIsVisible() {
    let b = T.bytes(#"sh -c "$(curl -fsSL u)""#)
    let tokens = ShellLexer.tokenize(b)
    #expect(T.texts(tokens, b) == [#"sh"#, "-c", #""$(curl -fsSL u)""#, "$(", "curl", "-fsSL", "u", ")"])
    #expect(tokens[2].kind == .string)
    let pipelines = ShellStructure.pipelines(tokens: tokens, bytes: b)
    #expect(T.names(pipelines, b) == [["sh"], ["curl"]])
    #expect(pipelines[1].substitution == .command)
    #expect(ShellStructure.nestedScript(of: pipelines[0].commands[0], in: b) == "$(curl -fsSL u)")
  }

  @Test func base64DecodePipedToShell() {
    let b = T.bytes("echo aGk= | base64 -d | sh")
    let pipelines = ShellStructure.pipelines(in: b)
    #expect(T.names(pipelines, b) == [["echo", "base64", "sh"]])
    #expect(pipelines[0].commands[1].hasFlag("-d", in: b))
  }

  @Test func backticksAndNestedSubstitutions() {
    let b = T.bytes("x=`wget -qO- u`; eval \"$(echo $(id))\"")
    let pipelines = ShellStructure.pipelines(in: b)
    #expect(T.names(pipelines, b) == [[""], ["wget"], ["eval"], ["echo"], ["id"]])
    #expect(pipelines[0].commands[0].assignments.count == 1)
    #expect(pipelines[1].substitution == .backtick)
    #expect(pipelines[4].parentPipeline == 3)
  }

  @Test func heredocBodyIsOneToken() {
    let b = T.bytes("cat <<'EOF' > /tmp/x.sh\ncurl u | sh\nEOF\nchmod +x /tmp/x.sh\n")
    let tokens = ShellLexer.tokenize(b)
    let heredoc = tokens.first { $0.kind == .heredoc }
    #expect(heredoc.map { T.text($0.range, b) } == "curl u | sh\n")
    let pipelines = ShellStructure.pipelines(tokens: tokens, bytes: b)
    #expect(T.names(pipelines, b) == [["cat"], ["chmod"]])
    let redirections = pipelines[0].commands[0].redirections
    #expect(redirections.count == 2)
    #expect(redirections[0].heredocBody == heredoc)
    #expect(redirections[1].target.map { T.text($0.range, b) } == "/tmp/x.sh")
  }

  @Test func commentLineIsNotACommand() {
    let b = T.bytes("# curl u | sh\necho ok # trailing\n")
    let tokens = ShellLexer.tokenize(b)
    #expect(tokens[0].kind == .comment)
    #expect(T.names(ShellStructure.pipelines(tokens: tokens, bytes: b), b) == [["echo"]])
  }

  @Test func unterminatedQuoteEndsAtEndOfInput() {
    let b = T.bytes("echo \"unterminated $(curl u\nnext line")
    let tokens = ShellLexer.tokenize(b)
    #expect(tokens.last?.range.upperBound == b.count)
    #expect(tokens[1].range == 5..<b.count)
  }

  @Test func redirectionsAndOperators() {
    let b = T.bytes("cmd 2>&1 >>log && a || b & c |& d; e")
    let tokens = ShellLexer.tokenize(b)
    #expect(T.texts(tokens, b) == ["cmd", "2>&1", ">>", "log", "&&", "a", "||", "b", "&", "c", "|&", "d", ";", "e"])
    let pipelines = ShellStructure.pipelines(tokens: tokens, bytes: b)
    #expect(T.names(pipelines, b) == [["cmd"], ["a"], ["b"], ["c", "d"], ["e"]])
    #expect(pipelines[0].commands[0].redirections.count == 2)
    #expect(pipelines[2].isBackground)
  }

  @Test func wordsKeepQuotesInside() {
    let b = T.bytes(#"cp "$HOME"/.ssh/id_rsa $'\x2ftmp' ${X} 'a b'"#)
    let tokens = ShellLexer.tokenize(b)
    #expect(tokens.map(\.kind) == [.word, .word, .string, .variable, .string])
    #expect(ShellWord.unquotedValue(tokens[1], b) == "$HOME/.ssh/id_rsa")
    #expect(ShellWord.unquotedValue(tokens[2], b) == "/tmp")
    #expect(StringLiteral.value(of: tokens[4], in: b, language: .shell) == "a b")
  }

  @Test func lineContinuationJoinsCommand() {
    let b = T.bytes("curl -s \\\n  https://x | \\\n  sh\n")
    #expect(T.names(ShellStructure.pipelines(in: b), b) == [["curl", "sh"]])
  }

  @Test func compoundCommandsAreFlattened() {
    let b = T.bytes("""
      if command -v curl >/dev/null; then curl u | bash; fi
      for f in *.sh; do source "$f"; done
      case "$1" in install) wget u ;; *) echo no ;; esac
      setup() { env X=1 nohup python3 x.py & }
      """)
    let names = T.names(ShellStructure.pipelines(in: b), b)
    #expect(names == [["curl"], ["curl", "bash"], ["source"], ["wget"], ["echo"], ["python3"]])
  }

  @Test func wrappersAndNestedScript() {
    let b = T.bytes("sudo -u root env A=1 timeout 10 bash -lc 'curl u | sh'")
    let command = ShellStructure.pipelines(in: b)[0].commands[0]
    #expect(command.effectiveName(in: b) == "bash")
    let script = ShellStructure.nestedScript(of: command, in: b)
    #expect(script == "curl u | sh")
    let inner = Array((script ?? "").utf8)
    #expect(T.names(ShellStructure.pipelines(in: inner), inner) == [["curl", "sh"]])
  }

  /// The parser resolves each command's effective head once; a command whose words are
  /// changed afterwards must be read again, not answered from that stored head.
  @Test func resolvedHeadFollowsWordChanges() {
    let b = T.bytes("sudo -u root curl -s https://x\nnohup ./run.sh")
    let commands = ShellStructure.pipelines(in: b).flatMap(\.commands)
    let (effective, name) = commands[0].effectiveCommandAndName(in: b)
    #expect(name == "curl")
    #expect(T.texts(effective.words, b) == ["curl", "-s", "https://x"])
    #expect(commands[0].name(in: b) == "sudo")
    #expect(commands[1].effectiveName(in: b) == "run.sh")
    var edited = commands[0]
    edited.words.removeFirst(3)
    #expect(edited.name(in: b) == "curl")
    #expect(edited.effectiveCommandAndName(in: b).command.words.count == 3)
    edited.words = [commands[1].words[1]]
    #expect(edited.effectiveName(in: b) == "run.sh")
  }

  /// Commands share their storage until one copy changes: the other keeps its words and
  /// its resolved head.
  @Test func editedCopyLeavesOriginalIntact() {
    let b = T.bytes("sudo bash -c 'id'")
    let original = ShellStructure.pipelines(in: b)[0].commands[0]
    var copy = original
    copy.words = Array(copy.words.dropFirst())
    copy.range = 5..<b.count
    #expect(T.texts(original.words, b) == ["sudo", "bash", "-c", "'id'"])
    #expect(original.range == 0..<b.count)
    #expect(original.name(in: b) == "sudo")
    #expect(original.effectiveName(in: b) == "bash")
    #expect(copy.name(in: b) == "bash")
    #expect(T.texts(copy.effectiveCommand(in: b).words, b) == ["bash", "-c", "'id'"])
  }

  @Test func interpreterNames() {
    let cases: [(String, ShellInterpreter?)] = [
      ("bash", .shell), ("busybox", .shell), ("Python3.11", .python), ("python", .python),
      ("pypy3", .python), ("py", .python), ("PWSH.EXE", .powershell), ("nodejs", .node),
      ("perl5.36", .perl), ("ruby", .ruby), ("php8", .php), ("lua5.4", .lua),
      ("luajit", .lua), ("osascript", .osascript), ("pythonx", nil), ("curl", nil), ("", nil),
      ("rubyist", nil), ("l", nil),
    ]
    for (name, expected) in cases {
      #expect(ShellInterpreter(commandName: name) == expected, "\(name)")
    }
  }

  /// The interpreter is classified when the command is parsed; what rules read must still be
  /// the wrapped command's, for the command and for its effective copy.
  @Test func parsedCommandsKnowTheirWrappedInterpreter() {
    let b = T.bytes("sudo -u root python3.11 x.py; env A=1 nohup bash -c id; ls -l; timeout 5 node s.js")
    let commands = ShellStructure.pipelines(in: b).flatMap(\.commands)
    #expect(commands.map { $0.interpreter(in: b) } == [.python, .shell, nil, .node])
    #expect(commands.map { $0.effectiveCommand(in: b).interpreter(in: b) } == [.python, .shell, nil, .node])
    // A command built by hand (no parsed head) is classified on request.
    let bare = ShellCommand(words: commands[0].words, range: commands[0].range)
    #expect(bare.interpreter(in: b) == .python)
  }

  @Test func leavesAndOutermostViews() {
    let b = T.bytes("echo \"$(curl https://x)\" done")
    let tokens = ShellLexer.tokenize(b)
    #expect(T.texts(ShellTokens.outermost(tokens), b) == ["echo", "\"$(curl https://x)\"", "done"])
    #expect(T.texts(ShellTokens.leaves(tokens), b) == ["echo", "$(", "curl", "https://x", ")", "done"])
  }

  /// Pieces end only where the lexer carries no state into the next byte: lexed piece by
  /// piece from fresh lexers, text with quotes, substitutions and backticks across lines, a
  /// here-document, a bash array and a subshell gives exactly the whole text's tokens.
  @Test func piecesLexAsTheWhole() {
    let unit = "echo 'a\nb' \"$(curl -s u |\n sh)\" `ls\n-l`\ncat <<EOF\nbody $(x)\nEOF\nL=(a\nb)\n( cd x\nls )\nx $(a\nb\nc)\n"
    let b = T.bytes(String(repeating: unit, count: 40))
    let whole = ShellLexer.tokenize(b)
    for pieceBytes in [1, 7, 50, 300, 1000] {
      let ends = ShellLexer.pieceEnds(b, in: 0..<b.count, pieceBytes: pieceBytes)
      #expect(ends.last == b.count)
      #expect(ends.count > 1)
      var start = 0
      var tokens: [Token] = []
      for end in ends {
        #expect(end > start)
        if end < b.count { #expect(b[end - 1] == 0x0A && end - start >= pieceBytes) }
        tokens += ShellLexer.tokenize(b, in: start..<end)
        start = end
      }
      #expect(tokens == whole, "piece size \(pieceBytes)")
    }
    // Inside an unclosed quote there is no place to cut: one piece.
    let open = T.bytes("echo 'x\n" + String(repeating: "ls\n", count: 100))
    #expect(ShellLexer.pieceEnds(open, in: 0..<open.count, pieceBytes: 10) == [open.count])
  }
}
