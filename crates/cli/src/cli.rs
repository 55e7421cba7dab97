//! `shanfang-check`: validates filings under DB3311/T 244—2023 from the
//! command line.
//!
//! ```text
//! shanfang-check [--lang zh|en] [--format text|json] [--promote all|CLAUSE,...] [--today YYYY-MM-DD] [--jsonl] FILE... | -
//! shanfang-check --rules [--lang zh|en] [--format text|json]
//! shanfang-check --schema
//! ```
//!
//! Exit status: 0 when every filing is submittable, 1 when any has an error,
//! 2 when an input cannot be read or parsed or the arguments are wrong.
//!
//! Arguments are parsed by hand to keep the dependencies small. Nothing
//! derived from the input may panic: a bad input is reported on stderr and
//! the others are still checked. Output goes through one locked, buffered
//! stdout; a closed pipe (`| head`) ends the run quietly.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use shanfang_core::formats::Date;
use shanfang_core::report::{Finding, Lang, Level, Options, Promote, Report};

const NAME: &str = "shanfang-check";

const USAGE: &str = "\
Usage: shanfang-check [OPTIONS] FILE... | -
       shanfang-check --rules [--lang zh|en] [--format text|json]
       shanfang-check --schema
       shanfang-check serve [--listen ADDR] … (the HTTP service: serve --help)

Validates filings (JSON, filing contract v1) against DB3311/T 244—2023
\"丽水山坊\"（共富工坊）管理规范. FILE `-` reads standard input.

Options:
  --lang zh|en              language of messages (default zh)
  --format text|json        text for people (default), or one JSON report
                            per filing and line, in input order
  --promote all|CLAUSE,...  treat the warnings of these clauses (or all) as
                            errors, e.g. --promote 7.1.3,9.3; given more
                            than once, the lists add up
  --today YYYY-MM-DD        the date a filing without filing_date is filed on
                            (default: today in China Standard Time, UTC+8,
                            whatever this machine's time zone), e.g. to
                            re-check a filing received earlier
  --jsonl                   each non-blank line of an input is one filing;
                            each report is written as soon as its line is
                            read (a long-lived helper process can pipe
                            filings in); with --format json every report
                            carries \"line\": N, and a line that cannot be
                            read gives {\"line\": N, \"error\": \"…\"} in its
                            place; an input with no filing is an error
  --max-input BYTES         the largest input file, or --jsonl line, read
                            (default 16MiB; K, KiB, M, MiB accepted); a
                            larger one is an error, the others are checked
  --canonical               write each filing in canonical form instead of
                            its report, one JSON object per line: numbers as
                            numbers, strings trimmed, codes as the contract
                            writes them, filing_date filled in (see --today),
                            only the chosen modes' blocks, unknown keys
                            dropped, what does not read kept as written (the
                            same report as the original); exit status 0, or
                            2 when an input cannot be read
  --rules                   print the rule catalogue and exit
  --schema                  print the JSON Schema of a filing and exit
  -h, --help                print this help and exit
  -V, --version             print the version and exit
  --                        end of options: what follows are files

Options take their value as `--opt value` or `--opt=value`.

Exit status: 0 every filing can be submitted; 1 a filing has an error;
2 an input cannot be read or parsed, or the arguments are wrong.
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

enum Action {
    Help,
    Version,
    Rules,
    Schema,
    Check,
}

struct Args {
    action: Action,
    lang: Lang,
    format: Format,
    promote: Promote,
    jsonl: bool,
    /// `--canonical`: write canonical filings, not reports.
    canonical: bool,
    /// `--today`; `None`: today in China Standard Time.
    today: Option<Date>,
    /// `--max-input`: the largest file, or `--jsonl` line, read.
    max_input: usize,
    files: Vec<OsString>,
}

/// The default `--max-input`: 16 MiB, far above any real filing (a few KB).
const MAX_INPUT: usize = 16 << 20;

/// A size in bytes: `1048576`, `1M`, `1MiB`, `64K`, `64KiB`.
pub fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let (digits, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let scale: usize = match unit.trim() {
        "" | "B" => 1,
        "K" | "KiB" | "k" => 1 << 10,
        "M" | "MiB" => 1 << 20,
        "G" | "GiB" => 1 << 30,
        _ => return Err(format!("{text:?} is not a size (bytes, or with K, KiB, M, MiB)")),
    };
    digits
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{text:?} is not a size (bytes, or with K, KiB, M, MiB)"))
}

/// Reads the command line. `Err` is a usage error (exit 2).
fn parse_args(argv: impl IntoIterator<Item = OsString>) -> Result<Args, String> {
    let mut args = Args {
        action: Action::Check,
        lang: Lang::Zh,
        format: Format::Text,
        promote: Promote::None,
        jsonl: false,
        canonical: false,
        today: None,
        max_input: MAX_INPUT,
        files: Vec::new(),
    };
    let (mut help, mut version, mut rules, mut schema) = (false, false, false, false);
    let mut promote_texts: Vec<String> = Vec::new();
    let mut argv = argv.into_iter();
    let mut only_files = false;
    while let Some(arg) = argv.next() {
        if only_files {
            args.files.push(arg);
            continue;
        }
        // A file name need not be UTF-8; an option always is.
        let Some(text) = arg.to_str() else {
            if arg.as_encoded_bytes().starts_with(b"-") && arg.len() > 1 {
                return Err(format!("unknown option {:?}", arg.to_string_lossy()));
            }
            args.files.push(arg);
            continue;
        };
        if text == "--" {
            only_files = true;
            continue;
        }
        if text == "-" || !text.starts_with('-') {
            args.files.push(arg);
            continue;
        }
        let (name, inline) = match text.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (text, None),
        };
        let flag = |inline: Option<&str>| match inline {
            Some(_) => Err(format!("option {name} takes no value")),
            None => Ok(true),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = inline {
                return Ok(v.to_owned());
            }
            match argv.next() {
                None => Err(format!("option {name} needs a value")),
                Some(v) => v.into_string().map_err(|_| format!("the value of {name} is not valid UTF-8")),
            }
        };
        match name {
            "--lang" => args.lang = Lang::parse(value()?.trim())?,
            "--format" => {
                args.format = match value()?.trim() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("format must be \"text\" or \"json\", not {other:?}")),
                }
            }
            "--promote" => promote_texts.push(value()?),
            "--max-input" => args.max_input = parse_size(&value()?).map_err(|e| format!("--max-input: {e}"))?,
            "--jsonl" => args.jsonl = flag(inline)?,
            "--canonical" => args.canonical = flag(inline)?,
            "--today" => {
                let v = value()?;
                let date = Date::parse(v.trim())
                    .ok_or_else(|| format!("--today must be a real date written YYYY-MM-DD, not {v:?}"))?;
                args.today = Some(date);
            }
            "--rules" => rules = flag(inline)?,
            "--schema" => schema = flag(inline)?,
            "-h" | "--help" => help = flag(inline)?,
            "-V" | "--version" => version = flag(inline)?,
            _ => return Err(format!("unknown option {name:?}")),
        }
    }
    for p in promote_texts {
        args.promote = args.promote.merge(Promote::parse_list(&p)?);
    }
    args.action = if help {
        Action::Help
    } else if version {
        Action::Version
    } else if rules || schema {
        if rules && schema {
            return Err("--rules and --schema cannot be combined".into());
        }
        if !args.files.is_empty() {
            return Err(format!("--{} takes no FILE", if rules { "rules" } else { "schema" }));
        }
        if rules {
            Action::Rules
        } else {
            Action::Schema
        }
    } else {
        if args.files.is_empty() {
            return Err("no input: give one or more FILEs, or - for standard input".into());
        }
        Action::Check
    };
    Ok(args)
}

pub fn main() -> ExitCode {
    let mut argv = std::env::args_os().skip(1).peekable();
    // `shanfang-check serve …`: the HTTP service (src/serve.rs).
    if argv.peek().is_some_and(|a| a == "serve") {
        return crate::serve::main(argv.skip(1));
    }
    let args = match parse_args(argv) {
        Ok(a) => a,
        Err(msg) => {
            let _ = writeln!(io::stderr().lock(), "{NAME}: {msg}\nTry '{NAME} --help' for more information.");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = Out { w: BufWriter::with_capacity(64 * 1024, stdout.lock()), closed: false, failed: false };
    let code = match args.action {
        Action::Help => {
            out.write(|w| w.write_all(USAGE.as_bytes()));
            0
        }
        Action::Version => {
            out.write(|w| writeln!(w, "{NAME} {} ({})", env!("CARGO_PKG_VERSION"), shanfang_core::report::STANDARD));
            0
        }
        Action::Schema => {
            out.write(|w| w.write_all(crate::schema::FILING.as_bytes()));
            0
        }
        Action::Rules => {
            print_rules(&mut out, args.lang, args.format);
            0
        }
        Action::Check => check_all(&args, &mut out),
    };
    out.finish();
    if out.failed {
        return ExitCode::from(2);
    }
    ExitCode::from(code)
}

/// Buffered stdout that remembers a closed pipe (a normal end: stop writing)
/// and any other write error (exit 2).
struct Out<W: Write> {
    w: W,
    closed: bool,
    failed: bool,
}

impl<W: Write> Out<W> {
    fn write(&mut self, f: impl FnOnce(&mut W) -> io::Result<()>) {
        if self.closed {
            return;
        }
        if let Err(e) = f(&mut self.w) {
            self.error(e);
        }
    }

    fn error(&mut self, e: io::Error) {
        self.closed = true;
        if e.kind() != io::ErrorKind::BrokenPipe {
            self.failed = true;
            let _ = writeln!(io::stderr().lock(), "{NAME}: cannot write the output: {e}");
        }
    }

    /// Flushes before a message on stderr, so that the two stay in order.
    fn flush(&mut self) {
        if !self.closed {
            if let Err(e) = self.w.flush() {
                self.error(e);
            }
        }
    }

    fn finish(&mut self) {
        self.flush();
    }
}

/// Runs every input; returns the exit status.
fn check_all<W: Write>(args: &Args, out: &mut Out<W>) -> u8 {
    let mut run = Run {
        options: Options { lang: args.lang, promote: args.promote.clone() },
        format: args.format,
        canonical: args.canonical,
        today: args.today.unwrap_or_else(shanfang_core::today),
        max_input: args.max_input,
        any_error: false,
        any_bad_input: false,
        first: true,
        buf: Vec::with_capacity(64 * 1024),
    };
    for file in &args.files {
        if out.closed {
            break;
        }
        let name = display_name(file);
        if file == OsStr::new("-") {
            let stdin = io::stdin();
            let mut reader = BufReader::with_capacity(64 * 1024, stdin.lock());
            run.input(&name, &mut reader, args.jsonl, out);
        } else {
            match File::open(file) {
                Ok(f) => run.input(&name, &mut BufReader::with_capacity(64 * 1024, f), args.jsonl, out),
                Err(e) => run.bad(out, format_args!("{name}: cannot read: {e}")),
            }
        }
    }
    if run.any_bad_input {
        2
    } else if run.any_error {
        1
    } else {
        0
    }
}

fn display_name(file: &OsStr) -> String {
    if file == OsStr::new("-") {
        "<stdin>".to_owned()
    } else {
        Path::new(file).display().to_string()
    }
}

struct Run {
    options: Options,
    format: Format,
    canonical: bool,
    today: Date,
    max_input: usize,
    any_error: bool,
    any_bad_input: bool,
    /// No filing printed yet (text format separates filings by a blank line).
    first: bool,
    /// One JSON report at a time, reused.
    buf: Vec<u8>,
}

impl Run {
    /// Reports an input that cannot be read or parsed on stderr.
    fn bad<W: Write>(&mut self, out: &mut Out<W>, msg: std::fmt::Arguments) {
        self.any_bad_input = true;
        out.flush();
        let _ = writeln!(io::stderr().lock(), "{NAME}: {msg}");
    }

    /// A line of `--jsonl` input that cannot be checked: on stderr, and with
    /// `--format json` (or `--canonical`) also in the line's place on
    /// stdout, so that the output stays one record per filing.
    fn bad_line<W: Write>(&mut self, out: &mut Out<W>, name: &str, number: usize, msg: &str) {
        if self.format == Format::Json || self.canonical {
            let buf = &mut self.buf;
            buf.clear();
            write_line_error(buf, number, msg);
            out.write(|w| w.write_all(buf));
        }
        self.bad(out, format_args!("{name}:{number}: {msg}"));
    }

    fn input<W: Write, R: io::Read>(&mut self, name: &str, reader: &mut BufReader<R>, jsonl: bool, out: &mut Out<W>) {
        if !jsonl {
            // At most one byte past the limit is read: a larger input is
            // refused without holding it.
            let mut bytes = Vec::new();
            if let Err(e) = Read::take(&mut *reader, self.max_input as u64 + 1).read_to_end(&mut bytes) {
                return self.bad(out, format_args!("{name}: cannot read: {e}"));
            }
            let limit = self.max_input;
            if bytes.len() > limit {
                return self.bad(out, format_args!("{name}: larger than --max-input ({limit} bytes): not read"));
            }
            // A byte-order mark is the reader's to ignore (shanfang_core::json).
            match std::str::from_utf8(&bytes) {
                Ok(text) => self.filing(name, None, text, out),
                Err(e) => self.bad(out, format_args!("{name}: not UTF-8 text: {e}")),
            }
            return;
        }
        // One filing per line, in one reused buffer.
        let mut line = Vec::with_capacity(4096);
        let mut number = 0usize;
        let mut filings = 0usize;
        loop {
            if out.closed {
                return;
            }
            let fits = match read_line_bounded(reader, &mut line, self.max_input) {
                Ok(None) => break,
                Ok(Some(fits)) => fits,
                Err(e) => return self.bad(out, format_args!("{name}:{}: cannot read: {e}", number + 1)),
            };
            number += 1;
            if fits {
                let Some(bytes) = jsonl_filing(number, &line) else { continue };
                filings += 1;
                match std::str::from_utf8(bytes) {
                    Ok(text) => self.filing(name, Some(number), text, out),
                    Err(e) => self.bad_line(out, name, number, &format!("not UTF-8 text: {e}")),
                }
            } else {
                filings += 1;
                let msg = format!("the line is larger than --max-input ({} bytes): not read", self.max_input);
                self.bad_line(out, name, number, &msg);
            }
            // Nothing more waiting in the input: what was written goes out
            // now, so a process reading the reports line by line gets each
            // as soon as its filing is read.
            if reader.buffer().is_empty() {
                out.flush();
            }
        }
        if filings == 0 {
            self.bad(
                out,
                format_args!("{name}: no filing: with --jsonl each non-blank line is one filing, and there is none"),
            );
        }
    }

    fn filing<W: Write>(&mut self, name: &str, line: Option<usize>, text: &str, out: &mut Out<W>) {
        if self.canonical {
            return match shanfang_core::canonical::canonical_str(text, self.today) {
                Ok(json) => out.write(|w| writeln!(w, "{json}")),
                Err(rejected) => match line {
                    Some(n) => self.bad_line(out, name, n, &rejected.to_string()),
                    None => self.bad(out, format_args!("{name}: {rejected}")),
                },
            };
        }
        let report = match shanfang_core::validate_str(text, &self.options, self.today) {
            Ok(r) => r,
            Err(rejected) => {
                return match line {
                    Some(n) => self.bad_line(out, name, n, &rejected.to_string()),
                    None => self.bad(out, format_args!("{name}: {rejected}")),
                };
            }
        };
        self.any_error |= !report.submittable;
        match self.format {
            Format::Json => {
                // Written whole into a reused buffer, then handed on in one
                // call, by the report's one JSON writer (Report::to_json,
                // the module's too). With --jsonl the report starts with
                // its line number.
                let buf = &mut self.buf;
                buf.clear();
                match line {
                    Some(n) => write_line_report(buf, n, &report),
                    None => {
                        buf.extend_from_slice(report.to_json().as_bytes());
                        buf.push(b'\n');
                    }
                }
                out.write(|w| w.write_all(buf));
            }
            Format::Text => {
                let first = std::mem::replace(&mut self.first, false);
                let lang = self.options.lang;
                out.write(|w| write_text(w, first, name, line, &report, lang));
            }
        }
    }
}

// The records of `--jsonl --format json`, which the service's NDJSON
// answers repeat byte for byte (src/serve.rs).

/// `{"line":N,…report}` and a newline: the report's own opening brace
/// becomes the comma after the line number.
pub fn write_line_report(buf: &mut Vec<u8>, line: usize, report: &Report) {
    let _ = write!(buf, "{{\"line\":{line}");
    let start = buf.len();
    buf.extend_from_slice(report.to_json().as_bytes());
    buf[start] = b',';
    buf.push(b'\n');
}

/// `{"line":N,"error":"…"}` and a newline: a line that cannot be checked.
pub fn write_line_error(buf: &mut Vec<u8>, line: usize, msg: &str) {
    let _ = write!(buf, "{{\"line\":{line},\"error\":");
    let _ = serde_json::to_writer(&mut *buf, msg);
    buf.extend_from_slice(b"}\n");
}

/// The filing on line `number` of JSON Lines input: without a byte-order
/// mark before the first line, and without the line's end (an error's
/// position is then on line 1); `None` for a blank line, which is skipped.
pub fn jsonl_filing(number: usize, line: &[u8]) -> Option<&[u8]> {
    let line = if number == 1 { strip_bom(line) } else { line };
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    (!line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r'))).then_some(line)
}

/// Reads one line (up to and including its `\n`) into `line`, holding at
/// most `limit` bytes of it: `None` at the end of the input, `Some(true)`
/// when it fit, `Some(false)` when it was longer (the rest of it is read
/// and dropped, never held).
fn read_line_bounded(reader: &mut impl BufRead, line: &mut Vec<u8>, limit: usize) -> io::Result<Option<bool>> {
    line.clear();
    let (mut any, mut fits) = (false, true);
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(any.then_some(fits));
        }
        any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let used = chunk.len();
        if fits {
            let content = chunk.len() - usize::from(done);
            if line.len() + content > limit {
                fits = false;
                line.clear();
                line.shrink_to(4096);
            } else {
                line.extend_from_slice(chunk);
            }
        }
        reader.consume(used);
        if done {
            return Ok(Some(fits));
        }
    }
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// One filing's report for people: header, verdict, errors then warnings.
fn write_text(
    w: &mut impl Write,
    first: bool,
    name: &str,
    line: Option<usize>,
    report: &Report,
    lang: Lang,
) -> io::Result<()> {
    if !first {
        w.write_all(b"\n")?;
    }
    match line {
        Some(n) => writeln!(w, "== {name}:{n} ==")?,
        None => writeln!(w, "== {name} ==")?,
    }
    let (e, n) = (report.errors, report.warnings);
    match (lang, report.submittable) {
        (Lang::Zh, true) => writeln!(w, "可以提交（错误 {e} 项，警告 {n} 项）")?,
        (Lang::Zh, false) => writeln!(w, "不可提交（错误 {e} 项，警告 {n} 项）")?,
        (Lang::En, ok) => writeln!(
            w,
            "{} ({e} error{}, {n} warning{})",
            if ok { "submittable" } else { "not submittable" },
            if e == 1 { "" } else { "s" },
            if n == 1 { "" } else { "s" },
        )?,
    }
    for level in [Level::Error, Level::Warning] {
        for f in report.findings.iter().filter(|f| f.level == level) {
            write_finding(w, f, lang)?;
        }
    }
    Ok(())
}

fn write_finding(w: &mut impl Write, f: &Finding, lang: Lang) -> io::Result<()> {
    let level = level_label(f.level, lang);
    match (lang, f.clause) {
        (Lang::Zh, Some(c)) => writeln!(w, "  [{level}] 第{c}条 {}：{}", f.field, f.message),
        (Lang::Zh, None) => writeln!(w, "  [{level}] 数据格式 {}：{}", f.field, f.message),
        (Lang::En, Some(c)) => writeln!(w, "  [{level}] clause {c} {}: {}", f.field, f.message),
        (Lang::En, None) => writeln!(w, "  [{level}] data format {}: {}", f.field, f.message),
    }
}

fn level_label(level: Level, lang: Lang) -> &'static str {
    match (lang, level) {
        (Lang::Zh, Level::Error) => "错误",
        (Lang::Zh, Level::Warning) => "警告",
        (Lang::En, l) => l.name(),
    }
}

/// `--rules`: the catalogue as JSON, or as a table for people.
fn print_rules<W: Write>(out: &mut Out<W>, lang: Lang, format: Format) {
    if format == Format::Json {
        out.write(|w| {
            w.write_all(shanfang_core::catalogue::to_json(lang).as_bytes())?;
            w.write_all(b"\n")
        });
        return;
    }
    let entries = shanfang_core::catalogue::entries(lang);
    out.write(|w| {
        match lang {
            Lang::Zh => writeln!(w, "{}　规则目录", shanfang_core::report::STANDARD)?,
            Lang::En => writeln!(w, "{} rule catalogue", shanfang_core::report::STANDARD)?,
        }
        let (c, l, t) = match lang {
            Lang::Zh => ("条款", "级别", "标题"),
            Lang::En => ("clause", "level", "title"),
        };
        // Chinese headers are two columns wide per character.
        let pad = |s: &str, width: usize| {
            let cols: usize = s.chars().map(|ch| if ch.is_ascii() { 1 } else { 2 }).sum();
            format!("{s}{}", " ".repeat(width.saturating_sub(cols)))
        };
        writeln!(w, "{}{}{t}", pad(c, 8), pad(l, 9))?;
        for e in &entries {
            let level = match (e.level, lang) {
                (None, _) => "-",
                (Some("error"), Lang::Zh) => "错误",
                (Some("warning"), Lang::Zh) => "警告",
                (Some(other), _) => other,
            };
            writeln!(w, "{}{}{}", pad(e.clause, 8), pad(level, 9), e.title)?;
            if let Some(reason) = e.reason {
                match lang {
                    Lang::Zh => writeln!(w, "{}不可检查：{reason}", " ".repeat(17))?,
                    Lang::En => writeln!(w, "{}not checkable: {reason}", " ".repeat(17))?,
                }
            }
        }
        Ok(())
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Args, String> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn both_option_forms_are_accepted() {
        let a = parse(&["--lang", "en", "--format=json", "--promote=all", "--jsonl", "x.json"]).unwrap();
        assert!(a.lang == Lang::En && a.format == Format::Json && a.promote == Promote::All && a.jsonl);
        assert_eq!(a.files, vec![OsString::from("x.json")]);
        let a = parse(&["--lang=zh", "--format", "text", "-"]).unwrap();
        assert!(a.lang == Lang::Zh && a.format == Format::Text);
        assert_eq!(a.files, vec![OsString::from("-")]);
    }

    #[test]
    fn usage_errors() {
        for bad in [
            &["--lang", "fr", "x"][..],
            &["--format", "xml", "x"],
            &["--promote", "9.9", "x"],
            &["--lang"],
            &["--bogus", "x"],
            &["--jsonl=yes", "x"],
            &[],
            &["--rules", "x"],
            &["--rules", "--schema"],
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should be a usage error");
        }
    }

    #[test]
    fn double_dash_ends_options() {
        let a = parse(&["--", "--lang", "-"]).unwrap();
        assert_eq!(a.files, vec![OsString::from("--lang"), OsString::from("-")]);
    }
}
