//! Cues: the verb, noun or phrase in a sentence that attributes, and the checks that
//! tell a speech act from a verb that reports nothing.

use super::*;

/// German participles that report only in the passive: "Als Grund wurde
/// ein Defekt angegeben".
const PASSIVE_ONLY_CUES: [&str; 2] = ["angegeben", "gesprochen"];

/// German auxiliaries of the werden-passive in the indicative.
const PASSIVE_INDICATIVE: [&str; 5] = ["wird", "wurde", "wurden", "werden", "worden"];

/// German auxiliaries of the passive, in the indicative and Konjunktiv.
pub(super) const PASSIVE_AUXILIARIES: [&str; 7] = ["wird", "wurde", "wurden", "werden", "worden", "würde", "würden"];

/// English verbs an -ing cue can hang on ("began saying", "was heard
/// asking", "spent the day telling"): the phrase chunker folds them into
/// the phrase before the cue, which is then no subject.
const LEADING_VERBS: [&str; 16] = [
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "start",
    "starts",
    "stopped",
    "kept",
    "keeps",
    "continued",
    "shown",
    "heard",
    "seen",
    "spent",
    "spends",
];

/// English past tenses without "-ed" and negated auxiliaries, which a
/// participle's subject runs on into ("Lee got in on the game, bashing …",
/// "Vale didn't seem impressed, telling …").
const IRREGULAR_PAST: [&str; 40] = [
    "got", "left", "brought", "began", "sent", "went", "took", "made", "came", "gave", "held", "kept", "met", "put",
    "ran", "saw", "set", "spent", "stood", "struck", "threw", "won", "lost", "led", "paid", "fought", "hit", "rose",
    "fell", "drew", "broke", "chose", "drove", "sold", "shot", "swept", "became", "did", "didn't", "didn’t",
];

/// More things an issuer puts out, which PolNeAR leaves to their issuer
/// before an -ing cue ("published a report detailing").
const ISSUED: [&str; 21] = [
    "message",
    "messages",
    "telegram",
    "telegrams",
    "report",
    "reports",
    "speech",
    "response",
    "resolution",
    "editorial",
    "editorials",
    "website",
    "article",
    "articles",
    "story",
    "video",
    "videos",
    "lawsuit",
    "cover",
    "tweet",
    "photos",
];

/// Things that carry words of their own, which PolNeAR makes the speaker
/// of an -ing cue after them ("held up a sign saying …").
const WRITTEN_THINGS: [&str; 7] = ["sign", "signs", "page", "pages", "item", "banner", "poster"];

/// Plural nouns for people, who speak for themselves as an -ing cue's
/// subject ("ads featuring voters telling …").
const GROUPS_OF_PEOPLE: [&str; 8] = ["people", "voters", "group", "groups", "members", "crowd", "families", "leaders"];

/// The most words of a source and cue set off by commas ("…, a spokeswoman
/// for the county said on Monday") that report the sentence around them.
const REPORT_CLAUSE_WORDS: usize = 10;

/// The most adjunct words after such a source and cue ("in 1991").
const REPORT_CLAUSE_ADJUNCT: usize = 3;

/// The most words between an indefinite article and a naming "called".
const NAMING_NOUN_WORDS: usize = 5;

/// Where a sentence holds the words that start the English rules of one
/// word each ([`Rules::key_words`]).
#[derive(Debug, Default)]
pub(super) struct KeyWords {
    /// "asked", in any case, quoted or not.
    pub asked: bool,
    /// The first unquoted verb of seeming before "to".
    pub seeming: Option<usize>,
    /// The first unquoted "reportedly".
    pub reportedly: Option<usize>,
}

/// Subjects of seeming that only stand in for a clause ("it seems to me",
/// "there appears to be") or tie it to a noun before ("which seemed to").
const EXPLETIVE_SUBJECTS: [&str; 5] = ["it", "there", "this", "that", "which"];

/// The most words of a subject of seeming; longer ones are mostly a
/// clause's tail the comma split missed.
const SEEMING_SUBJECT_WORDS: usize = 12;

/// German words without a tag of their own from which [`Rules::source_at`]
/// reads a source: "nach Angaben der Polizei", "…, so der Minister",
/// "Danach …", "aus einer Mitteilung … hervor", "gab bekannt".
const GERMAN_SOURCE_WORDS: [&str; 5] = ["nach", "so", "danach", "aus", "bekannt"];

/// Words opening an English concession or time clause before the main clause
/// ("as", "if", "when", "because" and "before" lowered dev speaker F1).
const CONCESSIVE: [&str; 7] = ["while", "though", "although", "whereas", "even", "after", "since"];

impl<'a> Rules<'a> {
    /// Finds the cue and speaker of a sentence, if it has them.
    pub(super) fn attribution(&self, sentence: &Sentence) -> Option<Attribution> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let clauses = self.clauses(p, sentence.tokens.clone());
        let mut first: Option<Attribution> = None;
        for (c, clause) in clauses.iter().enumerate() {
            if tokens[clause.clone()].iter().all(|t| t.quoted) {
                continue;
            }
            // Most words are no cue: told here from the token, where the
            // call found the paragraph's tokens again for each of them, and
            // those up to the next that may be one passed over in one search.
            let mut from = clause.start;
            let opens = |at: usize| c == 0 && at == clause.start;
            // An English word other than the sentence's first cues only with
            // its tags: the words so tagged were listed by the tokenizer. A
            // German word may open a source without them.
            let listed = &self.segments.paragraphs[p].cue_words;
            let first_listed = if self.german { listed.len() } else { listed.partition_point(|&i| i < clause.start) };
            let mut listed = listed[first_listed..].iter().copied();
            let mut next_cue = |from: usize| {
                if self.german {
                    let skipped =
                        tokens[from..clause.end].iter().enumerate().position(|(k, t)| self.may_cue(t, opens(from + k)));
                    return skipped.map(|skipped| from + skipped);
                }
                if opens(from) && self.may_cue(&tokens[from], true) {
                    return Some(from);
                }
                listed
                    .find(|&i| i >= clause.end || i >= from && self.may_cue(&tokens[i], opens(i)))
                    .filter(|&i| i < clause.end)
            };
            while let Some(index) = next_cue(from) {
                from = index + 1;
                let Some(found) = self.cue_at(index, clause.clone(), &clauses, c, sentence) else {
                    continue;
                };
                if !self.german
                    && (self.in_fronted_phrase(p, &clauses, c, &found) || self.in_concession(p, &clauses, c))
                {
                    continue;
                }
                let found = match found {
                    found if !found.coordinated => found,
                    // "Er akzeptierte die Niederlage und kommentierte, dass …":
                    // with no cue before it, the sentence's subject speaks.
                    found if first.is_none() => match self.with_sentence_subject(p, &clauses, found) {
                        Some(found) => found,
                        None => continue,
                    },
                    _ => continue,
                };
                // "Beck, who backed Cruz, said …": a cue in a relative clause on
                // the subject gives way to the main clause's cue, whose subject
                // takes in the relative clause.
                if !self.german
                    && let Some(relative) =
                        found.mention.clone().filter(|m| m.len() == 1 && self.is_word(p, m.start, "who"))
                    && let Some(main) = self.main_after_relative(sentence, &clauses, c, relative.start)
                {
                    return Some(main);
                }
                // "A farmer who has accused the mayor of fraud said …", "Togo,
                // which endorses the plan, calls for …": a cue that a later
                // cue's subject takes in is in that subject, and the later cue
                // is the sentence's; a relative keeps its own statement.
                if !self.german
                    && found.verb
                    && let Some(main) = self.main_over_cue(sentence, &clauses, c, found.cue.clone())
                {
                    return Some(main);
                }
                if !self.german
                    && found.verb
                    && let Some(main) = self.main_after_participle(sentence, &clauses, c, &found)
                {
                    return Some(main);
                }
                // "Sarkozy bestritt das, indem er sagte, …": a German cue with an
                // object gives way to a later one whose clause the message follows.
                let settled = !self.german || !found.verb || found.clausal;
                if settled && first.is_some() {
                    return Some(found);
                }
                if !self.german
                    && let Some(report) = self.report_set_off_after(sentence, &clauses, c)
                {
                    return Some(report);
                }
                if settled || !self.german {
                    return first.or(Some(found));
                }
                first.get_or_insert(found);
            }
        }
        first
    }

    /// "In a statement defending Hale, the campaign said …", "In what he
    /// described as a plan, Vance said …": a participle or verb inside a
    /// fronted prepositional phrase describes its noun; the sentence's
    /// speaker follows the comma, when a cue follows there.
    fn in_fronted_phrase(&self, p: usize, clauses: &[Range<usize>], c: usize, found: &Attribution) -> bool {
        let tokens = self.tokens(p);
        let clause = &clauses[c];
        let cue = &self.text[tokens[found.cue.start].span()];
        // "After aides insisted that …": a subordinator opens a clause whose
        // subject speaks.
        const SUBORDINATORS: [&str; 8] = ["after", "before", "since", "as", "while", "until", "once", "because"];
        c + 1 < clauses.len()
            && tokens[clause.start].tags.has(Tags::PREPOSITION)
            && !self.is_any_word(p, clause.start, &SUBORDINATORS)
            && (cue.ends_with("ing") || cue.ends_with("ed"))
            && found.mention.as_ref().is_some_and(|m| m.start > clause.start && m.end == found.cue.start)
            // Without a cue after it, the phrase's cue is the sentence's only one.
            && clauses[c + 1..]
                .iter()
                .any(|later| tokens[later.clone()].iter().any(|t| !t.quoted && t.tags.has(Tags::CUE | Tags::SOURCE_PREP)))
    }

    /// "While Vance claimed the hall was full, experts affirm that …": a
    /// concession before the main clause; PolNeAR's statement is the main
    /// clause's, when a cue follows there.
    fn in_concession(&self, p: usize, clauses: &[Range<usize>], c: usize) -> bool {
        let tokens = self.tokens(p);
        c + 1 < clauses.len()
            && self.is_any_word(p, clauses[c].start, &CONCESSIVE)
            && clauses[c + 1..].iter().any(|later| {
                tokens[later.clone()].iter().any(|t| !t.quoted && t.tags.has(Tags::CUE | Tags::SOURCE_PREP))
            })
    }

    /// The statement of a concession that `in_concession` passes over: its
    /// cue's message, to the concession's end.
    pub(super) fn concession_statement(&self, sentence: &Sentence, index: usize) -> Option<Found> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        // Most sentences open on no concession: one word rules them out,
        // read once (this runs for every English sentence).
        let first = &tokens[sentence.tokens.start];
        let opener = &self.text[first.span()];
        if first.quoted || !first.is_word() || !CONCESSIVE.iter().any(|w| opener.eq_ignore_ascii_case(w)) {
            return None;
        }
        let clauses = self.clauses(p, sentence.tokens.clone());
        if !self.in_concession(p, &clauses, 0) {
            return None;
        }
        let found = clauses[0].clone().find_map(|i| self.cue_at(i, clauses[0].clone(), &clauses, 0, sentence))?;
        let from = found.message_from.filter(|_| found.mention.is_some() && !found.coordinated)?;
        let span = self.trimmed_span(p, from..clauses[0].end);
        (!span.is_empty()).then(|| self.found_from(Kind::Indirect, vec![span], &found, p, index))
    }

    /// The words that start the English rules of one word each, found in
    /// one pass over the sentence: each rule scanning every sentence for its
    /// own word was a tenth of the rules' instructions on the speeches.
    pub(super) fn key_words(&self, sentence: &Sentence) -> KeyWords {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let mut found = KeyWords::default();
        // Only the words the tokenizer listed can be key words, and most
        // sentences have none.
        let listed = &self.segments.paragraphs[p].key_words;
        let first = listed.partition_point(|&i| i < sentence.tokens.start);
        for &i in listed[first..].iter().take_while(|&&i| i < sentence.tokens.end) {
            let token = &tokens[i];
            // The call only for a word of its length and first letter.
            found.asked |= matches!(token.first, 'a' | 'A')
                && token.end - token.start == lexicon::ASKED.len()
                && self.is_word(p, i, lexicon::ASKED);
            // The length and a two-letter "t…" word next rule out most words
            // before any comparison.
            let seeming = || {
                matches!(token.first, 's' | 'a')
                    && (4..=8).contains(&(token.end - token.start))
                    && tokens.get(i + 1).is_some_and(|next| next.first == 't' && next.end - next.start == 2)
                    && !token.quoted
                    && self.is_any_word(p, i, &lexicon::SEEMING)
                    && self.is_word(p, i + 1, "to")
            };
            if found.seeming.is_none() && seeming() {
                found.seeming = Some(i);
            }
            let reportedly = || {
                token.first == 'r'
                    && token.end - token.start == lexicon::REPORTEDLY.len()
                    && !token.quoted
                    && self.is_word(p, i, lexicon::REPORTEDLY)
            };
            if found.reportedly.is_none() && reportedly() {
                found.reportedly = Some(i);
            }
        }
        found
    }

    /// "The talks seemed to stall": an English verb of seeming before an
    /// infinitive, outside any other statement, is a statement of no one's;
    /// its message is the subject and the infinitive, without the verb and
    /// the auxiliaries before it ("did not appear to").
    /// `cue` is the sentence's first verb of seeming ([`KeyWords`]).
    pub(super) fn seeming_statement(&self, sentence: &Sentence, index: usize, cue: usize) -> Option<Found> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        if self.in_found_message(index, tokens[cue].start) {
            return None;
        }
        let clauses = self.clauses(p, sentence.tokens.clone());
        let clause = clauses.iter().find(|clause| clause.contains(&cue))?;
        if tokens[sentence.tokens.start..cue].iter().any(|t| t.quoted) {
            return None;
        }
        let auxiliary_or_negation = |i: usize| {
            let word = &self.text[tokens[i].span()];
            tokens[i].tags.has(Tags::AUXILIARY)
                || ["not", "do", "does", "did", "n't", "n’t", "t"].iter().any(|w| word.eq_ignore_ascii_case(w))
                || word.ends_with("n't")
                || word.ends_with("n’t")
        };
        let mut subject_end = cue;
        while subject_end > clause.start
            && (auxiliary_or_negation(subject_end - 1) || tokens[subject_end - 1].kind != TokenKind::Word)
        {
            subject_end -= 1;
        }
        let subject_words = tokens[clause.start..subject_end].iter().filter(|t| t.is_word()).count();
        let expletive = subject_words == 1 && self.is_any_word(p, subject_end - 1, &EXPLETIVE_SUBJECTS);
        if subject_words == 0 || subject_words > SEEMING_SUBJECT_WORDS || expletive {
            return None;
        }
        let infinitive = cue + 1;
        // "…seemed to stall, and the talks ended": PolNeAR's impression ends
        // with its clause, or at a dash of hyphens set off by a space ("--").
        let end = (infinitive..clause.end)
            .find(|&i| tokens[i].is_punct('-') && self.text[..tokens[i].start].ends_with(' '))
            .unwrap_or(clause.end);
        // "Critics said last week that he seemed to …": the subject is the
        // phrase before the verb, not the whole clause up to it.
        let subject_start =
            self.phrases(p).phrase_before(clause.start, cue).map_or(clause.start, |phrase| phrase.start);
        let subject = self.trimmed_span(p, subject_start..subject_end);
        let content = self.trimmed_span(p, infinitive..end);
        let attribution = Attribution::source(cue..cue + 1, None, cue..infinitive, "seeming");
        Some(self.found_from(Kind::Indirect, vec![subject, content], &attribution, p, index))
    }

    /// Whether byte `at` of sentence `index` lies in the message of a
    /// statement already found there.
    fn in_found_message(&self, index: usize, at: usize) -> bool {
        self.found
            .iter()
            .rev()
            .take_while(|f| f.sentence >= index)
            .any(|f| f.spans.iter().any(|span| span.contains(&at)))
    }

    /// "The fund is reportedly spending millions": an unquoted English
    /// "reportedly" outside any other statement is a statement of no one's,
    /// its message its clause without the adverb.
    /// `cue` is the sentence's first "reportedly" ([`KeyWords`]).
    pub(super) fn reportedly_statement(&self, sentence: &Sentence, index: usize, cue: usize) -> Option<Found> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        if self.in_found_message(index, tokens[cue].start) {
            return None;
        }
        let clauses = self.clauses(p, sentence.tokens.clone());
        let clause = clauses.iter().find(|clause| clause.contains(&cue))?;
        let spans: Vec<Range<usize>> = [clause.start..cue, cue + 1..clause.end]
            .into_iter()
            .map(|piece| self.trimmed_span(p, piece))
            .filter(|span| !span.is_empty())
            .collect();
        if spans.is_empty() {
            return None;
        }
        let attribution = Attribution::source(cue..cue + 1, None, cue..cue + 1, "reportedly");
        Some(self.found_from(Kind::Indirect, spans, &attribution, p, index))
    }

    /// "Cruz promised to cut taxes, Stovall said.", "One offered help, Bob
    /// said, while others …": an English source and cue set off by commas
    /// after the sentence's first cue, saying nothing of their own, report
    /// the sentence around them; PolNeAR gives them its statement, and the
    /// first cue is part of what they report.
    fn report_set_off_after(&self, sentence: &Sentence, clauses: &[Range<usize>], c: usize) -> Option<Attribution> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        for (k, clause) in clauses.iter().enumerate().skip(c + 1) {
            // Most clauses hold no cue: the tags rule them out before any
            // parse, and before their words are gathered.
            let in_clause = &tokens[clause.clone()];
            let word_count = in_clause.iter().filter(|t| t.is_word()).count();
            if !(2..=REPORT_CLAUSE_WORDS).contains(&word_count)
                || in_clause.iter().any(|t| t.quoted)
                || !in_clause.iter().any(|t| t.is_word() && t.tags.has(Tags::CUE | Tags::SOURCE_PREP))
            {
                continue;
            }
            let words: Vec<usize> = clause.clone().filter(|&i| tokens[i].is_word()).collect();
            // Set off by a comma on either side, or ending the sentence.
            let before = tokens[..clause.start].iter().rev().find(|t| t.kind != TokenKind::QuoteMark);
            let closed = clause.end == sentence.tokens.end || tokens[clause.end].is_punct(',');
            if !before.is_some_and(|t| t.is_punct(',')) || !closed {
                return None;
            }
            let found = words.iter().find_map(|&i| self.cue_at(i, clause.clone(), clauses, k, sentence))?;
            let mention = found.mention.clone()?;
            // "…, which he describes as new": the clause opens on its source
            // or its cue, not on a word that ties it to what comes before.
            let opens = mention.start == words[0] || found.cue.start == words[0];
            let relative = self.is_any_word(p, mention.start, &["who", "which", "that"]);
            // '“…,” Varga said, according to the Gazette': a quotation keeps
            // its speaker, and the source after it is a statement of its own
            // (`trailing_source`).
            let quoting =
                found.rule == "source-preposition" && tokens[sentence.tokens.clone()].iter().any(|t| t.quoted);
            // Nothing but a few adjunct words ("in 1991", "on Monday") may
            // follow: anything more is a message of their own.
            let rest = words.iter().filter(|&&i| i >= found.region.end).count();
            if found.coordinated
                || found.message_from.is_some()
                || relative
                || quoting
                || !opens
                || rest > REPORT_CLAUSE_ADJUNCT
            {
                return None;
            }
            return Some(found);
        }
        None
    }

    /// "Podesta, who said the project was vetted, said he was unaware …":
    /// the statement of the relative clause inside the main speaker's
    /// mention, its message running to the mention's end.
    pub(super) fn relative_statement(&self, sentence: &Sentence, index: usize, main: &Attribution) -> Option<Found> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let mention = main.mention.clone()?;
        let who = (mention.start + 1..mention.end).find(|&i| self.is_word(p, i, "who"))?;
        let clauses = self.clauses(p, sentence.tokens.clone());
        let c = clauses.iter().position(|clause| clause.contains(&who))?;
        let cue = (who + 1..clauses[c].end).find(|&i| tokens[i].tags.has(Tags::CUE) && !tokens[i].quoted)?;
        let relative = self.verb_cue_at(cue, clauses[c].clone(), &clauses, c, p)?;
        if relative.mention != Some(who..who + 1) {
            return None;
        }
        let from = relative.message_from.filter(|&from| from < mention.end)?;
        let span = self.trimmed_span(p, from..mention.end);
        Some(self.found_from(Kind::Indirect, vec![span], &relative, p, index))
    }

    /// "Podesta, who said the project was vetted,": a relative clause with
    /// a verb of saying is a statement apart, and PolNeAR leaves it out of
    /// the speaker it describes.
    pub(super) fn without_reporting_relative(&self, p: usize, mention: Range<usize>) -> Range<usize> {
        let tokens = self.tokens(p);
        let Some(who) = (mention.start + 1..mention.end).find(|&i| self.is_word(p, i, "who")) else {
            return mention;
        };
        // The verbs of saying: "who endorsed Cruz" or "who wants a
        // commission" stays part of a description that introduces someone.
        // After a short name ("Reid, who endorsed Clinton in February,") the
        // clause tells news of someone already known, and PolNeAR leaves it
        // out however it is cued.
        let known = tokens[mention.start..who].iter().filter(|t| t.is_word()).count() <= 3;
        let cue = if known { Tags::CUE } else { Tags::INVERTIBLE };
        let reports = tokens[who + 1..mention.end].iter().any(|t| t.tags.has(cue) && !t.quoted && !t.upper);
        if !reports || !tokens[who - 1].is_punct(',') {
            return mention;
        }
        mention.start..self.trimmed_end(p, mention.start..who)
    }

    /// "so", "soon", "such" before a cue ("so charges …", "soon calls …"):
    /// an English word that can stand for no one, read as a whole mention
    /// where the subject was missed; no mention is better than it.
    pub(super) fn names_no_one(&self, p: usize, mention: &Range<usize>) -> bool {
        const NO_ONE: [&str; 12] =
            ["so", "soon", "what", "such", "any", "more", "very", "much", "there", "ago", "otherwise", "time"];
        mention.len() == 1 && self.is_any_word(p, mention.start, &NO_ONE) && !self.tokens(p)[mention.start].upper
    }

    /// "the levy, which Mara Quist called a tax", "a rival whom Lee
    /// praised": a relative pronoun that opens the mention, after two words
    /// at most, is the object of the cue, and the subject after it the
    /// speaker; with a message after the cue, so are [`FUSED_RELATIVES`]
    /// ("what Lee called a tax").
    pub(super) fn without_leading_relative(
        &self,
        p: usize,
        mention: Range<usize>,
        message_follows: bool,
    ) -> Range<usize> {
        let tokens = self.tokens(p);
        // A fused relative anywhere: "The plan drew what Lee" is a clause
        // the phrase walk ran over, "what Lee" the cue's own.
        let fused = |i: usize| message_follows && self.is_any_word(p, i, &FUSED_RELATIVES);
        let Some(pronoun) = (mention.start..mention.end.saturating_sub(1)).find(|&i| {
            !tokens[i].upper && (i < mention.start + 3 && self.is_any_word(p, i, &OBJECT_RELATIVES) || fused(i))
        }) else {
            return mention;
        };
        let subject = &tokens[pronoun + 1];
        let opens_subject =
            subject.upper || subject.first.is_ascii_digit() || subject.tags.has(Tags::DETERMINER | Tags::PRONOUN);
        if opens_subject { pronoun + 1..mention.end } else { mention }
    }

    /// "Tom Vale and Ana Ruiz both said": the "both" floated after a
    /// coordinated subject is no part of it, and PolNeAR leaves it out.
    pub(super) fn without_floating_both(&self, p: usize, mention: Range<usize>) -> Range<usize> {
        let last = mention.end - 1;
        let coordinated = (mention.start + 1..last).any(|i| self.is_word(p, i, "and"));
        if coordinated && self.is_word(p, last, "both") { mention.start..last } else { mention }
    }

    /// The attribution of a cue in a clause after clause `c` whose speaker
    /// starts before the relative pronoun at `relative`.
    fn main_after_relative(
        &self,
        sentence: &Sentence,
        clauses: &[Range<usize>],
        c: usize,
        relative: usize,
    ) -> Option<Attribution> {
        let found = self.first_later_cue(sentence, clauses, c + 1, 0)?;
        found.mention.as_ref().is_some_and(|m| m.start < relative && m.end > relative).then_some(found)
    }

    /// The attribution of the first later cue of the sentence, in clause `c`
    /// after `cue` or in a later clause, when its speaker's mention spans
    /// `cue`.
    fn main_over_cue(
        &self,
        sentence: &Sentence,
        clauses: &[Range<usize>],
        c: usize,
        cue: Range<usize>,
    ) -> Option<Attribution> {
        let found = self.first_later_cue(sentence, clauses, c, cue.end)?;
        let tokens = self.tokens(sentence.paragraph);
        // "… asked Obama what he thought", "… say they believe": a pronoun
        // before the later cue is its own subject, whatever the phrase walk
        // took in before it.
        let own_subject = found.mention.as_ref().is_some_and(|m| tokens[m.end - 1].tags.has(Tags::PRONOUN));
        let spans_cue = found.mention.as_ref().is_some_and(|m| m.start < cue.start && m.end >= cue.end);
        (!own_subject && spans_cue).then_some(found)
    }

    /// The attribution of the first verb cue of the sentence from clause
    /// `first`, at token `from` or after it, outside quotation marks.
    fn first_later_cue(
        &self,
        sentence: &Sentence,
        clauses: &[Range<usize>],
        first: usize,
        from: usize,
    ) -> Option<Attribution> {
        let tokens = self.tokens(sentence.paragraph);
        clauses.iter().enumerate().skip(first).find_map(|(later, clause)| {
            (clause.start.max(from)..clause.end)
                .filter(|&index| !tokens[index].quoted && tokens[index].tags.has(Tags::CUE))
                .find_map(|index| self.verb_cue_at(index, clause.clone(), clauses, later, sentence.paragraph))
        })
    }

    /// "House members supporting the bill have said …": an -ing cue right
    /// after its subject, with a later cue in its clause whose subject the
    /// walk found after the participle, is a participle on that subject; the
    /// later cue's speaker runs from the participle's subject.
    fn main_after_participle(
        &self,
        sentence: &Sentence,
        clauses: &[Range<usize>],
        c: usize,
        found: &Attribution,
    ) -> Option<Attribution> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let subject = found.mention.clone().filter(|m| m.end == found.cue.start && found.cue.len() == 1)?;
        if !self.text[tokens[found.cue.start].span()].ends_with("ing") {
            return None;
        }
        let clause = clauses[c].clone();
        let index = (found.cue.end..clause.end).find(|&i| !tokens[i].quoted && tokens[i].tags.has(Tags::CUE))?;
        let main = self.verb_cue_at(index, clause, clauses, c, p)?;
        let object = main.mention.clone().filter(|m| m.start == found.cue.end)?;
        if tokens[object.end - 1].tags.has(Tags::PRONOUN) {
            return None;
        }
        Some(Attribution {
            mention: Some(subject.start..object.end),
            region: main.region.start.min(subject.start)..main.region.end,
            ..main
        })
    }

    /// "Die Beobachter rügten Mängel, kamen aber zum Ergebnis, dass …":
    /// a German cue that opens a clause right after a comma continues the
    /// clause before, as after "und"; the comma stands for the conjunction.
    fn comma_before_cue(&self, p: usize, clauses: &[Range<usize>], c: usize, index: usize) -> Option<usize> {
        let tokens = self.tokens(p);
        if !self.german || c == 0 || clauses[c].start != index || !tokens[index - 1].is_punct(',') {
            return None;
        }
        // Right after the first clause, which holds the subject and its verb,
        // or after an apposition closing the subject ("…, Sprecher der
        // Grünen, sprachen …"): after other runs of commas the clause before
        // may be a bare noun phrase whose verb is the cue itself.
        let before = clauses[c - 1].start;
        if c != 1 && !tokens[before].tags.has(Tags::ROLE) {
            return None;
        }
        Some(index - 1)
    }

    /// A coordinated cue with the subject that opens the sentence as its
    /// speaker, when that subject can speak.
    fn with_sentence_subject(&self, p: usize, clauses: &[Range<usize>], found: Attribution) -> Option<Attribution> {
        let first = clauses.first()?.start;
        let tokens = self.tokens(p);
        // "But the court overruled and said …": English lets a conjunction
        // or adverb open the sentence before its subject.
        let start = if self.german {
            first
        } else {
            (first..found.region.start)
                .find(|&i| !tokens[i].tags.has(Tags::CONJUNCTION | Tags::ADVERB) || tokens[i].upper && i > first)
                .unwrap_or(first)
        };
        let subject = self.phrases(p).phrase_after(start, found.region.start)?;
        let oblique = tokens[subject.start].tags.has(Tags::OBLIQUE);
        if subject.start != start || oblique || !self.can_speak(p, &subject) {
            return None;
        }
        let subject = self.with_coordinated_speakers(p, subject, found.region.start);
        let region = subject.start..found.region.end;
        Some(Attribution { mention: Some(subject), region, coordinated: false, ..found })
    }

    /// Whether [`cue_at`](Self::cue_at) may read an attribution at `token`:
    /// a word outside quotations that is a cue or may open a source (a
    /// listed preposition or postposition; in English the word opening the
    /// sentence, `opens_sentence`; in German a source anaphor, an impersonal
    /// cue or one of [`GERMAN_SOURCE_WORDS`]). Every German word had gone
    /// through the source rules, which find nothing for nine in ten.
    // Asked for every token: inline, with the German word list out of line
    // (called out of line, its call was 9 M instructions on the speeches).
    #[inline]
    fn may_cue(&self, token: &Token, opens_sentence: bool) -> bool {
        // Only words have tags: most English tokens fail the first test.
        let tagged = token.tags.has(Tags::MAY_CUE);
        if !self.german && !tagged && !opens_sentence {
            return false;
        }
        if !token.is_word() || token.quoted {
            return false;
        }
        tagged || if self.german { self.may_open_german_source(token) } else { opens_sentence }
    }

    /// A German word without a cue tag that [`Rules::source_at`] may read a
    /// source from: a source anaphor, an impersonal cue or one of
    /// [`GERMAN_SOURCE_WORDS`].
    #[inline(never)]
    fn may_open_german_source(&self, token: &Token) -> bool {
        let len = token.end - token.start;
        token.tags.has(Tags::SOURCE_ANAPHOR | Tags::IMPERSONAL_CUE)
            || GERMAN_SOURCE_WORDS.iter().any(|w| w.len() == len && self.text[token.span()].eq_ignore_ascii_case(w))
    }

    /// "sent a ritual offering to the shrine", "an offering of flowers": the
    /// noun, which a preposition follows at once; the verb takes an object
    /// first ("offering help to …") or an infinitive ("offering to mediate").
    fn is_offered_thing(&self, p: usize, index: usize) -> bool {
        let tokens = self.tokens(p);
        if !tokens.get(index + 1).is_some_and(|next| next.tags.has(Tags::PREPOSITION)) {
            return false;
        }
        !self.is_word(p, index + 1, "to") || tokens.get(index + 2).is_some_and(|t| t.tags.has(Tags::DETERMINER))
    }

    /// Tries to read an attribution around the word at `index`.
    fn cue_at(
        &self,
        index: usize,
        clause: Range<usize>,
        clauses: &[Range<usize>],
        c: usize,
        sentence: &Sentence,
    ) -> Option<Attribution> {
        let p = sentence.paragraph;
        let token = &self.tokens(p)[index];
        let opens_sentence = c == 0 && index == clauses[c].start;
        if !self.may_cue(token, opens_sentence) {
            return None;
        }
        // An English source opens on a listed preposition or postposition,
        // or on "In" opening the sentence ("In a poll, …"): most words are
        // none, and the German sources are many.
        let source_word = self.german || token.tags.has(Tags::SOURCE_PREP | Tags::SOURCE_POSTP) || opens_sentence;
        if source_word && let Some(source) = self.source_at(index, clauses, c, p) {
            return source;
        }
        if !token.tags.has(Tags::CUE | Tags::SEPARABLE) {
            return None;
        }
        self.verb_cue_at(index, clause, clauses, c, p)
    }

    /// A reporting verb and its subject: "sagte der Minister", "Er teilte
    /// mit", "Dies erklärte X".
    pub(super) fn verb_cue_at(
        &self,
        index: usize,
        mut clause: Range<usize>,
        clauses: &[Range<usize>],
        mut c: usize,
        p: usize,
    ) -> Option<Attribution> {
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let tags = tokens[index].tags;
        // Only reporting verbs get here, a small share of the words.
        let mut buffer = lexicon::LowercaseBuffer::default();
        let folded = lexicon::lowercase(&self.text[tokens[index].span()], &mut buffer);
        let lower: &str = &folded;
        let mut separable = tags.has(Tags::SEPARABLE) && self.has_particle(p, index, clause.clone(), lower);
        if self.german
            && tags.has(Tags::SEPARABLE)
            && !separable
            && self.apposition_clause(p, clauses, c + 1).is_some()
            && let Some(last) = clauses.get(c + 2).filter(|l| self.has_particle(p, index, clause.start..l.end, lower))
        {
            // "Thaçi geht nach einem Treffen mit dem Leiter, Jan Roth, davon
            // aus, dass …": an apposition between commas stands between the
            // verb and its particle; the clause runs to the particle.
            clause.end = last.end;
            c += 2;
            separable = true;
        }
        if !tags.has(Tags::CUE) && !separable {
            return None;
        }
        if self.german && self.is_cross_reference(p, index, lower) {
            return None;
        }
        if !self.german && lower == "called" && self.is_naming_called(p, index, &clause) {
            return None;
        }
        let sentence_start = clauses.first().map_or(clause.start, |first| first.start);
        let opens = index == sentence_start || tokens[index - 1].kind == TokenKind::QuoteMark;
        if tokens[index].upper && !opens {
            // "the United States", "In Berichten": a noun, not the verb.
            return None;
        }
        // "Some say", "Many believed": after a quantifier, a verb not in -s;
        // "Two in three said": after a poll's share.
        let after_quantifier = index > 0
            && (self.is_any_word(p, index - 1, &["some", "many", "several"]) && !lower.ends_with('s')
                || index >= clause.start + 3 && self.phrases(p).is_poll_share(index - 3..index));
        if index > clause.start
            && !self.german
            && !after_quantifier
            && (tokens[index - 1].tags.has(Tags::DETERMINER)
                || tokens[index - 1].first.is_ascii_digit() && lower == "states")
        {
            // "the claims", "30 states"
            return None;
        }
        if !self.german && matches!(lower, "show" | "shows") && index > clause.start && {
            // "his talk show", "Mr. Rowe's show": the programme, not the verb.
            const PROGRAMMES: [&str; 6] = ["tv", "talk", "radio", "reality", "television", "game"];
            let before = &self.text[tokens[index - 1].span()];
            PROGRAMMES.iter().any(|w| before.eq_ignore_ascii_case(w))
                || before.ends_with("’s")
                || before.ends_with("'s")
        } {
            return None;
        }
        if !self.german
            && matches!(lower, "view" | "views")
            && tokens.get(index + 1).is_none_or(|next| {
                next.kind == TokenKind::Punct
                    || next.tags.has(Tags::PREPOSITION | Tags::COMPLEMENTIZER | Tags::VERB)
                    || self.is_word(p, index + 1, "of")
            })
        {
            // "the consensus view from …", "similar views of …", "One view is":
            // the noun; the verb takes an object ("voters view him as …").
            return None;
        }
        if !self.german
            && matches!(lower, "reports" | "estimates")
            && tokens.get(index + 1).is_some_and(|next| next.is_word() && !next.upper && next.tags.has(Tags::CUE))
        {
            // "multiple reports reveal that …", "Initial estimates put …": the
            // plural noun is the subject's, and the verb after it the cue.
            return None;
        }
        if !self.german
            && matches!(lower, "reports" | "report")
            && index > clause.start
            && !tokens[index - 1].upper
            && self.is_any_word(p, index - 1, &["media", "news", "press"])
        {
            // "media reports and party sources described …": the compound
            // noun is the subject's, whatever follows it.
            return None;
        }
        if !self.german && lower == "offering" && self.is_offered_thing(p, index) {
            return None;
        }
        if !self.german && lower == "spoke" && !self.speaks_of_topic(p, index) {
            // "spoke with everyone", "spoke at length": no topic, no report.
            return None;
        }
        if !self.german && matches!(lower, "want" | "wants" | "plans") && !self.is_word(p, index + 1, "to") {
            // "Rubio wants to emerge as …" reports an aim; "voters want change"
            // names a thing.
            return None;
        }
        if !self.german && lower.ends_with("ing") && index == clause.start && c > 0 {
            return self.participle_cue(index, clause, clauses, c, p, lower);
        }
        if self.german && tags.has(Tags::SPEECH_ACT) {
            if let Some(passive) = self.passive_speech_act(index, clauses, c, p) {
                return Some(passive);
            }
            if PASSIVE_ONLY_CUES.contains(&lower) {
                // "sie habe … angegeben" is what she said, not a cue.
                return None;
            }
            if lower.starts_with("schätz") && self.is_valuing(p, index, clauses, c) {
                return None;
            }
        }
        if self.german && self.is_not_saying(p, index, &clause, clauses, lower) {
            return None;
        }
        if self.german && self.is_naming_apposition(p, index, &clause, lower) {
            return None;
        }
        if self.german && lower == "angenommen" && !self.is_passive_report(p, clauses, c, index) {
            // Only "Es wird angenommen, dass …" reports; "Der Antrag wurde
            // angenommen" was accepted.
            return None;
        }
        let plural = is_plural_verb(lower, self.german);
        let before = clause.start..index;
        // "Das russische Außenministerium erklärte" is not "Das erklärte X";
        // English puts few verbs before their subject ("said X", not "told X").
        let verb_first = before.is_empty() && (self.german || tags.has(Tags::INVERTIBLE));
        // German puts the verb second: after an adverbial, the subject follows.
        // "Als Beispiel nannte die NASA …", "Im November 2005 kündigte X an":
        // a fronted "als" phrase or a date is no subject either.
        let fronted_date = tokens[before.start.min(index)].tags.has(Tags::MONTH)
            || self.is_any_word(p, before.start, &["anfang", "mitte", "ende"])
                && tokens[before.start + 1].tags.has(Tags::MONTH);
        // "Diese bestätigte, dass …": a demonstrative alone before a cue
        // whose reported clause follows at once points back to a speaker, not
        // to a message ("Dies bestätigte die Polizei").
        let demonstrative = self.german
            && before.len() == 1
            && self.is_any_word(p, before.start, &["diese", "dieser"])
            && tokens.get(index + 1).is_some_and(|t| t.is_punct(','));
        let after_adverbial = self.german
            && !before.is_empty()
            && !demonstrative
            && (tokens[before.start].tags.has(Tags::PREPOSITION | Tags::TIME)
                || fronted_date
                || self.is_word(p, before.start, "als") && before.len() > 1 && tokens[before.start + 1].upper
                || tokens[before.start].tags.has(Tags::ADVERB | Tags::ANAPHOR) && before.len() == 1);
        let bare_verb = tokens[before.clone()].iter().all(|t| t.tags.has(Tags::AUXILIARY | Tags::ADVERB) && !t.upper);
        let chain = (bare_verb && c > 0)
            .then(|| self.apposition_chain(p, clauses, c))
            .flatten()
            .filter(|chain| !(!self.german && verb_first && self.inverts_past(p, chain, index, &clause)));
        // "Murphy, though, said he is …": with no apposition chain found, a
        // verb-first cue whose next phrase is the subject of a clause reports
        // the sentence's opening subject, not that phrase.
        let opening_subject = (!self.german && verb_first && c > 0 && chain.is_none())
            .then(|| self.opening_subject_of_clause_object(p, clauses, index, &clause))
            .flatten();
        let inverted = verb_first && opening_subject.is_none() || after_adverbial;
        let backward = !before.is_empty()
            && tokens[before.start].tags.has(Tags::ANAPHOR)
            && before.len() == 1
            && self.german
            && !demonstrative;
        // "Der englischsprachigen Zeitung sagte Lene Aro": "der" before an
        // adjective in "-en" opens a dative or genitive, never a subject.
        let oblique = |m: &Range<usize>| {
            let inflected = self.german
                && m.len() >= 3
                && self.is_word(p, m.start, "der")
                && tokens[m.start + 1].is_word()
                && !tokens[m.start + 1].upper
                && self.text[tokens[m.start + 1].span()].ends_with("en");
            tokens[m.start].tags.has(Tags::OBLIQUE) || inflected
        };
        // "Ein Sprecher der Polizei, Lars Beringer, sagte heute …": the
        // subject is in the clauses before.
        // "Leo Brandt, Chef der Werft, hat bereits angekündigt, …": an
        // auxiliary or adverb before the verb leaves the subject there too.
        let mut mention = if demonstrative {
            Some(before.clone())
        } else if chain.is_some() {
            chain
        } else if opening_subject.is_some() {
            opening_subject
        } else if inverted {
            phrases
                .phrase_after(index + 1, clause.end)
                .map(|first| self.with_coordinate_after(p, first, clause.end, plural))
                .or_else(|| self.particle_surname(p, before.clone()))
        } else {
            // "Den Vorwurf wies der Minister zurück": an object before the
            // verb puts the subject after it.
            // "wie der Verband bekannt gab": the subject ends before the particle.
            let subject_end = if separable && self.particle_before(p, index, lower) { index - 1 } else { index };
            match phrases.phrase_before(clause.start, subject_end) {
                Some(object) if oblique(&object) && self.german => phrases.phrase_after(index + 1, clause.end),
                // "Den Gemeinden schlug er vor": a pronoun after the verb is
                // the subject, so the phrase before it is an object.
                Some(_) if self.is_subject_pronoun_after(p, index) => Some(index + 1..index + 2),
                // "Besorgt zeigte sich Kofi Annan", "Eine Verschiebung bezeichnete
                // Conze als fatal": the first place holds something else, and
                // a speaker follows the verb.
                // "Die Äußerungen des Ministers kritisierte die Opposition":
                // a phrase headed by an action noun is the object too.
                Some(fronted)
                    if self.german
                        && (!self.can_speak(p, &fronted)
                            || self.is_fronted_adverb(p, &fronted)
                            || self.heads_action_noun(p, &fronted)) =>
                {
                    phrases
                        .phrase_after(index + 1, clause.end)
                        .filter(|after| {
                            !oblique(after) && self.can_speak(p, after) && !self.heads_action_noun(p, after)
                        })
                        .or(Some(fronted))
                }
                // "Einer Anfechtung mit rechtlichen Mitteln räumte er keine
                // Chance ein": no subject before the verb, so it follows.
                None if self.german => phrases
                    .phrase_after(index + 1, clause.end)
                    .filter(|after| !oblique(after) && self.can_speak(p, after)),
                subject => subject,
            }
        };
        if !self.german
            && !inverted
            && let Some(subject) = mention.clone().filter(|m| m.end <= index)
        {
            mention = Some(self.with_prepositional_attributes(p, clause.start, subject));
        }
        if let Some(object) = mention.clone().filter(|m| oblique(m) && m.start > index) {
            // "erklärte dem Sender der Minister": skip the object.
            mention = phrases.phrase_after(object.end, clause.end).filter(|m| !oblique(m));
        }
        if self.german && mention.as_ref().is_some_and(|m| self.is_date(p, m.clone()) || self.is_predicative(p, m)) {
            // "Wie das Magazin in einem Bericht vom 22. August berichtet", "Die
            // Regierung hat am 25. November angekündigt": a date names no
            // speaker; the subject stands by the auxiliary or opens the clause.
            mention = self
                .perfect_subject(p, clause.clone(), index)
                .or_else(|| self.first_speaker(p, clause.start..index))
                .filter(|m| !self.is_date(p, m.clone()));
        }
        if self.german
            && !inverted
            && self.is_word(p, clause.start, "wie")
            && mention.as_ref().is_none_or(|m| !self.can_speak(p, m))
            && !clause.clone().any(|i| self.is_any_word(p, i, &PASSIVE_AUXILIARIES))
        {
            // "Wie der Minister am Dienstag in Hannover erklärte": a place or
            // time stands before the verb that ends the clause; the subject
            // opens it. In a passive ("wie sie von Demonstranten gefordert
            // würde") it is what was said.
            mention = self.first_speaker(p, clause.start + 1..index).or(mention);
        }
        if !self.german
            && !inverted
            && lower.ends_with("ing")
            && let Some(issuer) = mention.clone().and_then(|m| self.document_issuer(p, clauses, c, m))
        {
            mention = Some(issuer);
        }
        if !self.german
            && !inverted
            && lower.ends_with("ing")
            && let Some(verb) = mention.clone().filter(|m| m.start > clause.start && m.end == index)
            && [verb.start, verb.end - 1].iter().any(|&i| self.is_any_word(p, i, &LEADING_VERBS))
        {
            // "he began dismissing …", "a reporter can be heard asking …": the
            // phrase before the -ing cue holds the verb it hangs on; the
            // speaker is that verb's subject, or no one.
            let verb_start =
                (verb.start..verb.end).find(|&i| self.is_any_word(p, i, &LEADING_VERBS)).unwrap_or(verb.start);
            mention = self.first_speaker(p, clause.start..verb_start);
        }
        if !self.german
            && !inverted
            && lower.ends_with("ing")
            && let Some(object) = mention.clone().filter(|m| m.start > clause.start && m.end <= index)
            && let Some(subject) = self.subject_before_object(p, clauses, c, object, index)
        {
            mention = Some(subject);
        }
        if self.german && (mention.is_none() || mention.as_ref().is_some_and(oblique)) {
            // "Glos hatte in einem Interview gesagt", "Gerhardt hat sich bereit
            // erklärt": a participle's subject stands by the auxiliary.
            mention = self.perfect_subject(p, clause.clone(), index).or(mention);
        }
        if let Some(subject) =
            mention.as_ref().and_then(|object| self.perfect_subject_before_object(p, clauses, c, index, object))
        {
            mention = Some(subject);
        }
        if let Some(subject) = mention.clone()
            && let Some(both) = self.correlative_start(p, clauses, &subject)
        {
            mention = Some(both..subject.end);
        }
        let conjunction = tokens[clause.start..index]
            .iter()
            .rposition(|t| !t.tags.has(Tags::ADVERB))
            .map(|i| clause.start + i)
            .filter(|&i| tokens[i].tags.has(Tags::CONJUNCTION))
            .or_else(|| self.comma_before_cue(p, clauses, c, index));
        if mention.is_none()
            && let Some(conjunction) = conjunction
        {
            // "… und fügte hinzu", "… but implied": the subject is the
            // previous verb's, which only the caller knows.
            return Some(Attribution {
                cue: index..index + 1,
                mention: None,
                region: conjunction..clause.end,
                message_from: self
                    .message_start(p, index + 1, clause.end, lower)
                    .filter(|&from| !self.german || tokens[from].tags.has(Tags::COMPLEMENTIZER)),
                backward: false,
                rule: if separable { "separable-verb-cue" } else { "verb-cue" },
                plural,
                subject_first: true,
                verb: true,
                speech_act: tags.has(Tags::SPEECH_ACT),
                clausal: true,
                coordinated: true,
            });
        }
        if mention.is_some() && self.is_werden_passive(p, &clause, index, lower) {
            const MODALS: [&str; 12] = [
                "muss", "müssen", "musste", "kann", "können", "konnte", "konnten", "darf", "dürfen", "soll", "sollen",
                "sollte",
            ];
            if self.is_word(p, index + 1, "werden") && (clause.start..index).any(|i| self.is_any_word(p, i, &MODALS)) {
                // "Der Brandherd konnte nicht festgestellt werden", "Die Wahl
                // muss noch bestätigt werden": what may be done, not said.
                return None;
            }
            // "Zudem wurde die Regierung vom Verband aufgefordert": only a
            // "von" agent names who spoke.
            mention = self.passive_agent(p, clause.clone(), index);
        }
        if mention.is_some() && self.is_addressed_in_passive(p, clauses, c, index, lower) {
            mention = None;
        }
        if self.german
            && mention.as_ref().is_some_and(|m| m.len() == 1 && self.is_word(p, m.start, "es"))
            && self.is_passive_report(p, clauses, c, index)
        {
            // "Es wird vermutet, dass …": the "es" holds the clause's place;
            // no one is named.
            mention = None;
        }
        if mention.is_none() && self.german && self.is_passive_report(p, clauses, c, index) {
            // "Ihm wurde vorgeworfen, …", "Die Anwohner wurden gebeten, …":
            // a passive cue reports without naming who spoke, unless a
            // "von" agent or the document it was said in does ("Von den
            // Behörden wird angenommen, …", "In einem Bericht der Zeitung
            // wurde vermutet, …").
            let source =
                self.passive_agent(p, clause.clone(), index).or_else(|| self.passive_document(p, &clause, index));
            let message_from = self
                .message_start(p, index + 1, clause.end, lower)
                .filter(|&from| tokens[from].tags.has(Tags::COMPLEMENTIZER));
            return Some(Attribution {
                rule: "passive-cue",
                message_from,
                plural,
                subject_first: true,
                verb: true,
                ..Attribution::source(index..index + 1, source, clause.start..message_from.unwrap_or(clause.end), "")
            });
        }
        if self.german && mention.is_none() && self.is_word(p, clause.start, "aus") {
            // "Aus Militärkreisen verlautete, dass …": no one speaks, the
            // report comes out of a circle, which the gold takes as its source.
            mention = phrases.phrase_after(clause.start + 1, index).filter(|m| m.end == index);
        }
        if !self.german
            && mention.is_none()
            && tags.has(Tags::INVERTIBLE)
            && self.is_word(p, clause.start, "it")
            && tokens[clause.start + 1..index].iter().all(|t| t.tags.has(Tags::ADVERB) && !t.upper)
        {
            // "It said the talks had failed": the "it" of an organisation or
            // a document named before; PolNeAR marks the relation with it,
            // and tidying leaves the statement without a speaker.
            mention = Some(clause.start..clause.start + 1);
        }
        if self.german
            && mention.is_none()
            && index > clause.start
            && self.is_word(p, index - 1, "man")
            && clauses.get(c + 1).is_some_and(|next| (next.start..next.start + 2).any(|i| self.is_word(p, i, "dass")))
        {
            // "Aber man betont auch, dass …": the impersonal "man" stands for
            // the body just named, as the gold reads it; before an infinitive
            // ("man deutete an, … zu wollen") it is mostly someone unnamed.
            mention = Some(index - 1..index);
        }
        let mut mention = mention?;
        // "Unions, farm groups, and many lawmakers claim": the last member
        // of a list after its comma and "and", which opens the clause.
        let last_listed =
            c >= 2 && mention.start == clause.start + 1 && self.is_any_word(p, clause.start, &["and", "or"]);
        if !self.german
            && !inverted
            && c > 0
            && (mention.start == clause.start || last_listed)
            && !tokens[mention.start].tags.has(Tags::PRONOUN)
            // A list: with one phrase before a single subject's comma, the
            // comma more often closes an opening phrase ("In Ohio, Trump said").
            && (last_listed
                || (mention.start + 1..mention.end).any(|i| self.is_word(p, i, "and") || self.is_word(p, i, "or")))
            && let Some(chain) = self.apposition_chain(p, clauses, c)
            // Not "As a small island State, Sao Tome and Principe calls": a
            // phrase after an opening conjunction is an adverbial.
            // "But friends, lobbyists and foes say": a coordinating
            // conjunction may open the sentence before the list.
            && (clauses[..c].iter().any(|cl| cl.start == chain.start) && !last_listed
                || clauses[0].start == chain.start
                || clauses[0].start + 1 == chain.start && self.is_any_word(p, clauses[0].start, &["but", "and", "yet"]))
            && !self.text[tokens[chain.start].span()].ends_with("ly")
            && clauses[..c].iter().rev().take_while(|cl| cl.end > chain.start).all(|cl| {
                let start = cl.start.max(chain.start);
                self.phrases(p).phrase_after(start, cl.end) == Some(start..cl.end)
            })
        {
            // "Will Estrada, the chairman of the club said", "Friends,
            // lobbyists and former foes say": the phrases before the
            // subject's comma are part of it.
            mention.start = chain.start;
        }
        let mut region_start = clause.start.min(mention.start);
        if self.german
            && !inverted
            && let Some(name) = self.name_before_role(p, clauses, c, &mention)
        {
            // "wie Lea Brandt, Direktorin des Instituts, betont": the name
            // is in the clause before its role.
            region_start = name.start.min(clauses[c - 1].start);
            mention.start = name.start;
        } else if self.german
            && !inverted
            && let Some(role) = self.role_before_name(p, clauses, c, &mention)
        {
            region_start = role.start.min(clauses[c - 1].start);
            mention.start = role.start;
        }
        if mention.end == clause.end
            && mention.start > index
            && let Some(apposition) = self.apposition_clause(p, clauses, c + 1)
        {
            // "sagte Mark O’Keefe, der Sprecher der Ambulanz, …"
            mention.end = apposition.end;
            clause.end = clauses[c + 1].end;
            c += 1;
            if !self.german
                && let Some(relative) =
                    self.apposition_clause(p, clauses, c + 1).filter(|r| self.is_word(p, r.start, "who"))
            {
                // "said Peter Lorne, a lawyer for the club, who has …"
                mention.end = relative.end;
                clause.end = clauses[c + 1].end;
                c += 1;
            }
        }
        if !self.german && mention.start > index && mention.end == clause.end {
            // "said Ana Ruiz, 32, of Tampa, Fla., a nurse at the clinic, who …":
            // PolNeAR's source takes in every apposition after the name.
            while let Some(next) = clauses.get(c + 1).filter(|next| self.is_english_apposition(p, (*next).clone())) {
                mention.end = self.trimmed_end(p, next.clone());
                clause.end = next.end;
                c += 1;
            }
        }
        if !self.german && inverted && c > 0 && mention.start > index && mention.end < clause.end {
            mention.end = self.source_tail_end(p, &mention, clause.end);
        }
        let after_attribution = mention.end.max(index + 1);
        let message_from = self
            .message_start(p, after_attribution, clause.end, lower)
            .filter(|&from| !self.german || tokens[from].tags.has(Tags::COMPLEMENTIZER));
        let region_end = message_from.unwrap_or(clause.end);
        // "The bank is expected to act", "Sanders was asked to name …": the
        // subject of a passive is no source; PolNeAR leaves the relation
        // without one.
        // "The mayor is said to be furious": irregular participles too.
        const IRREGULAR: [&str; 7] = ["told", "said", "shown", "known", "seen", "heard", "thought"];
        let participle = lower.ends_with("ed") || IRREGULAR.contains(&lower);
        let passive = !self.german && participle && self.after_form_of_be(p, index);
        Some(Attribution {
            cue: index..index + 1,
            mention: Some(mention).filter(|_| !passive),
            region: region_start..region_end,
            message_from,
            backward,
            rule: if separable {
                "separable-verb-cue"
            } else if inverted {
                "verb-cue-inverted"
            } else {
                "verb-cue"
            },
            plural,
            subject_first: !inverted,
            verb: true,
            speech_act: tags.has(Tags::SPEECH_ACT),
            clausal: message_from.is_some()
                || (c + 1 < clauses.len() && self.object_words(p, after_attribution, clause.end) == 0),
            coordinated: false,
        })
    }

    /// "…, said a source close to the campaign.", "…, said one person with
    /// knowledge of the talks.": after a message set off before an inverted
    /// cue, the words after a common noun or a relative pronoun describe the
    /// source, and PolNeAR's span takes them in; after a name they are an
    /// adjunct ("said Lee in a statement"). Where `mention` ends otherwise.
    fn source_tail_end(&self, p: usize, mention: &Range<usize>, clause_end: usize) -> usize {
        let tokens = self.tokens(p);
        let last = &tokens[mention.end - 1];
        let relative = self.is_any_word(p, mention.end - 1, &lexicon::ENGLISH_RELATIVES);
        let common = last.is_word() && !last.upper && !last.tags.has(Tags::PRONOUN) && !last.first.is_ascii_digit();
        if !(relative || common) || tokens[mention.end].tags.has(Tags::CONJUNCTION) {
            return mention.end;
        }
        let end = self.source_end(p, mention.end, clause_end);
        // "…, said the problem was …": a verb after a noun opens a clause.
        let verb = tokens[mention.end..end].iter().any(|t| t.tags.has(Tags::VERB | Tags::AUXILIARY));
        if verb && !relative { mention.end } else { end }
    }

    /// "Der Pilot sprach mit seiner Frau", "Das Urteil sprechen die Richter
    /// später", "Sie sprach ein Gebet": "sprechen" with a partner and no
    /// topic, or with a formula as its object, says nothing reported; nor
    /// does "Er meldete sich bei seinem Bruder", who got in touch, unless
    /// words are named ("meldete sich mit den Worten", "zu Wort"), nor
    /// "Geschichte schreiben", nor "sprach sich für … aus". A "sprechen"
    /// reports only with a topic somewhere in its sentence ("Von einem
    /// Fehler sprach …") or a separable particle ending its clause ("sprach
    /// ihm das Recht ab"), and never in a chair's call of the next speaker
    /// ("Als nächster Redner spricht Jan Roth von der Fraktion …").
    fn is_not_saying(
        &self,
        p: usize,
        index: usize,
        clause: &Range<usize>,
        clauses: &[Range<usize>],
        lower: &str,
    ) -> bool {
        const FORMULAS: [&str; 4] = ["urteil", "gebet", "beileid", "segen"];
        // The first five name a topic.
        const TOPIC: [&str; 8] = ["von", "vom", "über", "davon", "darüber", "für", "gegen", "aus"];
        let tokens = self.tokens(p);
        let words = || clause.clone().filter(|&i| i != index && tokens[i].is_word());
        if ["meldete", "meldeten", "meldet", "melden"].contains(&lower) {
            let reflexive = (index + 1..clause.end.min(index + 4)).any(|i| self.is_word(p, i, "sich"));
            let worded = words().any(|i| self.is_any_word(p, i, &["wort", "worten"]));
            let reports = tokens[clause.start..clause.end].iter().any(|t| t.quoted || t.tags.has(Tags::COMPLEMENTIZER));
            return reflexive && !worded && !reports;
        }
        if lower.starts_with("forder") || lower == "gefordert" {
            // "Der Taifun forderte zwölf Todesopfer", "hat schon 17 Opfer
            // gefordert": claimed lives, no demand ("forderte Hilfe für die
            // Opfer" is one).
            const CASUALTIES: [&str; 4] = ["opfer", "tote", "toten", "verletzte"];
            return words().any(|i| {
                let counted = i > 0 && tokens[i - 1].first.is_ascii_digit();
                !tokens[i].quoted
                    && (self.is_any_word(p, i, &["todesopfer", "menschenleben"])
                        || counted && self.is_any_word(p, i, &CASUALTIES))
            });
        }
        if ["schrieb", "schrieben", "schreibt", "schreiben", "geschrieben"].contains(&lower) {
            // "Benz schrieb Automobilgeschichte" made history.
            return words()
                .any(|i| !tokens[i].quoted && self.text[tokens[i].span()].to_lowercase().ends_with("geschichte"));
        }
        if !["sprach", "sprachen", "spricht", "sprechen"].contains(&lower) {
            return false;
        }
        let formula = words().any(|i| self.is_any_word(p, i, &FORMULAS));
        let partner = words().any(|i| self.is_word(p, i, "mit"))
            && !words().any(|i| self.is_any_word(p, i, &TOPIC))
            && !tokens[index + 1..clause.end].iter().any(|t| t.quoted || t.tags.has(Tags::COMPLEMENTIZER));
        // "Sie sprach sich für den Plan aus", "Die Zahlen sprechen für Roth":
        // a stance or a piece of evidence without words reported; on the
        // training articles the gold mostly leaves such sentences out.
        let stance = words().any(|i| self.is_word(p, i, "für") || self.is_word(p, i, "gegen"))
            && !words().any(|i| self.is_any_word(p, i, &["von", "vom", "über"]))
            && !tokens[clause.clone()].iter().any(|t| t.quoted || t.tags.has(Tags::COMPLEMENTIZER));
        let sentence = clauses.first().map_or(clause.start, |first| first.start)
            ..clauses.last().map_or(clause.end, |last| last.end);
        // "Für die Fraktion spricht jetzt der Kollege Ole von Brandt": the
        // "von" of the name names no topic.
        let colleague =
            (index + 1..clause.end.min(index + 4)).any(|i| self.is_any_word(p, i, &["kollege", "kollegin"]));
        let call = colleague || sentence.clone().any(|i| self.is_any_word(p, i, &["redner", "rednerin"]));
        let topic = sentence.into_iter().any(|i| self.is_any_word(p, i, &TOPIC[..5]));
        let particle = self
            .trimmed_end(p, clause.clone())
            .checked_sub(1)
            .is_some_and(|end| self.is_any_word(p, end, &["aus", "zu", "an", "ab"]));
        formula || partner || stance || call || !(topic || particle)
    }

    /// "spoke of a revolution", "spoke briefly about the plan", "spoke out
    /// against it": an English "spoke" reports only with its topic.
    fn speaks_of_topic(&self, p: usize, index: usize) -> bool {
        const TOPIC: [&str; 3] = ["of", "about", "against"];
        let tokens = self.tokens(p);
        let adverb = tokens.get(index + 1).is_some_and(|next| {
            next.is_word() && (self.text[next.span()].ends_with("ly") || self.is_word(p, index + 1, "out"))
        });
        self.is_any_word(p, index + 1, &TOPIC) || adverb && self.is_any_word(p, index + 2, &TOPIC)
    }

    /// "a company called Sansun USA", "a culture called “The Way”": after a
    /// noun opened by an indefinite article, "called" before a name names
    /// the noun; "a senator called Varga a liar" still speaks.
    fn is_naming_called(&self, p: usize, index: usize, clause: &Range<usize>) -> bool {
        let tokens = self.tokens(p);
        let from = index.saturating_sub(NAMING_NOUN_WORDS).max(clause.start);
        let Some(article) = (from..index).rev().find(|&i| self.is_word(p, i, "a") || self.is_word(p, i, "an")) else {
            return false;
        };
        if article + 1 == index
            || tokens[article + 1..index].iter().any(|t| !t.is_word() || t.tags.has(Tags::PREPOSITION))
        {
            return false;
        }
        let mut next = index + 1;
        if self.is_word(p, next, "the") {
            next += 1;
        }
        let Some(first) = tokens.get(next).filter(|_| next < clause.end) else {
            return false;
        };
        if first.kind == TokenKind::QuoteMark {
            return true;
        }
        if !first.is_word() || !first.upper || self.is_word(p, next, "I") {
            return false;
        }
        let end = (next..clause.end)
            .find(|&i| !(tokens[i].is_word() && (tokens[i].upper || tokens[i].first.is_ascii_digit())))
            .unwrap_or(clause.end);
        !self.is_any_word(p, end, &["a", "an", "the"])
    }

    /// "(Wikinews berichtete)", "(wir berichteten)": a reporting verb that
    /// closes a parenthesis holding only it and its subject points the reader
    /// to earlier coverage; it reports none of the words around it.
    fn is_cross_reference(&self, p: usize, index: usize, lower: &str) -> bool {
        const MAX_SUBJECT_WORDS: usize = 3;
        if !lower.starts_with("bericht") {
            return false;
        }
        let tokens = self.tokens(p);
        let closes = tokens.get(index + 1).is_some_and(|t| {
            t.is_punct(')') || t.is_punct('.') && tokens.get(index + 2).is_some_and(|t| t.is_punct(')'))
        });
        let subject_words = tokens[..index].iter().rev().take_while(|t| t.is_word()).count();
        let opens = index
            .checked_sub(subject_words + 1)
            .is_some_and(|open| subject_words <= MAX_SUBJECT_WORDS && tokens[open].is_punct('('));
        closes && subject_words > 0 && opens
    }

    /// "Der Bär, auch „Bruno“ genannt, ist …": a participle that names, set
    /// off by commas after "auch" or "kurz", is no cue for the clauses
    /// around it.
    fn is_naming_apposition(&self, p: usize, index: usize, clause: &Range<usize>, lower: &str) -> bool {
        let tokens = self.tokens(p);
        let words = clause.clone().filter(|&i| tokens[i].is_word()).count();
        const NAMING: [&str; 8] = ["auch", "kurz", "oft", "meist", "häufig", "so", "gern", "gerne"];
        if lower != "genannt" {
            return false;
        }
        let set_off = words <= 5
            && self.is_any_word(p, clause.start, &NAMING)
            && clause.start.checked_sub(1).is_some_and(|i| tokens[i].is_punct(',') || tokens[i].is_punct('('))
            && tokens.get(index + 1).is_some_and(|t| t.is_punct(',') || t.is_punct(')'));
        // "Die Entfernungspauschale – auch Pendlerpauschale genannt – ist …":
        // dashes set it off as commas do.
        let dash = |i: usize| tokens.get(i).is_some_and(|t| t.is_punct('–') || t.is_punct('-'));
        let between_dashes = dash(index + 1) && {
            let naming = (index.saturating_sub(4)..index).rev().take_while(|&i| tokens[i].is_word()).last();
            naming.is_some_and(|i| i > 0 && dash(i - 1) && self.is_any_word(p, i, &NAMING))
        };
        set_off || between_dashes
    }

    /// "The paradox of Nancy, says Carl Anthony, historian …, is that …": a
    /// verb-first cue after a chain that cannot speak, followed by a name
    /// that fills its clause, is inverted; the chain is the message.
    fn inverts_past(&self, p: usize, chain: &Range<usize>, index: usize, clause: &Range<usize>) -> bool {
        let phrases = self.phrases(p);
        let Some(after) = phrases.phrase_after(index + 1, clause.end) else {
            return false;
        };
        let Some(opening) = phrases.phrase_after(chain.start, chain.end) else {
            return false;
        };
        after.start == index + 1
            && after.end == self.trimmed_end(p, clause.clone())
            && phrases.read(after).kind == MentionKind::Person
            && !self.can_speak(p, &opening)
    }

    /// "Cyber security experts, however, said they believed …": the subject
    /// opening the sentence, when the phrase after a verb-first cue is
    /// followed by a verb or is a pronoun, so that it opens the reported
    /// clause.
    fn opening_subject_of_clause_object(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        index: usize,
        clause: &Range<usize>,
    ) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let after = phrases.phrase_after(index + 1, clause.end).filter(|after| after.start == index + 1)?;
        let opens_clause = tokens[after.start].tags.has(Tags::PRONOUN)
            || self.is_any_word(p, after.start, &["it", "we", "i"])
            || tokens.get(after.end).is_some_and(|next| next.tags.has(Tags::VERB | Tags::AUXILIARY));
        if !opens_clause {
            return None;
        }
        let first = clauses.first()?;
        if tokens[first.clone()].iter().any(|t| t.quoted) {
            return None;
        }
        let opener = |i: usize| tokens[i].tags.has(Tags::CONJUNCTION | Tags::ADVERB) || self.is_word(p, i, "yet");
        let start = (first.start..first.end).find(|&i| !opener(i))?;
        let subject = phrases.phrase_after(start, first.end).filter(|subject| subject.start == start)?;
        if !self.can_speak(p, &subject) || tokens[subject.start].tags.has(Tags::OBLIQUE) {
            return None;
        }
        // "The judges who ruled that …", "Dock workers and crane operators":
        // PolNeAR keeps the relative clause or the coordinated phrase.
        if self.is_any_word(p, subject.end, &lexicon::ENGLISH_RELATIVES)
            || self.is_verbless(p, subject.start..first.end)
        {
            return Some(subject.start..self.trimmed_end(p, first.clone()));
        }
        Some(subject)
    }

    /// "Klien wurde vorgeworfen, …", "Die Männer werden beschuldigt, …": in
    /// a German passive of a verb that addresses someone, the subject is the
    /// one addressed, not the speaker; only a "von" agent would name who spoke.
    fn is_addressed_in_passive(&self, p: usize, clauses: &[Range<usize>], c: usize, index: usize, cue: &str) -> bool {
        const ADDRESSING: [&str; 10] = [
            "vorgeworfen",
            "beschuldigt",
            "aufgefordert",
            "gebeten",
            "verdächtigt",
            "bezichtigt",
            "ermahnt",
            "angewiesen",
            "aufgerufen",
            "ersucht",
        ];
        if !self.german || !ADDRESSING.contains(&cue) {
            return false;
        }
        let clause = &clauses[c];
        let agent = (clause.start..clause.end).any(|i| self.is_word(p, i, "von") || self.is_word(p, i, "vom"));
        !agent && self.is_passive_report(p, clauses, c, index)
    }

    /// "Die Pläne wurden von der Opposition als unrealistisch bezeichnet",
    /// "Als Grund wurde ein Defekt genannt": a German passive speech act that
    /// ends its clause with no reported clause after it. The gold marks the
    /// whole sentence as the message, and the agent after "von" as the
    /// speaker; without one, no one is named.
    fn passive_speech_act(&self, index: usize, clauses: &[Range<usize>], c: usize, p: usize) -> Option<Attribution> {
        let tokens = self.tokens(p);
        let clause = clauses[c].clone();
        debug_assert!(self.german && tokens[index].tags.has(Tags::SPEECH_ACT), "checked by the caller");
        let cue = &self.text[tokens[index].span()];
        // A participle: "genannt", "angegeben", not "berichtete".
        let participle = cue.ends_with('t') || cue.ends_with("en");
        if !participle
            || self.trimmed_end(p, clause.clone()) != index + 1
            || self.is_passive_report(p, clauses, c, index)
        {
            return None;
        }
        if !self.has_passive_auxiliary(p, clause.start..index) {
            return None;
        }
        // "wurden von der Opposition … bezeichnet", "Von der Opposition wurden
        // …", "… beklagt – so etwa von der Umwelthilfe".
        let sentence_end = clauses.last().map_or(clause.end, |last| last.end);
        let agent = self
            .passive_agent(p, clause.start..sentence_end, index)
            .or_else(|| self.passive_document(p, &clause, index));
        Some(Attribution {
            cue: index..index + 1,
            verb: true,
            speech_act: true,
            clausal: false,
            subject_first: true,
            ..Attribution::source(index..index + 1, agent, clause, "passive-speech-act")
        })
    }

    /// The agent of a German passive: the first phrase that can speak after a
    /// "von" or "vom" within `span`, ending before the cue at `index` when it
    /// stands before it.
    fn passive_agent(&self, p: usize, span: Range<usize>, index: usize) -> Option<Range<usize>> {
        let phrases = self.phrases(p);
        span.clone()
            .filter(|&i| i != index && (self.is_word(p, i, "von") || self.is_word(p, i, "vom")))
            .filter_map(|by| phrases.phrase_after(by + 1, if by < index { index } else { span.end }))
            .find(|agent| self.can_speak(p, agent))
    }

    /// The document or meeting a German passive before the cue at `index`
    /// puts the words in: "In einem Bericht der Zeitung wurde vermutet",
    /// "auf der Pressekonferenz wurde mitgeteilt". As for "In der Erklärung
    /// heißt es", the source is the document without its preposition.
    fn passive_document(&self, p: usize, clause: &Range<usize>, index: usize) -> Option<Range<usize>> {
        const PLACES_OF_WORDS: [&str; 10] = [
            "bericht",
            "berichten",
            "mitteilung",
            "erklärung",
            "stellungnahme",
            "studie",
            "konferenz",
            "interview",
            "schreiben",
            "brief",
        ];
        let tokens = self.tokens(p);
        let preposition = (clause.start..index).find(|&i| self.is_any_word(p, i, &["in", "im", "auf"]))?;
        let document = self.phrases(p).phrase_after(preposition + 1, index).filter(|d| d.start == preposition + 1)?;
        let head = document.clone().find(|&i| tokens[i].is_word() && tokens[i].upper)?;
        let word = self.text[tokens[head].span()].to_lowercase();
        PLACES_OF_WORDS.iter().any(|w| word.ends_with(w)).then_some(document)
    }

    /// True when a werden-passive's auxiliary stands within `range`.
    fn has_passive_auxiliary(&self, p: usize, range: Range<usize>) -> bool {
        range.into_iter().any(|i| self.is_any_word(p, i, &PASSIVE_INDICATIVE))
    }

    /// "Insbesondere wird kritisiert, dass …", "wie der Senator genannt
    /// wurde", "war zum Gehen aufgefordert worden": a German participle cue
    /// in a werden-passive, whose subject is what was said or whom it was
    /// said to. "X wird zitiert" is the exception: X spoke.
    fn is_werden_passive(&self, p: usize, clause: &Range<usize>, index: usize, cue: &str) -> bool {
        const PAST_PASSIVE: [&str; 3] = ["wurde", "wurden", "worden"];
        if !self.german || cue == "zitiert" {
            return false;
        }
        let after = index + 1 < clause.end;
        // "festgestellt", "kritisiert", "bestätigt", not "schreibt": a
        // present form would need the auxiliary of a clause of its own.
        let participle_shape = cue.contains("ge")
            || cue.ends_with("iert")
            || ["be", "er", "ver", "ent", "zer", "emp"].iter().any(|prefix| cue.starts_with(prefix));
        if cue.ends_with('t') && participle_shape {
            return self.has_passive_auxiliary(p, clause.start..index)
                || after && self.is_any_word(p, index + 1, &PASSIVE_INDICATIVE);
        }
        // "wird erklären" is a future; only a past auxiliary makes "-en" a
        // participle ("wurde angegeben", "angegeben worden").
        cue.ends_with("en")
            && ((clause.start..index).any(|i| self.is_any_word(p, i, &PAST_PASSIVE))
                || after && self.is_any_word(p, index + 1, &PAST_PASSIVE))
    }

    /// "The league issued a statement saying …", "sent an open letter
    /// calling …": when the phrase before an English -ing cue is a document,
    /// its issuer speaks, not the document, nor whom it went to ("sent a text
    /// message to supporters saying"). The issuer is the first phrase of the
    /// clause that can speak, else the subject of the issuing verb ("The town
    /// released a statement"), which may stand in the clauses before ("Lee,
    /// the party's director, released a statement"); a phrase can run on
    /// through the verb into the document ("All three candidates issued
    /// statements").
    fn document_issuer(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        c: usize,
        mention: Range<usize>,
    ) -> Option<Range<usize>> {
        const ISSUING: [&str; 7] = ["sent", "out", "released", "issued", "posted", "published", "unveiled"];
        let clause = clauses[c].clone();
        let phrases = self.phrases(p);
        let is_document = |i: usize| self.is_any_word(p, i, &DOCUMENTS) || self.is_any_word(p, i, &ISSUED);
        let issuing = |i: usize| self.is_any_word(p, i, &ISSUING);
        if mention.start == clause.start {
            let verb = (mention.start + 1..mention.end).find(|&i| issuing(i))?;
            let issuer = mention.start..verb;
            return (is_document(mention.end - 1) && self.can_speak(p, &issuer)).then_some(issuer);
        }
        // "sent a telegram to Zhou Lin proposing": the phrase ran on through
        // "to" into the addressee, who received the document.
        let addressed = (mention.start + 1..mention.end).find(|&i| self.is_word(p, i, "to") && is_document(i - 1));
        let mention = addressed.map_or(mention.clone(), |to| mention.start..to);
        if mention.len() > 4 {
            return None;
        }
        let noun = if !is_document(mention.end - 1) && self.is_word(p, mention.start - 1, "to") {
            phrases.phrase_before(clause.start, mention.start - 1).filter(|noun| noun.end + 1 == mention.start)?
        } else {
            mention
        };
        if noun.start <= clause.start || !is_document(noun.end - 1) {
            return None;
        }
        if let Some(issuer) = self.first_speaker(p, clause.start..noun.start) {
            // A name phrase can run on into the verb ("The Harbor League sent").
            let mut end = issuer.end;
            while end > issuer.start + 1 && issuing(end - 1) {
                end -= 1;
            }
            // "Lee and Vale issued a statement": both issue it.
            return Some(self.with_coordinated_speakers(p, issuer.start..end, noun.start));
        }
        let verb = (clause.start..noun.start).rev().take_while(|&i| issuing(i)).last()?;
        if verb == clause.start {
            return if c > 0 { self.apposition_chain(p, clauses, c) } else { None };
        }
        phrases.phrase_before(clause.start, verb).filter(|issuer| issuer.end == verb)
    }

    /// "Tom Vale has run ads calling …", "Stories have emerged describing
    /// …", "Lee opened a rally blasting …": the phrase before an English
    /// -ing cue in the middle of its clause is the object of the clause's
    /// verb (or the verb itself), not someone speaking; PolNeAR gives the
    /// participle to that verb's subject. A person or pronoun before the
    /// participle stays its speaker ("featuring voters telling …").
    fn subject_before_object(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        c: usize,
        object: Range<usize>,
        cue: usize,
    ) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let clause = clauses[c].clone();
        let phrases = self.phrases(p);
        let head = object.end - 1;
        let says_itself = self.is_any_word(p, head, &DOCUMENTS)
            || self.is_any_word(p, head, &ISSUED)
            || self.is_any_word(p, head, &WRITTEN_THINGS);
        let people = self.is_any_word(p, head, &GROUPS_OF_PEOPLE)
            || object.clone().any(|i| tokens[i].tags.has(Tags::ROLE | Tags::BODY))
            || phrases.is_poll_share(object.clone());
        // "the most pressing issues", "a more promising future": a degree
        // word makes the -ing form an adjective.
        let adjective = self.is_any_word(p, cue - 1, &["most", "more", "less", "very", "other", "so"]);
        if adjective
            || (object.end..cue).any(|i| !tokens[i].is_word() || !tokens[i].tags.has(Tags::ADVERB))
            || says_itself
            || people
            || matches!(phrases.read(object.clone()).kind, MentionKind::Person | MentionKind::Pronoun)
        {
            return None;
        }
        let is_verb = |i: usize| {
            let token = &tokens[i];
            token.is_word() && !token.upper && token.tags.has(Tags::AUXILIARY | Tags::VERB)
                || self.is_plain_word(p, i) && self.reads_as_past(p, i)
        };
        let verb = (clause.start + 1..object.end).find(|&i| is_verb(i))?;
        // "Her takeaway was his stern warning …": a noun after a form of
        // "be" is what the subject is, and may speak.
        if object.start == verb + 1 && self.is_any_word(p, verb, &["is", "are", "was", "were", "be", "been"]) {
            return None;
        }
        let subject = phrases.phrase_before(clause.start, verb).filter(|subject| subject.end == verb)?;
        let placeholder = subject.len() == 1 && self.is_any_word(p, subject.start, &["there", "what", "you", "it"]);
        (self.can_speak(p, &subject) && !placeholder).then_some(subject)
    }

    /// True when a form of "be" stands before the English participle at
    /// `index`, past adverbs: "was told", "is also expected".
    fn after_form_of_be(&self, p: usize, index: usize) -> bool {
        let tokens = self.tokens(p);
        // "was being challenged", "is not expected": the progressive and
        // the negation stand where an adverb would.
        let is_adverb = |t: &Token| {
            t.tags.has(Tags::ADVERB) && !t.upper || {
                let mut buffer = lexicon::LowercaseBuffer::default();
                let word = lexicon::lowercase(&self.text[t.span()], &mut buffer);
                word == "being" || word == "not" || word.ends_with("n't") || word.ends_with("n’t")
            }
        };
        // At most three adverbs between.
        let Some(before) = (0..index).rev().find(|&i| i + 3 < index || !is_adverb(&tokens[i])) else {
            return false;
        };
        // Not "she’s": that is as often "she has" ("who’s called for").
        self.is_any_word(p, before, &["is", "are", "was", "were", "be", "been"])
    }

    /// A German passive of a cue ("wurde vorgeworfen") whose clause is
    /// followed by a reported one: a "dass" clause, a zu-infinitive or a
    /// subjunctive.
    fn is_passive_report(&self, p: usize, clauses: &[Range<usize>], c: usize, index: usize) -> bool {
        let tokens = self.tokens(p);
        // "war vermutet worden, dass …": the pluperfect puts "worden" after
        // the participle.
        let passive = self.has_passive_auxiliary(p, clauses[c].start..index)
            || index + 1 < clauses[c].end && self.is_word(p, index + 1, "worden");
        let Some(next) = clauses.get(c + 1) else {
            return false;
        };
        let reported = tokens[next.start].tags.has(Tags::COMPLEMENTIZER)
            || next
                .clone()
                .any(|i| !tokens[i].quoted && (self.is_word(p, i, "zu") || tokens[i].tags.has(Tags::SUBJUNCTIVE)));
        passive && reported
    }

    /// "Trump …, telling Reuters that …": an English participle cue opening
    /// a clause has the sentence's subject as its speaker.
    /// "Rubio hit back, saying …", "The campaign pushed back, calling …":
    /// a clause of a subject and a verb without an object, which the phrase
    /// before a participle runs on into; the subject stops before a
    /// lowercase past tense or a verb with its particle, after two words or
    /// a capitalised one ("the alleged victim" keeps its participle).
    fn without_verb_at_end(&self, p: usize, subject: Range<usize>) -> Range<usize> {
        const PARTICLES: [&str; 5] = ["back", "down", "off", "out", "up"];
        let tokens = self.tokens(p);
        let verb = |i: usize| {
            self.is_plain_word(p, i)
                && (self.reads_as_past(p, i) || i + 1 < subject.end && self.is_any_word(p, i + 1, &PARTICLES))
                && (tokens[i - 1].upper || i >= subject.start + 2)
        };
        // The subject must still read as someone who can speak.
        (subject.start + 1..subject.end)
            .find(|&i| verb(i))
            .map(|end| subject.start..end)
            .filter(|cut| {
                matches!(
                    self.phrases(p).read(cut.clone()).kind,
                    MentionKind::Person | MentionKind::Pronoun | MentionKind::Description | MentionKind::Body
                )
            })
            .unwrap_or(subject)
    }

    /// A lowercase English word that is neither a role nor hyphenated, as
    /// a verb is.
    fn is_plain_word(&self, p: usize, i: usize) -> bool {
        let token = &self.tokens(p)[i];
        token.is_word() && !token.upper && !token.tags.has(Tags::ROLE) && !self.text[token.span()].contains('-')
    }

    /// A past tense or participle: "-ed", or an irregular past ("went").
    fn reads_as_past(&self, p: usize, i: usize) -> bool {
        let word = &self.text[self.tokens(p)[i].span()];
        word.ends_with("ed") || IRREGULAR_PAST.contains(&word)
    }

    fn participle_cue(
        &self,
        index: usize,
        clause: Range<usize>,
        clauses: &[Range<usize>],
        c: usize,
        p: usize,
        lower: &str,
    ) -> Option<Attribution> {
        let phrases = self.phrases(p);
        let first = clauses.first()?;
        let tokens = self.tokens(p);
        // "Rubio has shifted his tone, offering …": the subject that opens the
        // clause before the participle, past a conjunction or adverb.
        let before = c.checked_sub(1).map(|b| clauses[b].clone()).filter(|b| !tokens[b.start].quoted);
        let opening = before.and_then(|b| {
            let start = (b.start..b.end)
                .find(|&i| !tokens[i].tags.has(Tags::CONJUNCTION | Tags::ADVERB) || tokens[i].upper && i > b.start)?;
            let phrase = phrases.phrase_after(start, b.end)?;
            // "Tom Vale sent a letter …, saying": a lowercase last word before
            // a determiner is the clause's verb, not the name's.
            let verb_last = phrase.len() > 1
                && phrase.end < b.end
                && !tokens[phrase.end - 1].upper
                && !tokens[phrase.end - 1].tags.has(Tags::ROLE)
                && tokens[phrase.end].tags.has(Tags::DETERMINER)
                // "a democratic country that …": a relative pronoun.
                && !self.is_word(p, phrase.end, "that");
            let subject = if verb_last { phrase.start..phrase.end - 1 } else { phrase };
            // "Lee and other leaders shunned Vale, claiming …": a second
            // subject joined by "and" before the verb, which a phrase can
            // run on into ("leaders shunned Vale").
            let past_verb = |i: usize| {
                !tokens[i].upper && !tokens[i].tags.has(Tags::ROLE) && self.text[tokens[i].span()].ends_with("ed")
            };
            let second = phrases
                .phrase_after(subject.end + 1, b.end)
                .filter(|second| second.start == subject.end + 1 && self.is_word(p, subject.end, "and"))
                .map(|second| {
                    second.start..(second.start + 1..second.end).find(|&i| past_verb(i)).unwrap_or(second.end)
                })
                // "Advancing reform and enabling the body to …": a gerund joins no subject.
                .filter(|second| {
                    tokens[second.start].upper || !self.text[tokens[second.start].span()].ends_with("ing")
                });
            let subject = match second {
                Some(second)
                    if !(subject.start + 1..subject.end).any(past_verb)
                        && second.end < b.end
                        && tokens[second.end].is_word()
                        && !tokens[second.end].upper =>
                {
                    subject.start..second.end
                }
                _ => subject,
            };
            let verb_follows = subject.end < b.end && tokens[subject.end].is_word() && !tokens[subject.end].upper;
            (verb_follows && !tokens[start].tags.has(Tags::PREPOSITION)).then(|| self.without_verb_at_end(p, subject))
        });
        // "Sen. Ada Holm, R-Ore., who faces a tough race, rescinded her
        // endorsement, saying …": the name with the descriptions between it
        // and its verb, as PolNeAR marks a sentence's subject.
        let described = |subject: Range<usize>| {
            if c < 3 {
                return subject;
            }
            self.apposition_chain(p, clauses, c - 1)
                .filter(|chain| chain.start == subject.start && chain.end > subject.end)
                .unwrap_or(subject)
        };
        let subject = opening
            .or_else(|| {
                phrases.phrase_before(first.start, first.end).map(|s| described(self.without_verb_at_end(p, s)))
            })
            .or_else(|| phrases.phrase_after(first.start, first.end))
            .filter(|subject| {
                matches!(
                    phrases.read(subject.clone()).kind,
                    MentionKind::Person | MentionKind::Pronoun | MentionKind::Description | MentionKind::Body
                )
            });
        let message_from = self.message_start(p, index + 1, clause.end, lower);
        Some(Attribution {
            cue: index..index + 1,
            // Without a subject here, the speaker is the previous cue's.
            coordinated: subject.is_none(),
            mention: subject,
            region: clause.start..message_from.unwrap_or(clause.end),
            message_from,
            backward: false,
            rule: "participle-cue",
            plural: false,
            subject_first: false,
            verb: true,
            speech_act: false,
            clausal: message_from.is_some() || c + 1 < clauses.len(),
        })
    }
}
