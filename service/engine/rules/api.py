"""Rules on the sp_api channel: what each Messaging or Solicitations API operation accepts, as
Amazon's models define it (the pack's sp_api block), and Amazon's own list of what it offers
for the order."""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.draft import BODY, REASON, Draft
from service.engine.model import Severity, rfc3339
from service.engine.rule import Report, rule
from service.engine.rules import sources

ATTACHMENTS = "message.attachments"
WARRANTY = "message.warranty"


def _retired_rule_speaks(draft: Draft) -> bool:
    """reason.retired already rejects the reason in this edition."""
    return draft.reason.code in draft.edition.retired_reasons and draft.runs("reason.retired")


@rule(
    "api.no_operation",
    Severity.ERROR,
    reference=sources.MESSAGING_MODEL,
    en="No operation of the Messaging or Solicitations API sends '{reason}': it cannot go over "
    "the API; send it through Seller Central or by e-mail.",
    de="Keine Operation der Messaging- oder Solicitations-API sendet '{reason}': über die API "
    "geht er nicht; senden Sie ihn über Seller Central oder per E-Mail.",
)
def no_operation(draft: Draft) -> Iterator[Report]:
    """A reason no API operation sends (reply, return, other), in every edition; a prohibited
    reason has its own rule."""
    if draft.on_api and draft.reason.sp_api is None and not draft.reason.prohibited:
        yield Report(REASON, params={"reason": draft.reason.code})


@rule(
    "api.operation_removed",
    Severity.ERROR,
    reference=sources.MESSAGING_MODEL,
    en="Amazon removed the {operation} operation on {removed}: '{reason}' can no longer be "
    "sent over the API.",
    de="Amazon hat die Operation {operation} am {removed} entfernt: '{reason}' lässt sich über "
    "die API nicht mehr senden.",
)
def operation_removed(draft: Draft) -> Iterator[Report]:
    """An operation Amazon removed from its model before the check's day, in every edition
    (negativeFeedbackRemoval, 2025-08-04); where the edition retires the reason, that rule
    says it already."""
    operation = draft.reason.sp_api
    if (
        not draft.on_api
        or operation is None
        or operation.removed is None
        or operation.exists_on(draft.now.date())
        or _retired_rule_speaks(draft)
    ):
        return
    yield Report(
        REASON,
        params={
            "operation": operation.action,
            "removed": operation.removed.date.isoformat(),
            "reason": draft.reason.code,
        },
    )


@rule(
    "api.text_not_sent",
    Severity.WARNING,
    reference=sources.MESSAGING_MODEL,
    en="The {operation} operation takes no text: the body is not sent to the buyer.",
    de="Die Operation {operation} nimmt keinen Text: der Text geht nicht an den Käufer.",
)
def text_not_sent(draft: Draft) -> Iterator[Report]:
    """A body on an operation without a text field (invoice, warranty, legal disclosure, the
    review request): the ERP may send it, Amazon will not show it, so only the wording rules
    read it (Draft.said, Draft.readable). Blank as the request validation counts it."""
    operation = draft.reason.sp_api
    if not draft.on_api or operation is None or operation.takes_text:
        return
    if draft.request.message.body.strip(" \t\r\n"):
        yield Report(BODY, params={"operation": operation.action})


@rule(
    "api.attachments_not_accepted",
    Severity.ERROR,
    reference=sources.MESSAGING_MODEL,
    en="The {operation} operation takes no attachments: the {count} file(s) cannot be sent "
    "with '{reason}'.",
    de="Die Operation {operation} nimmt keine Anhänge: die {count} Datei(en) lassen sich mit "
    "'{reason}' nicht senden.",
)
def attachments_not_accepted(draft: Draft) -> Iterator[Report]:
    """Files on an operation whose request has no attachments field (confirmDeliveryDetails,
    confirmOrderDetails, confirmServiceDetails, unexpectedProblem, the review request)."""
    operation = draft.reason.sp_api
    attachments = draft.request.message.attachments
    if draft.on_api and operation is not None and operation.attachments is None and attachments:
        yield Report(
            ATTACHMENTS,
            params={
                "operation": operation.action,
                "count": len(attachments),
                "reason": draft.reason.code,
            },
        )


@rule(
    "api.action_not_offered",
    Severity.ERROR,
    reference=sources.MESSAGING_MODEL,
    en="Amazon does not offer {action} for this order (not in order.messaging_actions): "
    "'{reason}' cannot be sent, whatever the order's status.",
    de="Amazon bietet {action} für diese Bestellung nicht an (nicht in "
    "order.messaging_actions): '{reason}' lässt sich nicht senden, gleich in welchem Status.",
)
def action_not_offered(draft: Draft) -> Iterator[Report]:
    """Amazon's getMessagingActionsForOrder / getSolicitationActionsForOrder list, when the
    ERP passes it, decides over the status tables, on every channel: it is Amazon's answer for
    this very order."""
    actions, operation = draft.order.messaging_actions, draft.reason.sp_api
    if actions is not None and operation is not None and operation.action not in actions:
        yield Report(REASON, params={"action": operation.action, "reason": draft.reason.code})


@rule(
    "api.warranty_coverage",
    Severity.ERROR,
    reference=sources.MESSAGING_MODEL,
    en="The warranty coverage starts ({start}) after it ends ({end}).",
    de="Die Garantie beginnt ({start}) nach ihrem Ende ({end}).",
)
def warranty_coverage(draft: Draft) -> Iterator[Report]:
    """The warranty operation's coverageStartDate not after its coverageEndDate, when both are
    given."""
    coverage = draft.request.message.warranty
    if coverage is None or coverage.start is None or coverage.end is None:
        return
    if coverage.start > coverage.end:
        yield Report(
            WARRANTY, params={"start": rfc3339(coverage.start), "end": rfc3339(coverage.end)}
        )


RULES = (
    no_operation,
    operation_removed,
    action_not_offered,
    text_not_sent,
    attachments_not_accepted,
    warranty_coverage,
)
