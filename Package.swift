// swift-tools-version: 6.0
// dialogue-networks: the EU's external migration dialogue architecture as a typed graph.
//
// Modules (see README.md, "Architecture"):
//   AtomicFiles      writing files atomically (temp file in the same folder, fsync, rename)
//   DialogueGraph    pure-Swift core: model, dataset I/O, views, algorithms, metrics
//   CGraphviz        system-library module for Graphviz's libgvc (found with pkg-config)
//   GraphvizRender   the only importer of CGraphviz: in-process layout and rendering
//   NetworkDiagrams  styling: turns a dialogue network view into a Graphviz graph
//   DialogueReport   the self-contained HTML report
//   NetworkExplorer  the interactive, offline HTML explorer (`dialogue explore`)
//   dialogue         the command-line tool
import Foundation
import PackageDescription

/// Every folder of `Analyses/` holding a `main.swift` is an executable of that name that can import
/// the toolkit: `swift run NAME` (or `make analysis NAME=…`) builds and runs it. Copy
/// `Analyses/template` to start one (see Analyses/README.md).
let analysesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Analyses")
let analysisNames =
  ((try? FileManager.default.contentsOfDirectory(atPath: analysesFolder.path)) ?? [])
  .filter { FileManager.default.fileExists(atPath: analysesFolder.appendingPathComponent("\($0)/main.swift").path) }
  .sorted()
let analyses: [Target] = analysisNames.map { name in
  .executableTarget(
    name: name, dependencies: ["DialogueGraph", "NetworkDiagrams", "DialogueReport"], path: "Analyses/\(name)")
}

let package = Package(
  name: "dialogue-networks",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "DialogueGraph", targets: ["DialogueGraph"]),
    .library(name: "GraphvizRender", targets: ["GraphvizRender"]),
    .library(name: "AtomicFiles", targets: ["AtomicFiles"]),
    .library(name: "NetworkDiagrams", targets: ["NetworkDiagrams"]),
    .library(name: "DialogueReport", targets: ["DialogueReport"]),
    .library(name: "NetworkExplorer", targets: ["NetworkExplorer"]),
    .executable(name: "dialogue", targets: ["dialogue"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // The test oracle for the hand-written CSV reader (see CSVReader.swift).
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    // SHA-256 for the explorer's Content-Security-Policy hashes (Foundation on Linux has none).
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // Files written so that a reader sees the old file or the complete new one, never a part.
    .target(name: "AtomicFiles", dependencies: ["CAtomicSupport"]),
    // renameat2 and the signal-safe clean-up of temporaries, which Swift cannot express safely.
    .target(name: "CAtomicSupport"),
    .target(
      name: "DialogueGraph",
      dependencies: ["AtomicFiles"],
      resources: [.copy("Resources/vocabulary.json")]
    ),
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),
    .target(name: "GraphvizRender", dependencies: ["CGraphviz", "AtomicFiles", "CAtomicSupport"]),
    .target(name: "NetworkDiagrams", dependencies: ["DialogueGraph", "GraphvizRender"]),
    .target(name: "DialogueReport", dependencies: ["DialogueGraph", "NetworkDiagrams"]),
    .target(
      name: "NetworkExplorer",
      dependencies: [
        "DialogueGraph", "NetworkDiagrams", "GraphvizRender", .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Resources/explorer.js"), .copy("Resources/explorer.css")]
    ),
    .executableTarget(
      name: "dialogue",
      dependencies: [
        "AtomicFiles", "DialogueGraph", "GraphvizRender", "NetworkDiagrams", "DialogueReport", "NetworkExplorer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The ten-line analysis shown in the README and the DocC article; run by the test suite.
    .executableTarget(
      name: "disengaged-member-states",
      dependencies: ["DialogueGraph"],
      path: "Examples/DisengagedMemberStates"
    ),
    .testTarget(
      name: "DialogueGraphTests",
      dependencies: ["DialogueGraph", .product(name: "CSV", package: "CSV.swift")],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "AtomicFilesTests", dependencies: ["AtomicFiles"]),
    .testTarget(name: "GraphvizRenderTests", dependencies: ["GraphvizRender"]),
    .testTarget(name: "NetworkDiagramsTests", dependencies: ["NetworkDiagrams", "DialogueGraph"]),
    .testTarget(name: "DialogueReportTests", dependencies: ["DialogueReport", "DialogueGraph"], exclude: ["Fixtures"]),
    // Runs the real binary for the CLI and reliability tests: where it is, and a child process
    // whose output is drained while it runs.
    .target(name: "ProcessTestSupport", path: "Tests/ProcessTestSupport"),
    .testTarget(
      name: "DialogueCLITests", dependencies: ["DialogueGraph", "dialogue", "ProcessTestSupport"],
      exclude: ["Snapshots", "Fixtures"]),
    .testTarget(
      name: "NetworkExplorerTests",
      dependencies: ["NetworkExplorer", "DialogueGraph", .product(name: "Crypto", package: "swift-crypto")]),
    // Runs the example and every analysis of Analyses/ (built beside the test bundle).
    .testTarget(
      name: "ExampleTests", dependencies: ["disengaged-member-states"] + analysisNames.map { .target(name: $0) }),
    // Hostile inputs through the real binary, interrupted writes, rendering under load; the corpus
    // itself lives in Tests/ReliabilityCorpus.
    .testTarget(
      name: "DialogueReliabilityTests",
      dependencies: ["DialogueGraph", "GraphvizRender", "NetworkDiagrams", "dialogue", "ProcessTestSupport"]),
  ] + analyses
)
