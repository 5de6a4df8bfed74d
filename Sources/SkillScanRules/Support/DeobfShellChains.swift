import SkillScanCore
public import SkillScanLexers

/// Decode→execute constructs in shell (taxonomy.md SC3): `echo <b64> | base64 -d | bash`,
/// `eval "$(echo … | base64 -d)"`, `xxd -r -p | sh`, `printf '\x..' | sh`, `rev | sh`,
/// `powershell -EncodedCommand …`.
public enum DeobfShellChains {
  /// One construct.
  public struct Hit: Sendable {
    public var range: Range<Int>
    public var message: String
    /// The decoded payload, when the encoded text is written literally in the pipeline.
    public var decoded: [UInt8]?
  }

  enum Decoder { case base64, base32, hex, escapes, reverse, rot13, decompress, other }

  /// Hits among `pipelines` (one span, source order).
  public static func find(in pipelines: [ShellPipeline], bytes: [UInt8]) -> [Hit] {
    var hits: [Hit] = []
    for (index, pipeline) in pipelines.enumerated() {
      // Each command's wrappers are peeled and its name built once: prose read by shape
      // yields a command per sentence, and nearly none of them is a decoder.
      let unwrapped = pipeline.commands.map { $0.effectiveCommandAndName(in: bytes) }
      let effective = unwrapped.map(\.command)
      let names = unwrapped.map { $0.name.lowercased() }
      if let hit = encodedPowerShell(pipeline, effective, names, bytes) {
        hits.append(hit)
        continue
      }
      guard let d = effective.indices.first(where: { decoder(effective[$0], names[$0], bytes) != nil }),
        let kind = decoder(effective[d], names[d], bytes)
      else { continue }
      let name = unwrapped[d].name
      let decoded = literalPayload(pipeline, upTo: d, kind: kind, bytes: bytes)
      if let e = pipeline.commands.indices.first(where: { $0 > d && isExecutor(pipeline.commands[$0], bytes) }) {
        let exec = pipeline.commands[e].effectiveName(in: bytes)
        hits.append(Hit(
          range: pipeline.range.lowerBound..<pipeline.commands[e].range.upperBound,
          message: "output of '\(name)' is decoded and piped into '\(exec)'", decoded: decoded))
        continue
      }
      if pipeline.isSubstitution, let p = pipeline.parentPipeline, let c = pipeline.parentCommand,
        p < pipelines.count, p != index, c < pipelines[p].commands.count,
        isExecutor(pipelines[p].commands[c], bytes)
      {
        let parent = pipelines[p].commands[c]
        hits.append(Hit(
          range: parent.range.lowerBound..<max(parent.range.upperBound, pipeline.range.upperBound),
          message: "'\(parent.effectiveName(in: bytes))' executes text decoded by '\(name)'", decoded: decoded))
      }
    }
    return hits
  }

  static func isExecutor(_ command: ShellCommand, _ bytes: [UInt8]) -> Bool {
    if command.interpreter(in: bytes) != nil {
      // `python3 script.py` reads a file, not stdin; `bash -c`, `bash`, `bash -` read code.
      let args = command.effectiveCommand(in: bytes).arguments(in: bytes)
      return args.allSatisfy { $0.hasPrefix("-") } || args.first == "-c" || args.first == "-"
    }
    return ["eval", "source", ".", "iex", "invoke-expression"].contains(command.effectiveName(in: bytes).lowercased())
  }

  /// The decoding a command performs on its input, if any.
  /// `effective` is the command with its wrappers peeled and `name` its lower-cased name.
  static func decoder(_ effective: ShellCommand, _ name: String, _ bytes: [UInt8]) -> Decoder? {
    // Most commands are not decoders; only they pay for their arguments as strings.
    guard decoderNames.contains(name) else { return nil }
    let args = effective.arguments(in: bytes)
    let decodeFlag = effective.hasFlag("-d", in: bytes) || effective.hasFlag("-D", in: bytes)
      || args.contains("--decode")
    switch name {
    case "base64", "gbase64", "base64.exe": return decodeFlag ? .base64 : nil
    case "base32", "basenc": return decodeFlag ? .base32 : nil
    case "xxd": return effective.hasFlag("-r", in: bytes) ? .hex : nil
    case "openssl": return args.contains("-d") && (args.contains("base64") || args.contains("-base64") || args.contains("-a")) ? .base64 : nil
    case "uudecode": return .other
    case "rev": return .reverse
    case "gunzip", "zcat", "bunzip2", "xzcat", "unxz": return .decompress
    case "gzip", "bzip2", "xz", "zstd": return decodeFlag ? .decompress : nil
    case "tr": return args.joined(separator: " ").lowercased().contains("n-za-m") ? .rot13 : nil
    case "printf": return args.contains(where: hasEscapes) ? .escapes : nil
    case "echo": return effective.hasFlag("-e", in: bytes) && args.contains(where: hasEscapes) ? .escapes : nil
    default: return nil
    }
  }

  /// Every command name ``decoder(_:_:)`` recognises.
  static let decoderNames: Set<String> = [
    "base64", "gbase64", "base64.exe", "base32", "basenc", "xxd", "openssl", "uudecode", "rev", "gunzip",
    "zcat", "bunzip2", "xzcat", "unxz", "gzip", "bzip2", "xz", "zstd", "tr", "printf", "echo",
  ]

  static func hasEscapes(_ s: String) -> Bool {
    var count = 0
    var previous: Character = " "
    for c in s {
      if previous == "\\", c == "x" || c.isNumber { count += 1 }
      previous = c
    }
    return count >= 4
  }

  /// Decodes the text an `echo`/`printf` (or a `<<<` here-string) feeds into the decoder.
  static func literalPayload(_ pipeline: ShellPipeline, upTo d: Int, kind: Decoder, bytes: [UInt8]) -> [UInt8]? {
    let decoderCommand = pipeline.commands[d]
    var source: String?
    if case .escapes = kind {
      source = decoderCommand.effectiveCommand(in: bytes).arguments(in: bytes).last { hasEscapes($0) }
    } else if let here = decoderCommand.redirections.first(where: { ByteText.equals($0.op.range, "<<<", in: bytes) }),
      let target = here.target
    {
      source = ShellWord.unquotedValue(target, bytes)
    } else if d > 0 {
      let producer = pipeline.commands[d - 1].effectiveCommand(in: bytes)
      let name = producer.name(in: bytes)
      if name == "echo" || name == "printf" {
        source = producer.arguments(in: bytes).filter { !$0.hasPrefix("-") }.max { $0.utf8.count < $1.utf8.count }
      }
    }
    guard let text = source, text.utf8.count >= 4, text.utf8.count <= DeobfBlobScanner.maximumLength else { return nil }
    let raw = Array(text.utf8)
    switch kind {
    case .base64: return DeobfDecoders.base64(raw)
    case .base32: return DeobfDecoders.base32(raw)
    case .hex: return DeobfDecoders.hex(raw.filter { $0 > 0x20 })
    case .escapes: return DeobfDecoders.escapes(raw)
    case .reverse: return Array(raw.reversed())
    case .rot13: return DeobfDecoders.rot13(raw)
    case .decompress, .other: return nil
    }
  }

  static let powerShellNames: Set<String> = ["powershell", "pwsh", "powershell.exe", "pwsh.exe"]

  /// `powershell -EncodedCommand <b64>` (any unambiguous prefix: `-e`, `-ec`, `-enc` …).
  static func encodedPowerShell(
    _ pipeline: ShellPipeline, _ effectives: [ShellCommand], _ names: [String], _ bytes: [UInt8]
  ) -> Hit? {
    for (k, command) in pipeline.commands.enumerated() {
      let effective = effectives[k]
      let name = names[k]
      guard powerShellNames.contains(name) else { continue }
      let args = effective.arguments(in: bytes)
      for (i, arg) in args.enumerated() where i + 1 < args.count {
        let flag = arg.lowercased()
        guard flag.hasPrefix("-e") || flag.hasPrefix("/e"), "-encodedcommand".hasPrefix("-" + flag.dropFirst()) else { continue }
        let decoded = DeobfDecoders.base64(Array(args[i + 1].utf8)).flatMap(DeobfDecoders.utf16LE)
        return Hit(range: command.range, message: "PowerShell runs a base64-encoded command (\(arg))", decoded: decoded)
      }
    }
    return nil
  }
}
