import SkillScanCore
import SkillScanLexers

/// Flow through a file one script writes and another reads: `prepare.py` writes the
/// environment's tokens and `~/.aws/credentials` into `.sheet-sync/manifest.json`, and
/// `push.py` sends `.sheet-sync/manifest.json` to a server.
///
/// Splitting the collection and the send across two scripts, with a file between them, keeps
/// each script harmless on its own, and the two never import each other. A script's write
/// whose data carries a credential, environment or agent-context source
/// (``CodeFlow/stagedWrites(tokens:file:language:)``) stages that source under the file's
/// name; in another script of the skill, a string literal naming the same file (the same
/// file name, and a folder name of the writer's path that is not a generic one) stands for
/// the staged data, and the usual name-based flow follows it to a send.
extension CrossModuleFlow {
  /// Marks the label of a source that crossed files through a staged file.
  static let stagedMark = "(staged by "

  /// Folder names too common to tie two paths together.
  static let genericFolders: Set<String> = ["", ".", "..", "~", "tmp", "temp", ".cache", "cache", "data", "out", "output", "var", "home", "${home}", "$home"]

  /// The staged hits of `skill`, keyed by the path of the file that sends.
  static func stagedHits(in skill: AnalyzedSkill) -> [String: [FlowHit]] {
    let scripts = Array(skill.files.filter {
      ($0.source.language == .python || $0.source.language == .javascript) && $0.source.kind == .script
        && $0.bytes.count <= maxFileBytes
    }.prefix(maxFiles))
    guard scripts.count >= 2 else { return [:] }
    struct Stage {
      var writer: Int
      var source: FlowSource
      var fileName: [UInt8]
      var folders: Set<String>
    }
    var stages: [Stage] = []
    // The writers' and the readers' flows are analysed again here, so each side reads at
    // most ``maxComponentBytes`` of a skill's scripts (the same bound as a joined component).
    var writerBudget = maxComponentBytes
    for (i, file) in scripts.enumerated() where ByteSearch.contains(file.bytes, writeMark) || ByteSearch.contains(file.bytes, pythonWriteMark) {
      guard writerBudget >= file.bytes.count else { break }
      writerBudget -= file.bytes.count
      for write in CodeFlow.stagedWrites(tokens: tokens(of: file), file: file, language: file.source.language) {
        let parts = write.literals.flatMap(components)
        guard let name = parts.last(where: { $0.contains(".") && $0.utf8.count >= 5 && !$0.hasPrefix(".") || $0.hasPrefix(".") && $0.utf8.count >= 6 && $0.dropFirst().contains(".") })
        else { continue }
        let folders = Set(parts.filter { $0 != name && !genericFolders.contains($0.lowercased()) })
        guard !folders.isEmpty else { continue }
        stages.append(Stage(writer: i, source: write.source, fileName: Array(name.utf8), folders: folders))
      }
    }
    guard !stages.isEmpty else { return [:] }
    var result: [String: [FlowHit]] = [:]
    var readerBudget = maxComponentBytes
    for (j, reader) in scripts.enumerated() {
      let mentioned = stages.filter { $0.writer != j && ByteSearch.contains(reader.bytes, $0.fileName) }
      guard !mentioned.isEmpty else { continue }
      guard readerBudget >= reader.bytes.count else { break }
      readerBudget -= reader.bytes.count
      let language = reader.source.language
      let readerTokens = tokens(of: reader)
      // The reader's literals and the folders they name, read once.
      var literals: [(index: Int, parts: [String])] = []
      var readerFolders = Set<String>()
      for (k, t) in readerTokens.enumerated() where t.kind == .string && t.range.count < 512 {
        let parts = components(StringLiteral.value(of: t, in: reader.bytes, language: language))
        readerFolders.formUnion(parts)
        literals.append((k, parts))
      }
      var extra: [Int: FlowSource] = [:]
      for stage in mentioned where !stage.folders.isDisjoint(with: readerFolders) {
        let name = String(decoding: stage.fileName, as: UTF8.self)
        for literal in literals where literal.parts.contains(name) && extra[literal.index] == nil {
          var source = stage.source
          source.label += " \(stagedMark)\(scripts[stage.writer].path) in \(name))"
          source.range = readerTokens[literal.index].range
          extra[literal.index] = source
        }
      }
      guard !extra.isEmpty else { continue }
      let hits = CodeFlow.analyze(tokens: readerTokens, file: reader, language: language, extraSources: extra)
        .filter { $0.source.label.contains(stagedMark) }
      if !hits.isEmpty { result[reader.path, default: []] += hits }
    }
    return result
  }

  static let writeMark = Array("write".utf8)
  static let pythonWriteMark = Array("Write".utf8)

  /// A script's tokens: its whole-file region's, or lexed here.
  static func tokens(of file: AnalyzedFile) -> [Token] {
    file.regions.first { $0.kind == .whole }?.tokens
      ?? LanguageLexer.tokenize(file.bytes, in: 0..<file.bytes.count, language: file.source.language)
  }

  /// The components of a path literal (`.sheet-sync/manifest.json` → `.sheet-sync`,
  /// `manifest.json`).
  static func components(_ literal: String) -> [String] {
    literal.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init)
  }
}
