//! `rubric doc`: a competency's requirements page in Markdown, in the style of
//! the Microsoft Partner Network pages, generated from the rules alone.

use std::fmt::Write;

use crate::ir::{
    Clause, Competency, Individuals, Program, Requirement, SlotGroup, Threshold, Window,
};

/// A language the fixed phrases exist in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    /// The tag used in texts (`en`, `fr`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
}

/// The requirements page of one competency.
pub fn competency_page(program: &Program, c: &Competency, lang: Lang) -> String {
    let t = lang.tag();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", c.title.get(t));
    if !c.summary.is_empty() {
        let _ = writeln!(out, "{}\n", c.summary.get(t));
    }
    for o in &c.options {
        let title = if o.title.is_empty() {
            o.id.as_str()
        } else {
            o.title.get(t)
        };
        let _ = writeln!(out, "## {title}\n");
        if !o.summary.is_empty() {
            let _ = writeln!(out, "{}\n", o.summary.get(t));
        }
        for tier in &o.tiers {
            let title = if tier.title.is_empty() {
                tier.id.as_str()
            } else {
                tier.title.get(t)
            };
            let _ = writeln!(out, "### {title}\n");
            for (n, req) in tier.requirements.iter().enumerate() {
                match req {
                    Requirement::Revenue(th) => revenue(program, th, n + 1, lang, &mut out),
                    Requirement::Individuals(i) => individuals(program, i, n + 1, lang, &mut out),
                }
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// `US$100,000` in English, `100 000 USD` in French.
fn money(currency: &str, d: rust_decimal::Decimal, lang: Lang) -> String {
    match (lang, currency) {
        (Lang::En, "USD") => format!("US${}", crate::i18n::amount(crate::i18n::Lang::En, d)),
        (Lang::En, c) => format!("{c} {}", crate::i18n::amount(crate::i18n::Lang::En, d)),
        (Lang::Fr, c) => format!("{}\u{a0}{c}", crate::i18n::amount(crate::i18n::Lang::Fr, d)),
    }
}

fn or_list(items: &[&str], lang: Lang) -> String {
    let word = match lang {
        Lang::En => "or",
        Lang::Fr => "ou",
    };
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

fn revenue(program: &Program, th: &Threshold, n: usize, lang: Lang, out: &mut String) {
    let t = lang.tag();
    let products: Vec<&str> = th
        .products
        .iter()
        .map(|p| program.products[p.index()].title.get(t))
        .collect();
    let products = or_list(&products, lang);
    let kind = program.kinds[th.kind.index()].title.get(t);
    let _ = writeln!(
        out,
        "{n}. {}\n",
        match lang {
            Lang::En => "Your organization must meet the performance thresholds.",
            Lang::Fr => "Votre organisation doit atteindre les seuils de performance.",
        }
    );
    for (mi, m) in &th.amounts {
        let market = &program.markets[mi.index()];
        let currency = &program.currencies[m.currency.index()].id;
        let amount = money(currency, m.amount, lang);
        let sentence = match lang {
            Lang::En => format!(
                "Partner must have earned at least {amount} in {products} {kind} in {}",
                match th.window {
                    Window::Ttm => "the TTM period".to_string(),
                    Window::Months(n) => format!("the last {n} months"),
                }
            ),
            Lang::Fr => format!(
                "Le partenaire doit avoir gagné au moins {amount} avec {products} ({} sur {})",
                kind.to_lowercase(),
                match th.window {
                    Window::Ttm => "les douze derniers mois".to_string(),
                    Window::Months(n) => format!("les {n} derniers mois"),
                }
            ),
        };
        let _ = writeln!(out, "    - **{}**", market.title.get(t));
        let _ = writeln!(out, "        - {sentence}\n");
    }
    if th.dpor {
        let _ = writeln!(
            out,
            "    - {}\n",
            match lang {
                Lang::En => format!(
                    "For these customers, you must be associated as the Digital Partner of Record for {products}."
                ),
                Lang::Fr => format!(
                    "Pour ces clients, vous devez être associé en tant que Partenaire de référence numérique pour {products}."
                ),
            }
        );
    }
}

fn individuals(program: &Program, req: &Individuals, n: usize, lang: Lang, out: &mut String) {
    let total = req.total;
    let _ = writeln!(
        out,
        "{n}. {}\n",
        match (lang, total) {
            (Lang::En, 1) => "Your organization must have **1** individual pass the exam requirements.".to_string(),
            (Lang::En, k) => format!("Your organization must have **{k}** individuals pass the exam requirements."),
            (Lang::Fr, 1) => "Votre organisation doit compter **1** personne ayant réussi les examens requis.".to_string(),
            (Lang::Fr, k) => format!("Votre organisation doit compter **{k}** personnes ayant réussi les examens requis."),
        }
    );
    let groups = req.groups.len();
    for (gi, g) in req.groups.iter().enumerate() {
        for (ci, c) in g.clauses.iter().enumerate() {
            let who = subject(g, gi, ci, groups, lang);
            let _ = writeln!(out, "    - {who} {}:", what(c, g.count, ci > 0, lang));
            for e in &c.exams {
                let exam = &program.exams[e.index()];
                let retired = match (exam.retired, lang) {
                    (Some(d), Lang::En) => format!(" (retired on {d})"),
                    (Some(d), Lang::Fr) => format!(" (retiré le {})", d.format("%d/%m/%Y")),
                    (None, _) => String::new(),
                };
                // French sets a space before the colon.
                let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
                let _ = writeln!(
                    out,
                    "        - {}{colon} {}{retired}",
                    exam.id,
                    exam.title.get(lang.tag())
                );
            }
            out.push('\n');
        }
    }
}

/// Who the sentence is about: "**1** individual", "The same individual",
/// "The other **2** individuals", in the seed's wording.
fn subject(g: &SlotGroup, gi: usize, ci: usize, groups: usize, lang: Lang) -> String {
    let k = g.count;
    let one = k == 1;
    match lang {
        Lang::En => match (gi, ci, one) {
            (0, 0, true) => "**1** individual".into(),
            (0, 0, false) => format!("**{k}** individuals"),
            (_, c, true) if c > 0 => "The same individual".into(),
            (_, c, false) if c > 0 => format!("The same **{k}** individuals"),
            (_, _, true) if groups == 2 => "The other individual".into(),
            (_, _, false) if groups == 2 => format!("The other **{k}** individuals"),
            (_, _, true) => "Another individual".into(),
            (_, _, false) => format!("Another **{k}** individuals"),
        },
        Lang::Fr => match (gi, ci, one) {
            (0, 0, true) => "**1** personne".into(),
            (0, 0, false) => format!("**{k}** personnes"),
            (_, c, true) if c > 0 => "La même personne".into(),
            (_, c, false) if c > 0 => format!("Les **{k}** mêmes personnes"),
            (_, _, true) if groups == 2 => "L'autre personne".into(),
            (_, _, false) if groups == 2 => format!("Les **{k}** autres personnes"),
            (_, _, true) => "Une autre personne".into(),
            (_, _, false) => format!("**{k}** autres personnes"),
        },
    }
}

/// "must pass one of the following exams", "also must each pass 2 of …".
fn what(c: &Clause, count: u32, also: bool, lang: Lang) -> String {
    let each = count > 1;
    match lang {
        Lang::En => {
            let which = if c.need == 1 {
                "one of the following exams".to_string()
            } else {
                format!("**{}** of the following exams", c.need)
            };
            format!(
                "{}must {}pass {which}",
                if also { "also " } else { "" },
                if each { "each " } else { "" }
            )
        }
        Lang::Fr => {
            let which = if c.need == 1 {
                "l'un des examens suivants".to_string()
            } else {
                format!("**{}** des examens suivants", c.need)
            };
            format!(
                "{}{}{}réussir {which} ",
                if each { "doivent " } else { "doit " },
                if also { "également " } else { "" },
                if each { "chacune " } else { "" }
            )
        }
    }
}
