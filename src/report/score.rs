//! Scores in reports: the words for a metric, the text lines, the JSON
//! records and the HTML rows (scores lane).

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::measures::{metric_title, product_titles, quantity_what};
use super::Amount;
use crate::eval::{MetricOutcome, MoneyFigures, ScoreOutcome, ScorePlan};
use crate::i18n::{self, Args, Conj, Lang};
use crate::ir::{Program, ScoreMeasure, ScoreMetric, SlotGroup};

/// Hundredths of a point as the language writes a number: `69.00`, `69,00`.
pub(crate) fn points(lang: Lang, n: u64) -> String {
    i18n::amount(lang, hundredths(n))
}

/// Points counted in hundredths, as the exact number they make (`69.00`).
fn hundredths(n: u64) -> Decimal {
    Decimal::new(n as i64, 2)
}

/// What a metric measures: `net customer adds in Dynamics 365 Sales`,
/// `people holding one of PL-200 or MB-210`.
pub(crate) fn metric_what(program: &Program, m: &ScoreMetric, lang: Lang) -> String {
    match &m.measure {
        ScoreMeasure::Count(q) | ScoreMeasure::NewCustomers(q) => quantity_what(program, q, lang),
        ScoreMeasure::NetCustomerAdds(q) => {
            let args = Args::new().with("products", product_titles(program, &q.products, lang));
            i18n::text(lang, "report-score-net-adds-what", &args)
        }
        ScoreMeasure::UsageGrowth(q) => {
            let args = Args::new()
                .with("metric", metric_title(program, q, lang))
                .with("products", product_titles(program, &q.products, lang));
            i18n::text(lang, "report-score-growth-what", &args)
        }
        ScoreMeasure::People(h) => {
            let args = Args::new().with("credentials", credentials(program, &h.group, lang));
            i18n::text(lang, "report-score-people-what", &args)
        }
        ScoreMeasure::Consumption(t) => super::measures::consumption_what(program, t, lang),
        ScoreMeasure::Revenue(t) => {
            let kind = super::measures::kind_titles(program, t, lang).to_lowercase();
            let args = Args::new()
                .with("kind", kind)
                .with("products", product_titles(program, &t.products, lang));
            i18n::text(lang, "report-revenue-what", &args)
        }
    }
}

/// A figure of a metric as the report writes it: a whole number, or for a
/// money metric an amount in its currency.
fn figure(program: &Program, money: Option<MoneyFigures>, n: i128, lang: Lang) -> String {
    match money {
        None => i18n::amount(lang, Decimal::from(n)),
        Some(f) => {
            let currency = program.currencies.get(f.currency.index());
            i18n::money(lang, f.amount(n), currency.map_or("", |c| c.id.as_str()))
        }
    }
}

/// The credentials of a condition, clause by clause: `one of A or B`.
fn credentials(program: &Program, g: &SlotGroup, lang: Lang) -> String {
    let clauses: Vec<String> = (g.clauses.iter())
        .map(|c| {
            let ids: Vec<&str> = (c.exams.iter())
                .filter_map(|e| program.exams.get(e.index()))
                .map(|e| e.id.as_str())
                .collect();
            let args = Args::new()
                .with("need", u64::from(c.need))
                .with("all", if c.all { "yes" } else { "no" })
                .with("credentials", i18n::join(lang, &ids, Conj::Or));
            i18n::text(lang, "report-score-clause", &args)
        })
        .collect();
    match clauses.is_empty() {
        true => i18n::word(lang, "report-score-condition"),
        false => i18n::join(lang, &clauses, Conj::And),
    }
}

/// The headline of a score: `score: 69.00 of 70 points required (out of 100)`.
pub(crate) fn head(s: &ScoreOutcome, lang: Lang) -> String {
    let args = Args::new()
        .with("points", points(lang, s.points))
        .with("target", u64::from(s.rule.target))
        .with("total", u64::from(s.rule.total))
        .with("minimums", if s.minimums_met { "yes" } else { "no" });
    i18n::text(lang, "report-score-head", &args)
}

/// One metric's line: `net customer adds in …: 8 of 10 — 12.00 of 15 points`.
pub(crate) fn metric_line(program: &Program, m: &MetricOutcome, lang: Lang) -> String {
    let minimum = match (m.minimum, m.minimum_met) {
        (0, _) => "none",
        (_, true) => "met",
        (_, false) => "unmet",
    };
    let minimum = match m.money {
        // Above zero: any amount; the least unit would read oddly.
        Some(_) if m.rule.minimum.is_none() && minimum != "none" => match m.minimum_met {
            true => "above-met",
            false => "above-unmet",
        },
        _ => minimum,
    };
    let least = match minimum {
        "above-met" | "above-unmet" => 0,
        _ => i128::from(m.minimum),
    };
    let figure = |n: i128| figure(program, m.money, n, lang);
    let args = Args::new()
        .with("what", metric_what(program, m.rule, lang))
        .with("found", figure(i128::from(m.found)))
        .with("threshold", figure(i128::from(m.threshold)))
        .with("points", points(lang, m.points))
        .with("weight", u64::from(m.rule.points))
        .with("minimum", minimum)
        .with("least", figure(least))
        .with(
            "undecided",
            match m.money {
                Some(f) if f.undecided => "yes",
                _ => "no",
            },
        );
    i18n::text(lang, "report-score-metric", &args)
}

/// A score in the JSON report (type `score`).
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ScoreJson<'a> {
    /// The requirement's id in its tier (`score`).
    pub id: &'a str,
    /// The points reach the target and every metric its minimum.
    pub met: bool,
    /// The points earned, exact to the hundredth (`"69.00"`): the sum of the
    /// metrics' points, each truncated to hundredths.
    pub points: Amount,
    /// The points to reach.
    pub target: u32,
    /// The points the weights add up to.
    pub total: u32,
    /// Every metric reaches its minimum.
    pub minimums_met: bool,
    /// In the order of the rules.
    pub metrics: Vec<MetricJson<'a>>,
}

/// One metric of a score in the JSON report.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct MetricJson<'a> {
    /// `count`, `new-customers`, `net-customer-adds`, `usage-growth`,
    /// `people`, `revenue` or `consumption`.
    pub measure: &'static str,
    /// What was found (negative for a decline).
    pub found: i64,
    /// The figure that earns the full weight in the partner's market.
    pub threshold: u64,
    /// The weight.
    pub weight: u32,
    /// The points earned, exact to the hundredth (`"12.00"`).
    pub points: Amount,
    /// The least figure that meets the metric's minimum (0: none).
    pub minimum: u64,
    /// The metric found at least `minimum`.
    pub minimum_met: bool,
    /// For a money metric (`revenue`, `consumption`): `found`, `threshold`
    /// and `minimum` count units of its finest decimal; here as amounts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub money: Option<MoneyJson<'a>>,
}

/// A money metric's figures as exact amounts.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct MoneyJson<'a> {
    /// The threshold's currency.
    pub currency: &'a str,
    /// The exact sum found (`"12500.50"`); 0 when undecided.
    pub found: Amount,
    /// The amount that earns the full weight.
    pub threshold: Amount,
    /// The decimals of one unit of `found`, `threshold` and `minimum`.
    pub scale: u32,
    /// A line could not be counted (see the report's errors): the metric found 0.
    pub undecided: bool,
}

fn money_json<'a>(program: &'a Program, m: &MetricOutcome) -> Option<MoneyJson<'a>> {
    let f = m.money?;
    let currency = program.currencies.get(f.currency.index());
    Some(MoneyJson {
        currency: currency.map_or("", |c| c.id.as_str()),
        found: Amount(f.amount(i128::from(m.found))),
        threshold: Amount(f.amount(i128::from(m.threshold))),
        scale: f.scale,
        undecided: f.undecided,
    })
}

/// `s` as JSON.
pub fn json<'a>(program: &'a Program, s: &'a ScoreOutcome<'a>) -> ScoreJson<'a> {
    ScoreJson {
        id: s.requirement,
        met: s.met,
        points: Amount(hundredths(s.points)),
        target: s.rule.target,
        total: s.rule.total,
        minimums_met: s.minimums_met,
        metrics: (s.metrics.iter())
            .map(|m| MetricJson {
                measure: match &m.rule.measure {
                    ScoreMeasure::Count(_) => "count",
                    ScoreMeasure::NewCustomers(_) => "new-customers",
                    ScoreMeasure::NetCustomerAdds(_) => "net-customer-adds",
                    ScoreMeasure::UsageGrowth(_) => "usage-growth",
                    ScoreMeasure::Revenue(_) => "revenue",
                    ScoreMeasure::Consumption(_) => "consumption",
                    _ => "people",
                },
                found: m.found,
                threshold: m.threshold,
                weight: m.rule.points,
                points: Amount(hundredths(m.points)),
                minimum: m.minimum,
                minimum_met: m.minimum_met,
                money: money_json(program, m),
            })
            .collect(),
    }
}

/// The text lines of a score: its headline, then one line per metric.
pub(crate) fn lines(program: &Program, s: &ScoreOutcome, lang: Lang) -> Vec<(bool, String)> {
    let mut out = vec![(s.met, head(s, lang))];
    for m in &s.metrics {
        let ok = m.points == 100 * u64::from(m.rule.points) && m.minimum_met;
        out.push((ok, metric_line(program, m, lang)));
    }
    out
}

/// `qualified on 2022-05-12, a day of the current month and the 5 before`.
pub(crate) fn qualified_line(day: chrono::NaiveDate, months: u32, lang: Lang) -> String {
    let args = Args::new()
        .with("date", day.to_string())
        .with("months", u64::from(months));
    i18n::text(lang, "report-score-qualified", &args)
}

/// The plan's lines: what to reach in all, then each metric to improve.
pub(crate) fn plan_lines(program: &Program, p: &ScorePlan, lang: Lang) -> Vec<String> {
    let args = Args::new()
        .with("requirement", p.requirement)
        .with("target", u64::from(p.rule.target))
        .with("points", points(lang, p.points))
        .with("cost", p.cost)
        .with(
            "money",
            match p.rule.metrics.iter().any(|m| m.measure.money().is_some()) {
                true => "yes",
                false => "no",
            },
        );
    if p.unplanned {
        return vec![i18n::text(lang, "report-score-unplanned", &args)];
    }
    let mut out = vec![i18n::text(lang, "report-score-plan", &args)];
    for s in &p.steps {
        let figure = |n: i128| figure(program, s.money, n, lang);
        let args = Args::new()
            .with("what", metric_what(program, s.metric, lang))
            .with("more", figure(i128::from(s.to) - i128::from(s.from)))
            .with("from", figure(i128::from(s.from)))
            .with("to", figure(i128::from(s.to)))
            .with("points", points(lang, s.points))
            .with("weight", u64::from(s.metric.points));
        out.push(i18n::text(lang, "report-score-plan-step", &args));
    }
    out
}

/// The plan to reach a score in the JSON report.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ScorePlanJson<'a> {
    /// The score's id in its tier.
    pub requirement: &'a str,
    /// Units to add in all (one customer, person, deployment or unit of
    /// usage each; money one per point's worth, counted up).
    pub cost: u64,
    /// The points after the plan, exact to the hundredth.
    pub points: Amount,
    /// Too large to plan exactly.
    pub unplanned: bool,
    /// The metrics to improve.
    pub steps: Vec<ScoreStepJson>,
}

/// One metric to improve.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ScoreStepJson {
    /// 0-based index of the metric in its score.
    pub metric: u32,
    /// What it found.
    pub from: i64,
    /// What it must find.
    pub to: u64,
    /// Its points then, exact to the hundredth.
    pub points: Amount,
    /// For a money metric, `from` and `to` as exact amounts in its currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub money: Option<StepMoneyJson>,
}

/// A money metric's step as exact amounts.
#[derive(Debug, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct StepMoneyJson {
    /// The sum found.
    pub from: Amount,
    /// The sum to reach.
    pub to: Amount,
}

/// `p` as JSON.
pub fn plan_json<'a>(p: &'a ScorePlan<'a>) -> ScorePlanJson<'a> {
    ScorePlanJson {
        requirement: p.requirement,
        cost: p.cost,
        points: Amount(hundredths(p.points)),
        unplanned: p.unplanned,
        steps: (p.steps.iter())
            .map(|s| ScoreStepJson {
                metric: (p.rule.metrics.iter())
                    .position(|m| std::ptr::eq(m, s.metric))
                    .unwrap_or(0) as u32,
                from: s.from,
                to: s.to,
                points: Amount(hundredths(s.points)),
                money: s.money.map(|f| StepMoneyJson {
                    from: Amount(f.amount(i128::from(s.from))),
                    to: Amount(f.amount(i128::from(s.to))),
                }),
            })
            .collect(),
    }
}

/// The `qualified on any day of …` window of a tier, in months before the current one.
pub(crate) fn window(program: &Program, competency: &str, option: &str, tier: &str) -> Option<u32> {
    let c = program.competencies.iter().find(|c| c.id == competency)?;
    let o = c.options.iter().find(|o| o.id == option)?;
    o.tiers.iter().find(|t| t.id == tier)?.qualified
}
