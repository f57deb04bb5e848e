#!/usr/bin/env python3
"""A bounded load test of segugio-serve on loopback, while segugio-index commits.

    bench/serve_load.py [--build build] [--clients 20] [--seconds 20] [--threads 8]

Indexes corpora/sample/ (the demo collection) into a scratch database under
bench/out/serve/, starts segugio-serve on a free port of 127.0.0.1 and runs CLIENTS
concurrent clients for SECONDS seconds, twice: alone, then while a segugio-index keeps
adding articles in batches of 25 (each batch a commit). Each client, in a
loop, asks for one of: a search with facet counts and a filter (/api/search), the page
(/, with its facet panels and timeline), a facet browse by prefix (/api/facets), an
article (/api/article). Every answer must be 200, or 503 (the documented answer while
the database cannot be opened); anything else, or a failed connection, is an error.

Writes bench/out/serve/serve-load.json and the section "segugio-serve under load" of
docs/PERFORMANCE.md (the section only; bench/report.py keeps it when it rewrites the
file). Exit status: 0 when there were no errors, 1 otherwise, 2 when a tool is missing.
Every process is stopped by its PID; each run is bounded by SECONDS plus a minute.
"""
import argparse
import http.client
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTION_START = "<!-- section: serve-load (bench/serve_load.py) -->"
SECTION_END = "<!-- end of section: serve-load -->"

WORDS = ["governo", "elezioni", "Lavrov", "armi", "presidente", "calcio", "Roma", "guerra", "ministro", "scuola",
         "\"Kim Jong Un\"", "nucle*", "città", "polizia", "economia", "Milano"]
FILTERS = [[], [("country", "IT")], [("country", "US")], [("person", "Kim Jong Un")], [("org", "ONU")],
           [("country", "RU"), ("country", "UA")], [("not_country", "IT")]]


def request(port, target):
    start = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", target)
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic() - start
    finally:
        connection.close()


def target_for(rng, ids):
    kind = rng.random()
    params = [("q", rng.choice(WORDS))] + rng.choice(FILTERS)
    if kind < 0.55:
        params += [("facets", "person,country,org,place"), ("limit", "10")]
        if rng.random() < 0.3:
            params.append(("offset", "10"))
        return "/api/search?" + urllib.parse.urlencode(params)
    if kind < 0.85:
        return "/?" + urllib.parse.urlencode(params)
    if kind < 0.95:
        prefix = rng.choice(["Ma", "Ro", "Ber", "Lav", "Kim", "Ne", "Co", "S"])
        return "/api/facets/%s?" % rng.choice(["person", "place", "org"]) + urllib.parse.urlencode({"prefix": prefix})
    return "/api/article?" + urllib.parse.urlencode({"id": rng.choice(ids)})


def client(port, deadline, seed, ids, results, lock):
    rng = random.Random(seed)
    mine = []
    while time.monotonic() < deadline:
        target = target_for(rng, ids)
        kind = re.sub(r"^/api/facets/\w+", "/api/facets/FACET", target.split("?")[0])
        try:
            status, seconds = request(port, target)
        except OSError as e:
            status, seconds = "error: %s" % type(e).__name__, 0.0
        mine.append((kind, status, seconds))
    with lock:
        results.extend(mine)


def percentile(values, p):
    values = sorted(values)
    if not values:
        return 0.0
    k = min(len(values) - 1, max(0, int(round(p / 100.0 * len(values) + 0.5)) - 1))
    return values[k]


def feed_indexer(indexer, articles, deadline):
    """Writes articles with fresh ids to the indexer's stdin until the deadline."""
    n = 0
    try:
        while time.monotonic() < deadline:
            record = dict(articles[n % len(articles)])
            record["id"] = "load-%06d" % n
            indexer.stdin.write((json.dumps(record, ensure_ascii=False) + "\n").encode())
            n += 1
            if n % 25 == 0:
                indexer.stdin.flush()
                time.sleep(0.05)
    except BrokenPipeError:
        pass
    finally:
        try:
            indexer.stdin.close()
        except BrokenPipeError:
            pass
    return n


def stop(process):
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def write_section(path, text):
    with open(path, encoding="utf-8") as f:
        doc = f.read()
    block = SECTION_START + "\n" + text.rstrip() + "\n" + SECTION_END + "\n"
    if SECTION_START in doc and SECTION_END in doc:
        before, rest = doc.split(SECTION_START, 1)
        after = rest.split(SECTION_END, 1)[1].lstrip("\n")
        doc = before + block + ("\n" + after if after else "")
    else:
        doc = doc.rstrip() + "\n\n" + block
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--threads", type=int, default=8, help="segugio-serve --threads")
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/PERFORMANCE.md")
    args = parser.parse_args()
    serve = os.path.join(args.build, "serve", "segugio-serve")
    index = os.path.join(args.build, "indexer", "segugio-index")
    for tool in (serve, index):
        if not os.access(tool, os.X_OK):
            print("serve_load: %s is missing: build first" % tool, file=sys.stderr)
            return 2
    out = os.path.join(ROOT, "bench", "out", "serve")
    db = os.path.join(out, "db")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    sample = os.path.join(ROOT, "corpora", "sample")
    subprocess.run([index, "-q", "--db", db, sample], check=True, timeout=300)
    articles = []
    ids = []
    for name in sorted(os.listdir(sample)):
        with open(os.path.join(sample, name), encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                articles.append(record)
                ids.append(record["id"])

    report = {"quiet": run_phase(args, serve, index, db, out, articles, ids, with_indexer=False),
              "indexing": run_phase(args, serve, index, db, out, articles, ids, with_indexer=True)}
    with open(os.path.join(out, "serve-load.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)
    print(json.dumps(report, indent=2))
    if not args.no_doc:
        write_section(os.path.join(ROOT, "docs", "PERFORMANCE.md"), section(report))
    failed = any(r["errors"] or not r["requests"] for r in report.values())
    return 1 if failed else 0


def run_phase(args, serve, index, db, out, articles, ids, with_indexer):
    """One run of the clients against a fresh server, with or without an indexer committing."""
    server = indexer = None
    log = open(os.path.join(out, "serve-%s.log" % ("indexing" if with_indexer else "quiet")), "w+")
    try:
        server = subprocess.Popen([serve, "--db", db, "--port", "0", "--threads", str(args.threads)],
                                  stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        port = None
        for _ in range(300):
            log.seek(0)
            m = re.search(r"at http://127\.0\.0\.1:(\d+)/", log.read())
            if m:
                port = int(m.group(1))
                break
            time.sleep(0.05)
        if not port:
            raise RuntimeError("segugio-serve did not start")
        before = json.loads(urllib_get(port, "/api/status"))["articles"]
        start = time.monotonic()
        deadline = start + args.seconds
        results, lock = [], threading.Lock()
        feeder_count = []
        if with_indexer:
            indexer = subprocess.Popen([index, "-q", "--db", db, "--batch-size", "25", "-"], stdin=subprocess.PIPE,
                                       stdout=subprocess.DEVNULL, stderr=open(os.path.join(out, "index.log"), "w"))
            feeder = threading.Thread(target=lambda: feeder_count.append(feed_indexer(indexer, articles, deadline)))
            feeder.start()
        clients = [threading.Thread(target=client, args=(port, deadline, i, ids, results, lock))
                   for i in range(args.clients)]
        for c in clients:
            c.start()
        for c in clients:
            c.join(args.seconds + 60)
        elapsed = time.monotonic() - start
        if indexer:
            feeder.join(30)
            indexer.wait(120)
        after = json.loads(urllib_get(port, "/api/status"))["articles"]
    finally:
        stop(indexer)
        stop(server)

    statuses = {}
    for _, status, _ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    ok = [s for _, status, s in results if status == 200]
    errors = sum(n for status, n in statuses.items() if status not in ("200", "503"))
    by_kind = {}
    for kind, status, seconds in results:
        if status == 200:
            by_kind.setdefault(kind, []).append(seconds)
    log.seek(0)
    log_lines = sum(1 for line in log if re.match(r"\d{4}-\d\d-\d\dT\S+ GET ", line))
    return {
        "clients": args.clients, "seconds": round(elapsed, 2), "server_threads": args.threads,
        "requests": len(results), "statuses": statuses, "errors": errors,
        "requests_per_s": round(len(results) / elapsed, 1),
        "median_ms": round(statistics.median(ok) * 1000, 1) if ok else None,
        "p99_ms": round(percentile(ok, 99) * 1000, 1) if ok else None,
        "by_kind": {k: {"requests": len(v), "median_ms": round(statistics.median(v) * 1000, 1),
                        "p99_ms": round(percentile(v, 99) * 1000, 1)} for k, v in sorted(by_kind.items())},
        "articles_before": before, "articles_after": after, "articles_fed": feeder_count[0] if feeder_count else 0, "indexer": with_indexer,
        "log_lines": log_lines, "cpus": os.cpu_count(), "machine": platform.platform(),
    }


def urllib_get(port, target):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", target)
        return connection.getresponse().read().decode()
    finally:
        connection.close()


def section(report):
    quiet, busy = report["quiet"], report["indexing"]

    def statuses(r):
        return ", ".join("%s: %d" % (k, v) for k, v in sorted(r["statuses"].items()))

    kinds = sorted(set(quiet["by_kind"]) | set(busy["by_kind"]))
    rows = []
    for k in kinds:
        q, b = quiet["by_kind"].get(k), busy["by_kind"].get(k)
        cell = lambda x: "%d / %.1f / %.1f" % (x["requests"], x["median_ms"], x["p99_ms"]) if x else "-"
        rows.append("| `%s` | %s | %s |" % (k, cell(q), cell(b)))
    rows = "\n".join(rows)
    return f"""## 6. segugio-serve under load

`bench/serve_load.py` (not part of `bench/run.sh`, and not a test): {busy['clients']} concurrent clients
on loopback for {busy['seconds']:.0f} s against `segugio-serve --threads {busy['server_threads']}` over the
demo database (`corpora/sample/`, {quiet['articles_before']} articles), first alone, then while a
`segugio-index --batch-size 25` adds articles (a commit every 25: {busy['articles_after'] - busy['articles_before']}
articles in the run). Each client loops over: searches with four facet counts and a filter (55%), the page
with its panels and timeline (30%), facet browsing by prefix (10%), one article (5%); a new connection per
request. The clients are Python threads on the same {busy['cpus']} shared cores as the server and the
indexer, so the figures are a floor, not the server's ceiling.

| | alone | while indexing |
|---|---:|---:|
| requests | {quiet['requests']:,} ({statuses(quiet)}) | {busy['requests']:,} ({statuses(busy)}) |
| errors (anything but 200 and the documented 503) | {quiet['errors']} | {busy['errors']} |
| requests/s | {quiet['requests_per_s']} | {busy['requests_per_s']} |
| median latency | {quiet['median_ms']} ms | {busy['median_ms']} ms |
| p99 latency | {quiet['p99_ms']} ms | {busy['p99_ms']} ms |

| endpoint: requests / median ms / p99 ms | alone | while indexing |
|---|---:|---:|
{rows}

With {busy['clients']} clients always waiting on 2 cores, the latency is mostly time in the queue: by
Little's law {busy['clients']} clients / {quiet['requests_per_s']} requests/s is
{1000 * busy['clients'] / quiet['requests_per_s']:.0f} ms, about the median measured alone. While indexing,
the indexer takes CPU, and every commit makes each server thread reopen its database and drop
its cached spelling vocabulary and display names (reopen after commits), which the next request rebuilds.

Every request was logged, one line each ({quiet['log_lines']:,} and {busy['log_lines']:,} lines).
Reproduce with `bench/serve_load.py` after building; figures are from one run.
"""


if __name__ == "__main__":
    sys.exit(main())
