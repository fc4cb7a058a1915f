//! HTML escaping for text that must never become markup (everything from a seed).

/// Escapes `text` for HTML text and double-quoted attribute values, appending to `out`.
pub fn push_escaped(out: &mut String, text: &str) {
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(out, text);
}

/// Escapes `text` for HTML text and double-quoted attribute values.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    push_escaped(&mut out, text);
    out
}
