extension ChunkState {
  @inline(never)
  mutating func number(_ k: Int, _ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, _ flags: UInt8) -> Bool {
    let f = here(lo, hi, flags)
    let isMoney = cells[k].kind == .money
    switch numbers.parse(p, lo, hi, isMoney ? .money : .integer) {
    case .value(let v):
      builders[k].append(v)
      return true
    case .real, .empty:
      return empty(k, f)
    case .failed(let why):
      let found = text(p, lo, hi)
      let name = plan.columns[k].name
      return isMoney
        ? bad(k, .badMoney, f, found: found, IssueText.badMoney(name, found, why, plan.format))
        : bad(k, .badInteger, f, found: found, IssueText.badInteger(name, found, why))
    }
  }

  @inline(never)
  mutating func real(_ k: Int, _ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, _ flags: UInt8) -> Bool {
    let f = here(lo, hi, flags)
    switch numbers.parse(p, lo, hi, .real) {
    case .real(let v):
      builders[k].append(v)
      return true
    case .value(let v):
      builders[k].append(Double(v))
      return true
    case .empty:
      return empty(k, f)
    case .failed:
      let found = text(p, lo, hi)
      return bad(k, .badNumber, f, found: found, IssueText.badNumber(plan.columns[k].name, found, plan.format))
    }
  }

  @inline(never)
  mutating func date(_ k: Int, _ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, _ flags: UInt8) -> Bool {
    let f = here(lo, hi, flags)
    switch dates.parse(p, lo, hi) {
    case .value(let d):
      builders[k].append(d)
      return true
    case .empty:
      return empty(k, f)
    case .failed(let why):
      let found = text(p, lo, hi)
      var kind = IssueKind.badDate
      if case .excelSerial = why { kind = .excelDate }
      return bad(k, kind, f, found: found, IssueText.badDate(plan.columns[k].name, found, why, plan.format.dates))
    }
  }

  @inline(never)
  mutating func yesNo(_ k: Int, _ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, _ flags: UInt8) -> Bool {
    let f = here(lo, hi, flags)
    let (a, b) = Bytes.trim(p, lo, hi)
    if a == b { return empty(k, f) }
    if let v = ChunkState.yesNo(p, a, b) {
      builders[k].append(v)
      return true
    }
    let found = text(p, lo, hi)
    return bad(k, .badYesNo, f, found: found, IssueText.badYesNo(plan.columns[k].name, found))
  }

  mutating func enumeration(
    _ k: Int, _ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, _ flags: UInt8, stable: Bool
  ) -> Bool {
    let f = here(lo, hi, flags)
    let c = cells[k]
    let (a, b) = Bytes.trim(p, lo, hi)
    if a == b { return empty(k, f) }
    var code: Int32
    if stable && last[k].matches(p + a, b - a) {
      code = last[k].code
    } else {
      code = plan.enums[c.enumIndex].match(p, a, b)
      if stable && code >= 0 { last[k] = LastValue(p: p + a, n: b - a, code: code) }
    }
    if code >= 0 {
      builders[k].append(code)
      return true
    }
    let found = text(p, lo, hi)
    let name = plan.columns[k].name
    return bad(k, .notAllowed, f, found: found, IssueText.notAllowed(name, found, plan.enums[c.enumIndex].list))
  }

  /// `ya`/`tidak` and common spellings of yes and no.
  static func yesNo(_ p: UnsafePointer<UInt8>, _ a: Int, _ b: Int) -> Bool? {
    let n = b - a
    let q = p + a
    for s: StaticString in ["ya", "y", "yes", "true", "1", "benar"] where Bytes.equalsIgnoringCase(q, n, s) { return true }
    for s: StaticString in ["tidak", "tdk", "no", "n", "false", "0", "bukan"] where Bytes.equalsIgnoringCase(q, n, s) {
      return false
    }
    return nil
  }
}
