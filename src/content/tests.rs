//! Tests of content loading: path order, bodies cut in place, reloads.

use super::*;

#[test]
fn pages_are_sorted_by_path_as_a_stable_sort_sorts_them() {
    let mut rng = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = |n: u64| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng % n
    };
    for round in 0..200 {
        // A sorted list with a few items appended (as a reload leaves it), or many.
        let sorted_len = next(40) as usize;
        let appended = if round % 4 == 0 {
            100
        } else {
            next(5) as usize
        };
        let mut items: Vec<(String, usize)> = (0..sorted_len)
            .map(|_| format!("p{}", next(30)))
            .collect::<Vec<_>>()
            .into_iter()
            .enumerate()
            .map(|(i, p)| (p, i))
            .collect();
        items.sort_by(|a, b| a.0.cmp(&b.0));
        for i in 0..appended {
            items.push((format!("p{}", next(30)), 1000 + i));
        }
        let mut want = items.clone();
        want.sort_by(|a, b| a.0.cmp(&b.0));
        sort_by_path(&mut items, |item| &item.0);
        assert_eq!(items, want, "round {round}");
    }
}

#[test]
fn a_body_is_the_end_of_its_file_cut_in_place() {
    let path = Path::new("content/a.md");
    for text in [
        "---\ntitle: A\n---\n# Body\n",
        "\u{FEFF}---\r\ntitle: Ü\r\n---\r\nBody ü\r\n",
        "No front matter\n",
        "---\ntitle: A\n---\n",
    ] {
        let split = front_matter::split(text, path).unwrap();
        let expected = split.body.to_string();
        let range = range_in(text, split.body);
        assert_eq!(part_of(text.to_string(), range), expected, "{text:?}");
    }
    assert_eq!(part_of("abcdef".to_string(), 1..3), "bc");
}

#[test]
fn a_file_named_twice_in_one_change_is_read_once() {
    let site = tempfile::tempdir().unwrap();
    let root = site.path();
    std::fs::create_dir_all(root.join("content/notes")).unwrap();
    let page = root.join("content/notes/a.md");
    std::fs::write(&page, "---\ntitle: A\n---\nFirst\n").unwrap();
    let mut content = load(root, false).unwrap();
    std::fs::write(&page, "---\ntitle: A\n---\nSecond\n").unwrap();
    // The watcher reports a write and its close: the same path twice.
    let changed = vec![PathBuf::from("content/notes/a.md"); 2];
    content.reload(root, false, &changed).unwrap();
    assert_eq!(content.pages.len(), 1);
}
