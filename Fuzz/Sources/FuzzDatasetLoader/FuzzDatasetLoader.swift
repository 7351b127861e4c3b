import DialogueGraph
import Foundation
import FuzzSupport

/// libFuzzer harness for the dataset loader (`DialogueNetwork.load(from:)`).
///
/// The loader has no in-memory entry point, so each input is written into a scratch folder that
/// lives for the whole run (in `/dev/shm` when it exists, so no disk I/O is involved):
///
/// - first byte even: a **dataset folder**. The rest is split at record-separator bytes (`0x1E`)
///   into `nodes.csv`, `edges.csv` and, if there are third and fourth parts, `vocabulary.json` and
///   `sources.csv`; a missing part leaves that file absent.
/// - first byte odd: a **bare edge list** `edgelist.csv` holding the rest.
///
/// Beyond "no crash, no sanitizer report", every outcome is checked against the loader's
/// contract, and a violation traps (so libFuzzer saves the input):
/// - an error's problems name a file, give 1-based lines and columns, and each describes itself on
///   exactly one line (dataset text cannot inject line breaks into messages);
/// - a loaded network has unique node ids, unique edge ids, and every edge's endpoints are node
///   ids that its index arrays point to; with a sources table, every citation names only its ids.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let folder = ScratchFolder.shared.reset()
  let target: URL
  if bytes[0] % 2 == 0 {
    let parts = bytes.dropFirst().split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
    for (name, part) in zip(["nodes.csv", "edges.csv", "vocabulary.json", "sources.csv"], parts) {
      ScratchFolder.write(Array(part), to: folder.appendingPathComponent(name))
    }
    target = folder
  } else {
    target = folder.appendingPathComponent("edgelist.csv")
    ScratchFolder.write(Array(bytes.dropFirst()), to: target)
  }
  do {
    let network = try DialogueNetwork.load(from: target)
    LoaderContract.check(network)
  } catch {
    LoaderContract.check(error)
  }
  return 0
}
