// Check a message with presend before sending it: Node.js 18+, built-in crypto and fetch.
//
//   PRESEND_URL=http://localhost:8000 PRESEND_WEBHOOK_SECRET=whsec_... \
//       node presend_check.mjs [request.json]
//
// Signs the request with Standard Webhooks (PRESEND_WEBHOOK_SECRET) or sends an API key
// (PRESEND_API_KEY). Exit status: 0 send (allow or modify), 1 do not send (reject), 2 error.
import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

/** Standard Webhooks: HMAC-SHA256 over "<id>.<timestamp>.<body>" with the secret's key. */
function signatureHeaders(secret, body) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const id = `msg_${randomBytes(12).toString("hex")}`; // a new id for every delivery
  const timestamp = String(Math.floor(Date.now() / 1000));
  const digest = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${digest}` };
}

/** POST the check; the HTTP status and the JSON answer (a decision or a problem). */
async function check(url, request) {
  const body = JSON.stringify(request); // sign exactly the bytes that are sent
  const headers = { "Content-Type": "application/json", "Accept-Language": "en" };
  if (process.env.PRESEND_WEBHOOK_SECRET) {
    Object.assign(headers, signatureHeaders(process.env.PRESEND_WEBHOOK_SECRET, body));
  } else if (process.env.PRESEND_API_KEY) {
    headers.Authorization = `Bearer ${process.env.PRESEND_API_KEY}`;
  }
  const response = await fetch(`${url.replace(/\/$/, "")}/v1/checks`, {
    method: "POST",
    headers,
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return [response.status, await response.json()];
}

const url = process.env.PRESEND_URL || "http://localhost:8000";
const path = process.argv[2] || new URL("../request.json", import.meta.url);
const [status, answer] = await check(url, JSON.parse(readFileSync(path, "utf8")));
if (status !== 200) {
  console.log(`error ${status}: ${answer.detail}`);
  for (const error of answer.errors || []) console.log(`  ${error.field}: ${error.message}`);
  process.exit(2);
}
console.log(`verdict: ${answer.verdict}`);
for (const finding of answer.findings) {
  const fixed = finding.fixed ? " (fixed)" : "";
  console.log(`${finding.severity} ${finding.rule}${fixed}: ${finding.message}`);
}
if (answer.verdict === "reject") process.exit(1);
// allow or modify: send exactly this message.
console.log(`subject: ${answer.message.subject}`);
console.log(`body: ${answer.message.body}`);
