// The staff console: only the admin API (/login, /api/...), the token in this tab's
// sessionStorage. Every text from the API is put on the page as text, never as markup.
(function () {
    "use strict";
    var TOKEN = "zorgloket.console.token";
    var me = null, openItem = null, feed = null;

    function $(id) { return document.getElementById(id); }
    function el(tag, className, text) {
        var e = document.createElement(tag);
        if (className) { e.className = className; }
        if (text !== undefined && text !== null) { e.textContent = String(text); }
        return e;
    }
    var PAGE = 50;
    var TITLE = document.title;
    // The API speaks in codes; staff read Dutch. A code without a label is shown as it is.
    var LABELS = {
        priority: { CRISIS: "crisis", URGENT: "dringend", NORMAL: "normaal" },
        status: { NEEDS_STAFF: "wacht op een medewerker", WAITING_FOR_COORDINATOR: "wacht op een coördinator",
            ASSIGNED: "toegewezen", CLOSED: "afgesloten" },
        medium: { WHATSAPP: "WhatsApp", SMS: "sms", WEBCHAT: "webchat" },
        mode: { BOT: "met de assistent", WAITING: "wacht op een medewerker", STAFF: "met een medewerker",
            CLOSED: "gesloten" },
        careFor: { SELF: "zichzelf", SON: "zoon", DAUGHTER: "dochter", CHILD: "kind", PARTNER: "partner",
            HUSBAND: "man", WIFE: "vrouw", MOTHER: "moeder", FATHER: "vader", PARENT: "vader of moeder", PARENTS: "ouders",
            MOTHER_IN_LAW: "schoonmoeder", FATHER_IN_LAW: "schoonvader", GRANDCHILD: "kleinkind", GRANDMOTHER: "oma",
            GRANDFATHER: "opa", GRANDPARENTS: "opa en oma", BROTHER: "broer", SISTER: "zus",
            PARENTS_IN_LAW: "schoonouders",
            SON_IN_LAW: "schoonzoon", DAUGHTER_IN_LAW: "schoondochter", BROTHER_IN_LAW: "zwager",
            SISTER_IN_LAW: "schoonzus", UNCLE: "oom", AUNT: "tante", NEPHEW: "neef", NIECE: "nicht",
            NEIGHBOUR_MAN: "buurman", NEIGHBOUR_WOMAN: "buurvrouw", NEIGHBOUR: "buurman of buurvrouw",
            FRIEND_MAN: "vriend", FRIEND_WOMAN: "vriendin", FRIEND: "vriend of vriendin", RELATIVE: "naaste",
            CLIENT: "cliënt van een professional" },
        indication: { YES: "ja", REQUESTED: "aangevraagd", NO: "nee", UNKNOWN: "weet de cliënt niet" },
        urgency: { SOON: "zo snel mogelijk", WEEKS: "binnen een paar weken", NO_HURRY: "geen haast",
            UNKNOWN: "weet de cliënt niet" },
        contactPreference: { THIS_CHANNEL: "via dit gesprek", CALL: "bellen", OTHER: "ander nummer of e-mail" },
        author: { CLIENT: "cliënt", BOT: "assistent", STAFF: "medewerker", SYSTEM: "systeem" },
        role: { ADMIN: "beheerder", STAFF: "medewerker", COORDINATOR: "coördinator" },
        handoffReason: { CLIENT_ASKED: "vroeg om een medewerker", CRISIS: "crisis of gevaar",
            SEE_DATA: "vraagt inzage in de gegevens", ERASE: "vraagt de gegevens te verwijderen",
            COMPLAINT: "heeft een klacht" },
        deliveryStatus: { ACCEPTED: "aangenomen", SCHEDULED: "gepland", QUEUED: "in de wachtrij",
            SENDING: "wordt verstuurd", SENT: "verstuurd", DELIVERED: "afgeleverd", READ: "gelezen",
            UNDELIVERED: "niet afgeleverd", FAILED: "mislukt", CANCELED: "geannuleerd" }
    };
    /** When something came in, as staff read a queue: "14:34" today, "6 dec. 09:12" before. */
    function since(iso) {
        if (!iso) { return ""; }
        var d = new Date(iso), now = new Date();
        var time = d.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
        return d.toDateString() === now.toDateString() ? time
            : d.toLocaleDateString("nl-NL", { day: "numeric", month: "short" }) + " " + time;
    }

    function inDutch(kind, code) {
        if (code === null || code === undefined) { return code; }
        return Object.prototype.hasOwnProperty.call(LABELS[kind], code) ? LABELS[kind][code] : code;
    }
    /** The tags that say how pressing something is and why a person was asked for. */
    function tags(parent, priority, reasons) {
        if (priority) { parent.appendChild(el("span", "tag " + priority, inDutch("priority", priority))); }
        (reasons || []).forEach(function (r) {
            // a crisis says itself in the priority
            if (r === "CRISIS" && priority === "CRISIS") { return; }
            parent.appendChild(el("span", "tag reason", inDutch("handoffReason", r)));
        });
    }
    function token() { return sessionStorage.getItem(TOKEN); }
    function problem(text) { $("problem").textContent = text || ""; }

    // One call to the API; a problem+json answer becomes a readable error.
    function api(method, path, body) {
        var headers = { "Accept": "application/json" };
        if (token()) { headers.Authorization = "Bearer " + token(); }
        if (body !== undefined) { headers["Content-Type"] = "application/json"; }
        return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
            .then(function (r) {
                return r.text().then(function (t) {
                    var data = t ? JSON.parse(t) : null;
                    if (r.status === 401 && path !== "/login") { logout("Je sessie is verlopen. Log opnieuw in."); }
                    if (!r.ok) {
                        var e = new Error((data && (data.detail || data.title)) || ("Fout " + r.status));
                        e.status = r.status; e.data = data;
                        throw e;
                    }
                    return data;
                });
            });
    }

    function show(section) {
        ["login", "enrol", "desk"].forEach(function (id) { $(id).hidden = id !== section; });
        $("logout").hidden = section === "login";
    }

    function logout(reason) {
        sessionStorage.removeItem(TOKEN);
        if (feed) { feed.abort(); feed = null; }
        me = null;
        $("who").textContent = "";
        document.title = TITLE;
        providerPages = 1;
        show("login");
        problem(reason || "");
    }

    function login(e) {
        e.preventDefault();
        problem("");
        var body = { username: $("username").value, password: $("password").value };
        if (!$("code-field").hidden && $("code").value) { body.code = $("code").value; }
        api("POST", "/login", body).then(function (t) {
            sessionStorage.setItem(TOKEN, t.access_token);
            $("password").value = ""; $("code").value = "";
            if (t.two_factor_setup_required) { return enrol(); }
            return start();
        }).catch(function (err) {
            if (err.data && err.data.title === "Code needed") {
                $("code-field").hidden = false;
                $("code").focus();
            }
            problem(err.message);
        });
    }

    function enrol() {
        show("enrol");
        return api("POST", "/api/users/me/totp").then(function (s) {
            $("enrol-secret").textContent = s.secret;
            $("enrol-code").focus();
        });
    }

    function confirmEnrol(e) {
        e.preventDefault();
        api("POST", "/api/users/me/totp/confirm", { code: $("enrol-code").value }).then(function () {
            logout("Tweestapsverificatie staat aan. Log opnieuw in met een code.");
            $("code-field").hidden = false;
        }).catch(function (err) { problem(err.message); });
    }

    function start() {
        return api("GET", "/api/users/me").then(function (u) {
            me = u;
            $("who").textContent = u.displayName + " (" + u.roles.map(function (r) { return inDutch("role", r); }).join(", ") + ")";
            show("desk");
            $("cases-block").hidden = !seesCases();
            $("waiting-block").hidden = u.roles.indexOf("STAFF") < 0;
            $("providers-block").hidden = !isAdmin();
            refresh();
            if (u.roles.indexOf("STAFF") >= 0) { listen(); }
        });
    }

    function isStaff() { return me && me.roles.indexOf("STAFF") >= 0; }
    function isAdmin() { return me && me.roles.indexOf("ADMIN") >= 0; }
    function seesCases() { return me && (isStaff() || me.roles.indexOf("COORDINATOR") >= 0); }

    function refresh() {
        if (isAdmin()) { providers(); }
        if (!seesCases()) { return; }
        api("GET", "/api/cases?size=" + PAGE).then(function (cases) {
            var list = $("cases");
            list.textContent = "";
            var waiting = cases.filter(function (c) { return c.status === "NEEDS_STAFF" || c.status === "WAITING_FOR_COORDINATOR"; }).length;
            $("cases-count").textContent = waiting ? "(" + waiting + (waiting >= PAGE ? "+" : "")
                + (waiting === 1 ? " wacht)" : " wachten)") : "";
            cases.forEach(function (c) {
                var b = el("button");
                tags(b, c.priority, c.handoffReasons);
                b.appendChild(el("span", "tag", inDutch("status", c.status)));
                b.appendChild(document.createTextNode(" " + [c.client || "Onbekend", c.municipality,
                    c.needText && c.needText.slice(0, 60)].filter(Boolean).join(" – ")));
                b.appendChild(el("span", "when", "binnengekomen " + since(c.createdAt)));
                b.addEventListener("click", function () { openCase(c.id); });
                var li = el("li"); li.appendChild(b); list.appendChild(li);
            });
            if (!cases.length) { list.appendChild(el("li", "hint", "Geen aanvragen.")); }
        }).catch(function (err) { problem(err.message); });
        if (!isStaff()) { return; }
        conversations("WAITING", "conversations", "Niemand wacht.");
        conversations("STAFF", "held", "Geen.");
    }

    /** The conversations in a mode as a list; those a colleague holds say so, the user's own come first. */
    function conversations(mode, listId, none) {
        api("GET", "/api/conversations?mode=" + mode + "&size=" + PAGE).then(function (talks) {
            var list = $(listId);
            list.textContent = "";
            // how many, at a glance; a full page reads "50+"
            $(listId + "-count").textContent = talks.length ? "(" + talks.length + (talks.length >= PAGE ? "+" : "") + ")" : "";
            if (mode === "WAITING") {
                // seen in the browser's tab while staff work elsewhere: how many wait, and a crisis first
                var crisis = talks.some(function (c) { return c.priority === "CRISIS"; });
                document.title = (crisis ? "(!) " : "") + (talks.length ? "(" + talks.length + ") " : "") + TITLE;
            }
            talks.filter(function (c) { return c.heldBy === me.id; })
                .concat(talks.filter(function (c) { return c.heldBy !== me.id; }))
                .forEach(function (c) {
                    var b = el("button");
                    tags(b, c.priority, c.handoffReasons);
                    if (c.heldBy) { b.appendChild(el("span", "tag", c.heldBy === me.id ? "bij jou" : "bij een collega")); }
                    b.appendChild(document.createTextNode(" " + (c.client || "Onbekend") + " – " + inDutch("medium", c.medium)));
                    if (c.lastInboundAt) { b.appendChild(el("span", "when", "laatste bericht " + since(c.lastInboundAt))); }
                    b.addEventListener("click", function () { openConversation(c.id); });
                    var li = el("li"); li.appendChild(b); list.appendChild(li);
                });
            if (!talks.length) { list.appendChild(el("li", "hint", none)); }
        }).catch(function (err) { problem(err.message); });
    }

    /** The providers in the index, for an admin: who takes new clients, and where; a page more on request. */
    var providerPages = 1;
    function providers() {
        var pages = [];
        for (var n = 0; n < providerPages; n++) {
            pages.push(api("GET", "/api/providers?size=" + PAGE + "&page=" + n));
        }
        Promise.all(pages).then(function (found) {
            var items = [].concat.apply([], found.map(function (f) { return f.items; }));
            var total = found[0].total;
            var list = $("providers");
            list.textContent = "";
            $("providers-count").textContent = total ? "(" + total + ")" : "";
            items.forEach(function (v) {
                var pr = v.provider;
                var b = el("button");
                if (pr.acceptingClients === false) { b.appendChild(el("span", "tag", "geen nieuwe cliënten")); }
                b.appendChild(document.createTextNode(" " + pr.name));
                b.appendChild(el("span", "when", (pr.municipalities || []).join(", ")));
                b.addEventListener("click", function () { openProvider(pr.externalId); });
                var li = el("li"); li.appendChild(b); list.appendChild(li);
            });
            if (!items.length) { list.appendChild(el("li", "hint", "Nog geen aanbieders.")); }
            if (items.length < total) {
                var more = el("button", null, "Meer aanbieders tonen");
                more.type = "button";
                more.addEventListener("click", function () { providerPages++; providers(); });
                var li = el("li"); li.appendChild(more); list.appendChild(li);
            }
        }).catch(function (err) { problem(err.message); });
    }

    /**
     * "vanaf 60 jaar", "tot 18 jaar", "4 tot 18 jaar"; an open end is left out (the API leaves out what is not
     * set; 99 and up is no upper age, as the search reads it).
     */
    function ages(min, max) {
        if (max != null && max >= 99) { max = null; }
        if (min != null && min <= 0) { min = null; }
        if (min == null && max == null) { return "alle leeftijden"; }
        if (max == null) { return "vanaf " + min + " jaar"; }
        return (min == null ? "tot " : min + " tot ") + max + " jaar";
    }

    function openProvider(externalId) {
        openItem = { conversationId: null, reload: function () { openProvider(externalId); } };
        api("GET", "/api/providers/" + encodeURIComponent(externalId)).then(function (v) {
            var pr = v.provider;
            var d = $("detail");
            d.textContent = "";
            d.appendChild(el("h2", null, pr.name));
            var accepting = pr.acceptingClients !== false;
            var dl = el("dl", "answers");
            [["Neemt nieuwe cliënten aan", accepting ? "ja" : "nee"], ["Wat ze bieden", (pr.expertise || []).join(", ")],
                ["Gemeenten", (pr.municipalities || []).join(", ")],
                ["Leeftijd", ages(pr.ageMin, pr.ageMax)],
                ["Beschrijving", pr.description], ["Laatst gewijzigd", new Date(v.updatedAt).toLocaleString("nl-NL")]
            ].forEach(function (row) {
                if (row[1] === null || row[1] === undefined || row[1] === "") { return; }
                dl.appendChild(el("dt", null, row[0])); dl.appendChild(el("dd", null, row[1]));
            });
            d.appendChild(dl);
            var actions = el("div", "actions");
            // the whole provider goes back with one thing changed: the API replaces what it gets
            actions.appendChild(action(accepting ? "Neemt geen nieuwe cliënten meer aan" : "Neemt weer nieuwe cliënten aan",
                function () {
                    var changed = Object.assign({}, pr, { acceptingClients: !accepting });
                    return api("PUT", "/api/providers/" + encodeURIComponent(externalId), changed);
                }));
            d.appendChild(actions);
        }).catch(function (err) { problem(err.message); });
    }

    // The live feed: server-sent events read with fetch, which can send the token.
    function listen() {
        feed = new AbortController();
        fetch("/api/conversations/events", { headers: { Authorization: "Bearer " + token() }, signal: feed.signal })
            .then(function (r) {
                if (!r.ok) { return; }
                $("live").textContent = "Live bijgewerkt";
                var reader = r.body.getReader(), decoder = new TextDecoder(), buffer = "";
                function read() {
                    return reader.read().then(function (chunk) {
                        if (chunk.done) { return; }
                        buffer += decoder.decode(chunk.value, { stream: true });
                        var events = buffer.split("\n\n");
                        buffer = events.pop();
                        events.forEach(function (ev) {
                            var data = ev.split("\n").filter(function (l) { return l.indexOf("data:") === 0; })
                                .map(function (l) { return l.slice(5).trim(); }).join("");
                            if (!data) { return; }
                            var m = JSON.parse(data);
                            refresh();
                            if (openItem && openItem.conversationId === m.conversationId) { openItem.reload(); }
                        });
                        return read();
                    });
                }
                return read();
            }).catch(function () { $("live").textContent = ""; });
    }

    function transcript(messages) {
        var ol = el("ol", "transcript");
        messages.forEach(function (m) {
            var li = el("li", m.author);
            li.appendChild(el("span", "meta", inDutch("author", m.author) + " · " + new Date(m.createdAt).toLocaleString("nl-NL") +
                (m.errorCode ? " · fout " + m.errorCode : "") + (m.deliveryStatus ? " · " + inDutch("deliveryStatus", m.deliveryStatus) : "")));
            li.appendChild(document.createTextNode(m.body === null || m.body === undefined ? "(verwijderd)" : m.body));
            ol.appendChild(li);
        });
        return ol;
    }

    function action(label, run) {
        var b = el("button", null, label);
        b.type = "button";
        b.addEventListener("click", function () {
            problem("");
            run().then(function () { refresh(); if (openItem) { openItem.reload(); } })
                .catch(function (err) { problem(err.message); });
        });
        return b;
    }

    function textForm(label, placeholder, submit) {
        var form = el("form", "inline");
        var id = "f" + Math.random().toString(36).slice(2);
        var lab = el("label", "visually-hidden", label); lab.htmlFor = id;
        var area = el("textarea"); area.id = id; area.rows = 2; area.placeholder = placeholder; area.required = true;
        form.appendChild(lab); form.appendChild(area); form.appendChild(el("button", null, label));
        form.addEventListener("submit", function (e) {
            e.preventDefault();
            problem("");
            submit(area.value).then(function () { area.value = ""; if (openItem) { openItem.reload(); } })
                .catch(function (err) { problem(err.message); });
        });
        return form;
    }

    function openConversation(id) {
        openItem = { conversationId: id, reload: function () { openConversation(id); } };
        api("GET", "/api/conversations/" + id).then(function (v) {
            var d = $("detail");
            d.textContent = "";
            var c = v.conversation;
            d.appendChild(el("h2", null, "Gesprek met " + (c.client || "onbekend") + " (" + inDutch("medium", c.medium) + ", " + inDutch("mode", c.mode) + ")"));
            if (c.priority || c.handoffReasons.length) {
                var why = el("p");
                tags(why, c.priority, c.handoffReasons);
                d.appendChild(why);
            }
            var actions = el("div", "actions");
            var mine = c.mode === "STAFF" && c.heldBy === me.id;
            if (!mine) { actions.appendChild(action("Overnemen", function () { return api("POST", "/api/conversations/" + id + "/takeover"); })); }
            if (mine) { actions.appendChild(action("Teruggeven aan de assistent", function () { return api("POST", "/api/conversations/" + id + "/release"); })); }
            if (c.caseId) { actions.appendChild(action("Open de aanvraag", function () { openCase(c.caseId); return Promise.resolve(); })); }
            d.appendChild(actions);
            d.appendChild(transcript(v.messages));
            if (mine && c.freeTextAllowed) {
                d.appendChild(textForm("Versturen", "Antwoord aan de cliënt", function (t) {
                    return api("POST", "/api/conversations/" + id + "/messages", { text: t });
                }));
            } else if (mine) {
                // WhatsApp's 24-hour window: only an approved template reaches the client now
                d.appendChild(el("p", "hint", "De cliënt schreef meer dan 24 uur geleden. WhatsApp laat dan alleen een " +
                    "goedgekeurd bericht toe. Antwoordt de cliënt, dan kun je weer gewoon schrijven."));
                if (v.reopenText) {
                    d.appendChild(el("blockquote", "preview", v.reopenText));
                    var invite = el("div", "actions");
                    invite.appendChild(action("Uitnodiging sturen", function () {
                        return api("POST", "/api/conversations/" + id + "/reopen");
                    }));
                    d.appendChild(invite);
                } else {
                    d.appendChild(el("p", "hint", "Er is geen WhatsApp-sjabloon ingesteld. Bel de cliënt, of vraag de " +
                        "beheerder er een in te stellen."));
                }
            }
            d.appendChild(el("h3", null, "Interne notities"));
            v.notes.forEach(function (n) { d.appendChild(el("p", "note", n.text)); });
            d.appendChild(textForm("Notitie opslaan", "Alleen voor collega's", function (t) {
                return api("POST", "/api/conversations/" + id + "/notes", { text: t });
            }));
            d.appendChild(el("h3", null, "Gegevens van de cliënt"));
            d.appendChild(el("p", "hint", "Als de cliënt erom vraagt: alles wat we van deze cliënt bewaren als bestand, of alles verwijderen."));
            var rights = el("div", "actions");
            rights.appendChild(action("Gegevens downloaden", function () { return download(c.contactId); }));
            var eraseButton = action("Gegevens verwijderen", function () { return erase(c.contactId); });
            eraseButton.className = "danger";
            rights.appendChild(eraseButton);
            d.appendChild(rights);
        }).catch(function (err) { problem(err.message); });
    }

    /** Everything kept about the client as a JSON file (AVG article 15); the export is logged. */
    function download(contactId) {
        return api("GET", "/api/contacts/" + contactId + "/export").then(function (data) {
            var url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
            var a = el("a");
            a.href = url; a.download = "client-" + contactId + ".json";
            document.body.appendChild(a); a.click(); a.remove();
            setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
        });
    }

    /** Erasure (AVG article 17), after a second thought: it cannot be undone. */
    function erase(contactId) {
        if (!window.confirm("Alle gegevens en berichten van deze cliënt verwijderen? Dat kan niet ongedaan worden.")) {
            return Promise.resolve();
        }
        return api("DELETE", "/api/contacts/" + contactId).then(function () {
            openItem = null;
            var d = $("detail");
            d.textContent = "";
            d.appendChild(el("p", null, "De gegevens van deze cliënt zijn verwijderd. Het gesprek en de aanvragen zijn gesloten."));
        });
    }

    function openCase(id) {
        api("GET", "/api/cases/" + id).then(function (v) {
            var s = v.summary;
            openItem = { conversationId: s.conversationId, reload: function () { openCase(id); } };
            var d = $("detail");
            d.textContent = "";
            d.appendChild(el("h2", null, "Aanvraag van " + (s.client || "onbekend")));
            var p = el("p");
            tags(p, s.priority, s.handoffReasons);
            p.appendChild(el("span", "tag", inDutch("status", s.status)));
            d.appendChild(p);
            var dl = el("dl", "answers");
            [["Voor wie", inDutch("careFor", s.careFor)], ["Leeftijd", v.ageYears], ["Gemeente", s.municipality], ["Adres", v.address || v.postcode],
                ["Vraag", s.needText], ["Soort hulp", v.careKinds.map(function (k) { return k.label; }).join(", ")], ["Indicatie", v.indication && inDutch("indication", v.indication) + (v.indicationKind ? " (" + v.indicationKind + ")" : "")], ["Urgentie", inDutch("urgency", v.urgency)],
                ["Contact", [inDutch("contactPreference", v.contactPreference), v.contactDetail].filter(Boolean).join(": ")],
                ["Telefoon", v.phone], ["Toestemming", v.consent ? v.consent.textVersion + ", " +
                new Date(v.consent.givenAt).toLocaleString("nl-NL") : "nog niet"]].forEach(function (row) {
                if (row[1] === null || row[1] === undefined || row[1] === "") { return; }
                dl.appendChild(el("dt", null, row[0])); dl.appendChild(el("dd", null, row[1]));
            });
            d.appendChild(dl);
            if (v.suggestedProviders.length) {
                d.appendChild(el("h3", null, "Voorgestelde aanbieders"));
                var ul = el("ul");
                v.suggestedProviders.forEach(function (sp) {
                    ul.appendChild(el("li", null, sp.name + (v.chosenProvider === sp.externalId ? " (gekozen)" : "") +
                        ": " + (sp.reasons || []).join(", ")));
                });
                d.appendChild(ul);
            }
            var actions = el("div", "actions");
            if (s.status !== "CLOSED" && me.roles.indexOf("COORDINATOR") >= 0) {
                actions.appendChild(action("Aan mij toewijzen", function () { return api("POST", "/api/cases/" + id + "/assign", {}); }));
            }
            if (s.status !== "CLOSED" && isStaff()) {
                var pick = el("select"); pick.id = "coordinator"; pick.setAttribute("aria-label", "Coördinator");
                api("GET", "/api/users/coordinators").then(function (list) {
                    list.forEach(function (c) {
                        var o = el("option", null, c.displayName); o.value = c.id;
                        if (s.coordinatorId === c.id) { o.selected = true; }
                        pick.appendChild(o);
                    });
                });
                actions.appendChild(pick);
                actions.appendChild(action("Coördinator toewijzen", function () {
                    return api("POST", "/api/cases/" + id + "/assign", { coordinatorId: Number(pick.value) });
                }));
            }
            if (isStaff()) {
                actions.appendChild(action("Open het gesprek", function () { openConversation(s.conversationId); return Promise.resolve(); }));
            }
            d.appendChild(actions);
            if (s.status !== "CLOSED") {
                d.appendChild(textForm("Afsluiten", "Hoe is de aanvraag afgesloten?", function (t) {
                    return api("POST", "/api/cases/" + id + "/close", { outcome: t }).then(refresh);
                }));
            }
            d.appendChild(el("h3", null, "Gesprek"));
            d.appendChild(transcript(v.transcript));
        }).catch(function (err) { problem(err.message); });
    }

    document.addEventListener("DOMContentLoaded", function () {
        $("login-form").addEventListener("submit", login);
        $("enrol-form").addEventListener("submit", confirmEnrol);
        $("logout").addEventListener("click", function () { logout(""); });
        if (token()) { start().catch(function () { logout(""); }); } else { show("login"); }
    });
})();
