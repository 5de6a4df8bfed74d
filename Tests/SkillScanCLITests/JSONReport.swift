import Foundation

/// Just enough of the JSON report to assert on, decoded independently of the Swift model.
struct JSONReport: Decodable {
  struct Skill: Decodable {
    var path: String
    var name: String
    var verdict: String
    var score: Int
    var findings: [Finding]
    var files_scanned: Int
  }

  struct Finding: Decodable {
    var rule_id: String
    var file: String
    var line: Int
    var severity: String
    var message: String
    var suppression: Suppression?
  }

  struct Suppression: Decodable {
    var kind: String
    var reason: String
    var expires: String?
    var source: String?
  }

  var schema_version: String
  var skills: [Skill]

  static func decode(_ data: Data) throws -> JSONReport {
    try JSONDecoder().decode(JSONReport.self, from: data)
  }
}

/// Validates JSON against `Schemas/report.schema.json` with Python's `jsonschema`.
enum SchemaValidator {
  private static let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))), key=str)
    for e in errors[:5]:
        print("/".join(map(str, e.absolute_path)) + ": " + e.message)
    sys.exit(3 if errors else 0)
    """

  /// Validation errors (empty when valid).
  /// - Throws: when the validator itself cannot run.
  static func errors(in json: Data) throws -> [String] {
    let folder = try TempFolder()
    let file = folder.url.appendingPathComponent("report.json")
    try json.write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    let schema = CLIRunner.packageRoot.appendingPathComponent("Schemas/report.schema.json")
    process.arguments = ["python3", "-c", script, schema.path, file.path]
    let log = folder.url.appendingPathComponent("log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    process.waitUntilExit()
    try handle.close()
    let text = String(decoding: try Data(contentsOf: log), as: UTF8.self)
    switch process.terminationStatus {
    case 0: return []
    case 3: return text.split(separator: "\n").map(String.init)
    default: throw CLITestError("schema validator failed: \(text)")
    }
  }
}
