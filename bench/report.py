#!/usr/bin/env python3
"""Herald's benchmark results file and report (Python 3 standard library only).

  report.py record --results FILE --name NAME --exit N --stdout OUT --stderr ERR [--started T]
                   [--began EPOCH] [--loadavg "a b c"] [--bin-dir DIR] [--quick 0|1] -- COMMAND…
      Puts one run of scripts/bench's NAME (send, raw, import, status-view, startup, kill, soak) into the
      results file: its JSON lines from OUT, each tagged "bench_run": NAME, then a line
      {"scenario": "bench_run", …} with how it ended (exit code, the last notes of ERR when it failed),
      when, the command, and the machine (CPU, RAM, OS, kernel, Qt, compiler, git commit). The run
      replaces every earlier line of that NAME; the other names' lines stay as they were.

  report.py write --results FILE --out FILE [--quick]
      Writes the Markdown report: a table with a row per figure (what is measured, Herald's figure, the
      target from design.md with pass or fail, the peer's figure, how many times faster, when it was
      measured and the command), what was not run or failed and why, the machine and the runs.
      A figure that is not in the results is written "not run", with the reason; none is ever made up.

  report.py machine [--bin-dir DIR]
      Prints the machine description that record stores, as JSON.
"""

import argparse
import datetime
import json
import mmap
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# scripts/bench's names, in the report's order, and what each runs at full size.
RUNS = ("send", "raw", "import", "status-view", "startup", "kill", "soak")
FULL_COMMANDS = {
    "send": "build/bin/herald-bench send",
    "raw": "build/bin/herald-bench send --latency-ms 0 --rate 0 --no-peer",
    "import": "build/bin/herald-bench import --rows 100000,1000000",
    "status-view": "QT_QPA_PLATFORM=offscreen build/bin/herald-bench status-view --rows 100000",
    "startup": "build/bin/herald-bench startup --rows 100000 --runs 5",
    "kill": "tests/kill-test.py --rounds 10 --count 2000 --latency-ms 50 --rate 200 --early-rounds 2",
    "soak": "tests/fault-soak.py --counts 2000,4000",
}

PASS = "✅ pass"
FAIL = "❌ fail"
NA = "➖ n/a"
NOT_RUN = "not run"
NEVER = "never run"  # replaced by the results file's name when written


# ---------------------------------------------------------------------------------------------------
# Reading and writing the results file


def read_results(path):
    """The results file's objects, in order (a missing file is empty; a line that is not JSON is skipped)."""
    if not os.path.exists(path):
        return []
    objects = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                objects.append(value)
    return objects


def write_results(path, objects):
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".results-", dir=directory)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for obj in objects:
            f.write(json.dumps(obj, sort_keys=True, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def json_lines(path):
    """(objects, other lines) of a command's standard output."""
    objects, other = [], 0
    if not path or not os.path.exists(path):
        return objects, other
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                value = json.loads(line)
            except ValueError:
                other += 1
                continue
            if isinstance(value, dict):
                objects.append(value)
            else:
                other += 1
    return objects, other


def tail(path, lines=5):
    if not path or not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", errors="replace") as f:
        rows = [r.rstrip("\n") for r in f if r.strip()]
    return rows[-lines:]


# ---------------------------------------------------------------------------------------------------
# The machine


def _read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def _run(command, cwd=None):
    try:
        done = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                              timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def cpu_info():
    text = _read("/proc/cpuinfo")
    model = None
    cores = set()
    physical = core = None
    for row in text.splitlines() + [""]:
        key, _, value = row.partition(":")
        key, value = key.strip(), value.strip()
        if key == "model name" and model is None:
            model = value
        elif key == "physical id":
            physical = value
        elif key == "core id":
            core = value
        elif not key:
            if core is not None:
                cores.add((physical, core))
            physical = core = None
    if model is None:  # not x86: lscpu knows
        out = _run(["lscpu"]) or ""
        for row in out.splitlines():
            if row.startswith("Model name:"):
                model = row.split(":", 1)[1].strip()
                break
    return {"cpu": model or "unknown", "logical_cpus": os.cpu_count(), "cores": len(cores) or None}


def mem_total_gib():
    for row in _read("/proc/meminfo").splitlines():
        if row.startswith("MemTotal:"):
            return round(int(row.split()[1]) / (1024.0 * 1024.0), 1)
    return None


def os_name():
    for row in _read("/etc/os-release").splitlines():
        if row.startswith("PRETTY_NAME="):
            return row.split("=", 1)[1].strip().strip('"')
    return platform.system()


def qt_version(binary):
    """The Qt the binary runs with: the file libQt6Core.so.6 resolves to (libQt6Core.so.6.4.2)."""
    out = _run(["ldd", binary]) if binary and os.path.exists(binary) else None
    for row in (out or "").splitlines():
        m = re.match(r"\s*libQt6Core\.so\.6 => (\S+)", row)
        if m:
            real = os.path.realpath(m.group(1))
            v = re.search(r"\.so\.(\d+\.\d+\.\d+)$", real)
            if v:
                return v.group(1)
    out = _run(["qtpaths6", "--qt-version"]) or _run(["qmake6", "-query", "QT_VERSION"])
    return out.strip() if out else None


def compiler(binary):
    """The compiler named in the binary's .comment section ("GCC: (Debian 12.2.0-14) 12.2.0")."""
    if not binary or not os.path.exists(binary):
        return None
    try:
        with open(binary, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            for marker in (b"GCC: (", b"clang version "):
                at = m.find(marker)
                if at >= 0:
                    end = m.find(b"\0", at, at + 200)
                    return m[at:end if end > 0 else at + 80].decode("utf-8", "replace")
    except (OSError, ValueError):
        pass
    return None


def cmake_cache(key):
    for row in _read(os.path.join(REPO, "build", "CMakeCache.txt")).splitlines():
        if row.startswith(key + ":"):
            return row.split("=", 1)[1]
    return None


def git_info():
    commit = (_run(["git", "rev-parse", "--short=10", "HEAD"], cwd=REPO) or "").strip() or None
    date = (_run(["git", "log", "-1", "--format=%cI"], cwd=REPO) or "").strip() or None
    dirty = _run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO)
    return {"commit": commit, "commit_date": date, "tree_changed": bool(dirty and dirty.strip())}


def machine(bin_dir):
    bench = os.path.join(bin_dir, "herald-bench") if bin_dir else None
    info = cpu_info()
    info.update({
        "ram_gib": mem_total_gib(),
        "os": os_name(),
        "kernel": platform.release(),
        "qt": qt_version(bench),
        "compiler": compiler(bench),
        "build_type": cmake_cache("CMAKE_BUILD_TYPE"),
        "python": platform.python_version(),
    })
    node = _run(["node", "--version"])
    info["node"] = node.strip() if node else None
    if bench and os.path.exists(bench):
        info["binaries_built"] = datetime.datetime.fromtimestamp(
            os.path.getmtime(bench), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    info.update(git_info())
    return info


# ---------------------------------------------------------------------------------------------------
# record


def display_command(command, bin_dir):
    """The command as someone would type it in the checkout: the binaries as build/bin/…"""
    words = list(command)
    prefix = []
    if len(words) >= 2 and words[0] == "env":
        words = words[1:]
        while words and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", words[0]):
            prefix.append(words.pop(0))
    if bin_dir:
        bin_dir = os.path.normpath(bin_dir)
        for i, word in enumerate(words):
            if os.path.dirname(word) and os.path.normpath(os.path.dirname(word)) == bin_dir:
                words[i] = "build/bin/" + os.path.basename(word)
    # The scripts' --bench points at the binaries scripts/bench uses; their default is build/bin's.
    out = []
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        if word == "--bench" and i + 1 < len(words) and words[0].startswith("tests/"):
            skip = True
            continue
        out.append(word)
    return " ".join(shlex.quote(w) for w in prefix + out)


def cmd_record(args):
    lines, other = json_lines(args.stdout)
    run = {
        "scenario": "bench_run",
        "bench_run": args.name,
        "exit": args.exit,
        "started": args.started or datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "seconds": round(time.time() - args.began, 1) if args.began else None,
        "quick": bool(args.quick),
        "command": display_command(args.argv, args.bin_dir),
        "bin_dir": args.bin_dir,
        "lines": len(lines),
        "machine": machine(args.bin_dir),
    }
    if args.loadavg:
        try:
            run["loadavg"] = [float(x) for x in args.loadavg.split()]
        except ValueError:
            pass
    if other:
        run["other_stdout_lines"] = other
    if args.exit != 0:
        run["stderr_tail"] = tail(args.stderr)
    kept = [o for o in read_results(args.results) if o.get("bench_run") != args.name]
    for line in lines:
        line = dict(line)
        line["bench_run"] = args.name
        kept.append(line)
    kept.append(run)
    write_results(args.results, kept)
    return 0


# ---------------------------------------------------------------------------------------------------
# Formatting


def thousands(n):
    """A count as "2,000"; "?" when the line did not give it (never a made-up 0)."""
    if n is None:
        return "?"
    return "{:,}".format(int(n)) if is_num(n) else str(n)


def num(x, digits=1):
    if x is None:
        return "?"
    if not is_num(x):
        return str(x)
    return "{:,.{d}f}".format(x, d=digits)


def secs(x):
    return num(x, 2 if is_num(x) and x < 100 else 0) + " s"


def ms(x):
    return num(x, 0 if is_num(x) and float(x).is_integer() else 1) + " ms"


def mb(x):
    return num(x, 1) + " MB"


def times(r):
    """A ratio as "× faster"-style text: 2 decimals below 10 (so 9.96 never reads as 10), 1 above."""
    return "{:.2f}×".format(r) if r < 10 else "{:.1f}×".format(r)


def faster(ratio, word="faster"):
    """Herald against the peer, as "4.00× faster", or "peer 1.25× faster" when the peer wins."""
    if not isinstance(ratio, (int, float)) or ratio <= 0:
        return "—"
    if ratio >= 1:
        return "%s %s" % (times(ratio), word)
    return "peer %s %s" % (times(1.0 / ratio), word)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def figure_text(error, line, key, render):
    """What a row says: the run's error, else render(value) of line[key], else that the line lacks it."""
    if error:
        return error
    value = line.get(key)
    return render(value) if is_num(value) else "no %s in its line" % key


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


class Check:
    """One target: its text, and True (pass), False (fail) or None (n/a, with why)."""

    def __init__(self, text, ok, why=None):
        self.text, self.ok, self.why = text, ok, why

    def render(self):
        if self.ok is None and self.why == NOT_RUN:
            return "%s ➖ %s" % (self.text, NOT_RUN)
        if self.ok is None:
            return "%s %s%s" % (self.text, NA, (": " + self.why) if self.why else "")
        return "%s %s" % (self.text, PASS if self.ok else FAIL)


def check(text, value, holds, applies=True, why=None):
    """A target on a figure: n/a when it does not apply (another size) or the figure is missing."""
    if not applies:
        return Check(text, None, why)
    if not is_num(value):
        return Check(text, None, why or "no figure")
    return Check(text, bool(holds(value)))


class Row:
    def __init__(self, run, measure, herald, checks=None, peer="—", ratio="—", note=None, targets_text=None):
        self.run = run
        self.measure = measure
        self.herald = herald
        self.checks = checks or []
        self.targets_text = targets_text  # a target cell without a check (no target, or the run's own checks)
        self.peer = peer
        self.ratio = ratio
        self.note = note

    def target_cell(self):
        parts = [c.render() for c in self.checks]
        if self.targets_text:
            parts.append(self.targets_text)
        return "; ".join(parts) if parts else "none in design.md"

    def failed(self):
        return any(c.ok is False for c in self.checks)


def not_run_row(run, measure, why, targets=(), none_text="none in design.md"):
    """A figure that is not there: its targets stay in view, marked "not run"."""
    return Row(run, measure, "%s (%s)" % (NOT_RUN, why), [Check(t, None, NOT_RUN) for t in targets],
               targets_text=None if targets else none_text)


# ---------------------------------------------------------------------------------------------------
# The rows of each run


def command_option(status, option, default):
    """An option's value in the command a run recorded (the size it asked for when no line says)."""
    try:
        words = shlex.split((status or {}).get("command") or "")
    except ValueError:
        return default
    for i, word in enumerate(words[:-1]):
        if word == option:
            return words[i + 1]
    return default


def command_int(status, option, default):
    value = command_option(status, option, None)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def run_failure(status):
    """Why a run's figure is missing, from its bench_run line."""
    if status is None:
        return NEVER
    if status.get("exit", 0) != 0:
        why = "the run failed with exit %s" % status.get("exit")
        notes = [t for t in status.get("stderr_tail", []) if t.strip()]
        if notes:
            why += ": " + notes[-1].strip()[:200]
        return why
    return "the run printed no such line"


def line_error(line):
    if line.get("error"):
        return "failed: %s" % line["error"]
    return None


def rows_send(status, lines, quick):
    herald = next((l for l in lines if l.get("scenario") == "send" and l.get("engine") == "herald"), None)
    peer = next((l for l in lines if l.get("scenario") == "send" and l.get("engine") not in (None, "herald")), None)
    summary = next((l for l in lines if l.get("scenario") == "send" and "herald_msg_per_s" in l), None)
    count = herald.get("count") if herald else command_int(status, "--count", 2000)
    label = "Sending %s WhatsApp templates at 50 ms latency, 200/s limit" % (thousands(count) if count else "N")
    why = run_failure(status)
    if herald is None:
        return [not_run_row("send", label + ": rate", why, ("≥ 90 % of the limit", "≥ 10× the peer")),
                not_run_row("send", label + ": duplicates and lost", why, ("0 duplicates", "0 lost"))]
    error = line_error(herald)
    full = herald.get("count") == 2000 and herald.get("latency_ms") == 50 and herald.get("rate") == 200
    na = "the target is for 2,000 at 50 ms, 200/s"
    rate = herald.get("msg_per_s")
    limit = herald.get("limit_msg_per_s")
    share = herald.get("ratio_to_limit")
    if error:
        text = error
    elif is_num(rate):
        text = "%s msg/s" % num(rate)
        if is_num(share) and is_num(limit):
            text += " = %s %% of the %s msg/s limit" % (num(share * 100, 1), num(limit, 0))
        if is_num(herald.get("seconds")):
            text += " (%s in %s)" % (thousands(herald.get("sent")), secs(herald["seconds"]))
    else:
        text = "no msg/s in its line"
    peer_rate = peer.get("msg_per_s") if peer else None
    ratio = None
    if is_num(rate) and is_num(peer_rate) and peer_rate > 0:
        ratio = rate / peer_rate
    elif summary and is_num(summary.get("ratio")):
        ratio = summary["ratio"]
    if peer is None:
        peer_text = "%s (%s)" % (NOT_RUN, "the send run had no peer line" if status and status.get("exit") == 0
                                 else why or "no peer line")
    elif is_num(peer_rate):
        peer_text = "%s msg/s (Messente Node SDK %s, %s messages, one awaited call after another)" % (
            num(peer_rate), peer.get("messente_api", "?"), thousands(peer.get("count", peer.get("sent"))))
    else:
        peer_text = "no msg/s in its line"
    checks = [
        check("≥ 90 % of the limit", None if error else share, lambda v: v >= 0.9, full, na),
        check("≥ 10× the peer", None if error else ratio, lambda v: v >= 10,
              herald.get("latency_ms") == 50, "the target is at L = 50 ms"),
    ]
    rows = [Row("send", label + ": rate", text, checks, peer_text, faster(ratio) + (
        " (Herald's msg/s ÷ the peer's)" if is_num(ratio) else ""))]

    dup, lost = herald.get("duplicates"), herald.get("lost")
    if error:
        text = error
    else:
        text = "%s duplicates, %s lost (%s sent, %s failed, %s unknown)" % (
            thousands(dup), thousands(lost), thousands(herald.get("sent")), thousands(herald.get("failed")),
            thousands(herald.get("unknown")))
    # Nothing twice and nothing lost holds at any size.
    dl_checks = [check("0 duplicates", None if error else dup, lambda v: v == 0),
                 check("0 lost", None if error else lost, lambda v: v == 0)]
    peer_dl = "—" if peer is None else "%s duplicates, %s lost, %s errors" % (
        thousands(peer.get("duplicates")), thousands(peer.get("lost")), thousands(peer.get("errors")))
    rows.append(Row("send", label + ": duplicates and lost", text, dl_checks, peer_dl, "—"))

    h_rss, p_rss = herald.get("peak_rss_mb"), peer.get("peak_rss_mb") if peer else None
    if is_num(h_rss):
        rows.append(Row("send", label + ": peak memory", mb(h_rss), [], mb(p_rss) if is_num(p_rss) else "—",
                        faster(p_rss / h_rss, "less memory") if is_num(p_rss) and h_rss > 0 else "—"))
    return rows


def rows_raw(status, lines, quick):
    line = next((l for l in lines if l.get("scenario") == "send" and l.get("engine") == "herald"), None)
    label = "The engine's ceiling: %s messages at no latency, no limit" % (
        thousands(line.get("count")) if line else thousands(command_int(status, "--count", 2000)))
    if line is None:
        return [not_run_row("raw", label, run_failure(status), none_text="none in design.md (the raw figure)")]
    error = line_error(line)
    if error:
        text = error
    else:
        text = "%s msg/s (%s in %s, in flight ≤ %s)" % (num(line.get("msg_per_s")), thousands(line.get("sent")),
                                                     secs(line.get("seconds")), line.get("in_flight_window"))
    return [Row("raw", label, text, [], targets_text="none in design.md (the raw figure)")]


IMPORT_TARGETS = {100000: 2.0, 1000000: 20.0}
IMPORT_MEMORY_TARGETS = {1000000: 600.0}


def rows_import(status, lines, quick):
    by_rows = {}
    for l in lines:
        if l.get("scenario") == "import":
            key = generated_rows(l)
            by_rows[key] = l
    sizes = set(k for k in by_rows if k is not None)
    asked = command_option(status, "--rows", None)  # the sizes the run was to measure
    for size in (asked or "").split(","):
        if size.strip().isdigit():
            sizes.add(int(size))
    if not quick:  # a full report always has the design's sizes
        sizes |= set(IMPORT_TARGETS)
    sizes = sorted(sizes)
    rows = []
    why = run_failure(status)
    for size in sizes:
        label = "Import %s CSV rows: read, normalise, de-duplicate" % thousands(size)
        line = by_rows.get(size)
        if line is None:
            rows.append(not_run_row("import", label + ": time", why, ("≤ %s s" % num(IMPORT_TARGETS[size], 0),)))
            if size in IMPORT_MEMORY_TARGETS:
                rows.append(not_run_row("import", label + ": peak memory", why,
                                        ("≤ %s MB" % num(IMPORT_MEMORY_TARGETS[size], 0),)))
            continue
        target = IMPORT_TARGETS.get(size)
        seconds = line.get("seconds")
        expected = line.get("expected") or {}
        mismatched = [k for k in ("valid", "invalid", "duplicates", "empty") if k in expected and line.get(k) != expected[k]]
        text = "%s (%s valid, %s invalid, %s duplicates, %s empty%s)" % (
            secs(seconds) if is_num(seconds) else "no seconds in its line", thousands(line.get("valid")),
            thousands(line.get("invalid")), thousands(line.get("duplicates")), thousands(line.get("empty")),
            "" if not expected else ("; counts match the generated list" if not mismatched
                                     else "; counts differ from the generated list: " + ", ".join(mismatched)))
        checks = []
        if target is not None:
            checks.append(check("≤ %s s" % num(target, 0), seconds, lambda v, t=target: v <= t))
        else:
            checks.append(Check("≤ 2 s at 100,000, ≤ 20 s at 1,000,000", None, "no target at this size"))
        if expected:
            checks.append(Check("counts = the generator's", not mismatched))
        peer_s = line.get("peer_seconds")
        peer_text = "—"
        ratio = None
        if is_num(peer_s):
            peer_text = "%s (%s)" % (secs(peer_s), line.get("peer", "Node"))
            if is_num(seconds) and seconds > 0:
                ratio = peer_s / seconds
        elif isinstance(line.get("peer"), str):
            peer_text = "%s (%s)" % (NOT_RUN, line["peer"])
        else:
            peer_text = "%s (run with --no-peer)" % NOT_RUN
        rows.append(Row("import", label + ": time", text, checks, peer_text,
                        faster(ratio) + (" (the peer's seconds ÷ Herald's)" if is_num(ratio) else "")))
        rss = line.get("peak_rss_mb")
        peer_rss = line.get("peer_peak_rss_mb")
        mem_target = IMPORT_MEMORY_TARGETS.get(size)
        mem_checks = [check("≤ %s MB" % num(mem_target, 0), rss, lambda v, t=mem_target: v <= t)] if mem_target else []
        rows.append(Row("import", label + ": peak memory", mb(rss) if is_num(rss) else "no peak_rss_mb in its line",
                        mem_checks, mb(peer_rss) if is_num(peer_rss) else "—",
                        faster(peer_rss / rss, "less memory") if is_num(peer_rss) and is_num(rss) and rss > 0 else "—",
                        targets_text=None if mem_target else "none in design.md at this size"))
    if not rows:
        rows.append(not_run_row("import", "Import CSV rows", why))
    return rows


def generated_rows(line):
    """The size a generated list was made with (its rows count blank lines out, so take the file's name)."""
    m = re.search(r"herald-bench-import-(\d+)-\d+\.csv$", str(line.get("file", "")))
    if m:
        return int(m.group(1))
    return line.get("rows") if is_num(line.get("rows")) else None


def rows_status_view(status, lines, quick):
    line = next((l for l in lines if l.get("scenario") == "status-view"), None)
    n = line.get("rows") if line else command_int(status, "--rows", 100000)
    label = "Delivery view over %s messages" % (thousands(n) if n else "N")
    why = run_failure(status)
    if line is None:
        return [not_run_row("status-view", label + ": " + what, why, targets) for what, targets in
                (("load", ()), ("a poll changing 10,000 states, GUI-thread time", ("≤ 50 ms",)),
                 ("filter", ("≤ 100 ms",)), ("peak memory", ()))]
    full = n == 100000
    na = "the target is at 100,000 messages"
    error = line_error(line)
    rows = []
    rows.append(Row("status-view", label + ": load", figure_text(error, line, "load_ms", lambda v: "%s (%s with the first paint)" % (
        ms(v), ms(line.get("load_view_ms")))), targets_text="none in design.md"))
    apply_ms = line.get("apply_10k_changes_ms")
    runs = line.get("apply_10k_runs_ms") or []
    if not runs and not error:  # herald-bench then prints 0, a median of nothing: not a figure
        apply_ms = None
        text = "%s (the history had fewer than 10,000 messages on their way, so no poll ran)" % NOT_RUN
    else:
        text = figure_text(error, line, "apply_10k_changes_ms", lambda v: "%s (median of %s: %s; until painted, wall: %s)" % (
            ms(v), len(runs), ", ".join(num(r) for r in runs),
            ", ".join(num(r) for r in line.get("apply_10k_wall_ms") or []) + " ms"))
    rows.append(Row("status-view", label + ": a poll changing 10,000 states, GUI-thread time", text,
                    [check("≤ 50 ms", None if error else apply_ms, lambda v: v <= 50, full, na)]))
    filt = line.get("filter_ms")
    text = figure_text(error, line, "filter_ms", lambda v: "%s (text \"anna\" and Delivered: %s rows; %s with the paint)" % (
        ms(v), thousands(line.get("filter_rows")), ms(line.get("filter_view_ms"))))
    rows.append(Row("status-view", label + ": filter", text,
                    [check("≤ 100 ms", None if error else filt, lambda v: v <= 100, full, na)]))
    rows.append(Row("status-view", label + ": peak memory", figure_text(error, line, "peak_rss_mb", lambda v: (
        "%s (%s more than before the model)" % (mb(v), mb(line.get("rss_growth_mb"))))), targets_text="none in design.md"))
    return rows


def rows_startup(status, lines, quick):
    line = next((l for l in lines if l.get("scenario") == "startup"), None)
    n = line.get("rows") if line else command_int(status, "--rows", 100000)
    label = "Start-up with %s messages in history" % (thousands(n) if n else "N")
    why = run_failure(status)
    if line is None:
        return [not_run_row("startup", label + ": to a painted main window", why, ("≤ 700 ms",)),
                not_run_row("startup", label + ": to the Delivery pane's history loaded", why)]
    error = line_error(line)
    value = line.get("startup_ms")
    runs = line.get("startup_runs_ms") or []
    text = figure_text(error, line, "startup_ms", lambda v: "%s (median of %s launches: %s ms; %s of it after main())" % (
        ms(v), len(runs), ", ".join(num(r, 0) for r in runs), ms(line.get("first_paint_since_main_ms"))))
    rows = [Row("startup", label + ": to a painted main window", text,
                [check("≤ 700 ms", None if error else value, lambda v: v <= 700, n == 100000,
                       "the target is at 100,000 messages")])]
    rows.append(Row("startup", label + ": to the Delivery pane's history loaded", figure_text(
        error, line, "history_loaded_ms", lambda v: "%s (peak memory %s)" % (ms(v), mb(line.get("peak_rss_mb")))),
        targets_text="none in design.md"))
    return rows


def rows_kill(status, lines, quick):
    summary = next((l for l in lines if l.get("scenario") == "kill_test" and l.get("summary")), None)
    label = "Hard kill (SIGKILL) during a send, then resume"
    if summary is None:
        return [not_run_row("kill", label, run_failure(status),
                            ("0 duplicates", "0 lost", "unknown ≤ the in-flight window"))]
    label = "Hard kill (SIGKILL) during a send, then resume: %s rounds of %s" % (
        summary.get("rounds"), thousands(summary.get("count")))
    dup, lost = summary.get("duplicates"), summary.get("lost")
    unknown, window = summary.get("unknown_max"), summary.get("in_flight_window")
    text = "%s duplicates, %s lost, at most %s unknown in a round (window %s); %s killed (%s early); violations: %s" % (
        tuple(map(thousands, (dup, lost, unknown, window, summary.get("killed"), summary.get("killed_early"),
                              summary.get("violations")))))
    checks = [check("0 duplicates", dup, lambda v: v == 0), check("0 lost", lost, lambda v: v == 0),
              check("unknown ≤ the in-flight window", unknown,
                    lambda v: is_num(window) and v <= window)]
    checks.append(Check("the test's own checks", bool(summary.get("ok"))))
    return [Row("kill", label, text, checks)]


def rows_soak(status, lines, quick):
    summary = next((l for l in lines if l.get("scenario") == "fault_soak" and l.get("summary")), None)
    label = "Fault soak: 5 % server errors, 2 % hung, 1 % malformed, 1 % dropped, 429 bursts"
    if summary is None:
        return [not_run_row("soak", label, run_failure(status))]
    counts = summary.get("counts") or []
    label += ": %s messages" % " and ".join(thousands(c) for c in counts)
    rss = summary.get("peak_rss_mb") or {}
    unknown = summary.get("unknown") or {}
    failed = summary.get("failed") or {}
    per = "; ".join("%s: %s unknown, %s failed, peak %s" % (
        thousands(int(c)), thousands(unknown.get(c)), thousands(failed.get(c)), mb(rss.get(c)))
        for c in (str(c) for c in counts))
    text = "%s duplicates, %s lost; %s" % (thousands(summary.get("duplicates")), thousands(summary.get("lost")), per)
    if is_num(summary.get("rss_growth")):
        text += "; memory ×%s for ×%s messages" % (num(summary["rss_growth"], 2), num(summary.get("count_growth"), 1))
    checks = [Check("none in design.md; its own checks (0 duplicates, 0 lost, every failure with a reason, "
                    "memory flat)", bool(summary.get("ok")))]
    return [Row("soak", label, text, checks)]


BUILDERS = {"send": rows_send, "raw": rows_raw, "import": rows_import, "status-view": rows_status_view,
            "startup": rows_startup, "kill": rows_kill, "soak": rows_soak}


# ---------------------------------------------------------------------------------------------------
# write


def short_date(iso):
    """An ISO 8601 time as "2026-12-01 07:23 UTC"."""
    if not iso:
        return "?"
    try:
        when = datetime.datetime.fromisoformat(str(iso).replace("Z", "+00:00"))
    except ValueError:
        return str(iso)
    if when.tzinfo is not None:
        when = when.astimezone(datetime.timezone.utc)
    return when.strftime("%Y-%m-%d %H:%M UTC")


def commit_text(m):
    c = (m or {}).get("commit") or "?"
    return c + ("*" if (m or {}).get("tree_changed") else "")


def build_report(objects, quick=False, results_name="results file", now=None):
    status = {}
    lines = {name: [] for name in RUNS}
    for obj in objects:
        name = obj.get("bench_run")
        if name is None:
            continue
        if obj.get("scenario") == "bench_run":
            status[name] = obj
        else:
            lines.setdefault(name, []).append(obj)

    rows = []
    for name in RUNS:
        st = status.get(name)
        rows.extend(BUILDERS[name](st, lines.get(name, []), quick))
    for r in rows:  # a run never made: say so
        if r.herald == "%s (%s)" % (NOT_RUN, NEVER):
            r.herald = "%s (no `scripts/bench %s` recorded in `%s`)" % (NOT_RUN, r.run, results_name)

    now = now or datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = []
    title = "# Herald's benchmarks" + (" — quick run (small sizes, not the real figures)" if quick else "")
    out.append(title)
    out.append("")
    out.append("Written by `scripts/bench%s` (with `bench/report.py`) on %s from the JSON lines in `%s`; do not edit "
               "by hand. Each figure is one run on the machine described below, not an average; the targets are "
               "those of the design (“Targets to beat”). **Herald vs peer** is how many times faster Herald is: "
               "the peer's seconds ÷ Herald's for a job of the same size, or Herald's msg/s ÷ the peer's for "
               "sending (“peer N× faster” when the peer wins; “less memory” likewise for peak memory). A figure "
               "that is missing is written “not run” with the reason; none is made up." % (
                   " --quick" if quick else "", now, results_name))
    out.append("")
    out.append("`scripts/bench` with no name runs everything; `scripts/bench NAME…` (send, raw, import, status-view, "
               "startup, kill, soak) runs only those and replaces only their lines in the results file: the "
               "other rows stay as they were, from the run named in their *Measured* column (date, UTC, and "
               "commit; * = the working tree had uncommitted changes). "
               + ("A quick run's sizes are small, so a target set for another size is marked n/a; only a full "
                  "run writes `docs/benchmarks.md`." if quick else
                  "`scripts/bench --quick` tries the same at small sizes and writes to `build/bench-quick/`, "
                  "never here.") + " The fields are explained in `bench/README.md`.")
    out.append("")
    out.append("## Results")
    out.append("")
    out.append("| What is measured | Herald | Target | Peer | Herald vs peer | Measured | Reproduce |")
    out.append("|---|---|---|---|---|---|---|")
    for r in rows:
        st = status.get(r.run)
        when = "%s · %s" % (short_date(st.get("started")), commit_text(st.get("machine"))) if st else "—"
        command = (st.get("command") if st else None) or FULL_COMMANDS[r.run]
        out.append("| " + " | ".join(cell(x) for x in (
            r.measure, r.herald, r.target_cell(), r.peer, r.ratio, when,
            "`scripts/bench %s`: `%s`" % (r.run, command))) + " |")
    out.append("")

    passed = sum(1 for r in rows for c in r.checks if c.ok is True)
    failed_checks = [(r, c) for r in rows for c in r.checks if c.ok is False]
    not_run = sum(1 for r in rows for c in r.checks if c.ok is None and c.why == NOT_RUN)
    na_checks = sum(1 for r in rows for c in r.checks if c.ok is None and c.why != NOT_RUN)
    out.append("Targets: %d pass, %d fail, %d n/a, %d not run." % (passed, len(failed_checks), na_checks, not_run))
    out.append("")

    out.append("## Not run or failed")
    out.append("")
    problems = []
    for name in RUNS:
        st = status.get(name)
        if st is None:
            problems.append("- `%s`: not run (no `scripts/bench %s` recorded in `%s`)." % (name, name, results_name))
        elif st.get("exit", 0) != 0:
            notes = [t.strip() for t in st.get("stderr_tail", []) if t.strip()]
            problems.append("- `%s`: failed on %s, exit %s%s" % (
                name, short_date(st.get("started")), st.get("exit"),
                (": " + "; ".join("`%s`" % n.replace("`", "'")[:240] for n in notes[-3:])) if notes else "."))
    for r in rows:
        if r.herald.startswith(NOT_RUN) and status.get(r.run) is not None and status[r.run].get("exit", 0) == 0:
            problems.append("- %s: %s." % (r.measure, r.herald))
        elif r.herald.startswith("failed:"):
            problems.append("- %s: %s." % (r.measure, r.herald))
        if r.peer.startswith(NOT_RUN) and status.get(r.run) is not None:
            problems.append("- %s, the peer: %s." % (r.measure, r.peer))
    for r, c in failed_checks:
        problems.append("- %s: misses “%s”." % (r.measure, c.text))
    out.extend(problems or ["Everything ran, and every target that applies is met."])
    out.append("")

    out.append("## Machine")
    out.append("")
    latest = max((st for st in status.values()), key=lambda st: st.get("started", ""), default=None)
    if latest is None:
        out.append("No run recorded yet.")
    else:
        m = latest.get("machine") or {}
        cores = m.get("cores")
        out.append("Measured by the latest run (`%s`, %s):" % (latest.get("bench_run"), short_date(latest.get("started"))))
        out.append("")
        out.append("- CPU: %s, %s logical CPUs%s" % (m.get("cpu", "unknown"), m.get("logical_cpus", "?"),
                                                   " (%s cores)" % cores if cores else ""))
        out.append("- RAM: %s GiB" % (num(m.get("ram_gib"), 1) if is_num(m.get("ram_gib")) else "unknown"))
        out.append("- OS: %s, kernel %s" % (m.get("os", "unknown"), m.get("kernel", "unknown")))
        out.append("- Qt %s; compiler: %s; build type: %s" % (m.get("qt") or "unknown", m.get("compiler") or "unknown",
                                                             m.get("build_type") or "unknown"))
        out.append("- Node %s (the peers); Python %s" % (m.get("node") or "not found", m.get("python", "?")))
        out.append("- Commit %s of %s%s; binaries built %s (%s)" % (
            m.get("commit") or "unknown", short_date(m.get("commit_date")),
            ", with uncommitted changes in the tree" if m.get("tree_changed") else "",
            short_date(m.get("binaries_built")), latest.get("bin_dir") or "build/bin"))
        keys = ("cpu", "logical_cpus", "ram_gib", "os", "kernel", "qt", "compiler", "build_type")
        others = [st for st in status.values() if st is not latest and any(
            (st.get("machine") or {}).get(k) != m.get(k) for k in keys)]
        for st in others:
            o = st.get("machine") or {}
            diff = ", ".join("%s %s" % (k, o.get(k)) for k in keys if o.get(k) != m.get(k))
            out.append("- `%s` (%s) ran elsewhere: %s" % (st.get("bench_run"), short_date(st.get("started")), diff))
    out.append("")

    out.append("## Runs")
    out.append("")
    out.append("| Run | Started | Commit | Exit | Took | Load average at start | Command |")
    out.append("|---|---|---|---|---|---|---|")
    for name in RUNS:
        st = status.get(name)
        if st is None:
            out.append("| `%s` | not run | | | | | `%s` |" % (name, cell(FULL_COMMANDS[name])))
            continue
        load = st.get("loadavg")
        out.append("| " + " | ".join(cell(x) for x in (
            "`%s`" % name, short_date(st.get("started")), commit_text(st.get("machine")), st.get("exit"),
            "%s s" % st.get("seconds") if st.get("seconds") is not None else "?",
            " ".join(num(x, 2) for x in load) if load else "?", "`%s`" % st.get("command"))) + " |")
    out.append("")
    if not quick and any(st.get("quick") for st in status.values()):
        out.append("**Warning:** some runs above were quick runs; their figures are not full size.")
        out.append("")
    return "\n".join(out)


def cmd_write(args):
    objects = read_results(args.results)
    try:
        name = os.path.relpath(os.path.abspath(args.results), REPO)
    except ValueError:
        name = args.results
    if name.startswith(".."):
        name = args.results
    text = build_report(objects, quick=args.quick, results_name=name, now=args.now)
    directory = os.path.dirname(os.path.abspath(args.out))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", dir=directory)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, args.out)
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="put one run's lines into the results file")
    rec.add_argument("--results", required=True)
    rec.add_argument("--name", required=True, choices=RUNS)
    rec.add_argument("--exit", type=int, required=True)
    rec.add_argument("--stdout", required=True)
    rec.add_argument("--stderr")
    rec.add_argument("--started")
    rec.add_argument("--began", type=float, help="when the run began, seconds since the epoch")
    rec.add_argument("--loadavg")
    rec.add_argument("--bin-dir", default="build/bin")
    rec.add_argument("--quick", type=int, default=0)
    rec.add_argument("argv", nargs="*", metavar="COMMAND")
    wr = sub.add_parser("write", help="write the Markdown report")
    wr.add_argument("--results", required=True)
    wr.add_argument("--out", required=True)
    wr.add_argument("--quick", action="store_true")
    wr.add_argument("--now", help="the date written in the header (default: now)")
    ma = sub.add_parser("machine", help="print the machine's description")
    ma.add_argument("--bin-dir", default="build/bin")
    args = parser.parse_args(argv)
    if args.command == "record":
        return cmd_record(args)
    if args.command == "write":
        return cmd_write(args)
    print(json.dumps(machine(args.bin_dir), indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
