#!/usr/bin/python3
"""Renders the benchmark's JSON results as a markdown report with PNG plots.

  report.py OUT DOCS COMMAND [FAILED_PART...]

Reads OUT/{machine,index,scale,floor,retrieval/retrieval,latency,batch,ner}.json (as
written by bench/measure.py and bench/retrieval.sh), writes DOCS/PERFORMANCE.md and
DOCS/bench-{indexing,scaling,floor,latency,batch}.png. COMMAND is the command line that
produced OUT, quoted in the report and under every figure. A part that failed or did not
run is marked as such; the report is still written. Run with /usr/bin/python3
(python3-matplotlib).
"""
import json
import os
import re
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Published peer figures for NER: NERMuD 2023 (EVALITA 2023), Wikinews sub-task, token
# micro F1 of the best systems of each kind. Not measured here.
NERMUD_PEERS = [
    ("NERMuD 2023 best LLM-based system (published)", 0.90),
    ("NERMuD 2023 best T5-based system (published)", 0.84),
]
NERMUD_CITATION = ("A. Palmero Aprosio, T. Paccosi, *NERMuD at EVALITA 2023: Overview of the "
                   "Named-Entities Recognition on Multi-Domain Documents Task*, EVALITA 2023, "
                   "Wikinews (WN) results")

BLUE, ORANGE, GREEN, GREY = "#1f77b4", "#ff7f0e", "#2ca02c", "#7f7f7f"


def load(out, name):
    path = os.path.join(out, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def fmt(x, digits=2):
    return f"{x:,.{digits}f}"


def cpu(run):
    return run["user_s"] + run["sys_s"]


def ratio(a, b):
    return a / b if b else float("nan")


class Report:
    def __init__(self, out, docs, command, failed):
        self.out, self.docs, self.command, self.failed = out, docs, command, set(failed)
        self.lines = []
        self.summary = []   # (figure, value text, reading)
        self.behind = []    # sentences: where segugio is behind a peer and why
        self.machine = load(out, "machine") or {}
        self.stamp = f"{self.command}  ·  {self.machine.get('time_start', '')}  ·  commit {self.machine.get('commit', '?')}"

    def w(self, text=""):
        self.lines.append(text)

    def missing(self, part):
        why = "failed" if part in self.failed else "did not run"
        self.w(f"_This part {why} in this run; see `bench/out/` for its log._")
        self.w()

    def figure(self, fig, name, alt, source):
        fig.text(0.99, 0.005, self.stamp, ha="right", va="bottom", fontsize=7, color=GREY)
        fig.savefig(os.path.join(self.docs, name), dpi=110)
        plt.close(fig)
        self.w(f"![{alt}]({name})")
        self.w()
        self.w(f"*{name}: made by `{self.command}` (plotted by `bench/report.py` from `{source}`).*")
        self.w()

    # ------------------------------------------------------------------ sections

    def header(self):
        m = self.machine
        self.w("# Performance")
        self.w()
        self.w("Segugio against its peers, every part measured in one run of one command on one "
               "machine, peers on the same data in the same run. The machine is shared with other "
               "engineers' builds and tests, so absolute times drift from run to run: **read the "
               "ratios**, which compare runs made minutes apart under the same load.")
        self.w()
        self.w("```sh")
        self.w("scripts/install-deps.sh --bench   # scriptindex, quest, python3-xapian, GNU time, matplotlib")
        self.w("scripts/test.sh                   # or: cmake -S . -B build && cmake --build build")
        self.w(self.command)
        self.w("```")
        self.w()
        self.w("## Machine and run")
        self.w()
        self.w("| | |")
        self.w("|---|---|")
        self.w(f"| CPU | {m.get('cpu', '?')}, {m.get('nproc', '?')} cores (`nproc`) |")
        self.w(f"| memory | {fmt(m.get('memory_gib', 0), 1)} GiB |")
        self.w(f"| system | {m.get('os', '?')}, Linux {m.get('kernel', '?')}, Xapian {m.get('xapian', '?')}, "
               f"Python {m.get('python', '?')} |")
        self.w(f"| commit | `{m.get('commit', '?')}` |")
        self.w(f"| started | {m.get('time_start', '?')} |")
        if "duration_s" in m:
            self.w(f"| duration | {m['duration_s'] / 60:.1f} minutes |")
        for phase in ("start", "end"):
            if f"load_{phase}" in m:
                self.w(f"| load average at {phase} (1, 5, 15 min) | {', '.join(fmt(x) for x in m[f'load_{phase}'])} |")
        self.w()
        self.w(f"The machine was shared during the run: a load average above the {m.get('nproc', '?')} cores "
               "means other processes were competing for them, which slows every tool, segugio and "
               "peers alike, and more so the multi-threaded ones.")
        self.w()

    def indexing(self):
        self.w("## 1. Indexing")
        self.w()
        idx = load(self.out, "index")
        if not idx:
            return self.missing("index")
        n, mb = idx["articles"], idx["input_bytes"] / 1e6
        runs = idx["runs"]
        names = {
            "segugio": "segugio-index (entities on, the default)",
            "segugio_no_entities": "segugio-index --no-entities",
            "scriptindex": "scriptindex --stemmer=italian",
            "python": "python3-xapian (bench/xapian_index.py)",
        }
        self.w(f"`{idx['corpus']}`: {n:,} articles, {fmt(mb, 1)} MB of JSON Lines "
               f"({fmt(idx['file_bytes'] / 1e6, 1)} MB gzip). MB/s counts the uncompressed JSON Lines. "
               "Speed ratio: segugio-index's articles/s divided by the row's (above 1: segugio is faster).")
        self.w()
        self.w("| indexer | wall s | articles/s | MB/s | CPU s | peak RSS MB | database MB | segugio speed ratio |")
        self.w("|---|---:|---:|---:|---:|---:|---:|---:|")
        seg = runs["segugio"]["wall_s"]
        for key in ("segugio", "segugio_no_entities", "scriptindex", "python"):
            r = runs.get(key)
            if not r:
                continue
            self.w(f"| {names[key]} | {fmt(r['wall_s'])} | {n / r['wall_s']:,.0f} | {fmt(mb / r['wall_s'], 2)} | "
                   f"{fmt(cpu(r), 1)} | {fmt(r['peak_rss_mb'], 1)} | {fmt(r['db_mb'], 1)} | {fmt(ratio(r['wall_s'], seg))} |")
        self.w()
        self.w("CPU s is user + system time over all of a process's threads (GNU time). On a shared machine it "
               "moves less than wall time, which also counts the time spent waiting for a core; segugio-index "
               "runs analysis threads beside its writer, so its CPU time can exceed its wall time.")
        self.w()
        self.w("What each one does with an article. **segugio-index**: its Italian analyzer (normalisation, "
               "glue repair, elision, accent folding, two stems), title, date and source terms and values, "
               "entity extraction (person, country, organisation and place facets, counting slots), and the "
               "article stored as JSON for display; analysis runs on every core beside the single Xapian "
               "writer. **scriptindex**: Xapian's indexer, `id` as unique boolean term `Q`, `text` through "
               "`TermGenerator` with the Italian stemmer; stores nothing; one thread. **python3-xapian**: "
               "the same through the Python bindings, plus the project's stop words (`SimpleStopper`), "
               "`STEM_SOME`, a commit every 1000 documents like segugio-index; stores nothing; one thread. "
               "The JSON is converted to scriptindex's input format before its clock starts.")
        self.w()
        s, x, p = runs["segugio"], runs.get("scriptindex"), runs.get("python")
        ne = runs.get("segugio_no_entities")
        if x:
            self.summary.append(("indexing speed vs scriptindex", f"{fmt(ratio(x['wall_s'], s['wall_s']))}×",
                                 "segugio articles/s ÷ scriptindex articles/s"))
            self.summary.append(("indexing peak memory vs scriptindex", f"{fmt(ratio(s['peak_rss_mb'], x['peak_rss_mb']))}×",
                                 "segugio peak RSS ÷ scriptindex's"))
            self.summary.append(("database size vs scriptindex", f"{fmt(ratio(s['db_mb'], x['db_mb']))}×",
                                 "segugio ÷ scriptindex (segugio also stores the articles)"))
            if x["wall_s"] < s["wall_s"]:
                text = (f"**Indexing vs scriptindex** ({fmt(ratio(x['wall_s'], s['wall_s']))}× its articles/s, "
                        f"{fmt(ratio(cpu(s), cpu(x)))}× its CPU time): ")
                if cpu(s) < cpu(x):
                    text += ("segugio-index used less CPU than scriptindex, so the wall-clock loss is time spent "
                             "waiting for a core: on a loaded two-core machine its analysis threads and its writer "
                             "compete with other processes and with each other.")
                    sc = load(self.out, "scale")
                    ahead = [f"{q['factor']}×" for q in (sc or {}).get("points", [])
                             if q["factor"] > 1 and q["segugio"]["wall_s"] < q["scriptindex"]["wall_s"]]
                    if ahead:
                        text += (f" The scaling runs of section 2, minutes later, put segugio ahead at "
                                 f"{' and '.join(ahead)}.")
                else:
                    text += ("segugio-index does far more per article (section 1), and its single Xapian writer "
                             "is the bottleneck (`bench/README.md`).")
                self.behind.append(text)
            if s["db_mb"] > x["db_mb"]:
                self.behind.append(f"**Database size**: {fmt(ratio(s['db_mb'], x['db_mb']))}× scriptindex's. "
                                   "segugio-index stores every article as JSON (title, date, url, source, text, "
                                   "entities) for display and snippets, and adds title, date, source, entity and "
                                   "accent-free stem terms; scriptindex stores no document data.")
        if p:
            self.summary.append(("indexing speed vs python3-xapian", f"{fmt(ratio(p['wall_s'], s['wall_s']))}×",
                                 "segugio articles/s ÷ python3-xapian articles/s"))
            if p["wall_s"] < s["wall_s"]:
                text = (f"**Indexing vs python3-xapian** ({fmt(ratio(p['wall_s'], s['wall_s']))}× its articles/s, "
                        f"{fmt(ratio(cpu(s), cpu(p)))}× its CPU time): the peer stores no document data, indexes "
                        "no title, date, source or accent-free terms and extracts no entities.")
                if ne:
                    text += (f" Without entities segugio-index takes {fmt(cpu(ne), 1)} s of CPU against the peer's "
                             f"{fmt(cpu(p), 1)} s and {fmt(ne['wall_s'], 1)} s of wall time against "
                             f"{fmt(p['wall_s'], 1)} s: entity extraction ({fmt(cpu(s) - cpu(ne), 1)} s of CPU, "
                             "on the analysis threads) is most of the difference, and segugio's larger database "
                             f"({fmt(s['db_mb'], 0)} MB against {fmt(p['db_mb'], 0)} MB) is the rest.")
                self.behind.append(text)
        if x and p:
            self.summary.append(("indexing CPU time vs scriptindex, python3-xapian",
                                 f"{fmt(ratio(cpu(s), cpu(x)))}×, {fmt(ratio(cpu(s), cpu(p)))}×",
                                 "segugio user + system seconds ÷ the peer's (all threads)"))
        if ne:
            self.summary.append(("entities on vs off", f"{fmt(ratio(s['wall_s'], ne['wall_s']))}× the time",
                                 "segugio wall time with entities ÷ without"))

        fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
        keys = [k for k in ("segugio", "segugio_no_entities", "scriptindex", "python") if k in runs]
        labels = {"segugio": "segugio-index", "segugio_no_entities": "segugio-index\n--no-entities",
                  "scriptindex": "scriptindex", "python": "python3-xapian"}
        colors = {"segugio": BLUE, "segugio_no_entities": "#6baed6", "scriptindex": ORANGE, "python": GREEN}
        rates = [n / runs[k]["wall_s"] for k in keys]
        rss = [runs[k]["peak_rss_mb"] for k in keys]
        for ax, values, title, unit in ((axes[0], rates, "Indexing speed (higher is better)", "articles/s"),
                                        (axes[1], rss, "Peak memory (lower is better)", "peak RSS, MB")):
            bars = ax.bar([labels[k] for k in keys], values, color=[colors[k] for k in keys])
            ax.bar_label(bars, fmt="%.0f", fontsize=8)
            ax.set_title(title, fontsize=10)
            ax.set_ylabel(unit)
            ax.tick_params(axis="x", labelsize=9)
            ax.margins(y=0.15)
        fig.suptitle(f"Indexing {n:,} articles ({fmt(mb, 1)} MB)", fontsize=11)
        fig.tight_layout(rect=(0, 0.03, 1, 1))
        self.figure(fig, "bench-indexing.png", "indexing speed and peak memory per indexer", "index.json")

    def scaling(self):
        self.w("## 2. Scaling")
        self.w()
        sc = load(self.out, "scale")
        if not sc:
            return self.missing("scale")
        pts = sc["points"]
        factors = ", ".join(f"{p['factor']}×" for p in pts)
        self.w(f"`{sc['corpus']}` replicated {factors} (copy *k*'s ids get `~k`), gzip JSON Lines like the "
               "original; 1× is section 1's runs. Speed ratio: segugio-index's articles/s divided by scriptindex's.")
        self.w()
        self.w("| copies | articles | MB | segugio wall s | segugio CPU s | segugio articles/s | segugio peak MB | "
               "scriptindex wall s | scriptindex CPU s | scriptindex articles/s | scriptindex peak MB | speed ratio |")
        self.w("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for p in pts:
            s, x, n = p["segugio"], p["scriptindex"], p["articles"]
            self.w(f"| {p['factor']} | {n:,} | {fmt(p['input_bytes'] / 1e6, 0)} | {fmt(s['wall_s'], 1)} | {fmt(cpu(s), 1)} | "
                   f"{n / s['wall_s']:,.0f} | {fmt(s['peak_rss_mb'], 1)} | {fmt(x['wall_s'], 1)} | {fmt(cpu(x), 1)} | "
                   f"{n / x['wall_s']:,.0f} | {fmt(x['peak_rss_mb'], 1)} | {fmt(ratio(x['wall_s'], s['wall_s']))} |")
        self.w()
        first, last = pts[0], pts[-1]
        if last["factor"] < 16:
            self.w(f"The largest corpus is {last['factor']}×, not 16×: on two shared cores 16 copies "
                   f"({16 * first['articles']:,} articles) would take segugio-index and scriptindex about "
                   f"{(16 / last['factor']) * (last['segugio']['wall_s'] + last['scriptindex']['wall_s']) / 60:.0f} "
                   "minutes on their own, more than the whole run should. `BENCH_SCALES=1,4,16 bench/run.sh` runs it.")
            self.w()
        growth = ratio(last["segugio"]["peak_rss_mb"], first["segugio"]["peak_rss_mb"])
        xgrowth = ratio(last["scriptindex"]["peak_rss_mb"], first["scriptindex"]["peak_rss_mb"])
        size = ratio(last["articles"], first["articles"])
        self.w(f"From {first['factor']}× to {last['factor']}× ({fmt(size, 0)} times the articles) segugio-index's "
               f"peak memory changes {fmt(growth)}× and scriptindex's {fmt(xgrowth)}×: segugio-index streams "
               "its input and commits a batch of 1000 documents at a time, so memory is bounded by the batch, "
               "not the corpus. CPU time per article (user + system) shows how the work grows: "
               + "; ".join(f"{p['factor']}×: segugio {1000 * cpu(p['segugio']) / p['articles']:.2f} ms, "
                           f"scriptindex {1000 * cpu(p['scriptindex']) / p['articles']:.2f} ms" for p in pts)
               + ". Wall time also counts the waits for a core on this shared machine.")
        self.w()
        self.summary.append((f"scaling: peak memory {first['factor']}× → {last['factor']}×", f"{fmt(growth)}×",
                             f"segugio ({fmt(xgrowth)}× for scriptindex) for {fmt(size, 0)}× the articles"))
        self.summary.append((f"scaling: speed vs scriptindex at {last['factor']}×",
                             f"{fmt(ratio(last['scriptindex']['wall_s'], last['segugio']['wall_s']))}×",
                             "segugio articles/s ÷ scriptindex articles/s"))

        fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
        arts = [p["articles"] for p in pts]
        for key, label, color in (("segugio", "segugio-index", BLUE), ("scriptindex", "scriptindex", ORANGE)):
            axes[0].plot(arts, [p[key]["wall_s"] for p in pts], "o-", color=color, label=f"{label}, wall")
            axes[0].plot(arts, [cpu(p[key]) for p in pts], "s--", color=color, alpha=0.6, label=f"{label}, CPU")
            axes[1].plot(arts, [p[key]["peak_rss_mb"] for p in pts], "o-", color=color, label=label)
        axes[0].set_title("Indexing time (lower is better)", fontsize=10)
        axes[0].set_ylabel("seconds")
        axes[1].set_title("Peak memory (flat is the goal)", fontsize=10)
        axes[1].set_ylabel("peak RSS, MB")
        axes[1].set_ylim(bottom=0)
        axes[0].set_ylim(bottom=0)
        for ax in axes:
            ax.set_xlabel("articles")
            ax.set_xticks(arts)
            ax.set_xticklabels([f"{a:,}\n({p['factor']}×)" for a, p in zip(arts, pts)], fontsize=8)
            ax.legend(fontsize=8)
            ax.grid(alpha=0.3)
        fig.suptitle("Scaling: the corpus replicated", fontsize=11)
        fig.tight_layout(rect=(0, 0.03, 1, 1))
        self.figure(fig, "bench-scaling.png", "indexing time and peak memory against corpus size", "scale.json")

    def floor(self):
        self.w("## 3. The floor")
        self.w()
        fl, idx = load(self.out, "floor"), load(self.out, "index")
        if not fl:
            return self.missing("floor")
        self.w(f"`build/bench/segugio-bench-floor {fl['corpus']}`: three passes over the corpus, one thread each, "
               "with the indexer's own input code. *read*: the gzip file read and decompressed into lines; "
               "*parse*: + each line parsed as JSON into an article; *tokenize*: + title and text cut into words "
               "by ICU's word break iterator (the analyzer's first stage). Each pass includes the ones before it.")
        self.w()
        mb = fl["read"]["bytes"] / 1e6
        self.w("| pass | seconds | MB/s | articles/s | segugio-index time ÷ this |")
        self.w("|---|---:|---:|---:|---:|")
        seg = idx["runs"]["segugio"] if idx else None
        for name in ("read", "parse", "tokenize"):
            p = fl[name]
            mult = fmt(ratio(seg["wall_s"], p["seconds"]), 1) if seg else "–"
            self.w(f"| {name} | {fmt(p['seconds'], 3)} | {fmt(mb / p['seconds'], 1)} | {p['articles'] / p['seconds']:,.0f} | {mult} |")
        if seg:
            self.w(f"| segugio-index (section 1) | {fmt(seg['wall_s'], 3)} | {fmt(mb / seg['wall_s'], 1)} | "
                   f"{fl['read']['articles'] / seg['wall_s']:,.0f} | 1.0 |")
        self.w()
        if seg:
            mult = ratio(seg["wall_s"], fl["tokenize"]["seconds"])
            cpu = seg["user_s"] + seg["sys_s"]
            self.w(f"ICU found {fl['tokenize']['tokens']:,} words. segugio-index takes {fmt(mult, 1)}× the floor (reading, parsing and tokenising) in wall time, "
                   f"and {fmt(ratio(cpu, fl['tokenize']['seconds']), 1)}× in CPU time (user + system, "
                   f"{fmt(cpu, 1)} s over all its threads). The rest is the analyzer's later stages, entity "
                   "extraction, building the documents and, above all, Xapian's writer (`bench/README.md` has "
                   "the profile).")
            self.w()
            self.summary.append(("floor multiple", f"{fmt(mult, 1)}×",
                                 "segugio-index wall time ÷ (read + parse + ICU tokenise, one thread)"))

        fig, ax = plt.subplots(figsize=(8, 3.2))
        names = ["read +\ndecompress", "+ parse\nJSON", "+ ICU\ntokenise"]
        values = [fl[k]["seconds"] for k in ("read", "parse", "tokenize")]
        colors = [GREY, GREY, GREY]
        if seg:
            names.append("segugio-index")
            values.append(seg["wall_s"])
            colors.append(BLUE)
        bars = ax.barh(names[::-1], values[::-1], color=colors[::-1])
        ax.bar_label(bars, fmt="%.2f s", fontsize=8, padding=3)
        ax.set_xlabel("wall seconds (lower is better)")
        ax.set_title(f"The floor: {fl['read']['articles']:,} articles, {fmt(mb, 1)} MB", fontsize=10)
        ax.margins(x=0.15)
        fig.tight_layout(rect=(0, 0.04, 1, 1))
        self.figure(fig, "bench-floor.png", "reading floor against segugio-index", "floor.json, index.json")

    def queries(self):
        self.w("## 4. Queries")
        self.w()
        lat, bat = load(self.out, "latency"), load(self.out, "batch")
        self.w("On the SQuAD-it passages (`retrieval/collection.jsonl`), each tool on its own database built "
               "in section 5: segugio-index's, and the stock pipeline's (`bench/xapian_stock.py index`: "
               "TermGenerator with the Italian stemmer, the passage stored as document data).")
        self.w()
        self.w("### Single-query latency")
        self.w()
        if not lat:
            self.missing("latency")
        else:
            s, q = lat["tools"]["segugio"], lat["tools"]["quest"]
            self.w(f"{lat['queries']} questions spread evenly over `{lat['file']}` (every k-th line), one process "
                   "per query, **process start and database opening included for both**, the two tools "
                   "alternating. Ratio: segugio's time divided by quest's (above 1: segugio is slower).")
            self.w()
            self.w(f"- segugio: `{lat['commands']['segugio']}`")
            self.w(f"- quest: `{lat['commands']['quest']}`")
            self.w()
            self.w("| tool | median ms | p95 ms | mean ms | max ms | rejected queries |")
            self.w("|---|---:|---:|---:|---:|---:|")
            self.w(f"| segugio-query | {fmt(s['median_ms'], 1)} | {fmt(s['p95_ms'], 1)} | {fmt(s['mean_ms'], 1)} | "
                   f"{fmt(s['max_ms'], 1)} | {s['errors']} |")
            self.w(f"| quest -s italian | {fmt(q['median_ms'], 1)} | {fmt(q['p95_ms'], 1)} | {fmt(q['mean_ms'], 1)} | "
                   f"{fmt(q['max_ms'], 1)} | {q['errors']} |")
            self.w(f"| ratio | {fmt(ratio(s['median_ms'], q['median_ms']))} | {fmt(ratio(s['p95_ms'], q['p95_ms']))} | "
                   f"{fmt(ratio(s['mean_ms'], q['mean_ms']))} | | |")
            self.w()
            self.summary.append(("latency vs quest (median)", f"{fmt(ratio(s['median_ms'], q['median_ms']))}×",
                                 f"segugio {fmt(s['median_ms'], 1)} ms, quest {fmt(q['median_ms'], 1)} ms (process start included)"))
            self.summary.append(("latency vs quest (p95)", f"{fmt(ratio(s['p95_ms'], q['p95_ms']))}×",
                                 f"segugio {fmt(s['p95_ms'], 1)} ms, quest {fmt(q['p95_ms'], 1)} ms"))
            if s["median_ms"] > q["median_ms"]:
                self.behind.append(LATENCY_WHY.format(ratio=fmt(ratio(s["median_ms"], q["median_ms"]))))
            fig, ax = plt.subplots(figsize=(8, 3.6))
            for name, data, color in (("segugio-query", s, BLUE), ("quest -s italian", q, ORANGE)):
                ms = sorted(data["ms"])
                ax.plot(ms, [(i + 1) / len(ms) for i in range(len(ms))], color=color,
                        label=f"{name}: median {data['median_ms']:.1f} ms, p95 {data['p95_ms']:.1f} ms")
            ax.axhline(0.5, color=GREY, lw=0.5, ls=":")
            ax.axhline(0.95, color=GREY, lw=0.5, ls=":")
            ax.set_xlabel("milliseconds per query, process start included (left is better)")
            ax.set_ylabel("fraction of queries")
            ax.set_title(f"Single-query latency, {lat['queries']} questions, one process each", fontsize=10)
            ax.legend(fontsize=8, loc="lower right")
            ax.grid(alpha=0.3)
            fig.tight_layout(rect=(0, 0.04, 1, 1))
            self.figure(fig, "bench-latency.png", "latency distribution of segugio-query and quest", "latency.json")

        self.w("### Batch throughput and the cost of facets")
        self.w()
        if not bat:
            return self.missing("batch")
        runs, nq = bat["runs"], bat["queries"]
        self.w(f"All {nq:,} questions of `{bat['file']}` in one process each: top 10 with their snippets, "
               "written as JSON Lines. With facets: segugio-query `--facets person,country` (exact counts over "
               "all matches); the Python peer one `ValueCountMatchSpy` over all matches on its one facet slot "
               "(the page title). Speed ratio: segugio-query's queries/s (no facets) divided by the row's "
               "(above 1: segugio is faster).")
        self.w()
        names = {"segugio": "segugio-query --batch", "segugio_facets": "segugio-query --batch --facets person,country",
                 "python": "python3-xapian (`xapian_stock.py speed --no-facet`)",
                 "python_facet": "python3-xapian + ValueCountMatchSpy (`xapian_stock.py speed`)",
                 "segugio_search": "segugio-query --batch --format trec (no snippets)",
                 "python_search": "python3-xapian, no snippets (`--no-facet --no-snippet`)"}
        self.w("| run | wall s | queries/s | peak RSS MB | segugio speed ratio |")
        self.w("|---|---:|---:|---:|---:|")
        for key in ("segugio", "segugio_facets", "python", "python_facet", "segugio_search", "python_search"):
            r = runs.get(key)
            if r:
                base = runs["segugio_search" if key.endswith("_search") else "segugio"]["wall_s"]
                self.w(f"| {names[key]} | {fmt(r['wall_s'])} | {r['queries_per_s']:,.0f} | {fmt(r['peak_rss_mb'], 1)} | "
                       f"{fmt(ratio(r['wall_s'], base))} |")
        self.w()
        if "segugio_search" in runs:
            self.w("The last two rows are the search alone, the same top 10 without snippets, to tell searching "
                   "from building the answers; their ratio compares them with each other.")
            self.w()
        s, sf, p, pf = runs["segugio"], runs["segugio_facets"], runs["python"], runs["python_facet"]
        cost = ratio(sf["wall_s"], s["wall_s"])
        self.w(f"Facets cost: segugio-query with `--facets person,country` takes {fmt(cost)}× the time of the same "
               f"batch without; the Python peer's one-slot match spy takes {fmt(ratio(pf['wall_s'], p['wall_s']))}×.")
        self.w()
        self.summary.append(("batch throughput vs python3-xapian", f"{fmt(ratio(p['wall_s'], s['wall_s']))}×",
                             f"segugio {s['queries_per_s']:,.0f} q/s, python {p['queries_per_s']:,.0f} q/s"))
        self.summary.append(("facets cost (--facets person,country)", f"{fmt(cost)}× the time",
                             "same batch with facets ÷ without"))
        ss, ps = runs.get("segugio_search"), runs.get("python_search")
        if ss and ps:
            self.summary.append(("batch, search alone (no snippets) vs python3-xapian",
                                 f"{fmt(ratio(ps['wall_s'], ss['wall_s']))}×",
                                 f"segugio {ss['queries_per_s']:,.0f} q/s, python {ps['queries_per_s']:,.0f} q/s"))
        if s["wall_s"] > p["wall_s"]:
            if ss and ps:
                search = (f"without snippets segugio-query answers {ss['queries_per_s']:,.0f} queries/s against "
                          f"the peer's {ps['queries_per_s']:,.0f}; building the answers (snippets, stored data) "
                          f"takes {fmt(s['wall_s'] - ss['wall_s'], 1)} s of segugio's {fmt(s['wall_s'], 1)} s and "
                          f"{fmt(p['wall_s'] - ps['wall_s'], 1)} s of the peer's {fmt(p['wall_s'], 1)} s")
                if ss["wall_s"] <= ps["wall_s"]:
                    search += ", so the whole gap is there"
            else:
                search = "the search alone was not timed"
            self.behind.append(BATCH_WHY.format(ratio=fmt(ratio(s["wall_s"], p["wall_s"])), search=search))
        if cost > ratio(pf["wall_s"], p["wall_s"]):
            self.behind.append(FACETS_WHY.format(cost=fmt(cost), peer=fmt(ratio(pf["wall_s"], p["wall_s"]))))

        fig, ax = plt.subplots(figsize=(8, 3.4))
        keys = ["segugio", "segugio_facets", "python", "python_facet"]
        labels = ["segugio-query", "segugio-query\n--facets person,country", "python3-xapian",
                  "python3-xapian\n+ ValueCountMatchSpy"]
        bars = ax.barh(labels[::-1], [runs[k]["queries_per_s"] for k in keys][::-1],
                       color=[BLUE, "#6baed6", GREEN, "#98df8a"][::-1])
        ax.bar_label(bars, fmt="%.0f q/s", fontsize=8, padding=3)
        ax.set_xlabel("queries per second (higher is better)")
        ax.set_title(f"Batch throughput, {nq:,} questions, one process each", fontsize=10)
        ax.margins(x=0.2)
        ax.tick_params(axis="y", labelsize=8)
        fig.tight_layout(rect=(0, 0.04, 1, 1))
        self.figure(fig, "bench-batch.png", "batch throughput with and without facets", "batch.json")

    def quality(self):
        self.w("## 5. Quality")
        self.w()
        self.w("### Named entities")
        self.w()
        ner = load(self.out, "ner")
        if not ner:
            self.missing("ner")
        else:
            self.w(f"`build/eval/segugio-eval-ner --json {ner['gold']}` ({ner.get('documents', '?')} documents); "
                   "`eval/README.md` defines the levels. The peers are **published figures, not measured here**: "
                   f"{NERMUD_CITATION}. They are token-level micro F1 on NERMuD's own Wikinews test split, by "
                   "systems trained on the Wikinews training split; segugio's figure is on `ner/dev.jsonl` (in a "
                   "full run), a 60% slice of pseudo-documents drawn from all three splits, with its own tokens, "
                   "and segugio uses no training data. The comparison is indicative only.")
            self.w()
            self.w("| measure | PER | LOC | ORG | micro |")
            self.w("|---|---:|---:|---:|---:|")
            for level, label in (("exact", "exact-span F1 (CoNLL)"), ("token", "token F1 (NERMuD)")):
                if level == "exact":
                    cells = [ner.get(f"{t}_exact_f1") for t in ("per", "loc", "org")] + [ner.get("micro_exact_f1")]
                else:
                    cells = [ner.get(f"{t}_token_f1") for t in ("per", "loc", "org")] + [ner.get("token_micro_f1")]
                self.w(f"| segugio {label} | " + " | ".join(fmt(c, 4) if c is not None else "–" for c in cells) + " |")
            for name, value in NERMUD_PEERS:
                self.w(f"| {name}, token F1 | | | | {fmt(value, 2)} |")
            self.w()
            if "person_doc_f1" in ner:
                self.w(f"Facets per document: person F1 {fmt(ner['person_doc_f1'], 4)}, country F1 "
                       f"{fmt(ner['country_doc_f1'], 4)} (countries named; {fmt(ner.get('country_places_doc_f1', 0), 4)} "
                       "counting places' countries).")
                self.w()
            tok = ner["token_micro_f1"]
            self.summary.append(("NER token micro F1", fmt(tok, 3),
                                 f"published NERMuD 2023 WN: {NERMUD_PEERS[0][1]:.2f} (LLM), {NERMUD_PEERS[1][1]:.2f} (T5)"))
            if tok < NERMUD_PEERS[1][1]:
                weakest = min(("per", "loc", "org"), key=lambda t: ner.get(f"{t}_token_f1", 1.0))
                self.behind.append(NER_WHY.format(
                    f1=fmt(tok, 3), type=weakest.upper(), tf1=fmt(ner[f"{weakest}_token_f1"], 3),
                    p=fmt(ner[f"{weakest}_token_p"], 3), r=fmt(ner[f"{weakest}_token_r"], 3)))

        self.w("### Retrieval (SQuAD-it)")
        self.w()
        ret = load(self.out, os.path.join("retrieval", "retrieval"))
        if not ret:
            return self.missing("retrieval")
        seg, stock = ret["segugio"], ret["stock"]
        self.w(f"`bench/retrieval.sh` (run by `{self.command}`): {ret['queries']:,} questions against "
               f"{ret.get('passages', 2010):,} passages, top 100 per question (TREC run), scored by "
               "`bench/score_trec.py`. Peer: the stock Xapian pipeline (`bench/xapian_stock.py`: TermGenerator "
               "and QueryParser with the Italian stemmer, nothing else), measured in the same run.")
        self.w()
        self.w("| system | MRR@10 | Recall@100 | questions answered |")
        self.w("|---|---:|---:|---:|")
        self.w(f"| segugio | {fmt(seg['mrr@10'], 4)} | {fmt(seg['recall@100'], 4)} | {seg['answered']:,} |")
        self.w(f"| stock Xapian | {fmt(stock['mrr@10'], 4)} | {fmt(stock['recall@100'], 4)} | {stock['answered']:,} |")
        self.w(f"| segugio − stock | {seg['mrr@10'] - stock['mrr@10']:+.4f} | {seg['recall@100'] - stock['recall@100']:+.4f} | |")
        self.w()
        unanswered = seg["queries"] - seg["answered"]
        if unanswered:
            rejected = 0
            err = os.path.join(self.out, "retrieval", "segugio.err")
            if os.path.exists(err):
                with open(err, encoding="utf-8") as f:
                    rejected = sum(1 for line in f if ": error: " in line)
            self.w(f"segugio leaves {unanswered} questions without an answer, and they score 0: {rejected} are "
                   "rejected for an unbalanced `\"`, a syntax error in segugio's query language (reported, "
                   "exit 2) that Xapian's QueryParser silently ignores; "
                   f"{unanswered - rejected} match no passage.")
            self.w()
        self.summary.append(("MRR@10 vs stock Xapian", f"{fmt(seg['mrr@10'], 4)} vs {fmt(stock['mrr@10'], 4)}",
                             f"{fmt(ratio(seg['mrr@10'], stock['mrr@10']), 3)}×"))
        self.summary.append(("Recall@100 vs stock Xapian", f"{fmt(seg['recall@100'], 4)} vs {fmt(stock['recall@100'], 4)}",
                             f"{fmt(ratio(seg['recall@100'], stock['recall@100']), 3)}×"))
        if seg["mrr@10"] < stock["mrr@10"] or seg["recall@100"] < stock["recall@100"]:
            self.behind.append(RETRIEVAL_WHY)

    def closing(self):
        self.w("## Summary: the ratios")
        self.w()
        self.w("| figure | value | meaning |")
        self.w("|---|---:|---|")
        for figure, value, meaning in self.summary:
            self.w(f"| {figure} | {value} | {meaning} |")
        self.w()
        self.w("### Where segugio is behind, and why")
        self.w()
        if self.behind:
            for text in self.behind:
                self.w(f"- {text}")
        else:
            self.w("- Nowhere in this run.")
        if self.failed:
            self.w()
            self.w(f"Parts that failed in this run: {', '.join(sorted(self.failed))}.")
        self.w()

    def render(self):
        os.makedirs(self.docs, exist_ok=True)
        self.header()
        self.indexing()
        self.scaling()
        self.floor()
        self.queries()
        self.quality()
        body = self.lines
        self.lines = []
        self.closing()
        closing = self.lines
        # The summary goes first, after the machine, so that the ratios are read first.
        cut = next(i for i, line in enumerate(body) if line.startswith("## 1."))
        text = "\n".join(body[:cut] + closing + body[cut:]).rstrip() + "\n" + kept_sections()
        with open(os.path.join(self.docs, "PERFORMANCE.md"), "w", encoding="utf-8") as f:
            f.write(text)


def kept_sections():
    """Sections of docs/PERFORMANCE.md that other scripts write (bench/serve_load.py),
    between "<!-- section: NAME ... -->" and "<!-- end of section: NAME -->": kept as they are."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "PERFORMANCE.md")
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    pattern = r"<!-- section: (\S+).*?-->.*?<!-- end of section: \1 -->\n"
    return "".join("\n" + m.group(0) for m in re.finditer(pattern, text, re.S))


# Why segugio is behind, where it is: shown only when the run's figures say it is.
LATENCY_WHY = ("**Single-query latency vs quest** ({ratio}× the median): with one process per query the time is "
               "mostly start-up. The lexicons cost a query nothing it does not use: the word lists are folded "
               "at build time into tables looked up in place, the entity gazetteer is built only for a query "
               "that names a facet value by a name, and never freed. What a `perf record` of one process still "
               "finds beyond quest is the dynamic loader binding ICU's two libraries (`_dl_relocate_object`, "
               "`do_lookup_x`) and the snippets, which read each result's text through the analyzer "
               "(`Snippets::make`: ICU's `RuleBasedBreakIterator`, `Xapian::Stem`); quest prints no snippet. "
               "In a batch (below) the start is paid once. See bench/README.md, 'Single query start-up'.")
BATCH_WHY = ("**Batch throughput vs python3-xapian** ({ratio}× the time, top 10 with snippets): {search}. "
             "Both spend most of their time in Xapian's `MSet::snippet`, called the same way (240 bytes, "
             "background model: a term-frequency lookup for every word of every result's text): about two "
             "thirds of segugio-query's batch in a `perf` profile, and 3.3 of 4.1 s of the peer's on 1,500 "
             "questions. On top of it segugio-query parses each result's stored JSON (entities included), "
             "splits elided words for the snippet and writes richer answers (date, url, entities). A snippet "
             "that looks up each distinct word once per query would help both.")
FACETS_WHY = ("**Facets cost** ({cost}× the time of the same batch without, against {peer}× for the peer's "
              "match spy): exact counts make both visit every match instead of stopping after the top 10; for "
              "each matching article segugio then reads all its person and country values (one value slot each, "
              "up to the first empty slot: several per article) and counts them by name, where the peer reads "
              "a single value of a single slot.")
NER_WHY = ("**NER** (token micro F1 {f1} against the published 0.84 to 0.90): segugio's extractor is rules and "
           "gazetteers with no training data, built to fill facets (people, countries) rather than to tag every "
           "mention; the published systems are fine-tuned neural models (T5, LLMs). The weakest type is {type} "
           "(token F1 {tf1}: precision {p}, recall {r}); KIND tags common-noun institutions (polizia, Governo) "
           "and countries acting as political or sporting actors as ORG, which rules find hard to tell from "
           "places.")
RETRIEVAL_WHY = ("**Retrieval** below stock Xapian on at least one measure: see the table in section 5; "
                 "the questions are machine-translated and each has one relevant passage.")


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    Report(argv[1], argv[2], argv[3], argv[4:]).render()


if __name__ == "__main__":
    main(sys.argv)
