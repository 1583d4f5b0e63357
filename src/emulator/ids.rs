//! Generation and validation of the ids and secrets the emulator hands out.
//!
//! Organizations, machines, parts, users, API keys and secrets get UUID v4 ids, as in the real
//! service. Location ids are ten lowercase letters and digits.

use rand::Rng;
use rand::distr::{Alphanumeric, SampleString};

use super::error::{Error, Result};

/// Characters of a location id.
const LOCATION_ID_ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const LOCATION_ID_LEN: usize = 10;

/// Length of generated API keys and location and part secrets.
const SECRET_LEN: usize = 32;

pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub fn new_location_id() -> String {
    let mut rng = rand::rng();
    (0..LOCATION_ID_LEN)
        .map(|_| char::from(LOCATION_ID_ALPHABET[rng.random_range(0..LOCATION_ID_ALPHABET.len())]))
        .collect()
}

/// Generates a random alphanumeric secret, used for API keys and location and part secrets.
pub fn new_secret() -> String {
    Alphanumeric.sample_string(&mut rand::rng(), SECRET_LEN)
}

/// Checks that `value` of request field `field` is a hyphenated UUID and returns it in
/// lowercase, the form every stored id has.
pub fn uuid_field(field: &str, value: &str) -> Result<String> {
    if value.is_empty() {
        return Err(Error::invalid_argument(format!("missing `{field}`")));
    }
    // `Uuid::try_parse` also accepts the 32-digit and braced forms, which no Viam client sends.
    let parsed = (value.len() == 36)
        .then(|| uuid::Uuid::try_parse(value).ok())
        .flatten();
    match parsed {
        Some(id) => Ok(id.hyphenated().to_string()),
        None => Err(Error::invalid_argument(format!(
            "invalid `{field}` {value:?}: expected a UUID such as \
             2f1c7a4e-8d3b-4c1a-9e6f-0a1b2c3d4e5f"
        ))),
    }
}

/// Checks that `value` of request field `field` is a location id.
pub fn location_id_field(field: &str, value: &str) -> Result<String> {
    if value.is_empty() {
        return Err(Error::invalid_argument(format!("missing `{field}`")));
    }
    let well_formed =
        value.len() == LOCATION_ID_LEN && value.bytes().all(|b| LOCATION_ID_ALPHABET.contains(&b));
    if !well_formed {
        return Err(Error::invalid_argument(format!(
            "invalid `{field}` {value:?}: expected a location id of {LOCATION_ID_LEN} lowercase \
             letters and digits"
        )));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::error::ErrorKind;

    #[test]
    fn generated_ids_validate() {
        for _ in 0..50 {
            let uuid = new_uuid();
            assert_eq!(uuid_field("id", &uuid).unwrap(), uuid);
            let location = new_location_id();
            assert_eq!(
                location_id_field("location_id", &location).unwrap(),
                location
            );
        }
    }

    #[test]
    fn secret_is_long_alphanumeric() {
        let secret = new_secret();
        assert!(secret.len() >= 32, "{secret}");
        assert!(
            secret.chars().all(|c| c.is_ascii_alphanumeric()),
            "{secret}"
        );
        assert_ne!(secret, new_secret());
    }

    #[test]
    fn uuid_field_normalizes_case() {
        let upper = "2F1C7A4E-8D3B-4C1A-9E6F-0A1B2C3D4E5F";
        assert_eq!(
            uuid_field("id", upper).unwrap(),
            "2f1c7a4e-8d3b-4c1a-9e6f-0a1b2c3d4e5f"
        );
    }

    #[test]
    fn uuid_field_rejects_bad_values() {
        let missing = uuid_field("organization_id", "").unwrap_err();
        assert_eq!(missing.kind, ErrorKind::InvalidArgument);
        assert!(missing.message.contains("`organization_id`"), "{missing}");

        for bad in [
            "abc",
            "2f1c7a4e8d3b4c1a9e6f0a1b2c3d4e5f",
            "{2f1c7a4e-8d3b-4c1a-9e6f-0a1b2c3d4e5f}",
            "2f1c7a4e-8d3b-4c1a-9e6f-0a1b2c3d4e5g",
        ] {
            let error = uuid_field("robot_id", bad).unwrap_err();
            assert_eq!(error.kind, ErrorKind::InvalidArgument, "{bad}");
            assert!(error.message.contains("`robot_id`"), "{error}");
        }
    }

    #[test]
    fn location_id_field_rejects_bad_values() {
        for bad in ["", "abc", "ABCDEFGHIJ", "abcdefghij1", "abcde-ghij"] {
            let error = location_id_field("location_id", bad).unwrap_err();
            assert_eq!(error.kind, ErrorKind::InvalidArgument, "{bad}");
            assert!(error.message.contains("`location_id`"), "{error}");
        }
    }
}
