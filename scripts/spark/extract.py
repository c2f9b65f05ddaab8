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
order across shards is Spark's).

Only JSON Lines input is split (a line is an article). Articles without an
`id` or `url` get an id derived from where they were read, which a shard
on stdin does not know: give every article an `id` before splitting.

Loading the shards into a store without extracting again (`crosscheck
ingest --extracted`) is not built yet; see docs/scale-out.md.
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
        paths = ",".join(os.path.abspath(p) for p in args.inputs)
        lines = sc.textFile(paths, minPartitions=args.shards)
        # Blank lines are no articles; each shard goes to one `extract` on stdin.
        articles = lines.filter(lambda line: line.strip() != "")
        extracted = articles.pipe(shlex.join([binary, "extract", "-"]))
        extracted.saveAsTextFile(os.path.abspath(args.out))
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
