"""klartext.extract / extract_warc / analyze, good and bad input."""
import json
import os
import subprocess
import threading

import pytest

import klartext
from conftest import SOURCE_DIR, page, warc_record

EXAMPLE = os.path.join(SOURCE_DIR, "examples", "article.html")
BIN = os.environ.get("KLARTEXT_BIN", os.path.join(SOURCE_DIR, "build", "klartext"))


def test_example_headline_and_same_fields_as_the_command():
    html = open(EXAMPLE, "rb").read()
    article = klartext.extract(html)
    assert article["title"] == "Neue Radwege für die Innenstadt"
    cli = json.loads(subprocess.run([BIN, "extract", EXAMPLE], capture_output=True, check=True).stdout)
    cli.pop("input")
    assert article == cli  # the same emitter: fields and values identical


def test_str_input_url_and_options():
    html = open(EXAMPLE, "rb").read().decode("utf-8")
    article = klartext.extract(html, url="https://kurier.example/x", favor="precision", images=True)
    assert article["url"] == "https://kurier.example/lokales/neue-radwege"  # canonical wins
    assert any(b["type"] == "image" for b in article["blocks"])
    with pytest.raises(klartext.InvalidArgumentError):
        klartext.extract(html, favor="fast")
    with pytest.raises(TypeError):
        klartext.extract(12345)


def test_analyze_and_extract_with_analysis():
    article = klartext.extract(open(EXAMPLE, "rb").read(), analyze=True)
    assert article["statements"] and "entities" in article
    result = klartext.analyze("„Wir müssen sparen“, sagte Bürgermeisterin Anna Beispiel.", lang="de")
    assert result["statements"][0]["speaker"]["text"].endswith("Anna Beispiel")
    assert result["language"] == "de"
    assert klartext.analyze("The mayor said nothing.")["language"] == "en"
    with pytest.raises(klartext.InvalidArgumentError):
        klartext.analyze("x", lang="fr")


def test_bad_input_raises_typed_errors():
    with pytest.raises(klartext.UnsupportedInputError):
        klartext.extract(bytes(range(256)) * 64)
    with pytest.raises(klartext.NoContentError):
        klartext.extract(b"")
    with pytest.raises(klartext.NoContentError):
        klartext.extract(b"   \n\t ")
    assert issubclass(klartext.NoContentError, klartext.Error)
    # Invalid UTF-8 is decoded with replacement characters, not an error.
    article = klartext.extract(b"<html><body><article><p>Ung\xfcltig \xff\xfe Bytes in einem Absatz, der lang genug "
                               b"ist, um als Text zu gelten.</p></article></body></html>")
    assert article["diagnostics"]["invalid_bytes"] or "Ung" in article["text"]
    # Deep nesting and a truncated page.
    klartext.extract(b"<div>" * 100000 + b"<p>tief</p>")
    klartext.extract(page(1)[:150])


def test_fifty_megabyte_page():
    big = b"<html><body><article>" + b"<p>Ein Absatz mit Text, der sich wiederholt.</p>" * (50 * 1024 * 1024 // 48 + 2) + b"</article>"
    assert len(big) >= 50 * 1024 * 1024
    try:
        article = klartext.extract(big)
        assert article["text"]
    except klartext.Error as e:  # a clear refusal is fine, a crash is not
        assert str(e)


def test_warc_streams_records_and_survives_truncation(tmp_path, warc):
    records = list(klartext.extract_warc(warc))
    assert [r["title"] for r in records] == ["Meldung %d" % i for i in range(6)]
    assert all(r["warc_record_id"].startswith("<urn:uuid:") for r in records)
    data = warc.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[:-200])  # inside the last gzip member (each is ~500 bytes)
    got = list(klartext.extract_warc(str(cut)))
    ok = [r for r in got if "error" not in r]
    errors = [r for r in got if "error" in r]
    assert len(ok) == 5
    assert errors and errors[-1]["error_code"] == "corrupt"
    missing = list(klartext.extract_warc(tmp_path / "missing.warc.gz"))
    assert len(missing) == 1 and missing[0]["error_code"] == "io_error"


def test_threads_extract_in_parallel():
    html = open(EXAMPLE, "rb").read()
    results = []

    def work():
        for _ in range(20):
            results.append(klartext.extract(html)["title"])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["Neue Radwege für die Innenstadt"] * 80
