import AwasPluginKit

/// The declarations of `risk` and its subcommands.
struct RiskCommands: Sendable {
  let source: LoanStatusSource

  static let loanColumns = Requirement("pinjaman", columns: Portfolio.required)

  var risk: CommandSpec {
    CommandSpec(
      Names("risiko", en: "risk"),
      summary: Text("risiko pinjaman: ringkasan portofolio per tanggal data", en: "loan risk: portfolio summary at the as-of date"),
      discussion: Text(
        "Tanpa subperintah: saldo, PAR1/30/90, NPL, PPAP wajib vs tercatat, hapus buku, eksposur terbesar. Subperintah merinci; semua hasil berupa tabel yang dapat disambung (`risk par --menurut petugas | urut par30 turun`).",
        en: "Without a subcommand: outstanding, PAR1/30/90, NPL, required vs booked allowance, write-offs, largest exposure. Subcommands drill down; every result is a table that pipes on (`risk par --by officer | sort par30 desc`)."),
      subcommands: [collectibility, aging, par, provision, concentration, rollrate, vintage, stress],
      examples: [Example("risiko"), Example("risk par --by officer | sort par30 desc"), Example("risk stress --macet 10%")],
      requirements: [Self.loanColumns],
      citation: Text("docs/reference.md §1, §4, §8", en: "docs/reference.md §1, §4, §8"),
      action: { try SummaryCommand.run($0) })
  }

  var collectibility: CommandSpec {
    CommandSpec(
      Names("kolektibilitas", en: "collectibility"),
      summary: Text("kelas kolektibilitas hitungan ulang vs tercatat; salah kelas jadi temuan", en: "recomputed vs booked collectibility; misclassified loans become findings"),
      examples: [Example("risk kolektibilitas"), Example("risk collectibility --format json")],
      requirements: [Requirement("pinjaman", columns: Portfolio.required + ["kolektibilitas"])],
      citation: Text("Permen KUKM 14/2009 (garis aturan koperasi); docs/reference.md §4", en: "Permen KUKM 14/2009 (cooperative rule lineage); docs/reference.md §4"),
      action: { try CollectibilityCommand.run($0) })
  }

  static let bucketsParameter = ParameterSpec(
    Names("kelompok", en: "buckets"), .list(.int(1...100_000)),
    help: Text("batas atas kelompok hari tunggakan (bawaan dari `risk.aging-buckets`)", en: "upper bounds of the days-past-due buckets (default from `risk.aging-buckets`)"))

  var aging: CommandSpec {
    CommandSpec(
      Names("umur", en: "aging"),
      summary: Text("pinjaman per kelompok hari tunggakan, dengan grafik", en: "loans by days-past-due bucket, with a chart"),
      parameters: [Self.bucketsParameter],
      examples: [Example("risk umur"), Example("risk aging --buckets 30,60,90,180,360")],
      requirements: [Self.loanColumns],
      action: { try AgingCommand.run($0) })
  }

  var par: CommandSpec {
    CommandSpec(
      Names("par"),
      summary: Text("PAR1/PAR30/PAR90 dan NPL, menyeluruh atau per kelompok", en: "PAR1/PAR30/PAR90 and NPL, overall or by group"),
      parameters: [
        ParameterSpec(Names("menurut", en: "by"), .choice(ParCommand.groupings), help: Text("pengelompokan", en: "grouping")),
      ],
      examples: [Example("risk par"), Example("risk par --menurut petugas | urut par30 turun"), Example("risk par --by month")],
      requirements: [Self.loanColumns],
      citation: Text("docs/reference.md §1 (PAR30/PAR90, NPL)", en: "docs/reference.md §1 (PAR30/PAR90, NPL)"),
      action: { try ParCommand.run($0) })
  }

  var provision: CommandSpec {
    CommandSpec(
      Names("ppap", en: "provision"),
      summary: Text("PPAP wajib per kelas vs tercatat di neraca", en: "required allowance per class vs booked in the balance sheet"),
      parameters: [
        ParameterSpec(Names("tarif", en: "rates"), .choice(PPAPRateSet.choices), help: Text("set tarif (bawaan dari `risk.ppap-rates`)", en: "rate set (default from `risk.ppap-rates`)")),
      ],
      examples: [Example("risk ppap"), Example("risk provision --rates bank")],
      requirements: [Self.loanColumns],
      citation: Text("KKPKK 2021 PPAPWD [tidak pasti]; docs/reference.md §4", en: "KKPKK 2021 PPAPWD [uncertain]; docs/reference.md §4"),
      action: { try ProvisionCommand.run($0) })
  }

  var concentration: CommandSpec {
    CommandSpec(
      Names("konsentrasi", en: "concentration"),
      summary: Text("peminjam terbesar vs modal sendiri, pinjaman orang dalam, batas per peminjam", en: "largest borrowers vs modal sendiri, insider loans, per-borrower limits"),
      parameters: [
        ParameterSpec(Names("teratas", en: "top"), .int(1...1_000), default: "10", help: Text("jumlah peminjam dan pinjaman terbesar", en: "how many largest borrowers and loans")),
      ],
      examples: [Example("risk konsentrasi"), Example("risk concentration --top 20")],
      requirements: [Requirement("pinjaman", columns: Portfolio.required + ["no_anggota"])],
      citation: Text("Permenkop UKM 8/2023 Ps 44–45; docs/reference.md §5, §6", en: "Permenkop UKM 8/2023 art. 44–45; docs/reference.md §5, §6"),
      action: { try ConcentrationCommand.run($0) })
  }

  static let dateParameters = [
    ParameterSpec(Names("dari", en: "from"), .date, help: Text("tanggal pertama (akhir bulan)", en: "first date (month end)")),
    ParameterSpec(Names("sampai", en: "to"), .date, help: Text("tanggal terakhir (bawaan: tanggal data)", en: "last date (default: the as-of date)")),
    ParameterSpec(Names("tanggal", en: "dates"), .list(.date), help: Text("daftar tanggal, menggantikan --dari/--sampai", en: "a list of dates, instead of --from/--to")),
  ]

  var rollrate: CommandSpec {
    let source = self.source
    return CommandSpec(
      Names("rollrate", en: "rollrate", aliases: ["roll-rate", "perpindahan"]),
      summary: Text("matriks perpindahan antar kelompok tunggakan dari bulan ke bulan", en: "month-to-month transition matrix between days-past-due buckets"),
      parameters: Self.dateParameters + [Self.bucketsParameter],
      examples: [Example("risk rollrate --dari 2025-01-31 --sampai 2025-12-31"), Example("risk rollrate --dates 2025-06-30,2025-09-30,2025-12-31")],
      requirements: [Self.loanColumns],
      action: { try RollRateCommand.run($0, source: source) })
  }

  var vintage: CommandSpec {
    let source = self.source
    return CommandSpec(
      Names("vintage"),
      summary: Text("kurva gagal kumulatif per kuartal pencairan", en: "cumulative default curves by disbursement quarter"),
      parameters: Self.dateParameters + [
        ParameterSpec(Names("dpd"), .int(0...10_000), help: Text("gagal = pernah menunggak lebih dari ini (bawaan `risk.default-dpd`)", en: "default = ever more days past due than this (default `risk.default-dpd`)")),
      ],
      examples: [Example("risk vintage"), Example("risk vintage --from 2024-01-31 --dpd 60")],
      requirements: [Requirement("pinjaman", columns: Portfolio.required + ["tanggal_cair", "plafon"])],
      action: { try VintageCommand.run($0, source: source) })
  }

  var stress: CommandSpec {
    let share = { (n: Names, t: Text) in ParameterSpec(n, .percent, help: t) }
    return CommandSpec(
      Names("stres", en: "stress"),
      summary: Text("uji tekanan: dampak guncangan pada PAR, PPAP, SHU dan skor kesehatan", en: "what-if: effect of a shock on PAR, allowance, SHU and the health score"),
      parameters: [
        share(Names("macet"), Text("bagian yang dipindah ke Macet", en: "share moved into Macet")),
        share(Names("diragukan", en: "doubtful"), Text("bagian yang dipindah ke Diragukan", en: "share moved into Diragukan")),
        share(Names("kl", en: "substandard", aliases: ["kurang-lancar"]), Text("bagian yang dipindah ke Kurang Lancar", en: "share moved into Kurang Lancar")),
        share(Names("par30"), Text("bagian yang dibuat menunggak > 30 hari", en: "share made more than 30 days late")),
        ParameterSpec(Names("dasar", en: "basis"), .choice([
          Choice(Names("saldo", en: "outstanding"), Text("bagian dari saldo", en: "share of outstanding")),
          Choice(Names("pinjaman", en: "loans"), Text("bagian dari jumlah pinjaman", en: "share of the number of loans")),
        ]), default: "outstanding", help: Text("bagian dari apa", en: "share of what")),
      ],
      examples: [Example("risk stres --macet 10%"), Example("risk stress --substandard 5% --macet 5%"), Example("risk stress --par30 20% --basis loans")],
      requirements: [Self.loanColumns],
      action: { try StressCommand.run($0) })
  }
}
