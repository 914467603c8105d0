"""The pack loader: the shipped Amazon pack loads, and a broken copy stops start-up with a
PackError that names the broken entry."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from service.packs import PackError, load_pack
from service.packs.loader import PACKS_DIR, _read, parse_pack, read_wording_model
from service.packs.model import unpack_sum

SHIPPED = PACKS_DIR / "amazon" / "pack.yaml"


@pytest.fixture(scope="module")
def shipped() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    return data


def entry(entries: list[dict[str, Any]], **match: Any) -> dict[str, Any]:
    """The list entry whose fields have these values."""
    return next(e for e in entries if all(e.get(k) == v for k, v in match.items()))


def broken_copy(shipped: dict[str, Any], tmp_path: Path, breaks: Callable[[Any], None]) -> Path:
    """The shipped pack with one change, written where parse_pack can read it."""
    data = copy.deepcopy(shipped)
    breaks(data)
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# The shipped pack ----------------------------------------------------------------------------


def test_shipped_pack_loads():
    pack = load_pack()
    assert pack.platform == "amazon"
    assert pack.default_edition == "2020-11"
    assert list(pack.editions) == ["2020-11", "2025-04"]


def test_shipped_pack_has_the_design_tables_sizes():
    pack = load_pack()
    assert len(pack.marketplaces) == 23
    assert len(pack.statuses) == 9
    assert len(pack.reasons) == 20
    assert [r.code for r in pack.reasons if r.reply] == ["reply"]


def test_shipped_pack_parses_the_same_from_its_path():
    assert parse_pack(SHIPPED).marketplaces == load_pack().marketplaces


def test_a_safe_dumped_copy_of_the_shipped_pack_loads(shipped, tmp_path):
    # The control for every broken copy below: the copying itself breaks nothing.
    path = broken_copy(shipped, tmp_path, lambda data: None)
    assert parse_pack(path).reasons == load_pack().reasons


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("DE", "DE"),
        ("gb", "UK"),
        ("A1PA6795UKMFR9", "DE"),
        ("a1vc38t7yxb528", "JP"),
    ],
)
def test_shipped_pack_finds_marketplaces_by_code_alias_or_id(text, code):
    found = load_pack().find_marketplace(text)
    assert found is not None
    assert found.code == code


# Broken copies --------------------------------------------------------------------------------


def unknown_status(data: Any) -> None:
    entry(data["reasons"], code="customization")["allowed_in"].append("shipping")


def bad_marketplace_id(data: Any) -> None:
    entry(data["marketplaces"], code="DE")["id"] = "a1pa-6795"


def relay_domain_without_a_domain(data: Any) -> None:
    data["relay_domain"] = "marketplace"


def duplicate_reason_alias(data: Any) -> None:
    entry(data["reasons"], code="customization")["aliases"].append("confirmDeliveryDetails")


def duplicate_marketplace_alias(data: Any) -> None:
    entry(data["marketplaces"], code="IE")["aliases"] = ["GB"]


def duplicate_status_alias(data: Any) -> None:
    data["statuses"]["shipped"].append("Pending")


def label_as_another_reasons_alias(data: Any) -> None:
    entry(data["reasons"], code="return")["aliases"] = ["Send invoice"]


def default_edition_unknown(data: Any) -> None:
    data["default_edition"] = "2030-01"


def default_edition_missing(data: Any) -> None:
    del data["default_edition"]


def unknown_marketplace_field(data: Any) -> None:
    entry(data["marketplaces"], code="FR")["colour"] = "blue"


def unknown_reason_field(data: Any) -> None:
    entry(data["reasons"], code="invoice")["max_attachments"] = 5


def unknown_top_level_field(data: Any) -> None:
    data["colour"] = "blue"


def unconfirmed_without_important(data: Any) -> None:
    entry(data["marketplaces"], code="NL")["tag_words"] = ["Belangrijk"]


def critical_as_string(data: Any) -> None:
    entry(data["reasons"], code="reply")["critical"] = "yes"


def critical_as_number(data: Any) -> None:
    entry(data["reasons"], code="invoice")["critical"] = 1


def retired_reason_unknown(data: Any) -> None:
    entry(data["editions"], id="2025-04")["retired_reasons"] = ["gossip"]


def two_replies(data: Any) -> None:
    entry(data["reasons"], code="return")["reply"] = True


def no_tag_words(data: Any) -> None:
    entry(data["marketplaces"], code="JP")["tag_words"] = []


def bad_edition_id(data: Any) -> None:
    entry(data["editions"], id="2025-04")["id"] = "April 2025"


def operation(data: Any, action: str) -> dict[str, Any]:
    found: dict[str, Any] = entry(data["sp_api"]["operations"], action=action)
    return found


def text_limit_as_string(data: Any) -> None:
    operation(data, "confirmCustomizationDetails")["text_limit"] = "800"


def reason_with_unknown_operation(data: Any) -> None:
    entry(data["reasons"], code="invoice")["sp_api"] = "sendInvoice"


def documents_sent_as_text(data: Any) -> None:
    operation(data, "invoice")["text_limit"] = 2000


def documents_without_files(data: Any) -> None:
    operation(data, "legalDisclosure")["attachments"] = None


def fewer_files_allowed_than_required(data: Any) -> None:
    operation(data, "warranty")["attachments"] = {"min": 3, "max": 2}


def action_listed_twice(data: Any) -> None:
    data["sp_api"]["operations"].append(copy.deepcopy(operation(data, "warranty")))


def text_without_a_request_body(data: Any) -> None:
    operation(data, "negativeFeedbackRemoval")["text_limit"] = 500


def removal_without_a_date(data: Any) -> None:
    operation(data, "negativeFeedbackRemoval")["removed"] = {"source": "https://example.com/x"}


def other_action_is_an_operation(data: Any) -> None:
    data["sp_api"]["other_actions"].append("warranty")


def model_file_unknown(data: Any) -> None:
    operation(data, "warranty")["model"]["file"] = "orders.json"


def order_id_pattern_broken(data: Any) -> None:
    data["order_ids"]["patterns"] = ["([0-9]{3}"]


def order_id_pattern_matching_nothing(data: Any) -> None:
    data["order_ids"]["patterns"].append("[0-9]*")


def order_id_example_of_no_form(data: Any) -> None:
    data["order_ids"]["example"] = "302-1234567"


def channel_listed_twice(data: Any) -> None:
    data["channels"].append(dict(data["channels"][0]))


def channel_without_html(data: Any) -> None:
    del data["channels"][2]["html"]


def fulfillment_not_a_name(data: Any) -> None:
    data["fulfillment"]["platform"] = "Fulfilled by Amazon"


def timing_in_weeks(data: Any) -> None:
    data["timing"]["contact_weeks"] = 4


def tag_words_without_the_block(data: Any) -> None:
    del data["subject_tag"]


def critical_without_opt_out(data: Any) -> None:
    del data["opt_out"]


def api_channel_without_operations(data: Any) -> None:
    del data["sp_api"]
    for reason in data["reasons"]:
        reason["sp_api"] = None


def phone_region_not_a_region(data: Any) -> None:
    entry(data["marketplaces"], code="UK")["phone_region"] = "Great Britain"


def rule_at_unknown_severity(data: Any) -> None:
    data["rules"]["timing"] = ["too_late", {"review_window": "fatal"}]


def rule_listed_twice(data: Any) -> None:
    data["rules"]["order"].append("canceled")


def rule_entry_with_two_names(data: Any) -> None:
    data["rules"]["timing"] = [{"too_late": "error", "review_window": "error"}]


def rule_area_not_a_name(data: Any) -> None:
    data["rules"]["Timing!"] = data["rules"].pop("timing")


def default_reason_unknown(data: Any) -> None:
    data["default_reason"] = "chat"


def source_for_a_rule_not_run(data: Any) -> None:
    data["sources"] = {"content.feedback_extortion": "https://www.ebay.com/help"}


def source_not_a_url(data: Any) -> None:
    data["sources"] = {"content.email_address": "the eBay help"}


def channel_window_without_its_page(data: Any) -> None:
    entry(data["channels"], name="email")["proactive_days"] = 90


def bounce_pattern_without_bounces(data: Any) -> None:
    data["ledger"]["opt_out_bounce"] = {}


def extra_tld_not_a_tld(data: Any) -> None:
    data["links"]["extra_tlds"] = [".me"]


def without_the_optional_blocks(data: Any) -> None:
    """A platform with no subject tag, no opt-out and no API operations (as eBay)."""
    for block in ("subject_tag", "opt_out", "sp_api"):
        del data[block]
    for marketplace in data["marketplaces"]:
        marketplace.pop("tag_words")
        marketplace.pop("tag_confirmed", None)
    for edition in data["editions"]:
        del edition["tag_overrides_opt_out"]
    for reason in data["reasons"]:
        reason.update(critical=False, sp_api=None)
    data["channels"] = [channel for channel in data["channels"] if not channel.get("api")]


def test_a_pack_without_the_optional_blocks_loads(shipped, tmp_path):
    pack = parse_pack(broken_copy(shipped, tmp_path, without_the_optional_blocks))
    assert (pack.subject_tag, pack.opt_out, pack.sp_api_operations) == (None, None, {})
    assert pack.tag_words == frozenset()
    assert pack.marketplaces[0].tag_word is None
    assert pack.ledger.opt_out_days == 0


@pytest.mark.parametrize(
    ("breaks", "named"),
    [
        pytest.param(order_id_pattern_broken, ["order_ids.patterns"], id="order-id-pattern"),
        pytest.param(
            order_id_pattern_matching_nothing, ["order_ids.patterns", "empty"], id="order-id-empty"
        ),
        pytest.param(
            order_id_example_of_no_form, ["order_ids.example", "'302-1234567'"], id="order-example"
        ),
        pytest.param(channel_listed_twice, ["channels", "email", "twice"], id="channel-twice"),
        pytest.param(channel_without_html, ["channels[2]", "html"], id="channel-html"),
        pytest.param(fulfillment_not_a_name, ["fulfillment.platform"], id="fulfillment"),
        pytest.param(timing_in_weeks, ["timing.contact_weeks", "Unknown"], id="timing"),
        pytest.param(tag_words_without_the_block, ["(US)", "subject_tag"], id="tag-block"),
        pytest.param(critical_without_opt_out, ["critical", "opt_out"], id="opt-out-block"),
        pytest.param(api_channel_without_operations, ["channels", "sp_api"], id="api-block"),
        pytest.param(phone_region_not_a_region, ["(UK)", "phone_region"], id="phone-region"),
        pytest.param(rule_at_unknown_severity, ["rules.timing", "severity"], id="rule-severity"),
        pytest.param(rule_listed_twice, ["rules.order", "'canceled'", "twice"], id="rule-twice"),
        pytest.param(rule_entry_with_two_names, ["rules.timing", "one name"], id="rule-entry"),
        pytest.param(rule_area_not_a_name, ["rules", "Timing!"], id="rule-area"),
        pytest.param(unknown_status, ["customization", "allowed_in", "shipping"], id="status"),
        pytest.param(bad_marketplace_id, ["(DE)", ".id"], id="marketplace-id"),
        pytest.param(relay_domain_without_a_domain, ["relay_domain"], id="relay-domain"),
        pytest.param(duplicate_reason_alias, ["'confirmDeliveryDetails'"], id="reason-alias"),
        pytest.param(duplicate_marketplace_alias, ["'GB'"], id="marketplace-alias"),
        pytest.param(duplicate_status_alias, ["'Pending'"], id="status-alias"),
        pytest.param(label_as_another_reasons_alias, ["'Send invoice'"], id="label-as-alias"),
        pytest.param(default_edition_unknown, ["default_edition", "'2030-01'"], id="edition"),
        pytest.param(default_edition_missing, ["default_edition", "Missing"], id="no-default"),
        pytest.param(unknown_marketplace_field, ["(FR)", "colour", "Unknown"], id="mp-field"),
        pytest.param(unknown_reason_field, ["(invoice)", "max_attachments"], id="reason-field"),
        pytest.param(unknown_top_level_field, ["colour", "Unknown"], id="top-level-field"),
        pytest.param(unconfirmed_without_important, ["(NL)", "'Important'"], id="important"),
        pytest.param(critical_as_string, ["(reply)", "critical", "boolean"], id="critical-str"),
        pytest.param(critical_as_number, ["(invoice)", "critical", "boolean"], id="critical-1"),
        pytest.param(retired_reason_unknown, ["(2025-04)", "gossip"], id="retired-reason"),
        pytest.param(two_replies, ["exactly one", "reply"], id="two-replies"),
        pytest.param(no_tag_words, ["(JP)", "tag_words"], id="no-tag-words"),
        pytest.param(default_reason_unknown, ["default_reason", "'chat'"], id="default-reason"),
        pytest.param(
            source_for_a_rule_not_run, ["sources", "content.feedback_extortion"], id="source-rule"
        ),
        pytest.param(source_not_a_url, ["sources", "URL"], id="source-url"),
        pytest.param(channel_window_without_its_page, ["(email)", "source"], id="window-page"),
        pytest.param(bounce_pattern_without_bounces, ["ledger", "opt_out_bounce"], id="bounces"),
        pytest.param(extra_tld_not_a_tld, ["links.extra_tlds"], id="extra-tld"),
        pytest.param(bad_edition_id, ["editions", ".id"], id="edition-id"),
        pytest.param(
            text_limit_as_string, ["(confirmCustomizationDetails)", "text_limit"], id="text-limit"
        ),
        pytest.param(
            reason_with_unknown_operation, ["(invoice)", "'sendInvoice'"], id="unknown-operation"
        ),
        pytest.param(documents_sent_as_text, ["(invoice)", "documents"], id="documents-text"),
        pytest.param(documents_without_files, ["(legal_disclosure)", "files"], id="no-files"),
        pytest.param(
            fewer_files_allowed_than_required, ["(warranty)", "min is more"], id="min-over-max"
        ),
        pytest.param(action_listed_twice, ["(warranty)", "twice"], id="action-twice"),
        pytest.param(
            text_without_a_request_body, ["(negativeFeedbackRemoval)", "body"], id="no-body"
        ),
        pytest.param(
            removal_without_a_date, ["(negativeFeedbackRemoval)", "removed.date"], id="removal"
        ),
        pytest.param(other_action_is_an_operation, ["other_actions", "warranty"], id="other"),
        pytest.param(model_file_unknown, ["(warranty)", "model.file"], id="model-file"),
    ],
)
def test_broken_pack_is_a_pack_error_naming_the_entry(shipped, tmp_path, breaks, named):
    path = broken_copy(shipped, tmp_path, breaks)
    with pytest.raises(PackError) as raised:
        parse_pack(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    for part in named:
        assert part in message


@pytest.mark.parametrize(
    "breaks",
    [
        pytest.param(
            lambda data: entry(data["reasons"], code="warranty")["labels"].pop("de"),
            id="reason-without-de-label",
        ),
        pytest.param(lambda data: data["languages"].pop("en"), id="languages-without-en"),
    ],
)
def test_missing_required_words_are_a_pack_error(shipped, tmp_path, breaks):
    with pytest.raises(PackError):
        parse_pack(broken_copy(shipped, tmp_path, breaks))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        pytest.param("{", "cannot read", id="not-yaml"),
        pytest.param("- a\n- b\n", "platform: Missing data", id="a-list"),
        pytest.param("", "platform: Missing data", id="empty"),
        pytest.param("a: 1\nb: 2\na: 3\n", "'a' is given twice", id="a-key-twice"),
        pytest.param("x:\n  y: 1\n  y: 2\n", "'y' is given twice", id="a-nested-key-twice"),
    ],
)
def test_unreadable_pack_is_a_pack_error(tmp_path, text, says):
    path = tmp_path / "pack.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError, match=says):
        parse_pack(path)


@pytest.mark.parametrize("name", ["amazon", "ebay"])
@pytest.mark.parametrize("file", ["pack.yaml", "lexicons.yaml"])
def test_the_packs_read_as_the_pure_python_safe_loader_reads_them(name, file):
    path = PACKS_DIR / name / file
    assert _read(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_missing_pack_file_is_a_pack_error(tmp_path):
    with pytest.raises(PackError, match="cannot read"):
        parse_pack(tmp_path / "nowhere.yaml")


# The wording model ---------------------------------------------------------------------------

MODEL = {
    "rules": ["content.marketing", "content.cancel_request"],
    "bias": [-0.5, -0.4],
    "threshold": 0.3,
    "scale": 10000,
    "weights": {"rabatt": [4000, 0], "0 %": [1200, -30], "storno": [0, 5000]},
}


def test_shipped_packs_wording_models():
    amazon = load_pack().wording_model
    assert amazon is not None
    assert amazon.rules == (
        "content.review_manipulation",
        "content.review_request_misplaced",
        "content.marketing",
        "content.cancel_request",
    )
    assert set(amazon.rules) <= set(load_pack().rules)
    assert load_pack("ebay").wording_model is None  # trained on Amazon's corpora only


def test_a_wording_model_reads_words_and_pairs_as_the_scorer_looks_them_up(tmp_path: Path):
    path = tmp_path / "model.json"
    path.write_bytes(orjson.dumps(MODEL))
    model = read_wording_model(path)
    assert (model.rules, model.bias, model.threshold, model.scale) == (
        ("content.marketing", "content.cancel_request"),
        (-0.5, -0.4),
        0.3,
        10000,
    )
    assert {key: unpack_sum(row, 1, 2) for key, row in model.weights.items()} == {
        b"rabatt": [4000, 0],
        (b"0", b"%"): [1200, -30],
        b"storno": [0, 5000],
    }


@pytest.mark.parametrize(
    "breaks, says",
    [
        pytest.param(lambda m: m.pop("scale"), "KeyError('scale')", id="a-key-missing"),
        pytest.param(
            lambda m: m["weights"].update(rabatt=[4000]),
            "'rabatt' needs a weight per rule (2)",
            id="row-short",
        ),
        pytest.param(lambda m: m["bias"].pop(), "bias needs a value per rule (2)", id="bias-short"),
        pytest.param(
            lambda m: m["weights"].update(rabatt=[40000, 0]),
            "each an integer at most 32767 either way",
            id="weight-too-big",
        ),
        pytest.param(
            lambda m: m["weights"].update(rabatt=[0.5, 0]), "each an integer", id="weight-a-float"
        ),
        pytest.param(
            lambda m: m["weights"].update(rabatt="4000"), "'rabatt' needs", id="row-not-a-list"
        ),
        pytest.param(lambda m: m.update(weights=[]), "AttributeError", id="weights-not-a-map"),
        pytest.param(lambda m: m.update(scale=0), "scale must be a whole", id="scale-0"),
        pytest.param(lambda m: m.update(scale=0.5), "scale must be a whole", id="scale-half"),
        pytest.param(
            lambda m: m.update(rules=["content.marketing"] * 2), "named twice", id="rule-twice"
        ),
        pytest.param(
            lambda m: m.update(threshold="nan"), "must be numbers", id="threshold-not-a-number"
        ),
        pytest.param(
            lambda m: m["weights"].update({"a b c": [1, 1]}),
            "'a b c' is not a word or a pair",
            id="three-words",
        ),
        pytest.param(lambda m: m["weights"].update({"": [1, 1]}), "'' is not a word", id="no-word"),
        pytest.param(
            lambda m: m["weights"].update({"€": [1, 1]}), "is not Latin-1", id="not-latin-1"
        ),
    ],
)
def test_a_broken_wording_model_stops_start_up_saying_what_is_wrong(
    tmp_path: Path, breaks: Callable[[dict[str, Any]], None], says: str
):
    model = copy.deepcopy(MODEL)
    breaks(model)
    path = tmp_path / "model.json"
    path.write_bytes(orjson.dumps(model))
    with pytest.raises(PackError, match=re.escape(says)) as raised:
        read_wording_model(path)
    assert str(path) in str(raised.value)


def test_a_wording_model_that_is_not_json_stops_start_up(tmp_path: Path):
    path = tmp_path / "model.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PackError, match="not a wording model"):
        read_wording_model(path)
