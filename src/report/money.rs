//! Amounts as people read them: `USD 240,500`, `USD 0.30`; French: `240 500 USD`.

use rust_decimal::Decimal;

/// Groups the integer part by thousands; keeps the decimals as written,
/// dropping `.00` so whole amounts read as in the rules (`USD 100,000`).
pub fn amount(d: Decimal, thousands: &str, decimal: &str) -> String {
    let d = if d.fract().is_zero() { d.trunc() } else { d };
    let s = d.abs().to_string();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut grouped = String::new();
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
        // Cents are shown with two digits at least (`0.3` reads `0.30`).
        Some(f) => format!("{sign}{grouped}{decimal}{f:0<2}"),
        None => format!("{sign}{grouped}"),
    }
}

/// `USD 240,500` in English.
pub fn money_en(currency: &str, d: Decimal) -> String {
    format!("{currency} {}", amount(d, ",", "."))
}

/// `240 500 USD` in French (narrow no-break space between thousands).
pub fn money_fr(currency: &str, d: Decimal) -> String {
    format!("{}\u{a0}{currency}", amount(d, "\u{202f}", ","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn formats_amounts() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(money_en("USD", d("240500.00")), "USD 240,500");
        assert_eq!(money_en("USD", d("59500")), "USD 59,500");
        assert_eq!(money_en("USD", d("0.3")), "USD 0.30");
        assert_eq!(money_en("USD", d("1234567.891")), "USD 1,234,567.891");
        assert_eq!(money_en("USD", d("100")), "USD 100");
        assert_eq!(money_en("USD", d("-1000")), "USD -1,000");
        assert_eq!(money_fr("USD", d("150000")), "150\u{202f}000\u{a0}USD");
    }
}
