"""Shared by tests/kill-test.py and tests/fault-soak.py: a herald-sandbox of the test's own, herald-bench
send attached to it, and the checks that compare the engine's journal (the SQLite file) with what the
sandbox accepted (GET /_sandbox/stats, per_recipient). Python 3 standard library only."""

import ctypes
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Message states (MessageState's keys in the journal). "Taken" is what the engine counts as taken by
# the provider (CampaignCounts::taken): the sandbox must hold exactly one message for each of these.
TAKEN = ("scheduled", "accepted", "sent", "delivered", "read")
FINAL = TAKEN + ("failed", "expired", "cancelled")
LEFT = ("queued", "sending")
ALL_STATES = LEFT + FINAL + ("unknown",)


def note(text):
    print(text, file=sys.stderr, flush=True)


def print_line(obj):
    print(json.dumps(obj, sort_keys=True, ensure_ascii=False), flush=True)


def default_bench():
    return os.path.join(REPO, "build", "bin", "herald-bench")


def sandbox_next_to(bench):
    return os.environ.get("HERALD_SANDBOX_BIN") or os.path.join(os.path.dirname(os.path.abspath(bench)),
                                                                "herald-sandbox")


def _die_with_parent():
    """In the child before exec: SIGTERM when this script dies, however it dies (PR_SET_PDEATHSIG)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM, 0, 0, 0)
    except Exception:  # not Linux: the finally blocks still stop the children
        pass


def spawn(args, stdout, stderr, tmpdir=None):
    """A child process of this script; it is stopped when the script dies (also by SIGKILL). With @p tmpdir
    its temporary files go there (herald-bench killed with SIGKILL cannot remove its own)."""
    env = dict(os.environ)
    if tmpdir:
        env["TMPDIR"] = tmpdir
    return subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, env=env,
                            preexec_fn=_die_with_parent)


class Sandbox:
    """A herald-sandbox started by the test: it lives across herald-bench runs (which attach to it)."""

    def __init__(self, binary, args, workdir, name="sandbox"):
        self.out_path = os.path.join(workdir, name + ".out")
        self.log_path = os.path.join(workdir, name + ".log")
        env = dict(os.environ)
        env.setdefault("QT_LOGGING_RULES", "herald.sandbox.debug=false")  # no line per request
        with open(self.out_path, "wb") as out, open(self.log_path, "wb") as log:
            self.process = subprocess.Popen([binary] + list(args), stdin=subprocess.DEVNULL, stdout=out, stderr=log,
                                            env=env, preexec_fn=_die_with_parent)
        self.args = list(args)
        lines = []
        deadline = time.monotonic() + 10
        while True:
            with open(self.out_path, "rb") as out:
                lines = [l.decode().strip() for l in out.read().split(b"\n")[:-1]]
            if len(lines) >= 4:
                break
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("herald-sandbox %s did not start (%d of its 4 lines); its log is %s"
                                   % (" ".join(args), len(lines), self.log_path))
            time.sleep(0.02)
        self.url = lines[0]
        messente = lines[1].split(" ")
        if messente[0] != "messente" or len(messente) < 3 or not self.url.startswith("http://"):
            self.stop()
            raise RuntimeError("herald-sandbox's first lines are not its URL and Messente credentials")
        self.user = messente[1]
        self.password = " ".join(messente[2:])

    @property
    def pid(self):
        return self.process.pid

    def attach_args(self):
        return ["--sandbox-url", self.url, "--messente-user", self.user, "--messente-password", self.password]

    def stats(self, timeout=10):
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never a proxy
        with opener.open(self.url.rstrip("/") + "/_sandbox/stats", timeout=timeout) as answer:
            return json.loads(answer.read().decode())

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(3)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def first_number_for(index, count, base=37256000000):
    """The first recipient of run @p index: runs never share a number, and every number has 11 digits."""
    span = max(count, 10000)
    span = (span + 9999) // 10000 * 10000
    first = base + index * span
    if len(str(first + count - 1)) != len(str(base)):
        raise ValueError("too many rounds or messages for 11-digit numbers")
    return "+%d" % first


def numbers(first, count):
    start = int(first[1:])
    return ["+%d" % (start + i) for i in range(count)]


def open_journal(path):
    """The engine's database, or None before herald-bench created it (never created here)."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    db = sqlite3.connect("file:%s?mode=rw" % path, uri=True, timeout=10)
    db.row_factory = sqlite3.Row
    return db


def journal_rows(path):
    """The messages of the database's campaigns (superseded ones left out), and the campaigns; ([], [])
    when there is no database or no campaign yet."""
    db = open_journal(path)
    if db is None:
        return [], []
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "campaigns" not in tables:
            return [], []
        campaigns = [dict(r) for r in db.execute("SELECT id, name, state FROM campaigns ORDER BY id")]
        rows = [dict(r) for r in db.execute(
            "SELECT id, campaign_id, recipient, state, error_code, error_text, provider_message_id, retry_of, "
            "updated_at FROM messages WHERE campaign_id IS NOT NULL AND superseded = 0 ORDER BY id")]
        return rows, campaigns
    finally:
        db.close()


def state_counts(rows):
    counts = {}
    for row in rows:
        counts[row["state"]] = counts.get(row["state"], 0) + 1
    return dict(sorted(counts.items()))


def _example(row, per_recipient):
    return {"id": row["id"], "recipient": row["recipient"], "state": row["state"],
            "error_text": row["error_text"], "provider_message_id": row["provider_message_id"],
            "sandbox_accepted": per_recipient.get(row["recipient"], 0)}


def check_campaign(rows, campaigns, stats, first, count, window=None):
    """Compares the journal with the sandbox. Returns (figures, violations); each violation is
    {"check": name, "count": n, "examples": [...]} with at most five journal rows."""
    per_recipient = stats.get("per_recipient", {})
    expected = numbers(first, count)
    expected_set = set(expected)
    violations = []

    def violation(name, bad_rows=None, count_=None, **extra):
        bad_rows = bad_rows or []
        v = {"check": name, "count": count_ if count_ is not None else len(bad_rows)}
        if bad_rows:
            v["examples"] = [_example(r, per_recipient) for r in bad_rows[:5]]
        v.update(extra)
        violations.append(v)

    by_state = state_counts(rows)
    if len(campaigns) != 1:
        violation("one_campaign", count_=len(campaigns), campaigns=campaigns)
    elif campaigns[0]["state"] != "finished":
        violation("campaign_finished", count_=1, campaign_state=campaigns[0]["state"])

    # Every recipient of the list is in the journal exactly once (a kill while the campaign was being
    # saved must not leave part of the list behind).
    seen = {}
    for row in rows:
        seen.setdefault(row["recipient"], []).append(row)
    twice = [r for rs in seen.values() if len(rs) > 1 for r in rs]
    if twice:
        violation("journal_recipient_once", twice)
    absent = [n for n in expected if n not in seen]
    if absent:
        violation("journal_has_every_recipient", count_=len(absent), examples=absent[:5])
    outside = [r for r in rows if r["recipient"] not in expected_set]
    if outside:
        violation("journal_only_campaign_numbers", outside)

    left = [r for r in rows if r["state"] in LEFT]
    if left:
        violation("nothing_queued_or_sending", left)
    strange = [r for r in rows if r["state"] not in ALL_STATES]
    if strange:
        violation("known_states", strange)

    taken = [r for r in rows if r["state"] in TAKEN]
    unknown = [r for r in rows if r["state"] == "unknown"]
    failed = [r for r in rows if r["state"] == "failed"]
    untaken = [r for r in rows if r["state"] not in TAKEN]

    # (1) Nothing the journal records as taken was accepted twice; nor anything else: Herald never
    # sends a message again without the operator, so any number accepted twice is a duplicate.
    dup_taken = [r for r in taken if per_recipient.get(r["recipient"], 0) > 1]
    if dup_taken:
        violation("no_duplicate_among_taken", dup_taken)
    dup_other = [r for r in untaken if per_recipient.get(r["recipient"], 0) > 1]
    if dup_other:
        violation("no_duplicate_among_untaken", dup_other)
    # (4) Nothing lost: every message the journal records as taken is in the sandbox.
    lost = [r for r in taken if per_recipient.get(r["recipient"], 0) == 0]
    if lost:
        violation("nothing_lost", lost)
    # "failed" means the provider certainly did not take it (ProviderError::certainlyNotTaken).
    failed_accepted = [r for r in failed if per_recipient.get(r["recipient"], 0) > 0]
    if failed_accepted:
        violation("failed_not_accepted", failed_accepted)
    # A message that ends unknown or failed says why.
    no_reason = [r for r in unknown + failed if not (r["error_text"] or "").strip()]
    if no_reason:
        violation("unknown_and_failed_have_a_reason", no_reason)
    # (3) A kill leaves at most the in-flight window unknown.
    if window is not None and len(unknown) > window:
        violation("unknown_within_window", unknown, window=window)
    other = sorted(k for k in per_recipient if k not in expected_set)
    if other:
        violation("sandbox_only_campaign_numbers", count_=len(other), examples=other[:5])

    campaign_accepted = sum(per_recipient.get(n, 0) for n in expected)
    figures = {
        "journal": by_state,
        "taken": len(taken),
        "unknown": len(unknown),
        "failed": len(failed),
        "unknown_accepted_by_sandbox": sum(1 for r in unknown if per_recipient.get(r["recipient"], 0) > 0),
        "duplicates": sum(1 for n in expected if per_recipient.get(n, 0) > 1),
        "lost": len(lost),
        "sandbox": {"accepted_total": stats.get("accepted_total"),
                    "recipients": sum(1 for n in expected if per_recipient.get(n, 0) > 0),
                    "campaign_accepted": campaign_accepted,
                    "requests_total": stats.get("requests_total"),
                    "rate_limited": stats.get("rate_limited"),
                    "faults": stats.get("faults")},
    }
    return figures, violations


def judge_round(line, sandbox, db, first, count, window=None):
    """Reads the sandbox's stats and the journal in @db, adds check_campaign()'s figures to @line and
    returns (rows, stats, violations)."""
    stats = sandbox.stats()
    rows, campaigns = journal_rows(db)
    figures, found = check_campaign(rows, campaigns, stats, first, count, window)
    line.update(figures)
    return rows, stats, found


def reasons(rows, states=("unknown", "failed"), width=70):
    """How many unknown/failed messages give each reason (the reason's start), most frequent first."""
    counts = {}
    for row in rows:
        if row["state"] in states:
            key = "%s: %s" % (row["state"], " ".join((row["error_text"] or "").split())[:width])
            counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def last_json_line(path):
    """The last line of herald-bench's standard output that is a JSON object, or None."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().splitlines() if l.startswith("{")]
    except OSError:
        return None
    for line in reversed(lines):
        try:
            return json.loads(line)
        except ValueError:
            continue
    return None


def exit_description(code):
    if code is None:
        return "still running"
    if code < 0:
        try:
            return "killed by %s" % signal.Signals(-code).name
        except ValueError:
            return "killed by signal %d" % -code
    return "exit %d" % code
