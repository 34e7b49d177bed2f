#!/usr/bin/env python3
"""The SQLite FTS5 baseline of dictum's query benchmark.

usage: fts5_bench.py STATEMENTS_JSONL DB [QUERIES_PER_TYPE] [DICTUM_TSV]

Loads the statements `dictum extract` printed (STATEMENTS_JSONL) into DB:
a table of statements with their date's first and last day as integer
columns (indexed), and an FTS5 index (porter stemmer, accents folded) over
quote, title, speaker and role. Then runs the query types of
examples/query_bench.rs with the same words, speakers and years, each
returning what dictum's search returns: the total and the best ten with
their stored fields. Prints p50/p99 per type, and the ratio dictum / FTS5
when DICTUM_TSV (written by query_bench) is given.
"""
import datetime
import json
import os
import sqlite3
import statistics
import sys
import time

# The same lists as examples/query_bench.rs, so that both run the same queries.
WORDS = ["peace", "security", "development", "climate", "sanctions", "nuclear", "refugees", "terrorism", "trade",
         "cooperation", "sovereignty", "democracy", "poverty", "reform", "dialogue", "conflict", "weapons", "economy",
         "health", "water", "energy", "border", "rights", "justice", "crisis", "ocean", "debt", "women", "children",
         "migration"]
SPEAKERS = ["Lavrov", "Obama", "Merkel", "Guterres", "Xi Jinping", "Erdogan", "Modi", "Macron"]
EPOCH = datetime.date(1970, 1, 1).toordinal()


def day(d):
    return d.toordinal() - EPOCH


def period(text):
    """First and last day (days since 1970) of a date written as YYYY, YYYY-MM or YYYY-MM-DD."""
    if not text:
        return None, None
    parts = [int(p) for p in text[:10].split("-")]
    if len(parts) == 1:
        return day(datetime.date(parts[0], 1, 1)), day(datetime.date(parts[0], 12, 31))
    if len(parts) == 2:
        first = datetime.date(parts[0], parts[1], 1)
        following = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return day(first), day(following) - 1
    one = day(datetime.date(*parts))
    return one, one


def load(statements, db):
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db)
    con.executescript("""
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE s (id INTEGER PRIMARY KEY, sid TEXT, speaker TEXT, role TEXT, title TEXT, date TEXT,
                        date_start INTEGER, date_end INTEGER, lang TEXT, kind TEXT, file TEXT, quote TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(quote, title, speaker, role, content='s', content_rowid='id',
                                            tokenize='porter unicode61 remove_diacritics 2');
    """)
    rows = []

    def flush():
        con.executemany("INSERT INTO s VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        rows.clear()

    with open(statements, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            st = json.loads(line)
            speaker = st.get("speaker") or {}
            start, end = period(st.get("date"))
            rows.append((n, st["id"], speaker.get("name"), speaker.get("role"), st.get("title"), st.get("date"),
                         start, end, st.get("lang"), st.get("kind"), st.get("file"), st["quote"]["text"]))
            if len(rows) >= 5000:
                flush()
    flush()
    con.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
    con.executescript("""
        CREATE INDEX s_start ON s(date_start);
        CREATE INDEX s_end ON s(date_end);
        CREATE INDEX s_speaker ON s(speaker);
    """)
    con.commit()
    return con


def years(i):
    first = 1995 + i % 25
    return day(datetime.date(first, 1, 1)), day(datetime.date(first + 2, 12, 31))


def word(i):
    return WORDS[i % len(WORDS)]


def speaker_match(i):
    return "speaker: (" + " ".join(SPEAKERS[i % len(SPEAKERS)].split()) + ")"


TOP = "SELECT s.sid, s.speaker, s.role, s.date, s.title, s.file, s.quote FROM fts JOIN s ON s.id = fts.rowid "


def queries(con):
    """The query types: name, and a function of i running one query."""

    def run(sql, count_sql, args, count_args):
        con.execute(count_sql, count_args).fetchone()
        return con.execute(sql, args).fetchall()

    def keyword(i):
        run(TOP + "WHERE fts MATCH ? ORDER BY rank LIMIT 10", "SELECT count(*) FROM fts WHERE fts MATCH ?",
            (word(i),), (word(i),))

    def keywords_dates(i):
        start, end = years(i)
        match = f"{word(i)} AND {word(i + 7)}"
        where = "WHERE fts MATCH ? AND s.date_start <= ? AND s.date_end >= ? "
        run(TOP + where + "ORDER BY rank LIMIT 10", "SELECT count(*) FROM fts JOIN s ON s.id = fts.rowid " + where,
            (match, end, start), (match, end, start))

    def phrase(i):
        match = f'"international {word(i)}"'
        run(TOP + "WHERE fts MATCH ? ORDER BY rank LIMIT 10", "SELECT count(*) FROM fts WHERE fts MATCH ?",
            (match,), (match,))

    def speaker_newest(i):
        match = speaker_match(i)
        run(TOP + "WHERE fts MATCH ? ORDER BY s.date_start DESC LIMIT 10",
            "SELECT count(*) FROM fts WHERE fts MATCH ?", (match,), (match,))

    def everything(i):
        start, end = years(i)
        match = f"quote: {word(i)} AND {speaker_match(i)}"
        where = "WHERE fts MATCH ? AND s.date_start <= ? AND s.date_end >= ? "
        args = (match, end, start)
        run(TOP + where + "ORDER BY rank LIMIT 10", "SELECT count(*) FROM fts JOIN s ON s.id = fts.rowid " + where,
            args, args)
        for column in ["s.speaker", "substr(s.date, 1, 4)", "s.lang", "s.kind"]:
            con.execute(f"SELECT {column}, count(*) FROM fts JOIN s ON s.id = fts.rowid {where} GROUP BY 1",
                        args).fetchall()

    return [("single keyword", keyword), ("two keywords AND date range", keywords_dates), ("phrase", phrase),
            ("speaker only, newest first", speaker_newest), ("keyword + speaker + date + facets", everything)]


def latency(count, query):
    for i in range(min(count, 50)):
        query(i)  # warm up
    samples = []
    for i in range(count):
        start = time.perf_counter()
        query(i)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[round((len(samples) - 1) * 0.99)]


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    statements, db = argv[1], argv[2]
    count = int(argv[3]) if len(argv) > 3 else 500
    ours = {}
    if len(argv) > 4:
        with open(argv[4], encoding="utf-8") as fh:
            for line in fh:
                name, p50, p99 = line.rstrip("\n").split("\t")
                ours[name] = (float(p50), float(p99))
    start = time.perf_counter()
    con = load(statements, db)
    loaded = time.perf_counter() - start
    total = con.execute("SELECT count(*) FROM s").fetchone()[0]
    print(f"SQLite {sqlite3.sqlite_version} FTS5: {total} statements loaded and indexed in {loaded:.1f} s\n")
    print(f"| query ({count} of each) | FTS5 p50 / p99 | dictum p50 / p99 | ratio dictum / FTS5 p50 |")
    print("|---|---|---|---|")
    for name, query in queries(con):
        p50, p99 = latency(count, query)
        mine = ours.get(name)
        if mine:
            print(f"| {name} | {p50:.3f} / {p99:.3f} ms | {mine[0]:.3f} / {mine[1]:.3f} ms | {mine[0] / p50:.3f} |")
        else:
            print(f"| {name} | {p50:.3f} / {p99:.3f} ms | – | – |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
