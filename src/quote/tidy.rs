//! The last pass over an article's statements: speaker names with their
//! line breaks folded, and statements dropped whose "speaker" is no one the
//! statement can be looked up under: a relative pronoun anywhere; inside a
//! speech, anyone but a third party named in full ("Kofi Annan", "World
//! Bank"), since "I", "we" and "my delegation" are the speech's own
//! speaker, whose statement the speech already is, and first-person prose
//! says "as X said" in too many loose ways for anything less to be reliable.

use super::Statement;
use super::coref::is_form_of_address;
use super::lexicon::in_word_list;
use super::mention::{WordList, leading_particles};
use super::segment;
use crate::article::Article;

/// Words that make a speaker the writer or the speech's own speaker.
const FIRST_PERSON: WordList = WordList::new(&[
    "i", "we", "my", "our", "me", "us", "ich", "wir", "mein", "meine", "meiner", "unser", "unsere", "unserer", "je",
    "nous", "notre", "mon", "ma", "nos",
]);

/// Words that stand for someone named elsewhere and are no name themselves.
const NOT_NAMES: WordList = WordList::new(&[
    "which", "who", "whom", "whose", "that", "this", "these", "those", "it", "its", "there", "what", "welche",
    "welcher", "welches", "dies", "dieses", "was",
]);

/// German rules whose message is a whole sentence with its speaker in it:
/// the gold marks a reported speech act ("Die Polizei sprach von einem
/// Unfall") so, and the sentence reads better in a search result than its
/// bare object.
pub(super) const REPORTED_ACTS: [&str; 3] = ["speech-act", "speech-act-relative", "passive-speech-act"];

/// Keeps the statements that have someone to be attributed to.
pub fn tidy(statements: &mut Vec<Statement>, article: &Article) {
    let in_speech = article.speaker.is_some() || !article.turns.is_empty();
    let english = article.lang != "de";
    for statement in statements.iter_mut() {
        if english
            && statement.rule == "previous-speaker"
            && let Some(speaker) = &mut statement.speaker
        {
            // PolNeAR marks a speaker only where the sentence names one; the
            // mention a quotation inherits is another statement's.
            speaker.mention = None;
        }
        if !statement.covers_its_speaker() {
            separate_speaker(statement, &article.text);
        }
        if let Some(speaker) = &mut statement.speaker {
            if let Some(name) = &mut speaker.name {
                collapse_space(name);
            }
            if let Some(role) = &mut speaker.role {
                collapse_space(role);
            }
        }
    }
    statements.retain(|s| !s.spans.is_empty());
    if english {
        // "it says", "which showed": an English message whose source is no
        // one to look it up under stays a statement, with its mention but
        // no name.
        for speaker in statements.iter_mut().filter_map(|s| s.speaker.as_mut()) {
            let age_group = speaker.mention.clone().is_some_and(|m| bounds_an_age(&article.text[m]));
            if age_group || !names_someone(name_of(speaker)) {
                speaker.name = None;
            }
        }
    }
    if english && in_speech {
        for statement in statements.iter_mut().filter(|s| s.kind != super::Kind::Speech) {
            if let Some(speaker) = statement.speaker.as_mut() {
                name_a_counted_group_by_its_role(speaker, &article.text);
            }
        }
    }
    statements.retain(|statement| {
        let Some(speaker) = statement.speaker.as_ref().filter(|speaker| speaker.name.is_some()) else {
            let counted_group = statement.speaker.as_ref().is_some_and(|s| is_counted_group(s, &article.text));
            return !in_speech || statement.kind == super::Kind::Speech || english && counted_group;
        };
        let name = name_of(speaker);
        // An English name that names no one was taken above.
        if !english && !names_someone(name) {
            return false;
        }
        if in_speech && statement.kind != super::Kind::Speech {
            // Most statements a speech drops are told by the cheapest test:
            // "it", "the danger", "we" have no capitalised word at all.
            let capitalised = name.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count();
            if capitalised == 0 {
                return false;
            }
            let mention = speaker.mention.as_ref().map_or("", |m| &article.text[m.clone()]);
            // "Here I might mention", "a position which I believe": the
            // speech's speaker, wherever in the mention the pronoun stands.
            // Words compared without lowercased copies (lowercasing makes
            // and takes no white space, so the words are the same).
            let first = name.split_whitespace().next().unwrap_or_default();
            // Most mentions hold no first-person word: their words are
            // collected only for one that does.
            let spoken_by_speaker = mention.split_whitespace().any(|w| in_word_list(w, &FIRST_PERSON)) && {
                let words: Vec<&str> = mention.split_whitespace().collect();
                words.iter().enumerate().any(|(i, w)| {
                    in_word_list(w, &FIRST_PERSON) && !is_possessive_in_apposed_role(&words, i, name, capitalised)
                })
            };
            if in_word_list(first, &FIRST_PERSON) || spoken_by_speaker {
                return false;
            }
            return capitalised >= 2
                || has_particle_surname(name)
                || is_role_and_surname(mention, speaker)
                || is_one_body(mention, name)
                || has_general_title(speaker);
        }
        true
    });
    if english {
        for name in statements.iter_mut().filter_map(|s| s.speaker.as_mut().and_then(|s| s.name.as_mut())) {
            strip_possessive(name);
        }
    }
}

/// "The two heads of state agreed that …", "both leaders said": in a
/// speech or briefing, a group counted by its office speaks for people the
/// speaker named before, whom one statement cannot name together, and its
/// uncapitalised words would drop it as no one's. It keeps the statement
/// with the office as its role and no name, never guessing one of the two.
fn name_a_counted_group_by_its_role(speaker: &mut super::Speaker, text: &str) {
    let Some(name) = speaker.name.as_deref() else {
        return;
    };
    let mention = speaker.mention.clone().map_or("", |m| &text[m]);
    if name.contains(char::is_uppercase) || !counts_people(mention) {
        return;
    }
    let name = speaker.name.take();
    if speaker.role.is_none() {
        speaker.role = name;
    }
}

/// True for a speaker [`name_a_counted_group_by_its_role`] kept unnamed.
fn is_counted_group(speaker: &super::Speaker, text: &str) -> bool {
    speaker.name.is_none() && speaker.role.is_some() && speaker.mention.clone().is_some_and(|m| counts_people(&text[m]))
}

/// True for an English mention that opens with a count of office
/// holders: "the two leaders", "The three ministers", "both presidents",
/// "the two heads of state"; not "the two sides" nor "both countries",
/// whose role, if any, came from elsewhere ("the two sides in general").
fn counts_people(mention: &str) -> bool {
    const COUNTS: [&str; 4] = ["two", "three", "four", "both"];
    // Where the group's phrase ends and another begins.
    const PHRASE_ENDS: [&str; 6] = ["in", "on", "at", "for", "with", "from"];
    let office_noun = |noun: &str| {
        let singular = noun.strip_suffix('s').unwrap_or(noun).to_lowercase();
        super::lexicon::Lexicon::for_language("en").tags(&singular).has(super::lexicon::Tags::ROLE)
    };
    let mut words = mention.split_whitespace();
    let first = words.next().unwrap_or_default();
    let count = if first.eq_ignore_ascii_case("the") { words.next().unwrap_or_default() } else { first };
    if !COUNTS.iter().any(|c| c.eq_ignore_ascii_case(count)) {
        return false;
    }
    let mut group = words.take(3).take_while(|word| !PHRASE_ENDS.contains(word)).peekable();
    // "Two of the officials": a part of a group named after it.
    group.peek().is_some_and(|next| *next != "of") && group.any(office_noun)
}

/// "the First Secretary of our Party, Mr. Raúl Castro Ruz": "our" or "my"
/// after "of" in a role set off by a comma before the name that ends the
/// mention (of two capitalised words or more) is the role's, and the person
/// named speaks, not the speech's speaker.
fn is_possessive_in_apposed_role(words: &[&str], index: usize, name: &str, capitalised: usize) -> bool {
    let possessive = ["our", "my"].iter().any(|p| words[index].eq_ignore_ascii_case(p));
    let after_of = index > 0 && words[index - 1].eq_ignore_ascii_case("of");
    let comma_after = words[index..].iter().any(|w| w.ends_with(','));
    let name_ends_mention = name.split_whitespace().last() == words.last().copied();
    capitalised >= 2 && possessive && after_of && comma_after && name_ends_mention
}

/// An English name without the possessive ending of its last word: the
/// speaker of "the Council of Elders' plan" is looked up under "Council of
/// Elders", that of "Nordland's President" under "Nordland". Taken off only
/// here, after coreference and the choice of statements: a possessor is no
/// antecedent for a pronoun ("Africa's economy" is no mention of South
/// Africa), and a mention still ends in the name it gave. "Farouk Al-Shara'"
/// keeps his apostrophe.
fn strip_possessive(name: &mut String) {
    let endings = ["'s", "’s", "s'", "s’"];
    let ending = endings.into_iter().find(|e| name.len() > e.len() && name.ends_with(e));
    if let Some(ending) = ending {
        // "Member States'" loses the apostrophe, not its plural "s".
        let kept = usize::from(ending.starts_with('s'));
        name.truncate(name.len() - ending.len() + kept);
    }
}

/// "die Bundesregierung", "the IAEA": a mention of one body by its one
/// word, with at most an article or adjective before it, names it in full.
/// Resolved to an acronym from another phrase ("which", "HIV/AIDS", a
/// document number), it does not.
fn is_one_body(mention: &str, name: &str) -> bool {
    let mut words = mention.split_whitespace().rev();
    words.next() == Some(name) && words.count() < 3 && super::coref::names_one_body(name)
}

/// Words that refer to a speaker without naming anyone: personal,
/// demonstrative and relative pronouns and quantifiers (those of
/// [`NOT_NAMES`] never get this far).
const NO_ONE: WordList = WordList::new(&[
    "er", "sie", "es", "ich", "wir", "ihr", "du", "man", "dieser", "diese", "jener", "jene", "der", "die", "das",
    "dem", "den", "denen", "deren", "dessen", "welchem", "wonach", "demnach", "i", "you", "we", "he", "she", "they",
    "one", "someone", "both", "most", "some", "many", "all", "few", "so",
]);

/// The name of a speaker as the rules found it: every speaker has one until
/// tidying takes it from an English "it" or "which", and
/// [`forget_names_of_no_one`] from a pronoun.
fn name_of(speaker: &super::Speaker) -> &str {
    debug_assert!(speaker.name.is_some(), "names are forgotten only after tidying");
    speaker.name.as_deref().unwrap_or_default()
}

/// Takes the name from speakers the article refers to only by a pronoun
/// it never resolves: "Er" or "they" stays the statement's mention but is
/// no identity, since the "er" of one article is not the "er" of the next.
/// Run after the trained filter, which learned from the names as the rules
/// found them.
pub fn forget_names_of_no_one(statements: &mut [Statement]) {
    for speaker in statements.iter_mut().filter_map(|s| s.speaker.as_mut()) {
        let Some(name) = &speaker.name else {
            continue;
        };
        if name.contains(char::is_whitespace) {
            continue;
        }
        // "he’s" as the tokenizer leaves it is "he" since tidying took off
        // English possessive endings ([`strip_possessive`]).
        if in_word_list(name, &NO_ONE) {
            speaker.name = None;
        }
    }
}

/// Gives each speaker the role a user would look them up under, after the
/// filter and the rules that read roles have run (so that neither moves):
/// a form of address left at a role's end goes ("Finanzministerin, Frau"),
/// and in a transcript a speaker who also speaks in it under a label takes
/// the label's office where the statement's role was none or only a form
/// of address ("Herr Schäuble" is "Bundesminister der Finanzen (CDU)").
pub fn polish_roles(statements: &mut [Statement], article: &Article) {
    for role in statements.iter_mut().filter_map(|s| s.speaker.as_mut().and_then(|s| s.role.as_mut())) {
        if let Some(office) = before_trailing_address(role) {
            role.truncate(office);
        }
        if let Some(office) = after_leading_address(role) {
            role.drain(..office);
        }
    }
    for speaker in statements.iter_mut().filter(|s| s.kind != super::Kind::Speech).filter_map(|s| s.speaker.as_mut()) {
        if speaker.role.as_deref().is_some_and(|role| !is_form_of_address(role)) {
            continue;
        }
        let Some(name) = speaker.name.as_deref() else {
            continue;
        };
        if let Some(office) = label_role(&article.turns, name) {
            speaker.role = Some(office.to_string());
        }
    }
}

/// The length of a role without the forms of address that end it, when
/// the word before them is an office ("Bundesminister Dr.", "Sprecherin,
/// Frau"); after an article the word is a noun ("Anwältin der Frau").
fn before_trailing_address(role: &str) -> Option<usize> {
    let mut end = role.len();
    while let Some(space) = role[..end].trim_end().rfind(char::is_whitespace) {
        let word = role[space..end].trim();
        if !is_form_of_address(word) {
            break;
        }
        end = space;
    }
    if end == role.len() {
        return None;
    }
    let office = role[..end].trim_end_matches([',', ' ']);
    let last = role[..end].split_whitespace().next_back().unwrap_or_default();
    let apposed = last.ends_with(',') || is_capitalised_and_no_address(last);
    let named = office.split_whitespace().any(is_capitalised_and_no_address);
    (apposed && named).then_some(office.len())
}

/// True for a capitalised word that is not a form of address: in a role, a
/// noun of office or a name.
fn is_capitalised_and_no_address(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && !is_form_of_address(word)
}

/// Where a role's office starts after the forms of address that open it
/// ("Herr Außenminister", "Frau Ministerin"), when there is one.
fn after_leading_address(role: &str) -> Option<usize> {
    let mut rest = role.trim_start();
    loop {
        let word = rest.split_whitespace().next()?;
        if !is_form_of_address(word) {
            break;
        }
        rest = rest[word.len()..].trim_start();
    }
    let addressed = rest.len() < role.trim_start().len();
    (addressed && rest.starts_with(char::is_uppercase)).then_some(role.len() - rest.len())
}

/// The labelled role of the one transcript speaker `name` names: the same
/// full name, or the surname of exactly one labelled speaker.
fn label_role<'a>(turns: &'a [crate::article::Turn], name: &str) -> Option<&'a str> {
    let labelled = turns.iter().filter_map(|turn| Some((turn.speaker.as_deref()?, turn.role.as_deref()?)));
    if let Some((_, role)) = labelled.clone().find(|(speaker, _)| *speaker == name) {
        return Some(role);
    }
    if name.contains(char::is_whitespace) {
        return None;
    }
    let mut holders = labelled.filter(|(speaker, _)| speaker.rsplit(' ').next() == Some(name));
    let (first, role) = holders.next()?;
    holders.all(|(other, _)| other == first).then_some(role)
}

/// True for a name with a surname's lowercase particle before a
/// capitalised word ("de Vale", "von der Auen"), which names one person as
/// surely as two capitalised words do.
fn has_particle_surname(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |at: usize| words.get(at).is_some_and(|word| word.starts_with(char::is_uppercase));
    (0..words.len()).any(|at| {
        let particles = leading_particles(&words[at..]);
        particles > 0 && capitalised(at + particles)
    })
}

/// True for a mention that is a title of one word right before the name:
/// "Kollege Lindner", "President Menem" name a third party as surely as a
/// full name does, where "people of Kabul" or "Foreign Minister of
/// Pakistan" name a place.
/// The title may be a form of address ("Herr Schäuble") whose place as the
/// role an office given in the article took; a role read as lowercase
/// words before it ("relevance of Mr.", "denounce Mr.") is no title.
fn is_role_and_surname(mention: &str, speaker: &super::Speaker) -> bool {
    let Some(before) = mention.strip_suffix(name_of(speaker)).filter(|before| before.ends_with(char::is_whitespace))
    else {
        return false;
    };
    let title = before.split_whitespace().next_back().unwrap_or_default();
    let Some(role) = speaker.role.as_deref() else {
        return false;
    };
    let addressed = is_form_of_address(title) && role.starts_with(char::is_uppercase);
    title.starts_with(char::is_uppercase) && (role == title || addressed)
}

/// True for a speaker whose role ends in a "-General" title
/// ("Secretary-General", "Director-General"): the one holder of an office,
/// named by surname.
fn has_general_title(speaker: &super::Speaker) -> bool {
    let title = speaker.role.as_deref().and_then(|role| role.split_whitespace().next_back());
    title.is_some_and(super::lexicon::is_general_title)
}

/// True for an English mention that ends in an age bound ("those over 60",
/// "voters aged 18 to 29"): a group of a poll, whose name, the group noun or
/// the words the walk took, is no one a search looks up.
fn bounds_an_age(mention: &str) -> bool {
    const AGE_PREPOSITIONS: [&str; 5] = ["over", "under", "above", "below", "aged"];
    let is_number = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    let mut words = mention.split_whitespace().rev();
    if !words.next().is_some_and(is_number) {
        return false;
    }
    let mut before = words.next();
    if before == Some("to") && words.next().is_some_and(is_number) {
        before = words.next();
    }
    before.is_some_and(|word| AGE_PREPOSITIONS.contains(&word))
}

/// False for a speaker name that stands for someone named elsewhere ("who",
/// "it"), is empty, or is a bare number ("43 said" of a poll's percent, an
/// age or a year the subject walk ended at), which no one is looked up under.
fn names_someone(name: &str) -> bool {
    if !name.contains(char::is_alphabetic) {
        return false;
    }
    let first_word = name.split_whitespace().next().unwrap_or_default();
    // "WHO" is the World Health Organization, not "who".
    let acronym = first_word.chars().count() >= 2 && first_word.chars().all(|c| c.is_uppercase());
    !first_word.is_empty() && (acronym || !in_word_list(first_word, &NOT_NAMES))
}

/// What is said and who says it never overlap: a mention that swallowed a
/// quotation keeps only what follows it ("„Dies,“ Olaf Scholz sagte"), and
/// a message that contains its own speaker and cue ("Als Grund nannte die
/// Regierung …") is cut around them.
fn separate_speaker(statement: &mut Statement, text: &str) {
    let Some(mention) = statement.speaker.as_ref().and_then(|s| s.mention.clone()) else {
        return;
    };
    let swallowed =
        statement.spans.iter().filter(|s| mention.start <= s.start && s.end <= mention.end).map(|s| s.end).max();
    if let Some(after) = swallowed {
        let rest = &text[after..mention.end];
        let start = after + (rest.len() - rest.trim_start_matches(|c: char| !c.is_alphanumeric()).len());
        let speaker = statement.speaker.as_mut().expect("checked above");
        if start >= mention.end {
            statement.speaker = None;
        } else {
            speaker.mention = Some(start..mention.end);
        }
        return;
    }
    let apart =
        |hole: &std::ops::Range<usize>, span: &std::ops::Range<usize>| hole.end <= span.start || span.end <= hole.start;
    for hole in std::iter::once(mention).chain(statement.cue.clone()) {
        // Most mentions and cues lie outside the message: nothing to cut,
        // and no spans to copy.
        if statement.spans.iter().all(|span| apart(&hole, span)) {
            continue;
        }
        let mut kept = Vec::with_capacity(statement.spans.len() + 1);
        for span in std::mem::take(&mut statement.spans) {
            if apart(&hole, &span) {
                kept.push(span);
            } else {
                kept.extend(
                    [span.start..hole.start, hole.end..span.end].into_iter().filter_map(|part| trim(text, part)),
                );
            }
        }
        statement.spans = kept;
    }
}

/// A span without white space and punctuation at its ends, if words remain.
fn trim(text: &str, span: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    if span.start >= span.end {
        return None;
    }
    let slice = &text[span.clone()];
    let inner = slice.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '–' | '—'));
    if !inner.chars().any(char::is_alphanumeric) {
        return None;
    }
    let start = span.start + slice.find(inner).unwrap_or(0);
    Some(start..start + inner.len())
}

/// Runs of white space made one space, the ends trimmed, and a word broken
/// after its hyphen joined again ("Secretary-⏎General", one word to the
/// tokenizer). A name already written so, as nearly every one is, is left
/// as it is, without a copy.
fn collapse_space(text: &mut String) {
    if is_collapsed(text) {
        return;
    }
    let joined = segment::join_hyphen_breaks(text);
    let unbroken = joined.as_deref().unwrap_or(text);
    *text = unbroken.split_whitespace().collect::<Vec<_>>().join(" ");
}

/// True for a text of words each followed by one space but the last: what
/// [`collapse_space`] makes. Tested a byte at a time: splitting at spaces
/// and testing each word's characters cost 400 instructions a name.
fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first().is_none_or(|&b| b == b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut previous_space = false;
    let mut previous_hyphen = false;
    for &byte in bytes {
        match byte {
            // Two spaces, or a space after a hyphen: a word broken there.
            b' ' if previous_space || previous_hyphen => return false,
            // `char::is_whitespace` in ASCII: the vertical tab too.
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => return false,
            _ => {}
        }
        previous_space = byte == b' ';
        previous_hyphen = byte == b'-';
    }
    // Beyond ASCII: a space other than the one between words ("\u{A0}").
    text.is_ascii() || !text.chars().any(|c| c != ' ' && c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::extract;
    use super::{after_leading_address, before_trailing_address, is_collapsed, is_one_body};

    proptest! {
        /// The byte test agrees with the words' own: every word between two
        /// spaces is there and holds no white space.
        #[test]
        fn a_collapsed_name_is_told_by_its_bytes(text in "[a \t\n\u{0B}\u{0C}\r\u{A0}\u{2003}é]{0,8}") {
            let by_words = text.split(' ').all(|word| !word.is_empty() && !word.contains(char::is_whitespace));
            prop_assert_eq!(is_collapsed(&text), by_words);
        }
    }

    #[test]
    fn a_form_of_address_goes_from_the_end_of_a_role_that_names_an_office() {
        let trimmed = |role: &str| before_trailing_address(role).map(|end| role[..end].to_string());
        assert_eq!(trimmed("Ministerin des Hafens, Frau").as_deref(), Some("Ministerin des Hafens"));
        assert_eq!(trimmed("Abgeordneter Herr Dr.").as_deref(), Some("Abgeordneter"));
        assert_eq!(trimmed("Kollege Herr Dr."), None);
        assert_eq!(trimmed("Herr Kollege"), None, "nothing but address is left as it is");
        assert_eq!(trimmed("selbst, Herr"), None, "no office before the address");
        assert_eq!(trimmed("Ministerin"), None);
        assert_eq!(trimmed("Anwältin der Frau"), None, "a noun after its article");
    }

    #[test]
    fn a_form_of_address_goes_from_the_start_of_a_role_that_names_an_office() {
        let office = |role: &str| after_leading_address(role).map(|start| role[start..].to_string());
        assert_eq!(office("Herr Außenminister").as_deref(), Some("Außenminister"));
        assert_eq!(office("Frau Dr. Ministerin").as_deref(), Some("Ministerin"));
        assert_eq!(office("Herr Kollege"), None, "nothing but address is left as it is");
        assert_eq!(office("Außenminister"), None);
        assert_eq!(office("Mr. and"), None, "no office after the address");
    }

    #[test]
    fn a_name_beyond_ascii_with_single_spaces_is_collapsed() {
        assert!(is_collapsed("José Peña"));
        assert!(is_collapsed("é é"));
        assert!(!is_collapsed("José\u{A0}Peña"));
        assert!(!is_collapsed("José  Peña"));
    }

    fn english(body: &str) -> Vec<super::Statement> {
        let text = format!(" date 2021-06 Harbour plans\n\n{body}");
        let mut article =
            crate::article::parse(std::path::Path::new("t.txt"), text).articles.pop().expect("one article");
        article.lang = "en".to_string();
        extract(&article)
    }

    #[test]
    fn an_english_quotation_without_a_cue_names_no_mention() {
        let statements = english(
            "\"The harbour needs a new pier,\" said Ilse Varga, the mayor. \"Nobody has asked the fishermen.\"\n\n\
             The council meets in May.\n\n\"It will take three years.\"",
        );
        let last = statements.last().expect("statements");
        assert_eq!(last.rule, "previous-speaker");
        assert!(last.speaker.as_ref().is_some_and(|s| s.mention.is_none()), "{last:?}");
    }

    #[test]
    fn an_english_statement_by_no_one_named_keeps_the_mention_without_a_name() {
        let text = "The report, which says the harbour will need a new pier, was published in May.";
        let statements = english(text);
        let [statement] = statements.as_slice() else {
            panic!("one statement expected: {statements:?}");
        };
        let speaker = statement.speaker.as_ref().expect("the mention stays");
        let whole = format!(" date 2021-06 Harbour plans\n\n{text}");
        let mention = speaker.mention.clone().map(|m| &whole[m]);
        assert_eq!((speaker.name.as_deref(), mention), (None, Some("which")), "{statement:?}");
    }

    /// The name and mention text of the one statement `english` finds in `text`.
    fn only_name_and_mention(text: &str) -> (Option<String>, Option<String>) {
        let statements = english(text);
        let [statement] = statements.as_slice() else {
            panic!("one statement expected: {statements:?}");
        };
        let speaker = statement.speaker.as_ref().expect("the mention stays");
        let whole = format!(" date 2021-06 Harbour plans\n\n{text}");
        (speaker.name.clone(), speaker.mention.clone().map(|m| whole[m].to_string()))
    }

    #[test]
    fn an_english_age_group_is_the_mention_and_no_name() {
        let (name, mention) = only_name_and_mention("Anglers aged 18 to 29 said the new pier was far too short.");
        assert_eq!((name, mention.as_deref()), (None, Some("Anglers aged 18 to 29")));
        let (name, mention) = only_name_and_mention("Many of those under 30 say the new pier is far too short.");
        assert_eq!((name, mention.as_deref()), (None, Some("Many of those under 30")));
        assert!(!super::bounds_an_age("Harlow County 30"));
    }

    #[test]
    fn a_bare_number_is_no_speakers_name() {
        let (name, mention) = only_name_and_mention("In the Varlo poll, 43 said the new pier was far too short.");
        assert_eq!((name, mention.as_deref()), (None, Some("43")));
    }

    #[test]
    fn a_title_broken_after_its_hyphen_at_a_line_end_is_one_word() {
        let statements = english("Secretary-\nGeneral Lind said that the harbours of the world were full.");
        let speakers: Vec<(Option<&str>, Option<&str>)> = statements
            .iter()
            .filter_map(|s| s.speaker.as_ref())
            .map(|s| (s.name.as_deref(), s.role.as_deref()))
            .collect();
        assert_eq!(speakers, [(Some("Lind"), Some("Secretary-General"))]);
        for (written, shown) in
            [("Vice-\r\nChair  Orlan", "Vice-Chair Orlan"), ("pre- and post-war", "pre- and post-war")]
        {
            let mut name = written.to_string();
            super::collapse_space(&mut name);
            assert_eq!(name, shown);
        }
    }

    /// An English article given as the speech of someone, as a transcript
    /// of a speech or briefing is.
    fn english_speech(text: String) -> super::Article {
        let mut article =
            crate::article::parse(std::path::Path::new("t.txt"), text).articles.pop().expect("one article");
        article.lang = "en".to_string();
        article.speaker = Some("Ana Ostrova".to_string());
        article
    }

    #[test]
    fn a_speech_keeps_the_statement_of_a_general_title_named_by_surname() {
        let text = " date 2021-06 Harbour plans\n\nSecretary-General Lind said that the harbours of the world \
                    were full. He said that ships waited for weeks."
            .to_string();
        let article = english_speech(text);
        let statements = extract(&article);
        let names: Vec<(Option<&str>, Option<&str>)> = statements
            .iter()
            .filter_map(|s| s.speaker.as_ref())
            .map(|s| (s.name.as_deref(), s.role.as_deref()))
            .collect();
        assert_eq!(names.iter().filter(|n| **n == (Some("Lind"), Some("Secretary-General"))).count(), 2, "{names:?}");
        assert!(super::has_general_title(&super::super::Speaker {
            name: Some("Lind".into()),
            role: Some("former Director-General".into()),
            mention: None
        }));
    }

    #[test]
    fn a_briefing_keeps_a_counted_group_by_its_role_and_names_no_one() {
        let text = " date 2021-06 Harbour plans\n\nPresident Tom Harlow met President Ann Reyes in Varlo. The two \
                    heads of state agreed that the harbours of both countries should stay open."
            .to_string();
        let article = english_speech(text);
        let statements = extract(&article);
        let group = statements
            .iter()
            .filter_map(|s| s.speaker.as_ref())
            .find(|s| s.mention.clone().is_some_and(|m| article.text[m].to_lowercase().starts_with("the two heads")));
        let group = group.expect("the group's statement is kept");
        assert_eq!((group.name.as_deref(), group.role.as_deref()), (None, Some("heads of state")));
        assert!(!super::counts_people("Two") && !super::counts_people("Two of the aides"));
        assert!(!super::counts_people("The two sides") && !super::counts_people("both countries"));
        assert!(!super::counts_people("the two sides in general"));
        assert!(super::counts_people("The two heads of state reached consensus"));
        assert!(super::counts_people("both leaders"));
    }

    #[test]
    fn a_speech_keeps_the_statement_of_someone_named_after_a_role_with_our() {
        let text = " date 2021-06 Harbour plans\n\nAs the Chair of our Harbour Board, Mr. Tomas Reyval, said, the \
                    harbours of the world were full."
            .to_string();
        let article = english_speech(text);
        let names: Vec<Option<String>> =
            extract(&article).into_iter().filter_map(|s| s.speaker).map(|s| s.name).collect();
        assert!(names.contains(&Some("Tomas Reyval".to_string())), "{names:?}");
        assert!(!super::is_possessive_in_apposed_role(&["our", "Harbour", "Board"], 0, "Harbour Board", 2));
    }

    #[test]
    fn an_english_name_is_given_without_its_possessive_ending() {
        let statements = english(
            "North Valdoria's President said that the harbour would close. The Member States' envoys said that \
             it should stay open.",
        );
        let names: Vec<Option<&str>> =
            statements.iter().map(|s| s.speaker.as_ref().and_then(|sp| sp.name.as_deref())).collect();
        assert_eq!(names, [Some("North Valdoria"), Some("Member States")]);
        let mut apostrophe = "Farouk Al-Hamra'".to_string();
        super::strip_possessive(&mut apostrophe);
        assert_eq!(apostrophe, "Farouk Al-Hamra'");
    }

    #[test]
    fn a_pronoun_with_its_contracted_verb_names_no_one() {
        let statements = english("He’s said that the harbour would close.");
        let names: Vec<Option<&str>> =
            statements.iter().map(|s| s.speaker.as_ref().and_then(|sp| sp.name.as_deref())).collect();
        assert_eq!(names, [None]);
    }

    #[test]
    fn a_poll_share_is_named_with_its_first_number() {
        let statements = english("Two in three said that the harbour should close in winter.");
        let names: Vec<Option<&str>> =
            statements.iter().map(|s| s.speaker.as_ref().and_then(|sp| sp.name.as_deref())).collect();
        assert_eq!(names, [Some("Two in three")]);
    }

    #[test]
    fn only_a_body_mentioned_by_its_one_word_is_named_in_full() {
        assert!(is_one_body("the IAEA", "IAEA"));
        assert!(is_one_body("Die Bundesregierung", "Bundesregierung"));
        assert!(!is_one_body("which", "AIDS"));
        assert!(!is_one_body("A/70/PV.18", "PV"));
        assert!(!is_one_body("the Fleet", "Fleet"));
    }

    #[test]
    fn a_german_speech_act_keeps_its_speaker_in_the_message() {
        let text = " date 2021-06 Hafen\n\nDie Reederei Falkmann sprach von einem schwierigen Jahr.".to_string();
        let mut article =
            crate::article::parse(std::path::Path::new("t.txt"), text).articles.pop().expect("one article");
        article.lang = "de".to_string();
        let statements = extract(&article);
        let [statement] = statements.as_slice() else {
            panic!("one statement expected: {statements:?}");
        };
        assert_eq!(statement.text(&article.text), "Die Reederei Falkmann sprach von einem schwierigen Jahr");
        assert!(statement.speaker.as_ref().is_some_and(|s| s.mention.is_some()), "{statement:?}");
    }
}
