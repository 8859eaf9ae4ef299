//! The report's pictures, drawn as SVG by the app itself (no chart
//! library, nothing fetched): each layout is computed here from the
//! report's figures and tested (order, no overlap, same input same
//! picture); the SVG text is what the screen, the print and the HTML file
//! show. Every picture has a text alternative: the report's table of the
//! same data, and a label naming it.

pub mod svg;
pub mod timeline;
