//! Named timings in the browser's Performance timeline (`performance.measure`),
//! read by the benchmark (`make bench`). Cheap enough to stay in the app.

/// A timing started with [`start`], recorded when ended.
pub struct Span(&'static str);

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

pub fn start(name: &'static str) -> Span {
    if let Some(p) = performance() {
        let _ = p.mark(&format!("{name}:start"));
    }
    Span(name)
}

impl Span {
    pub fn end(self) {
        if let Some(p) = performance() {
            let _ = p.measure_with_start_mark(self.0, &format!("{}:start", self.0));
        }
    }
}

/// Runs `f`, recording its time under `name`.
pub fn measure<T>(name: &'static str, f: impl FnOnce() -> T) -> T {
    let span = start(name);
    let out = f();
    span.end();
    out
}
