import Testing
@testable import AwasExamplePlugin
