//! Validation rules for names, namespaces, emails and regions in requests.
//!
//! Where the real service's exact limits are unknown, the emulator picks the limits documented
//! on each function.

use super::error::{Error, Result};

/// Maximum length of a namespace, chosen to fit a DNS label.
const MAX_NAMESPACE_LEN: usize = 63;

/// Maximum length of organization, location and machine names.
const MAX_NAME_LEN: usize = 200;

/// Checks a public namespace: 1 to 63 lowercase ASCII letters, digits and dashes, neither
/// starting nor ending with a dash.
pub fn validate_namespace(namespace: &str) -> Result<()> {
    let valid_chars = namespace
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let valid = !namespace.is_empty()
        && namespace.len() <= MAX_NAMESPACE_LEN
        && valid_chars
        && !namespace.starts_with('-')
        && !namespace.ends_with('-');
    if valid {
        Ok(())
    } else {
        Err(Error::invalid_argument(format!(
            "invalid namespace {namespace:?}: use 1 to {MAX_NAMESPACE_LEN} lowercase letters, \
             digits and dashes, not starting or ending with a dash"
        )))
    }
}

/// Checks the name of an organization, location or machine in request field `field`: not
/// empty, at most 200 characters, no surrounding whitespace and no control characters.
pub fn validate_name(field: &str, name: &str) -> Result<()> {
    if name.is_empty() {
        return Err(Error::invalid_argument(format!("missing `{field}`")));
    }
    if name.chars().count() > MAX_NAME_LEN {
        return Err(Error::invalid_argument(format!(
            "`{field}` is longer than {MAX_NAME_LEN} characters"
        )));
    }
    if name.trim() != name || name.chars().any(char::is_control) {
        return Err(Error::invalid_argument(format!(
            "invalid `{field}` {name:?}: remove surrounding whitespace and control characters"
        )));
    }
    Ok(())
}

/// Checks an email address loosely: one `@` with a non-empty local part before it, a domain
/// containing a dot after it, and no whitespace.
pub fn validate_email(email: &str) -> Result<()> {
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if valid {
        Ok(())
    } else {
        Err(Error::invalid_argument(format!(
            "invalid email address {email:?}"
        )))
    }
}

/// Checks a region name: lowercase letters, digits and dashes, such as `us-east-1`. The
/// emulator stores any such name because it has no list of the real service's regions.
pub fn validate_region(region: &str) -> Result<()> {
    let valid = !region.is_empty()
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid {
        Ok(())
    } else {
        Err(Error::invalid_argument(format!(
            "invalid region {region:?}: expected a name such as `us-east-1`"
        )))
    }
}

/// Turns a part name into a DNS label for its FQDN: lowercase, with every character other
/// than a letter or digit replaced by a dash.
pub fn dns_label(name: &str) -> String {
    let label: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    label.trim_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespace_accepts_valid() {
        for good in ["a", "demo-robotics", "acme2", "x-1-y", &"a".repeat(63)] {
            assert!(validate_namespace(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn namespace_rejects_invalid() {
        for bad in [
            "",
            "-lead",
            "trail-",
            "Upper",
            "under_score",
            "dot.ted",
            "spa ce",
            "ünïcode",
            &"a".repeat(64),
        ] {
            assert!(validate_namespace(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn name_rules() {
        assert!(validate_name("name", "rover-1").is_ok());
        assert!(validate_name("name", "Loading dock (east)").is_ok());
        assert!(validate_name("name", "").is_err());
        assert!(validate_name("name", " padded").is_err());
        assert!(validate_name("name", "tab\there").is_err());
        assert!(validate_name("name", &"n".repeat(201)).is_err());
    }

    #[test]
    fn email_rules() {
        assert!(validate_email("ada@example.com").is_ok());
        assert!(validate_email("first.last+tag@sub.example.org").is_ok());
        for bad in [
            "",
            "plain",
            "@example.com",
            "ada@",
            "ada@localhost",
            "ada@@example.com",
            "a da@example.com",
            "ada@example.com.",
        ] {
            assert!(validate_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn region_rules() {
        assert!(validate_region("us-east-1").is_ok());
        assert!(validate_region("").is_err());
        assert!(validate_region("US East").is_err());
    }

    #[test]
    fn dns_label_sanitizes() {
        assert_eq!(dns_label("rover-1-main"), "rover-1-main");
        assert_eq!(dns_label("Arm Station_main"), "arm-station-main");
    }
}
