//! [`SmallStr`], the string type of partner data.

use std::fmt;
use std::ops::Deref;

use compact_str::CompactString;
use serde::{Serialize, Serializer};

/// The string type of partner data: a typical partner has a hundred and more
/// short strings (ids, customers, names), and allocating each would cost about
/// as much as parsing it, so strings of up to 24 bytes are stored inline.
/// Read it as a `&str` (it derefs to one).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SmallStr(CompactString);

impl SmallStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for SmallStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for SmallStr {
    fn from(s: &str) -> SmallStr {
        SmallStr(CompactString::new(s))
    }
}

impl From<std::borrow::Cow<'_, str>> for SmallStr {
    fn from(s: std::borrow::Cow<'_, str>) -> SmallStr {
        SmallStr(CompactString::from(s))
    }
}

impl PartialEq<str> for SmallStr {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for SmallStr {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for SmallStr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self)
    }
}

impl Serialize for SmallStr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}
