#!/usr/bin/python3
"""The stock Xapian pipeline, as a peer for segugio: TermGenerator and QueryParser with
the Italian stemmer and nothing else (no stop words, no accent folding, no elision).

  xapian_stock.py index DB COLLECTION.jsonl     index id/title/contents (or text)
  xapian_stock.py trec DB QUERIES.tsv [TAG]     top 100 per query, TREC run lines
  xapian_stock.py speed DB QUERIES.tsv [--no-facet] [--no-snippet]
                                                top 10 per query with data and a
                                                snippet, plus exact value counts of
                                                one facet slot over all matches
                                                (ValueCountMatchSpy); JSON Lines.
                                                --no-facet: no counts (and matching
                                                stops early); --no-snippet: no snippets

Run with Debian's /usr/bin/python3 (python3-xapian).
"""
import json
import sys

import xapian

FACET_SLOT = 0  # the title (the Wikipedia page) of each passage: one value per document


def index(db_path, collection):
    db = xapian.WritableDatabase(db_path, xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()
    tg.set_stemmer(xapian.Stem("italian"))
    with open(collection, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            doc = xapian.Document()
            tg.set_document(doc)
            title = record.get("title", "")
            text = record.get("contents", record.get("text", ""))
            tg.index_text(title)
            tg.increase_termpos()
            tg.index_text(text)
            doc.add_boolean_term("Q" + record["id"])
            doc.add_value(FACET_SLOT, title)
            doc.set_data(json.dumps({"id": record["id"], "title": title, "text": text}, ensure_ascii=False))
            db.replace_document("Q" + record["id"], doc)
    db.commit()


def text_of(value):
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def queries(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                qid, _, text = line.partition("\t")
                yield qid, text


def parser(db):
    qp = xapian.QueryParser()
    qp.set_stemmer(xapian.Stem("italian"))
    qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    qp.set_database(db)
    return qp


def trec(db_path, queries_path, tag="xapian-stock"):
    db = xapian.Database(db_path)
    qp = parser(db)
    enquire = xapian.Enquire(db)
    out = sys.stdout
    for qid, text in queries(queries_path):
        enquire.set_query(qp.parse_query(text))
        mset = enquire.get_mset(0, 100)
        for item in mset:
            docid = json.loads(item.document.get_data())["id"]
            out.write(f"{qid} Q0 {docid} {item.rank + 1} {item.weight:.6f} {tag}\n")


def speed(db_path, queries_path, facet=True, snippet=True):
    db = xapian.Database(db_path)
    qp = parser(db)
    stemmer = xapian.Stem("italian")
    all_docs = db.get_doccount()
    out = sys.stdout
    for qid, text in queries(queries_path):
        query = qp.parse_query(text)
        enquire = xapian.Enquire(db)
        enquire.set_query(query)
        spy = None
        if facet:
            spy = xapian.ValueCountMatchSpy(FACET_SLOT)
            enquire.add_matchspy(spy)
        mset = enquire.get_mset(0, 10, all_docs if facet else 0)
        results = []
        for item in mset:
            data = json.loads(item.document.get_data())
            results.append({"rank": item.rank + 1, "id": data["id"], "score": item.weight,
                            "title": data["title"],
                            "snippet": text_of(mset.snippet(data["text"], 240, stemmer)) if snippet else ""})
        counts = sorted(((v.termfreq, v.term.decode("utf-8")) for v in spy.values()),
                        key=lambda c: (-c[0], c[1])) if spy else []
        out.write(json.dumps({"qid": qid, "total": mset.get_matches_estimated(), "results": results,
                              "facet": [{"id": v, "count": n} for n, v in counts[:10]]},
                             ensure_ascii=False) + "\n")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    command, db, path = sys.argv[1:4]
    if command == "index":
        index(db, path)
    elif command == "trec":
        trec(db, path, *sys.argv[4:5])
    elif command == "speed":
        speed(db, path, facet="--no-facet" not in sys.argv[4:], snippet="--no-snippet" not in sys.argv[4:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
