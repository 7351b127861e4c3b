extension ShortestPathScratch {
  /// Breadth-first search from `source`, counting shortest paths, direction-optimising (Beamer,
  /// Asanović and Patterson, "Direction-optimizing breadth-first search", SC 2012).
  ///
  /// Each level is expanded **top-down** (scan the out-links of the current level) or **bottom-up**
  /// (scan the in-links of every unreached node; a node with an in-neighbour on the current level
  /// joins the next level, with σ the sum of those neighbours' σ; record its predecessors),
  /// whichever scans fewer arcs. Neither stops early, as σ needs every predecessor; the gain is that
  /// the largest levels of a small-world graph — most of its nodes, whose out-links mostly lead back
  /// — are never scanned top-down: once few nodes remain unreached, the last levels are found from
  /// those few. Path counts are exact integers (below 2⁵³), so the order in which they are summed
  /// does not matter.
  ///
  /// Both directions record the shortest-path DAG (``dagArcs(_:)``): the successors of each node
  /// expanded top-down, the predecessors of each node found bottom-up; the accumulation then walks
  /// only DAG arcs.
  ///
  /// - Parameters:
  ///   - out: the out-links; `incoming`: the in-links (the same view for an undirected graph).
  /// - Complexity: O(reached nodes + scanned arcs) ≤ O(n + m), plus O(n) the first time the search
  ///   goes bottom-up.
  func breadthFirst<Offset, Neighbor>(
    from source: Int, out: CompactAdjacency<Offset, Neighbor>, in incoming: CompactAdjacency<Offset, Neighbor>,
    directed: Bool
  ) {
    levelsAreNumbers = directed
    if directed {
      search(from: source, out: out, in: incoming, levels: levelNumber, wraps: false)
    } else {
      search(from: source, out: out, in: incoming, levels: levelMark, wraps: true)
    }
  }

  /// ``breadthFirst(from:out:in:directed:)`` with levels stored as `Level`: depth + 1 (0 =
  /// unreached), counting 1, 2, 3, 1, 2, 3… when `wraps`.
  @inline(__always)
  private func search<Level: FixedWidthInteger & UnsignedInteger, Offset, Neighbor>(
    from source: Int, out: CompactAdjacency<Offset, Neighbor>, in incoming: CompactAdjacency<Offset, Neighbor>,
    levels: UnsafeMutablePointer<Level>, wraps: Bool
  ) {
    let n = nodeCount
    let sigma = self.sigma
    let order = self.order
    let dag = dagArcs(Neighbor.self)
    let masks = self.selectionMasks
    let branching = self.branchingTopDown
    let totalInArcs = incoming.start(n)
    levels[source] = 1
    sigma[source] = 1
    order[0] = Int32(source)
    levelStart[0] = 0
    levelStart[1] = 1
    var visitedInArcs = incoming.start(source + 1) - incoming.start(source)
    var frontierOutArcs = out.start(source + 1) - out.start(source)
    var tail = 1
    var arcs = 0
    var unreachedCount = -1  // the list is built on the first bottom-up step
    var mark: Level = 1
    var depth = 0
    while true {
      let first = levelStart[depth]
      let end = levelStart[depth + 1]
      let next: Level = wraps && mark == 3 ? 1 : mark &+ 1
      // Arcs and nodes each direction would scan (building the unreached list costs n once).
      let bottomUpCost = totalInArcs - visitedInArcs + (n - tail) + (unreachedCount < 0 ? n : 0)
      let bottomUp = bottomUpCost < frontierOutArcs + (end - first)
      foundBottomUp[depth] = bottomUp
      if bottomUp {
        if unreachedCount < 0 {
          unreachedCount = 0
          for v in 0..<n where levels[v] == 0 {
            unreached[unreachedCount] = Int32(truncatingIfNeeded: v)
            unreachedCount &+= 1
          }
        }
        var kept = 0
        for k in 0..<unreachedCount {
          let w = Int(unreached[k])
          if levels[w] != 0 { continue }  // reached by a top-down step since the list was built
          let start = arcs
          // Branch-free, as top-down below; two running sums halve the chain of dependent
          // additions (path counts are exact integers, so the split changes nothing).
          var even = 0.0
          var odd = 0.0
          var e = incoming.start(w)
          let stop = incoming.start(w &+ 1)
          while e &+ 1 < stop {
            let raw0 = incoming.neighbors[e]
            let raw1 = incoming.neighbors[e &+ 1]
            let u0 = Int(truncatingIfNeeded: raw0)
            let u1 = Int(truncatingIfNeeded: raw1)
            e &+= 2
            let is0 = levels[u0] == mark
            even += Double(bitPattern: sigma[u0].bitPattern & masks[is0 ? 1 : 0])
            dag[arcs] = raw0
            arcs &+= is0 ? 1 : 0
            let is1 = levels[u1] == mark
            odd += Double(bitPattern: sigma[u1].bitPattern & masks[is1 ? 1 : 0])
            dag[arcs] = raw1
            arcs &+= is1 ? 1 : 0
          }
          if e < stop {
            let raw = incoming.neighbors[e]
            let u = Int(truncatingIfNeeded: raw)
            let isPredecessor = levels[u] == mark
            even += Double(bitPattern: sigma[u].bitPattern & masks[isPredecessor ? 1 : 0])
            dag[arcs] = raw
            arcs &+= isPredecessor ? 1 : 0
          }
          let paths = even + odd
          if arcs > start {
            levels[w] = next
            sigma[w] = paths
            predecessorStart[tail] = start
            order[tail] = Int32(truncatingIfNeeded: w)
            tail &+= 1
          } else {
            unreached[kept] = Int32(truncatingIfNeeded: w)
            kept &+= 1
          }
        }
        predecessorStart[tail] = arcs
        unreachedCount = kept
      } else if branching {
        // On graphs of long shortest paths (road-like grids) which case applies to a neighbour
        // follows the geometry and is well predicted: plain branches do less work per arc. Same
        // values: σ(w) = σ(v) for a new w equals the branch-free 0 + σ(v).
        if (end - first) * 32 > n { sortLevel(first..<end) }
        for position in first..<end {
          let v = Int(order[position])
          let sv = sigma[v]
          successorStart[position] = arcs
          var e = out.start(v)
          let stop = out.start(v &+ 1)
          while e < stop {
            let raw = out.neighbors[e]
            let w = Int(truncatingIfNeeded: raw)
            e &+= 1
            let lw = levels[w]
            if lw == 0 {
              levels[w] = next
              order[tail] = Int32(truncatingIfNeeded: w)
              tail &+= 1
              sigma[w] = sv
              dag[arcs] = raw
              arcs &+= 1
            } else if lw == next {
              sigma[w] += sv
              dag[arcs] = raw
              arcs &+= 1
            }
          }
        }
        successorStart[end] = arcs
      } else {
        if (end - first) * 32 > n { sortLevel(first..<end) }
        for position in first..<end {
          let v = Int(order[position])
          let svBits = sigma[v].bitPattern
          successorStart[position] = arcs
          var e = out.start(v)
          let stop = out.start(v &+ 1)
          while e < stop {
            let raw = out.neighbors[e]
            let w = Int(truncatingIfNeeded: raw)
            e &+= 1
            // Branch-free: whether w is new, a successor or neither is unpredictable, so every
            // case does the same work, with the slot of `order` kept only when w is new and σ(v)
            // masked to +0 (σ(w) is 0 while w is unreached) unless w is a successor.
            let lw = levels[w]
            let isNew = lw == 0
            let level = isNew ? next : lw
            levels[w] = level
            order[tail] = Int32(truncatingIfNeeded: w)
            tail &+= isNew ? 1 : 0
            let isSuccessor = level == next
            dag[arcs] = raw
            arcs &+= isSuccessor ? 1 : 0
            sigma[w] += Double(bitPattern: svBits & masks[isSuccessor ? 1 : 0])
          }
        }
        successorStart[end] = arcs
      }
      levelStart[depth + 2] = tail
      if tail == end {
        levelCount = depth + 1
        break
      }
      frontierOutArcs = 0
      for position in end..<tail {
        let w = Int(order[position])
        frontierOutArcs &+= out.start(w &+ 1) &- out.start(w)
        visitedInArcs &+= incoming.start(w &+ 1) &- incoming.start(w)
      }
      mark = next
      depth += 1
    }
    reachedCount = tail
  }

  /// Sorts `order[positions]` by node index, through the bitmap `levelBits` (left all zero):
  /// scanning a large level in index order reads the adjacency arrays front to back, which the
  /// hardware prefetcher follows, instead of jumping around them.
  ///
  /// - Complexity: O(positions.count + n / 64).
  private func sortLevel(_ positions: Range<Int>) {
    let bits = levelBits
    for position in positions {
      let v = Int(order[position])
      bits[v >> 6] |= 1 << UInt64(v & 63)
    }
    var position = positions.lowerBound
    for word in 0..<(nodeCount + 63) / 64 {
      var remaining = bits[word]
      if remaining == 0 { continue }
      bits[word] = 0
      while remaining != 0 {
        order[position] = Int32(truncatingIfNeeded: word << 6 | remaining.trailingZeroBitCount)
        position &+= 1
        remaining &= remaining &- 1
      }
    }
  }
}
