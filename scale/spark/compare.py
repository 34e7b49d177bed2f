"""Checks that the statements of a Spark run equal those of a local run.

usage: compare.py LOCAL.jsonl SPARK_OUTPUT_DIR

Both must hold the same statements: the same ids, the same number, the same
records. Prints the count; exits 1 on any difference.
"""

import glob
import json
import os
import sys
from collections import Counter


def records(lines):
    return [json.loads(line) for line in lines if line.strip()]


def main(local_path, spark_dir):
    with open(local_path, encoding="utf-8") as fh:
        local = records(fh)
    spark = []
    for part in sorted(glob.glob(os.path.join(spark_dir, "part-*"))):
        with open(part, encoding="utf-8") as fh:
            spark.extend(records(fh))
    local_ids, spark_ids = Counter(r["id"] for r in local), Counter(r["id"] for r in spark)
    problems = []
    if len(local) != len(spark):
        problems.append(f"{len(local)} statements locally, {len(spark)} on Spark")
    if local_ids != spark_ids:
        missing = list((local_ids - spark_ids).elements())[:5]
        extra = list((spark_ids - local_ids).elements())[:5]
        problems.append(f"ids differ: missing on Spark {missing}, only on Spark {extra}")
    key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)
    if sorted(map(key, local)) != sorted(map(key, spark)):
        problems.append("records differ")
    if problems:
        print("statements differ: " + "; ".join(problems))
        return 1
    print(f"same statements: {len(spark)} records, {len(spark_ids)} distinct ids")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
