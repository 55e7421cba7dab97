//! The native benchmark's breakdown (bench/bench.js, part 6): how many
//! filings per second each stage of `shanfang-check --format json --jsonl`
//! allows on its own, over the same JSONL file, on one core.
//!
//! ```text
//! cargo run --release --example native_stages -- bench/build/100k.jsonl
//! ```
//!
//! Stages, each including the ones before it, over the lines already in
//! memory:
//! 1. `json`: serde_json parsing each line and keeping nothing
//!    (`IgnoredAny`), the floor for any JSON reader built on serde_json;
//! 2. `read`: reading each line into the filing model (`read_str`);
//! 3. `validate`: reading and validating (`validate_str`);
//! 4. `report`: that, and the report written as JSON into memory.
//!
//! Prints one JSON object: filings, bytes, and for each stage its seconds
//! (best of three) and filings per second.

use std::io::{BufRead, BufReader};
use std::time::Instant;

use shanfang_core::report::Options;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: native_stages FILE.jsonl");
        std::process::exit(2);
    };
    let lines = match read_lines(&path) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("native_stages: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    let options = Options::default();
    // The clock as the CLI reads it (`shanfang_core::today`, native only:
    // this example also builds, unused, for wasm32).
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let today = shanfang_core::china_date(secs);
    let mut sink = Vec::with_capacity(1 << 20);

    let stages: [Stage; 4] = [
        ("json", &mut |l: &str| usize::from(serde_json::from_str::<serde::de::IgnoredAny>(l).is_ok())),
        ("read", &mut |l: &str| usize::from(shanfang_core::read_str(l).is_ok())),
        ("validate", &mut |l: &str| shanfang_core::validate_str(l, &options, today).map_or(0, |r| r.findings.len())),
        ("report", &mut |l: &str| {
            sink.clear();
            if let Ok(r) = shanfang_core::validate_str(l, &options, today) {
                let _ = serde_json::to_writer(&mut sink, &r);
            }
            sink.len()
        }),
    ];
    let mut out = Vec::new();
    for (name, stage) in stages {
        let mut best = f64::INFINITY;
        let mut check = 0usize;
        for _ in 0..3 {
            let t = Instant::now();
            check = 0;
            for l in &lines {
                check = check.wrapping_add(stage(l));
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        out.push(format!(
            "\"{name}\": {{\"seconds\": {best:.3}, \"filingsPerSec\": {}, \"check\": {check}}}",
            (lines.len() as f64 / best).round()
        ));
    }
    println!("{{\"filings\": {}, \"bytes\": {bytes}, \"stages\": {{{}}}}}", lines.len(), out.join(", "));
}

/// A stage: its name, and the work on one line (returning something that
/// depends on the work, so it cannot be optimised away).
type Stage<'a> = (&'static str, &'a mut dyn FnMut(&str) -> usize);

/// The file's non-blank lines, read once (the stages time only the work on them).
fn read_lines(path: &str) -> std::io::Result<Vec<String>> {
    let mut lines = Vec::new();
    for line in BufReader::new(std::fs::File::open(path)?).lines() {
        let line = line?;
        if !line.trim().is_empty() {
            lines.push(line);
        }
    }
    Ok(lines)
}
