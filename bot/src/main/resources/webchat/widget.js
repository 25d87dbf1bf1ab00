// One script tag puts the chat on any page of a site the service allows
// (ZORGLOKET_WEBCHAT_ALLOWED_ORIGINS): <script src="https://<service>/chat/widget.js" defer></script>
// It adds a button; the chat itself runs in a frame from the service, so the site never sees it.
(function () {
    "use strict";
    var script = document.currentScript;
    var origin = new URL(script.src).origin;
    var english = /^en\b/i.test(document.documentElement.lang || "");
    var label = english ? "Chat with us" : "Chat met ons";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.setAttribute("aria-expanded", "false");
    button.style.cssText = "position:fixed;right:1rem;bottom:1rem;z-index:2147483646;background:#0b4f8a;color:#fff;" +
        "border:0;border-radius:1.5rem;padding:.75rem 1.1rem;font:600 16px system-ui,sans-serif;min-height:44px;cursor:pointer";
    var frame = document.createElement("iframe");
    frame.title = label;
    frame.src = origin + "/chat?embed=1" + (english ? "&lang=en" : "");
    frame.hidden = true;
    frame.style.cssText = "position:fixed;right:1rem;bottom:4.5rem;z-index:2147483647;width:min(24rem,calc(100vw - 2rem));" +
        "height:min(36rem,calc(100vh - 6rem));border:1px solid #8a949e;border-radius:1rem;background:#fff";
    button.addEventListener("click", function () {
        frame.hidden = !frame.hidden;
        button.setAttribute("aria-expanded", String(!frame.hidden));
        if (!frame.hidden) { frame.focus(); }
    });
    document.body.appendChild(frame);
    document.body.appendChild(button);
})();
