import Testing
@testable import AwasLanguage
