import Testing
@testable import AwasPluginKit
