// The web chat page: one socket to /chat/ws, JSON frames. Everything a message says is put on the
// page as text; only http(s) addresses become links. The session token lives in this browser's
// localStorage; the page resumes the chat after a reload or a dropped connection.
(function () {
    "use strict";
    // Dutch unless asked otherwise: the dialogue itself follows the language the client writes in
    var english = /(^|[?&])lang=en(&|$)/.test(location.search);
    var ui = english ? {
        intro: "What help are you looking for? Tell us in your own words. For example: ‘My mother is 84, lives in "
            + "Groenlo and keeps falling.’",
        urgent: "In danger: call 112. Thinking about suicide? Call 113 on 0800-0113 (free, day and night).",
        title: "Chat with the customer office", send: "Send", placeholder: "Type your message", label: "Your message",
        choose: "Choose an answer", typing: "Typing", you: "You", bot: "Assistant", staff: "Customer office",
        system: "Customer office", connecting: "Connecting…", lost: "Connection lost. Reconnecting…", online: "",
        errors: { "too-long": "That message is too long. Please send it in parts.",
            "too-fast": "That is a lot of messages at once. Wait a moment, then send the rest.",
            "too-many-chats": "Too many chats were started from here. Please try again in a few minutes.",
            "server": "Something went wrong on our side. Please try again in a few minutes.",
            "other": "Something went wrong. Please reload the page." }
    } : {
        intro: null, urgent: null,
        title: "Chat met het klantenbureau", send: "Verstuur", placeholder: "Typ je bericht", label: "Je bericht",
        choose: "Kies een antwoord", typing: "Er wordt getypt", you: "Jij", bot: "Assistent", staff: "Klantenbureau",
        system: "Klantenbureau", connecting: "Verbinden…", lost: "Verbinding verbroken. Opnieuw verbinden…", online: "",
        errors: { "too-long": "Dat bericht is te lang. Stuur het in delen.",
            "too-fast": "Dat zijn veel berichten tegelijk. Wacht even en stuur dan de rest.",
            "too-many-chats": "Er zijn hier te veel chats gestart. Probeer het over een paar minuten opnieuw.",
            "server": "Er ging iets mis aan onze kant. Probeer het over een paar minuten opnieuw.",
            "other": "Er ging iets mis. Laad de pagina opnieuw." }
    };
    var TOKEN_KEY = "zorgloket.chat.token";
    var log, form, input, status, typing, choices;
    var socket = null, lastId = 0, retry = 1000, typingTimer = null;
    var shown = {};        // message id -> true
    var pending = {};      // ref -> {text, element}

    function $(id) { return document.getElementById(id); }

    function setStatus(text, problem) {
        status.textContent = text;
        status.classList.toggle("problem", !!problem);
    }

    // Text with its http(s) addresses as links; nothing else from a message becomes markup.
    function fillText(element, text) {
        var parts = text.split(/(https?:\/\/[^\s<>"']+)/);
        for (var i = 0; i < parts.length; i++) {
            if (i % 2 === 1 && /^https?:\/\//.test(parts[i])) {
                var a = document.createElement("a");
                a.href = parts[i];
                a.textContent = parts[i];
                a.target = "_blank";
                a.rel = "noopener noreferrer";
                element.appendChild(a);
            } else if (parts[i]) {
                element.appendChild(document.createTextNode(parts[i]));
            }
        }
    }

    function bubble(from, text, extraClass) {
        var item = document.createElement("div");
        item.className = "bubble " + from + (extraClass ? " " + extraClass : "");
        var who = document.createElement("span");
        who.className = "who";
        who.textContent = from === "client" ? ui.you : (ui[from] || ui.staff);
        item.appendChild(who);
        var body = document.createElement("span");
        fillText(body, text);
        item.appendChild(body);
        log.appendChild(item);
        log.scrollTop = log.scrollHeight;
        return item;
    }

    function showChoices(list) {
        choices.textContent = "";
        (list || []).forEach(function (c) {
            var b = document.createElement("button");
            b.type = "button";
            b.textContent = c.label;
            b.addEventListener("click", function () { send(c.value, c.label); });
            choices.appendChild(b);
        });
    }

    function onMessage(m) {
        if (shown[m.id]) { return; }
        shown[m.id] = true;
        lastId = Math.max(lastId, m.id);
        if (m.from === "client" && m.ref && pending[m.ref]) {
            pending[m.ref].element.classList.remove("pending");
            delete pending[m.ref];
            return;
        }
        if (m.from !== "client") {
            typing.hidden = true;
            showChoices(m.choices);
        }
        bubble(m.from, m.text || "");
    }

    function frame(event) {
        var f;
        try { f = JSON.parse(event.data); } catch (e) { return; }
        if (f.type === "session") {
            try { localStorage.setItem(TOKEN_KEY, f.token); } catch (e) { /* private mode: this tab only */ }
            setStatus(ui.online);
            retry = 1000;
            Object.keys(pending).forEach(function (ref) { transmit(ref, pending[ref].text); });
        } else if (f.type === "message") {
            onMessage(f);
        } else if (f.type === "typing") {
            typing.hidden = false;
            clearTimeout(typingTimer);
            typingTimer = setTimeout(function () { typing.hidden = true; }, 15000);
        } else if (f.type === "error") {
            bubble("system", ui.errors[f.code] || ui.errors.other, "error");
        }
    }

    function connect() {
        setStatus(ui.connecting);
        socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/chat/ws");
        socket.addEventListener("open", function () {
            var token = null;
            try { token = localStorage.getItem(TOKEN_KEY); } catch (e) { /* none kept */ }
            socket.send(JSON.stringify({ type: "hello", token: token, after: lastId }));
        });
        socket.addEventListener("message", frame);
        socket.addEventListener("close", function () {
            setStatus(ui.lost, true);
            setTimeout(connect, retry);
            retry = Math.min(retry * 2, 10000);
        });
    }

    function transmit(ref, text) {
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify({ type: "message", ref: ref, text: text }));
        }
    }

    function newRef() {
        if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
        return String(Date.now()) + "-" + Math.floor(Math.random() * 1e9);
    }

    // A message is shown at once and sent when the socket is open; sent again with the same ref
    // after a reconnect, it still counts once.
    function send(text, shownText) {
        text = text.trim();
        if (!text) { return; }
        var ref = newRef();
        pending[ref] = { text: text, element: bubble("client", shownText || text, "pending") };
        showChoices([]);
        transmit(ref, text);
    }

    document.addEventListener("DOMContentLoaded", function () {
        log = $("chat-log"); form = $("chat-form"); input = $("chat-input"); status = $("chat-status");
        typing = $("chat-typing"); choices = $("chat-choices");
        document.documentElement.lang = english ? "en" : "nl";
        document.title = ui.title;
        $("chat-title").textContent = ui.title;
        // the page says it in Dutch; in English only when asked
        if (ui.intro) { $("chat-intro").textContent = ui.intro; $("chat-urgent").textContent = ui.urgent; }
        $("chat-send").textContent = ui.send;
        $("chat-input-label").textContent = ui.label;
        input.placeholder = ui.placeholder;
        choices.setAttribute("aria-label", ui.choose);
        typing.querySelector(".visually-hidden").textContent = ui.typing;
        form.addEventListener("submit", function (e) {
            e.preventDefault();
            send(input.value);
            input.value = "";
            input.focus();
        });
        input.addEventListener("keydown", function (e) {
            if (e.key === "Enter" && !e.shiftKey) {
                e.preventDefault();
                form.requestSubmit();
            }
        });
        connect();
        input.focus();
    });
})();
