#!/usr/bin/env python3
"""Splits a `perf record --call-graph dwarf` profile of one accord build into pipeline stages.

Reads `perf script` output on stdin. Each sample is charged to the innermost frame of its stack
that names a stage (so highlighting inside Markdown counts as highlighting, not as Markdown), and
the table shows each stage's share of all samples, across every thread.

    perf record -e cpu-clock -F 1000 --call-graph dwarf,16384 -o perf.data accord build
    perf script -i perf.data | python3 bench/profile_buckets.py
"""

import collections
import sys

# (substring of a frame, stage), innermost-first matching: the first stage found walking the
# stack from the leaf outwards wins.
STAGES = [
    ("render::highlight::", "highlighting (syntect)"),
    ("pagefind::", "search index (Pagefind)"),
    ("lol_html::", "search index (Pagefind)"),
    ("render::previews::", "previews"),
    ("MarkdownRenderer", "Markdown (pulldown-cmark)"),
    ("render::bodies::", "Markdown bodies taken from the last build"),
    ("Sink>::keep", "checking unchanged pages"),
    ("check::anchors::", "anchor check"),
    ("Templates::render", "templates (Tera)"),
    ("tera::", "templates (Tera)"),
    ("render_page", "page contexts (serialising views)"),
    ("render_content_page", "page contexts (serialising views)"),
    ("accord::render::pages", "page contexts (serialising views)"),
    ("accord::render::views", "page contexts (serialising views)"),
    ("Sink>::write", "writing files"),
    ("remove_own", "removing the previous output"),
    ("Staging>::publish", "removing the previous output"),
    ("Staging::publish", "removing the previous output"),
    ("Staging::new", "staging folder"),
    # Work done on rayon's threads has no caller above it on the stack: the loaders and the
    # linker are recognised by the functions those threads run.
    ("content::load", "reading content (YAML, files)"),
    ("content::front_matter", "reading content (YAML, files)"),
    ("seed::load", "reading seeds"),
    ("seed::parse::", "reading seeds"),
    ("seed::sidecar::", "reading seeds"),
    ("Templates::load", "parsing templates"),
    ("accord::link::", "linking (mentions, themes)"),
    ("render::feed::", "feed and sitemap"),
    ("extra_files", "feed and sitemap"),
    ("static_files", "static files"),
    ("exit_mmap", "process exit (freeing memory)"),
    ("do_exit", "process exit (freeing memory)"),
]


def main():
    counts = collections.Counter()
    total = 0
    frames = []

    def flush():
        nonlocal total
        if not frames:
            return
        total += 1
        stage = "other (allocator, rayon, start-up)"
        for frame in frames:
            hit = next((name for key, name in STAGES if key in frame), None)
            if hit:
                stage = hit
                break
        counts[stage] += 1
        frames.clear()

    for line in sys.stdin:
        if not line.strip():
            flush()
        elif line.startswith((" ", "\t")):
            frames.append(line.strip())
    flush()
    print("| stage | share of CPU samples |")
    print("|---|---|")
    for stage, count in counts.most_common():
        print(f"| {stage} | {100 * count / max(total, 1):.1f} % |")
    print(f"\n{total} samples")


if __name__ == "__main__":
    main()
