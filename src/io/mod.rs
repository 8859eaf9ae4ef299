//! The browser's side effects the app uses: files in and out (real
//! downloads and uploads), their encryption with a passphrase, and focus.
pub mod crypto;
pub mod download;
pub mod focus;
pub mod upload;
