//! Money as exact integer cents. No floating point anywhere near money.

use serde::{Deserialize, Serialize};

/// An amount in cents of the policy's currency (CAD). Serialized as a plain integer.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    /// Whole currency units, e.g. `Cents::units(15_000)` is CAD 15,000.00.
    pub const fn units(units: i64) -> Cents {
        Cents(units * 100)
    }
}
