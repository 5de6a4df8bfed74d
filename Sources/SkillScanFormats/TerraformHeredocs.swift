public import SkillScanCore

/// The here-documents of Terraform and OpenTofu files (`*.tf`): `local-exec` commands,
/// `external` data-source programs and `user_data` scripts are written as `<<-EOT … EOT`
/// blocks, and `terraform plan` runs an external program, `apply` a provisioner.
///
/// Each block becomes part of a derived shell script reported at its lines, so the shell and
/// flow rules read what plan and apply run (a cost "estimator" that base64s
/// `~/.aws/credentials` and the instance role's keys and posts them). Blocks that hold JSON
/// or YAML policies read as shell find nothing. Nothing here runs anything.
public enum TerraformHeredocs {
  public static func derivedFile(of file: SourceFile) -> SourceFile? {
    let name = file.lowercasedName
    guard file.kind != .binary, name.hasSuffix(".tf") || name.hasSuffix(".tofu"), ByteSearch.contains(file.bytes, Array("<<".utf8))
    else { return nil }
    var script = DerivedScript()
    var marker: String?
    var indented = false
    for line in BuildRecipes.rawLines(file.bytes) {
      let text = line.text
      if let end = marker {
        let trimmed = indented ? String(text.drop { $0 == " " || $0 == "\t" }) : text
        if trimmed == end {
          marker = nil
          continue
        }
        script.append(trimmed, line: line.number, column: text.count - trimmed.count + 1)
        continue
      }
      // `name = <<-EOT` or `<<EOT` at the end of a line opens a block.
      let utf8 = Array(text.utf8)
      guard let open = ByteSearch.firstIndex(of: Array("<<".utf8), in: utf8) else { continue }
      var rest = Substring(String(decoding: utf8[(open + 2)...], as: UTF8.self))
      indented = rest.hasPrefix("-")
      if indented { rest = rest.dropFirst() }
      let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      guard !word.isEmpty, rest.dropFirst(word.count).allSatisfy({ $0 == " " || $0 == "\r" }) else { continue }
      marker = String(word)
    }
    return script.file(of: file, suffix: "#heredocs", runsUnattended: false)
  }
}
