//! Embedding rubric: compile the built-in rules, evaluate a partner, print JSON.
//!
//! `cargo run --example embed -- examples/partners/contoso.json`

use rubric::data::{self, Catalog};
use rubric::eval::{self, Options};
use rubric::report::{self, Context};

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: embed PARTNER_FILE");
        return std::process::ExitCode::from(2);
    };
    let sources = rubric::builtin_sources();
    let program = rubric::compile(&sources)
        .program
        .expect("the built-in rules compile");
    // Index the catalogs once; reuse for every partner of a stream.
    let catalog = Catalog::new(&program);
    let bytes = std::fs::read(&path).expect("readable partner file");
    // The data file joins a `Sources` so that its diagnostics can be shown.
    let mut data_sources = rubric::Sources::new();
    let file = data_sources.add(path.as_str(), data::text_of(&bytes).as_ref());
    let lang = rubric::i18n::Lang::from_env();
    let loaded = match data::load_bytes(&catalog, &bytes, file, &path, None) {
        Ok(l) => l,
        Err(errors) => {
            let opts = rubric::diag::RenderOptions::plain(lang);
            eprint!("{}", rubric::diag::render_all(&errors, &data_sources, opts));
            return std::process::ExitCode::from(1);
        }
    };
    let as_of = loaded
        .partner
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let outcome = match eval::evaluate(&program, &loaded.partner, Options::new(as_of)) {
        Ok(o) => o,
        Err(errors) => {
            let opts = rubric::diag::RenderOptions::plain(rubric::i18n::Lang::En);
            eprint!("{}", rubric::diag::render_all(&errors, &sources, opts));
            return std::process::ExitCode::from(1);
        }
    };
    let cx = Context::new(&program, &sources, &loaded.partner);
    // The outcome names competencies, options and tiers by id.
    for o in &outcome.options {
        println!(
            "{}/{}: {}",
            o.competency,
            o.option,
            o.attained.unwrap_or("none")
        );
    }
    // The same as typed JSON records, and as the report a person reads.
    let json = report::eval_report(&cx, &outcome);
    println!("{:?}", json.competencies[0].attained);
    let opts = rubric::diag::RenderOptions::plain(rubric::i18n::Lang::Fr);
    print!("{}", report::human(&cx, &outcome, opts));
    std::process::ExitCode::SUCCESS
}
