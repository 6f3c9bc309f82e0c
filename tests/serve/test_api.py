"""The HTTP API of the real `klartext serve` on loopback."""
import concurrent.futures
import urllib.error
import urllib.request

from conftest import start_server, stop_server


def test_statements_by_speaker_across_spellings_and_languages(server):
    for name in ["Peskow", "Peskov", "Dmitry Peskov", "Kremlsprecher"]:
        status, body = server.get("/api/search?statements=1&speaker=" + urllib.request.quote(name))
        assert status == 200, body
        names = {r["speaker"]["name"] for r in body["results"]}
        sites = {r["site"] for r in body["results"]}
        assert names == {"Dmitri Peskow"}, (name, names)
        assert sites == {"zeitung.example", "news.example.com"}, (name, sites)
        assert len(body["people"]) == 1
    status, body = server.get("/api/search?statements=1&speaker=" + urllib.request.quote("der Kreml-Berater"))
    assert status == 200 and body["results"]
    assert {r["speaker"]["name"] for r in body["results"]} == {"Kirill Dmitrijew"}


def test_search_filters_and_ranking(server):
    status, body = server.get("/api/search?q=Sanktionen")
    assert status == 200
    assert [r["site"] for r in body["results"]] == ["zeitung.example"]
    assert "[Sanktionen]" in body["results"][0]["snippet"]
    assert len(server.get("/api/search?lang=en")[1]["results"]) == 2
    assert [r["site"] for r in server.get("/api/search?since=2025-04-01&until=2025-04-30")[1]["results"]] == ["zeitung.example"]
    assert [r["site"] for r in server.get("/api/search?site=news.example.com")[1]["results"]] == ["news.example.com"]
    assert len(server.get("/api/search?entity=Moskau")[1]["results"]) == 1


def test_article_person_and_cluster(server):
    _, body = server.get("/api/search?q=Windkraft")
    wind = body["results"][0]
    assert wind["cluster_size"] == 2
    status, cluster = server.get("/api/clusters/%d" % wind["cluster_id"])
    assert status == 200
    assert {a["site"] for a in cluster["articles"]} == {"a.example", "b.example"}
    assert len(server.get("/api/search?q=Windkraft&one_per_cluster=1")[1]["results"]) == 1

    _, hits = server.get("/api/search?statements=1&speaker=Peskow")
    article_id = hits["results"][0]["article_id"]
    status, article = server.get("/api/articles/%d" % article_id)
    assert status == 200
    for s in article["statements"]:
        start, end = s["start"], s["end"]
        assert article["text"].encode()[start:end].decode() == s["text"]
    person_id = hits["people"][0]
    status, person = server.get("/api/people/%d" % person_id)
    assert status == 200
    assert person["name"] == "Dmitri Peskow"
    assert "Dmitry Peskov" in person["aliases"]
    dates = [s["published"][:10] for s in person["statements"]]
    assert dates == sorted(dates) and dates[0] == "2025-03-01"


def test_errors_are_json_with_the_right_status(server):
    cases = {
        "/api/articles/abc": 400,
        "/api/articles/0": 400,
        "/api/articles/999999": 404,
        "/api/people/999999": 404,
        "/api/clusters/999999": 404,
        "/api/search?limt=3": 400,
        "/api/search?since=March": 400,
        "/api/search?limit=-4": 400,
        "/api/search?q=a&q=b": 400,
        "/api/search?since=2025-05-01&until=2025-04-01": 400,
        "/api/nothing": 404,
        "/api/search?q=" + "x" * 600: 400,
    }
    for path, expected in cases.items():
        status, body = server.get(path)
        assert status == expected, (path, status, body)
        assert body["error"]["code"] == expected
        assert body["error"]["message"]


def test_limits(server):
    status, body = server.get("/api/search?limit=1000")
    assert status == 200 and body["limit"] == 50  # --max-results 50
    try:
        urllib.request.urlopen(server.url + "/api/search?q=" + "y" * 9000, timeout=10)
        raise AssertionError("a 9000-byte URI was accepted")
    except urllib.error.HTTPError as err:
        assert err.code == 414
    req = urllib.request.Request(server.url + "/api/search", data=b"x" * 100, method="POST")
    try:
        urllib.request.urlopen(req, timeout=10)
        raise AssertionError("POST was accepted")
    except urllib.error.HTTPError as err:
        assert err.code == 405


def test_parallel_requests(server):
    def one(i):
        return server.get("/api/search?statements=1&speaker=Peskow&offset=%d" % (i % 2))[0]

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        assert set(pool.map(one, range(200))) == {200}


def test_binds_loopback_and_stops_cleanly(corpus):
    s = start_server(corpus)
    assert s.url.startswith("http://127.0.0.1:")
    assert s.get("/api/stats")[1]["articles"] == 5
    stop_server(s)


def test_bad_corpus_file_is_a_clear_error(tmp_path):
    import subprocess
    from conftest import BIN
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 1000)
    run = subprocess.run([BIN, "serve", str(bad), "--port", "0"], capture_output=True, text=True, timeout=30)
    assert run.returncode == 7, run.stderr
    assert "not a database" in run.stderr
    run = subprocess.run([BIN, "serve", str(tmp_path / "missing.db"), "--port", "0"], capture_output=True, text=True, timeout=30)
    assert run.returncode == 3, run.stderr
