//! The attribution rules: for each sentence, find a cue and its speaker, and
//! the message they attribute — quotations, a reported clause, or the
//! sentences a backward-pointing cue ("Dies erklärte …") refers to.
//!
//! Each statement records the rule that produced it, so that `extract
//! --format text` can show why a statement was attributed as it was.
//!
//! `Rules::sentence` here runs the rules of one sentence; they live in
//! files by what they look for: `cue` (the word that attributes), `source`
//! (sources without a verb: "laut", "nach", "according to"), `subject` (the
//! speaker's phrase), `report` and `message` (what a cue attributes),
//! `quotation`, `continuation` (Konjunktiv sentences without a cue),
//! `statement` (a finding made into a statement), `persons` (the people an
//! article names) and `headline`.

#![allow(clippy::single_range_in_vec_init, reason = "a message is a list of byte spans, most often of one")]

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::ops::Range;

use super::Kind;
use super::lexicon::{self, Tags};
use super::mention::{MentionKind, Phrases};
use super::segment::{Quotation, Segments, Sentence, Token, TokenKind};

mod continuation;
mod cue;
mod headline;
mod message;
mod persons;
mod quotation;
mod report;
mod source;
mod statement;
mod subject;
#[cfg(test)]
mod tests;

use cue::KeyWords;
pub use headline::headline;
use message::WholeSentence;
pub(crate) use persons::isch_stem;
pub use persons::{PersonMention, person_mentions};
pub(super) use statement::nominative;
use statement::raw_mention;

/// A speaker mention as found, before it is resolved against the article.
#[derive(Debug, Clone)]
pub struct RawMention {
    pub span: Range<usize>,
    pub kind: MentionKind,
    pub name: Option<String>,
    pub role: Option<String>,
    pub possessor: Option<String>,
    pub head: Option<String>,
    /// The whole mention without a leading determiner.
    pub bare: String,
    /// The cue is in the plural ("sagten"), so "sie" means "they".
    pub plural: bool,
    /// A German "Sie" addressing a listener the text does not name: no one
    /// the article names.
    pub addressee: bool,
    /// A German "Sie" opening its sentence before a plural verb ("Sie
    /// haben gesagt"): "they" in an article, the listener in a debate.
    pub may_address: bool,
}

/// A statement as found, before its speaker is resolved.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: Kind,
    pub spans: Vec<Range<usize>>,
    pub cue: Option<Range<usize>>,
    pub mention: Option<RawMention>,
    pub rule: &'static str,
    /// The speaker is the previous statement's.
    pub inherits: bool,
    /// The speaker is named without pointing at the mention, which another
    /// statement holds.
    pub hides_mention: bool,
    pub paragraph: usize,
    /// The last sentence the statement takes in.
    pub sentence: usize,
}

/// A cue and its speaker, found in one sentence.
#[derive(Clone)]
struct Attribution {
    cue: Range<usize>,
    /// Mention tokens.
    mention: Option<Range<usize>>,
    /// Tokens that belong to the attribution and not to the message.
    region: Range<usize>,
    /// For a cue whose message follows in the same clause: where it starts.
    message_from: Option<usize>,
    /// "Dies erklärte X": the message is in the sentences before.
    backward: bool,
    rule: &'static str,
    plural: bool,
    /// A verb cue with its subject before it ("Er sagte, …"): in German the
    /// message then follows the cue's clause.
    subject_first: bool,
    /// A verb cue, whose object may be the message of a reported speech act
    /// ("Die Polizei sprach von einem Unfall").
    verb: bool,
    /// A verb whose object is what was said: "sprach von einem Erfolg".
    speech_act: bool,
    /// A verb cue whose message is a clause: it ends its own clause, or a
    /// complementizer follows it ("sagte, …", "erklärte, dass …").
    clausal: bool,
    /// A verb joined to an earlier one, sharing its subject ("… und fügte
    /// hinzu"); it has no mention of its own.
    coordinated: bool,
}

impl Attribution {
    /// A source named without a verb of its own: the message is the rest of
    /// the sentence, on both sides.
    fn source(
        cue: Range<usize>,
        mention: Option<Range<usize>>,
        region: Range<usize>,
        rule: &'static str,
    ) -> Attribution {
        Attribution {
            cue,
            mention,
            region,
            message_from: None,
            backward: false,
            rule,
            plural: false,
            subject_first: false,
            verb: false,
            speech_act: false,
            clausal: true,
            coordinated: false,
        }
    }
}

/// Runs the rules over a segmented body.
pub struct Rules<'a> {
    pub text: &'a str,
    pub segments: &'a Segments,
    pub german: bool,
    register: Register,
    pub found: Vec<Found>,
    /// Short quoted phrases, added after the other statements.
    phrases: Vec<Found>,
    /// The persons the article names ([`person_mentions`]), read once per
    /// article for the rules and the resolver alike.
    persons: &'a [PersonMention],
    /// The clauses of the sentence being processed, split once: its rules
    /// asked for them 1.7 times a sentence.
    sentence_clauses: SentenceClauses,
}

/// The clauses of the tokens `tokens` of paragraph `paragraph`, split when first asked for.
#[derive(Default)]
struct SentenceClauses {
    paragraph: usize,
    tokens: Range<usize>,
    clauses: OnceCell<Vec<Range<usize>>>,
    /// The previous sentence's vector, emptied, for these clauses: a
    /// vector allocated and freed for every sentence cost some 5 M
    /// instructions on the speeches.
    spare: Cell<Vec<Range<usize>>>,
}

/// Endings of German adjectives, which start capitalised runs that are no
/// person's name.
const ADJECTIVE_NAME_ENDINGS: [&str; 9] =
    ["sche", "schen", "scher", "liche", "lichen", "licher", "alen", "ale", "aler"];

/// Words that open the question after an English "asked" ("asked whether
/// …", "asked about the vote").
const QUESTION_OPENERS: [&str; 11] =
    ["whether", "if", "what", "why", "how", "who", "whom", "which", "where", "about", "to"];

/// English relative pronouns that can stand for what a relative clause's
/// subject says ("the bridge, which he said would bring jobs").
const OBJECT_RELATIVES: [&str; 3] = ["which", "who", "whom"];

/// The fused relative "what" and the "how" of a manner clause, which stand
/// for what their clause's subject says as [`OBJECT_RELATIVES`] do ("what
/// Lee called a tax", "how Lee explained the delay"), but only with a
/// message after the cue: "inconsistent with what Lee said." reports nothing.
const FUSED_RELATIVES: [&str; 2] = ["what", "how"];

/// The longest English apposition after a speaker's name, in tokens.
const APPOSITION_WORDS: usize = 30;

/// What a speaker issues, sends or releases, which then says something
/// for them ("issued a statement saying …").
const DOCUMENTS: [&str; 10] =
    ["statement", "statements", "letter", "letters", "email", "emails", "ad", "ads", "memo", "release"];

/// Quotations with fewer words than this, inside a sentence, are fragments
/// of the sentence's message rather than statements of their own.
const FRAGMENT_WORDS: usize = 4;

/// Whether a cue verb (lowercased) is in the plural, so that "sie" means
/// "they": "sagten"; German verbs in -ern and -eln drop the e of their
/// plural: "fordern", "handeln".
fn is_plural_verb(lower: &str, german: bool) -> bool {
    lower.ends_with("en") || (german && (lower.ends_with("ern") || lower.ends_with("eln")))
}

/// Whether a text is written about its speakers or spoken by them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Register {
    /// News articles: every statement is someone else's.
    Written,
    /// Speeches and transcripts: the text is its speakers' own words, so its
    /// conditionals and plans are theirs, not reports.
    Spoken,
}

impl<'a> Rules<'a> {
    pub fn run(
        register: Register,
        text: &'a str,
        segments: &'a Segments,
        german: bool,
        persons: &'a [PersonMention],
    ) -> Vec<Found> {
        let mut rules = Rules {
            text,
            segments,
            german,
            register,
            found: Vec::new(),
            phrases: Vec::new(),
            persons,
            sentence_clauses: SentenceClauses::default(),
        };
        let mut colon: Option<Found> = None;
        let mut turn_paragraph: Option<usize> = None;
        for index in 0..segments.sentences.len() {
            let p = segments.sentences[index].paragraph;
            if turn_paragraph == Some(p) {
                continue;
            }
            if let Some(turn) = rules.transcript_turn(index) {
                // The whole paragraph is the turn.
                rules.found.push(turn);
                turn_paragraph = Some(p);
                colon = None;
                continue;
            }
            colon = rules.sentence(index, colon.take());
            let sentence = &segments.sentences[index];
            let key_words = if german { KeyWords::default() } else { rules.key_words(sentence) };
            if key_words.asked {
                // Kept apart like trailing sources: the question sits inside
                // the sentence's other statement or beside it.
                // One reading of each "asked": "Varga said …, when asked
                // whether …" puts the question to the subject, whose own
                // statement it is not; "Varga, in her memoirs, asked
                // whether …" is the subject's question.
                let (put_to_subject, asked_by_subject): (Vec<Found>, Vec<Found>) =
                    rules.asked_questions(index).into_iter().partition(|q| rules.is_put_to_subject(index, q));
                rules.found.retain(|f| f.sentence < index || !put_to_subject.iter().any(|q| q.cue == f.cue));
                let read_already =
                    |q: &Found| rules.found.iter().rev().take_while(|f| f.sentence >= index).any(|f| f.cue == q.cue);
                let asked_by_subject: Vec<Found> = asked_by_subject.into_iter().filter(|q| !read_already(q)).collect();
                rules.phrases.extend(put_to_subject);
                rules.phrases.extend(asked_by_subject);
            }
            if let Some(cue) = key_words.seeming
                && let Some(seeming) = rules.seeming_statement(sentence, index, cue)
            {
                // Kept apart like quoted phrases: it has no speaker for a
                // later quotation to inherit.
                rules.phrases.push(seeming);
            }
            if let Some(cue) = key_words.reportedly
                && let Some(reported) = rules.reportedly_statement(sentence, index, cue)
            {
                rules.phrases.push(reported);
            }
            if !german && let Some(source) = rules.trailing_source(index) {
                // Kept apart like quoted phrases: it nests the sentence's
                // other statement, and must not end the runs that extend it.
                rules.phrases.push(source);
            }
        }
        rules.found.append(&mut rules.phrases);
        rules.found
    }

    /// "“…,” Obama said, according to a pool report.": an English source
    /// after a sentence already attributed is a statement of its own, whose
    /// message is the rest of the sentence.
    fn trailing_source(&self, index: usize) -> Option<Found> {
        let found_here = || self.found.iter().rev().take_while(|f| f.sentence >= index);
        if !found_here().any(|f| f.sentence == index && f.mention.is_some())
            || found_here().any(|f| f.rule == "source-preposition")
        {
            return None;
        }
        let sentence = &self.segments.sentences[index];
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        if !tokens[sentence.tokens.clone()].iter().any(|t| t.tags.has(Tags::SOURCE_PREP)) {
            return None;
        }
        let clauses = self.clauses(p, sentence.tokens.clone());
        let last = clauses.last().filter(|_| clauses.len() > 1)?;
        if tokens[last.start].quoted
            || !self.is_word(p, last.start, "according")
            || !self.is_word(p, last.start + 1, "to")
        {
            return None;
        }
        let mention = self.phrases(p).phrase_after(last.start + 2, last.end)?;
        let mention = mention.start..self.source_end(p, mention.end, last.end);
        let message = self.trimmed_span(p, sentence.tokens.start..last.start);
        let quoted = tokens[sentence.tokens.start..last.start].iter().any(|t| t.quoted);
        let kind = if quoted { Kind::Direct } else { Kind::Indirect };
        let source = Attribution::source(
            last.start..last.start + 2,
            Some(mention.clone()),
            last.start..mention.end,
            "source-preposition",
        );
        let found = self.found_from(kind, vec![message], &source, p, index);
        Some(Found { rule: "trailing-source", ..found })
    }

    /// "Asked whether the pier would reopen, Varga said …", "…, she said
    /// when asked about the vote": a question put to the speaker is a
    /// statement of PolNeAR's own, cued by "asked", its message the question
    /// up to the clause's end, its speaker whoever asked ("asked by a
    /// reporter whether …"), mostly no one. Called for the sentences that
    /// hold the word ([`KeyWords`]): most ask nothing, and are not split
    /// into clauses for it.
    fn asked_questions(&self, index: usize) -> Vec<Found> {
        let sentence = &self.segments.sentences[index];
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let mut found = Vec::new();
        for clause in self.clauses(p, sentence.tokens.clone()).iter() {
            // "Asked …" opening its clause, or "when asked" anywhere in it.
            let Some(cue) = clause.clone().find(|&i| {
                self.is_word(p, i, lexicon::ASKED)
                    && !tokens[i].quoted
                    && (i == clause.start || i > clause.start && self.is_word(p, i - 1, "when"))
                    && (!tokens[i].upper || i == sentence.tokens.start || self.is_word(p, i - 1, "when"))
            }) else {
                continue;
            };
            let mut from = cue + 1;
            let mut mention = None;
            if self.is_word(p, from, "by")
                && let Some(asker) = phrases.phrase_after(from + 1, clause.end)
            {
                from = asker.end;
                mention = Some(asker);
            }
            // "Asked on Monday whether …", "asked specifically what …": a few
            // adjunct words before the question.
            let Some(opener) = (from..clause.end.min(from + 5)).find(|&i| self.is_any_word(p, i, &QUESTION_OPENERS))
            else {
                continue;
            };
            // "when asked to do so by police" asks for a deed, no answer.
            if self.is_word(p, opener, "to") && cue > clause.start {
                continue;
            }
            // "asked about the vote": the topic is the message, without "about".
            let start = if self.is_word(p, opener, "about") { opener + 1 } else { opener };
            let message = self.trimmed_span(p, start..clause.end);
            if message.is_empty() || tokens[start..clause.end].iter().any(|t| t.quoted) {
                continue;
            }
            let attribution = Attribution::source(cue..cue + 1, mention, clause.start..start, "asked-question");
            found.push(self.found_from(Kind::Indirect, vec![message], &attribution, p, index));
        }
        found
    }

    /// True when a question's "asked" opens its sentence ("Asked whether
    /// …, Varga said") or follows "when" ("…, Varga said when asked …"):
    /// asked of the sentence's subject. After a comma alone ("Varga, in
    /// her memoirs, asked …") the subject asks.
    fn is_put_to_subject(&self, index: usize, question: &Found) -> bool {
        let sentence = &self.segments.sentences[index];
        let tokens = self.tokens(sentence.paragraph);
        let Some(cue) =
            question.cue.as_ref().and_then(|cue| sentence.tokens.clone().find(|&i| tokens[i].start == cue.start))
        else {
            return false;
        };
        cue == sentence.tokens.start || self.is_word(sentence.paragraph, cue - 1, "when")
    }

    fn phrases(&self, paragraph: usize) -> Phrases<'a> {
        Phrases { text: self.text, tokens: &self.segments.paragraphs[paragraph].tokens, german: self.german }
    }

    fn tokens(&self, paragraph: usize) -> &'a [Token] {
        &self.segments.paragraphs[paragraph].tokens
    }

    /// Processes one sentence; returns the attribution of a sentence ending
    /// in a colon, for the quotation that follows it.
    fn sentence(&mut self, index: usize, colon: Option<Found>) -> Option<Found> {
        let sentence = &self.segments.sentences[index];
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let range = sentence.tokens.clone();
        let spare = self.sentence_clauses.clauses.take().unwrap_or_else(|| self.sentence_clauses.spare.take());
        self.sentence_clauses =
            SentenceClauses { paragraph: p, tokens: range.clone(), clauses: OnceCell::new(), spare: Cell::new(spare) };
        let quotations: Vec<usize> = self
            .segments
            .quotations
            .iter()
            .enumerate()
            .filter(|(_, q)| q.paragraph == p && q.tokens.start >= range.start && q.tokens.end <= range.end)
            .map(|(i, _)| i)
            .collect();
        let big: Vec<usize> =
            quotations.iter().copied().filter(|&q| self.is_statement_quotation(q, sentence)).collect();
        let attribution = self.attribution(sentence);
        if !self.german
            && let Some(relative) = attribution.as_ref().and_then(|main| self.relative_statement(sentence, index, main))
        {
            self.found.push(relative);
        }
        if !self.german
            && let Some(concession) = self.concession_statement(sentence, index)
        {
            self.found.push(concession);
        }
        let ends_in_colon = range.end > range.start && tokens[range.end - 1].is_punct(':');

        if !big.is_empty() {
            let mut spans: Vec<Range<usize>> = big.iter().map(|&q| self.segments.quotations[q].span.clone()).collect();
            let first = &self.segments.quotations[big[0]];
            if first.continued && self.continue_quotation(&spans) {
                return None;
            }
            let dashed = self.dash_attributions(&big, sentence, index);
            if !dashed.is_empty() {
                self.found.extend(dashed);
                return None;
            }
            let mut resuming = None;
            if let Some(participle) = attribution.as_ref().and_then(|a| self.participle_after_quote(sentence, a, index))
            {
                // '"…," he said, adding that "…"': a quotation in the
                // participle's message is that statement's, not the first's.
                let participle_start = participle.spans.first().map_or(usize::MAX, |span| span.start);
                spans.retain(|span| span.end <= participle_start);
                if self.participle_resumes(&participle) {
                    resuming = Some(participle);
                } else {
                    // Kept apart like quoted phrases, so that the quotation
                    // stays the last statement that a run-on quotation extends.
                    self.phrases.push(participle);
                }
            }
            // "Es drohe „…“": the expletive names no one, and the quotation is
            // the previous speaker's.
            let expletive = |frame: &Attribution| {
                self.german && frame.mention.as_ref().is_some_and(|m| m.len() == 1 && self.is_word(p, m.start, "es"))
            };
            let cued = attribution.is_some();
            let attribution = attribution
                .or_else(|| {
                    self.quote_frame(sentence).filter(|frame| !expletive(frame) && self.frames_quotation(index, frame))
                })
                .or_else(|| self.subject_after_fronted(sentence));
            let enclosing = if self.german && colon.is_none() {
                self.enclosing_clause(sentence, attribution.as_ref(), cued, &big)
            } else {
                None
            };
            let found = match (attribution, colon) {
                (Some(a), _) if !self.german && self.quotes_in_reported_clause(&big, &a) => {
                    // "Trump says voting fraud is “a big, big problem”":
                    // PolNeAR's content is the whole reported clause, up to
                    // the next cue of the sentence.
                    let (a, part) = self.push_leading_statements(sentence, a, &spans, index);
                    let part_start = tokens[part.tokens.start].start;
                    spans.retain(|q| q.end > part_start);
                    let clause = self.message(&part, &a);
                    let last_quote = spans.last().map_or(0, |q| q.end);
                    let kind = if spans.is_empty() { Kind::Indirect } else { Kind::Direct };
                    let mut clause_spans = if clause.is_empty() { spans } else { clause };
                    if let Some(last) = clause_spans.last_mut() {
                        last.end = last.end.max(last_quote);
                    }
                    self.found_from(kind, clause_spans, &a, p, index)
                }
                (Some(a), _) => {
                    if self.german
                        && let Some(lead) = self.quotation_lead(p, &a, first.tokens.start)
                        && let Some(opening) = spans.first_mut()
                    {
                        opening.start = lead;
                    }
                    self.found_from(Kind::Direct, spans, &a, p, index)
                }
                (None, Some(intro)) => {
                    Found { kind: Kind::Direct, spans, rule: "colon-introduction", sentence: index, ..intro }
                }
                (None, None)
                    if !self.german
                        && (self.continues_direct(p, index) || self.resumes_next_paragraph(p, index, &spans)) =>
                {
                    // '"…," he said. "…"': English annotates a quotation
                    // resumed in the next sentence as one statement.
                    if let Some(last) = self.found.last_mut() {
                        last.spans.extend(spans);
                        last.sentence = index;
                        last.paragraph = p;
                        last.kind = Kind::Direct;
                    }
                    return None;
                }
                (None, None) => self.previous_speaker(spans, p, index),
            };
            // "Die Rothemden der „United Front for Democracy“ …": after an
            // article, a quotation no one is said to speak is a name or a
            // title; the gold left three in four such out on train.
            let named = self.german
                && found.rule == "previous-speaker"
                && first.tokens.start > 0
                && tokens[first.tokens.start - 1].tags.has(Tags::DETERMINER);
            if named && enclosing.is_none() {
                return None;
            }
            let mut found = found;
            if let Some(clause) = enclosing {
                // The quotation is reported inside the clause, not quoted as
                // a statement of its own.
                found.spans = clause;
                found.kind = if cued { Kind::Indirect } else { Kind::FreeIndirect };
                if !cued {
                    // "Sie seien „…“": the subject is what the report is
                    // about; the speaker is the one before, as for any
                    // sentence in reported speech without a cue.
                    found = Found {
                        cue: None,
                        mention: None,
                        rule: "subjunctive-continuation",
                        inherits: self.recent_statement(p),
                        ..found
                    };
                }
            }
            if self.german
                && found.spans.first().is_some_and(|span| span.start == first.span.start)
                && let Some(lead) = self.reported_lead(p, &found, range.start, first.tokens.start)
            {
                found.spans[0].start = lead;
            }
            let last = &self.segments.quotations[big[big.len() - 1]];
            let led = found.spans.first().is_some_and(|span| span.start < first.span.start);
            if led
                && found.spans.last().is_some_and(|span| span.end == last.span.end)
                && let Some(end) = self.reported_tail(p, last.tokens.end, range.end)
                && let Some(span) = found.spans.last_mut()
            {
                span.end = end;
            }
            self.found.push(found);
            // After the quotation, so that a quotation resumed in the next
            // sentence extends the participle's statement.
            self.found.extend(resuming);
            return None;
        }

        // Inside a reported clause the gold nests a quoted phrase, where it
        // would only score as an extra.
        let nested = attribution.as_ref().is_some_and(|a| a.clausal && !a.speech_act);
        let phrases: Vec<Range<usize>> = quotations
            .iter()
            .filter(|&&q| !nested && self.is_quoted_phrase(q))
            .map(|&q| self.segments.quotations[q].span.clone())
            .collect();
        if !phrases.is_empty() {
            // The phrase is said by whoever the sentence attributes it to; a
            // statement around it keeps it too, as the gold nests it there.
            let speaker =
                attribution.clone().or_else(|| self.quote_frame(sentence).filter(|f| self.frames_quotation(index, f)));
            for phrase in phrases {
                let found = match &speaker {
                    Some(a) => self.found_from(Kind::Direct, vec![phrase], a, p, index),
                    None => self.previous_speaker(vec![phrase], p, index),
                };
                // Kept apart so that they do not break the runs of statements
                // that continuations and run-on quotations extend.
                // A phrase whose speaker only the sentence's frame or the
                // statement before names is nested in a statement that holds
                // the mention; one with its own cue may be alone in its
                // sentence ("X nannte den Plan einen „teuren Irrtum“").
                let hides_mention = attribution.is_none();
                self.phrases.push(Found { rule: "quoted-phrase", hides_mention, ..found });
            }
        }
        let Some(attribution) = attribution else {
            if ends_in_colon && let Some(frame) = self.quote_frame(sentence) {
                // "Sie äußerte sich mit den Worten:" — the quotation comes next.
                return Some(self.found_from(Kind::Direct, Vec::new(), &frame, p, index));
            }
            if self.is_free_indirect(sentence) {
                let span = self.trimmed_span(p, self.reported_part(p, range.clone()));
                if let Some(frame) = self.narrator_frame(p, range.clone()) {
                    // "Die Kommission hatte den Standpunkt vertreten, das
                    // Gericht sei …": the clause left out names who said it.
                    let found = self.found_from(Kind::FreeIndirect, vec![span], &frame, p, index);
                    self.found.push(Found { rule: "subjunctive-continuation", ..found });
                    return None;
                }
                let mood_changes = self.changes_mood(index);
                if let Some(last) = self.found.last_mut()
                    && last.kind == Kind::FreeIndirect
                    && last.paragraph == p
                    && last.sentence + 1 == index
                    && !mood_changes
                    && let Some(previous) = last.spans.last_mut()
                {
                    // A run of reported sentences is one statement.
                    previous.end = span.end;
                    last.sentence = index;
                    return None;
                }
                if let Some(frame) = self.subject_between(index) {
                    // "Karl Roth, Chef der Werft, verteidigte den Plan. So
                    // seien …": a sentence with a speaker came between, and
                    // the Konjunktiv reports what that one said.
                    let found = self.found_from(Kind::FreeIndirect, vec![span], &frame, p, index);
                    self.found.push(Found { rule: "subjunctive-report", ..found });
                    return None;
                }
                if self.is_plan_after_gap(sentence, index) {
                    return None;
                }
                self.found.push(Found {
                    kind: Kind::FreeIndirect,
                    spans: vec![span],
                    cue: None,
                    mention: None,
                    rule: "subjunctive-continuation",
                    inherits: true,
                    hides_mention: false,
                    paragraph: p,
                    sentence: index,
                });
            } else if let Some(source) = self.unanchored_report(index) {
                // "Der Innenminister definierte das Ziel. Es gehe nicht darum, …":
                // Konjunktiv I reports what the subject before said.
                let span = self.trimmed_span(p, self.reported_part(p, range.clone()));
                let found = self.found_from(Kind::FreeIndirect, vec![span], &source, p, index);
                // The subject before is too often not the source to name it.
                let named = self.can_speak_strictly(p, &source);
                self.found.push(Found {
                    rule: "subjunctive-report",
                    paragraph: p,
                    mention: found.mention.filter(|_| named),
                    ..found
                });
            } else if let Some(clause) = self.complement_clause(sentence, index) {
                self.found.push(clause);
            } else if let Some(clause) = self.infinitive_clause(sentence, index) {
                self.found.push(clause);
            }
            return None;
        };
        if ends_in_colon && attribution.region.end + 1 >= range.end {
            // "Lawrows Vize bemängelte:" — the quotation comes next.
            return Some(self.found_from(Kind::Direct, Vec::new(), &attribution, p, index));
        }
        if attribution.backward {
            let mut spans = self.sentences_before(index);
            if !spans.is_empty() {
                // "… Dies bestätigte die Polizei.": the gold marks the word
                // that points back as part of the message it stands for.
                let anaphor = &tokens[attribution.region.start.min(range.start)..attribution.cue.start];
                if let Some(word) = anaphor.iter().find(|t| t.is_word() && t.tags.has(Tags::ANAPHOR)) {
                    spans.push(word.span());
                }
                let found = self.found_from(Kind::Indirect, spans, &attribution, p, index);
                self.found.push(found);
            }
            return None;
        }
        // "X conceded that …, but implied that …": each cue of the sentence
        // takes the part up to the next one.
        let mut part = sentence.clone();
        let mut current = attribution;
        loop {
            let next = self.next_attribution(&part, &current);
            let this = match &next {
                Some((split, _)) => Sentence { paragraph: p, tokens: part.tokens.start..*split },
                None => part.clone(),
            };
            let (spans, whole) = self.message_and_why(&this, &current);
            if !spans.is_empty() {
                let mut found = self.found_from(Kind::Indirect, spans, &current, p, index);
                if self.german
                    && found.spans == [self.trimmed_span(p, this.tokens.clone())]
                    && current.verb
                    && current.rule != "passive-speech-act"
                {
                    // Named apart so that the filter weighs the sentences
                    // taken whole for a relative clause on their own.
                    let relative = whole == Some(WholeSentence::RelativeOnObject);
                    found.rule = if relative { "speech-act-relative" } else { "speech-act" };
                }
                self.found.push(found);
            }
            // The loop ends, with no colon introduction, after the last cue.
            let (split, following) = next?;
            part = Sentence { paragraph: p, tokens: split..part.tokens.end };
            current = following;
        }
    }

    /// "Carson endorsed Trump, calling him “…”": in a sentence whose
    /// quotations are reported, each cue before the last takes the part up to
    /// the next one, as in a sentence without them. Pushes their statements;
    /// returns the last cue and its part of the sentence.
    fn push_leading_statements(
        &mut self,
        sentence: &Sentence,
        first: Attribution,
        quotations: &[Range<usize>],
        index: usize,
    ) -> (Attribution, Sentence) {
        let p = sentence.paragraph;
        let mut part = sentence.clone();
        let mut current = first;
        while let Some((split, next)) = self.next_attribution(&part, &current) {
            let this = Sentence { paragraph: p, tokens: part.tokens.start..split };
            let message = self.message(&this, &current);
            if !message.is_empty() {
                let quoted = message.iter().any(|m| quotations.iter().any(|q| q.start < m.end && m.start < q.end));
                let kind = if quoted { Kind::Direct } else { Kind::Indirect };
                let found = self.found_from(kind, message, &current, p, index);
                self.found.push(found);
            }
            part = Sentence { paragraph: p, tokens: split..part.tokens.end };
            current = next;
        }
        (current, part)
    }

    /// The byte span of a token range without punctuation at its ends.
    fn trimmed_span(&self, p: usize, range: Range<usize>) -> Range<usize> {
        let tokens = self.tokens(p);
        let mut start = range.start;
        let mut end = range.end;
        while start < end && tokens[start].kind == TokenKind::Punct {
            start += 1;
        }
        while end > start && tokens[end - 1].kind == TokenKind::Punct && !tokens[end - 1].is_punct(')') {
            end -= 1;
        }
        if start == end {
            return tokens[range.start].start..tokens[range.start].start;
        }
        tokens[start].start..tokens[end - 1].end
    }

    /// [`split_clauses`](Self::split_clauses), split once for the sentence being processed.
    fn clauses(&self, p: usize, range: Range<usize>) -> Cow<'_, [Range<usize>]> {
        let cached = &self.sentence_clauses;
        if cached.paragraph != p || cached.tokens != range {
            return Cow::Owned(self.split_clauses(p, range));
        }
        Cow::Borrowed(cached.clauses.get_or_init(|| {
            let mut clauses = cached.spare.take();
            self.split_clauses_into(p, range, &mut clauses);
            clauses
        }))
    }

    /// Clause boundaries: unquoted commas, semicolons, colons and dashes
    /// outside parentheses, and quotations.
    fn split_clauses(&self, p: usize, range: Range<usize>) -> Vec<Range<usize>> {
        // A sentence has a clause or a few: allocated at once, as the first
        // push would, without growing the vector through `grow_one`.
        let mut clauses = Vec::with_capacity(4);
        self.split_clauses_into(p, range, &mut clauses);
        clauses
    }

    /// [`split_clauses`](Self::split_clauses) into `clauses`, emptied first.
    fn split_clauses_into(&self, p: usize, range: Range<usize>, clauses: &mut Vec<Range<usize>>) {
        let paragraph = &self.segments.paragraphs[p];
        let tokens = &paragraph.tokens[..];
        clauses.clear();
        let mut start = range.start;
        let mut depth = 0usize;
        let mut from = range.start;
        let delimiter = |token: &Token| {
            token.kind == TokenKind::Punct && matches!(token.first, '(' | ')' | ',' | ';' | ':' | '–' | '—')
        };
        // Without quotation marks no token of the paragraph is quoted, and
        // only the tokens other than words that the tokenizer listed can
        // end a clause.
        let unquoted = paragraph.quote_marks.is_empty();
        let first_listed = if unquoted { paragraph.non_words.partition_point(|&i| i < range.start) } else { 0 };
        let mut listed = paragraph.non_words[first_listed..].iter().copied();
        while from < range.end {
            let next = if unquoted {
                listed.find(|&index| index >= range.end || delimiter(&tokens[index])).filter(|&index| index < range.end)
            } else {
                // Most tokens are words or marks other than those below, inside
                // or outside a quotation that goes on after them: they neither
                // open nor end a clause, and are passed over in one search (a
                // round of the loop each was 20 instructions a token).
                let after = &tokens[from + 1..];
                let inside = |(k, token): (usize, &Token)| {
                    !delimiter(token) && after.get(k).is_some_and(|t| t.quoted) == token.quoted
                };
                tokens[from..range.end].iter().enumerate().position(|pair| !inside(pair)).map(|skipped| from + skipped)
            };
            let Some(index) = next else {
                break;
            };
            debug_assert!(index >= from);
            from = index + 1;
            let token = &tokens[index];
            if token.is_punct('(') {
                depth += 1;
            } else if token.is_punct(')') {
                depth = depth.saturating_sub(1);
            }
            let mark =
                depth == 0 && token.kind == TokenKind::Punct && matches!(token.first, ',' | ';' | ':' | '–' | '—');
            // "10:05 Uhr", "3,5 Prozent": a mark inside a number is no boundary.
            let in_number = |index: usize| {
                index > range.start
                    && index + 1 < range.end
                    && tokens[index - 1].end == token.start
                    && tokens[index + 1].start == token.end
                    && tokens[index - 1].first.is_ascii_digit()
                    && tokens[index + 1].first.is_ascii_digit()
            };
            // 'This is a "raw time," said Axelrod': English puts the comma
            // that ends a clause inside the quotation closing it.
            // The clause keeps its closing quotation mark.
            let closing_end = (mark && !self.german && token.quoted && token.first == ',')
                .then(|| {
                    let mut next = index + 1;
                    while next < range.end && tokens[next].kind == TokenKind::QuoteMark {
                        next += 1;
                    }
                    next
                })
                .filter(|&next| next > index + 1 && next < range.end && !tokens[next].quoted);
            let boundary = mark && (!token.quoted || closing_end.is_some()) && !in_number(index);
            let quote_edge = token.quoted != tokens.get(index + 1).is_some_and(|t| t.quoted)
                && index + 1 < range.end
                && Self::quoted_run_words(tokens, index) >= FRAGMENT_WORDS;
            if boundary {
                let (end, next) = closing_end.map_or((index, index + 1), |after| (after, after));
                if index > start {
                    clauses.push(start..end);
                }
                start = next;
            } else if quote_edge && index + 1 > start {
                clauses.push(start..index + 1);
                start = index + 1;
            }
        }
        if range.end > start {
            clauses.push(start..range.end);
        }
    }

    /// The end of a clause without its trailing punctuation.
    fn trimmed_end(&self, p: usize, clause: Range<usize>) -> usize {
        let tokens = self.tokens(p);
        let mut end = clause.end;
        while end > clause.start && tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        end
    }

    /// The sentence that holds token `index` of paragraph `p`: sentences
    /// are in text order, so it is found by halving.
    fn sentence_of(&self, p: usize, index: usize) -> Option<usize> {
        let sentences = &self.segments.sentences;
        let after = sentences.partition_point(|s| (s.paragraph, s.tokens.start) <= (p, index));
        let sentence = after.checked_sub(1)?;
        debug_assert!(sentences[sentence].paragraph != p || sentences[sentence].tokens.start <= index);
        (sentences[sentence].paragraph == p && sentences[sentence].tokens.contains(&index)).then_some(sentence)
    }

    /// True when the word at `index` is one of `words`, as `Phrases::is_any`.
    fn is_any_word(&self, p: usize, index: usize, words: &[&str]) -> bool {
        self.phrases(p).is_any(index, words)
    }

    fn is_word(&self, p: usize, index: usize, word: &str) -> bool {
        // As `Phrases::is_any`: most words differ in length.
        self.tokens(p).get(index).is_some_and(|t| {
            t.is_word() && t.end - t.start == word.len() && self.text[t.span()].eq_ignore_ascii_case(word)
        })
    }

    /// A separable verb's particle right before it, as verb-final clauses
    /// put it: "bekannt gab".
    fn particle_before(&self, p: usize, index: usize, lower: &str) -> bool {
        let particles = super::lexicon::Lexicon::for_language(if self.german { "de" } else { "en" }).particles(lower);
        index > 0 && particles.iter().any(|particle| self.is_word(p, index - 1, particle))
    }

    /// A separable verb's particle later in its clause: "teilte … mit".
    fn has_particle(&self, p: usize, index: usize, clause: Range<usize>, lower: &str) -> bool {
        let particles = super::lexicon::Lexicon::for_language(if self.german { "de" } else { "en" }).particles(lower);
        let tokens = self.tokens(p);
        let matches =
            |i: usize, word: &str| tokens[i].is_word() && self.text[tokens[i].span()].eq_ignore_ascii_case(word);
        // The particle closes the clause ("teilte am Montag mit, dass …"), so
        // "teilte das Zimmer mit seinem Bruder" does not count; it may be two
        // words: "geht … davon aus".
        let mut last = clause.end;
        while last > index + 1 && tokens[last - 1].kind == TokenKind::Punct {
            last -= 1;
        }
        let i = last - 1;
        // A verb-final clause puts the particle right before the verb: "wie
        // der Verband bekannt gab".
        let joined = i == index && index > clause.start && self.particle_before(p, index, lower);
        joined
            || i > index
                && particles.iter().any(|particle| match particle.split_once(' ') {
                    Some((first, second)) => i > index + 1 && matches(i - 1, first) && matches(i, second),
                    None => matches(i, particle),
                })
    }

    /// A quotation without a cue of its own in sentence `index`: it takes the
    /// speaker of the statement before when that one is recent.
    fn previous_speaker(&self, spans: Vec<Range<usize>>, p: usize, index: usize) -> Found {
        Found {
            kind: Kind::Direct,
            spans,
            cue: None,
            mention: None,
            rule: "previous-speaker",
            inherits: self.recent_statement(p),
            hides_mention: false,
            paragraph: p,
            sentence: index,
        }
    }

    /// The sentences of this paragraph before sentence `index` that no
    /// statement has taken yet: what "Dies erklärte X" refers to.
    fn sentences_before(&self, index: usize) -> Vec<Range<usize>> {
        let p = self.segments.sentences[index].paragraph;
        let taken_until =
            self.found.last().filter(|f| f.paragraph == p).and_then(|f| f.spans.last().map(|s| s.end)).unwrap_or(0);
        let tokens = self.tokens(p);
        let mut first = index;
        while first > 0 && self.segments.sentences[first - 1].paragraph == p {
            let previous = &self.segments.sentences[first - 1];
            if tokens[previous.tokens.start].start < taken_until {
                break;
            }
            first -= 1;
        }
        if first == index {
            return Vec::new();
        }
        let start = self.segments.sentences[first].tokens.start;
        let end = self.segments.sentences[index - 1].tokens.end;
        vec![self.trimmed_span(p, start..end)]
    }
}
