#!/usr/bin/python3
"""A tiny retrieval set for bench/run.sh --smoke, made from the bundled Wikinews sample,
in the layout of ../shared/corpora/retrieval (corpora/README.md section 4 there):

  smoke_data.py SAMPLE.jsonl DEST        writes DEST/collection.jsonl, queries.tsv, qrels.txt

Passages: the first 600 characters of 60 articles (from the 301st on, so they differ from
the smoke's indexing corpus). Questions: each article's title, relevant to its passage.
It checks that the scripts run, not how good the answers are.
"""
import json
import os
import sys


def main(sample, dest):
    os.makedirs(dest, exist_ok=True)
    with open(sample, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()][300:]
    records = [r for r in records if r.get("title") and r.get("text")][:60]
    with open(os.path.join(dest, "collection.jsonl"), "w", encoding="utf-8") as c, \
         open(os.path.join(dest, "queries.tsv"), "w", encoding="utf-8") as q, \
         open(os.path.join(dest, "qrels.txt"), "w", encoding="utf-8") as r:
        for n, record in enumerate(records):
            pid = f"smoke-{n:03d}"
            c.write(json.dumps({"id": pid, "title": record["title"], "contents": record["text"][:600]},
                               ensure_ascii=False) + "\n")
            q.write(f"q{n:03d}\t{' '.join(record['title'].split())}\n")
            r.write(f"q{n:03d} 0 {pid} 1\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
