public import SkillScanCore
import SkillScanLexers

/// Stretches of a file that are code in one language, including code fed to an interpreter
/// from inside shell: `python3 - <<'PY' … PY` here-documents and `python -c '…'` / `node -e
/// '…'` arguments.
///
/// Obfuscated droppers are usually a Python or Node program wrapped in a shell fence, so a
/// rule that only looked at the fence's shell tokens would never see the `exec(b64decode(…))`
/// inside. Units keep byte ranges of the host file, so findings land on raw locations.
public struct DeobfCodeUnit: Sendable {
  public var language: Language
  public var range: Range<Int>
  public var tokens: [Token]
  /// Whether the unit is executable code (a script, fence or directive) rather than inline
  /// code inside prose.
  public var isCode: Bool
}

extension DeobfCodeUnit {
  /// Every code unit of `file`, outer units first, embedded interpreter code after;
  /// computed once per file, since five rules read them.
  public static func units(of file: AnalyzedFile) -> [DeobfCodeUnit] {
    file.cache.value(unitsSlot) { compute(file) }
  }

  static func compute(_ file: AnalyzedFile) -> [DeobfCodeUnit] {
    var units: [DeobfCodeUnit] = []
    if file.regions.isEmpty, file.source.language.isExecutable {
      let tokens = LanguageLexer.tokenize(file.bytes, in: 0..<file.bytes.count, language: file.source.language)
      units.append(DeobfCodeUnit(language: file.source.language, range: 0..<file.bytes.count, tokens: tokens, isCode: true))
    }
    for region in file.regions where region.language.isExecutable && !region.tokens.isEmpty {
      switch region.kind {
      case .whole, .fencedCode, .loadTimeDirective:
        units.append(DeobfCodeUnit(language: region.language, range: region.range, tokens: region.tokens, isCode: true))
      case .inlineCode:
        units.append(DeobfCodeUnit(language: region.language, range: region.range, tokens: region.tokens, isCode: false))
      default:
        continue
      }
    }
    var embedded: [DeobfCodeUnit] = []
    for unit in units where unit.language == .shell {
      embedded += embeddedUnits(in: unit, file: file)
    }
    return units + embedded
  }

  /// Interpreter code inside a shell unit: here-document bodies and `-c`/`-e` arguments.
  static func embeddedUnits(in unit: DeobfCodeUnit, file: AnalyzedFile) -> [DeobfCodeUnit] {
    let bytes = file.bytes
    var out: [DeobfCodeUnit] = []
    for pipeline in file.shellPipelines(tokens: unit.tokens, range: unit.range, dialect: .posix) {
      for command in pipeline.commands {
        guard let language = language(of: command.interpreter(in: bytes)) else { continue }
        for redirection in command.redirections {
          if let body = redirection.heredocBody, !body.range.isEmpty {
            out.append(make(language, body.range, bytes, isCode: unit.isCode))
          }
        }
        if let code = inlineArgument(command, language: language, bytes: bytes) {
          out.append(make(language, code, bytes, isCode: unit.isCode))
        }
      }
    }
    return out
  }

  private static func make(_ language: Language, _ range: Range<Int>, _ bytes: [UInt8], isCode: Bool) -> DeobfCodeUnit {
    DeobfCodeUnit(
      language: language, range: range,
      tokens: LanguageLexer.tokenize(bytes, in: range, language: language), isCode: isCode)
  }

  static func language(of interpreter: ShellInterpreter?) -> Language? {
    switch interpreter {
    case .python: .python
    case .node: .javascript
    case .powershell: .powershell
    case .shell: .shell
    default: nil
    }
  }

  /// The byte range inside the quotes of the word after `-c` (Python, shell) or `-e`/`-p`
  /// (Node), when that word is one quoted token.
  static func inlineArgument(_ command: ShellCommand, language: Language, bytes: [UInt8]) -> Range<Int>? {
    let effective = command.effectiveCommand(in: bytes)
    let flags: Set<String> = language == .javascript ? ["-e", "--eval", "-p", "--print"] : ["-c"]
    guard language != .shell else { return nil }  // `sh -c` is re-lexed by shell rules themselves
    for (index, word) in effective.words.enumerated().dropFirst() where index + 1 < effective.words.count {
      guard flags.contains(ShellWord.unquotedValue(word, bytes)) else { continue }
      let arg = effective.words[index + 1].range
      guard arg.count >= 2, let q = bytes[safeIndex: arg.lowerBound], q == 0x27 || q == 0x22,
        bytes[arg.upperBound - 1] == q
      else { return nil }
      return (arg.lowerBound + 1)..<(arg.upperBound - 1)
    }
    return nil
  }
}

extension Array where Element == UInt8 {
  /// The byte at `index`, or nil when out of range.
  subscript(safeIndex index: Int) -> UInt8? { index >= 0 && index < count ? self[index] : nil }
}

/// Where a file's code units are cached.
private let unitsSlot = CacheSlot<[DeobfCodeUnit]>("DeobfCodeUnit.units")
