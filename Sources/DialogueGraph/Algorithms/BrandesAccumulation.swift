extension ShortestPathScratch {
  /// Brandes's dependency accumulation for the breadth-first search just run, added into
  /// `accumulator`; `Neighbor` is the index type of the adjacency the search ran on.
  ///
  /// Uses the "pull" form `δ(v) = σ(v) · Σ_{w : v ∈ P(w)} (1 + δ(w)) / σ(w)`, level by level from
  /// the deepest, over the shortest-path DAG the search recorded (``dagArcs(_:)``): a level found
  /// top-down lists each node's successors, whose coefficients `(1 + δ(w)) / σ(w)` are summed; a
  /// level found bottom-up lists each node's predecessors, to which its coefficient is pushed. Each
  /// coefficient replaces σ in `sigma` once computed. The source gains nothing, or `reached − 1`
  /// with endpoints.
  ///
  /// - Complexity: O(reached nodes + DAG arcs).
  func accumulateUnweightedDependencies<Neighbor: FixedWidthInteger>(
    _: Neighbor.Type, endpoints: EndpointCounting, into accumulator: UnsafeMutablePointer<Double>
  ) {
    let order = self.order
    let sigma = self.sigma
    let dag = dagArcs(Neighbor.self)
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
            sums[Int(truncatingIfNeeded: dag[k])] += c
          }
        }
      }
      for position in first..<end {
        let v = Int(order[position])
        var sum = 0.0
        if pulls {
          // Two running sums (even and odd positions in the group) halve the chain of dependent
          // additions; the order is fixed, so the result is too.
          var even = 0.0
          var odd = 0.0
          var k = successorStart[position]
          let stop = successorStart[position &+ 1]
          while k &+ 1 < stop {
            even += sigma[Int(truncatingIfNeeded: dag[k])]
            odd += sigma[Int(truncatingIfNeeded: dag[k &+ 1])]
            k &+= 2
          }
          if k < stop { even += sigma[Int(truncatingIfNeeded: dag[k])] }
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
