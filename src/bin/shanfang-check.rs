//! `shanfang-check`: the command-line validator (see `src/cli.rs`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    shanfang::cli::main()
}

/// The CLI is native only; this keeps `cargo test --target wasm32-unknown-unknown` building.
#[cfg(target_arch = "wasm32")]
fn main() {}
/// A report is many small strings (paths, messages): mimalloc allocates
/// them faster than the system allocator (see Cargo.toml).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
