//! Turns a request target into a key of the in-memory site, refusing anything that could name a
//! file outside it.
//!
//! The site is a map keyed by normalised relative paths and requests never touch the filesystem,
//! so safety comes down to one rule: decode once, then refuse every form of path trickery rather
//! than trying to interpret it (`..`, NUL, backslashes, invalid or overlong UTF-8).

/// Why a request target was refused; every case is answered with 400 Bad Request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The target is not an origin-form path (`/...`).
    NotAPath,
    /// A `%` not followed by two hex digits.
    BadEscape,
    /// The decoded bytes are not UTF-8 (this includes overlong forms such as `%c0%ae`).
    NotUtf8,
    /// A NUL or another control character.
    ControlCharacter,
    /// A backslash, which some systems take as a separator.
    Backslash,
    /// A `..` segment.
    ParentSegment,
}

/// A request target split into its decoded path segments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestPath {
    /// The decoded segments, without empty or `.` segments.
    pub segments: Vec<String>,
    /// Whether the path ended with `/` (a directory was asked for).
    pub trailing_slash: bool,
    /// The query string, without `?`, kept for redirects.
    pub query: Option<String>,
}

impl RequestPath {
    /// Parses a raw request target such as `/themes/migration/?x=1`.
    pub fn parse(target: &str) -> Result<RequestPath, Refusal> {
        let target = target.split('#').next().unwrap_or("");
        let (path, query) = match target.split_once('?') {
            Some((path, query)) => (path, Some(query.to_string())),
            None => (target, None),
        };
        let path = strip_origin(path).ok_or(Refusal::NotAPath)?;
        if !path.starts_with('/') {
            return Err(Refusal::NotAPath);
        }
        if query.as_deref().is_some_and(has_control) {
            return Err(Refusal::ControlCharacter);
        }
        let decoded = percent_decode(path)?;
        // Decoding happens exactly once: a `%252e` stays the literal text `%2e`, which is harmless.
        let decoded = String::from_utf8(decoded).map_err(|_| Refusal::NotUtf8)?;
        if has_control(&decoded) {
            return Err(Refusal::ControlCharacter);
        }
        if decoded.contains('\\') {
            return Err(Refusal::Backslash);
        }
        let mut segments = Vec::new();
        for segment in decoded.split('/') {
            match segment {
                "" | "." => {}
                ".." => return Err(Refusal::ParentSegment),
                _ => segments.push(segment.to_string()),
            }
        }
        Ok(RequestPath {
            trailing_slash: decoded.ends_with('/'),
            segments,
            query,
        })
    }

    /// The path relative to `prefix` (given as segments), or `None` when it lies outside it.
    pub fn strip_prefix(&self, prefix: &[String]) -> Option<&[String]> {
        self.segments.strip_prefix(prefix)
    }
}

/// The segments of a site prefix such as `/sub/dir/`.
pub fn prefix_segments(prefix: &str) -> Vec<String> {
    prefix
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `http://host/path` is legal in a request line (absolute form); only its path matters here.
fn strip_origin(path: &str) -> Option<&str> {
    if path.starts_with('/') {
        return Some(path);
    }
    let (scheme, rest) = path.split_once("://")?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    Some(rest.find('/').map(|slash| &rest[slash..]).unwrap_or("/"))
}

fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}

fn percent_decode(text: &str) -> Result<Vec<u8>, Refusal> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let high = bytes.get(index + 1).and_then(|b| hex(*b));
            let low = bytes.get(index + 2).and_then(|b| hex(*b));
            match (high, low) {
                (Some(high), Some(low)) => out.push(high << 4 | low),
                _ => return Err(Refusal::BadEscape),
            }
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    Ok(out)
}

fn hex(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes path segments for a `Location` header, so that a redirect can never carry
/// raw bytes, a scheme or a `//host` of the client's choosing.
pub fn encode_segments(segments: &[String]) -> String {
    let mut out = String::new();
    for segment in segments {
        out.push('/');
        for byte in segment.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&byte) {
                out.push(byte as char);
            } else {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(target: &str) -> Vec<String> {
        RequestPath::parse(target)
            .map(|p| p.segments)
            .unwrap_or_else(|e| panic!("{target}: {e:?}"))
    }

    #[test]
    fn ordinary_paths_are_split_and_decoded() {
        assert_eq!(segments("/themes/migration/"), ["themes", "migration"]);
        assert_eq!(segments("/a%20b/c.css?v=1"), ["a b", "c.css"]);
        assert_eq!(segments("//a/./b"), ["a", "b"]);
        assert_eq!(segments("http://localhost:1111/x"), ["x"]);
        let path = RequestPath::parse("/themes?x=1").unwrap_or_else(|e| panic!("{e:?}"));
        assert!(!path.trailing_slash);
        assert_eq!(path.query.as_deref(), Some("x=1"));
    }

    #[test]
    fn traversal_in_every_encoding_is_refused() {
        for target in [
            "/../etc/passwd",
            "/a/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/a%2f..%2f..%2fetc",
            "/..%5c..%5cetc",
            "/a\\..\\b",
            "/%00",
            "/index.html%00.css",
            "/%c0%ae%c0%ae/etc/passwd",
            "/%e0%80%ae%e0%80%ae/",
            "/%ff",
            "/%zz",
            "/%2",
            "etc/passwd",
            "*",
            "file:///etc/passwd",
        ] {
            assert!(RequestPath::parse(target).is_err(), "{target} was accepted");
        }
    }

    #[test]
    fn double_encoding_is_decoded_only_once() {
        assert_eq!(segments("/%252e%252e/x"), ["%2e%2e", "x"]);
    }

    #[test]
    fn redirect_targets_are_encoded() {
        let parts = vec!["a b".to_string(), "évian".to_string()];
        assert_eq!(encode_segments(&parts), "/a%20b/%C3%A9vian");
        assert_eq!(prefix_segments("/sub/dir/"), ["sub", "dir"]);
        assert!(prefix_segments("/").is_empty());
    }
}
