import SkillScanCore

/// The line-by-line block pass behind ``MarkdownSplitter``.
struct MarkdownBlockSplitter {
  let bytes: [UInt8]
  let options: MarkdownSplitter.Options
  var out: [Region] = []
  /// Sorted starts of load-time directives.
  var directiveStarts: [Int] = []
  /// The open paragraph, list item or blockquote.
  var block: (kind: Region.Kind, start: Int, end: Int, isList: Bool)?
  var listContext = false
  var tableOpen = false
  var indented: Range<Int>?
  var fence: (char: UInt8, length: Int, info: String, contentStart: Int)?
  var commentStart: Int?

  init(bytes: [UInt8], options: MarkdownSplitter.Options) {
    self.bytes = bytes
    self.options = options
    out.reserveCapacity(bytes.count / 200 + 4)
  }

  mutating func run(from start: Int) {
    var ls = start
    let n = bytes.count
    while ls < n {
      var le = ls
      while le < n && bytes[le] != 0x0A { le += 1 }
      var ce = le
      if ce > ls && bytes[ce - 1] == 0x0D { ce -= 1 }
      line(ls, ce)
      ls = le + 1
    }
    if let f = fence { emitFence(f, contentEnd: n) }
    if let c = commentStart { emitComment(c..<n) }
    closeBlock()
    closeIndented()
  }

  private mutating func line(_ ls: Int, _ ce: Int) {
    if let f = fence {
      if isClosingFence(ls, ce, f.char, f.length) {
        emitFence(f, contentEnd: ls)
        fence = nil
      }
      return
    }
    if let c = commentStart {
      if let close = MarkdownInline.commentClose(ls, ce, bytes) {
        emitComment(c..<close)
        commentStart = nil
      }
      return
    }
    var p = ls
    var indent = 0
    while p < ce && (bytes[p] == 0x20 || bytes[p] == 0x09) && indent < 4 {
      indent += bytes[p] == 0x09 ? 4 : 1
      p += 1
    }
    if MarkdownLine.isBlank(bytes, p, ce) {
      closeBlock()
      tableOpen = false
      return
    }
    if indent >= 4 {
      if block != nil {
        extendBlock(ce)
      } else if listContext {
        openBlock(.prose, p, ce, isList: true)
      } else {
        indented = (indented?.lowerBound ?? ls)..<ce
      }
      return
    }
    closeIndented()
    if let (char, length) = MarkdownLine.fenceOpener(bytes, p, ce) {
      closeBlock()
      var infoStart = p + length
      while infoStart < ce && (bytes[infoStart] == 0x20 || bytes[infoStart] == 0x09) { infoStart += 1 }
      let info = ByteText.string(infoStart..<MarkdownLine.trimEnd(bytes, infoStart, ce), in: bytes)
      fence = (char, length, info, min(ce + 1, bytes.count))
      if ce < bytes.count, bytes[ce] == 0x0D { fence?.contentStart = min(ce + 2, bytes.count) }
      return
    }
    blockLine(ls, p, ce)
  }

  /// Lines that are not code, fences or blank.
  private mutating func blockLine(_ ls: Int, _ p: Int, _ ce: Int) {
    let c = bytes[p]
    if c == 0x3C, MarkdownLine.startsWith(bytes, p, ce, "<!--") {
      closeBlock()
      if let close = MarkdownInline.commentClose(p + 4, ce, bytes) {
        emitComment((p + 4)..<close)
      } else {
        commentStart = p + 4
      }
      return
    }
    if c == 0x23, let level = MarkdownLine.atxLevel(bytes, p, ce) {
      closeBlock()
      emitHeading(p..<ce, textStart: p + level)
      return
    }
    if let setextChar = MarkdownLine.setextOrBreak(bytes, p, ce) {
      if setextChar != 0x2A && setextChar != 0x5F, let b = block, b.kind == .prose, !b.isList {
        block = nil
        emitHeading(b.start..<b.end, textStart: b.start)
      } else {
        closeBlock()
        listContext = false
      }
      return
    }
    if c == 0x5B, referenceDefinition(p, ce) { return }
    if c == 0x3E {
      if block?.kind != .blockquote { openBlock(.blockquote, p, ce, isList: false) } else { extendBlock(ce) }
      return
    }
    if MarkdownLine.contains(bytes, p, ce, 0x7C),
      tableOpen || c == 0x7C || MarkdownLine.nextLineIsDelimiterRow(bytes, ce)
    {
      closeBlock()
      tableOpen = true
      if !MarkdownLine.isDelimiterRow(bytes, p, ce) { emitInlineBlock(.tableRow, p..<ce) }
      return
    }
    tableOpen = false
    if MarkdownLine.listMarker(bytes, p, ce) {
      openBlock(.prose, p, ce, isList: true)
      return
    }
    if block != nil { extendBlock(ce) } else { openBlock(.prose, p, ce, isList: false) }
  }

  /// `[label]: destination`, and the `[//]: # (comment)` idiom.
  ///
  /// A footnote definition (`[^1]: text`) is not one: its text is prose the reader (and the
  /// agent) reads, and it is where an injected order can sit at the end of a document.
  private mutating func referenceDefinition(_ p: Int, _ ce: Int) -> Bool {
    if p + 1 < ce, bytes[p + 1] == 0x5E { return false }
    var k = p + 1
    while k < ce && bytes[k] != 0x5D { k += 1 }
    guard k + 1 < ce, bytes[k + 1] == 0x3A else { return false }
    closeBlock()
    var d = k + 2
    while d < ce && (bytes[d] == 0x20 || bytes[d] == 0x09) { d += 1 }
    if d < ce, bytes[d] == 0x23, d + 1 == ce || bytes[d + 1] == 0x20 {
      var s = d + 1
      while s < ce && bytes[s] == 0x20 { s += 1 }
      emitComment(s..<ce)
      return true
    }
    var e = d
    while e < ce && bytes[e] != 0x20 && bytes[e] != 0x09 { e += 1 }
    if d < e { out.append(Region(kind: .linkTarget, language: .text, context: .description, range: d..<e)) }
    return true
  }

  // MARK: - Blocks

  private mutating func openBlock(_ kind: Region.Kind, _ start: Int, _ end: Int, isList: Bool) {
    closeBlock()
    block = (kind, start, end, isList)
    if isList { listContext = true } else if kind == .prose { listContext = false }
  }

  private mutating func extendBlock(_ end: Int) { block?.end = end }

  mutating func closeBlock() {
    guard let b = block else { return }
    block = nil
    if b.kind == .prose, !b.isList, let language = MarkdownCodeLine.language(of: b.start..<b.end, in: bytes) {
      emitUnfencedCode(b.start..<b.end, language)
      return
    }
    emitInlineBlock(b.kind, b.start..<b.end)
  }

  /// A paragraph that is a statement written without a fence: code, lexed as its language,
  /// so code rules see it as they would the same line inside a fence.
  private mutating func emitUnfencedCode(_ r: Range<Int>, _ language: Language) {
    let context: ContextClass = options.fixture ? .fixture : .code
    out.append(
      Region(
        kind: .fencedCode, language: language, context: context, range: r, info: "unfenced",
        tokens: LanguageLexer.tokenize(bytes, in: r, language: language)))
  }

  private mutating func closeIndented() {
    guard let r = indented else { return }
    indented = nil
    let context: ContextClass = options.fixture ? .fixture : .example
    out.append(Region(kind: .fencedCode, language: .text, context: context, range: r))
  }

  private mutating func emitInlineBlock(_ kind: Region.Kind, _ r: Range<Int>) {
    out.append(Region(kind: kind, language: .text, context: ProseClassifier.classify(r, in: bytes), range: r))
    MarkdownInline.scan(r, bytes, skipping: directiveStarts, into: &out)
  }

  private mutating func emitHeading(_ r: Range<Int>, textStart: Int) {
    let text = MarkdownLine.headingText(bytes, textStart, r.upperBound)
    out.append(Region(kind: .heading, language: .text, context: .description, range: r, info: text))
    MarkdownInline.scan(r, bytes, skipping: directiveStarts, into: &out)
  }

  private mutating func emitComment(_ r: Range<Int>) {
    out.append(Region(kind: .htmlComment, language: .text, context: .description, range: r))
  }

  private mutating func emitFence(_ f: (char: UInt8, length: Int, info: String, contentStart: Int), contentEnd: Int) {
    let range = min(f.contentStart, contentEnd)..<contentEnd
    let language: Language
    var context: ContextClass
    if f.info.hasPrefix("!") {
      language = .shell
      context = options.loadTimeActive ? .loadTime : .example
    } else {
      language = Language.fromFenceInfo(f.info) ?? .text
      context = language.isExecutable ? .code : .example
    }
    if options.fixture && context != .loadTime { context = .fixture }
    out.append(
      Region(
        kind: .fencedCode, language: language, context: context, range: range, info: f.info,
        tokens: LanguageLexer.tokenize(bytes, in: range, language: language)))
  }

  private func isClosingFence(_ ls: Int, _ ce: Int, _ char: UInt8, _ length: Int) -> Bool {
    var p = ls
    while p < ce && p - ls < 4 && bytes[p] == 0x20 { p += 1 }
    guard p - ls < 4 else { return false }
    var k = p
    while k < ce && bytes[k] == char { k += 1 }
    guard k - p >= length else { return false }
    return MarkdownLine.isBlank(bytes, k, ce)
  }
}
