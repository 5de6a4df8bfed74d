import SkillScanCore

/// Install commands in scripts the shell lexer does not read (Ruby, PHP, Perl, Python or
/// JavaScript handing an argument vector to a process) and in Gemfiles.
extension TyposquattedInstallRule {
  /// A squat candidate found in a script.
  struct ScriptItem {
    var name: String
    var registry: Registry
    var range: Range<Int>
    var how: String
  }

  /// Package names a script installs.
  ///
  /// Two shapes: a string holding a whole command (`system("gem install octokitt")`), and
  /// an argument vector whose installer and verb are adjacent strings
  /// (`["gem", "install", name, "--source", MIRROR]`). The name in a vector is usually a
  /// variable looping over a list or hash of names, so once a script runs an installer, every
  /// string literal shaped like a package name is read as one of that registry's names.
  /// One pass collects the literals; names are looked up in an index by first letter.
  static func scriptInstalls(_ bytes: [UInt8]) -> [ScriptItem] {
    let strings = quotedLiterals(bytes)
    var out: [ScriptItem] = []
    var vectorRegistries: [Registry] = []
    for (index, range) in strings.enumerated() {
      let text = bytes[range]
      guard text.count <= 4096 else { continue }
      if text.count <= 8, let registry = Registry(installer: String(decoding: text, as: UTF8.self)), index + 1 < strings.count {
        let next = strings[index + 1]
        let verb = String(decoding: bytes[next], as: UTF8.self).lowercased()
        if ["install", "i", "add"].contains(verb), onlySeparators(bytes, range.upperBound + 1, next.lowerBound - 2) {
          if !vectorRegistries.contains(registry) { vectorRegistries.append(registry) }
        }
        continue
      }
      // A whole command in one string: installer, then words separated by spaces.
      guard text.count >= 12, let space = text.firstIndex(of: 0x20), space - range.lowerBound <= 6,
        let registry = Registry(installer: String(decoding: bytes[range.lowerBound..<space], as: UTF8.self))
      else { continue }
      let words = text.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
      guard words.count >= 3, ["install", "i", "add"].contains(words[1].lowercased()) else { continue }
      var skipNext = false
      for word in words.dropFirst(2).prefix(64) {
        if skipNext {
          skipNext = false
          continue
        }
        if word.hasPrefix("-") {
          skipNext = valueOptions.contains(word)
          continue
        }
        if let name = bareName(word, registry) {
          out.append(ScriptItem(name: name, registry: registry, range: range, how: "in the command string `\(words[0]) \(words[1]) …`"))
        }
      }
    }
    guard !vectorRegistries.isEmpty else { return out }
    let installers = vectorRegistries.map { $0 == .rubygems ? "gem install" : $0 == .pypi ? "pip install" : "npm install" }
    let how = "listed in a script that runs `\(installers.joined(separator: "`, `"))`"
    var seen = Set<String>()
    for (i, range) in strings.enumerated() where range.count >= TyposquattedDependencyRule.minimumLength && range.count <= 64 {
      guard bytes[range].allSatisfy({ isNameByte($0) }) else { continue }
      let name = String(decoding: bytes[range], as: UTF8.self)
      // The rule reports a few names per file; once that many squats are found, the rest of
      // the literals add nothing to the story.
      guard seen.insert(name).inserted, seen.count <= 4096, out.count < maxReports else { continue }
      for registry in vectorRegistries where Self.index(registry).mayBeSquat(name) {
        // A string is a package name only beside a real one: a dependency list mixing
        // `kramdown` and `activesupprot`. `"block"` or `"telegram"` elsewhere in an installer
        // script is a word, one letter from `black` or `telegraf` by chance.
        guard listedWithPopular(i, strings, bytes, registry) else { continue }
        out.append(ScriptItem(name: name, registry: registry, range: range, how: how))
      }
    }
    return out
  }

  /// How many literals on each side of a candidate are read for a popular neighbour, and the
  /// largest gap between neighbours of one list.
  static let neighbourCount = 4
  static let neighbourGap = 160

  /// Whether a literal near `strings[index]`, in the same run of closely spaced literals, is
  /// a popular name of `registry` (not an installer's or verb's own name).
  static func listedWithPopular(_ index: Int, _ strings: [Range<Int>], _ bytes: [UInt8], _ registry: Registry) -> Bool {
    let popular = registry.popular
    func isPopular(_ k: Int) -> Bool {
      let r = strings[k]
      guard r.count >= 2, r.count <= 64 else { return false }
      let name = TyposquattedDependencyRule.normalise(String(decoding: bytes[r], as: UTF8.self))
      return popular.contains(name) && Registry(installer: name) == nil
    }
    var k = index
    while k > 0, index - k < neighbourCount, strings[k].lowerBound - strings[k - 1].upperBound <= neighbourGap {
      k -= 1
      if isPopular(k) { return true }
    }
    k = index
    while k + 1 < strings.count, k - index < neighbourCount, strings[k + 1].lowerBound - strings[k].upperBound <= neighbourGap {
      k += 1
      if isPopular(k) { return true }
    }
    return false
  }

  /// Whether `bytes[from...through]` holds only commas, brackets' neighbours and blanks:
  /// two strings are neighbours in one argument list.
  static func onlySeparators(_ bytes: [UInt8], _ from: Int, _ through: Int) -> Bool {
    guard from <= through + 1, through - from < 8 else { return false }
    var sawComma = false
    for i in from..<(through + 1) {
      switch bytes[i] {
      case 0x2C: sawComma = true
      case 0x20, 0x09, 0x0A, 0x0D: continue
      default: return false
      }
    }
    return sawComma
  }

  /// The contents of every `"…"`, `'…'` and `` `…` `` literal on one line, in order; a
  /// backslash escapes the next byte. Linear.
  static func quotedLiterals(_ bytes: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = 0
    let n = bytes.count
    while i < n {
      let quote = bytes[i]
      guard quote == 0x22 || quote == 0x27 || quote == 0x60 else {
        i += 1
        continue
      }
      var j = i + 1
      while j < n, bytes[j] != quote, bytes[j] != 0x0A {
        j += bytes[j] == 0x5C ? 2 : 1
      }
      if j < n, bytes[j] == quote {
        out.append((i + 1)..<j)
        i = j + 1
      } else {
        // An apostrophe in a comment or prose: go on after it, not after the line.
        i += 1
      }
    }
    return out
  }

  /// Gem names a Gemfile or gemspec declares: `gem "name"`, `spec.add_dependency "name"`.
  static func gemfileEntries(_ bytes: [UInt8]) -> [(range: Range<Int>, name: String)] {
    var out: [(Range<Int>, String)] = []
    var start = 0
    let n = bytes.count
    let dependencyMarker = Array("_dependency".utf8)
    var nextDependency = -1
    while start < n {
      var end = start
      while end < n, bytes[end] != 0x0A { end += 1 }
      var i = start
      while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      let line = bytes[i..<end]
      // The next `_dependency` is found once and kept until a line passes it: searching
      // from every line to the end of the file would be quadratic in a file without one.
      if nextDependency < i { nextDependency = ByteSearch.firstIndex(of: dependencyMarker, in: bytes, from: i) ?? n }
      let declares = line.starts(with: Array("gem ".utf8)) || line.starts(with: Array("gem(".utf8)) || nextDependency < end
      if declares, let open = line.firstIndex(where: { $0 == 0x22 || $0 == 0x27 }) {
        var close = open + 1
        while close < end, bytes[close] != bytes[open] { close += 1 }
        if close < end, close - open - 1 >= TyposquattedDependencyRule.minimumLength {
          out.append(((open + 1)..<close, String(decoding: bytes[(open + 1)..<close], as: UTF8.self)))
        }
      }
      start = end + 1
    }
    return out
  }
}

/// Popular names of one registry grouped by first letter, so testing a name costs a handful
/// of comparisons instead of one per popular name: a script may hold millions of literals.
struct PopularNameIndex: Sendable {
  private let byFirst: [[[UInt8]]]

  init(_ names: Set<String>) {
    var groups = [[[UInt8]]](repeating: [], count: 256)
    for name in names {
      let bytes = Array(name.utf8)
      if let first = bytes.first { groups[Int(first)].append(bytes) }
    }
    byFirst = groups
  }

  /// Whether `name` (normalised as the registry does) is one edit from a popular name of at
  /// least the minimum length, with the same first letter, and is not itself popular.
  func mayBeSquat(_ name: String) -> Bool {
    if name.hasPrefix("@"), TyposquattedDependencyRule.scopeSquat(name) != nil { return true }
    let bytes = Array(TyposquattedDependencyRule.normalise(name).utf8)
    guard let first = bytes.first else { return false }
    var close = false
    for target in byFirst[Int(first)] {
      if target == bytes { return false }
      if target.count >= TyposquattedDependencyRule.minimumLength, abs(target.count - bytes.count) <= 1,
        TyposquattedDependencyRule.isOneEdit(bytes, target)
      {
        close = true
      }
    }
    return close
  }
}

extension TyposquattedInstallRule {
  static let pypiIndex = PopularNameIndex(TyposquattedDependencyRule.pypiNames)
  static let npmIndex = PopularNameIndex(TyposquattedDependencyRule.npmNames)
  static let gemIndex = PopularNameIndex(gemNames)

  static func index(_ registry: Registry) -> PopularNameIndex {
    switch registry {
    case .pypi: pypiIndex
    case .npm: npmIndex
    case .rubygems: gemIndex
    }
  }
}
