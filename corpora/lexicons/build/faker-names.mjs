// Extracts given names and surnames from the MIT-licensed locale data of the npm package
// @faker-js/faker into corpora/lexicons/given-names.txt and surnames.txt.
//
// Usage (from the repository root):
//   mkdir -p /tmp/faker && (cd /tmp/faker && npm pack @faker-js/faker && tar xzf faker-js-faker-*.tgz)
//   node corpora/lexicons/build/faker-names.mjs /tmp/faker/package corpora/lexicons
//
// Only names written in Latin script are kept (the extractor works on Latin text);
// multi-word entries are split into their words. Output is sorted and deduplicated.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [pkg, outDir] = process.argv.slice(2);
if (!pkg || !outDir) {
  console.error('usage: node faker-names.mjs FAKER_PACKAGE_DIR OUT_DIR');
  process.exit(2);
}
const faker = await import(resolve(pkg, 'dist/index.js'));
const version = JSON.parse(await (await import('node:fs/promises')).readFile(join(pkg, 'package.json'), 'utf8')).version;

const latinWord = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]*$/u;
function collect(value, into) {
  if (value == null) return;
  if (typeof value === 'string') {
    for (const w of value.normalize('NFC').split(/\s+/)) {
      if (w.length >= 2 && latinWord.test(w) && w[0] === w[0].toUpperCase()) into.add(w);
    }
  } else if (Array.isArray(value)) {
    value.forEach((v) => collect(v, into));
  } else if (typeof value === 'object') {
    Object.values(value).forEach((v) => collect(v, into));
  }
}

const given = new Set();
const surnames = new Set();
const locales = [];
for (const [name, def] of Object.entries(faker)) {
  if (!/^[a-z]{2,3}(_[A-Za-z]+)?$/.test(name) || typeof def !== 'object' || !def.person) continue;
  locales.push(name);
  collect(def.person.first_name, given);
  collect(def.person.middle_name, given);
  collect(def.person.last_name, surnames);
}

function write(file, set, what) {
  const header = [
    `# ${what}, one per line, from @faker-js/faker ${version} locale data (person.*),`,
    `# ${locales.length} locales, Latin script only. Licence: MIT (Copyright (c) 2022-2025 Faker).`,
    '# Regenerate with corpora/lexicons/build/faker-names.mjs.',
  ];
  const lines = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(join(outDir, file), header.concat(lines).join('\n') + '\n');
  console.error(`${file}: ${lines.length} entries`);
}
write('given-names.txt', given, 'Given names');
write('surnames.txt', surnames, 'Surnames');
