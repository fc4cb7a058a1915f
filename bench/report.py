#!/usr/bin/env python3
"""Prints the Markdown tables of a bench/run.sh run from its results folder.

    python3 bench/report.py /tmp/accord-bench/results

Wall times are hyperfine's medians with the [fastest, slowest] run; peak memory is the maximum
resident set size of one run, from GNU time. A result that is missing (a peer not installed, a
size not run) shows as "-".
"""

import json
import os
import sys

# Measured elsewhere on a 2-core machine with the same corpus generator (issue 7): not ours.
# (wall seconds, peak memory as quoted).
ZOLA = {1000: (1.14, "212 MB"), 10000: (10.0, "0.92 GB")}


def load(results, name):
    path = os.path.join(results, f"{name}.json")
    if not os.path.isfile(path):
        return None
    try:
        with open(path) as f:
            run = json.load(f)["results"][0]
    except (ValueError, KeyError, IndexError):
        # A run still going (or killed) leaves an empty or partial file.
        return None
    return {
        "median": run["median"],
        "min": run["min"],
        "max": run["max"],
        "runs": len(run["times"]),
        # CPU time is less disturbed than wall time by other work on a shared machine.
        "cpu": run.get("user", 0) + run.get("system", 0),
    }


def wall_of_single(results, name):
    """Wall time of a one-run measurement (GNU time's m:ss.cc), in seconds."""
    path = os.path.join(results, f"{name}.wall")
    if not os.path.isfile(path):
        return None
    text = open(path).read().strip()
    if not text:
        return None
    seconds = 0.0
    for part in text.split(":"):
        seconds = seconds * 60 + float(part)
    return {"median": seconds, "min": seconds, "max": seconds, "runs": 1}


def memory(results, name):
    path = os.path.join(results, f"{name}.mem")
    if not os.path.isfile(path):
        return None
    text = open(path).read().strip()
    return int(text) if text.isdigit() else None


def seconds(value):
    if value < 0.1:
        return f"{value * 1000:.0f} ms"
    if value < 10:
        return f"{value:.2f} s"
    return f"{value:.1f} s"


def timing(t):
    if not t:
        return "-"
    if t["runs"] == 1:
        return f"{seconds(t['median'])} (1 run)"
    return f"{seconds(t['median'])} [{seconds(t['min'])}–{seconds(t['max'])}]"


def megabytes(kb):
    if kb is None:
        return "-"
    return f"{kb / 1024:.0f} MB" if kb < 1024 * 1024 else f"{kb / 1024 / 1024:.2f} GB"


def ratio(a, b):
    if not a or not b:
        return "-"
    return f"{a / b:.2f}"


def main():
    results = sys.argv[1] if len(sys.argv) > 1 else "/tmp/accord-bench/results"
    machine = {}
    machine_path = os.path.join(results, "machine.txt")
    if os.path.isfile(machine_path):
        for line in open(machine_path):
            key, _, value = line.strip().partition("=")
            machine[key] = value
    print("### Machine\n")
    for key in ["nproc", "cpu", "memory", "kernel", "load", "accord", "hugo", "mdbook", "hyperfine", "runs"]:
        if key in machine:
            print(f"- {key}: {machine[key]}")
    sizes = sorted(
        int(name.split("-")[1].split(".")[0])
        for name in os.listdir(results)
        if name.startswith("accord-") and name.endswith(".json")
    )

    print("\n### Whole builds of the synthetic corpus (median [fastest–slowest])\n")
    print("Each tool builds over its own last output, as hyperfine repeats the command (accord writes")
    print("a fresh folder and swaps it in; Hugo rewrites every file). Clean builds are below.\n")
    print("| pages | accord | floor: read + pulldown-cmark | floor on one thread | floor + writing | Hugo | mdBook | Zola (measured elsewhere) |")
    print("|---|---|---|---|---|---|---|---|")
    for n in sizes:
        mdbook = load(results, f"mdbook-{n}") or wall_of_single(results, f"mdbook-{n}")
        zola = ZOLA.get(n)
        print(
            f"| {n:,} | {timing(load(results, f'accord-{n}'))} | {timing(load(results, f'floor-{n}'))} "
            f"| {timing(load(results, f'floor-1thread-{n}'))} | {timing(load(results, f'floor-write-{n}'))} | {timing(load(results, f'hugo-{n}'))} "
            f"| {timing(mdbook)} | {seconds(zola[0]) if zola else '-'} |"
        )
    print("\n### Clean builds: output folders moved aside before each run (median [fastest–slowest])\n")
    print("| pages | accord | Hugo | accord / Hugo |")
    print("|---|---|---|---|")
    for n in sizes:
        accord, hugo = load(results, f"clean-accord-{n}"), load(results, f"clean-hugo-{n}")
        print(
            f"| {n:,} | {timing(accord)} | {timing(hugo)} "
            f"| {ratio(accord and accord['median'], hugo and hugo['median'])} |"
        )
    print("\n### CPU time (user + system, mean of the runs)\n")
    print("| pages | accord | floor | floor on one thread | floor + writing | Hugo | mdBook |")
    print("|---|---|---|---|---|---|---|")
    for n in sizes:
        cells = []
        for tool in ["accord", "floor", "floor-1thread", "floor-write", "hugo", "mdbook"]:
            t = load(results, f"{tool}-{n}")
            cells.append(seconds(t["cpu"]) if t else "-")
        print(f"| {n:,} | " + " | ".join(cells) + " |")
    print("\n### Peak memory (maximum resident set size, one clean build)\n")
    print("| pages | accord | Hugo | mdBook | Zola (measured elsewhere) |")
    print("|---|---|---|---|---|")
    for n in sizes:
        zola = ZOLA.get(n)
        print(
            f"| {n:,} | {megabytes(memory(results, f'accord-{n}'))} "
            f"| {megabytes(memory(results, f'hugo-{n}'))} "
            f"| {megabytes(memory(results, f'mdbook-{n}'))} | {zola[1] if zola else '-'} |"
        )

    print("\n### Ratios and targets\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    for n in sizes:
        accord = load(results, f"accord-{n}")
        clean, clean_hugo = load(results, f"clean-accord-{n}"), load(results, f"clean-hugo-{n}")
        floor = load(results, f"floor-{n}")
        floor_write = load(results, f"floor-write-{n}")
        a = accord and accord["median"]
        print(
            f"| {n:,} pages: accord / Hugo, clean builds, wall | "
            f"{ratio(clean and clean['median'], clean_hugo and clean_hugo['median'])} | ≤ 0.25 at 10,000 |"
        )
        print(
            f"| {n:,} pages: accord / Hugo, peak memory | "
            f"{ratio(memory(results, f'accord-{n}'), memory(results, f'hugo-{n}'))} | ≤ 0.4 at 10,000 |"
        )
        print(f"| {n:,} pages: accord clean build / floor (read + render) | {ratio(clean and clean['median'], floor and floor['median'])} | |")
        floor_one = load(results, f"floor-1thread-{n}")
        print(f"| {n:,} pages: accord / floor on one thread (read + render) | {ratio(a, floor_one and floor_one['median'])} | |")
        print(f"| {n:,} pages: accord / floor + writing | {ratio(a, floor_write and floor_write['median'])} | |")
        zola = ZOLA.get(n)
        print(f"| {n:,} pages: accord / Zola's figure from elsewhere | {ratio(a, zola and zola[0])} | |")
    small, large = load(results, "clean-accord-1000"), load(results, "clean-accord-10000")
    if small:
        print(f"| 1,000 pages: accord clean build, wall | {seconds(small['median'])} | |")
    if small and large:
        per_page = (large["median"] / 10000) / (small["median"] / 1000)
        print(f"| cost per page, 10,000 / 1,000 | {per_page:.2f} | ≈ 1 (flat) |")
    real = load(results, "real")
    if real:
        print(f"| UK-Belgium site: accord wall | {timing(real)} | < 50 ms |")
        print(f"| UK-Belgium site: peak memory | {megabytes(memory(results, 'real'))} | |")

    statement_sizes = sorted(
        int(name.split("-")[1].split(".")[0])
        for name in os.listdir(results)
        if name.startswith("statements-") and name.endswith(".json")
    )
    if statement_sizes:
        print("\n### accord's own workload: synthetic statements (bench/gen_statements.py)\n")
        print("| statements | wall | CPU | peak memory |")
        print("|---|---|---|---|")
        for n in statement_sizes:
            t = load(results, f"statements-{n}")
            cpu = seconds(t["cpu"]) if t else "-"
            print(f"| {n:,} | {timing(t)} | {cpu} | {megabytes(memory(results, f'statements-{n}'))} |")
        print("\nHTML pages of the lists that grow with the statements (numbered pages included):\n")
        print("| statements | folder | HTML pages | median size | largest |")
        print("|---|---|---|---|---|")
        for n in statement_sizes:
            path = os.path.join(results, f"statements-{n}.pages")
            if not os.path.isfile(path):
                continue
            for folder, entry in json.load(open(path)).items():
                print(
                    f"| {n:,} | {folder}/ | {entry['pages']:,} | {entry['median'] / 1024:.0f} KB "
                    f"| {entry['max'] / 1024:.0f} KB |"
                )

    profiles = sorted(name for name in os.listdir(results) if name.endswith(".profile.md"))
    if profiles:
        print("\n### Where the CPU time goes (perf, one build each)")
        for name in profiles:
            print(f"\n{name[: -len('.profile.md')]}:\n")
            print(open(os.path.join(results, name)).read().rstrip())


if __name__ == "__main__":
    main()
