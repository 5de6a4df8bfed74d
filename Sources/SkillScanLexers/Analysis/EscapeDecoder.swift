/// Decodes backslash escapes in string literal bodies, for every language's dialect.
///
/// Obfuscated payloads hide URLs and commands behind `\x68\x74…` or `\u0068`; rules and the
/// de-obfuscation stage need the decoded value. Output is capped so a hostile literal cannot
/// grow memory without bound, and every escape advances the input, so decoding is linear.
enum EscapeDecoder {
  enum Style { case ansiC, python, pythonBytes, javascript, powershell }

  static func decode(_ range: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, style: Style, limit: Int) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(min(range.count, max(0, limit)))
    let escape: UInt8 = style == .powershell ? 0x60 : 0x5C
    var i = range.lowerBound
    let end = range.upperBound
    while i < end && out.count < limit {
      let c = b[i]
      guard c == escape, i + 1 < end else {
        out.append(c)
        i += 1
        continue
      }
      let n = b[i + 1]
      i += 2
      switch n {
      case 0x6E: out.append(0x0A)  // n
      case 0x74: out.append(0x09)  // t
      case 0x72: out.append(0x0D)  // r
      case 0x30 where style == .powershell: out.append(0)
      case 0x61: out.append(0x07)  // a
      case 0x62 where style != .powershell: out.append(0x08)  // b
      case 0x66: out.append(0x0C)  // f
      case 0x76: out.append(0x0B)  // v
      case 0x65 where style == .ansiC || style == .powershell: out.append(0x1B)  // e
      case 0x0A where style != .powershell: break  // line continuation
      case 0x78 where style != .powershell:  // \xHH
        var value: UInt32 = 0
        var k = 0
        while k < 2, i < end, let h = ByteClass.hexValue(b[i]) {
          value = value * 16 + h
          i += 1
          k += 1
        }
        if k == 0 { out += [escape, n] } else if style == .pythonBytes || style == .ansiC || value < 0x80 {
          out.append(UInt8(value))
        } else {
          appendScalar(value, &out)
        }
      case 0x75 where style == .powershell:  // `u{HHHH}
        if i < end && b[i] == 0x7B { appendBracedHex(&i, b, end, &out) } else { out.append(n) }
      case 0x75 where style != .pythonBytes, 0x55 where style == .python || style == .ansiC:
        if style == .javascript && i < end && b[i] == 0x7B {
          appendBracedHex(&i, b, end, &out)
        } else {
          let digits = n == 0x55 ? 8 : 4
          var value: UInt32 = 0
          var k = 0
          while k < digits, i < end, let h = ByteClass.hexValue(b[i]) {
            value = value * 16 + h
            i += 1
            k += 1
          }
          if k == 0 { out += [escape, n] } else { appendScalar(value, &out) }
        }
      case 0x30...0x37 where style != .javascript || n == 0x30:
        var value = UInt32(n - 0x30)
        var k = 1
        while k < 3, i < end, b[i] >= 0x30, b[i] <= 0x37 {
          value = value * 8 + UInt32(b[i] - 0x30)
          i += 1
          k += 1
        }
        out.append(UInt8(truncatingIfNeeded: value))
      default:
        if style == .python || style == .pythonBytes, !isPythonEscape(n) { out.append(escape) }
        out.append(n)
      }
    }
    return out
  }

  private static func isPythonEscape(_ n: UInt8) -> Bool {
    n == 0x5C || n == 0x27 || n == 0x22
  }

  private static func appendBracedHex(_ i: inout Int, _ b: UnsafeBufferPointer<UInt8>, _ end: Int, _ out: inout [UInt8]) {
    var k = i + 1
    var value: UInt32 = 0
    while k < end, k - i <= 8, let h = ByteClass.hexValue(b[k]) {
      value = value &* 16 &+ h
      k += 1
    }
    if k < end && b[k] == 0x7D { k += 1 }
    i = k
    appendScalar(value, &out)
  }

  static func appendScalar(_ value: UInt32, _ out: inout [UInt8]) {
    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
    out += Array(String(Character(scalar)).utf8)
  }
}
