//! The one message catalog: every sentence rubric prints, in English and
//! French, as Fluent files under `messages/<lang>/` compiled into the binary.
//!
//! Diagnostics, the evaluation report and `doc` all take their words from here,
//! together with the one list joiner ([`join`]) and the one money formatter
//! ([`money`]). A message missing in a language falls back to English, then to
//! its id, so output never panics on a gap in a translation (a test checks that
//! both catalogs have the same messages and attributes).

mod args;
mod format;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};

pub use args::{Arg, Args, Conj, Phrase};
pub use format::{amount, join, money};

/// A language rubric speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The tag used in rules texts and on the command line (`en`, `fr`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language of a tag (`fr`, `fr-FR`, `fr_CA.UTF-8`), if rubric speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The language the environment asks for: `LC_ALL`, `LC_MESSAGES`, then
    /// `LANG` (the first one set and non-empty), else English.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_tag(&v))
            .unwrap_or_default()
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::from_tag(s).ok_or_else(|| format!("unknown language `{s}` (expected `en` or `fr`)"))
    }
}

/// The Fluent sources of one language, in a fixed order.
macro_rules! ftl_files {
    ($lang:literal: $($name:literal),* $(,)?) => {
        &[$(
            (concat!($lang, "/", $name, ".ftl"),
             include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/messages/", $lang, "/", $name, ".ftl"))),
        )*]
    };
}

/// The catalog files; each phase owns one so that they can change independently.
const EN: &[(&str, &str)] = ftl_files!("en": "common", "syntax", "compile", "data", "eval", "report", "doc", "test", "fmt", "cli");
const FR: &[(&str, &str)] = ftl_files!("fr": "common", "syntax", "compile", "data", "eval", "report", "doc", "test", "fmt", "cli");

/// The raw Fluent files of a language, as `(name, text)`: for tests and tools.
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => EN,
        Lang::Fr => FR,
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::En => &BUNDLES[0],
        Lang::Fr => &BUNDLES[1],
    };
    slot.get_or_init(|| {
        let id: unic_langid::LanguageIdentifier =
            lang.tag().parse().expect("a language tag rubric speaks");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks (U+2068/U+2069) would show up in terminals and snapshots.
        bundle.set_use_isolating(false);
        for (_, text) in sources(lang) {
            // A syntax error in a shipped catalog is caught by the catalog tests;
            // the entries that parsed are still used.
            let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(res);
        }
        bundle
    })
}

/// The message `id` (or its attribute `attr`) in `lang`, with `args` put in.
/// Falls back to English, then returns `None`.
pub fn lookup(lang: Lang, id: &str, attr: Option<&str>, args: &Args) -> Option<String> {
    let try_lang = |lang: Lang| -> Option<String> {
        let b = bundle(lang);
        let msg = b.get_message(id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let fargs: FluentArgs = args.to_fluent(lang);
        let mut errors = Vec::new();
        let s: Cow<str> = b.format_pattern(pattern, Some(&fargs), &mut errors);
        Some(s.into_owned())
    };
    try_lang(lang).or_else(|| (lang != Lang::En).then(|| try_lang(Lang::En)).flatten())
}

/// The message `id` in `lang`; its id when no catalog has it.
pub fn text(lang: Lang, id: &str, args: &Args) -> String {
    lookup(lang, id, None, args).unwrap_or_else(|| id.to_string())
}

/// A message without arguments.
pub fn word(lang: Lang, id: &str) -> String {
    text(lang, id, &Args::new())
}

/// Every message id and its attribute names, for the catalog tests.
pub fn entries(lang: Lang) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for (_, text) in sources(lang) {
        let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let mut attrs: Vec<String> =
                    m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                attrs.sort();
                out.push((m.id.name.to_string(), attrs));
            }
        }
    }
    out.sort();
    out
}

/// Syntax errors in the catalog files of `lang`, as `file: error`.
pub fn catalog_errors(lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for (name, text) in sources(lang) {
        if let Err((_, errs)) = FluentResource::try_new(text.to_string()) {
            out.extend(errs.iter().map(|e| format!("{name}: {e:?}")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        assert_eq!(Lang::from_tag("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("C"), None);
        assert_eq!("FR".parse::<Lang>(), Ok(Lang::Fr));
    }

    #[test]
    fn catalogs_parse_and_match() {
        for lang in Lang::ALL {
            assert_eq!(catalog_errors(lang), Vec::<String>::new(), "{lang:?}");
        }
        let en = entries(Lang::En);
        let fr = entries(Lang::Fr);
        let missing_fr: Vec<_> = en.iter().filter(|e| !fr.contains(e)).collect();
        let missing_en: Vec<_> = fr.iter().filter(|e| !en.contains(e)).collect();
        assert!(
            missing_fr.is_empty() && missing_en.is_empty(),
            "messages or attributes in one language only:\n  en only: {missing_fr:?}\n  fr only: {missing_en:?}"
        );
    }

    #[test]
    fn arguments_and_fallback() {
        let args = Args::new()
            .with("items", Arg::ids(["a", "b", "c"], Conj::Or))
            .with("n", 2u32);
        assert_eq!(
            text(Lang::En, "common-test-message", &args),
            "pick `a`, `b` or `c` (2 items)"
        );
        assert_eq!(
            text(Lang::Fr, "common-test-message", &args),
            "choisir `a`, `b` ou `c` (2 éléments)"
        );
        assert_eq!(text(Lang::Fr, "no-such-message", &args), "no-such-message");
    }
}
