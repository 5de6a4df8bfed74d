public import ArgumentParser
import SkillScanReporters

// The CLI alone knows about ArgumentParser; the enum itself lives in SkillScanReporters so
// a server can share it (style.md §6). Values and help come from `allCases`.
extension OutputFormat: ExpressibleByArgument {}
