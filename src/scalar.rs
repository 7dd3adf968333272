//! Exact parsers for the two scalar formats partner data uses: amounts and dates.
//!
//! Both are hand-written rather than delegated: `Decimal::from_str` accepts
//! underscores and rounds over-long inputs, and a silently rounded amount is a
//! wrong answer. These parsers either return the exact value written or refuse.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Why an amount was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AmountError {
    /// Not of the form `-?digits(.digits)?([eE][+-]?digits)?`.
    NotANumber,
    /// A number, but not representable exactly as a `Decimal`.
    OutOfRange,
}

/// Largest mantissa a `Decimal` holds: 2^96 - 1.
const MAX_MANTISSA: u128 = (1u128 << 96) - 1;
/// Most digits after the decimal point a `Decimal` holds.
const MAX_SCALE: i64 = 28;

/// Parses a decimal number exactly: the JSON number grammar, with leading zeros
/// allowed. `-0` is zero. The scale written is kept (`60000.10` stays `60000.10`).
pub(crate) fn parse_amount(text: &str) -> Result<Decimal, AmountError> {
    if let Some(d) = plain_amount(text.as_bytes()) {
        return Ok(d);
    }
    let b = text.as_bytes();
    let mut i = 0;
    let negative = b.first() == Some(&b'-');
    if negative {
        i = 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int = &b[int_start..i];
    if int.is_empty() {
        return Err(AmountError::NotANumber);
    }
    let mut frac: &[u8] = &[];
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac = &b[start..i];
        if frac.is_empty() {
            return Err(AmountError::NotANumber);
        }
    }
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let mut exp_negative = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            exp_negative = b[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: any exponent this large is out of range anyway.
            exp = (exp * 10 + i64::from(b[i] - b'0')).min(1_000_000);
            i += 1;
        }
        if i == start {
            return Err(AmountError::NotANumber);
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(AmountError::NotANumber);
    }

    // The value is digits(int ++ frac) × 10^-scale. Trailing zeros of the
    // fraction beyond what a Decimal can hold carry no value: drop them.
    let mut scale = frac.len() as i64 - exp;
    while scale > MAX_SCALE && frac.last() == Some(&b'0') {
        frac = &frac[..frac.len() - 1];
        scale -= 1;
    }
    // Up to 19 digits (every amount in practice) fit a u64, whose arithmetic
    // is several times cheaper than u128's.
    let (mut short, mut mantissa) = (0u64, 0u128);
    let mut significant = 0i64;
    for &c in int.iter().chain(frac) {
        if significant == 0 && c == b'0' {
            continue;
        }
        significant += 1;
        let digit = c - b'0';
        match significant {
            ..=19 => short = short * 10 + u64::from(digit),
            20..=29 => mantissa = mantissa * 10 + u128::from(digit),
            _ => return Err(AmountError::OutOfRange),
        }
        if significant == 19 {
            mantissa = u128::from(short);
        }
    }
    if significant < 19 {
        mantissa = u128::from(short);
    }
    if significant == 0 {
        return Ok(Decimal::new(0, scale.clamp(0, MAX_SCALE) as u32));
    }
    if scale > MAX_SCALE {
        return Err(AmountError::OutOfRange);
    }
    if scale < 0 {
        if significant - scale > 29 {
            return Err(AmountError::OutOfRange);
        }
        for _ in 0..-scale {
            mantissa *= 10;
        }
        scale = 0;
    }
    if mantissa > MAX_MANTISSA {
        return Err(AmountError::OutOfRange);
    }
    // In range: the mantissa fits 96 bits and the scale is at most 28.
    let word = |shift: u32| (mantissa >> shift) as u32;
    Ok(Decimal::from_parts(
        word(0),
        word(32),
        word(64),
        negative,
        scale as u32,
    ))
}

/// The common case, quickly: `digits` or `digits.digits`, at most 18 digits
/// in all (so no overflow and no rounding). `None` for anything else, which
/// the general parser then reads.
fn plain_amount(b: &[u8]) -> Option<Decimal> {
    if b.is_empty() || b.len() > 19 {
        return None;
    }
    let (mut mantissa, mut scale, mut dot) = (0i64, 0u32, false);
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => {
                // 19 digits without a point can pass the length test and
                // overflow: leave them to the general parser.
                mantissa = mantissa.checked_mul(10)?.checked_add(i64::from(c - b'0'))?;
                scale += u32::from(dot);
            }
            // Not first, not last, not twice.
            b'.' if !dot && i > 0 && i + 1 < b.len() => dot = true,
            _ => return None,
        }
    }
    Some(Decimal::new(mantissa, scale))
}

/// Why a date was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DateError {
    /// Not `YYYY-MM-DD`.
    Shape,
    /// A month outside 1..=12.
    Month(u32),
    /// A day the month does not have.
    Day { year: i32, month: u32, day: u32 },
}

/// How many days `month` of `year` has.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
        .unwrap_or(28)
}

/// Parses a calendar date written exactly `YYYY-MM-DD`.
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let Ok(b) = <&[u8; 10]>::try_from(text.as_bytes()) else {
        return Err(DateError::Shape);
    };
    // The eight digits at once: a byte minus `0` is a digit iff it is at most
    // 9, which adding 118 to it shows in its top bit (a byte of 138 or more,
    // whose sum would carry, has its top bit set already).
    let d = u64::from_le_bytes([b[0], b[1], b[2], b[3], b[5], b[6], b[8], b[9]])
        .wrapping_sub(0x3030_3030_3030_3030);
    let over = (d.wrapping_add(0x7676_7676_7676_7676) | d) & 0x8080_8080_8080_8080;
    if b[4] != b'-' || b[7] != b'-' || over != 0 {
        return Err(DateError::Shape);
    }
    let [y0, y1, y2, y3, m0, m1, d0, d1] = d.to_le_bytes().map(u32::from);
    let year = (y0 * 1000 + y1 * 100 + y2 * 10 + y3) as i32;
    let (month, day) = (m0 * 10 + m1, d0 * 10 + d1);
    if !(1..=12).contains(&month) {
        return Err(DateError::Month(month));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::Day { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts_are_exact_and_keep_their_scale() {
        assert_eq!(parse_amount("60000.10").unwrap().to_string(), "60000.10");
        assert_eq!(
            parse_amount("0.1").unwrap() + parse_amount("0.2").unwrap(),
            dec("0.3")
        );
        assert_eq!(parse_amount("6.0001e4").unwrap(), dec("60001"));
        assert_eq!(parse_amount("6E+4").unwrap().to_string(), "60000");
        assert_eq!(parse_amount("125e-2").unwrap().to_string(), "1.25");
        assert_eq!(parse_amount("007").unwrap(), dec("7"));
        assert_eq!(parse_amount("-0").unwrap(), Decimal::ZERO);
        assert!(!parse_amount("-0.00").unwrap().is_sign_negative());
        assert_eq!(parse_amount("-5.5").unwrap(), dec("-5.5"));
        assert_eq!(
            parse_amount("79228162514264337593543950335").unwrap(),
            Decimal::MAX
        );
        let tiny = format!("0.{}1", "0".repeat(27));
        assert_eq!(parse_amount(&tiny).unwrap().scale(), 28);
        let padded = format!("1.{}", "0".repeat(40));
        assert_eq!(parse_amount(&padded).unwrap(), Decimal::ONE);
    }

    proptest::proptest! {
        /// Plain decimals of up to 28 digits, which `Decimal::from_str` reads
        /// exactly too: both agree on the value and the scale.
        #[test]
        fn amounts_agree_with_rust_decimal(s in "-?[0-9]{1,18}(\\.[0-9]{1,10})?") {
            let ours = parse_amount(&s).unwrap();
            let theirs = dec(&s);
            proptest::prop_assert_eq!(ours, theirs);
            proptest::prop_assert_eq!(ours.scale(), theirs.scale());
        }
    }

    #[test]
    fn amounts_that_are_not_numbers() {
        for s in [
            "",
            "-",
            "10O000.00",
            "1_000",
            "+5",
            ".5",
            "5.",
            "1e",
            "1e+",
            " 1",
            "1 ",
            "1,000",
            "$5",
            "NaN",
            "inf",
            "0x10",
            "1.2.3",
            "--1",
        ] {
            assert_eq!(parse_amount(s), Err(AmountError::NotANumber), "{s:?}");
        }
    }

    #[test]
    fn amounts_out_of_range() {
        let forty = "1".repeat(40);
        let too_precise = format!("0.{}1", "0".repeat(28));
        for s in [
            "1e400",
            "1e99999999999999999999999",
            forty.as_str(),
            "79228162514264337593543950336",
            too_precise.as_str(),
            "1e29",
        ] {
            assert_eq!(parse_amount(s), Err(AmountError::OutOfRange), "{s:?}");
        }
        assert_eq!(parse_amount("1e-400").unwrap_err(), AmountError::OutOfRange);
        assert_eq!(parse_amount("0e400").unwrap(), Decimal::ZERO);
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2017-07-01").unwrap(),
            NaiveDate::from_ymd_opt(2017, 7, 1).unwrap()
        );
        assert_eq!(parse_date("2017-13-01"), Err(DateError::Month(13)));
        assert_eq!(days_in_month(2017, 2), 28);
        assert_eq!(days_in_month(2016, 2), 29);
        assert_eq!(parse_date("2016-02-29").unwrap().to_string(), "2016-02-29");
        assert_eq!(
            parse_date("2017-01-00"),
            Err(DateError::Day {
                year: 2017,
                month: 1,
                day: 0
            })
        );
        for s in [
            "2017-7-1",
            "17-07-01",
            "2017/07/01",
            "2017-07-01T00:00",
            "",
            "२०१७-07-01",
        ] {
            assert_eq!(parse_date(s), Err(DateError::Shape), "{s:?}");
        }
    }

    #[test]
    fn a_date_has_digits_and_dashes_in_their_places_and_nothing_else() {
        // Every character in every place: the shape is refused exactly when
        // a digit is not a digit or a dash not a dash.
        for place in 0..10 {
            for c in (0u8..128).chain([0xE9]) {
                let mut text = String::from("2016-12-31");
                let c = char::from(c);
                text.replace_range(place..place + 1, &c.to_string());
                let shaped = match place {
                    4 | 7 => c == '-',
                    _ => c.is_ascii_digit(),
                };
                let got = parse_date(&text);
                assert_eq!(got != Err(DateError::Shape), shaped, "{text:?}: {got:?}");
            }
        }
    }
}
