// A client in the web chat (embedded by the widget in another site), staff in the console: the
// whole path in Debian's chromium. Started by bin/browser-test, which runs the service.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdirSync, readFileSync } from "node:fs";
import { createHmac, randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";

const BASE = process.env.ZORGLOKET_URL;
const SITE_PORT = Number(process.env.SITE_PORT);
const ADMIN_PASSWORD = process.env.ZORGLOKET_ADMIN_PASSWORD;
const SCREENSHOTS = process.env.SCREENSHOTS_DIR;
const STAFF = { username: "els", password: "els-wachtwoord-123", displayName: "Els de Vries" };

let browser, site;

async function api(method, path, token, body) {
  const r = await fetch(BASE + path, {
    method, headers: { "Content-Type": "application/json", ...(token ? { Authorization: "Bearer " + token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null };
}

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  // the cooperative's own site, on another origin, with the widget's one script tag
  site = http.createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="nl"><head><title>Sorg</title></head><body><h1>Sorg</h1>` +
      `<script src="${BASE}/chat/widget.js" defer></script></body></html>`);
  }).listen(SITE_PORT, "127.0.0.1");
  const admin = (await api("POST", "/login", null, { username: "admin", password: ADMIN_PASSWORD })).body.access_token;
  const created = await api("POST", "/api/users", admin, { ...STAFF, roles: ["STAFF", "COORDINATOR"] });
  assert.ok(created.status === 201 || created.status === 409, JSON.stringify(created.body));
});

after(async () => {
  await browser?.close();
  site?.close();
});

async function openChat(context) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("dialog", (d) => { problems.push("dialog " + d.message()); d.dismiss(); });
  await page.goto(`http://localhost:${SITE_PORT}/`);
  await page.getByRole("button", { name: "Chat met ons" }).click();
  const chat = page.frameLocator("iframe[title='Chat met ons']");
  return { page, chat, problems };
}

async function logIn(context) {
  const desk = await context.newPage();
  await desk.goto(`${BASE}/console`);
  await desk.getByLabel("Gebruikersnaam").fill(STAFF.username);
  await desk.getByLabel("Wachtwoord").fill(STAFF.password);
  await desk.getByRole("button", { name: "Inloggen" }).click();
  await desk.locator("#who").waitFor();
  return desk;
}

// The admin in the console, confirming every question asked; the page's script errors collected.
async function adminDesk(context) {
  const desk = await context.newPage();
  const problems = [];
  desk.on("pageerror", (e) => problems.push(String(e)));
  desk.on("dialog", (d) => d.accept());
  await desk.goto(`${BASE}/console`);
  await desk.getByLabel("Gebruikersnaam").fill("admin");
  await desk.getByLabel("Wachtwoord").fill(ADMIN_PASSWORD);
  await desk.getByRole("button", { name: "Inloggen" }).click();
  await desk.locator("#who").waitFor();
  return { desk, problems };
}

// A WhatsApp message as Twilio delivers it: a form signed with the service's auth token.
async function whatsapp(from, name, body) {
  const url = `${BASE}/twilio/messages`;
  const params = { From: `whatsapp:${from}`, To: "whatsapp:+3197000000000", Body: body, NumMedia: "0",
    ProfileName: name, MessageSid: "SM" + randomBytes(16).toString("hex") };
  const signed = url + Object.keys(params).sort().map((k) => k + params[k]).join("");
  const signature = createHmac("sha1", process.env.TWILIO_AUTH_TOKEN).update(signed).digest("base64");
  const r = await fetch(url, { method: "POST", body: new URLSearchParams(params),
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature } });
  assert.equal(r.status, 200, await r.text());
}

// A statement on the test's own database (bin/browser-test names it when it uses the local MariaDB).
function sql(statement) {
  const args = ["-h", "127.0.0.1", "-u", "root", process.env.BROWSER_TEST_DATABASE, "-e", statement];
  try {
    execFileSync("mariadb", args);
  } catch {
    execFileSync("mysql", args);
  }
}

// A download that never started was seen once in about fifteen runs, when the open conversation was still drawn
// anew on each of its client's messages and a click at that moment was lost: the button is clicked again, at most
// thrice.
async function downloadBy(page, button) {
  for (let attempt = 1; ; attempt++) {
    try {
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 10000 }), button.click()]);
      return download;
    } catch (e) {
      if (attempt === 3) { throw e; }
    }
  }
}

async function say(chat, text) {
  await chat.locator("#chat-input").fill(text);
  await chat.locator("#chat-input").press("Enter");
}

test("a client asks for help in the widget, staff take over in the console, and the reply reaches the chat", async () => {
  const context = await browser.newContext();
  const { page, chat, problems } = await openChat(context);
  await say(chat, "Hallo, mijn moeder van 82 wordt vergeetachtig, wij wonen in Groenlo");
  await chat.locator(".bubble.bot").first().waitFor();
  await chat.locator("#chat-choices button").first().waitFor();   // numbered options as buttons
  await say(chat, "medewerker");
  await chat.locator(".bubble.bot", { hasText: "medewerker van het klantenbureau" }).waitFor();

  const desk = await logIn(context);
  await desk.locator("#cases button", { hasText: "vergeetachtig" }).first().waitFor();
  // codes are shown in Dutch, the roles too
  await desk.locator("#cases button .tag", { hasText: "wacht op een medewerker" }).first().waitFor();
  assert.match(await desk.locator("#cases-count").textContent(), /^\((1 wacht|\d+ wachten)\)$/);
  assert.equal(await desk.locator("#who").textContent(), "Els de Vries (medewerker, coördinator)");
  // when it came in, as a queue is read: the time today
  assert.match(await desk.locator("#cases button .when").first().textContent(), /^binnengekomen \d\d:\d\d$/);
  // a request told over several messages keeps its lines in the case view
  await desk.locator("#cases button", { hasText: "vergeetachtig" }).first().click();
  await desk.locator("dl.answers dd").first().waitFor();
  assert.equal(await desk.locator("dl.answers dd").first().evaluate((e) => getComputedStyle(e).whiteSpace), "pre-line");
  // the kinds of care read from the client's words, next to their words
  assert.equal(await desk.locator("dl.answers dt", { hasText: "Soort hulp" }).locator("xpath=following-sibling::dd[1]")
    .textContent(), "geheugenproblemen of dementie");
  await desk.locator("#conversations button", { hasText: "webchat" }).first().click();
  await desk.getByRole("button", { name: "Overnemen" }).click();
  await desk.locator("#detail h2", { hasText: "(webchat, met een medewerker)" }).waitFor();
  // the conversations staff hold stay at hand, the user's own marked
  await desk.locator("#held button", { hasText: "bij jou" }).filter({ hasText: "webchat" }).first().waitFor();
  await desk.getByPlaceholder("Antwoord aan de cliënt").fill("Dag, ik ben Els. Ik bel je morgen om 10 uur.");
  await desk.getByRole("button", { name: "Versturen" }).click();

  await chat.locator(".bubble.staff", { hasText: "Ik bel je morgen om 10 uur" }).waitFor();
  if (SCREENSHOTS) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/chat.png` });
    // the queue and the conversation's head, as staff see them first
    await desk.evaluate(() => window.scrollTo(0, 0));
    await desk.screenshot({ path: `${SCREENSHOTS}/console.png` });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("staff see why a client waits, give them their data and erase it", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/chat`);
  await say(page, "Hoi, ik zocht hulp voor mijn vader in Winterswijk");
  await page.locator(".bubble.bot").first().waitFor();
  await say(page, "verwijder mijn gegevens");
  await page.locator(".bubble.bot", { hasText: "verwijdert je gegevens" }).waitFor();

  const desk = await logIn(context);
  // how many wait, at a glance, in the browser's tab too
  await desk.locator("#conversations-count", { hasText: /^\(\d+\)$/ }).waitFor();
  assert.match(await desk.title(), /^\(\d+\) /);
  const waiting = desk.locator("#conversations button", { hasText: "vraagt de gegevens te verwijderen" });
  await waiting.first().click();
  await desk.locator("#detail .tag", { hasText: "vraagt de gegevens te verwijderen" }).waitFor();

  const download = await downloadBy(desk, desk.getByRole("button", { name: "Gegevens downloaden" }));
  assert.match(download.suggestedFilename(), /^client-\d+\.json$/);
  const kept = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.ok(JSON.stringify(kept.conversations).includes("ik zocht hulp voor mijn vader in Winterswijk"));

  const asked = [];
  desk.once("dialog", (d) => { asked.push(d.message()); d.accept(); });
  await desk.getByRole("button", { name: "Gegevens verwijderen" }).click();
  await desk.locator("#detail", { hasText: "De gegevens van deze cliënt zijn verwijderd." }).waitFor();
  assert.match(asked[0], /kan niet ongedaan worden/);
  // the conversation leaves the waiting list
  await waiting.first().waitFor({ state: "detached" });
  await context.close();
});

test("a WhatsApp client who last wrote a day ago is invited to answer with the approved template",
  { skip: process.env.BROWSER_TEST_DATABASE ? false : "needs the local MariaDB to age the conversation" }, async () => {
  await whatsapp("+31612340000", "Henk", "Hoi, ik ben Henk. Mijn vrouw van 80 heeft dementie, we wonen in Zelhem");
  await whatsapp("+31612340000", "Henk", "medewerker");
  sql("UPDATE conversation SET last_inbound_at = NOW(6) - INTERVAL 25 HOUR WHERE open_key = 'whatsapp:+31612340000'");

  const context = await browser.newContext();
  const desk = await logIn(context);
  await desk.locator("#conversations button", { hasText: "Henk" }).first().click();
  await desk.getByRole("button", { name: "Overnemen" }).click();
  await desk.locator("#detail", { hasText: "De cliënt schreef meer dan 24 uur geleden." }).waitFor();
  assert.equal(await desk.getByPlaceholder("Antwoord aan de cliënt").count(), 0, "no free text where it cannot go");
  const invitation = await desk.locator("#detail blockquote.preview").textContent();
  assert.match(invitation, /^Hallo Henk, /);
  await desk.getByRole("button", { name: "Uitnodiging sturen" }).click();
  await desk.locator(".transcript li.STAFF", { hasText: invitation }).waitFor();
  await context.close();
});

test("a client who calls the office while the assistant talks with them is found by number and taken over", async () => {
  await whatsapp("+31698765432", "Greet", "Hoi, ik zoek hulp voor mijn man");

  const context = await browser.newContext();
  const desk = await logIn(context);
  await desk.getByLabel("Zoek een cliënt").fill("06 98 76 54 32");
  await desk.getByRole("button", { name: "Zoeken" }).click();
  const found = desk.locator("#found button", { hasText: "Greet" });
  await found.locator(".tag", { hasText: "met de assistent" }).waitFor();
  await found.click();
  await desk.getByRole("button", { name: "Overnemen" }).click();
  await desk.getByPlaceholder("Antwoord aan de cliënt").waitFor();
  await desk.locator("#held button", { hasText: "Greet" }).waitFor();

  // the client writes while staff type an answer: the message is added, the pane is not drawn anew, the text stays
  const reply = desk.getByPlaceholder("Antwoord aan de cliënt");
  await reply.fill("Dag Greet, ik ben Els. Wat fijn dat");
  await desk.evaluate(() => { window.drawnHeading = document.querySelector("#detail h2"); });
  await whatsapp("+31698765432", "Greet", "Hij is 84 en valt steeds");
  await desk.locator(".transcript li.CLIENT", { hasText: "Hij is 84 en valt steeds" }).waitFor();
  assert.equal(await reply.inputValue(), "Dag Greet, ik ben Els. Wat fijn dat");
  assert.ok(await reply.evaluate((e) => document.activeElement === e), "the answer keeps the focus");
  assert.ok(await desk.evaluate(() => window.drawnHeading.isConnected), "the pane is not drawn anew");
  // a draft stays when staff look elsewhere and come back, and goes once it is sent
  await desk.getByRole("button", { name: "Mijn wachtwoord" }).click();
  await desk.locator("#held button", { hasText: "Greet" }).click();
  assert.equal(await reply.inputValue(), "Dag Greet, ik ben Els. Wat fijn dat");
  await reply.fill("Dag Greet, ik ben Els. Ik bel u vandaag.");
  await reply.press("Control+Enter");
  await desk.locator(".transcript li.STAFF", { hasText: "Ik bel u vandaag." }).waitFor();
  assert.equal(await reply.inputValue(), "");
  assert.equal(await desk.locator(".transcript li", { hasText: "Hij is 84 en valt steeds" }).count(), 1);
  // what was open and typed goes with the logout: the next one at this screen sees none of it
  await reply.fill("Nog een concept");
  await desk.getByRole("button", { name: "Uitloggen" }).click();
  await desk.getByLabel("Gebruikersnaam").fill(STAFF.username);
  await desk.getByLabel("Wachtwoord").fill(STAFF.password);
  await desk.getByRole("button", { name: "Inloggen" }).click();
  await desk.locator("#who").waitFor();
  assert.equal(await desk.locator("#detail").textContent(), "Kies een aanvraag of een gesprek.");
  await desk.locator("#held button", { hasText: "Greet" }).click();
  await desk.locator(".transcript li.CLIENT", { hasText: "Hij is 84 en valt steeds" }).waitFor();
  assert.equal(await reply.inputValue(), "");

  await desk.getByLabel("Zoek een cliënt").fill("Gerrit-Jan");
  await desk.getByRole("button", { name: "Zoeken" }).click();
  await desk.locator("#found li", { hasText: "Niemand gevonden met ‘Gerrit-Jan’." }).waitFor();
  await desk.getByLabel("Zoek een cliënt").fill("1");
  await desk.getByRole("button", { name: "Zoeken" }).click();
  await desk.locator("#found li", { hasText: "Typ een telefoonnummer" }).waitFor();
  await context.close();
});

test("the console's live feed opens again when it broke off, and misses nothing that came meanwhile", async () => {
  const context = await browser.newContext();
  let opened = 0;
  await context.route("**/api/conversations/events", (route) => (++opened === 1 ? route.abort() : route.continue()));
  const desk = await logIn(context);
  await desk.locator("#live", { hasText: "Live bijgewerkt" }).waitFor();
  assert.equal(opened, 2);
  await whatsapp("+31655501234", "Joop", "Ik wil graag een medewerker spreken");
  await desk.locator("#conversations button", { hasText: "Joop" }).waitFor();
  // a list read again keeps what did not change: the keyboard's focus on an item stays
  await desk.locator("#conversations button", { hasText: "Joop" }).focus();
  await whatsapp("+31655505678", "Kees", "medewerker");
  await desk.locator("#conversations button", { hasText: "Kees" }).waitFor();
  assert.equal(await desk.evaluate(() => document.activeElement.textContent), await desk.locator("#conversations button",
    { hasText: "Joop" }).textContent());
  await context.close();
});

test("an admin sees the providers and marks one as taking no new clients", async () => {
  const admin = (await api("POST", "/login", null, { username: "admin", password: ADMIN_PASSWORD })).body.access_token;
  const provider = { externalId: "browser-farm", name: "Zorgboerderij De Proef", municipalities: ["Oost Gelre"],
    expertise: ["dagbesteding"], ageMin: 12, acceptingClients: true };
  const created = await api("POST", "/api/providers", admin, provider);
  assert.ok(created.status === 201 || created.status === 409, JSON.stringify(created.body));

  const context = await browser.newContext();
  const desk = await context.newPage();
  await desk.goto(`${BASE}/console`);
  await desk.getByLabel("Gebruikersnaam").fill("admin");
  await desk.getByLabel("Wachtwoord").fill(ADMIN_PASSWORD);
  await desk.getByRole("button", { name: "Inloggen" }).click();
  await desk.locator("#providers button", { hasText: "Zorgboerderij De Proef" }).click();
  assert.equal(await desk.locator("dl.answers dt", { hasText: "Leeftijd" }).locator("xpath=following-sibling::dd[1]")
    .textContent(), "vanaf 12 jaar");
  await desk.getByRole("button", { name: "Neemt geen nieuwe cliënten meer aan" }).click();
  await desk.getByRole("button", { name: "Neemt weer nieuwe cliënten aan" }).waitFor();
  await desk.locator("#providers button", { hasText: "Zorgboerderij De Proef" }).locator(".tag", { hasText: "geen nieuwe cliënten" }).waitFor();
  const saved = await api("GET", "/api/providers/browser-farm", admin);
  assert.equal(saved.body.provider.acceptingClients, false);
  assert.deepEqual(saved.body.provider.municipalities, ["Oost Gelre"], "the rest of the provider is kept");
  // an admin who is no staff member sees no queue and gets no error for it
  assert.ok(await desk.locator("#cases-block").isHidden());
  assert.equal(await desk.locator("#problem").textContent(), "");

  // more providers than a page: the next page on request
  for (let i = 0; i < 50; i++) {
    const extra = await api("POST", "/api/providers", admin, { externalId: `browser-extra-${i}`, name: `Extra aanbieder ${i}`,
      municipalities: ["Aalten"], expertise: ["begeleiding"] });
    assert.ok(extra.status === 201 || extra.status === 409, JSON.stringify(extra.body));
  }
  await desk.reload();
  const more = desk.getByRole("button", { name: "Meer aanbieders tonen" });
  await more.waitFor();
  assert.equal(await desk.locator("#providers li button").count(), 51, "a page of 50 and the button for more");
  await more.click();
  await more.waitFor({ state: "detached" });
  assert.ok(await desk.locator("#providers li button").count() >= 51);
  await context.close();
});

test("an admin finds a provider by name, adds one, and a colleague's change meanwhile is not undone", async () => {
  const admin = (await api("POST", "/login", null, { username: "admin", password: ADMIN_PASSWORD })).body.access_token;
  const context = await browser.newContext({ bypassCSP: true });
  const { desk, problems } = await adminDesk(context);
  await desk.locator("#providers li").first().waitFor();

  // a new provider: the id is proposed from the name; a village finds its municipality
  await desk.getByRole("button", { name: "Nieuwe aanbieder" }).click();
  await desk.getByLabel("Naam", { exact: true }).fill("Thuiszorg Één Proef");
  assert.equal(await desk.getByLabel("Kenmerk", { exact: true }).inputValue(), "thuiszorg-een-proef");
  await desk.getByLabel("Gemeente toevoegen").fill("Lichtenvoorde");
  await desk.getByLabel("Gemeente toevoegen").press("Enter");
  await desk.getByText("Lichtenvoorde ligt in de gemeente Oost Gelre; die staat er nu bij.").waitFor();
  await desk.getByLabel("Gemeente toevoegen").fill("Hengelo");
  await desk.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await desk.getByText("‘Hengelo’ kan in meer gemeenten liggen: Bronckhorst, Hengelo.", { exact: false }).waitFor();
  assert.equal(await desk.getByLabel("Gemeenten").inputValue(), "Oost Gelre");
  await desk.getByLabel("Postcode").fill("71");
  // what the API finds wrong is said at its field, and nothing is stored
  await desk.getByRole("button", { name: "Aanbieder toevoegen" }).click();
  await desk.locator("#provider-expertise-error").waitFor();
  assert.match(await desk.locator("#provider-address-postcode-error").textContent(), /7141 AB/);
  assert.equal(await desk.getByLabel("Postcode").getAttribute("aria-invalid"), "true");
  assert.equal((await api("GET", "/api/providers/thuiszorg-een-proef", admin)).status, 404);
  assert.deepEqual(await accessibilityProblems(desk), []);
  await desk.getByLabel("Wat ze bieden").fill("wijkverpleging\npersoonlijke verzorging");
  await desk.getByLabel("Postcode").fill("7141ab");
  await desk.getByRole("button", { name: "Aanbieder toevoegen" }).click();
  await desk.getByText("Toegevoegd.").waitFor();
  const added = (await api("GET", "/api/providers/thuiszorg-een-proef", admin)).body.provider;
  assert.deepEqual(added.expertise, ["wijkverpleging", "persoonlijke verzorging"]);
  assert.equal(added.address.postcode, "7141 AB");
  assert.ok(added.location, "placed where its postcode is");

  // found by part of its name, in any case and without its accents
  await desk.getByLabel("Zoek een aanbieder op naam of kenmerk").fill("een proef");
  await desk.locator("#providers li").filter({ hasText: "Thuiszorg Één Proef" }).waitFor();
  assert.equal(await desk.locator("#providers li").count(), 1);

  // the admin changes the description while a colleague renames it and changes the description too
  await desk.locator("#providers button", { hasText: "Thuiszorg Één Proef" }).click();
  await desk.getByRole("button", { name: "Wijzigen" }).click();
  const theirs = { ...added, name: "Thuiszorg Proef", description: "Van de collega.", ageMin: 18 };
  assert.equal((await api("PUT", "/api/providers/thuiszorg-een-proef", admin, theirs)).status, 200);
  await desk.getByLabel("Beschrijving").fill("Van mij.");
  await desk.getByRole("button", { name: "Opslaan" }).click();
  const notice = desk.locator(".problem-inline");
  await notice.filter({ hasText: "Een collega heeft deze aanbieder net gewijzigd." }).waitFor();
  assert.match(await notice.textContent(), /Hun wijziging van naam, leeftijd vanaf staat nu ook hieronder/);
  assert.match(await notice.textContent(), /Jullie wijzigden allebei beschrijving \(bij de collega: ‘Van de collega\.’\)/);
  assert.equal(await desk.getByLabel("Naam", { exact: true }).inputValue(), "Thuiszorg Proef");
  assert.equal((await api("GET", "/api/providers/thuiszorg-een-proef", admin)).body.provider.description, "Van de collega.");
  await desk.getByRole("button", { name: "Opslaan" }).click();
  await desk.getByText("Opgeslagen.").waitFor();
  const merged = (await api("GET", "/api/providers/thuiszorg-een-proef", admin)).body.provider;
  assert.deepEqual([merged.name, merged.description, merged.ageMin], ["Thuiszorg Proef", "Van mij.", 18]);

  // out of search (asks first), listed with those taken out, and back
  await desk.getByRole("button", { name: "Uit het zoeken halen" }).click();
  await desk.getByText("Uit het zoeken gehaald: de assistent stelt deze aanbieder niet voor.").waitFor();
  await desk.getByLabel("Zoek een aanbieder op naam of kenmerk").fill("");
  await desk.getByLabel("Alleen uit het zoeken gehaald").check();
  await desk.locator("#providers button", { hasText: "Thuiszorg Proef" }).waitFor();
  await desk.getByRole("button", { name: "Weer laten vinden" }).click();
  await desk.locator("#providers li", { hasText: "Geen aanbieders uit het zoeken gehaald." }).waitFor();
  assert.equal((await api("GET", "/api/providers/thuiszorg-een-proef", admin)).body.active, true);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an admin makes an account, a colleague logs in with it, and the admin turns it off", async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const { desk, problems } = await adminDesk(context);
  await desk.locator("#users li").first().waitFor();

  await desk.getByRole("button", { name: "Nieuw account" }).click();
  await desk.locator("#detail").getByLabel("Gebruikersnaam").fill("wim.proef");
  await desk.getByLabel("Naam", { exact: true }).fill("Wim Proef");
  await desk.getByLabel("Medewerker van het klantenbureau").uncheck();
  await desk.getByRole("button", { name: "Maak een wachtwoord" }).click();
  let password = await desk.locator("#detail").getByLabel("Wachtwoord", { exact: true }).inputValue();
  assert.match(password, /^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/);
  // no role: said at the roles, nothing made
  await desk.getByRole("button", { name: "Account maken" }).click();
  await desk.locator("#user-roles-error", { hasText: "at least one role" }).waitFor();
  assert.deepEqual(await accessibilityProblems(desk), []);
  await desk.getByLabel("Coördinator: aanvragen krijgen en oppakken").check();
  await desk.getByRole("button", { name: "Account maken" }).click();
  await desk.getByText("Account gemaakt. Geef de gebruikersnaam en het wachtwoord door.").waitFor();
  await desk.locator("#users button", { hasText: "Wim Proef (wim.proef)" }).waitFor();
  const login = await api("POST", "/login", null, { username: "wim.proef", password });
  assert.equal(login.status, 200);
  assert.deepEqual(login.body.roles, ["COORDINATOR"]);

  // the same username again is said at its field
  await desk.getByRole("button", { name: "Nieuw account" }).click();
  await desk.locator("#detail").getByLabel("Gebruikersnaam").fill("wim.proef");
  await desk.getByLabel("Naam", { exact: true }).fill("Wim Twee");
  await desk.getByRole("button", { name: "Maak een wachtwoord" }).click();
  await desk.getByRole("button", { name: "Account maken" }).click();
  await desk.locator("#user-username-error", { hasText: "Deze gebruikersnaam is al in gebruik." }).waitFor();

  // turned off: the token stops working at once and no login is possible
  await desk.locator("#users button", { hasText: "Wim Proef" }).click();
  await desk.getByRole("button", { name: "Uitschakelen" }).click();
  await desk.locator("#users button", { hasText: "Wim Proef" }).locator(".tag", { hasText: "uitgeschakeld" }).waitFor();
  assert.equal((await api("GET", "/api/users/me", login.body.access_token)).status, 401);
  assert.equal((await api("POST", "/login", null, { username: "wim.proef", password })).status, 401);
  await desk.getByRole("button", { name: "Weer inschakelen" }).click();
  await desk.getByRole("button", { name: "Uitschakelen" }).waitFor();
  assert.equal((await api("POST", "/login", null, { username: "wim.proef", password })).status, 200);

  // forgotten: a new password from the admin, the old one no longer works
  await desk.getByRole("button", { name: "Nieuw wachtwoord" }).click();
  await desk.getByRole("button", { name: "Maak een wachtwoord" }).click();
  const renewed = await desk.locator("#detail").getByLabel("Wachtwoord", { exact: true }).inputValue();
  assert.notEqual(renewed, password);
  await desk.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await desk.getByText("Nieuw wachtwoord opgeslagen.", { exact: false }).waitFor();
  assert.equal((await api("POST", "/login", null, { username: "wim.proef", password })).status, 401);
  password = renewed;
  assert.equal((await api("POST", "/login", null, { username: "wim.proef", password })).status, 200);

  // the log says who made and changed it
  await desk.getByLabel("Account", { exact: true }).fill("admin");
  await desk.getByRole("button", { name: "Logboek tonen" }).click();
  const made = desk.locator("table.log tr", { hasText: "aangemaakt" }).filter({ hasText: "account" }).first();
  await made.waitFor();
  assert.match(await made.textContent(), /username wim\.proef/);
  assert.ok(await desk.locator("table.log tr", { hasText: "gewijzigd" }).count() >= 2, "turned off and on");
  assert.deepEqual(await accessibilityProblems(desk), []);

  // the last admin stays one
  await desk.locator("#users button", { hasText: "(admin)" }).click();
  await desk.getByRole("button", { name: "Uitschakelen" }).click();
  await desk.locator("#problem", { hasText: "Dit is de laatste beheerder die kan inloggen." }).waitFor();

  // the colleague then chooses a password of their own
  const own = await context.newPage();
  own.on("pageerror", (e) => problems.push(String(e)));
  await own.goto(`${BASE}/console`);
  await own.getByLabel("Gebruikersnaam").fill("wim.proef");
  await own.getByLabel("Wachtwoord").fill(password);
  await own.getByRole("button", { name: "Inloggen" }).click();
  await own.getByRole("button", { name: "Mijn wachtwoord" }).click();
  await own.locator("#detail").getByLabel("Huidig wachtwoord").fill("not-the-password");
  await own.locator("#detail").getByLabel("Nieuw wachtwoord").fill("wims-eigen-wachtwoord");
  await own.locator("#detail").getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await own.locator("#mine-currentPassword-error", { hasText: "Dit is niet je huidige wachtwoord." }).waitFor();
  await own.locator("#detail").getByLabel("Huidig wachtwoord").fill(password);
  await own.locator("#detail").getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await own.locator("#problem", { hasText: "Je wachtwoord is gewijzigd. Log opnieuw in met je nieuwe wachtwoord." }).waitFor();
  assert.equal((await api("POST", "/login", null, { username: "wim.proef", password })).status, 401);
  assert.equal((await api("POST", "/login", null, { username: "wim.proef", password: "wims-eigen-wachtwoord" })).status, 200);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a reload resumes the chat with nothing lost or doubled, on a phone's screen", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${BASE}/chat`);
  await say(page, "Ik zoek hulp in het huishouden voor mijn vader");
  await page.locator(".bubble.bot").first().waitFor();
  await page.waitForTimeout(500);
  const before = await page.locator(".bubble").allTextContents();
  await page.reload();
  await page.locator(".bubble.bot").first().waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(await page.locator(".bubble").allTextContents(), before);
  // nothing wider than the phone: no sideways scrolling
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await page.getByRole("button", { name: "Verstuur" }).waitFor();
  await context.close();
});

test("the chat page says what to write and whom to call in danger, in Dutch or in English", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/chat`);
  assert.match(await page.locator(".intro").textContent(), /Vertel het in je eigen woorden[\s\S]*Bij gevaar: bel 112/);
  await page.goto(`${BASE}/chat?lang=en`);
  assert.match(await page.locator(".intro").textContent(), /in your own words[\s\S]*In danger: call 112/);
  await say(page, "my dad needs help at home");
  await page.locator(".bubble.bot").first().waitFor();
  assert.ok(await page.locator(".intro").isVisible(), "the intro stays above the conversation");
  await context.close();
});

test("markup and javascript: links in a message are shown as text", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(`${BASE}/chat`);
  await say(page, "<img src=x onerror=alert(1)> javascript:alert(2) https://example.org/hulp");
  const mine = page.locator(".bubble.client").first();
  await mine.waitFor();
  await page.locator(".bubble.bot").first().waitFor();
  assert.equal(await page.locator(".log img").count(), 0);
  assert.match(await mine.textContent(), /<img src=x onerror=alert\(1\)> javascript:alert\(2\)/);
  const links = await page.locator(".log a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(links, ["https://example.org/hulp"]);
  assert.deepEqual(dialogs, []);
  await context.close();
});

// WCAG 2.1 A and AA as axe-core checks them (contrast, labels, roles, focusable controls). The CSP
// would refuse axe's injected script, so this context bypasses it; nothing else does.
async function accessibilityProblems(page) {
  await page.addScriptTag({ path: new URL("./node_modules/axe-core/axe.min.js", import.meta.url).pathname });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the chat and the console meet WCAG 2.1 AA as axe-core checks it", async () => {
  // a phone's screen, where clients chat and where the conversation soon scrolls
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 700 } });
  const chat = await context.newPage();
  await chat.goto(`${BASE}/chat`);
  await say(chat, "Hallo, mijn moeder van 82 wordt vergeetachtig, wij wonen in Groenlo");
  await chat.locator("#chat-choices button").first().waitFor();
  assert.deepEqual(await accessibilityProblems(chat), []);

  const desk = await context.newPage();
  await desk.goto(`${BASE}/console`);
  assert.deepEqual(await accessibilityProblems(desk), []);
  await desk.getByLabel("Gebruikersnaam").fill(STAFF.username);
  await desk.getByLabel("Wachtwoord").fill(STAFF.password);
  await desk.getByRole("button", { name: "Inloggen" }).click();
  await desk.locator("#cases button").first().click();
  await desk.locator("#detail h2").waitFor();
  // on a phone the case lies under the lists: chosen, it is brought into view
  await desk.waitForFunction(() => {
    const top = document.querySelector("#detail h2").getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  }, null, { timeout: 2000 });
  assert.deepEqual(await accessibilityProblems(desk), []);
  // staff on a phone: the header, the queue and the case fit, no sideways scrolling
  assert.ok(await desk.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    await desk.evaluate(() => `${document.documentElement.scrollWidth} > ${window.innerWidth}`));
  await context.close();
});
