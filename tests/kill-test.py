#!/usr/bin/env python3
"""The kill test: Herald's campaign engine (herald-bench send) is killed with SIGKILL at a random moment
of a campaign, started again on the same database to finish it, and the journal is compared with what
the sandbox accepted. Each round has a fresh herald-sandbox (started here, so it outlives both runs), a
fresh database and numbers of its own. Checks, per round:

  1. no recipient the journal records as taken (scheduled/accepted/sent/delivered/read) was accepted more
     than once by the sandbox (nor any other recipient: Herald never sends again without the operator);
  2. no message is left queued or sending, and the campaign is finished;
  3. no more messages are unknown than the in-flight window (herald-bench's in_flight_window);
  4. every recipient the journal records as taken was accepted by the sandbox (nothing lost);
  and: a failed message was not accepted, every unknown or failed message says why, every number of the
  list is in the journal once. How many unknown messages the sandbox did accept is reported.

One JSON line per round on stdout, then a summary line; notes on stderr. Exits 1 on any violation
(the work directory, with each round's database and logs, is then kept), 2 on bad usage.
The first --early-rounds rounds are killed within the first 200 ms, before or while the first requests
leave; the others at a uniform random moment within the expected send time. --seed repeats the moments.
"""

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sendcheck as sc  # noqa: E402

WINDOW_GUESS = 48  # for the expected send time only; the check uses the figure herald-bench prints
STARTUP_S = 0.15  # herald-bench's start-up (database, migrations, campaign) before the first request
EARLY_S = 0.2


def expected_seconds(count, latency_ms, rate):
    limits = []
    if rate > 0:
        limits.append(rate)
    if latency_ms > 0:
        limits.append(WINDOW_GUESS * 1000.0 / latency_ms)
    limit = min(limits) if limits else 5000.0
    return STARTUP_S + count / limit


def journal_at_kill(db_path):
    """Where the journal stood right after the kill."""
    try:
        rows, campaigns = sc.journal_rows(db_path)
    except Exception as e:  # sqlite3.DatabaseError: a database killed while it was being created
        return {"phase": "unreadable", "error": str(e)}
    if not os.path.exists(db_path):
        return {"phase": "no_database"}
    if not campaigns:
        return {"phase": "no_campaign"}
    counts = sc.state_counts(rows)
    phase = "sending" if any(counts.get(s, 0) for s in sc.TAKEN + ("sending",)) else "queued_only"
    return {"phase": phase, "journal": counts}


def run_round(args, index, rng, workdir):
    early = index < args.early_rounds
    expected = expected_seconds(args.count, args.latency_ms, args.rate)
    kill_after = rng.uniform(0, EARLY_S) if early else rng.uniform(0, expected)
    first = sc.first_number_for(index, args.count)
    db = os.path.join(workdir, "round-%02d.sqlite" % (index + 1))
    line = {"scenario": "kill_test", "round": index + 1, "seed": args.seed, "count": args.count,
            "latency_ms": args.latency_ms, "rate": args.rate, "first_number": first, "early": early,
            "expected_seconds": round(expected, 3), "kill_after_ms": round(kill_after * 1000, 1)}
    sandbox_args = ["--latency-ms", str(args.latency_ms), "--rate-limit", str(args.rate)]
    if args.jitter_ms:
        sandbox_args += ["--jitter-ms", str(args.jitter_ms)]
    sandbox = sc.Sandbox(args.sandbox, sandbox_args, workdir, "round-%02d-sandbox" % (index + 1))
    try:
        command = [args.bench, "send", "--count", str(args.count), "--latency-ms", str(args.latency_ms), "--rate",
                   str(args.rate), "--first-number", first, "--db", db, "--no-peer", "--timeout-ms",
                   str(args.timeout_ms)] + sandbox.attach_args()
        # The run that is killed.
        out1 = os.path.join(workdir, "round-%02d-run1.out" % (index + 1))
        with open(out1, "wb") as out, open(out1[:-4] + ".err", "wb") as err:
            started = time.monotonic()
            first_run = sc.spawn(command, out, err, workdir)
            time.sleep(max(0.0, started + kill_after - time.monotonic()))
            killed = first_run.poll() is None
            if killed:
                first_run.send_signal(signal.SIGKILL)
            first_run.wait()
            line["killed_at_ms"] = round((time.monotonic() - started) * 1000, 1) if killed else None
        line["killed"] = killed
        if not killed:
            line["first_run"] = sc.exit_description(first_run.returncode)
            sc.note("round %d: herald-bench finished before the kill (after %.0f ms)"
                    % (index + 1, kill_after * 1000))
        line["at_kill"] = journal_at_kill(db)
        try:
            line["sandbox_at_kill"] = sandbox.stats().get("accepted_total")
        except Exception as e:
            line["sandbox_at_kill"] = "unreadable: %s" % e

        # The run that resumes the campaign and finishes it.
        out2 = os.path.join(workdir, "round-%02d-run2.out" % (index + 1))
        violations = []
        with open(out2, "wb") as out, open(out2[:-4] + ".err", "wb") as err:
            second = sc.spawn(command, out, err, workdir)
            try:
                second.wait(timeout=max(60.0, 10 * expected))
            except subprocess.TimeoutExpired:
                second.kill()
                second.wait()
                violations.append({"check": "resume_finishes", "count": 1,
                                   "why": "herald-bench did not finish within %.0f s" % max(60.0, 10 * expected)})
        resumed = sc.last_json_line(out2) or {}
        line["resume"] = {k: resumed.get(k) for k in ("resumed", "interrupted_at_start", "sent_this_run", "seconds",
                                                      "msg_per_s", "error") if k in resumed}
        line["resume"]["exit"] = sc.exit_description(second.returncode)
        if second.returncode != 0 or "error" in resumed or not resumed:
            violations.append({"check": "resume_exits_0", "count": 1, "exit": sc.exit_description(second.returncode),
                               "error": resumed.get("error"), "stderr": out2[:-4] + ".err"})
        window = resumed.get("in_flight_window")
        window = int(window) if isinstance(window, (int, float)) else WINDOW_GUESS
        line["in_flight_window"] = window

        rows, _, found = sc.judge_round(line, sandbox, db, first, args.count, window)
        if line["unknown"]:
            line["unknown_reasons"] = sc.reasons(rows, ("unknown",))
        violations += found
    finally:
        sandbox.stop()
    line["violations"] = violations
    line["ok"] = not violations
    return line


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000, help="messages per campaign (default 2000)")
    parser.add_argument("--rounds", type=int, default=10, help="kill-and-resume rounds (default 10)")
    parser.add_argument("--latency-ms", type=int, default=50, help="the sandbox's latency (default 50)")
    parser.add_argument("--rate", type=int, default=200,
                        help="the sandbox's rate limit and the engine's pace, msg/s; 0 = none (default 200)")
    parser.add_argument("--jitter-ms", type=int, default=0, help="the sandbox's jitter (default 0)")
    parser.add_argument("--timeout-ms", type=int, default=10000, help="the engine's request timeout (default 10000)")
    parser.add_argument("--early-rounds", type=int, default=1,
                        help="rounds killed within the first 200 ms (default 1: the first)")
    parser.add_argument("--seed", type=int, default=None, help="seed for the kill moments (default: random)")
    parser.add_argument("--bench", default=sc.default_bench(), help="herald-bench (default build/bin/herald-bench)")
    parser.add_argument("--sandbox", default=None, help="herald-sandbox (default: next to herald-bench)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory also when all is well")
    args = parser.parse_args()
    if args.count < 1 or args.rounds < 1 or args.latency_ms < 0 or args.rate < 0 or args.early_rounds < 0:
        parser.error("--count and --rounds take a whole number from 1; --latency-ms, --rate, --early-rounds from 0")
    if args.seed is None:
        args.seed = int.from_bytes(os.urandom(4), "little")
    args.sandbox = args.sandbox or sc.sandbox_next_to(args.bench)
    for program in (args.bench, args.sandbox):
        if not os.access(program, os.X_OK):
            sc.note("kill-test: no %s (build the herald-bench and herald-sandbox targets)" % program)
            return 2
    sc.note("kill-test: %d rounds of %d messages (latency %d ms, rate %d/s), seed %d"
            % (args.rounds, args.count, args.latency_ms, args.rate, args.seed))

    rng = random.Random(args.seed)
    workdir = tempfile.mkdtemp(prefix="herald-kill-test-")
    lines = []
    started = time.monotonic()
    try:
        for index in range(args.rounds):
            try:
                line = run_round(args, index, rng, workdir)
            except Exception as e:  # the sandbox did not start, its stats did not come …
                line = {"scenario": "kill_test", "round": index + 1, "seed": args.seed, "ok": False,
                        "violations": [{"check": "round_runs", "count": 1, "error": "%s: %s" % (type(e).__name__, e)}]}
            sc.print_line(line)
            lines.append(line)
    finally:
        failed = [l for l in lines if not l.get("ok")]
        summary = {
            "scenario": "kill_test", "summary": True, "seed": args.seed, "rounds": len(lines), "count": args.count,
            "latency_ms": args.latency_ms, "rate": args.rate,
            "killed": sum(1 for l in lines if l.get("killed")),
            "killed_early": sum(1 for l in lines if l.get("killed") and l.get("early")),
            "kill_phases": {},
            "unknown_max": max((l.get("unknown", 0) for l in lines), default=0),
            "unknown_total": sum(l.get("unknown", 0) for l in lines),
            "unknown_accepted_by_sandbox": sum(l.get("unknown_accepted_by_sandbox", 0) for l in lines),
            "duplicates": sum(l.get("duplicates", 0) for l in lines),
            "lost": sum(l.get("lost", 0) for l in lines),
            "in_flight_window": max((l.get("in_flight_window", 0) for l in lines), default=None),
            "violations": sum(len(l.get("violations", [])) for l in lines),
            "failed_rounds": [l.get("round") for l in failed],
            "seconds": round(time.monotonic() - started, 1),
            "ok": not failed and len(lines) == args.rounds,
        }
        for l in lines:
            phase = l.get("at_kill", {}).get("phase") if l.get("killed") else "not_killed"
            if phase:
                summary["kill_phases"][phase] = summary["kill_phases"].get(phase, 0) + 1
        if failed or args.keep:
            summary["workdir"] = workdir
            sc.note("kill-test: the databases and logs are in %s" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
        sc.print_line(summary)
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
