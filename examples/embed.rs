//! Embedding rubric: the whole public API in one program. Compile rules (the
//! built-in ones, or `.rubric` files given after `--rules`), load a partner,
//! evaluate it, and print the outcome as ids, as JSON and as the report a
//! person reads — with every diagnostic rendered in the environment's language.
//!
//! ```text
//! cargo run --example embed -- examples/partners/contoso.json
//! LANG=fr_FR.UTF-8 cargo run --example embed -- examples/partners/adatum.json
//! cargo run --example embed -- examples/partners/contoso.json --rules competencies/*.rubric
//! ```

use std::process::ExitCode;

use rubric::diag::{self, RenderOptions};
use rubric::{data, eval, report, Lang, Sources};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: embed PARTNER_FILE [--rules FILE...]");
        return ExitCode::from(2);
    };
    let lang = Lang::from_env();
    let opts = RenderOptions::plain(lang);

    // 1. Rules: the built-in competencies, or files read into `Sources`.
    let rule_files: Vec<String> = args.skip_while(|a| a != "--rules").skip(1).collect();
    let sources = if rule_files.is_empty() {
        rubric::builtin_sources()
    } else {
        let mut sources = Sources::new();
        for f in &rule_files {
            let bytes = std::fs::read(f).expect("readable rules file");
            // Bytes that are not UTF-8 become a diagnostic, not a panic.
            let (_, not_utf8) = rubric::add_source_bytes(&mut sources, f.as_str(), bytes);
            if let Some(d) = not_utf8 {
                eprint!("{}", diag::render(&d, &sources, opts));
            }
        }
        sources
    };
    let compiled = rubric::compile(&sources);
    // Warnings and errors alike are data; render them once, in `lang`.
    eprint!(
        "{}",
        diag::render_all(&compiled.diagnostics, &sources, opts)
    );
    let Some(program) = compiled.program else {
        return ExitCode::from(1);
    };

    // 2. A partner: the catalog is indexed once and reused for a stream of partners.
    let catalog = data::Catalog::new(&program);
    let bytes = std::fs::read(&path).expect("readable partner file");
    // The data file joins its own `Sources` so its diagnostics can point into it.
    let mut data_sources = Sources::new();
    let file = data_sources.add(path.as_str(), data::text_of(&bytes).as_ref());
    let loaded = match data::load_bytes(&catalog, &bytes, file, &path, None) {
        Ok(l) => l,
        Err(errors) => {
            eprint!("{}", diag::render_all(&errors, &data_sources, opts));
            return ExitCode::from(1);
        }
    };
    // Ids the rules do not know are grouped warnings, not errors.
    eprint!(
        "{}",
        diag::render_all(&loaded.warnings, &data_sources, opts)
    );

    // 3. Evaluate. Missing a tier is an ordinary outcome; only data the rules
    // cannot be applied to (a line in another currency) is an error.
    let as_of = loaded
        .partner
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let outcome = match rubric::evaluate(&program, &loaded.partner, eval::Options::new(as_of)) {
        Ok(o) => o,
        Err(errors) => {
            eprint!("{}", diag::render_all(&errors, &sources, opts));
            return ExitCode::from(1);
        }
    };

    // 4. The outcome names competencies, options, tiers and requirements by id.
    for o in &outcome.options {
        println!(
            "{}/{}: {}",
            o.competency,
            o.option,
            o.attained.unwrap_or("none")
        );
        for t in &o.tiers {
            for r in &t.requirements {
                println!("  {}/{}: met = {}", t.tier, r.id(), r.met());
            }
        }
    }
    // The same as typed records and as JSON text (`schemas/eval-report.schema.json`),
    // and as the report a person reads.
    let cx = report::Context::new(&program, &sources, &loaded.partner);
    let records = report::eval_report(&cx, &outcome);
    println!("attained: {:?}", records.competencies[0].attained);
    println!("{}", report::eval_json(&cx, &outcome, true));
    print!("{}", report::human(&cx, &outcome, opts));
    ExitCode::SUCCESS
}
