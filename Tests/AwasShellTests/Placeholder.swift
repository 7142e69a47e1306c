import Testing
@testable import AwasShell
