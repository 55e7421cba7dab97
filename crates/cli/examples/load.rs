//! The load generator of the service's benchmark (bench/bench.js, part
//! `server`): keep-alive HTTP/1.1 connections on loopback, each posting one
//! filing to `POST /v1/validate` again and again, every answer checked.
//!
//! ```text
//! load ADDR BODY_FILE CONNECTIONS SECONDS [RATE]
//! ```
//!
//! Without RATE, closed loop: each connection sends its next request when
//! the last is answered (the most the service can do). With RATE (requests
//! per second, over all connections), open loop: requests are due on a
//! fixed schedule and each latency runs from when its request was due, so
//! a stall counts for every request it held up (no coordinated omission).
//! Prints one JSON object: requests, seconds, rps, p50/p90/p99/max in ms,
//! errors (a status other than 200, or a body other than the first one).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 4 {
        eprintln!("usage: load ADDR BODY_FILE CONNECTIONS SECONDS [RATE]");
        std::process::exit(2);
    }
    let addr = args[0].clone();
    let body = std::fs::read(&args[1]).expect("the body file");
    let connections: usize = args[2].parse().expect("CONNECTIONS");
    let seconds: f64 = args[3].parse().expect("SECONDS");
    let rate: Option<f64> = args.get(4).map(|r| r.parse().expect("RATE"));
    let mut request = format!(
        "POST /v1/validate HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(&body);

    let start = Instant::now() + Duration::from_millis(50);
    let end = start + Duration::from_secs_f64(seconds);
    let threads: Vec<_> = (0..connections)
        .map(|c| {
            let (addr, request) = (addr.clone(), request.clone());
            // Each connection's share of the rate, its schedule offset so
            // that the connections do not all send at once.
            let interval = rate.map(|r| Duration::from_secs_f64(connections as f64 / r));
            let offset = interval.map(|i| i.mul_f64(c as f64 / connections as f64)).unwrap_or_default();
            std::thread::spawn(move || connection(&addr, &request, start + offset, end, interval))
        })
        .collect();
    let mut latencies = Vec::new();
    let mut errors = 0u64;
    let mut first: Option<Vec<u8>> = None;
    for t in threads {
        let (lat, errs, body) = t.join().expect("a connection thread");
        latencies.extend(lat);
        errors += errs;
        if let (Some(b), None) = (body, &first) {
            first = Some(b);
        }
    }
    let elapsed = seconds;
    latencies.sort_by(|a, b| a.total_cmp(b));
    let p = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0.0)
    };
    println!(
        "{{\"requests\":{},\"seconds\":{elapsed},\"rps\":{:.0},\"p50\":{:.3},\"p90\":{:.3},\"p99\":{:.3},\"max\":{:.3},\"errors\":{errors},\"connections\":{connections},\"rate\":{}}}",
        latencies.len(),
        latencies.len() as f64 / elapsed,
        p(0.5),
        p(0.9),
        p(0.99),
        latencies.last().copied().unwrap_or(0.0),
        rate.map_or("null".to_owned(), |r| format!("{r}")),
    );
}

/// One keep-alive connection until `end`: the latencies in ms, the errors,
/// and the first answer's body (all answers must equal it: checked by the
/// caller across connections through `errors` here, per connection).
fn connection(
    addr: &str,
    request: &[u8],
    first_due: Instant,
    end: Instant,
    interval: Option<Duration>,
) -> (Vec<f64>, u64, Option<Vec<u8>>) {
    let stream = TcpStream::connect(addr).expect("connect");
    stream.set_nodelay(true).ok();
    let mut writer = stream.try_clone().expect("clone");
    let mut reader = BufReader::with_capacity(64 * 1024, stream);
    let mut latencies = Vec::with_capacity(200_000);
    let mut errors = 0;
    let mut expected: Option<Vec<u8>> = None;
    let mut due = first_due;
    let mut line = String::new();
    let mut body = Vec::new();
    loop {
        let now = Instant::now();
        if now < due {
            std::thread::sleep(due - now);
        }
        let sent = if interval.is_some() { due } else { Instant::now() };
        if sent >= end {
            break;
        }
        if writer.write_all(request).is_err() {
            errors += 1;
            break;
        }
        // Status line, headers, then Content-Length bytes of body.
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            errors += 1;
            break;
        }
        let ok = line.starts_with("HTTP/1.1 200");
        let mut length = 0usize;
        loop {
            line.clear();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            if line == "\r\n" {
                break;
            }
            if let Some(v) = line.strip_prefix("content-length:").or_else(|| line.strip_prefix("Content-Length:")) {
                length = v.trim().parse().unwrap_or(0);
            }
        }
        body.resize(length, 0);
        if reader.read_exact(&mut body).is_err() {
            errors += 1;
            break;
        }
        latencies.push(sent.elapsed().as_secs_f64() * 1000.0);
        match &expected {
            None => expected = Some(body.clone()),
            Some(e) if *e != body => errors += 1,
            _ => {}
        }
        if !ok {
            errors += 1;
        }
        due = match interval {
            Some(i) => due + i,
            None => Instant::now(),
        };
    }
    (latencies, errors, expected)
}
