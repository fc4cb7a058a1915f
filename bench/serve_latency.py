#!/usr/bin/env python3
"""Live-reload latency of `accord serve` (and of `hugo server`, for comparison).

Measures the time from a file write to the updated page being served: the script writes a
unique marker into a page's source, then polls that page over HTTP (a kept-alive connection,
every 2 ms) until the marker appears. The same method is used for every tool, so the figures
compare. Sites are always copied to a temporary folder first; nothing in the repository is
touched.

Scenarios:
  accord-site    accord serve on this repository's site (the UK-Belgium explainer)
  accord-corpus  accord serve on an N-page corpus from /work/shared/bench/gen_corpus.py (Hugo
                 layout: its content/ is Markdown with YAML front matter, copied into a site with
                 a minimal site.yaml)
  hugo-corpus    hugo server on the same corpus (skipped when hugo is not installed)

Usage:
  python3 bench/serve_latency.py [--edits 20] [--pages 1000[,10000...]] [--scenarios accord-site,...]
                                 [--accord target/release/accord] [--search] [--kinds edit,new,delete]
                                 [--memory 500]
--pages takes a comma-separated list: the corpus scenarios run once per size. With --search,
each accord corpus edit also waits for the search index's entry file
(/pagefind/pagefind-entry.json, which names the index by a hash of its content) to change
(accord serve swaps the page in first and builds the search index afterwards, off the edit's
path); a second table gives that latency.
--kinds also times, on the accord corpus, a new page (written, then polled until its URL answers
200) and a deleted page (removed, then polled until its URL answers 404). --memory N starts one
more accord serve on the corpus, reads its resident memory (VmRSS) once the first build and its
search index are served, makes N edits (each waited for), waits for the last one's search index
and reads it again.
Prints p50/p90 (and min/max/mean) per scenario as a Markdown table, with the machine and its
load average. Standard library only.
"""

import argparse
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN_CORPUS = "/work/shared/bench/gen_corpus.py"
SITE_PARTS = ["site.yaml", "content", "seeds", "themes", "templates", "static"]


# Pagefind's entry file names the index by a hash of its content: it changes when a new index is
# in place.
SEARCH_ENTRY = "/pagefind/pagefind-entry.json"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Poller:
    """GETs one path over a kept-alive connection, reconnecting when the server closes it."""

    def __init__(self, port):
        self.port = port
        self.conn = None

    def get(self, path):
        for _ in range(2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                self.conn.request("GET", path, headers={"Cache-Control": "no-cache"})
                response = self.conn.getresponse()
                body = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return response.status, body
            except (OSError, http.client.HTTPException):
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
        return 0, b""


def wait_until_up(poller, path, process, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        status, _ = poller.get(path)
        if status == 200:
            return
        time.sleep(0.05)
    raise RuntimeError(f"the server did not answer {path} within {timeout} s")


def measure(command, cwd, source, page, edits, warmup=2, settle=0.3, timeout=60, also=None):
    """Starts `command`, then edits `source` `edits` times; returns the latencies in ms, those
    of the path `also` (polled once `page` is done; [] without it) and the server's output."""
    port = free_port()
    command = [part.replace("{port}", str(port)) for part in command]
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    poller = Poller(port)
    latencies = []
    later = []
    try:
        wait_until_up(poller, page, process)
        original = open(source, encoding="utf-8").read()
        time.sleep(1.0)  # let the watcher settle after the first build
        for index in range(warmup + edits):
            marker = f"latency-marker-{uuid.uuid4().hex}"
            text = original.rstrip("\n") + f"\n\nParagraph {marker}.\n"
            before = poller.get(also)[1] if also is not None else None
            started = time.perf_counter()
            with open(source, "w", encoding="utf-8") as f:
                f.write(text)
            while True:
                status, body = poller.get(page)
                if status == 200 and marker.encode() in body:
                    elapsed = (time.perf_counter() - started) * 1000
                    break
                if time.perf_counter() - started > timeout:
                    raise RuntimeError(f"edit {index}: the page did not change within {timeout} s")
                time.sleep(0.002)
            if index >= warmup:
                latencies.append(elapsed)
            if also is not None:
                while True:
                    status, body = poller.get(also)
                    # Pagefind's entry file names the index by a hash of its content.
                    if status == 200 and body != before:
                        if index >= warmup:
                            later.append((time.perf_counter() - started) * 1000)
                        break
                    if time.perf_counter() - started > timeout:
                        raise RuntimeError(f"edit {index}: {also} did not change within {timeout} s")
                    time.sleep(0.2)  # the index is large: do not load the server polling it
            time.sleep(settle)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
        log.close()
    return latencies, later, output


def measure_files(command, site, section, edits, kind, warmup=2, settle=0.3, timeout=60):
    """Starts `command`, then `edits` times adds a page to `section` (kind "new") or deletes one
    (kind "delete"); returns the latencies in ms until its URL answers 200 (new) or 404 (gone)."""
    port = free_port()
    command = [part.replace("{port}", str(port)) for part in command]
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, cwd=site, stdout=log, stderr=subprocess.STDOUT)
    poller = Poller(port)
    latencies = []
    folder = os.path.join(site, "content", section)
    try:
        wait_until_up(poller, f"/{section}/", process)
        time.sleep(1.0)
        # Only pages no other page links to: a link to a page that is gone fails the build.
        linked = set()
        pattern = re.compile(r"/" + re.escape(section) + r"/(page-\d+)/")
        for dirpath, _, names in os.walk(os.path.join(site, "content")):
            for n in names:
                with open(os.path.join(dirpath, n), encoding="utf-8") as f:
                    linked.update(pattern.findall(f.read()))
        victims = sorted(
            n for n in os.listdir(folder) if n.startswith("page-") and n[: -len(".md")] not in linked
        )
        for index in range(warmup + edits):
            if kind == "new":
                name = f"added-{uuid.uuid4().hex[:12]}"
                text = f'---\ntitle: "Added {name}"\n---\n\nA new page.\n'
                started = time.perf_counter()
                with open(os.path.join(folder, name + ".md"), "w", encoding="utf-8") as f:
                    f.write(text)
                want = 200
            else:
                name = victims.pop()[: -len(".md")]
                started = time.perf_counter()
                os.remove(os.path.join(folder, name + ".md"))
                want = 404
            while True:
                status, _ = poller.get(f"/{section}/{name}/")
                if status == want:
                    elapsed = (time.perf_counter() - started) * 1000
                    break
                if time.perf_counter() - started > timeout:
                    raise RuntimeError(f"{kind} {index}: /{section}/{name}/ did not answer {want}")
                time.sleep(0.002)
            if index >= warmup:
                latencies.append(elapsed)
            time.sleep(settle)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
    return latencies


def rss_mb(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_for_search(poller, previous, timeout=600):
    """Waits until the search index's entry file is served and differs from `previous` (None:
    any), then returns it: the index of the latest site is in place."""
    started = time.perf_counter()
    while True:
        status, body = poller.get(SEARCH_ENTRY)
        if status == 200 and body != previous:
            return body
        if time.perf_counter() - started > timeout:
            raise RuntimeError(f"{SEARCH_ENTRY} did not change within {timeout} s")
        time.sleep(0.5)


def measure_memory(command, site, source, page, edits, settle=2.0, timeout=60):
    """Resident memory of `command` once the first build and its search index are served, and
    after `edits` edits of `source` (each waited for) and the search index of the last one."""
    port = free_port()
    command = [part.replace("{port}", str(port)) for part in command]
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, cwd=site, stdout=log, stderr=subprocess.STDOUT)
    poller = Poller(port)
    try:
        wait_until_up(poller, page, process)
        entry = wait_for_search(poller, None)
        time.sleep(settle)
        first = rss_mb(process.pid)
        original = open(source, encoding="utf-8").read()
        for index in range(edits):
            marker = f"memory-marker-{uuid.uuid4().hex}"
            started = time.perf_counter()
            with open(source, "w", encoding="utf-8") as f:
                f.write(original.rstrip("\n") + f"\n\nParagraph {marker}.\n")
            while True:
                status, body = poller.get(page)
                if status == 200 and marker.encode() in body:
                    break
                if time.perf_counter() - started > timeout:
                    raise RuntimeError(f"memory edit {index}: the page did not change")
                time.sleep(0.005)
        wait_for_search(poller, entry)
        time.sleep(settle)
        return first, rss_mb(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def percentile(values, p):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def copy_site(target):
    for part in SITE_PARTS:
        source = os.path.join(REPO, part)
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(target, part))
        elif os.path.isfile(source):
            shutil.copy(source, target)


def corpus(pages, workdir):
    out = os.path.join(workdir, "corpus")
    subprocess.run(
        [sys.executable, GEN_CORPUS, "-n", str(pages), "--out", out, "--tools", "hugo"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return os.path.join(out, f"corpus-{pages}", "hugo")


def machine():
    model = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs (nproc), {model}"


def load():
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--pages", default="1000", help="corpus sizes, comma-separated")
    parser.add_argument("--search", action="store_true", help="also time the search index")
    parser.add_argument("--accord", default=os.path.join(REPO, "target", "release", "accord"))
    parser.add_argument("--scenarios", default="accord-site,accord-corpus,hugo-corpus")
    parser.add_argument("--kinds", default="edit", help="edit,new,delete: what is timed on the accord corpus")
    parser.add_argument("--memory", type=int, default=0, help="edits between the two memory readings")
    args = parser.parse_args()
    scenarios = args.scenarios.split(",")
    sizes = [int(n) for n in args.pages.split(",")]

    if not os.path.exists(args.accord):
        subprocess.run(["cargo", "build", "--release"], cwd=REPO, check=True)

    print(f"machine: {machine()}; load average at start: {load()}")
    results = []
    search_results = []
    memory = []
    with tempfile.TemporaryDirectory(prefix="accord-serve-bench-") as workdir:
        edited = os.path.join("content", "guides", "page-00500.md")
        corpus_page = "/guides/page-00500/"

        if "accord-site" in scenarios:
            site = os.path.join(workdir, "site")
            os.makedirs(site)
            copy_site(site)
            command = [args.accord, "serve", "--root", site, "--port", "{port}"]
            latencies, _, _ = measure(command, site, os.path.join(site, "content", "about.md"), "/about/", args.edits)
            results.append(("accord serve, UK-Belgium site", latencies))

        for pages in sizes if any(s.endswith("corpus") for s in scenarios) else []:
            hugo_corpus = corpus(pages, os.path.join(workdir, f"corpus-{pages}"))
            if "accord-corpus" in scenarios:
                site = os.path.join(workdir, f"accord-corpus-{pages}")
                os.makedirs(site)
                with open(os.path.join(site, "site.yaml"), "w") as f:
                    f.write("title: Bench\n")
                shutil.copytree(os.path.join(hugo_corpus, "content"), os.path.join(site, "content"))
                command = [args.accord, "serve", "--root", site, "--port", "{port}"]
                also = SEARCH_ENTRY if args.search else None
                print(f"accord serve, {pages}-page corpus: load average {load()}", flush=True)
                latencies, later, _ = measure(
                    command, site, os.path.join(site, edited), corpus_page, args.edits, also=also
                )
                results.append((f"accord serve, {pages}-page corpus", latencies))
                for kind in [k for k in args.kinds.split(",") if k in ("new", "delete")]:
                    print(f"accord serve, {pages}-page corpus, {kind}: load average {load()}", flush=True)
                    values = measure_files(command, site, "guides", args.edits, kind)
                    results.append((f"accord serve, {pages}-page corpus, {kind} page", values))
                if args.memory:
                    print(f"accord serve, {pages}-page corpus, memory: load average {load()}", flush=True)
                    first, after = measure_memory(
                        command, site, os.path.join(site, edited), corpus_page, args.memory
                    )
                    memory.append((pages, first, after))
                if later:
                    search_results.append((f"accord serve, {pages}-page corpus, search index", later))

            if "hugo-corpus" in scenarios:
                hugo = shutil.which("hugo")
                if hugo is None:
                    print("hugo is not installed: skipping hugo-corpus (apt-get install -y hugo)")
                else:
                    site = os.path.join(workdir, f"hugo-corpus-{pages}")
                    shutil.copytree(hugo_corpus, site)
                    command = [
                        hugo, "server", "--source", site, "--bind", "127.0.0.1", "--port", "{port}",
                        "--baseURL", "http://127.0.0.1:{port}/", "--appendPort=false",
                    ]
                    print(f"hugo server, {pages}-page corpus: load average {load()}", flush=True)
                    latencies, _, _ = measure(command, site, os.path.join(site, edited), corpus_page, args.edits)
                    version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()
                    name = " ".join(version[:2]) if version else "hugo"
                    results.append((f"{name} server, {pages}-page corpus", latencies))

    print(f"load average at end: {load()}")
    for pages, first, after in memory:
        print()
        print(f"memory, {pages}-page corpus: {first:.0f} MB after the first build, "
              f"{after:.0f} MB after {args.memory} edits ({(after / first - 1) * 100:+.1f} %)")
    for title, rows in [("page served", results), ("search index served", search_results)]:
        if not rows:
            continue
        print()
        print(f"{title}:")
        print()
        print("| scenario | edits | p50 ms | p90 ms | min ms | max ms | mean ms |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, values in rows:
            print(
                f"| {name} | {len(values)} | {percentile(values, 50):.1f} | {percentile(values, 90):.1f} "
                f"| {min(values):.1f} | {max(values):.1f} | {statistics.mean(values):.1f} |"
            )


if __name__ == "__main__":
    main()
