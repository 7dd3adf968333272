//! An amount with more decimals than its currency has (`USD 100.125`): a
//! threshold no payment can reach exactly, most likely a typo (issue 9).

use rust_decimal::Decimal;

use super::codes::new;
use crate::diag::Diagnostic;
use crate::span::Span;

/// The decimals of an ISO 4217 currency (its minor unit): 2 for most, the
/// exceptions listed; `None` for a code that is not three upper-case letters,
/// or a special `X..` code (gold, SDR, …), whose unit rubric does not know.
fn minor_units(code: &str) -> Option<u32> {
    const NONE: [&str; 17] = [
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
        "VUV", "XAF", "XOF", "XPF",
    ];
    const THREE: [&str; 7] = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
    const FOUR: [&str; 2] = ["CLF", "UYW"];
    if NONE.contains(&code) {
        Some(0)
    } else if THREE.contains(&code) {
        Some(3)
    } else if FOUR.contains(&code) {
        Some(4)
    } else if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        (!code.starts_with('X') || code == "XCD").then_some(2)
    } else {
        None
    }
}

/// A warning when `amount`, written `written`, has more decimals (trailing
/// zeros aside) than `currency` has.
pub(crate) fn check(
    currency: &str,
    amount: Decimal,
    written: &str,
    span: Span,
) -> Option<Diagnostic> {
    let minor = minor_units(currency)?;
    let decimals = amount.normalize().scale();
    (decimals > minor).then(|| {
        new("rubric::validate::amount-precision", span)
            .arg("amount", format!("{currency} {written}"))
            .arg("currency", currency)
            .arg("decimals", decimals)
            .arg("minor", minor)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minor_units_of_iso_currencies() {
        assert_eq!(minor_units("USD"), Some(2));
        assert_eq!(minor_units("JPY"), Some(0));
        assert_eq!(minor_units("KWD"), Some(3));
        assert_eq!(minor_units("XAU"), None);
        assert_eq!(minor_units("points"), None);
    }
}
