"""The playground and the API docs in a real browser: Debian's Chromium, headless, driven by
Selenium through Debian's chromedriver, against the app on a local port with an API key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.wait import WebDriverWait

from service.config import Settings
from tests.live import live_server, required_program

API_KEY = "playground-test-key-7c1d9e8f7a6b5c4d3e2f1a0b"
WAIT = 20


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_server(Settings(api_keys=(API_KEY,))) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = required_program("chromium")
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1700",
        "--lang=en-US",
    ):
        options.add_argument(argument)
    # The driver from Debian's chromium-driver: Selenium Manager never downloads one.
    driver = webdriver.Chrome(service=Service(required_program("chromedriver")), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def wait(browser: WebDriver) -> WebDriverWait:
    return WebDriverWait(browser, WAIT)


def open_playground(browser: WebDriver, base_url: str) -> None:
    browser.get(f"{base_url}/playground")
    browser.execute_script("sessionStorage.clear()")
    browser.get(f"{base_url}/playground")
    key = browser.find_element(By.ID, "api-key")
    key.send_keys(API_KEY)
    browser.find_element(By.ID, "order-id").click()  # leaving the field stores the key
    wait(browser).until(lambda b: len(option_values(b, "marketplace")) > 20)
    wait_for_reasons(browser)


def option_values(browser: WebDriver, element_id: str) -> list[str]:
    """The values of a select's options, read in one go (the page may be refilling it)."""
    values: list[str] = browser.execute_script(
        "return Array.from(document.getElementById(arguments[0]).options, o => o.value)",
        element_id,
    )
    return values


def wait_for_reasons(browser: WebDriver) -> None:
    """Until the reasons of the chosen marketplace and status are in the list."""
    wait(browser).until(
        lambda b: (
            b.find_element(By.ID, "reason").get_attribute("data-loading") is None
            and len(option_values(b, "reason")) > 10
        )
    )


def choose(browser: WebDriver, element_id: str, value: str) -> None:
    Select(browser.find_element(By.ID, element_id)).select_by_value(value)
    if element_id in {"marketplace", "status"}:
        wait_for_reasons(browser)


def type_message(browser: WebDriver, subject: str, body: str) -> None:
    for element_id, text in (("subject", subject), ("body", body)):
        field = browser.find_element(By.ID, element_id)
        field.clear()
        field.send_keys(text)


def check(browser: WebDriver) -> str:
    browser.execute_script("document.getElementById('result').hidden = true")
    browser.find_element(By.ID, "check").click()
    wait(browser).until(ready.visibility_of_element_located((By.ID, "verdict")))
    verdict: str = browser.find_element(By.ID, "verdict").get_attribute("data-verdict")
    return verdict


def test_a_message_with_an_address_is_rejected_and_the_address_highlighted(browser, base_url):
    open_playground(browser, base_url)
    choose(browser, "marketplace", "DE")
    choose(browser, "status", "unshipped")
    choose(browser, "reason", "shipping_address")
    type_message(
        browser,
        "[Wichtig] Ihre Bestellung 302-1234567-1234567",
        "Guten Tag, bitte schreiben Sie die Hausnummer an info@example.com.",
    )
    assert check(browser) == "reject"
    marks = browser.find_elements(By.CSS_SELECTOR, "#body-view mark")
    assert [(m.text, m.get_attribute("data-rules")) for m in marks] == [
        ("info@example.com", "amazon.content.email_address")
    ]
    assert "error" in marks[0].get_attribute("class")
    rules = [
        li.get_attribute("data-rule")
        for li in browser.find_elements(By.CSS_SELECTOR, "#findings li")
    ]
    assert rules == ["amazon.content.email_address"]


def test_a_missing_tag_is_added_and_shown_as_a_diff(browser, base_url):
    open_playground(browser, base_url)
    choose(browser, "marketplace", "DE")
    choose(browser, "reason", "shipping_address")
    type_message(
        browser, "Ihre Bestellung 302-1234567-1234567", "Guten Tag, es fehlt die Hausnummer."
    )
    assert check(browser) == "modify"
    inserted = [node.text for node in browser.find_elements(By.CSS_SELECTOR, "#diff ins")]
    assert "[Wichtig]" in inserted


def test_spans_count_characters_not_utf16_units(browser, base_url):
    open_playground(browser, base_url)
    choose(browser, "marketplace", "DE")
    choose(browser, "reason", "shipping_address")
    # The flag is two code points and four UTF-16 units: a UTF-16 offset would cut the address.
    type_message(
        browser,
        "[Wichtig] Bestellung 302-1234567-1234567",
        "Hallo 🇩🇪 Team, schreiben Sie an a@example.com",
    )
    check(browser)
    texts = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#body-view mark")]
    assert "a@example.com" in texts


def set_date(browser: WebDriver, element_id: str, day: date) -> None:
    # Typing into a date field follows the browser's locale; the value is ISO everywhere.
    browser.execute_script(
        "document.getElementById(arguments[0]).value = arguments[1]", element_id, day.isoformat()
    )


def test_a_review_request_too_early_says_from_when_it_passes(browser, base_url):
    open_playground(browser, base_url)
    choose(browser, "marketplace", "UK")
    choose(browser, "status", "delivered")
    choose(browser, "reason", "review_request")
    set_date(browser, "delivered-at", date.today() - timedelta(days=1))
    type_message(
        browser,
        "Your order 302-1234567-1234567",
        "Hello, we hope you are enjoying your purchase. Would you share your experience in a "
        "review on Amazon? Thank you.",
    )
    assert check(browser) == "reject"
    rules = [
        li.get_attribute("data-rule")
        for li in browser.find_elements(By.CSS_SELECTOR, "#findings li")
    ]
    assert "amazon.timing.review_window" in rules
    assert browser.find_element(By.ID, "not-before").text


def test_the_interface_speaks_german_and_asks_in_german(browser, base_url):
    open_playground(browser, base_url)
    browser.find_element(By.CSS_SELECTOR, "[data-language=de]").click()
    wait(browser).until(lambda b: b.find_element(By.ID, "check").text == "Prüfen")
    wait(browser).until(
        lambda b: (
            "Problem mit der Lieferadresse"
            in b.execute_script(
                "return Array.from(document.getElementById('reason').options, o => o.text)"
            )
        )
    )
    wait_for_reasons(browser)
    choose(browser, "reason", "shipping_address")
    type_message(
        browser, "[Wichtig] Bestellung 302-1234567-1234567", "Schreiben Sie an a@example.com"
    )
    check(browser)
    finding = browser.find_element(By.CSS_SELECTOR, "#findings li").text
    assert "E-Mail-Adresse" in finding
    assert browser.execute_script("return document.documentElement.lang") == "de"
    browser.find_element(By.CSS_SELECTOR, "[data-language=en]").click()


def test_the_key_stays_in_session_storage_only(browser, base_url):
    open_playground(browser, base_url)
    stored = browser.execute_script(
        "return [sessionStorage.getItem('presend.apiKey'), JSON.stringify(localStorage),"
        " document.cookie]"
    )
    assert stored == [API_KEY, "{}", ""]
    curl = browser.find_element(By.ID, "curl").text
    assert API_KEY not in curl
    assert '"dry_run": true' in curl
    assert "$PRESEND_API_KEY" in curl


def test_without_a_key_the_page_says_what_is_missing(browser, base_url):
    browser.get(f"{base_url}/playground")
    browser.execute_script("sessionStorage.clear()")
    browser.get(f"{base_url}/playground")
    wait(browser).until(ready.visibility_of_element_located((By.ID, "problem")))
    assert "API key" in browser.find_element(By.ID, "problem").text


def test_the_docs_render_every_operation(browser, base_url):
    browser.get_log("browser")  # read, so only this page's messages remain
    browser.get(f"{base_url}/docs")
    wait(browser).until(ready.presence_of_element_located((By.CSS_SELECTOR, ".opblock")))
    operations = {
        element.get_attribute("id")
        for element in browser.find_elements(By.CSS_SELECTOR, ".opblock")
    }
    for operation_id in ("createCheck", "listContactReasons", "listMarketplaces", "healthz"):
        assert any(operation_id in (found or "") for found in operations), operations
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


def test_an_open_service_needs_no_key(browser):
    with live_server(Settings()) as open_url:
        browser.get(f"{open_url}/playground")
        browser.execute_script("sessionStorage.clear()")
        browser.get(f"{open_url}/playground")
        wait_for_reasons(browser)
        type_message(browser, "[Wichtig] Bestellung 302-1234567-1234567", "Guten Tag, alles gut.")
        assert check(browser) == "allow"
        assert browser.find_element(By.ID, "problem").get_attribute("hidden") is not None


def test_choosing_ebay_reloads_the_lists_and_checks_with_ebays_rules(browser, base_url):
    open_playground(browser, base_url)
    Select(browser.find_element(By.ID, "platform")).select_by_value("ebay")
    wait(browser).until(lambda b: "AT" in option_values(b, "marketplace"))
    wait(browser).until(lambda b: "feedback_reminder" in option_values(b, "reason"))
    assert "JP" not in option_values(browser, "marketplace")
    assert option_values(browser, "channel") == ["message_api", "trading_api", "email"]
    assert "pending" not in option_values(browser, "status")
    assert browser.find_element(By.ID, "order-id").get_attribute("value") == "27-39624-70918"
    choose(browser, "reason", "shipping_update")
    type_message(browser, "", "Guten Tag, Fragen gern an service@example.de.")
    assert check(browser) == "reject"
    marks = browser.find_elements(By.CSS_SELECTOR, "#body-view mark")
    assert [m.get_attribute("data-rules") for m in marks] == ["ebay.content.email_address"]
    assert '"platform": "ebay"' in browser.find_element(By.ID, "curl").text
    Select(browser.find_element(By.ID, "platform")).select_by_value("amazon")
    wait(browser).until(lambda b: "JP" in option_values(b, "marketplace"))
    wait_for_reasons(browser)
    assert option_values(browser, "channel") == ["email", "seller_central", "sp_api"]
