#!/usr/bin/env python3
"""Writes articles.jsonl, the small dated collection the segugio-serve tests index.

Every sentence is written for these tests (no corpus text). The articles are spread
over 15 months (and a few have no date) so that the timeline has bars to click; some
mention Lavrov with Russia named, some without; two carry HTML and script in their
title, source and text, and one has an id with characters that need escaping in a URL.
Run it again after changing it: python3 make_articles.py > articles.jsonl
"""
import json

PEOPLE = [
    ("Il ministro degli Esteri russo Sergej Lavrov", "Lavrov"),
    ("Il presidente russo Vladimir Putin", "Putin"),
    ("Il leader nordcoreano Kim Jong Un", "Kim"),
    ("Il segretario di Stato americano Antony Blinken", "Blinken"),
    ("La presidente del Consiglio Giorgia Meloni", "Meloni"),
    ("Il presidente francese Emmanuel Macron", "Macron"),
    ("Il cancelliere tedesco Olaf Scholz", "Scholz"),
]
PLACES = [("a Mosca", "in Russia"), ("a Pyongyang", "in Corea del Nord"), ("a Washington", "negli Stati Uniti"),
          ("a Roma", "in Italia"), ("a Parigi", "in Francia"), ("a Berlino", "in Germania"), ("a Pechino", "in Cina")]
TOPICS = [("delle forniture di armi", "forniture di armi"), ("del prezzo del gas", "il prezzo del gas"),
          ("delle esportazioni di grano", "esportazioni di grano"), ("delle nuove sanzioni", "nuove sanzioni"),
          ("delle prossime elezioni", "le prossime elezioni"), ("di un accordo sul nucleare", "accordo sul nucleare")]
ORGS = ["le Nazioni Unite", "la NATO", "l'Unione Europea", "il Consiglio di Sicurezza"]
SOURCES = ["agenzia-nord", "agenzia-sud", "cronache"]


def article(i):
    # Lavrov in every third article; Russia named in two of those three.
    first = 0 if i % 3 == 0 else 1 + i % (len(PEOPLE) - 1)
    second = (first + 2 + i % 3) % len(PEOPLE)
    place = 0 if (first == 0 and i % 9 != 6) else (i * 5) % len(PLACES)
    topic = TOPICS[i % len(TOPICS)]
    org = ORGS[i % len(ORGS)]
    who, short = PEOPLE[first]
    other, other_short = PEOPLE[second]
    where, country = PLACES[place]
    about, headline = topic
    text = (f"{who} ha parlato {where} {about}. "
            f"Secondo fonti diplomatiche, l'incontro con {other[0].lower() + other[1:]} "
            f"è durato oltre due ore. {short} ha chiesto un ruolo per {org} {country}. "
            f"{other_short} ha risposto che la discussione continuerà nelle prossime settimane.")
    title = f"{short} {where}: {headline}"
    month = i % 15
    year, mon = 2023 + month // 12, month % 12 + 1
    record = {"id": f"serve-{i:03d}", "title": title, "text": text, "source": SOURCES[i % len(SOURCES)]}
    if i % 11 != 10:
        record["date"] = f"{year}-{mon:02d}-{1 + (i * 3) % 27:02d}"
    return record


def main():
    for i in range(45):
        print(json.dumps(article(i), ensure_ascii=False))
    print(json.dumps({"id": "xss-script", "title": '<script>alert("segugio")</script> Lavrov a Mosca',
                      "text": 'Il ministro degli Esteri russo Sergej Lavrov a Mosca. <img src=x onerror=alert(1)> '
                              'Testo con <b>tag</b> & entità.',
                      "source": "<i>cronache</i>", "date": "2023-05-02", "url": "javascript:alert(3)"},
                     ensure_ascii=False))
    print(json.dumps({"id": "xss-attr", "title": '"><img src=x onerror=alert(2)> vertice in Russia',
                      "text": "Lavrov e Putin in Russia. \"><svg onload=alert(4)>",
                      "source": '"><b>fonte</b>', "date": "2023-06-20", "url": "https://example.org/a?b=1&c=2"},
                     ensure_ascii=False))
    print(json.dumps({"id": "a/b?c=d&e f#g", "title": "Un id da codificare",
                      "text": "Lavrov ha parlato di grano a Mosca, in Russia.", "source": "cronache",
                      "date": "2023-07-07"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
