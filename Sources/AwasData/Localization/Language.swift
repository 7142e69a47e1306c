/// The language of everything a user reads: Bahasa Indonesia by default, English with `--lang en`.
public enum Language: String, Sendable, CaseIterable, Codable {
  case id, en
}

/// A piece of user-facing text in both languages.
///
/// Every label, help line and message a user sees is declared as a `Text`, so
/// the English interface is complete by construction.
public struct Text: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
  /// Bahasa Indonesia.
  public var id: String
  /// English.
  public var en: String

  public init(_ id: String, en: String) {
    self.id = id
    self.en = en
  }

  /// Text that reads the same in both languages (names, numbers, codes).
  public init(stringLiteral value: String) {
    self.id = value
    self.en = value
  }

  public func callAsFunction(_ language: Language) -> String {
    language == .en ? en : id
  }

  /// Substitutes `{0}`, `{1}`… in both languages.
  public func format(_ args: CustomStringConvertible...) -> Text {
    var a = id, b = en
    for (i, arg) in args.enumerated() {
      a = a.replacing("{\(i)}", with: arg.description)
      b = b.replacing("{\(i)}", with: arg.description)
    }
    return Text(a, en: b)
  }
}

