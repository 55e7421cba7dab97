//! `shanfang-check`: the command-line validator ([`cli`]) and its HTTP
//! service ([`serve`]), over shanfang-core.

mod cli;
mod serve;

/// The JSON Schemas the CLI prints (`--schema`) and the service serves
/// (`/v1/schema`, `/v1/schema/canonical`): the committed files, which
/// `cargo xtask generate` writes from the model and `cargo xtask check`
/// holds to it.
mod schema {
    pub const FILING: &str = include_str!("../../../schema/filing-v1.schema.json");
    pub const CANONICAL: &str = include_str!("../../../schema/filing-v1.canonical.schema.json");
}

fn main() -> std::process::ExitCode {
    cli::main()
}

/// A report is many small strings (paths, messages): mimalloc allocates
/// them faster than the system allocator (see Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
