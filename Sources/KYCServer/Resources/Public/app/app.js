// The Mini App: the user's whole verification, one step per screen, driven by the server's
// current_step so that a reload or another device resumes where the user was. Every call sends
// Telegram's initData (Authorization: tma …) for the server to check.
(function () {
  "use strict";
  const STRINGS = window.OpenKYCStrings, tg = window.OpenKYCTelegram;
  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  const sessionId = new URLSearchParams(window.location.search).get("session_id");
  const COUNTRIES = ["ZW", "ZA", "NG", "KE", "GH", "UG", "TZ", "RW", "ZM", "MW", "MZ", "BW", "NA", "ET", "EG", "CM", "CI", "SN", "AO", "CD"];
  const LIMITS = { document: 1600, face: 1280, quality: 0.85 };
  let lang = chooseLanguage(), view = null, camera = null, stepShown = null;

  // ---- Language ----
  function chooseLanguage() {
    const wanted = [localStorage.getItem("openkyc.lang"), tg.languageCode(), ...(navigator.languages || [navigator.language])];
    for (const code of wanted) {
      const base = (code || "").slice(0, 2).toLowerCase();
      if (STRINGS[base]) return base;
    }
    return "en";
  }
  function t(key, values) {
    const text = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.en[key] || key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (values && name in values ? values[name] : ""));
  }
  function translate() {
    document.documentElement.lang = lang;
    document.title = t("title");
    $$("[data-text]").forEach((element) => { element.textContent = t(element.dataset.text); });
    const names = window.Intl && Intl.DisplayNames ? new Intl.DisplayNames([lang], { type: "region" }) : null;
    const country = $("select[name=country_code]"), chosen = country.value;
    country.innerHTML = "";
    COUNTRIES.forEach((code) => country.add(new Option(names ? names.of(code) : code, code)));
    if (chosen) country.value = chosen;
    if (stepShown) progress(stepShown);
  }

  // ---- Network: every call carries initData; failures of the network are retried ----
  function headers() { return tg.initData ? { Authorization: "tma " + tg.initData } : {}; }
  async function api(method, path, body) {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(path, {
          method, headers: Object.assign({ "Content-Type": "application/json" }, headers()),
          body: body ? JSON.stringify(body) : undefined,
        });
        notice("");
        const json = await response.json().catch(() => ({}));
        if (response.status >= 500 && attempt < 4) { await sleep(1000 * 2 ** attempt); continue; }
        return { ok: response.ok, status: response.status, body: json };
      } catch (error) {
        notice(t("network"));
        await sleep(Math.min(1000 * 2 ** attempt, 15000));
      }
    }
  }
  // Multipart upload with progress, retried with backoff when the connection drops or the
  // server is briefly unavailable; a clear refusal (4xx) is returned at once.
  function uploadOnce(docType, files, fields, onProgress) {
    return new Promise((resolve) => {
      const form = new FormData();
      form.append("session_id", sessionId);
      Object.keys(fields || {}).forEach((name) => form.append(name, fields[name]));
      files.forEach((file, i) => form.append("file", file, file.name || docType + i + ".jpg"));
      const request = new XMLHttpRequest();
      request.open("POST", "/upload/" + docType);
      Object.entries(headers()).forEach(([name, value]) => request.setRequestHeader(name, value));
      request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((100 * event.loaded) / event.total));
      request.onload = () => {
        let body = {};
        try { body = JSON.parse(request.responseText); } catch (e) { body = {}; }
        resolve({ ok: request.status >= 200 && request.status < 300, status: request.status, body });
      };
      request.onerror = request.ontimeout = () => resolve({ ok: false, status: 0, body: {} });
      request.timeout = 120000;
      request.send(form);
    });
  }
  async function upload(docType, files, fields, onProgress) {
    for (let attempt = 0; ; attempt++) {
      const result = await uploadOnce(docType, files, fields, onProgress);
      const transient = result.status === 0 || result.status === 429 || result.status >= 500;
      if (!transient || attempt >= 5) return result;
      notice(t("retrying"));
      await sleep(Math.min(1000 * 2 ** attempt, 20000));
    }
  }
  function notice(text, code) {
    $("#notice").textContent = text;
    $("#notice").hidden = !text;
    $("#notice").dataset.code = code || "";
  }
  // The server's error as the user should read it: our own sentence for the codes the user can
  // act on, else the server's message (errors carry `code` and `error`, the message).
  function errorText(body) {
    const code = (body && body.code) || "";
    // A quality refusal names its check (too_dark, blurry, face_too_small): say that one.
    const key = code === "POOR_IMAGE_QUALITY" && body.details ? "e_" + body.details.check : "e_" + code;
    const text = STRINGS.en[key] ? t(key) : (body && typeof body.error === "string" && body.error) || t("e_generic");
    return { text, code };
  }
  function showError(body) { const error = errorText(body); notice(error.text, error.code); }

  // ---- Screens ----
  function progress(step) {
    const steps = view ? view.steps : [];
    const index = steps.indexOf(step);
    $("#progress").textContent = index >= 0 ? t("step_of", { n: index + 1, total: steps.length + 1 }) + " · " + t("s_" + step) : "";
  }
  function show(step) {
    stopCamera();
    stepShown = step;
    $$("section[data-step]").forEach((section) => {
      const visible = section.dataset.step === step;
      section.hidden = !visible;
      if (visible) section.setAttribute("aria-current", "step"); else section.removeAttribute("aria-current");
    });
    progress(step);
    // The way out of a web view whose camera fails, offered where a camera is used.
    $("#open-browser").hidden = !(tg.inTelegram && ["id_front", "id_back", "selfie", "liveness"].includes(step));
    const heading = $("section[data-step='" + step + "'] h2");
    if (heading) heading.focus();
    const primary = $("section[data-step='" + step + "'] [data-action]:not([hidden])");
    tg.mainButton(primary && step !== "liveness" ? primary.textContent : "", () => primary && primary.click());
    const steps = view ? view.steps : [], index = steps.indexOf(step);
    tg.backButton(index > 0 && !view.result ? () => show(steps[index - 1]) : null);
    (setup[step] || (() => {}))();
  }
  async function refresh() {
    // The first screen's view was requested by the page itself while this file loaded.
    const early = window.openkycFirstView ? await window.openkycFirstView : null;
    window.openkycFirstView = null;
    const response = early && early.status < 500 ? early : await api("GET", "/session/" + encodeURIComponent(sessionId) + "/app");
    if (!response.ok) { showError(response.body); return; }
    view = response.body;
    if (view.status === "expired") { notice(t("expired")); return; }
    if (view.result || view.submitted) return showResult();
    show(view.current_step === "review" || view.steps.indexOf(view.current_step) < 0 ? "review" : view.current_step);
  }

  const setup = {
    personal_info() {
      const form = $("#personal"), info = view.personal_info || {};
      ["first_name", "last_name", "date_of_birth", "document_type"].forEach((name) => {
        if (info[name] && !form.elements[name].value) form.elements[name].value = info[name];
      });
      if (info.country_code) form.elements.country_code.value = info.country_code.toUpperCase();
    },
    id_front() { startCapture("id_front", "document"); },
    id_back() { startCapture("id_back", "document"); },
    selfie() { startCapture("selfie", "face"); },
    review() {
      $("#summary").innerHTML = "";
      view.steps.forEach((step) => { const item = document.createElement("li"); item.textContent = "✓ " + t("s_" + step); $("#summary").appendChild(item); });
    },
  };

  $("#personal").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    let first = null;
    $$("input, select", form).forEach((field) => {
      const missing = field.required && !field.value.trim();
      field.setAttribute("aria-invalid", String(missing));
      if (missing && !first) first = field;
    });
    if (first) { notice(t("required")); first.focus(); return; }
    const body = {};
    $$("input, select", form).forEach((field) => { body[field.name] = field.value.trim(); });
    const response = await api("POST", "/session/" + encodeURIComponent(sessionId) + "/personal-info", body);
    if (!response.ok) { showError(response.body); return; }
    await refresh();
  });

  // ---- Camera: documents (rear camera, frame, auto-capture when sharp) and the selfie ----
  function stopCamera() {
    if (camera) { camera.stop(); camera = null; }
  }
  async function openStream(facing, video) {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: facing, width: { ideal: 1920 }, height: { ideal: 1080 } } });
    video.srcObject = stream;
    await video.play();
    return stream;
  }
  // Gray statistics of the frame region at 240 px: brightness, share of blown-out pixels, and
  // the variance of a Laplacian (sharpness).
  function measure(video, frameOnly) {
    const canvas = document.createElement("canvas"), width = 240;
    const height = Math.round((width * video.videoHeight) / video.videoWidth) || 180;
    canvas.width = width; canvas.height = height;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    context.drawImage(video, 0, 0, width, height);
    // The document frame covers the middle 90% x 76% of the picture (app.css, .frame).
    const x0 = frameOnly ? Math.round(width * 0.05) : 0, y0 = frameOnly ? Math.round(height * 0.12) : 0;
    const w = width - 2 * x0, h = height - 2 * y0;
    const pixels = context.getImageData(x0, y0, w, h).data, gray = new Float32Array(w * h);
    let sum = 0, blown = 0;
    for (let i = 0; i < w * h; i++) {
      gray[i] = 0.299 * pixels[4 * i] + 0.587 * pixels[4 * i + 1] + 0.114 * pixels[4 * i + 2];
      sum += gray[i]; if (gray[i] >= 250) blown++;
    }
    let lapSum = 0, lapSquares = 0, n = 0;
    for (let y = 1; y < h - 1; y++) for (let x = 1; x < w - 1; x++) {
      const i = y * w + x, lap = gray[i - 1] + gray[i + 1] + gray[i - w] + gray[i + w] - 4 * gray[i];
      lapSum += lap; lapSquares += lap * lap; n++;
    }
    const mean = lapSum / n;
    return { brightness: sum / (w * h), blown: blown / (w * h), sharpness: lapSquares / n - mean * mean };
  }
  function problem(stats, kind) {
    if (stats.brightness < 40) return "e_too_dark";
    if (kind === "document" && stats.blown > 0.12) return "e_glare";
    if (stats.sharpness < 20) return "e_blurry";
    return null;
  }
  function toJPEG(source, width, height, maxSide) {
    const scale = Math.min(1, maxSide / Math.max(width, height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale); canvas.height = Math.round(height * scale);
    canvas.getContext("2d").drawImage(source, 0, 0, canvas.width, canvas.height);
    return new Promise((done) => canvas.toBlob(done, "image/jpeg", LIMITS.quality));
  }
  async function fileToJPEG(file, maxSide) {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type) || !window.createImageBitmap) return file;
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
      return await toJPEG(bitmap, bitmap.width, bitmap.height, maxSide);
    } catch (e) { return file; }
  }

  function startCapture(docType, kind) {
    const section = $("section[data-step='" + docType + "']");
    if (!$(".viewfinder", section)) {
      section.appendChild($("#capture-template").content.cloneNode(true));
      $(".hint", section).textContent = "";
      translate();
      $("[data-action=capture]", section).addEventListener("click", () => camera && camera.take());
      $("[data-action=retake]", section).addEventListener("click", () => show(docType));
      $("input[type=file]", section).addEventListener("change", async (event) => {
        const file = event.target.files[0];
        event.target.value = "";
        if (file) send(docType, kind, section, await fileToJPEG(file, LIMITS[kind]));
      });
    }
    $(".hint", section).textContent = t(kind === "face" ? "selfie_hint" : "doc_hint");
    $(".viewfinder", section).classList.toggle("face", kind === "face");
    $(".auto-hint", section).hidden = kind !== "document";
    $(".preview", section).hidden = true;
    $(".viewfinder", section).hidden = false;
    $("[data-action=capture]", section).hidden = false;
    const video = $("video", section);
    let stream = null, timer = null, steady = 0, stopped = false;
    camera = {
      stop() { stopped = true; clearInterval(timer); if (stream) stream.getTracks().forEach((track) => track.stop()); },
      async take() {
        if (!video.videoWidth) return;
        const stats = measure(video, kind === "document");
        const issue = problem(stats, kind);
        if (issue) { notice(t(issue)); return; }
        const blob = await toJPEG(video, video.videoWidth, video.videoHeight, LIMITS[kind]);
        this.stop();
        send(docType, kind, section, blob);
      },
    };
    const cameraOff = () => {
      notice(t("camera_off"));
      $(".viewfinder", section).hidden = true;
      $("[data-action=capture]", section).hidden = true;
      $("#open-browser").hidden = !tg.inTelegram;
    };
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { cameraOff(); return; }
    openStream(kind === "face" ? "user" : "environment", video).then(async (opened) => {
      stream = opened;
      if (stopped) { camera && camera.stop(); stream.getTracks().forEach((track) => track.stop()); return; }
      await sleep(1200);
      // Some web views (Telegram on iOS) deliver black frames instead of failing.
      if (!stopped && measure(video, false).brightness < 3) { camera.stop(); cameraOff(); return; }
      if (kind !== "document") return;
      timer = setInterval(() => {
        if (stopped) return;
        const stats = measure(video, true);
        steady = problem(stats, kind) === null && stats.sharpness > 60 ? steady + 1 : 0;
        if (steady >= 3) { clearInterval(timer); camera.take(); }
      }, 400);
    }).catch(cameraOff);
  }

  async function send(docType, kind, section, blob) {
    tg.haptic();
    const preview = $(".preview", section);
    $("img", preview).src = URL.createObjectURL(blob);
    preview.hidden = false;
    $(".viewfinder", section).hidden = true;
    $("[data-action=capture]", section).hidden = true;
    const file = new File([blob], docType + ".jpg", { type: blob.type || "image/jpeg" });
    const result = await upload(docType, [file], {}, (p) => notice(t("uploading", { p })));
    notice("");
    if (!result.ok) { showError(result.body); return; }
    await refresh();
  }

  // ---- Liveness: the server's random challenge, one move at a time, as a burst of frames ----
  const FRAME_INTERVAL_MS = 250, NEUTRAL_FRAMES = 3, FRAMES_PER_MOVE = 5;
  async function runLiveness() {
    const button = $("#liveness-start");
    button.disabled = true;
    notice("");
    const base = "/session/" + encodeURIComponent(sessionId);
    let stream = null;
    try {
      const issued = await api("POST", base + "/liveness/challenge");
      if (!issued.ok) throw new Error(errorText(issued.body).text);
      const video = $("#liveness-video");
      stream = await openStream("user", video);
      const canvas = document.createElement("canvas");
      canvas.width = video.videoWidth; canvas.height = video.videoHeight;
      const context = canvas.getContext("2d"), frames = [], times = [];
      // Frames on a fixed schedule (not "wait after each"), so encoding time never accumulates
      // and the burst keeps an even pace on a slow phone.
      const start = performance.now() + 800;
      const grab = async () => {
        await sleep(start + frames.length * FRAME_INTERVAL_MS - performance.now());
        context.drawImage(video, 0, 0);
        times.push(Math.round(performance.timeOrigin + performance.now()));
        frames.push(await new Promise((done) => canvas.toBlob(done, "image/jpeg", 0.85)));
      };
      $("#prompt").textContent = t("lv_straight");
      for (let i = 0; i < NEUTRAL_FRAMES; i++) await grab();
      for (const [index, move] of issued.body.challenge.entries()) {
        $("#prompt").textContent = index + 1 + "/" + issued.body.challenge.length + ": " + t("m_" + move);
        tg.haptic();
        for (let i = 0; i < FRAMES_PER_MOVE; i++) await grab();
        $("#prompt").textContent = t("lv_centre");
        await grab();
      }
      stream.getTracks().forEach((track) => track.stop());
      $("#prompt").textContent = t("lv_checking");
      const files = frames.map((frame, i) => new File([frame], "frame" + i + ".jpg", { type: "image/jpeg" }));
      const result = await upload("liveness", files, { timestamps: times.join(",") }, (p) => notice(t("uploading", { p })));
      notice("");
      $("#prompt").textContent = "";
      if (!result.ok) throw new Error(errorText(result.body).text);
      $("#prompt").textContent = result.body.liveness_passed ? t("lv_passed") : t("lv_failed");
      $("#prompt").dataset.passed = String(result.body.liveness_passed);
      await sleep(result.body.liveness_passed ? 600 : 0);
      await refresh();
    } catch (error) {
      if (stream) stream.getTracks().forEach((track) => track.stop());
      $("#prompt").textContent = "";
      notice((error && error.message) || t("camera_off"));
      $("#open-browser").hidden = !tg.inTelegram;
    } finally {
      button.disabled = false;
    }
  }
  $("#liveness-start").addEventListener("click", runLiveness);

  $("#address-file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    event.target.value = "";
    if (!file) return;
    const body = file.type === "application/pdf" ? file : await fileToJPEG(file, LIMITS.document);
    const result = await upload("address", [body instanceof File ? body : new File([body], "address.jpg", { type: "image/jpeg" })], {},
      (p) => notice(t("uploading", { p })));
    notice("");
    if (!result.ok) { showError(result.body); return; }
    await refresh();
  });

  // ---- Submit and result ----
  $("[data-action=submit]").addEventListener("click", async (event) => {
    event.target.disabled = true;
    notice(t("rv_sending"));
    const response = await api("POST", "/verify/" + encodeURIComponent(sessionId));
    event.target.disabled = false;
    notice("");
    if (!response.ok && response.status !== 202) { showError(response.body); return; }
    await refresh();
  });

  async function showResult() {
    show("result");
    const status = view.result ? view.result.status : "in_progress";
    $("#result").dataset.result = view.result ? status : "";
    $("#h-result").textContent = t("r_" + status);
    $("#result-text").textContent = view.result ? t("r_" + status + "_text") : t("rv_sending");
    $("#return").hidden = !(view.result && view.callback_url);
    tg.mainButton(view.result && view.callback_url ? t("r_return") : "", () => $("#return").click());
    tg.backButton(null);
    if (!view.result) { await sleep(2000); await refresh(); }
  }
  $("#return").addEventListener("click", () => {
    if (tg.inTelegram) tg.openLink(view.callback_url); else window.location.href = view.callback_url;
  });
  $("#open-browser").addEventListener("click", () => tg.openLink(window.location.href.split("#")[0]));

  // ---- Start ----
  const picker = $("#language");
  Object.keys(STRINGS).forEach((code) => picker.add(new Option(STRINGS[code].language_name, code)));
  picker.value = lang;
  picker.addEventListener("change", () => { lang = picker.value; localStorage.setItem("openkyc.lang", lang); translate(); });
  translate();
  tg.ready();
  if (!sessionId) { notice(t("no_session")); return; }
  refresh();
})();
