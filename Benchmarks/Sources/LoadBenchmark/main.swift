// Loads a dataset (folder or bare edge list) N times and prints the median load time and memory
// as one JSON object, in the same shape as Benchmarks/peers/load_peers.py:
//
//   LoadBenchmark <dataset> [--runs N]
//   {"tool": "dialogue-networks", "dataset": "...", "nodes": 20000, "edges": 200000, "runs": 5,
//    "median_seconds": 0.12, "min_seconds": 0.11, "median_cpu_seconds": 0.12, "peak_rss_bytes": 123456789,
//    "bytes_per_edge": 300.1}
//
// `median_cpu_seconds` is the process CPU time (user + system) of one load: on a shared machine it
// moves far less than wall time.
//
// `peak_rss_bytes` is the process's high-water mark (VmHWM on Linux); `bytes_per_edge` is that peak
// minus the resident size before the first load, divided by the number of edges.
import DialogueGraph
import Foundation

/// A field of /proc/self/status in bytes (Linux), or 0 where unavailable.
func procStatusBytes(_ field: String) -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
  for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
    let digits = line.split(separator: " ").compactMap { Int($0) }
    if let kilobytes = digits.first { return kilobytes * 1024 }
  }
  return 0
}

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 5
if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count, let n = Int(arguments[flag + 1]) {
  runs = max(1, n)
  arguments.removeSubrange(flag...(flag + 1))
}
guard let path = arguments.first else {
  FileHandle.standardError.write(Data("usage: LoadBenchmark <dataset folder or edge list> [--runs N]\n".utf8))
  exit(2)
}

let baseline = procStatusBytes("VmRSS")
var seconds: [Double] = []
var cpuSeconds: [Double] = []

/// The CPU time (user + system) the process has used so far, in seconds.
func processCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}
var nodes = 0
var edges = 0
for _ in 0..<runs {
  let clock = ContinuousClock()
  let start = clock.now
  let cpuStart = processCPUSeconds()
  do {
    let network = try DialogueNetwork.load(path: path)
    let elapsed = clock.now - start
    cpuSeconds.append(processCPUSeconds() - cpuStart)
    seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    nodes = network.nodes.count
    edges = network.edges.count
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
  }
}
seconds.sort()
cpuSeconds.sort()
let median =
  seconds.count % 2 == 1
  ? seconds[seconds.count / 2] : (seconds[seconds.count / 2 - 1] + seconds[seconds.count / 2]) / 2
let peak = procStatusBytes("VmHWM")
let result: [String: Any] = [
  "tool": "dialogue-networks", "dataset": path, "nodes": nodes, "edges": edges, "runs": runs,
  "median_seconds": (median * 1e4).rounded() / 1e4,
  "median_cpu_seconds": (cpuSeconds[cpuSeconds.count / 2] * 1e4).rounded() / 1e4,
  "min_seconds": (seconds[0] * 1e4).rounded() / 1e4,
  "peak_rss_bytes": peak,
  "bytes_per_edge": edges > 0 ? (Double(peak - baseline) / Double(edges) * 10).rounded() / 10 : 0,
]
let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
