// swift-tools-version: 6.1
import PackageDescription

/// Upcoming features every target opts into; each links to its proposal.
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),  // SE-0335
  .enableUpcomingFeature("InternalImportsByDefault"),  // SE-0409: `public import` on purpose
  .enableUpcomingFeature("MemberImportVisibility"),  // SE-0444
]

// Layering (the compiler enforces it):
//   Compression (zlib/deflate/gzip over ZIPFoundation, no Core)  ←  Loader, Rules
//   Core  ←  Lexers, Formats, Loader, Indicators, Reporters
//   Core + Lexers + Formats + Indicators + Compression  ←  Rules
//   everything  ←  SkillScan (façade)  ←  skillscan (CLI)
let package = Package(
  name: "SkillScan",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "SkillScan", targets: ["SkillScan"]),
    .executable(name: "skillscan", targets: ["skillscan"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .target(name: "SkillScanCore", swiftSettings: swiftSettings),
    .target(name: "SkillScanLexers", dependencies: ["SkillScanCore"], swiftSettings: swiftSettings),
    .target(
      name: "SkillScanFormats",
      dependencies: ["SkillScanCore", .product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "SkillScanCompression",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "SkillScanLoader",
      dependencies: ["SkillScanCore", "SkillScanCompression", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "SkillScanIndicators",
      dependencies: ["SkillScanCore"],
      resources: [.copy("Resources/indicators.json")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "SkillScanRules",
      dependencies: ["SkillScanCore", "SkillScanLexers", "SkillScanFormats", "SkillScanIndicators", "SkillScanCompression"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "SkillScanReporters",
      dependencies: ["SkillScanCore"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "SkillScan",
      dependencies: [
        "SkillScanCore", "SkillScanLexers", "SkillScanFormats", "SkillScanLoader",
        "SkillScanIndicators", "SkillScanRules", "SkillScanReporters",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "skillscan",
      dependencies: ["SkillScan", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      swiftSettings: swiftSettings
    ),
    .target(name: "SkillScanTestSupport", dependencies: ["SkillScan"], swiftSettings: swiftSettings),
    .testTarget(name: "SkillScanCoreTests", dependencies: ["SkillScanCore", "SkillScan", "SkillScanTestSupport"], swiftSettings: swiftSettings),
    .testTarget(name: "SkillScanLexersTests", dependencies: ["SkillScanLexers", "SkillScanTestSupport"], swiftSettings: swiftSettings),
    .testTarget(name: "SkillScanFormatsTests", dependencies: ["SkillScanFormats", "SkillScanTestSupport"], swiftSettings: swiftSettings),
    .testTarget(name: "SkillScanLoaderTests", dependencies: ["SkillScanLoader", "SkillScanTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: swiftSettings),
    .testTarget(name: "SkillScanRulesTests", dependencies: ["SkillScanRules", "SkillScanTestSupport"], swiftSettings: swiftSettings),
    .testTarget(name: "SkillScanReportersTests", dependencies: ["SkillScanReporters", "SkillScanTestSupport"], exclude: ["Golden"], swiftSettings: swiftSettings),
    .testTarget(name: "SkillScanCLITests", dependencies: ["SkillScanTestSupport"], swiftSettings: swiftSettings),
    .testTarget(name: "SkillScanConfigTests", dependencies: ["SkillScan", "SkillScanCore"], swiftSettings: swiftSettings),
  ]
)
