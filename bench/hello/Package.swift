// swift-tools-version:6.1
// A Swift hello-world, built exactly as citydash is installed (`swift build -c release
// --static-swift-stdlib`), as the floor of a Swift program's cold start (bench/targets.sh).
import PackageDescription

let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])
