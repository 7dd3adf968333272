//! SPEC §7, bad input: whatever the rules text, `rubric::compile` returns a
//! program or diagnostics that point inside the text — never a panic, a hang,
//! a stack overflow or silently nothing.
//!
//! Every case is compiled together with the shipped catalog, and every
//! diagnostic is rendered both ways `rubric check` renders them, so the
//! reporting code is exercised on the same inputs.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use proptest::prelude::*;
use rubric::diag::{self, DiagnosticJson, RenderOptions};
use rubric::i18n::Lang;
use rubric::{Compilation, Diagnostic, Sources, Span};

const CATALOG_NAME: &str = "competencies/catalog.rubric";
const CATALOG: &str = include_str!("../competencies/catalog.rubric");
const CLOUD_CRM: &str = include_str!("../competencies/cloud-crm.rubric");
const INPUT_NAME: &str = "input.rubric";

/// The diagnostics of one compilation, with the sources they point into.
struct Checked {
    sources: Sources,
    diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// The JSON record of diagnostic `i`.
    fn json(&self, i: usize) -> DiagnosticJson {
        diag::to_json(&self.diagnostics[i], &self.sources, Lang::En)
    }
}

impl std::ops::Deref for Checked {
    type Target = [Diagnostic];
    fn deref(&self) -> &[Diagnostic] {
        &self.diagnostics
    }
}

/// The diagnostics only: the sources may be megabytes.
impl std::fmt::Debug for Checked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.diagnostics.fmt(f)
    }
}

/// The diagnostics of compiling `bytes` (as the file `input.rubric`) with the
/// catalog, the not-UTF-8 one first, after checking every invariant, each
/// rendered as text and as JSON the way `rubric check` renders it.
fn check_bytes(bytes: Vec<u8>) -> Checked {
    let mut sources = Sources::new();
    sources.add(CATALOG_NAME, CATALOG);
    let (_, not_utf8) = rubric::add_source_bytes(&mut sources, INPUT_NAME, bytes);
    let compilation = rubric::compile(&sources);
    let mut diagnostics: Vec<Diagnostic> = not_utf8.into_iter().collect();
    check_diagnostics(&diagnostics, &sources);
    diagnostics.extend(check_compilation(compilation, &sources));
    let checked = Checked {
        sources,
        diagnostics,
    };
    render_all(&checked);
    checked
}

/// Checks a compilation of `sources` and returns its diagnostics: a program
/// exactly when there is no error, never silently nothing, and
/// [`check_diagnostics`].
fn check_compilation(compilation: Compilation, sources: &Sources) -> Vec<Diagnostic> {
    assert_eq!(
        compilation.program.is_some(),
        !compilation.has_errors(),
        "a program is produced exactly when there is no error: {:?}",
        compilation.diagnostics
    );
    if compilation.program.is_none() {
        assert!(
            !compilation.diagnostics.is_empty(),
            "no program and no diagnostic"
        );
    }
    check_diagnostics(&compilation.diagnostics, sources);
    compilation.diagnostics
}

/// Every label inside its file on character boundaries, and a JSON record
/// with a message (from the catalog, not the bare code) in both languages,
/// every argument it uses given.
fn check_diagnostics(diagnostics: &[Diagnostic], sources: &Sources) {
    for d in diagnostics {
        check_labels(d, sources);
        for lang in Lang::ALL {
            let json = diag::to_json(d, sources, lang);
            assert!(
                !json.message.is_empty() && json.message != d.code,
                "a diagnostic without a message: {d:?}"
            );
            let words = format!("{json:?}");
            assert!(
                !missing_argument(&words, sources),
                "an argument the message uses is missing: {words}"
            );
        }
    }
}

/// True when `words` shows a Fluent placeable left unfilled (`{$name}`).
/// Input quoted in a message may itself contain `{$` (arbitrary text does),
/// so a placeable that the sources contain is not counted.
fn missing_argument(words: &str, sources: &Sources) -> bool {
    words.match_indices("{$").any(|(i, _)| {
        let rest = &words[i + 2..];
        let name = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .map_or(rest, |end| &rest[..end]);
        let placeable = format!("{{${name}}}");
        let closed = rest[name.len()..].starts_with('}');
        let quoted = sources.iter().any(|(_, f)| f.text().contains("{$"));
        !quoted
            || (closed
                && !name.is_empty()
                && !sources.iter().any(|(_, f)| f.text().contains(&placeable)))
    })
}

/// Renders every diagnostic as `rubric check` draws it for a terminal.
fn render_all(checked: &Checked) {
    let _ = diag::render_all(
        &checked.diagnostics,
        &checked.sources,
        RenderOptions::plain(Lang::En),
    );
}

/// Every place of `d` lies within its file, starting and ending on
/// character boundaries.
fn check_labels(d: &Diagnostic, sources: &Sources) {
    let spans: Vec<Span> = d
        .span
        .into_iter()
        .chain(d.labels.iter().map(|l| l.span))
        .collect();
    for s in spans {
        let file = sources
            .files()
            .get(s.file.0 as usize)
            .unwrap_or_else(|| panic!("label in an unknown file {:?}: {d:?}", s.file));
        let (text, name) = (file.text(), file.name());
        let (start, end) = (s.start as usize, s.end as usize);
        assert!(
            start <= end && end <= text.len(),
            "label {start}..{end} past the end of `{name}` ({} bytes): {d:?}",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "label {start}..{end} splits a character of `{name}`: {d:?}"
        );
    }
}

/// Runs `f` on a thread with the default 2 MiB stack; a hang becomes a failure
/// after a minute (a correctness guard, far above any real run: no timing here).
fn promptly<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = thread::Builder::new()
        .name(what.to_string())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .unwrap();
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(v) => {
            handle.join().unwrap();
            v
        }
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{what}: no answer after 60 s"),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            // The thread panicked (a stack overflow aborts the process instead).
            std::panic::resume_unwind(handle.join().unwrap_err())
        }
    }
}

// ---------------------------------------------------------------- token soups

const KEYWORDS: &[&str] = &[
    "exam",
    "product",
    "kind",
    "currency",
    "market",
    "default",
    "countries",
    "retired",
    "competency",
    "title",
    "summary",
    "option",
    "tier",
    "revenue",
    "in",
    "over",
    "ttm",
    "months",
    "month",
    "with",
    "dpor",
    "at",
    "least",
    "individuals",
    "and",
    "of",
    "one",
];
const IDENTS: &[&str] = &[
    "MB2-714",
    "MB2-713",
    "MB2-712",
    "MB2-710",
    "MB2-709",
    "MB2-707",
    "MB2-706",
    "MB2-800",
    "crm-online",
    "d365-plan1",
    "net-new",
    "USD",
    "EUR",
    "developed",
    "developing",
    "en",
    "fr",
    "FR",
    "BR",
    "fra",
    "c",
    "o",
    "silver",
    "gold",
    "cloud-crm",
    "_x.y",
];
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "2",
    "4",
    "12",
    "4294967295",
    "4294967296",
    "99999999999",
];
const AMOUNTS: &[&str] = &[
    "100_000",
    "50_000",
    "1.5",
    "0.0",
    "1_",
    "99999999999999999999999999999999",
];
const DATES: &[&str] = &[
    "2019-06-30",
    "2020-02-29",
    "2019-02-29",
    "2017-13-01",
    "0000-00-00",
];
const STRINGS: &[&str] = &[
    "\"Title\"",
    "\"\"",
    "\"é \\\" \\n\"",
    "\"open",
    "\"\\",
    "{ en: \"E\", fr: \"F\" }",
];
const PUNCT: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "x",
    "×",
    "\n",
    "\n",
    "// note\n",
];

fn token() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        4 => prop::sample::select(KEYWORDS),
        3 => prop::sample::select(IDENTS),
        1 => prop::sample::select(NUMBERS),
        1 => prop::sample::select(AMOUNTS),
        1 => prop::sample::select(DATES),
        1 => prop::sample::select(STRINGS),
        4 => prop::sample::select(PUNCT),
    ]
}

/// Tokens joined by spaces, or glued together (which makes new words).
fn soup() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(token(), 0..120),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(toks, glued)| toks.join(if glued { "" } else { " " }))
}

/// A competency whose parts are drawn from the language, mostly well formed,
/// so that soups also reach the compiler's checks and not only the parser.
fn near_valid() -> impl Strategy<Value = String> {
    let exams = prop::collection::vec(prop::sample::select(&IDENTS[..8]), 0..4);
    let group = (
        0u32..4,
        prop::sample::select(&["one", "0", "1", "2", "3"][..]),
        exams,
    )
        .prop_map(|(n, need, ex)| format!("{n} x {need} of [{}]", ex.join(", ")));
    let tier = (
        prop::sample::select(&["silver", "gold", "silver"][..]),
        prop::sample::select(AMOUNTS),
        prop::sample::select(&["crm-online", "d365-plan1", "crm-online, crm-online", ""][..]),
        prop::sample::select(&["", "over ttm", "over 0 months", "over 6 months"][..]),
        0u32..6,
        prop::collection::vec(group, 0..3),
    )
        .prop_map(|(id, amount, products, window, total, groups)| {
            format!(
                "tier {id} {{\n revenue net-new in [{products}] {window} with dpor at least {{ developed: USD {amount}, developing: USD 1 }}\n individuals {total} {{\n{}\n }}\n}}\n",
                groups.join("\n")
            )
        });
    prop::collection::vec(tier, 0..3)
        .prop_map(|tiers| format!("competency c {{\n option o {{\n{}}}\n}}\n", tiers.concat()))
}

// ------------------------------------------------------------------ mutations

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Duplicate(usize, usize, usize),
    Swap(usize, usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let n = CLOUD_CRM.len();
    prop_oneof![
        (0..=n, 0..=n).prop_map(|(a, b)| Mutation::Delete(a.min(b), a.max(b))),
        (0..=n, 0..=n, 0..=n).prop_map(|(a, b, at)| Mutation::Duplicate(a.min(b), a.max(b), at)),
        (0..n, 0..n, 1..64usize).prop_map(|(a, b, len)| Mutation::Swap(a, b, len)),
        (0..=n).prop_map(Mutation::Truncate),
    ]
}

/// Applies `m` to bytes; positions are clamped, so any mutation applies.
fn apply(m: &Mutation, bytes: &mut Vec<u8>) {
    let n = bytes.len();
    match *m {
        Mutation::Delete(a, b) => {
            bytes.drain(a.min(n)..b.min(n));
        }
        Mutation::Duplicate(a, b, at) => {
            let copy = bytes[a.min(n)..b.min(n)].to_vec();
            let at = at.min(n);
            bytes.splice(at..at, copy);
        }
        Mutation::Swap(a, b, len) => {
            // Two ranges of equal length, made disjoint by shortening.
            let (a, b) = (a.min(b).min(n), a.max(b).min(n));
            let len = len.min(b - a).min(n - b);
            let (head, tail) = bytes.split_at_mut(b);
            head[a..a + len].swap_with_slice(&mut tail[..len]);
        }
        Mutation::Truncate(at) => bytes.truncate(at),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// (a) Arbitrary bytes, UTF-8 or not.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        check_bytes(bytes);
    }

    /// (a) Arbitrary text, which the parser reads further into than bytes.
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        check_bytes(text.into_bytes());
    }

    /// (b) Random sequences of the language's tokens.
    #[test]
    fn token_soups_give_a_program_or_a_diagnostic(text in soup()) {
        check_bytes(text.into_bytes());
    }

    /// (b) Competencies built from the language's parts, often valid, often not.
    #[test]
    fn near_valid_competencies_give_a_program_or_a_diagnostic(text in near_valid()) {
        check_bytes(text.into_bytes());
    }

    /// (c) The shipped cloud-crm file with bytes deleted, duplicated or swapped,
    /// or cut short: labels stay inside the (possibly no longer UTF-8) text.
    #[test]
    fn mutated_cloud_crm_never_panics(ms in prop::collection::vec(mutation(), 1..4)) {
        let mut bytes = CLOUD_CRM.as_bytes().to_vec();
        for m in &ms {
            apply(m, &mut bytes);
        }
        check_bytes(bytes);
    }

    /// (c) The same mutations with the file split in two at a random point, so
    /// that names are declared in one file and used in another.
    #[test]
    fn mutated_catalog_across_files_never_panics(
        m in mutation(),
        split in 0..CATALOG.len(),
    ) {
        let mut bytes = CATALOG.as_bytes().to_vec();
        apply(&m, &mut bytes);
        let split = split.min(bytes.len());
        let tail = bytes.split_off(split);
        let mut sources = Sources::new();
        let (_, a) = rubric::add_source_bytes(&mut sources, "a.rubric", bytes);
        let (_, b) = rubric::add_source_bytes(&mut sources, "b.rubric", tail);
        sources.add("cloud-crm.rubric", CLOUD_CRM);
        let compilation = rubric::compile(&sources);
        let mut diagnostics: Vec<Diagnostic> = a.into_iter().chain(b).collect();
        check_diagnostics(&diagnostics, &sources);
        diagnostics.extend(check_compilation(compilation, &sources));
        render_all(&Checked { sources, diagnostics });
    }
}

/// The mutation helper itself: each kind of mutation applies at the edges.
#[test]
fn mutations_apply_at_the_edges() {
    let n = CLOUD_CRM.len();
    for m in [
        Mutation::Delete(0, n),
        Mutation::Delete(n, n),
        Mutation::Duplicate(0, n, n),
        Mutation::Duplicate(n, n, 0),
        Mutation::Swap(0, n - 1, 64),
        Mutation::Swap(5, 5, 3),
        Mutation::Truncate(0),
        Mutation::Truncate(n),
    ] {
        let mut bytes = CLOUD_CRM.as_bytes().to_vec();
        apply(&m, &mut bytes);
        check_bytes(bytes);
    }
}

// -------------------------------------------------------------- huge inputs

/// (d) Inputs made to blow the stack or the clock: each is answered, with a
/// diagnostic where the text is wrong.
fn huge(what: &'static str, text: String) -> Checked {
    promptly(what, move || check_bytes(text.into_bytes()))
}

#[test]
fn deep_braces() {
    let d = huge("100,000 `{`", "{".repeat(100_000));
    assert!(!d.is_empty());
    let d = huge(
        "competency then 100,000 `{`",
        format!("competency c {}", "{".repeat(100_000)),
    );
    assert!(!d.is_empty());
}

#[test]
fn deep_brackets() {
    let d = huge("100,000 `[`", "[".repeat(100_000));
    assert!(!d.is_empty());
    let d = huge(
        "countries then 100,000 `[`",
        format!("market m \"M\" countries {}", "[".repeat(100_000)),
    );
    assert!(!d.is_empty());
}

/// 1 MB of text on one line.
fn megabyte() -> String {
    "a".repeat(1 << 20)
}

#[test]
fn long_string() {
    let d = huge("1 MB string", format!("exam X-1 \"{}\"\n", megabyte()));
    // A catalog alone: at most the warning that it declares no competency.
    assert!(
        d.iter()
            .all(|x| x.code == "rubric::validate::no-competency"),
        "{d:?}"
    );
}

#[test]
fn long_unterminated_string() {
    let d = huge(
        "1 MB unterminated string",
        format!("exam X-1 \"{}", megabyte()),
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d.json(0).labels[0].length, (1 << 20) + 1);
}

#[test]
fn long_line_then_an_error() {
    // Drawn on an excerpt of the line (see `regression_label_past_column_65535`).
    let d = huge(
        "1 MB line then an error",
        format!("exam X-1 \"{}\" retired soon", megabyte()),
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d.json(0).column, Some((1 << 20) + 21));
}

#[test]
fn long_name() {
    let name = "a".repeat(60_000);
    let d = huge(
        "60 KB name",
        format!("competency c {{ option o {{ tier t {{ individuals 1 {{ 1 x one of [{name}] }} }} }} }}"),
    );
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn many_lines() {
    // Blank lines are a valid, empty file.
    let d = huge("200,000 newlines", "\n".repeat(200_000));
    // A catalog alone: at most the warning that it declares no competency.
    assert!(
        d.iter()
            .all(|x| x.code == "rubric::validate::no-competency"),
        "{d:?}"
    );
    // An error after them is found on line 200,001.
    let d = huge(
        "200,000 newlines then `}`",
        format!("{}}}", "\n".repeat(200_000)),
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d.json(0).line, Some(200_001));
    // 600 broken lines: each reported on its own up to the limit, then one
    // "too many errors" (see `regression_many_syntax_errors_are_quadratic`).
    let d = huge("600 broken items", "exam\n".repeat(600));
    assert_eq!(d.len(), rubric::MAX_SYNTAX_ERRORS + 1);
    assert_eq!(
        d.last().map(|e| e.code),
        Some("rubric::syntax::too-many-errors")
    );
}

#[test]
fn many_items() {
    // 10,000 exams and one competency that lists them all.
    let mut text = String::new();
    let mut ids = Vec::new();
    for i in 0..10_000 {
        text.push_str(&format!("exam E-{i} \"Exam {i}\"\n"));
        ids.push(format!("E-{i}"));
    }
    text.push_str(&format!(
        "competency c {{ option o {{ tier t {{ individuals 1 {{ 1 x one of [{}] }} }} }} }}\n",
        ids.join(", ")
    ));
    let d = huge("10,000 exams", text);
    // A catalog alone: at most the warning that it declares no competency.
    assert!(
        d.iter()
            .all(|x| x.code == "rubric::validate::no-competency"),
        "{d:?}"
    );
}

// ---------------------------------------------------------------- regressions
//
// Bugs found by these tests, fixed; kept so they stay fixed.

/// `rubric check` panics drawing a diagnostic whose label starts past column
/// 65,535 of its line: miette 7.6 pads with `format!("{:width$}", "")`
/// (`handlers/graphical.rs:1159`), and since Rust 1.87 a width above
/// `u16::MAX` panics with "Formatting argument out of range". A minified or
/// generated rules file on one long line reaches it with any syntax error.
/// Fixed: a label on a long line is drawn on a bounded excerpt of it.
#[test]
fn regression_label_past_column_65535() {
    // Column 65,536 is still drawn.
    check_bytes(format!("{}}}", " ".repeat(65_535)).into_bytes());
    // Column 65,537 panics.
    check_bytes(format!("{}}}", " ".repeat(65_536)).into_bytes());
}

/// Every syntax error costs time in proportion to the rest of the file: pest
/// builds its error's line with `Position::find_line_start`, which walks
/// `char_indices().rev()` from the END of the input it was given, and
/// `syntax::parse` gives it the whole rest of the file (`&text[offset..]`).
/// Then each diagnostic's label is located (JSON) and drawn (miette) by
/// reading the file from its start. A 500 KB file of 100,000 broken lines
/// (33,334 errors) took minutes, in debug builds and in release. Fixed: at
/// most `MAX_SYNTAX_ERRORS` per file are reported, then one "too many"
/// error; spans are read through a line index.
#[test]
fn regression_many_syntax_errors_are_quadratic() {
    let d = huge("100,000 broken items", "exam\n".repeat(100_000));
    assert_eq!(d.len(), rubric::MAX_SYNTAX_ERRORS + 1);
}
