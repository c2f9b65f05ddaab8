#!/usr/bin/env python3
"""`crosscheck extract` as the map step of an Apache Spark job.

`crosscheck extract` is stateless: each article's quotes and claims depend
on that article alone, so an archive too large for one machine can be
split into shards of JSON Lines and each shard piped through the binary on
whichever worker holds it (`RDD.pipe`). This script does that with PySpark
(local mode by default; pass `--master` for a cluster, where every worker
needs the same crosscheck binary at the same path).

    python3 scripts/spark/extract.py --bin target/release/crosscheck \
        --shards 8 --out extracted/ archive/*.jsonl

writes Spark's usual `part-NNNNN` files under `extracted/`: one JSON object
per article, exactly what `crosscheck extract` prints for it (the records'
order across shards is Spark's). Load them into a store without
extracting again:

    crosscheck --db archive.db ingest --extracted extracted/

Only JSON Lines input is split (a line is an article). Each line goes to
the binary tagged with the file (as named here) and line it was read from
(`crosscheck extract --tagged`), so the records keep the origins a direct
`crosscheck ingest archive/*.jsonl` would store.
"""

import argparse
import os
import shlex
import sys


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", help="JSON Lines files (one article per line)")
    ap.add_argument("--bin", required=True, help="the crosscheck binary every worker runs")
    ap.add_argument("--out", required=True, help="output folder (must not exist)")
    ap.add_argument("--shards", type=int, default=os.cpu_count() or 2,
                    help="how many pieces the input is cut into (default: CPU count)")
    ap.add_argument("--master", default=None,
                    help="Spark master URL (default: local[*])")
    args = ap.parse_args(argv)

    binary = os.path.abspath(args.bin)
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: not an executable crosscheck binary (build it: cargo build --release)")
    for path in args.inputs:
        if not os.path.isfile(path):
            sys.exit(f"{path}: no such file (give JSON Lines files)")
        if any(c in path for c in "\t\n\r"):
            sys.exit(f"{path!r}: a tab or line break in a file name cannot be tagged; rename it")
    if os.path.exists(args.out):
        sys.exit(f"{args.out}: already exists; remove it or choose another --out")

    try:
        from pyspark.sql import SparkSession
    except ImportError:
        sys.exit("PySpark is not installed: pip install pyspark (it needs Java 17: "
                 "apt-get install default-jre-headless)")

    builder = SparkSession.builder.appName("crosscheck-extract")
    builder = builder.master(args.master or "local[*]")
    spark = builder.getOrCreate()
    try:
        sc = spark.sparkContext
        sc.setLogLevel("WARN")
        per_file = max(1, args.shards // len(args.inputs))
        tagged = sc.union([tagged_lines(sc, path, per_file) for path in args.inputs])
        # Each shard goes to one `extract` on stdin.
        extracted = tagged.pipe(shlex.join([binary, "extract", "--tagged", "-"]))
        extracted.saveAsTextFile(os.path.abspath(args.out))
    finally:
        spark.stop()


def tagged_lines(sc, path, shards):
    """The file's non-blank lines, each as `PATH:LINE<TAB>line`."""
    lines = sc.textFile(os.path.abspath(path), minPartitions=shards)
    # zipWithIndex counts every line, blank ones too, as a direct read does.
    numbered = lines.zipWithIndex().filter(lambda p: p[0].strip() != "")
    return numbered.map(lambda p: f"{path}:{p[1] + 1}\t{p[0]}")


if __name__ == "__main__":
    main()
