// The staff console: only the admin API (/login, /api/...), the token in this tab's
// sessionStorage. Every text from the API is put on the page as text, never as markup.
(function () {
    "use strict";
    var TOKEN = "zorgloket.console.token";
    var me = null, openItem = null, feed = null;
    // What staff typed and did not send yet, per form and conversation or case: kept while the pane is drawn anew or
    // another item is looked at, forgotten on sending and on logging out.
    var drafts = {};

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
        contactPreference: { THIS_CHANNEL: "via dit gesprek", CALL: "bellen", OTHER: "ander nummer of e-mail",
            SMS: "sms naar dit nummer" },
        author: { CLIENT: "cliënt", BOT: "assistent", STAFF: "medewerker", SYSTEM: "systeem" },
        role: { ADMIN: "beheerder", STAFF: "medewerker", COORDINATOR: "coördinator" },
        // the access log's words (a code without one is shown as it is)
        action: { ASSIGN: "toegewezen", CLOSE: "afgesloten", CREATE: "aangemaakt", DEACTIVATE: "uit het zoeken gehaald",
            ERASE: "gegevens verwijderd", EXPORT: "gegevens gedownload", IMPORT: "geïmporteerd", LIST: "in een lijst gezien",
            LOGIN: "ingelogd", LOGIN_FAILED: "inloggen mislukt", NOTE: "notitie geschreven", READ: "bekeken",
            REINDEX: "zoekindex opnieuw opgebouwd", RELEASE: "teruggegeven aan de assistent", SEARCH: "gevonden bij zoeken",
            SEND_MESSAGE: "bericht gestuurd", SEND_TEMPLATE: "sjabloon gestuurd", SET_PASSWORD: "wachtwoord gezet",
            SUBSCRIBE: "live-overzicht geopend", TAKEOVER: "overgenomen", TOTP_OFF: "tweestapsverificatie uitgezet",
            TOTP_ON: "tweestapsverificatie aangezet", TOTP_RESET: "tweestapsverificatie gereset",
            TOTP_START: "tweestapsverificatie begonnen", UPDATE: "gewijzigd" },
        objectType: { audit_log: "logboek", care_case: "aanvraag", contact: "cliënt", conversation: "gesprek",
            conversation_feed: "live-overzicht", postcode_area: "postcodegebieden", provider: "aanbieder",
            staff_user: "account" },
        handoffReason: { CLIENT_ASKED: "vroeg om een medewerker", CRISIS: "crisis of gevaar",
            SEE_DATA: "vraagt inzage in de gegevens", ERASE: "vraagt de gegevens te verwijderen",
            COMPLAINT: "heeft een klacht",
            VIOLENCE: "geweld of misbruik: vraag eerst of praten nu veilig kan" },
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
    // Chosen from a list on a phone's screen, where the detail lies under the lists, or far down a long list: the
    // detail is scrolled to once drawn.
    var bringDetail = false;
    function chosen(open) { return function () { bringDetail = true; open(); }; }
    /** The detail pane, emptied for what is drawn next; brought into view when it was just chosen. */
    function freshDetail() {
        var d = $("detail");
        d.textContent = "";
        if (bringDetail) {
            bringDetail = false;
            if (window.matchMedia("(max-width: 48rem)").matches || d.getBoundingClientRect().top < 0) {
                setTimeout(function () { d.scrollIntoView({ block: "start" }); }, 0);
            }
        }
        return d;
    }
    /** The detail pane as it is when nothing is chosen. */
    function nothingOpen() { freshDetail().appendChild(el("p", "hint", "Kies een aanvraag of een gesprek.")); }
    function token() { return sessionStorage.getItem(TOKEN); }
    function problem(text) { $("problem").textContent = text || ""; }

    // One call to the API; a problem+json answer becomes a readable error. `more` adds headers (If-Match).
    function api(method, path, body, more) {
        var headers = Object.assign({ "Accept": "application/json" }, more || {});
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
        $("own-password").hidden = section !== "desk";
    }

    function logout(reason) {
        sessionStorage.removeItem(TOKEN);
        if (feed) { feed.abort(); feed = null; }
        me = null;
        openItem = null;
        drafts = {};
        nothingOpen();
        $("who").textContent = "";
        document.title = TITLE;
        $("client-q").value = ""; $("found").textContent = "";
        providerPages = 1; providerQuery = ""; providerInactive = false;
        $("provider-filter").value = ""; $("provider-inactive").checked = false;
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
            $("search-block").hidden = u.roles.indexOf("STAFF") < 0;
            $("providers-block").hidden = !isAdmin();
            $("users-block").hidden = !isAdmin();
            $("audit-block").hidden = !isAdmin();
            $("queue-title").textContent = seesCases() ? "Wachtrij" : "Beheer";
            refresh();
            if (u.roles.indexOf("STAFF") >= 0) { listen(); }
        });
    }

    function isStaff() { return me && me.roles.indexOf("STAFF") >= 0; }
    function isAdmin() { return me && me.roles.indexOf("ADMIN") >= 0; }
    function seesCases() { return me && (isStaff() || me.roles.indexOf("COORDINATOR") >= 0); }

    /** A list item for what the button opens; `key` tells it from the others in its list. */
    function entry(key, button) {
        var li = el("li");
        li.dataset.key = key;
        li.appendChild(button);
        return li;
    }

    /**
     * Puts the items in the list as they are drawn now, keeping every item already there that did not change, so
     * that a click on it or the keyboard's focus on it is not lost while the lists are read again.
     */
    function fillList(list, items) {
        var old = [].slice.call(list.children);
        items.forEach(function (li, i) {
            var kept = old.filter(function (o) { return o.isEqualNode(li); })[0];
            if (kept) { old.splice(old.indexOf(kept), 1); }
            var node = kept || li;
            if (list.children[i] !== node) { list.insertBefore(node, list.children[i] || null); }
        });
        while (list.children.length > items.length) { list.removeChild(list.lastChild); }
    }

    function refresh() {
        if (isAdmin()) { providers(); users(); }
        if (!seesCases()) { return; }
        api("GET", "/api/cases?size=" + PAGE).then(function (cases) {
            var waiting = cases.filter(function (c) { return c.status === "NEEDS_STAFF" || c.status === "WAITING_FOR_COORDINATOR"; }).length;
            $("cases-count").textContent = waiting ? "(" + waiting + (waiting >= PAGE ? "+" : "")
                + (waiting === 1 ? " wacht)" : " wachten)") : "";
            fillList($("cases"), cases.length ? cases.map(function (c) {
                var b = el("button");
                tags(b, c.priority, c.handoffReasons);
                b.appendChild(el("span", "tag", inDutch("status", c.status)));
                b.appendChild(document.createTextNode(" " + [c.client || "Onbekend", c.municipality,
                    c.needText && c.needText.slice(0, 60)].filter(Boolean).join(" – ")));
                b.appendChild(el("span", "when", "binnengekomen " + since(c.createdAt)));
                b.addEventListener("click", chosen(function () { openCase(c.id); }));
                return entry(c.id, b);
            }) : [el("li", "hint", "Geen aanvragen.")]);
        }).catch(function (err) { problem(err.message); });
        if (!isStaff()) { return; }
        conversations("WAITING", "conversations", "Niemand wacht.");
        conversations("STAFF", "held", "Geen.");
    }

    /** The conversations in a mode as a list; those a colleague holds say so, the user's own come first. */
    function conversations(mode, listId, none) {
        api("GET", "/api/conversations?mode=" + mode + "&size=" + PAGE).then(function (talks) {
            // how many, at a glance; a full page reads "50+"
            $(listId + "-count").textContent = talks.length ? "(" + talks.length + (talks.length >= PAGE ? "+" : "") + ")" : "";
            if (mode === "WAITING") {
                // seen in the browser's tab while staff work elsewhere: how many wait, and a crisis first
                var crisis = talks.some(function (c) { return c.priority === "CRISIS"; });
                document.title = (crisis ? "(!) " : "") + (talks.length ? "(" + talks.length + ") " : "") + TITLE;
            }
            fillList($(listId), talks.length ? talks.filter(function (c) { return c.heldBy === me.id; })
                .concat(talks.filter(function (c) { return c.heldBy !== me.id; }))
                .map(function (c) { return conversationItem(c, false); }) : [el("li", "hint", none)]);
        }).catch(function (err) { problem(err.message); });
    }

    /** One conversation in a list; `withMode` says where it stands, for a list of all modes. */
    function conversationItem(c, withMode) {
        var b = el("button");
        tags(b, c.priority, c.handoffReasons);
        if (withMode && !c.heldBy) { b.appendChild(el("span", "tag", inDutch("mode", c.mode))); }
        if (c.heldBy) { b.appendChild(el("span", "tag", c.heldBy === me.id ? "bij jou" : "bij een collega")); }
        b.appendChild(document.createTextNode(" " + (c.client || "Onbekend") + " – " + inDutch("medium", c.medium)));
        if (c.lastInboundAt) { b.appendChild(el("span", "when", "laatste bericht " + since(c.lastInboundAt))); }
        b.addEventListener("click", chosen(function () { openConversation(c.id); }));
        return entry(c.id, b);
    }

    /** A client who calls: found by the number they write from or by part of their name, in any mode. */
    function searchClients(e) {
        e.preventDefault();
        problem("");
        var q = $("client-q").value.trim();
        var list = $("found");
        list.textContent = "";
        if (!q) { return; }
        api("GET", "/api/conversations/search?q=" + encodeURIComponent(q)).then(function (found) {
            found.forEach(function (c) { list.appendChild(conversationItem(c, true)); });
            if (!found.length) { list.appendChild(el("li", "hint", "Niemand gevonden met ‘" + q + "’.")); }
        }).catch(function (err) {
            list.appendChild(el("li", "hint", err.status === 400
                ? "Typ een telefoonnummer (6 cijfers of meer) of een deel van een naam (2 letters of meer)."
                : err.message));
        });
    }

    /**
     * The providers in the index, for an admin: who takes new clients, and where; a page more on request,
     * those whose name holds what is typed in the filter, or only the ones taken out of search.
     */
    var providerPages = 1, providerQuery = "", providerInactive = false, providerAsked = 0;
    function providers() {
        var asked = ++providerAsked;
        var filter = "&active=" + !providerInactive + (providerQuery ? "&q=" + encodeURIComponent(providerQuery) : "");
        var pages = [];
        for (var n = 0; n < providerPages; n++) {
            pages.push(api("GET", "/api/providers?size=" + PAGE + "&page=" + n + filter));
        }
        Promise.all(pages).then(function (found) {
            // typing in the filter asks again and again; only the last answer is shown
            if (asked !== providerAsked) { return; }
            var items = [].concat.apply([], found.map(function (f) { return f.items; }));
            var total = found[0].total;
            $("providers-count").textContent = total ? "(" + total + ")" : "";
            var shown = items.map(function (v) {
                var pr = v.provider;
                var b = el("button");
                if (pr.acceptingClients === false) { b.appendChild(el("span", "tag", "geen nieuwe cliënten")); }
                b.appendChild(document.createTextNode(" " + pr.name));
                b.appendChild(el("span", "when", (pr.municipalities || []).join(", ")));
                b.addEventListener("click", chosen(function () { openProvider(pr.externalId); }));
                return entry(pr.externalId, b);
            });
            if (!items.length) {
                shown.push(el("li", "hint", providerQuery ? "Geen aanbieder gevonden met ‘" + providerQuery + "’."
                    : providerInactive ? "Geen aanbieders uit het zoeken gehaald." : "Nog geen aanbieders."));
            }
            if (items.length < total) {
                var more = el("button", null, "Meer aanbieders tonen");
                more.type = "button";
                more.addEventListener("click", function () { providerPages++; providers(); });
                shown.push(entry("more", more));
            }
            fillList($("providers"), shown);
        }).catch(function (err) { problem(err.message); });
    }

    function filterProviders() {
        providerQuery = $("provider-filter").value.trim();
        providerInactive = $("provider-inactive").checked;
        providerPages = 1;
        providers();
    }

    /**
     * "vanaf 60 jaar", "tot en met 18 jaar", "4 tot en met 18 jaar"; an open end is left out (the API leaves
     * out what is not set; 99 and up is no upper age, as the search reads it).
     */
    function ages(min, max) {
        if (max != null && max >= 99) { max = null; }
        if (min != null && min <= 0) { min = null; }
        if (min == null && max == null) { return "alle leeftijden"; }
        if (max == null) { return "vanaf " + min + " jaar"; }
        return (min == null ? "tot en met " : min + " tot en met ") + max + " jaar";
    }

    var CHANGED_MEANWHILE = "Een collega heeft deze aanbieder net gewijzigd.";

    /** A change to a provider as it was read: refused (412) when someone changed it since. */
    function changeProvider(method, v, body) {
        return api(method, "/api/providers/" + encodeURIComponent(v.provider.externalId), body,
            { "If-Match": "\"" + v.version + "\"" });
    }

    function openProvider(externalId, notice) {
        openItem = { conversationId: null, reload: function () { openProvider(externalId); } };
        api("GET", "/api/providers/" + encodeURIComponent(externalId)).then(function (v) {
            var pr = v.provider;
            var d = freshDetail();
            d.appendChild(el("h2", null, pr.name));
            if (notice) { d.appendChild(el("p", "done", notice)); }
            if (!v.active) {
                d.appendChild(el("p", "note", "Uit het zoeken gehaald: de assistent stelt deze aanbieder niet voor."));
            }
            var accepting = pr.acceptingClients !== false;
            var address = pr.address ? [pr.address.street, [pr.address.postcode, pr.address.city].filter(Boolean).join(" ")]
                .filter(Boolean).join(", ") : "";
            var contact = pr.contact ? [pr.contact.phone, pr.contact.email, pr.contact.website].filter(Boolean).join(" · ") : "";
            var dl = el("dl", "answers");
            [["Neemt nieuwe cliënten aan", accepting ? "ja" : "nee"], ["Wat ze bieden", (pr.expertise || []).join(", ")],
                ["Gemeenten", (pr.municipalities || []).join(", ")],
                ["Leeftijd", ages(pr.ageMin, pr.ageMax)],
                ["Beschrijving", pr.description], ["Adres", address], ["Contact", contact],
                ["Kenmerk", pr.externalId + (v.demo ? " (demo)" : "")],
                ["Laatst gewijzigd", new Date(v.updatedAt).toLocaleString("nl-NL")]
            ].forEach(function (row) {
                if (row[1] === null || row[1] === undefined || row[1] === "") { return; }
                dl.appendChild(el("dt", null, row[0])); dl.appendChild(el("dd", null, row[1]));
            });
            d.appendChild(dl);
            var actions = el("div", "actions");
            var edit = el("button", null, "Wijzigen");
            edit.type = "button";
            edit.addEventListener("click", function () { problem(""); providerForm(v); });
            actions.appendChild(edit);
            // the whole provider goes back with one thing changed: the API replaces what it gets
            function put(changes) {
                return function () {
                    return changeProvider("PUT", v, Object.assign({}, pr, changes)).catch(meanwhile);
                };
            }
            function meanwhile(err) {
                if (err.status === 412) { err.message = CHANGED_MEANWHILE + " Hier zie je hoe het nu is."; openProvider(externalId); }
                throw err;
            }
            if (v.active) {
                actions.appendChild(action(accepting ? "Neemt geen nieuwe cliënten meer aan" : "Neemt weer nieuwe cliënten aan",
                    put({ acceptingClients: !accepting })));
                var out = action("Uit het zoeken halen", function () {
                    if (!window.confirm(pr.name + " uit het zoeken halen? De assistent stelt deze aanbieder dan niet meer voor. "
                        + "Je kunt dat later terugdraaien.")) { return Promise.resolve(); }
                    return changeProvider("DELETE", v).catch(meanwhile);
                });
                out.className = "danger";
                actions.appendChild(out);
            } else {
                // a replace makes it active again
                actions.appendChild(action("Weer laten vinden", put({})));
            }
            d.appendChild(actions);
        }).catch(function (err) { problem(err.message); });
    }

    /** Every municipality of the CBS list, once: the service areas a provider's form suggests as one types. */
    var municipalityNames = null;
    function municipalities() {
        if (!municipalityNames) {
            municipalityNames = api("GET", "/api/gazetteer/municipalities").then(function (list) {
                var dl = $("municipality-names");
                dl.textContent = "";
                list.forEach(function (m) { var o = el("option"); o.value = m.name; dl.appendChild(o); });
            }).catch(function () { municipalityNames = null; });
        }
    }

    // The form's fields by the API's names for them (errors come back under these names).
    var PROVIDER_LABELS = { externalId: "Kenmerk", name: "Naam", expertise: "Wat ze bieden", municipalities: "Gemeenten",
        ageMin: "Leeftijd vanaf", ageMax: "Leeftijd tot en met", acceptingClients: "Neemt nieuwe cliënten aan",
        description: "Beschrijving", "address.street": "Straat en huisnummer", "address.postcode": "Postcode",
        "address.city": "Plaats", "contact.phone": "Telefoon", "contact.email": "E-mail", "contact.website": "Website" };

    /** What a field holds in a provider as the API gives it, as the form compares it. */
    function providerValue(pr, name) {
        var path = name.split("."), value = pr;
        path.forEach(function (p) { value = value == null ? null : value[p]; });
        if (name === "acceptingClients") { return value !== false; }
        return Array.isArray(value) ? value.join("\n") : value == null ? "" : String(value);
    }

    /** A textarea as high as its lines, and a line to spare (a description's long lines wrap: a few more). */
    function fit(area) {
        var lines = area.value.split("\n").reduce(function (n, l) { return n + 1 + Math.floor(l.length / 70); }, 0);
        area.rows = Math.min(Math.max(3, lines + 1), 15);
    }

    function input(type, attrs) {
        var i = el(type === "textarea" ? "textarea" : "input");
        if (type !== "textarea") { i.type = type; }
        Object.keys(attrs || {}).forEach(function (k) { i.setAttribute(k, attrs[k]); });
        return i;
    }

    /**
     * A form whose fields carry the API's names for them, so what the API finds wrong (400, each field
     * named) is said at its field; `valueOf` fills a field, `labels` names it.
     */
    function fieldsForm(prefix, labels, valueOf) {
        var form = el("form", "fields-form");
        var notice = el("p", "problem-inline");
        notice.setAttribute("role", "alert");
        form.appendChild(notice);
        var inputs = {}, errors = {};
        function field(name, input, hint) {
            var id = prefix + "-" + name.replace(".", "-");
            input.id = id; input.name = name;
            var wrap = el("div", "field");
            var label = el("label", null, labels[name]); label.htmlFor = id;
            if (input.type === "checkbox") {
                input.checked = valueOf(name);
                label.insertBefore(input, label.firstChild);
                label.className = "check";
                wrap.appendChild(label);
            } else {
                input.value = valueOf(name);
                wrap.appendChild(label);
                wrap.appendChild(input);
                if (input.tagName === "TEXTAREA") { fit(input); input.addEventListener("input", function () { fit(input); }); }
            }
            var described = [];
            if (hint) { var h = el("p", "field-hint", hint); h.id = id + "-hint"; wrap.appendChild(h); described.push(h.id); }
            var error = el("p", "field-error"); error.id = id + "-error"; error.hidden = true;
            wrap.appendChild(error); described.push(error.id);
            input.setAttribute("aria-describedby", described.join(" "));
            inputs[name] = input; errors[name] = error;
            form.appendChild(wrap);
            return input;
        }
        function say(name, text) {
            var e = errors[name], i = inputs[name];
            e.textContent = text; e.hidden = !text;
            if (text) { i.setAttribute("aria-invalid", "true"); } else { i.removeAttribute("aria-invalid"); }
        }
        /** A 400 with its fields: each said at its field, the first one focused; true when it was one. */
        function invalid(err) {
            if (err.status !== 400 || !err.data || !err.data.errors) { return false; }
            var elsewhere = [];
            err.data.errors.forEach(function (e) {
                var n = String(e.field).replace(/\[\d+\]$/, "");
                if (errors[n]) { say(n, (errors[n].textContent ? errors[n].textContent + " " : "") + e.message); }
                else { elsewhere.push(e.message); }
            });
            notice.textContent = "Niet opgeslagen: kijk de velden met een fout na." + (elsewhere.length ? " " + elsewhere.join(" ") : "");
            var first = form.querySelector("[aria-invalid=true]");
            if (first) { first.focus(); }
            return true;
        }
        function clear() {
            notice.textContent = "";
            Object.keys(errors).forEach(function (n) { say(n, ""); });
        }
        /** The form's last row: its submit button (returned) and "Annuleren", which runs `cancel`. */
        function buttons(saveLabel, cancel) {
            var row = el("div", "actions");
            var save = el("button", null, saveLabel); save.type = "submit";
            var back = el("button", "secondary", "Annuleren"); back.type = "button";
            back.addEventListener("click", function () { problem(""); cancel(); });
            row.appendChild(save); row.appendChild(back);
            form.appendChild(row);
            return save;
        }
        return { form: form, notice: notice, inputs: inputs, errors: errors, field: field, say: say, invalid: invalid,
            clear: clear, buttons: buttons };
    }

    /**
     * A provider's form: a new one (v null) or a change to one as it was read. What the API finds wrong is
     * said at its field; when a colleague changed the provider meanwhile, the form says what they changed
     * and keeps what was typed, and saving again puts this form's values over theirs.
     */
    function providerForm(v) {
        var read = v ? v.provider : { acceptingClients: true };
        var version = v ? v.version : null;
        openItem = null;
        var d = freshDetail();
        d.appendChild(el("h2", null, v ? read.name + " wijzigen" : "Nieuwe aanbieder"));
        var f = fieldsForm("provider", PROVIDER_LABELS, function (name) { return providerValue(read, name); });
        var form = f.form, notice = f.notice, inputs = f.inputs, field = f.field, say = f.say;

        var name = field("name", input("text", { required: "", maxlength: "200", autocomplete: "off" }));
        if (!v) {
            var id = field("externalId", input("text", { required: "", maxlength: "64", autocomplete: "off",
                pattern: "[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}" }),
                "Blijft altijd hetzelfde, ook als de naam verandert; een import herkent de aanbieder eraan. " +
                "Letters, cijfers, '.', '_', ':' of '-', bijvoorbeeld de AGB-code.");
            // a proposal from the name until the admin writes one of their own
            var ownId = false;
            id.addEventListener("input", function () { ownId = true; });
            name.addEventListener("input", function () {
                if (!ownId) {
                    id.value = name.value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
                        .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 64);
                }
            });
        }
        field("expertise", input("textarea", { rows: "3" }),
            "Eén soort hulp per regel, in woorden die cliënten ook gebruiken: dagbesteding, autisme, huishoudelijke hulp.");
        var places = field("municipalities", input("textarea", { rows: "3" }),
            "Eén gemeente per regel, zoals het CBS ze schrijft: Oost Gelre, niet Lichtenvoorde. "
            + "Typ je een plaats bij ‘Gemeente toevoegen’, dan zoeken we de gemeente erbij.");
        // a textarea offers no list; the line being written gets its suggestions from a field beside it
        var pick = input("text", { list: "municipality-names", autocomplete: "off", "aria-label": "Gemeente toevoegen",
            placeholder: "Gemeente toevoegen" });
        pick.id = "provider-municipality-pick";
        var add = el("button", null, "Toevoegen"); add.type = "button";
        var adder = el("div", "adder"); adder.appendChild(pick); adder.appendChild(add);
        places.parentNode.insertBefore(adder, places.nextSibling);
        var added = el("p", "field-hint"); added.setAttribute("role", "status");
        adder.parentNode.insertBefore(added, adder.nextSibling);
        function addPlace() {
            var wanted = pick.value.trim();
            if (!wanted) { return; }
            // a village is looked up: Lichtenvoorde adds Oost Gelre, Hengelo asks which of two
            api("GET", "/api/gazetteer/municipalities?place=" + encodeURIComponent(wanted)).then(function (found) {
                var names = found.map(function (m) { return m.name; });
                if (names.length !== 1) {
                    say("municipalities", names.length ? "‘" + wanted + "’ kan in meer gemeenten liggen: " + names.join(", ")
                        + ". Kies de goede uit de lijst." : "‘" + wanted + "’ kennen we niet als gemeente of plaats. "
                        + "Kies een naam uit de lijst.");
                    return;
                }
                var lines = places.value.split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
                if (lines.indexOf(names[0]) < 0) { lines.push(names[0]); }
                places.value = lines.join("\n");
                fit(places);
                pick.value = "";
                say("municipalities", "");
                added.textContent = names[0].toLowerCase() === wanted.toLowerCase() ? names[0] + " staat er nu bij."
                    : wanted + " ligt in de gemeente " + names[0] + "; die staat er nu bij.";
                pick.focus();
            }).catch(function (err) { say("municipalities", err.message); });
        }
        add.addEventListener("click", addPlace);
        pick.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); addPlace(); } });
        municipalities();
        field("ageMin", input("number", { min: "0", max: "130", step: "1", inputmode: "numeric" }));
        field("ageMax", input("number", { min: "0", max: "130", step: "1", inputmode: "numeric" }),
            "Leeg laten als er geen grens is.");
        field("acceptingClients", input("checkbox"));
        field("description", input("textarea", { rows: "4", maxlength: "5000" }),
            "In gewone woorden wat ze doen en voor wie; ook hierop wordt gezocht.");
        field("address.street", input("text", { maxlength: "200", autocomplete: "off" }));
        field("address.postcode", input("text", { maxlength: "7", autocomplete: "off" }));
        field("address.city", input("text", { maxlength: "100", autocomplete: "off" }));
        field("contact.phone", input("tel", { maxlength: "32", autocomplete: "off" }));
        field("contact.email", input("email", { maxlength: "200", autocomplete: "off" }));
        field("contact.website", input("url", { maxlength: "300", autocomplete: "off", placeholder: "https://" }));

        var save = f.buttons(v ? "Opslaan" : "Aanbieder toevoegen",
            function () { if (v) { openProvider(read.externalId); } else { nothingOpen(); } });
        d.appendChild(form);
        name.focus();

        function text(n) { var t = inputs[n].value.trim(); return t === "" ? null : t; }
        function formValue(n) { return inputs[n].type === "checkbox" ? inputs[n].checked : inputs[n].value; }
        function same(a, b) {
            return typeof a === "boolean" || typeof b === "boolean" ? a === b
                : String(a).split("\n").map(function (l) { return l.trim(); }).filter(Boolean).join("\n")
                    === String(b).split("\n").map(function (l) { return l.trim(); }).filter(Boolean).join("\n");
        }
        function lines(n) {
            var seen = {};
            return inputs[n].value.split(/[\n,;]/).map(function (l) { return l.trim(); })
                .filter(function (l) { var fresh = l && !seen[l.toLowerCase()]; seen[l.toLowerCase()] = true; return fresh; });
        }
        function age(n) { var t = text(n); return t === null ? null : Number(t); }
        function moved() {
            return !same(formValue("address.postcode"), providerValue(read, "address.postcode"))
                || !same(formValue("address.city"), providerValue(read, "address.city"));
        }
        function body() {
            var address = { street: text("address.street"), postcode: text("address.postcode"), city: text("address.city") };
            var contact = { phone: text("contact.phone"), email: text("contact.email"), website: text("contact.website") };
            function orNull(o) { return Object.keys(o).some(function (k) { return o[k] !== null; }) ? o : null; }
            return { externalId: v ? read.externalId : text("externalId"), name: text("name"),
                description: text("description"), expertise: lines("expertise"), municipalities: lines("municipalities"),
                // moved to another postcode or place: the API finds its new location from the address
                address: orNull(address), location: moved() ? null : read.location || null,
                ageMin: age("ageMin"), ageMax: age("ageMax"),
                acceptingClients: inputs.acceptingClients.checked, contact: orNull(contact) };
        }

        form.addEventListener("submit", function (e) {
            e.preventDefault();
            problem("");
            f.clear();
            var sent = body();
            var saving = v ? api("PUT", "/api/providers/" + encodeURIComponent(read.externalId), sent,
                { "If-Match": "\"" + version + "\"" }) : api("POST", "/api/providers", sent);
            save.disabled = true;
            saving.then(function (saved) {
                refresh();
                openProvider(saved.provider.externalId, v ? "Opgeslagen." : "Toegevoegd.");
            }).catch(function (err) {
                save.disabled = false;
                if (f.invalid(err)) {
                    return;
                } else if (err.status === 409) {
                    say("externalId", "Er is al een aanbieder met dit kenmerk.");
                    inputs.externalId.focus();
                } else if (err.status === 412) {
                    // a colleague saved first: what they changed and this form did not is taken over; where
                    // both changed a field, this form's value stays and theirs is named; the next save goes over
                    return api("GET", "/api/providers/" + encodeURIComponent(read.externalId)).then(function (now) {
                        var taken = [], both = [];
                        Object.keys(inputs).forEach(function (n) {
                            var base = providerValue(read, n), theirs = providerValue(now.provider, n), mine = formValue(n);
                            if (same(theirs, base) || same(mine, theirs)) { return; }
                            if (same(mine, base)) {
                                if (inputs[n].type === "checkbox") { inputs[n].checked = theirs; } else { inputs[n].value = theirs; }
                                if (inputs[n].tagName === "TEXTAREA") { fit(inputs[n]); }
                                taken.push(PROVIDER_LABELS[n].toLowerCase());
                            } else {
                                both.push(PROVIDER_LABELS[n].toLowerCase() + " (bij de collega: ‘"
                                    + (theirs === true ? "ja" : theirs === false ? "nee" : theirs.replace(/\n/g, ", ") || "leeg") + "’)");
                            }
                        });
                        version = now.version;
                        read = now.provider;
                        notice.textContent = CHANGED_MEANWHILE
                            + (taken.length ? " Hun wijziging van " + taken.join(", ") + " staat nu ook hieronder." : "")
                            + (both.length ? " Jullie wijzigden allebei " + both.join(", ") + "; hieronder staat jouw versie." : "")
                            + (now.active ? "" : " De aanbieder is ook uit het zoeken gehaald; sla je op, dan komt ze er weer in.")
                            + " Kijk het na en sla opnieuw op.";
                        notice.scrollIntoView({ block: "nearest" });
                    });
                } else {
                    notice.textContent = err.message;
                }
            }).catch(function (err) { notice.textContent = err.message; });
        });
    }

    /** The accounts, for an admin: who may log in, with which roles, and who waits after failed logins. */
    function users() {
        api("GET", "/api/users").then(function (list) {
            $("users-count").textContent = "(" + list.length + ")";
            fillList($("users"), list.map(function (u) {
                var b = el("button");
                if (!u.active) { b.appendChild(el("span", "tag", "uitgeschakeld")); }
                if (u.lockedUntil) { b.appendChild(el("span", "tag", "wacht na mislukte logins")); }
                b.appendChild(document.createTextNode(" " + u.displayName + " (" + u.username + ")"));
                b.appendChild(el("span", "when", u.roles.map(function (r) { return inDutch("role", r); }).join(", ")));
                b.addEventListener("click", chosen(function () { openUser(u.id); }));
                return entry(u.id, b);
            }));
        }).catch(function (err) { problem(err.message); });
    }

    var ROLES = [["STAFF", "Medewerker van het klantenbureau: gesprekken en aanvragen"],
        ["COORDINATOR", "Coördinator: aanvragen krijgen en oppakken"], ["ADMIN", "Beheerder: aanbieders en accounts"]];
    var USER_LABELS = { username: "Gebruikersnaam", displayName: "Naam", password: "Wachtwoord", roles: "Rollen" };

    function openUser(id, notice) {
        openItem = { conversationId: null, reload: function () { openUser(id); } };
        api("GET", "/api/users/" + id).then(function (u) {
            var d = freshDetail();
            d.appendChild(el("h2", null, u.displayName));
            if (notice) { d.appendChild(el("p", "done", notice)); }
            var dl = el("dl", "answers");
            [["Gebruikersnaam", u.username], ["Rollen", u.roles.map(function (r) { return inDutch("role", r); }).join(", ")],
                ["Kan inloggen", u.active ? "ja" : "nee, uitgeschakeld"],
                ["Tweestapsverificatie", u.twoFactor ? "aan" : "uit"],
                ["Wacht na mislukte logins tot", u.lockedUntil && new Date(u.lockedUntil).toLocaleString("nl-NL")],
                ["Wachtwoord gewijzigd", new Date(u.passwordChangedAt).toLocaleString("nl-NL")],
                ["Account gemaakt", new Date(u.createdAt).toLocaleString("nl-NL")]
            ].forEach(function (row) {
                if (!row[1]) { return; }
                dl.appendChild(el("dt", null, row[0])); dl.appendChild(el("dd", null, row[1]));
            });
            d.appendChild(dl);
            var actions = el("div", "actions");
            var edit = el("button", null, "Wijzigen"); edit.type = "button";
            edit.addEventListener("click", function () { problem(""); userForm(u); });
            actions.appendChild(edit);
            var password = el("button", null, "Nieuw wachtwoord"); password.type = "button";
            password.addEventListener("click", function () { problem(""); passwordForm(u); });
            actions.appendChild(password);
            if (u.twoFactor) {
                actions.appendChild(action("Tweestapsverificatie resetten", function () {
                    if (!window.confirm("Tweestapsverificatie van " + u.displayName + " resetten? Doe dit alleen als "
                        + "diegene de telefoon met de app kwijt is. Diegene logt daarna in met alleen het wachtwoord "
                        + "en stelt de app opnieuw in.")) { return Promise.resolve(); }
                    return api("DELETE", "/api/users/" + u.id + "/totp");
                }));
            }
            if (u.active) {
                var off = action("Uitschakelen", function () {
                    if (!window.confirm(u.displayName + " uitschakelen? Diegene kan dan niet meer inloggen, en wie nu "
                        + "ingelogd is, wordt meteen uitgelogd.")) { return Promise.resolve(); }
                    return api("PATCH", "/api/users/" + u.id, { active: false }).catch(lastAdmin);
                });
                off.className = "danger";
                actions.appendChild(off);
            } else {
                actions.appendChild(action("Weer inschakelen", function () {
                    return api("PATCH", "/api/users/" + u.id, { active: true });
                }));
            }
            d.appendChild(actions);
        }).catch(function (err) { problem(err.message); });
    }

    function lastAdmin(err) {
        if (err.status === 409) {
            err.message = "Dit is de laatste beheerder die kan inloggen. Maak eerst iemand anders beheerder.";
        }
        throw err;
    }

    /** A password for a new account or a new one for an account: 16 letters and digits that are hard to mix up. */
    function newPassword() {
        var letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        var out = "";
        while (out.length < 19) {
            var b = crypto.getRandomValues(new Uint8Array(1))[0];
            // only bytes that map evenly onto the letters
            if (b < 256 - 256 % letters.length) {
                out += (out.length % 5 === 4 ? "-" : "") + letters[b % letters.length];
            }
        }
        return out;
    }

    /** The password field with a button that makes a strong one and shows it, to be passed on. */
    function passwordField(f, name) {
        var pw = f.field(name, input("text", { required: "", minlength: "12", maxlength: "200", autocomplete: "new-password",
            spellcheck: "false" }), "Minstens 12 tekens. Geef het wachtwoord veilig door, bijvoorbeeld in een "
            + "telefoongesprek; diegene kiest daarna zelf een nieuw.");
        var make = el("button", "secondary", "Maak een wachtwoord"); make.type = "button";
        make.addEventListener("click", function () { pw.value = newPassword(); pw.focus(); pw.select(); });
        var row = el("div", "adder"); row.appendChild(make);
        pw.parentNode.insertBefore(row, pw.nextSibling);
        return pw;
    }

    /** A new account (u null) or a change to one: name and roles; a new one also its username and password. */
    function userForm(u) {
        openItem = null;
        var d = freshDetail();
        d.appendChild(el("h2", null, u ? u.displayName + " wijzigen" : "Nieuw account"));
        var f = fieldsForm("user", USER_LABELS, function (name) { return u && u[name] ? u[name] : ""; });
        if (!u) {
            f.field("username", input("text", { required: "", maxlength: "64", autocomplete: "off",
                autocapitalize: "none", spellcheck: "false" }),
                "Kleine letters, cijfers, '.', '_' of '-', bijvoorbeeld els.devries. Later niet meer te wijzigen.");
        }
        var name = f.field("displayName", input("text", { required: "", maxlength: "200", autocomplete: "off" }),
            "Zoals collega's deze persoon kennen. Neemt diegene een gesprek over, dan leest de cliënt de voornaam.");
        // the roles: a group of boxes, named and said wrong as one field
        var roles = el("fieldset", "field roles");
        roles.appendChild(el("legend", null, USER_LABELS.roles));
        ROLES.forEach(function (r) {
            var box = input("checkbox"); box.value = r[0]; box.id = "user-role-" + r[0];
            box.checked = u ? u.roles.indexOf(r[0]) >= 0 : r[0] === "STAFF";
            var label = el("label", "check"); label.htmlFor = box.id;
            label.appendChild(box); label.appendChild(document.createTextNode(" " + r[1]));
            roles.appendChild(label);
        });
        var rolesError = el("p", "field-error"); rolesError.id = "user-roles-error"; rolesError.hidden = true;
        roles.appendChild(rolesError);
        roles.setAttribute("aria-describedby", rolesError.id);
        f.form.appendChild(roles);
        f.inputs.roles = roles; f.errors.roles = rolesError;
        if (!u) { passwordField(f, "password"); }

        var save = f.buttons(u ? "Opslaan" : "Account maken",
            function () { if (u) { openUser(u.id); } else { nothingOpen(); } });
        d.appendChild(f.form);
        (u ? name : f.inputs.username).focus();

        f.form.addEventListener("submit", function (e) {
            e.preventDefault();
            problem("");
            f.clear();
            var chosenRoles = [].slice.call(roles.querySelectorAll("input:checked")).map(function (b) { return b.value; });
            var saving = u ? api("PATCH", "/api/users/" + u.id, { displayName: name.value.trim(), roles: chosenRoles })
                .catch(lastAdmin)
                : api("POST", "/api/users", { username: f.inputs.username.value.trim().toLowerCase(),
                    displayName: name.value.trim(), password: f.inputs.password.value, roles: chosenRoles });
            save.disabled = true;
            saving.then(function (saved) {
                refresh();
                openUser(saved.id, u ? "Opgeslagen." : "Account gemaakt. Geef de gebruikersnaam en het wachtwoord door.");
            }).catch(function (err) {
                save.disabled = false;
                if (f.invalid(err)) { return; }
                if (err.status === 409 && !u) {
                    f.say("username", "Deze gebruikersnaam is al in gebruik.");
                    f.inputs.username.focus();
                } else {
                    f.notice.textContent = err.message;
                }
            });
        });
    }

    /** A new password for someone who forgot theirs. */
    function passwordForm(u) {
        openItem = null;
        var d = freshDetail();
        d.appendChild(el("h2", null, "Nieuw wachtwoord voor " + u.displayName));
        var f = fieldsForm("user", USER_LABELS, function () { return ""; });
        var pw = passwordField(f, "password");
        f.buttons("Wachtwoord opslaan", function () { openUser(u.id); });
        d.appendChild(f.form);
        pw.focus();
        f.form.addEventListener("submit", function (e) {
            e.preventDefault();
            f.clear();
            api("PUT", "/api/users/" + u.id + "/password", { password: pw.value }).then(function () {
                openUser(u.id, "Nieuw wachtwoord opgeslagen. Wie met het oude wachtwoord ingelogd was, is uitgelogd.");
            }).catch(function (err) {
                if (!f.invalid(err)) { f.notice.textContent = err.message; }
            });
        });
    }

    /** Anyone's own password: the current one, then the new one; every session of the account ends with it. */
    function ownPasswordForm() {
        openItem = null;
        var d = freshDetail();
        d.appendChild(el("h2", null, "Je wachtwoord wijzigen"));
        var f = fieldsForm("mine", { currentPassword: "Huidig wachtwoord", password: "Nieuw wachtwoord" },
            function () { return ""; });
        var current = f.field("currentPassword", input("password", { required: "", autocomplete: "current-password" }));
        var pw = f.field("password", input("password", { required: "", minlength: "12", maxlength: "200",
            autocomplete: "new-password" }), "Minstens 12 tekens. Daarna log je opnieuw in, ook op andere computers.");
        f.buttons("Wachtwoord wijzigen", nothingOpen);
        d.appendChild(f.form);
        current.focus();
        f.form.addEventListener("submit", function (e) {
            e.preventDefault();
            f.clear();
            api("PUT", "/api/users/me/password", { currentPassword: current.value, password: pw.value }).then(function () {
                // the account's tokens, this one too, are revoked with the old password
                logout("Je wachtwoord is gewijzigd. Log opnieuw in met je nieuwe wachtwoord.");
            }).catch(function (err) {
                if (f.invalid(err)) { return; }
                if (err.status === 403) {
                    f.say("currentPassword", "Dit is niet je huidige wachtwoord.");
                    current.focus();
                } else {
                    f.notice.textContent = err.message;
                }
            });
        });
    }

    /**
     * The access log as an admin filters it: who did what with whose data, newest first, a page of 100 at a
     * time. "Tot en met" a day is until the start of the next (the API's `until` is not included).
     */
    function auditLog(page) {
        var query = ["size=100", "page=" + page];
        var actor = $("audit-actor").value.trim(), contact = $("audit-contact").value.trim();
        var from = $("audit-from").value, until = $("audit-until").value;
        if (actor) { query.push("actor=" + encodeURIComponent(actor.toLowerCase())); }
        if (contact) { query.push("contactId=" + encodeURIComponent(contact)); }
        if (from) { query.push("from=" + from); }
        if (until) {
            var next = new Date(until + "T12:00:00Z");
            next.setUTCDate(next.getUTCDate() + 1);
            query.push("until=" + next.toISOString().slice(0, 10));
        }
        openItem = null;
        api("GET", "/api/audit?" + query.join("&")).then(function (rows) {
            var d = freshDetail();
            d.appendChild(el("h2", null, "Logboek"));
            d.appendChild(el("p", "hint", [actor && "account " + actor, contact && "cliëntnummer " + contact,
                from && "vanaf " + from, until && "tot en met " + until].filter(Boolean).join(", ") || "alles, nieuwste eerst"));
            if (!rows.length) {
                d.appendChild(el("p", null, page ? "Geen oudere regels." : "Niets gevonden."));
                return;
            }
            var wrap = el("div", "table-wrap");
            var table = el("table", "log");
            var head = el("tr");
            ["Wanneer", "Wie", "Wat", "Waarover", "Cliënt", "Toelichting"].forEach(function (h) {
                var th = el("th", null, h); th.scope = "col"; head.appendChild(th);
            });
            var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
            var body = el("tbody");
            rows.forEach(function (r) {
                var tr = el("tr");
                [new Date(r.occurredAt).toLocaleString("nl-NL"), r.actor + (r.onBehalfOf ? " (namens " + r.onBehalfOf + ")" : ""),
                    inDutch("action", r.action), inDutch("objectType", r.objectType) + (r.objectId ? " " + r.objectId : ""),
                    r.contactId == null ? "" : String(r.contactId), r.detail || ""].forEach(function (cell) {
                    tr.appendChild(el("td", null, cell));
                });
                body.appendChild(tr);
            });
            table.appendChild(body);
            wrap.appendChild(table);
            d.appendChild(wrap);
            var pages = el("div", "actions");
            function to(label, other) {
                pages.appendChild(action(label, function () { auditLog(other); return Promise.resolve(); }));
            }
            if (page > 0) { to("Nieuwere regels", page - 1); }
            if (rows.length === 100) { to("Oudere regels", page + 1); }
            d.appendChild(pages);
        }).catch(function (err) {
            problem(err.status === 400 && err.data && err.data.errors
                ? "Kijk de datums na: een dag als 2026-11-23." : err.message);
        });
    }

    // The live feed: server-sent events read with fetch, which can send the token. Once it says it watches, the
    // lists and what is open are read again, so nothing that came in meanwhile is missed. A feed that breaks off
    // (a restart, a dropped connection) is opened again after a pause that doubles up to a minute.
    var FEED_PAUSE = 1000, FEED_PAUSE_MAX = 60000;
    function listen(pause) {
        var mine = feed = new AbortController();
        pause = pause || FEED_PAUSE;
        fetch("/api/conversations/events", { headers: { Authorization: "Bearer " + token() }, signal: mine.signal })
            .then(function (r) {
                if (r.status === 401) { logout("Je sessie is verlopen. Log opnieuw in."); return; }
                if (!r.ok) { return; }
                var reader = r.body.getReader(), decoder = new TextDecoder(), buffer = "";
                function read() {
                    return reader.read().then(function (chunk) {
                        if (chunk.done) { return; }
                        buffer += decoder.decode(chunk.value, { stream: true });
                        var events = buffer.split("\n\n");
                        buffer = events.pop();
                        events.forEach(function (ev) {
                            var lines = ev.split("\n");
                            if (lines.indexOf(": watching") >= 0) {
                                $("live").textContent = "Live bijgewerkt";
                                pause = FEED_PAUSE;
                                refresh();
                                current();
                                return;
                            }
                            var data = lines.filter(function (l) { return l.indexOf("data:") === 0; })
                                .map(function (l) { return l.slice(5).trim(); }).join("");
                            if (!data) { return; }
                            var m = JSON.parse(data);
                            refresh();
                            if (openItem && openItem.conversationId === m.conversationId) { current(); }
                        });
                        return read();
                    });
                }
                return read();
            }).catch(function () { /* broken off: opened again below */ }).then(function () {
                if (feed !== mine) { return; }   // logged out, or opened anew
                $("live").textContent = "";
                setTimeout(function () { if (feed === mine) { listen(Math.min(pause * 2, FEED_PAUSE_MAX)); } }, pause);
            });
    }

    /** The messages as a list, which updateTranscript keeps up to date. */
    function transcript(messages) {
        var ol = el("ol", "transcript");
        updateTranscript(ol, messages);
        return ol;
    }

    /** Adds the messages the list lacks and brings the delivery status of those it has up to date. */
    function updateTranscript(ol, messages) {
        var shown = {};
        [].forEach.call(ol.children, function (li) { shown[li.dataset.id] = li; });
        messages.forEach(function (m) {
            var meta = inDutch("author", m.author) + " · " + new Date(m.createdAt).toLocaleString("nl-NL") +
                (m.errorCode ? " · fout " + m.errorCode : "") + (m.deliveryStatus ? " · " + inDutch("deliveryStatus", m.deliveryStatus) : "");
            var li = shown[m.id];
            if (li) {
                if (li.firstChild.textContent !== meta) { li.firstChild.textContent = meta; }
                return;
            }
            li = el("li", m.author);
            li.dataset.id = m.id;
            li.appendChild(el("span", "meta", meta));
            li.appendChild(document.createTextNode(m.body === null || m.body === undefined ? "(verwijderd)" : m.body));
            ol.appendChild(li);
        });
    }

    /**
     * Opens a conversation or case in the detail pane. It is drawn whole once; when its client writes, or staff
     * send something, only its transcript is brought up to date as long as nothing else in it changed, so a button
     * being clicked, a text being typed and a screen reader's place are not taken away. `load` fetches the view,
     * `shape` picks what of it the pane shows besides the transcript, `messages` the transcript's messages, and
     * `draw` draws it whole and gives its transcript list.
     */
    function openLive(conversationId, load, shape, messages, draw) {
        var drawn = null, asked = 0, shown = 0;
        var item = { conversationId: conversationId };
        item.update = function () {
            var n = ++asked;
            return load().then(function (v) {
                // another item was opened meanwhile, or a later answer is already on the page
                if (openItem !== item || n < shown) { return; }
                shown = n;
                var s = JSON.stringify(shape(v));
                if (drawn && drawn.shape === s && drawn.list.isConnected) {
                    updateTranscript(drawn.list, messages(v));
                } else {
                    drawn = { shape: s, list: draw(v) };
                }
            }).catch(function (err) { problem(err.message); });
        };
        item.reload = function () { drawn = null; return item.update(); };
        openItem = item;
        item.reload();
        return item;
    }

    /** Brings what is open up to date, in place where it can be. */
    function current() {
        if (openItem) { (openItem.update || openItem.reload)(); }
    }

    function action(label, run) {
        var b = el("button", null, label);
        b.type = "button";
        b.addEventListener("click", function () {
            problem("");
            run().then(function () { refresh(); current(); })
                .catch(function (err) { problem(err.message); });
        });
        return b;
    }

    /** A text to send, kept as a draft under `draft` until it is sent. */
    function textForm(label, placeholder, draft, submit) {
        var form = el("form", "inline");
        var id = "f" + Math.random().toString(36).slice(2);
        var lab = el("label", "visually-hidden", label); lab.htmlFor = id;
        var area = el("textarea"); area.id = id; area.rows = 2; area.placeholder = placeholder; area.required = true;
        area.value = drafts[draft] || "";
        area.addEventListener("input", function () { drafts[draft] = area.value; });
        // Ctrl+Enter (Cmd+Enter on a Mac) sends, as in most mail and chat programs; Enter alone starts a new line
        area.setAttribute("aria-keyshortcuts", "Control+Enter Meta+Enter");
        area.addEventListener("keydown", function (e) {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); }
        });
        form.appendChild(lab); form.appendChild(area); form.appendChild(el("button", null, label));
        form.addEventListener("submit", function (e) {
            e.preventDefault();
            problem("");
            var sent = area.value;
            submit(sent).then(function () {
                if (area.value === sent) { area.value = ""; delete drafts[draft]; }
                current();
            }).catch(function (err) { problem(err.message); });
        });
        return form;
    }

    function openConversation(id) {
        openLive(id, function () { return api("GET", "/api/conversations/" + id); }, function (v) {
            var c = Object.assign({}, v.conversation);
            delete c.updatedAt; delete c.lastInboundAt;
            return [c, v.notes, v.reopenText];
        }, function (v) { return v.messages; }, function (v) {
            var d = freshDetail();
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
            var list = d.appendChild(transcript(v.messages));
            if (mine && c.freeTextAllowed) {
                d.appendChild(textForm("Versturen", "Antwoord aan de cliënt", "reply " + id, function (t) {
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
            d.appendChild(textForm("Notitie opslaan", "Alleen voor collega's", "note " + id, function (t) {
                return api("POST", "/api/conversations/" + id + "/notes", { text: t });
            }));
            d.appendChild(el("h3", null, "Gegevens van de cliënt"));
            d.appendChild(el("p", "hint", "Als de cliënt erom vraagt: alles wat we van deze cliënt bewaren als bestand, of alles "
                + "verwijderen. Wil de cliënt weten wie de gegevens heeft bekeken? Geef de beheerder het cliëntnummer: "
                + c.contactId + "."));
            var rights = el("div", "actions");
            rights.appendChild(action("Gegevens downloaden", function () { return download(c.contactId); }));
            var eraseButton = action("Gegevens verwijderen", function () { return erase(c.contactId); });
            eraseButton.className = "danger";
            rights.appendChild(eraseButton);
            d.appendChild(rights);
            return list;
        });
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
            var d = freshDetail();
            d.appendChild(el("p", null, "De gegevens van deze cliënt zijn verwijderd. Het gesprek en de aanvragen zijn gesloten."));
        });
    }

    function openCase(id) {
        // the conversation it came from is known once the case is read (after openLive has given the item)
        var item = openLive(null, function () {
            return api("GET", "/api/cases/" + id).then(function (v) { item.conversationId = v.summary.conversationId; return v; });
        }, function (v) { return Object.assign({}, v, { transcript: null }); },
            function (v) { return v.transcript; }, function (v) {
            var s = v.summary;
            var d = freshDetail();
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
                d.appendChild(textForm("Afsluiten", "Hoe is de aanvraag afgesloten?", "outcome " + id, function (t) {
                    return api("POST", "/api/cases/" + id + "/close", { outcome: t }).then(refresh);
                }));
            }
            d.appendChild(el("h3", null, "Gesprek"));
            return d.appendChild(transcript(v.transcript));
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        $("login-form").addEventListener("submit", login);
        $("enrol-form").addEventListener("submit", confirmEnrol);
        $("logout").addEventListener("click", function () { logout(""); });
        $("client-search").addEventListener("submit", searchClients);
        var typing = null;
        $("provider-filter").addEventListener("input", function () {
            clearTimeout(typing);
            typing = setTimeout(filterProviders, 250);
        });
        $("provider-inactive").addEventListener("change", filterProviders);
        $("provider-new").addEventListener("click", chosen(function () { problem(""); providerForm(null); }));
        $("user-new").addEventListener("click", chosen(function () { problem(""); userForm(null); }));
        $("own-password").addEventListener("click", chosen(function () { problem(""); ownPasswordForm(); }));
        $("audit-form").addEventListener("submit", function (e) {
            e.preventDefault();
            problem("");
            bringDetail = true;
            auditLog(0);
        });
        if (token()) { start().catch(function () { logout(""); }); } else { show("login"); }
    });
})();
