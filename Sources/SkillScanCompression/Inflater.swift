import Foundation
import ZIPFoundation

/// Raw-deflate and gzip decoding with a hard output cap, using ZIPFoundation's zlib binding.
///
/// The cap is enforced while decoding (the consumer throws once output passes it), so
/// declared sizes in a hostile header are never trusted. The provider always hands zlib a
/// full buffer, zero-padded past the end of the input: ZIPFoundation's Linux decoder sets
/// `avail_in` to the buffer size whatever the chunk length, and padding keeps zlib inside
/// memory we own. Input that never ends its stream fails once the padding runs out.
public enum Inflater {
  public enum Failure: Error, Equatable {
    /// Output passed the cap.
    case limit
    /// Not a valid deflate or gzip stream.
    case corrupt
  }

  private static let bufferSize = 64 * 1024

  /// Inflates the raw deflate stream in `b[range]`; fails with `.limit` once output > `limit`.
  public static func inflate(_ b: [UInt8], range: Range<Int>, limit: Int) -> Result<[UInt8], Failure> {
    var output: [UInt8] = []
    var failure: Failure?
    let end = range.upperBound
    do {
      _ = try Data.decompress(
        size: Int64(range.count),
        bufferSize: bufferSize,
        skipCRC32: true,
        provider: { position, size in
          let start = range.lowerBound + Int(position)
          guard start <= end + 4 * bufferSize else { throw Failure.corrupt }
          var chunk = Data(count: size)
          let available = max(0, min(size, end - start))
          if available > 0 {
            chunk.withUnsafeMutableBytes { raw in
              b.withUnsafeBufferPointer { src in
                if let dst = raw.baseAddress, let s = src.baseAddress {
                  dst.copyMemory(from: s + start, byteCount: available)
                }
              }
            }
          }
          return chunk
        },
        consumer: { data in
          if output.count + data.count > limit {
            failure = .limit
            throw Failure.limit
          }
          data.withUnsafeBytes { output.append(contentsOf: $0.bindMemory(to: UInt8.self)) }
        }
      )
    } catch {
      return .failure(failure ?? .corrupt)
    }
    return .success(output)
  }

  /// Decodes the first member of a gzip file; returns the output and the compressed size.
  public static func gunzip(_ b: [UInt8], limit: Int) -> Result<(bytes: [UInt8], compressed: Int), Failure>
  {
    guard b.count >= 18, b[0] == 0x1F, b[1] == 0x8B, b[2] == 8 else { return .failure(.corrupt) }
    let flags = b[3]
    var p = 10
    if flags & 0x04 != 0 {  // FEXTRA
      guard p + 2 <= b.count else { return .failure(.corrupt) }
      p += 2 + (Int(b[p]) | Int(b[p + 1]) << 8)
    }
    for bit: UInt8 in [0x08, 0x10] where flags & bit != 0 {  // FNAME, FCOMMENT
      while p < b.count && b[p] != 0 { p += 1 }
      p += 1
    }
    if flags & 0x02 != 0 { p += 2 }  // FHCRC
    guard p < b.count else { return .failure(.corrupt) }
    return inflate(b, range: p..<b.count, limit: limit).map { ($0, b.count - p) }
  }

  /// Decodes a zlib stream (RFC 1950: a two-byte header, deflate data, a checksum that is
  /// not checked); fails with `.corrupt` when the header is not zlib's.
  public static func zlib(_ b: [UInt8], limit: Int) -> Result<[UInt8], Failure> {
    guard isZlib(b) else { return .failure(.corrupt) }
    return inflate(b, range: 2..<b.count, limit: limit)
  }

  /// Whether `b` opens with a zlib header: deflate with a window of at most 32 KiB, no preset
  /// dictionary, and the header's check bits right.
  public static func isZlib(_ b: [UInt8]) -> Bool {
    guard b.count >= 3 else { return false }
    let cmf = Int(b[0]), flg = Int(b[1])
    return cmf & 0x0F == 8 && cmf >> 4 <= 7 && flg & 0x20 == 0 && (cmf << 8 | flg) % 31 == 0
  }
}
