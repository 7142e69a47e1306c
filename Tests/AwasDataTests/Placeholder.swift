import Testing
@testable import AwasData
