//! Access tokens (HS256 JWTs) and API key hashing.
//!
//! A token is signed with a random secret kept in the data file, so tokens stay valid across
//! restarts of the emulator. Tokens live 24 hours because the official SDKs authenticate once
//! and never refresh.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::error::{Error, Result};

/// Lifetime of an access token, in seconds.
pub const TOKEN_LIFETIME_SECS: i64 = 24 * 60 * 60;

const ISSUER: &str = "viamctl-emulator";

/// The fixed header of every token: `{"alg":"HS256","typ":"JWT"}`, base64url-encoded.
const HEADER: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

type HmacSha256 = Hmac<Sha256>;

/// Claims of an access token. `sub` is the API key id; times are Unix seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub iss: String,
    pub iat: i64,
    pub exp: i64,
}

/// Secret that signs and verifies access tokens.
#[derive(Clone)]
pub struct SigningKey(Vec<u8>);

impl SigningKey {
    pub fn new(bytes: Vec<u8>) -> Self {
        SigningKey(bytes)
    }

    fn mac(&self) -> HmacSha256 {
        HmacSha256::new_from_slice(&self.0).expect("HMAC accepts keys of any length")
    }

    /// Issues a token for API key `key_id`, valid from `now` (Unix seconds) for 24 hours.
    pub fn issue(&self, key_id: &str, now: i64) -> String {
        let claims = Claims {
            sub: key_id.to_owned(),
            iss: ISSUER.to_owned(),
            iat: now,
            exp: now + TOKEN_LIFETIME_SECS,
        };
        let payload = serde_json::to_vec(&claims).expect("claims serialize to JSON");
        let signing_input = format!("{HEADER}.{}", URL_SAFE_NO_PAD.encode(payload));
        let mut mac = self.mac();
        mac.update(signing_input.as_bytes());
        let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        format!("{signing_input}.{signature}")
    }

    /// Checks the signature and expiry of `token` at time `now` and returns its claims. Every
    /// failure is `UNAUTHENTICATED`.
    pub fn verify(&self, token: &str, now: i64) -> Result<Claims> {
        let invalid = || Error::unauthenticated("invalid access token: authenticate again");
        let mut parts = token.split('.');
        let (Some(header), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid());
        };
        if header != HEADER {
            return Err(invalid());
        }

        let signature = URL_SAFE_NO_PAD.decode(signature).map_err(|_| invalid())?;
        let mut mac = self.mac();
        mac.update(header.as_bytes());
        mac.update(b".");
        mac.update(payload.as_bytes());
        mac.verify_slice(&signature).map_err(|_| invalid())?;

        let payload = URL_SAFE_NO_PAD.decode(payload).map_err(|_| invalid())?;
        let claims: Claims = serde_json::from_slice(&payload).map_err(|_| invalid())?;
        if claims.iss != ISSUER {
            return Err(invalid());
        }
        if claims.exp <= now {
            return Err(Error::unauthenticated(
                "access token expired: authenticate again",
            ));
        }
        Ok(claims)
    }
}

/// Hashes an API key for storage (SHA-256, hex).
pub fn hash_key(key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::error::ErrorKind;

    const NOW: i64 = 1_700_000_000;

    fn key() -> SigningKey {
        SigningKey::new(b"0123456789abcdef0123456789abcdef".to_vec())
    }

    #[test]
    fn header_constant_matches_json() {
        let decoded = URL_SAFE_NO_PAD.decode(HEADER).unwrap();
        assert_eq!(decoded, br#"{"alg":"HS256","typ":"JWT"}"#);
    }

    #[test]
    fn issued_token_verifies() {
        let token = key().issue("key-1", NOW);
        let claims = key().verify(&token, NOW + 60).unwrap();
        assert_eq!(claims.sub, "key-1");
        assert_eq!(claims.exp, NOW + TOKEN_LIFETIME_SECS);
    }

    #[test]
    fn expired_token_rejected() {
        let token = key().issue("key-1", NOW);
        let error = key().verify(&token, NOW + TOKEN_LIFETIME_SECS).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Unauthenticated);
        assert!(error.message.contains("expired"), "{error}");
        assert!(key().verify(&token, NOW + TOKEN_LIFETIME_SECS - 1).is_ok());
    }

    #[test]
    fn other_signing_key_rejected() {
        let token = key().issue("key-1", NOW);
        let other = SigningKey::new(b"another secret".to_vec());
        let error = other.verify(&token, NOW).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Unauthenticated);
    }

    #[test]
    fn tampered_claims_rejected() {
        let token = key().issue("key-1", NOW);
        let mut parts: Vec<&str> = token.split('.').collect();
        let forged_claims = Claims {
            sub: "key-2".into(),
            iss: ISSUER.into(),
            iat: NOW,
            exp: NOW + 10 * TOKEN_LIFETIME_SECS,
        };
        let forged = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&forged_claims).unwrap());
        parts[1] = &forged;
        let error = key().verify(&parts.join("."), NOW).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Unauthenticated);
    }

    #[test]
    fn malformed_tokens_rejected() {
        for bad in ["", "abc", "a.b", "a.b.c.d", &format!("{HEADER}.e30.")] {
            let error = key().verify(bad, NOW).unwrap_err();
            assert_eq!(error.kind, ErrorKind::Unauthenticated, "{bad:?}");
        }
    }

    #[test]
    fn key_hash_is_sha256_hex() {
        assert_eq!(
            hash_key("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn constant_time_eq_compares() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "abcd"));
    }
}
