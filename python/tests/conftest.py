"""Fixtures for the Python module's tests: pages and WARC files written here."""
import gzip
import io
import os
import uuid

import pytest

SOURCE_DIR = os.environ.get("KLARTEXT_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def page(i, lang="de"):
    return ("<html lang=\"%s\"><head><title>Meldung %d</title>"
            "<link rel=\"canonical\" href=\"https://test.example/n/%d\"></head><body><article><h1>Meldung %d</h1>"
            "<p>Der Gemeinderat hat am Dienstag über den Haushalt für das kommende Jahr beraten, Meldung %d. "
            "„Wir müssen sparen“, sagte Bürgermeisterin Anna Beispiel nach der Sitzung im Rathaus.</p>"
            "<p>Die Opposition kritisierte die Pläne und kündigte einen eigenen Antrag an.</p>"
            "</article></body></html>" % (lang, i, i, i, i)).encode()


def warc_record(url, body):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (uuid.uuid4(), url, len(http))).encode()
    return head + http + b"\r\n\r\n"


def write_warc_gz(path, pages):
    """One gzip member per record, as crawlers write them."""
    with open(path, "wb") as out:
        for i, body in enumerate(pages):
            out.write(gzip.compress(warc_record("https://test.example/n/%d" % i, body)))


@pytest.fixture
def warc(tmp_path):
    path = tmp_path / "small.warc.gz"
    write_warc_gz(path, [page(i) for i in range(6)])
    return path
