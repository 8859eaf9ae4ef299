//! Where in a JSON text a parser stopped, as a path (`companies[3].siret`).
//!
//! The typed parse reports a line and column; rescanning the text up to that
//! point with a small tokenizer gives the path of keys and indexes leading
//! to it. This replaces a path-tracking deserializer wrapper that doubled
//! the size of the parsing code in the browser build.

enum Frame {
    /// In an object; the key being read or just read.
    Object(Option<String>),
    /// In an array; index of the current element.
    Array(usize),
}

/// The JSON path of the value at (1-based) `line` and `column` of `text`.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let end = offset_of(text, line, column).min(text.len());
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(k)) => *k = None,
                None => {}
            },
            b'"' => {
                let (s, next) = read_string(text, i);
                // A string right after `{` or `,` in an object is a key.
                if let Some(Frame::Object(k @ None)) = stack.last_mut() {
                    *k = Some(s);
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

/// Byte offset of a 1-based line and column (serde_json counts columns in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            return offset + column.min(l.len());
        }
        offset += l.len();
    }
    text.len()
}

/// The string starting at the quote at `start`, and the offset after it.
fn read_string(text: &str, start: usize) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return (text[start + 1..i].to_owned(), i + 1),
            _ => i += 1,
        }
    }
    (text[start + 1..].to_owned(), bytes.len())
}

fn render(stack: &[Frame]) -> String {
    let mut out = String::new();
    for f in stack {
        match f {
            Frame::Object(Some(k)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Frame::Object(None) => {}
            Frame::Array(n) => out.push_str(&format!("[{n}]")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_paths() {
        let text = "{\"a\": [1, {\"b\": \"x\", \"c\": [true, false]}], \"d\": {}}";
        let at = |needle: &str| path_at(text, 1, text.find(needle).unwrap() + 1);
        assert_eq!(at("true"), "a[1].c[0]");
        assert_eq!(at("false"), "a[1].c[1]");
        assert_eq!(at("\"x\""), "a[1].b");
        assert_eq!(at("{}"), "d");
    }

    #[test]
    fn strings_with_brackets_and_escapes() {
        let text = "{\"k\\\"ey\": \"[{,\", \"n\": 5}";
        assert_eq!(path_at(text, 1, text.find('5').unwrap() + 1), "n");
    }

    #[test]
    fn multi_line() {
        let text = "{\n  \"list\": [\n    {\"x\": 1},\n    {\"x\": 2}\n  ]\n}";
        assert_eq!(path_at(text, 4, 11), "list[1].x");
    }
}
