"""Templates rendered as the buyer reads them, every character traced back to the template."""

from __future__ import annotations

import pytest

from service.lint.document import TemplateError, parse
from service.lint.template import render


def sample(expression: str) -> str:
    return f"<{expression}>"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        pytest.param("Hallo {{ name }}!", "Hallo <name>!", id="twig-output"),
        pytest.param("Hallo {{- name -}}!", "Hallo <name>!", id="twig-whitespace-control"),
        pytest.param("Nr. {$Bestellung->cBestellNr}", "Nr. <$Bestellung->cBestellNr>", id="smarty"),
        pytest.param("Nr. [% order.id %]", "Nr. <order.id>", id="template-toolkit"),
        pytest.param("Nr. %order_number%", "Nr. <order_number>", id="percent"),
        pytest.param("Nr. ${order.id}", "Nr. <order.id>", id="dollar"),
        pytest.param("50% off, 20% more", "50% off, 20% more", id="percent-signs-stay"),
        pytest.param("a {# note #}b", "a b", id="twig-comment"),
        pytest.param("a {* note *}b", "a b", id="smarty-comment"),
        pytest.param("{% if x %}yes{% else %}no{% endif %}", "yes", id="twig-first-branch"),
        pytest.param("{% if x %}a{% elseif y %}b{% else %}c{% endif %}", "a", id="twig-elseif"),
        pytest.param("{if $x}yes{else}no{/if}", "yes", id="smarty-first-branch"),
        pytest.param("[% IF x %]yes[% ELSE %]no[% END %]", "yes", id="toolkit-first-branch"),
        pytest.param("{% for i in items %}{{ i }};{% endfor %}", "<i>;", id="loop-once"),
        pytest.param("{% for i in l %}x{% else %}none{% endfor %}", "x", id="loop-else-hidden"),
        pytest.param("{% case k %} {% when 1 %}one{% when 2 %}two{% endcase %}", "one", id="case"),
        pytest.param("a{% comment %}hidden {{ x }}{% endcomment %}b", "ab", id="liquid-comment"),
        pytest.param("a{% set x %}hidden{% endset %}b", "ab", id="twig-set-block"),
        pytest.param("a{% set x = 1 %}b", "ab", id="twig-set-statement"),
        pytest.param("a{capture name=c}hidden{/capture}b", "ab", id="smarty-capture"),
        pytest.param("a{% sw_include '@Storefront/x' %}b", "ab", id="unknown-tag-dropped"),
        pytest.param(
            "{% if a %}{% if b %}x{% else %}y{% endif %}{% else %}z{% endif %}", "x", id="nested"
        ),
        pytest.param(
            "Hallo\n{% if x %}\nA\n{% endif %}\nB\n", "Hallo\nA\nB\n", id="tag-lines-removed"
        ),
        pytest.param("Hallo\n  {# c #}  \nB", "Hallo\nB", id="comment-line-removed"),
        pytest.param("{{ a }}\n\n{{ b }}", "<a>\n\n<b>", id="output-lines-kept"),
    ],
)
def test_render(template, expected):
    rendered, _ = render(template, sample)
    assert rendered.text == expected


@pytest.mark.parametrize(
    ("template", "word"),
    [
        pytest.param("Hallo {{ name }}, Ihre Nummer", "Nummer", id="after-a-placeholder"),
        pytest.param("{% if x %}\nAbc Nummer\n{% endif %}", "Nummer", id="after-a-dropped-line"),
        pytest.param("{$a} {* c *} Nummer", "Nummer", id="after-a-comment"),
    ],
)
def test_a_literal_maps_back_to_itself(template, word):
    rendered, _ = render(template, sample)
    start = rendered.text.index(word)
    begin, end = rendered.source(start, start + len(word))
    assert template[begin:end] == word


def test_a_sample_maps_back_to_its_whole_placeholder():
    template = "Nr. {{ order.orderNumber }} vom"
    rendered, placeholders = render(template, sample)
    start = rendered.text.index("<order")
    inside = rendered.source(start + 2, start + 5)
    assert template[inside[0] : inside[1]] == "{{ order.orderNumber }}"
    assert [(p.expression, p.sample) for p in placeholders] == [
        ("order.orderNumber", "<order.orderNumber>")
    ]


def test_offsets_count_from_the_base():
    rendered, placeholders = render("x {{ y }}", sample, base=100)
    assert rendered.starts[0] == 100
    assert placeholders[0].start == 102


def test_an_empty_rendering_still_has_a_place():
    rendered, _ = render("{% if x %}{% endif %}", sample, base=7)
    assert rendered.text == ""
    assert rendered.source(0, 0) == (7, 7)


@pytest.mark.parametrize(
    ("text", "subject", "body"),
    [
        pytest.param(
            "---\nsubject: Hallo {{ x }}\n---\nBody", "Hallo {{ x }}", "Body", id="front-matter"
        ),
        pytest.param("---\nsubject: 'Hallo'\n---\nBody", "Hallo", "Body", id="front-matter-quoted"),
        pytest.param("Subject: Hi\n\nBody\n", "Hi", "Body\n", id="subject-line"),
        pytest.param("Betreff: Hallo\r\n\r\nBody", "Hallo", "Body", id="betreff-crlf"),
        pytest.param("subject:Hi  \n \nBody", "Hi", "Body", id="subject-line-spaces"),
        pytest.param("Subject: Hi\nBody", None, "Subject: Hi\nBody", id="no-empty-line"),
        pytest.param("Body only", None, "Body only", id="body-only"),
        pytest.param("---\n---\nBody", None, "Body", id="empty-front-matter"),
    ],
)
def test_subject_and_body_conventions(text, subject, body):
    document = parse(text)
    assert (document.subject.text if document.subject else None) == subject
    assert document.body.text == body
    assert text[document.body.start :] == body
    if document.subject:
        start = document.subject.start
        assert text[start : start + len(subject)] == subject


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("---\ntitle: x\n---\nB", "unknown front-matter key 'title'", id="unknown-key"),
        pytest.param("---\n- a\n---\nB", "not a mapping", id="not-a-mapping"),
        pytest.param("---\nsubject: [a, b]\n---\nB", "not a line of text", id="list-subject"),
        pytest.param("---\nsubject: 'x\n---\nB", "not YAML", id="bad-yaml"),
    ],
)
def test_bad_front_matter_is_named(text, message):
    with pytest.raises(TemplateError, match=message):
        parse(text)
