// The presend playground: builds a check request from the form, sends it to POST /v1/checks
// as a dry run with the key the user typed, and shows the verdict, the findings in the text
// and the message to send. No framework, no build step; the key stays in sessionStorage.
"use strict";

(() => {
  const KEY_STORAGE = "presend.apiKey";
  const LANGUAGE_STORAGE = "presend.language";
  const TEXT = {
    en: {
      playground: "playground", apiDocs: "API reference", order: "Order and sending",
      apiKey: "API key", apiKeyNote: "Kept in this browser tab only (sessionStorage).",
      platform: "Platform", marketplace: "Marketplace", channel: "Channel",
      channelEmail: "E-mail (relay)", channelSellerCentral: "Seller Central",
      channelSpApi: "Messaging API", channelMessageApi: "Message API",
      channelTradingApi: "Trading API",
      status: "Order status", reason: "Contact reason", orderId: "Order number",
      purchasedAt: "Purchased on", deliveredAt: "Delivered on",
      optedOut: "Buyer opted out of unsolicited messages", unknown: "unknown", yes: "yes",
      no: "no", bodyFormat: "Body format", message: "Message", subject: "Subject",
      body: "Body", check: "Check", findings: "Findings", inTheText: "In the text",
      toSend: "Message to send", curl: "The request as curl", copy: "Copy", copied: "Copied.",
      noFindings: "No findings.", fixed: "fixed", notAllowed: "not allowed",
      allow: "allow: send it as it is", modify: "modify: send the fixed message",
      reject: "reject: do not send", rejectedNothing: "Nothing to send: the message is rejected.",
      unchanged: "Unchanged.", needKey: "The service asks for an API key: enter it above.",
      failed: "The service did not answer", decision: "decision", edition: "edition",
      notBefore: "the same message passes from",
      statuses: {
        pending: "pending", unshipped: "unshipped", partially_shipped: "partially shipped",
        shipped: "shipped", delivered: "delivered", return_requested: "return requested",
        returned: "returned", refunded: "refunded", canceled: "canceled",
      },
    },
    de: {
      playground: "Spielwiese", apiDocs: "API-Referenz", order: "Bestellung und Versand",
      apiKey: "API-Schlüssel", apiKeyNote: "Bleibt nur in diesem Browser-Tab (sessionStorage).",
      platform: "Plattform", marketplace: "Marktplatz", channel: "Kanal",
      channelEmail: "E-Mail (Relay)", channelSellerCentral: "Seller Central",
      channelSpApi: "Messaging-API", channelMessageApi: "Message-API",
      channelTradingApi: "Trading-API",
      status: "Bestellstatus", reason: "Kontaktgrund", orderId: "Bestellnummer",
      purchasedAt: "Gekauft am", deliveredAt: "Zugestellt am",
      optedOut: "Käufer hat unaufgeforderte Nachrichten abbestellt", unknown: "unbekannt",
      yes: "ja", no: "nein", bodyFormat: "Format des Textes", message: "Nachricht",
      subject: "Betreff", body: "Text", check: "Prüfen", findings: "Befunde",
      inTheText: "Im Text", toSend: "Zu sendende Nachricht", curl: "Die Anfrage als curl",
      copy: "Kopieren", copied: "Kopiert.", noFindings: "Keine Befunde.", fixed: "korrigiert",
      notAllowed: "nicht erlaubt", allow: "allow: so senden",
      modify: "modify: die korrigierte Nachricht senden", reject: "reject: nicht senden",
      rejectedNothing: "Nichts zu senden: die Nachricht wird abgelehnt.",
      unchanged: "Unverändert.",
      needKey: "Der Dienst verlangt einen API-Schlüssel: bitte oben eingeben.",
      failed: "Der Dienst hat nicht geantwortet", decision: "Entscheidung",
      edition: "Regelstand", notBefore: "dieselbe Nachricht geht ab",
      statuses: {
        pending: "Zahlung ausstehend", unshipped: "nicht versandt",
        partially_shipped: "teilweise versandt", shipped: "versandt", delivered: "zugestellt",
        return_requested: "Rücksendung angefragt", returned: "zurückgesandt",
        refunded: "erstattet", canceled: "storniert",
      },
    },
  };

  const $ = (id) => document.getElementById(id);
  let language = sessionStorage.getItem(LANGUAGE_STORAGE)
    || ((navigator.language || "en").toLowerCase().startsWith("de") ? "de" : "en");
  const t = (key) => TEXT[language][key];

  // --- talking to the API ----------------------------------------------------------------

  function headers(json) {
    const sent = { "Accept-Language": language };
    const key = sessionStorage.getItem(KEY_STORAGE);
    if (key) sent.Authorization = `Bearer ${key}`;
    if (json) sent["Content-Type"] = "application/json";
    return sent;
  }

  async function call(path, options = {}) {
    const response = await fetch(path, { ...options, headers: headers(Boolean(options.body)) });
    const document = await response.json().catch(() => null);
    return { status: response.status, document };
  }

  function showProblem(status, document) {
    const box = $("problem");
    if (status === 401) {
      box.textContent = `${t("needKey")}\n${document ? document.detail : ""}`;
    } else if (document && document.title) {
      const fields = (document.errors || []).map((e) => `${e.field}: ${e.message}`);
      box.textContent = [`${status} ${document.title}: ${document.detail}`, ...fields].join("\n");
    } else {
      box.textContent = `${t("failed")} (${status}).`;
    }
    box.hidden = false;
  }

  // --- the catalogue: platforms, marketplaces and reasons ---------------------------------

  function fill(select, options, keep) {
    const previous = keep ?? select.value;
    select.replaceChildren(...options.map(([value, label, disabledLook]) => {
      const option = new Option(label, value);
      if (disabledLook) option.className = "not-allowed";
      return option;
    }));
    if (options.some(([value]) => value === previous)) select.value = previous;
  }

  // The platforms as GET /v1/platforms lists them, by name; the chosen one's channels and
  // statuses fill their lists.
  let platforms = {};
  const chosenPlatform = () => platforms[$("platform").value];
  // email -> channelEmail, message_api -> channelMessageApi; a channel without a label is named.
  const channelLabel = (name) =>
    t(`channel${name.replace(/(^|_)(\w)/g, (_, __, letter) => letter.toUpperCase())}`) ?? name;

  function fillPlatformLists() {
    const chosen = chosenPlatform();
    if (!chosen) return;
    fill($("channel"), chosen.channels.map((c) => [c.name, channelLabel(c.name)]));
    fill($("status"), chosen.statuses.map((s) => [s, TEXT[language].statuses[s] ?? s]),
      $("status").value || "unshipped");
  }

  async function loadPlatforms() {
    const { status, document } = await call("v1/platforms");
    if (status !== 200) return showProblem(status, document);
    platforms = Object.fromEntries(document.platforms.map((p) => [p.platform, p]));
    fill($("platform"), document.platforms.map((p) => [p.platform, p.name]),
      $("platform").value || document.default_platform);
    fillPlatformLists();
    return loadMarketplaces();
  }

  function choosePlatform() {
    // Another platform's order numbers and channels: start from its example and its default.
    const chosen = chosenPlatform();
    $("order-id").value = chosen.order_ids.example;
    fillPlatformLists();
    $("channel").value = chosen.default_channel;
    return loadMarketplaces();
  }

  async function loadMarketplaces() {
    const platform = new URLSearchParams({ platform: $("platform").value });
    const { status, document } = await call(`v1/marketplaces?${platform}`);
    if (status !== 200) return showProblem(status, document);
    fill($("marketplace"), document.marketplaces.map((m) => [m.code, `${m.code} · ${m.domain}`]),
      $("marketplace").value || "DE");
    return loadReasons();
  }

  let reasonsAsked = 0;

  async function loadReasons() {
    // Answers can arrive out of order when marketplace and status change quickly: only the
    // latest question fills the list. data-loading tells a waiting reader (and the tests).
    const asked = ++reasonsAsked;
    $("reason").dataset.loading = "true";
    const query = new URLSearchParams({
      platform: $("platform").value, marketplace: $("marketplace").value, status: $("status").value,
    });
    const { status, document } = await call(`v1/contact-reasons?${query}`);
    if (asked !== reasonsAsked) return undefined;
    delete $("reason").dataset.loading;
    if (status !== 200) return showProblem(status, document);
    $("problem").hidden = true;
    fill($("reason"), document.contact_reasons.map((r) => [
      r.code,
      `${r.labels[language] || r.labels.en || r.code}${r.allowed ? "" : ` (${t("notAllowed")})`}`,
      !r.allowed,
    ]), $("reason").value || "shipping_address");
    return updateCurl();
  }

  // --- the request ------------------------------------------------------------------------

  const instant = (day) => (day ? `${day}T12:00:00Z` : null);

  function request() {
    const optedOut = $("opted-out").value;
    const subject = $("subject").value;
    return {
      platform: $("platform").value,
      marketplace: $("marketplace").value,
      channel: $("channel").value,
      dry_run: true,
      order: {
        id: $("order-id").value.trim(),
        status: $("status").value,
        purchased_at: instant($("purchased-at").value),
        delivered_at: instant($("delivered-at").value),
      },
      buyer: { opted_out: optedOut === "" ? null : optedOut === "true" },
      message: {
        contact_reason: $("reason").value,
        subject: subject === "" ? null : subject,
        body: $("body").value,
        body_format: $("body-format").value,
      },
    };
  }

  function updateCurl() {
    const url = new URL("v1/checks", window.location.href).href;
    const quoted = (text) => `'${text.replaceAll("'", "'\\''")}'`;
    const lines = [`curl -s ${quoted(url)}`, "  -H 'Content-Type: application/json'"];
    if (sessionStorage.getItem(KEY_STORAGE)) {
      lines.push('  -H "Authorization: Bearer $PRESEND_API_KEY"');
    }
    lines.push(`  -H 'Accept-Language: ${language}'`);
    lines.push(`  -d ${quoted(JSON.stringify(request(), null, 2))}`);
    $("curl").textContent = lines.join(" \\\n");
  }

  // --- the answer -------------------------------------------------------------------------

  // Spans count characters (code points), as Python does; JavaScript strings count UTF-16
  // units, so the text is split into code points first.
  function highlighted(text, findings) {
    const characters = Array.from(text);
    const rank = { info: 1, warning: 2, error: 3 };
    const cuts = new Set([0, characters.length]);
    for (const f of findings) {
      cuts.add(Math.min(f.span.start, characters.length));
      cuts.add(Math.min(f.span.end, characters.length));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const nodes = [];
    for (let i = 0; i + 1 < points.length; i += 1) {
      const [start, end] = [points[i], points[i + 1]];
      const piece = characters.slice(start, end).join("");
      const covering = findings.filter((f) => f.span.start <= start && end <= f.span.end);
      if (!covering.length) {
        nodes.push(document.createTextNode(piece));
        continue;
      }
      const worst = covering.reduce((a, b) => (rank[b.severity] > rank[a.severity] ? b : a));
      const mark = document.createElement("mark");
      mark.className = worst.severity;
      mark.dataset.rules = covering.map((f) => f.rule).join(" ");
      mark.title = covering.map((f) => `${f.rule}: ${f.message}`).join("\n");
      mark.textContent = piece;
      nodes.push(mark);
    }
    return nodes;
  }

  // A word diff (longest common subsequence): enough for a message of a few hundred words.
  function diff(before, after) {
    const a = before.split(/(\s+)/);
    const b = after.split(/(\s+)/);
    const lengths = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i -= 1) {
      for (let j = b.length - 1; j >= 0; j -= 1) {
        lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1
          : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    const nodes = [];
    const push = (tag, text) => {
      if (!tag) return nodes.push(document.createTextNode(text));
      const node = document.createElement(tag);
      node.textContent = text;
      return nodes.push(node);
    };
    let [i, j] = [0, 0];
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { push(null, a[i]); i += 1; j += 1; }
      else if (lengths[i + 1][j] >= lengths[i][j + 1]) { push("del", a[i]); i += 1; }
      else { push("ins", b[j]); j += 1; }
    }
    a.slice(i).forEach((word) => push("del", word));
    b.slice(j).forEach((word) => push("ins", word));
    return nodes;
  }

  function showFindings(findings) {
    const list = $("findings");
    if (!findings.length) {
      const item = document.createElement("li");
      item.textContent = t("noFindings");
      return list.replaceChildren(item);
    }
    return list.replaceChildren(...findings.map((f) => {
      const item = document.createElement("li");
      item.dataset.rule = f.rule;
      const severity = document.createElement("span");
      severity.className = `severity ${f.severity}`;
      severity.textContent = f.severity;
      const rule = document.createElement("a");
      rule.className = "rule";
      rule.href = f.reference;
      rule.rel = "noreferrer";
      rule.target = "_blank";
      rule.textContent = f.rule;
      item.append(severity, " ", rule, " ", f.message);
      if (f.fixed) {
        const fixed = document.createElement("span");
        fixed.className = "fixed";
        fixed.textContent = ` ✓ ${t("fixed")}`;
        item.append(fixed);
      }
      return item;
    }));
  }

  function showAnswer(sent, answer) {
    const verdict = $("verdict");
    verdict.className = `verdict ${answer.verdict}`;
    verdict.dataset.verdict = answer.verdict;
    verdict.textContent = t(answer.verdict);
    const facts = [`${t("decision")} ${answer.decision_id}`, `${t("edition")} ${answer.edition}`];
    const decision = $("decision");
    decision.replaceChildren(facts.join(" · "));
    if (answer.not_before) {
      // Time is the only obstacle (e.g. a review request before its window opens).
      const when = document.createElement("strong");
      when.id = "not-before";
      when.textContent = new Date(answer.not_before).toLocaleString(language);
      decision.append(` · ${t("notBefore")} `, when);
    }
    showFindings(answer.findings);
    const spans = (field) => answer.findings.filter((f) => f.field === field && f.span);
    const subject = sent.message.subject ?? "";
    $("subject-view").replaceChildren(...highlighted(subject, spans("message.subject")));
    const channel = chosenPlatform().channels.find((c) => c.name === sent.channel);
    $("subject-view").hidden = !channel?.seller_subject;
    $("body-view").replaceChildren(...highlighted(sent.message.body, spans("message.body")));
    const target = $("diff");
    if (!answer.message) {
      target.replaceChildren(document.createTextNode(t("rejectedNothing")));
    } else if (!answer.changes.length) {
      target.replaceChildren(document.createTextNode(t("unchanged")));
    } else {
      const subjectDiff = document.createElement("div");
      subjectDiff.className = "subject-view";
      subjectDiff.append(...diff(subject, answer.message.subject ?? ""));
      const bodyDiff = document.createElement("pre");
      bodyDiff.append(...diff(sent.message.body, answer.message.body));
      target.replaceChildren(subjectDiff, bodyDiff);
    }
    $("result").hidden = false;
  }

  async function check(event) {
    event.preventDefault();
    const sent = request();
    updateCurl();
    $("problem").hidden = true;
    const { status, document } = await call("v1/checks", {
      method: "POST",
      body: JSON.stringify(sent),
    });
    if (status !== 200) {
      $("result").hidden = true;
      return showProblem(status, document);
    }
    return showAnswer(sent, document);
  }

  // --- language and wiring ----------------------------------------------------------------

  function applyLanguage() {
    document.documentElement.lang = language;
    for (const node of document.querySelectorAll("[data-i18n]")) {
      node.textContent = t(node.dataset.i18n);
    }
    for (const button of document.querySelectorAll("[data-language]")) {
      button.setAttribute("aria-pressed", String(button.dataset.language === language));
    }
    fillPlatformLists();
  }

  function setLanguage(chosen) {
    language = chosen;
    sessionStorage.setItem(LANGUAGE_STORAGE, chosen);
    applyLanguage();
    loadPlatforms().catch((error) => showProblem(0, { title: "", detail: String(error) }));
  }

  function start() {
    applyLanguage();
    $("api-key").value = sessionStorage.getItem(KEY_STORAGE) || "";
    $("api-key").addEventListener("change", () => {
      sessionStorage.setItem(KEY_STORAGE, $("api-key").value.trim());
      loadPlatforms();
    });
    for (const button of document.querySelectorAll("[data-language]")) {
      button.addEventListener("click", () => setLanguage(button.dataset.language));
    }
    $("platform").addEventListener("change", choosePlatform);
    $("marketplace").addEventListener("change", loadReasons);
    $("status").addEventListener("change", loadReasons);
    $("check-form").addEventListener("input", updateCurl);
    $("check-form").addEventListener("change", updateCurl);
    $("check-form").addEventListener("submit", check);
    $("copy-curl").addEventListener("click", async () => {
      updateCurl();
      if (navigator.clipboard) {
        await navigator.clipboard.writeText($("curl").textContent);
      } else {
        // Outside a secure context (plain http to another host) there is no clipboard API.
        const range = document.createRange();
        range.selectNodeContents($("curl"));
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        document.execCommand("copy");
      }
      $("copied").hidden = false;
      setTimeout(() => { $("copied").hidden = true; }, 2000);
    });
    updateCurl();
    loadPlatforms();
  }

  start();
})();
