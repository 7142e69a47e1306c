/// Chart data a command returns; the shell renders it to fit the terminal
/// (``ChartRenderer``), with block characters or plain ASCII.
public enum Chart: Sendable {
  case bars(BarChart)
  case sparklines([Sparkline])
  case heatmap(Heatmap)
}

/// Horizontal bars, one per label.
public struct BarChart: Sendable {
  public var title: String?
  public var labels: [String]
  public var values: [Double]
  /// Text printed after each bar (the formatted value); defaults to the value.
  public var valueLabels: [String]?
  /// A second series drawn as a marker (`|`) on each bar, such as an expected value.
  public var reference: [Double]?

  public init(
    title: String? = nil, labels: [String], values: [Double], valueLabels: [String]? = nil,
    reference: [Double]? = nil
  ) {
    self.title = title
    self.labels = labels
    self.values = values
    self.valueLabels = valueLabels
    self.reference = reference
  }
}

/// A labelled series drawn as one line of small bars.
public struct Sparkline: Sendable {
  public var label: String
  public var values: [Double?]
  public var note: String?
  public init(label: String, values: [Double?], note: String? = nil) {
    self.label = label
    self.values = values
    self.note = note
  }
}

/// A matrix of values shaded by size (a roll-rate matrix).
public struct Heatmap: Sendable {
  public var title: String?
  public var rowLabels: [String]
  public var columnLabels: [String]
  public var cells: [[Double?]]
  /// Text shown in each cell; defaults to the value.
  public var cellLabels: [[String]]?
  public init(
    title: String? = nil, rowLabels: [String], columnLabels: [String], cells: [[Double?]],
    cellLabels: [[String]]? = nil
  ) {
    self.title = title
    self.rowLabels = rowLabels
    self.columnLabels = columnLabels
    self.cells = cells
    self.cellLabels = cellLabels
  }
}
