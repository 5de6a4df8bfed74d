/// Fast UTF-8 validity check on bytes, without building a `String`.
public enum UTF8Validation {
  /// Whether `bytes` is well-formed UTF-8.
  public static func isValid(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var i = 0
      let n = buffer.count
      while i < n {
        let b = buffer[i]
        if b < 0x80 {
          i += 1
          continue
        }
        let width: Int
        if b & 0xE0 == 0xC0 {
          if b < 0xC2 { return false }
          width = 2
        } else if b & 0xF0 == 0xE0 {
          width = 3
        } else if b & 0xF8 == 0xF0 {
          if b > 0xF4 { return false }
          width = 4
        } else {
          return false
        }
        if i + width > n { return false }
        for k in 1..<width where buffer[i + k] & 0xC0 != 0x80 { return false }
        if width == 3 {
          let b1 = buffer[i + 1]
          if b == 0xE0 && b1 < 0xA0 { return false }
          if b == 0xED && b1 >= 0xA0 { return false }
        } else if width == 4 {
          let b1 = buffer[i + 1]
          if b == 0xF0 && b1 < 0x90 { return false }
          if b == 0xF4 && b1 >= 0x90 { return false }
        }
        i += width
      }
      return true
    }
  }
}
