// swift-tools-version: 6.0
// libFuzzer harnesses for dialogue-networks, in their own package so that fuzzing flags and
// harness code never reach users. Build and run them with `scripts/fuzz.sh [seconds]`:
//
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c debug -Xswiftc -sanitize=fuzzer,address
//   .build-fuzz/debug/FuzzDatasetLoader Fuzz/Corpus/FuzzDatasetLoader -max_total_time=60
//
// Each harness defines `LLVMFuzzerTestOneInput` (`@_cdecl`); its `main.swift` calls libFuzzer's
// `LLVMFuzzerRunDriver` (through FuzzSupport's `runFuzzer`), because SwiftPM aliases an executable's `main` to the module's own entry
// point (`<Module>_main`), so `-parse-as-library` plus libFuzzer's `main` fails to link.
import PackageDescription

let package = Package(
  name: "dialogue-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "dialogue-networks", path: "..")],
  targets: [
    // What the harnesses share: libFuzzer's entry point; for the loader harnesses, the load
    // contract and the scratch folder.
    .target(
      name: "FuzzSupport",
      dependencies: [.product(name: "DialogueGraph", package: "dialogue-networks")]
    ),
    // The dataset loader: fuzzed bytes become nodes.csv, edges.csv, vocabulary.json or a bare edge list.
    .executableTarget(
      name: "FuzzDatasetLoader",
      dependencies: ["FuzzSupport", .product(name: "DialogueGraph", package: "dialogue-networks")]
    ),
    // The graph-file readers: fuzzed bytes become GraphML, GEXF, node-link JSON, or an edge list
    // with a nodes.csv; what loads must export and load back to the same network.
    .executableTarget(
      name: "FuzzGraphFiles",
      dependencies: ["FuzzSupport", .product(name: "DialogueGraph", package: "dialogue-networks")]
    ),
    // The Graphviz label and attribute writer: fuzzed text becomes labels, rendered to SVG.
    .executableTarget(
      name: "FuzzGraphvizLabels",
      dependencies: ["FuzzSupport", .product(name: "GraphvizRender", package: "dialogue-networks")]
    ),
  ]
)
