#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin POSIX wrappers: `lstat`, `opendir`, `read`, `realpath`.
///
/// Foundation's `FileManager` and `URL` resource values are several times slower per file and
/// follow symlinks in places; the loader needs one `lstat` and one `read` per file, and must
/// see links as links.
enum POSIXFileSystem {
  enum NodeType: Sendable, Equatable { case regular, directory, symlink, other }

  struct Node: Sendable {
    var type: NodeType
    var size: Int
  }

  /// `lstat` (or `stat` when `follow`), or nil with the errno message.
  static func node(_ path: String, follow: Bool = false) -> Result<Node, ErrnoMessage> {
    var st = stat()
    let rc = follow ? stat(path, &st) : lstat(path, &st)
    guard rc == 0 else { return .failure(ErrnoMessage()) }
    return .success(Node(type: type(of: st.st_mode), size: Int(st.st_size)))
  }

  static func type(of mode: mode_t) -> NodeType {
    switch mode & S_IFMT {
    case S_IFREG: .regular
    case S_IFDIR: .directory
    case S_IFLNK: .symlink
    default: .other
    }
  }

  /// Entry names of a folder, without `.` and `..`, sorted; names that are not valid UTF-8
  /// are counted separately because they cannot be turned back into a path string.
  static func list(_ path: String) -> Result<(names: [String], undecodable: Int), ErrnoMessage> {
    guard let dir = opendir(path) else { return .failure(ErrnoMessage()) }
    defer { closedir(dir) }
    var names: [String] = []
    var undecodable = 0
    while let entry = readdir(dir) {
      let name: String? = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
        tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee))
        {
          String(validatingCString: $0)
        }
      }
      guard let name else {
        undecodable += 1
        continue
      }
      if name == "." || name == ".." { continue }
      names.append(name)
    }
    names.sort()
    return .success((names, undecodable))
  }

  enum ReadResult: Sendable {
    case bytes([UInt8])
    /// The file is larger than the limit; its size is given.
    case tooLarge(Int)
    /// Not a regular file once opened (replaced by a link, FIFO, device).
    case notRegular
    case failed(String)
  }

  /// Reads a whole regular file, refusing links and special files at open time.
  static func readFile(_ path: String, limit: Int) -> ReadResult {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return .failed(ErrnoMessage().text) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .failed(ErrnoMessage().text) }
    guard type(of: st.st_mode) == .regular else { return .notRegular }
    let size = Int(st.st_size)
    if size > limit { return .tooLarge(size) }
    var failure: String?
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return }
      while count < size {
        let n = read(fd, base + count, size - count)
        if n > 0 {
          count += n
        } else if n == 0 {
          break  // shrank while reading: keep what is there
        } else if errno != EINTR {
          failure = ErrnoMessage().text
          break
        }
      }
    }
    if let failure { return .failed(failure) }
    return .bytes(bytes)
  }

  /// The canonical absolute path, resolving every link; nil when it does not resolve.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(validatingCString: resolved)
  }

  /// The raw target of a symbolic link.
  static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4097)
    let n = readlink(path, &buffer, 4096)
    guard n >= 0 else { return nil }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The current `errno` as text.
  struct ErrnoMessage: Error, Sendable {
    let text: String
    init() { text = String(cString: strerror(errno)) }
  }
}
