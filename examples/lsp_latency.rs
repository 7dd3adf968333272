//! How long an editor waits for diagnostics after a keystroke in a 1 MB
//! program (issue 11: under 50 ms). The server runs in this process on an
//! in-memory connection, exactly as `rubric lsp` runs on stdio; each
//! keystroke is timed from `didChange` sent to `publishDiagnostics` received.
//!
//! Run: `cargo run --release --example lsp_latency [-- KEYSTROKES]`

use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};

#[allow(dead_code)]
#[path = "../benches/check.rs"]
mod check;

fn main() {
    let strokes: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let sources = check::big_program(1 << 20);
    let (client, server) = Connection::memory();
    let thread = std::thread::spawn(move || rubric::lsp::serve(server).map_err(|e| e.to_string()));
    let send = |m: Message| client.sender.send(m).expect("the server listens");
    send(
        Request::new(
            RequestId::from(1),
            "initialize".into(),
            json!({"capabilities": {}}),
        )
        .into(),
    );
    wait(&client, |m| matches!(m, Message::Response(_)));
    send(Notification::new("initialized".into(), json!({})).into());

    // Every file of the program opened; the keystrokes go to the largest.
    let mut big = (String::new(), String::new());
    let mut total = 0;
    for (_, f) in sources.iter() {
        let uri = format!("file:///bench/{}", f.name());
        total += f.text().len();
        send(open(&uri, f.text()));
        if f.text().len() > big.1.len() {
            big = (uri, f.text().to_string());
        }
    }
    let (uri, text) = big;
    // Typing `X` after an exam id of the last line that names one makes it
    // unknown (an error is published); deleting it clears the error.
    let at = text.rfind("[GX-").expect("a generated clause") + 8;
    let line = text[..at].matches('\n').count();
    let col = at - text[..at].rfind('\n').map_or(0, |i| i + 1);
    println!(
        "program: {} files, {} bytes; keystrokes in {} ({} bytes), line {}",
        sources.len(),
        total,
        uri,
        text.len(),
        line + 1
    );
    let mut times = Vec::new();
    let cpu_before = cpu_seconds();
    for i in 0..strokes {
        let typed = i % 2 == 0;
        let range = if typed {
            json!({"start": {"line": line, "character": col}, "end": {"line": line, "character": col}})
        } else {
            json!({"start": {"line": line, "character": col}, "end": {"line": line, "character": col + 1}})
        };
        let change = json!({"textDocument": {"uri": uri, "version": i + 2},
            "contentChanges": [{"range": range, "text": if typed { "X" } else { "" }}]});
        let start = Instant::now();
        send(Notification::new("textDocument/didChange".into(), change).into());
        let got = wait(&client, |m| published(m, &uri));
        times.push(start.elapsed());
        let errors = got["diagnostics"].as_array().map_or(0, Vec::len);
        assert_eq!(errors, usize::from(typed), "keystroke {i}: {got}");
    }
    let cpu = cpu_seconds().zip(cpu_before).map(|(a, b)| a - b);
    send(Request::new(RequestId::from(2), "shutdown".into(), Value::Null).into());
    wait(&client, |m| matches!(m, Message::Response(_)));
    send(Notification::new("exit".into(), Value::Null).into());
    thread
        .join()
        .expect("the server thread")
        .expect("the server ends well");

    // The first keystrokes warm the caches up; report the rest.
    let mut steady: Vec<Duration> = times.iter().skip(2).copied().collect();
    steady.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "keystroke → diagnostics over {} keystrokes: median {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        steady.len(),
        ms(steady[steady.len() / 2]),
        ms(steady[steady.len() * 9 / 10]),
        ms(steady[steady.len() - 1])
    );
    // On a loaded machine the wall clock includes waiting for a core; the
    // processor time the server spent is what an idle machine would take.
    if let Some(cpu) = cpu {
        println!(
            "processor time per keystroke (server and client): {:.1} ms on average",
            cpu * 1000.0 / strokes as f64
        );
    }
    // For comparison: `rubric check`'s work from scratch (parse and compile).
    let start = Instant::now();
    let compiled = rubric::compile(&sources);
    assert!(compiled.program.is_some());
    println!(
        "a full compile of the program, for comparison: {:.1} ms",
        ms(start.elapsed())
    );
}

/// Processor time of this process so far (Linux: `/proc/self/stat`), in seconds.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // Linux reports in clock ticks of 1/100 s (USER_HZ) on every usual platform.
    Some(ticks / 100.0)
}

fn open(uri: &str, text: &str) -> Message {
    let doc =
        json!({"textDocument": {"uri": uri, "languageId": "rubric", "version": 1, "text": text}});
    Notification::new("textDocument/didOpen".into(), doc).into()
}

/// The parameters of a `publishDiagnostics` for `uri`.
fn published(m: &Message, uri: &str) -> bool {
    matches!(m, Message::Notification(n)
        if n.method == "textDocument/publishDiagnostics" && n.params["uri"] == uri)
}

/// The next message `wanted` accepts (others skipped), or a panic after a minute.
fn wait(client: &Connection, wanted: impl Fn(&Message) -> bool) -> Value {
    loop {
        let m = client
            .receiver
            .recv_timeout(Duration::from_secs(60))
            .expect("the server answers within a minute");
        if wanted(&m) {
            return match m {
                Message::Notification(n) => n.params,
                Message::Response(r) => r.result.unwrap_or(Value::Null),
                Message::Request(r) => r.params,
            };
        }
    }
}
