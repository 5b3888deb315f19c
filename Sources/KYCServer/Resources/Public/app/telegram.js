// The Mini App's link to Telegram. When Telegram's own SDK is on the page (window.Telegram.WebApp)
// it is used; otherwise this speaks the documented Mini App protocol itself: launch parameters
// from the URL fragment (tgWebAppData, tgWebAppThemeParams), methods sent with postEvent
// (TelegramWebviewProxy on mobile, window.external.notify on desktop, postMessage to the parent
// frame on the web), events received through Telegram.WebView.receiveEvent. Outside Telegram
// every call is a no-op and initData is empty: the app then works as a plain web page.
window.OpenKYCTelegram = (function () {
  "use strict";
  const sdk = window.Telegram && window.Telegram.WebApp && window.Telegram.WebApp.initData ? window.Telegram.WebApp : null;
  const launch = new URLSearchParams(window.location.hash.slice(1));
  const remember = (key, value) => {
    try { if (value) sessionStorage.setItem(key, value); return value || sessionStorage.getItem(key) || ""; } catch (e) { return value || ""; }
  };
  // Telegram puts launch data in the fragment only on the first load: keep it for reloads.
  const initData = sdk ? sdk.initData : remember("openkyc.tgWebAppData", launch.get("tgWebAppData"));
  const themeText = remember("openkyc.tgWebAppThemeParams", launch.get("tgWebAppThemeParams"));
  const inTelegram = Boolean(initData) || Boolean(window.TelegramWebviewProxy);

  function postEvent(type, data) {
    if (sdk) return;
    const payload = JSON.stringify(data || {});
    try {
      if (window.TelegramWebviewProxy) window.TelegramWebviewProxy.postEvent(type, payload);
      else if (window.external && "notify" in window.external) window.external.notify(JSON.stringify({ eventType: type, eventData: data || {} }));
      else if (window.parent !== window) window.parent.postMessage(JSON.stringify({ eventType: type, eventData: data || {} }), "https://web.telegram.org");
    } catch (e) { /* not inside Telegram */ }
  }

  const listeners = {};
  const on = (type, handler) => { (listeners[type] = listeners[type] || []).push(handler); };
  window.Telegram = window.Telegram || {};
  if (!sdk) {
    window.Telegram.WebView = window.Telegram.WebView || {};
    window.Telegram.WebView.receiveEvent = (type, data) => (listeners[type] || []).forEach((handler) => handler(data));
  }

  function user() {
    if (sdk) return sdk.initDataUnsafe && sdk.initDataUnsafe.user;
    try { return JSON.parse(new URLSearchParams(initData).get("user") || "null"); } catch (e) { return null; }
  }

  // Theme colours as CSS variables (--tg-theme-bg-color, ...), the names Telegram uses.
  function applyTheme() {
    let theme = {};
    try { theme = sdk ? sdk.themeParams : JSON.parse(themeText || "{}"); } catch (e) { theme = {}; }
    Object.keys(theme || {}).forEach((key) => {
      document.documentElement.style.setProperty("--tg-theme-" + key.replace(/_/g, "-"), theme[key]);
    });
  }

  let mainHandler = null, backHandler = null;
  on("main_button_pressed", () => mainHandler && mainHandler());
  on("back_button_pressed", () => backHandler && backHandler());

  return {
    initData,
    inTelegram,
    // Only a hint for the language; the server never trusts it (it checks initData).
    languageCode: () => (user() || {}).language_code || "",
    ready() {
      applyTheme();
      if (sdk) { sdk.ready(); sdk.expand(); return; }
      postEvent("web_app_ready");
      postEvent("web_app_expand");
    },
    mainButton(text, handler) {
      mainHandler = handler;
      if (sdk) {
        sdk.MainButton.offClick(sdk.MainButton._openkyc || (() => {}));
        sdk.MainButton._openkyc = () => mainHandler && mainHandler();
        if (text) { sdk.MainButton.setText(text); sdk.MainButton.onClick(sdk.MainButton._openkyc); sdk.MainButton.show(); } else sdk.MainButton.hide();
        return;
      }
      postEvent("web_app_setup_main_button", { is_visible: Boolean(text), is_active: true, text: text || "" });
    },
    backButton(handler) {
      backHandler = handler;
      if (sdk) { if (handler) { sdk.BackButton.onClick(handler); sdk.BackButton.show(); } else sdk.BackButton.hide(); return; }
      postEvent("web_app_setup_back_button", { is_visible: Boolean(handler) });
    },
    haptic() {
      if (sdk && sdk.HapticFeedback) sdk.HapticFeedback.impactOccurred("light");
      else postEvent("web_app_trigger_haptic_feedback", { type: "impact", impact_style: "light" });
    },
    openLink(url) {
      if (sdk) sdk.openLink(url);
      else if (inTelegram) postEvent("web_app_open_link", { url });
      else window.open(url, "_blank");
    },
  };
})();
