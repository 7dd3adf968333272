//! Lookup tables built once from a [`Program`], so loading a partner costs a
//! few comparisons per id rather than a scan of the program's catalogs.

use std::sync::Arc;

use crate::idmap::IdMap;
use crate::ir::{CredentialKind, MarketIdx, Program};

/// The 249 officially assigned ISO 3166-1 alpha-2 codes (ISO 3166 Maintenance
/// Agency list), upper case, sorted, separated by white space: a data table,
/// kept as data.
const ISO_3166_ALPHA2: &str = include_str!("iso3166.txt");

/// A two-letter code as an index into a 26×26 table, or `None` if `code` is not
/// two ASCII letters. Lower case maps like upper case.
fn slot(code: &str) -> Option<usize> {
    match code.as_bytes() {
        [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            let a = usize::from(a.to_ascii_uppercase() - b'A');
            let b = usize::from(b.to_ascii_uppercase() - b'A');
            Some(a * 26 + b)
        }
        _ => None,
    }
}

/// Ids of one catalog and the `value` of their positions, the first
/// declaration winning (as in `Program::exam`): inserted last to first, so
/// that it overwrites. An [`IdMap`]: one hash of a short id and a probe or
/// two beat a scan of even a few ids.
fn id_table(ids: &[&str], value: impl Fn(u32) -> u32) -> IdMap {
    let last_first = ids.iter().enumerate().rev();
    last_first.map(|(i, id)| (*id, value(i as u32))).collect()
}

/// One of the id catalogs of a program (the order of [`Catalog::ids`], and
/// of the unknown-id codes in `check::UNKNOWN`: keep them in step).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Table {
    Exam,
    Product,
    Kind,
    Currency,
    Association,
    Status,
    /// The assessments (lookups search every credential: one namespace).
    Assessment,
    /// The certifications (lookups search every credential).
    Certification,
    Metric,
}

/// What the catalog says about a country code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CountryCheck {
    /// A known country, upper-cased, and its market.
    Market([u8; 2], MarketIdx),
    /// A known country that no market lists, with no default market.
    NoMarket([u8; 2]),
    /// Not an ISO 3166-1 alpha-2 code, nor a code the rules list.
    Unknown,
}

/// The program's ids, indexed for loading many partners against one program.
///
/// Build it once with [`Catalog::new`] and pass it to [`super::load`] for
/// every partner of a stream.
#[derive(Debug)]
pub struct Catalog<'p> {
    program: &'p Program,
    /// The ids of each [`Table`], in declaration order.
    ids: [Vec<&'p str>; 9],
    /// For each two-letter code: `None` if it is neither an ISO code nor
    /// listed by a market, else the first market listing it, if any.
    markets: Box<[Option<Option<MarketIdx>>; 26 * 26]>,
    /// The ids of each [`Table`] and their positions, owned, so that the
    /// fast path can read them while it deserializes (see `fast::TABLES`).
    /// Credentials share one namespace, the table of exams, where each
    /// position is shifted left by two bits above its kind (a
    /// `CredentialKind` as a number); the tables of assessments and
    /// certifications stay empty. Read them with [`known`].
    pub(crate) tables: Tables,
}

/// See [`Catalog::tables`].
pub(crate) type Tables = Arc<[IdMap; 9]>;

/// The position of `id` in `table` of `tables`.
pub(crate) fn known(tables: &Tables, table: Table, id: &str) -> Option<u32> {
    // Credentials share one namespace: an id listed under another kind is
    // found, and counts as the kind the rules declare.
    if let Table::Exam | Table::Assessment | Table::Certification = table {
        return credential(tables, id).map(|c| c.0);
    }
    tables[table as usize].get(id)
}

/// The position and the kind (a `CredentialKind` as a number) of the credential `id`.
pub(crate) fn credential(tables: &Tables, id: &str) -> Option<(u32, u32)> {
    let v = tables[Table::Exam as usize].get(id)?;
    Some((v >> 2, v & 3))
}

impl<'p> Catalog<'p> {
    /// Indexes the catalogs of `program`.
    pub fn new(program: &'p Program) -> Catalog<'p> {
        let mut markets = Box::new([None; 26 * 26]);
        for i in ISO_3166_ALPHA2.split_whitespace().filter_map(slot) {
            markets[i] = Some(None);
        }
        for (m, market) in program.markets.iter().enumerate() {
            for i in market.countries.iter().filter_map(|c| slot(c)) {
                // The first market listing a country wins, as in `Program::market_of`.
                let first = markets[i].flatten().unwrap_or(MarketIdx(m as u32));
                markets[i] = Some(Some(first));
            }
        }
        let p = program;
        let entries = |t: &'p [crate::ir::Entry]| t.iter().map(|e| e.id.as_str()).collect();
        let of_kind = |k| -> Vec<&'p str> {
            let exams = p.exams.iter().filter(|e| e.kind == k);
            exams.map(|e| e.id.as_str()).collect()
        };
        let ids: [Vec<&'p str>; 9] = [
            p.exams.iter().map(|e| e.id.as_str()).collect(),
            entries(&p.products),
            entries(&p.kinds),
            entries(&p.currencies),
            entries(&p.associations),
            entries(&p.statuses),
            of_kind(CredentialKind::Assessment),
            of_kind(CredentialKind::Certification),
            p.metrics.iter().map(|e| e.id.as_str()).collect(),
        ];
        let shared = [Table::Assessment, Table::Certification].map(|t| t as usize);
        let tables = std::array::from_fn(|t| match t {
            // Table::Exam: every credential, its position above its kind (see `credential`).
            0 => id_table(&ids[0], |i| i << 2 | p.exams[i as usize].kind as u32),
            _ if shared.contains(&t) => IdMap::default(),
            _ => id_table(&ids[t], |i| i),
        });
        Catalog {
            program,
            tables: Arc::new(tables),
            ids,
            markets,
        }
    }

    /// The ids of one catalog, in declaration order.
    pub(crate) fn ids(&self, table: Table) -> &[&'p str] {
        &self.ids[table as usize]
    }

    /// "`MB2-714`, `MB2-713`, ..." (the first few ids of a catalog) and how
    /// many more there are, for helps.
    pub(crate) fn known(&self, table: Table) -> (String, usize) {
        const SHOWN: usize = 6;
        let ids = self.ids(table);
        let shown: Vec<String> = ids.iter().take(SHOWN).map(|id| format!("`{id}`")).collect();
        (shown.join(", "), ids.len().saturating_sub(SHOWN))
    }

    /// The program this catalog indexes.
    pub fn program(&self) -> &'p Program {
        self.program
    }

    /// The position of `id` in one of the catalogs.
    pub(crate) fn lookup(&self, table: Table, id: &str) -> Option<u32> {
        known(&self.tables, table, id)
    }

    /// The market of a country code (either case): the market listing it, else the default.
    pub fn market_of(&self, country: &str) -> Option<MarketIdx> {
        match self.country(country) {
            CountryCheck::Market(_, m) => Some(m),
            _ => None,
        }
    }

    pub(crate) fn country(&self, code: &str) -> CountryCheck {
        let Some(Some(market)) = slot(code).map(|i| self.markets[i]) else {
            return CountryCheck::Unknown;
        };
        let b = code.as_bytes();
        let upper = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
        match market.or(self.program.default_market) {
            Some(m) => CountryCheck::Market(upper, m),
            None => CountryCheck::NoMarket(upper),
        }
    }

    /// A fix for a common wrong country code, if there is one.
    pub(crate) fn country_hint(code: &str) -> Option<&'static str> {
        match code.to_ascii_uppercase().as_str() {
            "UK" => Some("GB"),
            "EL" => Some("GR"),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_table_is_sorted_unique_two_letters() {
        let codes: Vec<&str> = ISO_3166_ALPHA2.split_whitespace().collect();
        assert_eq!(codes.len(), 249);
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        assert!(codes
            .iter()
            .all(|c| slot(c).is_some() && c.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn id_tables_find_the_first_declaration() {
        let ids = [
            "a",
            "crm-online",
            "crm-onlinf",
            "MB2-714",
            "MB2-714",
            "exactly8",
            "exactly9!",
            "",
        ];
        let table = id_table(&ids, |i| i);
        for (i, id) in ids.iter().enumerate() {
            let first = ids.iter().position(|k| k == id).unwrap();
            assert_eq!(table.get(id), Some(first as u32), "{id:?} at {i}");
        }
        for absent in [
            "b",
            "crm-onlin",
            "crm-onlinee",
            "MB2-71",
            "exactly7",
            "exactly9?",
            "é",
        ] {
            assert_eq!(table.get(absent), None, "{absent:?}");
        }
    }

    #[test]
    fn slots() {
        assert_eq!(slot("AA"), Some(0));
        assert_eq!(slot("zz"), Some(675));
        assert_eq!(slot("fR"), slot("FR"));
        for bad in ["", "F", "FRA", "F1", "É", "é1", "\u{0}\u{0}"] {
            assert_eq!(slot(bad), None, "{bad:?}");
        }
    }
}
