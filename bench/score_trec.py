#!/usr/bin/python3
"""MRR@10 and Recall@100 of a TREC run against qrels (qid 0 docid rel).

Usage: score_trec.py QRELS RUN [--json]

Every query in QRELS counts; a query the run does not answer scores 0. Lines of one
query are ordered by rank (column 4), as written by the run.
"""
import collections
import json
import sys


def load_qrels(path):
    relevant = collections.defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) > 0:
                relevant[parts[0]].add(parts[2])
    return relevant


def load_run(path):
    ranked = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            parts = line.split()
            if len(parts) != 6:
                sys.exit(f"{path}:{number}: error: expected 'qid Q0 docid rank score tag'")
            ranked[parts[0]].append((int(parts[3]), parts[2]))
    return {qid: [doc for _, doc in sorted(hits)] for qid, hits in ranked.items()}


def score(qrels, run):
    mrr = recall = 0.0
    for qid, relevant in qrels.items():
        docs = run.get(qid, [])
        for rank, doc in enumerate(docs[:10], 1):
            if doc in relevant:
                mrr += 1.0 / rank
                break
        recall += len(relevant.intersection(docs[:100])) / len(relevant)
    n = len(qrels)
    return {"queries": n, "answered": sum(1 for q in qrels if run.get(q)),
            "mrr@10": mrr / n, "recall@100": recall / n}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    result = score(load_qrels(sys.argv[1]), load_run(sys.argv[2]))
    if "--json" in sys.argv[3:]:
        print(json.dumps(result))
    else:
        print(f"queries {result['queries']}  answered {result['answered']}  "
              f"MRR@10 {result['mrr@10']:.4f}  Recall@100 {result['recall@100']:.4f}")


if __name__ == "__main__":
    main()
