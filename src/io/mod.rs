//! Files in and out: real downloads and uploads through the browser.
pub mod download;
pub mod upload;
