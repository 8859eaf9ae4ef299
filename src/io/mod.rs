//! Files in and out: real downloads and uploads through the browser, and
//! their encryption with a passphrase.
pub mod crypto;
pub mod download;
pub mod upload;
