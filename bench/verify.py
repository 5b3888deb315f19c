#!/usr/bin/env python3
"""End-to-end verification benchmark (run by bench/verify.sh; python3 standard library only).

  verify.py --bin BIN --root ROOT --postgres-url URL [--sessions 30] [--jobs 20] [--workers 1,2]
            [--gallery 10000,100000,1000000] [--command "..."] [--out bench/results/verify.md]

1. Latency: `openkyc serve --role all` on SQLite in a fresh data directory; N sessions, each with
   its own telegram_id, get the ID front and back, the selfie and the liveness burst (not timed),
   then `POST /verify/{id}` (synchronous) is timed end to end, one at a time. The first two
   verifications are warm-up (model loading) and are not counted.
2. Throughput: `openkyc serve --role api` on PostgreSQL (a fresh database per run); M sessions
   are prepared and submitted with `?async=true`, then K `openkyc worker` processes start; the
   clock runs from their start until every session's status is decided.
3. 1:N face search: `openkyc gallery-bench --count N --searches 20`.
Run in the order 1, 3, 2. A service failure (an unexpected HTTP status, a hang, a process that
exits) stops the run; the summary then holds the parts measured before it and the failure's text.

Test data: .build/test-verification/index.json (people: a genuine liveness burst of
.build/test-liveness and ID cards with that person's portrait), names and birth dates from each
card's truth.json. The bursts were recorded for one challenge; the server draws its own at
random, so a burst usually fails the `challenge` signal (and, as bursts are reused across
sessions of one tenant, `earlier_session_replay`): the verdict is stored either way and the
verification runs every check, then rejects on liveness. Timing is unaffected; the decision
counts show it.
"""
import argparse
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

DECIDED = {"approved", "rejected", "pending_review"}
LOGS = "bench/out/verify-logs"  # the servers' and workers' logs, kept after the run


class ServiceFailure(Exception):
    """The service answered 5xx, an unexpected status, or hung: stop and report it."""


# ---------------------------------------------------------------- HTTP ----

def request(method, url, key=None, body=None, content_type=None, timeout=600):
    """Returns (status, parsed JSON or text, seconds)."""
    headers = {}
    if key:
        headers["X-API-Key"] = key
    if content_type:
        headers["Content-Type"] = content_type
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            raw = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        raw = error.read()
        status = error.code
    except (urllib.error.URLError, socket.timeout, ConnectionError) as error:
        raise ServiceFailure(f"{method} {url}: no answer ({error!r}) after {time.perf_counter() - start:.1f} s")
    elapsed = time.perf_counter() - start
    try:
        parsed = json.loads(raw)
    except ValueError:
        parsed = raw.decode("utf-8", "replace")
    return status, parsed, elapsed


def expect(what, status, body, allowed=(200,)):
    if status not in allowed:
        raise ServiceFailure(f"{what}: HTTP {status}: {json.dumps(body) if not isinstance(body, str) else body[:2000]}")
    return body


def post_json(base, path, key, payload):
    return request("POST", base + path, key, json.dumps(payload).encode(), "application/json")


def multipart(fields, files):
    """fields: [(name, value)], files: [(name, filename, bytes)] -> (body, content type)."""
    boundary = "----openkyc-bench-" + uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                     + str(value).encode() + b"\r\n")
    for name, filename, data in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f"Content-Type: image/jpeg\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


# ------------------------------------------------------------ test data ----

def capitalized(text):
    return " ".join(word.capitalize() for word in text.split(" "))


def load_people(root):
    verification = os.path.join(root, ".build/test-verification")
    liveness = os.path.join(root, ".build/test-liveness")
    bursts = {b["name"]: b for b in json.load(open(os.path.join(liveness, "index.json")))}
    people = []
    for person in json.load(open(os.path.join(verification, "index.json")))["people"]:
        burst = bursts[person["burst"]]
        burst_dir = os.path.join(liveness, burst["name"])
        card = os.path.join(verification, person["documents"]["valid"])
        truth = json.load(open(os.path.join(card, "truth.json")))["fields"]
        read = lambda path: open(path, "rb").read()
        people.append({
            "name": burst["name"],
            "first_name": capitalized(truth["given_names"]),
            "last_name": capitalized(truth["surname"]),
            "date_of_birth": truth["date_of_birth"],
            "front": read(os.path.join(card, "front.jpg")),
            "back": read(os.path.join(card, "back.jpg")),
            "selfie": read(os.path.join(burst_dir, burst.get("selfie") or "selfie.jpg")),
            "frames": [(f, read(os.path.join(burst_dir, f))) for f in burst["frames"]],
            "timestamps": ",".join(f"{t:.1f}" for t in burst["timestamps"]),
            "recorded_challenge": burst["challenge"],
        })
    if not people:
        raise SystemExit("no people in .build/test-verification/index.json (run scripts/test once)")
    return people


def prepare_session(base, key, person, telegram_id, extra=None):
    """Creates a session (with `extra` fields) and uploads everything; returns (session id, liveness upload JSON)."""
    status, body, _ = post_json(base, "/session/create", key, dict({
        "telegram_id": telegram_id, "first_name": person["first_name"], "last_name": person["last_name"],
        "date_of_birth": person["date_of_birth"], "country_code": "ZA", "document_type": "national_id"}, **(extra or {})))
    session = expect("POST /session/create", status, body)["session_id"]
    for kind in ("id_front", "id_back", "selfie"):
        data = person[{"id_front": "front", "id_back": "back", "selfie": "selfie"}[kind]]
        payload, content_type = multipart([("session_id", session)], [("file", kind + ".jpg", data)])
        status, body, _ = request("POST", f"{base}/upload/{kind}", key, payload, content_type)
        expect(f"POST /upload/{kind}", status, body)
    status, body, _ = request("POST", f"{base}/session/{session}/liveness/challenge", key, b"")
    challenge = expect("POST /session/{id}/liveness/challenge", status, body).get("challenge")
    payload, content_type = multipart([("session_id", session), ("timestamps", person["timestamps"])],
                                      [("file", name, data) for name, data in person["frames"]])
    status, body, _ = request("POST", f"{base}/upload/liveness", key, payload, content_type)
    burst = expect("POST /upload/liveness", status, body)
    burst["issued_challenge"] = challenge
    return session, burst


# ------------------------------------------------------------ processes ----

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Processes:
    """Child processes of this benchmark, stopped by their own pid."""

    def __init__(self):
        self.children = []

    def start(self, args, env, log_path):
        log = open(log_path, "wb")
        process = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
        process.log_path = log_path
        self.children.append(process)
        return process

    def stop(self, process):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process in self.children:
            self.children.remove(process)

    def stop_all(self):
        for process in list(self.children):
            self.stop(process)


def log_tail(path, lines=25):
    try:
        with open(path, "rb") as f:
            return "\n".join(f.read().decode("utf-8", "replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def base_env(data_dir, database_url, models):
    env = dict(os.environ)
    env.update({
        "OPENKYC_DATA_DIR": data_dir, "DATABASE_URL": database_url, "OPENKYC_MODELS_DIR": models,
        "OPENKYC_RATE_LIMIT_PER_KEY": "1000000", "OPENKYC_RATE_LIMIT_PER_IP": "1000000",
        "OMP_THREAD_LIMIT": "1", "OPENBLAS_NUM_THREADS": "1", "OPENKYC_HOST": "127.0.0.1",
    })
    return env


def setup_tenant(binary, env):
    subprocess.run([binary, "migrate", "--yes"], env=env, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run([binary, "tenants", "create", "--name", "Verify bench"], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)["api_key"]


def start_server(procs, binary, env, role, work):
    port = free_port()
    server_env = dict(env, PORT=str(port))
    server = procs.start([binary, "serve", "--port", str(port), "--role", role], server_env,
                         os.path.join(LOGS, f"{os.path.basename(work)}-server-{role}.log"))
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        if server.poll() is not None:
            raise ServiceFailure(f"openkyc serve exited with {server.returncode}:\n{log_tail(server.log_path)}")
        try:
            with urllib.request.urlopen(base + "/livez", timeout=2):
                return server, base
        except (urllib.error.URLError, ConnectionError, socket.timeout):
            time.sleep(0.1)
    raise ServiceFailure(f"openkyc serve did not answer /livez within 30 s:\n{log_tail(server.log_path)}")


def spread(values):
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered) + 0.5) - 1))]  # nearest rank
    return {"p50": statistics.median(ordered), "p95": p95, "max": ordered[-1], "min": ordered[0],
            "mean": statistics.fmean(ordered)}


def tally(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# --------------------------------------------------------------- part 1 ----

def bench_latency(args, people, procs):
    work = tempfile.mkdtemp(prefix="openkyc-verify-lat.")
    try:
        env = base_env(work, f"sqlite://{work}/openkyc.sqlite", args.models)
        # Long enough that a synchronous verify always answers with the decision (default 20 s).
        env["OPENKYC_VERIFY_WAIT_SECONDS"] = "300"
        key = setup_tenant(args.bin, env)
        server, base = start_server(procs, args.bin, env, "all", work)
        total = args.sessions + args.warmup
        tag = uuid.uuid4().hex[:8]
        print(f"latency: preparing {total} sessions (SQLite, --role all)", file=sys.stderr)
        sessions = []
        for i in range(total):
            person = people[i % len(people)]
            session, burst = prepare_session(base, key, person, f"lat-{tag}-{i}")
            sessions.append((session, person, burst))
        rows = []
        for i, (session, person, burst) in enumerate(sessions):
            status, body, seconds = request("POST", f"{base}/verify/{session}", key, b"")
            if status == 202:
                raise ServiceFailure(f"POST /verify/{session} answered 202 after {seconds:.1f} s "
                                     f"with OPENKYC_VERIFY_WAIT_SECONDS=300: {json.dumps(body)}")
            expect(f"POST /verify/{session}", status, body)
            rows.append({
                "warmup": i < args.warmup, "seconds": seconds, "person": person["name"],
                "status": body.get("status"), "face_match": body.get("face_match"),
                "face_score": body.get("face_score"), "liveness_passed": body.get("liveness_passed"),
                "document_valid": body.get("document_valid"), "fraud_risk_level": body.get("fraud_risk_level"),
                "reasons": [r.get("code") for r in body.get("reasons") or []],
                "burst_liveness_passed": burst.get("liveness_passed"),
                "burst_failed": (burst.get("liveness") or {}).get("failed"),
                "issued_challenge": burst.get("issued_challenge"),
            })
            print(f"  verify {i + 1}/{total}: {seconds * 1000:.0f} ms {body.get('status')}"
                  f"{' (warm-up)' if i < args.warmup else ''}", file=sys.stderr)
        procs.stop(server)
        counted = [r for r in rows if not r["warmup"]]
        return {
            "sessions": len(counted), "warmup": [r["seconds"] for r in rows if r["warmup"]],
            "ms": {k: v * 1000 for k, v in spread([r["seconds"] for r in counted]).items()},
            "statuses": tally(r["status"] for r in counted),
            "face_match": tally(str(r["face_match"]) for r in counted),
            "face_scores": [r["face_score"] for r in counted if r["face_score"] is not None],
            "document_valid": tally(str(r["document_valid"]) for r in counted),
            "liveness_passed": tally(str(r["liveness_passed"]) for r in counted),
            "fraud_risk_level": tally(str(r["fraud_risk_level"]) for r in counted),
            "reasons": tally(code for r in counted for code in r["reasons"]),
            "burst_failed_signals": tally(s for r in counted for s in (r["burst_failed"] or [])),
            "rows": rows,
        }
    finally:
        procs.stop_all()
        shutil.rmtree(work, ignore_errors=True)


# --------------------------------------------------------------- part 2 ----

def psql(admin_url, sql):
    subprocess.run(["psql", admin_url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], check=True,
                   stdout=subprocess.DEVNULL)


def database_url(admin_url, name):
    head, _, query = admin_url.partition("?")
    head = head.rsplit("/", 1)[0] + "/" + name
    return head + ("?" + query if query else "")


def bench_throughput(args, people, procs, workers):
    work = tempfile.mkdtemp(prefix=f"openkyc-verify-k{workers}.")
    name = f"openkyc_verify_k{workers}_{uuid.uuid4().hex[:6]}"
    psql(args.postgres_url, f"CREATE DATABASE {name}")
    try:
        env = base_env(work, database_url(args.postgres_url, name), args.models)
        # Several processes: documents in the shared database, one encryption key for all.
        env["OPENKYC_STORAGE"] = "database"
        env["OPENKYC_ENCRYPTION_KEY"] = __import__("base64").b64encode(os.urandom(32)).decode()
        key = setup_tenant(args.bin, env)
        server, base = start_server(procs, args.bin, env, "api", work)
        tag = uuid.uuid4().hex[:8]
        print(f"throughput K={workers}: preparing {args.jobs} sessions (PostgreSQL, --role api)", file=sys.stderr)
        sessions = []
        for i in range(args.jobs):
            session, _ = prepare_session(base, key, people[i % len(people)], f"thr{workers}-{tag}-{i}")
            sessions.append(session)
        for session in sessions:
            status, body, _ = request("POST", f"{base}/verify/{session}?async=true", key, b"")
            expect(f"POST /verify/{session}?async=true", status, body, allowed=(202,))
        # Nothing runs the jobs yet (role api): confirm they wait.
        time.sleep(1.0)
        waiting = [request("GET", f"{base}/session/{s}/status", key)[1].get("status") for s in sessions]
        if any(s in DECIDED for s in waiting):
            raise ServiceFailure(f"sessions were decided with no worker running (role api): {tally(waiting)}")
        start = time.perf_counter()
        started = [procs.start([args.bin, "worker"], env, os.path.join(LOGS, f"{os.path.basename(work)}-worker-{n}.log"))
                   for n in range(workers)]
        decided_at = {}
        statuses = {}
        deadline = start + args.throughput_timeout
        while len(decided_at) < len(sessions):
            for worker in started:
                if worker.poll() is not None:
                    raise ServiceFailure(f"openkyc worker exited with {worker.returncode}:\n{log_tail(worker.log_path)}")
            if time.perf_counter() > deadline:
                raise ServiceFailure(f"only {len(decided_at)}/{len(sessions)} sessions decided after "
                                     f"{args.throughput_timeout} s; statuses {tally(statuses.values())}\n"
                                     + "\n".join(f"--- worker {n}:\n{log_tail(w.log_path)}" for n, w in enumerate(started)))
            for session in sessions:
                if session in decided_at:
                    continue
                status, body, _ = request("GET", f"{base}/session/{session}/status", key)
                expect("GET /session/{id}/status", status, body)
                statuses[session] = body.get("status")
                if body.get("status") in DECIDED:
                    decided_at[session] = time.perf_counter() - start
            time.sleep(0.2)
        elapsed = max(decided_at.values())
        times = sorted(decided_at.values())
        for worker in started:
            procs.stop(worker)
        procs.stop(server)
        # After the first K decisions every worker has loaded its models: the rate from there on.
        steady = (len(times) - workers) / (times[-1] - times[workers - 1]) * 60 if len(times) > workers else None
        return {
            "workers": workers, "sessions": len(sessions), "seconds": elapsed,
            "per_minute": len(sessions) / elapsed * 60, "first_decision_s": times[0],
            "kth_decision_s": times[workers - 1], "steady_per_minute": steady,
            "statuses": tally(statuses.values()),
        }
    finally:
        procs.stop_all()  # nothing may hold the database when it is dropped
        try:
            psql(args.postgres_url, f"DROP DATABASE IF EXISTS {name}")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(work, ignore_errors=True)


# --------------------------------------------------------------- part 3 ----

def bench_gallery(args, count):
    print(f"gallery-bench --count {count}", file=sys.stderr)
    start = time.perf_counter()
    out = subprocess.run([args.bin, "gallery-bench", "--count", str(count), "--searches", "20"],
                         capture_output=True, text=True)
    wall = time.perf_counter() - start
    if out.returncode != 0:
        raise ServiceFailure(f"gallery-bench --count {count} exited {out.returncode}: {out.stderr.strip()[-2000:]}")
    report = json.loads(out.stdout)
    report["wall_s"] = wall
    return report


# --------------------------------------------------------------- report ----

def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1048576:.1f} GiB"
    plain = {k: v for k, v in os.environ.items() if not k.startswith("OMP_")}
    nproc = subprocess.run(["nproc"], capture_output=True, text=True, env=plain).stdout.strip()
    os_name = platform.platform()
    try:
        for line in open("/etc/os-release"):
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True)
    swift_version = (swift.stdout or swift.stderr).strip().splitlines()[0] if swift.returncode == 0 else "?"
    pg = subprocess.run(["psql", "--version"], capture_output=True, text=True).stdout.strip()
    return {"nproc": nproc, "cpu": model, "memory": mem, "os": os_name, "swift": swift_version, "psql": pg}


def markdown(args, facts, latency, throughput, gallery, seconds, people, failure=None):
    lines = [f"Command: `{args.command}`", ""]
    if failure:
        lines += ["**The run stopped on a service failure** (details at the end); the parts measured before it follow.", ""]
    lines.append(f"Machine: {facts['nproc']} cores (`nproc`), {facts['cpu']}, {facts['memory']} RAM, {facts['os']}, "
                 f"{facts['swift']}; release build `.build-release/release/openkyc`; "
                 f"{time.strftime('%Y-%m-%d', time.gmtime())}; whole run {seconds / 60:.1f} min.")
    lines.append("")
    lines.append(f"Inputs: {len(people)} people of `.build/test-verification` ("
                 + ", ".join(p['name'] for p in people)
                 + "), used in turn: their valid ZA ID card (front + back, names and birth date from truth.json), "
                 "their selfie and their genuine liveness burst "
                 f"({', '.join(str(len(p['frames'])) for p in people)} frames, recorded for "
                 + "; ".join(",".join(p['recorded_challenge']) for p in people) + ").")
    lines.append("")
    if latency:
        ms = latency["ms"]
        lines += [
            "### 1. POST /verify latency (synchronous)",
            "",
            f"`openkyc serve --role all` (1 worker loop), SQLite in a fresh data directory, one request at a time; "
            f"{latency['sessions']} verifications timed after {len(latency['warmup'])} warm-up "
            f"verification{'s' if len(latency['warmup']) != 1 else ''} "
            f"({', '.join(f'{w:.1f} s' for w in latency['warmup'])}: the document reader's models load there). "
            "Time = urllib request start to full response, the server's 50 ms poll of the job included; "
            "uploads (the liveness burst is judged at upload) not included. "
            "`OPENKYC_VERIFY_WAIT_SECONDS=300` so every call answers 200 with the decision.",
            "",
            "| verifications | p50 | p95 | max | min | mean |",
            "|---:|---:|---:|---:|---:|---:|",
            f"| {latency['sessions']} | {ms['p50']:.0f} ms | {ms['p95']:.0f} ms | {ms['max']:.0f} ms | "
            f"{ms['min']:.0f} ms | {ms['mean']:.0f} ms |",
            "",
            f"- Decisions: {fmt(latency['statuses'])}; face_match {fmt(latency['face_match'])}"
            + (f" (face_score {min(latency['face_scores']):.3f}–{max(latency['face_scores']):.3f})" if latency['face_scores'] else "")
            + f"; document_valid {fmt(latency['document_valid'])}; liveness_passed {fmt(latency['liveness_passed'])}; "
            f"fraud_risk_level {fmt(latency['fraud_risk_level'])}.",
            f"- Reason codes: {fmt(latency['reasons'])}.",
            f"- Liveness signals failed at upload: {fmt(latency['burst_failed_signals']) or 'none'}. The bursts are "
            "pre-recorded for one challenge and the server draws its own at random, so `challenge` fails unless "
            "the draw happens to match; reusing each burst in several sessions of one tenant also trips "
            "`earlier_session_replay`, and reusing each person trips the duplicate-face/document fraud checks. "
            "The pipeline runs every check whatever the liveness verdict, so the timing is that of a full verification.",
            "",
        ]
    if throughput:
        lines += [
            "### 2. Throughput with K worker processes (PostgreSQL)",
            "",
            f"PostgreSQL ({facts['psql']}, default durability) started by `scripts/postgres.sh`; a fresh database per K; "
            "`openkyc serve --role api` (no workers) with `OPENKYC_STORAGE=database` and one shared "
            f"`OPENKYC_ENCRYPTION_KEY`; {args.jobs} sessions prepared and submitted with `POST /verify/{{id}}?async=true`, "
            "then K `openkyc worker` processes (1 loop each) start. Time = worker start until every session's "
            "`GET /session/{id}/status` is approved/rejected/pending_review (polled every 0.2 s), "
            "**including each worker's start and model loading**; the steady rate leaves that out "
            "(decisions after the K-th / time from the K-th decision to the last).",
            "",
            "| K workers | sessions | wall | verifications/min (incl. start) | first decision at | steady verifications/min | decisions |",
            "|---:|---:|---:|---:|---:|---:|---|",
        ]
        for row in throughput:
            steady = f"{row['steady_per_minute']:.1f}" if row["steady_per_minute"] else "–"
            lines.append(f"| {row['workers']} | {row['sessions']} | {row['seconds']:.1f} s | {row['per_minute']:.1f} | "
                         f"{row['first_decision_s']:.1f} s | {steady} | {fmt(row['statuses'])} |")
        if len(throughput) >= 2:
            lines.append("")
            lines.append(f"K=2 vs K=1: {throughput[1]['per_minute'] / throughput[0]['per_minute']:.2f}× including start, "
                         + (f"{throughput[1]['steady_per_minute'] / throughput[0]['steady_per_minute']:.2f}× steady"
                            if throughput[0]['steady_per_minute'] and throughput[1]['steady_per_minute'] else "")
                         + f" ({facts['nproc']} cores; the API server and the status polling share them).")
        lines.append("")
    if gallery:
        lines += [
            "### 3. 1:N duplicate-face search (`openkyc gallery-bench --count N --searches 20`)",
            "",
            "Random unit 128-D descriptors, radius 0.30, one thread; memory = resident growth while filling the gallery.",
            "",
            "| faces | search median | search max | memory | hits | process wall (incl. filling) |",
            "|---:|---:|---:|---:|---:|---:|",
        ]
        for row in gallery:
            lines.append(f"| {int(row['faces']):,} | {row['search_ms_median']:.2f} ms | {row['search_ms_max']:.2f} ms | "
                         f"{row['memory_mib']:.0f} MiB | {int(row['hits'])} | {row['wall_s']:.1f} s |")
        lines.append("")
    if failure:
        lines += ["### Failure", "", "```", failure.strip(), "```", "",
                  "Every server and worker log of the run: `bench/out/verify-logs/`.", ""]
    return "\n".join(lines)


def fmt(counts):
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--models", default=None)
    parser.add_argument("--postgres-url", default=None)
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=20)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--gallery", default="10000,100000,1000000")
    parser.add_argument("--parts", default="latency,throughput,gallery")
    parser.add_argument("--throughput-timeout", type=float, default=1800)
    parser.add_argument("--command", default="bench/verify.sh")
    parser.add_argument("--out", default=None)
    parser.add_argument("--json", default=None)
    args = parser.parse_args()
    args.bin = os.path.abspath(args.bin)
    args.models = os.path.abspath(args.models or os.path.join(args.root, "models"))
    parts = set(args.parts.split(","))
    global LOGS
    LOGS = os.path.join(args.root, LOGS)
    shutil.rmtree(LOGS, ignore_errors=True)
    os.makedirs(LOGS)
    people = load_people(args.root)
    facts = machine()
    procs = Processes()
    began = time.perf_counter()
    latency, throughput, gallery = None, [], []
    failure = None
    if "throughput" in parts and not args.postgres_url:
        raise SystemExit("--postgres-url is needed for the throughput part")
    try:
        if "latency" in parts:
            latency = bench_latency(args, people, procs)
        if "gallery" in parts:
            for count in (int(x) for x in args.gallery.split(",") if x):
                gallery.append(bench_gallery(args, count))
        if "throughput" in parts:
            for k in (int(x) for x in args.workers.split(",") if x):
                throughput.append(bench_throughput(args, people, procs, k))
    except ServiceFailure as error:
        failure = str(error)
        print(f"SERVICE FAILURE: {failure}", file=sys.stderr)
    finally:
        procs.stop_all()
    seconds = time.perf_counter() - began
    text = markdown(args, facts, latency, throughput, gallery, seconds, people, failure)
    print(text)
    if args.out:
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
        with open(args.out, "w") as f:
            f.write(text + "\n")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"machine": facts, "latency": latency, "throughput": throughput, "gallery": gallery,
                       "seconds": seconds, "failure": failure}, f, indent=1)
    if failure:
        sys.exit(1)


if __name__ == "__main__":
    main()
