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
    let outcome = match eval::evaluate(
        &program,
        &loaded.partner,
        Options {
            as_of,
            competency: None,
        },
    ) {
        Ok(o) => o,
        Err(errors) => {
            eprintln!("cannot evaluate: {errors:?}");
            return std::process::ExitCode::from(1);
        }
    };
    let cx = Context {
        program: &program,
        sources: &sources,
        partner: &loaded.partner,
    };
    for o in &outcome.options {
        let c = &program.competencies[o.competency];
        let opt = &c.options[o.option];
        let tier = o.attained.map_or("none", |t| opt.tiers[t].id.as_str());
        println!("{}/{}: {tier}", c.id, opt.id);
    }
    println!(
        "{}",
        report::outcome_json(&cx, &outcome)["competencies"][0]["attained"]
    );
    std::process::ExitCode::SUCCESS
}
