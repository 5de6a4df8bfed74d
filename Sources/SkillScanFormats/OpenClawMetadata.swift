public import SkillScanCore

/// The OpenClaw gating and install block of a skill: `metadata.openclaw` (or the legacy
/// `metadata.clawdbot` / `metadata.moltbot`), typed (formats.md §6.3).
///
/// OpenClaw flattens `metadata` to a string and re-parses it as JSON5, so the block may arrive
/// as a YAML map, an inline-JSON map, or a JSON string; all three are read here, once, so that
/// rules on `always: true`, unverified downloads or secret requirements share one reading.
public struct OpenClawMetadata: Sendable, Hashable {
  /// The namespace key found: `openclaw`, `clawdbot` or `moltbot`.
  public var namespace: String
  /// The whole block, for rules that need keys not modelled here.
  public var root: YAMLValue
  /// Whether `metadata` (or the block itself) was a string re-parsed as JSON5.
  public var wasJSONString: Bool
  /// 1-based line of the `metadata` key in `SKILL.md`, when known.
  public var line: Int?
  /// `always: true`: loaded whenever `os` matches, bypassing the other requirements.
  public var always: Bool
  /// `os` filter, e.g. `darwin`, `linux`, `win32`.
  public var os: [String]
  /// `requires.env`: environment variables (often secrets) the skill needs.
  public var requiredEnv: [String]
  /// `requires.bins` and `requires.anyBins`.
  public var requiredBins: [String]
  /// `primaryEnv`: the variable bound to the configured API key.
  public var primaryEnv: String?
  /// `install[]` specs, in order.
  public var install: [OpenClawInstallSpec]

  /// Namespaces OpenClaw honours, current first.
  public static let namespaces = ["openclaw", "clawdbot", "moltbot"]

  /// Reads the block from `frontmatter`; nil when there is none.
  /// - Parameter frontmatter: the parsed `SKILL.md` frontmatter.
  public init?(_ frontmatter: Frontmatter) {
    guard var metadata = frontmatter["metadata"] else { return nil }
    var reparsed = false
    if case .string(let text) = metadata, let value = LenientJSON.parse(text) {
      metadata = value
      reparsed = true
    }
    guard let found = Self.namespaces.lazy.compactMap({ key in metadata[key].map { (key, $0) } }).first
    else { return nil }
    var block = found.1
    if case .string(let text) = block, let value = LenientJSON.parse(text) {
      block = value
      reparsed = true
    }
    guard case .map = block else { return nil }
    namespace = found.0
    root = block
    wasJSONString = reparsed
    line = frontmatter.keyLines["metadata"]
    always = Self.truthy(block["always"])
    os = Self.strings(block["os"])
    requiredEnv = Self.strings(block["requires"]?["env"])
    requiredBins = Self.strings(block["requires"]?["bins"]) + Self.strings(block["requires"]?["anyBins"])
    primaryEnv = block["primaryEnv"]?.scalarText
    if case .list(let items)? = block["install"] {
      install = items.compactMap(OpenClawInstallSpec.init)
    } else if case .map = block["install"] {
      install = block["install"].flatMap(OpenClawInstallSpec.init).map { [$0] } ?? []
    } else {
      install = []
    }
  }

  /// `true`, `"true"`, `yes`, `1` read as true, the way loose JSON consumers do.
  static func truthy(_ value: YAMLValue?) -> Bool {
    guard let text = value?.scalarText?.lowercased() else { return false }
    return ["true", "yes", "1", "on"].contains(text)
  }

  /// A list of scalars, or a single scalar, as strings.
  static func strings(_ value: YAMLValue?) -> [String] {
    switch value {
    case .list(let items)?: return items.compactMap(\.scalarText)
    case let scalar?: return scalar.scalarText.map { [$0] } ?? []
    case nil: return []
    }
  }
}

/// One OpenClaw installer spec (`brew`, `node`, `go`, `uv` or `download`).
public struct OpenClawInstallSpec: Sendable, Hashable {
  public var id: String?
  /// `brew | node | go | uv | download` (as written, lower-cased).
  public var kind: String?
  /// `formula`, `package` or `module`: what the package manager installs.
  public var package: String?
  /// For `download`: the archive or binary URL.
  public var url: String?
  /// For `download`: optional checksum, verified only when present.
  public var sha256: String?
  /// `tar.gz | tar.bz2 | zip`.
  public var archive: String?
  /// Where a download is unpacked (default `~/.openclaw/tools/<skillKey>`).
  public var targetDir: String?
  /// Binaries the spec provides.
  public var bins: [String]
  /// The raw spec, for keys not modelled here.
  public var raw: YAMLValue

  /// Reads a spec from a map; nil for anything else.
  public init?(_ value: YAMLValue) {
    guard case .map = value else { return nil }
    raw = value
    id = value["id"]?.scalarText
    kind = value["kind"]?.scalarText?.lowercased()
    package = (value["formula"] ?? value["package"] ?? value["module"])?.scalarText
    url = value["url"]?.scalarText
    sha256 = value["sha256"]?.scalarText
    archive = value["archive"]?.scalarText
    targetDir = value["targetDir"]?.scalarText
    bins = OpenClawMetadata.strings(value["bins"])
  }

  /// A download with no checksum: whatever the server returns is installed.
  public var isUnverifiedDownload: Bool {
    (kind == "download" || (kind == nil && url != nil)) && (sha256?.isEmpty ?? true)
  }
}
