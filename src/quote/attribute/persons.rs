//! The people an article names: runs of capitalised words that read as a name, the
//! antecedents of pronouns and role descriptions.

use super::*;

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
    /// When the name opens its sentence ("President Tom Harlow has …",
    /// "When Nora Lind came …"), the bytes where a pronoun stands for it as
    /// the sentence's subject: up to a quotation or an object pronoun
    /// ("Lind “…,” he said", "After Lind accused him …, he said"), else to
    /// the sentence's end; in German only after the name's clause ("Nähere
    /// Angaben machte er nicht" opens with the object). Empty for a name
    /// that does not open its sentence.
    pub subject_of: Range<usize>,
    /// The stem of a lowercase "-isch" adjective right before the run of
    /// capitalised words the name is read from ("brasilianisch" in "dessen
    /// brasilianischen Amtskollegen Luiz Lula"), which a later description
    /// repeats ("der brasilianische Präsident") where it names no role.
    pub adjective: Option<String>,
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
    // Made only when a word with an adjective's ending asks: building it
    // reads every word of the article (7 % of extracting German news).
    let stems = AdjectiveStems { text, segments, lowercase: OnceCell::new(), weak: OnceCell::new() };
    for (s, sentence) in segments.sentences.iter().enumerate() {
        let paragraph = &segments.paragraphs[sentence.paragraph];
        let tokens = &paragraph.tokens;
        let phrases = Phrases { text, tokens, german };
        // Only the words the tokenizer listed as capitalised can open a name.
        let first_listed = paragraph.capitalised.partition_point(|&i| i < sentence.tokens.start);
        let mut listed = paragraph.capitalised[first_listed..].iter().copied();
        let mut index = sentence.tokens.start;
        while index < sentence.tokens.end {
            // `upper` first: only a word has it, and most words lack it.
            let capitalised = |t: &Token| {
                t.upper
                    && t.is_word()
                    && !t.quoted
                    && (t.tags.is_empty() || t.tags.has(Tags::ROLE | Tags::FEMALE | Tags::MALE))
            };
            // The words up to the next capitalised one passed over, rather
            // than a round of this loop each.
            let Some(next) = listed
                .find(|&i| i >= sentence.tokens.end || i >= index && capitalised(&tokens[i]))
                .filter(|&i| i < sentence.tokens.end)
            else {
                break;
            };
            index = next;
            let mut start = index;
            let run_start = index;
            let subject_of = |end: usize| subject_of(&phrases, sentence.tokens.clone(), run_start..end);
            // "B.N. Suresh": the dot after a name's initial stays inside the
            // run when a name follows the initials, not in "Washington, D.C.".
            let initial_dot = |i: usize| {
                let (letter, dot) = (&tokens[i - 1], &tokens[i]);
                let name_at = |j: usize| {
                    j < sentence.tokens.end && capitalised(&tokens[j]) && tokens[j].end - tokens[j].start > 1
                };
                let initial_then_name = |j: usize| {
                    j + 2 < sentence.tokens.end
                        && capitalised(&tokens[j])
                        && tokens[j].end - tokens[j].start == 1
                        && tokens[j + 1].is_punct('.')
                        && name_at(j + 2)
                };
                dot.is_punct('.')
                    && letter.is_word()
                    && letter.end - letter.start == 1
                    && letter.end == dot.start
                    && (name_at(i + 1) || initial_then_name(i + 1))
            };
            // "Hervé de Charette", "Frau von der Leyen": a surname's
            // particles stay inside the run, up to a capitalised word.
            let inside = |i: usize| i > start && (initial_dot(i) || phrases.is_name_particle(i));
            while index < sentence.tokens.end && (capitalised(&tokens[index]) || inside(index)) {
                index += 1;
            }
            while index > start && !tokens[index - 1].upper && !tokens[index - 1].is_punct('.') {
                index -= 1;
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
            // know is a noun, no first name, where a name follows it; so too
            // after the article opening a sentence ("Die Berge Ruandas").
            let after_article = start > sentence.tokens.start && {
                let before = &tokens[start - 1];
                (!before.upper || start - 1 == sentence.tokens.start) && is_article_or_number(before)
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
                    persons.push(PersonMention {
                        start: tokens[start].start,
                        sentence: s,
                        subject_of: subject_of(index),
                        ..persons[named].clone()
                    });
                }
                continue;
            }
            // "Lieber Karl Odin", "Wehrbeauftragter Karl Odin": an adjective
            // or a noun declined like one stands before the name.
            if german
                && index - start >= 3
                && inflected_elsewhere(&text[tokens[start].span()], tokens[start].tags, &stems)
            {
                start += 1;
            }
            let adjective = !tokens[start].tags.has(Tags::ROLE)
                && ADJECTIVE_NAME_ENDINGS.iter().any(|e| text[tokens[start].span()].ends_with(e));
            if german && (adjective || inflected_elsewhere(&text[tokens[start].span()], tokens[start].tags, &stems)) {
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
            if german && name.len() > 1 && place_genitive(text, &tokens[name.end - 1]) {
                // "Befreiung Deutschlands", "Ruf Europas": a noun and the
                // country it belongs to, where a surname would end a name.
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
            let written = &text[tokens[name.start].start..tokens[name.end - 1].end];
            // "recalling John F. Kennedy’s observation": a name read across
            // its initials is named without the possessive. (Other
            // possessives stay: stripped, "Despite China’s" would name
            // every later "China".)
            let initials = written.contains('.');
            let possessive =
                if german || !initials { None } else { written.strip_suffix("’s").or(written.strip_suffix("'s")) };
            let name_text = possessive.unwrap_or(written);
            // "Herrn de Maizière" after "Thomas de Maizière": a surname with
            // its particles names the person named in full before.
            let named_in_full = name_text
                .starts_with(char::is_lowercase)
                .then(|| name_text.rsplit_once(' '))
                .flatten()
                .and_then(|(_, last)| by_surname.get(last))
                .map(|&named| persons[named].name.clone())
                .filter(|full| full.strip_suffix(name_text).is_some_and(|first| first.ends_with(' ')));
            // A word names a person by the surname after a space: not by
            // "Annan" in "Kofi\nAnnan", written across a line break.
            if let Some((_, surname)) = name_text.rsplit_once(' ') {
                by_surname.insert(surname, persons.len());
            }
            // "Sen. Tom Harlow": the abbreviated role before the name's run
            // is the role a later "the senator" names (not "Mr.").
            let abbreviated_role = (start >= sentence.tokens.start + 2 && tokens[start - 1].is_punct('.'))
                .then(|| &tokens[start - 2])
                .filter(|role| {
                    role.end == tokens[start - 1].start
                        && role.tags.has(Tags::ROLE)
                        && role.tags.has(Tags::ABBREVIATION)
                        && !role.tags.has(Tags::FEMALE | Tags::MALE)
                })
                .map(|role| text[role.start..tokens[start - 1].end].to_string());
            // Only before a role: "der italienischen Ortschaft San Luca" names a place.
            let adjective = (german && run_start > sentence.tokens.start && tokens[run_start].tags.has(Tags::ROLE))
                .then(|| &tokens[run_start - 1])
                .filter(|before| before.is_word() && !before.upper && !before.quoted)
                .and_then(|before| isch_stem(&text[before.span()]))
                .map(str::to_string);
            persons.push(PersonMention {
                start: tokens[name.start].start,
                sentence: s,
                name: named_in_full.unwrap_or_else(|| name_text.to_string()),
                adjective,
                role: reading.role.and_then(|r| phrases.role_text(r)).or(abbreviated_role),
                female,
                place,
                subject_of: subject_of(run_end),
            });
        }
    }
    persons
}

/// Where a pronoun stands for the name at `name` (token indices) as its
/// sentence's subject: see [`PersonMention::subject_of`]. Only capitalised
/// words (no preposition: "With Tom Harlow, he …"), role words, an article
/// or a transcript's "Q:" come before it, and no condition opens the
/// sentence.
fn subject_of(phrases: &Phrases<'_>, sentence: Range<usize>, name: Range<usize>) -> Range<usize> {
    let tokens = phrases.tokens;
    let opens = tokens[sentence.start..name.start].iter().all(|t| {
        let word = t.is_word() && (t.upper || t.tags.has(Tags::ROLE | Tags::DETERMINER));
        word && !t.tags.has(Tags::PREPOSITION) || t.is_punct(':')
    });
    let condition = name.start > sentence.start && phrases.is_any(sentence.start, &CONDITIONS);
    // "Zhao Lijian: What he said": a turn's label is no subject.
    if !opens || condition || name.end >= sentence.end || tokens[name.end].is_punct(':') {
        return 0..0;
    }
    let rest = name.end..sentence.end;
    let stop = rest.clone().find(|&i| tokens[i].quoted || phrases.is_any(i, &OBJECT_PRONOUNS));
    let until = stop.map_or(tokens[sentence.end - 1].end, |i| tokens[i].start);
    let clause_end = if phrases.german {
        rest.clone().find(|&i| tokens[i].is_punct(',')).map(|i| tokens[i].end)
    } else {
        Some(tokens[name.end].start)
    };
    clause_end.filter(|&from| from < until).map_or(0..0, |from| from..until)
}

/// Words opening a condition, whose subject is seldom the main clause's:
/// "If Lind wins, he said …".
const CONDITIONS: [&str; 4] = ["if", "unless", "wenn", "falls"];
/// Masculine object pronouns: after "Lind accused him", a "he" is not Lind.
const OBJECT_PRONOUNS: [&str; 4] = ["him", "himself", "ihn", "ihm"];

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

/// The stems of the adjectives and participles a German text writes, for
/// [`inflected_elsewhere`], each set gathered when a word first asks for it.
struct AdjectiveStems<'t> {
    text: &'t str,
    segments: &'t Segments,
    /// The spans of the lowercase words, in text order, whose stems are
    /// "kalt" for "kalten", "vereinbart".
    lowercase: OnceCell<Vec<Range<usize>>>,
    /// Of a capitalised word in "-en" or "-em" between an article and
    /// another capitalised word: "kalt" for "des Kalten Krieges".
    weak: OnceCell<foldhash::HashSet<String>>,
}

impl<'t> AdjectiveStems<'t> {
    /// True when a lowercase word has `stem` as its stem. Such a word starts
    /// with it, so only where the text holds it is a word looked for: most
    /// stems asked for stand nowhere, and hashing the stems of every word
    /// cost 3 % of extracting German news.
    fn lowercase_has(&self, stem: &str) -> bool {
        let finder = memchr::memmem::Finder::new(stem);
        let mut from = 0;
        while let Some(found) = finder.find(&self.text.as_bytes()[from..]) {
            let at = from + found;
            let words = self.lowercase.get_or_init(|| {
                let tokens = self.segments.paragraphs.iter().flat_map(|p| &p.tokens);
                tokens.filter(|t| t.is_word() && !t.upper).map(Token::span).collect()
            });
            let next = words.partition_point(|w| w.start < at);
            if words.get(next).is_some_and(|w| w.start == at && adjective_stem(&self.text[w.clone()]) == stem) {
                return true;
            }
            // Found one byte on: a word may start inside this occurrence.
            from = at + 1;
        }
        false
    }

    fn weak(&self) -> &foldhash::HashSet<String> {
        self.weak.get_or_init(|| {
            let mut weak = foldhash::HashSet::default();
            for paragraph in &self.segments.paragraphs {
                for (i, token) in paragraph.tokens.iter().enumerate() {
                    if !token.is_word() || !token.upper || !token.tags.is_empty() {
                        continue;
                    }
                    let word = &self.text[token.span()];
                    let after_article = i > 0 && is_article_or_number(&paragraph.tokens[i - 1]);
                    let before_noun = paragraph.tokens.get(i + 1).is_some_and(|t| t.is_word() && t.upper);
                    if after_article && before_noun && (word.ends_with("en") || word.ends_with("em")) {
                        weak.insert(adjective_stem(word).to_lowercase());
                    }
                }
            }
            weak
        })
    }
}

/// A German word without its adjective ending: "kalt" for "kalten".
fn adjective_stem(word: &str) -> &str {
    const ENDINGS: [&str; 5] = ["er", "es", "en", "em", "e"];
    ENDINGS.iter().find_map(|e| word.strip_suffix(e)).unwrap_or(word)
}

/// "Kalter Krieg", "Vereinbarte Debatte": a capitalised word with an
/// adjective's ending whose stem the text also writes as an adjective is
/// one, no first name; a known first name ("Rainer") stays one.
fn inflected_elsewhere(word: &str, tags: Tags, stems: &AdjectiveStems) -> bool {
    if tags.has(Tags::FEMALE | Tags::MALE | Tags::ROLE) {
        return false;
    }
    let stem = adjective_stem(word);
    if stem.len() == word.len() || stem.chars().count() < 3 {
        return false;
    }
    let lower = stem.to_lowercase();
    // A word in "-en" after an article is the one in question itself.
    let weak = !(word.ends_with("en") || word.ends_with("em")) && stems.weak().contains(&lower);
    weak || stems.lowercase_has(&lower)
}

/// The stem of a German adjective in "-isch" or "-sch", whatever its
/// ending: "brasilianisch" for "brasilianischen", "deutsch" for "deutsche".
pub(crate) fn isch_stem(word: &str) -> Option<&str> {
    const ENDINGS: [&str; 6] = ["", "e", "en", "er", "es", "em"];
    ENDINGS.iter().find_map(|ending| {
        let stem = word.strip_suffix(ending)?;
        (stem.ends_with("sch") && stem.chars().count() > 5).then_some(stem)
    })
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
