//! `accord check --external`: asks every external link's server whether the page is there.
//!
//! Off by default, because the build and the check must work offline; never used by tests.

use std::collections::BTreeMap;
use std::time::Duration;

use rayon::prelude::*;

use super::{Finding, Kind};

/// How long one request may take.
const TIMEOUT: Duration = Duration::from_secs(15);

/// One finding per external link that does not answer with a success, at its first place.
/// `links` maps each URL to the output file and line where it first appears.
pub fn check(links: &BTreeMap<String, (String, usize)>) -> Vec<Finding> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .user_agent("accord-link-check")
        .build()
        .into();
    let list: Vec<(&String, &(String, usize))> = links.iter().collect();
    list.par_iter()
        .filter_map(|(url, (file, line))| {
            let failure = probe(&agent, url)?;
            Some(Finding::new(
                Kind::BrokenExternalLink,
                file.clone(),
                Some(*line),
                format!("{url} does not answer: {failure}"),
                "check the address in a browser; replace it with the page's new address or an archived copy",
            ))
        })
        .collect()
}

/// `None` when the URL answers with a success; otherwise what went wrong. Some servers refuse
/// HEAD, so a refusal is tried again with GET.
fn probe(agent: &ureq::Agent, url: &str) -> Option<String> {
    match agent.head(url).call() {
        Ok(_) => None,
        Err(ureq::Error::StatusCode(405 | 403 | 501)) => match agent.get(url).call() {
            Ok(_) => None,
            Err(error) => Some(error.to_string()),
        },
        Err(error) => Some(error.to_string()),
    }
}
