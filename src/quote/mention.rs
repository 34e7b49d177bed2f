//! Speaker mentions: finding the noun phrase that names who speaks, next to
//! a cue, and reading a name, a role and a kind of speaker out of it.

use std::ops::Range;

use super::lexicon::{
    CLAUSE_CONJUNCTIONS, ENGLISH_RELATIVES, Lexicon, Tags, in_word_list, is_general_title, is_hyphenated_title,
    non_person_name, possessive,
};
use super::segment::{Token, TokenKind};
use crate::speaker;

/// Words that attach an attribute to a German noun phrase's head.
const GERMAN_LINKS: [&str; 9] = ["von", "vom", "des", "der", "aus", "bei", "im", "in", "für"];
/// German pronouns and possessives (those the lexicon does not tag as
/// determiners) that may stand before a role in a mention.
const GERMAN_PRONOUNS_BEFORE_ROLES: WordList = WordList::new(&[
    "es", "ich", "du", "wir", "man", "mein", "meine", "meiner", "meines", "meinem", "meinen", "dein", "deine",
    "deiner", "deines", "deinem", "deinen", "unseres", "unserem", "unseren", "unserer", "euer", "eure", "eurer",
    "eures", "eurem", "euren",
]);
/// Words that attach an attribute to an English noun phrase's head.
const ENGLISH_LINKS: [&str; 6] = ["of", "from", "at", "in", "for", "with"];
/// English words that link an office to the place or body it is held at:
/// "Ambassador to China", "Commander of the Garrison".
pub(super) const OFFICE_LINKS: [&str; 4] = ["of", "to", "for", "at"];
/// English nouns in "-ly", which are no adverbs.
const LY_NOUNS: [&str; 6] = ["family", "rally", "ally", "assembly", "supply", "reply"];
/// Capitalised English head nouns of institutions' names besides the
/// bodies: "the Intergovernmental Panel on Climate Change".
const INSTITUTIONS: WordList = WordList::new(&[
    "panel",
    "programme",
    "program",
    "conference",
    "forum",
    "movement",
    "community",
    "league",
    "alliance",
    "association",
    "institute",
    "foundation",
    "coalition",
    "front",
    "summit",
    "convention",
    "tribunal",
    "centre",
    "center",
    "society",
]);
/// English words that open a sentence capitalised but no name: "Therefore
/// Valdoria believes", "Yet Ostmark said", "His Excellency Tom Harlow".
const NOT_NAME_WORDS: WordList = WordList::new(&[
    "therefore",
    "thus",
    "hence",
    "yet",
    "soon",
    "indeed",
    "consequently",
    "accordingly",
    "nevertheless",
    "nonetheless",
    "here",
    "excellency",
]);
/// Capitalised English words that end a body's name but carry no body tag:
/// "the German Parliament", "the Indo-Pacific Command", "the Ministry of
/// Foreign Affairs".
const BODY_ENDINGS: WordList = WordList::new(&[
    "parliament",
    "treasury",
    "command",
    "affairs",
    "congress",
    "assembly",
    "court",
    "forces",
    "nations",
    "union",
    "republic",
    "federation",
    "kingdom",
    "university",
    "bank",
]);
/// English nouns for a person at a body that the lexicon holds no role
/// for: "the head of the Nordland Institute", "members of the Union", "the
/// Commander of the Varlo Garrison".
const BODYS_PEOPLE: WordList = WordList::new(&[
    "head",
    "heads",
    "leader",
    "leaders",
    "member",
    "members",
    "chief",
    "executive",
    "commander",
    "co-chairman",
    "co-chairwoman",
    "co-chair",
    "founder",
    "co-founder",
]);
/// English nouns for a thing, not a person, that an "of" phrase can follow
/// before a speaker's name: "the words of", "the theme of the", "the
/// guidance of".
const THING_NOUNS: WordList = WordList::new(&[
    "words",
    "theme",
    "guidance",
    "spirit",
    "legacy",
    "vision",
    "memory",
    "message",
    "name",
    "thought",
    "thoughts",
    "dream",
    "achievement",
    "implementation",
    "review",
    "priorities",
    "suffering",
    "objective",
    "meeting",
    "session",
    "position",
    "restoration",
    "example",
    "way",
    "decision",
    "leadership",
    "initiative",
    "appeal",
    "efforts",
    "teachings",
    "ideals",
    "ideas",
    "call",
    "proposal",
    "commitment",
    "wisdom",
    "life",
    "death",
]);

/// Role words that also name an institution's field: "the Ministry of
/// Foreign Affairs", "the Republican Party of Wyoming".
const FIELD_ROLE_WORDS: [&str; 6] = ["foreign", "state", "general", "democratic", "republican", "press"];
/// The second halves of countries' names joined by "and": "Saint Kitts
/// and Nevis", "Saint Vincent and the Grenadines".
const SECOND_HALVES: [&str; 8] =
    ["nevis", "principe", "príncipe", "tobago", "barbuda", "herzegovina", "grenadines", "futuna"];
/// English adjectives in "-ly", which may also be adverbs ("reported early").
const LY_ADJECTIVES: [&str; 5] = ["early", "elderly", "daily", "weekly", "monthly"];
/// English words that make a number or share approximate: "about half".
const APPROXIMATING: WordList =
    WordList::new(&["about", "nearly", "roughly", "almost", "around", "approximately", "only", "just"]);
/// Lowercase words that open a surname: "Hervé de Charette", "Lula da
/// Silva", "Osama bin Laden", "Ursula von der Leyen". Not "ten", a number.
const NAME_PARTICLES: WordList = WordList::new(&[
    "de", "da", "di", "del", "della", "des", "dos", "du", "van", "von", "zu", "ter", "al", "el", "bin", "ibn", "le",
]);
/// Articles after a surname's particle: "von der", "van den", "de la", "de los".
const PARTICLE_ARTICLES: WordList = WordList::new(&["der", "den", "de", "la", "las", "los", "le", "ter"]);
/// How many of `words` make the lowercase particle a surname opens with
/// ("de", "von der", "bin"): the shape [`Phrases::particle_run`] reads on
/// tokens, for names already cut from the text. None when they open with
/// no particle.
pub(super) fn leading_particles(words: &[&str]) -> usize {
    let lowercase_in = |at: usize, list: &WordList| {
        words.get(at).is_some_and(|w| w.starts_with(char::is_lowercase) && in_word_list(w, list))
    };
    if !lowercase_in(0, &NAME_PARTICLES) {
        return 0;
    }
    if lowercase_in(1, &PARTICLE_ARTICLES) { 2 } else { 1 }
}

/// The words of a poll's share: "one in four", "6 in 10".
const POLL_SHARE_WORDS: usize = 3;
/// English words that open a comparison of a number: "more than half".
const COMPARATIVES: WordList = WordList::new(&["more", "less", "fewer"]);

/// The states in which walks of [`Phrases::phrase_before`] toward one end
/// passed each token, one bit per state. Walks from later starts take over
/// none of an earlier walk's start-bound choices once past their own start,
/// so a walk that meets a recorded state ends where that walk ended, which
/// fell short of the end (a walk that reaches it ends the search).
struct Walked {
    /// The token of `states[0]`.
    first: usize,
    states: Vec<u8>,
}

impl Walked {
    /// No record: every walk goes its own way.
    fn none() -> Self {
        Walked { first: 0, states: Vec::new() }
    }

    /// True when an earlier walk passed `index` in this state; records it.
    fn again(&mut self, index: usize, seen_noun: bool, in_attribute: bool, at_end: bool) -> bool {
        let Some(states) = self.states.get_mut(index - self.first) else {
            return false;
        };
        let bit = 1 << (u8::from(seen_noun) | u8::from(in_attribute) << 1 | u8::from(at_end) << 2);
        let again = *states & bit != 0;
        *states |= bit;
        again
    }
}

/// A list of words that [`Phrases::is_listed`] tells most words apart from
/// by two bit tests, their length and first letter, before it compares
/// any text: [`Phrases::is_any`] compared each listed word's length, some
/// 85 instructions a call on the hot lists.
pub(super) struct WordList {
    pub(super) words: &'static [&'static str],
    /// Bit `n` is set when a listed word has `n` bytes (bit 63: 63 or more).
    lengths: u64,
    /// Bit `n` is set when a listed word starts with the `n`th letter of
    /// the alphabet.
    initials: u32,
}

impl WordList {
    /// Every word must open on an ASCII lowercase letter: a constant list
    /// that does not fails to compile.
    pub(super) const fn new(words: &'static [&'static str]) -> WordList {
        let mut lengths = 0;
        let mut initials = 0;
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            assert!(!bytes.is_empty() && bytes[0].is_ascii_lowercase(), "a listed word opens on a lowercase letter");
            let len = if bytes.len() < 63 { bytes.len() } else { 63 };
            lengths |= 1 << len;
            initials |= 1 << (bytes[0] - b'a');
            i += 1;
        }
        WordList { words, lengths, initials }
    }

    /// False when no listed word has `len` bytes and opens on `first` in
    /// either case; true when one may.
    pub(super) fn may_hold(&self, len: usize, first: char) -> bool {
        // Only ASCII letters fall in 0..26 once their case bit is set.
        let letter = (u32::from(first) | 0x20).wrapping_sub(u32::from(b'a'));
        self.lengths >> len.min(63) & 1 != 0 && letter < 26 && self.initials >> letter & 1 != 0
    }
}

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A named person, possibly with a role: "Außenminister Sergei Rjabkow".
    Person,
    /// A personal pronoun: "er", "she".
    Pronoun,
    /// A role without a name: "der Minister", "Lawrows Vize", "the spokeswoman".
    Description,
    /// A ministry, government, city or other body: "Russlands Außenministerium".
    Body,
    /// Anything else: "die Kanadier", "sources", "Angaben der Polizei".
    Other,
}

/// A mention read apart: token ranges into its paragraph.
#[derive(Debug, Clone)]
pub struct Reading {
    pub kind: MentionKind,
    /// The tokens of the person's or body's name.
    pub name: Option<Range<usize>>,
    /// The tokens of the role, when the mention gives one.
    pub role: Option<Range<usize>>,
    /// A name in the genitive that the mention hangs on ("Lawrows" in "Lawrows Vize").
    pub possessor: Option<usize>,
    /// The mention's head noun for role descriptions ("Vize", "Minister").
    pub head: Option<usize>,
    /// True when the mention starts with a determiner in the nominative masculine
    /// (German "der"), so role adjectives take the strong ending.
    pub masculine_article: bool,
}

/// Context for reading mentions: one paragraph's tokens and whether German
/// capitalisation rules apply.
pub struct Phrases<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub german: bool,
}

impl Phrases<'_> {
    fn word(&self, index: usize) -> &str {
        &self.text[self.tokens[index].span()]
    }

    #[inline]
    fn is(&self, index: usize, word: &str) -> bool {
        // Most words compared with differ in length, told without slicing the
        // text. Spelt out rather than through `is_any`: a one-word slice
        // compiles to a loop that cost 6 M instructions on the speeches.
        // Inline: some 390,000 calls on the speeches, mostly ruled out by the
        // length, paid more for the call than for the test.
        self.tokens.get(index).is_some_and(|t| {
            t.is_word() && t.end - t.start == word.len() && self.text[t.span()].eq_ignore_ascii_case(word)
        })
    }

    /// True when the word at `index` is one of `words`: the token is
    /// fetched once, and its text read only for words of its length.
    #[inline]
    pub(super) fn is_any(&self, index: usize, words: &[&str]) -> bool {
        let Some(token) = self.tokens.get(index).filter(|t| t.is_word()) else {
            return false;
        };
        let len = token.end - token.start;
        words.iter().any(|w| w.len() == len && self.text[token.span()].eq_ignore_ascii_case(w))
    }

    /// [`Phrases::is_any`] for a [`WordList`]: most words are ruled out by
    /// their length and first letter without reading their text.
    pub(super) fn is_listed(&self, index: usize, list: &WordList) -> bool {
        self.tokens.get(index).is_some_and(|t| list.may_hold(t.end - t.start, t.first))
            && self.is_any(index, list.words)
    }

    /// A capitalised word that the lexicon does not know as a function word.
    fn is_capitalised_content(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        // Most words asked: lowercase, and not a number's compound nor a
        // prefixed German name, whatever their tags.
        if !token.upper && !token.first.is_ascii_digit() && !self.is_prefixed_name(index) {
            return false;
        }
        // "Der 39-Jährige": a noun behind a number.
        let numbered = token.first.is_ascii_digit()
            && self.word(index).rsplit_once('-').is_some_and(|(_, tail)| tail.starts_with(char::is_uppercase));
        // "Nach Berichten der Presse": German verbs are lowercase, so a
        // capitalised speech noun that is also a verb form is the noun.
        let speech_noun = self.german && token.upper && token.tags.has(Tags::SPEECH_NOUN);
        let function_word = token.tags.has(
            Tags::DETERMINER
                | Tags::PREPOSITION
                | Tags::PRONOUN
                | Tags::ADVERB
                | Tags::COMPLEMENTIZER
                | Tags::CONJUNCTION
                | Tags::CUE
                | Tags::ANAPHOR
                | Tags::SOURCE_ANAPHOR
                | Tags::TIME
                | Tags::NO_NAME,
        );
        let verb_form = token.tags.has(Tags::VERB | Tags::AUXILIARY);
        // "Both Valdoria and Ostmark", but "Both said": alone it stands for
        // the two.
        // Looked at only for a capitalised word without tags, as is the list.
        let pair = || self.is(index, "both") && self.tokens.get(index + 1).is_some_and(|t| t.upper && t.is_word());
        if !self.german && token.upper && token.tags.is_empty() && (pair() || self.is_listed(index, &NOT_NAME_WORDS)) {
            return false;
        }
        if !self.german && token.upper && (function_word || verb_form) {
            return self.is_english_name_word(index);
        }
        token.is_word()
            && (token.upper || numbered || self.is_prefixed_name(index))
            && (speech_noun || !function_word && (!verb_form || self.is_capitalised_inside_german_sentence(index)))
    }

    /// A German adjective capitalised as the first word of a name, before
    /// the name's noun: "der Afrikanischen Union", "des Auswärtigen Amtes",
    /// "den Vereinten Nationen". Told by the endings adjectives are made
    /// with, since nouns in "-en" ("Experten", "Staaten") are as common;
    /// the masculine "-er" is left out, as nouns end so too ("Hersteller",
    /// "Krieger"), and so are compounds ("US-amerikanische Zeitschrift").
    fn is_name_adjective(&self, index: usize) -> bool {
        const STEMS: [&str; 10] = ["isch", "ig", "igt", "lich", "al", "ell", "iv", "är", "iert", "eint"];
        const ENDINGS: [&str; 3] = ["e", "en", "es"];
        let token = &self.tokens[index];
        // Asked of every word of every name in English text too: the
        // language and the word's own case first.
        if !self.german || !token.upper || !token.is_word() || !token.tags.is_empty() {
            return false;
        }
        let next_is_noun =
            self.tokens.get(index + 1).is_some_and(|t| t.is_word() && t.upper && !t.tags.has(Tags::ROLE));
        if !next_is_noun {
            return false;
        }
        let word = self.word(index);
        if word.contains('-') {
            return false;
        }
        ENDINGS.iter().any(|ending| {
            word.strip_suffix(ending).is_some_and(|stem| STEMS.iter().any(|adjective| stem.ends_with(adjective)))
        })
    }

    /// The text of the tokens in `range`, with a German name's adjectives in
    /// the nominative the definite article takes: "Afrikanischen Union" is
    /// the "Afrikanische Union", "Vereinten Nationen" the "Vereinte
    /// Nationen", whatever case the sentence put them in.
    pub fn name_text(&self, range: Range<usize>) -> String {
        let end = self.tokens[range.end - 1].end;
        let mut from = self.tokens[range.start].start;
        let mut text = String::with_capacity(end - from);
        for index in range {
            if self.is_name_adjective(index) && self.word(index).ends_with("en") {
                let adjective_end = self.tokens[index].end;
                text.push_str(&self.text[from..adjective_end - 1]);
                from = adjective_end;
            }
        }
        text.push_str(&self.text[from..end]);
        text
    }

    /// An English capitalised word that the lexicon knows as a function word
    /// or a verb, standing inside a name: the middle initial "A" of "Nicole
    /// A. Navas", or the first name "Hope" of "spokeswoman Hope Hicks", after a
    /// lowercase role and before a surname.
    fn is_english_name_word(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        let (Some(previous), Some(next)) = (index.checked_sub(1).map(|i| &self.tokens[i]), self.tokens.get(index + 1))
        else {
            return false;
        };
        let not_in_name = Tags::DETERMINER | Tags::PREPOSITION | Tags::PRONOUN | Tags::CONJUNCTION | Tags::ADVERB;
        let surname = |t: &Token| t.is_word() && t.upper && t.tags.is_empty();
        if self.is_ordinal_of_role(index) {
            // "First Deputy Foreign Minister Andrey Gromyko"
            return true;
        }
        if token.tags.has(Tags::TIME) && previous.tags.has(Tags::DETERMINER) && surname(next) {
            // "a Morning Consult poll": a time word between the article and a
            // name is the name's first word.
            return true;
        }
        if token.end - token.start == 1 && self.in_dotted_initialism(index) {
            // "the C.I.A. said", "F.B.I. agents": the "A" and "I" of a
            // dotted initialism are letters, no article or pronoun.
            return true;
        }
        if token.tags.has(Tags::TIME) && self.is_acronym(index) && previous.is_word() && self.is_acronym(index - 1) {
            // "USA TODAY": a time word in capitals after an acronym names
            // the paper, not the day.
            return true;
        }
        if token.end - token.start == 1 {
            // "Nicole A. Navas": the letter, its dot, then the surname.
            let after_dot = self.tokens.get(index + 2);
            return previous.is_word()
                && previous.upper
                && !previous.tags.has(not_in_name | Tags::CUE)
                && next.is_punct('.')
                && next.start == token.end
                && after_dot.is_some_and(surname);
        }
        previous.is_word()
            && !previous.upper
            && previous.tags.has(Tags::ROLE)
            && !token.tags.has(not_in_name | Tags::COMPLEMENTIZER)
            && surname(next)
    }

    /// The one-letter word at `index` is glued to a dot that is glued to
    /// another single capital on either side: a letter of "C.I.A.".
    fn in_dotted_initialism(&self, index: usize) -> bool {
        let letter = |i: usize| self.tokens.get(i).is_some_and(|t| t.is_word() && t.upper && t.end - t.start == 1);
        let glued = |left: usize, right: usize| self.tokens[left].end == self.tokens[right].start;
        let dot = |i: usize| self.tokens.get(i).is_some_and(|t| t.is_punct('.'));
        let before =
            index >= 2 && dot(index - 1) && letter(index - 2) && glued(index - 2, index - 1) && glued(index - 1, index);
        let after = dot(index + 1) && letter(index + 2) && glued(index, index + 1) && glued(index + 1, index + 2);
        before || after
    }

    /// "Der Korrespondent, Will Grant, berichtete", "der Stand der
    /// Ermittlungen": German verbs are lowercase inside a sentence, so a
    /// capitalised verb form after a word or a comma is a name or a noun.
    fn is_capitalised_inside_german_sentence(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        if !self.german || !token.upper || token.quoted || index == 0 {
            return false;
        }
        let previous = &self.tokens[index - 1];
        previous.is_word() || previous.is_punct(',')
    }

    /// A German-text word whose last part after a hyphen is capitalised
    /// while its first part is lowercase: a name with an Arabic article or
    /// patronymic glued on ("el-Baradei", "al-Omair") or a noun compounded
    /// with a lowercase short form ("laut ai-Bericht", "einer dpa-Meldung",
    /// "der ödp-Spitzenkandidat"). German capitalises the noun's last part,
    /// so the word is a name or noun as a capitalised one is.
    fn is_prefixed_name(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        if !self.german || token.upper || !token.first.is_lowercase() {
            return false;
        }
        self.word(index).rsplit_once('-').is_some_and(|(_, tail)| tail.starts_with(char::is_uppercase))
    }

    /// In German, a hyphen glued to a word ("Bau-") or the conjunction after
    /// one, when a capitalised word completes the pair: "Bau- und
    /// Transportministerium", "Luft- und Raumfahrt".
    fn is_truncated_compound_link(&self, index: usize, limit: usize) -> bool {
        const JOINS: [&str; 3] = ["und", "oder", "sowie"];
        if !self.german || index == 0 {
            return false;
        }
        let glued_hyphen = |i: usize| {
            let token = &self.tokens[i];
            let word_before = i > 0 && self.tokens[i - 1].is_word() && self.tokens[i - 1].end == token.start;
            token.is_punct('-') && word_before || token.is_word() && self.word(i).ends_with('-')
        };
        let (join, hyphen) = if self.is_any(index, &JOINS) { (index, index - 1) } else { (index + 1, index) };
        let completed = join + 1 < limit && self.is_capitalised_content(join + 1);
        let joined = join < limit && self.is_any(join, &JOINS);
        joined && completed && glued_hyphen(hyphen)
    }

    /// A lowercase particle of a surname, or the article after one: "Hervé
    /// de Charette", "Lula da Silva", "Ursula von der Leyen", "Mr. de
    /// Vale", "Frau von der Auen". A particle is also a plain word in other
    /// languages' sentences and opens place phrases in German, so it counts
    /// only before a capitalised name word, and after either a name word
    /// ("Tobias de Wendelin") or a form of address or title ("Minister de
    /// Vale").
    pub(super) fn is_name_particle(&self, index: usize) -> bool {
        let Some(run) = self.particle_run(index) else {
            return false;
        };
        let not_name = Tags::DETERMINER | Tags::PREPOSITION | Tags::ROLE | Tags::BODY | Tags::SPEECH_NOUN;
        let name_word = |at: usize| {
            self.tokens.get(at).is_some_and(|t| t.is_word() && t.upper && !t.quoted && !t.tags.has(not_name))
        };
        if run.start == 0 || !name_word(run.end) {
            return false;
        }
        // "Angaben des Ministeriums": the German genitive article.
        if self.german && self.is(run.start, "des") {
            return false;
        }
        let before = run.start - 1;
        // "der Bürgermeister von Lindau", "Ilse Berg von der Umweltbehörde",
        // "zu Recht": German "von" and "zu" also open places, bodies and
        // phrases.
        let german_word = self.german && self.is_any(run.start, &["von", "zu"]);
        let name_before = name_word(before)
            && (self.german || !self.tokens[before].tags.has(Tags::PRONOUN | Tags::CONJUNCTION | Tags::ADVERB));
        if name_before {
            if !german_word {
                return true;
            }
            // "die Gefahr von Waldbränden", "Tom Ebert von der Partei",
            // "Frau Aigner zu Wort": after a noun, or after a surname, "von"
            // and "zu" name a thing, where the person works or what they do:
            // the word before must be a first name the lexicon knows.
            let first_name = self.is_first_name(before);
            let surname_before = before > 0 && (name_word(before - 1) || self.is_address(before - 1));
            return first_name && !surname_before && self.german_particle_article(run.clone());
        }
        // "Mr. de Vale", "Dr. von der Auen": the abbreviation's dot.
        let glued_dot =
            before > 0 && self.tokens[before].is_punct('.') && self.tokens[before - 1].end == self.tokens[before].start;
        let title = if glued_dot { before - 1 } else { before };
        if !self.tokens[title].is_word() || !(self.is_address(title) || self.tokens[title].tags.has(Tags::ROLE)) {
            return false;
        }
        if !german_word {
            return true;
        }
        if !self.german_particle_article(run.clone()) {
            return false;
        }
        // "die Frau von Tom Harlow" is his wife; "Kolleginnen und Kollegen
        // von der Union" are a party's members; "der Minister von Nordland"
        // holds an office there. Only a form of address said to one person
        // opens "von" or "zu", and a colleague only a bare "von" ("Kollege
        // von Auen"); an office opens "von der" ("Ministerin von der Auen").
        let after_article = title > 0 && self.tokens[title - 1].tags.has(Tags::DETERMINER);
        let von = self.is(run.start, "von");
        if !self.is_address(title) {
            return von && run.len() == 2;
        }
        let word = self.word(title);
        if speaker::is_colleague(word) {
            return von && run.len() == 1 && speaker::addressee(word) != Some(speaker::Addressee::Either);
        }
        !after_article
    }

    /// The particles of a surname that the word at `index` belongs to: one
    /// particle written lowercase ("de", "von", "bin"), with an article
    /// after it or not ("von der", "van den", "de la").
    fn particle_run(&self, index: usize) -> Option<Range<usize>> {
        let lowercase_in = |at: usize, list: &WordList| {
            self.tokens.get(at).is_some_and(|t| t.is_word() && !t.upper) && self.is_listed(at, list)
        };
        let start = if index > 0 && lowercase_in(index, &PARTICLE_ARTICLES) && lowercase_in(index - 1, &NAME_PARTICLES)
        {
            index - 1
        } else if lowercase_in(index, &NAME_PARTICLES) {
            index
        } else {
            return None;
        };
        let end = if lowercase_in(start + 1, &PARTICLE_ARTICLES) { start + 2 } else { start + 1 };
        Some(start..end)
    }

    /// A first name the lexicon knows, alone or as the first of a
    /// hyphenated pair: "Ilse", "Hans-Peter".
    fn is_first_name(&self, index: usize) -> bool {
        let first_name = Tags::FEMALE | Tags::MALE;
        let token = &self.tokens[index];
        if token.tags.has(first_name) {
            return !token.tags.has(Tags::ROLE);
        }
        let Some((first, _)) = self.word(index).split_once('-') else {
            return false;
        };
        let lexicon = Lexicon::for_language(if self.german { "de" } else { "en" });
        let tags = lexicon.tags(&first.to_lowercase());
        tags.has(first_name) && !tags.has(Tags::ROLE)
    }

    /// German "von" or "zu" with no article, or with "der" after it ("von
    /// der Auen"): "von den", "von dem" and "zur" open plain phrases.
    fn german_particle_article(&self, run: Range<usize>) -> bool {
        run.len() == 1 || self.is(run.start + 1, "der")
    }

    /// A form of address ("Herr", "Mrs", "Dr"), its period apart.
    fn is_address(&self, index: usize) -> bool {
        self.tokens[index].is_word() && speaker::is_form_of_address(self.word(index))
    }

    /// A lowercase word that can stand inside a noun phrase before its head:
    /// an adjective in German, any content word in English.
    fn is_modifier(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        if !token.is_word() || token.upper || !token.tags.is_empty() && !token.tags.has(Tags::ROLE | Tags::BODY) {
            return false;
        }
        let word = self.word(index);
        if !self.german {
            // "widely", "falsely": adverbs, not part of a name; but "early
            // results", "elderly voters" and "a weekly survey" modify a noun.
            return !word.ends_with("ly") || LY_NOUNS.contains(&word) || LY_ADJECTIVES.contains(&word);
        }
        ["e", "en", "er", "es", "em"].iter().any(|ending| word.ends_with(ending))
    }

    /// English "first" in a title: capitalised before a role ("First Deputy
    /// Foreign Minister"), or before the roles it makes titles of ("the
    /// former first lady"); not "the first foreign minister who …", a rank.
    fn is_ordinal_of_role(&self, index: usize) -> bool {
        const TITLED: [&str; 4] = ["lady", "deputy", "vice", "secretary"];
        !self.german
            && self.is(index, "first")
            && self.tokens.get(index + 1).is_some_and(|next| next.is_word() && next.tags.has(Tags::ROLE))
            && (self.tokens[index].upper || self.is_any(index + 1, &TITLED))
    }

    /// An English "-ly" adverb right after an article or other determiner and
    /// before a lowercase word that can modify a noun: "the publicly
    /// available evidence", "The nearly 90-second ad".
    fn is_adverb_of_adjective(&self, index: usize, limit: usize) -> bool {
        // Called for every word of a phrase walk: the tests that rule out
        // most words come first, the look at the next word last.
        let token = &self.tokens[index];
        !self.german
            && index > 0
            && self.tokens[index - 1].tags.has(Tags::DETERMINER)
            && token.is_word()
            && !token.upper
            && self.word(index).ends_with("ly")
            && !LY_NOUNS.contains(&self.word(index))
            && !LY_ADJECTIVES.contains(&self.word(index))
            && index + 2 < limit
            && self.is_modifier(index + 1)
    }

    /// Where the place name after a German preposition starts, past up to
    /// two adjectives: "im indischen Dharamshala", "in der benachbarten
    /// Türkei" is left alone (an article). `from` itself when none stand there.
    fn after_place_adjectives(&self, from: usize, limit: usize) -> usize {
        let mut index = from;
        while index < limit && index < from + 2 && self.is_modifier(index) {
            index += 1;
        }
        index
    }

    /// True for a German conjunction capitalised at a sentence's start
    /// ("Als", "Nachdem"), which the capital makes look like a name.
    pub fn opens_subordinate(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        self.german && token.upper && self.is_any(index, &CLAUSE_CONJUNCTIONS)
    }

    /// The noun phrase that starts at `from`, ending before `limit`.
    pub fn phrase_after(&self, from: usize, limit: usize) -> Option<Range<usize>> {
        self.walk_phrase(from, limit, &mut Walked::none())
    }

    /// [`Self::phrase_after`], giving up (`None`) where an earlier walk
    /// recorded in `walked` passed in the same state.
    fn walk_phrase(&self, from: usize, limit: usize, walked: &mut Walked) -> Option<Range<usize>> {
        let mut index = from;
        while index < limit && self.tokens[index].tags.has(Tags::ADVERB) && !self.tokens[index].upper {
            index += 1;
        }
        if index >= limit {
            return None;
        }
        if !self.tokens[index].is_word() && self.quoted_name_end(index, limit).is_none() {
            return None;
        }
        let start = index;
        if self.opens_subordinate(index) {
            return None;
        }
        if !self.german
            && (self.tokens[index].tags.has(Tags::COMPLEMENTIZER | Tags::PREPOSITION) || self.is(index, "of"))
        {
            // "said that …": the clause, not a speaker; "warned of a battle":
            // an object.
            return None;
        }
        // "I.R.S. agents": a letter of an initialism, not the pronoun.
        if self.tokens[index].tags.has(Tags::PRONOUN) && (self.german || !self.in_dotted_initialism(index)) {
            return Some(index..index + 1);
        }
        let mut end = start;
        let mut seen_noun = false;
        let mut in_attribute = false;
        const APPROXIMATORS: WordList =
            WordList::new(&["about", "nearly", "almost", "roughly", "around", "over", "some", "etwa"]);
        if index + 1 < limit && self.is_listed(index, &APPROXIMATORS) && self.is_number(index + 1) {
            // "About 4 in 10 voters", "Nearly three-quarters"
            index += 1;
        }
        while index < limit {
            // Past its start, a walk goes on only from its index and these
            // three: one that meets an earlier walk's state ends as it did.
            if index > start && walked.again(index, seen_noun, in_attribute, end == index) {
                return None;
            }
            let token = &self.tokens[index];
            if token.kind == TokenKind::QuoteMark || token.quoted {
                // A quoted name inside the phrase: „Der Spiegel“, der „Welt“.
                match self.quoted_name_end(index, limit) {
                    // "„Reuters“ Warnschüsse": a capitalised word after the
                    // name starts another phrase.
                    Some(after) if after < limit && self.is_capitalised_content(after) => {
                        end = after;
                        break;
                    }
                    Some(after) => {
                        seen_noun = true;
                        index = after;
                        end = after;
                        continue;
                    }
                    None => break,
                }
            }
            if seen_noun && self.is_truncated_compound_link(index, limit) {
                // "das Bau- und Transportministerium": the hyphen and the
                // conjunction join two nouns that share their last part.
                index += 1;
                continue;
            }
            if token.kind == TokenKind::Punct {
                let previous = &self.tokens[index.max(1) - 1];
                let initial = previous.is_word() && previous.upper && previous.end - previous.start == 1;
                let abbreviation = token.first == '.'
                    && index > start
                    && previous.end == token.start
                    && (previous.tags.has(Tags::ABBREVIATION) || initial)
                    && index + 1 < limit
                    && (self.tokens[index + 1].upper || self.is_name_particle(index + 1));
                if abbreviation {
                    // "Sen. Ted Cruz", "Gov. Jeb Bush"
                    index += 1;
                    continue;
                }
                if !self.german && initial && previous.end == token.start && self.ends_initialism(index, limit) {
                    // "U.S. senators", "E.U. leaders": a dotted initialism
                    // modifies the lowercase noun after it.
                    index += 1;
                    continue;
                }
                // "34,000 people": a thousands separator inside a number.
                let thousands = !self.german
                    && token.first == ','
                    && seen_noun
                    && end == index
                    && previous.end == token.start
                    && previous.first.is_ascii_digit()
                    && self.tokens.get(index + 1).is_some_and(|t| t.start == token.end && t.first.is_ascii_digit());
                if thousands || !self.german && self.joins_slashed_words(index, limit) {
                    index += 1;
                    continue;
                }
                // "Joseph R. Biden Jr. said": the suffix's dot ends no phrase.
                let suffix = !self.german
                    && token.first == '.'
                    && seen_noun
                    && end == index
                    && previous.end == token.start
                    && (self.is(index - 1, "jr") || self.is(index - 1, "sr"));
                if suffix || (!self.german && seen_noun && end == index && self.closes_initialism(index)) {
                    index += 1;
                    end = index;
                    continue;
                }
                if token.first == '(' && seen_noun {
                    // A parenthesis after a name: "(SPD)", "(National Environment Authority, NEMA)".
                    let close = (index + 1..limit).find(|&i| self.tokens[i].is_punct(')'));
                    match close {
                        Some(close) if close - index <= 12 => {
                            index = close + 1;
                            end = index;
                            continue;
                        }
                        _ => break,
                    }
                }
                if token.first == ','
                    && seen_noun
                    && let Some(after) =
                        self.apposition(index + 1, limit).or_else(|| self.role_apposition(index, limit))
                {
                    index = after;
                    end = after;
                    continue;
                }
                break;
            }
            if let Some(after) = self.domain_end(index, limit) {
                // "laut bildblog.de", "faz.net"
                seen_noun = true;
                index = after;
                end = after;
                continue;
            }
            let tags = token.tags;
            // The linking words checked below are all short and lowercase.
            let link = !token.upper && token.end - token.start <= 4;
            if self.german
                && !seen_noun
                && index > start
                && tags.has(Tags::PREPOSITION)
                && let Some(adjective) = self.participle_attribute(index, limit)
            {
                // "einer am Dienstag veröffentlichten Pressemitteilung"
                index = adjective;
                continue;
            }
            let genitive_article =
                || self.is_any(index, &["des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "aller"]);
            // "des BMI der Verbesserung", "Robert Mugabe der Vorbereitung": a
            // short form or a person's name takes no genitive attribute.
            // Asked only before a German genitive article: worked out for
            // every word, it read the word before each one.
            let named_before = || {
                index >= 2 && {
                    let previous = &self.tokens[index - 1];
                    let short =
                        previous.end - previous.start >= 2 && self.word(index - 1).chars().all(|c| c.is_uppercase());
                    short || previous.upper && self.tokens[index - 2].tags.has(Tags::FEMALE | Tags::MALE)
                }
            };
            let genitive = seen_noun
                && !token.upper
                && (link || self.german && tags.has(Tags::DETERMINER))
                && (tags.has(Tags::DETERMINER) && self.german && genitive_article() && !named_before()
                    || self.is(index, "of")
                    || self.is(index, "von")
                        && index + 1 < limit
                        && (self.tokens[index + 1].upper
                            || self.tokens[index + 1].tags.has(Tags::DETERMINER)
                            || self.is_lowercase_name(index + 1)
                            // "Der Geschäftsführer von „Ener1“": a quoted name.
                            || self.german && self.quoted_name_end(index + 1, limit).is_some())
                    || self.is(index, "vom"));
            // "im indischen Dharamshala": German adjectives may stand before the place.
            let place_name = if self.german { self.after_place_adjectives(index + 1, limit) } else { index + 1 };
            let place = seen_noun
                && link
                && (if self.german {
                    self.is_any(index, &["in", "im", "aus", "bei", "für"])
                } else {
                    self.is_any(index, &["in", "from", "for", "to", "at", "with"])
                })
                && place_name < limit
                && self.is_capitalised_content(place_name)
                // "Ein Regierungssprecher in Berlin", but "Seibert in Berlin"
                // is Seibert.
                && (!self.german
                    || self.tokens[index - 1].tags.has(Tags::ROLE | Tags::BODY)
                    || self.looks_like_noun(index - 1)
                    || self.names_body_before(index, in_attribute)
                    || self.plural_noun_before(index, limit));
            // "one in four" as well as "4 in 10".
            let poll_share = link
                && self.is(index, "in")
                && index > start
                && self.is_number(index - 1)
                && index + 1 < self.tokens.len()
                && (self.tokens[index + 1].first.is_ascii_digit() || self.is_number(index + 1));
            if poll_share {
                // "Six in 10 voters", "4 in 10"
                index += 1;
                continue;
            }
            if seen_noun && end == index && index + 1 < limit && self.is_without_borders(index) {
                index += 2;
                end = index;
                continue;
            }
            if place {
                // "Ein Regierungssprecher in Berlin", "officials in Washington"
                index = place_name + 1;
                end = index;
                continue;
            }
            if seen_noun
                && link
                && let Some(after) = self.own_publication(index, limit)
            {
                index = after;
                end = after;
                continue;
            }
            // "Angaben informierter Kreise", "Berichten britischer Zeitungen":
            // a genitive plural without an article starts with a strong
            // adjective right after the noun.
            let adjective_genitive = self.german
                && seen_noun
                && !in_attribute
                && end == index
                && self.tokens[index - 1].tags.has(Tags::SPEECH_NOUN | Tags::ROLE | Tags::BODY)
                && self.is_modifier(index)
                && self.word(index).ends_with("er")
                && index + 1 < limit
                && self.is_capitalised_content(index + 1);
            // "Mannheims oberster Bürgermeister", "Jelpkes wissenschaftlicher
            // Mitarbeiter": a name in the genitive before the role's adjective
            // is the role's, not a phrase of its own.
            let saxon_genitive = self.german
                && seen_noun
                && !in_attribute
                && end == index
                && index == start + 1
                && self.word(index - 1).ends_with('s')
                && self.is_modifier(index)
                && index + 2 < limit
                && self.is_capitalised_content(index + 1)
                && (index + 1..index + 3).any(|i| self.tokens[i].tags.has(Tags::ROLE));
            if saxon_genitive {
                seen_noun = false;
                index += 1;
                continue;
            }
            if genitive || adjective_genitive {
                // The attribute is a phrase of its own, with its own adjectives:
                // "Sprecher des saudi-arabischen Gesundheitsministeriums".
                seen_noun = false;
                in_attribute = true;
                index += 1;
                continue;
            }
            if self.german && in_attribute && seen_noun && end == index && self.joins_second_source(index, limit) {
                // "Angaben der New York Times und der Los Angeles Times":
                // both are the source; the second is read like the first.
                seen_noun = false;
                index += 1;
                continue;
            }
            // "Two in three said": a share whose numbers are both read as
            // determiners is the whole group.
            if !self.german && !seen_noun && index + 3 <= limit && self.opens_poll_share(index) {
                seen_noun = true;
                index += 3;
                end = index;
                continue;
            }
            if tags.has(Tags::DETERMINER) && !seen_noun {
                index += 1;
                continue;
            }
            if self.is_adverb_of_adjective(index, limit) {
                // "The famously gruff senator", "a newly released email": the
                // adverb grades the adjective after the article, inside the phrase.
                index += 1;
                continue;
            }
            if self.is_capitalised_content(index)
                || seen_noun && end == index && self.is_name_particle(index)
                || (tags.has(Tags::ROLE | Tags::BODY) && !tags.has(Tags::VERB))
                || (seen_noun || index > start && self.is(index - 1, "von")) && self.is_lowercase_name(index)
                // "in einem Bericht vom 22. August 2009": the year completes its date.
                || seen_noun && end == index && self.tokens[index - 1].tags.has(Tags::MONTH) && self.is_number(index)
            {
                seen_noun = true;
                index += 1;
                end = index;
                continue;
            }
            // "Democratic registered voters", "Republican elected officials":
            // these participles before a lowercase noun are its adjectives.
            let adjective = || {
                self.is_any(index, &["registered", "elected"])
                    && self.tokens.get(index + 1).is_some_and(|t| t.is_word() && !t.upper && t.tags.is_empty())
            };
            // "Trump went", "a judge sided": a past tense after an English
            // name or noun is its verb, no part of the phrase.
            let past_tense = !self.german
                && seen_noun
                && !token.upper
                && self.tokens[index - 1].upper
                && (self.word(index).ends_with("ed") || self.is(index, "went"))
                && !adjective();
            if past_tense {
                break;
            }
            // "media reports show", "according to press reports": after a
            // lowercase noun or adjective, "reports" is the noun that ends the
            // phrase, not its verb.
            // "FEC reports show": after a name too, when a cue follows.
            let cue_after = || {
                self.tokens.get(index + 1).is_some_and(|next| next.is_word() && !next.upper && next.tags.has(Tags::CUE))
            };
            let reports_noun = !self.german
                && seen_noun
                && end == index
                && self.is(index, "reports")
                && (!self.tokens[index - 1].upper || cue_after())
                && self.tokens.get(index + 1).is_none_or(|next| {
                    index + 1 >= limit || next.kind == TokenKind::Punct || next.tags.has(Tags::CUE | Tags::VERB)
                });
            if reports_noun {
                index += 1;
                end = index;
                continue;
            }
            if !self.german && seen_noun && end == index {
                let dated = self.participle_date_end(index, limit);
                // "Prime Minister Theresa May": after a name, the capitalised
                // auxiliary is a surname.
                let surname = token.upper
                    && self.is(index, "may")
                    && self.tokens[index - 1].upper
                    && !self.tokens.get(index + 1).is_some_and(|t| t.first.is_ascii_digit());
                if dated > index || surname {
                    index = dated.max(index + 1);
                    end = index;
                    continue;
                }
            }
            // "Sprecher der so genannten „Stadtwache“": in an attribute, the
            // adverb belongs to the participle after it, as in "sogenannten".
            let so_called = self.german
                && in_attribute
                && !seen_noun
                && self.is(index, "so")
                && index + 1 < limit
                && self.word(index + 1).starts_with("genannt");
            if so_called {
                index += 1;
                continue;
            }
            if (self.is_modifier(index) || self.is_ordinal_of_role(index)) && !(self.german && seen_noun) {
                index += 1;
                if !self.german {
                    seen_noun = true;
                    end = index;
                }
                continue;
            }
            break;
        }
        // "Some say", "Many believe": a quantifier that stands for its noun.
        const QUANTIFIERS: [&str; 3] = ["some", "many", "several"];
        if !self.german && end == start && start + 1 == limit && self.is_any(start, &QUANTIFIERS) {
            return Some(start..limit);
        }
        (end > start).then_some(start..end)
    }

    /// "ein Reporter des Senders Sky News aus Leicestershire", "der USGS in
    /// Denver", "Der Bundesgerichtshof (BGH) in Karlsruhe": before the place
    /// at `preposition`, a genitive attribute, an acronym or a short form in
    /// parentheses names a body, not a person who is merely there.
    fn names_body_before(&self, preposition: usize, in_attribute: bool) -> bool {
        let before = preposition - 1;
        in_attribute || self.is_acronym(before) || self.tokens[before].is_punct(')')
    }

    /// "Die Helfer aus Bonn sagten", "wie die Ärzte in Kabul berichten": a
    /// noun after a clause-opening "die" whose phrase a finite plural verb
    /// ends is a plural noun, so the place after it is where a group is
    /// from, where a surname would name one person there. After a verb
    /// ("wir haben die Novelle im Kabinett beschlossen") the phrase is an
    /// object, and before an auxiliary ("…, dass die Novelle im Kabinett
    /// beschlossen wurde") the verb is a participle.
    fn plural_noun_before(&self, preposition: usize, limit: usize) -> bool {
        let noun = preposition - 1;
        if noun == 0 || !self.is(noun - 1, "die") || !self.tokens[noun].upper || self.tokens[noun].quoted {
            return false;
        }
        let opens_clause = noun == 1 || {
            let before = &self.tokens[noun - 2];
            before.kind == TokenKind::Punct
                || before.tags.has(Tags::COMPLEMENTIZER | Tags::SUBORDINATOR | Tags::CONJUNCTION)
                || self.is(noun - 2, "wie")
        };
        let Some(verb) = self.tokens.get(limit).filter(|t| t.is_word() && !t.upper && !t.quoted) else {
            return false;
        };
        let auxiliary_after = self.tokens.get(limit + 1).is_some_and(|t| t.tags.has(Tags::AUXILIARY));
        let lower = self.word(limit).to_lowercase();
        let plural = lower.ends_with("en") || lower.ends_with("ern") || lower.ends_with("eln");
        opens_clause && plural && !auxiliary_after && verb.tags.has(Tags::CUE | Tags::AUXILIARY)
    }

    /// "Ärzte ohne Grenzen", "Reporter ohne Grenzen": at `index`, the
    /// "ohne Grenzen" of a family of organisations' names, not a
    /// preposition after a noun.
    fn is_without_borders(&self, index: usize) -> bool {
        self.german
            && index > 0
            && self.tokens[index - 1].upper
            && self.is(index, "ohne")
            && self.tokens.get(index + 1).is_some_and(|t| t.upper)
            && self.is(index + 1, "grenzen")
    }

    /// A word of two or more capitals: "AFP", "USGS".
    fn is_acronym(&self, index: usize) -> bool {
        let word = self.word(index);
        word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
    }

    /// True when the slash at `index` joins the words on either side without
    /// a space ("a CNN/ORC poll", "9/11 widow"): one name, which PolNeAR
    /// marks whole, not the end of the phrase.
    fn joins_slashed_words(&self, index: usize, limit: usize) -> bool {
        let slash = &self.tokens[index];
        index > 0
            && index + 1 < limit
            && slash.first == '/'
            && slash.end - slash.start == 1
            && self.tokens[index - 1].is_word()
            && self.tokens[index - 1].end == slash.start
            && self.tokens[index + 1].is_word()
            && self.tokens[index + 1].start == slash.end
    }

    /// True when "und" at `index` joins a second genitive attribute or name
    /// to the one before: "der Staatsanwaltschaft und der Polizei", "von
    /// AFP und Reuters".
    fn joins_second_source(&self, index: usize, limit: usize) -> bool {
        if !self.is(index, "und") || index + 2 > limit {
            return false;
        }
        let next = index + 1;
        let name = |i: usize| self.is_capitalised_content(i) && !self.looks_like_noun(i);
        if self.is(next, "der") || self.is(next, "des") {
            let noun = next + 1;
            return noun < limit && (self.tokens[noun].tags.has(Tags::BODY) || name(noun));
        }
        // Bare, both are names and one is an acronym: not "für Sicherheit
        // und Zusammenarbeit", "aus Getreide und Reis".
        name(index - 1) && name(next) && (self.is_acronym(index - 1) || self.is_acronym(next))
    }

    /// The phrase up to an "und" that joins a second source to a genitive
    /// attribute ("Angaben der Polizei und der Feuerwehr"), or the first
    /// of "sowohl … als auch": the first source names the statement. `holder` says the range is itself the
    /// attribute of a source noun ("Angaben von AFP und Reuters").
    pub fn first_source(&self, range: Range<usize>, holder: bool) -> Range<usize> {
        if !self.german {
            return range;
        }
        if range.len() > 2 && self.is(range.start, "sowohl") {
            // "Sowohl die Behörde als auch das Militär": the first is named.
            let first = range.start + 1;
            let end = (first + 1..range.end)
                .find(|&i| self.tokens[i].is_punct(',') || self.is(i, "als"))
                .unwrap_or(range.end);
            return first..end;
        }
        let attribute =
            |k: usize| holder || (range.start + 1..k).any(|i| self.is_any(i, &["der", "des", "von", "vom"]));
        match (range.start + 1..range.end).find(|&k| self.joins_second_source(k, range.end) && attribute(k)) {
            Some(join) => range.start..join,
            None => range,
        }
    }

    /// Where the English time words from `index` end when they date a
    /// participle right before them ("a poll released Friday", "a report
    /// published last year"); `index` when they do not.
    fn participle_date_end(&self, index: usize, limit: usize) -> usize {
        let participle = index - 1;
        if !self.tokens[participle].is_word() || self.tokens[participle].upper || !self.word(participle).ends_with("ed")
        {
            return index;
        }
        let mut end = index;
        while end < limit && self.tokens[end].tags.has(Tags::TIME) {
            end += 1;
        }
        end
    }

    /// The English time words that end at `stop` follow a participle after a
    /// noun, so they belong to the subject: "A report released last year
    /// shows".
    fn dated_participle_before(&self, limit: usize, stop: usize) -> bool {
        let mut first = stop;
        while first > limit && self.tokens[first - 1].tags.has(Tags::TIME) {
            first -= 1;
        }
        first >= limit + 2
            && self.tokens[first - 2].is_word()
            && !self.tokens[first - 1].tags.has(Tags::AUXILIARY | Tags::CUE | Tags::VERB)
            && self.participle_date_end(first, stop) == stop
    }

    /// The dot at `dot` closes an initialism of at least two letters ("U.S.",
    /// "F.A.A.") and a lowercase content word follows it, inside `limit`.
    fn ends_initialism(&self, dot: usize, limit: usize) -> bool {
        if dot < 3 || dot + 1 >= limit {
            return false;
        }
        let inner_dot = &self.tokens[dot - 2];
        let letter_before = &self.tokens[dot - 3];
        let next = &self.tokens[dot + 1];
        inner_dot.is_punct('.')
            && inner_dot.end == self.tokens[dot - 1].start
            && letter_before.end == inner_dot.start
            && letter_before.upper
            && letter_before.end - letter_before.start == 1
            && next.is_word()
            && !next.upper
            && self.is_modifier(dot + 1)
    }

    /// "the F.B.I. said", "the U.S. has said": the last dot of a dotted
    /// initialism belongs to the name, which the phrase ends on.
    fn closes_initialism(&self, dot: usize) -> bool {
        if dot < 3 || !self.tokens[dot].is_punct('.') {
            return false;
        }
        let letter = &self.tokens[dot - 1];
        let inner_dot = &self.tokens[dot - 2];
        let letter_before = &self.tokens[dot - 3];
        let single = |token: &Token| token.is_word() && token.upper && token.end - token.start == 1;
        single(letter)
            && letter.end == self.tokens[dot].start
            && inner_dot.is_punct('.')
            && inner_dot.end == letter.start
            && single(letter_before)
            && letter_before.end == inner_dot.start
    }

    /// A short lowercase name with a digit or a hyphen after a noun: the
    /// broadcasters "n-tv" and "n24" in "ein Reporter des Senders n-tv".
    /// A bare number is no name: "laut Polizei 502 Menschen" counts what
    /// was said.
    fn is_lowercase_name(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        let word = self.word(index);
        token.is_word()
            && !token.upper
            && token.tags.is_empty()
            && word.len() <= 6
            && word.chars().any(|c| c.is_ascii_digit() || c == '-')
            && word.chars().any(char::is_alphabetic)
    }

    /// A number in digits or one of the small numbers in words.
    fn is_number(&self, index: usize) -> bool {
        const SMALL: WordList =
            WordList::new(&["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);
        self.tokens[index].first.is_ascii_digit() || self.is_listed(index, &SMALL)
    }

    /// The end of a web address written as a name ("bildblog.de",
    /// "tagesschau.de"): words and dots with no space between them.
    fn domain_end(&self, index: usize, limit: usize) -> Option<usize> {
        let mut end = index;
        let mut dots = 0;
        while end + 2 < limit.min(self.tokens.len()) + 1 {
            let (word, dot, next) = (&self.tokens[end], self.tokens.get(end + 1), self.tokens.get(end + 2));
            let (Some(dot), Some(next)) = (dot, next) else {
                break;
            };
            let glued = word.end == dot.start && dot.end == next.start;
            if !(word.is_word() && dot.is_punct('.') && next.is_word() && glued) || end + 2 >= limit {
                break;
            }
            dots += 1;
            end += 2;
        }
        let domain = dots > 0
            && !self.tokens[index].first.is_ascii_digit()
            && self.tokens[end].is_word()
            && !self.tokens[end].upper
            && self.tokens[end].end - self.tokens[end].start <= 4;
        domain.then_some(end + 1)
    }

    /// In a German phrase, a prepositional phrase before a participle that
    /// precedes the noun: "am Dienstag" in "einer am Dienstag
    /// veröffentlichten Pressemitteilung". Returns the participle's index.
    fn participle_attribute(&self, preposition: usize, limit: usize) -> Option<usize> {
        let last = (preposition + 7).min(limit.saturating_sub(1));
        for index in preposition + 1..last {
            let token = &self.tokens[index];
            if !token.is_word() {
                return None;
            }
            let next = &self.tokens[index + 1];
            let noun_follows = next.is_word() && next.upper && !next.tags.has(Tags::DETERMINER | Tags::PREPOSITION);
            if self.is_modifier(index) && noun_follows {
                return Some(index);
            }
        }
        None
    }

    /// The end of a short quotation opening at `index` that reads as a name
    /// (one to three capitalised-first words), within `limit`.
    fn quoted_name_end(&self, index: usize, limit: usize) -> Option<usize> {
        let open = &self.tokens[index];
        if open.kind != TokenKind::QuoteMark || !open.quoted {
            return None;
        }
        let run =
            self.tokens[index + 1..limit].iter().take_while(|t| t.quoted && t.kind != TokenKind::QuoteMark).count();
        let close = index + 1 + run;
        let closes =
            self.tokens.get(close).is_some_and(|t| t.kind == TokenKind::QuoteMark && t.quoted) && close < limit;
        let words = self.tokens[index + 1..close].iter().filter(|t| t.is_word()).count();
        let named = self.tokens.get(index + 1).is_some_and(|t| t.upper || t.first.is_ascii_digit());
        (closes && (1..=3).contains(&words) && named).then_some(close + 1)
    }

    /// An apposition after a comma: a name ("…, Klaus Stöhr,") or a role
    /// phrase ("…, the secretary of state,") closed by a comma or the limit.
    /// Returns the index after it.
    fn apposition(&self, from: usize, limit: usize) -> Option<usize> {
        let mut index = from;
        while index < limit
            && index - from < 6
            && (self.is_capitalised_content(index) || index > from && self.is_name_particle(index))
        {
            index += 1;
        }
        let closed = index == limit || self.tokens[index].is_punct(',') || self.tokens[index].tags.has(Tags::CUE);
        (index > from && closed).then_some(index)
    }

    /// In German, where a medium published what it says, which the corpus
    /// marks as part of the source: "die Zeitung in ihrer Onlineausgabe",
    /// "der Verein auf seiner Website". Returns the index after it.
    fn own_publication(&self, preposition: usize, limit: usize) -> Option<usize> {
        const OUTLETS: [&str; 6] = ["ausgabe", "website", "webseite", "internetseite", "homepage", "internetpräsenz"];
        let noun = preposition + 2;
        if !self.german || noun >= limit || !(self.is(preposition, "in") || self.is(preposition, "auf")) {
            return None;
        }
        let own = self.is_any(preposition + 1, &["ihrer", "seiner"]);
        let outlet = self.tokens[noun].is_word() && self.tokens[noun].upper && {
            let word = self.word(noun).to_lowercase();
            OUTLETS.iter().any(|o| word.ends_with(o))
        };
        (own && outlet).then_some(noun + 1)
    }

    /// In German, a role in apposition after a person's name, closed by a
    /// comma, a parenthesis, a cue or the limit: "Karla Wendt, die Leiterin
    /// der Fachstelle," and "Jonas Feldmann, Sprecher der Stadtwerke,".
    /// A relative clause ("Wendt, die sich …") has no role noun and is left
    /// out. Returns the index after the apposition.
    fn role_apposition(&self, comma: usize, limit: usize) -> Option<usize> {
        debug_assert!(self.tokens[comma].is_punct(','));
        let name = comma.checked_sub(1)?;
        let named = self.tokens[name].is_word()
            && self.tokens[name].upper
            && !self.tokens[name].tags.has(Tags::ROLE | Tags::BODY | Tags::SPEECH_NOUN)
            && !self.looks_like_noun(name);
        if !self.german || !named || comma + 1 >= limit {
            return None;
        }
        let phrase = self.phrase_after(comma + 1, limit)?;
        // The role is the apposition's head, before any attribute of its own.
        let head_is_role = phrase
            .clone()
            .skip_while(|&i| self.tokens[i].tags.has(Tags::DETERMINER))
            .take_while(|&i| !self.tokens[i].is_punct(',') && !self.is_any(i, &GERMAN_LINKS))
            .any(|i| self.tokens[i].is_word() && self.tokens[i].tags.has(Tags::ROLE));
        let closed = phrase.end == limit
            || self.tokens[phrase.end].is_punct(',')
            || self.tokens[phrase.end].is_punct(')')
            || self.tokens[phrase.end].tags.has(Tags::CUE);
        (phrase.start == comma + 1 && head_is_role && closed).then_some(phrase.end)
    }

    /// The noun phrase that ends just before `end`, starting no earlier than
    /// `limit`: the subject before a cue.
    pub fn phrase_before(&self, limit: usize, end: usize) -> Option<Range<usize>> {
        let mut stop = end;
        loop {
            // "Prime Minister Theresa May said": after a name, the capitalised
            // auxiliary is a surname.
            let surname = |stop: usize| {
                !self.german
                    && stop > limit + 1
                    && self.tokens[stop - 1].upper
                    && self.is(stop - 1, "may")
                    && self.tokens[stop - 2].upper
            };
            while stop > limit
                && !surname(stop)
                && (self.tokens[stop - 1].tags.has(Tags::AUXILIARY | Tags::ADVERB)
                    // "Scott's family has called": "-ly" nouns are no adverbs.
                    || !self.german
                        && !self.tokens[stop - 1].upper
                        && self.word(stop - 1).ends_with("ly")
                        && !LY_NOUNS.contains(&self.word(stop - 1))
                    // "Carson did not mention", "Trump has not yet responded",
                    // "The agency isn't"
                    || !self.german && self.is_negation(stop - 1))
                && !self.tokens[stop - 1].tags.has(Tags::ROLE)
            {
                stop -= 1;
            }
            if let Some(width) = self.inserted_after_auxiliary(limit, stop) {
                stop -= width;
                continue;
            }
            // "Clinton on Tuesday said", "Trump last week told": a time
            // adverbial between subject and verb.
            // German verb-final clauses do the same: "wie ein Sprecher am
            // Montag erklärte".
            let time = stop > limit + 1 && self.tokens[stop - 1].tags.has(Tags::TIME);
            if !time || !self.german && self.dated_participle_before(limit, stop) {
                break;
            }
            stop -= 1;
            // "Spicer on Thursday evening said": a time of two words.
            if !self.german && stop > limit + 1 && self.tokens[stop - 1].tags.has(Tags::TIME) {
                stop -= 1;
            }
            if self.tokens[stop - 1].tags.has(Tags::PREPOSITION | Tags::TIME) {
                stop -= 1;
            }
        }
        // Start from the clause start and take the longest phrase that reaches `stop`.
        let mut start = limit;
        while start < stop {
            let token = &self.tokens[start];
            // "what Obama says", "where authorities reported": the word
            // opens the clause, and the subject follows it.
            const OPENERS: [&str; 10] =
                ["what", "where", "when", "while", "though", "although", "because", "if", "which", "whom"];
            let skip = token.tags.has(Tags::CONJUNCTION | Tags::COMPLEMENTIZER)
                || !self.german && !token.upper && start + 1 < stop && OPENERS.contains(&self.word(start))
                || token.kind == TokenKind::Punct
                || token.tags.has(Tags::ADVERB) && !token.upper
                // "Yet voters say": a sentence adverb, capitalised at the start.
                || !self.german
                    && start + 1 < stop
                    && (self.is(start, "yet") || self.is(start, "still"));
            if !skip {
                break;
            }
            start += 1;
        }
        // Each start used to walk to its phrase's end on its own, about 45 M
        // instructions on the speeches; the walks that fail meet after a word
        // or two, and each state is walked once.
        let mut walked = Walked { first: start, states: vec![0; stop - start] };
        for from in start..stop {
            if self.german && from > start && self.inside_phrase(start, from) {
                // "mit rechtlichen Mitteln", "anlässlich der Eröffnung": the
                // tail of a prepositional or longer phrase is no subject.
                continue;
            }
            if let Some(range) = self.walk_phrase(from, stop, &mut walked)
                && range.end == stop
            {
                let relative = stop - 1;
                if !self.german && range.len() > 1 && self.is_any(relative, &["who", "which"]) {
                    // "Clinton supporters who had hoped": PolNeAR marks the
                    // relative pronoun, which is resolved to the phrase before it.
                    return Some(relative..stop);
                }
                let range = self.with_coordinate(start, range);
                let range = self.with_head_before(start, range);
                let range = self.with_german_head(start, range);
                let range = self.with_age_group(start, range);
                let range = self.with_partitive(limit, range);
                let range = self.with_quantifier(limit, range);
                // "All the attendees", "Both the Times and the Journal": the
                // word before the article belongs to the subject.
                let whole = !self.german && range.start > start && self.is_any(range.start - 1, &["all", "both"]);
                return Some(if whole { range.start - 1..range.end } else { range });
            }
            if self.german && from == start {
                // German puts one phrase before the verb; if it does not reach the
                // verb, only a shorter tail can be the subject.
                continue;
            }
        }
        None
    }

    /// "Federal Election Commission records compiled by the Center for
    /// Responsive Politics show", "A CNN/ORC poll showed": an English
    /// phrase found after a preposition or slash is the tail of the subject
    /// that opens the clause, and PolNeAR marks that whole subject.
    fn with_head_before(&self, clause_start: usize, phrase: Range<usize>) -> Range<usize> {
        if self.german || phrase.start <= clause_start || phrase.start - clause_start > 24 {
            return phrase;
        }
        // "It has been reported that the Commander of the Garrison in …": the
        // subject opens after the "that" of a report.
        let reported = (clause_start + 1..phrase.start).rev().find(|&i| {
            let before = &self.tokens[i - 1];
            self.is(i, "that")
                && before.is_word()
                && !before.upper
                && (before.tags.has(Tags::CUE) || self.word(i - 1).ends_with("ed"))
        });
        let start = reported.map_or(clause_start, |that| that + 1);
        if phrase.start <= start || phrase.start - start > 16 {
            return phrase;
        }
        // "Executives who have worked with the firm say", "those who back
        // her opponents say": a relative clause inside the subject, whose
        // verbs are its own.
        let relative = (start + 1..phrase.start)
            .find(|&i| (self.is_any(i, &ENGLISH_RELATIVES) || self.is(i, "that")) && self.tokens[i - 1].is_word())
            .filter(|&i| !self.tokens[i - 1].tags.has(Tags::CUE | Tags::VERB | Tags::AUXILIARY))
            // Not "a state that she": the phrase is then the relative clause's
            // own subject.
            .filter(|&i| {
                let next = &self.tokens[i + 1];
                i + 1 < phrase.start && !next.upper && !next.tags.has(Tags::PRONOUN | Tags::DETERMINER)
            });
        // Words, not tokens: "U.S." is four tokens; and a name of several
        // capitalised words is one ("the Commander of the Varlo People's
        // Liberation Army Garrison").
        let words_before = (start..phrase.start)
            .filter(|&i| {
                let token = &self.tokens[i];
                let in_name = i > start && token.upper && self.tokens[i - 1].upper && self.tokens[i - 1].is_word();
                token.is_word() && !in_name
            })
            .count();
        if relative.is_none() && words_before > 8 {
            return phrase;
        }
        // Not "hours after Sanders" or "an effort to recruit pastors": those
        // phrases are adjuncts or clauses of their own.
        const LINKS: [&str; 9] = ["of", "by", "from", "in", "at", "for", "on", "among", "with"];
        let joint = phrase.start - 1;
        // "The deputy head of the delegation to the forum": "to" links a
        // named or determined phrase, not a verb ("an effort to recruit").
        let to_phrase = self.is(joint, "to")
            && (self.tokens[phrase.start].upper || self.tokens[phrase.start].tags.has(Tags::DETERMINER));
        let linked = self.tokens[joint].is_punct('/')
            || self.is_any(joint, &LINKS)
            || to_phrase
            || relative.is_some()
            // "People close to the Clintons"
            || self.is(joint, "to") && self.is(joint - 1, "close");
        // "At least half of voters in each state"
        let at_least = self.is(start, "at") && self.is(start + 1, "least");
        let opener = &self.tokens[start];
        if !linked || !opener.is_word() || opener.tags.has(Tags::PREPOSITION) && !at_least {
            return phrase;
        }
        let not_in_subject = Tags::VERB
            | Tags::AUXILIARY
            | Tags::CUE
            | Tags::PRONOUN
            | Tags::COMPLEMENTIZER
            | Tags::CONJUNCTION
            | Tags::TIME
            | Tags::ADVERB
            | Tags::ANAPHOR;
        // "Surveys conducted by …" belongs to the subject, "a judge ruled in
        // …" has the verb.
        // "People briefed on the talks say": a participle with its
        // preposition modifies the subject.
        const PARTICIPLE_LINKS: [&str; 6] = ["by", "on", "with", "to", "about", "for"];
        // "released Sunday by": the day may come between.
        let linked = |i: usize| {
            self.is_any(i + 1, &PARTICIPLE_LINKS)
                || self.tokens.get(i + 1).is_some_and(|t| t.tags.has(Tags::TIME))
                    && self.is_any(i + 2, &PARTICIPLE_LINKS)
        };
        let verb = |i: usize| {
            !self.tokens[i].upper && self.word(i).ends_with("ed") && !linked(i)
                || self.is_negation(i)
                || self.is_any(i, &ENGLISH_RELATIVES)
        };
        let subject = (start..phrase.start).all(|i| {
            let t = &self.tokens[i];
            let in_relative = relative.is_some_and(|r| i >= r) && t.is_word();
            // "A poll released Sunday by …": the day of a participle.
            let dated = i > start && t.tags.has(Tags::TIME) && self.word(i - 1).ends_with("ed");
            !t.quoted
                && (in_relative
                    || t.is_word() && (!t.tags.has(not_in_subject) || dated) && !verb(i)
                    || t.is_punct('/')
                    || t.is_punct('-')
                    // "U.S. officials"
                    || t.is_punct('.') && i > start && self.tokens[i - 1].end == t.start)
        });
        if subject { start..phrase.end } else { phrase }
    }

    /// "Politiker aus anderen Parteien kritisierten", "Die Behörden vor Ort
    /// teilten mit": a German phrase found after a preposition whose own
    /// head opens the clause is the tail of the subject, which the gold
    /// marks whole; the head must reach the preposition, and only articles
    /// and adjectives stand between it and the tail.
    fn with_german_head(&self, start: usize, phrase: Range<usize>) -> Range<usize> {
        const QUANTIFIERS: [&str; 9] =
            ["andere", "anderen", "manche", "manchen", "zahlreiche", "wenige", "mehrere", "einige", "viele"];
        if !self.german || phrase.start <= start {
            return phrase;
        }
        // "Andere Quellen berichteten", "37 Prozent sagten": the word that
        // counts the speakers is part of the phrase the gold marks.
        let counted = phrase.start - 1;
        // A count of one to three digits before a noun, not a year ("2007
        // seinen Rücktritt") nor a number in a name ("Kammer 10 des …").
        let number = self.word(counted).len() <= 3
            && self.word(counted).bytes().all(|b| b.is_ascii_digit())
            && !self.tokens[phrase.start].tags.has(Tags::DETERMINER)
            && (counted == start || !self.tokens[counted - 1].upper);
        let phrase = if self.tokens[counted].is_word() && (number || self.is_any(counted, &QUANTIFIERS)) {
            counted..phrase.end
        } else {
            phrase
        };
        if phrase.start <= start + 1 || self.tokens[start].tags.has(Tags::PREPOSITION) {
            return phrase;
        }
        // The head names something: not "der in einer ersten Stellungnahme
        // …", where a relative pronoun opens the clause.
        let Some(head) = self.phrase_after(start, phrase.start).filter(|head| {
            head.start == start
                && head.clone().any(|i| self.tokens[i].upper && self.tokens[i].is_word())
                && !head.clone().any(|i| self.tokens[i].tags.has(Tags::PREPOSITION))
        }) else {
            return phrase;
        };
        let preposition = head.end;
        let joined = preposition < phrase.start
            && self.tokens[preposition].is_word()
            && self.tokens[preposition].tags.has(Tags::PREPOSITION)
            && (preposition + 1..phrase.start).all(|i| {
                self.tokens[i].is_word()
                    && (self.tokens[i].tags.has(Tags::DETERMINER | Tags::NO_NAME) || self.is_modifier(i))
            });
        if joined { start..phrase.end } else { phrase }
    }

    /// "Those over 60 say", "voters aged 18 to 29 said": the walk ends the
    /// subject at the age, a number that is no one; PolNeAR marks the
    /// group the age bounds, which is the word before the preposition.
    fn with_age_group(&self, start: usize, range: Range<usize>) -> Range<usize> {
        const AGE_PREPOSITIONS: [&str; 5] = ["over", "under", "above", "below", "aged"];
        if self.german || range.len() != 1 || !self.is_number(range.start) {
            return range;
        }
        let span_of_ages =
            range.start >= start + 2 && self.is(range.start - 1, "to") && self.is_number(range.start - 2);
        let age = if span_of_ages { range.start - 2 } else { range.start };
        if age < start + 2 || !self.is_any(age - 1, &AGE_PREPOSITIONS) {
            return range;
        }
        let group = age - 2;
        let noun = &self.tokens[group];
        if !noun.is_word() || noun.quoted || self.is_number(group) {
            return range;
        }
        group..range.end
    }

    /// "About 4 in 10 say", "more than half of voters said": PolNeAR's
    /// source keeps the word that makes a share approximate, which the
    /// phrase leaves out as an adverb or preposition.
    fn with_quantifier(&self, limit: usize, range: Range<usize>) -> Range<usize> {
        if self.german || !self.is_share(range.start, range.end) || range.start <= limit {
            return range;
        }
        let before = range.start - 1;
        if self.quantifier_words(before) == 1 {
            return before..range.end;
        }
        if before > limit && self.quantifier_words(before - 1) == 2 {
            return before - 1..range.end;
        }
        range
    }

    /// "after some of her followers attacked", "85% of Democrats said": the
    /// quantifier before "of" is part of PolNeAR's source, which the phrase
    /// leaves out. Not after a verb ("rated 22% of the claims as false"),
    /// whose object the words are.
    fn with_partitive(&self, limit: usize, range: Range<usize>) -> Range<usize> {
        const WORDS: [&str; 7] = ["some", "many", "most", "all", "none", "half", "percent"];
        if self.german || range.start < limit + 2 || !self.is(range.start - 1, "of") {
            return range;
        }
        let last = range.start - 2;
        let percent = self.tokens[last].is_punct('%')
            && last > limit
            && self.tokens[last - 1].end == self.tokens[last].start
            && self.is_number(last - 1);
        let first = if percent {
            last - 1
        } else if self.is_any(last, &WORDS) {
            if self.is(last, "percent") && last > limit && self.is_number(last - 1) { last - 1 } else { last }
        } else {
            return range;
        };
        if self.is(first, "percent") {
            return range;
        }
        // Nor after "of" ("reeks of some of the greatest fear"), which makes
        // the whole an attribute.
        let after_verb = first > 0 && {
            let previous = &self.tokens[first - 1];
            previous.is_word()
                && (previous.tags.has(Tags::VERB | Tags::CUE | Tags::AUXILIARY)
                    || self.word(first - 1).ends_with("ed")
                    || self.is(first - 1, "of"))
        };
        if after_verb { range } else { first..range.end }
    }

    fn is_share(&self, index: usize, end: usize) -> bool {
        const SHARES: [&str; 4] = ["third", "quarter", "fifth", "majority"];
        index < end
            && (self.is_number(index)
                || self.is(index, "half")
                || self.is(index, "a") && index + 1 < end && self.is_any(index + 1, &SHARES))
    }

    /// The words of an approximating quantifier that opens `range` ("about",
    /// "more than") before a share: they name no one, so a name is read
    /// after them. `approximating` is `quantifier_words(range.start)`.
    fn quantifier_len(&self, range: Range<usize>, approximating: usize) -> usize {
        if approximating > 0 && self.is_share(range.start + approximating, range.end) { approximating } else { 0 }
    }

    /// The words of an approximating quantifier ("about", "more than", "at
    /// least") that opens at `start`, or 0.
    fn quantifier_words(&self, start: usize) -> usize {
        if self.is_listed(start, &APPROXIMATING) {
            return 1;
        }
        let than = self.is_listed(start, &COMPARATIVES) && self.is(start + 1, "than");
        let least = self.is(start, "at") && self.is(start + 1, "least");
        if than || least { 2 } else { 0 }
    }

    /// The width of the words that stand between an English auxiliary and
    /// the verb ending at `stop`: a floated quantifier or an adverb ("have
    /// both argued", "has nevertheless called") or a short adverbial phrase
    /// ("have in the past said", "have in particular noted"), none of them
    /// part of the subject before the auxiliary.
    fn inserted_after_auxiliary(&self, limit: usize, stop: usize) -> Option<usize> {
        const INSERTED: [&str; 8] = ["both", "all", "each", "nevertheless", "sometimes", "always", "since", "indeed"];
        if self.german || stop < limit + 2 {
            return None;
        }
        // "is among those who say": a relative pronoun opens a clause of its own.
        let lowercase_word = |i: usize| {
            self.tokens[i].is_word()
                && !self.tokens[i].upper
                && !self.tokens[i].quoted
                && !self.is_any(i, &["who", "which", "that", "whom"])
        };
        let width = if self.is_any(stop - 1, &INSERTED) {
            1
        } else {
            // "in fact", "in the past": a preposition, a determiner at most,
            // and a word.
            (2..=3).find(|&width| {
                stop > limit + width
                    && (stop - width..stop).all(lowercase_word)
                    && self.tokens[stop - width].tags.has(Tags::PREPOSITION)
                    && (width == 2 || self.tokens[stop - 2].tags.has(Tags::DETERMINER))
            })?
        };
        let before = stop - width - 1;
        (lowercase_word(stop - 1) && self.tokens[before].tags.has(Tags::AUXILIARY)).then_some(width)
    }

    /// An English negation or auxiliary between a subject and its verb.
    fn is_negation(&self, index: usize) -> bool {
        let word = self.word(index);
        ["not", "never", "yet", "being"].contains(&word) || word.ends_with("n't") || word.ends_with("n’t")
    }

    /// True when the words before `from`, back to `start`, open a phrase
    /// that `from` continues: a determiner or preposition, with only
    /// lowercase modifiers between.
    fn inside_phrase(&self, start: usize, from: usize) -> bool {
        if self.tokens[from].tags.has(Tags::PRONOUN) {
            // "bei dem sie gesagt hatte": a pronoun is a phrase of its own.
            return false;
        }
        let mut index = from;
        while index > start && self.is_modifier(index - 1) {
            index -= 1;
        }
        index > start
            && self.tokens[index - 1].is_word()
            && self.tokens[index - 1].tags.has(Tags::DETERMINER | Tags::PREPOSITION)
    }

    /// "attorneys and legal experts", "Merkel sowie Stoiber": the phrase with
    /// the one joined to it before, when that one starts no earlier than
    /// `start`.
    fn with_coordinate(&self, start: usize, phrase: Range<usize>) -> Range<usize> {
        const JOINS: [&str; 5] = ["and", "or", "und", "oder", "sowie"];
        // "Politicians and even some technologists": an adverb after the
        // conjunction, which the phrase found skipped.
        let mut join = phrase.start.saturating_sub(1);
        while !self.german && join > start && self.is_any(join, &["even", "also"]) && !self.tokens[join].upper {
            join -= 1;
        }
        if join < start + 1 || !self.is_any(join, &JOINS) {
            return phrase;
        }
        let first = (start..join).find_map(|from| self.phrase_after(from, join).filter(|r| r.end == join));
        first.map_or(phrase.clone(), |first| first.start..phrase.end)
    }

    /// A capitalised word that is a place or has the ending of a German
    /// common noun rather than of a surname.
    pub fn looks_like_noun(&self, index: usize) -> bool {
        // Not "-er" or "-e": Müller, Schröder and Lange are surnames.
        const ENDINGS: [&str; 13] =
            ["ung", "heit", "keit", "schaft", "ion", "tät", "ismus", "ten", "nen", "den", "um", "tum", "nis"];
        let token = &self.tokens[index];
        if token.tags.has(Tags::PLACE) {
            return true;
        }
        // Adjectives and participles opening a sentence: "Besorgt zeigte sich …".
        const ADJECTIVE_ENDINGS: [&str; 8] = ["lich", "isch", "ig", "bar", "gemäß", "weise", "sam", "haft"];
        const PARTICIPLE_PREFIXES: [&str; 6] = ["Be", "Er", "Ent", "Ver", "Ge", "Zer"];
        let word = self.word(index);
        let participle = word.ends_with('t') && PARTICIPLE_PREFIXES.iter().any(|p| word.starts_with(p));
        // The last byte rules out most endings before any comparison: a
        // compiler that calls the test per ending compares by `memcmp` (12 M
        // instructions on the German gold news in one build).
        let last = word.as_bytes().last();
        let ends_with = |ending: &&str| ending.as_bytes().last() == last && word.ends_with(ending);
        word.chars().all(|c| c.is_alphabetic() || c == '-')
            && (participle || ENDINGS.iter().chain(&ADJECTIVE_ENDINGS).any(ends_with))
    }

    /// A dot right after a one-letter capital with a capitalised word after
    /// it: the initial of a name.
    fn is_initial_dot(&self, index: usize) -> bool {
        let (Some(previous), Some(next)) = (index.checked_sub(1).map(|i| &self.tokens[i]), self.tokens.get(index + 1))
        else {
            return false;
        };
        self.tokens[index].is_punct('.')
            && previous.is_word()
            && previous.upper
            && previous.end - previous.start == 1
            && previous.end == self.tokens[index].start
            && next.is_word()
            && next.upper
    }

    /// "seiner Meinung", "ihren eigenen Angaben", "his view": a possessive,
    /// lowercase modifiers, and a source noun.
    fn is_possessive_source(&self, range: Range<usize>) -> bool {
        if range.len() < 2 || !self.tokens[range.end - 1].tags.has(Tags::SPEECH_NOUN) {
            return false;
        }
        let first = self.word(range.start).to_lowercase();
        let between = range.start + 1..range.end - 1;
        possessive(&first).is_some() && between.into_iter().all(|i| self.tokens[i].is_word() && !self.tokens[i].upper)
    }

    /// In a phrase headed by a source noun with a genitive or "von"
    /// attribute ("Angaben des Sprechers des Ministeriums", "Berichten der
    /// Zeitung"), the attribute's tokens: who gave the information.
    pub fn source_holder(&self, range: Range<usize>) -> Option<Range<usize>> {
        let head = range.clone().find(|&i| self.tokens[i].is_word() && self.tokens[i].upper)?;
        if !self.tokens[head].tags.has(Tags::SPEECH_NOUN) {
            return None;
        }
        let link = head + 1;
        let links = ["des", "der", "von", "vom", "of", "from", "by"];
        let linked = link + 1 < range.end && links.iter().any(|l| self.is(link, l));
        let from = if self.is(link, "von") || self.is(link, "of") || self.is(link, "by") { link + 1 } else { link };
        linked.then_some(from..range.end)
    }

    /// The token that attaches an attribute to the phrase's head, after its
    /// first capitalised word: "von", "des", "of", a comma, a parenthesis.
    fn attribute_start(&self, range: Range<usize>) -> Option<usize> {
        let first = range.clone().find(|&i| self.tokens[i].is_word() && self.tokens[i].upper)?;
        let links: &[&str] = if self.german { &GERMAN_LINKS } else { &ENGLISH_LINKS };
        (first + 1..range.end).find(|&i| {
            let token = &self.tokens[i];
            token.is_punct(',')
                || token.is_punct('(')
                || token.is_word() && !token.upper && links.iter().any(|l| self.word(i).eq_ignore_ascii_case(l))
        })
    }

    /// The name among a mention's runs of capitalised words: the one in the
    /// phrase's head, not in an attribute ("Patrick Kamanda von der
    /// Umweltbehörde"), and after a role when one comes first ("Human Rights
    /// Watch-Sprecher Malinowski"); else the longest.
    fn head_name(&self, runs: &[Range<usize>], range: Range<usize>, role: Option<usize>) -> Option<Range<usize>> {
        if let Some(last) = runs.last()
            && last.end == range.end
            && last.start > range.start
            && self.tokens[last.start - 1].is_punct(',')
        {
            // "der Sprecher der Bewegung, Ehsanullah Ehsan": a name in
            // apposition names the one the role describes.
            return Some(last.clone());
        }
        let end = range.end;
        let link = self.attribute_start(range);
        let in_head = |r: &&Range<usize>| link.is_none_or(|l| r.end <= l);
        // "former Valdor adviser Tom Harlow": a run before another role word
        // describes that role; the name is the run after the last of them.
        let describes_a_role = |at: usize| {
            let next = runs.get(at + 1).map_or(end, |r| r.start);
            // A few words of a title ("campaign chief", "Gov."), not a
            // clause ("isn't kowtowing to … candidate") nor a list.
            const TITLE_WORDS: usize = 3;
            let between = runs[at].end..next;
            let of_a_title = |i: usize| {
                let token = &self.tokens[i];
                let linking = Tags::CONJUNCTION | Tags::PREPOSITION | Tags::PRONOUN;
                // "Gov.": an abbreviation's dot.
                token.is_word() && !token.tags.has(linking) || token.is_punct('.')
            };
            between.len() <= TITLE_WORDS
                && between.clone().any(|i| self.tokens[i].tags.has(Tags::ROLE))
                && between.clone().all(of_a_title)
        };
        let after_role = role.and_then(|role| {
            (0..runs.len()).find(|&at| runs[at].start > role && in_head(&&runs[at]) && !describes_a_role(at))
        });
        if let Some(at) = after_role {
            return Some(runs[at].clone());
        }
        let head = runs.iter().filter(in_head).max_by_key(|r| (r.len(), r.start));
        head.or_else(|| runs.iter().max_by_key(|r| (r.len(), r.start))).cloned()
    }

    /// Reads a mention's tokens apart into name, role and kind.
    /// A German phrase with an age ("56-jährige", "58-Jährige") and no
    /// person's name in it.
    fn is_aged_description(&self, range: Range<usize>, name: Option<Range<usize>>) -> bool {
        if !self.german || range.len() > 4 {
            return false;
        }
        let age = range.clone().any(|i| {
            let word = self.word(i);
            let after_number = i > range.start && self.tokens[i - 1].first.is_ascii_digit();
            (word.contains("jährig") || word.contains("Jährig"))
                && (self.tokens[i].first.is_ascii_digit() || after_number)
        });
        // "der 33-jährige Lukas Brenner": a first name before the head word.
        let named = name.is_some_and(|n| {
            let before = n.start.checked_sub(1).filter(|&b| b >= range.start).map(|b| &self.tokens[b]);
            n.len() > 1 || before.is_some_and(|t| t.upper && t.is_word() && !t.tags.has(Tags::DETERMINER))
        });
        age && !named
    }

    /// True when the English word at `index`, in bare "-s", reads as a
    /// first name before a surname ("Chris Nolan", "Douglas J. Brand"), not
    /// as a place before a title ("Kansas Senator …"), a plural run into a
    /// headline's name ("Voters Ana Reyes") or "Los" opening a place: an
    /// English possessive has its apostrophe.
    fn english_first_name_in_s(&self, index: usize, end: usize) -> bool {
        const PLURAL_ENDINGS: [&str; 9] = ["ions", "ies", "ers", "ats", "ans", "ents", "ists", "ors", "ss"];
        // Sentence words a headline runs into a name: "Plus Democrats", "Perhaps Valdoria".
        const NOT_NAMES: [&str; 8] = ["plus", "besides", "perhaps", "thus", "always", "sometimes", "unless", "whereas"];
        let token = &self.tokens[index];
        let word = self.word(index);
        let next_is_name = index + 1 < end && {
            let next = &self.tokens[index + 1];
            next.upper && next.is_word() && !next.tags.has(Tags::ROLE | Tags::BODY)
        };
        token.tags.is_empty()
            && next_is_name
            && word.len() >= 4
            && word.ends_with('s')
            && !word.contains(['\'', '’'])
            && !self.is_any(index, &NOT_NAMES)
            && !PLURAL_ENDINGS.iter().any(|ending| word.ends_with(ending))
    }

    pub fn read(&self, range: Range<usize>) -> Reading {
        if self.german || range.is_empty() {
            return self.read_one(range, 0);
        }
        // Found once for the share and the reading, which had each looked
        // the words up again (three times a reading).
        let approximating = self.quantifier_words(range.start);
        let share_alone = self.poll_share_after(range.clone(), approximating)
            && range.end == range.start + approximating + POLL_SHARE_WORDS;
        let mut reading = self.read_english_name(range.clone(), approximating);
        if reading.name.is_some()
            && let Some(office) = self.office_held_at(range)
        {
            // "the Commander of the Varlo Garrison in the Nordland SAR": the
            // place or body belongs to the office, whose holder is not named.
            reading.kind = MentionKind::Description;
            reading.head = Some(office.start);
            reading.role = Some(office);
            reading.name = None;
            return reading;
        }
        if share_alone {
            // "Two in three", "Six in 10": a group, neither "Six" nor a role.
            reading.kind = MentionKind::Other;
            reading.name = None;
            reading.role = None;
        }
        if let Some(role) = reading.role.clone() {
            reading.role = self.past_thing_of(role);
        }
        if reading.role.clone().is_some_and(|role| self.is_no_role(role, reading.head)) {
            reading.role = None;
        }
        if let (Some(role), Some(name)) = (reading.role.clone(), reading.name.clone())
            && self.names_a_thing(name.clone())
        {
            if name.start >= role.end {
                reading.role = self.role_of_a_things_person(role);
            } else if name.start <= role.start && role.end < name.end {
                // "the President of the General Assembly", named as the
                // office: the role is the title alone.
                reading.role = Some(self.before_complement(role));
            }
        } else if let Some(role) = reading.role.clone()
            && reading.kind == MentionKind::Body
            && reading.name.is_none()
            && reading.head == Some(role.end)
        {
            // "the President of the General Assembly": a title handed on to
            // the body whose head ends the mention.
            reading.role = self.role_of_a_things_person(role);
        }
        reading
    }

    /// For an English mention that is an office with the place or body it
    /// is held at and no person's name ("the Commander of the Varlo Harbour
    /// Garrison in the Nordland SAR", "a co-chairman of the Progress
    /// Caucus", "the President of France"), the office and its complement
    /// after the article. The complement holds an article or names only
    /// places, so "the President of Nordland Tom Harlow" is not one.
    fn office_held_at(&self, range: Range<usize>) -> Option<Range<usize>> {
        const INNER: [&str; 5] = ["of", "in", "the", "and", "at"];
        let token = |i: usize| &self.tokens[i];
        if range.len() < 4 || !token(range.start).tags.has(Tags::DETERMINER) {
            return None;
        }
        let link = (range.start + 1..range.end)
            .find(|&i| !token(i).upper && token(i).is_word() && self.is_any(i, &OFFICE_LINKS))?;
        let office = range.start + 1..link;
        let last = link.checked_sub(1).filter(|&last| last > range.start)?;
        // "the House of Representatives", "the State of Israel": role words
        // that name a body or a field are no office here.
        let titled =
            token(last).tags.has(Tags::ROLE) && !self.is_any(last, &FIELD_ROLE_WORDS) && !self.is(last, "house")
                || is_general_title(self.word(last))
                || self.is_listed(last, &BODYS_PEOPLE);
        let plain_word = |i: usize| token(i).is_word() && !token(i).tags.has(Tags::CONJUNCTION | Tags::DETERMINER);
        if !titled || !office.clone().all(plain_word) {
            return None;
        }
        let complement = link + 1..range.end;
        let complement_word = |i: usize| token(i).is_word() && (token(i).upper || self.is_any(i, &INNER));
        let capitalised = |i: usize| token(i).is_word() && token(i).upper;
        if !complement.clone().all(complement_word) || !complement.clone().any(capitalised) {
            return None;
        }
        // "of the Nordland SAR", "for Foreign Affairs of the Republic": a
        // person's name takes no article.
        let determined = complement.clone().any(|i| token(i).tags.has(Tags::DETERMINER));
        let places = complement.clone().filter(|&i| capitalised(i)).all(|i| token(i).tags.has(Tags::PLACE));
        // "the Governor of the Bank of England Nora Lind" names the holder.
        if !(determined || places) || self.person_after_role_complement(range.clone()).is_some() {
            return None;
        }
        Some(office.start..range.end)
    }

    /// The text of a role as a list of offices gives it. A German role read
    /// in the genitive is put in the nominative: its head noun and the
    /// adjectives before it that agree with it ("des künstlerischen Leiters"
    /// is "künstlerischer Leiter"), while an attribute after the head keeps
    /// its case ("Sprecher des Ministeriums"). A German office is named by a
    /// noun, and nouns are capitalised: words without a capital left before
    /// a name (an adjective, a number) are no role.
    pub fn role_text(&self, role: Range<usize>) -> Option<String> {
        let text = &self.text[self.tokens[role.start].start..self.tokens[role.end - 1].end];
        if !self.german {
            return Some(text.to_string());
        }
        if !text.chars().any(char::is_uppercase) {
            return None;
        }
        let attribute = (role.start + 1..role.end)
            .find(|&i| !self.tokens[i].is_word() || self.tokens[i].tags.has(Tags::DETERMINER | Tags::PREPOSITION))
            .unwrap_or(role.end);
        let head = (role.start..attribute).rev().find(|&i| self.tokens[i].tags.has(Tags::ROLE));
        let Some((head, stem)) =
            head.and_then(|h| Some((h, Lexicon::for_language("de").role_in_nominative(self.word(h))?)))
        else {
            return Some(text.to_string());
        };
        // The genitive's "-en" before a masculine head is the strong
        // nominative's "-er": "ehemaligen Richters", "ehemaliger Richter".
        // Before a head in "-e", which may be a woman's as well as a man's
        // ("Vorsitzende", "Abgeordnete"), it is the ending both share after
        // the article: "stellvertretenden Vorsitzenden", "stellvertretende
        // Vorsitzende".
        let agrees = |i: usize| {
            let word = self.word(i);
            let token = &self.tokens[i];
            token.is_word()
                && !token.upper
                && !token.tags.has(Tags::DETERMINER | Tags::PREPOSITION | Tags::ADVERB | Tags::CONJUNCTION)
                && word.strip_suffix("en").is_some_and(|stem| stem.chars().count() >= 3)
        };
        let first_adjective = (role.start..head).rev().take_while(|&i| agrees(i)).last().unwrap_or(head);
        let mut read = String::with_capacity(text.len());
        let offset = self.tokens[role.start].start;
        read.push_str(&self.text[offset..self.tokens[first_adjective].start]);
        let strong = !stem.ends_with('e');
        for i in first_adjective..head {
            let word = self.word(i);
            read.push_str(&word[..word.len() - 1]);
            if strong {
                read.push('r');
            }
            read.push_str(&self.text[self.tokens[i].end..self.tokens[i + 1].start]);
        }
        read.push_str(stem);
        read.push_str(&self.text[self.tokens[head].end..self.tokens[role.end - 1].end]);
        Some(read)
    }

    /// The English role before the name of a place, body, event or
    /// document, when it names a person's: the role words before a
    /// dangling link, whose complement the name is ("the President of the
    /// Valdorian Republic" is a president). None when the words hold no
    /// role word, since they then describe the thing named ("the 1997
    /// Human Development Report", "the recent World Summit", "the new
    /// Government of Valdoria").
    fn role_of_a_things_person(&self, role: Range<usize>) -> Option<Range<usize>> {
        // Nouns for persons at a body that the lexicon holds no role for:
        // "the head of the Nordland Institute", "members of the Union".
        let titled = |i: usize| self.tokens[i].tags.has(Tags::ROLE) || is_general_title(self.word(i));
        // "the timing of this General Assembly": a title inside the name's
        // words is none of the role's.
        let person = self.before_complement(role.clone());
        let last = person.end - 1;
        // "a member of the Union", but not "the 33 member States of …".
        let linked = person.end < role.end;
        let bodys_person = linked && !self.tokens[last].upper && self.is_listed(last, &BODYS_PEOPLE);
        (bodys_person || person.clone().any(titled)).then_some(person)
    }

    /// An English role without the link that hands it on to a place's or
    /// body's name and the words of that name read into it: "Minister for
    /// Foreign Affairs of the" is "Minister for Foreign Affairs", "President
    /// of the General" is "President".
    fn before_complement(&self, role: Range<usize>) -> Range<usize> {
        let complement_word = |i: usize| self.tokens[i].tags.has(Tags::DETERMINER) || self.tokens[i].upper;
        let link = (role.start + 1..role.end)
            .rev()
            .take_while(|&i| complement_word(i) || self.is_any(i, &["of", "to", "for"]))
            .find(|&i| self.is_any(i, &["of", "to", "for"]));
        link.map_or(role.clone(), |link| role.start..link)
    }

    /// True when an English name is that of a place, body, event or
    /// document, not of a person ("economist Nora Lind" keeps her role).
    fn names_a_thing(&self, name: Range<usize>) -> bool {
        let institution_word = |i: usize| {
            self.tokens[i].tags.has(Tags::BODY) || self.is_listed(i, &INSTITUTIONS) || self.is_listed(i, &BODY_ENDINGS)
        };
        // "the Government of Valdoria", but not "Indo-Pacific Command Tom
        // Harlow", whose name follows the body's.
        let heads_name = |i: usize| institution_word(i) && (i + 1 == name.end || self.is(i + 1, "of"));
        let place = name.clone().all(|i| self.tokens[i].tags.has(Tags::PLACE));
        let words: Vec<&str> = name.clone().map(|i| self.word(i)).collect();
        place || name.clone().any(heads_name) || non_person_name(&words)
    }

    /// [`Phrases::read_one`] with an English name completed: a list's first
    /// member, a hyphenated title taken out, an institution in full.
    fn read_english_name(&self, range: Range<usize>, approximating: usize) -> Reading {
        let mut reading = self.read_one(range.clone(), approximating);
        if reading.name.is_some()
            && let Some(first) = self.first_member(range.clone())
            && let Some(name) = self.member_name(first)
        {
            // "The United States of America, the Green Hand group and the
            // United Nations": a list is named by its first member in full.
            reading.name = Some(name);
            return reading;
        }
        if let Some((role, name)) = self.person_after_role_complement(range.clone()) {
            // "the Nordland Ambassador to China Tom Harlow": the place or
            // body the role is held at belongs to the role.
            reading.kind = MentionKind::Person;
            reading.role = Some(role);
            reading.name = Some(name);
            return reading;
        }
        // "Secretary-General Nora Lind", "UN Secretary-General Nora Lind",
        // "President-elect Tom Harlow": the hyphenated title, and the body
        // named before it, are the role, not the first names.
        const BODY_WORDS_BEFORE_TITLE: usize = 3;
        if let Some(name) = reading.name.clone()
            && let Some(title) = (name.start..name.end.saturating_sub(1))
                .take(BODY_WORDS_BEFORE_TITLE + 1)
                .find(|&at| is_hyphenated_title(self.word(at)))
        {
            let role_start = reading.role.as_ref().filter(|r| r.end == name.start).map_or(name.start, |r| r.start);
            reading.role = Some(role_start..title + 1);
            reading.name = Some(title + 1..name.end);
            return reading;
        }
        if let Some(name) = reading.name.clone()
            && let Some(institution) = self.institution_name(name.clone(), range)
        {
            reading.name = Some(institution.clone());
            reading.role = reading.role.and_then(|role| {
                let end = role.end.min(institution.start);
                (end > role.start).then_some(role.start..end)
            });
        }
        reading
    }

    /// An English word that closes the phrase before it and opens another:
    /// a preposition or a word of comparing or listing ("like", "as",
    /// "including"). "of" is not one: "the ex-wife of Tom Harlow" keeps her
    /// role, so the name is not taken for the speaker's own.
    fn ends_other_phrase(&self, index: usize) -> bool {
        const OPENERS: [&str; 5] = ["like", "unlike", "as", "including", "regarding"];
        let token = &self.tokens[index];
        token.is_word() && !token.upper && (token.tags.has(Tags::PREPOSITION) || self.is_any(index, &OPENERS))
    }

    /// For an English mention that ends in a role, its complement and a
    /// person's name without a comma between ("Governor of the Bank of
    /// England Nora Lind", "ambassador to the United States Cui Lan"), the
    /// role with its complement and the name. The name starts after a word
    /// that ends a place's or body's name; without one ("President of
    /// Nordland Tom Harlow") where the name starts is not known, and the
    /// reading stays as it was.
    fn person_after_role_complement(&self, range: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
        const INNER: [&str; 3] = ["of", "the", "and"];
        let token = |i: usize| &self.tokens[i];
        // Most mentions have no role word with a link after it: told by
        // the tags before any word is compared.
        let linked_role = |i: usize| token(i - 1).tags.has(Tags::ROLE) && self.is_any(i, &OFFICE_LINKS);
        if range.len() < 4 || !(range.start + 1..range.end - 2).any(linked_role) {
            return None;
        }
        let capitalised = |i: usize| token(i).is_word() && token(i).upper;
        let ends_body = |i: usize| {
            capitalised(i)
                && (token(i).tags.has(Tags::PLACE | Tags::BODY)
                    || self.is_listed(i, &INSTITUTIONS)
                    || self.is_listed(i, &BODY_ENDINGS)
                    || self.is_any(i, &FIELD_ROLE_WORDS))
        };
        let name_word = |i: usize| capitalised(i) && token(i).tags.is_empty() && !ends_body(i);
        let name_start = (range.start..range.end).rev().take_while(|&i| name_word(i)).last()?;
        let boundary = name_start.checked_sub(1).filter(|&b| b > range.start && ends_body(b))?;
        if range.end - name_start < 2 {
            return None;
        }
        // The first role word with its link after which only the
        // complement's words come before the name.
        let complement = |link: usize| (link + 1..boundary).all(|i| capitalised(i) || self.is_any(i, &INNER));
        let link = (range.start + 1..boundary).find(|&i| linked_role(i) && complement(i))?;
        // "Director Nora Lind and Secretary of State Tom Harlow": a list is
        // named by its first member.
        if (range.start..link).any(|i| token(i).tags.has(Tags::CONJUNCTION) || token(i).is_punct(',')) {
            return None;
        }
        // "The British Ambassador", "senior official": the role's modifiers
        // back to the article, a conjunction or a comma.
        let opener = |i: usize| {
            !token(i).is_word()
                || token(i).tags.has(Tags::DETERMINER | Tags::CONJUNCTION | Tags::PRONOUN | Tags::PREPOSITION)
        };
        let role_start = (range.start..link - 1).rev().take_while(|&i| !opener(i)).last().unwrap_or(link - 1);
        Some((role_start..name_start, name_start..range.end))
    }

    /// An English role with what it holds cut off: after a noun for a thing
    /// and its "of", before any role word, only the words that describe a
    /// person are the role ("the words of former Secretary-General Nora
    /// Lind" is "former Secretary-General"), and none are left when no role
    /// word follows or the one that does opens a body's name ("the theme of
    /// this year's General Assembly"). "The ex-wife of Tom Harlow" keeps
    /// hers, an ex-wife being a person.
    fn past_thing_of(&self, role: Range<usize>) -> Option<Range<usize>> {
        let role_word = |i: usize| self.tokens[i].tags.has(Tags::ROLE);
        let Some(of) = (role.start + 1..role.end)
            .take_while(|&i| !role_word(i - 1))
            .find(|&i| self.is(i, "of") && self.is_listed(i - 1, &THING_NOUNS))
        else {
            return Some(role);
        };
        let opens_body = |i: usize| {
            self.tokens[i].upper && self.tokens.get(i + 1).is_some_and(|next| next.upper && next.tags.has(Tags::BODY))
        };
        let start = (of + 1..role.end).find(|&i| !self.tokens[i].tags.has(Tags::DETERMINER))?;
        // "any State", "the general": a word of a field, not a title.
        let titled = |i: usize| {
            (role_word(i) && !self.is_any(i, &FIELD_ROLE_WORDS) || is_general_title(self.word(i))) && !opens_body(i)
        };
        // "the poet", "the great Russian writer": a person's noun the
        // lexicon lacks, after an article; but not an adjective left alone
        // ("the late"), a word of a clause ("for", "in the") or a thing held
        // ("its independence"), nor words without an article ("a review of
        // available Fox transcripts").
        let last = role.end - 1;
        let person_noun = start > of + 1
            && !self.tokens[last].upper
            && self.tokens[last].tags.is_empty()
            && self.word(last).chars().all(char::is_alphabetic)
            && possessive(&self.word(of + 1).to_lowercase()).is_none()
            && !self.is_any(last, &["late", "former", "recent"]);
        ((start..role.end).any(titled) || person_noun).then_some(start..role.end)
    }

    /// English words read as a role that describe no one: words without a
    /// role word ending in an article, conjunction, adverb or relative
    /// ("why Valdoria", "what Nora Lind"), or in a preposition after a word
    /// that hands the phrase on to its complement ("the words of Nora
    /// Lind", "the people of Valdoria"); or a capitalised role word that
    /// opens a body's name ("the General Assembly"). "The ex-wife of Tom
    /// Harlow" keeps hers: the name is not who speaks.
    fn is_no_role(&self, role: Range<usize>, head: Option<usize>) -> bool {
        const HANDING_ON: [&str; 9] =
            ["words", "people", "peoples", "government", "delegation", "city", "country", "state", "nation"];
        debug_assert!(!role.is_empty());
        let preposition = |i: usize| self.tokens[i].tags.has(Tags::PREPOSITION) || self.is(i, "of");
        let last = role.end - 1;
        // "at the", "of the": the article belongs to the complement.
        let linked = last > role.start && self.tokens[last].tags.has(Tags::DETERMINER) && preposition(last - 1);
        let link = if linked { last - 1 } else { last };
        let dangling = !linked && self.tokens[last].tags.has(Tags::DETERMINER | Tags::CONJUNCTION | Tags::ADVERB)
            || self.is_any(last, &ENGLISH_RELATIVES)
            || self.is_any(last, &["why", "how", "where", "what", "whether"]);
        let handed_on = link > role.start && preposition(link) && self.is_any(link - 1, &HANDING_ON);
        let names_a_role = role.clone().any(|i| self.tokens[i].tags.has(Tags::ROLE));
        if !names_a_role && (dangling || handed_on) {
            return true;
        }
        let body_head =
            head.is_some_and(|h| h == role.end && self.tokens[h].upper && self.tokens[h].tags.has(Tags::BODY));
        body_head && role.clone().all(|i| self.tokens[i].upper)
    }

    /// The whole name of an institution that an English name run is part
    /// of, when it is longer: "The Organization of Green Unity" is named
    /// "Organization of Green Unity", not "Green Unity", and "the Northland
    /// Development Programme" in full. Capitalised words join across "of",
    /// "on" or "for" (and a "the" after it) only after an institution's head
    /// noun, so "Senator Tom Harlow of Nowhere County" keeps his name.
    fn institution_name(&self, name: Range<usize>, range: Range<usize>) -> Option<Range<usize>> {
        let name_word = |i: usize| {
            let token = &self.tokens[i];
            token.is_word() && token.upper && !token.tags.has(Tags::ROLE | Tags::DETERMINER | Tags::PRONOUN)
        };
        // "the Ministry of Foreign Affairs": inside an institution's name a
        // role word names its field.
        let field_word = |i: usize| self.tokens[i].upper && self.is_any(i, &FIELD_ROLE_WORDS);
        let inner_word = |i: usize| name_word(i) || field_word(i);
        let head = |i: usize| name_word(i) && (self.tokens[i].tags.has(Tags::BODY) || self.is_listed(i, &INSTITUTIONS));
        let connector = |i: usize| self.is_any(i, &["of", "on", "for"]);
        let possessive = |i: usize| ["'s", "’s", "s'", "s’"].iter().any(|s| self.word(i).ends_with(s));
        let mut start = name.start;
        let mut end = name.end;
        let mut institution = (start..end).any(head);
        loop {
            if institution && start > range.start && inner_word(start - 1) && !possessive(start - 1) {
                // "the Northland Development Programme": the words before a
                // capitalised head belong to its name, but not the country
                // whose it is ("Nordland's Fisheries Ministry").
                start -= 1;
                continue;
            }
            // Only a field's role word comes between the link and the name:
            // "Council of the Northland Federation Tom Harlow" names a person.
            let mut first = start;
            while first > range.start + 1 && field_word(first - 1) {
                first -= 1;
            }
            let the = usize::from(first > range.start + 1 && self.is(first - 1, "the"));
            let link = first.checked_sub(1 + the).filter(|&l| l > range.start && connector(l));
            if let Some(link) = link
                && head(link - 1)
            {
                start = link - 1;
                institution = true;
                continue;
            }
            // "the Lao People's Democratic Republic": a possessive inside a
            // name, when the capitalised words after it end in a head.
            if possessive(end - 1) {
                let through = (end..range.end).find(|&i| !inner_word(i)).unwrap_or(range.end);
                if through > end && head(through - 1) {
                    end = through;
                    institution = true;
                    continue;
                }
            }
            let the_after = usize::from(self.is(end + 1, "the"));
            let after = end + 1 + the_after;
            let joins = connector(end) && head(end - 1) || self.is(end, "and") && self.is_any(after, &SECOND_HALVES);
            if after < range.end && joins && inner_word(after) {
                end = after + 1;
                while end < range.end && inner_word(end) {
                    end += 1;
                }
                continue;
            }
            break;
        }
        debug_assert!(start <= name.start && end >= name.end);
        (start != name.start || end != name.end).then_some(start..end)
    }

    /// The words after an opening quantifier ("Most", "Many of the"), when the
    /// English mention opens with one; empty when the quantifier stands alone.
    /// Such a group ("Most voters in Harlow County") is named by them, not by
    /// the quantifier.
    pub fn quantified_group(&self, range: Range<usize>) -> Option<Range<usize>> {
        const QUANTIFIERS: [&str; 5] = ["most", "many", "some", "several", "few"];
        if !self.is_any(range.start, &QUANTIFIERS) {
            return None;
        }
        let mut start = range.start + 1;
        if self.is(start, "of") {
            // "most of whom" is read like the pronoun.
            let pronoun = self.tokens.get(start + 1).is_some_and(|t| t.tags.has(Tags::PRONOUN));
            if pronoun || self.is_any(start + 1, &["whom", "which", "them", "those", "us", "you"]) {
                return None;
            }
            start += 1;
            if self.tokens.get(start).is_some_and(|t| t.tags.has(Tags::DETERMINER)) {
                start += 1;
            }
        }
        // "few on either side": the group is no phrase of its own.
        if self.tokens.get(start).is_some_and(|t| t.tags.has(Tags::PREPOSITION)) && start < range.end {
            return None;
        }
        Some(start.min(range.end)..range.end)
    }

    /// True when an English phrase opens with a poll's share, after any
    /// approximating words: "Two in three", "about 4 in 10 voters". Its
    /// words may all be numbers, yet it names a group of people.
    pub fn is_poll_share(&self, range: Range<usize>) -> bool {
        self.poll_share_after(range.clone(), self.quantifier_words(range.start))
    }

    /// [`Phrases::is_poll_share`] with the approximating words that open
    /// `range` counted: `quantifier_words(range.start)`.
    fn poll_share_after(&self, range: Range<usize>, approximating: usize) -> bool {
        range.start + approximating + POLL_SHARE_WORDS <= range.end
            && self.opens_poll_share(range.start + approximating)
    }

    /// True when a poll's share ("one in four", "6 in 10") opens at `index`.
    fn opens_poll_share(&self, index: usize) -> bool {
        // Asked at most steps of a phrase walk: the "in", one comparison of
        // length, rules out nearly every word before either number is read.
        index + 2 < self.tokens.len() && self.is(index + 1, "in") && self.is_number(index) && self.is_number(index + 2)
    }

    /// The first member of an English list or apposition: the words before
    /// the first comma or "and" that a determiner follows.
    fn first_member(&self, range: Range<usize>) -> Option<Range<usize>> {
        let cut = (range.start + 1..range.end.saturating_sub(1)).find(|&i| {
            (self.tokens[i].is_punct(',') || self.is(i, "and")) && self.is_any(i + 1, &["the", "a", "an"])
        })?;
        Some(range.start..cut)
    }

    /// The full name of a list's first member when it is a name alone
    /// ("the United States of America"): capitalised words, joined by "of".
    fn member_name(&self, member: Range<usize>) -> Option<Range<usize>> {
        let start = if self.tokens[member.start].tags.has(Tags::DETERMINER) { member.start + 1 } else { member.start };
        let last = member.end.checked_sub(1)?;
        let named = start <= last
            && self.is_capitalised_content(start)
            && self.is_capitalised_content(last)
            && (start..member.end).all(|i| {
                let tags = self.tokens[i].tags;
                self.is_capitalised_content(i) && !tags.has(Tags::ROLE) || self.is(i, "of") || self.is_initial_dot(i)
            });
        named.then_some(start..member.end)
    }

    /// Reads a mention; `approximating` is [`Phrases::quantifier_words`] at
    /// its start in English, 0 in German.
    fn read_one(&self, range: Range<usize>, approximating: usize) -> Reading {
        debug_assert!(!self.german || approximating == 0);
        let quantifier = self.quantifier_len(range.clone(), approximating);
        let range = range.start + quantifier..range.end;
        let tokens = &self.tokens[range.clone()];
        let mut reading = Reading {
            kind: MentionKind::Other,
            name: None,
            role: None,
            possessor: None,
            head: None,
            masculine_article: self.german && self.is(range.start, "der"),
        };
        // "man betont": resolved like a plural pronoun, to the body that spoke.
        // "Danach" after a document stands for its source as "Demnach" does.
        let man = self.german && tokens.len() == 1 && (self.is(range.start, "man") || self.is(range.start, "danach"));
        if man || tokens.len() == 1 && tokens[0].tags.has(Tags::PRONOUN | Tags::SOURCE_ANAPHOR) {
            reading.kind = MentionKind::Pronoun;
            return reading;
        }
        if self.is_possessive_source(range.clone()) {
            // "seiner Meinung", "ihren Angaben": the source is whom the
            // possessive points at, resolved like a pronoun.
            reading.kind = MentionKind::Pronoun;
            reading.head = Some(range.start);
            return reading;
        }
        let mut runs: Vec<Range<usize>> = Vec::new();
        let mut current: Option<usize> = None;
        let mut head_pending = false;
        let mut role_start: Option<usize> = None;
        let mut role_end = range.start;
        let mut body = false;
        let mut first_role: Option<usize> = None;
        for index in range.clone() {
            let token = &self.tokens[index];
            let tags = token.tags;
            let next_is_capital =
                index + 1 < range.end && self.tokens[index + 1].upper && self.tokens[index + 1].is_word();
            let genitive_s = {
                let word = self.word(index);
                // "Nicolas Sarkozy", "Thomas Steg": a German first name in -s
                // opens the name, no possessor.
                let first_name = || {
                    if self.german {
                        tags.has(Tags::FEMALE | Tags::MALE) && !tags.has(Tags::ROLE)
                    } else {
                        self.english_first_name_in_s(index, range.end)
                    }
                };
                (word.ends_with('s') || word.ends_with("s’") || word.ends_with("'s") || word.ends_with("’s"))
                    && next_is_capital
                    && !first_name()
            };
            if self.is_truncated_compound_link(index, range.end) {
                // "Bau- und Transportministerium": the first half names
                // nothing alone.
                current = None;
                continue;
            }
            // "Ärzte ohne Grenzen" is one name.
            let particle = self.is_name_particle(index);
            let name_inside = self.is_initial_dot(index) || particle || self.is_without_borders(index);
            if current.is_some() && name_inside {
                // "George W. Bush": the initial's dot stays inside the name, and so
                // does "von der" in "Ursula von der Leyen".
                continue;
            }
            if particle {
                // "Mr. de Vale", "Frau von der Auen": after a form of address
                // or a title, the particle opens the surname.
                current = Some(index);
                continue;
            }
            let determiner_like = tags.has(Tags::DETERMINER) || (self.german && tags.has(Tags::PREPOSITION));
            if determiner_like {
                head_pending = self.german;
            }
            // "First Secretary Raul Ortega": the ordinal belongs to the title.
            let content = self.is_capitalised_content(index)
                && !tags.has(Tags::ROLE | Tags::BODY | Tags::SPEECH_NOUN)
                && !self.is_ordinal_of_role(index);
            // "Lawrows Vize", but not "Minister Thomas Lenz": after a role, a
            // word in -s opens the name.
            let first_content = runs.is_empty() && current.is_none() && first_role.is_none();
            if content && genitive_s && reading.possessor.is_none() && first_content {
                reading.possessor = Some(index);
                continue;
            }
            if content && !head_pending {
                current.get_or_insert(index);
                continue;
            }
            if content && current.is_none() && self.is_name_adjective(index) {
                // The article's noun is the name this adjective opens.
                current = Some(index);
                head_pending = false;
                continue;
            }
            if let Some(start) = current.take() {
                runs.push(start..index);
            }
            if tags.has(Tags::ROLE) && token.is_word() {
                first_role.get_or_insert(index);
                role_start.get_or_insert(index);
                role_end = index + 1;
                reading.head = Some(index);
                head_pending = false;
                continue;
            }
            if tags.has(Tags::BODY) && token.is_word() {
                body = true;
                reading.head = Some(index);
            }
            if token.upper && token.is_word() {
                head_pending = false;
                if reading.head.is_none() {
                    reading.head = Some(index);
                }
            }
            if !self.german && first_role.is_none() && runs.is_empty() && self.ends_other_phrase(index) {
                // "like President Tom Harlow", "the response to Nordland":
                // the words before belong to another phrase, not to the role.
                role_start = None;
                continue;
            }
            // "wie es Tom Harlow sagte", "unseres Außenministers": a pronoun
            // or a possessive is no part of the role after it.
            let pronoun = self.german && self.is_listed(index, &GERMAN_PRONOUNS_BEFORE_ROLES);
            if !determiner_like
                && !pronoun
                && token.is_word()
                && !token.upper
                && role_start.is_none()
                && runs.is_empty()
            {
                role_start = Some(index);
            }
        }
        if let Some(start) = current.take() {
            runs.push(start..range.end);
        }
        let mut name = self.head_name(&runs, range.clone(), first_role);
        // A German noun is capitalised like a name: one word without a role
        // ("Iran", "Menschen") is not taken for a person.
        let lone_noun = self.german
            && reading.role.is_none()
            && role_start.is_none()
            && name.as_ref().is_some_and(|n| n.len() == 1 && self.looks_like_noun(n.start));
        if let (Some(start), Some(name)) = (role_start, &name) {
            let before_name = if name.start > start { name.start } else { role_end };
            // "Sprecher der Afrikanischen Union": the German article before
            // the name is the name's, not the role's.
            let end = if self.german {
                (start..before_name)
                    .rev()
                    .find(|&i| !self.tokens[i].tags.has(Tags::DETERMINER | Tags::PREPOSITION))
                    .map_or(start, |last| last + 1)
            } else {
                before_name
            };
            if end > start {
                reading.role = Some(start..end);
            }
        } else if let Some(start) = role_start
            && role_end > start
        {
            reading.role = Some(start..role_end);
        }
        // "des Staatlichen Tierärztlichen Untersuchungsamts": adjectives
        // alone name nothing either.
        let adjectives = |n: &Range<usize>| n.len() == 1 || n.clone().all(|i| self.is_name_adjective(i));
        let body_adjective = body
            && reading.possessor.is_none()
            && name.as_ref().is_some_and(|n| adjectives(n) && reading.head == Some(n.end));
        if let (true, Some(adjective)) = (body_adjective, name.clone()) {
            // "Die Bochumer Polizei", "das Schweriner Umweltministerium": the
            // body is named with its adjective, not by the adjective alone.
            name = Some(adjective.start..adjective.end + 1);
            // "der Präsident der Europäischen Kommission": a role before the
            // body is whom the body speaks through.
            reading.role = reading.role.filter(|role| self.german && role.end <= adjective.start);
            reading.kind = MentionKind::Body;
            reading.name = name;
            return reading;
        }
        // "the Chinese Communist Party", "Xinhua News Agency", "China's
        // Commerce Ministry", "the Harlow City Police Department": an English
        // body is named with its capitalised head words, which the name's run
        // stopped before.
        let capitalised_words =
            |from: usize, to: usize| (from..=to).all(|i| self.tokens[i].upper && self.tokens[i].is_word());
        let body_head = !self.german
            && body
            && name.as_ref().zip(reading.head).is_some_and(|(n, head)| {
                head >= n.end && self.tokens[head].tags.has(Tags::BODY) && capitalised_words(n.end, head)
            });
        if let (true, Some(named), Some(head)) = (body_head, name.clone(), reading.head) {
            reading.role = None;
            reading.kind = MentionKind::Body;
            reading.name = Some(named.start..head + 1);
            return reading;
        }
        if self.is_aged_description(range.clone(), name.clone()) {
            // "die 56-jährige Angestellte", "Der 58-Jährige": a person the
            // article has named, described by age.
            reading.kind = MentionKind::Description;
            reading.head = Some(range.end - 1);
            return reading;
        }
        reading.kind = match (&name, body, reading.role.is_some()) {
            (Some(_), true, _) if reading.possessor.is_some() => MentionKind::Body,
            (Some(_), false, _) if lone_noun => MentionKind::Other,
            (Some(_), _, _) => MentionKind::Person,
            (None, true, _) => MentionKind::Body,
            (None, false, true) => MentionKind::Description,
            (None, false, false) => MentionKind::Other,
        };
        if reading.kind == MentionKind::Body && name.is_some() {
            // "Russlands Außenministerium": the body is named by the whole phrase.
            reading.role = None;
        }
        reading.name = name;
        reading
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::Lexicon;
    use super::super::segment::tokenize;
    use super::*;

    /// The text of the token range `find` picks among the phrases of
    /// `text`, given the number of tokens.
    fn phrase_text(
        text: &str,
        german: bool,
        find: impl FnOnce(&Phrases<'_>, usize) -> Option<Range<usize>>,
    ) -> Option<String> {
        let lexicon = Lexicon::for_language(if german { "de" } else { "en" });
        let tokens = tokenize(text, 0..text.len(), lexicon, &mut String::new());
        let phrases = Phrases { text, tokens: &tokens, german };
        find(&phrases, tokens.len()).map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
    }

    /// The phrase `phrase_after` reads from the start of `text`.
    fn phrase(text: &str, german: bool) -> Option<String> {
        phrase_text(text, german, |phrases, len| phrases.phrase_after(0, len))
    }

    /// The kind and name `read` gives the whole of `text`.
    fn reading(text: &str, german: bool) -> (MentionKind, Option<String>) {
        let (kind, name, _) = reading_with_role(text, german);
        (kind, name)
    }

    /// The kind, name and role `read` gives the whole of `text`.
    fn reading_with_role(text: &str, german: bool) -> (MentionKind, Option<String>, Option<String>) {
        let lexicon = Lexicon::for_language(if german { "de" } else { "en" });
        let tokens = tokenize(text, 0..text.len(), lexicon, &mut String::new());
        let phrases = Phrases { text, tokens: &tokens, german };
        let reading = phrases.read(0..tokens.len());
        let words = |r: Range<usize>| text[tokens[r.start].start..tokens[r.end - 1].end].to_string();
        (reading.kind, reading.name.map(words), reading.role.map(words))
    }

    #[test]
    fn a_name_before_another_role_word_describes_that_role() {
        for text in ["former Valdor adviser Tom Harlow", "former Nordland Gov. Tom Harlow"] {
            assert_eq!(reading(text, false).1.as_deref(), Some("Tom Harlow"), "{text}");
        }
        assert_eq!(reading("der frühere Nordheimer Bürgermeister Tom Harlow", true).1.as_deref(), Some("Tom Harlow"));
        // A list is still named by its first member, and a clause before a
        // role is no title.
        assert_eq!(reading("Minister Tom Harlow and Secretary Ann Reyes", false).1.as_deref(), Some("Tom Harlow"));
        let clause = "President Tom Harlow is not bowing to presidential candidate Ann Reyes";
        assert_eq!(reading(clause, false).1.as_deref(), Some("Tom Harlow"));
    }

    #[test]
    fn a_word_list_finds_what_comparing_each_word_finds() {
        const LIST: WordList = WordList::new(&["about", "over", "zwölf", "approximately", "etwa"]);
        let text = "About over Over ABOUT abouts abut zwölf Zwölf Zwolf approximately etwa Etwas über Ober 12 , —                     över yet x";
        let lexicon = Lexicon::for_language("en");
        let tokens = tokenize(text, 0..text.len(), lexicon, &mut String::new());
        let phrases = Phrases { text, tokens: &tokens, german: false };
        let listed: Vec<&str> =
            (0..tokens.len()).filter(|&i| phrases.is_listed(i, &LIST)).map(|i| &text[tokens[i].span()]).collect();
        let compared: Vec<&str> =
            (0..tokens.len()).filter(|&i| phrases.is_any(i, LIST.words)).map(|i| &text[tokens[i].span()]).collect();
        assert_eq!(listed, ["About", "over", "Over", "ABOUT", "zwölf", "Zwölf", "approximately", "etwa"]);
        assert_eq!(listed, compared);
    }

    #[test]
    fn a_capitalised_conjunction_opens_no_phrase() {
        assert_eq!(phrase("Als Sprecher der Partei", true), None);
        assert_eq!(phrase("Nachdem die Ministerin", true), None);
        assert_eq!(phrase("Alster Vogt", true).as_deref(), Some("Alster Vogt"));
    }

    #[test]
    fn a_number_after_the_source_is_what_was_said() {
        assert_eq!(phrase("Gefängnisleitung 317 Menschen im Gebäude", true).as_deref(), Some("Gefängnisleitung"));
        assert_eq!(phrase("ersten Schätzungen 12 Prozent", true).as_deref(), Some("ersten Schätzungen"));
        // A lowercase broadcaster's name and a date's year still belong to the phrase.
        assert_eq!(
            phrase("ein Reporter des Senders n24 berichtete", true).as_deref(),
            Some("ein Reporter des Senders n24")
        );
        assert_eq!(phrase("einem Bericht vom Mai 2011 zufolge", true).as_deref(), Some("einem Bericht vom Mai 2011"));
    }

    #[test]
    fn an_english_body_is_named_with_its_capitalised_head() {
        for (text, name) in [
            ("the Northern Harbour Commission", "Northern Harbour Commission"),
            ("Brenner News Agency", "Brenner News Agency"),
            ("Nordland's Fisheries Ministry", "Fisheries Ministry"),
            ("the Harlow City Police Department", "Harlow City Police Department"),
            ("The Ostmark State Police", "Ostmark State Police"),
        ] {
            assert_eq!(reading(text, false), (MentionKind::Body, Some(name.to_string())), "{text}");
        }
    }

    /// What `show` makes of the reading of a German mention.
    fn shown<T>(text: &str, show: impl FnOnce(&Phrases<'_>, Reading) -> Option<T>) -> Option<T> {
        let lexicon = Lexicon::for_language("de");
        let tokens = tokenize(text, 0..text.len(), lexicon, &mut String::new());
        let phrases = Phrases { text, tokens: &tokens, german: true };
        show(&phrases, phrases.read(0..tokens.len()))
    }

    /// The role a German mention's speaker is shown with.
    fn shown_role(text: &str) -> Option<String> {
        shown(text, |phrases, reading| reading.role.and_then(|role| phrases.role_text(role)))
    }

    #[test]
    fn a_german_role_in_the_genitive_is_shown_in_the_nominative() {
        for (text, role) in [
            ("des SPD-Politikers Jonas Feldmann", "SPD-Politiker"),
            ("des künstlerischen Leiters Jonas Feldmann", "künstlerischer Leiter"),
            ("des oben genannten Verteidigungsministers Jonas Feldmann", "oben genannter Verteidigungsminister"),
            // A weak noun's other cases.
            ("des früheren Bankpräsidenten Jonas Feldmann", "früherer Bankpräsident"),
            ("dem stellvertretenden CSU-Vorsitzenden Jonas Feldmann", "stellvertretende CSU-Vorsitzende"),
            (
                "des Sprechers des nordländischen Umweltministeriums Jonas Feldmann",
                "Sprecher des nordländischen Umweltministeriums",
            ),
            // Not in the genitive, or a role in -s as it stands.
            ("der ehemalige Richter Jonas Feldmann", "ehemalige Richter"),
            ("der Präsident des Bundestages Jonas Feldmann", "Präsident des Bundestages"),
        ] {
            assert_eq!(shown_role(text).as_deref(), Some(role), "{text}");
        }
    }

    #[test]
    fn a_german_pronoun_or_adjective_alone_is_no_role() {
        for (text, role) in [
            ("es Jonas Feldmann", None),
            ("es der Kollege Jonas Feldmann", Some("Kollege")),
            ("unseres Außenministers Jonas Feldmann", Some("Außenminister")),
            ("der 71-jährige Feldmann", None),
            ("gescholtene Jonas Feldmann", None),
        ] {
            assert_eq!(shown_role(text).as_deref(), role, "{text}");
        }
    }

    #[test]
    fn a_german_first_name_in_s_opens_the_name() {
        assert_eq!(reading("Markus Tellbrink", true), (MentionKind::Person, Some("Markus Tellbrink".to_string())));
    }

    #[test]
    fn an_english_first_name_in_s_opens_the_name() {
        let name = |text: &str| reading(text, false).1;
        assert_eq!(name("Chris Halvorsen").as_deref(), Some("Chris Halvorsen"));
        assert_eq!(name("Douglas J. Brand").as_deref(), Some("Douglas J. Brand"));
        // A plural run into a headline's name, a place before a title.
        assert_eq!(name("Voters Ana Reyes").as_deref(), Some("Ana Reyes"));
        assert_eq!(name("Actress Ana Reyes").as_deref(), Some("Ana Reyes"));
        assert_eq!(name("Perhaps Valdoria").as_deref(), Some("Valdoria"));
        assert_eq!(name("Kansas Senator Tom Harlow").as_deref(), Some("Tom Harlow"));
        assert_eq!(name("Valdovision's Nora Lind").as_deref(), Some("Nora Lind"));
    }

    #[test]
    fn an_age_without_a_name_describes_a_person() {
        assert_eq!(reading("die 56-jährige Angestellte", true), (MentionKind::Description, None));
        assert_eq!(reading("Der 58-Jährige", true), (MentionKind::Description, None));
        assert_eq!(reading("der 33-jährige Brenner Verlag", true).0, MentionKind::Person);
    }

    #[test]
    fn the_name_is_the_head_not_the_attribute() {
        let (kind, name) = reading("Karla Wendt von der Nationalen Umwelt Behörde Irgendwos", true);
        assert_eq!((kind, name.as_deref()), (MentionKind::Person, Some("Karla Wendt")));
        let (_, name) = reading("der Sprecher der Bewegung Grüne Welle, Jonas Feldmann", true);
        assert_eq!(name.as_deref(), Some("Jonas Feldmann"));
        let (_, name) = reading("Green Valley Watch-Sprecher Ostrowski", true);
        assert_eq!(name.as_deref(), Some("Ostrowski"));
        let (_, name) = reading("Senator Tom Q. Harlow of Nowhere County", false);
        assert_eq!(name.as_deref(), Some("Tom Q. Harlow"));
    }

    #[test]
    fn an_english_sentence_adverb_or_form_of_address_opens_no_name() {
        let name = |text: &str| reading(text, false).1;
        assert_eq!(name("Therefore Valdoria").as_deref(), Some("Valdoria"));
        assert_eq!(name("Yet North Ostmark").as_deref(), Some("North Ostmark"));
        assert_eq!(name("His Excellency Tom Harlow").as_deref(), Some("Tom Harlow"));
        assert_eq!(name("Both Valdoria and Ostmark"), name("Valdoria and Ostmark"));
    }

    #[test]
    fn an_english_role_keeps_the_place_or_body_it_is_held_at() {
        let read = |text: &str| reading_with_role(text, false);
        let person = |name: &str, role: &str| (MentionKind::Person, Some(name.to_string()), Some(role.to_string()));
        assert_eq!(
            read("The British Ambassador to China Tom Harlow"),
            person("Tom Harlow", "British Ambassador to China")
        );
        assert_eq!(
            read("Chinese ambassador to the United States Cui Lan"),
            person("Cui Lan", "Chinese ambassador to the United States")
        );
        assert_eq!(
            read("Governor of the Bank of England Nora Lind"),
            person("Nora Lind", "Governor of the Bank of England")
        );
        assert_eq!(
            read("former President of the German Parliament Lena Maria Voss"),
            person("Lena Maria Voss", "former President of the German Parliament")
        );
        assert_eq!(read("Director Nora Lind and Secretary of State Tom Harlow").1.as_deref(), Some("Nora Lind"));
        // Without a role before it, the complement is no one's.
        assert_eq!(read("the wife of Tom Harlow").1.as_deref(), Some("Tom Harlow"));
        assert_eq!(read("the Ministry of Foreign Affairs").1.as_deref(), Some("Ministry of Foreign Affairs"));
    }

    #[test]
    fn an_english_institution_is_named_in_full_across_of_on_and_for() {
        let name = |text: &str| reading(text, false).1;
        assert_eq!(name("The Organization of Green Unity").as_deref(), Some("Organization of Green Unity"));
        assert_eq!(
            name("the Northland Panel on Coastal Erosion").as_deref(),
            Some("Northland Panel on Coastal Erosion")
        );
        assert_eq!(name("The Ministry of Foreign Affairs").as_deref(), Some("Ministry of Foreign Affairs"));
        assert_eq!(name("the Republic of Valdoria").as_deref(), Some("Republic of Valdoria"));
        assert_eq!(name("the Northland Development Programme").as_deref(), Some("Northland Development Programme"));
        assert_eq!(name("Saint Kitts and Nevis").as_deref(), Some("Saint Kitts and Nevis"));
        assert_eq!(
            name("the Valdorian People's Democratic Republic").as_deref(),
            Some("Valdorian People's Democratic Republic")
        );
        // A person's place, a list, or a person after an institution's name
        // stays apart.
        assert_eq!(name("Senator Tom Q. Harlow of Nowhere County").as_deref(), Some("Tom Q. Harlow"));
        assert_eq!(name("Valdoria and Ostmark").as_deref(), Some("Ostmark"));
        assert_eq!(name("the Harbour Council's new plan").as_deref(), Some("Harbour Council's"));
        assert_eq!(
            name("Deputy Chairman of the Council of the Valdorian Federation Ivo Brankov").as_deref(),
            Some("Ivo Brankov")
        );
    }

    #[test]
    fn an_english_office_held_at_a_place_or_body_names_no_one() {
        let description = |role: &str| (MentionKind::Description, None, Some(role.to_string()));
        for (text, role) in [
            (
                "the Commander of the Varlo Harbour Garrison in the Nordland SAR",
                "Commander of the Varlo Harbour Garrison in the Nordland SAR",
            ),
            ("a co-chairman of the Valdorian Progress Caucus", "co-chairman of the Valdorian Progress Caucus"),
            ("the Director of the Nordland Institute", "Director of the Nordland Institute"),
        ] {
            assert_eq!(reading_with_role(text, false), description(role), "{text}");
        }
        // A name after the office, a body or a field's word stays a name.
        assert_eq!(reading("the Governor of the Bank of England Nora Lind", false).1.as_deref(), Some("Nora Lind"));
        assert_ne!(reading("the House of Representatives", false).0, MentionKind::Description);
    }

    #[test]
    fn an_english_subject_after_a_reports_that_keeps_its_head() {
        let before = |text: &str| phrase_text(text, false, |phrases, len| phrases.phrase_before(0, len));
        assert_eq!(
            before(
                "It has been reported that the Commander of the Varlo People's Harbour Garrison in the Nordland SAR"
            )
            .as_deref(),
            Some("the Commander of the Varlo People's Harbour Garrison in the Nordland SAR")
        );
    }

    /// The name and role an English mention is read as.
    fn english_name_and_role(text: &str) -> (Option<String>, Option<String>) {
        let lexicon = Lexicon::for_language("en");
        let tokens = tokenize(text, 0..text.len(), lexicon, &mut String::new());
        let reading = Phrases { text, tokens: &tokens, german: false }.read(0..tokens.len());
        let words = |r: Range<usize>| text[tokens[r.start].start..tokens[r.end - 1].end].to_string();
        (reading.name.map(words), reading.role.map(words))
    }

    #[test]
    fn a_hyphenated_title_before_a_name_is_the_role() {
        for (text, name, role) in [
            ("former Secretary-General Nora Lind", "Nora Lind", "former Secretary-General"),
            ("UN Secretary-General Nora Lind", "Nora Lind", "UN Secretary-General"),
            ("WHO Director-General Tom Harlow", "Tom Harlow", "WHO Director-General"),
            ("President-elect Tom Harlow", "Tom Harlow", "President-elect"),
            ("Prime Minister-designate Nora Lind", "Nora Lind", "Prime Minister-designate"),
        ] {
            let (found_name, found_role) = english_name_and_role(text);
            assert_eq!((found_name.as_deref(), found_role.as_deref()), (Some(name), Some(role)), "{text}");
        }
    }

    #[test]
    fn english_words_that_describe_no_one_are_no_role() {
        for text in ["the people of Valdoria", "the words of Nora Lind", "why Valdoria", "the General Assembly"] {
            assert_eq!(english_name_and_role(text).1, None, "{text}");
        }
        // Whom the name is an attribute of stays, so the name is not taken
        // for the speaker's own.
        for (text, role) in
            [("the ex-wife of Tom Harlow", "ex-wife of"), ("a spokeswoman for Nora Lind", "spokeswoman for")]
        {
            assert_eq!(english_name_and_role(text).1.as_deref(), Some(role), "{text}");
        }
    }

    #[test]
    fn an_english_role_after_a_thing_and_its_of_is_the_persons() {
        for (text, role) in [
            ("the words of former Secretary-General Nora Lind", Some("former Secretary-General")),
            ("the guidance of President Tom Harlow", Some("President")),
            ("the wise words of the poet Nora Lind", Some("poet")),
            ("the theme of this year's General Assembly", None),
            ("the position of the Green Hand Union", None),
        ] {
            assert_eq!(english_name_and_role(text).1.as_deref(), role, "{text}");
        }
    }

    #[test]
    fn english_words_before_a_things_name_are_no_role() {
        for text in [
            "the 1997 Valdorian Development Report",
            "the recent Green Hand Summit",
            "the new Government of Valdoria",
            "the timing of this General Assembly",
        ] {
            assert_eq!(english_name_and_role(text).1, None, "{text}");
        }
        assert_eq!(english_name_and_role("the economist Nora Lind").1.as_deref(), Some("economist"));
    }

    #[test]
    fn an_english_title_handed_on_to_a_things_name_is_the_role() {
        for (text, role) in [
            ("the President of the Republic of Valdoria", "President of the Republic of Valdoria"),
            (
                "the Minister for Foreign Affairs of the Republic of Valdoria",
                "Minister for Foreign Affairs of the Republic of Valdoria",
            ),
            ("the President of the General Assembly", "President"),
            ("a member of the Green Hand Alliance", "member of the Green Hand Alliance"),
        ] {
            assert_eq!(english_name_and_role(text).1.as_deref(), Some(role), "{text}");
        }
    }

    #[test]
    fn an_english_role_starts_after_the_phrase_a_preposition_or_like_closes() {
        for (text, name, role) in [
            ("like President Tom Harlow", Some("Tom Harlow"), Some("President")),
            ("the response to Nordland", Some("Nordland"), None),
            ("someone like Mr. Tom Harlow", Some("Tom Harlow"), Some("Mr.")),
        ] {
            let (got_name, got_role) = english_name_and_role(text);
            assert_eq!((got_name.as_deref(), got_role.as_deref()), (name, role), "{text}");
        }
    }

    #[test]
    fn an_english_list_is_named_by_its_first_member_in_full() {
        let (_, name) = reading("The United States of America, the Green Hand group and the United Nations", false);
        assert_eq!(name.as_deref(), Some("United States of America"));
        let (_, name) = reading("Senator Tom Q. Harlow of Nowhere County and the Green Hand group", false);
        assert_eq!(name.as_deref(), Some("Tom Q. Harlow"));
    }

    #[test]
    fn a_german_subject_keeps_its_count_and_the_phrase_it_heads() {
        // The subject before the last word, the verb.
        let subject = |text: &str| phrase_text(text, true, |phrases, len| phrases.phrase_before(0, len - 1));
        assert_eq!(subject("Andere Zeitungen meldeten").as_deref(), Some("Andere Zeitungen"));
        assert_eq!(subject("41 Prozent antworteten").as_deref(), Some("41 Prozent"));
        assert_eq!(subject("Wirte aus anderen Dörfern klagten").as_deref(), Some("Wirte aus anderen Dörfern"));
        assert_eq!(subject("Die Helfer vor Ort berichteten").as_deref(), Some("Die Helfer vor Ort"));
        // A year is no count, and a relative pronoun heads no phrase.
        assert_eq!(subject("Im Jahr 2007 seinen Rücktritt erklärte").as_deref(), Some("seinen Rücktritt"));
        // "aller" opens a genitive attribute as "der" does.
        assert_eq!(
            subject("Die Innung aller ehrlichen Bäcker warnte").as_deref(),
            Some("Die Innung aller ehrlichen Bäcker")
        );
    }

    #[test]
    fn an_english_quantifier_is_no_name() {
        let group = |text: &str| {
            let lexicon = Lexicon::for_language("en");
            let tokens = tokenize(text, 0..text.len(), lexicon, &mut String::new());
            let phrases = Phrases { text, tokens: &tokens, german: false };
            phrases.quantified_group(0..tokens.len()).map(|r| text[tokens[r.start].start.min(text.len())..].to_string())
        };
        assert_eq!(group("Most voters in Harlow County").as_deref(), Some("voters in Harlow County"));
        assert_eq!(group("Many of the Nowhere delegates").as_deref(), Some("Nowhere delegates"));
        assert_eq!(group("many of whom"), None);
        assert_eq!(group("Senator Most"), None);
    }

    #[test]
    fn a_source_noun_is_held_by_its_attribute() {
        let text = "Angaben des Sprechers der Stadtwerke";
        let lexicon = Lexicon::for_language("de");
        let tokens = tokenize(text, 0..text.len(), lexicon, &mut String::new());
        let phrases = Phrases { text, tokens: &tokens, german: true };
        let holder = phrases.source_holder(0..tokens.len()).map(|r| text[tokens[r.start].start..].to_string());
        assert_eq!(holder.as_deref(), Some("des Sprechers der Stadtwerke"));
        assert!(phrases.source_holder(1..tokens.len()).is_none());
    }

    #[test]
    fn a_capitalised_speech_noun_is_no_verb() {
        assert_eq!(phrase("Berichten der Zeitung Nordbote", true).as_deref(), Some("Berichten der Zeitung Nordbote"));
        assert_eq!(phrase("Berechnungen eines Instituts", true).as_deref(), Some("Berechnungen eines Instituts"));
    }

    #[test]
    fn a_genitive_plural_without_article_belongs_to_its_noun() {
        assert_eq!(phrase("Angaben informierter Kreise", true).as_deref(), Some("Angaben informierter Kreise"));
        assert_eq!(phrase("Angaben seines Anwalts", true).as_deref(), Some("Angaben seines Anwalts"));
        assert_eq!(phrase("Verbreitung falscher Gerüchte", true).as_deref(), Some("Verbreitung"));
    }

    #[test]
    fn a_body_keeps_its_adjective() {
        let (kind, name) = reading("Die Bochumer Polizei", true);
        assert_eq!((kind, name.as_deref()), (MentionKind::Body, Some("Bochumer Polizei")));
    }

    #[test]
    fn a_german_name_opens_with_its_capitalised_adjectives() {
        for (text, name, role) in [
            ("ein Sprecher der Nordländischen Union", "Nordländischen Union", Some("Sprecher")),
            ("der Vereinten Inselstaaten", "Vereinten Inselstaaten", None),
            ("des Staatlichen Nordländischen Untersuchungsamts", "Staatlichen Nordländischen Untersuchungsamts", None),
            // A noun in "-er" and a compound adjective open no name.
            ("der Hersteller Nordmann", "Nordmann", None),
        ] {
            let (_, read, read_role) = reading_with_role(text, true);
            assert_eq!((read.as_deref(), read_role.as_deref()), (Some(name), role), "{text}");
        }
        // Shown in the nominative after the definite article.
        for (text, name) in [
            ("ein Sprecher der Nordländischen Union", "Nordländische Union"),
            ("den Vereinten Inselstaaten", "Vereinte Inselstaaten"),
            ("das Staatliche Untersuchungsamt", "Staatliche Untersuchungsamt"),
        ] {
            let shown_name = shown(text, |phrases, reading| reading.name.map(|name| phrases.name_text(name)));
            assert_eq!(shown_name.as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn a_possessive_source_is_read_as_a_pronoun() {
        assert_eq!(reading("seiner Meinung", true).0, MentionKind::Pronoun);
        assert_eq!(reading("ihren eigenen Angaben", true).0, MentionKind::Pronoun);
        assert_ne!(reading("seiner Mannschaft", true).0, MentionKind::Pronoun);
    }

    #[test]
    fn a_genitive_attribute_takes_its_own_adjectives() {
        assert_eq!(
            phrase("Ein Sprecher des saudi-arabischen Gesundheitsministeriums sagte", true).as_deref(),
            Some("Ein Sprecher des saudi-arabischen Gesundheitsministeriums")
        );
        assert_eq!(
            phrase("Karl Harb von den Salzburger Nachrichten meinte", true).as_deref(),
            Some("Karl Harb von den Salzburger Nachrichten")
        );
    }

    #[test]
    fn a_short_form_or_a_persons_name_takes_no_genitive() {
        for (text, expected) in [
            ("die Regierung von Karl Brenner der Vorbereitung eines Betrugs", "die Regierung von Karl Brenner"),
            ("einer Mitteilung des BVN der Fischer", "einer Mitteilung des BVN"),
        ] {
            assert_eq!(phrase(text, true).as_deref(), Some(expected));
        }
    }

    #[test]
    fn a_place_belongs_to_a_role_not_to_a_name() {
        assert_eq!(
            phrase("Ein Regierungssprecher in Berlin sagte", true).as_deref(),
            Some("Ein Regierungssprecher in Berlin")
        );
        assert_eq!(phrase("Seibert in Berlin sagte", true).as_deref(), Some("Seibert"));
        // A second source joined to a genitive attribute or an acronym.
        assert_eq!(
            phrase("Angaben der Lindholmer Staatsanwaltschaft und der Polizei sollen", true).as_deref(),
            Some("Angaben der Lindholmer Staatsanwaltschaft und der Polizei")
        );
        assert_eq!(
            phrase("Angaben von GVK und Radio Lumen sind", true).as_deref(),
            Some("Angaben von GVK und Radio Lumen")
        );
        assert_eq!(phrase("Angaben von Lindholm und Kranken sind", true).as_deref(), Some("Angaben von Lindholm"));
        // A body named by an attribute, an acronym or a short form keeps its place.
        assert_eq!(
            phrase("ein Reporter des Senders Radio Lumen aus Lindholm meldete", true).as_deref(),
            Some("ein Reporter des Senders Radio Lumen aus Lindholm")
        );
        assert_eq!(phrase("der GVK in Lindholm teilte mit", true).as_deref(), Some("der GVK in Lindholm"));
        assert_eq!(
            phrase("Das Obergericht (OGL) in Lindholm hat", true).as_deref(),
            Some("Das Obergericht (OGL) in Lindholm")
        );
        assert_eq!(
            phrase("Angaben der Veranstalter insgesamt 25.000 Menschen", true).as_deref(),
            Some("Angaben der Veranstalter")
        );
    }

    #[test]
    fn a_cut_name_opens_with_its_particle_and_article() {
        assert_eq!(leading_particles(&["von", "der", "Auen"]), 2);
        assert_eq!(leading_particles(&["de", "Vale"]), 1);
        assert_eq!(leading_particles(&["bin", "Tarik"]), 1);
        // Capitalised, it opens a sentence or is a name of its own.
        assert_eq!(leading_particles(&["Von", "der", "Auen"]), 0);
        assert_eq!(leading_particles(&["der", "Auen"]), 0, "an article alone is no particle");
        assert_eq!(leading_particles(&["y", "Vale"]), 0);
        assert_eq!(leading_particles(&[]), 0);
    }

    #[test]
    fn a_name_particle_stays_inside_the_name() {
        assert_eq!(
            phrase("der Landesminister Tobias de Wendelin sagte", true).as_deref(),
            Some("der Landesminister Tobias de Wendelin")
        );
        let (_, name) = reading("der Landesminister Tobias de Wendelin", true);
        assert_eq!(name.as_deref(), Some("Tobias de Wendelin"));
        let (_, name) = reading("der Direktor der Behörde, Karim el-Fassani", true);
        assert_eq!(name.as_deref(), Some("Karim el-Fassani"));
        assert_eq!(phrase("Brenner de facto", true).as_deref(), Some("Brenner"));
    }

    #[test]
    fn von_der_between_a_first_name_and_a_surname_stays_inside_the_name() {
        for (text, expected) in [
            ("die Landesministerin Ilse von der Auen (SPD)", Some("Ilse von der Auen")),
            ("Rob van Dijk", Some("Rob van Dijk")),
            ("Ilse Berg von der Umweltbehörde", Some("Ilse Berg")),
            ("Tom Ebert von der Partei", Some("Tom Ebert")),
        ] {
            let (_, name) = reading(text, true);
            assert_eq!(name.as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn a_surname_particle_after_a_name_or_a_title_opens_no_new_name() {
        for (text, german, name, role) in [
            ("Nora de Vantier", false, "Nora de Vantier", None),
            ("Tom van der Wessel", false, "Tom van der Wessel", None),
            ("Mr. de Vantier", false, "de Vantier", Some("Mr.")),
            ("Minister de Vantier", false, "de Vantier", Some("Minister")),
            ("Frau von der Auen", true, "von der Auen", Some("Frau")),
            ("Herr de Wendelin", true, "de Wendelin", Some("Herr")),
            ("Ministerin von der Auen", true, "von der Auen", Some("Ministerin")),
            ("Kollege van Brakel", true, "van Brakel", Some("Kollege")),
        ] {
            let (_, read, read_role) = reading_with_role(text, german);
            assert_eq!(read.as_deref(), Some(name), "{text}");
            assert_eq!(read_role.as_deref(), role, "{text}");
        }
        assert_eq!(phrase("Mr. de Vantier said", false).as_deref(), Some("Mr. de Vantier"));
        assert_eq!(phrase("Herr de Wendelin sagte", true).as_deref(), Some("Herr de Wendelin"));
    }

    #[test]
    fn a_german_von_or_zu_after_a_noun_an_office_or_a_surname_is_no_particle() {
        for (text, not_name) in [
            ("der Bürgermeister von Lindau", "von Lindau"),
            ("die Kollegen von der Union", "von der Union"),
            ("die Gefahr von Waldbränden", "Gefahr von Waldbränden"),
            ("Frau Aigner zu Wort", "Aigner zu Wort"),
            ("die Frau von Harlow", "von Harlow"),
        ] {
            let (_, read) = reading(text, true);
            assert_ne!(read.as_deref(), Some(not_name), "{text}");
        }
    }

    #[test]
    fn an_english_name_keeps_a_middle_initial_or_first_name_that_is_also_a_word() {
        let text = "Agency spokeswoman Vera A. Lindqvist";
        assert_eq!(phrase(text, false).as_deref(), Some(text));
        assert_eq!(reading(text, false).1.as_deref(), Some("Vera A. Lindqvist"));
        let text = "Campaign spokeswoman Hope Larkin";
        assert_eq!(phrase(text, false).as_deref(), Some(text));
        assert_eq!(reading(text, false).1.as_deref(), Some("Hope Larkin"));
        // A sentence's article after a name stays out of it.
        assert_eq!(phrase("Lindqvist A new plan", false).as_deref(), Some("Lindqvist"));
    }

    #[test]
    fn an_english_share_or_number_with_separators_is_one_phrase() {
        assert_eq!(phrase("one in four voters", false).as_deref(), Some("one in four voters"));
        assert_eq!(phrase("34,000 voters", false).as_deref(), Some("34,000 voters"));
        assert_eq!(phrase("Two in three said", false).as_deref(), Some("Two in three"));
        assert_eq!(
            phrase_text("Two in three said", false, |p, _| p.phrase_before(0, 3)).as_deref(),
            Some("Two in three")
        );
    }

    #[test]
    fn english_words_joined_by_a_slash_are_one_phrase() {
        assert_eq!(phrase("a WKRB/Norden poll showed", false).as_deref(), Some("a WKRB/Norden poll"));
        assert_eq!(phrase("9/11 widow Mara Quist said", false).as_deref(), Some("9/11 widow Mara Quist"));
        // Spaced, the slash still ends the phrase.
        assert_eq!(phrase("a WKRB / Norden poll", false).as_deref(), Some("a WKRB"));
        // A time word in capitals after an acronym is part of the name.
        assert_eq!(phrase("a new NDX TODAY/Norden poll found", false).as_deref(), Some("a new NDX TODAY/Norden poll"));
    }

    #[test]
    fn a_role_in_apposition_belongs_to_the_name() {
        for (text, expected) in [
            ("Karla Wendt, die Leiterin der Fachstelle, sagte", "Karla Wendt, die Leiterin der Fachstelle"),
            ("Jonas Feldmann, Sprecher der Stadtwerke", "Jonas Feldmann, Sprecher der Stadtwerke"),
            ("Karla Wendt, die sich lange gewehrt hatte, sagte", "Karla Wendt"),
            ("Karla Wendt, die Regierung habe", "Karla Wendt"),
            (
                "Karla Wendt, die Leiterin der so genannten Stadtwache, sagte",
                "Karla Wendt, die Leiterin der so genannten Stadtwache",
            ),
        ] {
            assert_eq!(phrase(text, true).as_deref(), Some(expected));
        }
        let (_, name) = reading("Karla Wendt, die Leiterin der Fachstelle", true);
        assert_eq!(name.as_deref(), Some("Karla Wendt"));
    }

    #[test]
    fn a_mediums_own_publication_belongs_to_it() {
        assert_eq!(
            phrase("die Zeitung Nordbote in ihrer Onlineausgabe", true).as_deref(),
            Some("die Zeitung Nordbote in ihrer Onlineausgabe")
        );
        assert_eq!(phrase("die Zeitung Nordbote in ihrer Stadt", true).as_deref(), Some("die Zeitung Nordbote"));
    }

    #[test]
    fn a_truncated_compound_joins_its_pair() {
        assert_eq!(
            phrase("Das Bau- und Verkehrsministerium teilte mit", true).as_deref(),
            Some("Das Bau- und Verkehrsministerium")
        );
        assert_eq!(
            phrase("Gutachter der Gesellschaft für Luft- und Raumfahrt sagten", true).as_deref(),
            Some("Gutachter der Gesellschaft für Luft- und Raumfahrt")
        );
        assert_eq!(phrase("Die Polizei und die Feuerwehr", true).as_deref(), Some("Die Polizei"));
        assert_ne!(reading("Das Bau- und Verkehrsministerium", true).1.as_deref(), Some("Bau"));
    }

    #[test]
    fn a_participle_attribute_and_a_web_address_are_phrases() {
        assert_eq!(
            phrase("einer am Dienstag veröffentlichten Pressemitteilung des WFP wurden", true).as_deref(),
            Some("einer am Dienstag veröffentlichten Pressemitteilung des WFP")
        );
        assert_eq!(phrase("bildblog.de veröffentlichte", true).as_deref(), Some("bildblog.de"));
    }

    #[test]
    fn a_dotted_initialism_modifies_the_lowercase_noun_after_it() {
        assert_eq!(phrase("Two Z.Q. officials warned", false).as_deref(), Some("Two Z.Q. officials"));
        assert_eq!(phrase("The Q.R. media has", false).as_deref(), Some("The Q.R. media"));
        // Letters that are also an article or a pronoun.
        assert_eq!(phrase("The Z.I.A. said", false).as_deref(), Some("The Z.I.A."));
        assert_eq!(phrase("Two A.Z.Q. officials warned", false).as_deref(), Some("Two A.Z.Q. officials"));
        assert_eq!(phrase("I.Z.Q. agents said", false).as_deref(), Some("I.Z.Q. agents"));
    }

    #[test]
    fn a_dated_participle_and_a_surname_like_a_month_stay_in_the_phrase() {
        assert_eq!(
            phrase("A Zorvan poll released last week shows", false).as_deref(),
            Some("A Zorvan poll released last week")
        );
        assert_eq!(phrase("Premier Edda May said", false).as_deref(), Some("Premier Edda May"));
    }
}
