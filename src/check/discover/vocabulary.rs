//! The words by which names of instruments are recognised: the kind words that end (or begin)
//! them, the small words inside them, and the words that start sentences, not names.

/// The last word of a name that makes it a likely instrument (singular; plurals are accepted).
pub(super) const KINDS: &[&str] = &[
    "Accord",
    "Agency",
    "Act",
    // "the Strategic Agenda", "the Sustainable Development Agenda": a named programme of work.
    "Agenda",
    "Agreement",
    "Alliance",
    // "Common Travel Area", "European Economic Area": a named area of free movement or trade.
    "Area",
    "Arrangement",
    "Assembly",
    // "the European Investment Bank", "the World Bank": a bank that states own together (a
    // state's own bank is dropped as its agencies are, `owners.rs`).
    "Bank",
    "Charter",
    "Coalition",
    "Commission",
    "Committee",
    // "the historical Joint Communiqué signed in 1976": a text that states issue together.
    "Communiqué",
    "Communique",
    "Community",
    // "Ukraine Recovery Conference", "British-Irish Intergovernmental Conference".
    "Conference",
    "Consultation",
    "Consultations",
    "Convention",
    // "the Five-Point Consensus", "the Washington Consensus": a named set of principles that
    // governments agreed on.
    "Consensus",
    "Cooperation",
    "Corridor",
    "Council",
    "Court",
    // "the European Green Deal": a named package of policies.
    "Deal",
    "Declaration",
    "Dialogue",
    "Document",
    "Facility",
    "Force",
    "Forum",
    "Framework",
    "Fund",
    // "the EEA Grants", "the Norway Grants": a named programme of funding; only in the plural
    // ("a Grant" names nothing).
    "Grants",
    "Group",
    // "the Political Guidelines for the next European Commission": a named programme.
    "Guideline",
    "Initiative",
    "Interconnector",
    "Mechanism",
    "Meeting",
    "Memorandum",
    // "the Immediate Assurance Measures", "Confidence-Building Measures": a named set of
    // measures allies take together; only in the plural ("a Measure" names nothing).
    "Measures",
    // "the Joint Non-paper on Open Strategic Autonomy of the EU": a paper that governments
    // table together in the EU's councils.
    "Non-paper",
    "Non-Paper",
    // "EU Training Mission in Mali": a named mission that a body sends (`MISSIONS`).
    "Mission",
    "Ministerial",
    "Nations",
    "Organisation",
    "Organization",
    "Pact",
    "Partnership",
    // "the Joint Plan of Action", "the Joint Comprehensive Plan of Action": a plan that
    // governments adopt together, named.
    "Plan",
    "Platform",
    // "the European Neighbourhood Policy", "the Common Foreign and Security Policy": a named
    // policy a union or a government adopted.
    "Policy",
    "Programme",
    "Program",
    // "the East African Crude Oil Pipeline Project": a named project that states carry out.
    "Project",
    "Protocol",
    // "the December Joint Report": a named report agreed or published by governments.
    "Report",
    // "UN Security Council Resolution 1874": a numbered act of a named body (`ACTS`).
    "Resolution",
    // "the Trans-Tasman Roadmap to 2035": a named plan, which may be named by its year.
    "Roadmap",
    // "Youth Mobility Scheme", "Emissions Trading Scheme": a named programme.
    "Scheme",
    // "the Commonwealth Secretariat", "the Executive Secretariat of the ... Initiative": an
    // organisation's permanent body (an office's own is dropped, `labels.rs`).
    "Secretariat",
    // "the EU Global Strategy", "the Indo-Pacific Strategy": a named strategy a government or
    // a union adopted.
    "Strategy",
    "Summit",
    "Treaty",
    "Union",
];

/// Kind words that end a name in lower case too, after capitalised words ("NATO summit",
/// "G7 Foreign Ministers' meeting").
pub(super) const LOWER_KINDS: &[&str] = &[
    "summit",
    "meeting",
    "ministerial",
    "format",
    "agreement",
    "agreements",
    // Only after one plain word that is no nationality ("the Eastern partnership region"):
    // `is_partnership_name`.
    "partnership",
];

/// Endings of nationality adjectives: "the British partnership" is no name.
pub(super) const NATIONALITY_ENDINGS: &[&str] = &["ish", "an", "ese", "ch"];

/// Kind words that come first in a name, before the one word that names it: "Entente Cordiale".
pub(super) const FIRST_KINDS: &[&str] = &["Entente"];

/// Kind words that end the name of an event of a body ("Council of Europe Summit"): the body is
/// named too.
pub(super) const EVENT_KINDS: &[&str] = &["Summit", "Meeting", "Ministerial"];

/// Kind words of a body's numbered acts ("Security Council Resolution 1874"): the number is
/// part of the name, and the body is named too.
pub(super) const ACTS: &[&str] = &["Resolution", "Resolutions"];

/// Lower-case kind words that name an event of a body: after a name that already ends in a kind
/// word they are not part of it ("a European Political Community meeting" is a meeting of the
/// European Political Community), except after "Ministerial" ("G-7 Ministerial meeting").
pub(super) const EVENTS: &[&str] = &["meeting", "meetings"];

/// Small words allowed after a kind word, before the rest of a name ("Council of Europe",
/// "Coalition of the Willing", "Convention on Human Rights"): never "and", which joins two names.
pub(super) const FORWARD_JOINERS: &[&str] = &[
    "of", "on", "for", "the", "de", "du", "des", // "Convention against Torture".
    "against", "Against",
];

/// Last words of an organisation's name that its bodies' names go on from ("United Nations
/// Security Council", "African Union Commission"): the organisation is named too.
pub(super) const ORGANISATIONS: &[&str] = &["Nations", "Union"];

/// Bodies of an organisation, named after it ("Security Council", "General Assembly").
pub(super) const BODIES: &[&str] = &["Council", "Assembly", "Commission", "Parliament"];

/// Kind words of missions, named by where they serve ("African Union Transition Mission in
/// Somalia"): "in" and the place belong to the name.
pub(super) const MISSIONS: &[&str] = &["Mission"];

/// Upper-case words that are not organisations: countries, offices, common abbreviations.
pub(super) const NOT_ACRONYMS: &[&str] = &[
    "UK",
    "US",
    "USA",
    "U.S",
    "GB",
    "UAE",
    "PM",
    "MP",
    "MPS",
    "MEP",
    "AI",
    "CO2",
    "CO",
    // Molecules written with a lower-case initial ("mRNA vaccines"), not the shape of
    // `acronyms::is_lower_led` ("eFP").
    "MRNA",
    "TRNA",
    "EDNA",
    "TV",
    // "join the meeting by VC": a video conference.
    "VC",
    "HQ",
    "ID",
    "PR",
    "OK",
    "AM",
    "PM",
    "BBC",
    "CEO",
    "GDP",
    "HM",
    "HMG",
    "FCO",
    "FCDO",
    // South Africa's foreign ministry ("Spokesperson for DIRCO").
    "DIRCO",
    "DFID",
    "MOD",
    // Other governments' offices and ministers, by their initials.
    "PMO",
    // A foreign minister (or two) and a deputy prime minister, as news copies write them
    // ("the Estonian FM").
    "FM",
    "FMS",
    "DPM",
    "MEA",
    "EAM",
    "MOFA",
    "MFA",
    // A Department of Foreign Affairs, as several states call their foreign ministry ("the
    // DFA chief").
    "DFA",
    // "HE Song Tao": His Excellency, a title of address.
    "HE",
    // Letters after a person's name: honours and offices ("Sir Keir Starmer KCB KC MP", "Micheál
    // Martin TD").
    "KC",
    "QC",
    "KCB",
    "KBE",
    "DBE",
    "CBE",
    "OBE",
    "MBE",
    "KCMG",
    "GCMG",
    "CMG",
    "TD",
    // Political parties are no instruments: those of the UK and Ireland that statements name
    // by their initials.
    "DUP",
    "SDLP",
    "UUP",
    "SNP",
    // Ship prefixes: "RFA Mounts Bay", "HMS Prince of Wales".
    "RFA",
    "HMS",
    "USS",
    "DC",
    "NI",
    "RE",
    "II",
    "III",
    "IV",
    "VI",
    "VII",
    "VIII",
    "IX",
    "XI",
    "XII",
    "LNG",
    // A field of work ("tourism, ICT and environment"), and words written in capitals ("OR").
    "ICT",
    "IT",
    "OR",
    "AND",
    "HVDC",
    "SME",
    "SMES",
    "MOU",
    "FDI",
    "COVID",
    "COVID-19",
    // The disease's name written without its hyphen.
    "COVID19",
    // Time zones after a time ("18:43 (UTC +04:00)", "6:45 p.m. (JST)").
    "UTC",
    "GMT",
    "BST",
    "CET",
    "CEST",
    "EST",
    "EDT",
    "PST",
    "JST",
    "PRESS",
    "RELEASE",
    // A release's closing mark and a site's feed link.
    "ENDS",
    "RSS",
    "FOR",
    "IMMEDIATE",
];

/// Small words allowed inside a name between capitalised words ("Trade and Cooperation
/// Agreement", "Convention on Human Rights").
pub(super) const JOINERS: &[&str] = &[
    "of", "on", "for", "and", "the", "in", "to", "&", "de", "du", "des",
];

/// Capitalised words that start sentences or phrases rather than names.
pub(super) const LEADING: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "Both",
    "Each",
    "Every",
    "Our",
    "Their",
    "Its",
    "His",
    "Her",
    "New",
    "Any",
    "All",
    "Such",
    "Under",
    "With",
    "By",
    "In",
    "On",
    "At",
    "For",
    "From",
    "To",
    "And",
    "But",
    "Through",
    "Via",
    "As",
    "Of",
    "Existing",
    "Current",
    "During",
    "Read",
    "Following",
    "After",
    "Before",
    "Ahead",
    "Since",
    "Today",
    "Yesterday",
    "Last",
    "Next",
    "Welcoming",
    "Turning",
    "Including",
    "Like",
    "Ahead",
    "Also",
    "Then",
    "While",
    "When",
    "Where",
    "If",
    "Once",
    "Upon",
    "Into",
    "Within",
    "Without",
    "Between",
    "Among",
];

/// Prefixes that a hyphen joins to a word, written with a capital inside a name
/// ("Co-operation", "Non-proliferation"): the word stays capitalised.
pub(super) const PREFIXES: &[&str] = &[
    "Co", "Non", "Anti", "Counter", "Inter", "Multi", "Self", "Pan", "Cross",
];

/// Words for offices and ministries: a name holding one is an office ("Minister of Foreign
/// Affairs and International Cooperation", "Foreign, Commonwealth and Development Office"), not
/// an instrument.
/// "the General Directorate for Example Policy": a ministry's directorate is one of its offices.
pub(super) const OFFICES: &[&str] = &[
    "Minister",
    "Ministry",
    "Department",
    "Office",
    "Secretary",
    "Directorate",
];

/// Titles of address and offices: a word in capitals after one is a surname ("Mr. MOTEGI
/// Toshimitsu", "Prime Minister KISHIDA Fumio").
pub(super) const HONORIFICS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "H.E",
    "Sir",
    "Dame",
    "Prof",
    "Mme",
    "Senator",
    "Ambassador",
    "Minister",
    "President",
    "Premier",
    "Chancellor",
    // "His Excellency UHURU KENYATTA", "HRH Crown Prince": styles of address, the last ones
    // themselves written in capitals.
    "Excellency",
    "Highness",
    "Majesty",
    "HRH",
    "HM",
];

/// Words for a street in an address: the capitals after one are its quarter ("2201 C Street
/// NW"), no organisation.
pub(super) const STREETS: &[&str] = &["Street", "St", "St.", "Avenue", "Ave", "Road", "Boulevard"];

/// Words for governments and their seats: a policy they own is no named policy ("the Trump
/// Administration policy", "the White House policy").
pub(super) const GOVERNMENTS: &[&str] = &[
    "Government",
    "Administration",
    "Cabinet",
    "House",
    "Parliament",
    "Congress",
    "Party",
    "Kremlin",
];

/// Nouns for military equipment: a code just before one names a model ("F16 jets", "Patriot
/// missiles"), not an organisation.
pub(super) const EQUIPMENT: &[&str] = &[
    "aircraft",
    "fighter",
    "fighters",
    "frigate",
    "frigates",
    "helicopter",
    "helicopters",
    "jet",
    "jets",
    "launcher",
    "launchers",
    "missile",
    "missiles",
    "tank",
    "tanks",
];

/// Words that count: before "Nations" they make a count of nations, not a name of an
/// organisation ("the Six Nations").
pub(super) const COUNTS: &[&str] = &[
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First",
];
