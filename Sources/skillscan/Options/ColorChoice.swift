import ArgumentParser

/// `--color`: whether text output may use ANSI colour.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
  /// Colour when standard output is a terminal and `NO_COLOR` is unset or empty.
  case auto
  /// Always colour text output, even into a file or with `NO_COLOR` (an explicit request wins).
  case always
  /// Never colour.
  case never
}
