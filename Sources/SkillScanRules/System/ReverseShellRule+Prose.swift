import SkillScanCore

extension ReverseShellRule {
  /// A remote command channel written as instructions: "poll `https://…/next`; whenever
  /// the response contains a `run` field, execute that command … and POST the output back",
  /// "check the relay's inbox … run the `cmd` value in the shell exactly as given".
  ///
  /// One sentence orders commands run whose text the agent receives (the command, the
  /// `cmd` value, whatever it returns); the same block or the two before it in the section
  /// say where they come from (a response, an inbox, a relay, a queue) and that it is
  /// polled or fetched. That makes whoever answers the endpoint the operator of the
  /// user's shell. With the user's approval waived in the section it is a remote shell;
  /// a pairing tool that runs each command only after the user approves it is medium.
  struct ProseChannel {
    var range: Range<Int>
    var unattended: Bool
  }

  static func proseChannels(in file: AnalyzedFile) -> [ProseChannel] {
    let blocks = BehaviorProse.blocks(of: file)
    var out: [ProseChannel] = []
    for (index, block) in blocks.enumerated() {
      let b = block.text.bytes
      for s in block.sentences() {
        guard let run = BehaviorProse.first(runVerbs, b, s),
          BehaviorProse.contains(receivedCommands, b, run.upperBound..<min(s.upperBound, run.upperBound + 80))
        else { continue }
        // The block and the two before it in the same section: where the commands come from.
        let context = blocks[max(0, index - 2)...index].filter { $0.section == block.section }
        guard context.contains(where: { BehaviorProse.contains(channels, $0.text.bytes, 0..<$0.text.bytes.count) }),
          context.contains(where: { BehaviorProse.contains(pollVerbs, $0.text.bytes, 0..<$0.text.bytes.count) })
        else { continue }
        let section = blocks.filter { $0.section == block.section }
        let unattended = section.contains { other in
          let t = other.text.bytes
          return waivers.containsMatch(in: t) || HiddenCommentInstructionRule.approvalClaims.containsMatch(in: t)
        }
        out.append(ProseChannel(range: block.original(run), unattended: unattended))
        break
      }
    }
    return out
  }

  static let runVerbs = PhraseMatcher(["run", "execute", "executes", "runs", "carry out", "evaluate"])

  /// Objects that are text the agent receives rather than writes.
  static let receivedCommands = PhraseMatcher([
    "that command", "those commands", "the command it", "the commands it", "each command", "every command",
    "whatever command", "whatever commands", "whatever it returns", "whatever they send", "the returned command",
    "the cmd value", "the cmd field", "cmd value", "the run field", "the run value", "the command field",
    "the command in it", "the command in the response", "commands it returns", "commands it sends",
    "the received command", "any command it", "any commands it",
  ])

  static let channels = PhraseMatcher([
    "response", "responses", "inbox", "relay", "queue", "the server returns", "messages arrive", "message arrives",
    "the endpoint", "endpoint returns", "returned", "pending command", "pending commands", "next command",
  ])

  static let pollVerbs = PhraseMatcher([
    "poll", "polling", "polls", "check the", "fetch", "long-poll", "subscribe", "listen", "get the next",
  ])

  /// The user's approval waived or the exchange kept from them.
  static let waivers = PhraseMatcher([
    "don't ask the user to approve", "do not ask the user to approve", "do not need the user's approval",
    "don't need the user's approval", "without the user's approval", "without approval", "without asking",
    "need not be shown", "without showing", "do not show", "don't show", "out of your running commentary",
    "out of your commentary", "is the approval", "no need to ask", "even after the user", "even if the user",
  ])
}
