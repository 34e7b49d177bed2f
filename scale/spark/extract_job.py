"""Distribute `dictum extract` over a corpus with Apache Spark.

usage: spark-submit [--master URL] extract_job.py INPUT OUTPUT [--dictum PATH] [--ship] [--partitions N]

The driver lists the article files under INPUT (hidden files and folders
skipped, as dictum skips them) and spreads their paths over N partitions;
each partition runs one `dictum extract --files-from -` with its paths on
standard input, and its statements (dictum's JSON Lines record format,
one statement per line) are saved to OUTPUT as text partitions
(part-00000, ...). `dictum index --statements OUTPUT` indexes them.

Every worker must see INPUT at the same path (a shared disk or NFS mount).
The dictum binary is either installed at --dictum PATH on every worker, or
shipped with the job by --ship (Spark copies it to each executor).
Statement ids are derived from the file path, so give INPUT as the same
absolute path a local `dictum extract` would use, and the ids agree.
"""

import argparse
import os
import subprocess
import threading
import time

from pyspark import SparkContext, SparkFiles, TaskContext


# Statements handed to Spark at once, in bytes of JSON Lines.
BLOCK_BYTES = 1 << 20


def article_files(root):
    """Every file under root, sorted, hidden files and folders skipped."""
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found.extend(os.path.join(folder, f) for f in files if not f.startswith("."))
    return sorted(os.path.abspath(f) for f in found)


def extractor(dictum, shipped):
    """A function for mapPartitions: runs dictum on the partition's paths
    and yields its statements line by line, without holding them all."""

    def run(paths):
        paths = list(paths)
        if not paths:
            return
        binary = SparkFiles.get(os.path.basename(dictum)) if shipped else dictum
        # dictum extracts on every core it sees; a task may use only the
        # cores Spark gave it, or workers on one machine fight over them.
        task = TaskContext.get()
        cores = str(task.cpus()) if task is not None else "1"
        process = subprocess.Popen(
            [binary, "extract", "--files-from", "-"],
            env={**os.environ, "RAYON_NUM_THREADS": cores},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        # Paths are written from a thread so that a full stdout pipe can
        # never block the writing of stdin, and stderr is drained likewise.
        feeder = threading.Thread(target=feed, args=(process.stdin, paths))
        feeder.start()
        problems = []
        drainer = threading.Thread(target=lambda: problems.append(process.stderr.read()))
        drainer.start()
        # Statements travel to the JVM in blocks of whole lines: one RDD
        # element per statement made moving them cost more than extracting.
        block = []
        size = 0
        for line in process.stdout:
            block.append(line)
            size += len(line)
            if size >= BLOCK_BYTES:
                yield b"".join(block).decode("utf-8").rstrip("\n")
                block, size = [], 0
        if block:
            yield b"".join(block).decode("utf-8").rstrip("\n")
        feeder.join()
        drainer.join()
        code = process.wait()
        # Exit code 0: all read; per-file problems are reported on stderr
        # and do not stop the others, as in a local run.
        if code != 0:
            raise RuntimeError(f"dictum extract failed with exit code {code}: {problems[0].decode(errors='replace')}")

    return run


def feed(pipe, paths):
    with pipe:
        pipe.write("".join(p + "\n" for p in paths).encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="folder of articles, visible to every worker at this path")
    parser.add_argument("output", help="folder for the statement partitions (must not exist)")
    parser.add_argument("--dictum", default="dictum", help="the dictum binary (default: dictum on PATH)")
    parser.add_argument("--ship", action="store_true", help="copy --dictum to every executor with the job")
    parser.add_argument("--partitions", type=int, help="default: 4 per core of the cluster, at most one per file")
    args = parser.parse_args()

    files = article_files(args.input)
    if not files:
        parser.error(f"no files under {args.input}")
    context = SparkContext(appName="dictum-extract")
    if args.ship:
        context.addFile(os.path.abspath(args.dictum))
    partitions = args.partitions or max(1, min(len(files), context.defaultParallelism * 4))
    # A trivial job first, so that the time below is the extraction's and
    # not the executors' start-up.
    context.parallelize(range(partitions), partitions).count()
    started = time.monotonic()
    paths = context.parallelize(files, partitions)
    statements = paths.mapPartitions(extractor(args.dictum, args.ship))
    statements.saveAsTextFile(args.output)
    seconds = time.monotonic() - started
    print(f"dictum-extract: {len(files)} files in {partitions} partitions -> {args.output} in {seconds:.2f} s")
    context.stop()


if __name__ == "__main__":
    main()
