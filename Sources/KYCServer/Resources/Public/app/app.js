// Shows where the user's session stands and runs the liveness step: a challenge chosen by the
// server, shown one move at a time over the front camera, sent as a burst of JPEG frames with
// their capture times. The session id comes from the link the business sent.
(function () {
  const params = new URLSearchParams(window.location.search);
  const sessionId = params.get("session_id");
  const $ = (id) => document.getElementById(id);
  const labels = {
    personal_info: "Your details", id_front: "Front of your ID", id_back: "Back of your ID",
    selfie: "A selfie", liveness: "A short liveness check", address: "Proof of address",
    review: "Under review", complete: "Done",
  };
  const api = (path, options) => fetch(path, options)
    .then((r) => r.json().then((body) => ({ ok: r.ok, body })));

  function showStatus() {
    return api("/session/" + encodeURIComponent(sessionId) + "/status").then(({ ok, body }) => {
      if (!ok) { $("state").textContent = body.error || "This session could not be found."; return; }
      $("state").textContent = body.status === "expired" ? "This session has expired." : "Session found.";
      $("step").textContent = labels[body.current_step] || body.current_step;
      $("status").textContent = body.status;
      $("liveness").hidden = body.current_step !== "liveness";
    });
  }

  // Frames are captured as the camera sees them (the preview alone is mirrored for the user).
  const FRAME_INTERVAL_MS = 250, NEUTRAL_FRAMES = 3, FRAMES_PER_MOVE = 5;
  const wait = (ms) => new Promise((done) => setTimeout(done, ms));

  async function captureBurst(video, instructions) {
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth; canvas.height = video.videoHeight;
    const context = canvas.getContext("2d");
    const frames = [], times = [];
    const grab = async () => {
      context.drawImage(video, 0, 0);
      const blob = await new Promise((done) => canvas.toBlob(done, "image/jpeg", 0.85));
      frames.push(blob); times.push(Math.round(performance.timeOrigin + performance.now()));
      await wait(FRAME_INTERVAL_MS);
    };
    $("prompt").textContent = "Look straight at the camera";
    await wait(800);
    for (let i = 0; i < NEUTRAL_FRAMES; i++) await grab();
    for (const [index, text] of instructions.entries()) {
      $("prompt").textContent = (index + 1) + "/" + instructions.length + ": " + text;
      for (let i = 0; i < FRAMES_PER_MOVE; i++) await grab();
      $("prompt").textContent = "Back to the centre";
      await grab();
    }
    return { frames, times };
  }

  async function runLiveness() {
    $("start").disabled = true;
    $("result").textContent = "";
    try {
      const issued = await api("/session/" + encodeURIComponent(sessionId) + "/liveness/challenge", { method: "POST" });
      if (!issued.ok) throw new Error(issued.body.error);
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "user", width: 480, height: 640 } });
      const video = $("camera");
      video.srcObject = stream;
      await video.play();
      const { frames, times } = await captureBurst(video, issued.body.instructions);
      stream.getTracks().forEach((track) => track.stop());
      $("prompt").textContent = "Checking…";
      const form = new FormData();
      form.append("session_id", sessionId);
      form.append("timestamps", times.join(","));
      frames.forEach((frame, i) => form.append("file", frame, "frame" + i + ".jpg"));
      const upload = await api("/upload/liveness", { method: "POST", body: form });
      if (!upload.ok) throw new Error(upload.body.error);
      $("prompt").textContent = "";
      $("result").textContent = upload.body.liveness_passed
        ? "Liveness check passed."
        : "We could not confirm it was you live. " + (issued.body.attempts_left > 0 ? "Please try again." : "");
      $("result").dataset.passed = String(upload.body.liveness_passed);
      await showStatus();
    } catch (error) {
      $("prompt").textContent = "";
      $("result").textContent = (error && error.message) || "The camera could not be opened.";
    } finally {
      $("start").disabled = false;
    }
  }

  if (!sessionId) { $("state").textContent = "This link has no session. Open it from the business's app."; return; }
  $("start").addEventListener("click", runLiveness);
  showStatus().catch(() => { $("state").textContent = "Network error: check your connection and reload."; });
})();
