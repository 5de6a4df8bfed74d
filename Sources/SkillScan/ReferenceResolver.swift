import SkillScanCore

/// Finds which files of a skill its `SKILL.md` points at.
///
/// A file the instructions name (by relative path, or by a file name unique in the skill) is
/// *activated*: the agent is told to run or read it (taxonomy.md §6.1). Matching is a byte
/// search of `SKILL.md`, linear in its size per candidate path.
enum ReferenceResolver {
  static func referencedPaths(in files: [AnalyzedFile], skillFile: String?) -> Set<String> {
    guard let skillPath = skillFile, let skill = files.first(where: { $0.path == skillPath })
    else { return [] }
    let haystack = skill.bytes
    var nameCounts: [String: Int] = [:]
    for file in files { nameCounts[file.source.name, default: 0] += 1 }
    var referenced = Set<String>()
    for file in files where file.path != skillPath {
      if ByteSearch.contains(haystack, Array(file.path.utf8)) {
        referenced.insert(file.path)
      } else if nameCounts[file.source.name] == 1, file.source.name.utf8.count >= 4,
        ByteSearch.contains(haystack, Array(file.source.name.utf8))
      {
        referenced.insert(file.path)
      }
    }
    return referenced
  }
}
