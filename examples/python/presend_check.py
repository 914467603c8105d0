"""Check a message with presend before sending it: Python, standard library only.

    PRESEND_URL=http://localhost:8000 PRESEND_WEBHOOK_SECRET=whsec_... \
        python3 presend_check.py [request.json]

Signs the request with Standard Webhooks (PRESEND_WEBHOOK_SECRET) or sends an API key
(PRESEND_API_KEY). Exit status: 0 send (allow or modify), 1 do not send (reject), 2 error.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "request.json"


def signature_headers(secret: str, body: bytes) -> dict[str, str]:
    """Standard Webhooks: HMAC-SHA256 over "<id>.<timestamp>.<body>" with the secret's key."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    webhook_id = "msg_" + secrets.token_hex(12)  # a new id for every delivery
    timestamp = str(int(time.time()))
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    digest = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": timestamp,
        "webhook-signature": f"v1,{digest}",
    }


def check(url: str, request: dict) -> tuple[int, dict]:
    """POST the check; the HTTP status and the JSON answer (a decision or a problem)."""
    body = json.dumps(request, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json", "Accept-Language": "en"}
    if os.environ.get("PRESEND_WEBHOOK_SECRET"):
        headers.update(signature_headers(os.environ["PRESEND_WEBHOOK_SECRET"], body))
    elif os.environ.get("PRESEND_API_KEY"):
        headers["Authorization"] = f"Bearer {os.environ['PRESEND_API_KEY']}"
    # The scheme is checked in main(): only http(s), never file: or the like.
    sent = urllib.request.Request(f"{url}/v1/checks", body, headers, method="POST")  # noqa: S310
    try:
        with urllib.request.urlopen(sent, timeout=10) as response:  # noqa: S310
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def main() -> int:
    url = os.environ.get("PRESEND_URL", "http://localhost:8000").rstrip("/")
    if not url.startswith(("http://", "https://")):
        print(f"error: PRESEND_URL={url!r} is not an http(s) URL")
        return 2
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLE
    status, answer = check(url, json.loads(path.read_text(encoding="utf-8")))
    if status != 200:
        print(f"error {status}: {answer.get('detail')}")
        for error in answer.get("errors", []):
            print(f"  {error['field']}: {error['message']}")
        return 2
    print(f"verdict: {answer['verdict']}")
    for finding in answer["findings"]:
        fixed = " (fixed)" if finding["fixed"] else ""
        print(f"{finding['severity']} {finding['rule']}{fixed}: {finding['message']}")
    if answer["verdict"] == "reject":
        return 1
    # allow or modify: send exactly this message.
    print(f"subject: {answer['message']['subject']}")
    print(f"body: {answer['message']['body']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
