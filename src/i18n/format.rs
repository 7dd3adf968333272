//! The one list joiner and the one money formatter, per language.

use rust_decimal::Decimal;

use super::{Conj, Lang};

/// "a", "a or b", "a, b or c" (en); "a, b ou c" (fr). No serial comma.
pub fn join<S: AsRef<str>>(lang: Lang, items: &[S], conj: Conj) -> String {
    let word = match (lang, conj) {
        (Lang::En, Conj::Or) => "or",
        (Lang::En, Conj::And) => "and",
        (Lang::Fr, Conj::Or) => "ou",
        (Lang::Fr, Conj::And) => "et",
    };
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {word} {}", head.join(", "), last.as_ref())
        }
    }
}

/// An amount as people read it: thousands grouped (`,` in English, a narrow
/// no-break space in French), `.00` dropped so whole amounts read as in the
/// rules, other decimals shown with at least two digits (`0.3` → `0.30`).
pub fn amount(lang: Lang, d: Decimal) -> String {
    let (thousands, point) = match lang {
        Lang::En => (",", "."),
        Lang::Fr => ("\u{202f}", ","),
    };
    let d = if d.fract().is_zero() { d.trunc() } else { d };
    let s = d.abs().to_string();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3 * 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push_str(thousands);
        }
        grouped.push(c);
    }
    let sign = if d.is_sign_negative() && !d.is_zero() {
        "-"
    } else {
        ""
    };
    match frac {
        Some(f) => format!("{sign}{grouped}{point}{f:0<2}"),
        None => format!("{sign}{grouped}"),
    }
}

/// `USD 240,500` in English, `240 500 USD` in French (no-break spaces).
pub fn money(lang: Lang, d: Decimal, currency: &str) -> String {
    match lang {
        Lang::En => format!("{currency} {}", amount(lang, d)),
        Lang::Fr => format!("{}\u{a0}{currency}", amount(lang, d)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn lists() {
        assert_eq!(join(Lang::En, &["a"], Conj::Or), "a");
        assert_eq!(join(Lang::En, &["a", "b"], Conj::And), "a and b");
        assert_eq!(join(Lang::Fr, &["a", "b", "c"], Conj::Or), "a, b ou c");
        assert_eq!(join::<&str>(Lang::Fr, &[], Conj::Or), "");
    }

    #[test]
    fn amounts() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(money(Lang::En, d("240500.00"), "USD"), "USD 240,500");
        assert_eq!(money(Lang::En, d("0.3"), "USD"), "USD 0.30");
        assert_eq!(
            money(Lang::En, d("1234567.891"), "USD"),
            "USD 1,234,567.891"
        );
        assert_eq!(money(Lang::En, d("-1000"), "USD"), "USD -1,000");
        assert_eq!(
            money(Lang::Fr, d("150000.5"), "USD"),
            "150\u{202f}000,50\u{a0}USD"
        );
    }
}
