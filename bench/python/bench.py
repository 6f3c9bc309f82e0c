"""Python module throughput beside the command, and Dask 1 vs 2 workers.

    PYTHONPATH=build/python /usr/bin/python3 bench/python/bench.py [BUILD_DIR]

1. The trafilatura-eval dev pages (557 here; the issue's 990 are the full
   set, of which we hold the dev half), decompressed: klartext.extract from
   Python, one thread, against `klartext extract -j 1` on the same files —
   MB/s of HTML over user+sys CPU of this process vs of the command.
2. A .warc.gz of the dev pages (scripts/make-warc.sh, 50 MB, four copies)
   through klartext.dask.extract_warcs on a LocalCluster with 1 and then 2
   worker processes: wall seconds and MB/s (compressed input).
Printed, not asserted; the machine's load is printed with them.
"""
import glob
import gzip
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

import klartext
import klartext.dask as kdask  # noqa: F401  (imported here, not inside main)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "..", "shared", "data")
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main():
    src = sorted(glob.glob(os.path.join(DATA, "trafilatura-eval-dev", "html", "*.gz")))
    if not src:
        print("no dev pages under", DATA)
        return 2
    tmp = tempfile.mkdtemp(prefix="klartext-pybench-")
    try:
        pages = []
        for path in src:
            out = os.path.join(tmp, "pages", os.path.basename(path)[:-3])
            os.makedirs(os.path.dirname(out), exist_ok=True)
            data = gzip.open(path).read()
            open(out, "wb").write(data)
            pages.append(data)
        mb = sum(len(p) for p in pages) / 1e6
        print("pages: %d trafilatura-eval dev pages, %.1f MB of HTML" % (len(pages), mb))

        best_py = None
        for _ in range(3):
            start = cpu()
            for data in pages:
                try:
                    klartext.extract(data)
                except klartext.Error:
                    pass
            spent = cpu() - start
            best_py = spent if best_py is None else min(best_py, spent)
        best_cli = None
        for _ in range(3):
            before = children_cpu()
            subprocess.run([os.path.join(BUILD, "klartext"), "extract", "-j", "1", "-q", "--format", "jsonl",
                            os.path.join(tmp, "pages")], stdout=subprocess.DEVNULL, check=False)
            spent = children_cpu() - before
            best_cli = spent if best_cli is None else min(best_cli, spent)
        print("one thread, best of 3, user+sys CPU:")
        print("  python klartext.extract  %6.2f s  %7.1f MB/s" % (best_py, mb / best_py))
        print("  klartext extract -j 1    %6.2f s  %7.1f MB/s  (the whole process: read, extract, JSON out)"
              % (best_cli, mb / best_cli))

        from distributed import Client, LocalCluster

        warcs = os.path.join(tmp, "warcs")
        os.makedirs(warcs)
        first = os.path.join(warcs, "part-0.warc.gz")
        subprocess.run(["bash", os.path.join(ROOT, "scripts", "make-warc.sh"), first, "50"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for i in range(1, 4):  # copies: the same work per file, generated once
            shutil.copyfile(first, os.path.join(warcs, "part-%d.warc.gz" % i))
        size = sum(os.path.getsize(p) for p in glob.glob(os.path.join(warcs, "*"))) / 1e6
        print("dask: 4 .warc.gz files (copies of one of 50 MB uncompressed), %.1f MB compressed" % size)
        for workers in (1, 2):
            out = os.path.join(tmp, "out-%d" % workers)
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                client.run(lambda: __import__("klartext"))  # imports outside the timing
                summary = kdask.extract_warcs(os.path.join(warcs, "*.warc.gz"), out, client)
            print("  %d worker(s): %6.2f s wall  %6.1f MB/s  %d articles, %d errors"
                  % (workers, summary["seconds"], summary["mb_per_s"], summary["articles"], summary["errors"]))
        print("load average:", " ".join("%.2f" % x for x in os.getloadavg()), " cores:", os.cpu_count())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
