#!/usr/bin/python3
"""The indexing peer written with Xapian's Python bindings: the pipeline a developer
would write in a few lines, for bench/run.sh to time against segugio-index.

  xapian_index.py DB CORPUS.jsonl[.gz] STOPWORDS.txt [--batch-size N]

For every record: TermGenerator with Stem("italian"), STEM_SOME (stemmed Z terms and
unstemmed positional terms), a SimpleStopper with the project's Italian stop words, the
`id` as the unique boolean term Q and the `text` (or `contents`) as indexed text, like
scriptindex's script in bench/run.sh; nothing stored as document data. Commits every
N documents (default 1000, as segugio-index). Prints the number of documents indexed.
Run with Debian's /usr/bin/python3 (python3-xapian).
"""
import gzip
import json
import sys

import xapian


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    batch = 1000
    if "--batch-size" in argv:
        batch = int(argv[argv.index("--batch-size") + 1])
        args.remove(str(batch))
    if len(args) != 3:
        sys.exit(__doc__)
    db_path, corpus, stopwords = args

    stopper = xapian.SimpleStopper()
    with open(stopwords, encoding="utf-8") as f:
        for line in f:
            word = line.split("#", 1)[0].strip()
            if word:
                stopper.add(word)
    tg = xapian.TermGenerator()
    tg.set_stemmer(xapian.Stem("italian"))
    tg.set_stopper(stopper)
    tg.set_stemming_strategy(xapian.TermGenerator.STEM_SOME)

    db = xapian.WritableDatabase(db_path, xapian.DB_CREATE_OR_OVERWRITE)
    opener = gzip.open if corpus.endswith(".gz") else open
    count = 0
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            doc = xapian.Document()
            tg.set_document(doc)
            tg.index_text(record.get("text") or record.get("contents") or "")
            idterm = "Q" + str(record["id"])
            doc.add_boolean_term(idterm)
            db.replace_document(idterm, doc)
            count += 1
            if count % batch == 0:
                db.commit()
    db.commit()
    db.close()
    print(count)


if __name__ == "__main__":
    main(sys.argv)
