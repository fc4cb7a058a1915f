//! Names that look like instruments but name a state, a political party, an armed group or a
//! national agency, which the labelling rules keep apart: "PRC", "the Chinese Communist Party
//! (CCP)" and its "CCP Central Foreign Affairs Commission", "ISIL", "the National Crime Agency".

use super::vocabulary::KINDS;
use super::Candidate;

/// Acronyms that statements use for states, parties, armed groups and national agencies, so
/// often that they are seldom spelled out: none is an instrument, whatever the publisher.
pub(super) const STATES_PARTIES_AND_AGENCIES: &[&str] = &[
    // States.
    // "Lao PDR": a People's Democratic Republic, after the state's name.
    "PRC", "DPRK", "ROK", "ROC",
    "PDR", // States' codes, on maps, menus and sites' language switches.
    "DRC", "KSA", "RSA", "KOR", "PRK", "CHN", "JPN", "RUS", "UKR", // Parties.
    "CCP", "CPC", // Armed and terrorist groups, and a state's guard.
    "ISIL", "ISIS", "IRGC", "PKK", "LTTE", "FARC", // A state's forces.
    "IDF",  // National agencies of space, intelligence, police and aid.
    "NASA", "ISRO", "JAXA", "CIA", "FBI", "NSA", "GCHQ", "DRDO", "FSB", "GRU", "SVR", "USAID",
];

/// Last words of a name that make it a state, a party or an armed group ("Chinese Communist
/// Party", "Russian Federation", "Polisario Front").
const OWNER_ENDINGS: &[&str] = &[
    "Party",
    "Republic",
    "Kingdom",
    "State",
    "Federation",
    "Emirates",
    "Front",
    "Army",
    // "Rapid Support Forces (RSF)", "Self-Defense Forces": a state's or a group's forces.
    "Forces",
];

/// Last words of a state's armed service ("Royal Malaysian Air Force", "People’s Liberation
/// Army Air Force", "Hellenic Navy", "Coast Guard"): one state's forces, where a force that
/// several states join has a name of its own ("Joint Expeditionary Force").
const SERVICE_ENDINGS: &[&str] = &["Air Force", "Navy", "Coast Guard", "Marine Corps"];

/// Last words of a state's place named as a zone of its own waters or air ("Malaysian
/// Maritime Zone", "Exclusive Economic Zone", "Air Defence Identification Zone"): a place.
const PLACE_ENDINGS: &[&str] = &[
    "Maritime Zone",
    "Economic Zone",
    "Identification Zone",
    "Territorial Waters",
    "Airspace",
];

/// Words that, before "of" and a place, make a name a state or a group ("People's Republic of
/// China", "Islamic State of Iraq and the Levant").
const OWNER_HEADS: &[&str] = &["Republic", "Kingdom", "State"];

/// Words for a government's ministries and ministers. "Office" is not one of them here: an
/// international body may be an office too ("the Office of the High Commissioner for Human
/// Rights (OHCHR)", "the Office for Democratic Institutions and Human Rights (ODIHR)").
const MINISTRIES: &[&str] = &["Minister", "Ministry", "Department", "Secretary"];

/// Words that make an agency international ("International Atomic Energy Agency", "European
/// Defence Agency"); without one an agency is a state's ("Investment Promotion Agency").
const INTERNATIONAL: &[&str] = &[
    "International",
    "Intergovernmental",
    "Multilateral",
    "World",
    "Global",
    "European",
    "Nations",
    "Union",
    "UN",
    "EU",
    "African",
    "Arab",
    "Asian",
    "Inter-American",
    "Pacific",
    "Regional",
];

/// Removes from `names` those of states, parties, armed groups and national agencies: the
/// acronyms listed, names that spell a state or a party (and the acronym they teach), names
/// that begin with such an acronym (a party's or a state's body), and agencies no word makes
/// international.
pub(super) fn drop_owners(text: &str, names: &mut Vec<Candidate>) {
    let name = |n: &Candidate| &text[n.start..n.end];
    let mut taught: Vec<String> = Vec::new();
    for n in names.iter() {
        let listed = n
            .acronym
            .as_deref()
            .is_some_and(|a| STATES_PARTIES_AND_AGENCIES.contains(&a));
        if is_owner(name(n))
            || is_national_agency(name(n))
            || listed
            || is_office(name(n))
            || is_legislature(name(n))
            || is_national_court(name(n))
        {
            taught.extend(n.acronym.clone());
        }
        // "External Affairs Minister (EAM)", "Ministry of Foreign Affairs (SRE)": an office's
        // or a state's acronym, given in brackets after its name.
        if let Some(before) = bracketed_after(text, n) {
            // "United Nations Office on Drugs and Crime (UNODC)" is an organisation's body.
            let office = before.iter().any(|w| MINISTRIES.contains(w))
                && !before.iter().any(|w| INTERNATIONAL.contains(w));
            // "Royal Malaysian Air Force (RMAF)": a state's armed service.
            let joined = before.join(" ");
            let service = ["Air Force", "Navy", "Army", "Coast Guard"]
                .iter()
                .any(|service| joined.ends_with(service))
                && !before.iter().any(|w| INTERNATIONAL.contains(w));
            if office || service || is_owner(&joined) {
                taught.push(name(n).to_string());
            }
        }
    }
    // The acronym alone, or before a body's name ("CCP Central Foreign Affairs Commission"); a
    // possessive before a name ("NASA’s Artemis Accords") says whose it is, and the name stays.
    let not_instrument = |word: &str| {
        STATES_PARTIES_AND_AGENCIES.contains(&word)
            || taught.iter().any(|t| t == word)
            || is_republic_initials(word)
    };
    names.retain(|n| {
        let written = name(n);
        if n.acronym
            .as_deref()
            .is_some_and(|a| taught.iter().any(|t| t == a))
        {
            return false;
        }
        let first = written.split_whitespace().next().unwrap_or_default();
        !(is_owner(written)
            || is_legislature(written)
            || is_national_court(written)
            || is_national_agency(written)
            || is_office(written)
            || not_instrument(first))
    });
}

/// Whether `word` is a republic's initials as its own texts write them: "R" and the state's
/// first letter ("RA" for the Republic of Armenia, "RS" for the Republic of Serbia, "RF" for the
/// Russian Federation, as in "the RA-EU relations", "Off. Herald of RS"). No organisation goes
/// by two letters opening with "R", and the republic is often spelled out only in another
/// paragraph or in the title.
fn is_republic_initials(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() == 2 && bytes[0] == b'R' && bytes[1].is_ascii_uppercase()
}

/// The end of a text's name that ends with one of its signatories, a state named by its head
/// word ("... of the Republic of Moldova"), when "and" and the other state follow, one word
/// before a bracket or a stop ("the Joint Declaration of the Presidents of the Republic of
/// Moldova and Romania (Chisinau, ...)"): both signatories belong to the name.
pub(super) fn with_second_signatory(text: &str, start: usize, end: usize) -> Option<usize> {
    let words: Vec<&str> = text.get(start..end)?.split_whitespace().collect();
    let [.., head, of, _state] = words.as_slice() else {
        return None;
    };
    if !(OWNER_HEADS.contains(head) && *of == "of") {
        return None;
    }
    let rest = text.get(end..)?.strip_prefix(" and ")?;
    let length = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let other = &rest[..length];
    let closed = rest[length..].is_empty() || rest[length..].starts_with([' ', ',', '.', ';', ')']);
    let bracket = rest[length..].trim_start().starts_with('(');
    (other.len() >= 3
        && other.starts_with(char::is_uppercase)
        && other.chars().skip(1).all(char::is_lowercase)
        && closed
        && (bracket || !rest[length..].starts_with(' ')))
    .then_some(end + " and ".len() + length)
}

/// Whether a name spells a state, a party or an armed group by its last word, or by a head
/// word and "of" ("Republic of Korea").
/// An instrument's name may hold a state's ("UK-Republic of Korea Free Trade Agreement"): only
/// a name that ends in no kind word is the state's own.
fn is_owner(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().copied().unwrap_or_default();
    let bare = last.strip_suffix('s').unwrap_or(last);
    // A service or a zone of one state: no word makes it a body of several.
    let national = !words.iter().any(|w| INTERNATIONAL.contains(w));
    let service = SERVICE_ENDINGS
        .iter()
        .chain(PLACE_ENDINGS)
        .any(|ending| name.ends_with(ending) && name.len() > ending.len());
    words.len() >= 2
        && ((service && national)
            || OWNER_ENDINGS.contains(&last)
            || (!KINDS.contains(&last)
                && !KINDS.contains(&bare)
                && words.windows(2).enumerate().any(|(at, pair)| {
                    // "the Joint Declaration of the Presidents of the Republic of Moldova": a
                    // kind word before the state makes the state the instrument's complement.
                    OWNER_HEADS.contains(&pair[0])
                        && pair[1] == "of"
                        && !words[..at].iter().any(|w| KINDS.contains(w))
                })))
}

/// Whether a name is an agency or a bank that no word of it makes international ("Investment
/// Promotion Agency", "Reserve Bank of Examplia", and "West Bank", a place).
fn is_national_agency(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or_default();
    // "the Reserve Bank of Examplia": a bank is named before its state too.
    let bank = name
        .split_whitespace()
        .any(|word| matches!(word, "Bank" | "Banks"));
    (matches!(last, "Agency" | "Agencies") || bank)
        && !name
            .split_whitespace()
            .any(|word| INTERNATIONAL.contains(&word.trim_end_matches("’s").trim_end_matches("'s")))
}

/// Whether a name is a state's or a region's legislature: an assembly that no word makes an
/// organisation's ("Northern Ireland Assembly", "National Assembly"), where "UN General
/// Assembly", "World Health Assembly", "AU Assembly" and "OSCE Parliamentary Assembly" are
/// organisations' bodies (an acronym, an international word, "General" or "Parliamentary").
fn is_legislature(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    *last == "Assembly"
        && !before.is_empty()
        && before.iter().all(|w| {
            w.chars().skip(1).any(char::is_lowercase)
                && !INTERNATIONAL.contains(w)
                && !matches!(*w, "General" | "Parliamentary")
        })
}

/// The ranks that name a state's courts: a court named by its rank alone ("the Supreme
/// Court", "the Constitutional Court of Examplia") is a state's judiciary, as a legislature is.
const COURT_RANKS: &[&str] = &["Supreme", "Constitutional", "High", "Federal", "District"];

/// Whether a name is a state's court: ranks and "Court", then at most "of" and a place that no
/// word makes international ("International Court of Justice", "European Court of Human Rights"
/// and "International Criminal Court" are organisations' bodies).
fn is_national_court(name: &str) -> bool {
    let (court, of) = match name.split_once(" of ") {
        Some((court, of)) => (court, Some(of)),
        None => (name, None),
    };
    let words: Vec<&str> = court.split_whitespace().collect();
    let Some((last, ranks)) = words.split_last() else {
        return false;
    };
    *last == "Court"
        && !ranks.is_empty()
        && ranks.iter().all(|w| COURT_RANKS.contains(w))
        && of.is_none_or(|place| !place.split_whitespace().any(|w| INTERNATIONAL.contains(&w)))
}

/// When a name is an acronym in brackets ("(EAM)"), the capitalised words (and the joiners
/// between them) just before the bracket, up to eight.
/// Without brackets too, when the acronym follows the words whose initials it spells ("the
/// Federal Department of Foreign Affairs FDFA").
fn bracketed_after<'t>(text: &'t str, name: &Candidate) -> Option<Vec<&'t str>> {
    let written = &text[name.start..name.end];
    let bracketed = text[..name.start].ends_with('(') && text[name.end..].starts_with(')');
    let before = text[..name.start].trim_end_matches('(').trim_end();
    let run = capitalised_run(before);
    let initials: String = run
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    let spelled = written.len() >= 2
        && written.bytes().all(|b| b.is_ascii_uppercase())
        && initials.ends_with(written);
    (bracketed || spelled).then_some(run)
}

/// The capitalised words (and the joiners between them) at the end of `before`, up to eight.
fn capitalised_run(before: &str) -> Vec<&str> {
    let mut run: Vec<&str> = before
        .rsplit(char::is_whitespace)
        .take(8)
        .take_while(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "of" | "for" | "and" | "the" | "on")
        })
        .collect();
    run.reverse();
    run
}

/// Whether a name holds a word for an office or a ministry and none that makes it an
/// international body's ("Ministry of External Affairs", given with its acronym).
fn is_office(name: &str) -> bool {
    // "the Council of Ministers" with no owner named before it: a government's cabinet
    // ("the Nordic Council of Ministers" is an organisation's body).
    if name == "Council of Ministers" {
        return true;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // "the Central Commission for Foreign Affairs": a body for a ministry's portfolio is a
    // government's, a party's or a parliament's, as the ministry is.
    let portfolio = ["for", "on"].iter().any(|joiner| {
        ["Foreign Affairs", "Home Affairs", "Internal Affairs"]
            .iter()
            .any(|affairs| name.ends_with(&format!(" {joiner} {affairs}")))
    });
    (words.iter().any(|w| MINISTRIES.contains(w)) || portfolio)
        && !words.iter().any(|w| INTERNATIONAL.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_court_named_by_its_rank_is_a_state_s() {
        assert!(is_national_court("Supreme Court"));
        assert!(is_national_court("Constitutional Court of Examplia"));
        assert!(!is_national_court("International Criminal Court"));
        assert!(!is_national_court("International Court of Justice"));
        assert!(!is_national_court("Court"));
        assert!(!is_national_court("Supreme Court of the European Union"));
    }
}
