public import ArgumentParser
public import SkillScan

/// Where settings come from: a config file and a preset (shared by `scan` and `baseline`).
struct ConfigOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Use this config for every skill instead of the .skillscan.yml found above each one.",
      valueName: "file"))
  var config: String?

  @Option(help: "Preset defaults: strict, balanced (default) or permissive; overrides the config's preset.")
  var preset: ConfigPreset?
}

extension ConfigPreset: ExpressibleByArgument {}
