//! Distances between places.

use super::*;

/// Equirectangular distance in km: within 0.1 % of the great circle below 100 km.
pub(super) fn flat_km(a: Coordinates, b: Coordinates) -> f64 {
    let mean_lat = ((a.lat + b.lat) / 2.0).to_radians();
    let x = (b.lon - a.lon).to_radians() * mean_lat.cos();
    let y = (b.lat - a.lat).to_radians();
    6371.0088 * (x * x + y * y).sqrt()
}

/// Great-circle distance in km between two WGS 84 points.
pub fn haversine_km(a: Coordinates, b: Coordinates) -> f64 {
    let r = 6371.0088;
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dla = la2 - la1;
    let dlo = (b.lon - a.lon).to_radians();
    let h = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
    2.0 * r * h.sqrt().min(1.0).asin()
}
