#!/usr/bin/python3
"""The figures of docs/SCALING.md: database bytes and indexing time per article as the
collection grows, indexing speed with N shards, and query latency and batch
throughput over 1..8 shards, local (a stub of shard folders) and remote (each shard
served by xapian-tcpsrv on 127.0.0.1 through scripts/serve-shards.sh).

  bench/scaling.py [--out DIR] [--corpus FILE] [--parts volume,shards,query]
                   [--factors 1,4,16] [--shards 1,2,4,8] [--rounds 2]
                   [--queries FILE] [--latency-queries 20] [--batch-queries 40]
                   [--trec-queries 200]

Parts run in the order shards, query, volume (query searches the databases shards made).

  volume  the corpus replicated FACTORS times (ids suffixed "~k", bench/measure.py's
          replicate), each indexed into one database: wall and CPU seconds, peak memory,
          bytes on disk, per article; then the query part's batch (when it has run)
          over it once, for the cost of a query as the database grows
  shards  the corpus indexed with --shards N for each N, and into one plain database
          ("single"), ROUNDS times in alternating order: wall and CPU seconds, bytes
  query   the databases of the last shards round, searched locally and remotely:
          latency = one segugio-query process per query (LATENCY_QUERIES questions,
          top 10 as jsonl, the configurations interleaved query by query); batches =
          BATCH_QUERIES questions in one process as jsonl (snippets, entities,
          spelling) and TREC_QUERIES as trec (ids and scores: the search alone), each
          configuration three times in rotating order, the median kept

Defaults read ../shared/corpora/news/dice-gazzettadimodena-detok.jsonl.gz and the
SQuAD-it questions ../shared/corpora/retrieval/queries.tsv in place (never copied into
the repository) and write DIR/scaling.json (DIR: bench/out/scaling). The machine is
shared: compare figures of one run with each other, not with another run's.
Tools come from BUILD (default build/). Run with /usr/bin/python3.
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402  (the shared helpers: timed, replicate, disk_bytes...)

ROOT = measure.ROOT
SERVE = os.path.join(ROOT, "scripts", "serve-shards.sh")


def rel(path):
    return os.path.relpath(path, ROOT) if os.path.isabs(path) else path


def index_into(name, db, corpus, work, articles, shards=None):
    extra = ["--shards", str(shards)] if shards else []
    r = measure.index_run(name, measure.segugio_index_argv(db, corpus, *extra), db, work, articles)
    r["cpu_s"] = r["user_s"] + r["sys_s"]
    r["articles"] = articles
    r["wall_ms_per_article"] = 1000 * r["wall_s"] / articles
    r["cpu_ms_per_article"] = 1000 * r["cpu_s"] / articles
    r["db_bytes"] = measure.disk_bytes(db)
    r["db_bytes_per_article"] = r["db_bytes"] / articles
    r["articles_per_s"] = articles / r["wall_s"]
    return r


def batch_lines(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def part_volume(out, corpus, factors):
    work = os.path.join(out, "volume")
    batch_file = os.path.join(out, "shards", "batch-queries-jsonl.txt")
    os.makedirs(work, exist_ok=True)
    points = []
    for n in factors:
        jsonl = corpus if n == 1 else os.path.join(work, f"corpus-{n}x.jsonl.gz")
        if n > 1:
            measure.replicate(corpus, jsonl, n)
        articles, size = measure.count_input(jsonl)
        print(f"volume {n}x: {articles} articles", flush=True)
        r = index_into(f"volume-{n}x", os.path.join(work, "db"), jsonl, work, articles)
        r.update(factor=n, input_bytes=size)
        r["command"] = r["command"].replace(rel(jsonl), f"<corpus x{n}>")
        if os.path.exists(batch_file):  # the query part's questions: cost per query as the database grows
            argv = [measure.SEGUGIO_QUERY, "--db", os.path.join(work, "db"), "--batch", batch_file, "--format",
                    "jsonl", "--limit", "10"]
            with open(os.devnull, "w") as sink:
                b = measure.timed(f"volume-{n}x-batch", argv, work, stdout=sink, ok=(0, 1, 2))
            r["batch"] = {"command": b["command"], "wall_s": b["wall_s"], "queries": batch_lines(batch_file)}
            print(f"  batch: {b['wall_s']:.1f} s", flush=True)
        points.append(r)
        if n > 1:
            os.remove(jsonl)
        shutil.rmtree(os.path.join(work, "db"), ignore_errors=True)
    return points


def layouts(shard_counts):
    return ["single"] + [str(n) for n in shard_counts]


def part_shards(out, corpus, shard_counts, rounds):
    work = os.path.join(out, "shards")
    os.makedirs(work, exist_ok=True)
    articles, _ = measure.count_input(corpus)
    runs = {name: [] for name in layouts(shard_counts)}
    for k in range(rounds):
        order = layouts(shard_counts) if k % 2 == 0 else list(reversed(layouts(shard_counts)))
        for name in order:
            print(f"shards round {k + 1}: {name}", flush=True)
            db = os.path.join(work, f"db-{name}")
            r = index_into(f"shards-{name}-{k}", db, corpus, work, articles,
                           None if name == "single" else int(name))
            runs[name].append(r)
    best = {name: min(rs, key=lambda r: r["wall_s"]) for name, rs in runs.items()}
    base = best["1"]["wall_s"] if "1" in best else best["single"]["wall_s"]
    for name, r in best.items():
        r["speedup_vs_1_shard"] = base / r["wall_s"]
    return {"articles": articles, "rounds": runs, "best": best}


def free_ports(count):
    """A first port such that it and the next count-1 accept a bind on 127.0.0.1."""
    for _ in range(50):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        first = s.getsockname()[1]
        s.close()
        if first + count >= 65535:
            continue
        ok = True
        for p in range(first, first + count):
            t = socket.socket()
            try:
                t.bind(("127.0.0.1", p))
            except OSError:
                ok = False
            t.close()
        if ok:
            return first
    sys.exit("scaling.py: no free ports")


def pick(path, n, skip=0):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t", 1)[-1] for line in f if line.strip()]
    step = max(1, len(rows) // (n + skip))
    return rows[::step][skip:skip + n]


def part_query(out, shard_counts, queries, latency_n, batch_n, trec_n):
    work = os.path.join(out, "shards")
    configs = {"local-single": os.path.join(work, "db-single")}
    served = []
    for n in shard_counts:
        configs[f"local-{n}"] = os.path.join(work, f"db-{n}")
    try:
        for n in shard_counts:
            db = os.path.join(work, f"db-{n}")
            stub, pids = db + ".remote", db + ".pids"
            subprocess.run([SERVE, "--port", str(free_ports(n)), "--stub", stub, "--pids", pids, db], check=True)
            served.append(pids)
            configs[f"remote-{n}"] = stub
        latency = {name: [] for name in configs}
        lat_queries = pick(queries, latency_n)
        for i, q in enumerate(lat_queries[:3] + lat_queries):  # the first three warm caches
            names = list(configs) if i % 2 == 0 else list(reversed(configs))
            for name in names:
                start = time.perf_counter()
                subprocess.run([measure.SEGUGIO_QUERY, "--db", configs[name], "--limit", "10", "--format", "jsonl",
                                "--", q], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                if i >= 3:
                    latency[name].append(1000 * (time.perf_counter() - start))
        result = {"latency_queries": len(lat_queries), "configs": {name: {"db": rel(path)} for name, path in
                                                                  configs.items()}, "batch": {}}
        for name, ms in latency.items():
            result["configs"][name].update(latency_median_ms=statistics.median(ms),
                                           latency_p95_ms=measure.percentile(ms, 0.95))
            print(f"  {name}: latency median {statistics.median(ms):.0f} ms", flush=True)
        base = result["configs"]["local-single"]["latency_median_ms"]
        for c in result["configs"].values():
            c["latency_vs_local_single"] = c["latency_median_ms"] / base
        # Two batches: what a user reads (jsonl: snippets, entities, spelling), and the
        # search alone (trec: ids and scores), which shows the fan-out of the match.
        names = list(configs)
        for fmt, count in (("jsonl", batch_n), ("trec", trec_n)):
            batch_file = os.path.join(work, f"batch-queries-{fmt}.txt")
            with open(batch_file, "w", encoding="utf-8") as f:
                for q in pick(queries, count, skip=latency_n):
                    f.write(q.replace("\t", " ") + "\n")
            walls = {name: [] for name in configs}
            for k in range(3):
                for name in names[k:] + names[:k]:
                    argv = [measure.SEGUGIO_QUERY, "--db", configs[name], "--batch", batch_file, "--format", fmt,
                            "--limit", "10"]
                    with open(os.devnull, "w") as sink:
                        r = measure.timed(f"batch-{fmt}-{name}-{k}", argv, work, stdout=sink, ok=(0, 1, 2))
                    walls[name].append(r["wall_s"])
            runs = {}
            for name in configs:
                wall = statistics.median(walls[name])
                runs[name] = {"walls_s": walls[name], "median_s": wall, "queries_per_s": count / wall}
                print(f"  batch {fmt} {name}: {count / wall:.1f} queries/s", flush=True)
            for r in runs.values():
                r["time_vs_local_single"] = r["median_s"] / runs["local-single"]["median_s"]
            result["batch"][fmt] = {"queries": count, "file": rel(batch_file),
                                    "command": f"segugio-query --db DB --batch {rel(batch_file)} --format {fmt} "
                                               "--limit 10", "runs": runs}
        result["commands"] = {
            "latency": "segugio-query --db DB --limit 10 --format jsonl -- QUESTION",
            "serve": "scripts/serve-shards.sh --port PORT --stub DB.remote --pids DB.pids DB"}
        return result
    finally:
        for pids in served:
            subprocess.run([SERVE, "--stop", "--pids", pids])


def report(result):
    """The tables of docs/SCALING.md, in Markdown, from scaling.json."""
    lines = []
    add = lines.append
    if "volume" in result:
        add("| collection | articles | input MB | wall s | CPU s | ms/article (wall) | ms/article (CPU) "
            "| peak MB | DB MB | DB bytes/article | batch queries/s |")
        add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in result["volume"]:
            b = r.get("batch")
            qps = f"{b['queries'] / b['wall_s']:.1f}" if b else "-"
            add(f"| {r['factor']}x | {r['articles']:,} | {r['input_bytes'] / 1e6:.0f} | {r['wall_s']:.1f} "
                f"| {r['cpu_s']:.1f} | {r['wall_ms_per_article']:.2f} | {r['cpu_ms_per_article']:.2f} "
                f"| {r['peak_rss_mb']:.0f} | {r['db_bytes'] / 1e6:.0f} | {r['db_bytes_per_article']:,.0f} | {qps} |")
        add("")
    if "shards" in result:
        sh = result["shards"]
        add("| layout | wall s (each round) | best wall s | articles/s | CPU s | peak MB | DB MB | speed vs 1 shard |")
        add("|---|---|---:|---:|---:|---:|---:|---:|")
        for name, r in sh["best"].items():
            walls = ", ".join(f"{x['wall_s']:.1f}" for x in sh["rounds"][name])
            label = "one database (no --shards)" if name == "single" else f"--shards {name}"
            add(f"| {label} | {walls} | {r['wall_s']:.1f} | {r['articles_per_s']:.0f} | {r['cpu_s']:.1f} "
                f"| {r['peak_rss_mb']:.0f} | {r['db_bytes'] / 1e6:.0f} | {r['speedup_vs_1_shard']:.2f}x |")
        add("")
    if "query" in result:
        q = result["query"]
        fmts = list(q["batch"])
        add("| database | latency median ms | p95 ms | latency vs local 1 DB | "
            + " | ".join(f"{f} batch queries/s | {f} batch time vs local 1 DB" for f in fmts) + " |")
        add("|---|---:|---:|---:|" + "---:|---:|" * len(fmts))
        for name, c in q["configs"].items():
            cells = []
            for f in fmts:
                r = q["batch"][f]["runs"][name]
                cells.append(f"{r['queries_per_s']:.1f} | {r['time_vs_local_single']:.2f}x")
            add(f"| {name} | {c['latency_median_ms']:.0f} | {c['latency_p95_ms']:.0f} | "
                f"{c['latency_vs_local_single']:.2f}x | " + " | ".join(cells) + " |")
        add("")
    m = result.get("machine", {})
    add(f"Load average (1, 5, 15 min) at start {m.get('load_at_start')}, at end {m.get('load_at_end')}, "
        f"on {m.get('cpus')} cores.")
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "scaling"))
    p.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "news",
                                                    "dice-gazzettadimodena-detok.jsonl.gz"))
    p.add_argument("--queries", default=os.path.join(ROOT, "..", "shared", "corpora", "retrieval", "queries.tsv"))
    p.add_argument("--parts", default="volume,shards,query")
    p.add_argument("--factors", default="1,4,16")
    p.add_argument("--shards", default="1,2,4,8")
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--latency-queries", type=int, default=20)
    p.add_argument("--batch-queries", type=int, default=40)
    p.add_argument("--trec-queries", type=int, default=200)
    p.add_argument("--report", action="store_true", help="print the tables of OUT/scaling.json and exit")
    a = p.parse_args()
    if a.report:
        import json
        with open(os.path.join(a.out, "scaling.json")) as f:
            print(report(json.load(f)))
        return
    for path in (a.corpus, a.queries, measure.SEGUGIO_INDEX, measure.SEGUGIO_QUERY, SERVE):
        if not os.path.exists(path):
            sys.exit(f"scaling.py: missing {path}")
    os.makedirs(a.out, exist_ok=True)
    parts = a.parts.split(",")
    shard_counts = [int(x) for x in a.shards.split(",")]
    path = os.path.join(a.out, "scaling.json")
    result = {}
    if os.path.exists(path):  # parts run separately add to one file
        import json
        with open(path) as f:
            result = json.load(f)
    result["corpus"] = rel(os.path.normpath(a.corpus))
    result["machine"] = {"cpus": os.cpu_count(), "load_at_start": os.getloadavg()}
    # Each part is written as soon as it ends, so an interrupted run keeps the others.
    for part in ("shards", "query", "volume"):
        if part not in parts:
            continue
        if part == "volume":
            result["volume"] = part_volume(a.out, a.corpus, [int(x) for x in a.factors.split(",")])
        elif part == "shards":
            result["shards"] = part_shards(a.out, a.corpus, shard_counts, a.rounds)
        else:
            result["query"] = part_query(a.out, shard_counts, a.queries, a.latency_queries, a.batch_queries,
                                         a.trec_queries)
        result["machine"]["load_at_end"] = os.getloadavg()
        measure.write_json(a.out, "scaling", result)
    print(f"scaling.py: wrote {rel(path)}")


if __name__ == "__main__":
    main()
