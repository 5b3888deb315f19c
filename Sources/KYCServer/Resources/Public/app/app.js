// Shows where the user's session stands. The full capture flow (document, selfie, liveness)
// builds on this page; it reads the session id from the link the business sent.
(function () {
  const params = new URLSearchParams(window.location.search);
  const sessionId = params.get("session_id");
  const state = document.getElementById("state");
  const labels = {
    personal_info: "Your details", id_front: "Front of your ID", id_back: "Back of your ID",
    selfie: "A selfie", liveness: "A short liveness check", address: "Proof of address",
    review: "Under review", complete: "Done",
  };
  if (!sessionId) { state.textContent = "This link has no session. Open it from the business's app."; return; }
  fetch("/session/" + encodeURIComponent(sessionId) + "/status")
    .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
    .then(({ ok, body }) => {
      if (!ok) { state.textContent = body.error || "This session could not be found."; return; }
      state.textContent = body.status === "expired" ? "This session has expired." : "Session found.";
      document.getElementById("step").textContent = labels[body.current_step] || body.current_step;
      document.getElementById("status").textContent = body.status;
    })
    .catch(() => { state.textContent = "Network error: check your connection and reload."; });
})();
