extension ShortestPathScratch {
  /// Brandes's dependency accumulation for the breadth-first search just run over `out`, added
  /// into `accumulator`.
  ///
  /// Uses the "pull" form `δ(v) = σ(v) · Σ_{w : v ∈ P(w)} (1 + δ(w)) / σ(w)`, level by level from
  /// the deepest. For a level found top-down, each node sums the coefficients `(1 + δ(w)) / σ(w)`
  /// of its out-neighbours one level deeper (its successors); for a level found bottom-up, each
  /// deeper node pushes its coefficient to the predecessors the search recorded. Each coefficient
  /// replaces σ in `sigma` once computed. The source gains nothing, or `reached − 1` with endpoints.
  ///
  /// - Complexity: O(reached nodes + their out-arcs).
  func accumulateUnweightedDependencies<Offset, Neighbor>(
    out: CompactAdjacency<Offset, Neighbor>, endpoints: EndpointCounting, into accumulator: UnsafeMutablePointer<Double>
  ) {
    if levelsAreNumbers {
      accumulate(out: out, levels: levelNumber, wraps: false, endpoints: endpoints, into: accumulator)
    } else {
      accumulate(out: out, levels: levelMark, wraps: true, endpoints: endpoints, into: accumulator)
    }
  }

  @inline(__always)
  private func accumulate<Level: FixedWidthInteger & UnsignedInteger, Offset, Neighbor>(
    out: CompactAdjacency<Offset, Neighbor>, levels: UnsafeMutablePointer<Level>, wraps: Bool,
    endpoints: EndpointCounting,
    into accumulator: UnsafeMutablePointer<Double>
  ) {
    let order = self.order
    let sigma = self.sigma
    let masks = self.selectionMasks
    let predecessors = predecessorArcs(Neighbor.self)
    let sums = self.dependencySum
    let countEndpoints = endpoints == .included
    var depth = levelCount - 1
    while depth >= 0 {
      let first = levelStart[depth]
      let end = levelStart[depth + 1]
      let deepest = depth == levelCount - 1
      let pulls = !deepest && !foundBottomUp[depth]
      if !deepest && foundBottomUp[depth] {
        for position in end..<levelStart[depth + 2] {
          let c = sigma[Int(order[position])]
          for k in predecessorStart[position]..<predecessorStart[position + 1] {
            sums[Int(truncatingIfNeeded: predecessors[k])] += c
          }
        }
      }
      let childMark: Level = ShortestPathScratch.mark(ofDepth: depth + 1, wraps: wraps)
      /// w's coefficient if w is one level deeper, else +0 (w then holds σ, a coefficient or 0,
      /// never read unmasked), without a branch.
      @inline(__always) func childTerm(_ w: Int) -> Double {
        Double(bitPattern: sigma[w].bitPattern & masks[levels[w] == childMark ? 1 : 0])
      }
      for position in first..<end {
        let v = Int(order[position])
        var sum = 0.0
        if pulls {
          // Branch-free, as in the search (see `childTerm`). Two running sums (even and odd
          // positions in the adjacency list) halve the chain of dependent additions; the order is
          // fixed, so the result is too.
          var even = 0.0
          var odd = 0.0
          var e = out.start(v)
          let stop = out.start(v &+ 1)
          while e &+ 1 < stop {
            let w0 = out.neighbor(e)
            let w1 = out.neighbor(e &+ 1)
            e &+= 2
            even += childTerm(w0)
            odd += childTerm(w1)
          }
          if e < stop {
            let w = out.neighbor(e)
            even += childTerm(w)
          }
          sum = even + odd
        } else if !deepest {
          sum = sums[v]
          sums[v] = 0
        }
        let sv = sigma[v]
        let delta = sv * sum
        sigma[v] = (1 + delta) / sv
        if depth > 0 { accumulator[v] += countEndpoints ? delta + 1 : delta }
      }
      depth -= 1
    }
    if countEndpoints { accumulator[Int(order[0])] += Double(reachedCount - 1) }
  }

  /// Brandes's dependency accumulation for the Dijkstra search just run from `source`, added into
  /// `accumulator`.
  ///
  /// The same pull form, visiting nodes by decreasing distance and scanning each node's out-links
  /// for `d(v) + w(v, w) = d(w)` (ties are only known once the search is over).
  ///
  /// - Complexity: O(reached nodes + their arcs).
  func accumulateWeightedDependencies(
    source: Int, in g: CSRView, endpoints: EndpointCounting,
    into accumulator: UnsafeMutablePointer<Double>
  ) {
    let offsets = g.offsets
    let neighbors = g.neighbors
    let weights = g.weights
    let countEndpoints = endpoints == .included
    var i = reachedCount - 1
    while i >= 0 {
      let v = Int(order[i])
      i -= 1
      var sum = 0.0
      let lv = length[v]
      for e in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[e])
        if lv + weights[e] == length[w] { sum += sigma[w] }
      }
      let sv = sigma[v]
      let delta = sv * sum
      sigma[v] = (1 + delta) / sv
      if v != source { accumulator[v] += countEndpoints ? delta + 1 : delta }
    }
    if countEndpoints { accumulator[source] += Double(reachedCount - 1) }
  }
}
