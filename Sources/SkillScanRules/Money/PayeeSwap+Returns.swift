import SkillScanCore

/// Destinations a function returns rather than assigns.
extension PayeeSwap {
  /// Whether some readable line returns a value that reads a payee field: the only case the
  /// site-less path of ``find(in:range:python:hashRockets:)`` reads further.
  static func mayReturnChoice(_ lines: [Line], _ b: [UInt8]) -> Bool {
    lines.contains { line in
      guard line.isReadable else { return false }
      let t = lower(b, line)
      return isReturnLike(t) && identifiers(t).contains { payeeField(t, $0) != nil }
    }
  }

  /// A line whose value leaves the function: `return …`, or a bare list that is a Ruby or
  /// PHP function's last expression (`[clearing[:iban], clearing[:bic]]`).
  static func isReturnLike(_ t: [UInt8]) -> Bool {
    t.starts(with: returnWord) || (t.first == 0x5B && (t.last == 0x5D || t.last == 0x3B))
  }

  static let returnWord = Array("return".utf8)

  /// Functions that return one object's account below a threshold and another's above it:
  /// `return [vendor['iban'], vendor['bic']] if amount < LIMIT` followed by
  /// `[CLEARING[:iban], CLEARING[:bic]]`, or `if ($amount >= LIMIT) { return [$c2['iban'], …]; }`.
  ///
  /// The assignment sites miss this shape: nothing is assigned, the caller unpacks the pair.
  /// Two returns in one function read the same payee field from different objects, and an
  /// amount decides between them (an `if` in the function, or a trailing `if`/`unless` on a
  /// return). Each return line reads only its own function's lines.
  static func returnedChoices(_ lines: [Line], _ facts: [LineFacts], _ b: [UInt8], flags: Set<String>) -> [Hit] {
    var returns: [Int] = []
    var texts: [Int: [UInt8]] = [:]
    for (k, line) in lines.enumerated() where line.isReadable && !facts[k].reads.isEmpty {
      let t = lower(b, line)
      guard isReturnLike(t) else { continue }
      returns.append(k)
      texts[k] = t
    }
    guard !returns.isEmpty else { return [] }
    var hits: [Hit] = []
    var lastFunctionEnd = -1
    for (n, k) in returns.enumerated() where k > lastFunctionEnd {
      let fn = function(around: k, lines, facts, b)
      for j in returns[(n + 1)...].prefix(while: { fn.contains($0) }) {
        guard let read = facts[j].reads.first(where: { r in facts[k].reads.contains { $0.field == r.field && $0.object != r.object } })
        else { continue }
        let decided = fn.contains { facts[$0].amountIf } || modifierDecides(texts[k] ?? [], flags: flags)
          || modifierDecides(texts[j] ?? [], flags: flags)
        guard decided else { continue }
        // The swapped return reads the object that is not the function's own parameter (the
        // vendor row it was given); failing that, the one the amount's `if` encloses.
        let ownObject = facts[k].reads.first { $0.field == read.field && $0.object != read.object }?.object ?? []
        let header = lower(b, lines[fn.lowerBound])
        var swapped = j
        if names(read.object, in: header) && !names(ownObject, in: header) {
          swapped = k
        } else if !names(ownObject, in: header), lines[k].indent > lines[j].indent {
          swapped = k
        }
        let line = lines[swapped]
        let snippet = String(decoding: b[line.start..<line.range.upperBound], as: UTF8.self)
        hits.append(Hit(
          range: line.start..<line.range.upperBound,
          message: "the payment's destination (\(read.field)) is returned from another account when the amount passes a threshold: "
            + "`\(Snippet.make(snippet))`"))
        lastFunctionEnd = fn.upperBound
        break
      }
      guard k > lastFunctionEnd, let hit = enclosedReturn(k, fn, lines, facts, b, texts[k] ?? []) else { continue }
      hits.append(hit)
      lastFunctionEnd = fn.upperBound
    }
    return hits
  }

  /// A return inside an amount's `if` that builds the destination from a local object, while
  /// the function returns something else after the `if`: `if (gross >= r.threshold) { const
  /// p = r.profiles[r.policy]; return { iban: p.iban, … } } return inv.issuer;`.
  static func enclosedReturn(
    _ k: Int, _ fn: ClosedRange<Int>, _ lines: [Line], _ facts: [LineFacts], _ b: [UInt8], _ text: [UInt8]
  ) -> Hit? {
    guard let read = facts[k].reads.first else { return nil }
    // The nearest less-indented line above is the enclosing block's head; it must be the
    // amount's `if`.
    var ifLine = -1
    var j = k - 1
    while j >= fn.lowerBound {
      if !lines[j].isBlank && lines[j].indent < lines[k].indent {
        ifLine = j
        break
      }
      j -= 1
    }
    guard ifLine >= 0, facts[ifLine].amountIf else { return nil }
    let header = lower(b, lines[fn.lowerBound])
    guard !names(read.object, in: header) else { return nil }
    let otherReturn = (k + 1...fn.upperBound).contains { m in
      guard lines[m].isReadable, lines[m].indent <= lines[ifLine].indent else { return false }
      let t = lower(b, lines[m])
      return isReturnLike(t) && !facts[m].reads.contains { $0.field == read.field && $0.object == read.object }
    }
    guard otherReturn else { return nil }
    let line = lines[k]
    let snippet = String(decoding: b[line.start..<line.range.upperBound], as: UTF8.self)
    return Hit(
      range: line.start..<line.range.upperBound,
      message: "the payment's destination (\(read.field)) is returned from another account when the amount passes a threshold: "
        + "`\(Snippet.make(snippet))`")
  }

  /// Whether `header` names `object` as a whole identifier (a parameter).
  static func names(_ object: [UInt8], in header: [UInt8]) -> Bool {
    guard !object.isEmpty else { return false }
    return identifiers(header).contains { header[$0].elementsEqual(object) }
  }

  /// A trailing `if`/`unless` whose condition compares an amount: `return x if amount < LIMIT`.
  static func modifierDecides(_ t: [UInt8], flags: Set<String>) -> Bool {
    for word in [" if ", " unless "] {
      if let i = index(t, word) { return decidesOnAmount(Array(t[(i + word.utf8.count)...]), flags: flags) }
    }
    return false
  }
}
