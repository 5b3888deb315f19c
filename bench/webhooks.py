#!/usr/bin/env python3
"""Webhook delivery benchmark (run by bench/webhooks.sh).

  webhooks.py --bin BIN --root ROOT --python TOOLS_PYTHON --postgres-url URL
              [--sessions 20] [--decisions 5000] [--command "..."] [--out bench/results/webhooks.md]

1. Decision-to-webhook latency: `openkyc serve --role all` on SQLite; N real verifications
   (sessions prepared as bench/verify.py does, with webhook_url pointing at the loopback
   receiver), POST /verify one at a time. Latency of an event = its arrival at the receiver
   (receiver clock) minus the moment the decision's transaction wrote it (`created_at` in the
   outbox, same machine clock). The first two verifications are warm-up and not counted.
2. Throughput and backlog: `openkyc webhook-bench` writes D approvals (2 events each) to the
   outbox with no dispatcher running, then starts one dispatcher (16 in flight) and times the
   drain until every event is delivered, on SQLite and on PostgreSQL. The receiver is
   Tests/webhooks/receiver.py (threaded, keep-alive, answers 200 at once) in its own process.
"""
import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import shutil
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verify import (LOGS, Processes, ServiceFailure, base_env, expect, load_people, machine,  # noqa: E402
                    prepare_session, psql, database_url, request, setup_tenant, spread, start_server, tally)


def start_receiver(procs, python, root, name, keep_bodies=True):
    args = [python, os.path.join(root, "Tests/webhooks/receiver.py")] + ([] if keep_bodies else ["--no-bodies"])
    log = os.path.join(LOGS, f"receiver-{name}.log")
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=open(log, "wb"), text=True)
    procs.children.append(process)
    line = process.stdout.readline()
    if not line.startswith("PORT "):
        raise ServiceFailure(f"the receiver did not start: {line}")
    return process, int(line.split()[1])


def received(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_received", timeout=30) as response:
        return json.loads(response.read())


def bench_latency(args, people, procs):
    work = tempfile.mkdtemp(prefix="openkyc-webhook-lat.")
    try:
        env = base_env(work, f"sqlite://{work}/openkyc.sqlite", args.models)
        env.update({"OPENKYC_VERIFY_WAIT_SECONDS": "300", "OPENKYC_WEBHOOK_ALLOW_PRIVATE": "true"})
        _, port = start_receiver(procs, args.python, args.root, "latency")
        url = f"http://127.0.0.1:{port}/hook/200"
        key = setup_tenant(args.bin, env)
        server, base = start_server(procs, args.bin, env, "all", work)
        total = args.sessions + args.warmup
        tag = uuid.uuid4().hex[:8]
        sessions = []
        print(f"latency: preparing {total} sessions", file=sys.stderr)
        for i in range(total):
            session, _ = prepare_session(base, key, people[i % len(people)], f"wh-{tag}-{i}", {"webhook_url": url})
            sessions.append(session)
        statuses = []
        for i, session in enumerate(sessions):
            status, body, seconds = request("POST", f"{base}/verify/{session}", key, b"")
            expect(f"POST /verify/{session}", status, body)
            statuses.append(body.get("status"))
            print(f"  verify {i + 1}/{total}: {body.get('status')} in {seconds * 1000:.0f} ms", file=sys.stderr)
        db = sqlite3.connect(f"{work}/openkyc.sqlite")
        rows = db.execute("SELECT id, session_id, event, created_at FROM verification_events").fetchall()
        deadline = time.time() + 60
        while len(received(port)) < len(rows) and time.time() < deadline:
            time.sleep(0.2)
        procs.stop(server)
        arrivals = {}
        for record in received(port):
            arrivals.setdefault(record["headers"].get("x-kyc-id"), []).append(record["at"])
        counted = {s.upper() for s in sessions[args.warmup:]}
        latencies, missing, duplicates, events = [], 0, 0, {}
        for row_id, session_id, event, created_at in rows:
            public = "evt_" + row_id.lower().replace("-", "")
            got = arrivals.get(public, [])
            duplicates += max(0, len(got) - 1)
            if not got:
                missing += 1
            elif session_id.upper() in counted:
                latencies.append((min(got) - created_at) * 1000)
                events[event] = events.get(event, 0) + 1
        return {"sessions": args.sessions, "events": len(latencies), "ms": spread(latencies), "missing": missing,
                "duplicates": duplicates, "by_event": events, "statuses": statuses[args.warmup:]}
    finally:
        procs.stop_all()
        shutil.rmtree(work, ignore_errors=True)


def bench_backlog(args, procs, database):
    work = tempfile.mkdtemp(prefix="openkyc-webhook-backlog.")
    try:
        if database == "postgresql":
            name = "okyc_webhook_" + uuid.uuid4().hex[:10]
            psql(args.postgres_url, f"CREATE DATABASE {name}")
            db_url = database_url(args.postgres_url, name)
        else:
            db_url = f"sqlite://{work}/openkyc.sqlite"
        env = base_env(work, db_url, args.models)
        env["OPENKYC_WEBHOOK_ALLOW_PRIVATE"] = "true"
        receiver, port = start_receiver(procs, args.python, args.root, f"backlog-{database}", keep_bodies=False)
        print(f"backlog: {args.decisions * 2} events on {database}", file=sys.stderr)
        out = subprocess.run([args.bin, "webhook-bench", "--decisions", str(args.decisions),
                              "--url", f"http://127.0.0.1:{port}/hook/200"], env=env, capture_output=True, text=True)
        if out.returncode != 0:
            raise ServiceFailure(f"webhook-bench failed ({out.returncode}): {out.stderr[-2000:]}")
        report = json.loads(out.stdout)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_count", timeout=30) as response:
            report["received"] = json.loads(response.read())["count"]
        procs.stop(receiver)
        if database == "postgresql":
            psql(args.postgres_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        return report
    finally:
        procs.stop_all()
        shutil.rmtree(work, ignore_errors=True)


def markdown(args, facts, latency, backlogs, seconds):
    ms = latency["ms"]
    lines = [
        "# Webhook delivery benchmark", "",
        f"Command: `{args.command}` ({seconds / 60:.1f} min). Machine: {facts['nproc']} cores, {facts['cpu']}, "
        f"{facts['memory']} RAM, {facts['os']}, {facts['swift']}, {facts['psql']} (default durability); release build.", "",
        "## Decision to webhook (loopback, SQLite, `serve --role all`, release build)", "",
        f"{latency['events']} events of {latency['sessions']} real verifications (after {args.warmup} warm-up): "
        f"arrival at the receiver minus the outbox row's `created_at` (written in the decision's transaction).", "",
        "| p50 | p95 | max | min |", "|---|---|---|---|",
        f"| {ms['p50']:.1f} ms | {ms['p95']:.1f} ms | {ms['max']:.1f} ms | {ms['min']:.1f} ms |", "",
        f"Events: {latency['by_event']}; decisions: {tally(latency['statuses'])}; "
        f"not delivered: {latency['missing']}; delivered twice: {latency['duplicates']}.", "",
        "## Backlog drain and throughput (one dispatcher, 16 in flight, receiver answers 200 at once)", "",
        "| database | events | written in | drained in | events/s | received |", "|---|---|---|---|---|---|",
    ]
    for r in backlogs:
        lines.append(f"| {r['database']} | {r['events']} | {r['write_seconds']:.1f} s | {r['drain_seconds']:.1f} s | "
                     f"{r['events_per_second']:.0f} | {r['received']} |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--python", required=True)
    parser.add_argument("--postgres-url", required=True)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--decisions", type=int, default=5000)
    parser.add_argument("--command", default="bench/webhooks.sh")
    parser.add_argument("--out", default="bench/results/webhooks.md")
    parser.add_argument("--json", default="bench/out/webhooks.json")
    args = parser.parse_args()
    args.models = os.path.join(args.root, "models")
    os.makedirs(LOGS, exist_ok=True)
    started = time.time()
    procs = Processes()
    people = load_people(args.root)
    latency = bench_latency(args, people, procs)
    backlogs = [bench_backlog(args, procs, "sqlite"), bench_backlog(args, procs, "postgresql")]
    report = markdown(args, machine(), latency, backlogs, time.time() - started)
    open(args.out, "w").write(report)
    json.dump({"latency": latency, "backlogs": backlogs}, open(args.json, "w"), indent=1)
    print(report)


if __name__ == "__main__":
    main()
