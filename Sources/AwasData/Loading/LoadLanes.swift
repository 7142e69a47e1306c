import Dispatch

/// Loads a dataset's CSV tables on two lanes at once.
///
/// Lane 0 holds the largest file and the tables its foreign keys point to
/// (anggota → pinjaman → angsuran: the longest path); lane 1 holds the others
/// (pengurus, simpanan and the books), in contract order. A table waits for
/// the tables its foreign keys point to, which the contract always lists
/// before it, so neither lane can wait for the other forever. Each table is
/// still parsed by several threads; the second lane fills the time in which
/// the first one has work for only one core (checking keys, joining parts).
enum LoadLanes {
  /// A CSV file of the dataset to load.
  struct File {
    var schema: TableSchema
    var name: String
    var path: String
    var size: Int64
  }

  /// The loads of `files`, in their order.
  static func load(_ files: [File], context: LoadContext) -> [TableLoad] {
    let n = files.count
    let deps = dependencies(files)
    let (first, second) = lanes(files, dependencies: deps)
    let done = (0..<n).map { _ in DispatchSemaphore(value: 0) }
    let slots = UnsafeMutableBufferPointer<TableLoad?>.allocate(capacity: n)
    slots.initialize(repeating: nil)
    defer {
      slots.deinitialize()
      slots.deallocate()
    }
    // Safe to share: each table's slot is written once by its lane and read
    // by the other only after that table's semaphore was signalled (or after
    // both lanes have finished).
    nonisolated(unsafe) let results = slots
    @Sendable func run(_ lane: [Int]) {
      for i in lane {
        var own = context
        own.seeds = [:]
        for d in deps[i] {
          done[d].wait()
          done[d].signal()  // for the next table waiting on it
          if let keys = results[d]?.keys { own.seeds[files[d].schema.name] = keys }
        }
        results[i] = TableLoader.load(path: files[i].path, file: files[i].name, schema: files[i].schema, context: own)
        done[i].signal()
      }
    }
    let other = second.isEmpty ? nil : BackgroundWork { run(second) }
    run(first)
    other?.wait()
    return (0..<n).map { results[$0] ?? TableLoad(table: nil, issues: []) }
  }

  /// For each file, the files its foreign keys point to (earlier in the list).
  static func dependencies(_ files: [File]) -> [[Int]] {
    files.indices.map { i in
      files[i].schema.foreignKeys.compactMap { fk in
        files.indices.first { $0 < i && files[$0].schema.name == fk.table }
      }
    }
  }

  /// Lane 0: the largest file and, transitively, the files it depends on;
  /// lane 1: every other file. Both in list order.
  static func lanes(_ files: [File], dependencies deps: [[Int]]) -> ([Int], [Int]) {
    guard let largest = files.indices.max(by: { files[$0].size < files[$1].size }) else { return ([], []) }
    var onPath = Set<Int>()
    var stack = [largest]
    while let i = stack.popLast() {
      if onPath.insert(i).inserted { stack += deps[i] }
    }
    return (files.indices.filter { onPath.contains($0) }, files.indices.filter { !onPath.contains($0) })
  }
}
