//! Splits long lists (mentions, passages, documents, timeline events) into numbered pages, so
//! that no page grows without bound however many documents a site has.

use serde::Serialize;

use super::views::LinkView;

/// Items per page of a long list: enough to scan, few enough to read.
pub const PER_PAGE: usize = 50;

/// Where a page sits in its list, for the "Previous / Next" navigation.
#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    /// 1-based number of this page.
    pub current: usize,
    /// Number of pages.
    pub total: usize,
    /// The previous page, if any.
    pub previous: Option<LinkView>,
    /// The next page, if any.
    pub next: Option<LinkView>,
    /// Every page, for a numbered list.
    pub pages: Vec<LinkView>,
}

/// Items per page of the timeline, whose entries are one line each.
pub const TIMELINE_PER_PAGE: usize = 200;

/// How many pages `count` items fill at `per_page` a page (at least one, so that an empty list
/// still has its page).
pub fn page_count(count: usize, per_page: usize) -> usize {
    count.div_ceil(per_page.max(1)).max(1)
}

/// The path of page `number` of a list whose first page is at `base` (`instruments/nato/`):
/// the first page is `base` itself, the others `base` + `page/N/`.
pub fn page_path(base: &str, number: usize) -> String {
    if number <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{number}/")
    }
}

/// The range of items on page `number` (1-based) of a list of `count` items.
pub fn page_range(count: usize, number: usize, per_page: usize) -> std::ops::Range<usize> {
    let start = (number.saturating_sub(1) * per_page).min(count);
    start..(start + per_page).min(count)
}

/// The pager of page `number` of a list of `count` items at `base`; `url` turns a path into a URL.
/// `None` when the list fits on one page.
pub fn pager(
    base: &str,
    count: usize,
    number: usize,
    per_page: usize,
    url: impl Fn(&str) -> String,
) -> Option<Pager> {
    let total = page_count(count, per_page);
    if total <= 1 {
        return None;
    }
    let link = |n: usize| LinkView {
        title: format!("Page {n} of {total}"),
        url: url(&page_path(base, n)),
    };
    Some(Pager {
        current: number,
        total,
        previous: (number > 1).then(|| link(number - 1)),
        next: (number < total).then(|| link(number + 1)),
        pages: (1..=total).map(link).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_into_pages_of_fifty() {
        assert_eq!(page_count(0, PER_PAGE), 1);
        assert_eq!(page_count(50, PER_PAGE), 1);
        assert_eq!(page_count(51, PER_PAGE), 2);
        assert_eq!(page_range(120, 3, PER_PAGE), 100..120);
        assert_eq!(page_range(10, 2, PER_PAGE), 10..10);
        assert_eq!(page_path("instruments/nato/", 1), "instruments/nato/");
        assert_eq!(
            page_path("instruments/nato/", 2),
            "instruments/nato/page/2/"
        );
    }

    #[test]
    fn a_pager_links_its_neighbours() {
        let pager = pager("themes/x/", 120, 2, PER_PAGE, |p| format!("/{p}")).unwrap();
        assert_eq!(pager.total, 3);
        assert_eq!(pager.previous.unwrap().url, "/themes/x/");
        assert_eq!(pager.next.unwrap().url, "/themes/x/page/3/");
        assert!(super::pager("themes/x/", 50, 1, PER_PAGE, |p| p.to_string()).is_none());
    }
}
