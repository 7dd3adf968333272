//! Errors and warnings of name resolution and validation.

use miette::{Diagnostic, SourceSpan};
use thiserror::Error;

use crate::span::SourceFile;

/// A problem found while resolving and validating a program.
///
/// Every variant points at the exact place and says how to fix it. Variants
/// marked as warnings do not stop compilation.
#[derive(Debug, Error, Diagnostic)]
#[non_exhaustive]
pub enum CompileError {
    /// A reference to a name that no file declares.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Unknown(#[from] UnknownName),

    /// The same id declared twice.
    #[error("{what} `{name}` is defined more than once")]
    #[diagnostic(
        code("rubric::resolve::duplicate-definition"),
        help("remove one of the definitions, or give this one another id")
    )]
    Duplicate {
        what: &'static str,
        name: String,
        #[label("`{name}` defined again here")]
        span: SourceSpan,
        /// The first definition, when it is in the same file.
        #[label("first defined here")]
        first: Option<SourceSpan>,
        /// The first definition, when it is in another file.
        #[related]
        elsewhere: Vec<FirstDefinedHere>,
        #[source_code]
        src: SourceFile,
    },

    /// The slot groups of an `individuals` block do not add up to its total.
    #[error("slot counts add up to {sum}, but the total is {total}")]
    #[diagnostic(code("rubric::validate::slot-count-mismatch"))]
    SlotCountMismatch {
        sum: u64,
        total: u32,
        #[label("{total} individuals required here")]
        span: SourceSpan,
        #[label("these groups ask for {sum}")]
        groups: SourceSpan,
        #[help]
        help: String,
        #[source_code]
        src: SourceFile,
    },

    /// `one of []`, `in []` or `countries []`.
    #[error("empty {what} list")]
    #[diagnostic(code("rubric::validate::empty-list"))]
    EmptyList {
        what: &'static str,
        #[label("nothing listed")]
        span: SourceSpan,
        #[help]
        help: String,
        #[source_code]
        src: SourceFile,
    },

    /// The same name twice in one list.
    #[error("{what} `{name}` is listed twice")]
    #[diagnostic(
        code("rubric::validate::listed-twice"),
        help("remove the second `{name}`")
    )]
    ListedTwice {
        what: &'static str,
        name: String,
        #[label("listed again here")]
        span: SourceSpan,
        #[label("first listed here")]
        first: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// `3 of [A, B]` or `0 of [...]`.
    #[error("`{need} of` a list of {len} exam(s) can never be met")]
    #[diagnostic(code("rubric::validate::impossible-clause"))]
    ImpossibleClause {
        need: u32,
        len: usize,
        #[help]
        help: String,
        #[label("asks for {need}")]
        span: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// A per-market threshold that leaves a declared market out.
    #[error("no amount for market `{market}`")]
    #[diagnostic(code("rubric::validate::missing-market-threshold"))]
    MissingMarket {
        market: String,
        #[label("`{market}` is not given an amount")]
        span: SourceSpan,
        #[help]
        help: String,
        #[source_code]
        src: SourceFile,
    },

    /// A market named twice in one threshold.
    #[error("market `{market}` is given two amounts")]
    #[diagnostic(
        code("rubric::validate::duplicate-market-threshold"),
        help("keep one amount per market")
    )]
    DuplicateMarketAmount {
        market: String,
        #[label("second amount")]
        span: SourceSpan,
        #[label("first amount")]
        first: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// A block given the same property twice (`title` twice, `default` twice,
    /// two `individuals` blocks in a tier).
    #[error("`{what}` is given more than once")]
    #[diagnostic(code("rubric::validate::duplicate-property"))]
    DuplicateProperty {
        what: &'static str,
        #[help]
        help: String,
        #[label("given again here")]
        span: SourceSpan,
        #[label("first given here")]
        first: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// More than one market marked `default`.
    #[error("markets `{first_name}` and `{name}` are both the default market")]
    #[diagnostic(
        code("rubric::validate::several-default-markets"),
        help("a country that no market lists falls in the default market, so only one market may be `default`")
    )]
    SeveralDefaults {
        first_name: String,
        name: String,
        #[label("second default")]
        span: SourceSpan,
        #[related]
        first: Vec<FirstDefinedHere>,
        #[source_code]
        src: SourceFile,
    },

    /// A country listed by two markets.
    #[error("country `{country}` is in two markets, `{first_market}` and `{market}`")]
    #[diagnostic(
        code("rubric::validate::country-in-two-markets"),
        help("a country belongs to exactly one market: remove it from one list")
    )]
    CountryTwice {
        country: String,
        first_market: String,
        market: String,
        #[label("also listed here")]
        span: SourceSpan,
        #[related]
        first: Vec<FirstDefinedHere>,
        #[source_code]
        src: SourceFile,
    },

    /// Not a two-letter ISO 3166-1 code.
    #[error("`{code}` is not an ISO 3166-1 alpha-2 country code")]
    #[diagnostic(
        code("rubric::validate::bad-country-code"),
        help("write countries as two upper-case letters, such as `FR` or `BR`")
    )]
    BadCountry {
        code: String,
        #[label("not a country code")]
        span: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// `over 0 months`.
    #[error("a window of 0 months holds no revenue")]
    #[diagnostic(
        code("rubric::validate::empty-window"),
        help("use `over ttm` (12 months) or `over N months` with N of at least 1")
    )]
    EmptyWindow {
        #[label("empty window")]
        span: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// An option without any tier, or a competency without any option.
    #[error("{what} `{name}` has no {missing}")]
    #[diagnostic(code("rubric::validate::empty-block"))]
    EmptyBlock {
        what: &'static str,
        name: String,
        missing: &'static str,
        #[label("declared here")]
        span: SourceSpan,
        #[help]
        help: String,
        #[source_code]
        src: SourceFile,
    },

    /// A text that gives the same language twice.
    #[error("language `{lang}` is given twice")]
    #[diagnostic(
        code("rubric::validate::duplicate-language"),
        help("give each language once")
    )]
    DuplicateLanguage {
        lang: String,
        #[label("again here")]
        span: SourceSpan,
        #[label("first here")]
        first: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// A tier with no requirement: every partner attains it.
    #[error("tier `{tier}` has no requirement, so every partner attains it")]
    #[diagnostic(
        code("rubric::validate::empty-tier"),
        severity(Warning),
        help("add a `revenue` or `individuals` requirement")
    )]
    EmptyTier {
        tier: String,
        #[label("no requirement")]
        span: SourceSpan,
        #[source_code]
        src: SourceFile,
    },

    /// A higher tier that asks less than a lower one.
    #[error("tier `{higher}` asks less than the lower tier `{lower}`: {what}")]
    #[diagnostic(
        code("rubric::validate::tier-asks-less"),
        severity(Warning),
        help("tiers are listed lowest first: check the amounts, or the order of the tiers")
    )]
    TierAsksLess {
        higher: String,
        lower: String,
        what: String,
        #[label("asks less here")]
        span: SourceSpan,
        #[related]
        lower_at: Vec<FirstDefinedHere>,
        #[source_code]
        src: SourceFile,
    },
}

/// The earlier place a name was defined or stated, shown beside the main error.
#[derive(Debug, Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(severity(Advice))]
pub struct FirstDefinedHere {
    pub message: String,
    #[label("here")]
    pub span: SourceSpan,
    #[source_code]
    pub src: SourceFile,
}

/// A reference to an exam, product, kind, currency or market that no file declares.
#[derive(Debug, Error)]
#[error("unknown {what} `{name}`")]
pub struct UnknownName {
    /// `exam`, `product`, `kind`, `currency` or `market`.
    pub what: &'static str,
    pub name: String,
    pub span: SourceSpan,
    /// A close match among the declared names.
    pub suggestion: Option<String>,
    /// How to declare it, shown when nothing is close.
    pub declare: String,
    pub src: SourceFile,
}

impl Diagnostic for UnknownName {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(format!("rubric::resolve::unknown-{}", self.what)))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(match &self.suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => self.declare.clone(),
        }))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let label = match &self.suggestion {
            Some(_) => format!("no {} is declared with this id", self.what),
            None => format!("not in the {} catalog", self.what),
        };
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_primary_with_span(Some(label), self.span),
        )))
    }
}
