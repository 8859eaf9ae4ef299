fn main() {
    console_error_panic_hook::set_once();
    // The audience window of a World Café is a page of its own: it draws
    // what the presenter sends and opens no project.
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    match maillage::route::audience_event(&hash) {
        Some(event) => leptos::mount::mount_to_body(move || {
            leptos::view! { <maillage::cafe::audience::AudienceWindow event=event/> }
        }),
        None => leptos::mount::mount_to_body(maillage::App),
    }
}
