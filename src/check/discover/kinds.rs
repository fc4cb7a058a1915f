//! Names that a kind word ends or begins: "Example Cooperation Agreement", "NATO summit",
//! "Council of Europe", "Entente Cordiale", "UN Security Council Resolution 1874".

use super::described::described_agreement;
use super::kind_context::{
    after_article, ends_in_kind, is_members_possessive, is_mission_mandate, is_ordinal_in_name,
    is_partnership_name, mission_body, trimmed_start,
};
use super::lists::{listed_start, listed_topic_end};
use super::policies::named_policy;
use super::series::numbers_a_series;
use super::sessions::session_of_body;
use super::vocabulary::{
    ACTS, BODIES, COUNTS, EVENTS, EVENT_KINDS, FIRST_KINDS, FORWARD_JOINERS, JOINERS, KINDS,
    LEADING, LOWER_KINDS, MISSIONS, NATIONALITY_ENDINGS, OFFICES, ORGANISATIONS,
};
use super::{is_acronym, is_capitalised, is_date_word, run_start, Word};

/// Kind words of plans, which may be named by the year they lead to ("Roadmap to 2035").
const PLANS: &[&str] = &["Roadmap", "Agenda", "Strategy", "Vision", "Plan"];

/// Byte ranges of likely instrument names in `text` ending in a kind word, each with the range
/// of its kind word.
pub(super) fn candidates(text: &str, words: &[Word]) -> Vec<(usize, usize, (usize, usize))> {
    let word = |i: usize| &text[words[i].start..words[i].end];
    let mut names = Vec::new();
    for i in 0..words.len() {
        if let Some(name) = described_agreement(text, words, i) {
            let first = trimmed_start(text, words, name);
            names.push((
                words[first].start,
                words[i].end,
                (words[i].start, words[i].end),
            ));
            continue;
        }
        if let Some(first) = named_policy(text, words, i) {
            names.push((
                words[first].start,
                words[i].end,
                (words[i].start, words[i].end),
            ));
            continue;
        }
        // "the European Council’s decision": a name in the possessive ends in its kind word
        // all the same (the possessive is cut from the name at the end).
        let bare = word(i)
            .strip_suffix("’s")
            .or_else(|| word(i).strip_suffix("'s"))
            .or_else(|| word(i).strip_suffix('s'))
            .unwrap_or(word(i));
        // "NATO leaders’ summit", "EU ministers’ meeting": the members of a named body meet; a
        // plural in lower case stands between the body's name and the event.
        if LOWER_KINDS.contains(&word(i))
            && i >= 2
            && is_members_possessive(word(i - 1), &text[words[i - 1].end..])
        {
            let body = i - 2;
            let joined = !words[body].stop_after && !words[i - 1].stop_before;
            // "the European Council leaders’ meeting" is the body's event, not a name (`EVENTS`).
            let own_event = EVENTS.contains(&word(i)) && ends_in_kind(word(body));
            if joined && is_capitalised(word(body)) && !own_event {
                let first = trimmed_start(text, words, body);
                names.push((
                    words[first].start,
                    words[i].end,
                    (words[i].start, words[i].end),
                ));
                continue;
            }
        }
        let lower_kind = LOWER_KINDS.contains(&word(i))
            && i > 0
            && !words[i - 1].stop_after
            && is_capitalised(word(i - 1))
            // "The meeting of Prime Ministers": a sentence's first article names nothing.
            && !LEADING.contains(&word(i - 1))
            && !(EVENTS.contains(&word(i)) && ends_in_kind(word(i - 1)))
            // "the Coalition of the Willing meeting": a meeting of the name just found, which
            // ends in a word that is no kind word.
            && !(EVENTS.contains(&word(i))
                && names
                    .last()
                    .is_some_and(|&(_, end, _): &(usize, usize, _)| end == words[i - 1].end))
            // "the Prime Minister’s summit" is one person's: a plural's ("G7 Foreign
            // Ministers’ meeting") names the body that meets.
            && !word(i - 1).ends_with("’s")
            && !word(i - 1).ends_with("'s")
            && (word(i) != "partnership" || is_partnership_name(text, &words[i - 1]));
        // "Entente Cordiale": a kind word that comes first, before the one word that names it.
        if FIRST_KINDS.contains(&word(i))
            && i + 1 < words.len()
            && !words[i].stop_after
            && !words[i + 1].stop_before
            && is_capitalised(word(i + 1))
        {
            names.push((
                words[i].start,
                words[i + 1].end,
                (words[i].start, words[i].end),
            ));
            continue;
        }
        if let Some((body, end)) = session_of_body(text, words, i) {
            // "the Ordinary Session of the Nordic Council": a session names the body that sits;
            // "the 2nd Meeting of the Example Dialogue Forum", the body that meets.
            let mut first = trimmed_start(text, words, i);
            // The ordinal is the meeting's own, not a day of a date: "the 2nd Meeting" is one
            // meeting of many, each named by its number ("the 57th Ordinary Session").
            if first > 0 && !words[first - 1].stop_after && is_ordinal(word(first - 1)) {
                first -= 1;
            }
            names.push((
                words[body].start,
                words[end].end,
                (words[end].start, words[end].end),
            ));
            names.push((
                words[first].start,
                words[end].end,
                (words[i].start, words[i].end),
            ));
            continue;
        }
        if !KINDS.contains(&word(i))
            && !KINDS.contains(&bare)
            && !lower_kind
            && !is_mission_mandate(text, words, i)
        {
            continue;
        }
        // Capitalised words right after belong to the same name when a kind word of their own
        // ends it ("Council Regulation" is not a council, "European Council Summit" is a
        // summit); otherwise they are another name ("the European Council António Costa").
        let mut j = i;
        let mut later_kind = false;
        while j + 1 < words.len() && !words[j].stop_after && is_capitalised(word(j + 1)) {
            j += 1;
            let bare = word(j).strip_suffix('s').unwrap_or(word(j));
            later_kind |= KINDS.contains(&word(j))
                || KINDS.contains(&bare)
                || is_mission_mandate(text, words, j);
        }
        // A kind word closes the name, and so does an owner ("the Arctic Council's meeting"): a
        // lower-case kind after it is the owner's, as "the Prime Minister’s summit" is.
        let closed = KINDS.contains(&word(j)) || word(j).ends_with("’s") || word(j).ends_with("'s");
        if j + 1 < words.len()
            && !words[j].stop_after
            && LOWER_KINDS.contains(&word(j + 1))
            && !(EVENTS.contains(&word(j + 1)) && ends_in_kind(word(j)))
            && !closed
            && (word(j + 1) != "partnership" || is_partnership_name(text, &words[j]))
        {
            later_kind = true;
        }
        // "India’s Act East policy": the kind word opens a policy's name.
        if j > i && named_policy(text, words, j + 1).is_some_and(|first| first <= i) {
            later_kind = true;
        }
        if word(i) == "Ministerial"
            && i + 1 < words.len()
            && !words[i].stop_after
            && word(i + 1) == "meeting"
        {
            // "Ministerial meeting" is one kind.
            later_kind = true;
        }
        // "United Nations Security Council", "African Union Commission": an organisation's
        // name before one of its bodies names the organisation too, and so does one before the
        // kind word of an instrument it made ("the 1982 United Nations Convention on the Law of
        // the Sea" names the United Nations by itself, as "Instruments" reads a name inside a
        // longer one).
        let organisation = ORGANISATIONS.contains(&word(i))
            && (i + 1..=j.min(i + 2)).any(|k| {
                BODIES.contains(&word(k))
                        // A mission names its organisation by a rule of its own.
                        || (k == i + 1
                            && KINDS.contains(&word(k))
                            && !MISSIONS.contains(&word(k))
                            && !is_mission_mandate(text, words, k))
            });
        if later_kind && !organisation {
            continue;
        }
        let mut first = run_start(text, words, i);
        while first < i
            && ((LEADING.contains(&word(first)) && !after_article(text, words, first))
                || JOINERS.contains(&word(first))
                || (is_date_word(word(first))
                    && (organisation || !numbers_a_series(text, words, first, i))))
        {
            first += 1;
        }
        // "Recalling the Paris Agreement": a preamble's opening participle is not in the name.
        if first + 1 < i
            && word(first).len() > 4
            && word(first).ends_with("ing")
            && word(first + 1) == "the"
        {
            first += 2;
        }
        let mut first = listed_start(text, words, first, i);
        // "the WTO's Doha Development Agenda": the owner before a name is not in it.
        while first < i && (word(first).ends_with("’s") || word(first).ends_with("'s")) {
            first += 1;
        }
        // "Convention on Human Rights", "Council of Europe", "Coalition of the Willing": one or
        // two small words, then capitalised ones.
        let mut last = i;
        let mut next = i + 1;
        // Whether the name has gone on with a subject ("Forum on Energy"), which "and" may
        // extend ("Forum on Energy and Climate").
        let mut topic = false;
        // How many capitalised words the subject has so far.
        let mut topic_words = 0;
        loop {
            let mut joiners = (next..words.len())
                .take(2)
                // "Law (the Venice Commission)": a bracket opens an aside, not the name's words.
                .take_while(|&j| !words[j - 1].stop_after && !words[j].stop_before)
                .take_while(|&j| FORWARD_JOINERS.contains(&word(j)))
                .count();
            // "in" goes on with a place or a field only where the name says so: a mission is
            // named by where it serves ("Transition Mission in Somalia"), and a subject of two
            // words or more may be bounded ("Declaration Against Arbitrary Detention in
            // State-to-State Relations"); otherwise it says where ("the Council in Brussels").
            if joiners == 0
                && next < words.len()
                && !words[next - 1].stop_after
                && word(next) == "in"
                && (((MISSIONS.contains(&word(i)) || is_mission_mandate(text, words, i))
                    && last == i)
                    // "the Joint Commission for Bilateral Cooperation in Manila": a subject
                    // that ends in a kind word has closed the name, and "in" says where.
                    || (topic && topic_words >= 2 && !KINDS.contains(&word(last))))
            {
                joiners = 1;
            }
            let after = next + joiners;
            // "the UN Security Council the Ministers": "the" alone opens another phrase.
            let continues = joiners > 0 && word(next) != "the"
                && after < words.len()
                && !words[after - 1].stop_after
                && !words[after].stop_before
                && is_capitalised(word(after))
                && !LEADING.contains(&word(after))
                // "Communiqué on H.E. Moussa Faki ...": a style of address opens a person's
                // name, the subject of the text and no part of its name.
                && !super::vocabulary::HONORIFICS.contains(&word(after))
                && (!is_date_word(word(after)) || is_ordinal_in_name(text, words, after));
            let and_topic = joiners == 0
                && topic
                && next + 1 < words.len()
                // "Commission for Democracy through Law": the means of the subject, too.
                && matches!(word(next), "and" | "through")
                && !words[next - 1].stop_after
                && !words[next].stop_after
                && !words[next + 1].stop_before
                && is_capitalised(word(next + 1))
                && !is_acronym(word(next + 1))
                && !LEADING.contains(&word(next + 1))
                && !is_date_word(word(next + 1));
            if and_topic {
                last = next + 1;
                next += 2;
                while next < words.len()
                    && !words[next - 1].stop_after
                    && !words[next].stop_before
                    && is_capitalised(word(next))
                {
                    last = next;
                    next += 1;
                }
                continue;
            }
            // "Framework for Security, Public Health, and Safe Communities": the subject goes
            // on through a list of capitalised subjects that "and" closes.
            if !continues && topic && text[words[next - 1].end..].starts_with(", ") {
                if let Some(end) = listed_topic_end(text, words, next) {
                    last = end;
                }
                break;
            }
            if !continues {
                break;
            }
            let mut end = after + 1;
            while end < words.len()
                && !words[end - 1].stop_after
                && !words[end].stop_before
                && is_capitalised(word(end))
            {
                end += 1;
            }
            // "the Alliance against Russian aggression", "an Agreement on Ukrainian grain": a
            // nationality before a common noun is no part of a name.
            let adjective = NATIONALITY_ENDINGS
                .iter()
                .any(|e| word(end - 1).ends_with(e))
                && end < words.len()
                && !words[end - 1].stop_after
                && word(end).starts_with(char::is_lowercase)
                && !JOINERS.contains(&word(end));
            if adjective {
                break;
            }
            topic = matches!(word(next), "on" | "for" | "against" | "Against");
            last = end - 1;
            next = end;
            topic_words = if topic { next - after } else { 0 };
        }
        // A mission named neither by where it serves nor by the organisation that sends it ("a
        // UK Trade Mission") is no name of its own ("the EU Military Assistance Mission" is).
        let mission = MISSIONS.contains(&word(i)) || is_mission_mandate(text, words, i);
        let sent = mission_body(text, words, first, i).is_some()
            || (first..i).any(|k| is_acronym(word(k)));
        if mission && last == i && !sent {
            if let Some(body) = mission_body(text, words, first, i) {
                names.push((
                    words[first].start,
                    words[body].end,
                    (words[i].start, words[i].end),
                ));
            }
            continue;
        }
        // "the Trans-Tasman Roadmap to 2035": a plan named by the year it leads to.
        if PLANS.contains(&word(i))
            && last == i
            && i + 2 < words.len()
            && !words[i].stop_after
            && !words[i + 1].stop_after
            && word(i + 1) == "to"
            && word(i + 2).len() == 4
            && word(i + 2).bytes().all(|b| b.is_ascii_digit())
        {
            last = i + 2;
        }
        // "Resolution 1874": an act numbered by the body that adopted it.
        if ACTS.contains(&word(i))
            && last == i
            && i + 1 < words.len()
            && !words[i].stop_after
            && word(i + 1).bytes().all(|b| b.is_ascii_digit())
        {
            last = i + 1;
        }
        // Inside the previous name ("European Union" in "Council of the European Union").
        let inside = names
            .last()
            .is_some_and(|&(_, end, _): &(usize, usize, _)| end >= words[i].end);
        if (first == i && last == i) || inside {
            continue;
        }
        // A ministry or an office ("Minister of Foreign Affairs and International
        // Cooperation"), or a state's armed forces, is no instrument.
        // So are a state's forces named by its nationality ("Somali Security Forces").
        // Forces in the plural are a state's or an armed group's ("Self-Defense Forces", "Rapid
        // Support Forces"); a formation that several countries join is one Force.
        let national_forces = word(i) == "Forces" && i > first;
        if (first..=last).any(|k| OFFICES.contains(&word(k)))
            || (i > first && word(i - 1) == "Armed")
            // "the Permanent Mission of X to the UN" is an embassy.
            || (i > first && word(i - 1) == "Permanent" && MISSIONS.contains(&word(i)))
            // "the British High Commission" is an embassy too.
            || (i > first && word(i - 1) == "High" && bare == "Commission")
            || national_forces
            // "the Royal Example Police Force": a state's police keeps its order at home, an
            // agency of its own as its armed forces are ("a Police Treaty" is an instrument).
            || (i > first && word(i - 1) == "Police" && matches!(bare, "Force" | "Service"))
        {
            continue;
        }
        // A count of nations ("the Six Nations", "First Nations") names a tournament or
        // peoples, never an organisation: "United Nations" is not a count.
        if first + 1 == last && word(last) == "Nations" && COUNTS.contains(&word(first)) {
            continue;
        }
        // "Council of Europe Summit", "European Council Summit", "UN Security Council
        // Resolution 1874": the body that meets or decides is named too, before its event or
        // its act.
        // The event ends the name ("Council of Europe Summit"); the act comes before its number.
        // "African Union Transition Mission in Somalia": the body whose mission it is.
        if mission {
            if let Some(body) = mission_body(text, words, first, i) {
                names.push((
                    words[first].start,
                    words[body].end,
                    (words[i].start, words[i].end),
                ));
            }
        }
        let act = if ACTS.contains(&word(i)) { i } else { last };
        if act > first
            && (EVENT_KINDS.contains(&word(act)) || ACTS.contains(&word(act)))
            && !JOINERS.contains(&word(act - 1))
            // "a Summit Meeting": an event is no body that meets.
            && !EVENT_KINDS.contains(&word(act - 1))
            && (first..act).any(|k| {
                let bare = word(k).strip_suffix('s').unwrap_or(word(k));
                KINDS.contains(&word(k)) || KINDS.contains(&bare)
            })
        {
            // "the Mekong - Lancang Cooperation Foreign Ministers’ Meeting", "the Example
            // Forum Leaders Meeting": the body ends at its kind word, before those who meet.
            let members = matches!(word(act - 1), "Leaders" | "Ministers")
                || (text[words[act - 1].end..].starts_with(['’', '\''])
                    && word(act - 1).ends_with('s'));
            let body = (first..act - 1)
                .rev()
                .find(|&k| KINDS.contains(&word(k)))
                .filter(|_| members)
                .unwrap_or(act - 1);
            names.push((
                words[first].start,
                words[body].end,
                (words[i].start, words[i].end),
            ));
        }
        // "the Commonwealth Heads of Government Meeting": the body whose heads meet is named
        // too, as the members' body is in "NATO leaders’ summit".
        if let Some(heads) = (first + 1..i).find(|&k| {
            word(k) == "Heads" && k + 1 < i && word(k + 1) == "of" && !words[k - 1].stop_after
        }) {
            if EVENT_KINDS.contains(&word(i)) || LOWER_KINDS.contains(&word(i)) {
                names.push((
                    words[first].start,
                    words[heads - 1].end,
                    (words[i].start, words[i].end),
                ));
            }
        }
        // "UN Security Council Resolutions" without numbers are the body's acts in general:
        // only the body is named.
        let numbered = i + 1 < words.len() && word(i + 1).bytes().all(|b| b.is_ascii_digit());
        if word(i) == "Resolutions" && !numbered {
            continue;
        }
        names.push((
            words[first].start,
            words[last].end,
            (words[i].start, words[i].end),
        ));
    }
    names
}

/// Whether a word is an ordinal written in figures ("2nd", "57th").
fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}
