#!/bin/sh
# Runs the import benchmark on a small generated list and fails unless Herald's counts match what
# the generator wrote, so herald-bench cannot break unnoticed. (Timings are for scripts/bench.)
set -eu
bench="$1"
line="$("$bench" import --rows 3000 --no-peer)"
printf '%s\n' "$line"
node -e '
const r = JSON.parse(process.argv[1]);
const e = r.expected;
const bad = ["valid", "invalid", "duplicates", "empty"].filter((k) => r[k] !== e[k]);
if (r.rows !== 3000 || bad.length) { console.error("counts differ from the generated list:", bad.join(", ") || "rows"); process.exit(1); }
' "$line"
