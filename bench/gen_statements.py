#!/usr/bin/env python3
"""Deterministic synthetic statements for benchmarking what only accord does.

Standard library only. The same --seed and -n give byte-identical output.

The generic corpus (../shared/bench/gen_corpus.py) times what every generator does: Markdown
pages through templates. accord's own work is elsewhere: reading plain-text seeds, finding every
mention of every instrument and glossary term, placing paragraphs under themes, and the pages that
quote every mention. This script writes a site whose seeds are N statements made by recombining
the sentences and headings of the real seeds, so that instruments and terms get thousands of
mentions, with the real site's content/ (themes, instruments, glossary) and site.yaml.

The statements come in the shapes accord reads (see src/seed/parse.rs):
  - a press release: a site label, "PRESS RELEASE : Title [Month YYYY]", "The press release
    issued by PUBLISHER on D Month YYYY.", then paragraphs with no headings;
  - a news page: a breadcrumb line ending with the title, the title again, an opening paragraph,
    then sections under headings;
  - a statement: a title line, "Issued by PUBLISHER on D Month YYYY" (or "The KIND issued
    by ...", "Published by ..."), then sections;
  - an undated note: a title line, then paragraphs (no date: shown as undated);
  - a body-only readout: paragraphs alone (the title is the first sentence); these get a sidecar
    NAME.yaml with a slug and a date, as an author would write.
Dates are drawn from 2020-01-01 to 2026-12-31.

Usage:
  python3 bench/gen_statements.py -n 1000 --out /tmp/statements-1000
  python3 bench/gen_statements.py -n 10000 --seed 7 --out /tmp/statements-10000 --repo .
"""

import argparse
import datetime
import os
import random
import re
import shutil
import sys

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]

PUBLISHERS = [
    "10 Downing Street", "the Foreign, Commonwealth & Development Office", "the Home Office",
    "the Department for Energy Security and Net Zero", "the Ministry of Defence",
    "the Department for Business and Trade", "the Belgian Federal Public Service Foreign Affairs",
    "the Prime Minister's Office", "the Cabinet Office", "the Department for Science, Innovation and Technology",
]

PLACES = [
    "Brussels", "London", "Antwerp", "Zeebrugge", "Ghent", "Liège", "Dover", "Edinburgh",
    "Cardiff", "Belfast", "Bruges", "Ostend", "Namur", "Manchester", "Mons", "Leuven",
]

TOPICS = [
    "security and defence", "energy security", "irregular migration", "law enforcement",
    "trade and investment", "research and innovation", "health security", "the North Sea",
    "net zero", "Ukraine", "organised crime", "ports and shipping", "hybrid threats",
    "critical infrastructure", "economic security", "science and technology",
]

KINDS = ["joint statement", "readout", "press release", "news story", "statement", "communiqué"]

# Headings that no theme lists, so that paragraphs under them are themed by keywords.
EXTRA_HEADINGS = [
    "Next steps", "Background", "Further cooperation", "Regional partnerships",
    "Looking ahead", "Implementation", "Shared priorities", "Bilateral dialogue",
]

TITLE_PATTERNS = [
    "UK and Belgium {verb} cooperation on {topic} in {place}",
    "{Kind} on {topic} after talks in {place}",
    "Ministers meet in {place} to discuss {topic}",
    "Leaders agree next steps on {topic} at {place} meeting",
    "{place} talks: {topic} and the wider partnership",
    "Partnership on {topic} reviewed in {place}",
]

VERBS = ["deepen", "strengthen", "review", "expand", "renew", "step up"]


def seed_blocks(text):
    """Runs of non-blank lines, joined with spaces, as the seed reader sees them."""
    blocks, current = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return [(" ".join(b), len(b) == 1) for b in blocks]


def ends_like_prose(text):
    return text.endswith((".", "!", "?", ":", ";", ",", '"', "\u201d", "\u2019", ")", "\u2026"))


def split_sentences(paragraph):
    # A sentence ends at ". " before a capital or a quote; good enough for these texts.
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])", paragraph)
    return [p.strip() for p in parts if len(p.split()) >= 4]


def read_pool(repo):
    """Sentences and headings of the real seeds, in file order."""
    seeds = os.path.join(repo, "seeds")
    sentences, headings = [], []
    for name in sorted(os.listdir(seeds)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(seeds, name), encoding="utf-8") as f:
            blocks = seed_blocks(f.read())
        for i, (text, single) in enumerate(blocks):
            words = len(text.split())
            followed_by_prose = i + 1 < len(blocks) and len(blocks[i + 1][0].split()) > 12
            if single and words <= 12 and not ends_like_prose(text) and followed_by_prose and i > 1:
                headings.append(text)
            elif words > 12 and ends_like_prose(text):
                sentences.extend(split_sentences(text))
    if not sentences:
        sys.exit(f"no paragraphs found in {seeds}")
    return sentences, headings


def draw_date(rng):
    start = datetime.date(2020, 1, 1).toordinal()
    end = datetime.date(2026, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def long_date(date):
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def paragraph(rng, sentences):
    return " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))


def title(rng, number):
    pattern = rng.choice(TITLE_PATTERNS)
    text = pattern.format(
        verb=rng.choice(VERBS),
        topic=rng.choice(TOPICS),
        place=rng.choice(PLACES),
        Kind=rng.choice(KINDS).capitalize(),
    )
    # Titles give the pages their URLs; the number keeps them apart within slugs' 60 characters,
    # so the words before it are cut at a word boundary.
    words = []
    for word in text.split():
        if len(" ".join(words + [word])) > 44:
            break
        words.append(word)
    # A title ends like a heading, not like prose (no closing bracket), or it is read as a paragraph.
    return f"{' '.join(words).rstrip(' ,:')}, note {number}"


def body(rng, sentences, headings, with_headings):
    lines = [paragraph(rng, sentences)]
    if not with_headings:
        lines.extend(paragraph(rng, sentences) for _ in range(rng.randint(3, 9)))
        return lines
    pool = headings + EXTRA_HEADINGS
    for heading in rng.sample(pool, rng.randint(2, min(5, len(pool)))):
        lines.append(heading)
        lines.extend(paragraph(rng, sentences) for _ in range(rng.randint(1, 3)))
    return lines


def statement(rng, i, sentences, headings):
    """(seed text, sidecar YAML or None) of statement number i."""
    number = f"{i + 1:05d}"
    date = draw_date(rng)
    publisher = rng.choice(PUBLISHERS)
    shape = rng.randrange(5)
    if shape == 0:
        head = [
            "Press Releases",
            f"PRESS RELEASE : {title(rng, number)} [{MONTHS[date.month - 1]} {date.year}]",
            f"The press release issued by {publisher} on {long_date(date)}.",
        ]
        lines = head + body(rng, sentences, headings, False)
        sidecar = None
    elif shape == 1:
        name = title(rng, number)
        section = rng.choice(["Europe", "World", "Politics", "Diplomacy"])
        lines = [f"Home {section} {name}", name] + body(rng, sentences, headings, True)
        sidecar = f'date: "{date.isoformat()}"\nkind: news story\n'
    elif shape == 2:
        kind = rng.choice(KINDS)
        issued = rng.choice([
            f"Issued by {publisher} on {long_date(date)}",
            f"The {kind} issued by {publisher} on {long_date(date)}.",
            f"Published by {publisher} on {long_date(date)}",
        ])
        lines = [title(rng, number), issued] + body(rng, sentences, headings, True)
        sidecar = None
    elif shape == 3:
        lines = [title(rng, number)] + body(rng, sentences, headings, rng.random() < 0.5)
        sidecar = None
    else:
        lines = body(rng, sentences, headings, False)
        sidecar = (
            f"slug: readout-{number}\n"
            f'date: "{date.isoformat()}"\n'
            f"kind: readout\n"
            f"publisher: {publisher}\n"
        )
    return "\n\n".join(lines) + "\n", sidecar


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="number of statements")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument("--out", required=True, help="site folder to write (replaced)")
    parser.add_argument(
        "--repo", default=os.path.dirname(here),
        help="the accord site whose seeds, content/ and site.yaml are used (default: this repo)",
    )
    args = parser.parse_args()

    sentences, headings = read_pool(args.repo)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    seeds = os.path.join(args.out, "seeds")
    os.makedirs(seeds)
    shutil.copytree(os.path.join(args.repo, "content"), os.path.join(args.out, "content"))
    shutil.copy(os.path.join(args.repo, "site.yaml"), os.path.join(args.out, "site.yaml"))
    # The real seeds too: the site stays the real one, with N more statements.
    for name in sorted(os.listdir(os.path.join(args.repo, "seeds"))):
        shutil.copy(os.path.join(args.repo, "seeds", name), os.path.join(seeds, name))
    words = 0
    for i in range(args.n):
        rng = random.Random(f"{args.seed}-{i}")
        text, sidecar = statement(rng, i, sentences, headings)
        words += len(text.split())
        stem = os.path.join(seeds, f"statement-{i + 1:05d}")
        with open(stem + ".txt", "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        if sidecar:
            with open(stem + ".yaml", "w", encoding="utf-8", newline="\n") as f:
                f.write(sidecar)
    print(f"wrote {args.out}: {args.n} statements, {words} words ({words // max(args.n, 1)}/statement)")


if __name__ == "__main__":
    main()
