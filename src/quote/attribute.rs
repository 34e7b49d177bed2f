//! The attribution rules: for each sentence, find a cue and its speaker, and
//! the message they attribute — quotations, a reported clause, or the
//! sentences a backward-pointing cue ("Dies erklärte …") refers to.
//!
//! Each statement records the rule that produced it, so that `extract
//! --format text` can show why a statement was attributed as it was.

#![allow(clippy::single_range_in_vec_init, reason = "a message is a list of byte spans, most often of one")]

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use super::Kind;
use super::lexicon::{self, Tags};
use super::mention::{MentionKind, Phrases};
use super::segment::{Quotation, Segments, Sentence, Token, TokenKind};

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

/// Words that close the clause before a "zu" infinitive for a verb whose
/// particle or adverb comes last: "bot an, …", "warf ihm vor, …", "drohte
/// damit, …".
const INFINITIVE_PARTICLES: &[&str] = &["an", "auf", "vor", "zu", "damit", "darauf", "dazu", "davor"];

/// Stems of the finite verbs that take one of those particles.
const PARTICLE_INFINITIVE_STEMS: &[&str] = &[
    "kündig", "forder", "warf", "wirf", "werf", "schlug", "schläg", "schlag", "bot", "biet", "rief", "ruf", "sagt",
    "sicher",
];

/// Stems of speech-act verbs that govern a "zu" infinitive on their own.
const INFINITIVE_STEMS: &[&str] = &[
    "angekündigt",
    "ankündig",
    "aufgefordert",
    "aufforder",
    "aufzuforder",
    "vorgeworfen",
    "vorwirf",
    "vorwarf",
    "vorzuwerfen",
    "vorgeschlagen",
    "vorschlag",
    "vorschlug",
    "angeboten",
    "anbot",
    "anbiet",
    "aufgerufen",
    "aufrief",
    "aufruf",
    "versprach",
    "versprich",
    "versproch",
    "versprech",
    "verkünd",
    "behaupt",
    "droht",
    "gedroht",
    "forder",
    "gefordert",
    "bat",
    "bitt",
    "gebeten",
    "appellier",
    "empfahl",
    "empfiehl",
    "empfohl",
    "empfehl",
    "unterbreit",
    "beschuldig",
    "bestritt",
    "bestreit",
    "leugn",
    "geleugnet",
    "beteuer",
    "verlang",
    "ermahn",
    "ersuch",
    "dräng",
    "gedrängt",
    "zugesagt",
    "zusagt",
    "zugesichert",
    "zusicher",
    "versicher",
    "nachgesagt",
    "warnt",
    "gewarnt",
    "erklärt",
];

/// German participles that report only in the passive: "Als Grund wurde
/// ein Defekt angegeben".
const PASSIVE_ONLY_CUES: [&str; 2] = ["angegeben", "gesprochen"];

/// German auxiliaries of the passive, in the indicative and Konjunktiv.
const PASSIVE_AUXILIARIES: [&str; 7] = ["wird", "wurde", "wurden", "werden", "worden", "würde", "würden"];

/// Runs the rules over a segmented body.
pub struct Rules<'a> {
    pub text: &'a str,
    pub segments: &'a Segments,
    pub german: bool,
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
#[derive(Debug, Default)]
struct SentenceClauses {
    paragraph: usize,
    tokens: Range<usize>,
    clauses: OnceCell<Vec<Range<usize>>>,
}

/// A person the article names, wherever it does: the antecedents that
/// pronouns and role descriptions can refer to.
#[derive(Debug, Clone)]
pub struct PersonMention {
    /// Byte offset of the name in the article text.
    pub start: usize,
    pub sentence: usize,
    pub name: String,
    pub role: Option<String>,
    /// Known from a female or male role or first name.
    pub female: Option<bool>,
    /// A place, event or institution ("Middle East", "Millennium Summit"),
    /// which a later surname-like mention may still stand for ("the
    /// Forum") but a pronoun never does.
    pub place: bool,
}

/// The people named outside quotations: runs of capitalised words that
/// read as a name ("Angela Merkel", "Präsident Obama"), in text order.
pub fn person_mentions(text: &str, segments: &Segments, german: bool) -> Vec<PersonMention> {
    let mut persons: Vec<PersonMention> = Vec::new();
    // The last person named by each surname: a lone capitalised word looks
    // its name up there, where searching every name before it made long
    // speeches quadratic.
    // Hashed with foldhash: SipHash cost 5 M instructions on the speeches.
    let mut by_surname: foldhash::HashMap<&str, usize> = foldhash::HashMap::default();
    let nouns = if german { german_nouns(text, segments) } else { foldhash::HashSet::default() };
    for (s, sentence) in segments.sentences.iter().enumerate() {
        let tokens = &segments.paragraphs[sentence.paragraph].tokens;
        let phrases = Phrases { text, tokens, german };
        let mut index = sentence.tokens.start;
        while index < sentence.tokens.end {
            let capitalised = |t: &Token| {
                t.is_word()
                    && !t.quoted
                    && t.upper
                    && (t.tags.is_empty() || t.tags.has(Tags::ROLE | Tags::FEMALE | Tags::MALE))
            };
            if !capitalised(&tokens[index]) {
                index += 1;
                continue;
            }
            let mut start = index;
            while index < sentence.tokens.end && capitalised(&tokens[index]) {
                index += 1;
            }
            // "Ursula von der Leyen": the particle belongs to the surname.
            let particle = german.then(|| particle_name_end(text, tokens, index, sentence.tokens.end)).flatten();
            let run_end = index;
            index = particle.unwrap_or(index);
            // "Heutige Fahrzeuge", "in den Orten Görzig", "Thema Klimaschutz":
            // German nouns and adjectives are capitalised too. A lone word is
            // left to the surname map: "die Mladić noch heute … halten" has a
            // relative pronoun before a surname.
            while german
                && start < index
                && (phrases.looks_like_noun(start) || index - start >= 2 && nouns.contains(&text[tokens[start].span()]))
            {
                start += 1;
            }
            // "der Amerikaner John Kerry", "des Theologen Hans Küng": after an
            // article or a number, a capitalised word the lexicon does not
            // know is a noun, no first name, where a name follows it.
            let after_article = start > sentence.tokens.start && {
                let before = &tokens[start - 1];
                !before.upper && is_article_or_number(before)
            };
            if german && after_article && index - start >= 2 && tokens[start].tags.is_empty() {
                start += 1;
            }
            if start == index {
                continue;
            }
            let role = tokens[start..index].iter().any(|t| t.tags.has(Tags::ROLE));
            if index - start < 2 && !role {
                // One capitalised word without a role is not taken for a name,
                // unless it is the surname of someone named before: "Pflugbeil".
                let word = &text[tokens[start].span()];
                if let Some(&named) = by_surname.get(word) {
                    by_surname.insert(word, persons.len());
                    persons.push(PersonMention { start: tokens[start].start, sentence: s, ..persons[named].clone() });
                }
                continue;
            }
            let adjective = !tokens[start].tags.has(Tags::ROLE)
                && ADJECTIVE_NAME_ENDINGS.iter().any(|e| text[tokens[start].span()].ends_with(e));
            if german && adjective {
                // "Evangelischen Kirchen", "Deutsche Bank": an adjective and a
                // noun, not a first name and a surname.
                continue;
            }
            let reading = phrases.read(start..index);
            let Some(name) = reading.name.clone() else {
                continue;
            };
            let name = match particle {
                Some(end) if name.end == run_end => name.start..end,
                _ => name,
            };
            if name.len() == 1
                && (tokens[name.start].tags.has(Tags::PLACE) || german && place_genitive(text, &tokens[name.start]))
            {
                // "der Innenminister Frankreichs": a country, not a person.
                continue;
            }
            let named_by_role = reading.role.is_some();
            if reading.kind != MentionKind::Person || (name.len() < 2 && !named_by_role) {
                continue;
            }
            let place = !german && !named_by_role && {
                let words: Vec<&str> = tokens[name.clone()].iter().map(|t| &text[t.span()]).collect();
                lexicon::non_person_name(&words)
            };
            let first = &tokens[name.start];
            let role_tags = reading
                .role
                .clone()
                .map_or(Tags::default(), |r| tokens[r].iter().fold(Tags::default(), |acc, t| acc | t.tags));
            let tags = first.tags | role_tags;
            let female = if tags.has(Tags::FEMALE) {
                Some(true)
            } else if tags.has(Tags::MALE) {
                Some(false)
            } else {
                None
            };
            let name_text = &text[tokens[name.start].start..tokens[name.end - 1].end];
            // A word names a person by the surname after a space: not by
            // "Annan" in "Kofi\nAnnan", written across a line break.
            if let Some((_, surname)) = name_text.rsplit_once(' ') {
                by_surname.insert(surname, persons.len());
            }
            persons.push(PersonMention {
                start: tokens[name.start].start,
                sentence: s,
                name: name_text.to_string(),
                role: reading.role.map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string()),
                female,
                place,
            });
        }
    }
    persons
}

/// Capitalised words the lexicon does not know that a German text puts
/// alone right after an article or a number somewhere ("das Thema ist",
/// "15 Prozent der"): nouns, since a name seldom follows an article. They
/// open no name where they stand before another capitalised word ("Thema
/// Klimaschutz", "Prozent Selbstständige").
fn german_nouns<'t>(text: &'t str, segments: &Segments) -> foldhash::HashSet<&'t str> {
    let mut nouns = foldhash::HashSet::default();
    for paragraph in &segments.paragraphs {
        for triple in paragraph.tokens.windows(3) {
            let (before, word, after) = (&triple[0], &triple[1], &triple[2]);
            // Alone: "die New York Times" and "die Kirsten Müller" say nothing.
            let alone = !(after.is_word() && after.upper);
            if is_article_or_number(before) && alone && word.is_word() && word.upper && word.tags.is_empty() {
                nouns.insert(&text[word.span()]);
            }
        }
    }
    nouns
}

/// A word after which a capitalised word is a noun: an article or a number.
fn is_article_or_number(token: &Token) -> bool {
    token.is_word() && (token.tags.has(Tags::DETERMINER) || token.first.is_ascii_digit())
}

/// "Frankreichs", "Russlands": a German place in the genitive, which the
/// lexicon lists in the nominative only.
fn place_genitive(text: &str, token: &Token) -> bool {
    let word = &text[token.span()];
    word.strip_suffix('s')
        .is_some_and(|stem| lexicon::Lexicon::for_language("de").tags(&stem.to_lowercase()).has(Tags::PLACE))
}

/// After a first name ending at `index`, the end of a surname that opens
/// with a lowercase particle: "Ursula von der Leyen", "Karl zu Guttenberg".
fn particle_name_end(text: &str, tokens: &[Token], index: usize, limit: usize) -> Option<usize> {
    let first_name = tokens.get(index.checked_sub(1)?)?;
    if !first_name.tags.has(Tags::FEMALE | Tags::MALE) || first_name.tags.has(Tags::ROLE) {
        return None;
    }
    let word = |i: usize| tokens.get(i).filter(|_| i < limit).map(|t| &text[t.span()]);
    if !matches!(word(index)?, "von" | "van" | "zu" | "de") {
        return None;
    }
    let article = matches!(word(index + 1)?, "der" | "den" | "dem");
    let surname = index + 1 + usize::from(article);
    let token = tokens.get(surname).filter(|_| surname < limit)?;
    (token.is_word() && token.upper && !token.quoted && token.tags.is_empty()).then_some(surname + 1)
}

/// Endings of German adjectives, which start capitalised runs that are no
/// person's name.
const ADJECTIVE_NAME_ENDINGS: [&str; 9] =
    ["sche", "schen", "scher", "liche", "lichen", "licher", "alen", "ale", "aler"];

/// Words that open an English adjunct after a reported clause, which is
/// the writer's and not part of what was said.
const TRAILING_ADJUNCTS: [&str; 8] = ["after", "before", "while", "amid", "despite", "even", "although", "though"];

/// English cues whose message is what the speaker would not say or do
/// ("declined to comment", "refused to say whether …").
/// English cues whose prepositional phrase can only say where or when they
/// were said: "said in an interview", unlike "called on", "commented on".
const SAYING_CUES: [&str; 10] =
    ["said", "says", "say", "added", "adds", "wrote", "writes", "stated", "noted", "explained"];

/// Prepositions that open where or when something was said, after an English cue.
const SETTING_PREPOSITIONS: [&str; 4] = ["in", "on", "at", "during"];

const REFUSALS: [&str; 6] = ["declined", "declines", "declining", "refused", "refuses", "refusing"];

/// English cues whose "to" takes an object, not an infinitive: "referring
/// to the ruling", "pointed to rising costs".
const PREPOSITIONAL_TO_CUES: [&str; 16] = [
    "refer",
    "refers",
    "referred",
    "referring",
    "point",
    "points",
    "pointed",
    "pointing",
    "allude",
    "alludes",
    "alluded",
    "alluding",
    "respond",
    "responds",
    "responded",
    "responding",
];

/// Words that open the question after an English "asked" ("asked whether
/// …", "asked about the vote").
const QUESTION_OPENERS: [&str; 11] =
    ["whether", "if", "what", "why", "how", "who", "whom", "which", "where", "about", "to"];

/// The longest English apposition after a speaker's name, in tokens.
const APPOSITION_WORDS: usize = 30;

/// The longest English description after "said X,", in tokens: PolNeAR
/// keeps a long one with its relative clause.
const DESCRIPTION_WORDS: usize = 45;

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

/// What a speaker issues, sends or releases, which then says something
/// for them ("issued a statement saying …").
const DOCUMENTS: [&str; 10] =
    ["statement", "statements", "letter", "letters", "email", "emails", "ad", "ads", "memo", "release"];

/// More things an issuer puts out, which PolNeAR leaves to their issuer
/// before an -ing cue ("published a report detailing").
const ISSUED: [&str; 17] = [
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

/// English cues that take a side on their object: with a noun phrase of one
/// or two words after them ("endorsed Cruz", "backed him", "called it
/// reckless", "described the mayor", "supports him") the object is the
/// content PolNeAR marks.
const STANCE_CUES: [&str; 51] = [
    "supports",
    "opposes",
    "want",
    "wants",
    "wanted",
    "described",
    "describes",
    "describing",
    "called",
    "calls",
    "calling",
    "endorsed",
    "endorses",
    "endorsing",
    "endorse",
    "supported",
    "supporting",
    "opposed",
    "oppose",
    "defended",
    "defending",
    "criticized",
    "criticize",
    "criticizes",
    "criticizing",
    "praised",
    "praises",
    "praise",
    "praising",
    "condemned",
    "condemning",
    "rejected",
    "rejecting",
    "blamed",
    "blaming",
    "denounced",
    "denouncing",
    "decried",
    "decrying",
    "slammed",
    "slams",
    "slamming",
    "blasted",
    "blasts",
    "blasting",
    "attacked",
    "welcomed",
    "applauded",
    "backed",
    "backing",
    "lambasted",
];

/// Quotations with fewer words than this, inside a sentence, are fragments
/// of the sentence's message rather than statements of their own.
const FRAGMENT_WORDS: usize = 4;

/// The most words of a source and cue set off by commas ("…, a spokeswoman
/// for the county said on Monday") that report the sentence around them.
const REPORT_CLAUSE_WORDS: usize = 10;

/// The most adjunct words after such a source and cue ("in 1991").
const REPORT_CLAUSE_ADJUNCT: usize = 3;

/// The most words between an indefinite article and a naming "called".
const NAMING_NOUN_WORDS: usize = 5;

/// Words opening an English concession or time clause before the main clause
/// ("as", "if", "when", "because" and "before" lowered dev speaker F1).
const CONCESSIVE: [&str; 7] = ["while", "though", "although", "whereas", "even", "after", "since"];

impl<'a> Rules<'a> {
    pub fn run(text: &'a str, segments: &'a Segments, german: bool, persons: &'a [PersonMention]) -> Vec<Found> {
        let mut rules = Rules {
            text,
            segments,
            german,
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
            if !german {
                // Kept apart like trailing sources: the question sits inside
                // the sentence's other statement or beside it.
                let questions = rules.asked_questions(index);
                rules.phrases.extend(questions);
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
    /// reporter whether …"), mostly no one.
    fn asked_questions(&self, index: usize) -> Vec<Found> {
        let sentence = &self.segments.sentences[index];
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        // Most sentences ask nothing: looking for the word first spares
        // splitting each of them into clauses.
        if !sentence.tokens.clone().any(|i| self.is_word(p, i, "asked")) {
            return Vec::new();
        }
        let phrases = self.phrases(p);
        let mut found = Vec::new();
        for clause in self.clauses(p, sentence.tokens.clone()).iter() {
            // "Asked …" opening its clause, or "when asked" anywhere in it.
            let Some(cue) = clause.clone().find(|&i| {
                self.is_word(p, i, "asked")
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
        self.sentence_clauses = SentenceClauses { paragraph: p, tokens: range.clone(), clauses: OnceCell::new() };
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
            if let Some(participle) = attribution.as_ref().and_then(|a| self.participle_after_quote(sentence, a, index))
            {
                // '"…," he said, adding that "…"': a quotation in the
                // participle's message is that statement's, not the first's.
                let participle_start = participle.spans.first().map_or(usize::MAX, |span| span.start);
                spans.retain(|span| span.end <= participle_start);
                // Kept apart like quoted phrases, so that the quotation stays
                // the last statement that a run-on quotation extends.
                self.phrases.push(participle);
            }
            // "Es drohe „…“": the expletive names no one, and the quotation is
            // the previous speaker's.
            let expletive = |frame: &Attribution| {
                self.german && frame.mention.as_ref().is_some_and(|m| m.len() == 1 && self.is_word(p, m.start, "es"))
            };
            let cued = attribution.is_some();
            let attribution = attribution
                .or_else(|| self.quote_frame(sentence).filter(|frame| !expletive(frame)))
                .or_else(|| self.subject_after_fronted(sentence));
            let enclosing = if self.german && colon.is_none() {
                self.enclosing_clause(sentence, attribution.as_ref(), cued, &big)
            } else {
                None
            };
            let found = match (attribution, colon) {
                (Some(a), _) if !self.german && self.quotes_in_reported_clause(&big, &a) => {
                    // "Trump says voting fraud is “a big, big problem”":
                    // PolNeAR's content is the whole reported clause.
                    let clause = self.message(sentence, &a);
                    let last_quote = spans.last().map_or(0, |q| q.end);
                    let mut clause_spans = if clause.is_empty() { spans } else { clause };
                    if let Some(last) = clause_spans.last_mut() {
                        last.end = last.end.max(last_quote);
                    }
                    self.found_from(Kind::Direct, clause_spans, &a, p, index)
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
                (None, None) => Found {
                    kind: Kind::Direct,
                    spans,
                    cue: None,
                    mention: None,
                    rule: "previous-speaker",
                    inherits: self.recent_statement(p),
                    paragraph: p,
                    sentence: index,
                },
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
            let speaker = attribution.clone().or_else(|| self.quote_frame(sentence));
            for phrase in phrases {
                let found = match &speaker {
                    Some(a) => self.found_from(Kind::Direct, vec![phrase], a, p, index),
                    None => Found {
                        kind: Kind::Direct,
                        spans: vec![phrase],
                        cue: None,
                        mention: None,
                        rule: "previous-speaker",
                        inherits: self.recent_statement(p),
                        paragraph: p,
                        sentence: index,
                    },
                };
                // Kept apart so that they do not break the runs of statements
                // that continuations and run-on quotations extend.
                self.phrases.push(Found { rule: "quoted-phrase", ..found });
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

    /// A second attribution in the message of `first` that starts a
    /// statement of its own: joined by a conjunction ("…, but Smith argued
    /// that …", "und fügte hinzu, …") or a participle ("…, adding that …"),
    /// not nested in the first's reported clause. Returns where the first
    /// statement's part of the sentence ends, and the attribution.
    fn next_attribution(&self, part: &Sentence, first: &Attribution) -> Option<(usize, Attribution)> {
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
                // "…; Tom Reyes said": English joins independent clauses with a semicolon.
                let joins = |t: &Token| t.is_punct(',') || !self.german && t.is_punct(';');
                while split > from && (tokens[split - 1].tags.has(Tags::CONJUNCTION) || joins(&tokens[split - 1])) {
                    joined |= tokens[split - 1].tags.has(Tags::CONJUNCTION) || tokens[split - 1].is_punct(';');
                    split -= 1;
                }
                let message_words = tokens[from..split].iter().filter(|t| t.is_word()).count();
                // "Mara Voss praised the plan and said …": an English object
                // before a coordinated cue is the first statement's message.
                let fewest = if second.coordinated && !self.german { 1 } else { 3 };
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
    fn transcript_turn(&self, index: usize) -> Option<Found> {
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
    fn dash_attributions(&self, quotations: &[usize], sentence: &Sentence, index: usize) -> Vec<Found> {
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
    fn participle_after_quote(&self, sentence: &Sentence, attribution: &Attribution, index: usize) -> Option<Found> {
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

    /// True when an English attribution's reported clause starts before
    /// the sentence's quotations and holds them all: the quotations are part
    /// of an indirect statement.
    fn quotes_in_reported_clause(&self, quotations: &[usize], attribution: &Attribution) -> bool {
        let Some(from) = attribution.message_from else {
            return false;
        };
        quotations.iter().all(|&q| self.segments.quotations[q].tokens.start > from)
    }

    /// True when the last statement is a direct quotation from the sentence
    /// just before, in the same paragraph.
    fn continues_direct(&self, p: usize, index: usize) -> bool {
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
        (last.kind == Kind::Direct && last.paragraph == p) || (introduces && (last.paragraph == p || next_paragraph))
    }

    /// True when an English paragraph is a quotation and nothing else,
    /// right after a paragraph that opened with a named speaker's
    /// quotation: '"…," Smith said.⏎⏎"…"' is one statement in PolNeAR.
    fn resumes_next_paragraph(&self, p: usize, index: usize, spans: &[Range<usize>]) -> bool {
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
    fn quote_frame(&self, sentence: &Sentence) -> Option<Attribution> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let clauses = self.clauses(p, sentence.tokens.clone());
        let (c, clause) = clauses
            .iter()
            .enumerate()
            .find(|(_, clause)| tokens[(*clause).clone()].iter().filter(|t| t.is_word() && !t.quoted).count() >= 2)?;
        let last = (clause.start + 4).min(clause.end);
        let phrase = (clause.start..last).find_map(|i| {
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
        let cue = if verb { phrase.end..phrase.end + 1 } else { phrase.clone() };
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
    fn enclosing_clause(
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
    fn continue_quotation(&mut self, spans: &[Range<usize>]) -> bool {
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
    fn quotation_lead(&self, p: usize, attribution: &Attribution, opening: usize) -> Option<usize> {
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
    fn reported_lead(&self, p: usize, found: &Found, sentence_start: usize, opening: usize) -> Option<usize> {
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
    fn reported_tail(&self, p: usize, closing_end: usize, sentence_end: usize) -> Option<usize> {
        const LONGEST_TAIL: usize = 3;
        let tokens = self.tokens(p);
        let end = (closing_end..sentence_end).find(|&i| !tokens[i].is_word() || tokens[i].quoted)?;
        let tail = &tokens[closing_end..end];
        let closed = tokens[end].kind == TokenKind::Punct && !tokens[end].quoted;
        let joined = tail.first().is_none_or(|t| t.tags.has(Tags::CONJUNCTION));
        (closed && !joined && tail.len() <= LONGEST_TAIL).then(|| tail[tail.len() - 1].end)
    }

    fn found_from(
        &self,
        kind: Kind,
        spans: Vec<Range<usize>>,
        attribution: &Attribution,
        p: usize,
        sentence: usize,
    ) -> Found {
        let tokens = self.tokens(p);
        let mention =
            attribution.mention.clone().map(|m| if !self.german { self.without_reporting_relative(p, m) } else { m });
        let mention = mention.map(|m| {
            // An English source's span runs to its clause's end, but its name
            // is the phrase's: "an email from the president … obtained by The
            // Huffington Post" is the email's.
            let head = (!self.german && attribution.rule == "source-preposition")
                .then(|| self.phrases(p).phrase_after(m.start, m.end))
                .flatten()
                .filter(|head| head.end < m.end);
            match head {
                Some(head) => {
                    let raw = self.raw_mention(p, head, attribution.plural);
                    RawMention { span: raw.span.start..tokens[m.end - 1].end, ..raw }
                }
                None => self.raw_mention(p, m, attribution.plural),
            }
        });
        Found {
            kind,
            spans,
            cue: Some(tokens[attribution.cue.start].start..tokens[attribution.cue.end - 1].end),
            mention,
            rule: attribution.rule,
            inherits: false,
            paragraph: p,
            sentence,
        }
    }

    fn raw_mention(&self, p: usize, range: Range<usize>, plural: bool) -> RawMention {
        if let Some((q, subject)) = self.anaphor_source(p, range.clone()) {
            // The anaphor stays the mention; its name is the subject's.
            let span = self.tokens(p)[range.start].span();
            return RawMention { span, ..raw_mention(&self.phrases(q), subject, plural) };
        }
        if let Some(subject) = self.own_source(p, range.clone()) {
            let tokens = self.tokens(p);
            let span = tokens[range.start].start..tokens[range.end - 1].end;
            return RawMention { span, ..raw_mention(&self.phrases(p), subject, plural) };
        }
        let phrases = self.phrases(p);
        if let Some(vocative) = self.formal_address(p, range.clone()) {
            let span = self.tokens(p)[range.start].span();
            return match vocative {
                Some(vocative) => RawMention { span, ..raw_mention(&phrases, vocative, plural) },
                None => RawMention { span, addressee: true, ..raw_mention(&phrases, range, plural) },
            };
        }
        let Some(antecedent) = self.antecedent(p, range.clone()) else {
            // Past `formal_address`: the "Sie" opens its sentence.
            let may_address = self.sie_before_plural_verb(p, range.clone());
            return RawMention { may_address, ..raw_mention(&phrases, range, plural) };
        };
        // "voters who say …": PolNeAR marks the relative pronoun, but the
        // statement is looked up under the phrase it stands for.
        let span = self.tokens(p)[range.start].span();
        RawMention { span, ..raw_mention(&phrases, antecedent, plural) }
    }

    /// The phrase an English relative pronoun mention ("who", "which",
    /// "that") follows, within its clause: "Democrats who", "the poll,
    /// which".
    /// For a capitalised German "Sie" after the first word of its sentence,
    /// the listener addressed ("Herr Roth, Sie haben gesagt, …", "wie Sie
    /// es sagen"), in a debate or an interview, and not "she" or "they": the
    /// vocative right before it that names the listener, if there is one.
    fn formal_address(&self, p: usize, range: Range<usize>) -> Option<Option<Range<usize>>> {
        if !self.german || range.len() != 1 || range.start == 0 {
            return None;
        }
        let tokens = self.tokens(p);
        let before = &tokens[range.start - 1];
        let comma = before.is_punct(',');
        let mid_sentence = (before.is_word() || comma) && before.quoted == tokens[range.start].quoted;
        if !mid_sentence || &self.text[tokens[range.start].span()] != "Sie" {
            return None;
        }
        if !comma {
            return Some(None);
        }
        let end = range.start - 1;
        let start = tokens[..end].iter().rposition(|t| !(t.is_word() && t.upper)).map_or(0, |i| i + 1);
        let honorific = (start..end).find(|&i| self.is_any_word(p, i, &["herr", "frau"]));
        Some(honorific.filter(|&h| h + 1 < end).map(|h| h..end))
    }

    /// True when a German address opens at `index`: "Herr Präsident", "Frau
    /// Kollegin Roth", with no article before it, as a vocative has none.
    fn is_vocative(&self, p: usize, index: usize) -> bool {
        self.is_any_word(p, index, &["herr", "frau"])
            && self.tokens(p).get(index + 1).is_some_and(|t| t.is_word() && t.upper && !t.quoted)
    }

    /// True for a German "Sie" before a plural finite verb ("Sie haben
    /// gesagt", "Sie sprechen von"), which may address the listener; "Sie
    /// sagt" is "she".
    fn sie_before_plural_verb(&self, p: usize, range: Range<usize>) -> bool {
        let tokens = self.tokens(p);
        if !self.german || range.len() != 1 || &self.text[tokens[range.start].span()] != "Sie" {
            return false;
        }
        let Some(verb) = tokens.get(range.start + 1).filter(|t| t.is_word() && !t.upper) else {
            return false;
        };
        let verb = &self.text[verb.span()];
        verb.ends_with("en") || verb == "sind"
    }

    fn antecedent(&self, p: usize, range: Range<usize>) -> Option<Range<usize>> {
        if self.german || range.len() != 1 || range.start == 0 {
            return None;
        }
        let tokens = self.tokens(p);
        let word = &self.text[tokens[range.start].span()];
        if !["who", "which", "that"].contains(&word) {
            return None;
        }
        let end = if tokens[range.start - 1].is_punct(',') { range.start - 1 } else { range.start };
        let limit = tokens[..end]
            .iter()
            .rposition(|t| t.kind == TokenKind::Punct && !t.is_punct('.') || t.quoted)
            .map_or(0, |i| i + 1)
            .max(end.saturating_sub(12));
        let place = |a: &Range<usize>| a.len() == 1 && tokens[a.start].tags.has(Tags::PLACE);
        self.phrases(p).phrase_before(limit, end).filter(|a| a.end == end && !place(a) && self.can_speak(p, a))
    }

    /// True when a quotation in the sentence is a statement of its own rather
    /// than a quoted phrase inside the sentence's message.
    fn is_statement_quotation(&self, q: usize, sentence: &Sentence) -> bool {
        let quotation = &self.segments.quotations[q];
        if quotation.continued || quotation.continues {
            return true;
        }
        let tokens = self.tokens(sentence.paragraph);
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
    fn is_quoted_phrase(&self, q: usize) -> bool {
        let quotation = &self.segments.quotations[q];
        let tokens = self.tokens(quotation.paragraph);
        self.german && (2..FRAGMENT_WORDS).contains(&quotation.words) && !self.is_title(tokens, quotation)
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

    /// The previous statement is close enough for an unattributed quotation
    /// to be the same speaker's: in this paragraph or one of the two before.
    fn recent_statement(&self, p: usize) -> bool {
        self.found.last().is_some_and(|f| p - f.paragraph.min(p) <= 2)
    }

    /// True for a German sentence whose only report marker is "soll" with a
    /// present infinitive ("Die Taufe soll am 15. Juni erfolgen", "Der Bau
    /// soll 2010 beginnen") when two or more sentences without a statement
    /// stand between it and the last statement: such a sentence states a plan
    /// in the writer's voice, which the gold leaves out, while close to a
    /// statement it mostly carries that statement on. "soll … haben", "soll
    /// … worden sein" report hearsay and stay.
    fn is_plan_after_gap(&self, sentence: &Sentence, index: usize) -> bool {
        const PERFECT: [&str; 2] = ["haben", "sein"];
        let near = self.found.last().is_some_and(|last| last.sentence + 2 >= index);
        if near || !self.german {
            return false;
        }
        let p = sentence.paragraph;
        let tokens = &self.tokens(p)[sentence.tokens.clone()];
        let reportative = tokens.iter().any(|t| t.tags.has(Tags::REPORTATIVE));
        let subjunctive = tokens.iter().any(|t| t.tags.has(Tags::SUBJUNCTIVE | Tags::REPORTED_MOOD));
        let perfect = sentence.tokens.clone().any(|i| self.is_any_word(p, i, &PERFECT));
        reportative && !subjunctive && !perfect
    }

    fn is_free_indirect(&self, sentence: &Sentence) -> bool {
        let Some(last) = self.found.last() else {
            return false;
        };
        if sentence.paragraph - last.paragraph.min(sentence.paragraph) > 1 || !self.german {
            return false;
        }
        if last.rule == "passive-speech-act" && last.mention.is_none() {
            // "Als Grund wurde ein Defekt genannt.": no one to carry on.
            return false;
        }
        let tokens = self.tokens(sentence.paragraph);
        let words = tokens[sentence.tokens.clone()].iter().filter(|t| t.is_word()).count();
        if words < 4 {
            return false;
        }
        // A marker closing a relative or subordinate clause ("…, die
        // ausgebaut werden sollen") says nothing about the main clause.
        self.has_main_marker(sentence, Tags::SUBJUNCTIVE | Tags::REPORTATIVE)
    }

    /// True when one of two sentences in a row reports in the Konjunktiv
    /// and the other only by "soll": the gold makes hearsay ("Er soll …
    /// gewesen sein.") and what a source said ("Dabei habe er …") statements
    /// of their own.
    fn changes_mood(&self, index: usize) -> bool {
        let Some(before) = index.checked_sub(1) else {
            return false;
        };
        let subjunctive = |i: usize| {
            let sentence = &self.segments.sentences[i];
            self.tokens(sentence.paragraph)[sentence.tokens.clone()]
                .iter()
                .any(|t| !t.quoted && t.tags.has(Tags::SUBJUNCTIVE | Tags::REPORTED_MOOD))
        };
        subjunctive(before) != subjunctive(index)
    }

    /// True when an attribution's mention names a person by name or role,
    /// or a body by a body noun.
    fn can_speak_strictly(&self, p: usize, attribution: &Attribution) -> bool {
        let Some(mention) = attribution.mention.clone() else {
            return false;
        };
        let tokens = self.tokens(p);
        let reading = self.phrases(p).read(mention.clone());
        let has_role_or_body = tokens[mention].iter().any(|t| t.tags.has(Tags::ROLE | Tags::BODY));
        matches!(reading.kind, MentionKind::Person | MentionKind::Description | MentionKind::Body) && has_role_or_body
    }

    /// For a German sentence in Konjunktiv I that no statement before it
    /// explains, the subject of the sentence before, in the same paragraph,
    /// when it can speak.
    /// The subject of the sentence before `index`, in its paragraph, when
    /// no statement was found there and it names a person or body with a
    /// role or body noun, by a full name, or by a word the article uses as
    /// a name.
    fn subject_between(&self, index: usize) -> Option<Attribution> {
        let gap = self.found.last().is_some_and(|last| last.sentence + 1 < index);
        let previous = &self.segments.sentences[index.checked_sub(1)?];
        if !gap || previous.paragraph != self.segments.sentences[index].paragraph {
            return None;
        }
        self.named_subject(index - 1)
    }

    /// The subject of sentence `index` when it names a person or body with a
    /// role or body noun, by a full name, or by a word the article uses as a
    /// name.
    fn named_subject(&self, index: usize) -> Option<Attribution> {
        let sentence = &self.segments.sentences[index];
        let speaks = |frame: &Attribution| {
            self.can_speak_strictly(sentence.paragraph, frame)
                || self.names_person(sentence.paragraph, frame)
                || self.is_introduced_surname(index, frame)
                || self.is_named_elsewhere(index, frame)
        };
        // "Am Montag hat die Kommission den Termin festgelegt.": the subject
        // may also follow a fronted adverbial and the verb.
        self.quote_frame(sentence)
            .filter(speaks)
            .or_else(|| self.place_subject(sentence))
            .or_else(|| self.subject_after_fronted(sentence).filter(speaks))
    }

    /// "Die Kommission gab das Ergebnis bekannt. Demnach …": a sentence that
    /// opens with "Demnach" or "Danach" reports what the subject of the
    /// sentence before made known; the paragraph and tokens of that subject.
    fn anaphor_source(&self, p: usize, range: Range<usize>) -> Option<(usize, Range<usize>)> {
        let tokens = self.tokens(p);
        let token = &tokens[range.start];
        if !self.german
            || range.len() != 1
            || !token.upper
            || !token.tags.has(Tags::SOURCE_ANAPHOR) && !self.is_word(p, range.start, "danach")
        {
            return None;
        }
        let index = self.sentence_of(p, range.start)?;
        let opens = self.segments.sentences[index].tokens.clone().find(|&i| tokens[i].is_word()) == Some(range.start);
        if !opens || index == 0 {
            return None;
        }
        let subject = self.named_subject(index - 1)?.mention?;
        Some((self.segments.sentences[index - 1].paragraph, subject))
    }

    /// "Die Feuerwehr hat nach eigenen Angaben …", "Nach eigenen Angaben hat
    /// das Amt …": a source in "eigen" is the subject of its own sentence.
    fn own_source(&self, p: usize, range: Range<usize>) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        if !self.german || range.len() < 2 || !tokens[range.end - 1].tags.has(Tags::SPEECH_NOUN) {
            return None;
        }
        if !self.text[tokens[range.start].span()].starts_with("eigen") {
            return None;
        }
        let index = self.sentence_of(p, range.start)?;
        let subject = self.named_subject(index)?.mention?;
        (subject.end <= range.start || subject.start >= range.end).then_some(subject)
    }

    /// "Larson gab sich optimistisch. Man sei …": a surname alone, whose
    /// person the article named in full before sentence `index`, reads as
    /// that person, where a lone capitalised word might be any noun.
    fn is_introduced_surname(&self, index: usize, attribution: &Attribution) -> bool {
        let p = self.segments.sentences[index].paragraph;
        let Some(mention) = attribution.mention.clone().filter(|m| m.len() == 1) else {
            return false;
        };
        let token = &self.tokens(p)[mention.start];
        if !token.upper || !token.tags.is_empty() {
            return false;
        }
        let surname = &self.text[token.span()];
        self.persons.iter().any(|person| {
            person.sentence < index
                && !person.place
                && person.name.strip_suffix(surname).is_some_and(|first| first.ends_with(' '))
        })
    }

    /// "Tarvik lehnte ab.", "Die GVK reagierte": a lone capitalised word
    /// that the article also uses inside a person's full name, or an
    /// acronym, names someone, where a German noun might be anything.
    fn is_named_elsewhere(&self, index: usize, attribution: &Attribution) -> bool {
        let p = self.segments.sentences[index].paragraph;
        let Some(mention) = attribution.mention.clone() else {
            return false;
        };
        let tokens = self.tokens(p);
        let mut words = mention.clone().filter(|&i| tokens[i].is_word() && !tokens[i].tags.has(Tags::DETERMINER));
        let (Some(only), None) = (words.next(), words.next()) else {
            return false;
        };
        let token = &tokens[only];
        if !token.upper || token.quoted || !token.tags.is_empty() || self.phrases(p).looks_like_noun(only) {
            return false;
        }
        let word = &self.text[token.span()];
        let acronym = word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        acronym
            || self.persons.iter().any(|person| {
                person.sentence != index
                    && !person.place
                    && person.name.contains(' ')
                    && person.name.split(' ').any(|part| part == word)
            })
    }

    /// A country or capital opening a sentence as its subject, "Der Iran
    /// streitet dies ab", "Frankreich lehnt …": it speaks for its
    /// government, though mentions read it as no speaker.
    fn place_subject(&self, sentence: &Sentence) -> Option<Attribution> {
        let tokens = self.tokens(sentence.paragraph);
        let start = sentence.tokens.clone().find(|&i| tokens[i].is_word())?;
        let place = if tokens[start].tags.has(Tags::DETERMINER) { start + 1 } else { start };
        let verb = place + 1;
        if verb >= sentence.tokens.end || !tokens[place].tags.has(Tags::PLACE) || !tokens[place].upper {
            return None;
        }
        let finite = &tokens[verb];
        if !finite.is_word() || finite.upper || finite.quoted {
            return None;
        }
        let phrase = start..verb;
        Some(Attribution::source(verb..verb + 1, Some(phrase.clone()), phrase, "quote-frame"))
    }

    /// The subject of a German sentence that opens with an object or an
    /// adverbial and so puts it after the finite verb: "Den Unmut der Partei
    /// brachte die Sprecherin zum Ausdruck: „…“".
    fn subject_after_fronted(&self, sentence: &Sentence) -> Option<Attribution> {
        if !self.german {
            return None;
        }
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let clause = self.clauses(p, sentence.tokens.clone()).first().cloned()?;
        let opening = &tokens[clause.start];
        if opening.quoted || !opening.tags.has(Tags::PREPOSITION | Tags::TIME | Tags::MONTH | Tags::OBLIQUE) {
            return None;
        }
        let not_verb = Tags::DETERMINER
            | Tags::PREPOSITION
            | Tags::CONJUNCTION
            | Tags::PRONOUN
            | Tags::COMPLEMENTIZER
            | Tags::ADVERB
            | Tags::TIME;
        // The finite verb: the first lowercase word that is no function word
        // and no adjective after an article ("In der letzten Woche war …").
        let verb = (clause.start + 1..clause.end).find(|&i| {
            let token = &tokens[i];
            token.is_word()
                && !token.upper
                && !token.quoted
                && !token.first.is_ascii_digit()
                && !token.tags.has(not_verb)
                && !tokens[i - 1].tags.has(Tags::DETERMINER | Tags::PREPOSITION)
                && !self.attributive(p, clause.start, i)
        })?;
        // "In der Halle zeigte sich die Trainerin zufrieden: „…“": a
        // reflexive verb puts "sich" before its subject.
        let subject = if self.is_word(p, verb + 1, "sich") { verb + 2 } else { verb + 1 };
        let phrase = self.phrases(p).phrase_after(subject, clause.end).filter(|phrase| phrase.start == subject)?;
        let phrase = match self.apposition_clause(p, &self.clauses(p, sentence.tokens.clone()), 1) {
            Some(apposition) if phrase.end == clause.end => phrase.start..apposition.end,
            _ => phrase,
        };
        if tokens[phrase.start].tags.has(Tags::OBLIQUE) || !self.can_speak(p, &phrase) {
            return None;
        }
        Some(Attribution::source(verb..verb + 1, Some(phrase.clone()), phrase, "quote-frame"))
    }

    /// True when the German word at `index` has an adjective's ending and
    /// stands between an article and its noun, as an attributive participle
    /// does: "Den im Lager verbliebenen Flüchtlingen sicherte …", "Die so
    /// genannte „Reichsabgabe“".
    fn attributive(&self, p: usize, from: usize, index: usize) -> bool {
        let tokens = self.tokens(p);
        let word = &self.text[tokens[index].span()];
        // Its noun follows: "genannte „Reichsabgabe“", not "Dem stimmte der Rat zu".
        let noun_next = tokens.get(index + 1).is_some_and(|next| next.upper || next.quoted);
        if !noun_next || !["e", "en", "er", "es", "em"].iter().any(|ending| word.ends_with(ending)) {
            return false;
        }
        let Some(article) = tokens[from..index].iter().rposition(|t| t.tags.has(Tags::DETERMINER | Tags::OBLIQUE))
        else {
            return false;
        };
        // A noun closes the article's phrase, unless it ends a prepositional
        // phrase inside it ("im Lager").
        let mut in_preposition = false;
        for token in &tokens[from + article + 1..index] {
            if token.tags.has(Tags::PREPOSITION) {
                in_preposition = true;
            } else if token.upper || token.quoted {
                if !in_preposition {
                    return false;
                }
                in_preposition = false;
            }
        }
        true
    }

    /// True when an attribution's mention is a person's name of two words or more.
    fn names_person(&self, p: usize, attribution: &Attribution) -> bool {
        let Some(mention) = attribution.mention.clone() else {
            return false;
        };
        let phrases = self.phrases(p);
        let reading = phrases.read(mention);
        let Some(name) = reading.name.filter(|name| name.len() >= 2 && reading.kind == MentionKind::Person) else {
            return false;
        };
        // "Weitere Aktionen", "Politische Beobachter": an adjective and a noun
        // opening a sentence are capitalised like a name.
        let first = &self.text[self.tokens(p)[name.start].span()];
        let adjective = ADJECTIVE_NAME_ENDINGS.iter().chain(&["ere", "ige"]).any(|e| first.ends_with(e));
        !adjective && !name.clone().any(|i| phrases.looks_like_noun(i))
    }

    /// "Ilse Varga pochte darauf, dass der Kai zu klein sei": a German
    /// sentence with no known cue, opened by a subject that can speak, with
    /// a "dass" or "ob" clause in Konjunktiv I after a comma. The word that
    /// governs the clause is one of the long tail of cues the lexicon lacks;
    /// the clause is a candidate that the trained filter (learn.rs) keeps or
    /// drops by that word, the speaker's kind, and the rest, as the rule
    /// name says. Without the Konjunktiv such clauses were under the
    /// break-even share of gold words on both splits; with it, above.
    fn complement_clause(&self, sentence: &Sentence, index: usize) -> Option<Found> {
        if !self.german {
            return None;
        }
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let clauses = self.clauses(p, sentence.tokens.clone());
        let first = clauses.first()?.clone();
        let c = clauses.iter().position(|clause| {
            clause.start > first.end
                && tokens[clause.start - 1].is_punct(',')
                && (self.is_word(p, clause.start, "dass") || self.is_word(p, clause.start, "ob"))
        })?;
        let reported = tokens[clauses[c].start..sentence.tokens.end].iter().any(|t| t.tags.has(Tags::REPORTED_MOOD));
        if !reported {
            return None;
        }
        let subject = self.speaking_subject(p, &first, index)?;
        // "Die Polizei hat festgestellt, dass …": the word that governs the
        // clause closes the one before it; else it is the subject's verb.
        let closing = clauses[c - 1].end - 1;
        let verb = if tokens[closing].is_word() && !tokens[closing].upper { closing } else { subject.end };
        let plural = is_plural_verb(&self.text[tokens[verb].span()].to_lowercase(), true);
        let span = self.trimmed_span(p, clauses[c].start..sentence.tokens.end);
        Some(Found {
            kind: Kind::Indirect,
            spans: vec![span],
            cue: Some(tokens[verb].span()),
            mention: Some(self.raw_mention(p, subject, plural)),
            rule: "model-clause",
            inherits: false,
            paragraph: p,
            sentence: index,
        })
    }

    /// "Die Gruppe bot an, die Kosten zu übernehmen", "…, denen Tom Ebert
    /// vorwirft, Urheber der Krise zu sein": a German sentence with no cue
    /// found, where a verb of a closed list of speech acts that take a
    /// "zu" infinitive (announcing, promising, demanding, accusing,
    /// offering) governs a clause after a comma that ends on one. Such
    /// clauses the rules missed (the verb in a relative or "während"
    /// clause, after a fronted adverb, not in the lexicon) were nearly all
    /// gold on both splits; the trained filter weighs them by the rule name
    /// and the verb.
    fn infinitive_clause(&self, sentence: &Sentence, index: usize) -> Option<Found> {
        if !self.german {
            return None;
        }
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let clauses = self.clauses(p, sentence.tokens.clone());
        let c = (1..clauses.len()).find(|&c| {
            let clause = &clauses[c];
            // "…, um sein Abo zu kündigen": a purpose, not what was said.
            let purpose = self.is_any_word(p, clause.start, &["um", "ohne", "statt", "anstatt"]);
            clause.start > clauses[c - 1].end
                && tokens[clause.start - 1].is_punct(',')
                && !purpose
                && self.has_infinitive(p, clause.clone())
        })?;
        let before = clauses[c - 1].clone();
        let closing = before.clone().rev().find(|&i| tokens[i].is_word())?;
        if tokens[closing].upper {
            return None;
        }
        let closing_word = self.text[tokens[closing].span()].to_lowercase();
        let verb = if INFINITIVE_PARTICLES.contains(&closing_word.as_str()) {
            before.clone().find(|&i| {
                let word = self.text[tokens[i].span()].to_lowercase();
                tokens[i].is_word()
                    && !tokens[i].upper
                    && (PARTICLE_INFINITIVE_STEMS.iter().chain(INFINITIVE_STEMS).any(|stem| word.starts_with(stem)))
            })?
        } else if INFINITIVE_STEMS.iter().any(|stem| closing_word.starts_with(stem)) {
            closing
        } else {
            return None;
        };
        // "Ina Berg, Chefin des Vereins, und ihr Vize haben angeboten": a
        // person named before the verb; else "Der Verein bot an", "Auch
        // wirft der Bericht den Behörden vor": the first phrase of the
        // verb's clause that can speak, before the verb, else after it.
        let subject = self
            .first_named_person(p, index, sentence.tokens.start..verb)
            .or_else(|| self.first_speaker(p, before.start..verb))
            .or_else(|| self.first_speaker(p, verb + 1..before.end));
        let plural = is_plural_verb(&self.text[tokens[verb].span()].to_lowercase(), true);
        let mention = subject.map(|subject| self.raw_mention(p, subject, plural));
        Some(Found {
            kind: Kind::Indirect,
            spans: vec![self.trimmed_span(p, clauses[c].clone())],
            cue: Some(tokens[verb].span()),
            mention,
            rule: "model-infinitive",
            inherits: false,
            paragraph: p,
            sentence: index,
        })
    }

    /// The phrase opening the clause `first` of sentence `index` as its
    /// subject, followed by its verb, when it can speak. "Es ist klar, dass
    /// …", "Hinzu kommt, dass …": no one speaks. A lone capitalised word
    /// opening the sentence is any word, unless the article uses it as a name.
    fn speaking_subject(&self, p: usize, first: &Range<usize>, index: usize) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let subject = self.phrases(p).phrase_after(first.start, first.end)?;
        let finite = subject.end;
        let is_verb = finite < first.end && tokens[finite].is_word() && !tokens[finite].upper;
        let not_subject = Tags::OBLIQUE | Tags::SUBORDINATOR | Tags::CONJUNCTION | Tags::ADVERB;
        if subject.start != first.start || !is_verb || tokens[subject.start].tags.has(not_subject) {
            return None;
        }
        let reading = self.phrases(p).read(subject.clone());
        let frame = Attribution::source(finite..finite + 1, Some(subject.clone()), subject.clone(), "model-clause");
        let lone =
            subject.clone().filter(|&i| tokens[i].is_word() && !tokens[i].tags.has(Tags::DETERMINER)).count() == 1;
        let speaks = match reading.kind {
            MentionKind::Person if lone => {
                self.is_named_elsewhere(index, &frame) || self.is_introduced_surname(index, &frame)
            }
            MentionKind::Person | MentionKind::Description | MentionKind::Body => true,
            MentionKind::Pronoun => !self.is_word(p, subject.start, "es"),
            MentionKind::Other => false,
        };
        speaks.then_some(subject)
    }

    fn unanchored_report(&self, index: usize) -> Option<Attribution> {
        if !self.german || index == 0 {
            return None;
        }
        let sentence = &self.segments.sentences[index];
        let previous = &self.segments.sentences[index - 1];
        if previous.paragraph != sentence.paragraph || !self.has_main_marker(sentence, Tags::REPORTED_MOOD) {
            return None;
        }
        self.quote_frame(previous)
    }

    /// The part of a sentence in reported speech: from its first clause in
    /// the subjunctive when the clause before ends with a cue ("…, der vor
    /// dem Parlament betonte, er gehöre keiner Partei an"); else all of it.
    fn reported_part(&self, p: usize, range: Range<usize>) -> Range<usize> {
        let clauses = self.clauses(p, range.clone());
        let end = self.indicative_tail(p, &clauses).unwrap_or(range.end);
        self.reported_start(p, &clauses).unwrap_or(range.start)..end
    }

    /// Where the reported part of a sentence starts, if after its start.
    fn reported_start(&self, p: usize, clauses: &[Range<usize>]) -> Option<usize> {
        let tokens = self.tokens(p);
        let marked = |clause: &Range<usize>| {
            tokens[clause.clone()].iter().any(|t| !t.quoted && t.tags.has(Tags::REPORTED_MOOD | Tags::SUBJUNCTIVE))
        };
        if let Some(c) = clauses.iter().position(marked).filter(|&c| c > 0) {
            let before = clauses[c - 1].clone();
            let tail = before.start.max(before.end.saturating_sub(3))..before.end;
            let cued = tokens[tail].iter().any(|t| !t.quoted && t.tags.has(Tags::CUE | Tags::SPEECH_NOUN));
            let introduced = c == 1 && self.introduces_report(p, before, clauses[c].start);
            if cued || introduced {
                return Some(clauses[c].start);
            }
            if let Some(start) = self.subject_led_report(p, clauses) {
                return Some(start);
            }
        }
        self.report_after_colon(p, clauses)
    }

    /// "Ende August war ein neuer Fall bekannt geworden: Ein Mann soll …": the
    /// narrator's words before a colon introduce the report after it.
    fn report_after_colon(&self, p: usize, clauses: &[Range<usize>]) -> Option<usize> {
        let tokens = self.tokens(p);
        if self.clauses_quote(p, clauses) {
            return None;
        }
        let c = self.first_reported_clause(p, clauses)?;
        let colon = (0..c).rev().find(|&k| tokens.get(clauses[k].end).is_some_and(|t| t.is_punct(':')))?;
        Some(clauses[colon + 1].start)
    }

    /// "Proteste werde man nicht hinnehmen, ist die Botschaft des
    /// Beschlusses": a clause that opens on a verb in the indicative after a
    /// reported one makes the report its subject or object, and is the
    /// narrator's; the report ends before it.
    fn indicative_tail(&self, p: usize, clauses: &[Range<usize>]) -> Option<usize> {
        if self.clauses_quote(p, clauses) {
            return None;
        }
        let marked = self.first_reported_clause(p, clauses)?;
        (marked + 1..clauses.len())
            .find(|&k| self.opens_on_indicative_verb(p, clauses[k].start))
            .map(|k| clauses[k - 1].end)
    }

    /// True when the clause starting at `start` opens on a finite verb in
    /// the indicative: lowercase, as a German verb inside a sentence is.
    fn opens_on_indicative_verb(&self, p: usize, start: usize) -> bool {
        let opening = &self.tokens(p)[start];
        opening.is_word()
            && !opening.upper
            && opening.tags.has(Tags::VERB | Tags::AUXILIARY)
            && !opening.tags.has(Tags::REPORT_MARKERS)
    }

    /// True when `clauses` hold a quotation: the span rules for reported
    /// clauses leave such sentences to the quotation rules.
    fn clauses_quote(&self, p: usize, clauses: &[Range<usize>]) -> bool {
        let (Some(first), Some(last)) = (clauses.first(), clauses.last()) else {
            return false;
        };
        self.tokens(p)[first.start..last.end].iter().any(|t| t.quoted)
    }

    /// The first of `clauses` with a verb in reported mood or hearsay "soll".
    fn first_reported_clause(&self, p: usize, clauses: &[Range<usize>]) -> Option<usize> {
        let tokens = self.tokens(p);
        clauses.iter().position(|clause| tokens[clause.clone()].iter().any(|t| t.tags.has(Tags::REPORT_MARKERS)))
    }

    /// "Die Armee, die laut Regierung die Lage überwacht, hält sich zurück":
    /// a source inside a relative or subordinate clause reports that clause,
    /// which ends where the main clause goes on with its verb.
    fn main_clause_after(&self, p: usize, range: Range<usize>) -> Option<usize> {
        let tokens = self.tokens(p);
        if tokens[range.clone()].iter().any(|t| t.quoted) {
            return None;
        }
        let clauses = self.clauses(p, range);
        (1..clauses.len())
            .find(|&k| {
                // "wer streikt, muss recht haben": a free relative is the subject
                // of the verb after it, inside the message.
                let free_relative = self.is_any_word(p, clauses[k - 1].start, &["wer", "was"]);
                self.opens_on_indicative_verb(p, clauses[k].start) && !free_relative
            })
            .map(|k| clauses[k - 1].end)
    }

    /// The subject of the narrator's clause that `subject_led_report` leaves
    /// out of a reported sentence, when it can speak.
    fn narrator_frame(&self, p: usize, range: Range<usize>) -> Option<Attribution> {
        let tokens = self.tokens(p);
        let clauses = self.clauses(p, range.clone());
        let start = self.subject_led_report(p, &clauses)?;
        let lead = Sentence { paragraph: p, tokens: range.start..start };
        self.quote_frame(&lead)
            .or_else(|| self.subject_after_fronted(&lead))
            .filter(|frame| self.can_speak_strictly(p, frame) || self.names_person(p, frame))
            .filter(|frame| {
                // "Ende August war …", "Zuletzt hatte im Mai …": a date is no one.
                frame.mention.as_ref().is_some_and(|m| {
                    !self.is_date(p, m.clone())
                        && !tokens[m.clone()].iter().any(|t| t.tags.has(Tags::MONTH | Tags::TIME))
                })
            })
    }

    /// "Northrop zog das Angebot mit der Begründung zurück, dieses habe …":
    /// a reported clause that opens on its own subject after a clause of the
    /// narrator's is where the gold starts the message, cue or no cue; a
    /// clause that opens on its verb or closes on it ("…, sollen beteiligt
    /// gewesen sein", "…, die verhaftet worden seien") or on an expletive
    /// ("…, es gebe keinen Ersatz") goes on a sentence begun before it.
    fn subject_led_report(&self, p: usize, clauses: &[Range<usize>]) -> Option<usize> {
        const SHORTEST_LEAD: usize = 4;
        const SHORTEST_CLAUSE: usize = 3;
        let tokens = self.tokens(p);
        let first = clauses.first()?.start;
        if self.clauses_quote(p, clauses) {
            return None;
        }
        let c = self.first_reported_clause(p, clauses)?;
        let words = |range: Range<usize>| tokens[range].iter().filter(|t| t.is_word()).count();
        if c == 0 || words(first..clauses[c].start) < SHORTEST_LEAD || words(clauses[c - 1].clone()) < SHORTEST_CLAUSE {
            return None;
        }
        // "Eine Koalition aus SPD, Grünen und der Linkspartei wäre …": a lead
        // without a verb is the subject's first half, not a clause.
        let function_words = Tags::DETERMINER
            | Tags::PREPOSITION
            | Tags::ADVERB
            | Tags::CONJUNCTION
            | Tags::PRONOUN
            | Tags::COMPLEMENTIZER
            | Tags::SUBORDINATOR;
        let verb = (first + 1..clauses[c].start)
            .any(|i| tokens[i].is_word() && !tokens[i].upper && !tokens[i].tags.has(function_words));
        if !verb {
            return None;
        }
        let clause: Vec<usize> = clauses[c].clone().filter(|&i| tokens[i].is_word()).collect();
        let opening = usize::from(tokens[*clause.first()?].tags.has(Tags::CONJUNCTION));
        let subject = *clause.get(opening)?;
        let names_subject = tokens[subject].tags.has(Tags::DETERMINER | Tags::PRONOUN)
            || tokens[subject].upper
            || self.is_any_word(p, subject, &["man", "ich", "wir"]);
        let marker = clause.iter().position(|&i| tokens[i].tags.has(Tags::REPORT_MARKERS))?;
        let verb_second = marker > opening && marker + 1 < clause.len();
        (names_subject && !tokens[subject].tags.has(Tags::REPORT_MARKERS) && verb_second).then_some(clauses[c].start)
    }

    /// "Gegen das Buch wurde eingewandt, es verletze …", "CDU und FDP
    /// setzten dem entgegen, dass …": a main clause in the indicative that
    /// closes on its verb, followed by a reported clause that opens with
    /// "dass" or its subject, introduces what is reported even without a
    /// cue the lexicon knows; the gold leaves it out of the message.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    fn introduces_report(&self, p: usize, first: Range<usize>, next: usize) -> bool {
        const SHORTEST_CLAUSE: usize = 3;
        let tokens = self.tokens(p);
        let last = self.trimmed_end(p, first.clone());
        if last < first.start + SHORTEST_CLAUSE {
            return false;
        }
        let plain = tokens[first.start..last].iter().all(|t| t.is_word() && !t.quoted);
        let main = !tokens[first.start].tags.has(Tags::SUBORDINATOR | Tags::COMPLEMENTIZER);
        let closes_on_verb = !tokens[last - 1].upper;
        let opening = &tokens[next];
        let subject_first = opening.tags.has(Tags::COMPLEMENTIZER | Tags::PRONOUN | Tags::DETERMINER)
            && !opening.tags.has(Tags::SUBJUNCTIVE | Tags::REPORTED_MOOD)
            || opening.upper && opening.is_word() && !opening.quoted
            || self.is_any_word(p, next, &["es", "man"]);
        plain && main && closes_on_verb && subject_first
    }

    /// True when a word with `marker` stands in a main clause of the
    /// sentence, not at the end of a relative or subordinate clause.
    fn has_main_marker(&self, sentence: &Sentence, marker: Tags) -> bool {
        let tokens = self.tokens(sentence.paragraph);
        let marked = tokens[sentence.tokens.clone()].iter().any(|t| !t.quoted && t.tags.has(marker));
        if !marked {
            return false;
        }
        let clauses = self.clauses(sentence.paragraph, sentence.tokens.clone());
        clauses.iter().any(|clause| {
            let subordinate = tokens[clause.start].tags.has(Tags::SUBORDINATOR);
            clause.clone().any(|i| {
                let token = &tokens[i];
                let closes = i + 1 == clause.end || tokens[i + 1].kind == TokenKind::Punct;
                !token.quoted && token.tags.has(marker) && !(subordinate && closes)
            })
        })
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
        Cow::Borrowed(cached.clauses.get_or_init(|| self.split_clauses(p, range)))
    }

    /// Clause boundaries: unquoted commas, semicolons, colons and dashes
    /// outside parentheses, and quotations.
    fn split_clauses(&self, p: usize, range: Range<usize>) -> Vec<Range<usize>> {
        let tokens = self.tokens(p);
        let mut clauses = Vec::new();
        let mut start = range.start;
        let mut depth = 0usize;
        for index in range.clone() {
            let token = &tokens[index];
            // Most tokens are words inside or outside a quotation that goes
            // on after them: they neither open nor end a clause.
            if token.kind == TokenKind::Word && tokens.get(index + 1).is_some_and(|t| t.quoted) == token.quoted {
                continue;
            }
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
        clauses
    }

    /// The words of the quoted run on either side of the edge after `index`:
    /// a quoted title or name („Welt“) does not break a clause.
    fn quoted_run_words(tokens: &[Token], index: usize) -> usize {
        if tokens[index].quoted {
            tokens[..=index].iter().rev().take_while(|t| t.quoted).filter(|t| t.is_word()).count()
        } else {
            tokens[index + 1..].iter().take_while(|t| t.quoted).filter(|t| t.is_word()).count()
        }
    }

    /// Finds the cue and speaker of a sentence, if it has them.
    fn attribution(&self, sentence: &Sentence) -> Option<Attribution> {
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let clauses = self.clauses(p, sentence.tokens.clone());
        let mut first: Option<Attribution> = None;
        for (c, clause) in clauses.iter().enumerate() {
            if tokens[clause.clone()].iter().all(|t| t.quoted) {
                continue;
            }
            for index in clause.clone() {
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
    fn concession_statement(&self, sentence: &Sentence, index: usize) -> Option<Found> {
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
    fn relative_statement(&self, sentence: &Sentence, index: usize, main: &Attribution) -> Option<Found> {
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
    fn without_reporting_relative(&self, p: usize, mention: Range<usize>) -> Range<usize> {
        let tokens = self.tokens(p);
        let Some(who) = (mention.start + 1..mention.end).find(|&i| self.is_word(p, i, "who")) else {
            return mention;
        };
        // Only the verbs of saying: "who endorsed Cruz" or "who wants a
        // commission" stays part of the description in the gold.
        let reports =
            tokens[who + 1..mention.end].iter().any(|t| t.tags.has(Tags::INVERTIBLE) && !t.quoted && !t.upper);
        if !reports || !tokens[who - 1].is_punct(',') {
            return mention;
        }
        mention.start..self.trimmed_end(p, mention.start..who)
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
        let tokens = self.tokens(sentence.paragraph);
        for (later, clause) in clauses.iter().enumerate().skip(c + 1) {
            for index in clause.clone() {
                if tokens[index].quoted || !tokens[index].tags.has(Tags::CUE) {
                    continue;
                }
                let Some(found) = self.verb_cue_at(index, clause.clone(), clauses, later, sentence.paragraph) else {
                    continue;
                };
                if found.mention.as_ref().is_some_and(|m| m.start < relative && m.end > relative) {
                    return Some(found);
                }
                return None;
            }
        }
        None
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
        let region = subject.start..found.region.end;
        Some(Attribution { mention: Some(subject), region, coordinated: false, ..found })
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
        if !token.is_word() || token.quoted {
            return None;
        }
        // An English source opens on a listed preposition or postposition,
        // or on "In" opening the sentence ("In a poll, …"): most words are
        // none, and the German sources are many.
        let source_word = self.german
            || token.tags.has(Tags::SOURCE_PREP | Tags::SOURCE_POSTP)
            || c == 0 && index == clauses[c].start;
        if source_word && let Some(source) = self.source_at(index, clauses, c, p) {
            return source;
        }
        if !token.tags.has(Tags::CUE | Tags::SEPARABLE) {
            return None;
        }
        self.verb_cue_at(index, clause, clauses, c, p)
    }

    /// Sources named without a verb: "laut X", "X zufolge", "nach Angaben
    /// der Polizei", "…, so X.", "Demnach …", "In der Erklärung heißt es".
    /// `None` when the word cannot open such a source, `Some(None)` when it
    /// does but no source is found.
    fn source_at(&self, index: usize, clauses: &[Range<usize>], c: usize, p: usize) -> Option<Option<Attribution>> {
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
                let mention = self.with_apposition(p, clauses, c, mention);
                // "according to an email from the president of the federation
                // obtained by The Huffington Post": English sources run to the
                // clause's end, PolNeAR's source span.
                let mention =
                    if self.german { mention } else { mention.start..self.source_end(p, mention.end, clause.end) };
                let region = index..self.fronted_source_end(p, clauses, index, mention.end);
                Attribution::source(index..from, Some(mention), region, "source-preposition")
            }));
        }
        // "X zufolge"
        if tags.has(Tags::SOURCE_POSTP) {
            return Some(phrases.phrase_before(clause.start, index).map(|mention| {
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
            return Some(Some(Attribution {
                verb: true,
                ..Attribution::source(cue_start..cue_end, where_said, region, "impersonal-cue")
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
    fn source_end(&self, p: usize, end: usize, clause_end: usize) -> usize {
        let tokens = self.tokens(p);
        let mut last = clause_end;
        while last > end && tokens[last - 1].kind == TokenKind::Punct {
            last -= 1;
        }
        let plain = tokens[end..last].iter().all(|t| !t.quoted && !t.tags.has(Tags::CUE | Tags::COMPLEMENTIZER));
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

    /// A reporting verb and its subject: "sagte der Minister", "Er teilte
    /// mit", "Dies erklärte X".
    fn verb_cue_at(
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
        let lower = self.text[tokens[index].span()].to_lowercase();
        let mut separable = tags.has(Tags::SEPARABLE) && self.has_particle(p, index, clause.clone(), &lower);
        if self.german
            && tags.has(Tags::SEPARABLE)
            && !separable
            && self.apposition_clause(p, clauses, c + 1).is_some()
            && let Some(last) = clauses.get(c + 2).filter(|l| self.has_particle(p, index, clause.start..l.end, &lower))
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
        if !self.german && lower == "called" && self.is_naming_called(p, index, &clause) {
            return None;
        }
        let sentence_start = clauses.first().map_or(clause.start, |first| first.start);
        let opens = index == sentence_start || tokens[index - 1].kind == TokenKind::QuoteMark;
        if tokens[index].upper && !opens {
            // "the United States", "In Berichten": a noun, not the verb.
            return None;
        }
        // "Some say", "Many believed": after a quantifier, a verb not in -s.
        let after_quantifier =
            index > 0 && self.is_any_word(p, index - 1, &["some", "many", "several"]) && !lower.ends_with('s');
        if index > clause.start
            && !self.german
            && !after_quantifier
            && (tokens[index - 1].tags.has(Tags::DETERMINER)
                || tokens[index - 1].first.is_ascii_digit() && lower == "states")
        {
            // "the claims", "30 states"
            return None;
        }
        if !self.german && matches!(lower.as_str(), "show" | "shows") && index > clause.start && {
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
            && matches!(lower.as_str(), "view" | "views")
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
        if !self.german && matches!(lower.as_str(), "want" | "wants" | "plans") && !self.is_word(p, index + 1, "to") {
            // "Rubio wants to emerge as …" reports an aim; "voters want change"
            // names a thing.
            return None;
        }
        if !self.german && lower.ends_with("ing") && index == clause.start && c > 0 {
            return self.participle_cue(index, clause, clauses, c, p, &lower);
        }
        if self.german && tags.has(Tags::SPEECH_ACT) {
            if let Some(passive) = self.passive_speech_act(index, clauses, c, p) {
                return Some(passive);
            }
            if PASSIVE_ONLY_CUES.contains(&lower.as_str()) {
                // "sie habe … angegeben" is what she said, not a cue.
                return None;
            }
            if lower.starts_with("schätz") && self.is_valuing(p, index, clauses, c) {
                return None;
            }
        }
        if self.german && self.is_not_saying(p, index, &clause, clauses, &lower) {
            return None;
        }
        if self.german && self.is_naming_apposition(p, index, &clause, &lower) {
            return None;
        }
        if self.german && lower == "angenommen" && !self.is_passive_report(p, clauses, c, index) {
            // Only "Es wird angenommen, dass …" reports; "Der Antrag wurde
            // angenommen" was accepted.
            return None;
        }
        let plural = is_plural_verb(&lower, self.german);
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
            let subject_end = if separable && self.particle_before(p, index, &lower) { index - 1 } else { index };
            match phrases.phrase_before(clause.start, subject_end) {
                Some(object) if oblique(&object) && self.german => phrases.phrase_after(index + 1, clause.end),
                // "Den Gemeinden schlug er vor": a pronoun after the verb is
                // the subject, so the phrase before it is an object.
                Some(_) if self.is_subject_pronoun_after(p, index) => Some(index + 1..index + 2),
                // "Besorgt zeigte sich Kofi Annan", "Eine Verschiebung bezeichnete
                // Conze als fatal": the first place holds something else, and
                // a speaker follows the verb.
                Some(fronted)
                    if self.german && (!self.can_speak(p, &fronted) || self.is_fronted_adverb(p, &fronted)) =>
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
            && let Some(noun) = mention.clone().filter(|m| m.start > clause.start && m.len() <= 4)
            && (self.is_any_word(p, noun.end - 1, &DOCUMENTS) || self.is_any_word(p, noun.end - 1, &ISSUED))
            && let Some(issuer) = self.first_speaker(p, clause.start..noun.start)
        {
            // "The league issued a statement saying …", "sent an open letter
            // calling …": the document's issuer speaks, not the document. A
            // name phrase can run on into the verb ("The Harbor League sent").
            const ISSUING: [&str; 7] = ["sent", "out", "released", "issued", "posted", "published", "unveiled"];
            let mut end = issuer.end;
            while end > issuer.start + 1 && self.is_any_word(p, end - 1, &ISSUING) {
                end -= 1;
            }
            mention = Some(issuer.start..end);
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
                    .message_start(p, index + 1, clause.end, &lower)
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
        if mention.is_some() && self.is_addressed_in_passive(p, clauses, c, index, &lower) {
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
            // a passive cue reports without naming who spoke.
            let message_from = self
                .message_start(p, index + 1, clause.end, &lower)
                .filter(|&from| tokens[from].tags.has(Tags::COMPLEMENTIZER));
            return Some(Attribution {
                rule: "passive-cue",
                message_from,
                plural,
                subject_first: true,
                verb: true,
                ..Attribution::source(index..index + 1, None, clause.start..message_from.unwrap_or(clause.end), "")
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
        if !self.german
            && !inverted
            && c > 0
            && mention.start == clause.start
            && !tokens[mention.start].tags.has(Tags::PRONOUN)
            // A list: with one phrase before a single subject's comma, the
            // comma more often closes an opening phrase ("In Ohio, Trump said").
            && (mention.start + 1..mention.end).any(|i| self.is_word(p, i, "and") || self.is_word(p, i, "or"))
            && let Some(chain) = self.apposition_chain(p, clauses, c)
            // Not "As a small island State, Sao Tome and Principe calls": a
            // phrase after an opening conjunction is an adverbial.
            && clauses[..c].iter().any(|cl| cl.start == chain.start)
            && !self.text[tokens[chain.start].span()].ends_with("ly")
            && clauses[..c].iter().rev().take_while(|cl| cl.start >= chain.start).all(|cl| {
                self.phrases(p).phrase_after(cl.start, cl.end).is_some_and(|ph| ph == *cl)
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
            .message_start(p, after_attribution, clause.end, &lower)
            .filter(|&from| !self.german || tokens[from].tags.has(Tags::COMPLEMENTIZER));
        let region_end = message_from.unwrap_or(clause.end);
        // "The bank is expected to act", "Sanders was asked to name …": the
        // subject of a passive is no source; PolNeAR leaves the relation
        // without one.
        let passive = !self.german && (lower.ends_with("ed") || lower == "told") && self.after_form_of_be(p, index);
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
        let call = sentence.clone().any(|i| self.is_any_word(p, i, &["redner", "rednerin"]));
        let topic = sentence.into_iter().any(|i| self.is_any_word(p, i, &TOPIC[..5]));
        let particle = self
            .trimmed_end(p, clause.clone())
            .checked_sub(1)
            .is_some_and(|end| self.is_any_word(p, end, &["aus", "zu", "an", "ab"]));
        formula || partner || stance || call || !(topic || particle)
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

    /// "Der Bär, auch „Bruno“ genannt, ist …": a participle that names, set
    /// off by commas after "auch" or "kurz", is no cue for the clauses
    /// around it.
    fn is_naming_apposition(&self, p: usize, index: usize, clause: &Range<usize>, lower: &str) -> bool {
        let tokens = self.tokens(p);
        let words = clause.clone().filter(|&i| tokens[i].is_word()).count();
        const NAMING: [&str; 8] = ["auch", "kurz", "oft", "meist", "häufig", "so", "gern", "gerne"];
        lower == "genannt"
            && words <= 5
            && self.is_any_word(p, clause.start, &NAMING)
            && clause.start.checked_sub(1).is_some_and(|i| tokens[i].is_punct(',') || tokens[i].is_punct('('))
            && tokens.get(index + 1).is_some_and(|t| t.is_punct(',') || t.is_punct(')'))
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
        const PASSIVE: [&str; 5] = ["wird", "wurde", "wurden", "werden", "worden"];
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
        if !(clause.start..index).any(|i| self.is_any_word(p, i, &PASSIVE)) {
            return None;
        }
        let phrases = self.phrases(p);
        // "wurden von der Opposition … bezeichnet", "Von der Opposition wurden
        // …", "… beklagt – so etwa von der Umwelthilfe".
        let sentence_end = clauses.last().map_or(clause.end, |last| last.end);
        let agent = (clause.start..sentence_end)
            .filter(|&i| i != index && (self.is_word(p, i, "von") || self.is_word(p, i, "vom")))
            .filter_map(|by| phrases.phrase_after(by + 1, if by < index { index } else { sentence_end }))
            .find(|agent| self.can_speak(p, agent));
        Some(Attribution {
            cue: index..index + 1,
            verb: true,
            speech_act: true,
            clausal: false,
            subject_first: true,
            ..Attribution::source(index..index + 1, agent, clause, "passive-speech-act")
        })
    }

    /// True when a form of "be" stands before the English participle at
    /// `index`, past adverbs: "was told", "is also expected".
    fn after_form_of_be(&self, p: usize, index: usize) -> bool {
        let tokens = self.tokens(p);
        let is_adverb = |t: &Token| t.tags.has(Tags::ADVERB) && !t.upper;
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
        const PASSIVE: [&str; 5] = ["wird", "wurde", "wurden", "werden", "worden"];
        let tokens = self.tokens(p);
        // "war vermutet worden, dass …": the pluperfect puts "worden" after
        // the participle.
        let passive = (clauses[c].start..index).any(|i| self.is_any_word(p, i, &PASSIVE))
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

    /// For a German subject that opens its clause with a role ("Sprecher des
    /// Verbands kommentierte"), the name the clause before ends with, as in
    /// "Jan Roth, Sprecher des Verbands kommentierte" or "wie Jan Roth,
    /// Direktor des Instituts betont".
    fn name_before_role(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        c: usize,
        mention: &Range<usize>,
    ) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let clause = &clauses[c];
        let role_first = (clause.start..mention.start).all(|i| tokens[i].kind == TokenKind::Punct)
            && tokens[mention.start..mention.end.min(mention.start + 2)].iter().any(|t| t.tags.has(Tags::ROLE));
        if c == 0 || !role_first {
            return None;
        }
        let previous = &clauses[c - 1];
        let mut end = previous.end;
        while end > previous.start && tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        let opener = tokens[previous.start].tags.has(Tags::COMPLEMENTIZER | Tags::CONJUNCTION | Tags::SUBORDINATOR)
            || self.is_word(p, previous.start, "wie");
        let start = if opener { previous.start + 1 } else { previous.start };
        if !opener && c > 1 {
            // Only a clause that opens the sentence or a subordinate one holds the subject.
            return None;
        }
        let phrases = self.phrases(p);
        let name = phrases.phrase_after(start, end).filter(|name| *name == (start..end))?;
        (phrases.read(name.clone()).kind == MentionKind::Person).then_some(name)
    }

    /// "hat die Band als kriminelle Vereinigung eingestuft": a phrase after
    /// "als" is what the object is called, not who calls it.
    fn is_predicative(&self, p: usize, phrase: &Range<usize>) -> bool {
        phrase.start > 0 && self.is_word(p, phrase.start - 1, "als")
    }

    /// True when a phrase reads as someone who can speak: a person, a
    /// pronoun, a role or a body.
    fn can_speak(&self, p: usize, phrase: &Range<usize>) -> bool {
        matches!(
            self.phrases(p).read(phrase.clone()).kind,
            MentionKind::Person | MentionKind::Pronoun | MentionKind::Description | MentionKind::Body
        )
    }

    /// "Die Rothemden begrüßten die Ankündigung des Premierministers": a
    /// phrase headed by a German action noun in -ung is the object, though
    /// its attribute names someone who can speak.
    fn heads_action_noun(&self, p: usize, phrase: &Range<usize>) -> bool {
        let tokens = self.tokens(p);
        let Some(head) = phrase.clone().find(|&i| tokens[i].is_word() && tokens[i].upper) else {
            return false;
        };
        let word = &self.text[tokens[head].span()];
        (word.ends_with("ung") || word.ends_with("ungen")) && !tokens[head].tags.has(Tags::BODY | Tags::ROLE)
    }

    /// "Von der Leyen betonte, …": with no subject after the verb, a
    /// fronted "von" before a capitalised word is a surname's particle, not
    /// a preposition.
    fn particle_surname(&self, p: usize, before: Range<usize>) -> Option<Range<usize>> {
        if !self.german || before.len() < 2 || before.len() > 3 || !self.is_word(p, before.start, "von") {
            return None;
        }
        let tokens = self.tokens(p);
        let article = before.len() == 3 && self.is_any_word(p, before.start + 1, &["der", "dem", "den"]);
        let surname = &tokens[before.end - 1];
        let plain_name = surname.is_word() && surname.upper && !surname.quoted && surname.tags.is_empty();
        ((before.len() == 2 || article) && plain_name && !self.phrases(p).looks_like_noun(before.end - 1))
            .then_some(before)
    }

    /// True when a German phrase is a date: a month after a day, a
    /// preposition or "Anfang", or before a year ("November 2005", "am 3. Mai").
    fn is_date(&self, p: usize, phrase: Range<usize>) -> bool {
        let tokens = self.tokens(p);
        phrase.clone().any(|i| {
            if !tokens[i].tags.has(Tags::MONTH) {
                return false;
            }
            let year_after = tokens.get(i + 1).is_some_and(|t| t.first.is_ascii_digit());
            let day_before = i.checked_sub(1).is_some_and(|b| {
                let before = &tokens[b];
                before.first.is_ascii_digit()
                    || before.is_punct('.')
                    || before.tags.has(Tags::PREPOSITION | Tags::TIME)
                    || self.is_any_word(p, b, &["anfang", "mitte", "ende", "letzten", "vergangenen"])
            });
            year_after || day_before
        })
    }

    /// The first phrase of a German clause, outside a prepositional phrase,
    /// that can speak: the subject of a verb-final clause ("wie das Magazin
    /// in einem Bericht vom Mai berichtet").
    fn first_speaker(&self, p: usize, range: Range<usize>) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let mut index = range.start;
        while index < range.end {
            let token = &tokens[index];
            let after_preposition = index > range.start && tokens[index - 1].tags.has(Tags::PREPOSITION);
            if token.is_word() && !token.quoted && !after_preposition && !token.tags.has(Tags::OBLIQUE) {
                let phrase = phrases.phrase_after(index, range.end).filter(|phrase| phrase.start == index);
                if let Some(phrase) = phrase {
                    if self.can_speak(p, &phrase) && !self.is_date(p, phrase.clone()) {
                        return Some(phrase);
                    }
                    index = phrase.end;
                    continue;
                }
            }
            index += 1;
        }
        None
    }

    /// The phrase of the first person the article names in `range` of
    /// sentence `index`.
    fn first_named_person(&self, p: usize, index: usize, range: Range<usize>) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let (from, to) = (tokens[range.start].start, tokens[range.end - 1].end);
        let person = self
            .persons
            .iter()
            .find(|person| person.sentence == index && !person.place && (from..to).contains(&person.start))?;
        let name = range.clone().find(|&i| tokens[i].start == person.start)?;
        // "Bundesarbeitsministerin Ursula von der Leyen (CDU)": the role
        // before the name reads the name in full.
        let role_before = name > range.start && tokens[name - 1].tags.has(Tags::ROLE);
        let start = if role_before { name - 1 } else { name };
        self.phrases(p).phrase_after(start, range.end).filter(|phrase| phrase.start == start)
    }

    /// "erklärten Karla Wendt und Jonas Feldmann": after a German plural
    /// cue, a second speaker joined by "und" or "sowie" belongs to the
    /// mention.
    fn with_coordinate_after(&self, p: usize, first: Range<usize>, clause_end: usize, plural: bool) -> Range<usize> {
        let join = first.end;
        if !self.german || !plural || join + 1 >= clause_end || !self.is_any_word(p, join, &["und", "sowie"]) {
            return first;
        }
        let second = self.phrases(p).phrase_after(join + 1, clause_end).filter(|second| {
            second.start == join + 1 && self.tokens(p)[second.start].upper && self.can_speak(p, second)
        });
        second.map_or(first.clone(), |second| first.start..second.end)
    }

    /// "Dagegen beteuerte die Polizei", "Relativierend fügte Brenner hinzu":
    /// a capitalised adverb alone before a German verb, which the lexicon
    /// does not list: a pronominal adverb ("da" with a preposition), a
    /// participle in "-end", or a sentence adverb.
    fn is_fronted_adverb(&self, p: usize, phrase: &Range<usize>) -> bool {
        const SENTENCE_ADVERBS: [&str; 6] =
            ["hingegen", "insbesondere", "besonders", "tatsächlich", "ferner", "einzig"];
        const PREPOSITIONS: [&str; 13] =
            ["gegen", "unter", "aus", "bei", "neben", "auf", "an", "um", "über", "von", "zu", "mit", "nach"];
        if !self.german || phrase.len() != 1 {
            return false;
        }
        let word = self.text[self.tokens(p)[phrase.start].span()].to_lowercase();
        let pronominal =
            ["dar", "da"].iter().any(|da| word.strip_prefix(da).is_some_and(|rest| PREPOSITIONS.contains(&rest)));
        let participle = word.len() > 8 && word.ends_with("end");
        pronominal || participle || SENTENCE_ADVERBS.contains(&word.as_str())
    }

    /// "Das Parlament hat die Staaten aufgefordert", "Mamadou hatte die
    /// Änderung damit begründet": in a German perfect with "haben", a phrase
    /// between the auxiliary and the participle is the object when a subject
    /// that can speak stands by the auxiliary. Returns that subject.
    fn perfect_subject_before_object(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        c: usize,
        participle: usize,
        object: &Range<usize>,
    ) -> Option<Range<usize>> {
        const HABEN: [&str; 7] = ["hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten"];
        if !self.german {
            return None;
        }
        let tokens = self.tokens(p);
        let clause = clauses[c].clone();
        let auxiliary = (clause.start..participle).find(|&i| tokens[i].tags.has(Tags::AUXILIARY))?;
        let between = object.start > auxiliary && object.end <= participle;
        // "Borloo hat Berichte der Zeitung zurückgewiesen, er sei …": what
        // follows is what the reports said.
        let speech_object = object.clone().any(|i| tokens[i].upper && tokens[i].tags.has(Tags::SPEECH_NOUN));
        if !between || speech_object || !self.is_any_word(p, auxiliary, &HABEN) {
            return None;
        }
        // "Karl Roth, Chef der Werft, hat der Zeitung gesagt": the subject
        // is the chain of clauses before the one the auxiliary opens.
        let subject = if auxiliary == clause.start && c > 0 {
            self.apposition_chain(p, clauses, c)
        } else {
            self.perfect_subject(p, clause, participle)
        }?;
        let earlier = subject.end <= object.start;
        (earlier && self.can_speak(p, &subject) && !self.is_date(p, subject.clone())).then_some(subject)
    }

    /// "Den Gemeinden schlug er vor": a German personal pronoun that can
    /// only be a subject, right after the finite verb.
    fn is_subject_pronoun_after(&self, p: usize, verb: usize) -> bool {
        self.german && self.is_any_word(p, verb + 1, &["er", "ich", "wir"])
    }

    /// The subject of a German perfect: before the auxiliary ("Glos hatte
    /// … gesagt"), or after it when the clause opens with it or with an
    /// adverbial ("Am Montag hatte der Minister … gesagt").
    fn perfect_subject(&self, p: usize, clause: Range<usize>, participle: usize) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let auxiliary = (clause.start..participle).find(|&i| tokens[i].tags.has(Tags::AUXILIARY))?;
        let opening = &tokens[clause.start];
        let subject_after =
            auxiliary == clause.start || opening.tags.has(Tags::PREPOSITION | Tags::TIME | Tags::ADVERB);
        let subject = if subject_after {
            phrases.phrase_after(auxiliary + 1, participle)
        } else {
            phrases.phrase_before(clause.start, auxiliary)
        }?;
        (!tokens[subject.start].tags.has(Tags::OBLIQUE)).then_some(subject)
    }

    /// "Trump …, telling Reuters that …": an English participle cue opening
    /// a clause has the sentence's subject as its speaker.
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
            let subject = phrases.phrase_after(start, b.end)?;
            let verb_follows = subject.end < b.end && tokens[subject.end].is_word() && !tokens[subject.end].upper;
            (verb_follows && !tokens[start].tags.has(Tags::PREPOSITION)).then_some(subject)
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
            .or_else(|| phrases.phrase_before(first.start, first.end).map(described))
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

    /// Where the source named in an insertion ("so der Sprecher weiter.",
    /// "so eine Studie mit dem Titel „…“ der Stiftung Warentest") ends: the
    /// clause holds nothing after the phrase but attributes of the source,
    /// adverbs and punctuation. `None` when a verb shows the clause goes on.
    fn insertion_end(&self, p: usize, phrase_end: usize, clause_end: usize) -> Option<usize> {
        let tokens = self.tokens(p);
        let mut end = phrase_end;
        // Where and to whom it was said is not the source: "so der Sprecher
        // gegenüber der Zeitung", "so X am Montag".
        const CIRCUMSTANCE: [&str; 15] = [
            "gegenüber",
            "nach",
            "laut",
            "am",
            "im",
            "auf",
            "bei",
            "während",
            "vor",
            "seit",
            "zu",
            "zum",
            "zur",
            "über",
            "mit",
        ];
        for (index, token) in tokens.iter().enumerate().take(clause_end).skip(phrase_end) {
            if token.tags.has(Tags::CUE | Tags::VERB | Tags::AUXILIARY | Tags::SUBJUNCTIVE) {
                return None;
            }
            if CIRCUMSTANCE.iter().any(|w| self.text[token.span()].eq_ignore_ascii_case(w)) {
                break;
            }
            let trailing =
                token.kind == TokenKind::Punct && !token.quoted || token.tags.has(Tags::ADVERB) && !token.upper;
            if !trailing {
                end = index + 1;
            }
        }
        (end - phrase_end <= 12).then_some(end)
    }

    /// Clause `c`, when it is an apposition to the phrase before it: a name
    /// or a role ("Elmar Gesse", "der Sprecher der Ambulanz"), up to the
    /// clause's trailing punctuation. Returns the phrase's tokens.
    fn apposition_clause(&self, p: usize, clauses: &[Range<usize>], c: usize) -> Option<Range<usize>> {
        let clause = clauses.get(c)?;
        let tokens = self.tokens(p);
        let mut end = clause.end;
        while end > clause.start && tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        let phrases = self.phrases(p);
        if !self.german && self.is_word(p, clause.start, "who") && end > clause.start + 1 {
            // "said Joe Bateman, who traveled from Illinois to help,"
            return Some(clause.start..end);
        }
        // "an expert on trade", or a bare role without a verb: "founder and
        // CEO of …".
        let opening = &tokens[clause.start];
        let bare_role = (opening.tags.has(Tags::ROLE)
            || opening.is_word() && !opening.upper && opening.tags.is_empty())
            && tokens[clause.start..end].iter().all(|t| !t.tags.has(Tags::VERB | Tags::AUXILIARY));
        let described = !self.german
            && (opening.tags.has(Tags::DETERMINER) || bare_role)
            && !opening.quoted
            && (2..=APPOSITION_WORDS).contains(&(end - clause.start))
            && tokens[clause.start..end].iter().all(|t| !t.quoted && !t.tags.has(Tags::CUE));
        if described {
            // "said Chad Ostrow, an expert on trade at the Institute for
            // Economics, …": English appositions run to the comma, with
            // their own prepositions and coordinations.
            return Some(clause.start..end);
        }
        let phrase = phrases.phrase_after(clause.start, clause.end)?;
        // A parenthesis closing the clause is the phrase's: "Lena Graf (SPD),".
        let whole = phrase.start == clause.start && phrase.end >= end && phrase.end <= clause.end;
        if tokens[phrase.start].tags.has(Tags::PRONOUN) {
            return None;
        }
        let kind = phrases.read(phrase.clone()).kind;
        if !whole {
            // "sagte der Kommandeur, General Leo Brandt heute in Bonn": a
            // name with an adverbial after it, and no verb.
            let rest = &tokens[phrase.end..end];
            let adverbial = rest.first().is_some_and(|t| t.tags.has(Tags::TIME | Tags::ADVERB | Tags::PREPOSITION))
                && rest
                    .iter()
                    .all(|t| !t.quoted && !t.tags.has(Tags::CUE | Tags::VERB | Tags::AUXILIARY | Tags::SUBJUNCTIVE));
            let named = self.german && kind == MentionKind::Person && phrase.start == clause.start && adverbial;
            if !named && self.joins_second_role(p, phrase.clone(), end) {
                return Some(clause.start..end);
            }
            return named.then_some(phrase);
        }
        // English appositions are as often "a Democratic pollster" as a name.
        let described = !self.german && tokens[phrase.start].tags.has(Tags::DETERMINER);
        // "sagte Li Wen, der Vorsitzende des Ständigen Ausschusses": a role in
        // a body reads as the body, but describes the person named before.
        let role_in_body = self.german
            && kind == MentionKind::Body
            && matches!(
                (
                    tokens[phrase.clone()].iter().position(|t| t.tags.has(Tags::ROLE)),
                    tokens[phrase.clone()].iter().position(|t| t.tags.has(Tags::BODY)),
                ),
                (Some(role), Some(body)) if role < body
            );
        (matches!(kind, MentionKind::Person | MentionKind::Description) || described || role_in_body).then_some(phrase)
    }

    /// "Sowohl die Behörde als auch das Militär kündigten … an": a German
    /// subject after "als auch" shares its verb with all the phrases back to
    /// "sowohl", commas between them included. Returns where "sowohl" is.
    fn correlative_start(&self, p: usize, clauses: &[Range<usize>], subject: &Range<usize>) -> Option<usize> {
        if !self.german || subject.start < 3 || clauses.is_empty() {
            return None;
        }
        let also = subject.start - 1;
        if !self.is_word(p, also - 1, "als") || !self.is_word(p, also, "auch") {
            return None;
        }
        let tokens = self.tokens(p);
        let opening = clauses[0].start;
        let both = (opening..also - 1).rev().find(|&i| self.is_word(p, i, "sowohl"))?;
        let verbless = tokens[both + 1..also - 1]
            .iter()
            .all(|t| !t.quoted && !t.tags.has(Tags::CUE | Tags::VERB | Tags::AUXILIARY));
        verbless.then_some(both)
    }

    /// "Gerda Lind, Vorsitzende des Kreisverbandes und Kandidatin im
    /// Wahlkreis, …": a German apposition that "und" continues with a
    /// second role, and no verb up to `end`, is all the speaker's.
    fn joins_second_role(&self, p: usize, phrase: Range<usize>, end: usize) -> bool {
        let tokens = self.tokens(p);
        let second = phrase.end + 1;
        if !self.german || second >= end || !self.is_word(p, phrase.end, "und") || !tokens[second].upper {
            return false;
        }
        let kind = self.phrases(p).read(phrase.clone()).kind;
        let verbless = tokens[phrase.end..end]
            .iter()
            .all(|t| !t.quoted && !t.tags.has(Tags::CUE | Tags::VERB | Tags::AUXILIARY | Tags::SUBJUNCTIVE));
        matches!(kind, MentionKind::Person | MentionKind::Description) && phrase.start > 0 && verbless
    }

    /// "Kerry, the secretary of state, said": the clauses before the cue's
    /// clause that read as noun phrases. German takes them from the sentence
    /// start; English from the nearest clause back, past a quotation and
    /// with relative clauses ("Chris Cox, who runs the NRA's lobbying arm,").
    fn apposition_chain(&self, p: usize, clauses: &[Range<usize>], c: usize) -> Option<Range<usize>> {
        let phrases = self.phrases(p);
        let tokens = self.tokens(p);
        let is_phrase = |clause: &Range<usize>| {
            phrases.phrase_after(clause.start, clause.end).is_some_and(|phrase| phrase == *clause)
        };
        if self.german {
            let first = clauses.first()?;
            // "Wie der Direktor des Amtes, Jan Roth, mitteilte": the
            // conjunction opens the clause, not the subject.
            let opener = tokens[first.start].tags.has(Tags::COMPLEMENTIZER) && first.len() > 1;
            let first = &(if opener { first.start + 1 } else { first.start }..first.end);
            // A quotation is what was said, never who said it.
            if clauses[..c].iter().any(|clause| tokens[clause.start].quoted) {
                return None;
            }
            if !is_phrase(first) {
                // "Seine Kollegin und Mitabgeordnete im Landtag, Eva Roth,
                // urteilte": a description too long for one phrase, and the name.
                let named = c == 2
                    && self.is_verbless(p, first.clone())
                    && is_phrase(&clauses[1])
                    && phrases.read(clauses[1].clone()).kind == MentionKind::Person;
                return named.then(|| first.start..clauses[1].end);
            }
            // "Brian Baptie von der Erdbebenwarte, die die Stärke zunächst
            // angegeben hatte, sagte, …": relative clauses between the
            // subject and its verb belong to neither.
            let mut end = first.end;
            let mut relative = false;
            for clause in &clauses[1..c] {
                if (is_phrase(clause) || self.is_described_apposition(p, clause.clone())) && !relative {
                    end = clause.end;
                } else if self.is_relative_clause(p, clause.clone()) {
                    relative = true;
                } else {
                    return None;
                }
            }
            return Some(first.start..end);
        }
        let mut first = c;
        let mut opener = 0;
        while first > 0 {
            let clause = &clauses[first - 1];
            let relative = self.is_any_word(p, clause.start, &lexicon::ENGLISH_RELATIVES) && first >= 2;
            // "Trump, in Kentucky, said": a place or time between commas;
            // after a clause that can hold the name, a longer one too ("Lee,
            // in the wake of a poll showing him behind, told …").
            let opened_by_preposition = tokens[clause.start].tags.has(Tags::PREPOSITION);
            let adverbial = opened_by_preposition
                && (clause.len() <= 4
                    || first >= 2
                        && clause.len() <= APPOSITION_WORDS
                        && tokens[clause.clone()].iter().all(|t| !t.quoted && !t.tags.has(Tags::CUE)));
            // "Backers of the bill, however, say": an adverb alone between commas.
            let inserted_adverb = first >= 2 && self.is_adverb_clause(p, clause.clone());
            // "Elena Cruz, the top Democrat on the committee, said": an
            // apposition after a clause that can hold the name.
            let described = first >= 2
                && tokens[clause.start].tags.has(Tags::DETERMINER)
                && self.apposition_clause(p, clauses, first - 1).is_some();
            // "Kevin Ross, chairman of the Ways and Means Committee, said": an
            // apposition too long for one phrase, between the name and the verb.
            let verbless = first >= 2
                && self.is_verbless(p, clause.clone())
                && !tokens[clause.start].tags.has(Tags::CONJUNCTION | Tags::ADVERB | Tags::PREPOSITION | Tags::PRONOUN);
            // "Dee Walsh, director of the Center for Women and Politics at
            // the Institute of Politics at Lakeview University, said": a role
            // noun opens an apposition longer than a verbless clause runs.
            let long_role = first >= 2
                && tokens[clause.start].tags.has(Tags::ROLE)
                && !tokens[clause.start].upper
                && clause.len() <= APPOSITION_WORDS
                && tokens[clause.clone()]
                    .iter()
                    .all(|t| !t.quoted && !t.tags.has(Tags::CUE | Tags::VERB | Tags::AUXILIARY));
            // "…, a former adviser who backed the plan, said": a phrase with
            // its relative clause.
            let phrase_with_relative = first >= 2
                && (clause.start + 1..clause.end).any(|i| {
                    self.is_any_word(p, i, &lexicon::ENGLISH_RELATIVES)
                        && phrases.phrase_after(clause.start, i).is_some_and(|phrase| phrase == (clause.start..i))
                });
            // "Lee Ross, now a paid commentator, said": an adverb of time
            // before a description.
            let described_after_adverb =
                first >= 2 && self.is_any_word(p, clause.start, &["now", "also", "long", "once", "then", "still"]) && {
                    let rest = clause.start + 1..self.trimmed_end(p, clause.clone());
                    !rest.is_empty()
                        && (is_phrase(&rest)
                            || tokens[rest.start].tags.has(Tags::DETERMINER) && self.is_verbless(p, rest.clone()))
                };
            let apposition = is_phrase(clause)
                || relative
                || adverbial
                || inserted_adverb
                || described
                || described_after_adverb
                || verbless
                || long_role
                || phrase_with_relative;
            if tokens[clause.start].quoted || !apposition {
                // "But Tom Fitton, the president of …, said": the name after a
                // conjunction or adverb that opens the sentence.
                let after_opener = clause.start + 1..clause.end;
                if tokens[clause.start].tags.has(Tags::CONJUNCTION | Tags::ADVERB)
                    && !tokens[clause.start].quoted
                    && !after_opener.is_empty()
                    && is_phrase(&after_opener)
                {
                    opener = 1;
                    first -= 1;
                }
                break;
            }
            first -= 1;
        }
        // The chain ends with the last noun phrase, not an adverbial or a
        // participle clause after it: PolNeAR leaves "speaking in Ohio" out of
        // "Clinton, speaking in Ohio, said".
        let mut last = c;
        while last > first
            && (tokens[clauses[last - 1].start].tags.has(Tags::PREPOSITION)
                || self.is_participle_clause(p, clauses[last - 1].start)
                || self.is_adverb_clause(p, clauses[last - 1].clone()))
        {
            last -= 1;
        }
        // "In July, Ana Ruiz, a vice chairman of the firm, told …": a short
        // adverbial opening the sentence is no part of the subject.
        while first + 1 < last && tokens[clauses[first].start].tags.has(Tags::PREPOSITION) && clauses[first].len() <= 4
        {
            first += 1;
            opener = 0;
        }
        if last == first
            || self.is_word(p, clauses[first].start, "who")
            || tokens[clauses[first].start].tags.has(Tags::PREPOSITION)
        {
            return None;
        }
        Some(clauses[first].start + opener..clauses[last - 1].end)
    }

    /// An English clause opened by a present participle ("speaking in
    /// Ohio", "facing a stiff challenge"), which describes what the speaker
    /// did, not who the speaker is; "including" lists members, and
    /// "managing", "acting" and "ranking" open a role.
    fn is_participle_clause(&self, p: usize, start: usize) -> bool {
        const ROLE_OPENERS: [&str; 4] = ["including", "managing", "acting", "ranking"];
        let token = &self.tokens(p)[start];
        let word = &self.text[token.span()];
        token.is_word() && !token.upper && word.len() > 5 && word.ends_with("ing") && !ROLE_OPENERS.contains(&word)
    }

    /// An English clause that is one lowercase adverb ("however", "too").
    fn is_adverb_clause(&self, p: usize, clause: Range<usize>) -> bool {
        let mut words = self.tokens(p)[clause].iter().filter(|t| t.kind != TokenKind::Punct);
        let (Some(word), None) = (words.next(), words.next()) else {
            return false;
        };
        !self.german && word.tags.has(Tags::ADVERB) && !word.upper && !word.quoted
    }

    /// A clause with no verb, cue or quotation in it, of at most 15 tokens.
    fn is_verbless(&self, p: usize, clause: Range<usize>) -> bool {
        let tokens = &self.tokens(p)[clause];
        tokens.len() <= 15
            && tokens
                .iter()
                .all(|t| !t.quoted && !t.tags.has(Tags::CUE | Tags::VERB | Tags::AUXILIARY | Tags::SUBJUNCTIVE))
    }

    /// A German apposition that is more than one noun phrase: an article
    /// first, a noun last, no verb between ("ein Repräsentant aus Minnesota
    /// und Marineoberst außer Dienst").
    fn is_described_apposition(&self, p: usize, clause: Range<usize>) -> bool {
        let tokens = self.tokens(p);
        let mut end = clause.end;
        while end > clause.start && tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        let verbless = tokens[clause.start..end]
            .iter()
            .all(|t| !t.quoted && !t.tags.has(Tags::CUE | Tags::VERB | Tags::AUXILIARY | Tags::SUBJUNCTIVE));
        // "Vorsitzende des Vereins und Kandidatin im Wahlkreis": a role opens
        // it as well as an article.
        (3..=15).contains(&(end - clause.start))
            && tokens[clause.start].tags.has(Tags::DETERMINER | Tags::ROLE)
            && tokens[end - 1].is_word()
            && tokens[end - 1].upper
            && verbless
    }

    /// A source phrase that closes its clause, with the name in apposition
    /// after it: "nach Angaben des Sprechers des Ministeriums, Roland Eichhorn,".
    fn with_apposition(&self, p: usize, clauses: &[Range<usize>], c: usize, mention: Range<usize>) -> Range<usize> {
        let tokens = self.tokens(p);
        let clause = &clauses[c];
        let mut end = clause.end;
        while end > clause.start && tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        if mention.end != end || !self.german {
            return mention;
        }
        match self.apposition_clause(p, clauses, c + 1) {
            Some(name) if self.phrases(p).read(name.clone()).kind == MentionKind::Person => mention.start..name.end,
            _ => mention,
        }
    }

    /// A German relative clause: a relative pronoun first and a verb last
    /// ("die die Stärke zunächst angegeben hatte").
    fn is_relative_clause(&self, p: usize, clause: Range<usize>) -> bool {
        const RELATIVE: [&str; 12] =
            ["der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches", "wo"];
        let tokens = self.tokens(p);
        let mut end = clause.end;
        while end > clause.start && tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        let opens = clause.len() >= 3 && self.is_any_word(p, clause.start, &RELATIVE);
        opens && tokens[end - 1].is_word() && !tokens[end - 1].upper
    }

    /// The speech noun that "nach" introduces, after at most three
    /// determiners and adjectives: "nach ersten Angaben", "nach einer am
    /// Dienstag veröffentlichten Stellungnahme".
    fn speech_noun_after(&self, p: usize, from: usize, clause_end: usize) -> Option<usize> {
        let tokens = self.tokens(p);
        for (index, token) in tokens.iter().enumerate().take(clause_end).skip(from).take(5) {
            if token.tags.has(Tags::SPEECH_NOUN) && token.upper {
                return Some(index);
            }
            let modifier = token.is_word() && (!token.upper || token.tags.has(Tags::DETERMINER | Tags::TIME));
            if !modifier {
                return None;
            }
        }
        None
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

    /// The words of a cue's object, after adjuncts ("am Montag", "dazu").
    fn object_words(&self, p: usize, from: usize, clause_end: usize) -> usize {
        let tokens = self.tokens(p);
        let mut words = 0;
        let mut in_adjunct = false;
        for token in &tokens[from.min(clause_end)..clause_end] {
            if !token.is_word() || token.tags.has(Tags::TIME | Tags::ADVERB) {
                continue;
            }
            if token.tags.has(Tags::PREPOSITION) {
                // "gegenüber der Presse", "am Montag": an adjunct up to its noun.
                in_adjunct = true;
                continue;
            }
            if in_adjunct {
                in_adjunct = !token.upper || token.tags.has(Tags::DETERMINER);
                continue;
            }
            if !token.tags.has(Tags::DETERMINER) {
                words += 1;
            }
        }
        words
    }

    /// Where a message in the cue's own clause begins ("said that …",
    /// "told reporters the talks …"); `None` when the clause ends with the
    /// attribution.
    fn message_start(&self, p: usize, from: usize, clause_end: usize, cue: &str) -> Option<usize> {
        let tokens = self.tokens(p);
        if !self.german && REFUSALS.contains(&cue) && self.is_word(p, from, "to") {
            // "declined to comment": PolNeAR's message is the infinitive with
            // its "to", however short.
            return Some(from);
        }
        // A message opening at `start` needs three words from `words_from`
        // on, or one after a stance cue.
        let message_at = |start: usize, words_from: usize| {
            let words = tokens[words_from.min(clause_end)..clause_end].iter().filter(|t| t.is_word()).count();
            let stance = !self.german && STANCE_CUES.contains(&cue);
            (words >= 3 || stance && words >= 1).then_some(start)
        };
        if !self.german && self.opens_infinitive(p, from, cue) {
            // "vowed to repeal the law": PolNeAR's message keeps the "to" of
            // the infinitive, which the adjunct skipping below would drop.
            return message_at(from, from + 1);
        }
        let mut index = from;
        // Skip adjuncts between the cue and its message: "on Monday", "in a statement", "reporters".
        let told = matches!(cue, "told" | "tells" | "tell" | "telling");
        let mut skipped = 0;
        // Whether the skipping stopped on the noun of a place or occasion
        // ("said in a video message", "said Tuesday on Fox News").
        let mut in_setting = false;
        while index < clause_end && skipped < 8 {
            let token = &tokens[index];
            if token.tags.has(Tags::COMPLEMENTIZER) {
                return Some(index);
            }
            if !self.german && skipped > 0 && !told && self.opens_infinitive(p, index, cue) {
                // "promised on Monday to act": the infinitive after the adjunct.
                break;
            }
            let adjunct = token.tags.has(Tags::PREPOSITION | Tags::TIME | Tags::ADVERB)
                || (token.tags.has(Tags::DETERMINER) && skipped > 0)
                || token.kind == TokenKind::Punct;
            if !adjunct {
                break;
            }
            in_setting = self.is_any_word(p, index, &SETTING_PREPOSITIONS)
                || in_setting && token.tags.has(Tags::DETERMINER) && !token.upper;
            index += 1;
            skipped += 1;
        }
        if !self.german
            && let Some(that) = self.that_after_adjunct(p, from, clause_end)
        {
            return Some(that);
        }
        if !self.german && in_setting && SAYING_CUES.contains(&cue) && {
            let end = self.setting_end(p, index, clause_end);
            message_at(end, end).is_none()
        } {
            // "…, she said in a video message to the council.": the words
            // after the preposition name where the words were said, not what.
            return None;
        }
        if told {
            // The person told: skip one noun phrase.
            if let Some(object) = self.phrases(p).phrase_after(index, clause_end) {
                index = object.end;
            }
            if index < clause_end && tokens[index].tags.has(Tags::COMPLEMENTIZER) {
                return Some(index);
            }
            if !self.german
                && let Some(that) = self.that_after_adjunct(p, index, clause_end)
            {
                return Some(that);
            }
        }
        message_at(index, index)
    }

    /// The end of the noun of a setting that starts at `from` and of the
    /// prepositional phrases hanging on it: "a video message to the council".
    fn setting_end(&self, p: usize, from: usize, clause_end: usize) -> usize {
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let mut index = from;
        while let Some(noun) = phrases.phrase_after(index, clause_end).filter(|noun| noun.start == index) {
            index = noun.end;
            while index < clause_end && tokens[index].kind == TokenKind::Punct && !tokens[index].is_punct(',') {
                index += 1;
            }
            let of = self.is_word(p, index, "of");
            if index + 1 >= clause_end || !(of || tokens[index].tags.has(Tags::PREPOSITION)) || tokens[index].quoted {
                break;
            }
            index += 1;
            if tokens[index].tags.has(Tags::DETERMINER) {
                index += 1;
            }
        }
        index
    }

    /// Whether the "to" at `from`, right after an English cue, opens an
    /// infinitive ("promised to act") rather than a prepositional object
    /// ("referred to the report", "pointed to Smith").
    fn opens_infinitive(&self, p: usize, from: usize, cue: &str) -> bool {
        if !self.is_word(p, from, "to") || PREPOSITIONAL_TO_CUES.contains(&cue) {
            return false;
        }
        let tokens = self.tokens(p);
        // "pledged to “bring the revolution”": the verb may open a quotation.
        let opens_quotation = tokens.get(from + 1).is_some_and(|t| t.kind == TokenKind::QuoteMark);
        let Some(next) = tokens.get(if opens_quotation { from + 2 } else { from + 1 }) else {
            return false;
        };
        let nominal = Tags::DETERMINER | Tags::PRONOUN | Tags::PREPOSITION | Tags::CONJUNCTION | Tags::TIME;
        next.is_word()
            && !next.upper
            && (opens_quotation || !next.quoted)
            && !next.first.is_ascii_digit()
            && !next.tags.has(nominal)
    }

    /// "said in a statement that …", "told reporters on a call with donors
    /// on Monday that …": the message opens on the "that" closing an
    /// adjunct that starts at `from`, not on the adjunct's noun. `None` when
    /// the words after `from` are no such adjunct: "said Monday the bill
    /// that …" has an object before its "that".
    fn that_after_adjunct(&self, p: usize, from: usize, clause_end: usize) -> Option<usize> {
        const ADJUNCT_TOKENS: usize = 12;
        let tokens = self.tokens(p);
        let opening = tokens.get(from)?;
        if from >= clause_end || !opening.tags.has(Tags::PREPOSITION | Tags::TIME | Tags::ADVERB) {
            return None;
        }
        let mut preposition = false;
        for i in from..clause_end.min(from + ADJUNCT_TOKENS) {
            let token = &tokens[i];
            if preposition && self.is_word(p, i, "that") {
                // "in a statement that was released", "a body that calls for …":
                // a relative clause on the noun.
                let relative =
                    tokens.get(i + 1).is_none_or(|next| next.tags.has(Tags::VERB | Tags::AUXILIARY | Tags::CUE));
                return (!relative && i > from + 1).then_some(i);
            }
            let verb = token.tags.has(Tags::VERB | Tags::AUXILIARY | Tags::CUE | Tags::COMPLEMENTIZER);
            // A determiner opens the noun of a preposition, or else an object.
            let object = i > from && token.tags.has(Tags::DETERMINER) && !tokens[i - 1].tags.has(Tags::PREPOSITION);
            if !token.is_word() || token.quoted || verb || object {
                return None;
            }
            preposition |= token.tags.has(Tags::PREPOSITION);
        }
        None
    }

    /// A clause that can continue the description of an English speaker
    /// named before it: an age, a place, a role or a relative clause, with no
    /// quotation or complementizer in it.
    fn is_english_apposition(&self, p: usize, clause: Range<usize>) -> bool {
        let tokens = self.tokens(p);
        let Some(opening) = tokens.get(clause.start) else {
            return false;
        };
        // "then ambassador to Israel", "now a radio host", "organizer of the
        // group", "whose district includes …"
        let role = self.is_any_word(p, clause.start, &["then", "now", "whose"])
            || opening.tags.has(Tags::ROLE) && !opening.upper;
        let opens = opening.tags.has(Tags::DETERMINER)
            || opening.first.is_ascii_digit()
            || opening.upper && !opening.tags.has(Tags::PRONOUN | Tags::CONJUNCTION | Tags::ADVERB | Tags::CUE)
            || self.is_any_word(p, clause.start, &["of", "who", "which"])
            || role;
        // "a group that favors …": after a noun in a described apposition,
        // "that" opens a relative clause, not what was said.
        let described = opening.tags.has(Tags::DETERMINER);
        let relative_that = |i: usize| {
            let previous = &tokens[i - 1];
            described
                && i > clause.start
                && self.is_word(p, i, "that")
                && previous.is_word()
                && !previous.tags.has(Tags::CUE | Tags::VERB | Tags::AUXILIARY | Tags::ADVERB)
        };
        opens
            && opening.is_word()
            && clause.len() <= DESCRIPTION_WORDS
            && clause.clone().all(|i| {
                let t = &tokens[i];
                !t.quoted && (!t.tags.has(Tags::COMPLEMENTIZER) || relative_that(i)) || t.is_punct(',')
            })
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

    /// The message of an indirect statement: the sentence without the
    /// attribution, as one span or several.
    fn message(&self, sentence: &Sentence, attribution: &Attribution) -> Vec<Range<usize>> {
        self.message_and_why(sentence, attribution).0
    }

    /// The message, and why a German speech act took its whole sentence
    /// when it did.
    fn message_and_why(
        &self,
        sentence: &Sentence,
        attribution: &Attribution,
    ) -> (Vec<Range<usize>>, Option<WholeSentence>) {
        let p = sentence.paragraph;
        let range = sentence.tokens.clone();
        let tokens = self.tokens(p);
        let pieces: Vec<Range<usize>> = match attribution.message_from {
            Some(from) if !self.german => vec![from..self.english_message_end(p, from, range.end)],
            Some(from) => vec![from..range.end],
            None => {
                let start = self.source_clause_start(p, range.clone(), attribution);
                let end = if self.german && start < attribution.region.start {
                    self.main_clause_after(p, attribution.region.end..range.end).unwrap_or(range.end)
                } else {
                    range.end
                };
                vec![start..attribution.region.start, attribution.region.end..end]
            }
        };
        let words = |piece: &Range<usize>| tokens[piece.clone()].iter().filter(|t| t.is_word()).count();
        // Around a verb cue, a short piece is an adverbial ("Am Montag sagte
        // er, …"); around a source ("Die Feuerwehr hat nach eigenen Angaben
        // …") it is part of the message.
        let total: usize = pieces.iter().map(words).sum();
        let shortest = if attribution.verb { 3 } else { 1 };
        // "This campaign, he says, is different": an English cue set off by
        // commas inside its message leaves short pieces of it, no adverbials.
        let parenthetical = !self.german
            && attribution.message_from.is_none()
            && attribution.region.start > range.start
            && attribution.region.end < range.end
            && tokens[attribution.region.start - 1].is_punct(',')
            && tokens[attribution.region.end].is_punct(',')
            && !tokens[range.start]
                .tags
                .has(Tags::PREPOSITION | Tags::TIME | Tags::CONJUNCTION | Tags::COMPLEMENTIZER | Tags::ADVERB);
        // "Kroll endorsed Varga": a stance cue's object is content however
        // short; not after a participle, which mostly describes a noun
        // ("the voters supporting Varga").
        let cue_word = &self.text[tokens[attribution.cue.start].span()];
        let stance_object = !self.german
            && attribution.message_from.is_some()
            && !cue_word.ends_with("ing")
            && STANCE_CUES.iter().any(|cue| cue_word.eq_ignore_ascii_case(cue));
        // "Lund declined to comment": the infinitive is the message however short.
        let refusal = !self.german
            && attribution.message_from.is_some_and(|from| self.is_word(p, from, "to"))
            && REFUSALS.iter().any(|cue| cue_word.eq_ignore_ascii_case(cue));
        let short_object = stance_object || refusal;
        let kept =
            |piece: &Range<usize>| words(piece) >= shortest || (parenthetical || short_object) && words(piece) > 0;
        let mut pieces: Vec<Range<usize>> =
            if total >= 3 || short_object { pieces.into_iter().filter(kept).collect() } else { Vec::new() };
        if self.german && attribution.subject_first && pieces.len() == 2 {
            // "…, indem er sagte, es sei …": the message follows the cue.
            pieces.remove(0);
        }
        if self.german
            && attribution.verb
            && !attribution.speech_act
            && attribution.message_from.is_none()
            && self.clause_on_object(p, attribution, &pieces, true).is_some()
        {
            // "Der Pilot meldete einen Schaden, so dass …", "Er wurde
            // verurteilt, weil …": a clause the writer adds to a cue's object
            // is no reported clause, and a verb cue reports no object.
            pieces.clear();
        }
        let whole = if !self.german || !attribution.speech_act {
            None
        } else if self.is_reported_act(p, attribution, &pieces) {
            Some(WholeSentence::ReportedAct)
        } else if self.is_relative_on_object(p, attribution, &pieces) {
            Some(WholeSentence::RelativeOnObject)
        } else {
            None
        };
        if whole.is_some() {
            // "Die Polizei sprach von einem Unfall": a speech act without a
            // reported clause is annotated as the whole sentence.
            pieces = vec![range.clone()];
        }
        let spans = pieces.into_iter().map(|piece| self.trimmed_span(p, piece)).filter(|span| !span.is_empty());
        (spans.collect(), whole)
    }

    /// "Die Trainerin schätzt die Arbeit ihrer Mannschaft": "schätzen"
    /// reports an estimate only with its figure ("schätzt die Zahl auf 300"),
    /// a reported clause after it, or a message around it ("…, schätzt die
    /// Polizei", "wie die Polizei schätzt"); otherwise it values something.
    fn is_valuing(&self, p: usize, index: usize, clauses: &[Range<usize>], c: usize) -> bool {
        let tokens = self.tokens(p);
        let clause = clauses[c].clone();
        let sentence_end = clauses.last().map_or(clause.end, |last| last.end);
        let ends_clause = self.trimmed_end(p, clause) == index + 1;
        let estimated = (index + 1..sentence_end).any(|i| {
            self.is_word(p, i, "auf")
                || tokens[i].tags.has(Tags::COMPLEMENTIZER | Tags::SUBJUNCTIVE | Tags::REPORTED_MOOD)
        });
        c == 0 && !ends_clause && !estimated
    }

    /// "Eine Reporterin sprach von 800 Autos, die … angezündet wurden": the
    /// only piece left after a speech act is a relative clause on its
    /// object, not a reported clause; the gold marks the whole sentence.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    fn is_relative_on_object(&self, p: usize, attribution: &Attribution, pieces: &[Range<usize>]) -> bool {
        self.clause_on_object(p, attribution, pieces, false).is_some_and(|object_words| object_words >= 2)
    }

    /// The words of the cue's object when the only piece left after it is a
    /// relative or adverbial clause that reports nothing; with `purpose`,
    /// also a purpose or result clause ("um … zu", "so dass").
    fn clause_on_object(
        &self,
        p: usize,
        attribution: &Attribution,
        pieces: &[Range<usize>],
        purpose: bool,
    ) -> Option<usize> {
        const RELATIVE: [&str; 9] = ["der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche"];
        const ADVERBIAL: [&str; 7] = ["weil", "da", "nachdem", "bevor", "obwohl", "während", "falls"];
        let [piece] = pieces else {
            return None;
        };
        let tokens = self.tokens(p);
        let first = piece.clone().find(|&i| tokens[i].is_word())?;
        let comma = first.checked_sub(1)?;
        // "forderte einen Korridor, um Hilfe … zu bringen": a purpose the
        // writer adds reports nothing after a speech act either.
        let in_order = self.is_word(p, first, "um");
        let result = purpose
            && (self.is_word(p, first, "sodass") || self.is_word(p, first, "so") && self.is_word(p, first + 1, "dass"));
        let follows_object = comma + 1 >= attribution.region.end
            && tokens[comma].is_punct(',')
            && tokens[piece.start..first].iter().all(|t| t.kind == TokenKind::Punct);
        let object_words = tokens[attribution.cue.end.min(comma)..comma].iter().filter(|t| t.is_word()).count();
        let opener = if tokens[first].tags.has(Tags::PREPOSITION) { first + 1 } else { first };
        let relative = self.is_any_word(p, opener, &RELATIVE);
        // "forderte den Rücktritt von X, weil er …": a reason or time the
        // writer adds is no reported clause either.
        let adverbial = self.is_any_word(p, first, &ADVERBIAL) || in_order || result;
        // After a speech act, a relative clause describes the object even
        // with a cue or a reason inside it ("Regeln, die vor Zucker warnen",
        // "eine Lehrerin, die festgenommen wurde, weil …").
        let describes = !purpose && relative;
        let reports = tokens[piece.clone()].iter().enumerate().any(|(i, t)| {
            let opening_adverbial = adverbial && (i == first - piece.start || result && i == first + 1 - piece.start);
            let reason = describes && self.is_any_word(p, piece.start + i, &ADVERBIAL);
            t.quoted
                || t.tags.has(Tags::SUBJUNCTIVE | Tags::REPORTED_MOOD)
                || t.tags.has(Tags::CUE) && !describes
                || t.tags.has(Tags::COMPLEMENTIZER) && !opening_adverbial && !reason
        });
        // With `purpose`, for cues that do not report their object: "die"
        // opens a reported clause as an article ("sagte, die Lage sei …"),
        // so a relative clause must end on its verb; a verb in "-e" but not
        // "-te" may be a Konjunktiv I outside the lexicon ("vorkomme").
        // A list of nouns between commas can end the first clause early
        // ("bei denen Angriffe, Diebstähle … ausnutzten"): its verb may end
        // the piece instead.
        let clause_end = (first..piece.end).find(|&i| tokens[i].is_punct(',')).unwrap_or(piece.end);
        let ends: Vec<usize> = [clause_end, piece.end]
            .iter()
            .filter_map(|&end| (first..end).rev().find(|&i| tokens[i].is_word()))
            .collect();
        let verb_final = ends.iter().any(|&i| !tokens[i].upper);
        let konjunktiv = |i: usize| {
            let word = self.text[tokens[i].span()].to_lowercase();
            !tokens[i].upper && word.ends_with('e') && !word.ends_with("te") && word != "wurde"
        };
        let mood = ends.iter().any(|&i| konjunktiv(i))
            || piece.clone().any(|i| self.is_word(p, i, "könnte"))
            || tokens[piece.clone()].iter().any(|t| t.tags.has(Tags::REPORT_MARKERS));
        let purpose_ok = !purpose || (verb_final || !relative) && !mood;
        let appended = follows_object
            && (relative || adverbial)
            && purpose_ok
            && !reports
            && (in_order || !self.has_infinitive(p, piece.clone()));
        appended.then_some(object_words)
    }

    /// "Er sitzt im Gefängnis, weil er sich nach Angaben der Behörden …
    /// schuldig gemacht hat": a German "nach" source inside a later clause
    /// is the source of that clause and what follows, not of the clauses
    /// before it. Returns where the message starts.
    // Out of line, as `quotation_lead`.
    #[inline(never)]
    fn source_clause_start(&self, p: usize, range: Range<usize>, attribution: &Attribution) -> usize {
        if !self.german || attribution.rule != "source-noun" || attribution.region.start <= range.start {
            return range.start;
        }
        let clauses = self.clauses(p, range.clone());
        clauses
            .iter()
            .skip(1)
            .rev()
            .find(|clause| clause.start <= attribution.region.start)
            .map_or(range.start, |clause| clause.start)
    }

    /// A German speech act whose message is its object, not a clause: with
    /// at least two words of object besides speaker, cue and auxiliaries, and
    /// no other clause of the sentence that reports ("…, sie sei …", "…,
    /// dass …") or quotes.
    fn is_reported_act(&self, p: usize, attribution: &Attribution, pieces: &[Range<usize>]) -> bool {
        if attribution.clausal && !pieces.is_empty() {
            return false;
        }
        let tokens = self.tokens(p);
        let mention = attribution.mention.clone().unwrap_or(0..0);
        let object = attribution.region.clone().filter(|&i| {
            let token = &tokens[i];
            token.is_word()
                && !mention.contains(&i)
                && !attribution.cue.contains(&i)
                && !token.tags.has(Tags::AUXILIARY | Tags::DETERMINER)
        });
        // "Die Polizei sprach von einem Unfall": the object follows an active
        // cue; a passive one ends its clause ("wurde als Grund genannt").
        // Active cues that end their clause ("hat … eingestuft") made
        // sentences mostly not gold on the training articles.
        let after_cue = attribution.cue.end.max(mention.end).min(attribution.region.end)..attribution.region.end;
        let object_after = tokens[after_cue].iter().filter(|t| t.is_word()).count();
        let enough = if attribution.rule == "passive-speech-act" { object.count() >= 2 } else { object_after >= 2 };
        let reports_elsewhere = pieces.iter().any(|piece| {
            self.has_infinitive(p, piece.clone())
                || tokens[piece.clone()].iter().any(|t| {
                    t.quoted || t.tags.has(Tags::SUBJUNCTIVE | Tags::REPORTED_MOOD | Tags::COMPLEMENTIZER | Tags::CUE)
                })
        });
        enough && !reports_elsewhere
    }

    /// "…, nicht mehr Israel zu unterstützen", "…, die Blockaden
    /// aufzuheben, falls …": a clause with a zu-infinitive, which is what a
    /// request or announcement before it reports.
    fn has_infinitive(&self, p: usize, clause: Range<usize>) -> bool {
        let tokens = self.tokens(p);
        // The infinitive ends its clause: the next token is punctuation or none.
        let ends_clause = |i: usize| i + 1 >= clause.end || tokens[i + 1].kind == TokenKind::Punct;
        clause.clone().any(|i| {
            let token = &tokens[i];
            if !token.is_word() || token.upper || !ends_clause(i) {
                return false;
            }
            let verb = &self.text[token.span()];
            let joined = verb.get(2..).is_some_and(|rest| rest.contains("zu")) && verb.ends_with('n');
            joined || i > clause.start && self.is_word(p, i - 1, "zu")
        })
    }

    /// Where an English reported clause from `from` ends: before a trailing
    /// adjunct the writer adds after a comma or dash ("…, contradicting the
    /// police", "…, after hackers targeted …", "…, who has not been charged."),
    /// which PolNeAR leaves out of the content.
    fn english_message_end(&self, p: usize, from: usize, end: usize) -> usize {
        let tokens = self.tokens(p);
        let boundary = |t: &Token| !t.quoted && t.kind == TokenKind::Punct && matches!(t.first, ',' | ';' | '—' | '–');
        for index in from + 3..end.saturating_sub(1) {
            let (token, next) = (&tokens[index], &tokens[index + 1]);
            if !boundary(token) || !next.is_word() || next.quoted || next.upper {
                continue;
            }
            if token.first == ';' {
                return index;
            }
            let word = self.text[next.span()].to_ascii_lowercase();
            let relative = lexicon::ENGLISH_RELATIVES.contains(&word.as_str());
            let adjunct = TRAILING_ADJUNCTS.contains(&word.as_str());
            // A relative clause closed by another comma sits inside the message.
            let closes = !tokens[index + 1..end].iter().any(boundary);
            if adjunct || relative && closes {
                return index;
            }
        }
        end
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

/// Why a German speech act's message is its whole sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WholeSentence {
    /// No reported clause: "Die Polizei sprach von einem Unfall".
    ReportedAct,
    /// Only a relative or reason clause on its object follows it.
    RelativeOnObject,
}

/// Whether a cue verb (lowercased) is in the plural, so that "sie" means
/// "they": "sagten"; German verbs in -ern and -eln drop the e of their
/// plural: "fordern", "handeln".
fn is_plural_verb(lower: &str, german: bool) -> bool {
    lower.ends_with("en") || (german && (lower.ends_with("ern") || lower.ends_with("eln")))
}

/// Reads a mention's tokens into a [`RawMention`].
fn raw_mention(phrases: &Phrases<'_>, range: Range<usize>, plural: bool) -> RawMention {
    let tokens = phrases.tokens;
    // "Angaben des Sprechers", "Berichte der Zeitung": the source is who
    // gave them; the whole phrase stays the mention.
    let holder = match phrases.source_holder(range.clone()) {
        Some(holder) => phrases.first_source(holder, true),
        None => phrases.first_source(range.clone(), false),
    };
    let reading = phrases.read(holder.clone());
    let text_of = |r: Range<usize>| phrases.text[tokens[r.start].start..tokens[r.end - 1].end].to_string();
    let mut bare_start = holder.start;
    while bare_start + 1 < holder.end && tokens[bare_start].tags.has(Tags::DETERMINER) {
        bare_start += 1;
    }
    let role = reading.role.clone().map(|r| {
        // "der Korrespondent in Bonn, Jan Roth": the comma before the name is not the role's.
        let role = text_of(r).trim_end_matches(',').to_string();
        if reading.masculine_article { strong_ending(&role) } else { role }
    });
    // "Angaben des Roten Kreuzes": a name in the genitive is looked up in
    // the nominative, "Rotes Kreuz".
    let genitive = |r: &Range<usize>| {
        // The nearest article before the last word, past adjectives and the
        // name's other words.
        // An article inside the phrase itself ("Strafgerichtshof des Landes")
        // puts only its attribute in the genitive, not the phrase.
        let last = r.end.saturating_sub(1);
        let article = (range.start..last)
            .rev()
            .find(|&i| !tokens[i].is_word() || tokens[i].tags.has(Tags::DETERMINER | Tags::PREPOSITION));
        phrases.german
            && article.is_some_and(|i| {
                i < r.start
                    && ["des", "eines", "dieses"].iter().any(|d| phrases.text[tokens[i].span()].eq_ignore_ascii_case(d))
            })
    };
    let in_nominative = |r: Range<usize>| {
        let text = text_of(r.clone());
        // "des Präsidenten Obama": a name after a role keeps its form.
        let after_role = r.start > range.start && tokens[r.start - 1].tags.has(Tags::ROLE);
        if genitive(&r) && !after_role { nominative(&text) } else { text }
    };
    // "die „Automobilwoche“", "der Sender „Channel 10“": a name in
    // quotation marks is the body's whole name.
    let quoted = quoted_name(tokens, holder.clone()).filter(|q| {
        reading.kind != MentionKind::Pronoun && reading.name.as_ref().is_none_or(|n| n.start < q.end && q.start < n.end)
    });
    let group = if phrases.german { None } else { phrases.quantified_group(holder.clone()) };
    let (kind, name) = match (quoted, group) {
        (Some(q), _) => (MentionKind::Body, Some(text_of(q))),
        // "Most voters in Harlow County", "Some": a group, no one's name.
        (None, Some(group)) => (MentionKind::Other, (!group.is_empty()).then(|| text_of(group))),
        (None, None) => (reading.kind, reading.name.clone().map(in_nominative)),
    };
    let mut end = tokens[range.end - 1].end;
    if !phrases.german && range.len() == 1 {
        // "He’s said", "you're told": the pronoun without its contracted verb.
        let word = &phrases.text[tokens[range.start].span()];
        let apostrophe = word.find(['\'', '’']).filter(|&at| {
            const PRONOUNS: [&str; 8] = ["he", "she", "it", "i", "you", "we", "they", "who"];
            PRONOUNS.iter().any(|p| word[..at].eq_ignore_ascii_case(p))
        });
        if let Some(at) = apostrophe {
            end = tokens[range.start].start + at;
        }
    }
    RawMention {
        span: tokens[range.start].start..end,
        kind,
        name,
        role,
        possessor: reading.possessor.map(|i| phrases.text[tokens[i].span()].to_string()),
        head: reading.head.map(|i| phrases.text[tokens[i].span()].to_string()),
        bare: in_nominative(bare_start..holder.end),
        plural,
        addressee: false,
        may_address: false,
    }
}

/// The words between the first pair of quotation marks in `range`, when they
/// are few enough to be a name.
fn quoted_name(tokens: &[Token], range: Range<usize>) -> Option<Range<usize>> {
    let mark = |t: &Token| t.kind == TokenKind::QuoteMark && t.quoted;
    let open = range.clone().find(|&i| mark(&tokens[i]))?;
    let close = (open + 1..range.end).find(|&i| mark(&tokens[i]))?;
    let words = tokens[open + 1..close].iter().filter(|t| t.is_word()).count();
    (1..=4).contains(&words).then_some(open + 1..close)
}

/// A German phrase whose last word is in the genitive, with that word in
/// the nominative: "Sozialgerichts" is "Sozialgericht", "Kreuzes" "Kreuz".
pub(super) fn nominative(phrase: &str) -> String {
    let (head, last) = phrase.rsplit_once(' ').map_or(("", phrase), |(h, l)| (h, l));
    let stem = if let Some(stem) = last.strip_suffix("es")
        && stem.chars().count() >= 3
        && stem.chars().last().is_some_and(|c| !"aeiouäöüy".contains(c))
    {
        stem
    } else {
        last.strip_suffix('s').filter(|stem| stem.chars().count() >= 3).unwrap_or(last)
    };
    if head.is_empty() { stem.to_string() } else { format!("{head} {stem}") }
}

/// A headline of the form "Speaker: message" ("Russlands Außenministerium:
/// USA verweigern Dialog …") is a statement of that speaker.
pub fn headline(text: &str, tokens: &[Token], german: bool) -> Option<Found> {
    colon_headline(text, tokens, german).or_else(|| if german { None } else { says_headline(text, tokens) })
}

/// An English headline with a reporting verb: "De Blasio says the blast was
/// intentional", "Trump could address clean energy, Lindsey Graham says".
fn says_headline(text: &str, tokens: &[Token]) -> Option<Found> {
    const VERBS: [&str; 8] = ["says", "said", "warns", "claims", "admits", "insists", "suggests", "predicts"];
    let cue = tokens
        .iter()
        .position(|t| t.is_word() && !t.quoted && VERBS.iter().any(|v| text[t.span()].eq_ignore_ascii_case(v)))
        .or_else(|| {
            // "Senator Praises Plan", "Governor blasts budget": PolNeAR
            // attributes a headline to its subject with any reporting verb,
            // in the present tense that headlines use.
            (1..tokens.len()).find(|&i| {
                let t = &tokens[i];
                let word = &text[t.span()];
                t.is_word() && !t.quoted && t.tags.has(Tags::CUE) && word.ends_with('s') && !word.ends_with("ss")
            })
        })?;
    let phrases = Phrases { text, tokens, german: false };
    let mut end = tokens.len();
    while end > cue + 1 && tokens[end - 1].kind == TokenKind::Punct && tokens[end - 1].first != '!' {
        end -= 1;
    }
    let (mention, message) = if cue + 1 == end {
        // The speaker after the message: "…, Lindsey Graham Says."
        let comma = tokens[..cue].iter().rposition(|t| t.is_punct(',') && !t.quoted)?;
        let mention = phrases.phrase_after(comma + 1, cue).filter(|m| m.end == cue)?;
        (mention, 0..comma)
    } else {
        (phrases.phrase_before(0, cue)?, cue + 1..end)
    };
    let words = tokens[message.clone()].iter().filter(|t| t.is_word()).count();
    if words < 2 {
        return None;
    }
    Some(Found {
        kind: Kind::Indirect,
        spans: vec![tokens[message.start].start..tokens[message.end - 1].end],
        cue: Some(tokens[cue].span()),
        mention: Some(raw_mention(&phrases, mention, false)),
        rule: "headline",
        inherits: false,
        paragraph: 0,
        sentence: 0,
    })
}

/// A headline of the form "Speaker: message".
fn colon_headline(text: &str, tokens: &[Token], german: bool) -> Option<Found> {
    let colon = tokens.iter().take(8).position(|t| t.is_punct(':') && !t.quoted)?;
    if colon == 0 || colon + 1 >= tokens.len() {
        return None;
    }
    let phrases = Phrases { text, tokens, german };
    // "EXCLUSIVE – Roger Stone: …": a label before a dash is no speaker.
    let start = if german {
        0
    } else {
        tokens[..colon]
            .iter()
            .rposition(|t| t.kind == TokenKind::Punct && matches!(t.first, '–' | '—' | '|'))
            .map_or(0, |i| i + 1)
    };
    let phrase = phrases.phrase_after(start, colon)?;
    // "The Latest: Mayor says …": the Associated Press labels its running
    // reports so; the speaker, if any, is the subject after the label.
    if !german && text[tokens[phrase.start].start..tokens[phrase.end - 1].end].eq_ignore_ascii_case("the latest") {
        return None;
    }
    // "Gillibrand on Hillary's Speeches: …", "Obama To Asians Worried About
    // the Election: …": an English speaker may name the topic or the
    // audience before the colon.
    let topic = !german
        && phrase.end < colon
        && ["on", "to"].iter().any(|w| text[tokens[phrase.end].span()].eq_ignore_ascii_case(w))
        && tokens[phrase.end..colon].iter().all(|t| !t.quoted && !t.tags.has(Tags::CUE | Tags::VERB));
    if phrase.start != start || phrase.end != colon && !topic {
        return None;
    }
    if german && !names_speaker(&tokens[phrase.clone()]) {
        // German headlines put topics and places before the colon far more
        // often than speakers ("Berlin: …", "Vogelgrippe: …").
        return None;
    }
    let mention = raw_mention(&phrases, phrase, false);
    if mention.kind == MentionKind::Other && mention.name.is_none() {
        return None;
    }
    let message = tokens[colon + 1..].iter().filter(|t| t.is_word()).count();
    if message < 2 {
        return None;
    }
    let mut end = tokens.len();
    while end > colon + 1 && tokens[end - 1].kind == TokenKind::Punct && tokens[end - 1].first != '!' {
        end -= 1;
    }
    Some(Found {
        kind: Kind::Indirect,
        spans: vec![tokens[colon + 1].start..tokens[end - 1].end],
        cue: Some(tokens[colon].span()),
        mention: Some(mention),
        rule: "headline",
        inherits: false,
        paragraph: 0,
        sentence: 0,
    })
}

/// True when a phrase holds a word for a body or a role that speaks
/// ("Außenministerium", "Experte"), not only a place.
fn names_speaker(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.tags.has(Tags::BODY | Tags::ROLE) && !t.tags.has(Tags::PLACE))
}

/// German role adjectives after "der" take the weak ending; without the
/// article they take the strong one: "der stellvertretende russische
/// Außenminister" is a "stellvertretender russischer Außenminister".
fn strong_ending(role: &str) -> String {
    let words: Vec<&str> = role.split(' ').collect();
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .map(|(i, word)| {
            let adjective = i < last && word.chars().next().is_some_and(char::is_lowercase) && word.ends_with('e');
            if adjective { format!("{word}r") } else { (*word).to_string() }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::Lexicon;
    use super::super::segment::{segment, tokenize};
    use super::*;

    /// The statements the rules find in `text`, as (kind, message, rule).
    fn found(text: &str, german: bool) -> Vec<(Kind, String, &'static str)> {
        let lexicon = Lexicon::for_language(if german { "de" } else { "en" });
        let segments = segment(text, 0..text.len(), lexicon);
        Rules::run(text, &segments, german, &person_mentions(text, &segments, german))
            .into_iter()
            .map(|f| {
                let message: Vec<&str> = f.spans.iter().map(|s| &text[s.clone()]).collect();
                (f.kind, message.join(" … "), f.rule)
            })
            .collect()
    }

    /// The messages of the English statements found in `text`.
    fn english_messages(text: &str) -> Vec<String> {
        found(text, false).into_iter().map(|s| s.1).collect()
    }

    /// The people `person_mentions` finds in `text`.
    fn persons_in(text: &str, german: bool) -> Vec<PersonMention> {
        let lexicon = Lexicon::for_language(if german { "de" } else { "en" });
        person_mentions(text, &segment(text, 0..text.len(), lexicon), german)
    }

    /// The names of the people `person_mentions` finds in German `text`.
    fn german_names(text: &str) -> Vec<String> {
        persons_in(text, true).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn an_english_place_or_event_is_marked_as_no_person() {
        let persons = persons_in("The talks in New York before the Millennium Summit went on.", false);
        let places: Vec<(&str, bool)> = persons.iter().map(|p| (p.name.as_str(), p.place)).collect();
        assert_eq!(places, [("New York", true), ("Millennium Summit", true)]);
    }

    #[test]
    fn a_german_noun_after_an_article_opens_no_name() {
        let text = "Der Besuch des Theologen Hans Brandel dauerte lange. Vielen Dank, sagte Lukas Odin.";
        assert_eq!(german_names(text), ["Hans Brandel", "Lukas Odin"]);
    }

    #[test]
    fn a_german_call_of_the_next_speaker_is_no_statement() {
        let text = "Vielen Dank. Als nächster Redner spricht Jan Roth von der Fraktion der Mitte. \
                    Für die Fraktion spricht jetzt die Kollegin Ina Dorn. \
                    Die Ministerin sprach von einem schweren Fehler.";
        let messages: Vec<String> = found(text, true).into_iter().map(|(_, message, _)| message).collect();
        assert_eq!(messages, ["Die Ministerin sprach von einem schweren Fehler"]);
    }

    #[test]
    fn a_german_noun_the_text_puts_after_an_article_opens_no_name() {
        let text = "Das Thema ist alt. Thema Wohnungsbau bleibt, und Zehntausende Mieter warten. Die Partei legte \
                    in einem Antrag Eckpunkte vor, 15 Prozent Zuschlag seien zu wenig, sagte Lukas Odin.";
        assert_eq!(german_names(text), ["Lukas Odin"]);
    }

    #[test]
    fn a_german_surname_after_a_relative_pronoun_is_still_the_person() {
        let text = "Gegen Karl Brandel wird ermittelt. Es sind Leute, die Brandel verehren.";
        assert_eq!(german_names(text), ["Karl Brandel", "Karl Brandel"]);
    }

    #[test]
    fn a_german_place_in_the_genitive_after_a_role_is_no_person() {
        let persons = persons_in("Der Innenminister Schwedens, Karl Odin, verteidigte den Plan.", true);
        let names: Vec<&str> = persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Karl Odin"]);
    }

    #[test]
    fn a_run_of_reported_sentences_is_one_continuation() {
        let text = "Der Minister sagte, die Lage sei ernst. Die Vorräte reichten nur noch \
                    eine Woche, es gebe keinen Ersatz. Hilfe solle bald kommen.";
        let statements = found(text, true);
        assert_eq!(statements.len(), 2, "{statements:?}");
        assert_eq!(statements[1].0, Kind::FreeIndirect);
        assert_eq!(
            statements[1].1,
            "Die Vorräte reichten nur noch eine Woche, es gebe keinen Ersatz. Hilfe solle bald kommen"
        );
    }

    #[test]
    fn a_clause_added_to_a_verb_cues_object_is_no_message() {
        for text in [
            "Die Lotsin meldete dem Turm einen Defekt am Rad, so dass der Hafen von Nordau gesperrt wurde.",
            "Der Verband lobte den Einsatz des Vereins, der die Halle in Kellbach neu gestaltet hatte.",
            "Tamo Wessel wurde zu drei Jahren Haft verurteilt, weil er die Kasse des Vereins geleert hatte.",
            "Der Bericht kritisierte die Lage in Nordau, bei der Diebstähle, Brände und Überfälle zunahmen.",
        ] {
            assert!(found(text, true).is_empty(), "{text}: {:?}", found(text, true));
        }
        // A reported clause after the object keeps its message.
        let statements = found("Die Ärztin kritisierte eine Seuche, die in der Region häufig vorkomme.", true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        let statements = found("Der Förster befürchtet das Schlimmste, die Eiche könnte bald umstürzen.", true);
        assert_eq!(statements.len(), 1, "{statements:?}");
    }

    #[test]
    fn talking_with_someone_or_saying_a_formula_reports_nothing() {
        for text in [
            "Die Kapitänin Mara Voss sprach mit ihrem Bruder und ihrer Tochter.",
            "Ein Pfarrer aus Kellbach sprach ein Gebet für die Opfer.",
            "Die Anhörung endet im Mai, das Urteil sprechen die Richter später.",
        ] {
            assert!(found(text, true).is_empty(), "{text}: {:?}", found(text, true));
        }
        assert_eq!(found("Die Kapitänin Mara Voss sprach mit Reportern über den Sturm.", true).len(), 1);
        let text = "Im Jahr 1890 schrieb die Ingenieurin Ada Kell in Nordau Luftfahrtgeschichte.";
        assert!(found(text, true).is_empty(), "{:?}", found(text, true));
        let text = "Nun meldete sich Jon Treve bei seiner Schwester, er hatte Heimweh nach Nordau.";
        assert!(found(text, true).is_empty(), "{:?}", found(text, true));
    }

    #[test]
    fn an_unattributed_quotation_after_an_article_is_a_name() {
        let text =
            "Vor der Abstimmung tagte die „Vereinigte Genossenschaft für Fang und Handel an der Küste“ in Nordau.";
        assert!(found(text, true).is_empty(), "{:?}", found(text, true));
    }

    #[test]
    fn a_stance_for_or_against_something_reports_no_words() {
        for text in [
            "Die Bürgermeisterin Mara Voss sprach sich gegen den Bau eines zweiten Kais in Nordau aus.",
            "Die Zahlen der Werft sprechen für einen raschen Ausbau des Hafens.",
        ] {
            assert!(found(text, true).is_empty(), "{text}: {:?}", found(text, true));
        }
        let text = "Die Bürgermeisterin Mara Voss sprach von einem schweren Fehler beim Bau des Kais.";
        assert_eq!(found(text, true).len(), 1);
    }

    #[test]
    fn a_demand_for_something_names_no_source() {
        let text = "Die Forderung nach mehr Rechten für die Fischer in Nordau stößt auf wenig Gegenliebe.";
        assert!(found(text, true).is_empty(), "{:?}", found(text, true));
    }

    #[test]
    fn a_naming_participle_between_commas_is_no_cue() {
        let text = "Der Wolf, auch „Grauer“ genannt, ist nach Nordau zurückgekehrt.";
        assert!(found(text, true).is_empty(), "{:?}", found(text, true));
    }

    #[test]
    fn a_so_insertion_ends_the_sentence_or_names_a_long_source() {
        let statements = found("Die Lage bleibe ernst, so Boemi weiter.", true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].1, "Die Lage bleibe ernst");
        let statements = found(
            "Die Mittel sind unwirksam, so eine Studie mit dem Titel „Die Andere Medizin“ der Stiftung Warentest.",
            true,
        );
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].1, "Die Mittel sind unwirksam");
    }

    #[test]
    fn a_german_message_follows_a_subject_first_cue() {
        let statements = found(
            "Sarkozy bestritt diese Überlegungen, indem er sagte, eine engere Zusammenarbeit würde nichts ersetzen.",
            true,
        );
        assert_eq!(statements[0].1, "eine engere Zusammenarbeit würde nichts ersetzen");
    }

    #[test]
    fn a_german_cue_after_a_comma_continues_the_first_clause() {
        let statements = found(
            "Die Beobachter rügten mehrere Mängel, kamen aber zum Ergebnis, dass die Abstimmung freier war als zuvor.",
            true,
        );
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].1, "dass die Abstimmung freier war als zuvor");
    }

    #[test]
    fn a_german_judgement_with_halten_reports_its_clause() {
        let statements =
            found("Die Gutachterin Lena Korff hält es jedoch für möglich, dass der Damm im Winter bricht.", true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].1, "dass der Damm im Winter bricht");
    }

    #[test]
    fn a_speech_act_without_a_clause_is_the_whole_sentence() {
        let statements = found("Die Polizei sprach von einem weitgehend friedlichen Verlauf.", true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].1, "Die Polizei sprach von einem weitgehend friedlichen Verlauf");
    }

    #[test]
    fn a_german_headline_needs_a_speaker_before_the_colon() {
        let lexicon = Lexicon::for_language("de");
        for (title, speaks) in [
            ("Russlands Außenministerium: USA verweigern Dialog", true),
            ("Berlin: Rot-rote Koalition plant Schülerdatei", false),
            ("Vogelgrippe: Entwarnung bei Chinesin", false),
        ] {
            let tokens = tokenize(title, 0..title.len(), lexicon, &mut String::new());
            assert_eq!(headline(title, &tokens, true).is_some(), speaks, "{title}");
        }
    }

    #[test]
    fn an_english_headline_names_its_speaker_on_either_side_of_the_verb() {
        let lexicon = Lexicon::for_language("en");
        for (title, speaker, message) in [
            ("Mayor Lou Parr says the budget is broken", "Mayor Lou Parr", "the budget is broken"),
            ("The budget is broken, Mayor Lou Parr Says.", "Mayor Lou Parr", "The budget is broken"),
            ("EXCLUSIVE – Lou Parr: The Budget Is Broken.", "Lou Parr", "The Budget Is Broken"),
            ("Mayor Lou Parr on the Bridge: We Will Rebuild It.", "Mayor Lou Parr", "We Will Rebuild It"),
            // A news agency's label before the colon is no speaker.
            ("The Latest: Lou Parr tells voters the bridge will reopen.", "Lou Parr", "voters the bridge will reopen"),
        ] {
            let tokens = tokenize(title, 0..title.len(), lexicon, &mut String::new());
            let found = headline(title, &tokens, false).expect(title);
            let mention = found.mention.map(|m| &title[m.span]);
            assert_eq!((mention, &title[found.spans[0].clone()]), (Some(speaker), message));
        }
    }

    #[test]
    fn a_konjunktiv_after_a_named_subject_reports_that_subject() {
        let text = "Die Polizei sagte, der Hafen sei gesperrt. Der Chef der Werft, Karl Roth, verteidigte den \
                    Plan. So seien am Montag hunderte Arbeiter gekommen.";
        let statements = found(text, true);
        let last = statements.last().map(|s| (s.1.as_str(), s.2));
        assert_eq!(last, Some(("So seien am Montag hunderte Arbeiter gekommen", "subjunctive-report")));
    }

    #[test]
    fn a_konjunktiv_after_a_country_as_subject_reports_that_country() {
        let text = "Die Kommission sagte, der Hafen sei gesperrt. Der Streit dauert an. Norwegen weist dies \
                    zurück. Der Hafen sei seit Montag wieder offen.";
        let statements = found(text, true);
        let last = statements.last().map(|s| (s.1.as_str(), s.2));
        assert_eq!(last, Some(("Der Hafen sei seit Montag wieder offen", "subjunctive-report")));
    }

    #[test]
    fn a_konjunktiv_after_a_named_person_reports_that_person() {
        let text = "Die Polizei sagte, der Hafen sei gesperrt. Tilman Quast, der beim Verein arbeitet, wies den \
                    Vorwurf zurück. In Zeiten knapper Kassen sei der Plan richtig.";
        let statements = found(text, true);
        let last = statements.last().map(|s| (s.1.as_str(), s.2));
        assert_eq!(last, Some(("In Zeiten knapper Kassen sei der Plan richtig", "subjunctive-report")));
    }

    #[test]
    fn a_fronted_object_puts_the_quotations_speaker_after_the_verb() {
        let text = "Den Unmut der Partei brachte die Sprecherin der Fraktion, Jana Kestner, zum Ausdruck: „Es gibt \
                    keinen Grund, die Pläne aufzugeben.“";
        assert_eq!(first_mention(text).as_deref(), Some("die Sprecherin der Fraktion, Jana Kestner"));
    }

    #[test]
    fn a_reflexive_pronoun_stands_between_the_verb_and_the_speaker() {
        let text = "Bei der Sitzung im Rathaus hatte sich Merle Tannberg zu einem Zwischenruf hinreißen lassen: \
                    „Das glaubt doch niemand.“";
        assert_eq!(first_mention(text).as_deref(), Some("Merle Tannberg"));
        let text = "Nach dem Spiel zeigte sich die Trainerin des Vereins zufrieden: „Wir haben gut verteidigt.“";
        assert_eq!(first_mention(text).as_deref(), Some("die Trainerin des Vereins"));
    }

    #[test]
    fn an_attributive_participle_is_no_finite_verb() {
        let text = "Den im Lager verbliebenen Helfern sicherte Bürgermeister Tamme Ruhl zu: „Niemand wird \
                    vergessen.“";
        assert_eq!(first_mention(text).as_deref(), Some("Bürgermeister Tamme Ruhl"));
    }

    #[test]
    fn a_so_called_term_is_no_speaker() {
        let text = "Steuern: Die so genannte „Reichsabgabe“: Die Partei will hohe Einkommen stärker belasten.";
        let mention = first_mention(text);
        assert!(!mention.as_deref().is_some_and(|m| m.contains("genannte")), "{mention:?}");
    }

    #[test]
    fn a_german_passive_cue_reports_without_a_speaker() {
        let statements = found("Dem Wirt wurde vorgeworfen, seine Gäste zu betrügen.", true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!((statements[0].1.as_str(), statements[0].2), ("seine Gäste zu betrügen", "passive-cue"));
    }

    #[test]
    fn a_reported_clause_after_an_unknown_verb_is_a_candidate_for_the_filter() {
        let text = "Ilse Varga pochte darauf, dass der Kai zu klein sei.";
        let statements = found(text, true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!((statements[0].1.as_str(), statements[0].2), ("dass der Kai zu klein sei", "model-clause"));
        let rules = Rules::run(text, &segment(text, 0..text.len(), Lexicon::for_language("de")), true, &[]);
        let cue = rules[0].cue.clone().expect("a cue");
        assert_eq!(&text[cue], "darauf", "the word governing the clause is shown as the cue");
    }

    #[test]
    fn a_zu_infinitive_after_a_speech_act_verb_is_a_candidate_for_the_filter() {
        let text = "Das Motiv ist die Kritik am Fonds, dem Tomas Weller vorwirft, Urheber der Krise zu sein.";
        let statements = found(text, true);
        let infinitive: Vec<_> = statements.iter().filter(|(.., rule)| *rule == "model-infinitive").collect();
        assert_eq!(infinitive.len(), 1, "{statements:?}");
        assert_eq!(infinitive[0].1, "Urheber der Krise zu sein");
        let segments = segment(text, 0..text.len(), Lexicon::for_language("de"));
        let persons = person_mentions(text, &segments, true);
        let rules = Rules::run(text, &segments, true, &persons);
        let found = rules.iter().find(|f| f.rule == "model-infinitive").expect("a candidate");
        assert_eq!(&text[found.cue.clone().expect("a cue")], "vorwirft");
        let name = found.mention.as_ref().and_then(|m| m.name.clone());
        assert!(name.as_ref().is_some_and(|name| name.ends_with("Weller")), "the person, not the body: {name:?}");
    }

    #[test]
    fn a_purpose_or_a_verb_outside_the_list_gives_no_infinitive_candidate() {
        for text in [
            "Persönlich rief Tomas Weller in der Zentrale an, um sein Abo zu kündigen.",
            "Tomas Weller versuchte am Montag, den Wagen zu starten.",
        ] {
            let statements = found(text, true);
            assert!(statements.iter().all(|(.., rule)| *rule != "model-infinitive"), "{text}: {statements:?}");
        }
    }

    #[test]
    fn a_clause_without_konjunktiv_or_speaker_is_no_candidate() {
        for text in [
            "Ilse Varga pochte darauf, dass der Kai zu klein ist.",
            "Es pochte darauf, dass der Kai zu klein sei.",
            "Hinzu kommt, dass der Kai zu klein sei.",
            "Nachdem Ilse Varga erfahren hatte, dass der Kai zu klein sei, ging sie.",
        ] {
            let statements = found(text, true);
            assert!(statements.iter().all(|(.., rule)| *rule != "model-clause"), "{text}: {statements:?}");
        }
    }

    #[test]
    fn the_subject_of_an_addressing_passive_is_no_speaker() {
        for text in [
            "Karl Brenner wurde vorgeworfen, seine Gäste betrogen zu haben.",
            "Die Wirte werden beschuldigt, die Preise abgesprochen zu haben.",
            "Ihm wird unter anderem vorgeworfen, Gelder veruntreut zu haben.",
        ] {
            let statements = found(text, true);
            assert_eq!(statements.len(), 1, "{statements:?}");
            assert_eq!(statements[0].2, "passive-cue", "{text}");
            assert_eq!(first_mention(text), None, "{text}");
        }
        let agent = "Karl Brenner wurde von der Staatsanwaltschaft Nordheim vorgeworfen, Gelder veruntreut zu haben.";
        assert_ne!(found(agent, true).first().map(|f| f.2), Some("passive-cue"));
    }

    #[test]
    fn a_noun_compounded_with_a_lowercase_short_form_is_a_source() {
        // German capitalises a compound's last part: "xyz-Bericht" is a noun.
        let statements = found("In Nordau gibt es laut xyz-Bericht eine hohe Zahl von Fällen.", true);
        assert_eq!(statements[0].1, "In Nordau gibt es … eine hohe Zahl von Fällen");
        let statements = found("Der Verein will laut einer abc-Meldung den Trainer Sommerfeld entlassen.", true);
        assert_eq!(statements[0].2, "source-preposition");
    }

    #[test]
    fn nach_before_a_document_or_the_constitution_introduces_a_source() {
        let statements = found("Nach einem Papier der Kommission sollen die Häfen im Norden schließen.", true);
        assert_eq!(statements[0].1, "sollen die Häfen im Norden schließen");
        let statements = found("Nach der Verfassung muss die Ministerin Ida Wendt im Mai gewählt werden.", true);
        assert_eq!(statements[0].1, "muss die Ministerin Ida Wendt im Mai gewählt werden");
        // A document with a definite article mostly tells a time.
        assert!(found("Nach der Veröffentlichung kam es in Nordau zu Protesten.", true).is_empty());
    }

    #[test]
    fn nach_introduces_a_source_before_or_after_its_noun() {
        let statements = found("Die Feuerwehr hat nach eigenen Angaben die Hälfte der Halle abgesucht.", true);
        assert_eq!(statements[0].1, "Die Feuerwehr hat … die Hälfte der Halle abgesucht");
        let statements = found("Seiner Meinung nach hätte die Aufsicht abraten müssen.", true);
        assert_eq!(statements[0].1, "hätte die Aufsicht abraten müssen");
        let statements = found("Nach Polizeiangaben wurden keine Menschen verletzt.", true);
        assert_eq!(statements[0].1, "wurden keine Menschen verletzt");
        assert!(found("Nach dem Spiel wurden keine Menschen verletzt.", true).is_empty());
        // In a later clause the source is that clause's.
        let text = "Der Kapitän sitzt in Haft, weil er nach Angaben der Küstenwache zu schnell gefahren ist.";
        assert_eq!(found(text, true)[0].1, "weil er … zu schnell gefahren ist");
    }

    #[test]
    fn a_clause_set_off_after_an_opening_source_is_the_sources() {
        let statements =
            found("Nach Angaben der Wasserwacht, die am Abend befragt wurde, wurden drei Boote geborgen.", true);
        assert_eq!(statements[0].1, "wurden drei Boote geborgen");
        let statements = found("Laut der Zeitung Morgenkurier, die sich auf Zeugen beruft, brannte die Scheune.", true);
        assert_eq!(statements[0].1, "brannte die Scheune");
        // A subordinate clause after the comma is still the message's.
        let statements =
            found("Nach Angaben der Wasserwacht, die am Abend befragt wurde, dass drei Boote fehlten.", true);
        assert!(statements[0].1.starts_with("die am Abend"), "{statements:?}");
    }

    #[test]
    fn a_quotation_keeps_the_words_that_lead_into_it() {
        let text = "Die Gutachterin Marlene Obrist erklärte, der Bericht sei „ein Dokument für die nächsten Jahre“.";
        let statements = found(text, true);
        assert_eq!(statements[0].1, "der Bericht sei „ein Dokument für die nächsten Jahre“");
        // A longer lead too: the quotation is reported inside the clause.
        let text = "Die Gutachterin Marlene Obrist erklärte, das sei nach ihrer Ansicht leider „ein Dokument für die nächsten Jahre“.";
        assert_eq!(found(text, true)[0].1, "das sei nach ihrer Ansicht leider „ein Dokument für die nächsten Jahre“");
    }

    #[test]
    fn a_backward_cue_keeps_the_word_that_points_back() {
        let statements =
            found("Die Brücke bleibt bis Mai gesperrt. Dies bestätigte die Stadtverwaltung Nordheim.", true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].1, "Die Brücke bleibt bis Mai gesperrt … Dies");
    }

    #[test]
    fn a_document_the_sentences_before_emerge_from_is_their_source() {
        let text = "Die Werft Nordheim schließt im Mai. Dies geht aus einer Mitteilung des Betriebsrats hervor.";
        let statements = found(text, true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(
            (statements[0].1.as_str(), statements[0].2),
            ("Die Werft Nordheim schließt im Mai … Dies", "source-document")
        );
        // The particle may follow a relative clause on the document.
        let text = "Die Werft schließt. Dies geht aus einem Brief, den die Zeitung zeigte, hervor.";
        assert_eq!(found(text, true)[0].2, "source-document");
        // Without a word pointing back, something grew out of something.
        let text = "Die Werft schließt. Die Partei ging aus einer Bürgerbewegung hervor.";
        assert!(found(text, true).is_empty());
    }

    #[test]
    fn danach_after_a_document_points_back_to_its_source() {
        let text = "Das Institut Nordheim hat eine Studie vorgestellt. Danach leiden viele Kinder unter Stress.";
        let statements = found(text, true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!((statements[0].1.as_str(), statements[0].2), ("leiden viele Kinder unter Stress", "source-anaphor"));
        // After a sentence that names no document, it means "afterwards".
        assert!(found("Der Zug hielt in Nordheim. Danach stiegen alle Fahrgäste aus.", true).is_empty());
    }

    #[test]
    fn a_quotation_takes_in_the_reported_clause_begun_before_it() {
        let text = "Die Sprecherin Jana Voss zweifelte am Montag: Sie habe „keinen Grund zur Eile“.";
        let statements = found(text, true);
        assert_eq!(statements[0].1, "Sie habe „keinen Grund zur Eile“", "{statements:?}");
        // The clause's verb after the quotation closes it.
        let text = "Die Sprecherin Jana Voss zweifelte am Montag, dass es „einen Grund zur Eile“ gebe.";
        assert_eq!(found(text, true)[0].1, "dass es „einen Grund zur Eile“ gebe");
        // An indicative lead is the writer's, not the speaker's.
        let text = "Die Sprecherin Jana Voss zweifelte am Montag: Sie hat „keinen Grund zur Eile“.";
        assert_eq!(found(text, true)[0].1, "„keinen Grund zur Eile“");
    }

    #[test]
    fn a_quotation_inside_a_reported_clause_is_reported_with_the_clause() {
        let text = "Der Sprecher Tomas Lind sagte, wer die „alten Regeln der Kammer“ breche, müsse gehen.";
        let statements = found(text, true);
        assert_eq!(statements[0].0, Kind::Indirect, "{statements:?}");
        assert_eq!(statements[0].1, "wer die „alten Regeln der Kammer“ breche, müsse gehen");
        let text = "Die Gilde der Weber tagte am Montag. Sie halte den Plan für „überfällig und längst geboten“.";
        let statements = found(text, true);
        let last = statements.last().expect("a statement");
        assert_eq!(last.0, Kind::FreeIndirect, "{statements:?}");
        assert_eq!(last.1, "Sie halte den Plan für „überfällig und längst geboten“");
        // The subject of the Konjunktiv is what is reported on, not who speaks.
        let text = "Der Rektor Ole Brandt sagte, die Schule bleibe offen. Die Lehrer seien „gut vorbereitet und sehr motiviert“.";
        let statements = run(text, true);
        let last = statements.last().expect("a statement");
        assert!(last.mention.is_none() && last.inherits, "{last:?}");
        assert_eq!(last.rule, "subjunctive-continuation");
        // A quotation that opens the clause, or follows a colon, is quoted
        // as said.
        let text = "Der Sprecher Tomas Lind sagte, „wir bleiben bei dem Plan der Kammer“.";
        assert_eq!(found(text, true)[0].1, "„wir bleiben bei dem Plan der Kammer“");
        let text = "Der Sprecher Tomas Lind sagte, er bleibe dabei: „Wir halten an dem Plan fest.“";
        assert_eq!(found(text, true)[0].1, "„Wir halten an dem Plan fest.“");
    }

    #[test]
    fn a_clause_closing_on_its_verb_introduces_the_report_after_it() {
        let text = "Die Ministerin Vera Lindqvist sagte, die Brücke sei marode. \
                    Gegen den Plan wurde eingewandt, sie lasse sich noch retten.";
        let statements = found(text, true);
        assert_eq!(statements.last().map(|s| s.1.as_str()), Some("sie lasse sich noch retten"), "{statements:?}");
        // A verb right after the comma belongs to a clause fronted before it.
        let text = "Die Ministerin Vera Lindqvist sagte, die Brücke sei marode. \
                    Wenn der Plan scheitert, lasse sie sich nicht mehr retten.";
        let statements = found(text, true);
        assert!(statements.last().is_some_and(|s| s.1.starts_with("Wenn der Plan")), "{statements:?}");
    }

    #[test]
    fn a_relative_clause_on_a_speech_acts_object_keeps_the_whole_sentence() {
        let text = "Ein Sprecher der Feuerwehr Nordheim sprach von zwölf Booten, die im Hafen gesunken waren.";
        let statements = found(text, true);
        assert_eq!(statements[0].1, text.trim_end_matches('.'), "{statements:?}");
        assert_eq!(statements[0].2, "speech-act-relative");
        // A reported clause after the object stays the message.
        let text = "Ein Sprecher der Feuerwehr Nordheim sprach von zwölf Booten, die im Hafen gesunken seien.";
        assert_eq!(found(text, true)[0].1, "die im Hafen gesunken seien");
        let text = "Die Anwohner forderten den Rücktritt des Bürgermeisters, weil er die Schleuse verkauft hatte.";
        assert_eq!(found(text, true)[0].1, text.trim_end_matches('.'));
        // A purpose, or a cue or reason inside the relative clause, reports
        // nothing either.
        for text in [
            "Die Bürgerinitiative forderte einen neuen Steg, um die Insel Marrow schneller zu erreichen.",
            "Die Ärztekammer forderte strengere Regeln für Kantinen, die vor zu viel Zucker warnen.",
            "Der Bürgermeister verlangte die Freilassung eines Fischers, der festgenommen wurde, weil er Netze flickte.",
        ] {
            assert_eq!(found(text, true)[0].1, text.trim_end_matches('.'), "{:?}", found(text, true));
        }
    }

    #[test]
    fn news_made_known_reports_its_dass_clause() {
        let statements = found("Im Mai wurde dann bekannt, dass die Werft Nordheim verkauft wird.", true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(
            (statements[0].1.as_str(), statements[0].2),
            ("dass die Werft Nordheim verkauft wird", "impersonal-known")
        );
        let statements = found("Zuvor war schon bekannt geworden, dass die Werft Nordheim verkauft wird.", true);
        assert_eq!(statements[0].2, "impersonal-known", "{statements:?}");
        // With a subject between, what was made known is no report.
        assert!(found("Im Mai wurde die Werft bekannt, dass sie verkauft wird.", true).is_empty());
    }

    #[test]
    fn german_sources_without_a_verb() {
        let statements = found("Demnach sind bei der Explosion acht Menschen ums Leben gekommen.", true);
        assert_eq!(statements[0].1, "sind bei der Explosion acht Menschen ums Leben gekommen");
        assert_eq!(statements[0].2, "source-anaphor");
        let statements = found("Nach jetzigem Ermittlungsstand ist der Fahrer eingeschlafen.", true);
        assert_eq!(statements[0].1, "ist der Fahrer eingeschlafen");
        assert_eq!(statements[0].2, "source-noun");
        let statements = found("In der Erklärung heißt es, die Lage sei unter Kontrolle.", true);
        assert_eq!(statements[0].1, "die Lage sei unter Kontrolle");
        assert_eq!(statements[0].2, "impersonal-cue");
    }

    #[test]
    fn an_impersonal_man_before_a_cue_is_its_speaker() {
        let statements = found("Aber man betont auch, dass die Lage ernst sei.", true);
        assert_eq!(statements[0].1, "dass die Lage ernst sei");
        assert_eq!(statements[0].2, "verb-cue");
        assert!(found("Aber man deutete an, die Proteste steigern zu wollen.", true).is_empty());
    }

    #[test]
    fn a_two_word_particle_completes_a_separable_cue() {
        let statements = found("Die Polizei geht davon aus, dass es Brandstiftung war.", true);
        assert_eq!(statements[0].1, "dass es Brandstiftung war");
        assert!(found("Die Polizei geht aus dem Haus und sieht nach dem Rechten.", true).is_empty());
    }

    #[test]
    fn an_object_before_the_verb_puts_the_subject_after_it() {
        let text = "Den Vorwurf wies der Minister am Montag zurück, die Regierung habe nichts gewusst.";
        let found = run(text, true);
        let mention = found[0].mention.as_ref().map(|m| &text[m.span.clone()]);
        assert_eq!(mention, Some("der Minister"));
    }

    #[test]
    fn a_fronted_als_phrase_or_date_puts_the_subject_after_the_verb() {
        let text = "Als Beispiel nannte die Stadtverwaltung die neue Brücke über den Fluss.";
        assert_eq!(first_mention(text).as_deref(), Some("die Stadtverwaltung"));
        let text = "Ende Januar kündigte der Vereinsvorstand an, dass die Halle schließen werde.";
        assert_eq!(first_mention(text).as_deref(), Some("der Vereinsvorstand"));
    }

    #[test]
    fn demnach_takes_its_name_from_the_subject_of_the_sentence_before() {
        let text = "Am Dienstag hat die Wahlkommission das Ergebnis bekannt gegeben.\n\n\
                    Demnach hat die Partei von Lina Okafor die Wahl gewonnen.";
        let found = run(text, true);
        let demnach = found.iter().find(|f| f.rule == "source-anaphor").and_then(|f| f.mention.as_ref());
        let mention = demnach.map(|m| (&text[m.span.clone()], m.bare.as_str()));
        assert_eq!(mention, Some(("Demnach", "Wahlkommission")), "{found:?}");
    }

    #[test]
    fn eigen_takes_its_name_from_the_subject_of_its_sentence() {
        let text = "Nach eigenen Angaben erhielt das Landesamt mehrere Anfragen.";
        let found = run(text, true);
        let own = found.iter().find_map(|f| f.mention.as_ref());
        let mention = own.map(|m| (&text[m.span.clone()], m.bare.as_str()));
        assert_eq!(mention, Some(("eigenen Angaben", "Landesamt")), "{found:?}");
    }

    #[test]
    fn a_source_preposition_with_a_relative_pronoun_reports_the_relative_clause() {
        let text = "Es gibt Gerüchte im Verein Nordstern, nach denen der Trainer Sommerfeld gehen muss.";
        assert_eq!(found(text, true)[0].1, "der Trainer Sommerfeld gehen muss");
        assert_eq!(first_mention(text).as_deref(), Some("denen"));
        let text = "Dem Gericht liegt ein Gutachten vor, laut dem der Hafen sicher ist.";
        assert_eq!(found(text, true)[0].1, "der Hafen sicher ist");
        // "nach der" after a comma mostly tells a time.
        assert!(found("Es gab eine Pause, nach der die Sitzung weiterging.", true).is_empty());
    }

    #[test]
    fn wonach_names_the_phrase_before_it_as_the_source() {
        let text = "Es gibt einen Bericht der Zeitung Nordbote, wonach die Halle schließen soll.";
        assert_eq!(first_mention(text).as_deref(), Some("einen Bericht der Zeitung Nordbote"));
    }

    #[test]
    fn an_impersonal_cue_takes_the_place_it_was_said_after_it() {
        let text = "Die Halle bleibe geschlossen, hieß es dazu in einer Mitteilung des Vereins Nordstern.";
        assert_eq!(first_mention(text).as_deref(), Some("in einer Mitteilung des Vereins Nordstern"));
    }

    #[test]
    fn an_impersonal_cue_takes_the_place_before_it_past_a_date_an_auxiliary_or_a_relative_clause() {
        let dated = "In einer Erklärung der Ministerin Ida Wendt vom vergangenen Freitag heißt es, der Plan sei gut.";
        assert_eq!(
            first_mention(dated).as_deref(),
            Some("In einer Erklärung der Ministerin Ida Wendt vom vergangenen Freitag")
        );
        let perfect = "In den ersten Berichten hatte es geheißen, die Brücke sei gesperrt.";
        assert_eq!(first_mention(perfect).as_deref(), Some("In den ersten Berichten"));
        let relative = "In dem Bericht, der am Montag erschien, heißt es, die Brücke sei gesperrt.";
        assert_eq!(first_mention(relative).as_deref(), Some("In dem Bericht"));
    }

    #[test]
    fn an_expletive_es_leaves_a_quotation_to_the_previous_speaker() {
        let text = "Jonas Feldmann sagte, die Lage sei ernst. Es drohe „ein langer Winter ohne Heizung und \
                    ohne Strom für die ganze Stadt“.";
        let found = run(text, true);
        let last = found.last().expect("two statements");
        assert!(last.mention.is_none() && last.inherits);
    }

    /// The mention of the first statement found in German `text`.
    fn first_mention(text: &str) -> Option<String> {
        let lexicon = Lexicon::for_language("de");
        let segments = segment(text, 0..text.len(), lexicon);
        let found = Rules::run(text, &segments, true, &person_mentions(text, &segments, true));
        found.first()?.mention.as_ref().map(|m| text[m.span.clone()].to_string())
    }

    #[test]
    fn der_before_an_adjective_in_en_opens_no_subject() {
        let text = "Der englischsprachigen Zeitung sagte Lene Aro, sie bleibe im Hafen von Nordau.";
        assert_eq!(first_mention(text).as_deref(), Some("Lene Aro"));
    }

    #[test]
    fn a_konjunktiv_of_a_lexical_verb_continues_the_report() {
        let text = "Die Ministerin Vera Lindqvist sagte, die Brücke sei marode. Dies bedinge eine Sperrung der Straße \
                    nach Nordau.";
        let statements = found(text, true);
        assert_eq!(
            statements.last().map(|s| (s.1.as_str(), s.2)),
            Some(("Dies bedinge eine Sperrung der Straße nach Nordau", "subjunctive-continuation")),
            "{statements:?}"
        );
    }

    #[test]
    fn a_date_is_no_speaker_of_a_german_cue() {
        let perfect = "Die Agentur Nordwind hat am 25. November 2005 angekündigt, dass die Preise steigen.";
        assert_eq!(first_mention(perfect).as_deref(), Some("Die Agentur Nordwind"));
        let verb_final = "Wie das Magazin Lindenblatt in einem Bericht vom 22. August 2009 berichtet, soll die \
                          Firma Holz verkauft haben.";
        assert_eq!(first_mention(verb_final).as_deref(), Some("das Magazin Lindenblatt"));
    }

    #[test]
    fn the_subject_of_a_perfect_is_the_speaker_not_its_object() {
        for (text, speaker) in [
            ("Das Landesparlament hat die Gemeinden dazu aufgefordert, die Gebühren zu senken.", "Das Landesparlament"),
            (
                "Am Montag hat die Ministerin Karla Wendt die Gemeinden aufgefordert, die Gebühren zu senken.",
                "die Ministerin Karla Wendt",
            ),
            ("Brenner hatte seine Haltung damit begründet, dass die Kassen leer seien.", "Brenner"),
            ("Die Ministerin hat am Montag erklärt, die Lage sei ernst.", "Die Ministerin"),
            ("Brenner hat Berichte der Zeitung zurückgewiesen, er sei bestochen worden.", "Berichte der Zeitung"),
            (
                "Karl Roth, der Chef der Werft, hat in einem Interview mit der Zeitung Nordbote gefordert, die \
                 Gebühren zu senken.",
                "Karl Roth, der Chef der Werft",
            ),
        ] {
            assert_eq!(first_mention(text).as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn a_fronted_adverb_puts_the_subject_after_the_verb() {
        for (text, speaker) in [
            ("Dagegen beteuerte die Polizei, sie habe richtig gehandelt.", "die Polizei"),
            ("Relativierend fügte Brenner hinzu, es gebe Hoffnung.", "Brenner"),
            ("Insbesondere kritisierte der Verband, dass die Preise stiegen.", "der Verband"),
        ] {
            assert_eq!(first_mention(text).as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn a_plural_cue_takes_both_speakers_after_it() {
        let both = "Am Montag erklärten Karla Wendt und Jonas Feldmann, die Lage sei ernst.";
        assert_eq!(first_mention(both).as_deref(), Some("Karla Wendt und Jonas Feldmann"));
        let one = "Am Montag erklärte Karla Wendt und fügte hinzu, die Lage sei ernst.";
        assert_eq!(first_mention(one).as_deref(), Some("Karla Wendt"));
    }

    #[test]
    fn a_pronoun_after_the_verb_is_the_subject_not_the_fronted_phrase() {
        let text = "Den Gemeinden schlug er vor, die Gebühren zu senken.";
        assert_eq!(first_mention(text).as_deref(), Some("er"));
    }

    #[test]
    fn a_konjunktiv_after_an_adjective_and_a_noun_is_no_persons_report() {
        let text = "Die Polizei sagte, der Hafen sei gesperrt. Weitere Aktionen blieben am Montag aus. In Zeiten \
                    knapper Kassen sei der Plan richtig.";
        let statements = found(text, true);
        let last = statements.last().map(|s| s.2);
        assert_eq!(last, Some("subjunctive-continuation"), "{statements:?}");
    }

    #[test]
    fn a_continuation_starts_at_a_reported_clause_that_opens_on_its_subject() {
        let said = "Jonas Feldmann sagte, die Lage sei ernst.";
        let reason =
            "Am Montag zog die Werft ihr Angebot mit der Begründung zurück, dieses habe den Hafen benachteiligt.";
        let statements = found(&format!("{said} {reason}"), true);
        let last = statements.last().expect("statements");
        assert_eq!((last.1.as_str(), last.2), ("dieses habe den Hafen benachteiligt", "subjunctive-continuation"));
        // A clause that opens on its verb goes on the subject named before it.
        let verb_first = "Mindestens vier Firmen aus Bremen, Kiel und Rostock sollen beteiligt gewesen sein.";
        let statements = found(&format!("{said} {verb_first}"), true);
        assert_eq!(statements.last().map(|s| s.1.as_str()), Some(verb_first.trim_end_matches('.')));
    }

    #[test]
    fn hearsay_and_a_konjunktiv_in_a_row_are_statements_apart() {
        let text = "Jonas Feldmann sagte, die Lage sei ernst. Der Kapitän soll das Schiff verlassen haben. Zuerst habe \
                    er die Ladung gesichert.";
        let statements = found(text, true);
        let messages: Vec<&str> = statements.iter().map(|s| s.1.as_str()).collect();
        assert_eq!(
            messages,
            [
                "die Lage sei ernst",
                "Der Kapitän soll das Schiff verlassen haben",
                "Zuerst habe er die Ladung gesichert"
            ]
        );
    }

    #[test]
    fn the_narrator_clause_before_a_reported_clause_names_its_speaker() {
        let text = "Jonas Feldmann sagte, die Lage sei ernst. Die Hafenbehörde hatte den Standpunkt vertreten, der \
                    Kai sei sicher.";
        let statements = reported(text);
        let last = statements.last().expect("statements");
        assert_eq!(last.0, "der Kai sei sicher");
        assert!(last.1.as_deref().is_some_and(|m| m.ends_with("Hafenbehörde")), "{statements:?}");
    }

    #[test]
    fn a_report_ends_before_a_clause_that_opens_on_an_indicative_verb() {
        let text = "Jonas Feldmann sagte, die Lage sei ernst. Einen Streik werde man nicht dulden, ist die Botschaft \
                    des Beschlusses.";
        let statements = found(text, true);
        assert_eq!(statements.last().map(|s| s.1.as_str()), Some("Einen Streik werde man nicht dulden"));
    }

    #[test]
    fn a_source_in_a_relative_clause_reports_that_clause_only() {
        let text = "Die Küstenwache, die laut Hafenamt den Kai überwacht, hält sich zurück.";
        let statements = found(text, true);
        let [(_, message, rule)] = statements.as_slice() else {
            panic!("one statement expected: {statements:?}");
        };
        assert_eq!((message.as_str(), *rule), ("Die Küstenwache, die … den Kai überwacht", "source-preposition"));
    }

    #[test]
    fn a_report_after_a_colon_leaves_the_narrators_words_before_it() {
        let text = "Jonas Feldmann sagte, die Lage sei ernst. Am Montag gab es einen neuen Fall: Ein Kapitän soll die \
                    Ladung verkauft haben.";
        let statements = found(text, true);
        assert_eq!(statements.last().map(|s| s.1.as_str()), Some("Ein Kapitän soll die Ladung verkauft haben"));
    }

    #[test]
    fn the_words_before_the_verb_after_a_fronted_source_are_no_part_of_the_message() {
        for (text, message) in [
            (
                "Nach Angaben der Behörde vom späten Abend wurden drei Fischer aus Nordau gerettet.",
                "wurden drei Fischer aus Nordau gerettet",
            ),
            (
                "Nach Angaben von Lena Korb gegenüber der Nordauer Zeitung ist der Hafen wieder offen.",
                "ist der Hafen wieder offen",
            ),
            // A verb after the source's noun opens the message.
            ("Nach Angaben der Polizei lebte Jan Roth seit Jahren in Nordau.", "lebte Jan Roth seit Jahren in Nordau"),
        ] {
            let statements = found(text, true);
            assert_eq!(statements.first().map(|s| s.1.as_str()), Some(message), "{statements:?}");
        }
    }

    #[test]
    fn an_apposition_to_a_fronted_source_is_no_part_of_the_message() {
        let text = "Nach Angaben von Ilse Varga, der Leiterin des Hafenamtes, hatten die Fischer den Kai verlassen.";
        let statements = found(text, true);
        let [(_, message, rule)] = statements.as_slice() else {
            panic!("one statement expected: {statements:?}");
        };
        assert_eq!((message.as_str(), *rule), ("hatten die Fischer den Kai verlassen", "source-noun"));
    }

    #[test]
    fn a_continuation_starts_at_the_clause_after_a_cue() {
        let text = "Jonas Feldmann sagte, die Lage sei ernst. Neuer Minister wird Karl Brenner, der vor dem \
                    Parlament betonte, er gehöre keiner Partei an.";
        let statements = found(text, true);
        assert_eq!(statements.last().map(|s| s.1.as_str()), Some("er gehöre keiner Partei an"));
    }

    #[test]
    fn a_so_insertion_ends_before_what_it_was_said_about() {
        let text = "Die Halle bleibt geschlossen, so Vereinschef Jonas Feldmann zu den Plänen des Vereins.";
        assert_eq!(first_mention(text).as_deref(), Some("Vereinschef Jonas Feldmann"));
    }

    #[test]
    fn a_source_takes_its_attribute_and_the_name_in_apposition() {
        let text = "Nach Angaben des Sprechers der Stadtwerke, Karl Brenner, ist die Leitung repariert.";
        assert_eq!(first_mention(text).as_deref(), Some("Angaben des Sprechers der Stadtwerke, Karl Brenner"));
        let text = "Nach Angaben einer Gewerkschaft sollen drei Betriebe bestreikt worden sein.";
        assert_eq!(first_mention(text).as_deref(), Some("Angaben einer Gewerkschaft"));
        let text = "Nach Angaben von k24 sind die Gruppen sehr mobil.";
        assert_eq!(first_mention(text).as_deref(), Some("Angaben von k24"));
    }

    #[test]
    fn a_verb_final_wie_clause_attributes_the_main_clause() {
        let statements = found("Wie der Verband bekannt gab, wird die Vergabe die letzte sein.", true);
        assert_eq!(statements[0].1, "wird die Vergabe die letzte sein");
        let text = "Wie ein Sprecher der Stadtwerke am Montag erklärte, wird die Leitung repariert.";
        assert_eq!(first_mention(text).as_deref(), Some("ein Sprecher der Stadtwerke"));
        // A place after the time: the subject still opens the clause.
        let text =
            "Wie die Ministerin Lea Brandt am Dienstag in Kassel erklärte, sieht das Land keinen Anlass zur Sorge.";
        assert_eq!(first_mention(text).as_deref(), Some("die Ministerin Lea Brandt"));
        let statements = found("Wie ein Sprecher der Feuerwehr mitteilt, wurde das Boot geborgen.", true);
        assert_eq!(statements[0].1, "wurde das Boot geborgen");
        // In a passive the pronoun is what was asked for, not who asked.
        let text = "Die Wahl sei frei, wie sie von den Bürgern in Kassel immer gefordert würde.";
        assert!(found(text, true).iter().all(|(_, _, rule)| *rule != "verb-cue"));
    }

    #[test]
    fn a_demonstrative_before_a_cue_and_its_clause_is_the_speaker() {
        let text = "Der Anwalt rief die Kanzlei an. Diese bestätigte, dass ein Termin bestehe.";
        let statements = found(text, true);
        assert_eq!(statements[0].1, "dass ein Termin bestehe");
        // Without a clause after the cue, "Dies" still points back.
        let statements = found("Die Brücke ist gesperrt. Dies bestätigte die Polizei.", true);
        assert_eq!(statements[0].1, "Die Brücke ist gesperrt … Dies");
    }

    #[test]
    fn an_apposition_between_a_separable_cue_and_its_particle() {
        let text = "Die Ministerin Lea Brandt geht nach einem Treffen mit dem Landrat, Karl Weber, davon aus, dass \
                    die Brücke öffnet.";
        assert_eq!(found(text, true)[0].1, "dass die Brücke öffnet");
        assert_eq!(first_mention(text).as_deref(), Some("Die Ministerin Lea Brandt"));
    }

    #[test]
    fn a_possessor_before_the_speech_noun_after_nach() {
        let text =
            "Die Forscher gaben die Werte bekannt. Nach deren Angaben sollten täglich Nüsse auf den Tisch kommen.";
        let statements = found(text, true);
        assert_eq!(
            statements.last().map(|s| (s.1.as_str(), s.2)),
            Some(("sollten täglich Nüsse auf den Tisch kommen", "source-noun"))
        );
    }

    #[test]
    fn a_report_out_of_a_circle_names_the_circle() {
        let text = "Aus Regierungskreisen verlautete gestern, dass die Steuer sinkt.";
        assert_eq!(first_mention(text).as_deref(), Some("Regierungskreisen"));
        assert_eq!(found(text, true)[0].1, "dass die Steuer sinkt");
    }

    #[test]
    fn only_a_passive_assumption_reports() {
        let statements = found("Es wird angenommen, dass die Brücke bald öffnet.", true);
        assert_eq!((statements[0].1.as_str(), statements[0].2), ("dass die Brücke bald öffnet", "passive-cue"));
        assert!(found("Der Stadtrat hat das Angebot angenommen, die Brücke sei gut.", true).is_empty());
        // The expletive "es" of a passive cue names no one.
        let text = "Es wird vermutet, dass die Brücke bald öffnet.";
        assert_eq!(found(text, true)[0].2, "passive-cue");
        assert_eq!(first_mention(text), None);
    }

    #[test]
    fn a_pluperfect_passive_cue_reports_its_clause() {
        let statements = found("Zunächst war vermutet worden, dass der Brand gelegt wurde.", true);
        assert_eq!(statements[0].1, "dass der Brand gelegt wurde");
        assert_eq!(statements[0].2, "passive-cue");
    }

    #[test]
    fn a_finding_or_an_order_frames_its_clause() {
        let text =
            "Am Montag tagte der Rat.\n\nDie Prüferin Ida Sommer kam damit zu dem Ergebnis, dass die Waage stimmt.";
        let statements = found(text, true);
        assert_eq!(statements[0].1, "dass die Waage stimmt");
        assert_eq!(statements[0].2, "separable-verb-cue");
        let text = "Am Montag tagte der Rat.\n\nDer Bürgermeister Paul Linde erteilte der Feuerwehr den Befehl, die Brücke zu sperren.";
        assert_eq!(found(text, true)[0].1, "die Brücke zu sperren");
    }

    #[test]
    fn german_opinion_phrases_and_lowercase_names() {
        let statements = found("Der Sprecher Karl Brenner ist der Meinung, dass die Pläne scheitern.", true);
        assert_eq!(statements[0].1, "dass die Pläne scheitern");
        let text = "Ein Reporter des Senders k-tv berichtete, dass die Lage ruhig sei.";
        assert_eq!(first_mention(text).as_deref(), Some("Ein Reporter des Senders k-tv"));
        let text = "Tom Kessler, ein Abgeordneter aus Kassel und Oberst außer Dienst, sagte, dass der Plan scheitere.";
        assert_eq!(
            first_mention(text).as_deref(),
            Some("Tom Kessler, ein Abgeordneter aus Kassel und Oberst außer Dienst")
        );
    }

    #[test]
    fn a_relative_clause_between_subject_and_cue_is_skipped() {
        let text = "Jonas Feldmann von der Wetterwarte, die die Messung zuerst gemeldet hatte, sagte, dass \
                    der Schaden gering sei.";
        assert_eq!(first_mention(text).as_deref(), Some("Jonas Feldmann von der Wetterwarte"));
        assert!(first_mention("Die Dörfer, die am Fluss liegen, die Messung, sagte, es regne.").is_none());
    }

    #[test]
    fn a_surname_particle_belongs_to_the_name() {
        let text = "Die Ministerin Ursula von der Brügge kam nach Bremen. Sie traf dort Karl Sander.";
        let lexicon = Lexicon::for_language("de");
        let segments = segment(text, 0..text.len(), lexicon);
        let names: Vec<String> = person_mentions(text, &segments, true).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Ursula von der Brügge", "Karl Sander"]);
        let fronted = "Von der Brügge betonte, der Plan sei gut.";
        assert_eq!(first_mention(fronted).as_deref(), Some("Von der Brügge"));
        let preposition = "Von der Reise berichtete die Zeitung, das Hotel sei gut.";
        assert_eq!(first_mention(preposition).as_deref(), Some("die Zeitung"));
    }

    #[test]
    fn a_surname_alone_names_the_person_introduced_before() {
        let text = "Der Minister Thomas Feldmann kam nach Bremen. Feldmann traf dort die Evangelischen Kirchen.";
        let lexicon = Lexicon::for_language("de");
        let segments = segment(text, 0..text.len(), lexicon);
        let names: Vec<String> = person_mentions(text, &segments, true).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Thomas Feldmann", "Thomas Feldmann"]);
    }

    #[test]
    fn appositions_and_places_belong_to_the_speaker() {
        assert_eq!(
            first_mention("Ein Sprecher der Polizei, Lars Beringer, sagte heute Abend, der Mann sei gefasst.")
                .as_deref(),
            Some("Ein Sprecher der Polizei, Lars Beringer")
        );
        assert_eq!(
            first_mention("Der Mann sei gefasst, sagte Mark O’Keefe, der Sprecher der Ambulanz.").as_deref(),
            Some("Mark O’Keefe, der Sprecher der Ambulanz")
        );
        assert_eq!(
            first_mention("Die US-Botschaft in Riad teilte mit, dass niemand verletzt sei.").as_deref(),
            Some("Die US-Botschaft in Riad")
        );
        assert_eq!(
            first_mention("Um 10:05 Uhr meldete die Nachrichtensite „Golem“, der Verein habe das bestätigt.")
                .as_deref(),
            Some("die Nachrichtensite „Golem“")
        );
    }

    #[test]
    fn a_place_after_adjectives_or_a_quoted_name_after_von_stays_in_the_subject() {
        assert_eq!(
            first_mention("Das Exilparlament im fernen Kalimpur erklärte, es seien viele Menschen verletzt worden.")
                .as_deref(),
            Some("Das Exilparlament im fernen Kalimpur")
        );
        assert_eq!(
            first_mention("Der Chef von „Lumora“ sagte, das Geschäft sei mit der Strategie vereinbar.").as_deref(),
            Some("Der Chef von „Lumora“")
        );
    }

    #[test]
    fn an_action_noun_after_the_verb_is_the_object_not_the_speaker() {
        assert_eq!(
            first_mention("Die Blauhemden begrüßten die Ankündigung des Premierministers, fordern aber einen Termin.")
                .as_deref(),
            Some("Die Blauhemden")
        );
    }

    /// The speaker mention of the last statement the German rules find in `text`.
    fn last_mention(text: &str) -> Option<String> {
        let found = run(text, true);
        let last = found.last().expect("statements");
        last.mention.as_ref().map(|m| text[m.span.clone()].to_string())
    }

    #[test]
    fn a_surname_named_in_full_before_reports_the_konjunktiv_after_it() {
        let text = "Der Chef Paul Wendt sagte, alles sei gut. Der Ingenieur Jerry Lanik kam danach. Lanik gab sich \
                    betont optimistisch. Man sei für die Zukunft besser aufgestellt.";
        assert_eq!(last_mention(text).as_deref(), Some("Lanik"));
    }

    #[test]
    fn a_word_named_elsewhere_or_an_acronym_reports_the_konjunktiv_after_it() {
        // A first name alone, which the article used in a full name before.
        let text = "Der Ingenieur Kalvo Tarsen kam danach. Der Chef Paul Wendt sagte, alles sei gut. Kalvo gab sich \
                    betont optimistisch. Man sei für die Zukunft besser aufgestellt.";
        assert_eq!(last_mention(text).as_deref(), Some("Kalvo"));
        let text = "Der Chef Paul Wendt sagte, alles sei gut. Die GVK reagierte gelassen. Man sei gut vorbereitet.";
        assert_eq!(last_mention(text).as_deref(), Some("Die GVK"));
    }

    #[test]
    fn a_subject_after_a_fronted_adverbial_reports_the_konjunktiv_after_it() {
        let text = "Der Chef Paul Wendt sagte, alles sei gut. Am Montag hat die Ministerin Ada Rolf den Termin \
                    festgelegt. Mögliche Termine seien der 4. und der 8. Mai.";
        assert_eq!(last_mention(text).as_deref(), Some("die Ministerin Ada Rolf"));
    }

    #[test]
    fn the_first_of_two_joined_sources_names_the_statement() {
        let text = "Nach Angaben von GVK und Radio Lumen sind drei Menschen verletzt worden.";
        let found = run(text, true);
        let mention = found.first().and_then(|f| f.mention.as_ref()).expect("a source");
        assert_eq!(&text[mention.span.clone()], "Angaben von GVK und Radio Lumen");
        assert_eq!(mention.name.as_deref(), Some("GVK"));
    }

    #[test]
    fn an_apposition_continued_by_a_second_role_is_the_speakers() {
        let text = "Der Streit ging weiter. Gerda Lind-Hofer, Vorsitzende des Kreisverbandes Lindholm und Kandidatin \
                    in dem dortigen Stimmkreis, verteidigte sein Vorgehen. So seien hunderte Menschen auf die Straße \
                    gegangen.";
        assert_eq!(
            last_mention(text).as_deref(),
            Some("Gerda Lind-Hofer, Vorsitzende des Kreisverbandes Lindholm und Kandidatin in dem dortigen Stimmkreis")
        );
    }

    #[test]
    fn sowohl_als_auch_subjects_speak_together_and_the_first_names_them() {
        let text = "Sowohl die Behörde, der Rat als auch das Militär gehen von einer weiterhin angespannten \
                    Sicherheitslage aus.";
        let found = run(text, true);
        let mention = found.first().and_then(|f| f.mention.as_ref()).expect("a speaker");
        assert_eq!(&text[mention.span.clone()], "Sowohl die Behörde, der Rat als auch das Militär");
        assert_eq!(mention.bare, "Behörde");
    }

    #[test]
    fn institutions_speak_as_bodies() {
        // A fronted body is the subject, not the object after the verb.
        assert_eq!(
            first_mention("Das Stadtmuseum ruft Besucher zur Vorsicht auf.").as_deref(),
            Some("Das Stadtmuseum")
        );
        // A body as subject between a statement and a Konjunktiv starts a
        // new speaker.
        let text = "Die Bank kündigte an, dass die Filiale schließe. Das Nobelkomitee würdigte damit den Einsatz \
                    der Ärztin. Sie habe ein neues Klima geschaffen.";
        let statements = run(text, true);
        let last = statements.last().expect("statements");
        assert_eq!(last.rule, "subjunctive-report", "{statements:?}");
        assert_eq!(last.mention.as_ref().map(|m| &text[m.span.clone()]), Some("Das Nobelkomitee"));
        // A role in a body describes the person named before it.
        let text = "Der Plan sei gut, sagte Lin Wen, der Vorsitzende des Ständigen Ausschusses.";
        assert_eq!(first_mention(text).as_deref(), Some("Lin Wen, der Vorsitzende des Ständigen Ausschusses"));
    }

    #[test]
    fn a_capitalised_verb_form_inside_a_sentence_is_a_name() {
        let text = "Der Korrespondent in Bonn, Will Hartmann, berichtete, dass die Erde gewackelt habe.";
        assert_eq!(first_mention(text).as_deref(), Some("Der Korrespondent in Bonn, Will Hartmann"));
    }

    #[test]
    fn an_english_quotation_resumed_in_the_next_sentence_or_paragraph_is_one_statement() {
        for between in [" ", "\n\n"] {
            let text =
                format!("\"We will win this state,\" Smith said.{between}\"Nobody can stop us now, believe me.\"");
            let statements = found(&text, false);
            assert_eq!(statements.len(), 1, "{statements:?}");
            assert_eq!(statements[0].1, "\"We will win this state,\" … \"Nobody can stop us now, believe me.\"");
        }
        // A paragraph that says more than the quotation stays a statement of its own.
        let longer = "\"We will win this state,\" Smith said.\n\n\"Nobody can stop us now.\" The crowd cheered.";
        assert_eq!(found(longer, false).len(), 2, "{:?}", found(longer, false));
    }

    /// The mention of the first statement found in English `text`.
    fn run(text: &str, german: bool) -> Vec<Found> {
        let lexicon = Lexicon::for_language(if german { "de" } else { "en" });
        let segments = segment(text, 0..text.len(), lexicon);
        Rules::run(text, &segments, german, &person_mentions(text, &segments, german))
    }

    fn first_english_mention(text: &str) -> Option<String> {
        let found = run(text, false);
        found.first()?.mention.as_ref().map(|m| text[m.span.clone()].to_string())
    }

    #[test]
    fn english_speaker_phrases() {
        assert_eq!(
            first_english_mention("Texas Sen. Ed Marlow says the deal is a disaster for the country.").as_deref(),
            Some("Texas Sen. Ed Marlow")
        );
        assert_eq!(
            first_english_mention("Six in 10 voters say the economy is the main issue this year.").as_deref(),
            Some("Six in 10 voters")
        );
        assert_eq!(
            first_english_mention("Aides to Halvorsen said the campaign would go on until June.").as_deref(),
            Some("Aides to Halvorsen")
        );
        assert_eq!(
            first_english_mention("A Harlow/Emden poll showed the mayor ahead by four points in May.").as_deref(),
            Some("A Harlow/Emden poll")
        );
        assert_eq!(
            first_english_mention("Records compiled by the Center for Fair Votes show the senator gave twice.")
                .as_deref(),
            Some("Records compiled by the Center for Fair Votes")
        );
        assert_eq!(
            first_english_mention("People close to the mayor say the plan for the bridge is dead.").as_deref(),
            Some("People close to the mayor")
        );
        assert_eq!(
            first_english_mention("Hours after Halvorsen spoke, Brandt said the campaign would go on.").as_deref(),
            Some("Brandt")
        );
        assert_eq!(
            first_english_mention("In a Harlow County poll released Monday, the mayor led by ten points.").as_deref(),
            Some("a Harlow County poll released Monday")
        );
        assert_eq!(found("In a Harlow County poll, most voters said they liked the mayor.", false)[0].2, "verb-cue");
        assert_eq!(
            first_english_mention("According to early results of the exit poll, Halvorsen led in the north.")
                .as_deref(),
            Some("early results of the exit poll")
        );
        let text = "The bridge will close in May, according to a memo from the mayor obtained by the Harlow Post.";
        let source = run(text, false).into_iter().next().and_then(|f| f.mention).expect("a source");
        assert_eq!(&text[source.span], "a memo from the mayor obtained by the Harlow Post");
        assert_ne!(source.name.as_deref(), Some("Harlow Post"));
        assert!(found("Voters in the United States want change in Washington now.", false).is_empty());
    }

    #[test]
    fn a_relative_pronoun_stands_for_the_phrase_before_it() {
        let text = "The ballot was counted by Nora Brandt, who said the race in the north is close.";
        let found = run(text, false);
        let mention = found.first().and_then(|f| f.mention.as_ref()).expect("a speaker");
        assert_eq!(&text[mention.span.clone()], "who");
        assert_eq!(mention.name.as_deref(), Some("Nora Brandt"));
    }

    #[test]
    fn a_transcript_paragraph_is_the_turn_of_its_label() {
        let text = "\"HOST: Let us start with the news of the day. Will the bill pass?\n\n\"ROSS: It will pass, \
                    the senator said so.";
        let statements = found(text, false);
        let turns: Vec<(&str, &str)> = statements.iter().map(|s| (s.1.as_str(), s.2)).collect();
        assert_eq!(
            turns,
            [
                ("Let us start with the news of the day. Will the bill pass?", "transcript-label"),
                ("It will pass, the senator said so.", "transcript-label"),
            ]
        );
        assert!(found("USA: Die Wahl ist vorbei und die Stimmen sind ausgezählt.", true).is_empty());
        assert!(found("NATO: Die Übung ist vorbei und die Truppen sind abgezogen.", true).is_empty());
    }

    #[test]
    fn quotations_signed_with_a_dash_are_statements_of_their_own() {
        let text = "“The plan is a disaster for everyone here.” ― Mia Torres\n“He does not know our \
                    lives at all.”― Leo Vance";
        let statements = found(text, false);
        let rules: Vec<&str> = statements.iter().map(|s| s.2).collect();
        assert_eq!(rules, ["dash-signature", "dash-signature"]);
        assert_eq!(statements[1].1, "“He does not know our lives at all.”");
    }

    #[test]
    fn an_english_quotation_inside_a_reported_clause_is_part_of_it() {
        let text = "Marlow says that voting fraud is “a big, big problem in this country” for everyone.";
        let statements = found(text, false);
        assert_eq!(statements[0].1, "that voting fraud is “a big, big problem in this country” for everyone");
        let text = "“We will win this race in November,” Marlow said.";
        assert_eq!(found(text, false)[0].1, "“We will win this race in November,”");
    }

    #[test]
    fn an_english_message_ends_before_a_trailing_adjunct() {
        let statements = found("The mayor said the plan would fail, after the council voted against it.", false);
        assert_eq!(statements[0].1, "the plan would fail");
        let statements = found("Rita Vance said that Tom Hale, who leads the group, would resign soon.", false);
        assert_eq!(statements[0].1, "that Tom Hale, who leads the group, would resign soon");
        let statements = found("Rita Vance said the bill should go to Tom Hale, who leads the group.", false);
        assert_eq!(statements[0].1, "the bill should go to Tom Hale");
    }

    #[test]
    fn a_source_set_off_after_the_first_cue_reports_the_sentence() {
        let text = "The mayor plans to stay in the race until the end, Rita Vance said.";
        assert_eq!(first_english_mention(text).as_deref(), Some("Rita Vance"));
        assert_eq!(found(text, false)[0].1, "The mayor plans to stay in the race until the end");
        let text = "One clerk offered to open the hall, Tom Hale said, while others stayed away.";
        assert_eq!(first_english_mention(text).as_deref(), Some("Tom Hale"));
        // A relative clause or a cue with a message of its own keeps the first cue.
        let text = "The mayor plans to stay in the race, which Rita Vance called brave.";
        assert_eq!(first_english_mention(text).as_deref(), Some("The mayor"));
        let text = "The mayor plans to stay in the race, Rita Vance said on the radio that the vote would be close.";
        assert_eq!(first_english_mention(text).as_deref(), Some("The mayor"));
    }

    #[test]
    fn called_after_an_indefinite_noun_names_it() {
        let text = "Land records indicate that a firm called Harlow Holdings sold the lot, Tom Hale said.";
        assert_eq!(first_english_mention(text).as_deref(), Some("Tom Hale"));
        assert!(found("A new group called Harlow Forward ran its first ads in May.", false).is_empty());
        // An object complement after the name: the noun spoke.
        let text = "A senator called Varga a liar.";
        assert_eq!(first_english_mention(text).as_deref(), Some("A senator"));
    }

    #[test]
    fn a_cue_in_a_fronted_prepositional_phrase_gives_way_to_the_main_clause() {
        let text = "In a statement defending the mayor, the Harlow council said the vote would stand.";
        assert_eq!(first_english_mention(text).as_deref(), Some("the Harlow council"));
        // A subordinate clause's subject speaks; so does the phrase's cue
        // when no other follows.
        let text = "After council aides insisted that the vote would stand, the mayor said he would leave.";
        assert_eq!(first_english_mention(text).as_deref(), Some("council aides"));
        let text = "At that time he voiced an idea that still holds: “We must know each other first.”";
        assert_eq!(first_english_mention(text).as_deref(), Some("he"));
    }

    #[test]
    fn a_concession_before_the_main_clause_is_a_statement_of_its_own() {
        let text = "While Vance claimed that the hall was full, county officials said few people came.";
        let statements = found(text, false);
        assert_eq!(statements[0].1, "that the hall was full");
        assert_eq!(statements[1].1, "few people came");
        let text = "After Vance claimed that the hall was full, county officials said few people came.";
        assert_eq!(found(text, false)[0].1, "that the hall was full");
    }

    #[test]
    fn english_appositions_run_to_the_comma() {
        let text = "\"The bill will pass this week,\" said Ed Marlow, a professor of law and politics at Lakeview College, \
                    who advised the committee.";
        assert_eq!(
            first_english_mention(text).as_deref(),
            Some("Ed Marlow, a professor of law and politics at Lakeview College, who advised the committee")
        );
        let text = "\"The plan will not pass this year,\" said Paul Orr, founder and CEO of Veterans of Ohio.";
        assert_eq!(first_english_mention(text).as_deref(), Some("Paul Orr, founder and CEO of Veterans of Ohio"));
        let text = "Rita Vance, the top Democrat on the panel, said the plan would fail.";
        assert_eq!(first_english_mention(text).as_deref(), Some("Rita Vance, the top Democrat on the panel"));
        let text = "Rita Vance, who chairs the panel, said the plan would fail.";
        assert_eq!(first_english_mention(text).as_deref(), Some("Rita Vance, who chairs the panel"));
        let text = "Dee Walsh, director of the Center for Women and Politics at the Institute of Politics at Lakeview \
                    University, said the plan would fail.";
        assert_eq!(
            first_english_mention(text).as_deref(),
            Some(
                "Dee Walsh, director of the Center for Women and Politics at the Institute of Politics at Lakeview \
                 University"
            )
        );
        let text = "Rita Vance, now a paid commentator for the network, said the plan would fail.";
        assert_eq!(first_english_mention(text).as_deref(), Some("Rita Vance, now a paid commentator for the network"));
    }

    #[test]
    fn an_english_subject_keeps_a_surname_like_may_a_noun_in_ly_and_a_dotted_title() {
        for (text, expected) in [
            ("Prime Minister Lena May said the talks would resume.", "Prime Minister Lena May"),
            ("The Orr family said the inquiry was too slow.", "The Orr family"),
            ("\"The vote matters,\" said the Rev. Tom Orr of the Hill Church.", "the Rev. Tom Orr of the Hill Church"),
        ] {
            assert_eq!(first_english_mention(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn an_english_apposition_keeps_its_relative_that() {
        let text =
            "\"We need more members,\" said Ed Marlow, head of the Lakeview Fund, a group that backs local farms.";
        assert_eq!(
            first_english_mention(text).as_deref(),
            Some("Ed Marlow, head of the Lakeview Fund, a group that backs local farms")
        );
        // "that" after a verb opens what was said, not a relative clause.
        let text =
            "\"We need more members,\" said Ed Marlow, head of the Lakeview Fund, a man who argued that farms suffer.";
        assert_eq!(first_english_mention(text).as_deref(), Some("Ed Marlow, head of the Lakeview Fund"));
    }

    #[test]
    fn a_quotation_takes_the_subject_of_its_sentence_without_a_known_cue() {
        assert_eq!(
            first_mention("Der Trainer trommelte gegen die Tür: „Lasst mich sofort hier raus!“").as_deref(),
            Some("Der Trainer")
        );
    }

    #[test]
    fn a_genitive_name_is_looked_up_in_the_nominative() {
        assert_eq!(nominative("Roten Kreuzes"), "Roten Kreuz");
        assert_eq!(nominative("Sozialgerichts"), "Sozialgericht");
        assert_eq!(nominative("Gesundheitsministeriums"), "Gesundheitsministerium");
    }

    #[test]
    fn titles_in_quotation_marks_are_not_statements() {
        assert!(
            found("Der Film des Regisseurs „Todeszone im Atlantik – Das Bermuda-Dreieck“ lief gestern.", true)
                .is_empty()
        );
        let statements = found("Seine Werke werden als „Meilensteine in der neuen Musikgeschichte“ bezeichnet.", true);
        assert_eq!(statements[0].1, "„Meilensteine in der neuen Musikgeschichte“");
    }

    #[test]
    fn each_joined_cue_takes_its_part_of_the_sentence() {
        let statements = found(
            "Hartley conceded that his manager had touched the reporter but implied that it was her fault.",
            false,
        );
        let messages: Vec<&str> = statements.iter().map(|s| s.1.as_str()).collect();
        assert_eq!(messages, ["that his manager had touched the reporter", "that it was her fault"]);
        let statements = found("Smith said the plan would fail, adding that the party had no alternative.", false);
        let messages: Vec<&str> = statements.iter().map(|s| s.1.as_str()).collect();
        assert_eq!(messages, ["the plan would fail", "that the party had no alternative"]);
    }

    #[test]
    fn an_english_clause_after_while_or_a_semicolon_or_a_coordinated_cue_is_a_statement_of_its_own() {
        assert_eq!(
            english_messages("Mara Voss said the plan would fail while Tom Reyes argued the port would close."),
            ["the plan would fail", "the port would close"]
        );
        assert_eq!(
            english_messages("Mara Voss said the plan would fail; Tom Reyes said the port would close soon."),
            ["the plan would fail", "the port would close soon"]
        );
        assert_eq!(
            english_messages("Mara Voss praised the plan and said the port would stay open for years."),
            ["the plan", "the port would stay open for years"]
        );
    }

    #[test]
    fn a_participle_after_a_quotations_cue_keeps_the_quotation_in_its_own_message() {
        let text = "“We will not give up on the port,” the mayor said, adding that the repairs would take \
                    “many more weeks than anyone planned.”";
        let mut messages = english_messages(text);
        messages.sort();
        assert_eq!(
            messages,
            [
                "that the repairs would take “many more weeks than anyone planned.”",
                "“We will not give up on the port,”"
            ]
        );
    }

    #[test]
    fn an_english_cue_between_commas_keeps_the_short_pieces_of_its_message() {
        let messages: Vec<String> =
            found("This harbor, he says, is different.", false).into_iter().map(|s| s.1).collect();
        assert_eq!(messages, ["This harbor … is different"]);
        let messages: Vec<String> =
            found("On Monday, he said, the harbor would reopen to ships.", false).into_iter().map(|s| s.1).collect();
        assert_eq!(messages, ["the harbor would reopen to ships"]);
    }

    #[test]
    fn the_issuer_of_a_statement_speaks_through_its_participle() {
        assert_eq!(
            first_english_mention("The Harbor League issued a statement saying the port would close for a month.")
                .as_deref()
                .map(|m| m.starts_with("The Harbor League")),
            Some(true)
        );
        // A letter or an ad as well, and the issuer ends before the verb.
        for (text, issuer) in [
            ("The Harbor League sent an open letter calling the plan a mistake.", "The Harbor League"),
            ("Mayor Varga released a new radio ad saying the port would reopen.", "Mayor Varga"),
        ] {
            assert_eq!(first_english_mention(text).as_deref(), Some(issuer), "{text}");
        }
    }

    #[test]
    fn the_subject_of_the_verb_an_ing_cue_hangs_on_speaks() {
        let text = "Then the mayor began warning that the harbor would close for a month.";
        assert_eq!(first_english_mention(text).as_deref(), Some("the mayor"));
    }

    #[test]
    fn a_past_tense_ends_an_english_name_and_a_programme_is_no_cue() {
        assert_eq!(
            first_english_mention("Mayor Ruiz went on the radio, saying the harbor would reopen within a month.")
                .as_deref(),
            Some("Mayor Ruiz")
        );
        let text = "Her talk show drew a large audience on the coast last winter.";
        assert!(run(text, false).iter().all(|f| f.cue.as_ref().is_none_or(|c| &text[c.clone()] != "show")));
        assert_eq!(
            first_english_mention("Recent polls show the mayor far ahead of her rivals.").as_deref(),
            Some("Recent polls")
        );
    }

    #[test]
    fn a_perfect_takes_the_subject_by_its_auxiliary() {
        assert_eq!(
            first_mention("Brandt hatte in einem Interview gesagt, die Fraktionen müssten einbezogen werden.")
                .as_deref(),
            Some("Brandt")
        );
        assert_eq!(
            first_mention("Am Montag hat der Minister ausdrücklich erklärt, die Lage sei ernst.").as_deref(),
            Some("der Minister")
        );
    }

    #[test]
    fn an_english_subject_before_its_verb_past_suffixes_openers_and_insertions() {
        let cases = [
            ("Harold P. Quist Jr. said the plan had made the port less safe.", "Harold P. Quist Jr."),
            ("The K.R.B. has said it found no fault in the harbour accounts.", "The K.R.B."),
            ("Backers of the new levy, however, say it would keep the parks open.", "Backers of the new levy"),
            (
                "In July, Tessa Lind, vice chairman of Norvale, told reporters that the mill would close.",
                "Tessa Lind, vice chairman of Norvale",
            ),
            (
                "Owen Kade, in the wake of a new survey showing his support down to 14 percent, told a radio host \
                 that the race was far from over.",
                "Owen Kade",
            ),
        ];
        for (text, mention) in cases {
            assert_eq!(first_english_mention(text).as_deref(), Some(mention), "{text}");
        }
    }

    #[test]
    fn an_english_passive_past_an_adverb_and_the_noun_view_name_no_speaker() {
        let passive = run("Dana Whit is also expected to announce the new budget on Monday.", false);
        assert!(passive.iter().all(|f| f.mention.is_none()), "{passive:?}");
        let text = "The consensus view of the party is that the plan has failed badly.";
        assert!(run(text, false).iter().all(|f| f.cue.as_ref().is_none_or(|c| &text[c.clone()] != "view")));
        assert_eq!(
            first_english_mention("Most voters view the mayor as honest and competent.").as_deref(),
            Some("Most voters")
        );
    }

    #[test]
    fn a_marker_closing_a_relative_clause_does_not_continue_a_statement() {
        let text = "Die Polizei teilte mit, der Mann sei festgenommen worden. \
                    Die Straßen, die ausgebaut werden sollen, liegen im Norden der Stadt.";
        assert_eq!(found(text, true).len(), 1);
    }

    #[test]
    fn english_speakers_with_coordination_initials_and_adverbs() {
        assert_eq!(
            first_english_mention("Attorneys and legal experts said the charges would not stand.").as_deref(),
            Some("Attorneys and legal experts")
        );
        assert_eq!(
            first_english_mention("Illinois Attorney General Lisa M. Torvik said the law was void.").as_deref(),
            Some("Illinois Attorney General Lisa M. Torvik")
        );
        assert_eq!(
            first_english_mention("Jewish groups widely criticized the remarks made by the candidate.").as_deref(),
            Some("Jewish groups")
        );
        assert_eq!(
            first_english_mention("Dock workers and even some crane operators said the pier was unsafe.").as_deref(),
            Some("Dock workers and even some crane operators")
        );
        assert_eq!(
            first_english_mention("Both the Harbor Gazette and the Tide Herald reported that the pier was unsafe.")
                .as_deref(),
            Some("Both the Harbor Gazette and the Tide Herald")
        );
        assert_eq!(
            first_english_mention("All the dock workers said the pier was unsafe.").as_deref(),
            Some("All the dock workers")
        );
    }

    #[test]
    fn konjunktiv_one_reports_without_a_statement_before() {
        let text = "Der Innenminister definierte am Montag das Ziel. Es gehe nicht darum, die Grenzen zu schließen.";
        let statements = found(text, true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].1, "Es gehe nicht darum, die Grenzen zu schließen");
        assert_eq!(statements[0].2, "subjunctive-report");
        assert!(found("Das Wetter war schön. Es wäre schön, wenn es so bliebe.", true).is_empty());
    }

    #[test]
    fn a_short_quoted_phrase_is_a_german_quotation_outside_a_reported_clause() {
        let statements = found("Wiefelspütz bezeichnete die Äußerungen als „Knaller aus Karlsruhe“.", true);
        assert!(statements.iter().any(|s| s.1 == "„Knaller aus Karlsruhe“"), "{statements:?}");
        let statements = found("Der Minister sagte, die Lage sei „sehr ernst“ geworden.", true);
        assert_eq!(statements.len(), 1, "{statements:?}");
    }

    #[test]
    fn the_reportative_modal_continues_a_statement() {
        let text = "Die Polizei teilte mit, der Mann sei festgenommen worden. Er soll drei Banken überfallen haben.";
        let statements = found(text, true);
        assert_eq!(statements.len(), 2, "{statements:?}");
        assert_eq!(statements[1].1, "Er soll drei Banken überfallen haben");
    }

    #[test]
    fn a_planned_event_after_an_unreported_sentence_is_no_statement() {
        let said = "Die Werft Nordhafen teilte mit, der Rumpf sei fertig.";
        let gap = "Das Schiff ist 200 Meter lang. Es hat drei Decks.";
        let plan = "Die Taufe soll am 15. Juni stattfinden.";
        let rules = |text: &str| found(text, true).into_iter().map(|(.., rule)| rule).collect::<Vec<_>>();
        assert_eq!(rules(&format!("{said} {gap} {plan}")), ["separable-verb-cue"]);
        // Right after the statement, or as hearsay, it carries the statement on.
        assert_eq!(rules(&format!("{said} {plan}")), ["separable-verb-cue", "subjunctive-continuation"]);
        let hearsay = "Der Kapitän soll den Rumpf geprüft haben.";
        assert_eq!(rules(&format!("{said} {gap} {hearsay}")), ["separable-verb-cue", "subjunctive-continuation"]);
    }

    #[test]
    fn role_adjectives_take_the_strong_ending() {
        assert_eq!(
            strong_ending("stellvertretende russische Außenminister"),
            "stellvertretender russischer Außenminister"
        );
        assert_eq!(strong_ending("Außenminister"), "Außenminister");
    }

    /// The speaker mentions the rules find in English `text`, in order.
    fn english_mentions(text: &str) -> Vec<Option<String>> {
        let segments = segment(text, 0..text.len(), Lexicon::for_language("en"));
        Rules::run(text, &segments, false, &person_mentions(text, &segments, false))
            .into_iter()
            .map(|f| f.mention.map(|m| text[m.span].to_string()))
            .collect()
    }

    #[test]
    fn an_english_mention_takes_the_words_polnear_keeps_around_the_subject() {
        for (text, mention) in [
            // The issuer of a report before an -ing cue, not the report.
            ("The Harbor Council published a report detailing the costs of the bridge.", "The Harbor Council"),
            // Every member of a list, not its last two.
            ("Farmers, bakers and fishermen say the new rules will hurt them.", "Farmers, bakers and fishermen"),
            // The word that makes a share approximate.
            ("About 4 in 10 voters say the mayor should resign.", "About 4 in 10 voters"),
            ("More than half of the members said the pier should close.", "More than half of the members"),
            // A description after the name, opened by "then" or a bare role.
            (
                "\"The pier will close,\" said Ilse Varga, then chair of the harbour board.",
                "Ilse Varga, then chair of the harbour board",
            ),
            (
                "\"The pier will close,\" said Ilse Varga, director of a group called Friends of the Pier.",
                "Ilse Varga, director of a group called Friends of the Pier",
            ),
            // A participle's speaker with the descriptions before its verb.
            (
                "Ada Holm, a longtime ally of the mayor, has worked on the harbour for years, arguing the pier is unsafe.",
                "Ada Holm, a longtime ally of the mayor",
            ),
            // A sentence adverb is no part of the subject.
            ("Yet residents say the plan came too late.", "residents"),
        ] {
            assert_eq!(english_mentions(text), [Some(mention.to_string())], "{text}");
        }
    }

    #[test]
    fn an_english_mention_is_the_whole_noun_phrase_that_polnear_marks() {
        for (text, mention) in [
            // Every apposition after the name.
            (
                "\"We were ready for the storm,\" said Tomas Brel, 41, of Millbrook, a baker at the market.",
                "Tomas Brel, 41, of Millbrook, a baker at the market",
            ),
            // The name after a conjunction that opens the sentence.
            (
                "But Mara Lindqvist, the chief financial officer, noted that the plant would close in May.",
                "Mara Lindqvist, the chief financial officer",
            ),
            // A participle's speaker opens the clause before it.
            (
                "Mayor Ilse Varga has changed her tone on the harbour, offering warnings about the costs of delay.",
                "Mayor Ilse Varga",
            ),
            // A relative clause between the subject and its verb.
            (
                "Owners of the old mill, which closed last year, say the town will recover.",
                "Owners of the old mill, which closed last year",
            ),
            // The verb after a name that frames a quotation without a known cue.
            ("A stunned Ada Quill quipped, \"Nobody told us anything about the fence.\"", "A stunned Ada Quill"),
            // A relative pronoun before the cue, resolved when the speaker is named.
            ("The plan angered farmers who had hoped the road would be built this year.", "who"),
            // A prepositional phrase with "to" after the head.
            (
                "The deputy head of the delegation to the harbour forum said the pier would be rebuilt.",
                "The deputy head of the delegation to the harbour forum",
            ),
            // A participle with its preposition, and an abbreviation's dots.
            (
                "People briefed on the harbour talks said the pier would be rebuilt.",
                "People briefed on the harbour talks",
            ),
            (
                "A U.S. port official familiar with the harbour inquiry said the pier would be rebuilt.",
                "A U.S. port official familiar with the harbour inquiry",
            ),
            // A coordinated cue whose sentence opens with a conjunction.
            ("But the harbour board discussed the offer and said the pier would stay closed.", "the harbour board"),
            // A quantifier that stands for its noun.
            ("Some say the harbour will never reopen.", "Some"),
            // An adverb or a time adverbial between the subject and the verb.
            ("The Harbour Gazette first reported that the pier would close.", "The Harbour Gazette"),
            ("Mayor Varga last month said the pier would close.", "Mayor Varga"),
            // A speaker and verb after a quotation that ends in its own mark.
            ("\"Who will pay for the pier?\" Varga asked. \"Nobody knows.\"", "Varga"),
            ("“The pier will open in May.” Mayor Ilse Varga said on Monday.", "Mayor Ilse Varga"),
            ("\"Who will pay for the pier?\" asked Ilse Varga.", "Ilse Varga"),
            // A participle clause between name and verb says what the speaker did.
            ("Mara Lindqvist, speaking in Millbrook, said the plant would close.", "Mara Lindqvist"),
            (
                "Tomas Brel, a baker at the market, facing a long winter, said the plant would close.",
                "Tomas Brel, a baker at the market",
            ),
            // A long apposition between name and verb: with a conjunction, or a relative clause.
            (
                "Tomas Brel, chairman of the Roads and Harbours Committee, said the pier would close.",
                "Tomas Brel, chairman of the Roads and Harbours Committee",
            ),
            (
                "Tomas Brel, Varga’s deputy who has run the port for years, said the pier would close.",
                "Tomas Brel, Varga’s deputy who has run the port for years",
            ),
        ] {
            assert_eq!(english_mentions(text), [Some(mention.to_string())], "{text}");
        }
    }

    #[test]
    fn a_participle_after_a_reported_clause_takes_the_rest_of_the_sentence() {
        let text = "Varga said she saw no reason to delay the pier, telling reporters that the board had agreed.";
        let statements = found(text, false);
        let messages: Vec<&str> = statements.iter().map(|(_, message, _)| message.as_str()).collect();
        assert_eq!(messages, ["she saw no reason to delay the pier", "that the board had agreed"], "{statements:?}");
        assert_eq!(english_mentions(text), [Some("Varga".to_string()), Some("Varga".to_string())]);
    }

    #[test]
    fn a_sentence_after_a_quotation_with_a_message_of_its_own_stays_apart() {
        let text = "\"Who will pay?\" Analysts said the pier would cost too much.";
        assert_eq!(found(text, false).len(), 2, "{:?}", found(text, false));
    }

    #[test]
    fn an_english_source_after_an_attributed_sentence_is_a_statement_too() {
        let text = "“The pier is too short,” Varga said, according to the Harbour Gazette.";
        let statements = found(text, false);
        assert!(
            statements.contains(&(Kind::Direct, "“The pier is too short,” Varga said".to_string(), "trailing-source")),
            "{statements:?}"
        );
        assert_eq!(english_mentions(text), [Some("Varga".to_string()), Some("the Harbour Gazette".to_string())]);
    }

    #[test]
    fn a_speaker_tweeting_after_an_exclamation_is_the_quotations() {
        let text = "The board met. “We will win the vote!” Mara Quist tweeted.";
        assert_eq!(english_mentions(text), [Some("Mara Quist".to_string())]);
    }

    #[test]
    fn an_english_source_after_an_inverted_cue_keeps_the_words_describing_it() {
        let text = "The levy will fail, said one person with knowledge of the harbour talks.";
        assert_eq!(english_mentions(text), [Some("one person with knowledge of the harbour talks".to_string())]);
        assert_eq!(english_messages(text), ["The levy will fail"]);
        let text = "The levy will fail, said a source close to the harbour board.";
        assert_eq!(english_mentions(text), [Some("a source close to the harbour board".to_string())]);
        // After a name, the words are an adjunct of the verb.
        let text = "The levy will fail, said Mara Quist in a statement.";
        assert_eq!(english_mentions(text), [Some("Mara Quist".to_string())]);
    }

    #[test]
    fn a_think_tank_is_no_verb_of_thinking() {
        let text = "Nora Vell, a fellow at the Harbor Institute, a liberal think tank, said the levy would fail.";
        assert_eq!(
            english_mentions(text),
            [Some("Nora Vell, a fellow at the Harbor Institute, a liberal think tank".to_string())]
        );
    }

    #[test]
    fn showing_up_and_finding_oneself_are_no_speech() {
        assert!(
            english_mentions("One voter, Mara Quist, 35, showed up in the green gear of a rowing club.").is_empty()
        );
        assert!(english_mentions("Hours later, Varga found himself in a dispute with the harbour board.").is_empty());
        assert!(english_mentions("The win in Nowhere County, adding to her lead, came late on Tuesday.").is_empty());
        // A byline's "reported from" gives the place the reporter wrote from.
        assert!(english_mentions("Quist reported from Harbor City, Calif.; Varga, from Nowhere.").is_empty());
    }

    #[test]
    fn an_english_passive_cue_has_no_source() {
        assert_eq!(english_mentions("The harbour board is expected to approve the new pier on Monday."), [None]);
        assert_eq!(english_mentions("Varga was asked to name a date for the opening of the pier."), [None]);
    }

    #[test]
    fn an_english_subject_keeps_its_relative_clause() {
        let text = "Neighbors who have known the family for years say the fence was never a problem.";
        assert_eq!(english_mentions(text), [Some("Neighbors who have known the family for years".to_string())]);
        let text = "It was a storm that the farmers say ruined the harvest.";
        assert_eq!(english_mentions(text), [Some("the farmers".to_string())]);
    }

    #[test]
    fn a_participle_after_a_quotations_attribution_is_a_statement_too() {
        let text = "\"The pier is too short,\" Ruiz said, referring to the plans the harbour board approved.";
        let statements = found(text, false);
        assert!(
            statements.contains(&(
                Kind::Indirect,
                "the plans the harbour board approved".to_string(),
                "quote-participle"
            )),
            "{statements:?}"
        );
        assert_eq!(english_mentions(text), [Some("Ruiz".to_string()), Some("Ruiz".to_string())]);
    }

    #[test]
    fn an_english_headline_takes_any_reporting_verb() {
        let title = "Mayor Varga Praises Harbour Plan";
        let tokens = tokenize(title, 0..title.len(), Lexicon::for_language("en"), &mut String::new());
        let found = headline(title, &tokens, false).expect("a headline statement");
        assert_eq!(&title[found.spans[0].clone()], "Harbour Plan");
    }

    /// The message and the mention of each statement found in a German text.
    fn reported(text: &str) -> Vec<(String, Option<String>, &'static str)> {
        run(text, true)
            .into_iter()
            .map(|f| {
                let message: Vec<&str> = f.spans.iter().map(|s| &text[s.clone()]).collect();
                (message.join(" … "), f.mention.map(|m| text[m.span].to_string()), f.rule)
            })
            .collect()
    }

    /// The message of the one statement found in a German text.
    fn only_message(text: &str) -> String {
        let mut statements = reported(text);
        assert_eq!(statements.len(), 1, "{statements:?}");
        statements.remove(0).0
    }

    #[test]
    fn schaetzen_without_a_figure_or_a_clause_values_and_reports_nothing() {
        assert!(reported("Die Trainerin Edda Wolf schätzt die Arbeit ihrer Mannschaft sehr.").is_empty());
        for text in [
            "Die Feuerwehr Kleinstadt schätzt den Schaden auf drei Millionen Euro.",
            "Die Feuerwehr Kleinstadt schätzt, dass der Schaden hoch sei.",
        ] {
            assert_eq!(reported(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn object_taking_speech_acts_are_their_whole_sentence() {
        for sentence in [
            "Die Hafenpolizei geht von einem Unfall aus",
            "Der Fischereiverband bezifferte den Schaden auf zwei Millionen Euro",
            "Die Aufsicht stufte die Anlage als unsicher ein",
            "Die Hafenpolizei hingegen sprach von einem Unfall",
        ] {
            let statements = reported(&format!("{sentence}."));
            let [(message, _, rule)] = statements.as_slice() else {
                panic!("one statement expected: {statements:?}");
            };
            assert_eq!((message.as_str(), *rule), (sentence, "speech-act"));
        }
    }

    #[test]
    fn a_speech_act_takes_in_a_clause_that_reports_nothing() {
        let text = "Die Reederei Falkmann, die seit Jahren Verluste macht, sprach von einem schwierigen Jahr.";
        assert_eq!(only_message(text), text.trim_end_matches('.'));
    }

    #[test]
    fn a_request_reports_its_infinitive_only() {
        let message = only_message("Der Verband forderte die Stadt auf, den Hafen nicht zu schließen.");
        assert_eq!(message, "den Hafen nicht zu schließen");
    }

    #[test]
    fn a_passive_speech_act_names_its_agent_wherever_it_stands() {
        let cases = [
            (
                "Die Pläne wurden von Bürgermeisterin Ilse Varga als unrealistisch bezeichnet.",
                Some("Bürgermeisterin Ilse Varga"),
            ),
            ("Als Grund wurde ein Defekt an der Pumpe genannt.", None),
            (
                "Einerseits wird der Lärm bemängelt, andererseits die Kosten – so etwa von der Bürgerinitiative Nordhafen.",
                Some("der Bürgerinitiative Nordhafen"),
            ),
        ];
        for (text, agent) in cases {
            let statements = reported(text);
            let [(message, mention, rule)] = statements.as_slice() else {
                panic!("one statement expected: {statements:?}");
            };
            assert_eq!(*rule, "passive-speech-act");
            assert_eq!(message.as_str(), text.trim_end_matches('.'));
            assert_eq!(mention.as_deref(), agent, "{text}");
        }
    }

    #[test]
    fn no_continuation_follows_a_passive_without_an_agent() {
        let statements =
            reported("Als Grund wurde ein Defekt an der Pumpe genannt. Die Reparatur solle drei Wochen dauern.");
        assert_eq!(statements[0].2, "passive-speech-act", "{statements:?}");
        assert!(statements.iter().all(|(.., rule)| *rule != "subjunctive-continuation"), "{statements:?}");
    }

    #[test]
    fn ruling_out_is_a_cue() {
        let message = only_message("Der Minister schloss nicht aus, dass der Hafen bald schließt.");
        assert_eq!(message, "dass der Hafen bald schließt");
    }

    #[test]
    fn a_passive_only_participle_is_no_active_cue() {
        let statements =
            reported("Im Interview habe sie einen falschen Namen angegeben, sagte die Anwältin Jola Brink.");
        let [(message, mention, _)] = statements.as_slice() else {
            panic!("one statement expected: {statements:?}");
        };
        assert_eq!(message, "Im Interview habe sie einen falschen Namen angegeben");
        assert_eq!(mention.as_deref(), Some("die Anwältin Jola Brink"));
    }

    #[test]
    fn a_phrase_after_als_is_what_is_called_not_who_calls() {
        let mention = first_mention(
            "Das Landgericht Nordhafen hat die Gruppe als kriminelle Vereinigung bezeichnet, ihre Anhänger seien gefährlich.",
        );
        assert_eq!(mention.as_deref(), Some("Das Landgericht Nordhafen"));
    }

    #[test]
    fn an_english_stance_cue_takes_a_short_object_as_its_message() {
        let statements = found("Senator Ada Kroll endorsed Varga.", false);
        assert_eq!(statements, [(Kind::Indirect, "Varga".to_string(), "verb-cue")]);
        assert_eq!(english_mentions("Senator Ada Kroll endorsed Varga."), [Some("Senator Ada Kroll".to_string())]);
        let text = "But the harbour board rejected the offer and said the pier would stay closed.";
        let messages = english_messages(text);
        assert_eq!(messages, ["the offer", "the pier would stay closed"]);
        // A participle mostly describes its noun: "the voters supporting Varga".
        assert!(found("The voters supporting Varga left.", false).is_empty());
    }

    #[test]
    fn a_name_after_a_verb_first_cue_is_the_speaker_of_a_subject_that_cannot_speak() {
        let text = "The paradox of the harbor, says Tom Wexley, is that it never froze in winter.";
        assert_eq!(english_mentions(text), [Some("Tom Wexley".to_string())]);
        let messages = english_messages(text);
        assert_eq!(messages, ["The paradox of the harbor … is that it never froze in winter"]);
    }

    #[test]
    fn a_verb_first_cue_before_a_reported_clause_takes_the_opening_subject() {
        let text = "Dock workers and crane operators, however, said they believed the strike would end soon.";
        assert_eq!(english_mentions(text), [Some("Dock workers and crane operators".to_string())]);
    }

    #[test]
    fn a_relative_clause_of_saying_on_the_subject_is_a_statement_apart() {
        let text = "Nora Pike, who said the pier was unsafe, said she would vote against the plan.";
        let messages = english_messages(text);
        assert_eq!(messages, ["the pier was unsafe", "she would vote against the plan"]);
        assert_eq!(english_mentions(text), [Some("who".to_string()), Some("Nora Pike".to_string())]);
        let text = "Nora Pike, who has lived by the pier for years, said she would vote against the plan.";
        assert_eq!(english_mentions(text), [Some("Nora Pike, who has lived by the pier for years".to_string())]);
    }

    #[test]
    fn an_english_refusal_keeps_its_infinitive_however_short() {
        let text = "A spokeswoman for the harbor board declined to comment.";
        assert_eq!(found(text, false), [(Kind::Indirect, "to comment".to_string(), "verb-cue")]);
        assert_eq!(english_mentions(text), [Some("A spokeswoman for the harbor board".to_string())]);
        let messages: Vec<String> = found("Mayor Tilde Varga refused to say whether the pier would reopen.", false)
            .into_iter()
            .map(|s| s.1)
            .collect();
        assert_eq!(messages, ["to say whether the pier would reopen"]);
    }

    #[test]
    fn an_english_it_opening_the_sentence_before_its_cue_is_a_source() {
        let text = "The harbor board met on Monday. It also said the pier would stay closed until spring.";
        assert_eq!(
            found(text, false),
            [(Kind::Indirect, "the pier would stay closed until spring".to_string(), "verb-cue")]
        );
        // "it" does not stand before a cue that no one says things with.
        assert!(found("It showed the pier would stay closed until spring.", false).is_empty());
    }

    #[test]
    fn an_english_question_put_to_the_speaker_is_a_statement_of_its_own() {
        let text = "Asked on Monday whether the pier would reopen, Mayor Tilde Varga said the board would decide.";
        let statements = found(text, false);
        let questions: Vec<&str> =
            statements.iter().filter(|s| s.2 == "asked-question").map(|s| s.1.as_str()).collect();
        assert_eq!(questions, ["whether the pier would reopen"]);
        let text = "The board would decide, Varga said when asked about the ferry timetable.";
        let questions: Vec<String> =
            found(text, false).into_iter().filter(|s| s.2 == "asked-question").map(|s| s.1).collect();
        assert_eq!(questions, ["the ferry timetable"]);
        let text = "The video shows Ruiz leaving his car when asked to do so by the guards.";
        assert!(found(text, false).iter().all(|s| s.2 != "asked-question"));
        let text = "Asked by a reporter whether the pier would reopen, Varga laughed.";
        assert_eq!(english_mentions(text), [Some("a reporter".to_string())]);
    }

    #[test]
    fn an_english_comma_inside_a_closing_quotation_mark_ends_the_clause() {
        let text = "The new pier is a \"fine job,\" said Nora Pike, a harbor engineer.";
        let messages = english_messages(text);
        assert!(messages.contains(&"The new pier is a \"fine job,\"".to_string()), "{messages:?}");
        assert_eq!(english_mentions(text), [Some("Nora Pike, a harbor engineer".to_string())]);
        let text = "Dock workers are “very, very tired,” Pike said.";
        let messages = english_messages(text);
        assert!(messages.contains(&"Dock workers are “very, very tired,”".to_string()), "{messages:?}");
    }

    #[test]
    fn an_english_subject_runs_past_a_contracted_relative_and_a_two_word_time() {
        let text = "Ilse Varga, who’s running for the harbor board, added that the pier would reopen.";
        assert_eq!(english_mentions(text), [Some("Ilse Varga, who’s running for the harbor board".to_string())]);
        let text = "Board spokesman Tom Reyes on Monday evening said the pier would reopen.";
        assert_eq!(english_mentions(text), [Some("Board spokesman Tom Reyes".to_string())]);
    }

    #[test]
    fn an_english_stance_verb_in_the_present_is_a_cue() {
        for (text, message) in [
            (
                "Mayor Ilse Varga blames the harbour board for the late ferries.",
                "the harbour board for the late ferries",
            ),
            (
                "Varga proposes closing the old pier before the winter storms.",
                "closing the old pier before the winter storms",
            ),
            (
                "Tom Reyes dismisses the idea that the ferry could run at night.",
                "the idea that the ferry could run at night",
            ),
        ] {
            let messages = english_messages(text);
            assert_eq!(messages, [message], "{text}");
        }
    }

    #[test]
    fn an_english_message_opens_on_the_that_after_an_adjunct() {
        for (text, message) in [
            ("The mayor said in a statement that the pier would close.", "that the pier would close"),
            (
                "Ilse Varga said on Sunday in an interview with the Harbor Post that the pier would close.",
                "that the pier would close",
            ),
            ("Varga told reporters at a briefing on Monday that the pier would close.", "that the pier would close"),
        ] {
            let messages = english_messages(text);
            assert_eq!(messages, [message], "{text}");
        }
        // A relative clause on the adjunct's noun; an object before "that".
        for text in [
            "Varga said in a letter that was sent to the board the pier would close.",
            "Varga said Monday the report that the board wrote was wrong.",
        ] {
            let messages = english_messages(text);
            assert!(messages.iter().all(|m| !m.starts_with("that")), "{messages:?}");
        }
    }

    #[test]
    fn a_pledge_is_a_cue_but_pledged_delegates_and_a_show_host_are_none() {
        let text = "Senator Ilse Varga pledged to keep the old pier open through the winter.";
        let messages = english_messages(text);
        assert_eq!(messages, ["to keep the old pier open through the winter"]);
        let text = "Varga has won 30 pledged delegates in the harbour districts since March.";
        assert!(found(text, false).is_empty());
        let text = "Tom Reyes, a talk show host, said that the ferry would run at night.";
        assert_eq!(english_mentions(text), [Some("Tom Reyes, a talk show host".to_string())]);
    }

    #[test]
    fn an_infinitive_message_keeps_its_to_but_a_prepositional_object_does_not() {
        let text = "Mayor Ilse Varga vowed to rebuild the harbour wall before the spring floods.";
        let messages = english_messages(text);
        assert_eq!(messages, ["to rebuild the harbour wall before the spring floods"]);
        let text = "Mayor Ilse Varga promised on Monday to rebuild the harbour wall before the spring floods.";
        let messages = english_messages(text);
        assert_eq!(messages, ["to rebuild the harbour wall before the spring floods"]);
        let text = "Mayor Ilse Varga pointed to the report that the harbour wall had cracked in March.";
        let messages = english_messages(text);
        assert!(messages.iter().all(|m| !m.starts_with("to ")), "{messages:?}");
    }

    #[test]
    fn where_an_english_message_was_said_is_no_message() {
        assert_eq!(
            english_messages("The harbour plan was a mistake, Ilse Varga said in a video message to the council."),
            ["The harbour plan was a mistake"]
        );
        assert_eq!(
            english_messages("The ferry will run again, he said Tuesday on a local radio show."),
            ["The ferry will run again"]
        );
        assert_eq!(
            english_messages("Ilse Varga said in a statement that the ferry would run again."),
            ["that the ferry would run again"]
        );
    }

    #[test]
    fn what_an_english_speaker_calls_describes_or_supports_is_a_message_however_short() {
        assert_eq!(english_messages("Mayor Ilse Varga called it reckless."), ["it reckless"]);
        assert_eq!(english_messages("The rival described the mayor."), ["the mayor"]);
        assert_eq!(english_messages("Mayor Ilse Varga supports him."), ["him"]);
    }
}
