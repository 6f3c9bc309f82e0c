"""klartext on a Dask cluster: WARC files in, JSON Lines shards out.

    from dask.distributed import Client, LocalCluster
    import klartext.dask
    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
        summary = klartext.dask.extract_warcs(["crawl/*.warc.gz"], "out/", client)

One task per input file: the worker streams the file's records through
klartext.extract_warc and writes out/<name>.jsonl, one JSON object per
record (an article, or the error line of a record that failed). A file
that cannot be read at all gives a shard of error lines too; the job goes
on with the other files. The summary (also written to out/_summary.json)
counts records, articles, errors, bytes and seconds; doc/python.md shows
how to run it on a real scheduler (`dask scheduler`, `dask worker`).
"""
import glob
import json
import os
import time

import klartext


def expand(paths):
    """Paths and glob patterns to a sorted list of files (patterns that match
    nothing are kept as given, so the task reports the missing file)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files = []
    for p in paths:
        p = os.fspath(p)
        matched = sorted(glob.glob(p)) if glob.has_magic(p) else [p]
        files.extend(matched or [p])
    return files


def shard_name(path, index):
    base = os.path.basename(path)
    for ext in (".gz", ".warc"):
        if base.endswith(ext):
            base = base[: -len(ext)]
    return "%05d-%s.jsonl" % (index, base or "input")


def extract_file(path, out_path, analyze=False, favor="balanced"):
    """Runs on a worker: one input file to one JSONL shard. Returns its counts."""
    start = time.perf_counter()
    counts = {"input": path, "shard": out_path, "records": 0, "articles": 0, "errors": 0, "bytes": 0}
    try:
        counts["bytes"] = os.path.getsize(path)
    except OSError:
        pass
    tmp = out_path + ".part"
    with open(tmp, "w", encoding="utf-8") as out:
        try:
            # The engine's JSON goes to the shard as it is: parsing it into
            # dicts only to serialise them again cost three quarters of the
            # time (measured with bench/python/bench.py).
            records = klartext._native.Records([path], "auto", favor, analyze)
            while True:
                try:
                    ok, line = records.next_raw()
                except StopIteration:
                    break
                counts["records"] += 1
                counts["articles" if ok else "errors"] += 1
                out.write(line)
                out.write("\n")
        except klartext.Error as e:  # the file as a whole could not be opened
            counts["errors"] += 1
            out.write(json.dumps({"input": path, "error": str(e), "error_code": type(e).__name__}) + "\n")
    os.replace(tmp, out_path)  # a shard is complete or absent, never half-written
    counts["seconds"] = time.perf_counter() - start
    return counts


def extract_warcs(paths, out_dir, client, analyze=False, favor="balanced"):
    """Extracts every page of the WARC files on the cluster behind `client`.

    paths: paths and/or glob patterns. out_dir: where the shards go (created).
    Returns the summary: files, records, articles, errors, bytes, seconds
    (wall, for the whole job), mb_per_s, and per-file counts under "files".
    """
    files = expand(paths)
    os.makedirs(out_dir, exist_ok=True)
    start = time.perf_counter()
    futures = [client.submit(extract_file, f, os.path.join(out_dir, shard_name(f, i)), analyze, favor,
                             key="klartext-%05d-%s" % (i, os.path.basename(f)), pure=False)
               for i, f in enumerate(files)]
    per_file = []
    for f, future in zip(files, futures):
        try:
            per_file.append(future.result())
        except Exception as e:  # a worker died or the task failed: report, go on
            per_file.append({"input": f, "records": 0, "articles": 0, "errors": 1, "bytes": 0, "seconds": 0,
                             "failure": "%s: %s" % (type(e).__name__, e)})
    seconds = time.perf_counter() - start
    summary = {
        "files": len(files),
        "records": sum(c["records"] for c in per_file),
        "articles": sum(c["articles"] for c in per_file),
        "errors": sum(c["errors"] for c in per_file),
        "bytes": sum(c["bytes"] for c in per_file),
        "seconds": seconds,
    }
    summary["mb_per_s"] = summary["bytes"] / 1e6 / seconds if seconds > 0 else 0.0
    summary["per_file"] = per_file
    with open(os.path.join(out_dir, "_summary.json"), "w", encoding="utf-8") as out:
        json.dump(summary, out, indent=1)
    return summary
