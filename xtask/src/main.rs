//! `cargo xtask generate`: writes every file made from the model (see
//! [`xtask::FILES`]). `cargo xtask check`: writes nothing, and fails naming
//! each file that is out of date.

use std::process::ExitCode;

fn main() -> ExitCode {
    match std::env::args().nth(1).as_deref() {
        Some("generate") => {
            for (path, make) in xtask::FILES {
                let full = xtask::root().join(path);
                if let Err(e) = std::fs::write(&full, make()) {
                    eprintln!("xtask: cannot write {}: {e}", full.display());
                    return ExitCode::FAILURE;
                }
                println!("wrote {path}");
            }
            ExitCode::SUCCESS
        }
        Some("check") => {
            let stale = xtask::stale();
            for line in &stale {
                eprintln!("xtask: {line}");
            }
            if stale.is_empty() {
                println!("xtask: {} generated files are up to date", xtask::FILES.len());
                ExitCode::SUCCESS
            } else {
                eprintln!("xtask: run `cargo xtask generate` and commit the files");
                ExitCode::FAILURE
            }
        }
        _ => {
            eprintln!("usage: cargo xtask generate | check");
            ExitCode::from(2)
        }
    }
}
