import AwasPluginKit

extension RiskExplain {
  static var classTopics: [Topic] {
    [
      Topic(
        names: Names("risk.kolektibilitas", en: "risk.collectibility"),
        summary: Text("kelas kolektibilitas pinjaman", en: "loan collectibility classes"),
        formula: Text(
          "Aturan koperasi (bawaan, angsuran bulanan): Lancar dpd ≤ 90; Kurang Lancar 91–180; di atas itu Diragukan bila agunan ≥ 75% utang, selain itu Macet (Diragukan > 21 bulan menjadi Macet). Tidak ada kelas DPK.",
          en: "Cooperative rule (default, monthly instalments): Lancar dpd ≤ 90; Kurang Lancar 91–180; beyond that Diragukan if collateral ≥ 75% of the debt, else Macet (Diragukan > 21 months becomes Macet). No DPK class."),
        inputs: Text("pinjaman.dpd, pinjaman.nilai_jaminan, jadwal dan angsuran (mesin pinjaman); pinjaman.kolektibilitas_tercatat untuk perbandingan", en: "pinjaman.dpd, pinjaman.nilai_jaminan, jadwal and angsuran (loan engine); pinjaman.kolektibilitas_tercatat for the comparison"),
        source: Text("Permen KUKM 14/2009 lewat skripsi/tesis; docs/reference.md §4. Aturan di Sources/AwasData/Rules/kolektibilitas.toml (koperasi.toml dapat menggantinya).", en: "Permen KUKM 14/2009 via theses; docs/reference.md §4. Rules in Sources/AwasData/Rules/kolektibilitas.toml (koperasi.toml can override)."),
        uncertainty: Text(
          "Batas hari untuk pinjaman bulanan adalah bacaan peneliti; uji 'dapat diselamatkan' tidak ada di data. Aturan bank (PBI 7/2/2005: DPK 1–90, KL 91–120, D 121–180, M > 180) hanya pembanding.",
          en: "The day bands for monthly loans are the researcher's reading; the 'salvageable' test is not in the data. Bank rules (PBI 7/2/2005: DPK 1–90, KL 91–120, D 121–180, M > 180) are for contrast only."),
        setting: Text("risk.collectibility-rules (koperasi | bank); [kolektibilitas] di koperasi.toml", en: "risk.collectibility-rules (cooperative | bank); [kolektibilitas] in koperasi.toml"),
        values: { run in
          let p = try run.portfolio()
          let c = ClassTotals.compute(p)
          return LoanClass.shown(p.scheme).map { k in
            (run.t(k.label), "\(run.number(c[Int(k.rawValue)].loans)) · \(run.money(c[Int(k.rawValue)].outstanding))")
          } + [(run.t(Text("Tercatat lebih baik dari hitungan", en: "Booked better than recomputed")), run.number(Int64(Misclassified.find(p).count)))]
        }),
      Topic(
        names: Names("risk.umur", en: "risk.aging"),
        summary: Text("umur tunggakan per kelompok hari", en: "ageing by days-past-due bucket"),
        formula: Text("kelompok 0, 1–b1, b1+1–b2, …, > bn atas dpd pinjaman aktif; jumlah dan saldo per kelompok", en: "buckets 0, 1–b1, b1+1–b2, …, > bn over the dpd of active loans; count and outstanding per bucket"),
        inputs: outstandingInputs,
        source: Text("docs/reference.md §7 (ACL AGE: kelompok umur); kelompok bawaan 0/1–30/31–60/61–90/91–180/181–360/> 360", en: "docs/reference.md §7 (ACL AGE: age buckets); default buckets 0/1–30/31–60/61–90/91–180/181–360/> 360"),
        uncertainty: dpdUncertainty,
        setting: Text("risk.aging-buckets (30,60,90,180,360); `--buckets`", en: "risk.aging-buckets (30,60,90,180,360); `--buckets`"),
        values: nil),
      Topic(
        names: Names("risk.ppap", en: "risk.provision"),
        summary: Text("penyisihan penghapusan pinjaman wajib vs tercatat", en: "required vs booked loan-loss allowance"),
        formula: Text(
          "wajib = Σ kelas tarif × dasar; dasar = Σ sisa (Lancar) atau Σ max(0, sisa − nilai_jaminan) (KL/D/M); dibulatkan sekali per kelas, setengah ke atas, ke sen. Kekurangan = max(0, wajib − penyisihan_piutang).",
          en: "required = Σ over classes of rate × base; base = Σ sisa (Lancar) or Σ max(0, sisa − nilai_jaminan) (KL/D/M); rounded once per class, half up, to the sen. Shortfall = max(0, required − penyisihan_piutang)."),
        inputs: Text("pinjaman.kolektibilitas, pinjaman.sisa, pinjaman.nilai_jaminan; neraca pos penyisihan_piutang (saldo_kini)", en: "pinjaman.kolektibilitas, pinjaman.sisa, pinjaman.nilai_jaminan; neraca pos penyisihan_piutang (saldo_kini)"),
        source: Text("KKPKK 2021 (PPAPWD: 0,5% L; 10/50/100% KL/D/M setelah agunan) [tidak pasti: satu aplikasi]; Perdep 06/2016 tanpa PPAP minimum (docs/reference.md §4); PEARLS P1/P2 (§8)", en: "KKPKK 2021 (PPAPWD: 0.5% L; 10/50/100% KL/D/M net of collateral) [uncertain: one application]; Perdep 06/2016 sets no minimum (docs/reference.md §4); PEARLS P1/P2 (§8)"),
        uncertainty: Text("Tarif dari satu sumber sekunder; pengurangan agunan mengandaikan agunan diikat dan dinilai wajar. Set `koperasi-bruto` memberi batas atas tanpa agunan.", en: "Rates from one secondary source; the collateral deduction assumes collateral is bound and fairly valued. The `cooperative-gross` set gives the upper bound without collateral."),
        setting: Text("risk.ppap-rates (koperasi | koperasi-bruto | bank), risk.rules-file", en: "risk.ppap-rates (cooperative | cooperative-gross | bank), risk.rules-file"),
        values: { run in
          let (_, rates) = try PPAPRules.selected(run.settings)
          let f = ProvisionFigures(rates: rates, byClass: ClassTotals.compute(try run.portfolio()), booked: BalanceSheet(run.dataset)?.bookedAllowance)
          return [
            (run.t(Text("Tarif", en: "Rates")), run.t(rates.title)),
            (run.t(Text("Wajib", en: "Required")), run.money(f.totalRequired)),
            (run.t(Text("Tercatat", en: "Booked")), f.booked.map(run.money) ?? "-"),
            (run.t(Text("Kekurangan", en: "Shortfall")), f.shortfall.map(run.money) ?? "-"),
          ]
        }),
    ]
  }

  static var capitalTopics: [Topic] {
    [
      Topic(
        names: Names("risk.modal-sendiri", en: "risk.own-capital"),
        summary: Text("modal sendiri untuk batas konsentrasi", en: "own capital for the concentration limits"),
        formula: Text("simpanan_pokok + simpanan_wajib + cadangan_umum + cadangan_tujuan_risiko + hibah (+ shu_tahun_berjalan pada varian `dengan-shu`)", en: "simpanan_pokok + simpanan_wajib + cadangan_umum + cadangan_tujuan_risiko + hibah (+ shu_tahun_berjalan in the `with-shu` variant)"),
        inputs: Text("neraca: saldo_kini per pos", en: "neraca: saldo_kini by pos"),
        source: Text("docs/reference.md §1, §2.3; Permenkop 8/2023 Ps 1(23) (tanpa penyertaan)", en: "docs/reference.md §1, §2.3; Permenkop 8/2023 art. 1(23) (no penyertaan)"),
        uncertainty: Text("Varian berbeda antar aturan (§2.3). Bawaan tanpa SHU berjalan: SHU belum dibagi RAT, dan modal yang lebih kecil membuat batas lebih ketat.", en: "Variants differ between rules (§2.3). Default without the current SHU: the RAT has not allocated it, and a smaller capital makes the limits stricter."),
        setting: Text("risk.own-capital (tanpa-shu | dengan-shu)", en: "risk.own-capital (without-shu | with-shu)"),
        values: { run in
          guard let ms = ModalSendiri(BalanceSheet(run.dataset), variant: run.settings.modalVariant) else {
            return [(run.t(Text("Modal sendiri", en: "Modal sendiri")), "-")]
          }
          return ms.parts.map { ($0.pos, run.money($0.amount)) } + [(run.t(Text("Jumlah", en: "Total")), run.money(ms.total))]
        }),
      Topic(
        names: Names("risk.orang-dalam", en: "risk.insider"),
        summary: Text("pinjaman orang dalam vs batas", en: "insider loans vs the limit"),
        formula: Text("Σ sisa pinjaman aktif peminjam orang dalam / modal sendiri; batas 10% (kebijakan koperasi menggantikan)", en: "Σ sisa of active loans to insiders / modal sendiri; limit 10% (the cooperative's policy overrides)"),
        inputs: Text("pinjaman.orang_dalam (mesin pinjaman; cadangan: pengurus yang menjabat), pinjaman.sisa, neraca, koperasi.toml [kebijakan] batas_pinjaman_orang_dalam_persen", en: "pinjaman.orang_dalam (loan engine; fallback: serving officers), pinjaman.sisa, neraca, koperasi.toml [kebijakan] batas_pinjaman_orang_dalam_persen"),
        source: Text("Permenkop UKM 8/2023 Ps 44(1); docs/reference.md §5, §6", en: "Permenkop UKM 8/2023 art. 44(1); docs/reference.md §5, §6"),
        uncertainty: Text("Apakah batas 10% berlaku untuk jumlah seluruh orang dalam atau per orang tidak jelas; di sini jumlah seluruhnya (yang lebih ketat).", en: "Whether the 10% applies to all insiders together or to each is unclear; here all together (the stricter)."),
        setting: Text("risk.insider-limit (10%)", en: "risk.insider-limit (10%)"),
        values: nil),
      Topic(
        names: Names("risk.batas-anggota", en: "risk.borrower-limit"),
        summary: Text("batas pinjaman per peminjam", en: "per-borrower lending limit"),
        formula: Text("Σ sisa pinjaman aktif satu anggota > min(batas_pinjaman_per_anggota, 15% × modal sendiri)", en: "Σ sisa of one member's active loans > min(batas_pinjaman_per_anggota, 15% × modal sendiri)"),
        inputs: Text("pinjaman.no_anggota, pinjaman.sisa, neraca, koperasi.toml [kebijakan] batas_pinjaman_per_anggota", en: "pinjaman.no_anggota, pinjaman.sisa, neraca, koperasi.toml [kebijakan] batas_pinjaman_per_anggota"),
        source: Text("Permenkop UKM 8/2023 Ps 45 (15% modal sendiri) [tidak pasti]; kebijakan koperasi", en: "Permenkop UKM 8/2023 art. 45 (15% of modal sendiri) [uncertain]; cooperative policy"),
        uncertainty: Text("15% dari satu catatan sekunder; set 0 untuk hanya memakai kebijakan koperasi.", en: "15% from one secondary note; set 0 to use only the cooperative's policy."),
        setting: Text("risk.borrower-limit (15%)", en: "risk.borrower-limit (15%)"),
        values: nil),
    ]
  }

  static var trendTopics: [Topic] {
    [
      Topic(
        names: Names("risk.rollrate"),
        summary: Text("matriks perpindahan antar kelompok tunggakan", en: "transition matrix between days-past-due buckets"),
        formula: Text("untuk tiap pasangan tanggal berurutan: saldo (di tanggal awal) pinjaman yang berpindah dari kelompok i ke keadaan j / saldo kelompok i; semua periode digabung", en: "for each pair of consecutive dates: outstanding (at the first date) of loans moving from bucket i to state j / outstanding of bucket i; all periods pooled"),
        inputs: Text("pinjaman.sisa dan dpd dihitung ulang per tanggal (Dataset.recomputed(asOf:))", en: "pinjaman.sisa and dpd recomputed per date (Dataset.recomputed(asOf:))"),
        source: Text("Praktik analisis kredit (matriks transisi); kelompok seperti `risk aging`", en: "Credit-analysis practice (transition matrices); buckets as `risk aging`"),
        uncertainty: Text("Data tidak memuat tanggal hapus buku: pinjaman hapus buku tidak dihitung di semua tanggal.", en: "The data has no write-off date: written-off loans are left out at every date."),
        setting: Text("risk.aging-buckets; `--from/--to/--dates`", en: "risk.aging-buckets; `--from/--to/--dates`"),
        values: nil),
      Topic(
        names: Names("risk.vintage"),
        summary: Text("gagal kumulatif per kuartal pencairan", en: "cumulative default by disbursement quarter"),
        formula: Text("per kuartal pencairan: Σ plafon pinjaman yang pernah dpd > N (atau hapus buku) sampai tanggal t / Σ plafon kuartal itu; bulan ke-k dihitung dari akhir kuartal", en: "per disbursement quarter: Σ plafon of loans ever dpd > N (or written off) by date t / Σ plafon of the quarter; month k counted from the quarter's end"),
        inputs: Text("pinjaman.tanggal_cair, plafon, dpd per tanggal", en: "pinjaman.tanggal_cair, plafon, dpd per date"),
        source: Text("Praktik analisis kredit (vintage); N bawaan 90 (≈ PB/PAR90, docs/reference.md §1)", en: "Credit-analysis practice (vintage); default N 90 (≈ PB/PAR90, docs/reference.md §1)"),
        uncertainty: Text("'Pernah' berarti pada salah satu tanggal yang diamati (akhir bulan); tunggakan di antara dua tanggal yang sudah pulih tidak terlihat.", en: "'Ever' means at one of the observed dates (month ends); arrears cured between two dates are not seen."),
        setting: Text("risk.default-dpd (90); `--dpd`", en: "risk.default-dpd (90); `--dpd`"),
        values: nil),
      Topic(
        names: Names("risk.stres", en: "risk.stress"),
        summary: Text("uji tekanan (what-if)", en: "stress test (what-if)"),
        formula: Text(
          "Bagian saldo (atau jumlah pinjaman) dipindah ke kelas yang diminta, dari kelas terbaik dulu; semua angka dihitung ulang. Tambahan beban = max(0, wajib sesudah − tercatat) − max(0, wajib sebelum − tercatat); SHU sesudah = SHU − tambahan beban.",
          en: "A share of outstanding (or of loans) is moved into the class asked for, best class first; every figure is recomputed. Additional expense = max(0, required after − booked) − max(0, required before − booked); SHU after = SHU − additional expense."),
        inputs: Text("semua masukan PAR dan PPAP; neraca shu_tahun_berjalan (atau phu); skor kesehatan lewat plugin kesehatan", en: "all PAR and PPAP inputs; neraca shu_tahun_berjalan (or phu); health score through the health plugin"),
        source: Text("Analisis what-if; tarif PPAP dan aturan kelas seperti di atas", en: "What-if analysis; PPAP rates and class rules as above"),
        uncertainty: Text("Pinjaman yang dipindah dipilih berselang rata menurut urutan baris: hasil PPAP bergantung pada agunan pinjaman yang terpilih.", en: "Moved loans are chosen evenly spaced in row order: the allowance depends on the collateral of the loans chosen."),
        setting: nil,
        values: nil),
    ]
  }
}
