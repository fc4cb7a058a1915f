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
    /// The numbered links to show: the first and last pages, and those near this one, with a
    /// gap where numbers are left out ([`shown_numbers`]).
    pub pages: Vec<PagerItem>,
}

/// One item of a pager's numbered list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PagerItem {
    /// The page's number; 0 for a gap (an ellipsis standing for the pages left out).
    pub number: usize,
    /// Its link (empty for a gap).
    pub title: String,
    /// Its URL (empty for a gap).
    pub url: String,
    /// Whether this is a gap.
    pub gap: bool,
}

/// How many pages on each side of the current one a pager numbers.
const NEIGHBOURS: usize = 2;

/// The page numbers a pager shows for page `current` of `total`, 0 standing for a gap: the first
/// and the last, and the current one with its [`NEIGHBOURS`] on each side, as GOV.UK's pagination
/// does (`1 … 6 7 [8] 9 10 … 42`). A gap is never put for a single page: that page is shown.
/// Listing every page on every page made each page grow with the list, and the whole list's
/// pages with its square.
pub fn shown_numbers(current: usize, total: usize) -> Vec<usize> {
    let near = current.saturating_sub(NEIGHBOURS).max(1)..=(current + NEIGHBOURS).min(total);
    let mut shown = Vec::new();
    let mut last = 0;
    for number in std::iter::once(1).chain(near).chain(std::iter::once(total)) {
        if number <= last {
            continue;
        }
        match number - last {
            1 => {}
            2 => shown.push(last + 1),
            _ => shown.push(0),
        }
        shown.push(number);
        last = number;
    }
    shown
}

/// Items per page of the timeline, whose entries are one line each.
pub const TIMELINE_PER_PAGE: usize = 200;

/// How many pages `count` items fill at `per_page` a page (at least one, so that an empty list
/// still has its page).
pub fn page_count(count: usize, per_page: usize) -> usize {
    count.div_ceil(per_page.max(1)).max(1)
}

pub use crate::urls::page_path;

/// The range of items on page `number` (1-based) of a list of `count` items.
pub fn page_range(count: usize, number: usize, per_page: usize) -> std::ops::Range<usize> {
    let start = (number.saturating_sub(1) * per_page).min(count);
    start..(start + per_page).min(count)
}

/// The pager of page `number` of a list of `count` items at `base`; `url` turns a path into a URL
/// and `title` gives the label of page N of M (`Page 2 of 3` in the page's language).
/// `None` when the list fits on one page.
pub fn pager(
    base: &str,
    count: usize,
    number: usize,
    per_page: usize,
    url: impl Fn(&str) -> String,
    title: impl Fn(usize, usize) -> String,
) -> Option<Pager> {
    let total = page_count(count, per_page);
    if total <= 1 {
        return None;
    }
    let link = |n: usize| LinkView {
        title: title(n, total),
        url: url(&page_path(base, n)),
    };
    let pages = shown_numbers(number, total)
        .into_iter()
        .map(|n| match n {
            0 => PagerItem {
                number: 0,
                title: String::new(),
                url: String::new(),
                gap: true,
            },
            n => {
                let LinkView { title, url } = link(n);
                PagerItem {
                    number: n,
                    title,
                    url,
                    gap: false,
                }
            }
        })
        .collect();
    Some(Pager {
        current: number,
        total,
        previous: (number > 1).then(|| link(number - 1)),
        next: (number < total).then(|| link(number + 1)),
        pages,
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
        let title = |n, total| format!("{n}/{total}");
        let pager = pager("themes/x/", 120, 2, PER_PAGE, |p| format!("/{p}"), title).unwrap();
        assert_eq!(pager.total, 3);
        let previous = pager.previous.unwrap();
        assert_eq!(
            (previous.url.as_str(), previous.title.as_str()),
            ("/themes/x/", "1/3")
        );
        assert_eq!(pager.next.unwrap().url, "/themes/x/page/3/");
        assert!(super::pager("themes/x/", 50, 1, PER_PAGE, |p| p.to_string(), title).is_none());
        let numbers: Vec<usize> = pager.pages.iter().map(|item| item.number).collect();
        assert_eq!(numbers, [1, 2, 3]);
        assert_eq!(pager.pages[2].url, "/themes/x/page/3/");
    }

    #[test]
    fn a_long_list_numbers_its_ends_and_the_pages_near_this_one() {
        assert_eq!(shown_numbers(1, 1), [1]);
        assert_eq!(shown_numbers(1, 7), [1, 2, 3, 0, 7]);
        assert_eq!(shown_numbers(8, 42), [1, 0, 6, 7, 8, 9, 10, 0, 42]);
        assert_eq!(shown_numbers(42, 42), [1, 0, 40, 41, 42]);
        // A gap would stand for one page only: that page is shown instead.
        assert_eq!(shown_numbers(4, 7), [1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(shown_numbers(5, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(shown_numbers(5, 10), [1, 2, 3, 4, 5, 6, 7, 0, 10]);
        // However long the list, a page shows at most nine items.
        for total in 1..200 {
            for current in 1..=total {
                let shown = shown_numbers(current, total);
                assert!(shown.len() <= 9, "{current} of {total}: {shown:?}");
                assert!(shown.contains(&current) && shown.contains(&1) && shown.contains(&total));
                let numbers: Vec<usize> = shown.iter().copied().filter(|&n| n > 0).collect();
                assert!(numbers.windows(2).all(|pair| pair[0] < pair[1]));
            }
        }
    }
}
