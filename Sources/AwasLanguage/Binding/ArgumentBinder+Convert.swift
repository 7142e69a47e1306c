import AwasPluginKit

extension ArgumentBinder {
  /// One item as an ``Argument`` of `p.kind`, validated.
  mutating func convert(_ item: Item, _ p: ParameterSpec) throws -> Argument {
    let shown = item.text ?? ""
    func bad() -> Diagnostic {
      Diagnostic(Messages.badValue(p, shown, language), span: item.span, hint: Messages.expectedKind(p.kind))
    }
    switch p.kind {
    case .table:
      if case .table(let t)? = item.value { return .table(t) }
      if case .value? = item.value { throw bad() }
      return .table(try interpreter.table(ArgumentBinder.tableRef(shown), span: item.span))
    case .column(let types):
      if item.value != nil, item.text == nil { throw bad() }
      return .column(try column(shown, types: types, p: p, span: item.span))
    case .choice(let choices):
      if let c = choices.first(where: { $0.names.matches(shown) }) { return .choice(c.names.en) }
      let all = choices.flatMap(\.names.all)
      throw Diagnostic(
        Messages.badChoice(p, shown, language), span: item.span,
        hint: Messages.didYouMeanWithChoices(Suggest.closest(shown, among: all), choices, language))
    case .list(let inner):
      var element = p
      element.kind = inner
      return try convert(item, element)
    case .path:
      guard let text = item.text ?? item.value.flatMap({ v in
        if case .value(let x) = v { return ValueFormatter.plain(x) } else { return nil }
      }) else { throw bad() }
      return .path(ArgumentBinder.expandHome(text))
    case .flag:
      guard let b = ValueParser.bool(shown) else { throw bad() }
      return .flag(b)
    default:
      if let text = item.text, let v = ValueParser.value(text, p.kind) { return .value(v) }
      if case .value(let v)? = item.value, let c = ValueParser.convert(v, p.kind) { return .value(c) }
      if case .table? = item.value {
        throw Diagnostic(Messages.tableNotValueArgument(p, language), span: item.span, hint: Messages.expectedKind(p.kind))
      }
      throw bad()
    }
  }

  /// `_`, `$3` or a name, as a table reference.
  static func tableRef(_ text: String) -> TableRef {
    if text == "_" { return .last }
    if text.hasPrefix("$") { return .variable(String(text.dropFirst())) }
    return .name(text)
  }

  static func expandHome(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else {
      return path
    }
    return home + path.dropFirst()
  }

  /// The dataset tables the call's words name, as a table (`angsuran`) or as the
  /// table of a column (`angsuran.pokok`), normalised.
  private func namedTables(in d: Dataset) -> Set<String> {
    var out = Set<String>()
    for w in call.words {
      guard let lit = w.literal, !lit.hasPrefix("-") else { continue }
      for part in lit.split(separator: ",") {
        let name = part.split(separator: ".").first.map(String.init) ?? String(part)
        if d.table(name) != nil { out.insert(Table.normalize(name)) }
      }
    }
    return out
  }

  /// `table.column` or `column`, checked to exist and to be of an allowed type.
  private mutating func column(_ text: String, types: [ColumnType], p: ParameterSpec, span: Span) throws -> ColumnRef {
    var tablePart: String?
    var columnPart = text
    if let dot = text.firstIndex(of: ".") {
      tablePart = String(text[..<dot])
      columnPart = String(text[text.index(after: dot)...])
    }
    let table: Table
    var refTable: String?
    if let tablePart {
      let ref = ArgumentBinder.tableRef(tablePart)
      table = try interpreter.table(ref, span: span)
      let isDatasetTable: Bool = {
        if case .name(let n) = ref { return interpreter.state.variables[n] == nil && interpreter.state.dataset?.table(n) != nil }
        return false
      }()
      if isDatasetTable {
        refTable = table.name
      } else if input == nil, interpreter.registry.command(call.name)?.acceptsInput == true {
        input = table  // `check x $3.sisa`: the variable's table comes in as the input
      } else if input == nil {
        throw Diagnostic(Messages.variableColumnNeedsPipe(tablePart, columnPart), span: span)
      }
      guard table.column(columnPart) != nil else {
        throw Diagnostic(
          Messages.noSuchColumn(columnPart, table: table.name), span: span,
          hint: Messages.didYouMean(Suggest.closest(columnPart, among: table.columnNames)) ?? Messages.columnsList(table))
      }
    } else if let inputTable = input, inputTable.column(columnPart) != nil {
      table = inputTable
    } else {
      guard let d = interpreter.state.dataset else {
        if let inputTable = input {
          throw Diagnostic(
            Messages.noSuchColumn(columnPart, table: inputTable.name), span: span,
            hint: Messages.didYouMean(Suggest.closest(columnPart, among: inputTable.columnNames)))
        }
        throw Diagnostic.noDataset(at: span)
      }
      let holders = d.tables.filter { $0.column(columnPart) != nil }
      let required = interpreter.registry.command(call.name).map { spec in
        ([spec] + spec.subcommands).flatMap(\.requirements).map(\.table)
      } ?? []
      // A table the same call names (`angsuran.pokok`, or `angsuran`) decides first:
      // `check benford angsuran.pokok --by petugas` means angsuran's petugas.
      let named = namedTables(in: d)
      let inNamed = holders.filter { h in named.contains(Table.normalize(h.name)) }
      if let t = (inNamed.count == 1 ? inNamed[0] : nil)
        ?? holders.first(where: { h in required.contains { Table.normalize($0) == Table.normalize(h.name) } })
        ?? (holders.count == 1 ? holders[0] : nil)
      {
        table = t
        refTable = t.name
      } else if holders.count > 1 {
        throw Diagnostic(
          Messages.ambiguousColumn(columnPart, holders.map(\.name)), span: span,
          hint: Messages.qualifyColumn(holders.map { "\($0.name).\(columnPart)" }))
      } else if let t = input ?? d.tables.first(where: { named.contains(Table.normalize($0.name)) }) {
        // The call names its table (`check duplicates angsuran --on …`): say which, and what it has.
        throw Diagnostic(
          Messages.noSuchColumn(columnPart, table: t.name), span: span,
          hint: Messages.didYouMean(Suggest.closest(columnPart, among: t.columnNames)) ?? Messages.columnsList(t))
      } else {
        let all = d.tables.flatMap { t in t.columnNames + t.columnNames.map { "\(t.name).\($0)" } }
          + (input?.columnNames ?? [])
        throw Diagnostic(
          Messages.datasetLacksColumn(columnPart), span: span,
          hint: Messages.didYouMean(Suggest.closest(columnPart, among: all)))
      }
    }
    guard let c = table.column(columnPart) else {
      throw Diagnostic(Messages.noSuchColumn(columnPart, table: table.name), span: span)
    }
    if !types.isEmpty, !types.contains(c.type) {
      throw Diagnostic(
        Messages.columnWrongType(refTable.map { "\($0).\(c.name)" } ?? c.name, c.type, types), span: span,
        hint: Messages.expectedKind(p.kind))
    }
    return ColumnRef(table: refTable, column: c.name)
  }

  /// The tables and columns the command declares it needs.
  func checkRequirements(_ chain: [CommandSpec], display: String) throws {
    let reqs = chain.flatMap(\.requirements)
    guard !reqs.isEmpty else { return }
    guard let d = interpreter.state.dataset else {
      throw Diagnostic.noDataset(at: call.nameSpan)
    }
    for r in reqs {
      guard let t = d.table(r.table) else {
        throw Diagnostic(Messages.requiresTable(display, r.table), span: call.nameSpan, hint: Messages.requirementHint)
      }
      for c in r.columns where t.column(c) == nil {
        throw Diagnostic(Messages.requiresColumn(display, "\(r.table).\(c)"), span: call.nameSpan, hint: Messages.requirementHint)
      }
    }
  }
}
