import AwasPluginKit

/// `health` (`sehat`) and its subcommands.
enum HealthCommands {
  static var health: CommandSpec {
    CommandSpec(
      Names("sehat", en: "health"),
      summary: Text("penilaian kesehatan koperasi simpan pinjam, komponen demi komponen", en: "health assessment of a savings-and-loan cooperative, component by component"),
      discussion: Text(
        "Menilai menurut Perdep 06/Per/Dep.6/IV/2016 (KSP/USP) atau 07/Per/Dep.6/IV/2016 (KSPPS/USPPS), dipilih dari `jenis`. Tiap komponen: rasio, pita, nilai, bobot, skor; lalu jumlah aspek, skor total dan predikat. Masukan yang hilang membuat komponen (dan total) tidak lengkap — tidak pernah dihitung 0 diam-diam. Aspek manajemen dinilai dari kuesioner: `sehat jawab`.",
        en: "Scores by Perdep 06/Per/Dep.6/IV/2016 (KSP/USP) or 07/Per/Dep.6/IV/2016 (KSPPS/USPPS), chosen by `jenis`. Each component: ratio, band, value, weight, score; then aspect subtotals, the total and the category. A missing input makes the component (and the total) incomplete — never a silent 0. The Manajemen aspect is scored from the questionnaire: `health answer`."),
      parameters: [
        ParameterSpec(Names("banding", en: "compare"), .flag, help: Text("tampilkan tahun lalu di samping tahun ini", en: "show last year beside this one")),
      ],
      subcommands: [answer, rules],
      examples: [
        Example("sehat", Text("penilaian per tanggal laporan", en: "the assessment at the reporting date")),
        Example("sehat --banding", Text("tahun lalu dan tahun ini", en: "last year and this year")),
        Example("jelaskan sehat.likuiditas", Text("dari mana angka likuiditas", en: "where the liquidity figures come from")),
        Example("atur sehat.penyebut-2c rpm", Text("penyebut rasio cadangan risiko = RPM", en: "risk-reserve ratio over RPM")),
        Example("set health.denominator-2c rpm", Text("sama, dengan nama Inggris", en: "the same, by its English name")),
      ],
      citation: Text("Perdep KUKM 06/Per/Dep.6/IV/2016; 07/Per/Dep.6/IV/2016", en: "Perdep KUKM 06/Per/Dep.6/IV/2016; 07/Per/Dep.6/IV/2016"),
      action: { inv in try run(inv) })
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let c = inv.context
    let d = try c.requireDataset()
    let runner = try HealthRunner(dataset: d, settings: c.settings, workspace: c.workspace)
    let now = try runner.current()
    guard inv.arguments.flag("compare") else {
      return HealthReport.output(now, dataset: d, machine: c.machineOutput, inv.language)
    }
    let before = try runner.previous()
    let t = HealthCompareTable.build(now, before, inv.language)
    var out = CommandOutput(value: t)
    out.blocks.append(.heading(HealthReport.heading(now, d, inv.language)))
    out.blocks.append(.table(t, title: nil))
    for n in now.notes + before.notes { out.blocks.append(.text("• " + n(inv.language))) }
    out.blocks.append(.text(Text(
      "Tahun lalu dari saldo_lalu neraca/phu; kuesioner hanya dijawab untuk tahun ini.",
      en: "Last year from saldo_lalu of neraca/phu; the questionnaire is answered for this year only.")(inv.language)))
    return out
  }
}
