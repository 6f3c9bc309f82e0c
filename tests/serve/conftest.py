"""Fixtures for the server tests: a corpus built by the real `klartext ingest`
from pages written here, and the real `klartext serve` on a free loopback port.

The binary comes from $KLARTEXT_BIN (ctest sets it; see CMakeLists.txt).
"""
import json
import os
import re
import signal
import subprocess
import textwrap
import urllib.error
import urllib.request

import pytest

BIN = os.environ.get("KLARTEXT_BIN", os.path.join(os.path.dirname(__file__), "../../build/klartext"))

PAGES = {
    "de-peskow.html": """
        <html lang="de"><head><title>Kreml zu Sanktionen</title>
        <link rel="canonical" href="https://www.zeitung.example/politik/kreml-sanktionen">
        <meta property="article:published_time" content="2025-04-04T13:01:00+02:00"></head>
        <body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
        <article><h1>Kreml zu Sanktionen</h1>
        <p>Kremlsprecher Dmitri Peskow äußerte sich am Freitag in Moskau zu den Sanktionen der Europäischen Union
        und zu den Gesprächen mit den Vereinigten Staaten über eine Waffenruhe.</p>
        <p>„Das ist Gegenstand der Verhandlungen“, sagte Peskow. Einzelheiten nannte er nicht.</p>
        <p>Der Kreml-Berater Kirill Dmitrijew sagte, die Gespräche in Washington seien gut verlaufen.</p>
        </article></body></html>""",
    "en-peskov.html": """
        <html lang="en"><head><title>Kremlin on sanctions</title>
        <link rel="canonical" href="https://news.example.com/world/kremlin-sanctions">
        <meta property="article:published_time" content="2025-03-01T09:00:00Z"></head>
        <body><article><h1>Kremlin on sanctions</h1>
        <p>Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Friday about the sanctions and the
        talks with Washington that are planned for next week.</p>
        <p>"Sanctions are not helpful," Peskov said.</p>
        <p>Kirill Dmitriev, the Kremlin envoy, said the talks had gone well.</p>
        </article></body></html>""",
    "escape.html": """
        <html lang="en"><head><title>A &lt;b&gt;bold&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt; title</title>
        <link rel="canonical" href="https://escape.example/a"></head>
        <body><article><h1>A &lt;b&gt;bold&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt; title</h1>
        <p>Markup in text must show as text: &lt;script&gt;alert(1)&lt;/script&gt; and nothing runs, said the
        reviewer, who wrote the page only to check that the web page escapes what it shows.</p>
        </article></body></html>""",
}

# One dpa story printed by two outlets: the second cut the last paragraph.
WIND = [
    "Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der Windkraft an Land beschlossen.",
    "Die Länder sollen bis Ende 2027 zwei Prozent ihrer Fläche für Windräder ausweisen, teilte das Ministerium mit.",
    "Genehmigungen sollen künftig in höchstens sechs Monaten erteilt werden, Klagen keine aufschiebende Wirkung haben.",
    "Naturschutzverbände kritisierten die Pläne, die Branche begrüßte sie als überfällig und wichtigen Schritt.",
    "Der Bundestag soll das Gesetz noch vor der Sommerpause beschließen, der Bundesrat im Herbst zustimmen.",
]


def wind_page(url, paragraphs, title):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="de"><head><title>{title}</title><link rel="canonical" href="{url}"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


PAGES["wind-a.html"] = wind_page("https://a.example/wind", WIND, "Neue Regeln für Windkraft")
PAGES["wind-b.html"] = wind_page("https://b.example/wind", ["Berlin (dpa) - " + WIND[0]] + WIND[1:4], "Windräder: Kabinett beschließt Regeln")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    pages = tmp_path_factory.mktemp("pages")
    for name, html in PAGES.items():
        (pages / name).write_text(textwrap.dedent(html), encoding="utf-8")
    db = tmp_path_factory.mktemp("corpus") / "c.db"
    run = subprocess.run([BIN, "ingest", "-q", str(db), str(pages)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return db


class Server:
    def __init__(self, proc, url):
        self.proc = proc
        self.url = url

    def get(self, path):
        """(status, parsed JSON body) for a GET."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as res:
                return res.status, json.loads(res.read())
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read())


def start_server(corpus, *extra):
    proc = subprocess.Popen([BIN, "serve", str(corpus), "--port", "0", *extra], stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    match = re.search(r"http://[\d.]+:\d+", line)
    if not match:
        proc.kill()
        raise AssertionError("serve did not print its URL: " + line + proc.stderr.read())
    return Server(proc, match.group(0))


def stop_server(server):
    server.proc.send_signal(signal.SIGTERM)
    assert server.proc.wait(timeout=20) == 0, server.proc.stderr.read()


@pytest.fixture(scope="session")
def server(corpus):
    s = start_server(corpus, "--max-results", "50")
    yield s
    stop_server(s)
