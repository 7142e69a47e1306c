// A plugin imports AwasPluginKit only; the dataset types come with it.
@_exported import AwasData
@_exported import Foundation
