//! Sequences of the language's own tokens, so the fuzzer gets past the first
//! keyword: split into one or more files, compiled with the shipped catalog,
//! every diagnostic rendered. Must never panic, and must never fail silently.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use rubric::diag::{self, RenderOptions};
use rubric::i18n::Lang;
use rubric::Sources;

const CATALOG: &str = include_str!("../../competencies/catalog.rubric");

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
    "x",
    "×",
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
    "t",
    "silver",
    "gold",
    "cloud-crm",
    "_x.y",
];
const PUNCT: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "//", "\\", "-", "_", ".",
];
const LITERALS: &[&str] = &[
    "100_000",
    "1.5",
    "0",
    "1",
    "2",
    "12",
    "4294967295",
    "4294967296",
    "99999999999999999999999999999999",
    "2019-06-30",
    "2017-13-01",
    "2020-02-29",
    "2019-02-29",
    "\"Title\"",
    "\"\"",
    "\"é \\\" \\n\"",
    "\"open",
    "{ en: \"E\", fr: \"F\" }",
    "\u{FFFD}",
];

#[derive(Arbitrary, Debug)]
enum Tok {
    Keyword(u8),
    Ident(u8),
    Punct(u8),
    Literal(u8),
    Number(u64),
    Raw(String),
    Newline,
    NextFile,
}

fn pick<'a>(table: &[&'a str], i: u8) -> &'a str {
    table[i as usize % table.len()]
}

fuzz_target!(|input: (bool, Vec<Tok>)| {
    let (glued, toks) = input;
    let sep = if glued { "" } else { " " };
    let mut files = vec![String::new()];
    for t in &toks {
        let text = files.last_mut().unwrap();
        match t {
            Tok::Keyword(i) => text.push_str(pick(KEYWORDS, *i)),
            Tok::Ident(i) => text.push_str(pick(IDENTS, *i)),
            Tok::Punct(i) => text.push_str(pick(PUNCT, *i)),
            Tok::Literal(i) => text.push_str(pick(LITERALS, *i)),
            Tok::Number(n) => text.push_str(&n.to_string()),
            Tok::Raw(s) => text.push_str(s),
            Tok::Newline => text.push('\n'),
            Tok::NextFile => {
                files.push(String::new());
                continue;
            }
        }
        text.push_str(sep);
    }
    let mut sources = Sources::new();
    sources.add("competencies/catalog.rubric", CATALOG);
    for (i, f) in files.into_iter().enumerate() {
        sources.add(format!("f{i}.rubric"), f);
    }
    let compilation = rubric::compile(&sources);
    assert_eq!(
        compilation.program.is_some(),
        !compilation.has_errors(),
        "a program is produced exactly when there is no error"
    );
    for lang in Lang::ALL {
        for d in &compilation.diagnostics {
            let _ = diag::render(d, &sources, RenderOptions::plain(lang));
            let _ = diag::to_json(d, &sources, lang);
        }
    }
});
