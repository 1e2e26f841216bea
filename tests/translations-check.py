#!/usr/bin/env python3
"""Fails when Herald's translations are not in step with the sources.

- translations/herald_en.ts (English plural forms only): every plural string of the sources has its
  forms, or it would read "1 message(s)".
- translations/herald_de.ts, herald_et.ts: `lupdate` would not change them (no string added, changed
  or gone since), and every message has a finished, non-empty translation.

The fix: scripts/update-translations (it runs lupdate and fills English plurals by rule), translate
what it marks unfinished (Qt Linguist), and commit the .ts files.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("de", "et")


def lupdate_into(lupdate: str, ts: pathlib.Path, language: str, plural_only: bool) -> str:
    """What lupdate makes of a copy of @ts; the committed file is left alone."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = pathlib.Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        args = [lupdate] + (["-pluralonly"] if plural_only else []) + [
            "-no-obsolete", "-locations", "none", "-target-language", language,
            str(ROOT / "src"), str(ROOT / "ui"), "-ts", str(fresh)]
        subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
        return fresh.read_text(encoding="utf-8")


def numerus_sources(text: str) -> set[str]:
    return set(re.findall(r'<message numerus="yes">\s*<source>([^<]*)</source>', text))


def check_english(lupdate: str) -> list[str]:
    ts = TRANSLATIONS / "herald_en.ts"
    committed = ts.read_text(encoding="utf-8")
    fresh = lupdate_into(lupdate, ts, "en", plural_only=True)
    problems = [f"herald_en.ts: no English plural forms for: {s}"
                for s in sorted(set(re.findall(r'<source>([^<]*)</source>\s*<translation type="unfinished"', fresh)))]
    problems += [f"herald_en.ts: no longer in the sources: {s}"
                 for s in sorted(numerus_sources(committed) - numerus_sources(fresh))]
    return problems


def check_language(lupdate: str, language: str) -> list[str]:
    ts = TRANSLATIONS / f"herald_{language}.ts"
    if not ts.exists():
        return [f"{ts.name} is missing"]
    committed = ts.read_text(encoding="utf-8")
    problems = []
    if lupdate_into(lupdate, ts, language, plural_only=False) != committed:
        problems.append(f"{ts.name}: lupdate would change it (strings added, changed or removed in the sources)")
    unfinished = re.findall(r'<source>([^<]*)</source>(?:\s*<(?:comment|extracomment)>[^<]*</(?:comment|extracomment)>)*'
                            r'\s*<translation type="(?:unfinished|vanished|obsolete)"', committed)
    problems += [f"{ts.name}: not translated: {s}" for s in unfinished[:20]]
    if len(unfinished) > 20:
        problems.append(f"{ts.name}: … and {len(unfinished) - 20} more not translated")
    empty = re.findall(r'<source>([^<]*)</source>(?:(?!</message>).)*?<(translation|numerusform)>\s*</\2>',
                       committed, flags=re.S)
    problems += [f"{ts.name}: empty translation: {s}" for s, _ in empty[:20]]
    return problems


def check_qt_words(ts: pathlib.Path) -> list[str]:
    """Herald's copy of Qt's own words where Qt has no translation (qt_et.ts): complete."""
    text = ts.read_text(encoding="utf-8")
    unfinished = re.findall(r'<source>([^<]*)</source>(?:(?!</message>).)*?<translation type="unfinished"', text,
                            flags=re.S)
    empty = re.findall(r'<source>([^<]*)</source>(?:(?!</message>).)*?<(translation|numerusform)>\s*</\2>', text,
                       flags=re.S)
    return [f"{ts.name}: not translated: {s}" for s in unfinished] + [f"{ts.name}: empty: {s}" for s, _ in empty]


def main() -> int:
    lupdate = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/qt6/bin/lupdate"
    problems = check_english(lupdate)
    for language in LANGUAGES:
        problems += check_language(lupdate, language)
    for ts in sorted(TRANSLATIONS.glob("qt_*.ts")):
        problems += check_qt_words(ts)
    for problem in problems:
        print(problem)
    if problems:
        print("run scripts/update-translations, translate what it marks unfinished, and commit translations/*.ts")
        return 1
    print("translations-check: English plurals, " + ", ".join(LANGUAGES) + ": complete and in step with the sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
