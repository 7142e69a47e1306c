/// Name pools for the demo's members and staff: Malay, Javanese and Mandailing
/// Muslim names and Toba Batak Christian names, as in Kabupaten Batu Bara.
enum DemoNames {
  /// A family's naming tradition.
  enum Tradition: UInt8 {
    /// Malay or Javanese Muslim names, no family name (`Siti Aminah`).
    case malay = 0
    /// Mandailing Muslim names with a marga (`Ahmad Fauzi Nasution`).
    case mandailing = 1
    /// Toba Batak Christian names with a marga (`Robert Sinaga`, `Romauli br. Sinaga`).
    case batak = 2
  }

  static let muslimMale: [String] = [
    "Ahmad", "Abdul Rahman", "Rizki", "Andi", "Budi", "Agus", "Hendra", "Joko", "Bambang",
    "Sutrisno", "Suparman", "Dedi", "Rudi", "Yusuf", "Ilham", "Fajar", "Hasan", "Husin",
    "Ismail", "Ibrahim", "Zulkifli", "Syahrul", "Irwan", "Darmawan", "Ridwan", "Hamdan",
    "Taufik", "Arif", "Fauzi", "Hadi", "Eko", "Teguh", "Wahyu", "Rahmat", "Syamsul", "Azhar",
    "Khairul", "Mahmud", "Nasrun", "Ramli", "Safrizal", "Amiruddin", "Zainal", "Jamaluddin",
    "Nurdin", "Saiful", "Sofyan", "Firman", "Hermansyah", "Iskandar", "Junaidi", "Kamaruddin",
    "Lukman", "Marzuki", "Mukhlis", "Nazaruddin", "Rasyid", "Salim", "Sulaiman", "Syafii",
    "Usman", "Yahya", "Zakaria", "Rusli", "Samsuddin", "Hasbullah", "Abdullah", "Anwar",
    "Bahrum", "Darwis", "Efendi", "Faisal", "Gunawan", "Haris", "Indra", "Jefri", "Kurnia",
    "Mulyadi", "Nasir", "Rizal", "Supriadi", "Wagiman", "Yudi", "Erwin", "Heri", "Imran",
    "Kasim", "Maulana", "Paimin", "Ruslan", "Slamet", "Tukiman",
  ]
  static let christianMale: [String] = [
    "Robert", "Jhonson", "Martin", "Benny", "Parlindungan", "Togar", "Hotman", "Maruli", "Saut",
    "Tumpal", "Poltak", "Sahat", "Bonar", "Darwin", "Edison", "Frans", "Hendrik", "Jansen",
    "Lamhot", "Marojahan", "Oloan", "Pangihutan", "Rudolf", "Sabar", "Tigor", "Gomgom",
    "Horas", "Manahan", "Binsar", "Dapot",
  ]
  static let muslimFemale: [String] = [
    "Aminah", "Aisyah", "Fatimah", "Khadijah", "Maryam", "Zainab", "Rohani", "Rosmawati",
    "Juliana", "Nurmala", "Erni", "Evi", "Lestari", "Mariani", "Sumiati", "Suryani", "Hartati",
    "Yusnita", "Rosnita", "Asmah", "Halimah", "Salmah", "Rukiah", "Dewi", "Rina", "Ani",
    "Yanti", "Fitri", "Rahmawati", "Nurhayati", "Sri Wahyuni", "Sri Rahayu", "Murni",
    "Nuraini", "Ratna", "Susanti", "Wulandari", "Yuliani", "Zubaidah", "Hasanah", "Jamilah",
    "Kartini", "Laila", "Maimunah", "Nurlela", "Nursiah", "Rahmah", "Safitri", "Syarifah",
    "Ernawati", "Herlina", "Indah", "Jumiati", "Kasmawati", "Linda", "Nining", "Purnama",
    "Rosdiana", "Sartika", "Darmawati", "Elvi", "Farida", "Gusnita", "Habibah", "Idawati",
  ]
  static let christianFemale: [String] = [
    "Romauli", "Tiurma", "Lamria", "Dameria", "Masniari", "Rosmaida", "Butet", "Hotmaida",
    "Lasma", "Tiurlan", "Mona", "Roslina", "Rotua", "Sondang", "Hana", "Debora", "Ester",
    "Marta", "Ruth", "Nurcahaya", "Riama", "Tetty",
  ]
  static let maleSecond: [String] = [
    "Putra", "Saputra", "Hidayat", "Ramadhan", "Kurniawan", "Pratama", "Hakim", "Fadillah",
    "Rahman", "Syahputra", "Siddik", "Aziz", "Nugroho", "Santoso", "Wijaya",
  ]
  static let femaleSecond: [String] = [
    "Sari", "Wahyuni", "Lestari", "Handayani", "Rahayu", "Utami", "Purnamasari", "Anggraini",
    "Permata", "Puspita", "Novita", "Fitriani",
  ]
  static let mandailingMarga: [String] = [
    "Nasution", "Lubis", "Harahap", "Hasibuan", "Daulay", "Rangkuti", "Batubara", "Pulungan",
    "Ritonga", "Pohan", "Matondang", "Siregar", "Tanjung", "Dalimunthe", "Parinduri",
  ]
  static let batakMarga: [String] = [
    "Simanjuntak", "Sitorus", "Pardede", "Hutagalung", "Sinaga", "Manurung", "Tambunan",
    "Damanik", "Saragih", "Purba", "Sembiring", "Ginting", "Tarigan", "Panjaitan", "Pasaribu",
    "Situmorang", "Sihombing", "Marpaung", "Hutapea", "Silalahi", "Napitupulu", "Simatupang",
  ]
  /// How `Muhammad` is spelled as a first word (variant 1…5).
  static let muhammad: [String] = ["Muhammad", "Muhamad", "Mohammad", "M.", "Moh."]

  /// The first-name pool for a gender and tradition.
  static func firstNames(female: Bool, _ t: Tradition) -> [String] {
    switch (female, t) {
    case (false, .batak): return christianMale
    case (true, .batak): return christianFemale
    case (false, _): return muslimMale
    case (true, _): return muslimFemale
    }
  }

  static func margas(_ t: Tradition) -> [String] {
    t == .batak ? batakMarga : mandailingMarga
  }

  /// Lower-case letters only: the form names are compared in.
  static func normalized(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    for b in s.utf8 {
      if b >= 65 && b <= 90 { out.append(b + 32) } else if b >= 97 && b <= 122 { out.append(b) }
    }
    return out
  }
}

/// The demo cooperative's region: Kabupaten Batu Bara (province code 12,
/// regency code 19), its original seven kecamatan and a few desa in each.
/// Desa names are plausible, not an official register.
enum DemoPlaces {
  static let regencyCode = "1219"
  static let wilayah = "Kabupaten Batu Bara"
  /// (kecamatan code, name, desa).
  static let kecamatan: [(code: String, name: String, desa: [String])] = [
    ("01", "Medang Deras", ["Pangkalan Dodek", "Sei Buah Keras", "Medang", "Pakam", "Durian"]),
    ("02", "Sei Suka", ["Kuala Tanjung", "Pematang Kuala", "Sei Suka Deras", "Tanjung Gading", "Simodong"]),
    ("03", "Air Putih", ["Indrapura", "Pasar Lapan", "Tanah Merah", "Aras", "Tanah Tinggi"]),
    ("04", "Lima Puluh", ["Lima Puluh Kota", "Pematang Panjang", "Simpang Dolok", "Pasar Lima Puluh", "Perupuk"]),
    ("05", "Talawi", ["Labuhan Ruku", "Dahari Selebar", "Mesjid Lama", "Pahang", "Sumber Padi"]),
    ("06", "Tanjung Tiram", ["Bagan Arya", "Bogak", "Sukamaju", "Bandar Rahmat", "Suka Jaya"]),
    ("07", "Sei Balai", ["Sei Balai", "Kwala Gunung", "Mekar Mulio", "Benteng", "Sipare-Pare"]),
  ]

  /// All desa, flattened: index → (kecamatan index, name).
  static let desa: [(kecamatan: Int, name: String)] = kecamatan.enumerated().flatMap { k, kec in
    kec.desa.map { (kecamatan: k, name: $0) }
  }
}
