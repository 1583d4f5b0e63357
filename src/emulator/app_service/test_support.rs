//! Fixtures shared by the handler unit tests.

use std::sync::Arc;

use super::Context;
use crate::emulator::access::Identity;
use crate::emulator::store::{Store, organizations};

pub const HOME: &str = "00000000-0000-4000-8000-00000000000a";
pub const OTHER: &str = "00000000-0000-4000-8000-00000000000b";

/// Two organizations, each owned by its own API key, sharing one store.
pub fn contexts() -> (Context, Context) {
    let store = Arc::new(Store::open_in_memory());
    let home = Identity::api_key("00000000-0000-4000-8000-0000000000a1");
    let other = Identity::api_key("00000000-0000-4000-8000-0000000000b1");
    store
        .write(|db| {
            organizations::insert(db, HOME, "Home", &home, 1)?;
            organizations::insert(db, OTHER, "Other", &other, 1)
        })
        .unwrap();
    let context = |identity| Context {
        store: Arc::clone(&store),
        identity,
    };
    (context(home), context(other))
}
