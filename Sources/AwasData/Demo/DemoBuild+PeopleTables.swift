/// anggota.csv, pengurus.csv, simpanan.csv and rat.csv.
extension DemoBuild {
  func writeAnggota(_ files: DemoFiles) throws {
    try files.write(
      "anggota",
      ["no_anggota", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_masuk", "tanggal_keluar", "status", "telepon", "desa"]
    ) { w in
      for i in members.indices {
        let m = members[i]
        w.text(memberNumber(i))
        w.text(displayName(i))
        w.text(nik(i))
        w.text(noKK(i))
        w.text(m.female ? "P" : "L")
        w.date(m.joined)
        if m.left == .max { w.null() } else { w.date(m.left) }
        w.text(m.left == .max ? "aktif" : "keluar")
        w.text(phone(i))
        w.text(DemoPlaces.desa[Int(families[Int(m.family)].desa)].name)
        w.endRow()
      }
    }
  }

  func writePengurus(_ files: DemoFiles) throws {
    try files.write(
      "pengurus",
      ["nama", "no_anggota", "nik", "no_kk", "organ", "jabatan", "mulai", "selesai", "sertifikat", "sertifikat_berlaku_sampai"]
    ) { w in
      for t in terms {
        w.text(t.name)
        w.text(t.member.map { memberNumber(Int($0)) })
        w.text(t.nik)
        w.text(t.noKK)
        w.text(t.organ)
        w.text(t.jabatan)
        w.day(t.start)
        if let e = t.end { w.day(e) } else { w.null() }
        w.text(t.certificate)
        if let c = t.certificateValidUntil { w.day(c) } else { w.null() }
        w.endRow()
      }
    }
  }

  func writeSimpanan(_ files: DemoFiles) throws {
    let end = asOf.serial
    try files.write("simpanan", ["no_anggota", "jenis", "saldo"]) { w in
      for m in members.indices where isMember(m, at: end) {
        let number = memberNumber(m)
        let v = voluntarySavings(m)
        let rows: [(String, Int64)] = [
          ("pokok", Self.simpananPokok), ("wajib", wajib(m, at: end)), ("sukarela", v.sukarela),
          ("berjangka", v.berjangka),
        ]
        for (jenis, saldo) in rows where saldo > 0 {
          w.text(number)
          w.text(jenis)
          w.rupiah(saldo)
          w.endRow()
        }
      }
    }
  }

  /// The RATs of book years 2020…2024, with reports finished 5 to 8 weeks before.
  func writeRAT(_ files: DemoFiles) throws {
    var r = stream("rat")
    try files.write(
      "rat",
      ["tahun_buku", "tanggal_rat", "hadir", "jumlah_anggota", "laporan_disahkan", "tanggal_laporan_selesai", "akuntan_publik", "opini"]
    ) { w in
      for year in (bookYear - 5)...(bookYear - 1) {
        let yearEnd = day(year, 12, 31)
        let count = members.indices.reduce(0) { $0 + (isMember($1, at: yearEnd) ? 1 : 0) }
        let date = ratDate(year)
        w.int(Int64(year))
        w.day(date)
        w.int(Int64(count * r.int(55...75) / 100))
        w.int(Int64(count))
        w.text("ya")
        w.date(calendar.onOrBefore(date.serial - Int32(r.int(35...56))))
        w.text("ya")
        w.text("wajar tanpa pengecualian")
        w.endRow()
      }
    }
  }
}
