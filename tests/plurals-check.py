#!/usr/bin/env python3
"""Fails when a plural string in the sources has no English forms in translations/herald_en.ts.

Such a string would show as written ("1 message(s)"). The fix: run scripts/update-plurals, check the
forms it filled in, and commit the .ts file.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "herald_en.ts"


def sources(text: str) -> set[str]:
    return set(re.findall(r'<message numerus="yes">\s*<source>([^<]*)</source>', text))


def main() -> int:
    lupdate = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/qt6/bin/lupdate"
    committed = TS.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = pathlib.Path(tmp) / "herald_en.ts"
        shutil.copy(TS, fresh)
        subprocess.run([lupdate, "-pluralonly", "-no-obsolete", "-locations", "none", "-target-language", "en",
                        str(ROOT / "src"), str(ROOT / "ui"), "-ts", str(fresh)],
                       check=True, capture_output=True, cwd=ROOT)
        text = fresh.read_text(encoding="utf-8")
    missing = sorted(set(re.findall(r'<source>([^<]*)</source>\s*<translation type="unfinished"', text)))
    stale = sorted(sources(committed) - sources(text))
    for source in missing:
        print(f"no English plural forms for: {source}")
    for source in stale:
        print(f"no longer in the sources: {source}")
    if missing or stale:
        print("run scripts/update-plurals, check its forms, and commit translations/herald_en.ts")
        return 1
    print(f"plurals-check: {len(sources(committed))} plural strings, each with its English forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
