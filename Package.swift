// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "openkyc",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "openkyc", targets: ["openkyc"]),
        .library(name: "KYCCore", targets: ["KYCCore"]),
        .library(name: "KYCServer", targets: ["KYCServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        // Pure domain: no Vapor, no Fluent.
        .target(
            name: "KYCCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // dlib, OpenCV and Tesseract behind a plain C header (no Swift C++ interop).
        .target(
            name: "CKYCVision",
            exclude: ["sysinc"],
            cxxSettings: [.headerSearchPath("sysinc")],
            linkerSettings: [
                .linkedLibrary("dlib"), .linkedLibrary("blas"), .linkedLibrary("lapack"), .linkedLibrary("tesseract"), .linkedLibrary("lept"),
                .linkedLibrary("opencv_core"), .linkedLibrary("opencv_imgproc"), .linkedLibrary("opencv_imgcodecs"),
                .linkedLibrary("opencv_features2d"), .linkedLibrary("opencv_calib3d"), .linkedLibrary("opencv_videoio"),
            ]
        ),
        // Swift API over the C bridge: decoding, quality, faces.
        .target(
            name: "KYCVision",
            dependencies: ["CKYCVision", "KYCCore"]
        ),
        // The only target that imports Vapor and Fluent.
        .target(
            name: "KYCServer",
            dependencies: [
                "KYCCore",
                "KYCVision",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            resources: [.copy("Resources/Public"), .copy("Resources/openapi.json")]
        ),
        .executableTarget(
            name: "openkyc",
            dependencies: [
                "KYCServer",
                "KYCCore",
                "KYCVision",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "KYCCoreTests", dependencies: ["KYCCore"]),
        .testTarget(name: "KYCVisionTests", dependencies: ["KYCVision", "KYCCore"]),
        .testTarget(
            name: "KYCServerTests",
            dependencies: [
                "KYCServer",
                "KYCCore",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
