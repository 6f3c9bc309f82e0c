"""The web page in headless Chromium (Debian chromium + chromium-driver, via
python3-selenium): search, open an article, open a person, against the real
`klartext serve`."""
import os
import shutil

import pytest

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser():
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        pytest.skip("chromium and chromedriver are not installed (scripts/install-deps.sh installs them)")
    options = Options()
    options.binary_location = CHROMIUM
    # CI runs as root in a container: no sandbox, no /dev/shm to speak of.
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,900"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait(driver, condition, timeout=15):
    return WebDriverWait(driver, timeout).until(condition)


def test_search_open_article_open_person(server, browser):
    browser.get(server.url + "/")
    wait(browser, EC.text_to_be_present_in_element((By.ID, "stats"), "articles"))
    assert "5 articles" in browser.find_element(By.ID, "stats").text

    # Who said what: speaker filter, statements mode.
    browser.find_element(By.ID, "speaker").send_keys("Peskov")
    browser.find_element(By.ID, "statements").click()
    browser.find_element(By.ID, "search-button").click()
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "#results .statement-result")))
    results = browser.find_elements(By.CSS_SELECTOR, "#results .statement-result")
    expected = server.get("/api/search?statements=1&speaker=Peskov")[1]["results"]
    assert len(results) == len(expected) >= 3, [r.text for r in results]
    texts = " ".join(r.text for r in results)
    assert "Sanctions are not helpful" in texts and "Gegenstand der Verhandlungen" in texts

    # Open the German article from a statement.
    german = next(r for r in results if "Gegenstand" in r.text)
    german.find_element(By.CSS_SELECTOR, "a.article-link").click()
    wait(browser, EC.text_to_be_present_in_element((By.ID, "article-title"), "Kreml zu Sanktionen"))
    marks = browser.find_elements(By.CSS_SELECTOR, "#article-text mark.statement")
    assert any("Gegenstand der Verhandlungen" in m.text for m in marks), [m.text for m in marks]
    speakers = browser.find_elements(By.CSS_SELECTOR, "#article-text a.speaker")
    assert speakers, "statements should link their speakers"

    # Open the person from the article: one person, both languages, in time order.
    next(a for a in speakers if "Peskow" in a.text or "Peskov" in a.text).click()
    wait(browser, EC.presence_of_element_located((By.ID, "person-name")))
    assert browser.find_element(By.ID, "person-name").text in ("Dmitri Peskow", "Dmitry Peskov")
    items = browser.find_elements(By.CSS_SELECTOR, "#timeline li")
    assert len(items) == len(expected)
    dates = [li.find_element(By.TAG_NAME, "time").text for li in items]
    assert dates == sorted(dates) and dates[0] == "2025-03-01"

    # Back to the search: the form keeps what was asked.
    browser.back()
    browser.back()
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "#results .statement-result")))
    assert browser.find_element(By.ID, "speaker").get_attribute("value") == "Peskov"


def test_text_search_shows_snippets_and_clusters(server, browser):
    browser.get(server.url + "/#/search?q=Windkraft")
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "#results .article-result")))
    result = browser.find_element(By.CSS_SELECTOR, "#results .article-result")
    assert result.find_element(By.CSS_SELECTOR, ".snippet b").text.lower() == "windkraft"
    result.find_element(By.CSS_SELECTOR, "a.cluster-link").click()
    wait(browser, EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "2 copies"))


def test_page_text_is_never_markup(server, browser):
    browser.get(server.url + "/#/search?q=reviewer")
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "#results .article-result")))
    link = browser.find_element(By.CSS_SELECTOR, "#results a.article-link")
    assert "<img src=x onerror=alert(1)>" in link.text
    assert not browser.find_elements(By.CSS_SELECTOR, "#results img, #results b.injected")
    link.click()
    wait(browser, EC.presence_of_element_located((By.ID, "article-title")))
    assert "<script>alert(1)</script>" in browser.find_element(By.ID, "article-text").text
    assert browser.execute_script("return document.querySelectorAll('#view script, #view img').length") == 0


def test_unknown_article_shows_an_error(server, browser):
    browser.get(server.url + "/#/article/999999")
    wait(browser, EC.text_to_be_present_in_element((By.ID, "message"), "no article"))
    assert "error" in browser.find_element(By.ID, "message").get_attribute("class")
