#!/usr/bin/env python3
"""Checks bench/report.py, the writer of docs/benchmarks.md, on a fixture (tests/data/bench/results.jsonl):
the table's rows, Herald's and the peer's figures, the pass/fail marks against design.md's targets, the
"× faster" arithmetic, "not run" with its reason for a run that is missing or failed, the n/a of a quick
run's sizes, and `record`: a run replaces only its own lines in the results file. Fails (exit 1) with a
list of what differs. Python 3 standard library only; no binary needed."""

import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
REPORT = os.path.join(REPO, "bench", "report.py")
FIXTURE = os.path.join(HERE, "data", "bench", "results.jsonl")

failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def run(*args):
    done = subprocess.run([sys.executable, REPORT] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    if done.returncode != 0:
        failures.append("report.py %s exited %d: %s" % (" ".join(args[:1]), done.returncode, done.stderr.strip()))
    return done


def write(results, out, *extra):
    run("write", "--results", results, "--out", out, "--now", "2026-11-30 12:00 UTC", *extra)
    if not os.path.exists(out):
        failures.append("report.py write wrote no %s" % os.path.basename(out))
        return ""
    with open(out, encoding="utf-8") as f:
        return f.read()


def table(text):
    """The Results table: {what is measured: {column: cell}}."""
    rows = {}
    header = None
    for line in text.splitlines():
        if not line.startswith("| "):
            if header and rows:
                break
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if header is None:
            header = cells
            continue
        rows[cells[0]] = dict(zip(header, cells))
    return rows


def cell(rows, measure_start, column):
    found = [r for m, r in rows.items() if m.startswith(measure_start)]
    if len(found) != 1:
        failures.append("%d rows start with %r (expected 1)" % (len(found), measure_start))
        return ""
    return found[0].get(column, "")


def has(rows, measure_start, column, *parts):
    value = cell(rows, measure_start, column)
    for part in parts:
        expect(part in value, "%s / %s: %r not in %r" % (measure_start, column, part, value))


def lacks(rows, measure_start, column, *parts):
    value = cell(rows, measure_start, column)
    for part in parts:
        expect(part not in value, "%s / %s: %r should not be in %r" % (measure_start, column, part, value))


def main():
    work = tempfile.mkdtemp(prefix="herald-bench-report-check-")
    try:
        check_full(work)
        check_quick(work)
        check_record(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("bench-report-check: %d problems:" % len(failures), file=sys.stderr)
        for f in failures:
            print("  - " + f, file=sys.stderr)
        return 1
    print("bench-report-check: the report reads as it should")
    return 0


def check_full(work):
    text = write(FIXTURE, os.path.join(work, "full.md"))
    rows = table(text)
    expect(len(rows) == 16, "the fixture makes 16 rows, not %d: %s" % (len(rows), list(rows)))
    send = "Sending 2,000 WhatsApp templates at 50 ms latency, 200/s limit: rate"
    # Herald's figure, both targets passed, the peer, and 190 / 19 = 10.0× (Herald's msg/s over the peer's).
    has(rows, send, "Herald", "190.0 msg/s", "95.0 % of the 200 msg/s limit")
    has(rows, send, "Target", "≥ 90 % of the limit ✅ pass", "≥ 10× the peer ✅ pass")
    has(rows, send, "Peer", "19.0 msg/s", "Messente Node SDK 1.5.0")
    has(rows, send, "Herald vs peer", "10.0× faster")
    has(rows, send, "Measured", "2026-11-30 10:00 UTC", "abcdef1234")
    has(rows, send, "Reproduce", "`scripts/bench send`", "build/bin/herald-bench send")
    has(rows, "Sending 2,000 WhatsApp templates at 50 ms latency, 200/s limit: duplicates", "Target",
        "0 duplicates ✅ pass", "0 lost ✅ pass")
    has(rows, "Sending 2,000 WhatsApp templates at 50 ms latency, 200/s limit: peak memory", "Herald vs peer",
        "2.00× less memory")
    # raw: never recorded.
    has(rows, "The engine's ceiling", "Herald", "not run", "no `scripts/bench raw` recorded")
    has(rows, "The engine's ceiling", "Measured", "—")
    # import: 100,000 passes at 1.25 s, the peer's 5 s is 4.00× slower; 1,000,000 misses 20 s and 600 MB,
    # the peer is faster (20 / 25 = 0.8: "peer 1.25× faster"), and a count differs from the generator's.
    has(rows, "Import 100,000 CSV rows: read, normalise, de-duplicate: time", "Herald", "1.25 s",
        "counts match the generated list")
    has(rows, "Import 100,000 CSV rows: read, normalise, de-duplicate: time", "Target", "≤ 2 s ✅ pass")
    has(rows, "Import 100,000 CSV rows: read, normalise, de-duplicate: time", "Peer", "5.00 s")
    has(rows, "Import 100,000 CSV rows: read, normalise, de-duplicate: time", "Herald vs peer", "4.00× faster")
    has(rows, "Import 100,000 CSV rows: read, normalise, de-duplicate: time", "Measured", "2026-11-29 09:30 UTC")
    has(rows, "Import 100,000 CSV rows: read, normalise, de-duplicate: peak memory", "Herald vs peer",
        "2.23× less memory")
    has(rows, "Import 1,000,000 CSV rows: read, normalise, de-duplicate: time", "Target", "≤ 20 s ❌ fail",
        "counts = the generator's ❌ fail")
    has(rows, "Import 1,000,000 CSV rows: read, normalise, de-duplicate: time", "Herald",
        "counts differ from the generated list: empty")
    has(rows, "Import 1,000,000 CSV rows: read, normalise, de-duplicate: time", "Herald vs peer", "peer 1.25× faster")
    has(rows, "Import 1,000,000 CSV rows: read, normalise, de-duplicate: peak memory", "Target", "≤ 600 MB ❌ fail")
    has(rows, "Import 1,000,000 CSV rows: read, normalise, de-duplicate: peak memory", "Herald", "700.0 MB")
    # status-view: the run failed, so each figure is "not run" with the reason, and its targets stay.
    for what in ("load", "a poll changing 10,000 states", "filter", "peak memory"):
        has(rows, "Delivery view over 100,000 messages: " + what, "Herald", "not run",
            "exit 1", "the database is locked")
    has(rows, "Delivery view over 100,000 messages: a poll", "Target", "≤ 50 ms ➖ not run")
    has(rows, "Delivery view over 100,000 messages: filter", "Target", "≤ 100 ms ➖ not run")
    lacks(rows, "Delivery view over 100,000 messages: a poll", "Herald", " ms (")
    # startup passes; kill: the unknown exceed the window.
    has(rows, "Start-up with 100,000 messages in history: to a painted", "Herald", "650 ms")
    has(rows, "Start-up with 100,000 messages in history: to a painted", "Target", "≤ 700 ms ✅ pass")
    has(rows, "Hard kill", "Target", "0 duplicates ✅ pass", "0 lost ✅ pass",
        "unknown ≤ the in-flight window ❌ fail")
    has(rows, "Hard kill", "Herald", "at most 60 unknown", "window 48")
    has(rows, "Fault soak", "Target", "none in design.md", "✅ pass")
    has(rows, "Fault soak", "Herald", "memory ×1.10 for ×2.0 messages")
    # The summary, the sections, the machine.
    expect("Targets: 10 pass, 5 fail, 0 n/a, 2 not run." in text, "the targets' count line is wrong")
    expect("- `raw`: not run" in text, "the Not run section does not name raw")
    expect("- `status-view`: failed on 2026-11-30 10:05 UTC, exit 1" in text, "the Not run section does not name status-view")
    expect("- CPU: Test CPU 9000, 8 logical CPUs (4 cores)" in text, "the machine's CPU is missing")
    expect("- Qt 6.4.2; compiler: GCC: (Debian 12.2.0-14) 12.2.0" in text, "Qt or the compiler is missing")
    expect("- OS: Debian GNU/Linux 12 (bookworm), kernel 6.1.0-test" in text, "the OS or kernel is missing")
    expect("- RAM: 31.3 GiB" in text, "the RAM is missing")
    expect("quick run" not in (text.splitlines() or [""])[0], "a full report is titled as a quick one")


def check_quick(work):
    """A quick run's sizes: a target set for another size is n/a, never pass; 0 duplicates holds at any size."""
    objects = []
    with open(FIXTURE, encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            if obj.get("bench_run") == "send" and obj.get("count") == 2000:
                obj["count"] = 300
            if obj.get("scenario") == "bench_run" and obj.get("bench_run") == "import":
                obj["command"] = "build/bin/herald-bench import --rows 10000"
            if obj.get("bench_run") == "import" and obj.get("scenario") == "import":
                if obj["rows"] != 100000:
                    continue
                obj["rows"] = 10000
                obj["file"] = "/tmp/x/herald-bench-import-10000-1.csv"
            objects.append(obj)
    results = os.path.join(work, "quick.jsonl")
    with open(results, "w", encoding="utf-8") as f:
        for obj in objects:
            f.write(json.dumps(obj) + "\n")
    text = write(results, os.path.join(work, "quick.md"), "--quick")
    rows = table(text)
    expect("quick run" in (text.splitlines() or [""])[0], "a quick report does not say so in its title")
    has(rows, "Sending 300 WhatsApp templates at 50 ms latency, 200/s limit: rate", "Target", "≥ 90 % of the limit ➖ n/a")
    has(rows, "Sending 300 WhatsApp templates at 50 ms latency, 200/s limit: duplicates", "Target",
        "0 duplicates ✅ pass")
    has(rows, "Import 10,000 CSV rows: read, normalise, de-duplicate: time", "Target", "➖ n/a")
    lacks(rows, "Import 10,000 CSV rows: read, normalise, de-duplicate: time", "Target", "≤ 2 s ✅")
    has(rows, "Import 10,000 CSV rows: read, normalise, de-duplicate: time", "Herald vs peer", "4.00× faster")
    expect(not any(m.startswith("Import 1,000,000") for m in rows), "a quick report asks for the 1,000,000 rows")


def check_record(work):
    """record: a run replaces its own lines and keeps the others'; its command reads as build/bin's."""
    results = os.path.join(work, "record.jsonl")
    shutil.copy(FIXTURE, results)
    out = os.path.join(work, "import.out")
    err = os.path.join(work, "import.err")
    with open(out, "w", encoding="utf-8") as f:
        f.write("a note that is not JSON\n")
        f.write(json.dumps({"scenario": "import", "rows": 100000, "seconds": 1.5, "valid": 1, "invalid": 0,
                            "duplicates": 0, "empty": 0, "peak_rss_mb": 60.0,
                            "file": "/tmp/y/herald-bench-import-100000-1.csv", "peer": "skipped: no node"}) + "\n")
    with open(err, "w", encoding="utf-8") as f:
        f.write("herald-bench: the 1,000,000 rows did not fit\n")
    fake_bin = os.path.join(work, "benchbin")
    run("record", "--results", results, "--name", "import", "--exit", "1", "--stdout", out, "--stderr", err,
        "--started", "2026-12-01T08:00:00Z", "--bin-dir", fake_bin, "--",
        os.path.join(fake_bin, "herald-bench"), "import", "--rows", "100000,1000000")
    with open(results, encoding="utf-8") as f:
        objects = [json.loads(l) for l in f if l.strip()]
    imports = [o for o in objects if o.get("bench_run") == "import"]
    expect(len(imports) == 2, "record kept %d import lines, not the new run's 2" % len(imports))
    status = [o for o in imports if o.get("scenario") == "bench_run"]
    expect(len(status) == 1 and status[0].get("exit") == 1 and status[0].get("other_stdout_lines") == 1,
           "the import run's record is wrong: %s" % status)
    expect(status and status[0].get("command") == "build/bin/herald-bench import --rows 100000,1000000",
           "the command is not shown as build/bin's: %s" % (status[0].get("command") if status else None))
    expect(status and "did not fit" in " ".join(status[0].get("stderr_tail", [])), "the failed run's notes are lost")
    expect(status and isinstance(status[0].get("machine"), dict) and status[0]["machine"].get("cpu"),
           "the run's machine is not recorded")
    expect(len([o for o in objects if o.get("bench_run") == "send"]) == 4, "record lost the send run's lines")
    text = write(results, os.path.join(work, "record.md"))
    rows = table(text)
    has(rows, "Import 100,000 CSV rows: read, normalise, de-duplicate: time", "Herald", "1.50 s")
    has(rows, "Import 100,000 CSV rows: read, normalise, de-duplicate: time", "Peer", "not run (skipped: no node)")
    has(rows, "Import 100,000 CSV rows: read, normalise, de-duplicate: time", "Measured", "2026-12-01 08:00 UTC")
    has(rows, "Import 1,000,000 CSV rows: read, normalise, de-duplicate: time", "Herald", "not run",
        "exit 1", "did not fit")
    has(rows, "Import 1,000,000 CSV rows: read, normalise, de-duplicate: time", "Target", "≤ 20 s ➖ not run")
    has(rows, send_rate(), "Measured", "2026-11-30 10:00 UTC")

    # The kill test's and the fault soak's --bench is left out (their default is build/bin's), env's
    # variables stay in front.
    for argv, shown in (
            (["tests/kill-test.py", "--bench", os.path.join(fake_bin, "herald-bench"), "--rounds", "2"],
             "tests/kill-test.py --rounds 2"),
            (["env", "QT_QPA_PLATFORM=offscreen", os.path.join(fake_bin, "herald-bench"), "status-view"],
             "QT_QPA_PLATFORM=offscreen build/bin/herald-bench status-view")):
        run("record", "--results", results, "--name", "kill", "--exit", "0", "--stdout", out, "--bin-dir",
            fake_bin, "--", *argv)
        with open(results, encoding="utf-8") as f:
            kill = [json.loads(l) for l in f if '"bench_run": "kill"' in l and '"scenario": "bench_run"' in l]
        expect(kill and kill[-1].get("command") == shown, "shown as %r, not %r" % (
            kill[-1].get("command") if kill else None, shown))


def send_rate():
    return "Sending 2,000 WhatsApp templates at 50 ms latency, 200/s limit: rate"


if __name__ == "__main__":
    sys.exit(main())
