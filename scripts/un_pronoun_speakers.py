#!/usr/bin/env python3
"""Counts statements whose "he"/"she" speaker resolved to no person.

usage: dictum extract SPEECHES | python3 scripts/un_pronoun_speakers.py [-]

Reads `dictum extract` records (JSON Lines) on stdin. Among statements that
are not whole speeches and whose speaker mention is a third-person pronoun,
counts those whose resolved name contains a place, event or institution
word from a list broader than the one dictum itself uses (so the check is
not the rule grading itself), unless the name carries a title. Prints the
totals and the 30 most frequent such names.
"""
import collections
import json
import re
import sys

PRONOUNS = {"he", "she", "his", "her", "him"}
TITLED = re.compile(r"Secretary|President|Minister|Prince|King|Sheikh")
NOT_PERSON = set("""
middle east west north south new york zealand africa african america american americas arabia saudi lanka sri
world war wars second first third fourth millennium summit conference declaration report agreement agreements
plan treaty programme program movement community cypriot cypriots greek turkish year meeting wall weapons rights
human development sustainable goals forum guinea city sea ocean gulf region charter convention protocol accords
initiative agenda process round group cooperation crime consensus liberation developing countries decade
assistance front empire heights lakes leone sierra faso burkina strip gaza republics republic territories trust
atoll soviet socialist latin caribbean universal international monetary trade nuclear climate framework cape
verde costa rica san francisco marino saint sao tome el salvador islamic island islands small regional
transnational organized non-aligned arab great doha uruguay cyprus northern southern western eastern central asia
asian europe european pacific security council assembly nations united states kingdom union supreme national
special rapporteur high-level plenary external relations persian cold global mission working timor sudan korea
lebanon sahara golan earth
""".split())


def main():
    names = collections.Counter()
    for line in sys.stdin:
        record = json.loads(line)
        if record.get("kind") == "speech":
            continue
        speaker = record.get("speaker") or {}
        mention = (speaker.get("mention") or {}).get("text", "")
        if mention.lower() in PRONOUNS:
            names[speaker["name"]] += 1
    wrong = {
        name: count
        for name, count in names.items()
        if not TITLED.search(name)
        and any(re.sub(r"['’]s$", "", word.lower()) in NOT_PERSON for word in name.split())
    }
    print(f"pronoun-resolved {sum(names.values())}, naming no person {sum(wrong.values())} ({len(wrong)} names)")
    for name, count in sorted(wrong.items(), key=lambda item: -item[1])[:30]:
        print(f"  {count} {name}")


if __name__ == "__main__":
    main()
