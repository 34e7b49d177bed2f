#!/usr/bin/env python3
"""Writes the frequent words of a language (src/schema/frequent/LANG.txt):
the words ranked SKIP+1 to SKIP+COUNT by how often they occur in a folder
of articles (the gold train split), lowercase. The first SKIP are function
words, whose pairs are many and whose phrases few ask for.

usage: scripts/frequent_words.py DIR LANG [COUNT] [SKIP]
"""
import collections
import pathlib
import re
import sys

folder, lang = pathlib.Path(sys.argv[1]), sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
skip = int(sys.argv[4]) if len(sys.argv) > 4 else 100
words = collections.Counter()
for path in sorted(folder.glob("*.txt")):
    words.update(w for w in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8").lower()) if len(w) > 1)
ranked = [w for w, _ in words.most_common(skip + count)][skip:]
out = pathlib.Path(__file__).resolve().parent.parent / "src" / "schema" / "frequent" / f"{lang}.txt"
out.write_text("\n".join(sorted(ranked)) + "\n", encoding="utf-8")
print(f"{out}: {len(ranked)} words, the last ranked seen {words[ranked[-1]]} times")
