#!/usr/bin/env python3
"""The Mini App's whole flow in a real browser (Debian's headless Chromium), as a user in
Telegram walks it.

Starts `openkyc serve --demo` on a free port with a fresh data directory and a webhook receiver
(Tests/webhooks/receiver.py); configures the demo tenant's Telegram bot with the CLI; creates a
session with the person's names and the receiver as webhook URL; then opens the Mini App with
Telegram launch data (tgWebAppData signed with the bot token, as Telegram does) at 390x844.
Each camera step runs in a fresh Chromium whose fake camera plays a y4m file made with ffmpeg
from that step's image: the generated ID card's front and back, the person's selfie, and the
person's recorded liveness burst. The app must resume at the server's current step every time.

Run 1 (genuine person) ends `approved`, with `verification.approved` delivered to the receiver.
Run 2 (another person's selfie and burst against the same documents) ends `rejected`.
Run 3 (initData signed with another bot's token) is refused by the server, and the app says so.
Screenshots of every step go to ARTIFACTS_DIR.

The recorded burst cannot perform the server's random challenge, so once the app has asked for
one, the test replaces it in the database with the burst's own challenge (the one step that
bypasses the product, as in the Swift liveness tests).

Usage: mini_app_flow.py OPENKYC_BINARY LIVENESS_SET VERIFICATION_SET ARTIFACTS_DIR
Needs chromium, ffmpeg, and the tools Python (websocket-client, standardwebhooks).
"""
import base64
import hashlib
import hmac
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Page, call, free_port, start_server  # noqa: E402

BOT_TOKEN = "7000001:AAFbrowserSuiteToken_0123456789abcdef"
TELEGRAM_ID = "424242001"


def init_data(user_id, token=BOT_TOKEN, language="en"):
    """Launch data as Telegram signs it (hash = HMAC of the sorted fields keyed by the bot)."""
    fields = {"auth_date": str(int(time.time())), "query_id": "AAHbrowser",
              "user": json.dumps({"id": int(user_id), "first_name": "Amara", "language_code": language}, separators=(",", ":"))}
    check_string = "\n".join(f"{k}={fields[k]}" for k in sorted(fields))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check_string.encode(), hashlib.sha256).hexdigest()
    return urllib.parse.urlencode(fields)


def y4m(shots, target, blend=False):
    """A y4m clip at 20 fps of (image, seconds) shots. With `blend`, consecutive shots cross-fade
    so that no two frames are the same picture, as with a real camera watching a moving person
    (the liveness check refuses repeated frames)."""
    listing = target + ".txt"
    with open(listing, "w") as handle:
        for image, seconds in shots + [shots[-1]]:
            handle.write(f"file '{os.path.abspath(image)}'\nduration {seconds}\n")
    filters = "scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p" + (",minterpolate=fps=20:mi_mode=blend" if blend else "")
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i", listing, "-vf", filters,
                    "-r", "20", target], check=True)
    return target


def burst_clip(frames, target):
    """The recorded burst paced to the app's capture: the app takes frame k at 0.8 s + k x 0.25 s
    after the camera starts, so frame k is shown from half an interval before to half after;
    then a neutral tail."""
    shots = [(frames[0], 0.925)] + [(f, 0.25) for f in frames[1:]]
    return y4m(shots + [(frames[0], 0.6), (frames[-1], 0.6), (frames[0], 0.6)], target, blend=True)


def text(page, element_id):
    return page.evaluate(f"(document.getElementById('{element_id}') || {{}}).textContent || ''")


class Browser:
    """One headless Chromium, its fake camera playing `video`, showing the app at 390x844."""

    def __init__(self, data, video=None):
        self.port = free_port()
        self.profile = tempfile.mkdtemp(prefix="chromium-", dir=data)
        args = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={self.port}",
                f"--user-data-dir={self.profile}", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--autoplay-policy=no-user-gesture-required"]
        if video:
            args.append(f"--use-file-for-fake-video-capture={video}")
        self.process = subprocess.Popen(args + ["about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.page = Page(self.port)
        self.page.send("Page.enable")
        self.page.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)

    def open(self, url):
        self.page.send("Page.navigate", url=url)

    def close(self):
        self.process.terminate()
        self.process.wait(10)


def main():
    binary, liveness_set, verification_set, artifacts = sys.argv[1:5]
    os.makedirs(artifacts, exist_ok=True)
    for old in os.listdir(artifacts):
        if old.endswith(".png"):
            os.remove(os.path.join(artifacts, old))
    failures = []

    def check(condition, what):
        print(("ok   " if condition else "FAIL ") + what, flush=True)
        if not condition:
            failures.append(what)

    people = json.load(open(os.path.join(verification_set, "index.json")))["people"]
    bursts = {b["name"]: b for b in json.load(open(os.path.join(liveness_set, "index.json")))}
    if len(people) < 2:
        raise SystemExit("the verification set needs two people")

    with tempfile.TemporaryDirectory() as data:
        server, key, base, env = start_server(binary, data, OPENKYC_WEBHOOK_ALLOW_PRIVATE="true")
        receiver = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "..", "webhooks", "receiver.py")],
                                    stdout=subprocess.PIPE, text=True)
        try:
            hook_port = int(next(line.split()[1] for line in receiver.stdout if line.startswith("PORT")))
            tenants = json.loads(subprocess.run([binary, "tenants", "list"], env=env, capture_output=True, text=True, check=True).stdout)
            tenant_id = (tenants[0] if isinstance(tenants, list) else tenants["tenants"][0])["tenant_id"]
            configured = subprocess.run([binary, "tenants", "telegram", "--tenant", tenant_id, "--bot-token", BOT_TOKEN],
                                        env=env, capture_output=True, text=True)
            check(configured.returncode == 0 and '"bot_token_set":true' in configured.stdout.replace(" ", ""),
                  f"the demo tenant's bot is configured ({configured.stdout.strip()[:120]})")

            def run(label, documents, selfie_person, expected, shots):
                truth = json.load(open(os.path.join(verification_set, documents, "truth.json")))
                fields = truth.get("fields", truth)
                names = {"first_name": fields.get("given_names", "Amara"), "last_name": fields.get("surname", "Okoye")}
                status, created = call("POST", f"{base}/session/create", key, json.dumps({
                    "telegram_id": TELEGRAM_ID, **names, "webhook_url": f"http://127.0.0.1:{hook_port}/hook/200",
                    "callback_url": "https://t.me/openkyc_demo_bot"}).encode())
                check(status == 200 and created.get("current_step") == "personal_info", f"{label}: session created at personal_info")
                session_id = created["session_id"]
                url = created["mini_app_url"] + "#tgWebAppData=" + urllib.parse.quote(init_data(TELEGRAM_ID)) + "&tgWebAppVersion=8.0"
                burst = bursts[selfie_person["burst"]]
                burst_dir = os.path.join(liveness_set, burst["name"])
                clips = {
                    "id_front": y4m([(os.path.join(verification_set, documents, "front.jpg"), 3)], os.path.join(data, "front.y4m")),
                    "id_back": y4m([(os.path.join(verification_set, documents, "back.jpg"), 3)], os.path.join(data, "back.y4m")),
                    "selfie": y4m([(os.path.join(burst_dir, burst["selfie"]), 3)], os.path.join(data, "selfie.y4m")),
                    "liveness": burst_clip([os.path.join(burst_dir, f) for f in burst["frames"]], os.path.join(data, "burst.y4m")),
                }

                def visible_step(page):
                    return page.evaluate("(document.querySelector('section[aria-current=step]') || {}).dataset?.step || ''")

                def wait_for(page, step, seconds=30):
                    for _ in range(int(seconds * 10)):
                        if visible_step(page) == step:
                            return True
                        time.sleep(0.1)
                    return False

                def shot(page, name):
                    image = page.send("Page.captureScreenshot", format="png").get("data")
                    if image and shots:
                        with open(os.path.join(artifacts, name + ".png"), "wb") as handle:
                            handle.write(base64.b64decode(image))

                # Personal details: prefilled from the session, confirmed by the user.
                browser = Browser(data)
                browser.open(url)
                check(wait_for(browser.page, "personal_info"), f"{label}: the app opens at personal_info")
                prefilled = browser.page.evaluate("document.querySelector('input[name=first_name]').value")
                check(prefilled == names["first_name"], f"{label}: the names are prefilled ({prefilled!r})")
                browser.page.evaluate(f"""(() => {{ const f = document.getElementById('personal');
                    f.elements.date_of_birth.value = {json.dumps(fields.get('date_of_birth', '1990-01-01'))};
                    f.elements.country_code.value = 'ZA'; f.elements.document_type.value = 'national_id'; }})()""")
                shot(browser.page, "1-personal_info")
                browser.page.evaluate("document.querySelector('#personal [data-action=next]').click()")
                check(wait_for(browser.page, "id_front"), f"{label}: personal details accepted, on to id_front")
                browser.close()

                # Each camera step in a fresh browser with its own camera: the app resumes there.
                for index, step in enumerate(["id_front", "id_back", "selfie"], start=2):
                    browser = Browser(data, clips[step])
                    browser.open(url)
                    check(wait_for(browser.page, step), f"{label}: resumed at {step}")
                    time.sleep(2.5)  # the camera starts; documents may be taken automatically when sharp
                    shot(browser.page, f"{index}-{step}")
                    if visible_step(browser.page) == step:
                        browser.page.evaluate(f"document.querySelector('section[data-step={step}] [data-action=capture]').click()")
                    following = {"id_front": "id_back", "id_back": "selfie", "selfie": "liveness"}[step]
                    moved = wait_for(browser.page, following, 40)
                    check(moved, f"{label}: {step} captured, uploaded and accepted" + ("" if moved else f" (notice: {text(browser.page, 'notice')!r})"))
                    browser.close()

                # Liveness: the recorded burst cannot perform the server's random challenge, so
                # its own challenge replaces the issued one, in the response the app reads and in
                # the database the server judges against.
                browser = Browser(data, clips["liveness"])
                browser.open(url)
                check(wait_for(browser.page, "liveness"), f"{label}: resumed at liveness")
                shot(browser.page, "5-liveness")
                browser.page.send("Fetch.enable", patterns=[{"urlPattern": "*/liveness/challenge", "requestStage": "Response"}])
                browser.page.evaluate("document.getElementById('liveness-start').click()")
                paused = browser.page.wait_event("Fetch.requestPaused")
                response = browser.page.send("Fetch.getResponseBody", requestId=paused["requestId"])
                issued = json.loads(base64.b64decode(response["body"]) if response.get("base64Encoded") else response["body"])
                database = sqlite3.connect(os.path.join(data, "openkyc.sqlite"), timeout=30)
                changed = database.execute("UPDATE sessions SET liveness_challenge = ? WHERE liveness_challenge = ?",
                                           (",".join(burst["challenge"]), ",".join(issued["challenge"]))).rowcount
                database.commit()
                database.close()
                check(changed == 1, f"{label}: the burst's challenge stands in for the issued one")
                issued["challenge"] = burst["challenge"]
                browser.page.send("Fetch.fulfillRequest", requestId=paused["requestId"], responseCode=200,
                                  responseHeaders=[{"name": "Content-Type", "value": "application/json"}],
                                  body=base64.b64encode(json.dumps(issued).encode()).decode())
                browser.page.send("Fetch.disable")
                moved = wait_for(browser.page, "review", 60)
                if not moved:
                    database = sqlite3.connect(os.path.join(data, "openkyc.sqlite"), timeout=30)
                    stored = [json.loads(r[0]) for r in database.execute("SELECT liveness_json FROM sessions WHERE liveness_json IS NOT NULL")]
                    database.close()
                    failed = stored[-1].get("failed") if stored else None
                check(moved, f"{label}: the burst passed, on to review"
                      + ("" if moved else f" (prompt {text(browser.page, 'prompt')!r}, failed signals {failed})"))
                shot(browser.page, "6-review")
                browser.page.evaluate("document.querySelector('[data-action=submit]').click()")
                decided = ""
                for _ in range(600):
                    decided = browser.page.evaluate("document.getElementById('result').dataset.result") or ""
                    if decided:
                        break
                    time.sleep(0.1)
                check(decided == expected, f"{label}: the result screen shows {expected!r} (got {decided!r})")
                shot(browser.page, f"7-result-{decided or 'none'}")
                check(browser.page.evaluate("document.documentElement.lang") == "en", f"{label}: the page language follows Telegram's")
                browser.close()
                return session_id

            approved = run("genuine", people[0]["documents"]["valid"], people[0], "approved", True)
            run("another person's selfie", people[0]["documents"]["second"], people[1], "rejected", False)

            # The webhook of the approval reached the receiver, signed.
            delivered = []
            for _ in range(100):
                received = call("GET", f"http://127.0.0.1:{hook_port}/_received")[1]
                delivered = [json.loads(__import__("base64").b64decode(r["body"])) for r in received]
                if any(e.get("event") == "verification.approved" and e.get("data", {}).get("session_id") == approved for e in delivered):
                    break
                time.sleep(0.2)
            check(any(e.get("event") == "verification.approved" and e.get("data", {}).get("session_id") == approved for e in delivered),
                  f"verification.approved delivered ({[e.get('event') for e in delivered]})")

            # Forged launch data: another bot's signature is refused, and the app says so.
            status, created = call("POST", f"{base}/session/create", key, json.dumps({"telegram_id": "424242999"}).encode())
            forged = created["mini_app_url"] + "#tgWebAppData=" + urllib.parse.quote(
                init_data("424242999", token="7000002:AAFsomeOtherBotToken_abcdef0123456")) + "&tgWebAppVersion=8.0"
            browser = Browser(data)
            browser.open(forged)
            notice = ""
            for _ in range(100):
                notice = browser.page.evaluate("document.getElementById('notice').textContent") or ""
                if notice:
                    break
                time.sleep(0.1)
            code = browser.page.evaluate("document.getElementById('notice').dataset.code")
            check(code == "INVALID_INIT_DATA" and browser.page.evaluate("document.querySelector('section[data-step=personal_info]').hidden"),
                  f"forged initData is refused and the app says so ({code}: {notice!r})")
            browser.close()
            refused = call("GET", f"{created['mini_app_url'].split('/app')[0]}/session/{created['session_id']}/app", None, None,
                           headers={"Authorization": "tma " + init_data("424242999", token="7000002:AAFsomeOtherBotToken_abcdef0123456")})
            check(refused[0] == 401 and refused[1].get("code") == "INVALID_INIT_DATA", f"the server answers 401 INVALID_INIT_DATA ({refused[0]})")
        finally:
            server.terminate()
            receiver.terminate()
            server.wait(10)
    if failures:
        raise SystemExit(f"{len(failures)} browser check(s) failed")
    print("Mini App flow: all browser checks passed")


if __name__ == "__main__":
    main()
