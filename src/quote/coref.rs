//! Resolving speaker mentions to the people and bodies an article names:
//! surnames to full names, pronouns and role descriptions to the person
//! they stand for, and unattributed quotations to the previous speaker.

use std::ops::Range;

use super::Speaker;
use super::attribute::{Found, PersonMention, RawMention, isch_stem};
use super::lexicon::{self, Tags};
use super::mention::{MentionKind, OFFICE_LINKS, leading_particles};
use super::segment::{Segments, Token};
use crate::speaker::{self, Addressee};

/// Someone the article has named as a speaker.
#[derive(Debug, Clone)]
struct Entity {
    name: String,
    /// The name folded ([`fold`]), as every later one-word mention compares
    /// it: folded anew for each entity at each mention, it was a tenth of
    /// the allocations of extracting the gold news.
    folded: String,
    /// Where the first word of `folded` lies, if it has one: a later
    /// one-word mention compares it with every entity's, and splitting
    /// each entity's name again for it was a sixth of resolving names.
    first_word: Option<Range<usize>>,
    /// How many words the name has.
    words: usize,
    /// The last word of the name, folded, as later mentions use it.
    surname: String,
    role: Option<String>,
    female: Option<bool>,
    person: bool,
}

impl Entity {
    /// The entity named `name`, of `words` words.
    fn new(name: &str, words: usize, surname: String, role: Option<&str>, person: bool) -> Entity {
        let mut entity = Entity {
            name: String::new(),
            folded: String::new(),
            first_word: None,
            words: 0,
            surname,
            role: role.map(str::to_string),
            female: role.map(|r| r.ends_with("in") || r.ends_with("innen")),
            person,
        };
        entity.rename(name, words);
        entity
    }

    /// Gives the entity the name `name`, of `words` words (counted by the
    /// caller, which split the name already), and its folded form.
    fn rename(&mut self, name: &str, words: usize) {
        debug_assert_eq!(words, name.split_whitespace().count());
        self.name = name.to_string();
        self.folded = fold(name);
        self.words = words;
        let start = self.folded.len() - self.folded.trim_start().len();
        let length = self.folded[start..].find(char::is_whitespace).unwrap_or(self.folded.len() - start);
        self.first_word = (length > 0).then_some(start..start + length);
    }

    /// The first word of the folded name, as `split_whitespace` gives it.
    fn first_word(&self) -> Option<&str> {
        self.first_word.clone().map(|range| &self.folded[range])
    }
}

/// Resolves mentions in article order.
#[derive(Debug, Default)]
pub struct Resolver {
    entities: Vec<Entity>,
    /// The entity that spoke last, for unattributed quotations.
    last: Option<Speaker>,
    last_entity: Option<usize>,
    /// Everyone the article names, in text order, for pronouns.
    persons: Vec<PersonMention>,
    /// For the first of `persons`, folded once: first word, last word,
    /// role. Folded when first needed and only as far as a mention reads
    /// them, the persons before it: most articles resolve every mention
    /// without them, and folding every person once any mention needed one
    /// was 1,000 instructions a person.
    keys: PersonKeys,
    /// Byte offsets where the sentences start, to tell a pronoun's sentence.
    sentence_starts: Vec<usize>,
    /// Short forms the article introduces in parentheses, with the name they
    /// stand for: ("BGH", "Bundesgerichtshof").
    acronyms: Vec<(String, String)>,
    /// Bodies the article names whose last word a later short mention does
    /// not repeat: "Fischereiministerium" for "das Ministerium" and
    /// "Staatsanwaltschaft von Manhattan" for "die Staatsanwaltschaft". The
    /// byte offset, the name, and its head noun folded.
    bodies: Vec<(usize, String, String)>,
    /// The article is German: set by `learn_names`, which every German
    /// article goes through.
    german: bool,
    /// The text is spoken to listeners (a debate's or a press conference's
    /// turns), where "Sie haben gesagt" addresses them.
    spoken: bool,
}

impl Resolver {
    /// A resolver that knows the people the article names.
    pub fn new(persons: Vec<PersonMention>, sentence_starts: Vec<usize>) -> Resolver {
        debug_assert!(persons.is_sorted_by_key(|p| p.start), "persons are read in text order");
        Resolver { persons, sentence_starts, ..Resolver::default() }
    }

    /// Marks the text as spoken to listeners: a transcript's turns.
    pub fn spoken(self, spoken: bool) -> Resolver {
        Resolver { spoken, ..self }
    }

    /// Learns the short forms and the bodies the article names, which a
    /// search user looks statements up under rather than by the form a
    /// mention happens to use.
    pub fn learn_names(&mut self, text: &str, segments: &Segments, german: bool) {
        self.german = german;
        if !german {
            self.learn_short_forms(text, segments);
            return;
        }
        for paragraph in &segments.paragraphs {
            let tokens = &paragraph.tokens;
            for (index, token) in tokens.iter().enumerate() {
                if token.quoted {
                    continue;
                }
                if token.is_punct('(') {
                    if let Some(pair) = acronym_at(text, tokens, index, german) {
                        self.acronyms.push(pair);
                    }
                    continue;
                }
                let company = || company_noun(&text[token.span()]);
                if german && token.is_word() && token.upper && (token.tags.has(Tags::BODY) || company()) {
                    self.bodies.extend(body_at(text, tokens, index));
                }
            }
        }
    }

    /// The short forms of an English article, which names no bodies by
    /// their head nouns: only a parenthesis opens one, and the parentheses
    /// are found in each paragraph's text, where reading every token cost a
    /// long speech 95,000 instructions.
    fn learn_short_forms(&mut self, text: &str, segments: &Segments) {
        for paragraph in &segments.paragraphs {
            let tokens = &paragraph.tokens;
            let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
                continue;
            };
            for at in memchr::memchr_iter(b'(', &text.as_bytes()[first.start..last.end]) {
                let start = first.start + at;
                let index = tokens.partition_point(|t| t.start < start);
                let opening = tokens.get(index).is_some_and(|t| t.start == start && t.is_punct('(') && !t.quoted);
                if opening && let Some(pair) = acronym_at(text, tokens, index, false) {
                    self.acronyms.push(pair);
                }
            }
        }
    }

    /// True when `learn_names` can change a speaker's name: in German always
    /// (bodies), in English only when a mention could be a short form or
    /// introduces one, so that most English articles skip the pass over
    /// their tokens.
    pub fn needs_names(found: &[Found], german: bool) -> bool {
        german
            || found.iter().filter_map(|f| f.mention.as_ref()).any(|mention| {
                let name = mention.name.as_deref().unwrap_or(&mention.bare);
                let short_form = !name.contains(' ') && name.chars().filter(|c| c.is_uppercase()).count() >= 2;
                // "The Organization for Economic Cooperation and Development (OECD)".
                short_form || mention.bare.ends_with(')')
            })
    }

    /// The name a short form stands for, when the article introduced it.
    fn expansion(&self, name: &str) -> Option<&str> {
        self.acronyms.iter().find(|(short, _)| short == name).map(|(_, full)| full.as_str())
    }

    /// For a body mentioned by its head noun alone ("die Staatsanwaltschaft",
    /// "das Ministerium"), the fuller name the article gave it before.
    fn fuller_body(&self, head: &str, offset: usize) -> Option<&str> {
        let folded = fold(head);
        // "der Konzern" after "die Billigfluggesellschaft Ryanair": a German
        // company noun stands for any company the article named.
        let any_company = self.german && company_noun(&folded);
        let fits = |(_, name, key): &&(usize, String, String)| {
            (key.ends_with(&folded) || any_company && company_noun(key)) && !name.eq_ignore_ascii_case(head)
        };
        // The nearest before the mention, else the first after it: an
        // article may give the full name only later.
        let before = self.bodies.iter().rev().filter(|(start, ..)| *start < offset).find(fits);
        before.or_else(|| self.bodies.iter().find(fits)).map(|(_, name, _)| name.as_str())
    }

    /// The speaker of a statement found by the rules.
    pub fn resolve(&mut self, found: &Found) -> Option<Speaker> {
        let mut speaker = self.speaker_of(found)?;
        if self.german && found.hides_mention {
            // A phrase quoted inside a German sentence is nested in the
            // statement around it, which holds the mention; the phrase names
            // the speaker without pointing at that mention again.
            speaker.mention = None;
        }
        Some(speaker)
    }

    /// The speaker of a statement, with the mention it is read from.
    fn speaker_of(&mut self, found: &Found) -> Option<Speaker> {
        if found.inherits {
            // The speaker is the one named before: point at that mention.
            return self.last.clone();
        }
        let mention = found.mention.as_ref()?;
        if mention.addressee || self.spoken && mention.may_address {
            return None;
        }
        let entity = self.entity_for(mention);
        let speaker = match entity {
            Some(index) => {
                let entity = &mut self.entities[index];
                // "Herr Gabriel" before or after "Wirtschaftsminister Sigmar
                // Gabriel": the office says more than the form of address.
                let addressed = mention.role.as_deref().is_some_and(is_form_of_address);
                let entity_addressed = entity.role.as_deref().is_some_and(is_form_of_address);
                let office = mention.role.as_deref().is_some_and(|role| !addressed && is_plain_office(role));
                if entity.role.is_none() || entity_addressed && office {
                    entity.role.clone_from(&mention.role);
                }
                self.last_entity = Some(index);
                let role = match entity.role.as_deref() {
                    Some(office) if addressed && is_plain_office(office) => Some(office.to_string()),
                    _ => mention.role.clone().or_else(|| entity.role.clone()),
                };
                Speaker { name: Some(entity.name.clone()), role, mention: Some(mention.span.clone()) }
            }
            None => Speaker {
                name: Some(mention.bare.clone()),
                role: mention.role.clone(),
                mention: Some(mention.span.clone()),
            },
        };
        self.last = Some(speaker.clone());
        Some(speaker)
    }

    fn entity_for(&mut self, mention: &RawMention) -> Option<usize> {
        if let Some(body) = self.represented_body(mention) {
            return Some(self.named(&body, None, false));
        }
        // "The Organization for Economic Cooperation and Development
        // (OECD)", "Die Schutzgemeinschaft der Kapitalanleger (SdK)": the
        // short form the mention introduces stands for the whole name, which
        // the reading may cut (at "and", at a genitive). Not for a list of
        // short forms, nor for a person named with the body ("Vera Lind,
        // head of the Harbour Authority (HA)").
        let read = mention.name.as_deref().unwrap_or(&mention.bare);
        let introduced = mention.bare.strip_suffix(')').and_then(|b| b.split_once('(')).map(|(_, short)| short);
        let full = introduced.and_then(|short| self.expansion(short)).filter(|full| {
            !introduced.is_some_and(|short| short.contains('(')) && (full.contains(read) || read.contains(*full))
        });
        if let Some(full) = full.map(str::to_string) {
            return Some(self.named(&full, None, false));
        }
        // "Der Beschluss sieht vor", "In dem Schreiben heißt es": a document
        // speaks for the body that issued it, which the article named just
        // before (read as a name, a capitalised noun is any kind).
        if self.german
            && is_document(&mention.bare)
            && let Some(author) = self.body_before(mention.span.start, 1)
        {
            return Some(author);
        }
        match mention.kind {
            MentionKind::Person => {
                let name = mention.name.as_deref()?;
                if let Some(full) = self.expansion(name).map(str::to_string) {
                    // "Die CCE" after "Coca-Cola Erfrischungsgetränke AG (CCE)".
                    return Some(self.named(&full, None, false));
                }
                if let Some(holder) = self.holder_of_role(name, mention.span.start, mention.role.as_deref()) {
                    return Some(holder);
                }
                let female = honorific_gender(mention.role.as_deref());
                let full = self.full_name(name, mention.span.start, female);
                let role = match full.as_deref() {
                    Some(full) if mention.role.as_deref().is_some_and(is_form_of_address) => self.office_of(full),
                    _ => None,
                };
                let role = role.or(mention.role.as_deref()).map(str::to_string);
                let index = self.named(full.as_deref().unwrap_or(name), role.as_deref(), true);
                let surname_only = !name.contains(' ');
                if surname_only && female.is_some() && self.first_name_gender(index) == female.map(|f| !f) {
                    // "Herr Müller" after "Anna Müller": someone else.
                    self.entities.push(Entity::new(name, 1, fold(name), mention.role.as_deref(), true));
                    return Some(self.entities.len() - 1);
                }
                Some(index)
            }
            MentionKind::Pronoun => self.pronoun(mention),
            MentionKind::Description => self.description(mention),
            MentionKind::Body | MentionKind::Other => {
                let name = mention.name.as_deref().unwrap_or(&mention.bare);
                // "NASA-Angaben", "Polizeiangaben": the body that gave them.
                let name = without_source_noun(name).unwrap_or(name);
                let single = !name.contains(' ');
                let fuller = match self.expansion(name) {
                    Some(full) => Some(full),
                    // "der gleichen Nachrichtenagentur": its head noun alone.
                    None if mention.kind == MentionKind::Body && mention.name.is_none() => {
                        let head = mention.head.as_deref().unwrap_or(name);
                        self.fuller_body(head, mention.span.start)
                    }
                    None if single && mention.kind == MentionKind::Body => self.fuller_body(name, mention.span.start),
                    None => None,
                };
                let name = fuller.map(str::to_string).unwrap_or_else(|| name.to_string());
                Some(self.named(&name, None, false))
            }
        }
    }

    /// For a one-word hyphenated name that is no one's name but someone's
    /// title ("the Secretary-General" after "Secretary-General Nora Lind"),
    /// the person who held it last: a speaker first, else anyone the
    /// article named. A role ends in a place as often as in a title
    /// ("Premier von Nordland"), so a plain word is left to the names.
    /// The holder must hold it at the time the mention's `role` says: "the
    /// new Secretary-General" is not the one in office.
    fn holder_of_role(&mut self, name: &str, offset: usize, role: Option<&str>) -> Option<usize> {
        // "Secretary- General", broken after its hyphen, is one word.
        let joined = super::segment::join_hyphen_breaks(name);
        let unbroken = joined.as_deref().unwrap_or(name);
        if unbroken.contains(' ') || !unbroken.contains('-') {
            return None;
        }
        let folded = fold(unbroken);
        let (described, german) = (self.tenure(role), self.german);
        let titled =
            |role: &str| role.rsplit(' ').next() == Some(folded.as_str()) && (german || held_then(described, role));
        if self.entities.iter().any(|e| e.surname == folded || e.folded.split(' ').next() == Some(folded.as_str())) {
            return None;
        }
        let speaker =
            self.entities.iter().rposition(|e| e.person && e.role.as_deref().map(fold).is_some_and(|r| titled(&r)));
        if speaker.is_some() {
            return speaker;
        }
        let before = self.keys.fold_before(&self.persons, offset);
        let named = self.persons[..before]
            .iter()
            .zip(self.keys.iter())
            .rposition(|(_, key)| key.several && key.role.is_some_and(titled))?;
        let person = self.persons[named].clone();
        Some(self.named(&person.name, person.role.as_deref(), true))
    }

    /// Whether the first name of entity `index` is a woman's or a man's,
    /// where the lexicon knows it.
    fn first_name_gender(&self, index: usize) -> Option<bool> {
        let entity = &self.entities[index];
        if !entity.person || entity.words < 2 {
            return None;
        }
        let first = entity.name.split_whitespace().next()?.to_lowercase();
        let tags = lexicon::Lexicon::for_language(if self.german { "de" } else { "en" }).tags(&first);
        if tags.has(Tags::ROLE) {
            return None;
        }
        match (tags.has(Tags::FEMALE), tags.has(Tags::MALE)) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    }

    /// For a one-word name no speaker so far bears, the full name of a
    /// person the article named before with it as surname or first word:
    /// "Rice" after "Condoleezza Rice", "Li" after "Li Fei". A woman's
    /// name is not a man's ("Herr Müller" after "Anna Müller") nor a man's
    /// a woman's, when `female` and the name say which.
    fn full_name(&mut self, name: &str, offset: usize, female: Option<bool>) -> Option<String> {
        // "de Vale", "von der Auen": a surname with its lowercase particles
        // is looked up by its last word, and completes only a name it ends.
        let (particles, surname) = match name.rsplit_once(' ') {
            Some((before, last)) if is_particle_run(before) => (true, last),
            Some(_) => return None,
            None => (false, name),
        };
        let folded = fold(surname);
        let spoken = self
            .entities
            .iter()
            .any(|e| e.person && (e.surname == folded || !particles && e.folded.starts_with(&folded)));
        if spoken {
            return None;
        }
        let ends_with_name = |full: &str| full.strip_suffix(name).is_some_and(|first| first.ends_with(' '));
        let before = self.keys.fold_before(&self.persons, offset);
        let index = self.keys.iter().take(before).zip(&self.persons).rposition(|(key, person)| {
            let other_gender = female.is_some() && person.female == female.map(|f| !f);
            let by_word = if particles {
                key.last == folded && ends_with_name(&person.name)
            } else {
                key.last == folded || key.first == folded
            };
            key.several && by_word && !other_gender
        })?;
        Some(self.persons[index].name.clone())
    }

    /// The office the article gave the person it named `full`, when it
    /// gave one ("Wirtschaftsministerin Anna Feld" for a later "Frau Feld").
    fn office_of(&self, full: &str) -> Option<&str> {
        let person = self.persons.iter().rfind(|p| p.name == full && p.role.is_some())?;
        person.role.as_deref().filter(|role| is_plain_office(role))
    }

    /// Finds or adds the entity a name refers to; a surname alone finds the
    /// full name introduced before.
    fn named(&mut self, name: &str, role: Option<&str>, person: bool) -> usize {
        let (opening_word, last_word, words) = word_ends(name);
        // "South Valdoria", "West Ostmark": a place named with its part of
        // the world, whose last word is another place, no surname.
        let compass = opening_word.is_some_and(is_compass_word);
        let surname = if compass { fold(name) } else { fold(last_word.unwrap_or(name)) };
        let genitive = surname.strip_suffix('s').unwrap_or(&surname);
        // "Bill Clinton" after "Hillary Clinton": two full names that share
        // a surname name two people unless their first names agree.
        // Only words that read as first names count: "Following Sanders" or
        // "Rival Hillary Clinton", a headline's word run into a name, is
        // still the person named before.
        let language = if self.german { "de" } else { "en" };
        let first = opening_word.filter(|_| words > 1 && person).filter(|w| first_name_like(w, language));
        // "the Justice Department" after "the State Department": two bodies
        // of several words are one only when one name ends the other.
        let several_word_body = words > 1 && !person;
        // Folded once, for every entity that bears the surname.
        let folded = if first.is_some() || several_word_body { fold(name) } else { String::new() };
        let folded_first = folded.split_whitespace().next();
        let same_person = |e: &Entity| {
            if first.is_none() && !several_word_body {
                return true;
            }
            // "Le Pen" after "Marine Le Pen", and the other way round: a
            // surname of two words; "Police Department" and "the Harlow
            // Police Department".
            let ends_with_word =
                |long: &str, short: &str| long.strip_suffix(short).is_some_and(|start| start.ends_with(' '));
            if e.folded == folded || ends_with_word(&e.folded, &folded) || ends_with_word(&folded, &e.folded) {
                return true;
            }
            if several_word_body {
                return false;
            }
            let mut known = e.name.split_whitespace();
            match (known.next(), known.next()) {
                // Both names already folded: their first words compared as they stand.
                (Some(known_first), Some(_)) if first_name_like(known_first, language) => {
                    folded_first == e.first_word()
                }
                _ => true,
            }
        };
        let matches = |e: &Entity| {
            e.person == person && (e.surname == surname && same_person(e) || (words == 1 && e.surname == genitive))
        };
        // "Clinton" after "Hillary Clinton" and "Bill Clinton": a surname
        // alone stands for the one the article named first, its subject
        // more often than not.
        let found = if words == 1 && person && name.starts_with(char::is_uppercase) {
            self.entities.iter().position(matches)
        } else {
            self.entities.iter().rposition(matches)
        };
        // "Li" after "Li Fei", "Angela" after "Angela Merkel": a single word
        // that opens a full name introduced before.
        let first_word = || {
            if words != 1 {
                return None;
            }
            let folded = fold(name);
            self.entities.iter().rposition(|e| e.person == person && e.first_word() == Some(folded.as_str()))
        };
        if let Some(index) = found.or_else(first_word) {
            let entity = &mut self.entities[index];
            if words > entity.words {
                entity.rename(name, words);
            }
            return index;
        }
        self.entities.push(Entity::new(name, words, surname, role, person));
        self.entities.len() - 1
    }

    fn pronoun(&mut self, mention: &RawMention) -> Option<usize> {
        // A possessive source ("seiner Meinung") keeps its possessive as head.
        let word = fold(mention.head.as_deref().unwrap_or(&mention.bare));
        let possessive = lexicon::possessive(&word);
        let female = match word.as_str() {
            "er" | "he" => Some(false),
            "she" => Some(true),
            "sie" if !mention.plural => Some(true),
            _ => possessive.flatten(),
        };
        if possessive.is_some() && female.is_none() {
            // A German "eigen" source has been named after the subject of its
            // own sentence when the mention was read (`Rules::own_source`).
            // "their view": whoever spoke last.
            return self.last_entity.or_else(|| self.entities.len().checked_sub(1));
        }
        let Some(female) = female else {
            // "they", plural "sie": the last body that spoke, else the last speaker.
            let spoken = self.entities.iter().rposition(|e| !e.person).or(self.last_entity);
            return spoken.or_else(|| self.body_before(mention.span.start, 2));
        };
        let compatible = |e: &Entity| e.person && e.female != Some(!female);
        let last_speaker = self.last_entity.filter(|&last| compatible(&self.entities[last]));
        let is_last_speaker = |person: &PersonMention| {
            last_speaker.is_some_and(|last| {
                self.entities[last].folded.ends_with(&fold(person.name.split_whitespace().last().unwrap_or("")))
            })
        };
        if let Some(person) = self.sentence_subject(mention.span.start, female) {
            if is_last_speaker(&person) {
                // "Als Hongkongs Chief Executive C.Y. Leung sagte, …, er":
                // the speaker as the mention before named him.
                return last_speaker;
            }
            // "Der Kollege Dörmann …, indem er": named in full before.
            let full = self.full_name(&person.name, person.start, person.female);
            let index = self.named(full.as_deref().unwrap_or(&person.name), person.role.as_deref(), true);
            self.entities[index].female.get_or_insert(female);
            return Some(index);
        }
        // The person named first in the nearest sentence before that names
        // one, when that is not the last speaker: "Der Papst empfing Bush.
        // Er sagte, …"
        if let Some(person) = self.person_before(mention.span.start, female)
            && !is_last_speaker(&person)
        {
            let index = self.named(&person.name, person.role.as_deref(), true);
            self.entities[index].female.get_or_insert(female);
            return Some(index);
        }
        let any_last = possessive.and(self.last_entity);
        // "Die Gewerkschaft … Sie bezeichnet …": "sie" also stands for a
        // body named by a feminine noun.
        let body = self.last_entity.filter(|&last| female && !self.entities[last].person);
        let index = last_speaker.or_else(|| self.entities.iter().rposition(compatible)).or(any_last).or(body);
        // "Die Gewerkschaft der Polizei hat … abgelehnt. Sie bezeichnet …":
        // before anyone has spoken, a German "sie" with no woman to stand
        // for is the body the article just named.
        let index = index.or_else(|| if female { self.body_before(mention.span.start, 2) } else { None })?;
        self.entities[index].female.get_or_insert(female);
        Some(index)
    }

    /// The entity for the body a German article named last, in the
    /// `sentences` sentences before `offset` or earlier in its own: for a
    /// "sie" that nothing that spoke stands for, for a document's author.
    fn body_before(&mut self, offset: usize, sentences: usize) -> Option<usize> {
        if !self.german {
            return None;
        }
        let sentence = self.sentence_starts.partition_point(|&start| start <= offset).saturating_sub(1);
        let window_start = self.sentence_starts.get(sentence.saturating_sub(sentences)).copied().unwrap_or(0);
        let (_, name, _) = self.bodies.iter().rev().find(|(start, ..)| *start < offset && *start >= window_start)?;
        let name = name.clone();
        Some(self.named(&name, None, false))
    }

    /// The person who opens the pronoun's own sentence, when no one else is
    /// named between them: "President Tom Harlow has delivered his
    /// address, in which he said …" is about him, whoever spoke before.
    fn sentence_subject(&self, offset: usize, female: bool) -> Option<PersonMention> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= offset).saturating_sub(1);
        let from = self.persons.partition_point(|p| p.sentence < sentence);
        let to = self.persons.partition_point(|p| p.start < offset);
        let [subject] = self.persons.get(from..to)? else {
            return None;
        };
        let fits = subject.sentence == sentence && subject.subject_of.contains(&offset) && !subject.place;
        (fits && subject.female != Some(!female)).then(|| subject.clone())
    }

    /// The first gender-compatible person of the latest sentence before
    /// `offset` that names one, if it is nearer than the last speaker.
    fn person_before(&self, offset: usize, female: bool) -> Option<PersonMention> {
        // A name earlier in the pronoun's own sentence is seldom its referent:
        // "Die Politik unter Mugabe kritisierte er …".
        let sentence = self.sentence_starts.partition_point(|&start| start <= offset).saturating_sub(1);
        // A person known to match the pronoun, by first name or role, in the
        // two sentences before outranks names of unknown gender, which are
        // as often places and things ("Atomkraftwerk Krümmel").
        let known = self.persons.iter().rposition(|p| {
            p.start < offset && p.sentence < sentence && p.sentence + 2 >= sentence && p.female == Some(female)
        });
        if let Some(known) = known {
            let in_sentence = self.persons[known].sentence;
            return self.persons[..=known]
                .iter()
                .find(|p| p.sentence == in_sentence && p.female == Some(female))
                .cloned();
        }
        let fits = |p: &PersonMention| p.female != Some(!female) && !p.place;
        let before = self.persons.iter().rposition(|p| p.start < offset && p.sentence < sentence && fits(p))?;
        let sentence = self.persons[before].sentence;
        self.persons[..=before].iter().find(|p| p.sentence == sentence && fits(p)).cloned()
    }

    /// "der Minister", "Lawrows Vize": a person named before with that role,
    /// else the last person who spoke, but never the possessor.
    /// "Ein Sprecher des Finanzministeriums", "der Pressedienst des
    /// Außenministeriums": someone unnamed who speaks for a body is looked
    /// up under the body, not under whoever the article named last.
    fn represented_body(&self, mention: &RawMention) -> Option<String> {
        const SPOKESPEOPLE: [&str; 6] =
            ["sprecher", "sprecherin", "pressedienst", "pressestelle", "presseamt", "vertreter"];
        if !self.german || matches!(mention.kind, MentionKind::Person | MentionKind::Pronoun) {
            return None;
        }
        // Only a masculine or neuter genitive ("des") marks its noun with -s.
        let (speaker, masculine, attribute) =
            [(" des ", true), (" eines ", true), (" der ", false), (" einer ", false)].iter().find_map(
                |&(article, masculine)| {
                    let at = mention.bare.find(article)?;
                    Some((&mention.bare[..at], masculine, &mention.bare[at + article.len()..]))
                },
            )?;
        // "Regierungssprecher" speaks for a body, a "Medienvertreter" does not.
        let head = fold(speaker.rsplit(' ').next().unwrap_or(speaker));
        if !SPOKESPEOPLE.iter().any(|word| head.ends_with(word)) || head.ends_with("nvertreter") {
            return None;
        }
        // "des Weißen Hauses in Washington": the body without its place.
        let attribute = attribute.split(" in ").next().unwrap_or(attribute);
        let body = if masculine { super::attribute::nominative(attribute) } else { attribute.to_string() };
        // "des brasilianischen Außenministeriums": a noun, not only adjectives.
        let noun = body.split(' ').any(|word| word.chars().next().is_some_and(char::is_uppercase));
        noun.then_some(body)
    }

    fn description(&mut self, mention: &RawMention) -> Option<usize> {
        if let Some(office) = mention.role.as_deref().filter(|role| !self.german && is_office_held_at(role)) {
            // "the Commander of the Varlo Garrison": the holder of that office,
            // whom only the same role names, not the last person named.
            let office = fold(office);
            let speaker =
                self.entities.iter().rposition(|e| e.person && e.role.as_deref().is_some_and(|r| fold(r) == office));
            if speaker.is_some() {
                return speaker;
            }
            let before = self.keys.fold_before(&self.persons, mention.span.start);
            let named = self.persons[..before]
                .iter()
                .zip(self.keys.iter())
                .rposition(|(_, key)| key.role == Some(office.as_str()))?;
            let person = self.persons[named].clone();
            return Some(self.named(&person.name, person.role.as_deref(), true));
        }
        let possessor = mention.possessor.as_deref().map(|p| {
            let folded = fold(p);
            folded.strip_suffix('s').unwrap_or(&folded).to_string()
        });
        // "APA", "NASA": a short form read as a name is a body, which no
        // description of a person stands for.
        let acronym = |e: &Entity| self.german && !e.name.contains(' ') && !e.name.chars().any(char::is_lowercase);
        let allowed = |e: &Entity| e.person && !acronym(e) && possessor.as_deref().is_none_or(|p| e.surname != p);
        // "the former minister", "the new president": someone other than the
        // holder in office, found only under a role of the same time.
        let (described, german) = (self.tenure(mention.role.as_deref()), self.german);
        let same_time = |role: &str| german || held_then(described, role);
        if let Some(head) = mention.head.as_deref().map(fold) {
            // "Der 84-jährige Küng": the head is the surname of someone named before.
            let before = self.keys.fold_before(&self.persons, mention.span.start);
            let persons = &self.persons[..before];
            let surname =
                persons.iter().zip(self.keys.iter()).rposition(|(p, key)| key.several && key.last == head && !p.place);
            if let Some(person) = surname.map(|i| self.persons[i].clone()) {
                return Some(self.named(&person.name, person.role.as_deref(), true));
            }
            // "Frau von der Leyen", "Herr de Maizière": a name the reading cut
            // at its particle leaves a form of address as the head (or as the
            // whole mention), which names no office; the last one addressed
            // so would be a guess, and the mention's words name the speaker
            // better. "Frau Kollegin" keeps the reading of its listener, and
            // "seine Frau" alone is a wife.
            let addressed_only = mention.role.as_deref().is_none_or(is_form_of_address);
            let cut_name = !mention.bare.contains(' ') && head != "frau"
                || mention.bare.split_whitespace().any(|word| !speaker::is_form_of_address(word));
            if self.german && addressed_only && cut_name && GERMAN_BARE_ADDRESS.contains(&head.as_str()) {
                return None;
            }
            // "dessen brasilianischen Amtskollegen Luiz Lula … der brasilianische
            // Präsident": the adjective the article put before a name tells
            // which of those named the description stands for, where a role
            // may be that of another ("des venezolanischen Präsidenten").
            let adjective = mention.role.as_deref().and_then(|role| role.split(' ').next()).and_then(isch_stem);
            let described = adjective.and_then(|adjective| {
                persons.iter().rposition(|p| !p.place && p.adjective.as_deref() == Some(adjective))
            });
            if let Some(person) = described.map(|i| self.persons[i].clone()) {
                return Some(self.named(&person.name, person.role.as_deref(), true));
            }
            // A holder of the role at the time the description says first,
            // then one the article named by the bare title: "President Bush …
            // the former president" is one man, named by his title then, and
            // "Prime Minister Lind … the new Prime Minister" one woman.
            for timed in [true, false] {
                let fits = |role: &str| {
                    role_names(&fold(role), &head) && (same_time(role) || !timed && tenure(role) == Tenure::Now)
                };
                let by_role = self.entities.iter().rposition(|e| allowed(e) && e.role.as_deref().is_some_and(fits));
                if by_role.is_some() {
                    return by_role;
                }
                // Someone the article named with that role before, who has not
                // spoken yet: "Präsident Lula da Silva … der brasilianische Präsident".
                let named = self.persons[..before].iter().zip(self.keys.iter()).rposition(|(_, key)| {
                    key.role.is_some_and(fits) && possessor.as_deref().is_none_or(|o| key.last != o)
                });
                if let Some(person) = named.map(|i| self.persons[i].clone()) {
                    return Some(self.named(&person.name, person.role.as_deref(), true));
                }
            }
        }
        match self.last_entity {
            Some(last) if allowed(&self.entities[last]) => Some(last),
            _ => self.entities.iter().rposition(allowed),
        }
    }

    /// When an English role places its holder in time. German roles are
    /// left as they were.
    fn tenure(&self, role: Option<&str>) -> Tenure {
        match role {
            Some(role) if !self.german => tenure(role),
            _ => Tenure::Now,
        }
    }
}

/// When a role places its holder in time: before the one in office, in
/// office, or after (just come in, or to come).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tenure {
    Past,
    Now,
    Next,
}

/// The time the words before an English title give it: "former", "late",
/// "outgoing", "ex-", "then-" a past holder; "new", "incoming", "next",
/// "-elect", "-designate" a coming one. Words after the office's link
/// ("adviser to the late …") describe someone else.
fn tenure(role: &str) -> Tenure {
    const PAST: [&str; 3] = ["former", "late", "outgoing"];
    const NEXT: [&str; 3] = ["new", "incoming", "next"];
    // Compared without lowercased copies: this runs for each person a
    // description is weighed against.
    let listed = |word: &str, list: &[&str]| list.iter().any(|listed| listed.eq_ignore_ascii_case(word));
    let opens = |word: &str, prefix: &str| word.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    for word in role.split_whitespace() {
        if listed(word, &OFFICE_LINKS) {
            break;
        }
        if listed(word, &PAST) || opens(word, "ex-") || opens(word, "then-") {
            return Tenure::Past;
        }
        if listed(word, &NEXT) || lexicon::names_office_not_yet_held(word) {
            return Tenure::Next;
        }
    }
    Tenure::Now
}

/// True when a mention whose role places its holder at `described` may
/// stand for someone named with `role`: a holder of the same time, or, for
/// a mention of the office as it is now, one named as its new holder ("new
/// President Lind … the President said").
fn held_then(described: Tenure, role: &str) -> bool {
    let held = tenure(role);
    held == described || described == Tenure::Now && held == Tenure::Next
}

/// True when an English role is an office with the place or body it is
/// held at: "Commander of the Varlo Garrison", "President of France".
fn is_office_held_at(role: &str) -> bool {
    role.split_whitespace().skip(1).any(|word| OFFICE_LINKS.contains(&word))
}

/// True when the folded `role` is the one the folded `head` of a
/// description names: "the senator" stands for "Sen. Tom Harlow", whose
/// role is kept as the article abbreviates it.
fn role_names(role: &str, head: &str) -> bool {
    const ABBREVIATED: [(&str, &str); 12] = [
        ("sen", "senator"),
        ("gov", "governor"),
        ("rep", "representative"),
        ("pres", "president"),
        ("gen", "general"),
        ("lt", "lieutenant"),
        ("col", "colonel"),
        ("sgt", "sergeant"),
        ("capt", "captain"),
        ("adm", "admiral"),
        ("atty", "attorney"),
        ("prof", "professor"),
    ];
    role.contains(head)
        || role
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| ABBREVIATED.iter().any(|&(short, full)| word == short && head == full))
}

/// German forms of address, folded, that a mention cut before a name's
/// particle keeps as its head.
const GERMAN_BARE_ADDRESS: [&str; 3] = ["herr", "herrn", "frau"];

/// A German noun that names a company by its kind: "Konzern",
/// "Fluggesellschaft", "Autohersteller".
fn company_noun(word: &str) -> bool {
    const COMPANY: [&str; 5] = ["konzern", "unternehmen", "firma", "gesellschaft", "hersteller"];
    COMPANY.iter().any(|noun| {
        word.len()
            .checked_sub(noun.len())
            .and_then(|cut| word.get(cut..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(noun))
    })
}

/// A German noun that names a document its author issued: "Beschluss",
/// "Schreiben", "Stellungnahme".
fn is_document(word: &str) -> bool {
    const DOCUMENTS: [&str; 9] = [
        "beschluss",
        "schreiben",
        "erklärung",
        "entscheidung",
        "stellungnahme",
        "mitteilung",
        "pressemitteilung",
        "presseerklärung",
        "resolution",
    ];
    DOCUMENTS.iter().any(|document| word.eq_ignore_ascii_case(document))
}

/// "NASA-Angaben", "israelischen Armeeangaben": the words before the
/// compound's source noun, which name who gave the information.
fn without_source_noun(name: &str) -> Option<&str> {
    const SOURCE: &str = "angaben";
    let cut = name.len().checked_sub(SOURCE.len())?;
    let tail = name.get(cut..)?;
    if !tail.eq_ignore_ascii_case(SOURCE) || cut < 3 {
        return None;
    }
    let stem = name[..cut].trim_end_matches('-');
    let last = stem.rsplit(' ').next().unwrap_or(stem);
    // "Unternehmensangaben", "Regierungsangaben": the linking s is not the body's.
    let linking = stem.ends_with("ngs") || stem.ends_with("ens");
    let stem = if linking { &stem[..stem.len() - 1] } else { stem };
    last.chars().next().is_some_and(char::is_uppercase).then_some(stem)
}

/// "Bundesgerichtshof (BGH)", "des United States Geological Survey (USGS)":
/// the short form in the parenthesis at `open` and the name before it, which
/// starts with a word that has the short form's first letter.
fn acronym_at(text: &str, tokens: &[Token], open: usize, german: bool) -> Option<(String, String)> {
    let (short, close) = (tokens.get(open + 1)?, tokens.get(open + 2)?);
    let short_text = &text[short.span()];
    let capitals = short_text.chars().filter(|c| c.is_uppercase()).count();
    if !short.is_word() || !close.is_punct(')') || capitals < 2 || short_text.len() > 8 || open == 0 {
        return None;
    }
    let initial = short_text.chars().next()?.to_lowercase().next()?;
    const LINKS: [&str; 11] = ["der", "des", "für", "von", "und", "im", "in", "of", "the", "for", "and"];
    let mut start = None;
    let mut index = open;
    while index > 0 && open - index < 7 {
        let token = &tokens[index - 1];
        let word = &text[token.span()];
        let link = !token.upper && LINKS.contains(&word);
        if !token.is_word() || !(token.upper || link) || token.tags.has(Tags::DETERMINER) && token.upper {
            break;
        }
        index -= 1;
        if token.upper && word.chars().next().and_then(|c| c.to_lowercase().next()) == Some(initial) {
            start = Some(index);
        }
    }
    // "Die Schutzvereinigung für Wertpapierbesitz (DSW)": a German short
    // form keeps the D of a "Deutsche" the text leaves out.
    let unwritten_german = german && initial == 'd' && short_text.len() > 2;
    let start = match start {
        Some(start) => start,
        None if unwritten_german => {
            let second = short_text.chars().nth(1)?.to_lowercase().next()?;
            let first_upper = (index..open).find(|&i| tokens[i].upper)?;
            let opens = text[tokens[first_upper].span()].chars().next()?.to_lowercase().next()? == second;
            if !opens {
                return None;
            }
            first_upper
        }
        None => return None,
    };
    let full = &text[tokens[start].start..tokens[open - 1].end];
    // "Stefan Pold (SPD)": a person and the party after the name.
    let person = tokens[start].tags.has(Tags::FEMALE | Tags::MALE);
    let mut letters = full.chars().flat_map(char::to_lowercase);
    let skipped = usize::from(!full.to_lowercase().starts_with(initial));
    let spelled = short_text.chars().skip(skipped).flat_map(char::to_lowercase).all(|c| letters.any(|l| l == c));
    if person || !spelled {
        return None;
    }
    let genitive = start > 0 && ["des", "eines"].contains(&&text[tokens[start - 1].span()]);
    let full = if german && genitive { super::attribute::nominative(full) } else { full.to_string() };
    Some((short_text.to_string(), full))
}

/// A body named with more than its head noun: a compound
/// ("Fischereiministerium") or a place after it ("Staatsanwaltschaft von
/// Manhattan").
fn body_at(text: &str, tokens: &[Token], index: usize) -> Option<(usize, String, String)> {
    let token = &tokens[index];
    let word = &text[token.span()];
    // "die Nachrichtenagentur RIA Novosti": the body's own name follows its noun.
    let named = tokens[index + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.is_word() && t.upper && !t.quoted && t.tags.is_empty())
        .count();
    if named > 0 {
        let name = text[tokens[index + 1].start..tokens[index + named].end].to_string();
        return Some((token.start, name, fold(word)));
    }
    // "die Gewerkschaft der Polizei": a body named by its genitive complement.
    // A body that is a full name on its own takes none: the "der" after it
    // opens the next phrase ("hat die NATO der Bitte entsprochen").
    let genitive = tokens
        .get(index + 1)
        .filter(|link| link.is_word() && ["der", "des"].contains(&&text[link.span()]))
        .filter(|_| !token.tags.has(Tags::PLACE) && !names_one_body(word));
    let complement = genitive.map_or(0, |_| {
        tokens[index + 2..]
            .iter()
            .take(3)
            .take_while(|t| t.is_word() && t.upper && !t.quoted && !t.tags.has(Tags::DETERMINER | Tags::ROLE))
            .count()
    });
    // "die Bundesregierung der Parlamentarische Staatssekretär": the
    // capitalised words are the next subject's role and its adjective.
    let before_role = tokens.get(index + 2 + complement).is_some_and(|t| t.tags.has(Tags::ROLE));
    if complement > 0 && !before_role {
        let name = text[token.start..tokens[index + 1 + complement].end].to_string();
        return Some((token.start, name, fold(word)));
    }
    let place = tokens.get(index + 2).filter(|next| {
        let link = &tokens[index + 1];
        link.is_word()
            && ["von", "in"].contains(&&text[link.span()])
            && next.is_word()
            && next.upper
            && !next.tags.has(Tags::DETERMINER | Tags::ROLE)
            && (next.tags.has(Tags::PLACE) || !common_noun(text, tokens, index + 2))
    });
    let end = place.map_or(token.end, |next| next.end);
    let compound = word.contains('-') || word.chars().count() > 14;
    if place.is_none() && !compound {
        return None;
    }
    Some((token.start, text[token.start..end].to_string(), fold(word)))
}

/// A word that alone names one body, as a place names its government: an
/// acronym ("NATO", "EU") or the one federal government.
pub fn names_one_body(word: &str) -> bool {
    const SINGLE_BODIES: [&str; 3] = ["bundesregierung", "kreml", "vatikan"];
    let acronym = word.chars().count() > 1 && word.chars().all(char::is_uppercase);
    acronym || SINGLE_BODIES.iter().any(|body| word.eq_ignore_ascii_case(body))
}

/// The capitalised word at `index`, after "von" or "in", is a German common
/// noun rather than a place: it opens a fixed phrase ("in Bezug auf", "von
/// Anfang an", "in Anbetracht der") or takes an article elsewhere in the text ("in Auftrag" after
/// "den Auftrag"), where a place name takes none ("in Magdeburg").
fn common_noun(text: &str, tokens: &[Token], index: usize) -> bool {
    let phrase = tokens
        .get(index + 1)
        .is_some_and(|after| after.tags.has(Tags::PREPOSITION) || ["der", "des"].contains(&&text[after.span()]));
    phrase || with_article(text, &text[tokens[index].span()])
}

/// `noun` follows an article somewhere in `text`.
fn with_article(text: &str, noun: &str) -> bool {
    const ARTICLES: [&str; 12] =
        ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"];
    memchr::memmem::find_iter(text.as_bytes(), noun.as_bytes()).any(|at| {
        let Some(before) = text[..at].strip_suffix(' ') else {
            return false;
        };
        let ends_word = !text[at + noun.len()..].starts_with(char::is_alphanumeric);
        let article = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        ends_word && ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(article))
    })
}

/// The persons' words as coreference compares them, folded once into one
/// string: a string of its own for each word was 23 M instructions of
/// allocating on the gold news, and as much again freeing them.
#[derive(Debug, Default)]
struct PersonKeys {
    folded: String,
    keys: Vec<PersonKey>,
}

/// One person's words, as ranges of [`PersonKeys::folded`].
#[derive(Debug)]
struct PersonKey {
    first: Range<usize>,
    last: Range<usize>,
    /// The name has more than one word.
    several: bool,
    role: Option<Range<usize>>,
}

/// A person's folded words.
#[derive(Debug)]
struct FoldedPerson<'k> {
    first: &'k str,
    last: &'k str,
    several: bool,
    role: Option<&'k str>,
}

impl PersonKeys {
    /// Folds the words of `persons` up to the first that starts at or after
    /// `offset`, and says how many persons that is. Persons are in text
    /// order: only those before a mention are read for it.
    fn fold_before(&mut self, persons: &[PersonMention], offset: usize) -> usize {
        let before = persons.partition_point(|p| p.start < offset);
        for person in persons.get(self.keys.len()..before).unwrap_or_default() {
            let mut words = person.name.split_whitespace();
            let first_word = words.next().unwrap_or_default();
            let first = self.fold_in(first_word);
            let surname = !is_compass_word(first_word);
            // The last word read from the end, not found by passing over the others.
            let last = words.next_back().map(|word| if surname { self.fold_in(word) } else { first.end..first.end });
            let role = person.role.as_deref().map(|role| self.fold_in(role));
            self.keys.push(PersonKey { several: last.is_some(), last: last.unwrap_or(first.clone()), first, role });
        }
        before
    }

    fn fold_in(&mut self, text: &str) -> Range<usize> {
        let start = self.folded.len();
        fold_into(&mut self.folded, text);
        start..self.folded.len()
    }

    fn iter(&self) -> impl DoubleEndedIterator<Item = FoldedPerson<'_>> + ExactSizeIterator {
        let folded = self.folded.as_str();
        self.keys.iter().map(move |key| FoldedPerson {
            first: &folded[key.first.clone()],
            last: &folded[key.last.clone()],
            several: key.several,
            role: key.role.clone().map(|role| &folded[role]),
        })
    }
}

/// A word that may be a first name: capitalised letters, more than an
/// initial, and no word the lexicon knows as anything but a first name.
fn first_name_like(word: &str, language: &str) -> bool {
    // Words a headline or sentence runs into a name: "Another Clinton",
    // "Following Sanders", "Dropped Out Ted Cruz".
    const NOT_FIRST_NAMES: [&str; 14] = [
        "another",
        "neither",
        "either",
        "one",
        "top",
        "like",
        "rival",
        "team",
        "former",
        "both",
        "every",
        "each",
        "only",
        "professor",
    ];
    let lower = word.to_lowercase();
    let verb_form = lower.len() > 4 && (lower.ends_with("ing") || lower.ends_with("ed"));
    if verb_form || NOT_FIRST_NAMES.contains(&lower.as_str()) {
        return false;
    }
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let letters = chars.clone().count() >= 1 && chars.all(char::is_alphabetic);
    capital
        && letters
        && (lexicon::Lexicon::for_language(language).tags(&lower) & !(Tags::FEMALE | Tags::MALE)).is_empty()
}

/// The first and the last word of `name`, and how many it has, split at
/// white space in one pass.
fn word_ends(name: &str) -> (Option<&str>, Option<&str>, usize) {
    let mut words = name.split_whitespace();
    let first = words.next();
    words.fold((first, first, usize::from(first.is_some())), |(first, _, count), word| (first, Some(word), count + 1))
}

/// "North", "Central", "Sub-Saharan": a first word that makes a name a place.
fn is_compass_word(word: &str) -> bool {
    const COMPASS_WORDS: [&str; 10] =
        ["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "sub-saharan"];
    COMPASS_WORDS.iter().any(|c| word.eq_ignore_ascii_case(c))
}

/// Lowercase without accents, for comparing names.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(&mut folded, text);
    folded
}

/// [`fold`], appended to `out`.
fn fold_into(out: &mut String, text: &str) {
    use unicode_normalization::UnicodeNormalization;
    // "Secretary-⏎General" as the tokenizer reads it: one word, the role of
    // "Secretary-General".
    if let Some(unbroken) = super::segment::join_hyphen_breaks(text) {
        fold_into(out, &unbroken);
        return;
    }
    if text.is_ascii() {
        // Most names; NFKD leaves ASCII as it is.
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    // ASCII letters and the runs of other characters between them, each
    // folded on its own: NFKD leaves ASCII as it is, and an ASCII character
    // is a starter that no mark is reordered across, so "Jürgen" costs the
    // decomposition of its "ü" alone (run over every letter, it was most of
    // folding the German news' names).
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        // A character's bytes are all non-ASCII or it is ASCII: the run ends
        // on a character boundary.
        let other = rest.bytes().position(|b| b.is_ascii()).unwrap_or(rest.len());
        if other == 0 {
            continue;
        }
        out.extend(
            rest[..other]
                .nfkd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase),
        );
        rest = &rest[other..];
    }
}

/// True when a role only addresses or honours its holder ("Herr", "Frau
/// Kollegin", "Mr.", "Dr.") and says nothing of the office held, so that
/// an office the article gave the same person is the better role.
pub fn is_form_of_address(role: &str) -> bool {
    role.split_whitespace().all(speaker::is_form_of_address)
}

/// True when a role reads as an office and nothing else: a word of office
/// in it (not only "Democratic" or "State", which the reading may leave of a
/// longer role), no form of address (which would name someone else:
/// "adviser to Mr."), and short enough not to run on into a clause.
fn is_plain_office(role: &str) -> bool {
    const MOST_WORDS: usize = 8;
    let office_word = |word: &str| {
        let lower = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        ["de", "en"].iter().any(|lang| lexicon::Lexicon::for_language(lang).tags(&lower).has(Tags::ROLE))
    };
    let mut words = role.split_whitespace();
    let mut office = false;
    for word in words.by_ref().take(MOST_WORDS) {
        if is_form_of_address(word) {
            return false;
        }
        office |= office_word(word);
    }
    office && words.next().is_none()
}

/// The gender an honorific role says: "Herr", "Mr.", "Kollege" a man,
/// "Frau", "Mrs.", "Ms." a woman.
fn honorific_gender(role: Option<&str>) -> Option<bool> {
    match speaker::addressee(role?.split_whitespace().next()?)? {
        Addressee::Man => Some(false),
        Addressee::Woman => Some(true),
        Addressee::Either => None,
    }
}

/// True for words that are one surname particle and nothing more: "de",
/// "von der". A particle is one or two words, so a second part holding a
/// space is in no word list and fails.
fn is_particle_run(words: &str) -> bool {
    let parts = match words.split_once(' ') {
        Some((first, rest)) => [first, rest],
        None => [words, ""],
    };
    let count = if parts[1].is_empty() { 1 } else { 2 };
    leading_particles(&parts[..count]) == count
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::Kind;
    use super::super::attribute::{PersonMention, RawMention};
    use super::*;

    proptest! {
        /// Folding ASCII and the runs between apart gives what NFKD, marks
        /// dropped and lowercase, gives for the whole text: marks after an
        /// ASCII letter, compatibility forms ("ﬁ", "²"), and "İ", whose
        /// lowercase is two characters.
        #[test]
        fn folding_runs_apart_folds_the_whole(text in "[a-zA-Z äöüÄÖÜßéÉłİ\u{0301}\u{0308}\u{0327}ﬁ²Å’-]{0,24}") {
            use unicode_normalization::UnicodeNormalization;
            // A word broken after its hyphen folds as the word it is.
            let unbroken = crate::quote::segment::join_hyphen_breaks(&text).unwrap_or_else(|| text.clone());
            let whole: String = unbroken
                .nfkd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect();
            prop_assert_eq!(fold(&text), whole);
        }
    }

    fn pronoun_found(word: &str, start: usize) -> Found {
        Found {
            kind: Kind::Indirect,
            spans: (0..1).map(|_| start + 10..start + 20).collect(),
            cue: None,
            mention: Some(RawMention {
                span: start..start + word.len(),
                kind: MentionKind::Pronoun,
                name: None,
                role: None,
                possessor: None,
                head: None,
                bare: word.to_string(),
                plural: false,
                addressee: false,
                may_address: false,
            }),
            rule: "test",
            inherits: false,
            hides_mention: false,
            paragraph: 0,
            sentence: 1,
        }
    }

    /// A role description ("die Präsidentin") with `head` as its head noun.
    fn description_found(head: &str, start: usize) -> Found {
        let mut found = pronoun_found(head, start);
        if let Some(mention) = found.mention.as_mut() {
            mention.kind = MentionKind::Description;
            mention.head = Some(head.to_string());
        }
        found
    }

    fn person(name: &str, start: usize, sentence: usize) -> PersonMention {
        PersonMention {
            start,
            sentence,
            name: name.to_string(),
            role: None,
            female: None,
            place: false,
            subject_of: 0..0,
            adjective: None,
        }
    }

    /// The body `body_at` reads at the first word of `text` (German).
    fn body_name(text: &str) -> Option<String> {
        use super::super::lexicon::Lexicon;
        use super::super::segment::tokenize;
        let tokens = tokenize(text, 0..text.len(), Lexicon::for_language("de"), &mut String::new());
        body_at(text, &tokens, 0).map(|(_, name, _)| name)
    }

    #[test]
    fn a_german_short_form_keeps_the_d_of_an_unwritten_deutsche() {
        use super::super::lexicon::Lexicon;
        use super::super::segment::tokenize;
        let short_form = |text: &str| {
            let tokens = tokenize(text, 0..text.len(), Lexicon::for_language("de"), &mut String::new());
            let open = tokens.iter().position(|t| t.is_punct('('))?;
            acronym_at(text, &tokens, open, true).map(|(_, full)| full)
        };
        let full = short_form("Die Vereinigung für Gartenbau (DVG) warnte.");
        assert_eq!(full.as_deref(), Some("Vereinigung für Gartenbau"));
        assert_eq!(short_form("Die Vereinigung für Gartenbau (DGB) warnte."), None);
    }

    #[test]
    fn a_body_takes_the_place_after_it() {
        assert_eq!(
            body_name("Staatsanwaltschaft von Talheim erhob Anklage.").as_deref(),
            Some("Staatsanwaltschaft von Talheim")
        );
        assert_eq!(body_name("Polizei in Köln am Abend.").as_deref(), Some("Polizei in Köln"));
    }

    #[test]
    fn a_common_noun_after_in_or_von_is_no_place() {
        let fixed = "Staatsanwaltschaft von Anfang an misstrauisch.";
        assert_eq!(body_name(fixed).as_deref(), Some("Staatsanwaltschaft"));
        let with_article = "Staatsanwaltschaft in Auftrag gegeben. Der Auftrag kam spät.";
        assert_eq!(body_name(with_article).as_deref(), Some("Staatsanwaltschaft"));
        let title = "Staatsanwaltschaft von Frau Lenning geleitet.";
        assert_eq!(body_name(title).as_deref(), Some("Staatsanwaltschaft"));
    }

    #[test]
    fn a_role_adjective_after_der_is_no_genitive_complement() {
        let role = "Gewerkschaft der Parlamentarische Staatssekretär Ohm";
        assert_eq!(body_name(role), None);
        assert_eq!(body_name("Gewerkschaft der Bäcker sagte").as_deref(), Some("Gewerkschaft der Bäcker"));
    }

    #[test]
    fn a_body_named_on_its_own_takes_no_genitive_complement() {
        assert_eq!(body_name("NATO der Vorschlag gefiel").as_deref(), None);
        assert_eq!(body_name("Bundesregierung der Bitte nachgekommen").as_deref(), Some("Bundesregierung"));
        assert_eq!(body_name("Fraktion der Grünen sagte").as_deref(), Some("Fraktion der Grünen"));
    }

    #[test]
    fn a_pronoun_skips_a_name_in_its_own_sentence() {
        // "Karl Brenner kam. Die Politik unter Otto Lanz kritisierte er …"
        let persons = vec![person("Karl Brenner", 0, 0), person("Otto Lanz", 40, 1)];
        let mut resolver = Resolver::new(persons, vec![0, 20]);
        let speaker = resolver.resolve(&pronoun_found("er", 60));
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Karl Brenner"));
    }

    #[test]
    fn a_pronoun_refers_to_the_subject_opening_its_own_sentence() {
        // "Karl Brenner kam. Tom Harlow gave his address, in which he said …"
        let subject = PersonMention { subject_of: 45..90, ..person("Tom Harlow", 20, 1) };
        let persons = vec![person("Karl Brenner", 0, 0), subject];
        let mut resolver = Resolver::new(persons.clone(), vec![0, 20]);
        let speaker = resolver.resolve(&pronoun_found("he", 60));
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Tom Harlow"));
        // Past the subject's part of the sentence, the person named before.
        let mut resolver = Resolver::new(persons, vec![0, 20]);
        let speaker = resolver.resolve(&pronoun_found("he", 95));
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Karl Brenner"));
    }

    #[test]
    fn a_pronoun_prefers_a_person_of_known_gender() {
        let mut named = person("Karl Brenner", 0, 0);
        named.female = Some(false);
        let persons = vec![named, person("Werk Nordhafen", 25, 1)];
        let mut resolver = Resolver::new(persons, vec![0, 20, 40]);
        let speaker = resolver.resolve(&pronoun_found("er", 50));
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Karl Brenner"));
    }

    #[test]
    fn a_single_name_takes_the_full_name_given_before() {
        let mut resolver = Resolver::new(vec![person("Wu Lan", 0, 0)], vec![0, 30]);
        let mut found = pronoun_found("Wu", 40);
        if let Some(mention) = found.mention.as_mut() {
            mention.kind = MentionKind::Person;
            mention.name = Some("Wu".to_string());
        }
        assert_eq!(resolver.resolve(&found).and_then(|s| s.name).as_deref(), Some("Wu Lan"));
    }

    #[test]
    fn a_description_finds_the_person_named_with_its_role() {
        let mut named = person("Lina Okafor", 10, 0);
        named.role = Some("Präsidentin".to_string());
        let mut resolver = Resolver::new(vec![person("Karl Brenner", 0, 0), named], vec![0, 30]);
        let found = description_found("Präsidentin", 40);
        assert_eq!(resolver.resolve(&found).and_then(|s| s.name).as_deref(), Some("Lina Okafor"));
    }

    #[test]
    fn a_description_by_surname_finds_the_person_named_before() {
        let persons = vec![person("Hanno Küster", 0, 0), person("Karl Brenner", 10, 0)];
        let mut resolver = Resolver::new(persons, vec![0, 30]);
        let found = description_found("Küster", 40);
        assert_eq!(resolver.resolve(&found).and_then(|s| s.name).as_deref(), Some("Hanno Küster"));
    }

    #[test]
    fn a_german_description_never_stands_for_a_short_form() {
        let mut resolver = Resolver::new(Vec::new(), vec![0, 30]);
        resolver.german = true;
        let mut named = pronoun_found("Karl Brenner", 0);
        let mut short = pronoun_found("NDA", 20);
        for (found, name) in [(&mut named, "Karl Brenner"), (&mut short, "NDA")] {
            if let Some(mention) = found.mention.as_mut() {
                mention.kind = MentionKind::Person;
                mention.name = Some(name.to_string());
            }
            resolver.resolve(found);
        }
        let found = description_found("Sportler", 40);
        assert_eq!(resolver.resolve(&found).and_then(|s| s.name).as_deref(), Some("Karl Brenner"));
    }

    #[test]
    fn a_german_phrase_that_hides_its_mention_still_names_its_speaker() {
        let persons = vec![person("Karl Brenner", 0, 0)];
        let mut resolver = Resolver::new(persons, vec![0, 20]);
        resolver.german = true;
        let mut phrase = pronoun_found("er", 40);
        phrase.hides_mention = true;
        let speaker = resolver.resolve(&phrase).expect("a speaker");
        assert_eq!((speaker.name.as_deref(), speaker.mention), (Some("Karl Brenner"), None));
        let statement = pronoun_found("er", 60);
        assert!(resolver.resolve(&statement).and_then(|s| s.mention).is_some());
    }

    #[test]
    fn a_possessive_source_refers_like_a_pronoun() {
        let persons = vec![person("Karl Brenner", 0, 0)];
        let mut resolver = Resolver::new(persons, vec![0, 20]);
        let mut found = pronoun_found("Meinung", 40);
        if let Some(mention) = found.mention.as_mut() {
            mention.head = Some("seiner".to_string());
        }
        assert_eq!(resolver.resolve(&found).and_then(|s| s.name).as_deref(), Some("Karl Brenner"));
    }

    #[test]
    fn person_keys_are_folded_as_far_as_a_mention_reads_them() {
        let persons = vec![person("Karl Brenner", 0, 0), person("Ilse Weidt", 30, 1), person("North Valdoria", 60, 2)];
        let mut keys = PersonKeys::default();
        assert_eq!(keys.fold_before(&persons, 40), 2);
        assert_eq!(keys.keys.len(), 2);
        // An earlier mention reads fewer of the keys folded already.
        assert_eq!(keys.fold_before(&persons, 10), 1);
        assert_eq!(keys.keys.len(), 2);
        assert_eq!(keys.fold_before(&persons, 100), 3);
        let folded: Vec<(&str, &str)> = keys.iter().map(|key| (key.first, key.last)).collect();
        assert_eq!(folded, [("karl", "brenner"), ("ilse", "weidt"), ("north", "")]);
    }

    #[test]
    fn a_surname_finds_a_full_name_given_after_an_earlier_mention() {
        let persons = vec![person("Karl Brenner", 30, 1)];
        let mut resolver = Resolver::new(persons, vec![0, 20, 40]);
        assert_eq!(resolver.full_name("Brenner", 10, None), None);
        assert_eq!(resolver.full_name("Brenner", 50, None).as_deref(), Some("Karl Brenner"));
    }

    #[test]
    fn a_surname_with_an_honorific_finds_no_full_name_of_the_other_gender() {
        let anna = PersonMention { female: Some(true), ..person("Anna Brenner", 0, 0) };
        let mut resolver = Resolver::new(vec![anna], vec![0, 20, 40]);
        assert_eq!(resolver.full_name("Brenner", 50, Some(false)), None);
        assert_eq!(resolver.full_name("Brenner", 50, Some(true)).as_deref(), Some("Anna Brenner"));
        assert_eq!(honorific_gender(Some("Herr")), Some(false));
        assert_eq!(honorific_gender(Some("Mrs.")), Some(true));
        assert_eq!(honorific_gender(Some("Minister")), None);
    }

    #[test]
    fn an_entity_keeps_the_first_word_of_its_folded_name() {
        let mut resolver = Resolver::new(Vec::new(), vec![0]);
        let full = resolver.named("Jürgen  Özdemir", None, true);
        assert_eq!(resolver.entities[full].first_word(), Some("jurgen"));
        assert_eq!(resolver.entities[full].words, 2);
        assert_eq!(resolver.named("Jürgen", None, true), full);
        let body = resolver.named("   ", None, false);
        assert_eq!(resolver.entities[body].first_word(), None);
    }

    #[test]
    fn a_place_named_with_its_part_of_the_world_is_no_surname() {
        let mut resolver = Resolver::new(vec![person("South Valdoria", 0, 0)], vec![0]);
        let south = resolver.named("South Valdoria", None, true);
        let plain = resolver.named("Valdoria", None, true);
        assert_ne!(south, plain);
        assert_eq!(resolver.full_name("Valdoria", 50, None), None);
        assert_eq!(resolver.named("Jan Kowal", None, true), resolver.named("Kowal", None, true));
    }

    #[test]
    fn two_full_names_sharing_a_surname_are_two_people() {
        let mut resolver = Resolver::new(vec![person("Greta Halvorsen", 0, 0)], vec![0]);
        let greta = resolver.named("Greta Halvorsen", None, true);
        let olaf = resolver.named("Olaf Halvorsen", None, true);
        assert_ne!(greta, olaf);
        assert_eq!(resolver.named("G. Halvorsen", None, true), olaf);
        assert_eq!(resolver.named("Halvorsen", None, true), greta);
        // A word that is no first name run into the name: the same person.
        assert_eq!(resolver.named("Another Halvorsen", None, true), olaf);
        let mut resolver = Resolver::new(vec![person("Ana Sol Vidal", 0, 0)], vec![0]);
        let ana = resolver.named("Ana Sol Vidal", None, true);
        assert_eq!(resolver.named("Sol Vidal", None, true), ana);
        let mut resolver = Resolver::new(vec![person("Sol Vidal", 0, 0)], vec![0]);
        let sol = resolver.named("Sol Vidal", None, true);
        assert_eq!(resolver.named("Ana Sol Vidal", None, true), sol);
    }

    #[test]
    fn an_english_office_held_at_a_body_is_its_holders_alone() {
        let office = |start: usize| {
            let mut found = description_found("Commander", start);
            if let Some(mention) = found.mention.as_mut() {
                mention.role = Some("Commander of the Varlo Garrison".to_string());
            }
            found
        };
        let mut resolver = Resolver::new(vec![person("Tom Harlow", 0, 0)], vec![0, 40]);
        let mut named = pronoun_found("Tom Harlow", 0);
        if let Some(mention) = named.mention.as_mut() {
            mention.kind = MentionKind::Person;
            mention.name = Some("Tom Harlow".to_string());
        }
        resolver.resolve(&named);
        assert_ne!(resolver.resolve(&office(50)).and_then(|s| s.name).as_deref(), Some("Tom Harlow"));
        let holder =
            PersonMention { role: Some("Commander of the Varlo Garrison".to_string()), ..person("Ann Reyes", 0, 0) };
        let mut resolver = Resolver::new(vec![holder, person("Tom Harlow", 20, 0)], vec![0, 40]);
        assert_eq!(resolver.resolve(&office(50)).and_then(|s| s.name).as_deref(), Some("Ann Reyes"));
    }

    #[test]
    fn a_former_or_new_holder_is_not_the_one_in_office() {
        let current = PersonMention { role: Some("President".to_string()), ..person("Tom Harlow", 0, 0) };
        let former = PersonMention { role: Some("former President".to_string()), ..person("Ann Reyes", 0, 0) };
        let described = |role: &str, start: usize| {
            let mut found = description_found("president", start);
            if let Some(mention) = found.mention.as_mut() {
                mention.role = Some(role.to_string());
            }
            found
        };
        // The one named last is the other.
        let name = |first: &PersonMention, last: &PersonMention, role: &str| {
            let persons = vec![first.clone(), PersonMention { start: 20, ..last.clone() }];
            let mut resolver = Resolver::new(persons, vec![0, 40]);
            resolver.resolve(&described(role, 50)).and_then(|s| s.name)
        };
        assert_eq!(name(&current, &former, "President").as_deref(), Some("Tom Harlow"));
        assert_eq!(name(&former, &current, "former President").as_deref(), Some("Ann Reyes"));
        // Named only by the bare title, the holder is still found.
        assert_eq!(name(&current, &current, "former President").as_deref(), Some("Tom Harlow"));
        // A title read as the name: the holder the role's time allows.
        let holder = PersonMention { role: Some("Secretary-General".to_string()), ..person("Lena Voss", 0, 0) };
        let mut resolver = Resolver::new(vec![holder], vec![0, 40]);
        let mut title = pronoun_found("Secretary-General", 50);
        if let Some(mention) = title.mention.as_mut() {
            mention.kind = MentionKind::Person;
            mention.name = Some("Secretary-General".to_string());
            mention.role = Some("new".to_string());
        }
        assert_ne!(resolver.resolve(&title).and_then(|s| s.name).as_deref(), Some("Lena Voss"));
    }

    #[test]
    fn a_description_finds_the_person_whose_role_the_article_abbreviated() {
        let persons = vec![
            PersonMention { role: Some("Sen.".to_string()), ..person("Tom Harlow", 0, 0) },
            PersonMention { role: Some("Gov.".to_string()), ..person("Ann Reyes", 20, 0) },
        ];
        let mut resolver = Resolver::new(persons, vec![0, 40]);
        let speaker = resolver.resolve(&description_found("senator", 50));
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Tom Harlow"));
        let speaker = resolver.resolve(&description_found("governor", 60));
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Ann Reyes"));
    }

    #[test]
    fn two_bodies_sharing_a_last_word_are_two_bodies() {
        let mut resolver = Resolver::new(Vec::new(), vec![0]);
        let harbour = resolver.named("Harbour Department", None, false);
        let customs = resolver.named("Customs Department", None, false);
        assert_ne!(harbour, customs);
        // One name ending the other, or the last word alone: the same body.
        assert_eq!(resolver.named("Valdoria Customs Department", None, false), customs);
        assert_eq!(resolver.named("Department", None, false), customs);
        assert_eq!(resolver.named("Harbour Department", None, false), harbour);
    }

    #[test]
    fn a_pronoun_never_refers_to_a_place() {
        let place = PersonMention { place: true, ..person("Middle East", 30, 1) };
        let persons = vec![person("Ilse Kramm", 4, 0), place];
        let mut resolver = Resolver::new(persons, vec![0, 25, 50]);
        let speaker = resolver.resolve(&pronoun_found("He", 60));
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Ilse Kramm"));
    }

    /// A German resolver for an article of two sentences whose first names
    /// the body `name` by the noun `head`.
    fn german_resolver_knowing(name: &str, head: &str) -> Resolver {
        let mut resolver = Resolver::new(Vec::new(), vec![0, 50]);
        resolver.german = true;
        resolver.bodies.push((10, name.to_string(), fold(head)));
        resolver
    }

    #[test]
    fn a_german_sie_before_anyone_spoke_is_the_body_named_before() {
        let mut resolver = german_resolver_knowing("Gewerkschaft der Gärtner", "Gewerkschaft");
        let speaker = resolver.resolve(&pronoun_found("Sie", 50));
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Gewerkschaft der Gärtner"));
    }

    #[test]
    fn a_german_document_speaks_for_the_body_named_just_before() {
        let mut resolver = german_resolver_knowing("Rat der Gärtner", "Rat");
        resolver.sentence_starts = vec![0, 50, 100];
        let document = |start: usize| {
            let mut found = pronoun_found("Beschluss", start);
            if let Some(mention) = found.mention.as_mut() {
                mention.kind = MentionKind::Person;
                mention.name = Some("Beschluss".to_string());
            }
            found
        };
        let speaker = resolver.resolve(&document(60)).and_then(|s| s.name);
        assert_eq!(speaker.as_deref(), Some("Rat der Gärtner"));
        // Two sentences on, the body is too far back to have issued it.
        let speaker = resolver.resolve(&document(110)).and_then(|s| s.name);
        assert_eq!(speaker.as_deref(), Some("Beschluss"));
    }

    #[test]
    fn a_german_company_noun_stands_for_the_company_named_before() {
        let mut resolver = german_resolver_knowing("Nordair", "Billigfluggesellschaft");
        let mut found = description_found("Konzern", 60);
        if let Some(mention) = found.mention.as_mut() {
            mention.kind = MentionKind::Body;
        }
        assert_eq!(resolver.resolve(&found).and_then(|s| s.name).as_deref(), Some("Nordair"));
        assert!(company_noun("Autohersteller") && !company_noun("Werk"));
    }

    #[test]
    fn a_german_form_of_address_before_a_cut_name_names_no_one_by_role() {
        let mut named = person("Jorn Valbeck", 4, 0);
        named.role = Some("Herr".to_string());
        let mut resolver = Resolver::new(vec![named], vec![0, 30, 60, 90]);
        resolver.german = true;
        let mut cut = description_found("Herr", 70);
        if let Some(mention) = cut.mention.as_mut() {
            mention.bare = "Herr van Oost".to_string();
            mention.role = Some("Herr".to_string());
        }
        assert_eq!(resolver.resolve(&cut).and_then(|s| s.name).as_deref(), Some("Herr van Oost"));
    }

    #[test]
    fn an_unnamed_spokesperson_speaks_for_the_body() {
        let persons = vec![person("Benedikt Müller", 4, 0)];
        let mut resolver = Resolver::new(persons, vec![0, 30, 60, 90]);
        resolver.german = true;
        resolver.resolve(&pronoun_found("Er", 40));
        let mut found = description_found("Sprecher des Verkehrsministeriums in Bonn", 70);
        if let Some(mention) = found.mention.as_mut() {
            mention.kind = MentionKind::Body;
        }
        let speaker = resolver.resolve(&found);
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Verkehrsministerium"), "not the last person named");
        let mut representative = description_found("Medienvertreter der Hauptstadt", 95);
        if let Some(mention) = representative.mention.as_mut() {
            mention.kind = MentionKind::Body;
        }
        let speaker = resolver.resolve(&representative);
        assert_ne!(speaker.and_then(|s| s.name).as_deref(), Some("Hauptstadt"), "the media speak for no one");
    }

    #[test]
    fn a_pronoun_refers_to_the_person_named_before_it() {
        let persons = vec![person("Benedikt Müller", 4, 0)];
        let mut resolver = Resolver::new(persons, vec![0, 30]);
        let speaker = resolver.resolve(&pronoun_found("Er", 40));
        assert_eq!(speaker.and_then(|s| s.name).as_deref(), Some("Benedikt Müller"));
    }
}
