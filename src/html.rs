//! A small HTML scanner: the URLs a page links to and the ids it has, each with its line.
//!
//! It reads tags and their attributes only, the way a browser's tokenizer does (comments,
//! `<!DOCTYPE>` and the raw text of `<script>` and `<style>` are skipped), which is all that link
//! checking needs and keeps accord free of a full HTML parser.

/// A URL found in an attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundUrl {
    /// The element (`a`, `link`, `img`, ...), in lower case.
    pub element: String,
    /// The attribute (`href`, `src`, ...), in lower case.
    pub attribute: String,
    /// The URL, with character references decoded.
    pub url: String,
    /// 1-based line of the attribute.
    pub line: usize,
}

/// What a page links to and which fragment ids it has.
#[derive(Debug, Default)]
pub struct Scan {
    /// Every URL of an `href`, `src`, `srcset`, `action`, `poster` or `data` attribute, of a
    /// `data-*` attribute holding a path (`data-search-index="/search-index.json"`, how scripts
    /// find their files), and of `<meta property="og:url|og:image" content>`, in document order.
    pub urls: Vec<FoundUrl>,
    /// Every `id`, and the `name` of every `<a>`: what a `#fragment` can point at.
    pub ids: Vec<String>,
}

/// Elements whose content is raw text: no tags inside until their end tag.
const RAW_TEXT: [&str; 4] = ["script", "style", "textarea", "title"];

/// Scans `html`. Only ids are collected when `ids_only` is set (for pages that are link targets).
pub fn scan(html: &str, ids_only: bool) -> Scan {
    let bytes = html.as_bytes();
    let mut scan = Scan::default();
    let mut line = 1;
    let mut counted = 0;
    let mut line_at = |offset: usize| {
        line += bytecount_newlines(&bytes[counted..offset]);
        counted = offset;
        line
    };
    let mut i = 0;
    while let Some(found) = memchr(b'<', &bytes[i..]) {
        i += found;
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i = find(bytes, i + 4, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") || rest.starts_with(b"</") {
            i = find(bytes, i + 2, b">").map_or(bytes.len(), |end| end + 1);
            continue;
        }
        if !rest.get(1).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        let (tag, end) = read_tag(html, i + 1);
        for attribute in &tag.attributes {
            let Some(value) = &attribute.value else {
                continue;
            };
            let is_id = attribute.name == "id" || (tag.name == "a" && attribute.name == "name");
            if is_id {
                scan.ids.push(decode(value));
                continue;
            }
            if ids_only {
                continue;
            }
            let is_url = matches!(
                attribute.name.as_str(),
                "href" | "src" | "action" | "poster" | "data" | "formaction"
            ) || (attribute.name.starts_with("data-")
                && value.starts_with('/')
                && !value.starts_with("//"))
                || (tag.name == "meta"
                    && attribute.name == "content"
                    && tag.attributes.iter().any(|a| {
                        a.name == "property"
                            && a.value
                                .as_deref()
                                .is_some_and(|v| matches!(v, "og:url" | "og:image"))
                    }));
            let line = line_at(attribute.offset);
            if is_url {
                scan.urls.push(FoundUrl {
                    element: tag.name.clone(),
                    attribute: attribute.name.clone(),
                    url: decode(value),
                    line,
                });
            } else if attribute.name == "srcset" {
                for candidate in decode(value).split(',') {
                    if let Some(url) = candidate.split_whitespace().next() {
                        scan.urls.push(FoundUrl {
                            element: tag.name.clone(),
                            attribute: attribute.name.clone(),
                            url: url.to_string(),
                            line,
                        });
                    }
                }
            }
        }
        i = end;
        if RAW_TEXT.contains(&tag.name.as_str()) && !tag.self_closing {
            i = find_end_tag(bytes, i, &tag.name).unwrap_or(bytes.len());
        }
    }
    scan
}

struct Attribute {
    name: String,
    value: Option<String>,
    /// Byte offset of the attribute's name, for its line.
    offset: usize,
}

struct Tag {
    name: String,
    attributes: Vec<Attribute>,
    self_closing: bool,
}

/// Reads a start tag from just after its `<`; returns it and the offset after its `>`.
fn read_tag(html: &str, start: usize) -> (Tag, usize) {
    let bytes = html.as_bytes();
    let mut i = start;
    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' && bytes[i] != b'/' {
        i += 1;
    }
    let mut tag = Tag {
        name: html[start..i].to_ascii_lowercase(),
        attributes: Vec::new(),
        self_closing: false,
    };
    loop {
        while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
            if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'>') {
                tag.self_closing = true;
            }
            i += 1;
        }
        if i >= bytes.len() {
            return (tag, i);
        }
        if bytes[i] == b'>' {
            return (tag, i + 1);
        }
        let name_start = i;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let mut value = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = memchr(quote, &bytes[i + 1..]).map_or(bytes.len(), |e| i + 1 + e);
                    value = Some(html[i + 1..end].to_string());
                    i = (end + 1).min(bytes.len());
                }
                Some(_) => {
                    let value_start = i;
                    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = Some(html[value_start..i].to_string());
                }
                None => {}
            }
        }
        tag.attributes.push(Attribute {
            name,
            value,
            offset: name_start,
        });
    }
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// The offset of `</name` (any case) at or after `from`.
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut i = from;
    while let Some(found) = find(bytes, i, b"</") {
        let after = found + 2;
        if bytes
            .get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        {
            return Some(found);
        }
        i = after;
    }
    None
}

fn bytecount_newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

/// Decodes the character references of an attribute value (`&amp;`, `&#x2F;`, `&#39;`, ...).
pub fn decode(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let character = if let Some(number) = name.strip_prefix('#') {
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => number.parse().ok(),
                };
                code.and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some('\u{a0}'),
                    _ => None,
                }
            };
            character.map(|c| (c, end))
        });
        match decoded {
            Some((character, end)) => {
                out.push(character);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes `%XX` escapes (as UTF-8); anything malformed is kept as it is.
pub fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(byte) = hex {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_urls_ids_and_lines() {
        let html = "<!DOCTYPE html>\n<html><head><link rel=\"stylesheet\" href=\"/style.css\">\n\
            <meta property=\"og:url\" content=\"https://x.org/a/\">\n<script>if (a<b) { x = '<a href=\"/no\">'; }</script>\n\
            <!-- <a href=\"/commented\"> -->\n<body><h2 id=\"status\">S</h2>\n<a name=old></a>\n\
            <a class=x href='&#x2F;about&#x2F;#team'>A</a><img srcset=\"a.png 1x, b.png 2x\" src=a.png></body>";
        let scan = scan(html, false);
        let urls: Vec<(&str, usize)> = scan.urls.iter().map(|u| (u.url.as_str(), u.line)).collect();
        assert_eq!(
            urls,
            vec![
                ("/style.css", 2),
                ("https://x.org/a/", 3),
                ("/about/#team", 8),
                ("a.png", 8),
                ("b.png", 8),
                ("a.png", 8),
            ]
        );
        assert_eq!(scan.ids, vec!["status", "old"]);
    }

    #[test]
    fn paths_in_data_attributes_are_urls() {
        let scan = scan(
            "<body data-search-index=\"/s/search-index.json\" data-kind=\"page\" data-cdn=\"//x\">",
            false,
        );
        let urls: Vec<&str> = scan.urls.iter().map(|u| u.url.as_str()).collect();
        assert_eq!(urls, vec!["/s/search-index.json"]);
    }

    #[test]
    fn decodes_references() {
        assert_eq!(decode("a&amp;b&#39;c&#x2F;&bogus;"), "a&b'c/&bogus;");
    }
}
