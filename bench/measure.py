#!/usr/bin/python3
"""The parts of the benchmark, each writing one JSON file into OUT (bench/run.sh runs
them in order; bench/report.py turns the files into docs/PERFORMANCE.md and plots).

  measure.py machine  OUT start|end
  measure.py index    OUT CORPUS STOPWORDS            segugio (entities on, off), scriptindex, python3-xapian
  measure.py scale    OUT CORPUS FACTORS              FACTORS: 1,4,8 (copies of CORPUS, ids suffixed;
                                                      1x from the index part when it ran)
  measure.py floor    OUT CORPUS                      reading, parsing, ICU tokenising
  measure.py latency  OUT SEG_DB STOCK_DB QUERIES N   one process per query: segugio-query, quest
  measure.py batch    OUT SEG_DB STOCK_DB QUERIES     one process for all queries: segugio-query, python3-xapian
  measure.py ner      OUT GOLD                        segugio-eval-ner --json

Tools come from BUILD (environment, default build/ in the repository). Times are wall
clock; peak memory is GNU time's maximum resident set size. Run with /usr/bin/python3.
"""
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("BUILD", os.path.join(ROOT, "build"))
SEGUGIO_INDEX = os.path.join(BUILD, "indexer", "segugio-index")
SEGUGIO_QUERY = os.path.join(BUILD, "query", "segugio-query")
SEGUGIO_EVAL_NER = os.path.join(BUILD, "eval", "segugio-eval-ner")
SEGUGIO_FLOOR = os.path.join(BUILD, "bench", "segugio-bench-floor")
PYTHON = "/usr/bin/python3"
HERE = os.path.join(ROOT, "bench")

# scriptindex's index script: the id as unique boolean term, the text as indexed text.
SCRIPTINDEX_SCRIPT = "id : boolean=Q unique=Q\ntext : index\n"


def fail(message):
    sys.exit(f"measure.py: {message}")


def write_json(out, name, data):
    path = os.path.join(out, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")


def open_text(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def disk_bytes(path):
    """Bytes a database folder takes on disk, as du counts them."""
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            total += os.stat(os.path.join(folder, name)).st_blocks * 512
    return total


def doccount(db):
    out = subprocess.run([PYTHON, "-c", "import sys, xapian; print(xapian.Database(sys.argv[1]).get_doccount())", db],
                         check=True, capture_output=True, text=True)
    return int(out.stdout)


def timed(name, argv, out, stdout=None, ok=(0,)):
    """Runs argv under GNU time; returns wall seconds, peak RSS, user and system seconds.
    An exit status outside `ok` stops the part."""
    tfile = os.path.join(out, name + ".time")
    log = os.path.join(out, name + ".log")
    with open(log, "w") as err:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", tfile] + argv,
                              stdout=stdout if stdout is not None else err, stderr=err)
        wall = time.perf_counter() - start
    if proc.returncode not in ok:
        fail(f"{name} failed (exit {proc.returncode}): {' '.join(argv)}; see {log}")
    fields = {}
    with open(tfile) as f:
        for line in f:
            key, _, value = line.strip().rpartition(": ")
            fields[key] = value
    return {"command": " ".join(os.path.relpath(a, ROOT) if a.startswith(ROOT) else a for a in argv),
            "wall_s": wall, "exit": proc.returncode,
            "user_s": float(fields["User time (seconds)"]),
            "sys_s": float(fields["System time (seconds)"]),
            "peak_rss_mb": int(fields["Maximum resident set size (kbytes)"]) / 1024}


def count_input(corpus):
    """Articles and uncompressed bytes of a JSON Lines corpus."""
    articles = size = 0
    with open_text(corpus) as f:
        for line in f:
            size += len(line.encode("utf-8"))
            if line.strip():
                articles += 1
    return articles, size


def to_scriptindex(corpus, dest, copies=1):
    """scriptindex's input format: field=value lines, continuation lines start with
    '=', a blank line ends a record. With copies > 1, copy k's ids get '~k'."""
    with open(dest, "w", encoding="utf-8") as o:
        for k in range(copies):
            suffix = f"~{k}" if copies > 1 else ""
            with open_text(corpus) as f:
                for line in f:
                    if not line.strip():
                        continue
                    r = json.loads(line)
                    text = r.get("text") or r.get("contents") or ""
                    o.write(f"id={r['id']}{suffix}\n")
                    o.write("text=" + "\n=".join(text.split("\n")) + "\n\n")


def replicate(corpus, dest, copies):
    """The corpus `copies` times as gzip JSON Lines, like the original, ids suffixed '~k'
    (k = copy)."""
    with gzip.open(dest, "wt", encoding="utf-8", compresslevel=6) as o:
        for k in range(copies):
            with open_text(corpus) as f:
                for line in f:
                    if not line.strip():
                        continue
                    r = json.loads(line)
                    if copies > 1:
                        r["id"] = f"{r['id']}~{k}"
                    o.write(json.dumps(r, ensure_ascii=False) + "\n")


def index_run(name, argv, db, out, articles):
    shutil.rmtree(db, ignore_errors=True)
    result = timed(name, argv, out)
    result["db_mb"] = disk_bytes(db) / 1e6
    result["documents"] = doccount(db)
    if result["documents"] != articles:
        fail(f"{name}: {result['documents']} documents in {db}, expected {articles}")
    print(f"  {name}: {result['wall_s']:.2f} s, {result['peak_rss_mb']:.0f} MB peak, "
          f"{result['db_mb']:.0f} MB database", flush=True)
    return result


def segugio_index_argv(db, corpus, *extra):
    return [SEGUGIO_INDEX, "--quiet", *extra, "--db", db, corpus]


def scriptindex_argv(db, script, data):
    return ["scriptindex", "--stemmer=italian", db, script, data]


# ---------------------------------------------------------------------------- parts

def part_machine(out, phase):
    info = {}
    path = os.path.join(out, "machine.json")
    if phase == "end" and os.path.exists(path):
        with open(path) as f:
            info = json.load(f)
    load = os.getloadavg()
    info[f"load_{phase}"] = [round(x, 2) for x in load]
    info[f"uptime_{phase}"] = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    info[f"time_{phase}"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    info[f"epoch_{phase}"] = time.time()
    if phase == "start":
        cpu = "unknown"
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            mem_kb = int(f.readline().split()[1])
        xapian = subprocess.run([PYTHON, "-c", "import xapian; print(xapian.version_string())"],
                                capture_output=True, text=True).stdout.strip()
        commit = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"],
                                capture_output=True, text=True).stdout.strip()
        os_name = ""
        if os.path.exists("/etc/os-release"):
            with open("/etc/os-release") as f:
                for line in f:
                    if line.startswith("PRETTY_NAME="):
                        os_name = line.split("=", 1)[1].strip().strip('"')
        info.update({"nproc": os.cpu_count(), "cpu": cpu, "memory_gib": mem_kb / 1024 / 1024,
                     "os": os_name, "kernel": platform.release(), "xapian": xapian,
                     "python": platform.python_version(), "commit": commit})
    else:
        info["duration_s"] = info["epoch_end"] - info.get("epoch_start", info["epoch_end"])
    write_json(out, "machine", info)


def part_index(out, corpus, stopwords):
    articles, size = count_input(corpus)
    work = os.path.join(out, "index")
    os.makedirs(work, exist_ok=True)
    script = os.path.join(work, "index.script")
    with open(script, "w") as f:
        f.write(SCRIPTINDEX_SCRIPT)
    data = os.path.join(work, "corpus.scriptindex")
    to_scriptindex(corpus, data)  # before any clock starts
    runs = {}
    # One round, peers in a fixed order; every figure of the report is a ratio of two runs.
    runs["segugio"] = index_run("segugio", segugio_index_argv(f"{work}/segugio.db", corpus), f"{work}/segugio.db", work, articles)
    runs["scriptindex"] = index_run("scriptindex", scriptindex_argv(f"{work}/scriptindex.db", script, data),
                                    f"{work}/scriptindex.db", work, articles)
    runs["python"] = index_run("python", [PYTHON, os.path.join(HERE, "xapian_index.py"), f"{work}/python.db", corpus, stopwords],
                               f"{work}/python.db", work, articles)
    runs["segugio_no_entities"] = index_run("segugio_no_entities",
                                            segugio_index_argv(f"{work}/segugio-noent.db", corpus, "--no-entities"),
                                            f"{work}/segugio-noent.db", work, articles)
    for db in ("segugio.db", "scriptindex.db", "python.db", "segugio-noent.db"):
        shutil.rmtree(os.path.join(work, db), ignore_errors=True)
    os.remove(data)
    write_json(out, "index", {"corpus": os.path.relpath(corpus, ROOT), "articles": articles,
                              "input_bytes": size, "file_bytes": os.path.getsize(corpus), "runs": runs})


def part_scale(out, corpus, factors):
    work = os.path.join(out, "scale")
    os.makedirs(work, exist_ok=True)
    script = os.path.join(work, "index.script")
    with open(script, "w") as f:
        f.write(SCRIPTINDEX_SCRIPT)
    points = []
    index = os.path.join(out, "index.json")
    for n in factors:
        if n == 1 and os.path.exists(index):
            # 1x is the corpus itself: the index part of this run has indexed it already.
            with open(index) as f:
                idx = json.load(f)
            if idx["corpus"] == os.path.relpath(corpus, ROOT):
                print(f"  1x: {idx['articles']} articles (from the index part)", flush=True)
                points.append({"factor": 1, "articles": idx["articles"], "input_bytes": idx["input_bytes"],
                               "segugio": idx["runs"]["segugio"], "scriptindex": idx["runs"]["scriptindex"]})
                continue
        jsonl = os.path.join(work, f"corpus-{n}x.jsonl.gz")
        data = os.path.join(work, f"corpus-{n}x.scriptindex")
        replicate(corpus, jsonl, n)
        to_scriptindex(corpus, data, n)
        articles, size = count_input(jsonl)
        print(f"  {n}x: {articles} articles", flush=True)
        seg = index_run(f"segugio-{n}x", segugio_index_argv(f"{work}/segugio.db", jsonl), f"{work}/segugio.db", work, articles)
        xap = index_run(f"scriptindex-{n}x", scriptindex_argv(f"{work}/scriptindex.db", script, data),
                        f"{work}/scriptindex.db", work, articles)
        points.append({"factor": n, "articles": articles, "input_bytes": size, "segugio": seg, "scriptindex": xap})
        for path in (jsonl, data):
            os.remove(path)
        for db in ("segugio.db", "scriptindex.db"):
            shutil.rmtree(os.path.join(work, db), ignore_errors=True)
    write_json(out, "scale", {"corpus": os.path.relpath(corpus, ROOT), "points": points})


def part_floor(out, corpus):
    proc = subprocess.run([SEGUGIO_FLOOR, corpus], capture_output=True, text=True)
    if proc.returncode != 0:
        fail(f"segugio-bench-floor failed: {proc.stderr.strip()}")
    result = json.loads(proc.stdout)
    result["corpus"] = os.path.relpath(corpus, ROOT)
    for name in ("read", "parse", "tokenize"):
        print(f"  {name}: {result[name]['seconds']:.2f} s", flush=True)
    write_json(out, "floor", result)


def pick_queries(path, n):
    """n questions spread evenly over the file (every k-th line), in file order."""
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t", 1) for line in f if line.strip()]
    step = max(1, len(rows) // n)
    return rows[::step][:n]


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def part_latency(out, seg_db, stock_db, queries, n):
    chosen = pick_queries(queries, n)
    tools = {
        "segugio": lambda q: [SEGUGIO_QUERY, "--db", seg_db, "--limit", "10", "--no-color", "--", q],
        "quest": lambda q: ["quest", "-s", "italian", "-d", stock_db, "-m", "10", "--", q],
    }
    ok = {"segugio": (0, 1), "quest": (0,)}
    times = {name: [] for name in tools}
    errors = {name: 0 for name in tools}
    for _, q in chosen[:3]:  # warm the page cache and the binaries
        for argv in tools.values():
            subprocess.run(argv(q), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for i, (_, q) in enumerate(chosen):
        order = list(tools) if i % 2 == 0 else list(reversed(tools))  # alternate who goes first
        for name in order:
            start = time.perf_counter()
            rc = subprocess.run(tools[name](q), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
            times[name].append(time.perf_counter() - start)
            # segugio-query: 0 results, 1 no match, 2 a query it rejects (an unbalanced
            # quote); quest: 0, whether or not anything matched.
            if rc not in ok[name]:
                errors[name] += 1
    for name, count in errors.items():
        if count > len(chosen) // 10:
            fail(f"latency: {name} failed on {count} of {len(chosen)} queries")
    result = {"queries": len(chosen), "file": os.path.relpath(queries, ROOT), "tools": {}}
    for name, values in times.items():
        ms = [v * 1000 for v in values]
        result["tools"][name] = {"median_ms": statistics.median(ms), "p95_ms": percentile(ms, 0.95),
                                 "mean_ms": statistics.mean(ms), "min_ms": min(ms), "max_ms": max(ms),
                                 "errors": errors[name], "ms": ms}
        print(f"  {name}: median {statistics.median(ms):.1f} ms, p95 {percentile(ms, 0.95):.1f} ms, "
              f"{errors[name]} errors", flush=True)
    result["commands"] = {name: " ".join(os.path.relpath(a, ROOT) if a.startswith(ROOT) else a
                                         for a in argv("QUERY")) for name, argv in tools.items()}
    write_json(out, "latency", result)


def part_batch(out, seg_db, stock_db, queries):
    nq = sum(1 for line in open(queries, encoding="utf-8") if line.strip())
    work = os.path.join(out, "batch")
    os.makedirs(work, exist_ok=True)
    stock = os.path.join(HERE, "xapian_stock.py")
    runs = {
        "segugio": [SEGUGIO_QUERY, "--db", seg_db, "--batch", queries, "--format", "jsonl", "--limit", "10"],
        "segugio_facets": [SEGUGIO_QUERY, "--db", seg_db, "--batch", queries, "--format", "jsonl", "--limit", "10",
                           "--facets", "person,country"],
        "python": [PYTHON, stock, "speed", stock_db, queries, "--no-facet"],
        "python_facet": [PYTHON, stock, "speed", stock_db, queries],
        # The search alone: the same top 10 without snippets (segugio-query's TREC
        # output has none), to tell searching from building the answers.
        "segugio_search": [SEGUGIO_QUERY, "--db", seg_db, "--batch", queries, "--format", "trec", "--limit", "10"],
        "python_search": [PYTHON, stock, "speed", stock_db, queries, "--no-facet", "--no-snippet"],
    }
    result = {"queries": nq, "file": os.path.relpath(queries, ROOT), "runs": {}}
    for name, argv in runs.items():
        # segugio-query exits 2 when it rejects some queries of a batch (an unbalanced
        # quote) and answers the others: accepted, as in bench/retrieval.sh.
        with open(os.path.join(work, name + ".jsonl"), "w") as sink:
            r = timed(name, argv, work, stdout=sink, ok=(0, 1, 2) if name.startswith("segugio") else (0,))
        r["queries_per_s"] = nq / r["wall_s"]
        result["runs"][name] = r
        print(f"  {name}: {r['wall_s']:.2f} s, {r['queries_per_s']:.0f} queries/s, "
              f"{r['peak_rss_mb']:.0f} MB peak", flush=True)
    write_json(out, "batch", result)


def part_ner(out, gold):
    proc = subprocess.run([SEGUGIO_EVAL_NER, "--json", gold], capture_output=True, text=True)
    if proc.returncode != 0:
        fail(f"segugio-eval-ner failed: {proc.stderr.strip()}")
    scores = json.loads(proc.stdout)
    scores["gold"] = os.path.relpath(gold, ROOT)
    print(f"  token micro F1 {scores['token_micro_f1']:.4f}, exact micro F1 {scores['micro_exact_f1']:.4f}", flush=True)
    write_json(out, "ner", scores)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    part, out, args = argv[1], argv[2], argv[3:]
    os.makedirs(out, exist_ok=True)
    if part == "machine":
        part_machine(out, *args)
    elif part == "index":
        part_index(out, *args)
    elif part == "scale":
        part_scale(out, args[0], [int(x) for x in args[1].split(",")])
    elif part == "floor":
        part_floor(out, *args)
    elif part == "latency":
        part_latency(out, args[0], args[1], args[2], int(args[3]))
    elif part == "batch":
        part_batch(out, *args)
    elif part == "ner":
        part_ner(out, *args)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
