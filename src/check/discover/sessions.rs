//! A session or meeting of a body named after it ("the Ordinary Session of the Nordic Council").

use super::vocabulary::{FORWARD_JOINERS, KINDS};
use super::{is_capitalised, Word};

/// When word `index` is "Session" (or "Meeting") before "of" (and "the") and a body's name
/// ending in a kind word ("Ordinary Session of the Nordic Council"), its first and last words.
pub(super) fn session_of_body(text: &str, words: &[Word], index: usize) -> Option<(usize, usize)> {
    let word = |k: usize| &text[words[k].start..words[k].end];
    if !matches!(word(index), "Session" | "Sessions" | "Meeting") || words[index].stop_after {
        return None;
    }
    let mut body = index + 1;
    while body < words.len()
        && body <= index + 2
        && matches!(word(body), "of" | "the")
        && !words[body].stop_after
    {
        body += 1;
    }
    if body == index + 1 || body >= words.len() || words[body].stop_before {
        return None;
    }
    let mut end = body;
    while end + 1 < words.len()
        && !words[end].stop_after
        && !words[end + 1].stop_before
        && is_capitalised(word(end + 1))
    {
        end += 1;
    }
    let bare = word(end).strip_suffix('s').unwrap_or(word(end));
    let named = (body..=end).all(|k| is_capitalised(word(k)))
        && (KINDS.contains(&word(end)) || KINDS.contains(&bare));
    // "the Meeting of the Council of Ministers", "the Meeting of the Example Mechanism for
    // Consultation": a body after a meeting must be named whole, with no words after "of" or
    // "for" that would go on with it.
    let whole = end > body
        && words.get(end + 1).is_none_or(|w| {
            words[end].stop_after || !FORWARD_JOINERS.contains(&&text[w.start..w.end])
        });
    (named && (whole || word(index) != "Meeting")).then_some((body, end))
}
