#!/usr/bin/env python3
"""Where message words are lost between gold statements and dictum's.

usage: python3 scripts/attribution_losses.py GOLD.jsonl PRED.jsonl

GOLD.jsonl is a gold split (../shared/gold/<corpus>/<split>.jsonl), PRED.jsonl
the output of `dictum extract` over the same article folder. Predictions are
paired with gold statements exactly as ../shared/tools/score_quotes.py pairs
them (greedily, by most shared words, one to one), and every word the score
loses is put in one place:

- recall: gold words of statements no prediction touches; of statements
  paired only with a prediction made for another one (segmentation); and
  of paired statements outside their prediction (an edge);
- precision: predicted words in no gold statement, of predictions paired
  with none (a statement the gold does not have) or of paired ones (an
  edge); predicted words in another gold statement (segmentation); and
  predicted words only in a nested gold quotation, which the scorer leaves
  out;
- quotations: for predictions that are exactly a quotation mark to
  quotation mark, the gold words of their paired statement they miss (the
  gold often reports the clause around a quotation).
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "tools"))
import score_quotes  # noqa: E402  (the reference scorer, for its word and span reading)

QUOTATION_MARKS = "„“\"»«‚‘‹›”"


def word_offsets(text):
    """Byte spans of the scorer's words in `text`."""
    offsets, position, last = [], 0, 0
    for match in score_quotes.WORD.finditer(text):
        position += len(text[last : match.start()].encode())
        start = position
        position += len(match.group().encode())
        offsets.append((start, position))
        last = match.end()
    return offsets


def pair(predicted, gold):
    """The scorer's pairing: prediction index -> gold index."""
    candidates = sorted(
        ((len(p & g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold) if p & g), reverse=True
    )
    used_p, used_g, pairs = set(), set(), {}
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs[i] = j
    return pairs


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    gold_path, pred_path = argv[1], argv[2]
    base = os.path.dirname(gold_path)
    articles = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    by_file = {a["file"]: a for a in articles}
    predictions = collections.defaultdict(list)
    for line in open(pred_path, encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        path = os.path.normpath(record.get("file", "")).replace(os.sep, "/")
        owner = next((f for f in sorted(by_file, key=len, reverse=True) if path.endswith(f)), None)
        if owner:
            predictions[owner].append(record)
    lost = collections.Counter()
    totals = collections.Counter()
    for article in articles:
        raw = open(os.path.join(base, article["file"]), "rb").read()
        words = word_offsets(raw.decode("utf-8"))
        quotes = [q for q in article["quotes"] if not q.get("nested")]
        gold = [score_quotes.words_in(raw, q["quote"], words) for q in quotes]
        nested = set().union(*[score_quotes.words_in(raw, q["quote"], words) for q in article["quotes"] if q.get("nested")])
        records = predictions.get(article["file"], [])
        spans = [score_quotes.pred_spans(r.get("quote")) for r in records]
        predicted = [score_quotes.words_in(raw, s, words) for s in spans]
        pairs = pair(predicted, gold)
        any_gold = set().union(*gold)
        any_predicted = set().union(*predicted)
        paired_gold = set(pairs.values())
        totals["gold"] += sum(map(len, gold))
        totals["predicted"] += sum(map(len, predicted))
        for j, g in enumerate(gold):
            if j in paired_gold:
                continue
            lost["recall: statement no prediction touches"] += len(g - any_predicted)
            lost["recall: statement covered by predictions paired elsewhere"] += len(g & any_predicted)
        for i, p in enumerate(predicted):
            if i not in pairs:
                lost["precision: prediction paired with none, words in no gold"] += len(p - any_gold - nested)
                lost["precision: prediction paired with none, words in gold"] += len(p & any_gold)
                lost["precision: words only in a nested gold quotation"] += len((p - any_gold) & nested)
                continue
            g = gold[pairs[i]]
            lost["recall: edge, gold words outside the paired prediction"] += len((g - p) - any_predicted)
            lost["recall: segmentation, gold words in another prediction"] += len((g - p) & any_predicted)
            extra = p - g
            lost["precision: edge, predicted words in no gold"] += len(extra - any_gold - nested)
            lost["precision: segmentation, predicted words in another gold"] += len(extra & any_gold)
            lost["precision: words only in a nested gold quotation"] += len((extra - any_gold) & nested)
            text = raw[spans[i][0][0] : spans[i][-1][1]].decode("utf-8", "replace").strip()
            if text[:1] in QUOTATION_MARKS and text[-1:] in QUOTATION_MARKS:
                lost["quotations: gold words their paired statement has beyond them"] += len(g - p)
    print(f"gold words {totals['gold']}, predicted words {totals['predicted']}")
    for name, count in sorted(lost.items()):
        whole = totals["gold"] if name.startswith(("recall", "quotations")) else totals["predicted"]
        print(f"{count:7d} {count / whole:6.1%}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
