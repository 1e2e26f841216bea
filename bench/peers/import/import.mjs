// The import benchmark's peer: the job `herald-bench import` times, done the way a Node developer
// would, with csv-parse and libphonenumber-js ("max" metadata, which validation and types need).
// Usage: node import.mjs FILE [REGION]. Prints one JSON object: the counts and the seconds taken
// from reading the file to the last count (loading the modules is not counted).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const [file, region = 'EE'] = process.argv.slice(2);
if (!file) {
    console.error('usage: node import.mjs FILE [REGION]');
    process.exit(2);
}
const version = (name) =>
    JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url))).version;

const started = process.hrtime.bigint();

// Bytes to text as Herald reads them: UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise.
const bytes = readFileSync(file);
let text;
try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
    text = new TextDecoder('windows-1252').decode(bytes);
}

// The delimiter that splits the first line into the most cells.
const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
const delimiter = [',', ';', '\t'].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best);

const records = parse(text, {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
});
const header = records.length > 0 ? records[0] : [];
const phoneName = /phone|mobile|msisdn|whatsapp|cell|number|^tel|telefon|teléfono|telefono|handy|^gsm$|^to$/i;
const phoneColumn = Math.max(0, header.findIndex((name) => phoneName.test(name.trim())));

const counts = { rows: 0, valid: 0, invalid: 0, duplicates: 0, empty: 0, not_mobile: 0 };
const seen = new Set();
const letters = /\p{L}/u;
for (let i = 1; i < records.length; ++i) {
    ++counts.rows;
    let cell = (records[i][phoneColumn] ?? '').trim();
    if (cell === '') {
        ++counts.empty;
        continue;
    }
    if (letters.test(cell)) {
        ++counts.invalid;
        continue;
    }
    if (cell.startsWith('00')) cell = '+' + cell.slice(2); // as Herald reads the international prefix
    const number = parsePhoneNumberFromString(cell, region);
    if (!number || !number.isValid()) {
        ++counts.invalid;
        continue;
    }
    const e164 = number.number;
    if (seen.has(e164)) {
        ++counts.duplicates;
        continue;
    }
    seen.add(e164);
    ++counts.valid;
    const type = number.getType();
    if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') ++counts.not_mobile;
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({
    peer: 'node',
    node: process.version,
    csv_parse: version('csv-parse'),
    libphonenumber_js: version('libphonenumber-js'),
    ...counts,
    seconds: Number(seconds.toFixed(3)),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
