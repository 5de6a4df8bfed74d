/// Logarithmic "which regions hold this offset" lookups over a file's regions.
///
/// Rules ask where a match sits once per match, and hostile files produce matches in
/// proportion to their size; a linear walk over the regions per question made a 20 MB prose
/// file quadratic. Regions nest only shallowly (inline code inside a paragraph), so they are
/// split into a few layers of non-overlapping regions sorted by start, and each layer is
/// binary-searched.
public struct RegionIndex: Sendable {
  /// Each layer lists region indices whose ranges do not overlap, in start order.
  private let layers: [[Int]]
  /// Indices of heading regions in start order (headings never overlap each other).
  private let headings: [Int]
  private let regions: [Region]

  public init(_ regions: [Region]) {
    self.regions = regions
    let order = regions.indices.sorted { a, b in
      let ra = regions[a].range
      let rb = regions[b].range
      if ra.lowerBound != rb.lowerBound { return ra.lowerBound < rb.lowerBound }
      if ra.count != rb.count { return ra.count > rb.count }
      return a < b
    }
    var layers: [[Int]] = []
    var ends: [Int] = []
    for index in order {
      let range = regions[index].range
      if let layer = ends.firstIndex(where: { $0 <= range.lowerBound }) {
        layers[layer].append(index)
        ends[layer] = range.upperBound
      } else {
        layers.append([index])
        ends.append(range.upperBound)
      }
    }
    self.layers = layers
    self.headings = order.filter { regions[$0].kind == .heading }
  }

  /// Indices of every region containing `offset` (at most one per layer), in no set order.
  public func containing(_ offset: Int) -> [Int] {
    var found: [Int] = []
    for layer in layers {
      guard let candidate = lastStarting(atOrBefore: offset, in: layer) else { continue }
      if regions[candidate].range.contains(offset) { found.append(candidate) }
    }
    return found
  }

  /// Indices of every region overlapping `range`, in ascending index order (the order a
  /// linear walk over the regions would meet them), found in O(log n + k) per layer.
  public func overlapping(_ range: Range<Int>) -> [Int] {
    var found: [Int] = []
    for layer in layers {
      // Regions of a layer do not overlap, so ends ascend with starts: only the last one
      // starting at or before `range` can reach into it from the left.
      var position = max(0, startingAtOrBefore(range.lowerBound, in: layer) - 1)
      while position < layer.count, regions[layer[position]].range.lowerBound < range.upperBound {
        if regions[layer[position]].range.overlaps(range) { found.append(layer[position]) }
        position += 1
      }
    }
    return found.sorted()
  }

  /// The smallest region containing `offset` among those `include` accepts; ties go to the
  /// region listed first, as a linear walk would pick.
  public func innermost(at offset: Int, where include: (Region) -> Bool = { _ in true }) -> Region? {
    var best: Int?
    for index in containing(offset) where include(regions[index]) {
      if let b = best {
        let bc = regions[b].range.count
        let c = regions[index].range.count
        if c > bc || (c == bc && index > b) { continue }
      }
      best = index
    }
    return best.map { regions[$0] }
  }

  /// The range of the nearest heading that ends at or before `offset`.
  public func precedingHeading(before offset: Int) -> Range<Int>? {
    var lo = 0
    var hi = headings.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if regions[headings[mid]].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 ? regions[headings[lo - 1]].range : nil
  }

  /// The range of the nearest heading that starts at or after `offset`.
  public func nextHeading(after offset: Int) -> Range<Int>? {
    var lo = 0
    var hi = headings.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if regions[headings[mid]].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < headings.count ? regions[headings[lo]].range : nil
  }

  private func lastStarting(atOrBefore offset: Int, in layer: [Int]) -> Int? {
    let count = startingAtOrBefore(offset, in: layer)
    return count > 0 ? layer[count - 1] : nil
  }

  /// How many regions of `layer` start at or before `offset`.
  private func startingAtOrBefore(_ offset: Int, in layer: [Int]) -> Int {
    var lo = 0
    var hi = layer.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if regions[layer[mid]].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}

extension AnalyzedFile {
  /// The file's region index, built on first use and shared by every rule.
  public var regionIndex: RegionIndex {
    cache.value(regionIndexSlot) { RegionIndex(regions) }
  }
}

/// Where ``AnalyzedFile/regionIndex`` is cached.
private let regionIndexSlot = CacheSlot<RegionIndex>("AnalyzedFile.regionIndex")
