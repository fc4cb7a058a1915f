//! The evaluation set's parts and what the test reads from a label file: which statements
//! were held out, in which group, and the floor of each figure per part (tests/eval/README.md,
//! "Held out", gives the history of the split).
// The test file uses every item; `pub` is for it, not for export.
#![allow(unreachable_pub)]

mod second;
pub use second::Agreement;

/// One label file (tests/eval/README.md describes the fields).
#[derive(serde::Deserialize)]
pub struct Label {
    pub title: Option<String>,
    #[serde(default)]
    pub repeated_lede: bool,
    pub date: Option<String>,
    #[serde(default)]
    pub paragraphs: Vec<LabelledParagraph>,
    #[serde(default)]
    pub instruments: Vec<LabelledInstrument>,
}

#[derive(serde::Deserialize)]
pub struct LabelledParagraph {
    pub starts: String,
    pub themes: Vec<String>,
}

#[derive(serde::Deserialize)]
pub struct LabelledInstrument {
    pub name: String,
    pub acronym: Option<String>,
    #[serde(default)]
    pub mentions: Vec<String>,
}

/// A figure: how many of how many were right.
#[derive(Default, Clone, Copy)]
pub struct Score {
    pub right: usize,
    pub total: usize,
}

impl Score {
    pub fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    pub fn share(self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}/{} ({:.1} %)",
            self.right,
            self.total,
            self.share() * 100.0
        )
    }
}

/// The first held-out group: twelve statements (German, Omani, Belgian, Irish, US and UK texts;
/// forum, UKPOL, wire and GOV.UK copies) gathered and labelled by hand, themes and instruments,
/// before accord read any of them; their first figure is in BENCHMARKS.md. Once the second group
/// had been read, their misses were studied like the tuning part's (tests/eval/README.md, "Held
/// out", gives the history of the split); their figure is still reported apart.
const HELD_OUT: &[&str] = &[
    "annerabbitte-taoiseach-johnson-2022",
    "arrse-pm-call-obama-2014",
    "auswaertiges-maas-le-drian-lavrov-2021",
    "auswaertiges-westerwelle-clinton-2010",
    "govuk-canada-uk-joint-declaration-2012",
    "govuk-pm-call-trump-2026",
    "miragenews-blinken-blok-2021",
    "navynet-pm-call-macron-2017",
    "omanfm-albusaidi-safadi-2023",
    "premierbe-benelux-top-luxemburg",
    "ukpol-tag-cleverly-shoukry-2023",
    "ukpol-tag-sunak-rama-2022",
];

/// A second fresh group, gathered and labelled by hand before accord read any of it, after the
/// classifier changes that the first held-out group's figure was taken before: its first figure
/// is the honest estimate of those changes on unseen text. Once the third group was gathered,
/// its misses (and the first group's) joined the tuning work; its figure is still reported apart.
const SECOND_HELD_OUT: &[&str] = &[
    "govuk-pm-call-kenny-2017",
    "govuk-pm-nato-rutte-2025-09",
    "govuk-pm-nato-rutte-2025-10",
    "govuk-pm-von-der-leyen-2025",
    "govuk-pm-zelenskyy-2023",
    "merrionstreet-taoiseach-johnson-2019",
    "merrionstreet-taoiseach-may-brexit",
    "presidentgovua-zelenskyy-starmer-rutte",
    "stlnews-pompeo-blok-2020",
    "taoiseach-calls-macron-merkel-may-2017",
];

/// A third fresh group (Danish, Irish, Iraqi, Nordic, US and UK texts; GOV.UK readouts and a
/// press release, UKPOL and news-site copies, a White House joint statement), gathered and
/// labelled by hand, themes and instruments, before accord read any of it, with the theme set
/// unchanged: its first figure, taken before any change to `src/`, is the honest estimate of
/// the classifier as the two earlier groups left it. Its misses were read after that figure
/// (tests/eval/README.md, "Held out", says which changes followed from them), so its later
/// figures are no longer unseen: since the fourth group was gathered it belongs to the tuning
/// work, like the first two groups; its figure is still reported apart.
const THIRD_HELD_OUT: &[&str] = &[
    "donegallive-coveney-lewis-2021",
    "europenewstoday-nordic-nato-2022",
    "govuk-fs-ireland-talks-2017",
    "govuk-pm-call-costa-2026",
    "govuk-pm-call-frederiksen-2019",
    "govuk-pm-call-frederiksen-2025",
    "govuk-pm-call-frederiksen-2026",
    "govuk-pm-calls-international-leaders-2026",
    "govuk-pm-frederiksen-2025",
    "govuk-pm-von-der-leyen-2025-05",
    "mofaiq-hussein-maas-2020",
    "ukpolorg-may-tusk-2017",
    "whitehouse-us-india-2004",
];

/// A fourth fresh group (Canadian, Irish, Indian, Saudi, US, Romanian and UK texts; GOV.UK
/// press releases and readouts with and without a title line, government-world print views,
/// a UKPOL tag page, MerrionStreet, the Canadian Prime Minister's site, archived White House
/// releases, news-site copies of Indian, Saudi and US-Romanian texts), gathered and labelled by
/// hand, themes and instruments, before accord read any of it, with the theme set unchanged:
/// its first figure, taken before any change to `src/`, is the honest estimate of the
/// classifier as the three earlier groups left it (BENCHMARKS.md, "Understanding"). Its misses
/// were studied once the fifth group was gathered (tests/eval/README.md, "Held out", item 12);
/// its figure is still reported apart.
const FOURTH_HELD_OUT: &[&str] = &[
    "govuk-pm-albanese-2024",
    "govuk-pm-call-trudeau-2024",
    "govuk-pm-metsola-2024",
    "govworld-pm-call-trudeau-2017",
    "govworld-pm-call-varadkar-2018",
    "merrionstreet-taoiseach-johnson-proposals-2019",
    "newscubic-modi-trump-2020",
    "nineoclock-romania-us-declaration-2016",
    "obamawhitehouse-obama-cameron-2014",
    "pmgcca-trudeau-trump-2019",
    "ukpol-tag-starmer-sanchez-2024",
    "urdupoint-faisal-cleverly-2023",
    "whitehousepressbriefings-obama-rudd-2009",
];

/// A fifth fresh group (Australian, Canadian, Japanese, Azerbaijani, Iranian, Gibraltarian, US
/// and UK texts; a GOV.UK readout, a UKPOL tag page, two pages of Japan's foreign ministry with
/// numbered paragraphs, a body-only Canadian readout, wire and newswire copies with datelines, a
/// feed copy with "Source:" and "Headline:" lines, an archived White House readout, news-agency
/// and news-site copies), gathered and labelled by hand, themes and instruments, before accord
/// read any of it, after the changes drawn from the fourth group's misses: its first figure is
/// the honest estimate of those changes (BENCHMARKS.md, "Understanding"). Its misses were then
/// read; one general change was drawn from them and is said so (tests/eval/README.md, item 14).
const FIFTH_HELD_OUT: &[&str] = &[
    "apa-truss-colonna-2022",
    "azertag-bayramov-ashkenazi-2020",
    "einpresswire-trudeau-luxon-2024",
    "foreignaffairsnz-pompeo-lavrov-2018",
    "govuk-pm-call-albanese-2024-07",
    "mehrnews-amirabdollahian-muradov-2021",
    "mofajp-japan-uk-australia-fm-2016",
    "mofajp-japan-uk-fm-talk-2013",
    "newswire-carney-luxon-2025",
    "obamawhitehouse-obama-merkel-2014",
    "pmgcca-trudeau-hipkins-2023",
    "silkway-bayramov-abdollahian",
    "ukpol-tag-fco-russian-ambassador-2026",
    "yourgibraltartv-picardo-docherty-2022",
];

/// A sixth fresh group (UK, US, Irish, Canadian, Indian, Rwandan and Somali texts; GOV.UK
/// readouts and a press release, a news-site and a UKPOL copy of UK texts, a joint communiqué
/// without its title, State Department readouts on a blog and a news site, an Indian readout
/// on a news site, a White House readout on a blog, an Irish parliamentary written answer, and
/// Global Affairs Canada readouts with date lines), gathered and labelled by hand, themes and
/// instruments, and committed before accord read any of it, after the changes drawn from the
/// fifth group's misses: its first figure is the honest estimate of those changes.
const SIXTH_HELD_OUT: &[&str] = &[
    "brusselsmorning-pm-call-trump-2018",
    "directsourcenews-joly-payne-2021",
    "fromthegman-obama-cameron-2015",
    "govuk-pm-call-trump-2019-09",
    "govuk-pm-call-trump-2025-11",
    "iatw-modi-rajapaksa",
    "menafn-landau-ma-2025",
    "oireachtas-tanaiste-cameron-2024",
    "ozardiplo-blinken-wang-2023",
    "patrioticvanguard-joly-le-drian-2021",
    "radiomuqdisho-rwanda-somalia",
    "ukpol-tag-starmer-al-sudani-2025",
    "webnewswire-joly-truss-2021",
];

/// A seventh fresh group (German, Japanese, Indian, Singaporean, Latvian, Finnish, Irish, Nordic,
/// African Union and UK texts; a Federal Foreign Office page, pages of Japan's Prime Minister's
/// Office and foreign ministry (one without its title), India's and Singapore's foreign ministry
/// pages, a Latvian body-only item, a Finnish release on a release service, a Norwegian page of a
/// joint Nordic statement, a MerrionStreet release, an African Union communiqué on a wire, GOV.UK
/// pages and copies, two with GOV.UK's headings), gathered and labelled by hand, themes and
/// instruments, and committed before accord read any of it: its first figure is the honest
/// estimate of the changes drawn from the sixth group's misses.
const SEVENTH_HELD_OUT: &[&str] = &[
    "auswaertiges-baerbock-first-visit-2021",
    "einpresswire-au-faki-south-africa-2020",
    "govuk-fs-le-drian-2021",
    "govuk-pm-call-turnbull-2018",
    "govworld-pm-ardern-2019",
    "kantei-noda-merkel-2012",
    "meagovin-modi-trump-call-2020",
    "merrionstreet-coveney-london-2021",
    "mfalv-latvia-estonia-seminar-2021",
    "mfasg-balakrishnan-wang-2020",
    "mofajp-kishida-scholz-2021",
    "openonline-fs-al-malki",
    "regjeringen-nordic-statement-denmark-2018",
    "sttinfo-soini-nordic-council-2017",
    "wiredgov-pm-ardern-2022",
];

/// An eighth fresh group (Polish, Korean, Emirati, Turkish, Lithuanian, Latvian, Japanese,
/// Singaporean, Irish, Canadian, African Union, US and UK texts; an archived Polish foreign
/// ministry page and a Korean foreign ministry page with their navigation lines, Japanese and
/// Turkish ministry pages without their titles, a Singapore ministry page of 2008, a Latvian
/// item opening with an image caption, a Canadian Prime Minister's page, a MerrionStreet page,
/// two wired-gov copies of GOV.UK texts (one a UK-Irish joint statement), news-site, wire and
/// aggregator copies, two with their paragraphs glued into one line), gathered and labelled by
/// hand, themes and instruments, and committed before accord read any of it.
const EIGHTH_HELD_OUT: &[&str] = &[
    "marketscreener-coveney-fac-2021",
    "menafn-au-youssouf-lourenco-2025",
    "merrionstreet-kenny-cameron",
    "mfalv-latvia-lithuania-seminar-2022",
    "mfasg-yu-lee-2008",
    "mfatr-faki-visit-2021",
    "mofajp-kamikawa-tajani-2024",
    "mofakr-kang-japan-visit-2018",
    "mszgovpl-cichocki-ederer-2017",
    "newsbreak-blinken-coveney-2021",
    "newskitchen-landsbergis-gilchrist-2020",
    "pledgetimes-abdullah-blinken-2021",
    "pmgcca-trudeau-trump-2019-12",
    "tuodpoczne-rau-liimets-2021",
    "wiredgov-pm-call-rutte-2022",
    "wiredgov-pm-varadkar-joint-statement-2019",
];

/// The ninth fresh group, held out like the eighth (tests/eval/README.md, "Held out", item 26):
/// fifteen Spanish, Pakistani, Kuwaiti, Vietnamese, US and UK texts (a body-only Spanish
/// ministry page ending with its cookie notice, a GOV.UK news story, a Pakistani ministry release
/// on a news site with its date bar and comment line, body-only Kuwaiti readouts opening with a
/// dateline in capitals, three Vietnamese news-agency pages with captions and a title glued to
/// an image's alt text, and State Department readouts on news sites, a newswire, a site framed by
/// "top of page" and "bottom of page" and a wire letting leaked markup through), gathered and
/// labelled by hand, themes and instruments, and committed before accord read any of it.
const NINTH_HELD_OUT: &[&str] = &[
    "dnanews-qureshi-javid",
    "einpresswire-blinken-ebrard-2023",
    "exteriores-albares-bartolo-2022",
    "govuk-pm-khan-2019",
    "kuwaittimes-al-sabah-blinken-2023",
    "menafn-landau-papadopoulou-2025",
    "miragenews-blinken-mitsotakis",
    "stlnews-blinken-ebrard-2021",
    "stlnews-blinken-santos-silva-2021",
    "stlnews-blinken-soreide-2021",
    "vietnamnet-minh-locsin-2020",
    "vietnamnews-minh-reinsalu-2020",
    "vietnamplus-minh-kerry-2016",
    "wirenn-blinken-dendias-2022",
    "zawya-al-sabah-amir-abdollahian",
];

/// The tenth fresh group, held out like the ninth (tests/eval/README.md, "Held out", item 27):
/// sixteen Polish, Lithuanian, Estonian, Indian, French, German, Chilean, Indonesian, Emirati,
/// Saudi, South African, Australian, New Zealand, Icelandic, Nordic, Italian, Thai, Slovak, Mexican
/// and Qatari texts, five of them six paragraphs or longer (presidential declarations on a security
/// bureau's site and on an archived presidential site, a joint statement on a research institute's
/// page without its title and with a section heading, a Chilean ministry page with a Spanish skip
/// link, an Indonesian government page with its byline, category and view-count lines), and joint
/// statements on an aggregator and a news site, a communiqué whose title ends with its date, a
/// French ministry page, an Icelandic page, a Nordic statement on a Danish release service, an
/// aggregator's release with its title cut by "[...]", a Thai page with date fields in Thai, a
/// Slovak page titled in Slovak and English, the first item of a Mexican embassy's list and a
/// Qatari readout, gathered and labelled by hand, themes and instruments, and committed before
/// accord read any of it.
const TENTH_HELD_OUT: &[&str] = &[
    "bbngovpl-poland-lithuania-declaration-2023",
    "diplomatiefr-france-germany-toulouse-2019",
    "dirco-south-africa-nigeria-2017",
    "embamex-mexico-canada-2014",
    "foreignsk-korcok-szijjarto-2018",
    "governmentis-iceland-greenland-2021",
    "gulfnews-uae-saudi-joint-statement-2021",
    "idsa-india-france-sarkozy-visit",
    "mfagoth-parnpree-wang-2023",
    "minrelcl-ampuero-argentina-2018",
    "mofaqa-al-thani-blinken-2022",
    "presidentee-estonia-ukraine-declaration-2006",
    "publicnow-tajani-colonna-2023",
    "ritzau-nordic-greenland-2026",
    "rnzngin-australia-nz-leaders-2024",
    "setkab-jokowi-park-2016",
];

/// The eleventh fresh group, held out like the tenth (tests/eval/README.md, "Held out", item 30):
/// sixteen Georgian, Kenyan, Korean, Australian, Moroccan, Dutch, Israeli, Malaysian, Argentine,
/// Turkish, Finnish, North Macedonian, Austrian, Cypriot and US texts, five of them six paragraphs
/// or longer (a Georgian-Ukrainian presidential declaration on an archived site, a Kenyan-Congolese
/// communiqué titled in capitals, a US-Nigerian commission's communiqué on a news site without its
/// title and with short section headings, a Korean-Slovak partnership statement with its title
/// split over two lines, an Australian-Dutch declaration of intent with preamble clauses in lower
/// case), and a Moroccan page with an image's file name, a Dutch government page, an Israeli page
/// with an empty bullet, captions and a summary repeated inside its first paragraph, a State
/// Department media note posted on a blog from an e-mail alert, the first item of a Malaysian
/// list with a signed sign-off, an Argentine page with a number-less label line, a Turkish
/// embassy page, a Finnish page ending with contact lines, a news agency's report under its
/// site's date bar, an Austrian release on a wire with lines of attribution in lower case and a
/// Cypriot press office page, gathered and labelled by hand, themes and instruments, and
/// committed before accord read any of it.
const ELEVENTH_HELD_OUT: &[&str] = &[
    "cancilleriaar-sola-kozak-2019",
    "cggovma-morocco-france-declaration-2024",
    "dfatgovau-australia-netherlands-dialogue",
    "einpresswire-schallenberg-fac-2022",
    "embassiesgovil-israel-netherlands-2012",
    "governmentnl-portugal-netherlands-2024",
    "imperialvalleynews-us-nigeria-bnc-2016",
    "klngovmy-china-airspace-protest-2021",
    "mfagoke-kenya-drc-communique-2021",
    "mfatr-turkey-poland-romania-trilateral-2016",
    "miamk-mucunski-lipavsky-2024",
    "mofakr-korea-slovakia-partnership-2024",
    "piogovcy-cyprus-egypt-greece-summit-2018",
    "saakashviliarchive-georgia-ukraine-declaration-2005",
    "umfi-haavisto-truss-2022",
    "wanabidii-us-israel-strategic-dialogue-2014",
];

/// The twelfth fresh group, held out like the eleventh (tests/eval/README.md, "Held out", item
/// 33): fifteen Vietnamese, Romanian-Moldovan, Serbian-Hungarian, EU, Armenian, Norwegian,
/// Ethiopian, Uzbek and Kazakh texts, ten of them six paragraphs or longer (a Vietnamese-Philippine
/// joint statement with its title glued to an image's alt text and numbered points, a
/// Serbian-Hungarian memorandum of understanding titled in capitals over two lines with preamble
/// clauses, a summary of a Vietnamese-Mongolian joint statement, an Ethiopian news agency report
/// on an aggregator, two Uzbek reports of presidential visits, one opening with its date line, the
/// other with its title twice, a Vietnamese-Swedish report without its title, a Norwegian Prime
/// Minister's speech under a release line in Norwegian, a Kazakh and an Armenian report without
/// their titles), and a Romanian-Moldovan declaration under a news site's headline, an EU-Armenia
/// joint press statement with a "Read also" line, a wire's report quoting the Council of the EU, an
/// Ethiopian foreign ministry text with a comment form and a broadcaster's report with its title
/// again beside an image's alt text, gathered and labelled by hand, themes and instruments, and
/// committed before accord read any of it.
const TWELFTH_HELD_OUT: &[&str] = &[
    "1lurer-armenia-eu-partnership-council-2020",
    "adwatimes-ethiopia-tanzania-2021",
    "allafrica-ethiopia-tanzania-commission-2024",
    "aravot-eu-armenia-partnership-committee-2023",
    "astanatimes-tokayev-mirziyoyev-2024",
    "baohoabinh-vietnam-sweden-pms-2019",
    "einpresswire-eu-armenia-partnership-council-2024",
    "moldovalive-romania-moldova-declaration-2024",
    "paragrafrs-serbia-hungary-memorandum-2015",
    "presidentuz-karimov-nazarbaev-astana",
    "regjeringen-store-sanchez-2024",
    "uzbekistanbe-karimov-nazarbaev-2013",
    "vietnamplus-philippines-vietnam-joint-statement-2016",
    "vov-vietnam-mongolia-joint-statement",
    "vovworld-vietnam-philippines-commission-2019",
];

/// The thirteenth fresh group, held out like the twelfth (tests/eval/README.md, "Held out", item
/// 36): fifteen European bilateral and partner texts from Dutch, German, Belgian, Luxembourg,
/// Irish, Czech, Spanish, Italian, Swiss, British, Canadian, Japanese and Australian publishers,
/// six of them six paragraphs or longer (an Irish-French joint plan of action in bullets without
/// its title, a Benelux summit report, a Canadian-German joint declaration of intent's preamble, an
/// Australian-Korean 2+2 joint statement under a release's field names, a Belgian-Luxembourg joint
/// declaration with a separator of asterisks, an Italian Prime Minister's press statement), four
/// with headings (a Dutch-German joint declaration, a German report of Dutch-German consultations
/// with its title twice and captions, a UK-Polish joint statement with its own heading line, a
/// Japanese-Italian joint press release with numbered and lettered headings), and a GOV.UK news
/// story with a joint communiqué, a Czech embassy page with leaked markup, a Spanish summit report,
/// a Swiss media release with a footer of contacts and a Swiss press release on an aggregator,
/// gathered and labelled by hand, themes and instruments, and committed before accord read any of
/// it.
const THIRTEENTH_HELD_OUT: &[&str] = &[
    "adminch-cassis-lavrov-2018",
    "agriland-ireland-france-joint-plan-2021",
    "bundeskanzler-merkel-rutte-consultations-2019",
    "defencegovau-australia-korea-2plus2-2019",
    "gouvernementlu-benelux-summit-2022",
    "governmentnl-netherlands-germany-consultations-2023",
    "governoit-meloni-kishida-2023",
    "govuk-hammond-fallon-warsaw-2014",
    "govuk-starmer-tusk-joint-statement-2025",
    "lamoncloa-spanish-portuguese-summit-2024",
    "mofajp-japan-italy-prodi-2007",
    "mzvcz-chmelar-launsky-tieffenthal-2021",
    "nrcan-canada-germany-hydrogen-alliance-2022",
    "premierbe-belgium-luxembourg-gaichel-2016",
    "pubt-cassis-wadephul-2025",
];

/// The fourteenth fresh group, held out like the thirteenth (tests/eval/README.md, "Held out",
/// item 39): fifteen European small-group and partner texts (the Weimar Triangle, the
/// Nordic-Baltic Eight, the Visegrad Group, Germany and Poland, the UK and Japan, Canada and the
/// EU, Australia and the UK) from German, French, Norwegian, Czech, Japanese, Canadian, Australian
/// and British publishers and three copying sites, four of them six paragraphs or longer (a
/// UK-Japanese joint statement on a magazine, a Norwegian embassy report of an NB8 meeting, an
/// Australia-UK communiqué with its participants in bullets, an EU-Canada summit report without
/// its title), four with headings (a UK-Japanese joint statement on GOV.UK with its own heading
/// line, a German release of a German-Polish joint statement with a heading over three lines, a
/// Canada-EU summit declaration with a Roman-numbered heading, the EU-Canada summit report), and
/// three Weimar Triangle texts, a Norwegian archive page of an NB8 joint statement, a Visegrad
/// statement under a site's calendar and weather box, a Czech report of a Visegrad summit, a
/// Japanese-British joint statement of 2007 and an EU-Canada summit press statement on a news
/// archive, gathered and labelled by hand, themes and instruments, and committed before accord
/// read any of it.
const FOURTEENTH_HELD_OUT: &[&str] = &[
    "auswaertiges-weimar-future-of-europe-2016",
    "auswaertiges-weimar-wroclaw-2015",
    "bccjacumen-uk-japan-joint-statement-2012",
    "bundesregierung-germany-poland-anniversary-2011",
    "cdeual-eu-canada-summit-2023",
    "diplomatie-weimar-la-celle-saint-cloud-2024",
    "foreignministergovau-aukmin-2013",
    "globaldefence-eu-canada-summit-2010",
    "govuk-uk-japan-joint-statement-2014",
    "mofajp-japan-uk-framework-2007",
    "norwayno-nb8-oslo-2017",
    "pmgcca-canada-eu-summit-declaration-2019",
    "regjeringen-nb8-navalny-belarus-2020",
    "visegradgroup-v4-bratislava-summit-2015",
    "vladacz-v4-prague-declaration-2016",
];

/// The fifteenth fresh group, held out like the fourteenth (tests/eval/README.md, "Held out",
/// item 44): fifteen texts from countries and publishers the set lacked (Croatia and Slovenia,
/// Argentina and Brazil, Peru and Colombia, Australia and Fiji, the Pacific Islands Forum, the UK
/// and Kenya, Malaysia and Indonesia, Finland and Sweden, Tajikistan and Kyrgyzstan, the US and
/// the UAE, the Baltic states, Nigeria and Ghana, Saudi Arabia and Kuwait) from Croatian,
/// Argentine, Peruvian, Australian, Fijian, British, Malaysian, Finnish and Tajik publishers and
/// five copying sites, six of them six paragraphs or longer (a Tajik President's press statement
/// one sentence per line, an Australian Pacific Islands Forum report with bulleted items, a
/// Fijian Prime Minister's remarks, a Nigerian newspaper's report of a statement, a US-UAE joint
/// statement quoted by a news agency, a Peruvian news agency's list of a declaration's items),
/// two with headings (that list, under a section heading ending with a space, and the Tajik
/// press statement, under its own heading line after a lead), and two Croatian reports of
/// Croatian-Slovenian meetings, an Argentine Presidency report, a UK-Kenyan joint statement on
/// GOV.UK without its title, a Malaysian-Indonesian joint statement, a Finnish press release,
/// an Australian-Fijian joint statement, a Baltic joint statement and a Saudi-Kuwaiti report
/// without their titles, gathered and labelled by hand, themes and instruments, and committed
/// before accord read any of it.
const FIFTEENTH_HELD_OUT: &[&str] = &[
    "andina-peru-colombia-medellin-2015",
    "avestatj-rahmon-japarov-2025",
    "casarosada-macri-bolsonaro-2019",
    "govuk-uk-kenya-strategic-partnership-2020",
    "heraldng-osinbajo-akufo-addo-2017",
    "l24lt-baltic-prime-ministers-2022",
    "miragenews-morrison-bainimarama-2019",
    "mvepgovhr-grlic-radman-fajon-2022",
    "najibrazak-malaysia-indonesia-consultation-2017",
    "pmcgovau-pacific-islands-forum-2024",
    "pmofficegovfj-bainimarama-pif-2022",
    "radiocms-uae-us-strategic-dialogue-2020",
    "timeskuwait-saudi-kuwait-2021",
    "valtioneuvosto-sipila-lofven-2015",
    "vladahr-oreskovic-cerar-2016",
];

/// The sixteenth fresh group, held out like the fifteenth (tests/eval/README.md, "Held out",
/// item 47): fifteen texts from countries, bodies and publishers the set lacked (Jamaica and
/// Trinidad and Tobago, ASEAN, Sri Lanka and the Maldives, the EU and China, the UK, Ghana and
/// Côte d'Ivoire, the UK and Portugal, Australia and Papua New Guinea, Egypt and the US, Denmark
/// and the India-Nordic summit, Nepal and India, China and Japan, the African Union, the G20,
/// Sweden and Finland) from Jamaican, Sri Lankan, Maldivian, EU, British, Australian, Danish,
/// Nepalese, Chinese, African Union and Swedish publishers and four copying sites, six of them
/// six paragraphs or longer (a Jamaican government news agency's report under box headings, an
/// ASEAN Foreign Ministers' statement on a sports site, a UK minister's visit report without its
/// title, an Egyptian presidency readout of a call, a Maldivian presidency item quoting a joint
/// press statement, a Swedish press release announcing a visit), two with headings (that report
/// and a UK-Portugal joint declaration published as a GOV.UK policy paper), and a Sri Lankan
/// report printing its title and first paragraphs twice, a European Council President's remarks
/// after an EU-China summit, an Australia-Papua New Guinea joint statement, a Danish press
/// conference transcript, a Nepalese report in items, a one-paragraph Chinese readout, an African
/// Union communiqué printing its title three times and the G20 leaders' COVID-19 statement in
/// capital letters, gathered and labelled by hand, themes and instruments, and committed before
/// accord read any of it.
const SIXTEENTH_HELD_OUT: &[&str] = &[
    "africanewsit-duddridge-ghana-cote-divoire-2016",
    "auint-faki-west-africa-visit-2018",
    "chineseembassybb-wang-yi-kishida-call-2016",
    "consilium-tusk-eu-china-summit-2015",
    "governmentse-kristersson-marin-2023",
    "govuk-policy-uk-portugal-2022",
    "gusercontent-sisi-biden-call-2021",
    "ipcopy-g20-extraordinary-summit-covid-2020",
    "jisgovjm-holness-rowley-cooperation-2016",
    "mfagovlk-sirisena-maldives-jubilee-2015",
    "mofagovnp-deuba-modi-talks-2022",
    "pmgovau-albanese-marape-leaders-dialogue-2024",
    "presidencymaldivesgovmv-rajapaksa-nasheed-2010",
    "stmdk-frederiksen-nordic-india-summit-2022",
    "tothethao-asean-fms-peace-stability-2020",
];

/// The seventeenth fresh group, held out like the sixteenth (tests/eval/README.md, "Held out",
/// item 50): fifteen texts from countries, bodies and publishers the set lacked (Mongolia and the
/// US, Bangladesh and India, the UK and New Zealand, Mongolia and Vietnam, Turkmenistan and
/// Turkey, Albania and North Macedonia, El Salvador, Guatemala and Honduras, Ghana and the US,
/// Ireland at an EU Foreign Ministers' meeting, Canada at a G20 ministerial meeting, the UN
/// Secretary-General and Bangladesh, Cameroon and Nigeria, Australia and New Zealand, Georgia and
/// Armenia, Saudi Arabia and Bahrain) from Mongolian, Bangladeshi, British, Turkmen, Albanian,
/// Irish, Cameroonian and UN publishers, two national news agencies, a Georgian news agency, a
/// Saudi newspaper and three copying sites, five of them six paragraphs or longer (a MONTSAME
/// report of a joint press briefing, a Ghana News Agency report of a visit, an Irish note with
/// quoted paragraphs, a Georgian agency's report with a caption holding the date, a Saudi
/// newspaper's report of a council's first meeting), one with a heading (an Australia-New Zealand
/// joint statement on a news aggregator, its points all numbered "1."), and a one-paragraph
/// Bangladeshi account under a dateline line, a UK-New Zealand joint statement published as a
/// GOV.UK policy paper, a Central American joint declaration on irregular migration, a Canadian
/// release repeating its summary, a UN readout under a place line and a Cameroonian page with a
/// download link, gathered and labelled by hand, themes and instruments, and committed before
/// accord read any of it.
const SEVENTEENTH_HELD_OUT: &[&str] = &[
    "agendage-garibashvili-pashinyan-2024",
    "gnaorggh-akufo-addo-harris-2023",
    "govie-tanaiste-eu-foreign-ministers-2024",
    "govuk-policy-uk-new-zealand-2022",
    "kryeministria-rama-zaev-2017",
    "metrolatinousa-northern-triangle-migration-2019",
    "mfagovmn-khurelsukh-pompeo-2018",
    "mofagovbd-momen-jaishankar-2022",
    "montsame-erdenebat-phuc-2016",
    "prccm-biya-buhari-boko-haram-2015",
    "saudigazette-saudi-bahraini-council-2020",
    "thetimesau-ardern-morrison-2021",
    "tmembassygovtm-meredov-erdogan-2024",
    "unorg-ban-abdul-hamid-2014",
    "webnewswire-garneau-gould-g20-matera-2021",
];

/// The eighteenth fresh group, held out like the seventeenth (tests/eval/README.md, "Held out",
/// item 53): fifteen texts from countries, bodies and publishers the set lacked or had little of
/// (Kazakhstan and Uzbekistan twice, North Macedonia as OSCE Chair in Central Asia, Ghana with
/// Barbados and with Trinidad and Tobago, Kenya and Tanzania, Oman and the US, Costa Rica and
/// Panama, the UK and the Caribbean twice, the EU at a South East European summit and with
/// Africa, the Philippines and Indonesia, Vietnam and New Zealand, Canada and Mexico) from Uzbek,
/// Omani, Barbadian, Philippine, British, Canadian and EU publishers, a Kazakh national news
/// agency, a Vietnamese newspaper, Macedonian, Ghanaian and Costa Rican news sites and five
/// copying sites, nine of them six paragraphs or longer (a Barbadian government report under a
/// photo caption, a Ghanaian report one paragraph a line, a Kenyan State House account on a blog,
/// a GOV.UK news story without its label, a copied Foreign Office announcement with a quotation
/// over three paragraphs, an EU High Representative's doorstep remarks, a Vietnamese report with
/// its caption printed twice, an Uzbek account on a wire service and a Macedonian report of a
/// ministry release), two with headings (the Kenyan account's "Signed deals" and "Trade", the
/// GOV.UK story's "Further information"), and an Omani readout with a blank first line, a Kazakh
/// agency page with Cyrillic framing lines, an EU release with a portal's own date above its
/// date line, a Philippine release opening with "MENU" and a Canadian readout on a financial
/// news site, gathered and labelled by hand, themes and instruments, and committed before accord
/// read any of it.
const EIGHTEENTH_HELD_OUT: &[&str] = &[
    "dfagovph-manalo-marsudi-jcbc-2024",
    "einpresswire-saidov-nurtleu-2023",
    "fmgovom-albusaidi-blinken-2022",
    "ghanaweb-akufo-addo-rowley-2020",
    "gisbarbados-akufo-addo-mottley-2019",
    "govuk-uk-caribbean-ministerial-forum-2014",
    "hakipensheni-suluhu-kenyatta-2021",
    "ieumonitoring-borrell-seecp-antalya-2021",
    "informkz-tileuberdi-kamilov-2020",
    "marketscreener-joly-ebrard-2021",
    "nevispages-anelay-caribbean-visit-2017",
    "nhandan-phuc-ardern-2018",
    "pressclubbe-borrell-fac-development-africa-2022",
    "qcostarica-solis-varela-2018",
    "republikamk-osmani-central-asia-2023",
];

/// The nineteenth fresh group, held out like the eighteenth (tests/eval/README.md, "Held out",
/// item 56): fifteen texts from countries, bodies and publishers the set lacked or had little of
/// (New Zealand and Samoa, Samoa at the Commonwealth, the Organization of American States, Malta
/// and Italy, Belgium and Uruguay, Paraguay and Chile, Cambodia and Laos, Pakistan and Thailand,
/// Morocco and Bahrain at the Arab League, Ethiopia and the US, Jordan and Saudi Arabia, Iceland
/// and Norway, Solomon Islands and Australia, the Dominican Republic and Haiti, Ghana and Côte
/// d'Ivoire) from Maltese, Belgian, Icelandic and Solomon Islands ministries, the OAS, the
/// Commonwealth Secretariat, Jordanian, Dominican, Moroccan, Pakistani and Horn of Africa news
/// sites and four sites copying or reporting others' texts, four of them six paragraphs or longer
/// (a New Zealand minister's media statement copied by Scoop with its title printed twice, a
/// Commonwealth Secretariat item with two "X said:" lines, an EFE report with an "Also read:" link
/// between paragraphs and a report ending with "Source: WAVN"), two with headings (the
/// Commonwealth item's "Voice for small states", a Dominican report's "Business initiative"), and
/// an OAS press release with no title line, a Maltese press release whose label is glued to its
/// title, a Pakistani page that repeats its summary as a paragraph, an Icelandic page with an
/// Icelandic caption printed twice and a Moroccan page ending with a copy-protection notice,
/// gathered and labelled by hand, themes and instruments, and committed before accord read any of
/// it.
const NINETEENTH_HELD_OUT: &[&str] = &[
    "cnvorgkh-hun-sen-thongloun-2017",
    "converseer-mahama-ouattara-2025",
    "diplomatiebe-wilmes-bustillo-2020",
    "dominicantoday-medina-martelly-2015",
    "governmentis-skarphedinsson-store-arctic",
    "govmt-borg-tajani-2022",
    "horndiplomat-abiy-pompeo-2020",
    "jordantimes-safadi-jubeir-2018",
    "latinamericannews-silvero-wetzig-2022",
    "mfaetgovsb-solomon-islands-australia-bsd-2019",
    "moroccotimes-bourita-al-zayani-2023",
    "oas-insulza-fernandez-kirchner-2007",
    "pakistanpoint-pakistan-thailand-consultations-2021",
    "scoop-peters-tuilaepa-2006",
    "thecommonwealth-fiame-scotland-cop27-2022",
];

/// The twentieth fresh group, held out like the nineteenth (tests/eval/README.md, "Held out",
/// item 59): fifteen texts from countries, bodies and publishers the set lacked or had little of
/// (Brazil and India, Mexico and Colombia, Trinidad and Tobago for CARICOM with the US, the SADC
/// Secretariat and Botswana, the ECOWAS Commission, Georgia and the US, Korea and Canada, Sri Lanka
/// and India, South Africa and Zimbabwe, Azerbaijan and Bulgaria, Greece and the US, Kenya and
/// Rwanda, UNHCR in Saudi Arabia and Kuwait, Qatar and the UK, Algeria and Tunisia) from Brazilian,
/// Trinidadian, Georgian and Greek foreign ministries, the Mexican Presidency, the SADC
/// Secretariat, the ECOWAS Commission, UNHCR, a Sri Lankan government news portal, Azerbaijani,
/// Ethiopian, Korean-American, Qatari and Maghreb news sites and MarketScreener, five of them six
/// paragraphs or longer (a Mexico-Colombia joint statement in numbered points, a South African
/// media statement with date, time and venue lines and a postal address, an Azerbaijani report
/// between a text-size widget line and the site's name twice, the Greek Foreign Minister's
/// statements opening with "N. DENDIAS:" and an Algerian-Tunisian report), one with a heading
/// ("Algeria- Tunisia: 27 agreements signed"), and a Brazilian page with a Portuguese title over
/// English numbered points, a Georgian page opening with an accessibility menu, a Korean-American
/// page opening with ten headlines of other stories, an ECOWAS page with lines holding only spaces
/// and a UNHCR briefing note printing its title twice, gathered and labelled by hand, themes and
/// instruments, and committed before accord read any of it.
const TWENTIETH_HELD_OUT: &[&str] = &[
    "addisstandard-kenyatta-kagame-2022",
    "ecowasint-akufo-addo-brou-2020",
    "foreigngovtt-caricom-blinken-2021",
    "gobmx-pena-nieto-santos-2016",
    "govbr-patriota-krishna-2011",
    "koreatimesus-cho-anand-2025",
    "marketscreener-pandor-shava-2021",
    "mfagovge-darchiashvili-obrien-2024",
    "mfagr-dendias-blinken-2023",
    "newsaz-mammadyarov-zakharieva-2018",
    "newslk-herath-jaishankar-2024",
    "qatarpress-al-khulaifi-ahmad-2023",
    "sadcint-tax-dow-2018",
    "themaghrebtimes-tebboune-saied-2021",
    "unhcrorg-guterres-middle-east-2007",
];

/// The twenty-first fresh group, held out like the twentieth (tests/eval/README.md, "Held out",
/// item 62): fifteen texts from countries, bodies and publishers the set lacked or had little of
/// (NATO and Greece, the UN Secretary-General and the US, Singapore with Malaysia and with India,
/// New Zealand and China, Uganda and Mozambique, Zambia and Ethiopia, Ecuador and Colombia,
/// Thailand and Japan, Israel and Germany, Egypt and France, Moldova and the European Council,
/// Argentina and Uruguay, Kenya and Ethiopia, Taiwan and the US) from NATO, the UN
/// Secretary-General's office, the Ecuadorian Foreign Ministry, the Moldovan Presidency, a
/// Taiwanese government agency, Malaysian, Indian, Ugandan, Zambian and Israeli news sites, the
/// Kenyan public broadcaster, MercoPress, and Devdiscourse, RYT9 and an unrelated site copying
/// others' texts, eight of them six paragraphs or longer, none with headings, five without a
/// title line (among them a Malay Mail report under a photo caption holding the only full date),
/// and a NATO page with a bulleted "|" line, a Kenyan broadcaster's page with a lone counter, image
/// names, "Also Read" links and its summary printed again, a New Zealand statement with its
/// summary and title each printed twice and an Egyptian readout ending with an APO Group line and
/// a video game link, gathered and labelled by hand, themes and instruments, and committed before
/// accord read any of it.
const TWENTY_FIRST_HELD_OUT: &[&str] = &[
    "cancilleriagobec-patino-holguin-2013",
    "devdiscourse-mahuta-qin-gang-2023",
    "fifaapkmodppsspp-sisi-macron",
    "haaretz-netanyahu-maas-2018",
    "immigrationgovtw-tsai-dodd-2021",
    "kbccoke-kenyatta-sahle-work-2020",
    "kfmcoug-museveni-nyusi-2022",
    "lusakatimes-hichilema-abiy-2022",
    "malaymail-teo-mahathir-2018",
    "mercopress-cafiero-bustillo-2023",
    "moneycontrol-modi-goh-chok-tong",
    "natoint-stoltenberg-tsipras-2018",
    "presedintiamd-sandu-michel-2022",
    "ryt9-kasit-okada-2010",
    "unorg-ban-obama-2013",
];

/// The twenty-second fresh group, held out like the twenty-first (tests/eval/README.md, "Held
/// out", item 68): fifteen texts from countries, bodies and publishers the set lacked or had
/// little of (the UK and Jamaica, Jamaica and the US, Fiji with Samoa, Solomon Islands, Tonga and
/// Papua New Guinea, Ghana and Senegal twice, Estonia with the UK, Hungary, Latvia, Finland and
/// Slovenia, Serbia with Norway and North Macedonia) from GOV.UK, the Jamaica Information
/// Service, the Latvian and Serbian Foreign Ministries (the latter on an archived site), the
/// Fijian and Estonian public broadcasters, Tongan, Papua New Guinean, Ghanaian, Senegalese,
/// Baltic and Pakistani news sites, and Pledge Times (a machine translation of a Finnish report)
/// and a consulate-named site (a synonym-spun Serbian text) copying others' texts, eight of them
/// six paragraphs or longer, none with headings, seven without a title line, four taken as the
/// opening of their pages, and a Latvian page whose only title is in Latvian, an Estonian
/// broadcaster's title with an unfilled comment-count template and its caption printed twice, an
/// archived Serbian page with print and font controls and a first paragraph glued to an image
/// file name, a breadcrumb glued to a title and a title printed twice behind a section label,
/// gathered and labelled by hand, themes and instruments, and committed before accord read any
/// of it.
const TWENTY_SECOND_HELD_OUT: &[&str] = &[
    "baltictimes-liimets-szijjarto-2021",
    "erree-mikser-erjavec-2017",
    "fbcnewscomfj-rabuka-manele-2025",
    "fbcnewscomfj-rabuka-mataafa-2023",
    "ghanaweb-akufo-addo-faye-2024",
    "govuk-johnson-holness-2022",
    "jisgovjm-holness-pence-2019",
    "looppng-marape-rabuka-2023",
    "looptonga-huakavameiliku-rabuka-2023",
    "mfagovlv-rinkevics-liimets-2021",
    "mspgovrs-filipovic-hauge-2019",
    "pledgetimes-haavisto-tsahkna-2023",
    "senenews-faye-mahama-2025",
    "serbianconsulatebcca-dacic-brende-dimitrov",
    "thediplomaticinsight-liimets-truss-2021",
];

/// The twenty-third fresh group, held out like the twenty-second (tests/eval/README.md, "Held
/// out", item 71): fifteen texts from countries, bodies and publishers the set lacked or had
/// little of (Kazakhstan with Kyrgyzstan and Uzbekistan, Uzbekistan and Kyrgyzstan, Kyrgyzstan
/// and Turkey, Peru with Chile, the US and Japan, the UAE with Iran and Iraq, Vietnam with the US
/// and China, Cuba and the US, Armenia and Georgia, Uganda and Tanzania, the Philippines and
/// Indonesia) from the Iraqi and Japanese Foreign Ministries, Kazakh, Kyrgyz and Peruvian news
/// agencies, EIN Presswire distributing an Uzbek state agency's readout, a UAE and a Vietnamese
/// newspaper, Vietnamese state radio, Cuban, Armenian, Philippine and pan-African news sites,
/// five of them seven paragraphs or longer, one with numbered section headings, seven without a
/// title line, two taken as the opening of their pages, and a Japanese page whose title survives
/// only glued to image names, an image name glued to a first paragraph, a title printed again in
/// an image line, a caption printed twice, a glued tag line, a date glued to its weekday and a
/// related-videos widget of durations and headlines, gathered and labelled by hand, themes and
/// instruments, and committed before accord read any of it.
const TWENTY_THIRD_HELD_OUT: &[&str] = &[
    "24kg-kazakbaev-cavusoglu",
    "africanews-hassan-museveni-2026",
    "andina-gonzalez-olaechea-van-klaveren-2023",
    "andina-wagner-blinken-2021",
    "cubadebate-rodriguez-us-legislators-2017",
    "einpresswire-mirziyoyev-zhaparov-2022",
    "informkz-abdrakhmanov-abdyldayev-2017",
    "ktkz-nurtleu-saidov",
    "mofaiq-hussein-abdullah-2022",
    "mofajp-kono-luna-2017",
    "newsam-mnatsakanyan-bakhtadze-2019",
    "nhandan-phuc-hong-xiaoyong",
    "sandigannews-manalo-marsudi-2024",
    "thenationalnews-abdullah-amirabdollahian-2021",
    "vovworld-phuc-shear",
];

/// The twenty-fourth fresh group, held out like the twenty-third (tests/eval/README.md, "Held
/// out", item 74): fifteen texts from countries, bodies and publishers the set lacked or had
/// little of (the UK with Poland and Saudi Arabia, Bangladesh and Nepal, Mongolia with the US,
/// China and Bahrain, India and the US, Egypt with the US and Iran, Saudi Arabia and France, Spain
/// at the EU's Foreign Affairs Council, Kenya with South Sudan and Somalia) from 10 Downing
/// Street on GOV.UK, the Spanish Foreign Ministry and an Indian embassy, a copied Foreign Office
/// news story, Bangladeshi, Nepali, Pakistani, Libyan and Qatari news sites, the Mongolian state
/// news agency, Egypt's State Information Service via AllAfrica, a Gulf news channel, and South
/// Sudanese and Kenyan broadcasters, five of them seven paragraphs or longer, none with headings,
/// three without a title line, two taken as the opening of their pages, and a stray closing
/// quotation mark, a title and a caption printed twice, a standfirst repeated by a later
/// paragraph, paragraphs separated by lines holding a single space, a paragraph broken inside a
/// word, a cookie notice before the title and a byline glued to "By", gathered and labelled by
/// hand, themes and instruments, and committed before accord read any of it.
const TWENTY_FOURTH_HELD_OUT: &[&str] = &[
    "alarabiya-mbs-macron-2021",
    "allafrica-shoukry-blinken-2024",
    "exteriores-albares-fac-2024",
    "eyeradio-kiir-ruto-2022",
    "govuk-pm-tusk-2024",
    "indianembassyusa-singh-obama-2009",
    "kbc-ruto-mohamud-kiir",
    "libyannewswire-shoukry-amirabdollahian-2024",
    "montsame-tsogtbaatar-klecheski",
    "montsame-tsogtbaatar-xue-2018",
    "pressarabia-khalid-tsogtbaatar",
    "spotlightnepal-lamsal-momen-2024",
    "tbsnews-momen-khadka-2022",
    "theasianindependent-field-poland",
    "thediplomaticinsight-mbs-johnson-2021",
];

/// The twenty-fifth fresh group, held out like the twenty-fourth (tests/eval/README.md, "Held
/// out", item 77): fifteen texts from countries, bodies and publishers the set lacked or had
/// little of (Guyana and Guatemala, Canada and Jamaica, Jamaica with the UN and Canada, Ghana
/// with the US, ECOWAS, Cyprus, Türkiye and Turkmenistan, Turkmenistan and Guatemala, Estonia and
/// Finland, Georgia with Türkiye, Azerbaijan, Israel and China) from Guyana's Department of
/// Public Information, Jamaica's Office of the Prime Minister and the Turkish Foreign Ministry,
/// Canadian and Turkmen texts on a press-release distributor, the Ghana News Agency, a Ghanaian
/// news portal, the Estonian public broadcaster, and Caucasus, Azerbaijani and Georgian news
/// sites and an aggregator, three of them seven paragraphs or longer, none with headings, five
/// without a title line, six taken as the opening of their pages, and a stray "0" and an image
/// file name before the body, titles printed twice, an unfilled comment counter after a title,
/// a caption printed twice, share lines separated by three blank lines and a view count under a
/// date line, gathered and labelled by hand, themes and instruments, and committed before
/// accord read any of it.
const TWENTY_FIFTH_HELD_OUT: &[&str] = &[
    "agendage-darchiashvili-ohana-2023",
    "dpigovgy-persaud-ramirez-2023",
    "einpresswire-carney-holness",
    "einpresswire-hajiyev-estrada-2023",
    "einpresswire-meredov-sarpong-2023",
    "einpresswire-trudeau-holness-2023",
    "err-mikser-soini-2018",
    "ghanaweb-botchwey-palmer-2022",
    "gna-botchwey-cyprus-2024",
    "gna-ecowas-technical-team-2023",
    "mfagovtr-cavusoglu-ghana-2022",
    "newspravda-bochorishvili-zhou-2024",
    "opmgovjm-holness-guterres-trudeau",
    "reportaz-mammadyarov-zalkaliani",
    "vestikavkaza-darchiashvili-fidan-2023",
];

/// The twenty-sixth fresh group, held out like the twenty-fifth (tests/eval/README.md, "Held
/// out", item 82): fifteen texts from countries, bodies and publishers the set lacked or had
/// little of (Lithuania and Norway, Kuwait and Oman, Indonesia and Malaysia, Argentina and
/// Chile, Angola and Mozambique, Mozambique and Botswana, South Korea and Slovakia, the Czech
/// Republic and Slovakia, the Cook Islands and Samoa, the OAS and Chile, Moldova and Romania,
/// Iceland with Greenland and with Denmark) from the Lithuanian Government, the Cook Islands,
/// Icelandic and (copied) Lithuanian and Argentine Foreign Ministries, the OAS Media Center,
/// the Indonesian and Moldovan state news agencies, Kuwaiti and Omani newspapers carrying KUNA
/// and ONA, Korean and Czech public broadcasters' English services, Angolan and Mozambican
/// news sites and a diplomatic news site, two of them seven paragraphs or longer, none with
/// headings, six without a title line, six taken as the opening of their pages, and titles
/// printed twice, a title printed three times, a site name on three lines, an image file name,
/// a photo credit before a single paragraph whose sentences are glued, a label without its
/// number and a comment form's "Leave a Reply", gathered and labelled by hand, themes and
/// instruments, and committed before accord read any of it.
const TWENTY_SIXTH_HELD_OUT: &[&str] = &[
    "antaranews-marsudi-hasan-2024",
    "floridasnews-argentina-chile-forum-2017",
    "governmentis-skarphedinsson-kleist",
    "kbs-cho-blanar",
    "kuwaittimes-salem-busaidi",
    "lrvlt-simonyte-horpestad-2021",
    "mfaigovck-brown-mataafa-2023",
    "moldpres-popescu-aurescu-2022",
    "mznews-chapo-boko",
    "newskitchen-linkevicius-horpestad-2020",
    "oas-insulza-munoz-2014",
    "radiocz-schwarzenberg-lajcak",
    "thediplomaticinsight-kofod-iceland-2021",
    "timesofoman-sabah-khalid-busaidi-2024",
    "verangola-antonio-lucas-2025",
];

/// The twenty-seventh fresh group, held out like the twenty-sixth (tests/eval/README.md, "Held
/// out", item 87): fifteen texts from countries, bodies and publishers the set lacked or had
/// little of (Mexico and Guatemala, Panama and China, St Lucia and Malaysia, The Bahamas and
/// Cuba, Serbia and Montenegro, Bosnia and Herzegovina and the EU, Tajikistan and Russia, the
/// UAE and the United States, Vanuatu with Australia and with New Zealand, Bhutan and India,
/// Cameroon and Gabon, Senegal and Cote d'Ivoire, Sierra Leone and Liberia, Cambodia and Laos)
/// from the Mexican Foreign Ministry, the Tajik, Emirati and Cambodian state news agencies (the
/// last on its Ministry of Information's site), Xinhua copied by a blog, a Serbian
/// broadcaster, a Pacific news service, Caribbean, Bahamian, Balkan, Vanuatu, Indian, African
/// and Sierra Leonean news sites and newspapers and a foundation's news summaries, five of them
/// seven paragraphs or longer, none with headings, four without a title line, four taken as
/// the opening of their pages, and a title printed three times in capitals under a breadcrumb,
/// a first line gluing section, title, standfirst, source and date, a login remnant and an
/// "advertisement" line, other stories' headlines, a comment widget, a Khmer slogan line, lines
/// holding one space between paragraphs and a source citation giving the date, gathered and
/// labelled by hand, themes and instruments, and committed before accord read any of it.
const TWENTY_SEVENTH_HELD_OUT: &[&str] = &[
    "b92-dacic-markovic-2018",
    "caribjournal-pierre-anifah-2014",
    "dailypostvu-salwai-ardern",
    "emirates247-abdullah-correa-2020",
    "europeanwesternbalkans-zvizdic-mogherini-2017",
    "ewnews-henfield-garcia-del-toro",
    "fundacionandresbello-franco-hua-2023",
    "informationgovkh-prak-sokhonn-prasith-2018",
    "khovartj-muhriddin-lavrov-2020",
    "necplusafrica-faye-ouattara-2024",
    "panafricannews-biya-oligui-nguema-2023",
    "pina-salwai-turnbull-2018",
    "samajweekly-dorji-jaishankar",
    "sierraleonemonitor-bio-boakai-2024",
    "sregobmx-meade-carrera-castro-2013",
];

/// The twenty-eighth fresh group, held out like the twenty-seventh (tests/eval/README.md, "Held
/// out", item 90): fifteen texts from countries, bodies and publishers the set lacked or had
/// little of (Peru and Bolivia, Armenia and Georgia, the Baltic states with Germany and among
/// themselves, Morocco and Mauritania, Ethiopia and Djibouti, Namibia and Botswana, Oman with
/// Somalia, Iran and Syria, Nepal and Sri Lanka, Fiji with Papua New Guinea, Tonga and Samoa)
/// from the Armenian and Moroccan Foreign Ministries, the Peruvian and Ethiopian state news
/// agencies, an Armenian public broadcaster, a Turkish broadcaster carrying Anadolu Agency, an
/// Omani newspaper carrying ONA, a Pakistani newspaper, Lithuanian, Indian, Moroccan, Namibian,
/// Syrian, Nepali and Fijian news sites and portals, two of them seven paragraphs long, two of
/// one paragraph, none with headings, six without a title line, all taken whole as the store
/// showed them, and a ministry page under five lines of its site menu with a month-first date
/// line, a caption printed twice, "Contact Us" and "Subscribe" around a byline, a sentence
/// broken by a blank line inside an instrument's name, a "Foto:" credit and "Source:" line,
/// "Print the page" and navigation lines at a page's end, gathered and labelled by hand, themes
/// and instruments, and committed before accord read any of it.
const TWENTY_EIGHTH_HELD_OUT: &[&str] = &[
    "andina-humala-morales-2015",
    "anews-qaboos-zarif-2017",
    "armradio-pashinyan-gharibashvili-2024",
    "canindia-kallas-scholz",
    "dailytimes-fiame-bainimarama-2022",
    "delfi-karoblis-baltic-ministers",
    "diplomatiema-mezouar-ould-mohamed-rare-2014",
    "ena-gedu-guelleh-2019",
    "fijiglobalnews-rabuka-marape",
    "mfaam-nalbandian-margvelashvili-2016",
    "namibiadailynews-nandi-ndaitwah-kwape-2021",
    "omanobserver-busaidi-mahmoud",
    "saharanews-ould-merzoug-chabar",
    "syrianobserver-assad-busaidi-2022",
    "vishwanews-saud-sabry",
];

/// The parts' names, in the order of `part_of` and `PART_FLOORS`; a new group adds its name
/// here, its list to `HELD_OUT_GROUPS` and its row to `PART_FLOORS`.
pub const PART_NAMES: [&str; 29] = [
    "tuning part",
    "first held-out group",
    "second held-out group",
    "third held-out group",
    "fourth held-out group",
    "fifth held-out group",
    "sixth held-out group",
    "seventh held-out group",
    "eighth held-out group",
    "ninth held-out group",
    "tenth held-out group",
    "eleventh held-out group",
    "twelfth held-out group",
    "thirteenth held-out group",
    "fourteenth held-out group",
    "fifteenth held-out group",
    "sixteenth held-out group",
    "seventeenth held-out group",
    "eighteenth held-out group",
    "nineteenth held-out group",
    "twentieth held-out group",
    "twenty-first held-out group",
    "twenty-second held-out group",
    "twenty-third held-out group",
    "twenty-fourth held-out group",
    "twenty-fifth held-out group",
    "twenty-sixth held-out group",
    "twenty-seventh held-out group",
    "twenty-eighth held-out group",
];

/// The held-out groups in the order they were added: group N is part N.
const HELD_OUT_GROUPS: [&[&str]; PART_NAMES.len() - 1] = [
    HELD_OUT,
    SECOND_HELD_OUT,
    THIRD_HELD_OUT,
    FOURTH_HELD_OUT,
    FIFTH_HELD_OUT,
    SIXTH_HELD_OUT,
    SEVENTH_HELD_OUT,
    EIGHTH_HELD_OUT,
    NINTH_HELD_OUT,
    TENTH_HELD_OUT,
    ELEVENTH_HELD_OUT,
    TWELFTH_HELD_OUT,
    THIRTEENTH_HELD_OUT,
    FOURTEENTH_HELD_OUT,
    FIFTEENTH_HELD_OUT,
    SIXTEENTH_HELD_OUT,
    SEVENTEENTH_HELD_OUT,
    EIGHTEENTH_HELD_OUT,
    NINETEENTH_HELD_OUT,
    TWENTIETH_HELD_OUT,
    TWENTY_FIRST_HELD_OUT,
    TWENTY_SECOND_HELD_OUT,
    TWENTY_THIRD_HELD_OUT,
    TWENTY_FOURTH_HELD_OUT,
    TWENTY_FIFTH_HELD_OUT,
    TWENTY_SIXTH_HELD_OUT,
    TWENTY_SEVENTH_HELD_OUT,
    TWENTY_EIGHTH_HELD_OUT,
];

/// Which part of the evaluation set a statement is in: 0 the tuning part, N the N-th held-out
/// group.
pub fn part_of(stem: &str) -> usize {
    HELD_OUT_GROUPS
        .iter()
        .position(|group| group.contains(&stem))
        .map_or(0, |index| index + 1)
}

// Targets: every title and date right (1.0), 95 % of paragraphs, 90 % precision and recall.
// Each floor is the figure reached so far, above or below its target (see BENCHMARKS.md,
// "Understanding"), so that nothing drops unnoticed. A fresh group's floors start at its first
// figure: a floor over all parts would move whenever a group is added.
/// For each part (tuning, first to twenty-eighth held-out groups): the floors of
/// titles, dates, paragraph themes, discovery precision and discovery recall.
pub const PART_FLOORS: [[f64; 5]; PART_NAMES.len()] = [
    // The tuning part: paragraphs 188/201 until item 34 (189).
    [1.0, 1.0, 0.940, 1.0, 1.0],
    // Groups 1 to 4: paragraphs 48/53, 47/51, 64/69 and 49/58 until item 28 (49, 49, 64, 50).
    [1.0, 1.0, 0.943, 1.0, 0.964],
    [1.0, 1.0, 0.960, 1.0, 0.969],
    [1.0, 1.0, 0.927, 1.0, 1.0],
    [1.0, 1.0, 0.862, 1.0, 1.0],
    // The fifth group: first reading 12/14, 12/14, 35/55, 25/37, 21/23; after the fixes drawn
    // from it (tests/eval/README.md, "Held out", items 14 and 15), every title, date and name
    // reported right; paragraphs 42/55 after item 18, 44/55 after item 21 and 48/55 after item
    // 28 (49/55 after item 31, 50/55 after item 37), recall 22/23 after item 19.
    [1.0, 1.0, 0.927, 1.0, 0.956],
    // The sixth group: its first reading, 8/13, 8/13, 30/53, 8/17, 8/16; after the fixes
    // drawn from it (tests/eval/README.md, "Held out", items 17 to 19), titles 13/13, dates
    // 13/13, paragraphs 39/53 (44/53 after item 21, 47/53 after item 28), precision 16/16,
    // recall 16/16; paragraphs 48/53 after item 37.
    [1.0, 1.0, 0.924, 1.0, 1.0],
    // The seventh group: its first reading, 10/15, 12/15, 33/66, 35/49, 32/43; after the
    // fixes drawn from it (tests/eval/README.md, "Held out", items 21 and 22), titles 15/15,
    // dates 15/15, paragraphs 47/66 (49/66 after item 24, 52/66 after item 28), precision
    // 42/44 (43/45 after item 29), recall 39/43 (40/43 after item 29); paragraphs 54/66 after
    // item 31 and 56/66 after item 34.
    [1.0, 1.0, 0.893, 0.955, 0.930],
    // The eighth group: its first reading, 10/16, 13/16, 43/62, 30/39, 28/32; after the fixes
    // drawn from it (tests/eval/README.md, "Held out", items 24 and 25), 14/16, 15/16, 50/62,
    // 31/34, 29/32; after items 28 and 29, 16/16, 16/16, 53/62, 33/35, 31/32; precision 33/34
    // after item 35.
    [1.0, 1.0, 0.887, 0.970, 0.968],
    // The ninth group: its first reading, 13/15, 13/15, 25/41, 24/31, 19/26; after the fixes
    // drawn from it (items 28 and 29), 15/15, 15/15, 38/41, 31/31, 26/26.
    [1.0, 1.0, 0.926, 1.0, 1.0],
    // The tenth group: its first reading, 10/16, 9/16, 47/74, 38/50, 32/43; after the fixes
    // drawn from it (items 31 and 32), 16/16, 16/16, 67/74, 49/49, 42/44; paragraphs 69/74 after
    // item 37, 70/74 after item 45.
    [1.0, 1.0, 0.945, 1.0, 0.954],
    // The eleventh group: its first reading, 11/16, 11/16, 53/85, 33/50, 27/32; after the fixes
    // drawn from it (items 34 and 35), 16/16, 16/16, 69/85, 36/38, 31/32; paragraphs 70/85
    // after item 37.
    [1.0, 1.0, 0.835, 0.947, 0.968],
    // The twelfth group: its first reading, 11/15, 12/15, 64/98, 48/58, 34/40; after the fixes
    // drawn from it (items 37 and 38), 15/15, 15/15, 80/98, 55/55, 40/40; paragraphs 82/98
    // after item 45.
    [1.0, 1.0, 0.887, 1.0, 1.0],
    // The thirteenth group: its first reading, 12/15, 10/15, 49/74, 34/43, 33/41; after the
    // fixes drawn from it (items 40 and 41), 15/15, 15/15, 55/74, 36/40, 35/41; paragraphs
    // 56/74 after item 45; precision 38/41 and recall 37/41 after item 46.
    // Item 60 raised its paragraph floor to 60/74.
    [1.0, 1.0, 0.81, 0.951, 0.926],
    // The fourteenth group: its first reading, 11/15, 11/15, 43/78, 55/66, 46/56; after the
    // fixes drawn from it (items 42 and 43), paragraphs 50/78, precision 59/65, recall 50/56;
    // paragraphs 62/78 after item 45; titles 15/15, dates 15/15, precision 61/62 and recall
    // 51/56 after item 46.
    [1.0, 1.0, 0.833, 0.984, 0.928],
    // The fifteenth group: its first reading, 15/15, 12/15, 58/107, 31/35, 26/33; paragraphs
    // 59/107 after item 45 and precision 33/37, recall 27/33 after item 46, both drawn from the
    // earlier groups; paragraphs 87/107 after item 48, drawn from it. Item 48 also raised the
    // paragraph floors of groups 6, 8 and 11 to 14 (49/53, 54/62, 71/85, 84/98, 58/74, 64/78).
    // Item 49 brought the fifteenth group's dates to 15/15, its precision to 40/42 and recall
    // to 33/33, and raised discovery floors of groups 2, 13 and 14 (recall 32/33; 39/41,
    // 38/41; 62/63, 52/56). Item 66 raised its paragraph floor to 92/107.
    [1.0, 1.0, 0.859, 0.952, 1.0],
    // The sixteenth group: its first reading (after items 48 and 49), 13/15, 12/15, 41/79,
    // 38/47, 33/45; paragraphs 54/79 after item 51, drawn from it. Item 51 also raised the
    // paragraph floors of groups 1, 5, 12 and 13 (50/53, 51/55, 86/98, 59/74).
    // Item 52 brought its titles and dates to 15/15, precision to 50/55, recall to 41/45.
    // Item 60 raised its paragraph floor to 60/79; 61/79 after item 88.
    [1.0, 1.0, 0.772, 0.909, 0.911],
    // The seventeenth group: read before items 51 and 52, 14/15, 13/15, 45/70, 21/38, 19/23;
    // its first reading after them (drawn from the sixteenth group), 14/15, 13/15, 46/70,
    // 21/38, 19/23; after items 54 and 55, drawn from it, 15/15, 15/15, 52/70, 21/21, 19/23.
    // Item 54 also raised the paragraph floors of groups 7, 12 and 14 to 16 (58/66, 87/98,
    // 65/78, 91/107, 59/79). Item 72 raised its paragraph floor to 53/70.
    [1.0, 1.0, 0.757, 1.0, 0.826],
    // The eighteenth group: its first reading (after items 54 and 55), 13/15, 13/15, 66/105,
    // 32/46, 24/38; after items 57 and 58, drawn from it, 15/15, 15/15, 77/105, 36/44, 28/38;
    // after items 60 and 61, 78/105; after items 63 and 64, 79/105; after item 72, 80/105;
    // after item 86, precision 36/43.
    [1.0, 1.0, 0.761, 0.837, 0.736],
    // The nineteenth group: its first reading (after items 57 and 58), 10/15, 11/15, 43/77,
    // 40/53, 30/40; after items 60 and 61, drawn from it, 15/15, 15/15, 58/77, 42/50, 32/40;
    // after items 63 and 64, 59/77; paragraphs 62/77 after item 85.
    [1.0, 1.0, 0.805, 0.84, 0.8],
    // The twentieth group: its first reading (after items 60 and 61), 11/15, 13/15, 38/80,
    // 33/48, 27/40; after items 63 and 64, drawn from it, 14/15, 14/15, 50/80, 34/41, 27/40;
    // paragraphs 51/80 after item 66; after item 67, titles 15/15, discovery 37/41, 30/40;
    // paragraphs 56/80 after item 85.
    [1.0, 0.933, 0.7, 0.902, 0.75],
    // The twenty-first group: its first reading (after items 63 and 64), 12/15, 11/15, 49/81,
    // 17/30, 16/21; after item 65, drawn from it, titles 14/15 and dates 13/15; after item 66,
    // paragraphs 57/81; after item 67, titles 15/15, discovery 19/28, 18/21; paragraphs 59/81
    // after item 85, 63/81 after item 88.
    [1.0, 0.866, 0.777, 0.678, 0.857],
    // The twenty-second group: its first reading (after items 66 and 67), 9/15, 12/15, 61/90,
    // 29/39, 27/33; after item 69, paragraphs 66/90; after item 70, drawn from it, titles
    // 15/15, dates 13/15, precision 29/38; paragraphs 70/90 after item 85, 71/90 after item 88.
    [1.0, 0.866, 0.788, 0.763, 0.818],
    // The twenty-third group: its first reading (after items 69 and 70), 10/15, 13/15, 51/86,
    // 20/25, 15/18; after item 72, drawn from it, paragraphs 69/86; after item 73, titles
    // 14/15, dates 15/15, discovery 23/24, 18/18, and with both, paragraphs 70/86;
    // paragraphs 71/86 after item 85; after item 86, precision 23/23; paragraphs 72/86 after
    // item 88.
    [0.933, 1.0, 0.837, 1.0, 1.0],
    // The twenty-fourth group: its first reading (after items 72 and 73), 13/15, 14/15, 51/76,
    // 16/27, 14/21; after item 75, drawn from it, paragraphs 59/76; after item 76, titles
    // 15/15, discovery 17/21, 16/21; after item 80, paragraphs 63/76; after item 81, discovery
    // 19/23, 18/21; with the United Nations labelled in a seat's name (README "How the labels
    // were checked"), 20/23, 19/22.
    [1.0, 0.933, 0.828, 0.869, 0.863],
    // The twenty-fifth group: its first reading (after items 75 and 76), 13/15, 13/15, 49/71,
    // 26/31, 18/22; after item 78, drawn from it, paragraphs 55/71; after item 79, titles
    // 15/15, discovery precision 26/30; after item 80, paragraphs 61/71; after item 81, dates
    // 15/15, discovery 30/30, 22/22; paragraphs 63/71 after item 85.
    [1.0, 1.0, 0.887, 1.0, 1.0],
    // The twenty-sixth group: its first reading (after items 80 and 81), 12/15, 12/15, 35/68,
    // 36/48, 29/38; after item 83, drawn from it, paragraphs 50/68; after item 84, titles
    // 15/15, dates 15/15, discovery 41/49, 34/38; paragraphs 51/68 after item 85; after item
    // 86, with the numbered meeting labelled, discovery 46/49, 39/39.
    [1.0, 1.0, 0.75, 0.938, 1.0],
    // The twenty-seventh group: floors set at its first reading (after item 84), 13/15, 11/15,
    // 47/87, 20/31, 18/21; paragraphs 71/87 after item 88, drawn from it; after item 89,
    // titles 14/15, dates 12/15, discovery precision 20/24.
    [0.933, 0.8, 0.816, 0.833, 0.857],
    // The twenty-eighth group: floors set at its first reading (after items 88 and 89), 13/15,
    // 13/15, 49/68, 14/18, 14/15; paragraphs 55/68 after item 91, drawn from it; after item
    // 92, dates 15/15.
    [0.866, 1.0, 0.808, 0.777, 0.933],
];
