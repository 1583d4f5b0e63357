//! End-to-end tests: the real `viamctl` binary against a real emulator on a loopback port.

mod common;

mod completion;
mod fragment;
mod key;
mod location;
mod machine;
mod module;
mod org;
mod part;
mod profile;
mod role;
