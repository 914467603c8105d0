"""History rules: what the send ledger knew about earlier checks (docs/ledger.md).

They read the frozen history snapshot in the request; they never touch a database. They run
last, after every fix, so they see the message as it would be sent.
"""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.draft import Draft
from service.engine.history import LedgerState
from service.engine.model import Severity
from service.engine.rule import Report, rule
from service.engine.rules import sources

MESSAGE_ID = "message_id"


@rule(
    "amazon.ledger.unavailable",
    Severity.WARNING,
    reference=sources.MESSAGING_FAQ,
    en="The send ledger did not answer: this message was checked without its history (review "
    "requests, daily limit, duplicates and learned opt-outs were not checked).",
    de="Das Versandjournal hat nicht geantwortet: die Nachricht wurde ohne ihren Verlauf geprüft "
    "(Bewertungsanfragen, Tageslimit, Duplikate und gelernte Abmeldungen wurden nicht geprüft).",
)
def unavailable(draft: Draft) -> Iterator[Report]:
    """PRESEND_LEDGER_FAILURE=open: a verdict without history says so."""
    if draft.request.history.state is LedgerState.UNAVAILABLE:
        yield Report(MESSAGE_ID)


RULES = (unavailable,)
