import Foundation

/// Locates `Schemas/report.schema.json` and validates JSON against it with Python's
/// `jsonschema` (an independent implementation, so the schema is checked by something other
/// than the code that wrote the report).
enum SchemaSupport {
  static var packageRoot: URL {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return url
  }

  static var schemaURL: URL { packageRoot.appendingPathComponent("Schemas/report.schema.json") }

  static func schema() throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL))
    return object as? [String: Any] ?? [:]
  }

  /// The `enum` list of `$defs/<name>` (or a nested path such as `suppression.kind`).
  static func enumValues(_ name: String) throws -> [String] {
    let defs = try schema()["$defs"] as? [String: Any] ?? [:]
    let parts = name.split(separator: ".").map(String.init)
    var node = defs[parts[0]] as? [String: Any]
    for part in parts.dropFirst() {
      node = (node?["properties"] as? [String: Any])?[part] as? [String: Any]
    }
    return node?["enum"] as? [String] ?? []
  }

  private static let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(json.load(sys.stdin)), key=str)
    for e in errors[:5]:
        print("/".join(map(str, e.absolute_path)) + ": " + e.message)
    sys.exit(3 if errors else 0)
    """

  /// The OASIS SARIF 2.1.0 schema shared with the team (not in the repository).
  static var sarifSchemaURL: URL { packageRoot.appendingPathComponent("Schemas/sarif-schema-2.1.0.json") }

  /// Validation errors for `json` (empty when valid), against the schema's own draft.
  /// - Parameter schema: the JSON schema; the report schema by default.
  /// - Throws: when Python, `jsonschema` or the schema itself is unusable, so a broken setup
  ///   never passes for "invalid input".
  static func validate(_ json: Data, schema: URL = schemaURL) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, schema.path]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(json)
    try input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    switch process.terminationStatus {
    case 0: return []
    case 3: return text.split(separator: "\n").map(String.init)
    default: throw SchemaCheckError(output: text)
    }
  }
}

struct SchemaCheckError: Error, CustomStringConvertible {
  var output: String
  var description: String { "schema check could not run: \(output)" }
}
