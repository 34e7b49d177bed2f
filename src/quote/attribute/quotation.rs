//! Quotations: the frame that attributes them, quotations that run on or resume,
//! dashes, transcript turns, and quoted phrases that are names or titles.

use super::*;

/// Short words of English, French, Spanish and Italian that German does not
/// use: a quotation holding them is in another language.
const FOREIGN_FUNCTION_WORDS: [&str; 21] = [
    "of", "the", "and", "a", "to", "at", "for", "is", "de", "du", "la", "le", "les", "pour", "un", "une", "et", "del",
    "el", "los", "della",
];

/// German words that a foreign name does not hold ("an", "in" and "die" are
/// in both).
const GERMAN_FUNCTION_WORDS: [&str; 21] = [
    "der", "die", "das", "und", "ist", "ein", "eine", "für", "mit", "von", "zu", "den", "dem", "des", "nicht", "auf",
    "im", "sich", "es", "wir", "ich",
];

/// English participles of saying more after a quotation's attribution: the
/// quotation resumed in the next sentence is the participle's message, not
/// the first quotation's ('"…," she said, adding that … "…"' has 6 of 8 so on
/// train; after "noting", "referring" or "citing" it is the first's).
const RESUMING_PARTICIPLES: [&str; 4] = ["adding", "explaining", "remarking", "repeating"];

impl<'a> Rules<'a> {
    /// A second attribution in the message of `first` that starts a
    /// statement of its own: joined by a conjunction ("…, but Smith argued
    /// that …", "und fügte hinzu, …") or a participle ("…, adding that …"),
    /// not nested in the first's reported clause. Returns where the first
    /// statement's part of the sentence ends, and the attribution.
    pub(super) fn next_attribution(&self, part: &Sentence, first: &Attribution) -> Option<(usize, Attribution)> {
        if !first.verb || first.message_from.is_none() && first.region.end >= part.tokens.end {
            return None;
        }
        let p = part.paragraph;
        let tokens = self.tokens(p);
        let from = first.message_from.unwrap_or(first.region.end);
        let rest = Sentence { paragraph: p, tokens: from..part.tokens.end };
        let clauses = self.clauses(p, rest.tokens.clone());
        for (c, clause) in clauses.iter().enumerate() {
            for index in clause.clone() {
                let token = &tokens[index];
                if !token.is_word() || token.quoted || !token.tags.has(Tags::CUE | Tags::SEPARABLE) {
                    continue;
                }
                let Some(mut second) = self.verb_cue_at(index, clause.clone(), &clauses, c, p) else {
                    continue;
                };
                // "Carson said he saw no need, telling …": a participle's subject
                // found in the clause before is the first message's, not a split.
                let participle = second.rule == "participle-cue";
                let mention_start = second.mention.as_ref().filter(|_| !participle).map_or(usize::MAX, |m| m.start);
                // "… would fail while Tom Reyes argued …": an English subject
                // after a coordinating or contrasting conjunction in the middle
                // of the clause starts the second statement, though the cue's
                // region opens the clause ("because X asked" stays inside).
                let inner_subject = !self.german
                    && mention_start != usize::MAX
                    && mention_start > second.region.start
                    && self.is_any_word(p, mention_start - 1, &["while", "whereas", "but", "and"]);
                if inner_subject {
                    second.region.start = mention_start;
                }
                let mut split = second.region.start.min(mention_start);
                let head = second.mention.as_ref().map_or(second.cue.start, |m| m.start);
                // "…, but six in 10 said": a conjunction before the subject.
                let mut joined = second.coordinated
                    || participle
                    || tokens[split..head].iter().any(|t| t.tags.has(Tags::CONJUNCTION));
                // "Ruiz accused Lind of …, she said the banks …": an English
                // subject and cue after a comma, with a message of their own.
                joined |= !self.german
                    && second.mention.as_ref().is_some_and(|m| m.len() == 1 && tokens[m.start].tags.has(Tags::PRONOUN))
                    && second.message_from.is_some()
                    && split > from
                    && tokens[split - 1].is_punct(',');
                // "…; Tom Reyes said": English joins independent clauses with a semicolon.
                let joins = |t: &Token| t.is_punct(',') || !self.german && t.is_punct(';');
                while split > from && (tokens[split - 1].tags.has(Tags::CONJUNCTION) || joins(&tokens[split - 1])) {
                    joined |= tokens[split - 1].tags.has(Tags::CONJUNCTION) || tokens[split - 1].is_punct(';');
                    split -= 1;
                }
                let message_words = tokens[from..split].iter().filter(|t| t.is_word()).count();
                // "Mara Voss praised the plan and said …": an English object
                // before a coordinated cue is the first statement's message.
                let fewest = if (second.coordinated || participle) && !self.german { 1 } else { 3 };
                if !joined || message_words < fewest {
                    continue;
                }
                if second.coordinated || participle {
                    second.mention.clone_from(&first.mention);
                    second.plural = first.plural;
                }
                return Some((split, second));
            }
        }
        None
    }

    /// A paragraph of a transcript quoted in an article: a speaker's name in
    /// capitals and a colon, then what they said ("WALLACE: Let's start
    /// with …"), possibly after an opening quotation mark.
    pub(super) fn transcript_turn(&self, index: usize) -> Option<Found> {
        let sentence = &self.segments.sentences[index];
        let p = sentence.paragraph;
        if index > 0 && self.segments.sentences[index - 1].paragraph == p {
            return None;
        }
        let tokens = self.tokens(p);
        let start = usize::from(tokens.first()?.kind == TokenKind::QuoteMark);
        // "USA:", "NATO:" open headlines and summaries, not turns.
        let capitals = |t: &Token| {
            let word = &self.text[t.span()];
            t.is_word()
                && word.chars().count() >= 4
                && word.chars().all(|c| c.is_uppercase() || c == '-')
                && !t.tags.has(Tags::PLACE | Tags::BODY)
        };
        let label_end = start + tokens[start..].iter().take(3).take_while(|t| capitals(t)).count();
        let colon = tokens.get(label_end).filter(|t| t.is_punct(':'))?;
        if label_end == start || label_end + 1 >= tokens.len() {
            return None;
        }
        let mut end = tokens.len();
        while end > label_end + 1 && (tokens[end - 1].kind == TokenKind::QuoteMark) {
            end -= 1;
        }
        let message = colon.end..tokens[end - 1].end;
        let trimmed = self.text[message.clone()].trim_start();
        let message = message.end - trimmed.len()..message.end;
        let attribution = Attribution::source(
            label_end..label_end + 1,
            Some(start..label_end),
            start..label_end + 1,
            "transcript-label",
        );
        Some(self.found_from(Kind::Direct, vec![message], &attribution, p, index))
    }

    /// Quotations signed with a dash and a name, as reader voices and
    /// epigraphs are: "“…” ― Mia Torres". Each is a statement of its own,
    /// even when several share a sentence.
    pub(super) fn dash_attributions(&self, quotations: &[usize], sentence: &Sentence, index: usize) -> Vec<Found> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let mut found = Vec::new();
        for (n, &q) in quotations.iter().enumerate() {
            let quotation = &self.segments.quotations[q];
            let dash = quotation.tokens.end;
            let signed = tokens
                .get(dash)
                .is_some_and(|t| !t.quoted && t.kind == TokenKind::Punct && matches!(t.first, '―' | '—' | '–'));
            if !signed {
                continue;
            }
            let limit = quotations
                .get(n + 1)
                .map_or(sentence.tokens.end, |&next| self.segments.quotations[next].tokens.start)
                .min(sentence.tokens.end);
            let Some(mention) = phrases.phrase_after(dash + 1, limit).filter(|m| m.start == dash + 1) else {
                continue;
            };
            if phrases.read(mention.clone()).kind != MentionKind::Person {
                continue;
            }
            let attribution =
                Attribution::source(dash..dash + 1, Some(mention.clone()), dash..mention.end, "dash-signature");
            found.push(self.found_from(Kind::Direct, vec![quotation.span.clone()], &attribution, p, index));
        }
        found
    }

    /// '"…," Ruiz said, referring to the new pier': an English participle
    /// after a quotation's attribution is a reported statement of its own,
    /// by the same speaker.
    pub(super) fn participle_after_quote(
        &self,
        sentence: &Sentence,
        attribution: &Attribution,
        index: usize,
    ) -> Option<Found> {
        if self.german || attribution.mention.is_none() {
            return None;
        }
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let end = sentence.tokens.end;
        let start = attribution.region.end;
        if start >= end {
            return None;
        }
        let clauses = self.clauses(p, start..end);
        let clause = clauses.iter().find(|clause| {
            let token = &tokens[clause.start];
            token.is_word() && !token.upper && token.tags.has(Tags::CUE) && self.text[token.span()].ends_with("ing")
        })?;
        let cue = clause.start;
        // A quotation may follow the participle ("adding that “…”"), but none
        // may come between it and the attribution, and one must come before:
        // the first statement keeps its quotation.
        let quoted_before = tokens[sentence.tokens.start..start].iter().any(|t| t.quoted);
        if tokens[start..cue].iter().any(|t| t.quoted) || !quoted_before && tokens[cue..end].iter().any(|t| t.quoted) {
            return None;
        }
        // Lowercase already: the clause opens with a word that is not upper.
        let lower = &self.text[tokens[cue].span()];
        let mut from = self.message_start(p, cue + 1, end, lower)?;
        // "referring to the plans": the object's determiner is the message's.
        while from > cue + 1 && tokens[from - 1].tags.has(Tags::DETERMINER) {
            from -= 1;
        }
        let message_end = self.english_message_end(p, from, end);
        let span = self.trimmed_span(p, from..message_end);
        let participle = Attribution {
            message_from: Some(from),
            verb: true,
            ..Attribution::source(cue..cue + 1, attribution.mention.clone(), cue..from, "quote-participle")
        };
        (!span.is_empty()).then(|| self.found_from(Kind::Indirect, vec![span], &participle, p, index))
    }

    /// True when a participle after a quotation's attribution says more
    /// rather than comments on it, so that a quotation resumed after it is
    /// its message: [`RESUMING_PARTICIPLES`].
    pub(super) fn participle_resumes(&self, participle: &Found) -> bool {
        participle.cue.as_ref().is_some_and(|cue| {
            RESUMING_PARTICIPLES.iter().any(|word| self.text[cue.clone()].eq_ignore_ascii_case(word))
        })
    }

    /// True when an English attribution's reported clause starts before
    /// the sentence's quotations and holds them all: the quotations are part
    /// of an indirect statement.
    pub(super) fn quotes_in_reported_clause(&self, quotations: &[usize], attribution: &Attribution) -> bool {
        let Some(from) = attribution.message_from else {
            return false;
        };
        quotations.iter().all(|&q| self.segments.quotations[q].tokens.start > from)
    }

    /// True when the last statement is a direct quotation from the sentence
    /// just before, in the same paragraph.
    pub(super) fn continues_direct(&self, p: usize, index: usize) -> bool {
        let Some(last) = self.found.last() else {
            return false;
        };
        if last.spans.is_empty() || last.sentence + 1 != index {
            return false;
        }
        let previous = &self.segments.sentences[last.sentence];
        let previous_tokens = &self.tokens(previous.paragraph)[previous.tokens.clone()];
        // "…, he said:" introduces what follows, across a paragraph break too.
        let introduces = previous_tokens.last().is_some_and(|t| t.is_punct(':'));
        let next_paragraph = last.paragraph + 1 == p;
        // Only a resuming participle is among the statements yet: other
        // participles are kept apart with the quoted phrases.
        let resumable = last.kind == Kind::Direct || last.rule == "quote-participle";
        (resumable && last.paragraph == p) || (introduces && (last.paragraph == p || next_paragraph))
    }

    /// True when an English paragraph is a quotation and nothing else,
    /// right after a paragraph that opened with a named speaker's
    /// quotation: '"…," Smith said.⏎⏎"…"' is one statement in PolNeAR.
    pub(super) fn resumes_next_paragraph(&self, p: usize, index: usize, spans: &[Range<usize>]) -> bool {
        let Some(last) = self.found.last() else {
            return false;
        };
        if last.kind != Kind::Direct || last.mention.is_none() || last.paragraph + 1 != p || last.sentence + 1 != index
        {
            return false;
        }
        let (Some(first_span), [only]) = (last.spans.first(), spans) else {
            return false;
        };
        let opens = |paragraph: usize, at: usize| self.tokens(paragraph).first().is_some_and(|t| t.start == at);
        let ends_paragraph =
            self.tokens(p).iter().rev().find(|t| t.kind != TokenKind::Punct).is_some_and(|t| t.end <= only.end);
        opens(last.paragraph, first_span.start) && opens(p, only.start) && ends_paragraph
    }

    /// The speaker of a sentence that frames a quotation without a known
    /// cue ("Der Chef der Behörde, Frank Weise, äußerte sich zufrieden: „…“"):
    /// the person, body or pronoun that opens its first unquoted clause.
    pub(super) fn quote_frame(&self, sentence: &Sentence) -> Option<Attribution> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let clauses = self.clauses(p, sentence.tokens.clone());
        let worded =
            |clause: &Range<usize>| tokens[clause.clone()].iter().filter(|t| t.is_word() && !t.quoted).count() >= 2;
        let (c, clause) = clauses.iter().enumerate().find(|(_, clause)| worded(clause))?;
        // "Als ein Gast zu Hilfe eilte, biss ihn der Mann und rief: „…“": the
        // subordinate clauses that open the sentence hold no speaker; the
        // subject follows the finite verb that opens the main clause.
        let main = phrases.opens_subordinate(clause.start).then(|| {
            clauses.iter().enumerate().skip(c + 1).find(|(_, clause)| {
                worded(clause)
                    && !self.is_any_word(p, clause.start, &lexicon::CLAUSE_CONJUNCTIONS)
                    && !self.is_any_word(p, clause.start, &["dass", "daß"])
            })
        });
        let (c, clause, verb_first) = match main {
            Some(Some((c, clause))) => (c, clause, true),
            // "Als Ersatz wollen die Staaten …": an "als" phrase, no clause,
            // and the subject follows the verb.
            Some(None) => return self.subject_after_fronted(sentence),
            None => (c, clause, false),
        };
        let first = if verb_first { clause.start + 1 } else { clause.start };
        let last = (first + 4).min(clause.end);
        let phrase = (first..last).find_map(|i| {
            let token = &tokens[i];
            if !token.is_word() || token.quoted {
                return None;
            }
            phrases.phrase_after(i, clause.end).filter(|phrase| phrase.start == i)
        })?;
        let phrase = match self.apposition_clause(p, &clauses, c + 1) {
            Some(apposition) if phrase.end == clause.end => phrase.start..apposition.end,
            _ => phrase,
        };
        // "Vielen Dank, Herr Präsident.": the one addressed is not speaking.
        // Only a role or a body before the comma ("Die Ministerin, Frau
        // Roth,") makes the address an apposition.
        let vocative = (phrase.start + 1..phrase.end).find(|&i| tokens[i].is_punct(',') && self.is_vocative(p, i + 1));
        let described = |comma: usize| {
            matches!(phrases.read(phrase.start..comma).kind, MentionKind::Description | MentionKind::Body)
        };
        if self.german && vocative.is_some_and(|comma| !described(comma)) {
            return None;
        }
        // "A flabbergasted Noah quipped": English phrases take lowercase words
        // in, and the verb after a name or role is no part of the speaker.
        let mut phrase = phrase;
        let head = |t: &Token| t.upper || t.tags.has(Tags::ROLE | Tags::BODY);
        let verb_after_head = |phrase: &Range<usize>| {
            let last = &tokens[phrase.end - 1];
            phrase.len() > 1 && !self.german && !last.upper && last.tags.is_empty() && head(&tokens[phrase.end - 2])
        };
        if verb_after_head(&phrase) {
            phrase.end -= 1;
        } else if phrase.len() > 2 && verb_after_head(&(phrase.start..phrase.end - 1)) && !tokens[phrase.end - 1].upper
        {
            // "sent out"
            phrase.end -= 2;
        }
        let kind = phrases.read(phrase.clone()).kind;
        let speaks =
            matches!(kind, MentionKind::Person | MentionKind::Pronoun | MentionKind::Description | MentionKind::Body);
        // "Die so genannte „Reichsabgabe“": a term the article names, no speaker.
        let so_called = self.german
            && ["genannte", "sogenannte", "genannten", "sogenannten"]
                .iter()
                .any(|w| self.text[tokens[phrase.start].span()].eq_ignore_ascii_case(w));
        if !speaks || so_called || tokens[phrase.start].tags.has(Tags::OBLIQUE) {
            return None;
        }
        let verb = phrase.end < clause.end && tokens[phrase.end].is_word() && !tokens[phrase.end].upper;
        let cue = if verb_first {
            clause.start..clause.start + 1
        } else if verb {
            phrase.end..phrase.end + 1
        } else {
            phrase.clone()
        };
        Some(Attribution::source(cue, Some(phrase.clone()), phrase, "quote-frame"))
    }

    /// "Er sagte, wer auf „…“ schieße, sei …", "Sie halte den Schritt für
    /// „…“.": German annotates a quotation that sits inside a reported
    /// clause as part of that clause, so the statement is the clause. With a
    /// cue, that is its message when the quotation does not open the part of
    /// it that holds it; without one, it is the sentence when a Konjunktiv
    /// outside the quotation marks it as reported. A quotation after a colon
    /// or a speech noun ("mit den Worten „…“") is quoted as said and stays
    /// apart. Returns the spans of the clause.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    pub(super) fn enclosing_clause(
        &self,
        sentence: &Sentence,
        attribution: Option<&Attribution>,
        cued: bool,
        big: &[usize],
    ) -> Option<Vec<Range<usize>>> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let first = &self.segments.quotations[big[0]];
        let last = &self.segments.quotations[big[big.len() - 1]];
        let introduced = |q: &usize| {
            let open = self.segments.quotations[*q].tokens.start;
            open > 0 && (tokens[open - 1].is_punct(':') || tokens[open - 1].tags.has(Tags::SPEECH_NOUN))
        };
        if first.continued || last.continues || big.iter().any(introduced) {
            return None;
        }
        if !cued {
            let opens = first.tokens.start == sentence.tokens.start;
            let marker = Tags::REPORTED_MOOD | Tags::SUBJUNCTIVE;
            // "Der Gast sei „…“": the quotation goes on the clause whose verb
            // stands before it, though "Der" could open a relative clause.
            let before_quotation = big.iter().any(|&q| {
                let open = self.segments.quotations[q].tokens.start;
                open > sentence.tokens.start && !tokens[open - 1].quoted && tokens[open - 1].tags.has(marker)
            });
            let reported = before_quotation || self.has_main_marker(sentence, marker);
            // "Sie zweifelte: Sie habe „…“", "Sie zweifelte, dass es „…“
            // gebe": what a colon or "dass" introduces.
            let introduces = |i: usize| {
                !tokens[i].quoted
                    && (tokens[i].is_punct(':')
                        || tokens[i].is_punct(',') && tokens[i + 1].tags.has(Tags::COMPLEMENTIZER))
            };
            let from = (sentence.tokens.start..first.tokens.start)
                .rev()
                .find(|&i| introduces(i))
                .map_or(sentence.tokens.start, |mark| mark + 1);
            let clause = self.reported_part(p, from..sentence.tokens.end);
            return (!opens && reported).then(|| vec![self.trimmed_span(p, clause)]);
        }
        let message = self.message(sentence, attribution?);
        let (start, end) = (message.first()?.start, message.last()?.end);
        if first.span.start < start || last.span.end > end {
            return None;
        }
        let piece = message.iter().find(|piece| piece.contains(&first.span.start))?;
        let opens = !tokens[sentence.tokens.clone()]
            .iter()
            .any(|t| t.is_word() && !t.quoted && t.start >= piece.start && t.end <= first.span.start);
        (!opens).then_some(message)
    }

    /// Appends a run-on quotation's next paragraph to the statement it continues.
    pub(super) fn continue_quotation(&mut self, spans: &[Range<usize>]) -> bool {
        let Some(last) = self.found.last_mut() else {
            return false;
        };
        if last.kind != Kind::Direct {
            return false;
        }
        last.spans.extend(spans.iter().cloned());
        true
    }

    /// "Sie erklärte, der Bericht sei „…“": German annotates the few words
    /// that lead from the cue's comma into the quotation as part of its
    /// message. Returns the byte offset where the lead starts.
    // Out of line: rarely true, and inlined it made the per-token rule code of
    // English speeches 0.5 % slower (callgrind).
    #[inline(never)]
    pub(super) fn quotation_lead(&self, p: usize, attribution: &Attribution, opening: usize) -> Option<usize> {
        const LONGEST_LEAD: usize = 4;
        let tokens = self.tokens(p);
        let comma = attribution.cue.end;
        if !attribution.verb || comma + 1 >= opening || !tokens[comma].is_punct(',') || tokens[comma].quoted {
            return None;
        }
        let lead = &tokens[comma + 1..opening];
        let plain = lead.iter().all(|t| t.is_word() && !t.quoted);
        (plain && lead.len() <= LONGEST_LEAD).then(|| lead[0].start)
    }

    /// "Er habe „nicht den Eindruck, …“", "…, dass sie „…“": a quotation
    /// that goes on a reported clause begun before it (a verb in reported
    /// mood, or "dass") takes in that clause's few words, as the gold does.
    /// Returns the byte offset where the lead starts.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    pub(super) fn reported_lead(
        &self,
        p: usize,
        found: &Found,
        sentence_start: usize,
        opening: usize,
    ) -> Option<usize> {
        const LONGEST_LEAD: usize = 4;
        let tokens = self.tokens(p);
        let start = (sentence_start..opening).rev().take_while(|&i| tokens[i].is_word() && !tokens[i].quoted).last()?;
        let lead = &tokens[start..opening];
        let bounded = start == sentence_start || tokens[start - 1].kind == TokenKind::Punct;
        let reported = tokens[start].tags.has(Tags::COMPLEMENTIZER)
            || lead.iter().any(|t| t.tags.has(Tags::SUBJUNCTIVE | Tags::REPORTED_MOOD));
        let lead_bytes = lead[0].start..tokens[opening - 1].end;
        let overlaps = |span: &Range<usize>| span.start < lead_bytes.end && lead_bytes.start < span.end;
        let attributes =
            found.cue.as_ref().is_some_and(overlaps) || found.mention.as_ref().is_some_and(|m| overlaps(&m.span));
        (bounded && reported && lead.len() <= LONGEST_LEAD && !attributes).then_some(lead_bytes.start)
    }

    /// "Er habe „…“ gesagt.": the words that close a reported clause after
    /// its quotation (its verb), up to the next mark, when the clause was
    /// begun before the quotation. Returns the byte offset where they end.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    pub(super) fn reported_tail(&self, p: usize, closing_end: usize, sentence_end: usize) -> Option<usize> {
        const LONGEST_TAIL: usize = 3;
        let tokens = self.tokens(p);
        let end = (closing_end..sentence_end).find(|&i| !tokens[i].is_word() || tokens[i].quoted)?;
        let tail = &tokens[closing_end..end];
        let closed = tokens[end].kind == TokenKind::Punct && !tokens[end].quoted;
        let joined = tail.first().is_none_or(|t| t.tags.has(Tags::CONJUNCTION));
        (closed && !joined && tail.len() <= LONGEST_TAIL).then(|| tail[tail.len() - 1].end)
    }

    /// True when a quotation in the sentence is a statement of its own rather
    /// than a quoted phrase inside the sentence's message.
    pub(super) fn is_statement_quotation(&self, q: usize, sentence: &Sentence) -> bool {
        let quotation = &self.segments.quotations[q];
        if quotation.continued || quotation.continues {
            return true;
        }
        let tokens = self.tokens(sentence.paragraph);
        if self.german && self.is_name(tokens, quotation) {
            return false;
        }
        let at_start = quotation.tokens.start == sentence.tokens.start;
        let open = quotation.tokens.start;
        let after_punctuation = open > 0 && tokens[open - 1].kind == TokenKind::Punct;
        let after_colon = open > 0 && tokens[open - 1].is_punct(':');
        if quotation.words >= FRAGMENT_WORDS {
            // A quotation inside the running text ("der Film „Todeszone im
            // Atlantik“", 'called it "a total disaster for us"') is part of the
            // sentence unless it ends like a sentence of its own.
            let close = quotation.tokens.end - 1;
            let ends_like_speech = close > open
                && tokens[close - 1].kind == TokenKind::Punct
                && matches!(tokens[close - 1].first, '.' | '!' | '?' | '…' | ',');
            if at_start || after_punctuation || ends_like_speech {
                return true;
            }
            // German annotates quoted words inside a sentence as quotations
            // ("als „Meilensteine in der Musikgeschichte“ bezeichnet"), but not
            // titles and names ("der Film „Todeszone im Atlantik“").
            return self.german && !self.is_title(tokens, quotation);
        }
        quotation.words > 0 && (at_start || after_colon)
    }

    /// A short German quotation inside a sentence that is a quotation of its
    /// own in the gold when no other statement holds it ("bezeichnete sie
    /// als „Knaller aus Karlsruhe“"): two or three words, not a name.
    pub(super) fn is_quoted_phrase(&self, q: usize) -> bool {
        let quotation = &self.segments.quotations[q];
        let tokens = self.tokens(quotation.paragraph);
        self.german
            && (2..FRAGMENT_WORDS).contains(&quotation.words)
            && !self.is_title(tokens, quotation)
            && !self.is_name(tokens, quotation)
    }

    /// A German quotation that names a body or a work, no statement: one
    /// followed by its abbreviation in parentheses ("die „Allianz für
    /// Europa“ (AFE)", "der „Bund der Fährleute“ (BDF)"), or a short phrase in
    /// another language that ends on no sentence mark ("das Album „Songs of
    /// the Harbour“", "der „Club de la Mer“"): German articles translate what
    /// was said and quote foreign names as they are.
    fn is_name(&self, tokens: &[Token], quotation: &Quotation) -> bool {
        const LONGEST_FOREIGN_NAME: usize = 8;
        let after = |i: usize| tokens.get(quotation.tokens.end + i);
        let abbreviation = |t: &Token| t.is_word() && self.text[t.span()].chars().all(|c| !c.is_lowercase());
        let abbreviated = after(0).is_some_and(|t| t.is_punct('('))
            && after(1).is_some_and(abbreviation)
            && after(2).is_some_and(|t| t.is_punct(')'));
        if abbreviated {
            return true;
        }
        let inner = quotation.tokens.start + 1..quotation.tokens.end.saturating_sub(1).max(quotation.tokens.start + 1);
        let any_of = |words: &[&str]| inner.clone().any(|i| self.is_any_word(quotation.paragraph, i, words));
        let ends_sentence = tokens[inner.clone()].last().is_some_and(|t| matches!(t.first, '.' | '!' | '?' | '…'));
        quotation.words <= LONGEST_FOREIGN_NAME
            && !ends_sentence
            && any_of(&FOREIGN_FUNCTION_WORDS)
            && !any_of(&GERMAN_FUNCTION_WORDS)
    }

    /// A quotation that names something rather than quotes someone: it
    /// follows the noun it names (but not "die Parole „…“"), or nearly all its
    /// words are capitalised.
    fn is_title(&self, tokens: &[Token], quotation: &Quotation) -> bool {
        let open = quotation.tokens.start;
        let after_noun = open > 0
            && tokens[open - 1].is_word()
            && tokens[open - 1].upper
            && !tokens[open - 1].tags.has(Tags::SPEECH_NOUN);
        let inner = &tokens[open + 1..quotation.tokens.end.saturating_sub(1).max(open + 1)];
        let words = inner.iter().filter(|t| t.is_word()).count();
        let capitalised = inner.iter().filter(|t| t.is_word() && (t.upper || t.first.is_ascii_digit())).count();
        after_noun || capitalised * 5 >= words * 4
    }

    /// The words of the quoted run on either side of the edge after `index`:
    /// a quoted title or name („Welt“) does not break a clause.
    pub(super) fn quoted_run_words(tokens: &[Token], index: usize) -> usize {
        if tokens[index].quoted {
            tokens[..=index].iter().rev().take_while(|t| t.quoted).filter(|t| t.is_word()).count()
        } else {
            tokens[index + 1..].iter().take_while(|t| t.quoted).filter(|t| t.is_word()).count()
        }
    }
}
