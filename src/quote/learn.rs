//! A trained filter over the German statements the rules find: a logistic
//! regression scores each reported statement (every kind but quotations,
//! whole speeches and headlines) on features of its rule, cue, speaker
//! phrase, mood, length and place among the article's other statements,
//! and a statement scoring at or under [`THRESHOLD`] is dropped.
//!
//! The weights ship in `weights-de.txt`; `dictum train` reproduces them from
//! the gold training split. A statement is a good example when enough of its
//! words lie in the gold quote the scorer pairs it with to raise the joint
//! F1 ([`BREAK_EVEN_SHARE`]), and it weighs in proportion to the words a
//! wrong decision about it gains or loses.
//!
//! Features are single names ("rule=speech-act", "cue=kritisierte",
//! "mood=reported"), so the weights file reads as a list of reasons;
//! combinations of them (rule and cue, rule and mood) fitted the training
//! split and lost on dev. No feature depends on the edges of a speaker
//! phrase, only on what kind of phrase it is.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use rayon::prelude::*;

use super::lexicon::Tags;
use super::segment::{Segments, Token};
use super::{Kind, Statement};
use crate::article::{self, ReadOptions};
use crate::error::Result;
use crate::eval::{self, GoldArticle, Report};

/// A statement is kept when its score is above this. Tuned on the train and
/// dev splits with `dictum train … --report`.
pub const THRESHOLD: f64 = -0.5;

/// Gradient descent steps, their size, and the L2 penalty: tuned on the
/// train and dev splits.
const ITERATIONS: usize = 1000;
const RATE: f64 = 2.0;
const L2: f64 = 0.001;

/// A statement is a good example when at least this share of its words
/// (message and speaker mention) lies in the gold quote it is paired with.
/// Dropping a statement of `w` words, `s` of them shared, raises the joint
/// F1 = 2S/(P+G) exactly when s/w is under S/(P+G), half the F1: about
/// 0.37 for dictum's German today.
const BREAK_EVEN_SHARE: f64 = 0.37;

/// The weights file `dictum train` writes, as shipped.
const SHIPPED: &str = include_str!("weights-de.txt");

static SHIPPED_WEIGHTS: LazyLock<Weights> = LazyLock::new(|| {
    let parsed = Weights::parse(SHIPPED);
    debug_assert!(parsed.is_ok(), "the shipped weights parse: {parsed:?}");
    parsed.unwrap_or_default()
});

/// The weights shipped with dictum.
pub fn shipped() -> &'static Weights {
    &SHIPPED_WEIGHTS
}

/// A weight per feature name.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Weights {
    // foldhash rather than SipHash: each German candidate looks up some
    // thirty feature names (SipHash was a third of scoring them). Nothing
    // iterates the map in its order: the weights file is written sorted.
    by_feature: foldhash::HashMap<String, f64>,
}

impl Weights {
    /// Reads the text `to_text` writes: `#` comments, then one feature a
    /// line, its weight, a space and its name.
    pub fn parse(text: &str) -> std::result::Result<Weights, String> {
        let mut by_feature = foldhash::HashMap::default();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let parsed = line.split_once(' ').and_then(|(weight, name)| Some((weight.parse::<f64>().ok()?, name)));
            let Some((weight, name)) = parsed else {
                return Err(format!("line {}: expected a weight and a feature name", index + 1));
            };
            by_feature.insert(name.to_string(), weight);
        }
        Ok(Weights { by_feature })
    }

    /// The weights file: sorted by feature, rounded, without zero weights,
    /// so that the same training gives the same bytes.
    pub fn to_text(&self) -> String {
        let sorted: BTreeMap<&str, f64> = self.by_feature.iter().map(|(name, w)| (name.as_str(), *w)).collect();
        let mut out = String::from(
            "# Weights of dictum's filter over German reported statements (src/quote/learn.rs),\n\
             # written by `dictum train ../shared/gold/wikinews-de/train.jsonl --out src/quote/weights-de.txt`.\n\
             # One feature a line: its weight, then its name.\n",
        );
        for (name, weight) in sorted {
            let rounded = format!("{weight:.3}");
            if rounded.trim_start_matches('-').chars().all(|c| c == '0' || c == '.') {
                continue;
            }
            let _ = writeln!(out, "{rounded} {name}");
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.by_feature.is_empty()
    }

    fn weight(&self, feature: &str) -> f64 {
        self.by_feature.get(feature).copied().unwrap_or(0.0)
    }
}

/// What the features read besides the statements: the article text and
/// its tokens.
pub struct Context<'a> {
    text: &'a str,
    segments: &'a Segments,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a str, segments: &'a Segments) -> Context<'a> {
        Context { text, segments }
    }

    /// The sentence holding `offset`: the last one starting at or before
    /// it; `None` before the body (a headline).
    fn sentence_at(&self, offset: usize) -> Option<usize> {
        let sentences = &self.segments.sentences;
        let after = sentences.partition_point(|s| {
            self.segments.paragraphs[s.paragraph].tokens.get(s.tokens.start).is_none_or(|t| t.start <= offset)
        });
        after.checked_sub(1)
    }

    /// The sentence holding `offset` and its paragraph.
    pub fn place(&self, offset: usize) -> Option<(usize, usize)> {
        let sentence = self.sentence_at(offset)?;
        Some((sentence, self.segments.sentences[sentence].paragraph))
    }

    /// The tokens lying inside `span`, within the paragraph where it starts.
    fn tokens_in(&self, span: &Range<usize>) -> &'a [Token] {
        let Some(sentence) = self.sentence_at(span.start) else {
            return &[];
        };
        let tokens: &'a [Token] = &self.segments.paragraphs[self.segments.sentences[sentence].paragraph].tokens;
        let first = tokens.partition_point(|t| t.start < span.start);
        let end = tokens.partition_point(|t| t.end <= span.end).max(first);
        &tokens[first..end]
    }

    /// The sentences from the one holding `a` to the one holding `b`.
    fn sentences_between(&self, a: usize, b: usize) -> Option<usize> {
        Some(self.sentence_at(b)?.saturating_sub(self.sentence_at(a)?))
    }

    fn paragraph_at(&self, offset: usize) -> Option<usize> {
        self.sentence_at(offset).map(|s| self.segments.sentences[s].paragraph)
    }

    fn is_word(&self, token: &Token, words: &[&str]) -> bool {
        let word = &self.text[token.span()];
        words.iter().any(|w| word.eq_ignore_ascii_case(w))
    }
}

/// Modals whose Konjunktiv II guesses rather than reports (their singular
/// "könnte", "dürfte" mark no Konjunktiv in the lexicon at all).
const CONJECTURE_MODALS: [&str; 3] = ["könnten", "dürften", "müsste"];

/// True for a statement whose only Konjunktiv, outside quotation marks, is
/// an epistemic modal in Konjunktiv II ("Die Trümmer könnten sich über 800
/// km verteilen", "Die Schäden dürften höher sein", "Er müsste 70 Prozent
/// gewinnen"): the writer's guess, where a report carried on would say
/// "könne", "dürfe", "müsse". On train the gold had 24 of the 168 words of
/// such continuations, on dev 12 of 99.
pub fn is_conjecture(statement: &Statement, context: &Context<'_>) -> bool {
    let mut markers = 0;
    for span in &statement.spans {
        for token in context.tokens_in(span) {
            if token.quoted || !token.tags.has(Tags::SUBJUNCTIVE | Tags::REPORTATIVE | Tags::REPORTED_MOOD) {
                continue;
            }
            if !context.is_word(token, &CONJECTURE_MODALS) {
                return false;
            }
            markers += 1;
        }
    }
    markers > 0
}

/// True for a statement whose cue stands in a relative or adverbial clause
/// after its message ("Der Hafen liegt am Fluss, den der Verband
/// kritisiert", "Soldaten wurden beordert, weil der Bruch von Deichen
/// befürchtet wurde"): the cue says something about a word of the message
/// or why it happened, not who said it; "…, wie die Polizei mitteilte" does.
pub fn is_cue_in_subordinate(statement: &Statement, context: &Context<'_>) -> bool {
    cue_clause_opener(statement, context)
        .is_some_and(|opener| opener.tags.has(Tags::SUBORDINATOR) || context.is_word(opener, &["was"]))
}

/// True for a statement whose cue stands in a clause joined to its message
/// by a conjunction ("…, und die Messwerte bestätigten das", "…, aber auch
/// andere Verbände hatten dazu aufgerufen"): the clause has its own
/// subject and object, and the one before it is no report of it.
pub fn is_cue_in_coordinate_clause(statement: &Statement, context: &Context<'_>) -> bool {
    cue_clause_opener(statement, context).is_some_and(|opener| context.is_word(opener, &COORDINATORS))
}

/// Conjunctions that open a German adverbial clause: when, after, because.
const ADVERBIAL_OPENERS: [&str; 12] =
    ["nachdem", "als", "wenn", "während", "bevor", "seit", "seitdem", "weil", "obwohl", "da", "falls", "sobald"];

/// True when the message span `span`, before the statement's cue, is an
/// adverbial clause fronted before the cue's main clause, which opens on
/// its finite verb right after the comma ("Nachdem die Fälschung bekannt
/// wurde, hat sie angekündigt …", "Als der Hafen schloss, forderten beide
/// …"): it says when or why, not what was said. A main clause after a
/// preposition ("Seit Montag gilt ein Standard, genannt …") does not end
/// on a verb; a clause in the Konjunktiv or quoting reports.
pub fn is_fronted_adverbial_clause(statement: &Statement, span: &Range<usize>, context: &Context<'_>) -> bool {
    let Some(cue) = statement.cue.as_ref().filter(|cue| cue.start >= span.end) else {
        return false;
    };
    let clause = context.tokens_in(span);
    let (Some(first), Some(last)) = (clause.first(), clause.iter().rev().find(|t| t.is_word())) else {
        return false;
    };
    let main = context.tokens_in(&(span.end..cue.end));
    let Some(verb) = main.iter().position(Token::is_word) else {
        return false;
    };
    let verb_second =
        main[..verb].iter().any(|t| t.is_punct(',')) && main[verb].tags.has(Tags::AUXILIARY | Tags::CUE | Tags::VERB);
    verb_second
        && first.upper
        && context.is_word(first, &ADVERBIAL_OPENERS)
        && !last.upper
        && !clause.iter().any(|t| t.quoted || t.tags.has(Tags::REPORT_MARKERS))
}

/// Conjunctions that join two main clauses or a list's last item.
const COORDINATORS: [&str; 5] = ["und", "aber", "doch", "sowie", "oder"];

/// The first word of the clause, set off by a comma, that holds a cue
/// standing after the message.
fn cue_clause_opener<'t>(statement: &Statement, context: &'t Context<'_>) -> Option<&'t Token> {
    let extent = statement.extent();
    let cue = statement.cue.as_ref().filter(|cue| cue.start >= extent.end)?;
    let between = context.tokens_in(&(extent.end..cue.start));
    let first = between.iter().position(Token::is_word)?;
    between[..first].iter().any(|t| t.is_punct(',')).then(|| &between[first])
}

/// Whether the filter decides about a statement: quotations, whole
/// speeches and headlines are left to the rules.
fn in_scope(statement: &Statement) -> bool {
    !matches!(statement.kind, Kind::Direct | Kind::Speech) && statement.rule != "headline"
}

/// Drops the statements in scope whose score is at or under the
/// threshold, and records the score of those kept. Without weights, it
/// keeps everything.
pub fn filter(statements: &mut Vec<Statement>, context: &Context<'_>, weights: &Weights) {
    if weights.is_empty() {
        return;
    }
    let scores: Vec<Option<f64>> =
        (0..statements.len()).map(|index| score(statements, index, context, weights)).collect();
    let mut scores = scores.into_iter();
    statements.retain_mut(|statement| {
        let Some(score) = scores.next().flatten() else {
            return true;
        };
        statement.filter_score = Some((score * 1000.0).round() as i32);
        score > THRESHOLD
    });
}

/// The score of statement `index`, when it is in the filter's scope.
fn score(statements: &[Statement], index: usize, context: &Context<'_>, weights: &Weights) -> Option<f64> {
    let mut total = 0.0;
    features(statements, index, context, &mut |name| total += weights.weight(name)).then_some(total)
}

/// The names of the features of statement `index`, when it is in scope.
pub fn feature_names(statements: &[Statement], index: usize, context: &Context<'_>) -> Option<Vec<String>> {
    let mut names = Vec::new();
    features(statements, index, context, &mut |name| names.push(name.to_string())).then_some(names)
}

/// Where a number falls among the bucket bounds: "0", "1", "2-3", "4+".
fn bucket(value: usize, bounds: &[usize]) -> usize {
    bounds.iter().take_while(|&&bound| value >= bound).count()
}

/// `number` in decimal: the features' counts and buckets are all below ten.
fn small_number(number: usize) -> &'static str {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    debug_assert!(number < DIGITS.len(), "{number}");
    DIGITS.get(number).copied().unwrap_or("10+")
}

/// Calls `emit` with the name of each feature of statement `index`;
/// returns false, emitting nothing, for a statement out of scope.
fn features(statements: &[Statement], index: usize, context: &Context<'_>, emit: &mut dyn FnMut(&str)) -> bool {
    let statement = &statements[index];
    if !in_scope(statement) {
        return false;
    }
    let text = context.text;
    // A name is put together from its parts, which formatting them cost
    // some 200 instructions a feature, 7 M on the gold news.
    let mut name = String::with_capacity(48);
    let mut feature = |kind: &str, value: &str| {
        name.clear();
        name.push_str(kind);
        name.push_str(value);
        emit(&name);
    };
    let rule = statement.rule;
    let extent = statement.extent();
    feature("bias", "");
    feature("rule=", rule);
    feature("kind=", statement.kind.as_str());

    let cue = statement.cue.as_ref().map_or(String::from("-"), |cue| {
        text[cue.clone()].split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("-").to_lowercase()
    });
    feature("cue=", &cue);

    let speaker = speaker_kind(statement, context);
    feature("speaker=", speaker);
    let name_words =
        statement.speaker.as_ref().and_then(|s| s.name.as_deref()).map_or(0, |n| n.split_whitespace().count().min(3));
    feature("name-words=", small_number(name_words));

    let mut words = 0;
    let mut reported_mood = 0;
    let mut conditional = false;
    let mut reportative = false;
    let mut quoted = false;
    let mut first_person = false;
    let mut digits = false;
    let mut opening: Option<&Token> = None;
    for span in &statement.spans {
        for token in context.tokens_in(span) {
            quoted |= token.quoted;
            if !token.is_word() {
                continue;
            }
            words += 1;
            opening.get_or_insert(token);
            if token.tags.has(Tags::REPORTED_MOOD) {
                reported_mood += 1;
            } else if token.tags.has(Tags::SUBJUNCTIVE) {
                conditional = true;
            }
            reportative |= token.tags.has(Tags::REPORTATIVE);
            digits |= token.first.is_ascii_digit();
            first_person |= context.is_word(token, &["ich", "wir", "mein", "meine", "unser", "unsere", "uns", "mir"]);
        }
    }
    let mood = match (reported_mood, conditional, reportative) {
        (0, false, false) => "indicative",
        (0, false, true) => "reportative",
        (0, true, _) => "conditional",
        (1, ..) => "reported",
        _ => "reported-2",
    };
    feature("mood=", mood);
    let length = bucket(words, &[1, 4, 8, 16, 32]);
    feature("words=", small_number(length));
    for (present, flag) in [
        (quoted, "quoted"),
        (first_person, "first-person"),
        (digits, "digits"),
        (statement.spans.len() > 1, "interrupted"),
    ] {
        if present {
            feature(flag, "");
        }
    }
    if let Some(token) = opening {
        let opens = if token.tags.has(Tags::COMPLEMENTIZER) {
            "complementizer"
        } else if token.upper {
            "upper"
        } else {
            "lower"
        };
        feature("opens=", opens);
    }
    if is_cue_in_subordinate(statement, context) {
        feature("cue-in-subordinate", "");
    }
    let question = context.tokens_in(&(extent.end..extent.end + 4)).first().is_some_and(|t| t.is_punct('?'));
    if question {
        feature("question", "");
    }

    let paragraph = context.paragraph_at(extent.start).map_or(0, |p| bucket(p, &[1, 2, 3, 6, 12]) + 1);
    feature("paragraph=", small_number(paragraph));

    let gap = |from: &Statement, to: &Statement| {
        context.sentences_between(from.extent().end.saturating_sub(1), to.extent().start).map(|g| bucket(g, &[1, 2, 3]))
    };
    let before = index.checked_sub(1).map(|i| &statements[i]);
    let gap_before = before.and_then(|b| gap(b, statement)).map_or("none", small_number);
    feature("gap-before=", gap_before);
    if let Some(before) = before {
        feature("before=", before.rule);
    }
    let gap_after = statements.get(index + 1).and_then(|a| gap(statement, a)).map_or("none", small_number);
    feature("gap-after=", gap_after);

    // How many statements, each in the next sentence after the one before,
    // lead up to this one: a long run of Konjunktiv continues a report.
    let mut chain = 0;
    while chain < index && chain < 3 {
        let (earlier, later) = (&statements[index - chain - 1], &statements[index - chain]);
        if gap(earlier, later).is_none_or(|g| g > 1) {
            break;
        }
        chain += 1;
    }
    feature("chain=", small_number(chain));
    true
}

/// What kind of phrase names the speaker: none, inherited from the
/// statement before, a pronoun, a role noun, a body, a name.
fn speaker_kind(statement: &Statement, context: &Context<'_>) -> &'static str {
    let Some(speaker) = &statement.speaker else {
        return "none";
    };
    let Some(mention) = &speaker.mention else {
        return "inherited";
    };
    let tokens = context.tokens_in(mention);
    let mut words = tokens.iter().filter(|t| t.is_word());
    let count = words.clone().count();
    if count == 1 && words.next().is_some_and(|t| t.tags.has(Tags::PRONOUN | Tags::ANAPHOR)) {
        return "pronoun";
    }
    if tokens.iter().any(|t| t.tags.has(Tags::ROLE)) {
        return "role";
    }
    if tokens.iter().any(|t| t.tags.has(Tags::BODY)) {
        return "body";
    }
    match tokens.iter().filter(|t| t.is_word() && t.upper).count() {
        0 => "lowercase",
        1 => "one-name",
        _ => "names",
    }
}

/// One statement to learn from: its features, whether it is good, and how
/// much a wrong decision about it costs.
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<String>,
    pub good: bool,
    pub cost: f64,
}

/// Trains a logistic regression with an L2 penalty by full-batch gradient
/// descent from zero weights: no randomness and no dependence on the order
/// of the examples, so the same examples give the same weights. (An averaged
/// perceptron fitted the training split as well, but its dev figures moved
/// by ±0.004 with the order it saw the examples in.)
pub fn logistic(examples: &[Example]) -> Weights {
    // Features numbered in the order they first occur.
    let mut index_of: HashMap<&str, usize> = HashMap::new();
    let encoded: Vec<(Vec<usize>, bool, f64)> = examples
        .iter()
        .map(|example| {
            let indices = example
                .features
                .iter()
                .map(|name| {
                    let next = index_of.len();
                    *index_of.entry(name.as_str()).or_insert(next)
                })
                .collect();
            (indices, example.good, example.cost)
        })
        .collect();
    let count = index_of.len();
    let total_cost: f64 = encoded.iter().map(|(_, _, cost)| cost).sum::<f64>().max(f64::MIN_POSITIVE);
    let mut weights = vec![0.0_f64; count];
    let mut gradient = vec![0.0_f64; count];
    for _ in 0..ITERATIONS {
        gradient.fill(0.0);
        for (indices, good, cost) in &encoded {
            let score: f64 = indices.iter().map(|&i| weights[i]).sum();
            let probability = 1.0 / (1.0 + (-score).exp());
            let error = cost * (probability - if *good { 1.0 } else { 0.0 }) / total_cost;
            for &i in indices {
                gradient[i] += error;
            }
        }
        for (weight, slope) in weights.iter_mut().zip(&gradient) {
            *weight -= RATE * (slope + L2 * *weight);
        }
    }
    let by_feature = index_of.into_iter().map(|(name, i)| (name.to_string(), weights[i])).collect();
    Weights { by_feature }
}

/// A gold article's text and the rules' statements in it, with features.
struct GoldCandidates {
    text: String,
    gold: GoldArticle,
    /// Each statement, its features, and whether `extract` hides its mention.
    candidates: Vec<(Statement, Option<Vec<String>>, bool)>,
}

fn gold_candidates(gold_path: &Path) -> Result<Vec<GoldCandidates>> {
    let gold = eval::read_gold(gold_path)?;
    let base = gold_path.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    gold.into_par_iter()
        .map(|gold| {
            let loaded = article::read_file(&base.join(&gold.file), &ReadOptions::default())?;
            let candidates = loaded.articles.iter().flat_map(super::candidates).collect();
            let text = loaded.articles.into_iter().next().map(|a| a.text).unwrap_or_default();
            Ok(GoldCandidates { text, gold, candidates })
        })
        .collect()
}

/// The outcome of `dictum train`.
#[derive(Debug)]
pub struct Trained {
    pub weights: Weights,
    pub examples: usize,
    pub good: usize,
}

/// Learns the filter's weights from the statements the rules find in the
/// articles of a gold file.
pub fn train(gold_path: &Path) -> Result<Trained> {
    let articles = gold_candidates(gold_path)?;
    let mut examples = Vec::new();
    for article in articles {
        let statements: Vec<Statement> = article.candidates.iter().map(|(s, _, _)| s.clone()).collect();
        let contributions = eval::contributions(&article.text, &article.gold, &statements);
        for ((_, features, _), c) in article.candidates.into_iter().zip(contributions) {
            let (shared, words) = (c.message_shared + c.speaker_shared, c.message_words + c.speaker_words);
            let share = if words == 0 { 0.0 } else { shared as f64 / words as f64 };
            if let Some(features) = features {
                // What keeping it adds to the shared words, less what its
                // words cost precision at the break-even share.
                let cost = words as f64 * (share - BREAK_EVEN_SHARE).abs();
                examples.push(Example { features, good: share >= BREAK_EVEN_SHARE, cost });
            }
        }
    }
    let good = examples.iter().filter(|e| e.good).count();
    Ok(Trained { weights: logistic(&examples), examples: examples.len(), good })
}

/// Scores the articles of a gold file with the filter at each threshold
/// (and, first, without it): what the threshold is tuned with.
pub fn sweep(gold_path: &Path, weights: &Weights, thresholds: &[f64]) -> Result<Vec<(Option<f64>, Report)>> {
    let articles = gold_candidates(gold_path)?;
    let scored: Vec<Vec<(Statement, Option<f64>)>> = articles
        .iter()
        .map(|article| {
            article
                .candidates
                .iter()
                .map(|(statement, features, hidden)| {
                    let score = features.as_ref().map(|names| names.iter().map(|n| weights.weight(n)).sum());
                    // Scored as `extract` gives it.
                    let mut shown = statement.clone();
                    if let (true, Some(speaker)) = (*hidden, shown.speaker.as_mut()) {
                        speaker.mention = None;
                    }
                    (shown, score)
                })
                .collect()
        })
        .collect();
    let unfiltered = std::iter::once(None).chain(thresholds.iter().copied().map(Some));
    Ok(unfiltered
        .map(|threshold| {
            let mut total = Report::default();
            for (article, statements) in articles.iter().zip(&scored) {
                let kept: Vec<Statement> = statements
                    .iter()
                    .filter(|(_, score)| threshold.is_none_or(|t| score.is_none_or(|s| s > t)))
                    .map(|(s, _)| s.clone())
                    .collect();
                total.add(eval::score_article(&article.text, &article.gold, &kept));
            }
            (threshold, total)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(features: &[&str], good: bool) -> Example {
        Example { features: features.iter().map(|f| f.to_string()).collect(), good, cost: 1.0 }
    }

    /// Good when "cue=sagte" is there, whatever else is.
    fn toy_set() -> Vec<Example> {
        vec![
            example(&["bias", "cue=sagte", "speaker=names"], true),
            example(&["bias", "cue=kritisierte", "speaker=names"], false),
            example(&["bias", "cue=sagte", "speaker=pronoun"], true),
            example(&["bias", "cue=lobte", "speaker=pronoun"], false),
            example(&["bias", "cue=sagte", "mood=reported"], true),
            example(&["bias", "cue=kritisierte", "mood=reported"], false),
        ]
    }

    #[test]
    fn the_regression_learns_a_separable_set() {
        let examples = toy_set();
        let weights = logistic(&examples);
        let score = |example: &Example| example.features.iter().map(|f| weights.weight(f)).sum::<f64>();
        let worst_good = examples.iter().filter(|e| e.good).map(score).fold(f64::INFINITY, f64::min);
        let best_bad = examples.iter().filter(|e| !e.good).map(score).fold(f64::NEG_INFINITY, f64::max);
        assert!(worst_good > best_bad, "good from {worst_good}, bad up to {best_bad}: {weights:?}");
        assert!(weights.weight("cue=sagte") > 0.0 && weights.weight("cue=kritisierte") < 0.0, "{weights:?}");
    }

    #[test]
    fn training_is_deterministic_and_the_text_reads_back() {
        let first = logistic(&toy_set()).to_text();
        assert_eq!(first, logistic(&toy_set()).to_text());
        let read = Weights::parse(&first).expect("parses");
        assert_eq!(read.to_text(), first);
        assert!(first.lines().any(|l| l.ends_with(" cue=sagte")), "{first}");
        assert!(Weights::parse("1.5 cue=sagte\nnonsense").is_err());
    }

    fn german(body: &str) -> Vec<(Statement, Option<Vec<String>>, bool)> {
        let text = format!(" date 2021-06 Hafen\n\n{body}");
        let article = crate::article::parse(Path::new("t.txt"), text).articles.pop().expect("one article");
        super::super::candidates(&article)
    }

    #[test]
    fn a_small_number_is_written_as_formatting_writes_it() {
        for number in 0..10 {
            assert_eq!(small_number(number), number.to_string());
        }
    }

    #[test]
    fn features_name_the_rule_cue_speaker_and_mood() {
        let candidates = german(
            "Die Reederei Falkmann erklärte am Montag, der Hafen sei zu klein. Man brauche einen neuen Kai. \
             „Wir bauen ihn“, sagte Ilse Varga.",
        );
        let reported = candidates.iter().find(|(s, _, _)| s.kind == Kind::Indirect).expect("a reported statement");
        let features = reported.1.as_ref().expect("in scope");
        for expected in ["bias", "cue=erklärte", "mood=reported", "speaker=names", "gap-before=none", "paragraph=1"] {
            assert!(features.iter().any(|f| f == expected), "{expected} in {features:?}");
        }
        let continuation = candidates.iter().find(|(s, _, _)| s.kind == Kind::FreeIndirect).expect("a continuation");
        let features = continuation.1.as_ref().expect("in scope");
        assert!(features.iter().any(|f| f == "gap-before=1"), "{features:?}");
        assert!(features.iter().any(|f| f == "chain=1"), "{features:?}");
        let quotation = candidates.iter().find(|(s, _, _)| s.kind == Kind::Direct).expect("a quotation");
        assert!(quotation.1.is_none(), "quotations are left to the rules");
    }

    #[test]
    fn a_cue_in_a_relative_clause_after_the_message_is_a_feature() {
        let candidates =
            german("Die Lagerhalle am Kai gehört der Firma Brenntal, die den Vorwurf inzwischen bestätigte.");
        let features: Vec<&String> = candidates.iter().filter_map(|(_, f, _)| f.as_ref()).flatten().collect();
        assert!(features.iter().any(|f| *f == "cue-in-subordinate"), "{features:?}");
        let reported = german("Der Hafen sei zu klein, sagte der Verband Nordkai.");
        let features: Vec<&String> = reported.iter().filter_map(|(_, f, _)| f.as_ref()).flatten().collect();
        assert!(!features.is_empty() && features.iter().all(|f| *f != "cue-in-subordinate"), "{features:?}");
    }

    #[test]
    fn the_filter_alone_decides_about_a_clause_after_an_unknown_verb() {
        let body = "Ilse Varga pochte darauf, dass der Hafen zu klein sei.";
        let candidates = german(body);
        let (statement, features, _) = candidates.first().expect("a candidate");
        assert_eq!(statement.rule, "model-clause");
        let features = features.as_ref().expect("in the filter's scope");
        for expected in ["rule=model-clause", "cue=darauf", "mood=reported"] {
            assert!(features.iter().any(|f| f == expected), "{expected} in {features:?}");
        }
        let text = format!(" date 2021-06 Hafen\n\n{body}");
        let article = crate::article::parse(Path::new("t.txt"), text).articles.pop().expect("one article");
        let dropped = Weights::parse("-1.0 rule=model-clause").expect("parses");
        let kept = Weights::parse("1.0 rule=model-clause").expect("parses");
        let run = |weights: &Weights| {
            super::super::extract_with(&article, |statements, context| filter(statements, context, weights))
        };
        assert!(run(&dropped).is_empty());
        assert_eq!(run(&kept).len(), 1);
    }

    #[test]
    fn a_statement_is_kept_above_the_threshold_with_its_score() {
        let body = "Die Reederei Falkmann erklärte, der Hafen sei zu klein.";
        let text = format!(" date 2021-06 Hafen\n\n{body}");
        let article = crate::article::parse(Path::new("t.txt"), text).articles.pop().expect("one article");
        let kept = Weights::parse("1.0 cue=erklärte").expect("parses");
        let dropped = Weights::parse("-1.0 cue=erklärte").expect("parses");
        let run = |weights: &Weights| {
            super::super::extract_with(&article, |statements, context| filter(statements, context, weights))
        };
        let statements = run(&kept);
        assert_eq!(statements.len(), 1);
        assert_eq!(statements[0].filter_score, Some(1000));
        assert!(run(&dropped).is_empty());
    }
}
