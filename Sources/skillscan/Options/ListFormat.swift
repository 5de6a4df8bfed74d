import ArgumentParser

/// Formats for listings (`rules`, `discover`), as opposed to scan reports.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
  case text, json, markdown
}
