import Testing

@testable import AwasPluginKit

@Suite struct ChartRendererTests {
  @Test func barsFitTheWidthAndScaleToTheLargest() {
    let chart = Chart.bars(BarChart(labels: ["a", "bb"], values: [10, 5], valueLabels: ["10", "5"]))
    let text = ChartRenderer.render(chart, width: 20, unicode: false)
    #expect(text == "a  ############## 10\nbb #######        5")
    for line in text.split(separator: "\n") { #expect(line.count <= 20) }
  }

  @Test func sparklineUsesTheRange() {
    let text = ChartRenderer.render(.sparklines([Sparkline(label: "x", values: [0, 7, nil, 3.5])]), width: 40, unicode: true)
    #expect(text == "x  ▁█ ▅")
  }

  @Test func heatmapShadesCells() {
    let h = Heatmap(rowLabels: ["0", "1-30"], columnLabels: ["0", "1-30"], cells: [[90, 10], [20, nil]])
    let text = ChartRenderer.render(.heatmap(h), width: 80, unicode: false)
    #expect(text == "          0  1-30\n0     #  90 .  10\n1-30  .  20      ")
  }

  @Test func displayWidthCountsWideCharacters() {
    #expect("é".displayWidth == 1)
    #expect("漢字".displayWidth == 4)
    #expect("abcdef".truncated(toWidth: 4) == "abc…")
  }
}
