//! Sources without a verb of their own: "nach", "laut", "zufolge", documents that a
//! statement emerges from, polls, and where a statement was made.

use super::*;

impl<'a> Rules<'a> {
    /// Sources named without a verb: "laut X", "X zufolge", "nach Angaben
    /// der Polizei", "…, so X.", "Demnach …", "In der Erklärung heißt es".
    /// `None` when the word cannot open such a source, `Some(None)` when it
    /// does but no source is found. A German word without a source tag is
    /// read only when it is one of `GERMAN_SOURCE_WORDS` (`may_cue`).
    pub(super) fn source_at(
        &self,
        index: usize,
        clauses: &[Range<usize>],
        c: usize,
        p: usize,
    ) -> Option<Option<Attribution>> {
        let clause = clauses[c].clone();
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let tags = tokens[index].tags;
        let word = &self.text[tokens[index].span()];
        let is = |w: &str| word.eq_ignore_ascii_case(w);

        if self.german
            && index == clause.start
            && c > 0
            && let Some(source) = self.relative_source(p, index)
        {
            return Some(Some(source));
        }
        // "laut X", "gemäß X", "according to X"
        if tags.has(Tags::SOURCE_PREP) {
            let from = if self.is_word(p, index + 1, "to") { index + 2 } else { index + 1 };
            return Some(phrases.phrase_after(from, clause.end).map(|mention| {
                let mention = if self.german { self.with_origin(p, mention, clause.end, false) } else { mention };
                let mention = self.with_apposition(p, clauses, c, mention);
                // "according to an email from the president of the federation
                // obtained by The Huffington Post": English sources run to the
                // clause's end, PolNeAR's source span.
                let mention =
                    if self.german { mention } else { mention.start..self.source_end(p, mention.end, clause.end) };
                let mention = self.with_english_appositions(p, clauses, c, mention);
                let region = index..self.fronted_source_end(p, clauses, index, mention.end);
                Attribution::source(index..from, Some(mention), region, "source-preposition")
            }));
        }
        // "X zufolge"
        if tags.has(Tags::SOURCE_POSTP) {
            return Some(phrases.phrase_before(clause.start, index).map(|mention| {
                // "Am Samstag starben behördlichen Angaben zufolge …": a
                // lowercase word after a capitalised one is the finite verb,
                // which no German phrase opens with after a noun.
                // "sagte die Kanzlerin einigen Teilnehmern zufolge", "Nicht
                // näher genannten Quellen zufolge": a quantifier opens the
                // phrase, and an adverb before it is no noun.
                const QUANTIFIERS: [&str; 6] = ["einig", "mehrer", "viel", "manch", "wenig", "ander"];
                let opening = &tokens[mention.start];
                let after_noun = mention.start > clause.start && {
                    let before = &tokens[mention.start - 1];
                    before.is_word() && before.upper && !before.tags.has(Tags::ADVERB)
                };
                let verb = self.german
                    && mention.len() >= 2
                    && after_noun
                    && opening.is_word()
                    && !opening.upper
                    && opening.tags.is_empty()
                    && !QUANTIFIERS.iter().any(|q| self.text[opening.span()].starts_with(q));
                let mention = if verb { mention.start + 1..mention.end } else { mention };
                Attribution::source(
                    index..index + 1,
                    Some(mention.clone()),
                    mention.start..index + 1,
                    "source-postposition",
                )
            }));
        }
        if !self.german {
            return self.poll_source(index, clauses, c, p);
        }
        // "nach Angaben der Polizei", "nach einer Stellungnahme der US-Armee"
        if is("nach") {
            let noun = self.speech_noun_after(p, index + 1, clause.end).or_else(|| self.document_after(p, index + 1));
            if let Some(noun) = noun {
                let possessor = &tokens[index + 1];
                // "Nach Grupps Meinung", "nach deren Angaben": a possessor
                // before the noun, which no phrase runs across.
                let possessed = noun == index + 2
                    && possessor.is_word()
                    && (possessor.upper && self.text[possessor.span()].ends_with('s')
                        || self.is_word(p, index + 1, "deren")
                        || self.is_word(p, index + 1, "dessen"));
                let mention = phrases
                    .phrase_after(index + 1, clause.end)
                    .filter(|m| m.end > noun)
                    .or_else(|| possessed.then_some(index + 1..noun + 1));
                let mention = mention.map(|mention| self.with_origin(p, mention, clause.end, true));
                return Some(mention.map(|mention| {
                    let mention = self.with_apposition(p, clauses, c, mention);
                    let region = index..self.fronted_source_end(p, clauses, index, mention.end);
                    Attribution::source(index..index + 1, Some(mention), region, "source-noun")
                }));
            }
            // "Seiner Meinung nach", "eigenen Angaben nach", "Dem Vernehmen nach"
            // "die Forderung nach Neuwahlen" demands something: there "nach"
            // is a preposition, no postposition naming a source.
            let demand = index > 0 && self.is_any_word(p, index - 1, &["forderung", "forderungen"]);
            let after_noun = index > clause.start && tokens[index - 1].tags.has(Tags::SPEECH_NOUN) && !demand;
            if !after_noun {
                return None;
            }
            return Some(phrases.phrase_before(clause.start, index).map(|mention| {
                // "…, das seiner Meinung nach …": the relative pronoun is not the source's.
                let relative = mention.len() > 2
                    && tokens[mention.start].tags.has(Tags::DETERMINER)
                    && lexicon::possessive(&self.text[tokens[mention.start + 1].span()].to_lowercase()).is_some();
                let mention = if relative { mention.start + 1..mention.end } else { mention };
                Attribution::source(index..index + 1, Some(mention.clone()), mention.start..index + 1, "source-noun")
            }));
        }
        // "…, so Rjabkow, …" / "…, so der Minister."
        if is("so") && index == clause.start && c > 0 {
            let phrase = phrases.phrase_after(index + 1, clause.end)?;
            let mention = phrase.start..self.insertion_end(p, phrase.end, clause.end)?;
            // "so der Sprecher der Bewegung, Karim Said.": the name in apposition.
            let mention = self.with_apposition(p, clauses, c, mention);
            let region = clause.start..clause.end.max(mention.end);
            return Some(Some(Attribution::source(index..index + 1, Some(mention), region, "so-insertion")));
        }
        // "Demnach …", "…, wonach …": the source is the one just named; the
        // word itself is the mention that stands for it.
        if tags.has(Tags::SOURCE_ANAPHOR) && index == clause.start {
            // "Ein Bericht der Agentur, wonach …": the phrase the relative
            // adverb hangs on names the source itself.
            let antecedent = c
                .checked_sub(1)
                .filter(|_| is("wonach"))
                .and_then(|b| phrases.phrase_before(clauses[b].start, clauses[b].end))
                .filter(|m| m.end == clauses[c - 1].end && !tokens[m.start].tags.has(Tags::PRONOUN));
            return Some(Some(Attribution::source(
                index..index + 1,
                Some(antecedent.unwrap_or(index..index + 1)),
                index..index + 1,
                "source-anaphor",
            )));
        }
        // "Eine Studie wurde vorgestellt. Danach …": mostly "afterwards",
        // "danach" points back to a source only after a sentence that
        // names a document.
        if is("danach") && c == 0 && index == clause.start && self.document_before(p, index) {
            return Some(Some(Attribution::source(
                index..index + 1,
                Some(index..index + 1),
                index..index + 1,
                "source-anaphor",
            )));
        }
        // "In der Erklärung heißt es, …", "…, hieß es."
        if tags.has(Tags::IMPERSONAL_CUE)
            && (self.is_word(p, index + 1, "es") || index > 0 && self.is_word(p, index - 1, "es"))
        {
            let (cue_start, cue_end) =
                if self.is_word(p, index + 1, "es") { (index, index + 2) } else { (index - 1, index + 1) };
            let where_said = (clause.start < cue_start && tokens[clause.start].tags.has(Tags::PREPOSITION))
                .then_some(clause.start..cue_start)
                .filter(|r| phrases.phrase_after(r.start + 1, r.end).is_some_and(|m| m.end == r.end))
                .or_else(|| self.where_said_before(p, clauses, c, cue_start));
            // "…, hieß es in einer Erklärung der Partei": the source may
            // follow the cue as well.
            let where_said = where_said.or_else(|| self.where_said_after(p, cue_end, clause.end));
            let region = where_said.clone().map_or(cue_start, |r| r.start.min(cue_start))
                ..where_said.clone().map_or(cue_end, |r| r.end.max(cue_end));
            // "In der Erklärung heißt es": the source is the document, not the
            // preposition that puts the words in it, as the gold marks it two
            // times in three; "Aus Regierungskreisen hieß es" says where the
            // words came from, and keeps it.
            let document = where_said.map(|r| {
                let placed =
                    r.len() > 1 && tokens[r.start].tags.has(Tags::PREPOSITION) && !self.is_word(p, r.start, "aus");
                if placed { r.start + 1..r.end } else { r }
            });
            return Some(Some(Attribution {
                verb: true,
                ..Attribution::source(cue_start..cue_end, document, region, "impersonal-cue")
            }));
        }
        // "Dies geht aus einer Mitteilung der Polizei hervor.": the
        // document after "aus" is the source of the sentences before.
        if is("aus") {
            return self.emerges_from(p, clauses, c, index).map(Some);
        }
        if tags.is_empty() && self.is_word(p, index, "bekannt") {
            return self.made_known(p, clauses, c, index).map(Some);
        }
        None
    }

    /// "nach Angaben aus Khartum", "laut einer Schätzung von Händlern": a
    /// German source that is a bare noun takes in where the words came from,
    /// but not a date ("laut einem Bericht vom Montag"). After a plain noun
    /// the origin must be one that speaks: "laut Brenner aus Sorge" is no
    /// source "Brenner aus Sorge".
    fn with_origin(&self, p: usize, mention: Range<usize>, clause_end: usize, after_speech_noun: bool) -> Range<usize> {
        const LONGEST_BARE_NOUN: usize = 2;
        let bare = mention.len() <= LONGEST_BARE_NOUN
            && mention.end < clause_end
            && self.is_any_word(p, mention.end, &["aus", "von", "vom"]);
        if !bare {
            return mention;
        }
        self.phrases(p)
            .phrase_after(mention.end + 1, clause_end)
            .filter(|origin| {
                origin.start == mention.end + 1
                    && !self.is_date(p, origin.clone())
                    && (after_speech_noun || self.can_speak(p, origin))
            })
            .map_or(mention.clone(), |origin| mention.start..origin.end)
    }

    /// "…, according to John Ruiz, a Republican strategist.": PolNeAR's
    /// source takes in the appositions after a name that "according to"
    /// brings in after the clause's start, as after an inverted cue; one
    /// that opens the sentence is followed by what was said instead.
    fn with_english_appositions(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        c: usize,
        mention: Range<usize>,
    ) -> Range<usize> {
        if self.german || c == 0 || mention.end != self.trimmed_end(p, clauses[c].clone()) {
            return mention;
        }
        let tokens = self.tokens(p);
        // "It is important that, according to the Bank, the crises …",
        // "after which, according to the law, …": a clause that opens after
        // the comma holds what was said.
        let before = self.trimmed_end(p, clauses[c - 1].clone());
        if before > clauses[c - 1].start
            && (tokens[before - 1].tags.has(Tags::COMPLEMENTIZER)
                || self.is_any_word(p, before - 1, &lexicon::ENGLISH_RELATIVES))
        {
            return mention;
        }
        // "Since last November, according to Human Rights Watch, state
        // forces have …": after an opening adverbial without a verb, what
        // follows the source is what was said.
        let said_before = clauses[..c].iter().any(|clause| {
            tokens[clause.clone()].iter().any(|t| t.quoted || t.tags.has(Tags::VERB | Tags::AUXILIARY | Tags::CUE))
        });
        if !said_before {
            return mention;
        }
        let mut end = mention.end;
        let mut next = c + 1;
        while let Some(clause) = clauses.get(next).filter(|clause| self.is_english_apposition(p, (*clause).clone())) {
            end = self.trimmed_end(p, clause.clone());
            next += 1;
        }
        mention.start..end
    }

    /// "Studien der Klinik, nach denen …", "ein Gutachten, laut dem …": a
    /// source preposition with a relative pronoun opens a clause that
    /// reports what the phrase before the comma says; the gold makes that
    /// clause the message and the pronoun its source. After "nach", "dem"
    /// and "der" mostly tell a time ("die Wahl, nach der …"), so there only
    /// the pronouns no article shares count.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    fn relative_source(&self, p: usize, index: usize) -> Option<Attribution> {
        const RELATIVES: [&str; 4] = ["denen", "welchem", "welcher", "welchen"];
        let tokens = self.tokens(p);
        let laut = tokens[index].tags.has(Tags::SOURCE_PREP);
        if !laut && !self.is_word(p, index, "nach") {
            return None;
        }
        let relative =
            self.is_any_word(p, index + 1, &RELATIVES) || laut && self.is_any_word(p, index + 1, &["dem", "der"]);
        let after_comma = index > 0 && tokens[index - 1].is_punct(',');
        (relative && after_comma).then(|| Attribution {
            message_from: Some(index + 2),
            ..Attribution::source(index..index + 1, Some(index + 1..index + 2), index..index + 2, "source-anaphor")
        })
    }

    /// Whether the sentence before `index` in its paragraph names a
    /// document or its publication ("die Studie", "veröffentlichte").
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    fn document_before(&self, p: usize, index: usize) -> bool {
        const DOCUMENTS: [&str; 14] = [
            "studie",
            "bericht",
            "berichts",
            "darstellung",
            "umfrage",
            "erklärung",
            "mitteilung",
            "stellungnahme",
            "untersuchung",
            "analyse",
            "veröffentlichte",
            "veröffentlicht",
            "vorgestellt",
            "vorgelegt",
        ];
        let tokens = self.tokens(p);
        let Some(last) = index.checked_sub(2) else {
            return false;
        };
        let end = |t: &Token| t.is_punct('.') || t.is_punct('!') || t.is_punct('?');
        let start = (0..=last).rev().find(|&i| end(&tokens[i])).map_or(0, |i| i + 1);
        (start..=last).any(|i| {
            tokens[i].is_word() && DOCUMENTS.iter().any(|w| self.text[tokens[i].span()].eq_ignore_ascii_case(w))
        })
    }

    /// "Dies geht aus dem Bericht hervor": a pointing word, a form of
    /// "hervorgehen" split around the document, which names the source of
    /// what the sentences before said.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    fn emerges_from(&self, p: usize, clauses: &[Range<usize>], c: usize, index: usize) -> Option<Attribution> {
        let tokens = self.tokens(p);
        let clause = clauses[c].clone();
        let opens = index == clause.start + 2
            && tokens[clause.start].tags.has(Tags::ANAPHOR)
            && self.is_any_word(p, index - 1, &["geht", "ging"]);
        if !opens {
            return None;
        }
        let mention = self.phrases(p).phrase_after(index + 1, clause.end)?;
        // The particle closes the clause, or follows a relative clause on the document.
        let end = clauses.last().map_or(clause.end, |last| last.end);
        let particle = (mention.end..end).find(|&i| self.is_word(p, i, "hervor"))?;
        Some(Attribution {
            backward: true,
            ..Attribution::source(index - 1..index, Some(mention), clause.start..particle + 1, "source-document")
        })
    }

    /// "Im Mai wurde bekannt, dass …", "Zuvor war schon bekannt geworden,
    /// dass …": news made known without a source; the dass clause is the
    /// message. Only after an auxiliary and small words, so that a subject
    /// ("wurde die Entscheidung bekannt") leaves it to the other rules.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    fn made_known(&self, p: usize, clauses: &[Range<usize>], c: usize, index: usize) -> Option<Attribution> {
        const PARTICIPLES: [&str; 3] = ["geworden", "gegeben", "gemacht"];
        let tokens = self.tokens(p);
        let clause = clauses[c].clone();
        let auxiliary = (clause.start..index).rev().find(|&i| tokens[i].tags.has(Tags::AUXILIARY))?;
        let plain_between = tokens[auxiliary + 1..index].iter().all(|t| t.is_word() && !t.upper && !t.quoted);
        let cue_end = if self.is_any_word(p, index + 1, &PARTICIPLES) { index + 2 } else { index + 1 };
        let next = clauses.get(c + 1)?;
        let closes_clause = self.trimmed_end(p, clause.clone()) == cue_end;
        let reported = tokens[next.start].tags.has(Tags::COMPLEMENTIZER) && self.is_word(p, next.start, "dass");
        (plain_between && closes_clause && reported).then(|| Attribution {
            rule: "impersonal-known",
            message_from: Some(next.start),
            subject_first: true,
            verb: true,
            ..Attribution::source(index..cue_end, None, clause.start..next.start, "")
        })
    }

    /// "Nach Angaben der Polizei, die … befragt wurde, wurden …": a
    /// relative clause or apposition set off after a source that opens a
    /// German sentence is the source's, when the sentence's verb follows it.
    /// Returns where the source's region ends: after that clause, or at
    /// `mention_end`.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    fn fronted_source_end(&self, p: usize, clauses: &[Range<usize>], index: usize, mention_end: usize) -> usize {
        const LONGEST_INSERTION: usize = 12;
        const NOT_VERBS: [&str; 24] = [
            "und", "oder", "aber", "sondern", "dass", "ob", "wie", "wenn", "weil", "da", "als", "so", "um", "was",
            "wo", "denn", "doch", "sowie", "man", "es", "er", "sie", "wir", "ich",
        ];
        let opens_sentence = clauses.first().is_some_and(|first| first.start == index);
        if !self.german || !opens_sentence {
            return mention_end;
        }
        let Some(k) = clauses.iter().position(|clause| self.trimmed_end(p, clause.clone()) == mention_end) else {
            return self.vorfeld_end(p, mention_end, &NOT_VERBS);
        };
        if k + 2 >= clauses.len() {
            return mention_end;
        }
        let tokens = self.tokens(p);
        let inserted = clauses[k + 1].clone();
        let plain = inserted.len() <= LONGEST_INSERTION
            && tokens[inserted.clone()]
                .iter()
                .all(|t| !t.quoted && !t.tags.has(Tags::CUE | Tags::SOURCE_PREP | Tags::COMPLEMENTIZER));
        // "Nach Angaben von Ilse Varga, der Leiterin des Amtes, hatten …": an
        // apposition to the source belongs to it as well.
        let apposition = tokens[inserted.start].tags.has(Tags::DETERMINER) && self.is_verbless(p, inserted.clone());
        let attached = self.is_relative_clause(p, inserted.clone())
            || tokens[inserted.start].tags.has(Tags::PREPOSITION)
            || apposition;
        let verb = &tokens[clauses[k + 2].start];
        let verb_next = verb.is_word()
            && !verb.upper
            && !verb.quoted
            && !verb
                .tags
                .has(Tags::PREPOSITION | Tags::CONJUNCTION | Tags::COMPLEMENTIZER | Tags::SUBORDINATOR | Tags::PRONOUN)
            && !self.is_any_word(p, clauses[k + 2].start, &NOT_VERBS);
        if plain && attached && verb_next { inserted.end } else { mention_end }
    }

    /// "Nach Angaben der Agentur aus Lodz sei …", "Nach Informationen vom
    /// späten Abend wurden …": a source that opens the sentence fills the
    /// slot before the finite verb, so the words between it and that verb
    /// belong to the source phrase, not the message. Returns the verb, or
    /// `mention_end` when the words between are no plain noun phrase.
    fn vorfeld_end(&self, p: usize, mention_end: usize, not_verbs: &[&str]) -> usize {
        const LONGEST_TAIL: usize = 8;
        let tokens = self.tokens(p);
        let upper_next = |i: usize| tokens.get(i + 1).is_some_and(|t| t.is_word() && t.upper);
        // "vom späten Abend": an inflected adjective after an article or
        // preposition, before its noun; a verb follows a noun ("… lebte
        // Karl", "… gehören Infektionen").
        let adjective = |i: usize| {
            let word = self.text[tokens[i].span()].to_lowercase();
            let after_article = i > 0
                && (tokens[i - 1].tags.has(Tags::DETERMINER | Tags::PREPOSITION)
                    || self.is_word(p, i - 1, "und")
                    || self.is_word(p, i - 1, "sowie"));
            after_article
                && upper_next(i)
                && !word.ends_with("te")
                && ["e", "en", "em", "er", "es"].iter().any(|ending| word.ends_with(ending))
        };
        // "Institute of Technology": a short particle inside a name.
        let particle = |i: usize| {
            i > 0
                && tokens[i - 1].is_word()
                && tokens[i - 1].upper
                && upper_next(i)
                && tokens[i].end - tokens[i].start <= 3
        };
        for (i, token) in tokens.iter().enumerate().skip(mention_end).take(LONGEST_TAIL + 1) {
            if token.quoted {
                return mention_end;
            }
            if !token.is_word() {
                if token.is_punct('-') {
                    continue;
                }
                return mention_end;
            }
            let joins = token.upper
                || token.tags.has(Tags::DETERMINER | Tags::PREPOSITION)
                || self.is_word(p, i, "und")
                || self.is_word(p, i, "sowie")
                || token.first.is_ascii_digit();
            let verb = token.first.is_alphabetic()
                && !token.upper
                && !token.tags.has(
                    Tags::PREPOSITION
                        | Tags::CONJUNCTION
                        | Tags::COMPLEMENTIZER
                        | Tags::SUBORDINATOR
                        | Tags::PRONOUN
                        | Tags::DETERMINER
                        | Tags::ADVERB,
                )
                && !not_verbs.iter().any(|w| self.is_word(p, i, w))
                && !particle(i)
                && (token.tags.has(Tags::AUXILIARY | Tags::REPORTATIVE | Tags::REPORTED_MOOD) || !adjective(i));
            if verb {
                return i;
            }
            if !joins && !adjective(i) && !particle(i) {
                return mention_end;
            }
        }
        mention_end
    }

    /// The prepositional phrase before a German impersonal cue that says
    /// where it was said, past what the plain rule takes: a date after it
    /// ("In einer Erklärung des Präsidenten vom Freitag heißt es"), an
    /// auxiliary before the cue ("… hatte es geheißen"), or a relative clause
    /// between ("In dem Bericht, der am Montag erschien, heißt es").
    fn where_said_before(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        c: usize,
        cue_start: usize,
    ) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let clause = clauses[c].clone();
        let relative_between =
            c >= 2 && clause.start == cue_start && self.is_relative_clause(p, clauses[c - 1].clone());
        let (opening, end) = if relative_between {
            let before = clauses[c - 2].clone();
            (before.start, self.trimmed_end(p, before))
        } else {
            (clause.start, cue_start)
        };
        let mut end = end;
        while end > opening && tokens[end - 1].tags.has(Tags::AUXILIARY) {
            end -= 1;
        }
        if end <= opening + 1 || !tokens[opening].tags.has(Tags::PREPOSITION) || tokens[opening].quoted {
            return None;
        }
        let phrase = self.phrases(p).phrase_after(opening + 1, end).filter(|m| m.start == opening + 1)?;
        // After the phrase only a date or time: "vom vergangenen Freitag", "von heute Mittag".
        let adjunct = phrase.end == end
            || tokens[phrase.end].tags.has(Tags::PREPOSITION)
                && tokens[phrase.end + 1..end].iter().all(|t| t.is_word() && !t.tags.has(Tags::CUE | Tags::VERB));
        adjunct.then_some(opening..end)
    }

    /// The prepositional phrase after a German impersonal cue that says
    /// where it was said: "hieß es dazu in einer Mitteilung des Vereins".
    fn where_said_after(&self, p: usize, from: usize, clause_end: usize) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let preposition = (from..clause_end).find(|&i| !tokens[i].tags.has(Tags::ADVERB | Tags::TIME))?;
        if !tokens[preposition].tags.has(Tags::PREPOSITION) || tokens[preposition].quoted {
            return None;
        }
        let phrase = self.phrases(p).phrase_after(preposition + 1, clause_end)?;
        (phrase.start == preposition + 1 || tokens[preposition + 1..phrase.start].iter().all(|t| t.is_word()))
            .then_some(preposition..phrase.end)
    }

    /// Where an English source phrase ending at `end` ends with the words
    /// after it up to the clause's end, when no cue or quotation comes between.
    pub(super) fn source_end(&self, p: usize, end: usize, clause_end: usize) -> usize {
        let tokens = self.tokens(p);
        let mut last = clause_end;
        while last > end && tokens[last - 1].kind == TokenKind::Punct {
            last -= 1;
        }
        // "according to an official who spoke on the condition of
        // anonymity": a relative clause on the source is the source's,
        // its verb of saying included.
        let relative = end > 0 && self.is_word(p, end - 1, "who") || end < last && self.is_word(p, end, "who");
        let cue = if relative { Tags::COMPLEMENTIZER } else { Tags::CUE | Tags::COMPLEMENTIZER };
        let plain = tokens[end..last].iter().all(|t| !t.quoted && !t.tags.has(cue));
        if plain && last - end <= APPOSITION_WORDS { last } else { end }
    }

    /// "In a CNN poll released Monday, Clinton led by 24 points": a poll
    /// or survey in an English opening adverbial is the source of the rest
    /// of the sentence, unless a cue there names another.
    fn poll_source(&self, index: usize, clauses: &[Range<usize>], c: usize, p: usize) -> Option<Option<Attribution>> {
        const POLLS: [&str; 6] = ["poll", "polls", "survey", "surveys", "study", "studies"];
        let clause = clauses[c].clone();
        if c != 0 || index != clause.start || clauses.len() < 2 || !self.is_word(p, index, "in") {
            return None;
        }
        let tokens = self.tokens(p);
        let polled = (index + 1..clause.end).any(|i| self.is_any_word(p, i, &POLLS));
        let rest = clauses[1].start..clauses[clauses.len() - 1].end;
        let cued = tokens[rest].iter().any(|t| t.tags.has(Tags::CUE | Tags::SOURCE_PREP) && !t.quoted);
        if !polled || cued {
            return None;
        }
        let mut end = clause.end;
        while end > index + 1 && tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        let mention = index + 1..end;
        Some(Some(Attribution::source(index..index + 1, Some(mention), clause, "poll-source")))
    }

    /// "Nach einem EU-Dokument …", "Nach der Verfassung …": after "nach" a
    /// document with an indefinite article, or a constitution, is the
    /// source of the clause. "Nach der Veröffentlichung" mostly tells a
    /// time, so a document with a definite article does not count.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    fn document_after(&self, p: usize, article: usize) -> Option<usize> {
        const DOCUMENTS: [&str; 5] = ["dokument", "veröffentlichung", "plan", "papier", "gutachten"];
        const CONSTITUTIONS: [&str; 2] = ["grundgesetz", "verfassung"];
        let tokens = self.tokens(p);
        let indefinite = self.is_any_word(p, article, &["einem", "einer"]);
        if !indefinite && !self.is_any_word(p, article, &["dem", "der"]) {
            return None;
        }
        // One adjective may stand before the noun: "einer norwegischen Studie".
        let noun = (article + 1..article + 3).take_while(|&i| i < tokens.len()).find(|&i| tokens[i].upper)?;
        let lower = self.text[tokens[noun].span()].to_lowercase();
        let names_document = indefinite && DOCUMENTS.iter().any(|d| lower.ends_with(d));
        (names_document || CONSTITUTIONS.contains(&lower.as_str())).then_some(noun)
    }
}
