//! `either { … } or { … }`: alternatives inside a tier (design §2.9, §4.9).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Requirement;
use crate::span::Span;

/// Alternatives: met when every requirement of some branch holds together
/// with the tier's other requirements. A tier has at most one.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Either {
    /// `either`.
    pub id: String,
    /// Two or more, in written order.
    pub branches: Vec<Branch>,
    pub span: Span,
}

/// One branch of an [`Either`].
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Branch {
    /// Its requirements (never an `either`), with ids `either/B/KIND`
    /// (B = 1-based branch), so every id of a tier is unique.
    pub requirements: Vec<Requirement>,
    /// The groups of people requirements that do not share people (design
    /// §4.7) among the tier's people requirements and this branch's, when
    /// there are several: an index `i` below the tier's number of
    /// requirements names `tier.requirements[i]`, a larger one names
    /// `requirements[i - tier.requirements.len()]` of this branch.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people_groups: Vec<Vec<u32>>,
    pub span: Span,
}

impl PartialEq for Either {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.branches == other.branches
    }
}

impl PartialEq for Branch {
    fn eq(&self, other: &Self) -> bool {
        self.requirements == other.requirements && self.people_groups == other.people_groups
    }
}

impl Either {
    /// The branch's number as people read it (1-based) and its requirements'
    /// ids: `either/1/revenue`.
    pub(crate) fn name_branches(&mut self) {
        for (b, branch) in self.branches.iter_mut().enumerate() {
            super::name_requirements(&mut branch.requirements);
            for r in &mut branch.requirements {
                let id = format!("{}/{}/{}", self.id, b + 1, r.id());
                r.set_id(id);
            }
        }
    }
}
