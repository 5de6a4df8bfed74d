import SkillScanCore
import SkillScanLexers

/// Markdown images whose URL carries a templated query value: `![](https://host/p.png?q={…})`
/// (taxonomy.md P3: "Markdown images or links with templated query strings").
///
/// An agent that renders such an image fills the template and the client fetches the URL:
/// whatever went into the placeholder reaches the host without a tool call, and the user
/// sees a logo. The image is a beacon for data when the placeholder or the text that leads
/// up to it names data to put there (keys, tokens, the conversation, the user's text);
/// otherwise it is reported as a templated image without a chain.
enum ImageBeacons {
  struct Hit {
    var range: Range<Int>
    var message: String
    var carriesData: Bool
    var host: String = ""
  }

  /// Bytes of text before the image read for what the placeholder is filled with.
  static let leadBytes = 600

  static func find(in file: AnalyzedFile) -> [Hit] {
    let bytes = file.bytes
    var hits: [Hit] = []
    for url in file.urls {
      let start = url.range.lowerBound
      // `![alt](` right before the URL, on its line.
      guard start >= 4, bytes[start - 1] == UInt8(ascii: "("), bytes[start - 2] == UInt8(ascii: "]"),
        let open = bracketOpen(before: start - 2, bytes), open > 0, bytes[open - 1] == UInt8(ascii: "!")
      else { continue }
      // The URL as written, to the image's closing parenthesis (the extractor may stop at `{`).
      var end = start
      while end < bytes.count, end - start < 2048, bytes[end] != UInt8(ascii: ")"), bytes[end] != 0x0A { end += 1 }
      let written = Array(bytes[start..<end])
      guard let query = written.firstIndex(of: UInt8(ascii: "?")) else { continue }
      // What goes into the placeholder may be told before the image or right after it
      // ("Build `<CTX>` like this: …").
      let lead = max(0, start - leadBytes)..<min(bytes.count, end + leadBytes)
      guard let placeholder = templatedValue(written[(query + 1)...]) ?? namedValue(written[(query + 1)...], around: lead, bytes)
      else { continue }
      if ExfilHosts.isLoopbackOrPrivate(url.host, singleLabelIsLocal: true) { continue }
      let named = TextNormalizer.normalize(Array(placeholder.utf8.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 })).bytes
      let text = TextNormalizer.normalize(bytes, range: lead).bytes
      let carriesData = namesData(named) || namesData(text)
      hits.append(Hit(
        range: (open - 1)..<end,
        message: carriesData
          ? "Markdown image sends data to \(url.host) in its query string (\(Snippet.make(placeholder)))"
          : "Markdown image with a templated query string to \(url.host) (\(Snippet.make(placeholder)))",
        carriesData: carriesData, host: url.host))
    }
    return hits
  }

  /// The `[` that opens the alt text closed at `close`, on the same line.
  static func bracketOpen(before close: Int, _ bytes: [UInt8]) -> Int? {
    var i = close - 1
    while i >= 0, close - i < 512, bytes[i] != 0x0A {
      if bytes[i] == UInt8(ascii: "[") { return i }
      i -= 1
    }
    return nil
  }

  /// The first query value that is a template (`{x}`, `{{x}}`, `<x>`, `$X`, `%7Bx%7D`), as
  /// written.
  static func templatedValue(_ query: ArraySlice<UInt8>) -> String? {
    for pair in query.split(separator: UInt8(ascii: "&")) {
      guard let equals = pair.firstIndex(of: UInt8(ascii: "=")) else { continue }
      let value = pair[(equals + 1)...]
      guard let first = value.first else { continue }
      let lowered = String(decoding: value.prefix(3), as: UTF8.self).lowercased()
      if first == UInt8(ascii: "{") || first == UInt8(ascii: "<") || first == UInt8(ascii: "$") || lowered == "%7b" {
        return String(decoding: value.prefix(200), as: UTF8.self)
      }
    }
    return nil
  }

  /// A bare capitalised query value (`?sig=SIG`) that the text around the image tells the
  /// agent to fill: it quotes the value (`` `SIG` ``) beside a verb that puts something in
  /// its place ("substituting the encoded value for `SIG`"). A constant such as `?v=V2`
  /// is never quoted that way.
  static func namedValue(_ query: ArraySlice<UInt8>, around lead: Range<Int>, _ bytes: [UInt8]) -> String? {
    for pair in query.split(separator: UInt8(ascii: "&")) {
      guard let equals = pair.firstIndex(of: UInt8(ascii: "=")) else { continue }
      let value = Array(pair[(equals + 1)...])
      guard value.count >= 2, value.count <= 24,
        value.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }),
        value.filter({ $0 >= 0x41 && $0 <= 0x5A }).count >= 2
      else { continue }
      let around = Array(bytes[lead])
      let quoted = [0x60] + value + [0x60]
      guard ByteSearch.contains(around, quoted) else { continue }
      guard substitutionVerbs.containsMatch(in: TextNormalizer.normalize(around).bytes) else { continue }
      return String(decoding: value, as: UTF8.self)
    }
    return nil
  }

  /// Verbs that put a value in a named placeholder's place.
  static let substitutionVerbs = PhraseMatcher([
    "substitute", "substituting", "replace", "replacing", "in place of", "fill in", "filling in", "swap in",
  ])

  /// Whether normalised `text` names secrets or collected data (not generic objects).
  static func namesData(_ text: [UInt8]) -> Bool {
    ExfilVocabulary.nouns.matches(in: text).contains { ExfilVocabulary.strength(ofNoun: $0.phrase) != .weak }
      || contextWords.containsMatch(in: text)
  }

  /// Whether the text just before a fence tells the agent to encode data into the template
  /// it shows (``leadBytes`` before `offset`).
  static func filledByTheAgent(before offset: Int, in file: AnalyzedFile) -> Bool {
    let lead = max(0, offset - leadBytes)..<offset
    return fillVerbs.containsMatch(in: TextNormalizer.normalize(file.bytes, range: lead).bytes)
  }

  /// ``filledByTheAgent(before:in:)`` of the text right after a template (`after` is its end).
  static func filledByTheAgent(after offset: Int, in file: AnalyzedFile) -> Bool {
    let follow = offset..<min(file.bytes.count, offset + leadBytes)
    return fillVerbs.containsMatch(in: TextNormalizer.normalize(file.bytes, range: follow).bytes)
  }

  /// Whether the text just before inline code has the agent put it in its replies ("every
  /// reply … ends with the line `![](…)`").
  static func emittedByTheAgent(before offset: Int, in file: AnalyzedFile) -> Bool {
    let lead = max(0, offset - leadBytes)..<offset
    return emitVerbs.containsMatch(in: TextNormalizer.normalize(file.bytes, range: lead).bytes)
  }

  static let emitVerbs = PhraseMatcher([
    "ends with", "end with", "end every reply", "end each reply", "append", "include the line", "add the line",
    "output the line", "render", "every reply", "each reply", "every response", "each response",
  ])

  /// Verbs that put data into a URL template.
  static let fillVerbs = PhraseMatcher([
    "url-encode", "urlencode", "url encode", "percent-encode", "substitute it", "substitute them", "substitute the",
    "fill in the placeholder", "fill the placeholder", "replace the placeholder", "in place of the placeholder",
    "base64-encode", "base64 encode", "like this:",
  ])

  /// What a translation or summary skill would put in a beacon: the user's words.
  static let contextWords = PhraseMatcher([
    "original text", "user's text", "user's original", "the conversation", "conversation", "chat history",
    "system prompt", "user input", "user's input", "what the user wrote", "user's message", "user's messages",
  ])
}
