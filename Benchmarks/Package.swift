// swift-tools-version: 6.0
// Benchmarks live in their own package so that their dependencies never reach users.
// Each executable prints machine-readable timings; Benchmarks/run.sh runs them beside the Python
// peers (networkx, igraph, networkit, dot), keeps one JSON record per measurement in
// Benchmarks/results/, and Benchmarks/generate_tables.py writes the tables from those records.
import PackageDescription

let package = Package(
  name: "dialogue-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "dialogue-networks", path: "..")],
  targets: [
    .executableTarget(
      name: "LoadBenchmark",
      dependencies: [.product(name: "DialogueGraph", package: "dialogue-networks")]
    ),
    .executableTarget(
      name: "AlgorithmBenchmark",
      dependencies: [.product(name: "DialogueGraph", package: "dialogue-networks")]
    ),
    .executableTarget(
      name: "RenderBenchmark",
      dependencies: [
        .product(name: "GraphvizRender", package: "dialogue-networks"),
        .product(name: "AtomicFiles", package: "dialogue-networks"),
      ]
    ),
  ]
)
