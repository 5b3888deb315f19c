#!/usr/bin/env python3
"""The Mini App's weight and time to interactive on a throttled connection (issue 15).

    mini_app.py OPENKYC_BINARY [RUNS]

Starts `openkyc serve --demo`, creates a session, and loads the Mini App in headless Chromium at
390x844 with the cache disabled, RUNS times (default 5) per network profile:
  - "Slow 3G", Chrome DevTools' preset: 2,000 ms latency, 400 kbit/s down and up
    (500 kbit/s x 0.8, as DevTools defines it);
  - no throttling (loopback).
Weight: bytes on the wire (gzip as the server sends it) and decoded, of the HTML, CSS and JS
of the first load, from the DevTools network events. Time to interactive: from navigation start
until the first step (personal details) is on screen with its form, measured in the page by an
observer that the benchmark injects (the app itself carries no instrumentation); the session
view's API call is part of it.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "browser"))
from harness import Page, call, free_port, start_server  # noqa: E402

PROFILES = {"slow 3G": {"latency": 2000, "downloadThroughput": 500 * 1024 / 8 * 0.8, "uploadThroughput": 500 * 1024 / 8 * 0.8},
            "unthrottled": None}
OBSERVER = """
new MutationObserver(function (_, observer) {
  const step = document.querySelector('section[aria-current=step][data-step=personal_info]');
  if (step && !window.__interactiveAt) { window.__interactiveAt = performance.now(); observer.disconnect(); }
}).observe(document, {subtree: true, childList: true, attributes: true});
"""


def main():
    binary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as data:
        server, key, base, _ = start_server(binary, data)
        browser = None
        try:
            debug = free_port()
            browser = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={debug}",
                                        f"--user-data-dir={tempfile.mkdtemp(dir=data)}", "about:blank"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            page = Page(debug)
            page.send("Page.enable")
            page.send("Network.enable")
            page.send("Network.setCacheDisabled", cacheDisabled=True)
            page.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)
            page.send("Page.addScriptToEvaluateOnNewDocument", source=OBSERVER)
            results = {}
            for name, profile in PROFILES.items():
                page.send("Network.emulateNetworkConditions", offline=False, **(profile or {"latency": 0, "downloadThroughput": -1,
                                                                                        "uploadThroughput": -1}))
                times, weights = [], []
                for _ in range(runs):
                    status, created = call("POST", f"{base}/session/create", key,
                                           json.dumps({"telegram_id": str(time.time_ns()), "first_name": "Amara", "last_name": "Okoye"}).encode())
                    page.events.clear()
                    page.send("Page.navigate", url=created["mini_app_url"])
                    interactive = None
                    for _ in range(600):
                        interactive = page.evaluate("window.__interactiveAt || null")
                        if interactive:
                            break
                        time.sleep(0.1)
                    page.wait_event("Page.loadEventFired", timeout=60)
                    kinds, sizes = {}, {}
                    for event in page.events:
                        if event["method"] == "Network.responseReceived":
                            response = event["params"]["response"]
                            kinds[event["params"]["requestId"]] = (response["url"], response.get("mimeType", ""))
                        elif event["method"] == "Network.loadingFinished":
                            sizes[event["params"]["requestId"]] = event["params"]["encodedDataLength"]
                    assets = {kinds[r][0].split("/")[-1].split("?")[0] or "app": s for r, s in sizes.items()
                              if r in kinds and re.search(r"html|css|javascript", kinds[r][1])}
                    times.append(interactive)
                    weights.append((sum(assets.values()), assets))
                results[name] = {"tti_ms_median": statistics.median(times), "tti_ms_max": max(times),
                                 "wire_bytes": weights[-1][0], "files": weights[-1][1]}
                print(f"{name}: time to interactive median {statistics.median(times):.0f} ms (max {max(times):.0f}), "
                      f"HTML+CSS+JS {weights[-1][0] / 1024:.1f} KiB on the wire: {weights[-1][1]}", flush=True)
            print(json.dumps(results))
        finally:
            if browser:
                browser.terminate()
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
