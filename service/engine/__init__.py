"""The decision engine: pure Python, no Flask, no I/O. A request object in, a decision out."""

from service.engine.catalogue import Availability, availability
from service.engine.evaluate import evaluate
from service.engine.model import (
    Attachment,
    BodyFormat,
    Buyer,
    Change,
    CheckRequest,
    Decision,
    Finding,
    Message,
    Order,
    RulePolicy,
    Severity,
    Span,
    Text,
    Verdict,
    WarrantyCoverage,
    rfc3339,
)

__all__ = [
    "Attachment",
    "Availability",
    "BodyFormat",
    "Buyer",
    "Change",
    "CheckRequest",
    "Decision",
    "Finding",
    "Message",
    "Order",
    "RulePolicy",
    "Severity",
    "Span",
    "Text",
    "Verdict",
    "WarrantyCoverage",
    "availability",
    "evaluate",
    "rfc3339",
]
