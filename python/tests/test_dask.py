"""klartext.dask on a real Dask LocalCluster with two worker processes."""
import json
import os

import pytest

from conftest import page, write_warc_gz

distributed = pytest.importorskip("distributed")


def test_local_cluster_two_workers(tmp_path):
    import klartext.dask
    from distributed import Client, LocalCluster

    inputs = tmp_path / "in"
    inputs.mkdir()
    for f in range(3):
        write_warc_gz(inputs / ("part-%d.warc.gz" % f), [page(f * 10 + i) for i in range(5)])
    broken = inputs / "part-9.warc.gz"
    broken.write_bytes((inputs / "part-0.warc.gz").read_bytes()[:700])  # truncated
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        summary = klartext.dask.extract_warcs([str(inputs / "*.warc.gz"), str(tmp_path / "nope.warc.gz")],
                                              str(out), client)
    assert summary["files"] == 5
    assert summary["articles"] == 15 + len([1 for line in open(out / "00003-part-9.jsonl") if '"error"' not in line])
    assert summary["errors"] >= 2  # the truncated file's tail and the missing file
    shards = sorted(p.name for p in out.iterdir())
    assert shards == ["00000-part-0.jsonl", "00001-part-1.jsonl", "00002-part-2.jsonl", "00003-part-9.jsonl",
                      "00004-nope.jsonl", "_summary.json"]
    titles = [json.loads(line)["title"] for line in open(out / "00001-part-1.jsonl")]
    assert titles == ["Meldung %d" % i for i in range(10, 15)]
    assert json.load(open(out / "_summary.json"))["records"] == summary["records"]
