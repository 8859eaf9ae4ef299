//! Passphrase-protected files through the browser's Web Crypto API:
//! PBKDF2-HMAC-SHA-256 (600 000 iterations, random 16-byte salt) derives
//! the AES-256-GCM key and a key check; the envelope is written and read by
//! `maillage_core::format::sealed`, which documents the layout.

use js_sys::{Array, Uint8Array};
use maillage_core::format::sealed::{self, Sealed};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

/// Why a file could not be sealed or opened.
#[derive(Clone, Debug, PartialEq)]
pub enum CryptoError {
    /// No Web Crypto here: the page is not served over https (or localhost).
    Unavailable,
    /// The key check does not match: another passphrase was used.
    WrongPassphrase,
    /// The key is right but the data does not authenticate: the file was
    /// changed or damaged after it was written.
    Altered,
    /// The envelope itself is cut short or broken.
    Envelope(sealed::SealedError),
    Browser(String),
}

fn subtle() -> Result<(web_sys::Crypto, SubtleCrypto), CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into())
        .ok()
        .filter(|s| !s.is_undefined())
        .ok_or(CryptoError::Unavailable)?;
    Ok((crypto, subtle.unchecked_into()))
}

fn browser(e: JsValue) -> CryptoError {
    CryptoError::Browser(
        e.dyn_ref::<web_sys::DomException>()
            .map(|d| d.name())
            .unwrap_or_else(|| format!("{e:?}")),
    )
}

async fn wait(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(p?).await
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

/// The AES key and the key check from a passphrase.
async fn derive(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<(CryptoKey, Vec<u8>), CryptoError> {
    let raw = Uint8Array::from(passphrase.as_bytes());
    let material =
        wait(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveBits"])))
            .await
            .map_err(browser)?;
    let params =
        Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let bits = ((sealed::KEY_BYTES + sealed::CHECK_BYTES) * 8) as u32;
    let derived = wait(subtle.derive_bits_with_object(&params, material.unchecked_ref(), bits))
        .await
        .map_err(browser)?;
    let bytes = Uint8Array::new(&derived).to_vec();
    let (key_bytes, check) = bytes.split_at(sealed::KEY_BYTES);
    let key = wait(subtle.import_key_with_str(
        "raw",
        &Uint8Array::from(key_bytes),
        "AES-GCM",
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .map_err(browser)?;
    Ok((key.unchecked_into(), check.to_vec()))
}

fn gcm(sealed: &Sealed) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&sealed.iv[..]));
    params.set_additional_data(&Uint8Array::from(&sealed.additional_data()[..]));
    params
}

fn random(crypto: &web_sys::Crypto, n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut v = vec![0u8; n];
    crypto
        .get_random_values_with_u8_array(&mut v)
        .map_err(browser)?;
    Ok(v)
}

/// Encrypts a project file's text into the encrypted envelope.
pub async fn seal(text: &str, passphrase: &str) -> Result<String, CryptoError> {
    let (crypto, subtle) = subtle()?;
    let mut sealed = Sealed {
        iterations: sealed::ITERATIONS,
        salt: random(&crypto, sealed::SALT_BYTES)?,
        iv: random(&crypto, sealed::IV_BYTES)?,
        key_check: Vec::new(),
        data: Vec::new(),
    };
    let (key, check) = derive(&subtle, passphrase, &sealed.salt, sealed.iterations).await?;
    sealed.key_check = check;
    let data = wait(subtle.encrypt_with_object_and_u8_array(&gcm(&sealed), &key, text.as_bytes()))
        .await
        .map_err(browser)?;
    sealed.data = Uint8Array::new(&data).to_vec();
    Ok(sealed.write())
}

/// Decrypts an encrypted file back to the project file's bytes.
pub async fn open(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>, CryptoError> {
    let sealed = Sealed::read(bytes).map_err(CryptoError::Envelope)?;
    let (_, subtle) = subtle()?;
    let (key, check) = derive(&subtle, passphrase, &sealed.salt, sealed.iterations).await?;
    if check != sealed.key_check {
        return Err(CryptoError::WrongPassphrase);
    }
    let plain = wait(subtle.decrypt_with_object_and_u8_array(&gcm(&sealed), &key, &sealed.data))
        .await
        .map_err(|_| CryptoError::Altered)?;
    Ok(Uint8Array::new(&plain).to_vec())
}
