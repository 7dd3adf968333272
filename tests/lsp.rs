//! `rubric lsp` as an editor drives it: the built binary, JSON-RPC over its
//! standard streams with `Content-Length` framing, on a copy of the shipped
//! competencies with an error introduced. Every wait is bounded.
//!
//! With `RUBRIC_LSP_TRANSCRIPT=path`, the exchange is written to `path`
//! (docs/editor.md shows one).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The longest wait for one message: generous for a loaded CI machine, but
/// bounded so a server that stays silent fails the test instead of hanging it.
const WAIT: Duration = Duration::from_secs(30);

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    /// Messages received while waiting for another.
    pending: Vec<Value>,
    next_id: i64,
    transcript: Vec<String>,
}

impl Client {
    fn start(dir: &Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rubric"))
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("rubric lsp starts");
        let stdin = child.stdin.take().expect("a pipe");
        let stdout = child.stdout.take().expect("a pipe");
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            while let Some(v) = read_frame(&mut r) {
                if tx.send(v).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            incoming,
            pending: Vec::new(),
            next_id: 0,
            transcript: Vec::new(),
        }
    }

    fn send(&mut self, v: Value) {
        let body = v.to_string();
        self.transcript.push(format!("--> {body}"));
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        self.stdin.flush().expect("flush");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The first message from the server that `wanted` accepts; the others
    /// are kept for later waits.
    fn wait_for(&mut self, what: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.pending.iter().position(&wanted) {
            return self.pending.remove(i);
        }
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let v = self
                .incoming
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no {what} from the server within {WAIT:?}"));
            self.transcript.push(format!("<-- {v}"));
            if wanted(&v) {
                return v;
            }
            self.pending.push(v);
        }
    }

    /// Sends a request and returns its whole response.
    fn request_raw(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(method, |v| v["id"] == json!(id))
    }

    /// Sends a request and returns its result, failing on an error.
    fn request(&mut self, method: &str, params: Value) -> Value {
        let v = self.request_raw(method, params);
        assert!(v.get("error").is_none(), "{method}: {v}");
        v["result"].clone()
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let v = self.wait_for("publishDiagnostics", |v| {
            v["method"] == "textDocument/publishDiagnostics" && v["params"]["uri"] == uri
        });
        v["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }
}

/// Reads one `Content-Length` framed message.
fn read_frame(r: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn pos(line: u32, character: u32) -> Value {
    json!({"line": line, "character": character})
}

fn at(uri: &str, line: u32, character: u32) -> Value {
    json!({"textDocument": {"uri": uri}, "position": pos(line, character)})
}

/// The 0-based line and UTF-16 column of the first `needle` in `text`.
fn find(text: &str, needle: &str) -> (u32, u32) {
    let i = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` in the text"));
    let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
    let line = text[..i].matches('\n').count() as u32;
    (line, text[line_start..i].encode_utf16().count() as u32)
}

/// A file of the workspace where non-ASCII titles precede ids on one line:
/// `É` is 2 bytes and 1 UTF-16 unit, `𝄞` 4 bytes and 2 units.
const EXTRA: &str = "competency extra {\n  title \"Été\"\n  option o { title \"É𝄞\" tier t { individuals 1 { 1 x one of [MB2-714, MB2-999] } } }\n}\n";

#[test]
fn an_editor_session() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let root = dir.path().canonicalize().expect("a real path");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("competencies");
    for e in std::fs::read_dir(&shipped).expect("competencies/") {
        let p = e.expect("an entry").path();
        std::fs::copy(&p, root.join(p.file_name().expect("a name"))).expect("copied");
    }
    std::fs::write(root.join("extra.rubric"), EXTRA).expect("written");
    let crm_path = root.join("cloud-crm.rubric");
    let crm_disk = std::fs::read_to_string(&crm_path).expect("cloud-crm");
    // The error: an exam that no catalog declares, in the first clause.
    let crm_bad = crm_disk.replacen("one of [MB2-714,", "one of [MB2-741,", 1);
    let (crm, catalog, extra) = (
        uri(&crm_path),
        uri(&root.join("catalog.rubric")),
        uri(&root.join("extra.rubric")),
    );

    let mut c = Client::start(&root);
    let init = c.request(
        "initialize",
        json!({
            "processId": null,
            "rootUri": uri(&root),
            "capabilities": {},
            "initializationOptions": {"lang": "en"},
        }),
    );
    assert_eq!(init["serverInfo"]["name"], "rubric");
    assert_eq!(init["capabilities"]["textDocumentSync"]["change"], 2);
    c.notify("initialized", json!({}));

    // Diagnostics of the whole workspace, with `rubric check`'s code and words.
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": crm, "languageId": "rubric", "version": 1, "text": crm_bad}}),
    );
    let d = c.diagnostics(&crm);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0]["code"], "rubric::resolve::unknown-credential");
    assert_eq!(d[0]["severity"], 1);
    let (line, col) = find(&crm_bad, "MB2-741");
    assert_eq!(
        d[0]["range"],
        json!({"start": pos(line, col), "end": pos(line, col + 7)})
    );
    // Word for word what `rubric check` says of the same files.
    let checked = tempfile::tempdir().expect("a temporary directory");
    for e in std::fs::read_dir(&root).expect("the workspace") {
        let p = e.expect("an entry").path();
        std::fs::copy(&p, checked.path().join(p.file_name().expect("a name"))).expect("copied");
    }
    std::fs::write(checked.path().join("cloud-crm.rubric"), &crm_bad).expect("written");
    let out = Command::new(env!("CARGO_BIN_EXE_rubric"))
        .args(["--lang", "en", "check", "--format", "json"])
        .arg(checked.path())
        .output()
        .expect("rubric check runs");
    let records: Vec<Value> = serde_json::from_slice(&out.stdout).expect("JSON records");
    let record = records
        .iter()
        .find(|r| {
            r["file"]
                .as_str()
                .is_some_and(|f| f.ends_with("cloud-crm.rubric"))
        })
        .expect("check reports cloud-crm.rubric");
    assert_eq!(record["code"], d[0]["code"]);
    let words = format!(
        "{}\nhelp: {}",
        record["message"].as_str().unwrap_or(""),
        record["help"].as_str().unwrap_or("")
    );
    assert_eq!(d[0]["message"], words);
    assert!(
        words.starts_with("no exam, assessment or certification is called `MB2-741`"),
        "{words}"
    );
    // In the file on disk, after `É𝄞` (UTF-16 columns).
    let d = c.diagnostics(&extra);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0]["code"], "rubric::resolve::unknown-credential");
    assert_eq!(
        d[0]["range"],
        json!({"start": pos(2, 71), "end": pos(2, 78)})
    );

    // Hover: a credential's title; a threshold's amounts per market; a competency's summary.
    let (line, col) = find(&crm_bad, "MB2-713");
    let h = c.request("textDocument/hover", at(&crm, line, col + 2));
    assert_eq!(
        h["contents"]["value"],
        "**exam** `MB2-713` — Microsoft Dynamics CRM 2016 Sales"
    );
    assert_eq!(
        h["range"],
        json!({"start": pos(line, col), "end": pos(line, col + 7)})
    );
    let (line, col) = find(&crm_bad, "over ttm");
    let h = c.request("textDocument/hover", at(&crm, line, col));
    assert_eq!(
        h["contents"]["value"],
        "**Revenue thresholds**\n\n- `developed` (Developed Markets): at least USD 100,000\n- `developing` (Developing Markets): at least USD 50,000"
    );
    let (line, col) = find(&crm_bad, "cloud-crm {");
    let h = c.request("textDocument/hover", at(&crm, line, col));
    assert_eq!(
        h["contents"]["value"],
        "**competency** `cloud-crm` — Cloud Customer Relationship Management\n\n\
         Be known as premium provider of Microsoft Dynamics CRM Online or Dynamics 365 \
         by attaining the Cloud Customer Relationship Management competency."
    );

    // Definition, from after the non-ASCII title of `extra.rubric`.
    let (line, col) = find(EXTRA, "MB2-714");
    assert_eq!((line, col), (2, 62));
    let def = c.request("textDocument/definition", at(&extra, line, col));
    let catalog_text = std::fs::read_to_string(root.join("catalog.rubric")).expect("catalog");
    let (dl, dc) = find(&catalog_text, "MB2-714 ");
    assert_eq!(
        def,
        json!({"uri": catalog, "range": {"start": pos(dl, dc), "end": pos(dl, dc + 7)}})
    );

    // References of a product: its declaration and its four uses.
    let refs = c.request(
        "textDocument/references",
        json!({"textDocument": {"uri": crm}, "position": pos(find(&crm_bad, "crm-online").0, find(&crm_bad, "crm-online").1),
               "context": {"includeDeclaration": true}}),
    );
    let places: Vec<(String, u64)> = refs
        .as_array()
        .expect("locations")
        .iter()
        .map(|l| {
            let file = l["uri"]
                .as_str()
                .unwrap_or("")
                .rsplit('/')
                .next()
                .unwrap_or("")
                .to_string();
            (file, l["range"]["start"]["line"].as_u64().unwrap_or(0))
        })
        .collect();
    let (pl, _) = find(&catalog_text, "product crm-online");
    let uses: Vec<u32> = crm_bad
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("crm-online,"))
        .map(|(i, _)| i as u32)
        .collect();
    let mut expected = vec![("catalog.rubric".to_string(), u64::from(pl))];
    expected.extend(
        uses.iter()
            .map(|l| ("cloud-crm.rubric".to_string(), u64::from(*l))),
    );
    assert_eq!(places, expected);

    // Completion: credentials inside a clause, products, markets, associations.
    let program = rubric::compile(&rubric::builtin_sources())
        .program
        .expect("the shipped rules compile");
    let labels = |c: &mut Client, uri: &str, line: u32, col: u32| -> Vec<String> {
        let r = c.request("textDocument/completion", at(uri, line, col));
        r.as_array()
            .expect("items")
            .iter()
            .map(|i| i["label"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let (line, col) = find(&crm_bad, "MB2-741");
    let mut exams: Vec<String> = program.exams.iter().map(|e| e.id.to_string()).collect();
    exams.sort();
    assert_eq!(labels(&mut c, &crm, line, col), exams);
    let (line, col) = find(&crm_bad, "crm-online");
    let mut products: Vec<String> = program.products.iter().map(|p| p.id.to_string()).collect();
    products.sort();
    assert_eq!(labels(&mut c, &crm, line, col), products);
    let (line, col) = find(&crm_bad, "developing: USD 50");
    assert_eq!(labels(&mut c, &crm, line, col), ["developed", "developing"]);
    let (line, col) = find(&crm_bad, "dpor at least");
    let mut assoc: Vec<String> = program
        .associations
        .iter()
        .map(|a| a.id.to_string())
        .collect();
    assoc.sort();
    assert_eq!(labels(&mut c, &crm, line, col), assoc);
    // In a score: the measures after `points for`, and the ids of a metric.
    let bizapps = uri(&root.join("business-applications-2022.rubric"));
    let text = std::fs::read_to_string(root.join("business-applications-2022.rubric")).unwrap();
    let (line, col) = find(&text, "net customer adds in");
    let measures = labels(&mut c, &bizapps, line, col);
    assert!(measures.contains(&"revenue".to_string()), "{measures:?}");
    assert!(
        measures.contains(&"people holding".to_string()),
        "{measures:?}"
    );
    let (line, col) = find(
        &text,
        "dynamics-365, power-platform] over 1 month at least 20",
    );
    assert_eq!(labels(&mut c, &bizapps, line, col), products);
    // In a test file: the tiers of the option named before the cursor.
    let test_uri = uri(&root.join("cloud-crm.test.yaml"));
    let test_text = "tests:\n  - name: x\n    expect: {cloud-crm/reseller: }\n";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": test_uri, "languageId": "yaml", "version": 1, "text": test_text}}),
    );
    let (line, col) = find(test_text, " }");
    assert_eq!(labels(&mut c, &test_uri, line, col + 1), ["gold", "silver"]);
    let (line, col) = find(test_text, "cloud-crm/");
    let mut options: Vec<String> = program
        .competencies
        .iter()
        .flat_map(|c| c.options.iter().map(move |o| format!("{}/{}", c.id, o.id)))
        .collect();
    options.push("extra/o".into());
    options.sort();
    assert_eq!(labels(&mut c, &test_uri, line, col), options);

    // Rename across files; a clash with another exam is refused.
    let (line, col) = find(&crm_bad, "MB2-713");
    let edit = c.request(
        "textDocument/rename",
        json!({"textDocument": {"uri": crm}, "position": pos(line, col), "newName": "MB2-713X"}),
    );
    let changes = edit["changes"].as_object().expect("changes");
    let mut counts: Vec<(String, usize)> = changes
        .iter()
        .map(|(u, e)| {
            let edits = e.as_array().expect("edits");
            assert!(edits.iter().all(|e| e["newText"] == "MB2-713X"), "{e}");
            (u.rsplit('/').next().unwrap_or("").to_string(), edits.len())
        })
        .collect();
    counts.sort();
    assert_eq!(
        counts,
        [
            ("catalog.rubric".to_string(), 1),
            ("cloud-crm.rubric".to_string(), 2)
        ]
    );
    let refused = c.request_raw(
        "textDocument/rename",
        json!({"textDocument": {"uri": crm}, "position": pos(line, col), "newName": "MB2-712"}),
    );
    assert_eq!(
        refused["error"]["message"],
        "`MB2-712` is already the id of another `exam`: choose another id"
    );
    // `dpor` is built in: the data's `"dpor": true` means it, so it keeps its name.
    let (line, col) = find(&crm_bad, "dpor");
    let refused = c.request_raw(
        "textDocument/rename",
        json!({"textDocument": {"uri": crm}, "position": pos(line, col), "newName": "por"}),
    );
    assert_eq!(
        refused["error"]["message"],
        "`dpor` is built in (partner data writes it as `\"dpor\": true`), so it cannot be renamed"
    );

    // Formatting gives `rubric fmt`'s layout; symbols; semantic tokens.
    let messy_uri = uri(&root.join("messy.rubric"));
    let messy = "product   x-prod    \"X\"\n";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": messy_uri, "languageId": "rubric", "version": 1, "text": messy}}),
    );
    let edits = c.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": messy_uri}, "options": {"tabSize": 2, "insertSpaces": true}}),
    );
    assert_eq!(
        edits,
        json!([{"range": {"start": pos(0, 0), "end": pos(1, 0)}, "newText": "product x-prod \"X\"\n"}])
    );
    let tokens = c.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": messy_uri}}),
    );
    // `product` keyword, `x-prod` a type (declared), `"X"` a string.
    assert_eq!(
        tokens["data"],
        json!([0, 0, 7, 0, 0, 0, 10, 6, 5, 1, 0, 10, 3, 1, 0])
    );
    let symbols = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": crm}}),
    );
    let outline: Vec<String> = symbols
        .as_array()
        .expect("symbols")
        .iter()
        .flat_map(|c| {
            let name = c["name"].as_str().unwrap_or("").to_string();
            c["children"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .flat_map(move |o| {
                    let o_name = format!("{name}/{}", o["name"].as_str().unwrap_or(""));
                    o["children"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                        .into_iter()
                        .map(move |t| format!("{o_name}/{}", t["name"].as_str().unwrap_or("")))
                })
        })
        .collect();
    assert_eq!(
        outline,
        ["cloud-crm/reseller/silver", "cloud-crm/reseller/gold"]
    );

    // A keystroke fixes the error: the file's diagnostics are cleared.
    let (line, col) = find(&crm_bad, "MB2-741");
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": crm, "version": 2},
               "contentChanges": [{"range": {"start": pos(line, col + 5), "end": pos(line, col + 7)}, "text": "14"}]}),
    );
    assert_eq!(c.diagnostics(&crm), Vec::<Value>::new());

    let done = c.request_raw("shutdown", Value::Null);
    assert_eq!(done["result"], Value::Null);
    c.notify("exit", Value::Null);
    let deadline = Instant::now() + WAIT;
    let status = loop {
        if let Some(s) = c.child.try_wait().expect("waits") {
            break s;
        }
        assert!(Instant::now() < deadline, "the server did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    if let Ok(path) = std::env::var("RUBRIC_LSP_TRANSCRIPT") {
        let text = c
            .transcript
            .join("\n")
            .replace(&root.display().to_string(), "/work/project");
        std::fs::write(path, text + "\n").expect("transcript written");
    }
}
