//! Runs the built `shanfang-check` on examples/valid-filing.json and on
//! modified copies of it: the project's acceptance, exit statuses, formats
//! and options. Native only: the CLI is not in the wasm build.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_shanfang-check");
const VALID: &str = include_str!("../../../examples/valid-filing.json");

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/valid-filing.json")
}

/// The valid example as a value, to change.
fn valid() -> Value {
    serde_json::from_str(VALID).unwrap()
}

/// A temp file with a unique name, removed when dropped.
struct Temp(PathBuf);

impl Temp {
    fn new(tag: &str, contents: &str) -> Temp {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("shanfang-cli-{}-{n}-{tag}", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        Temp(path)
    }

    fn json(tag: &str, v: &Value) -> Temp {
        Temp::new(&format!("{tag}.json"), &serde_json::to_string(v).unwrap())
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn run_stdin(args: &[&str], input: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.as_ref().to_vec();
    // Written from another thread so that a large output cannot deadlock.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// The CLI with all three standard streams piped, `wrap` (e.g. `prlimit`) before it if given.
fn spawn_piped(wrap: &[&str], args: &[&str]) -> std::process::Child {
    let (program, before) = match wrap.split_first() {
        Some((p, rest)) => (*p, rest.to_vec()),
        None => (BIN, Vec::new()),
    };
    let mut command = Command::new(program);
    command.args(before);
    if !wrap.is_empty() {
        command.arg(BIN);
    }
    command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited, not killed by a signal")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// The JSON reports on stdout, one a line.
fn reports(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line: {e}: {l}")))
        .collect()
}

/// Runs `--format json` on the valid example with `change` applied; returns
/// the exit status and the one report.
fn check_changed(extra: &[&str], change: impl FnOnce(&mut Value)) -> (i32, Value) {
    let mut v = valid();
    change(&mut v);
    let file = Temp::json("changed", &v);
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    args.push(file.path());
    let out = run(&args);
    let mut reps = reports(&out);
    assert_eq!(reps.len(), 1, "stdout: {} stderr: {}", stdout(&out), stderr(&out));
    (code(&out), reps.remove(0))
}

/// Asserts the report has exactly one finding, with this clause, level and field.
fn assert_one_finding(report: &Value, clause: &str, level: &str, field: &str) {
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report}");
    let f = &findings[0];
    assert_eq!(f["clause"], clause, "{report}");
    assert_eq!(f["level"], level, "{report}");
    assert_eq!(f["field"], field, "{report}");
}

// --- the acceptance ------------------------------------------------------

#[test]
fn valid_example_is_submittable_with_no_finding() {
    let out = run(&["--format", "json", example().to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let reps = reports(&out);
    assert_eq!(reps.len(), 1);
    assert_eq!(reps[0]["findings"], Value::Array(vec![]));
    assert_eq!(reps[0]["submittable"], true);
    assert_eq!(reps[0]["standard"], "DB3311/T 244—2023");
}

#[test]
fn no_fire_extinguisher_is_an_error_of_6_5() {
    let (status, report) = check_changed(&[], |v| v["site"]["fire_extinguishers"] = 0.into());
    assert_one_finding(&report, "6.5", "error", "site.fire_extinguishers");
    assert_eq!(report["submittable"], false);
    assert_eq!(status, 1);
}

#[test]
fn nine_workstations_is_a_warning_of_7_1_3_that_does_not_block() {
    let (status, report) = check_changed(&[], |v| v["processing"]["workstations"] = 9.into());
    assert_one_finding(&report, "7.1.3", "warning", "processing.workstations");
    assert_eq!(report["submittable"], true);
    assert_eq!(status, 0);
}

#[test]
fn no_benefit_model_is_an_error_of_8_3() {
    let (status, report) = check_changed(&[], |v| v["operations"]["benefit_models"] = Value::Array(vec![]));
    assert_one_finding(&report, "8.3", "error", "operations.benefit_models");
    assert_eq!(status, 1);
}

// --- options ---------------------------------------------------------------

#[test]
fn promote_makes_the_7_1_3_warning_an_error() {
    let (status, report) = check_changed(&["--promote", "7.1.3"], |v| v["processing"]["workstations"] = 9.into());
    assert_one_finding(&report, "7.1.3", "error", "processing.workstations");
    assert_eq!(status, 1);
    let (status, report) = check_changed(&["--promote=all"], |v| v["processing"]["workstations"] = 9.into());
    assert_one_finding(&report, "7.1.3", "error", "processing.workstations");
    assert_eq!(status, 1);
    // Promoting another clause leaves 7.1.3 a warning.
    let (status, report) = check_changed(&["--promote", "9.3,6.1"], |v| v["processing"]["workstations"] = 9.into());
    assert_one_finding(&report, "7.1.3", "warning", "processing.workstations");
    assert_eq!(status, 0);
}

#[test]
fn promote_of_an_unknown_clause_is_a_usage_error() {
    let out = run(&["--promote", "9.9", example().to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("9.9"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn other_usage_errors_exit_2() {
    let ex = example();
    let ex = ex.to_str().unwrap();
    for args in [&["--lang", "fr", ex][..], &["--format", "xml", ex], &["--bogus", ex], &["--lang"], &[]] {
        let out = run(args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(!stderr(&out).is_empty(), "{args:?}");
    }
}

#[test]
fn english_messages_name_the_clause() {
    let (_, report) = check_changed(&["--lang", "en"], |v| v["site"]["fire_extinguishers"] = 0.into());
    let msg = report["findings"][0]["message"].as_str().unwrap();
    assert!(msg.contains("clause 6.5"), "{msg}");
    let (_, report) = check_changed(&["--lang=zh"], |v| v["site"]["fire_extinguishers"] = 0.into());
    let msg = report["findings"][0]["message"].as_str().unwrap();
    assert!(msg.contains("第6.5条"), "{msg}");
}

// --- formats and inputs ----------------------------------------------------

#[test]
fn text_format_names_the_clause_field_and_verdict() {
    let mut v = valid();
    v["site"]["fire_extinguishers"] = 0.into();
    let file = Temp::json("text", &v);
    let out = run(&[file.path()]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(text.contains(file.path()), "{text}");
    assert!(text.contains("第6.5条"), "{text}");
    assert!(text.contains("site.fire_extinguishers"), "{text}");
    assert!(text.contains("不可提交"), "{text}");

    let out = run(&["--lang", "en", file.path()]);
    let text = stdout(&out);
    assert!(text.contains("clause 6.5") && text.contains("not submittable"), "{text}");

    let out = run(&[example().to_str().unwrap()]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("可以提交"), "{}", stdout(&out));
}

#[test]
fn text_format_lists_errors_before_warnings() {
    let mut v = valid();
    v["processing"]["workstations"] = 9.into();
    v["site"]["fire_extinguishers"] = 0.into();
    v["site"]["tidy"] = "maybe".into();
    let out = run_stdin(&["--lang", "en", "-"], v.to_string());
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    let pos = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} missing in {text}"));
    assert!(pos("clause 6.5") < pos("clause 7.1.3"), "{text}");
    assert!(pos("data format site.tidy") < pos("clause 7.1.3"), "{text}");
    assert!(text.contains("2 errors, 1 warning"), "{text}");
}

#[test]
fn jsonl_gives_one_report_a_line_in_order() {
    let mut a = valid();
    a["site"]["fire_extinguishers"] = 0.into();
    let b = valid();
    let mut c = valid();
    c["processing"]["workstations"] = 9.into();
    // Blank lines and CRLF endings are allowed.
    let input = format!("{a}\n\n{b}\r\n   \n{c}\n");
    let out = run_stdin(&["--jsonl", "--format", "json", "-"], &input);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let reps = reports(&out);
    assert_eq!(reps.len(), 3);
    assert_eq!(reps[0]["findings"][0]["clause"], "6.5");
    assert_eq!(reps[1]["findings"], Value::Array(vec![]));
    assert_eq!(reps[2]["findings"][0]["clause"], "7.1.3");

    // The text format names the line of each filing.
    let file = Temp::new("lines.jsonl", &input);
    let out = run(&["--jsonl", file.path()]);
    let text = stdout(&out);
    assert!(text.contains(&format!("{}:1", file.path())), "{text}");
    assert!(text.contains(&format!("{}:5", file.path())), "{text}");
}

#[test]
fn jsonl_reports_a_bad_line_by_number_and_goes_on() {
    let v = valid();
    let file = Temp::new("bad.jsonl", &format!("{v}\nnot json\n[1,2]\n{v}\n"));
    let out = run(&["--jsonl", "--format", "json", file.path()]);
    assert_eq!(code(&out), 2);
    // One record a line, in order: the lines that cannot be read say so in their place.
    let records = reports(&out);
    assert_eq!(records.len(), 4);
    assert_eq!(records.iter().map(|r| r["line"].as_u64().unwrap()).collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert!(records[1]["error"].as_str().unwrap().contains("not valid JSON"), "{}", records[1]);
    assert!(records[2]["error"].as_str().unwrap().contains("array"), "{}", records[2]);
    assert_eq!(records[3]["submittable"], true);
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:2:", file.path())), "{err}");
    assert!(err.contains(&format!("{}:3:", file.path())), "{err}");
}

#[test]
fn not_json_exits_2_and_names_the_file() {
    let file = Temp::new("garbage.json", "this is { not json");
    let out = run(&["--format", "json", file.path()]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains(file.path()), "{err}");
    assert!(err.contains("line 1 column"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_top_level_array_exits_2() {
    let out = run_stdin(&["-"], format!("[{VALID}]"));
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("array"), "{}", stderr(&out));
}

#[test]
fn a_missing_file_exits_2() {
    let out = run(&["/nonexistent/shanfang/filing.json"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("/nonexistent/shanfang/filing.json"));
}

#[test]
fn a_bad_input_does_not_stop_the_others() {
    let bad = Temp::new("bad.json", "{");
    let mut v = valid();
    v["site"]["fire_extinguishers"] = 0.into();
    let err = Temp::json("error", &v);
    let ex = example();
    let out = run(&["--format", "json", bad.path(), ex.to_str().unwrap(), err.path()]);
    assert_eq!(code(&out), 2);
    let reps = reports(&out);
    assert_eq!(reps.len(), 2);
    assert_eq!(reps[0]["submittable"], true);
    assert_eq!(reps[1]["submittable"], false);
    assert!(stderr(&out).contains(bad.path()));
}

#[test]
fn odd_inputs_never_crash() {
    for input in [
        "",
        "null",
        "1",
        "\"x\"",
        "{\"site\":5}",
        "{\"party\":{\"stewards\":[1,null,{}]}}",
        "\u{feff}{}",
        "{\"modes\":[\"processing\",7]}",
    ] {
        for jsonl in [false, true] {
            let mut args = vec!["--format", "json", "--promote", "all"];
            if jsonl {
                args.push("--jsonl");
            }
            args.push("-");
            let out = run_stdin(&args, input);
            let c = code(&out);
            assert!(c == 0 || c == 1 || c == 2, "{input:?}: {c}");
            assert!(!stderr(&out).contains("panicked"), "{input:?}: {}", stderr(&out));
        }
    }
    // Not UTF-8: the whole input, or one line of JSONL (the others still run).
    let out = run_stdin(&["-"], b"{\"workshop\":{\"name\":\"\xff\"}}");
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("UTF-8"), "{}", stderr(&out));
    let mut input = b"{\"a\":\"\xc3\"}\n".to_vec();
    input.extend_from_slice(VALID.replace('\n', " ").as_bytes());
    let out = run_stdin(&["--jsonl", "--format", "json", "-"], input);
    assert_eq!(code(&out), 2);
    let records = reports(&out);
    assert_eq!(records.len(), 2);
    assert!(records[0]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(records[1]["line"], 2);
    assert!(stderr(&out).contains("<stdin>:1:"), "{}", stderr(&out));
}

// --- catalogue, schema, help ---------------------------------------------------

#[test]
fn rules_json_lists_every_clause_of_chapters_4_to_9() {
    let out = run(&["--rules", "--format", "json"]);
    assert_eq!(code(&out), 0);
    let rules: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let clauses: Vec<&str> = rules.as_array().unwrap().iter().map(|r| r["clause"].as_str().unwrap()).collect();
    let mut want: Vec<String> = Vec::new();
    want.extend((1..=5).map(|i| format!("4.{i}")));
    want.extend((1..=3).map(|i| format!("5.1.{i}")));
    want.extend((1..=4).map(|i| format!("5.2.{i}")));
    want.extend((1..=5).map(|i| format!("6.{i}")));
    want.push("7".into());
    for m in 1..=7 {
        want.extend((1..=3).map(|i| format!("7.{m}.{i}")));
    }
    want.extend(["7.8".into(), "7.9".into()]);
    want.extend((1..=7).map(|i| format!("8.{i}")));
    want.extend((1..=3).map(|i| format!("9.{i}")));
    assert_eq!(want.len(), 51);
    for c in &want {
        assert!(clauses.contains(&c.as_str()), "clause {c} missing from --rules: {clauses:?}");
    }
    for c in ["4.1", "6.5", "7.1.3", "8.3", "9.3"] {
        assert!(clauses.contains(&c));
    }
    // Each entry carries level, title and, when not checkable, the reason.
    for r in rules.as_array().unwrap() {
        assert!(r["title"].is_string(), "{r}");
        if r["checkable"] == false {
            assert!(r["reason"].is_string(), "{r}");
        }
    }
}

#[test]
fn rules_text_is_a_table() {
    let out = run(&["--rules"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.contains("6.5") && text.contains("消防器材"), "{text}");
    assert!(text.contains("不可检查"), "{text}");
    let out = run(&["--rules", "--lang=en"]);
    let text = stdout(&out);
    assert!(text.contains("not checkable:") && text.contains("Fire-fighting equipment"), "{text}");
}

#[test]
fn schema_is_json_schema() {
    let out = run(&["--schema"]);
    assert_eq!(code(&out), 0);
    let schema: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(schema["$schema"].is_string(), "{schema}");
}

#[test]
fn help_and_version() {
    let out = run(&["--help"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("--promote"));
    let out = run(&["--version"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).starts_with("shanfang-check "));
}

#[test]
fn a_closed_pipe_is_a_normal_end() {
    let line = format!("{}\n", valid());
    let input = line.repeat(2000);
    let mut child = spawn_piped(&[], &["--jsonl", "--format", "json", "-"]);
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    // Read one line, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

/// The valid example without `filing_date`, established on `date`.
fn established_on(date: &str) -> Value {
    let mut v = valid();
    v.as_object_mut().unwrap().remove("filing_date");
    v["workshop"]["established"] = Value::from(date);
    v
}

#[test]
fn today_option_sets_the_filing_date_of_a_filing_without_one() {
    let f = Temp::json("today", &established_on("2026-09-02"));
    let before = run(&["--format", "json", "--today", "2026-09-01", f.path()]);
    assert_eq!(code(&before), 1, "{}", stderr(&before));
    let codes: Vec<_> = reports(&before)[0]["findings"].as_array().unwrap().iter().map(|x| x["code"].clone()).collect();
    assert!(codes.contains(&Value::from("workshop.established.after_filing_date")), "{codes:?}");
    let on = run(&["--format", "json", "--today=2026-09-02", f.path()]);
    assert_eq!(code(&on), 0, "{}", stdout(&on));
    for bad in ["2026-02-30", "tomorrow", ""] {
        let out = run(&["--today", bad, f.path()]);
        assert_eq!(code(&out), 2);
        assert!(stderr(&out).contains("--today must be a real date"), "{}", stderr(&out));
    }
}

/// `shanfang-check` run under faketime at `at`, the local time in `tz`
/// (libfaketime reads it in the process's own time zone).
fn run_at(at: &str, tz: &str, args: &[&str]) -> Output {
    let faketime =
        ["/usr/bin/faketime", "/usr/local/bin/faketime"].into_iter().find(|p| std::path::Path::new(p).exists());
    let faketime = faketime.expect("faketime is needed (scripts/setup.sh installs Debian's faketime)");
    Command::new(faketime).arg("-f").arg(format!("@{at}")).arg(BIN).args(args).env("TZ", tz).output().unwrap()
}

#[test]
fn today_is_the_date_in_china_whatever_the_machine_time_zone() {
    // 2026-09-01 20:00 UTC is 2026-09-02 04:00 in Beijing: a workshop
    // established "today" (the 2nd) is not after the filing date.
    let f = Temp::json("today-utc8", &established_on("2026-09-02"));
    for (tz, at) in [
        ("UTC", "2026-09-01 20:00:00"),
        ("America/Los_Angeles", "2026-09-01 13:00:00"),
        ("Asia/Shanghai", "2026-09-02 04:00:00"),
    ] {
        let out = run_at(at, tz, &["--format", "json", f.path()]);
        assert_eq!(code(&out), 0, "TZ={tz}: {}{}", stdout(&out), stderr(&out));
    }
    // And at 23:59 Beijing on the 1st (15:59 UTC) it is still the 1st.
    let out = run_at("2026-09-01 15:59:00", "UTC", &["--format", "json", f.path()]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
}

#[test]
fn a_lone_surrogate_or_1e400_is_a_finding_not_a_rejection() {
    let text = VALID.trim_end().strip_suffix('}').unwrap().to_owned()
        + r#","workshop":{"name":"山哈\ud83d"},"site":{"fire_extinguishers":1e400}}"#;
    let f = Temp::new("hostile.json", &text);
    let out = run(&["--format", "json", f.path()]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = &reports(&out)[0];
    let has = |field: &str, c: &str| {
        report["findings"].as_array().unwrap().iter().any(|x| x["field"] == field && x["code"] == c)
    };
    assert!(has("workshop.name", "workshop.name.broken_character"), "{report}");
    assert!(has("site.fire_extinguishers", "site.fire_extinguishers.out_of_range"), "{report}");
}

#[test]
fn a_byte_order_mark_is_ignored_in_a_file_and_on_standard_input() {
    let one_line: Value = valid();
    let f = Temp::new("bom.json", &format!("\u{FEFF}{one_line}"));
    assert_eq!(code(&run(&[f.path()])), 0);
    let out = run_stdin(&["--format", "json", "-"], format!("\u{FEFF}{one_line}"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn canonical_writes_each_filing_in_canonical_form_with_the_same_report() {
    let mut f = valid();
    f["processing"]["workstations"] = "1,200".into();
    f["site"]["fire_extinguishers"] = " ４个 ".into();
    f["portal_only"] = 1.into();
    f["filing_date"] = Value::Null;
    let text = f.to_string();
    let bad = r#"{"site":{"fire_extinguishers":"many"}}"#;
    let out = run_stdin(&["--canonical", "--jsonl", "--today", "2026-12-03", "-"], format!("{text}\n{bad}\n"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["processing"]["workstations"], 1200);
    assert_eq!(lines[0]["site"]["fire_extinguishers"], 4);
    assert_eq!(lines[0]["filing_date"], "2026-12-03");
    assert!(lines[0].get("portal_only").is_none());
    assert_eq!(lines[1]["site"]["fire_extinguishers"], "many", "what does not read is kept as written");
    // The canonical filing gets the same report.
    let report = |t: &str| reports(&run_stdin(&["--format", "json", "--today", "2026-12-03", "-"], t));
    assert_eq!(report(&lines[0].to_string()), report(&text));
    // Not JSON: exit 2, nothing written for it.
    let out = run_stdin(&["--canonical", "-"], "{");
    assert_eq!(code(&out), 2);
    assert!(stdout(&out).is_empty());
}

// --- streaming, limits (issue 14) ---------------------------------------------

/// With `--jsonl`, each report is written as soon as its line is read: a
/// helper process that keeps its stdin open gets an answer per filing.
#[test]
fn jsonl_answers_each_line_before_the_input_ends() {
    use std::io::{BufRead, BufReader};
    let mut child = spawn_piped(&[], &["--jsonl", "--format", "json", "-"]);
    let mut stdin = child.stdin.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    let one_line = VALID.replace('\n', " ");
    for n in 1..=3 {
        stdin.write_all(one_line.as_bytes()).unwrap();
        stdin.write_all(b"\n").unwrap();
        stdin.flush().unwrap();
        let answer = rx.recv_timeout(std::time::Duration::from_secs(5)).expect("a report while stdin is still open");
        let report: Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(report["line"], n);
        assert_eq!(report["submittable"], true);
    }
    stdin.write_all(b"{oops\n").unwrap();
    stdin.flush().unwrap();
    let answer: Value = serde_json::from_str(&rx.recv_timeout(std::time::Duration::from_secs(5)).unwrap()).unwrap();
    assert_eq!(answer["line"], 4);
    assert!(answer["error"].as_str().unwrap().contains("not valid JSON"));
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(2));
}

#[test]
fn every_jsonl_report_carries_its_line_number() {
    let v = valid();
    let out = run_stdin(&["--jsonl", "--format", "json", "-"], format!("\n{v}\n\n{v}\n"));
    let records = reports(&out);
    assert_eq!(records.iter().map(|r| r["line"].as_u64().unwrap()).collect::<Vec<_>>(), [2, 4]);
    // The rest of the report is the report: `line` is the first key, then the report's own.
    assert!(stdout(&out).starts_with("{\"line\":2,\"standard\":"), "{}", stdout(&out));
    // A single filing (not --jsonl) has no line.
    let out = run(&["--format", "json", example().to_str().unwrap()]);
    assert!(reports(&out)[0].get("line").is_none());
}

#[test]
fn empty_jsonl_input_is_an_error() {
    for input in ["", "\n\n  \n", "\u{feff}\n"] {
        let out = run_stdin(&["--jsonl", "--format", "json", "-"], input);
        assert_eq!(code(&out), 2, "{input:?}");
        assert!(stderr(&out).contains("no filing"), "{}", stderr(&out));
    }
}

#[test]
fn repeated_promote_options_add_up() {
    let mut v = valid();
    v["processing"]["workstations"] = 9.into(); // 7.1.3, a warning
    v.as_object_mut().unwrap().remove("brand"); // chapter 9's warnings
    let file = Temp::json("promote", &v);
    let levels = |args: &[&str]| {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        all.push(file.path());
        let r = &reports(&run(&all))[0];
        let of = |clause: &str| {
            r["findings"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["clause"] == clause)
                .map(|f| f["level"].clone())
                .unwrap()
        };
        (of("7.1.3"), of("9.1"))
    };
    assert_eq!(levels(&["--promote", "7.1.3", "--promote", "9.1"]), ("error".into(), "error".into()));
    assert_eq!(levels(&["--promote", "7.1.3"]), ("error".into(), "warning".into()));
    assert_eq!(levels(&["--promote", "9.1", "--promote=all"]), ("error".into(), "error".into()));
}

#[test]
fn an_input_over_max_input_is_a_clear_error_the_others_are_checked() {
    let big = format!("{{\"workshop\":{{\"name\":\"{}\"}}}}", "山".repeat(400_000)); // 1.2 MB
    let file = Temp::new("big.json", &big);
    let out = run(&["--max-input", "1MiB", "--format", "json", file.path(), example().to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("larger than --max-input (1048576 bytes)"), "{}", stderr(&out));
    assert_eq!(reports(&out).len(), 1, "the valid example is still checked");

    let one_line = VALID.replace('\n', " ");
    let out = run_stdin(
        &["--jsonl", "--max-input", "1M", "--format", "json", "-"],
        format!("{one_line}\n{big}\n{one_line}\n"),
    );
    assert_eq!(code(&out), 2);
    let records = reports(&out);
    assert_eq!(records.len(), 3);
    assert!(records[1]["error"].as_str().unwrap().contains("larger than --max-input"), "{}", records[1]);
    assert_eq!(records[2]["submittable"], true);
    for bad in ["0", "-1", "12X", "M"] {
        assert_eq!(code(&run(&["--max-input", bad, "-"])), 2, "{bad}");
    }
}

/// A huge line under a memory limit: a clear error, never an abort. The
/// default --max-input (16 MiB) caps what is held, whatever the line's size.
#[test]
fn a_huge_line_under_a_memory_limit_is_an_error_not_an_abort() {
    let huge = vec![b'['; 200 << 20]; // 200 MB, no newline
    let mut child = spawn_piped(&["prlimit", "--as=400000000", "--"], &["--jsonl", "--format", "json", "-"]);
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&huge);
        let _ = stdin.write_all(b"\n{}\n");
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2), "exited normally: {:?} {}", out.status, stderr(&out));
    let records = reports(&out);
    assert!(records[0]["error"].as_str().unwrap().contains("--max-input"), "{}", records[0]);
    assert_eq!(records[1]["line"], 2);
    assert!(!stderr(&out).contains("memory allocation"), "{}", stderr(&out));
}
