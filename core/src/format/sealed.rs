//! Files protected by a passphrase: the envelope around an encrypted
//! project file (`docs/format.md`, "Encrypted files"). The cryptography
//! itself runs in the browser's Web Crypto API (no crypto code in the app);
//! this module writes and checks the envelope, so that a truncated,
//! altered or foreign file is told apart before any key is derived.
//!
//! ```json
//! {
//!   "format": "maillage-encrypted",
//!   "version": 1,
//!   "kdf": { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "<base64, 16 bytes>" },
//!   "cipher": { "name": "AES-GCM", "length": 256, "iv": "<base64, 12 bytes>" },
//!   "key_check": "<base64, 16 bytes>",
//!   "data": "<base64: ciphertext and 16-byte tag>"
//! }
//! ```
//!
//! PBKDF2-HMAC-SHA-256 derives 48 bytes from the passphrase and the salt:
//! the first 32 are the AES-256-GCM key, the last 16 are written as
//! `key_check`, so a wrong passphrase is told from an altered file. The
//! envelope's header ([`Sealed::additional_data`]) is authenticated with the
//! data: changing a parameter makes decryption fail.

use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "maillage-encrypted";
pub const VERSION: u32 = 1;
/// OWASP's current figure for PBKDF2-HMAC-SHA-256 (Password Storage Cheat Sheet).
pub const ITERATIONS: u32 = 600_000;
/// Above this, a file would freeze the tab for minutes: refused as broken.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
pub const CHECK_BYTES: usize = 16;
pub const KEY_BYTES: usize = 32;
pub const TAG_BYTES: usize = 16;

/// An encrypted file, decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub key_check: Vec<u8>,
    /// Ciphertext followed by the GCM tag.
    pub data: Vec<u8>,
}

/// Why an encrypted file cannot be opened (before the passphrase).
#[derive(Clone, Debug, PartialEq)]
pub enum SealedError {
    /// Cut short (an interrupted download): the JSON or the data stops early.
    Truncated,
    /// Not the encrypted envelope, or a field of the wrong shape.
    Malformed(String),
    /// Written by a newer Maillage.
    NewerVersion(u32),
    /// Parameters this app does not use or accept (another KDF, too few
    /// iterations: a weak or tampered file).
    Unsupported(String),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Kdf {
    name: String,
    hash: String,
    iterations: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cipher {
    name: String,
    length: u32,
    iv: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: Cipher,
    key_check: String,
    data: String,
}

/// Whether these bytes look like an encrypted Maillage file (checked on the
/// first bytes only, before anything is parsed).
pub fn is_sealed(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(200)];
    let text = String::from_utf8_lossy(head);
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    compact
        .trim_start_matches('\u{feff}')
        .starts_with(&format!("{{\"format\":\"{FORMAT}\""))
}

impl Sealed {
    /// The text of the file.
    pub fn write(&self) -> String {
        let env = Envelope {
            format: FORMAT.into(),
            version: VERSION,
            kdf: Kdf {
                name: "PBKDF2".into(),
                hash: "SHA-256".into(),
                iterations: self.iterations,
                salt: base64::encode(&self.salt),
            },
            cipher: Cipher {
                name: "AES-GCM".into(),
                length: 256,
                iv: base64::encode(&self.iv),
            },
            key_check: base64::encode(&self.key_check),
            data: base64::encode(&self.data),
        };
        super::write::indent(&serde_json::to_string(&env).unwrap_or_default())
    }

    /// Reads and checks an envelope.
    pub fn read(bytes: &[u8]) -> Result<Sealed, SealedError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let env: Envelope = serde_json::from_slice(bytes).map_err(|e| {
            if e.classify() == serde_json::error::Category::Eof {
                SealedError::Truncated
            } else {
                SealedError::Malformed(e.to_string())
            }
        })?;
        if env.format != FORMAT {
            return Err(SealedError::Malformed("format".into()));
        }
        if env.version > VERSION {
            return Err(SealedError::NewerVersion(env.version));
        }
        let supported = env.kdf.name == "PBKDF2"
            && env.kdf.hash == "SHA-256"
            && env.cipher.name == "AES-GCM"
            && env.cipher.length == 256;
        if !supported {
            return Err(SealedError::Unsupported(format!(
                "{}/{}/{}-{}",
                env.kdf.name, env.kdf.hash, env.cipher.name, env.cipher.length
            )));
        }
        if !(ITERATIONS..=MAX_ITERATIONS).contains(&env.kdf.iterations) {
            return Err(SealedError::Unsupported(format!(
                "iterations {}",
                env.kdf.iterations
            )));
        }
        let field = |name: &str, text: &str, len: Option<usize>| {
            let v = base64::decode(text).ok_or_else(|| SealedError::Malformed(name.into()))?;
            match len {
                Some(n) if v.len() != n => Err(SealedError::Malformed(name.into())),
                _ => Ok(v),
            }
        };
        let sealed = Sealed {
            iterations: env.kdf.iterations,
            salt: field("kdf.salt", &env.kdf.salt, Some(SALT_BYTES))?,
            iv: field("cipher.iv", &env.cipher.iv, Some(IV_BYTES))?,
            key_check: field("key_check", &env.key_check, Some(CHECK_BYTES))?,
            data: base64::decode(&env.data).ok_or(SealedError::Truncated)?,
        };
        if sealed.data.len() < TAG_BYTES {
            return Err(SealedError::Truncated);
        }
        Ok(sealed)
    }

    /// The bytes authenticated along with the data: the format, version and
    /// every parameter, so that none can be changed unnoticed.
    pub fn additional_data(&self) -> Vec<u8> {
        format!(
            "{FORMAT}/{VERSION}/PBKDF2-SHA-256/{}/{}/AES-GCM-256/{}",
            self.iterations,
            base64::encode(&self.salt),
            base64::encode(&self.iv)
        )
        .into_bytes()
    }
}

/// Standard base64 (RFC 4648, with padding), small enough to carry here.
pub mod base64 {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = (chunk[0] as u32) << 16
                | (*chunk.get(1).unwrap_or(&0) as u32) << 8
                | *chunk.get(2).unwrap_or(&0) as u32;
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    fn sextet(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    }

    /// None for anything that is not padded base64 (a cut or altered text).
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let b = text.as_bytes();
        if b.len() % 4 != 0 {
            return None;
        }
        let mut out = Vec::with_capacity(b.len() / 4 * 3);
        for (i, chunk) in b.chunks(4).enumerate() {
            let last = i == b.len() / 4 - 1;
            let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
            if pad > 2 || (pad > 0 && !last) {
                return None;
            }
            let mut n = 0u32;
            for &c in &chunk[..4 - pad] {
                n = n << 6 | sextet(c)?;
            }
            n <<= 6 * pad as u32;
            let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            out.extend_from_slice(&bytes[..3 - pad]);
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Sealed {
        Sealed {
            iterations: ITERATIONS,
            salt: (0..16).collect(),
            iv: (100..112).collect(),
            key_check: vec![7; 16],
            data: (0..=255).collect(),
        }
    }

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64::encode(plain.as_bytes()), coded);
            assert_eq!(base64::decode(coded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64::decode("Zm9"), None);
        assert_eq!(base64::decode("Zm=v"), None);
        assert_eq!(base64::decode("Zm9v*A=="), None);
    }

    #[test]
    fn envelope_round_trips() {
        let s = sample();
        let text = s.write();
        assert!(is_sealed(text.as_bytes()));
        assert!(!is_sealed(
            br#"{"format": "maillage", "schema_version": 2}"#
        ));
        assert_eq!(Sealed::read(text.as_bytes()).unwrap(), s);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["kdf"]["iterations"], 600_000);
        assert_eq!(v["cipher"]["name"], "AES-GCM");
    }

    #[test]
    fn broken_envelopes_are_told_apart() {
        let text = sample().write();
        assert_eq!(
            Sealed::read(&text.as_bytes()[..text.len() / 2]),
            Err(SealedError::Truncated)
        );
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["kdf"]["iterations"] = 1000.into();
        assert!(matches!(
            Sealed::read(v.to_string().as_bytes()),
            Err(SealedError::Unsupported(_))
        ));
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["version"] = 9.into();
        assert_eq!(
            Sealed::read(v.to_string().as_bytes()),
            Err(SealedError::NewerVersion(9))
        );
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let data = v["data"].as_str().unwrap().to_owned();
        v["data"] = data[..data.len() - 5].into();
        assert_eq!(
            Sealed::read(v.to_string().as_bytes()),
            Err(SealedError::Truncated)
        );
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["cipher"]["iv"] = "AAAA".into();
        assert!(matches!(
            Sealed::read(v.to_string().as_bytes()),
            Err(SealedError::Malformed(_))
        ));
        v = serde_json::from_str(&text).unwrap();
        v["extra"] = 1.into();
        assert!(matches!(
            Sealed::read(v.to_string().as_bytes()),
            Err(SealedError::Malformed(_))
        ));
    }

    #[test]
    fn parameters_are_authenticated() {
        let a = sample();
        let mut b = sample();
        b.iterations += 1;
        assert_ne!(a.additional_data(), b.additional_data());
        b = sample();
        b.iv[0] ^= 1;
        assert_ne!(a.additional_data(), b.additional_data());
    }
}
