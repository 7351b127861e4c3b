import DialogueGraph
import Foundation
import FuzzSupport

/// libFuzzer harness for the graph-file readers behind `--dataset FILE` and `--nodes FILE`
/// (`DialogueNetwork.load(from:nodes:)`): the streaming GraphML and GEXF readers, the node-link
/// JSON reader and the nodes table of a bare edge list.
///
/// The first byte picks the format (its value modulo 4); the rest is the file, written into a
/// scratch folder (in `/dev/shm` when it exists):
/// - 0: `network.graphml`; 1: `network.gexf`; 2: `network.json`;
/// - 3: an edge list and its nodes table: the rest is split at the first record separator (`0x1E`)
///   into `edges.csv` and `nodes.csv` (passed as `nodes:`, as `--nodes` does).
///
/// Beyond "no crash, no sanitizer report", every outcome must keep the loader's contract
/// (``LoaderContract``: located one-line problems; unique ids, resolved endpoints), and a network
/// that loads must survive a round trip: exported to its own format (an edge list to GraphML) it
/// loads back with as many nodes and edges, or the export refuses it with an ``ExportError``.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let folder = ScratchFolder.shared.reset()
  let format = bytes[0] % 4
  let rest = Array(bytes.dropFirst())
  let target: URL
  var nodes: URL?
  let exportName: String
  switch format {
  case 0, 1, 2:
    let name = ["network.graphml", "network.gexf", "network.json"][Int(format)]
    target = folder.appendingPathComponent(name)
    ScratchFolder.write(rest, to: target)
    exportName = "exported." + target.pathExtension
  default:
    let parts = rest.split(separator: 0x1E, maxSplits: 1, omittingEmptySubsequences: false)
    target = folder.appendingPathComponent("edges.csv")
    nodes = folder.appendingPathComponent("nodes.csv")
    ScratchFolder.write(Array(parts[0]), to: target)
    ScratchFolder.write(parts.count > 1 ? Array(parts[1]) : [], to: nodes!)
    exportName = "exported.graphml"
  }
  let network: DialogueNetwork
  do {
    network = try DialogueNetwork.load(from: target, nodes: nodes)
  } catch {
    LoaderContract.check(error)
    return 0
  }
  LoaderContract.check(network)
  RoundTrip.check(network, through: folder.appendingPathComponent(exportName))
  return 0
}

/// Export and load back: what the toolkit read, it must be able to write and read again.
enum RoundTrip {
  static func check(_ network: DialogueNetwork, through file: URL) {
    let text: String
    do {
      let view = try network.view()
      switch file.pathExtension {
      case "gexf": text = try view.gexf()
      case "json": text = try view.nodeLinkJSON()
      default: text = try view.graphML()
      }
    } catch {
      return  // an export refused with a reason (reserved attribute name, id collision…)
    }
    ScratchFolder.write(Array(text.utf8), to: file)
    do {
      let again = try DialogueNetwork.load(from: file)
      LoaderContract.require(
        again.nodes.count == network.nodes.count && again.edges.count == network.edges.count,
        "round trip through \(file.lastPathComponent) changed the counts: \(network.nodes.count) nodes, "
          + "\(network.edges.count) edges became \(again.nodes.count) and \(again.edges.count)")
    } catch {
      LoaderContract.require(false, "the export \(file.lastPathComponent) does not load back: \(error)")
    }
  }
}
