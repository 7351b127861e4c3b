extension AdjacencyGraph {
  /// Communities found by the Louvain method, deterministic for a given seed.
  ///
  /// **Definition.** Greedy modularity optimisation in passes (Blondel et al. 2008): (1) visit the
  /// nodes in a random order (shuffled with `seed`) and move each to the neighbouring community with
  /// the largest modularity gain `ΔQ = w_{u→c}/m − γ Σ_c k_u / (2m²)` (after removing `u` from its
  /// own community), repeating until no node moves; (2) merge each community into one node (its
  /// internal weight becomes a self-loop) and repeat on the smaller graph. Stops when a pass raises
  /// modularity by at most `threshold`, returning the last partition — networkx's
  /// `louvain_communities` procedure. `γ` is `resolution`.
  ///
  /// **Normalisation.** The partition's ``CommunityPartition/modularity`` is computed with the same
  /// `resolution` and weighting. A graph without links (or with total weight 0) gives singletons.
  ///
  /// **Assumptions.** Undirected (throws ``GraphAlgorithmError/requiresUndirectedGraph(algorithm:)``
  /// otherwise); weights ≥ 0 (used by default, as networkx). The random generator is this
  /// package's own (SplitMix64), so for the same seed the partition differs from networkx's, but
  /// its modularity is comparable.
  ///
  /// - Complexity: roughly O(m) per sweep; a few sweeps per level and few levels in practice.
  ///
  /// Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of
  /// communities in large networks", *J. Stat. Mech.* P10008, 2008. Modularity values cross-checked
  /// against `networkx.community.modularity` and `networkx.community.louvain_communities`.
  public func louvainCommunities(
    seed: UInt64, resolution: Double = 1, weighting: Weighting = .weighted, threshold: Double = 1e-7
  ) throws -> CommunityPartition {
    guard !isDirected else { throw GraphAlgorithmError.requiresUndirectedGraph(algorithm: "Louvain") }
    if !(resolution >= 0) || !resolution.isFinite {
      throw GraphAlgorithmError.invalidParameter(
        name: "resolution", value: resolution, expected: "a finite number ≥ 0")
    }
    let weighted = weighting == .weighted
    var level = LouvainLevel(
      offsets: offsets, neighbors: neighbors, weights: weighted ? weights : weights.map { _ in 1 },
      selfLoops: [Double](repeating: 0, count: nodeCount))
    let m = level.selfLoops.reduce(0, +) + level.weights.reduce(0, +) / 2
    var labels = Array(0..<nodeCount)
    guard m > 0 else {
      return CommunityPartition(communityOfNode: labels, count: nodeCount, modularity: 0)
    }
    var random = SplitMix64(seed: seed)
    var modularity = try self.modularity(of: labels, weighting: weighting, resolution: resolution)
    while true {
      let moved = level.moveNodes(totalWeight: m, resolution: resolution, random: &random)
      labels = labels.map { moved.community[$0] }
      let newModularity = try self.modularity(of: labels, weighting: weighting, resolution: resolution)
      if !moved.improved || newModularity - modularity <= threshold {
        modularity = newModularity
        break
      }
      modularity = newModularity
      level = level.aggregated(by: moved.community, count: moved.count)
    }
    let (canonical, count) = CommunityPartition.canonicalLabels(labels)
    return CommunityPartition(communityOfNode: canonical, count: count, modularity: modularity)
  }
}

/// The 64-bit SplitMix generator (Steele, Lea and Flood 2014): small, fast and reproducible on every
/// platform, which `SystemRandomNumberGenerator` is not.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// One level of the Louvain hierarchy: a weighted undirected graph (CSR, no self-loops in the
/// arrays) whose nodes carry self-loop weights.
struct LouvainLevel {
  var offsets: [Int]
  var neighbors: [Int32]
  var weights: [Double]
  var selfLoops: [Double]

  var nodeCount: Int { selfLoops.count }

  /// The outcome of the local-moving phase.
  struct Moves {
    /// The community of each node of this level, numbered `0..<count`.
    var community: [Int]
    var count: Int
    /// Whether any node changed community.
    var improved: Bool
  }

  /// Phase 1: local moving until no node changes community.
  func moveNodes(totalWeight m: Double, resolution: Double, random: inout SplitMix64) -> Moves {
    let n = nodeCount
    var community = Array(0..<n)
    // Weighted degree, self-loops counted twice.
    var degree = [Double](repeating: 0, count: n)
    for u in 0..<n {
      var d = 2 * selfLoops[u]
      for e in offsets[u]..<offsets[u + 1] { d += weights[e] }
      degree[u] = d
    }
    var communityDegree = degree
    var order = Array(0..<n)
    order.shuffle(using: &random)
    var weightTo = [Double](repeating: 0, count: n)
    var isTouched = [Bool](repeating: false, count: n)
    var touched: [Int] = []
    var improved = false
    let twoMSquared = 2 * m * m
    var moves = 1
    while moves > 0 {
      moves = 0
      for u in order {
        let current = community[u]
        // Link weight from u to each neighbouring community, in neighbour order.
        for e in offsets[u]..<offsets[u + 1] {
          let c = community[Int(neighbors[e])]
          if !isTouched[c] {
            isTouched[c] = true
            touched.append(c)
          }
          weightTo[c] += weights[e]
        }
        let du = degree[u]
        communityDegree[current] -= du
        let removeCost = -weightTo[current] / m + resolution * communityDegree[current] * du / twoMSquared
        var best = current
        var bestGain = 0.0
        for c in touched {
          let gain = removeCost + weightTo[c] / m - resolution * communityDegree[c] * du / twoMSquared
          if gain > bestGain {
            bestGain = gain
            best = c
          }
        }
        communityDegree[best] += du
        for c in touched {
          weightTo[c] = 0
          isTouched[c] = false
        }
        touched.removeAll(keepingCapacity: true)
        if best != current {
          community[u] = best
          moves += 1
          improved = true
        }
      }
    }
    // Renumber the non-empty communities in increasing order of their old label.
    var newLabel = [Int](repeating: -1, count: n)
    for c in community { newLabel[c] = 0 }
    var count = 0
    for c in 0..<n where newLabel[c] == 0 {
      newLabel[c] = count
      count += 1
    }
    return Moves(community: community.map { newLabel[$0] }, count: count, improved: improved)
  }

  /// Phase 2: the graph whose nodes are the communities of this level.
  func aggregated(by community: [Int], count: Int) -> LouvainLevel {
    var members = [[Int]](repeating: [], count: count)
    for (u, c) in community.enumerated() { members[c].append(u) }
    var newOffsets = [Int](repeating: 0, count: count + 1)
    var newNeighbors: [Int32] = []
    var newWeights: [Double] = []
    var newSelfLoops = [Double](repeating: 0, count: count)
    var weightTo = [Double](repeating: 0, count: count)
    var isTouched = [Bool](repeating: false, count: count)
    var touched: [Int] = []
    for c in 0..<count {
      for u in members[c] {
        newSelfLoops[c] += selfLoops[u]
        for e in offsets[u]..<offsets[u + 1] {
          let v = Int(neighbors[e])
          let cv = community[v]
          if cv == c {
            if u < v { newSelfLoops[c] += weights[e] }
          } else {
            if !isTouched[cv] {
              isTouched[cv] = true
              touched.append(cv)
            }
            weightTo[cv] += weights[e]
          }
        }
      }
      touched.sort()
      for cv in touched {
        newNeighbors.append(Int32(cv))
        newWeights.append(weightTo[cv])
        weightTo[cv] = 0
        isTouched[cv] = false
      }
      touched.removeAll(keepingCapacity: true)
      newOffsets[c + 1] = newNeighbors.count
    }
    return LouvainLevel(
      offsets: newOffsets, neighbors: newNeighbors, weights: newWeights, selfLoops: newSelfLoops)
  }
}
