import SkillScanCore

/// A PowerShell script that names a browser's credential files and uploads a file: the
/// shape of a browser stealer written for Windows, whatever the strings are split into.
///
/// `('Lo' + 'gin Da' + 'ta')`, `('Net' + 'work\Coo' + 'kies')` and `Local State` under
/// `…\User Data` are copied to a staging folder, zipped, and sent with
/// `Invoke-WebRequest -Method Post -InFile $zip`. No command names a store path whole, so
/// the read is found on the script's text with adjacent quoted pieces joined; the upload is
/// the evidence that the stores leave. Both must be in the same script.
enum BrowserStoreUpload {
  /// The store files (lower-case, pieces joined) that hold passwords, cookies or their key.
  static let storeFiles = ["login data", "\\cookies", "local state", "web data", "key4.db", "logins.json"]
  /// Profile roots that make those names a browser's.
  static let profileRoots = ["user data", "\\mozilla\\firefox", "/mozilla/firefox"]
  /// A request that uploads a file or a body.
  static let uploads = ["-infile", ".uploadfile(", ".uploaddata(", ".uploadvalues(", "multipart/form-data"]

  /// The offset of the upload when `bytes` (a PowerShell script) names a browser credential
  /// store and uploads; nil otherwise. One pass to join pieces, then substring searches.
  ///
  /// `companions` are the skill's settings files the script names (`settings.json` read by
  /// `Get-Content … 'settings.json'`): a list of store files kept there instead of in the
  /// script is read by the script all the same.
  static func find(in bytes: [UInt8], companions: [[UInt8]] = []) -> (offset: Int, store: String)? {
    let joined = joinedPieces(bytes)
    guard profileRoots.contains(where: { ByteSearch.contains(joined, Array($0.utf8)) }) else { return nil }
    let storeLists = [joined] + companions.map { joinedPieces(Self.unescaped($0)) }
    guard let store = storeFiles.first(where: { name in storeLists.contains { ByteSearch.contains($0, Array(name.utf8)) } })
    else { return nil }
    let lowered = bytes.map(KeywordFilter.fold)
    var first: Int?
    for upload in uploads {
      if let at = ByteSearch.firstIndex(of: Array(upload.utf8), in: lowered) { first = min(first ?? at, at) }
    }
    let posts = ByteSearch.contains(lowered, Array("-method post".utf8)) && ByteSearch.contains(lowered, Array("-body".utf8))
    if first == nil, posts { first = ByteSearch.firstIndex(of: Array("-method post".utf8), in: lowered) }
    guard let at = first else { return nil }
    return (at, store)
  }

  /// `bytes` with JSON's doubled backslashes (`"Default\\\\Login Data"`) read as one.
  static func unescaped(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for b in bytes where !(b == 0x5C && out.last == 0x5C) { out.append(b) }
    return out
  }

  /// The skill's settings files (JSON, YAML, TOML, PowerShell data) that `script` names, at
  /// most ``maxCompanions`` of them, each at most ``maxCompanionBytes``.
  static func companions(of script: [UInt8], in skill: AnalyzedSkill) -> [[UInt8]] {
    var found: [[UInt8]] = []
    var folded: [UInt8]?
    for other in skill.files where found.count < maxCompanions && other.bytes.count <= maxCompanionBytes {
      let name = other.source.lowercasedName
      guard [".json", ".yaml", ".yml", ".toml", ".psd1", ".ini"].contains(where: name.hasSuffix) else { continue }
      if folded == nil { folded = script.map(KeywordFilter.fold) }
      guard let folded, ByteSearch.contains(folded, Array(name.utf8))
      else { continue }
      found.append(other.bytes)
    }
    return found
  }
  static let maxCompanions = 8
  static let maxCompanionBytes = 1 << 20

  /// `bytes` lower-cased with `' + '` and `" + "` between quoted pieces removed, so split
  /// literals read whole.
  static func joinedPieces(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b == 0x27 || b == 0x22 {
        // A closing quote, blanks, `+`, blanks, an opening quote: the two pieces meet.
        var j = i + 1
        while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
        if j < n, bytes[j] == 0x2B {
          j += 1
          while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
          if j < n, bytes[j] == 0x27 || bytes[j] == 0x22 {
            i = j + 1
            continue
          }
        }
      }
      out.append(KeywordFilter.fold(b))
      i += 1
    }
    return out
  }
}
