#!/usr/bin/env python3
"""The fault soak: Herald's campaign engine (herald-bench send) sends a campaign to a herald-sandbox that
injects faults (server errors, hung requests, dropped connections, malformed JSON: --fault-rate) and
rate-limits below the engine's pace (429 bursts), once per size in --counts, each with a fresh sandbox
and database. Checks, per run:

  - herald-bench exits 0 (no crash, no signal, no error in its line);
  - no message is left queued or sending; the campaign is finished; every message of the list is there;
  - every unknown or failed message has a reason (a non-empty error_text in the journal);
  - no duplicates and nothing lost (as in the kill test: the journal against the sandbox's per_recipient);
    a failed message was not accepted;
  - peak_rss_mb (herald-bench's VmHWM) stays below --max-rss-mb;
  and across sizes: the largest run's peak RSS is at most --max-growth times the smallest's (a campaign
  twice as long must not take twice the memory).

The faults are the issue's mix, 5 % server errors, 2 % hung requests and 1 % malformed JSON, plus 1 %
dropped connections (which once showed Qt sending a POST twice): --faults, passed to herald-sandbox's
--faults. --fault-rate F instead splits F evenly over the four kinds. Extra sandbox options go through
--sandbox-arg.

One JSON line per run, then a summary; notes on stderr. Exits 1 on any violation (keeping the work
directory), 2 on bad usage.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sendcheck as sc  # noqa: E402


def vm_rss_mb(pid):
    """The resident memory of @p pid now, in MB (None when it is gone)."""
    try:
        with open("/proc/%d/status" % pid) as status:
            for row in status:
                if row.startswith("VmRSS:"):
                    return round(int(row.split()[1]) / 1024.0, 1)
    except (OSError, ValueError, IndexError):
        pass
    return None


def run_one(args, index, count, workdir):
    first = sc.first_number_for(index, count)
    db = os.path.join(workdir, "soak-%d.sqlite" % count)
    line = {"scenario": "fault_soak", "count": count, "latency_ms": args.latency_ms, "rate": args.rate,
            "sandbox_rate_limit": args.sandbox_rate, "fault_rate": args.fault_rate, "faults": args.faults, "seed": args.seed,
            "timeout_ms": args.timeout_ms, "first_number": first}
    if args.sandbox_arg:
        line["sandbox_args"] = args.sandbox_arg
    faults = ["--fault-rate", str(args.fault_rate)] if args.fault_rate is not None else ["--faults", args.faults]
    sandbox_args = ["--latency-ms", str(args.latency_ms), "--rate-limit", str(args.sandbox_rate)] + faults + [
        "--seed", str(args.seed)] + args.sandbox_arg
    sandbox = sc.Sandbox(args.sandbox, sandbox_args, workdir, "soak-%d-sandbox" % count)
    violations = []
    try:
        command = [args.bench, "send", "--count", str(count), "--latency-ms", str(args.latency_ms), "--rate",
                   str(args.rate), "--timeout-ms", str(args.timeout_ms), "--first-number", first, "--db", db,
                   "--no-peer"] + sandbox.attach_args()
        out_path = os.path.join(workdir, "soak-%d.out" % count)
        limit = args.time_limit or max(120.0, count / max(1, min(args.sandbox_rate or 10 ** 6, args.rate or 10 ** 6))
                                       * 4 + 30)
        started = time.monotonic()
        with open(out_path, "wb") as out, open(out_path[:-4] + ".err", "wb") as err:
            bench = sc.spawn(command, out, err, workdir)
            samples = []  # herald-bench's VmRSS in MB, every 100 ms while it runs
            while bench.poll() is None and time.monotonic() - started < limit:
                rss = vm_rss_mb(bench.pid)
                if rss is not None:
                    samples.append(rss)
                time.sleep(0.1)
            try:
                bench.wait(timeout=max(0.0, limit - (time.monotonic() - started)))
            except subprocess.TimeoutExpired:
                bench.kill()
                bench.wait()
                violations.append({"check": "finishes", "count": 1,
                                   "why": "herald-bench did not finish within %.0f s" % limit})
        line["wall_seconds"] = round(time.monotonic() - started, 2)
        if samples:
            # While it sends (10 % to 90 % of the run: after the campaign is saved, before the final
            # stats are read) the engine's memory should stay flat, whatever the campaign's size.
            at = lambda share: samples[min(len(samples) - 1, int(share * len(samples)))]  # noqa: E731
            line["rss_mb"] = {"p10": at(0.1), "p50": at(0.5), "p90": at(0.9), "max": max(samples),
                              "samples": len(samples)}
        result = sc.last_json_line(out_path) or {}
        line["exit"] = sc.exit_description(bench.returncode)
        for key in ("sent", "failed", "unknown", "seconds", "msg_per_s", "in_flight_window", "peak_rss_mb", "error"):
            if key in result:
                line["bench_" + key if key in ("sent", "failed", "unknown") else key] = result[key]
        if bench.returncode != 0 or "error" in result or not result:
            violations.append({"check": "exits_0", "count": 1, "exit": line["exit"], "error": result.get("error"),
                               "stderr": out_path[:-4] + ".err"})
        rss = result.get("peak_rss_mb")
        if not isinstance(rss, (int, float)):
            violations.append({"check": "peak_rss_reported", "count": 1})
        elif rss > args.max_rss_mb:
            violations.append({"check": "peak_rss_below_bound", "count": 1, "peak_rss_mb": rss,
                               "bound_mb": args.max_rss_mb})

        rows, stats, found = sc.judge_round(line, sandbox, db, first, count)
        line["reasons"] = sc.reasons(rows)
        faults = stats.get("faults") or {}
        # Each fault is one message whose answer Herald cannot trust: it should end unknown.
        line["faults_total"] = sum(v for v in faults.values() if isinstance(v, int))
        violations += found
    finally:
        sandbox.stop()
    line["violations"] = violations
    line["ok"] = not violations
    return line


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counts", default="2000,4000",
                        help="campaign sizes, one run each, comma-separated (default 2000,4000)")
    parser.add_argument("--latency-ms", type=int, default=50, help="the sandbox's latency (default 50)")
    parser.add_argument("--rate", type=int, default=200, help="the engine's pace, msg/s (default 200)")
    parser.add_argument("--sandbox-rate", type=int, default=150,
                        help="the sandbox's rate limit, below the pace for 429 bursts (default 150; 0 = none)")
    parser.add_argument("--faults", default="server_error=0.05,hung=0.02,malformed=0.01,dropped=0.01",
                        help="the sandbox's share per fault kind (default: the issue's mix plus 1 %% dropped)")
    parser.add_argument("--fault-rate", type=float, default=None,
                        help="instead of --faults: a share of faulty requests, a quarter per kind")
    parser.add_argument("--seed", type=int, default=None, help="the sandbox's fault seed (default: random)")
    parser.add_argument("--timeout-ms", type=int, default=2000,
                        help="the engine's request timeout: a hung request ends after it (default 2000)")
    parser.add_argument("--max-rss-mb", type=float, default=200.0, help="bound on peak_rss_mb (default 200)")
    parser.add_argument("--max-growth", type=float, default=1.5,
                        help="bound on the largest run's peak RSS over the smallest's (default 1.5)")
    parser.add_argument("--time-limit", type=float, default=None, help="seconds a run may take (default: generous)")
    parser.add_argument("--sandbox-arg", action="append", default=[], metavar="ARG",
                        help="one more argument for herald-sandbox (repeatable)")
    parser.add_argument("--bench", default=sc.default_bench(), help="herald-bench (default build/bin/herald-bench)")
    parser.add_argument("--sandbox", default=None, help="herald-sandbox (default: next to herald-bench)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory also when all is well")
    args = parser.parse_args()
    try:
        counts = [int(c) for c in args.counts.split(",") if c.strip()]
    except ValueError:
        counts = []
    if not counts or min(counts) < 1 or not (args.fault_rate is None or 0 <= args.fault_rate <= 1) or args.timeout_ms < 1:
        parser.error("--counts takes whole numbers from 1, --fault-rate a share from 0 to 1, --timeout-ms from 1")
    if args.seed is None:
        args.seed = int.from_bytes(os.urandom(4), "little")
    args.sandbox = args.sandbox or sc.sandbox_next_to(args.bench)
    for program in (args.bench, args.sandbox):
        if not os.access(program, os.X_OK):
            sc.note("fault-soak: no %s (build the herald-bench and herald-sandbox targets)" % program)
            return 2
    faults = args.faults if args.fault_rate is None else "%.3g of all kinds" % args.fault_rate
    sc.note("fault-soak: %s messages, faults %s (seed %d), sandbox limit %d/s under a pace of %d/s, timeout %d ms"
            % (",".join(map(str, counts)), faults, args.seed, args.sandbox_rate, args.rate, args.timeout_ms))

    workdir = tempfile.mkdtemp(prefix="herald-fault-soak-")
    lines = []
    started = time.monotonic()
    try:
        for index, count in enumerate(counts):
            try:
                line = run_one(args, index, count, workdir)
            except Exception as e:
                line = {"scenario": "fault_soak", "count": count, "seed": args.seed, "ok": False,
                        "violations": [{"check": "run_runs", "count": 1, "error": "%s: %s" % (type(e).__name__, e)}]}
            sc.print_line(line)
            lines.append(line)
    finally:
        rss = {str(l["count"]): l.get("peak_rss_mb") for l in lines}
        summary = {"scenario": "fault_soak", "summary": True, "seed": args.seed, "fault_rate": args.fault_rate,
                   "counts": counts, "peak_rss_mb": rss,
                   "rss_mb_p10_p90": {str(l["count"]): [l["rss_mb"]["p10"], l["rss_mb"]["p90"]] for l in lines
                                      if "rss_mb" in l},
                   "unknown": {str(l["count"]): l.get("unknown") for l in lines},
                   "failed": {str(l["count"]): l.get("failed") for l in lines},
                   "duplicates": sum(l.get("duplicates", 0) for l in lines),
                   "lost": sum(l.get("lost", 0) for l in lines),
                   "violations": sum(len(l.get("violations", [])) for l in lines),
                   "seconds": round(time.monotonic() - started, 1)}
        ok = all(l.get("ok") for l in lines) and len(lines) == len(counts)
        measured = [l for l in lines if isinstance(l.get("peak_rss_mb"), (int, float))]
        if len(measured) >= 2:
            small = min(measured, key=lambda l: l["count"])
            large = max(measured, key=lambda l: l["count"])
            if large["count"] > small["count"]:
                growth = large["peak_rss_mb"] / small["peak_rss_mb"]
                summary["rss_growth"] = round(growth, 3)
                summary["count_growth"] = round(large["count"] / small["count"], 3)
                summary["rss_mb_per_1000_more"] = round(
                    (large["peak_rss_mb"] - small["peak_rss_mb"]) * 1000 / (large["count"] - small["count"]), 2)
                if growth > args.max_growth:
                    summary["growth_violation"] = "peak RSS grew %.2fx from %d to %d messages (bound %.2fx)" % (
                        growth, small["count"], large["count"], args.max_growth)
                    summary["violations"] += 1
                    ok = False
        summary["ok"] = ok
        if not ok or args.keep:
            summary["workdir"] = workdir
            sc.note("fault-soak: the databases and logs are in %s" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
        sc.print_line(summary)
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
