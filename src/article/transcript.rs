//! Transcripts: press conferences and debates whose turns are labelled
//! ("Q:", "A:", "Spokesperson Zhao Lijian:", "MR PRICE:", "Мария Захарова:"),
//! turned into [`Turn`]s — who spoke and where their words stand — with each
//! answer's question kept as its context.

use std::ops::Range;
use std::sync::LazyLock;

use regex_automata::meta::Regex;

use super::Turn;

/// A label at the start of a line: up to six words, then a colon. Matched
/// against one line at a time (see [`label_lines`]): searching the whole
/// body for it, the regex engine went back from every colon to the line
/// start and kept rebuilding its lazy DFA's states, a tenth of extracting
/// a news article. The bound of six words is [`label_lines`]'s, which
/// passes no line with more before its colon: written `{0,5}`, the pattern
/// compiled its letter classes once for each word (the test checks both
/// ways find the same labels).
const LABEL_PATTERN: &str = r"^[ \t]*([\p{Lu}][\p{L}\p{M}.'’\-]*(?:[ \t]+[\p{L}\p{M}.'’\-]+)*)[ \t]*:[ \t]*";

/// [`LABEL_PATTERN`], compiled without the lazy DFA: it only pays on long
/// haystacks, and it needs the pattern compiled a second time, backwards,
/// where its letter classes are costly (most of the 14 M instructions the
/// regex cost on the speeches). Labels are matched one short line at a time.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::builder()
        .configure(Regex::config().hybrid(false).dfa(false).onepass(false))
        .build(LABEL_PATTERN)
        .expect("valid pattern")
});

/// Words a label may carry before the name, kept as the role.
const LABEL_ROLES: &[&str] = &[
    "spokesperson",
    "spokeswoman",
    "spokesman",
    "foreign",
    "ministry",
    "minister",
    "deputy",
    "secretary",
    "sprecher",
    "sprecherin",
    "außenministerin",
    "außenminister",
    "präsident",
    "präsidentin",
    "president",
    "chairman",
    "chair",
];

/// Labels that start ordinary lines rather than turns.
const NOT_SPEAKERS: &[&str] = &[
    "note",
    "update",
    "photo",
    "source",
    "sources",
    "editor",
    "editors",
    "read",
    "see",
    "related",
    "warning",
    "example",
    "title",
    "date",
    "tags",
    "hinweis",
    "foto",
    "quelle",
    "anmerkung",
];

/// What a label says about who speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Label {
    Question,
    /// An answer by the speaker the record names.
    Answer,
    Named {
        name: String,
        role: Option<String>,
    },
}

/// Words that make a label a question's when it starts with one
/// ("Journalist:", "Follow-up:", "Journalist adds:"); elsewhere in it they
/// are prose ("A reporter asked: …").
const QUESTIONER_WORDS: &[&str] = &["journalist", "journalistin", "reporter", "reporterin", "follow-up", "nachfrage"];

fn read_label(text: &str) -> Option<Label> {
    let trimmed = text.trim();
    let folded = trimmed.to_lowercase();
    match folded.as_str() {
        "q" | "question" | "frage" => return Some(Label::Question),
        "a" | "answer" | "antwort" => return Some(Label::Answer),
        _ => {}
    }
    if folded.split_whitespace().next().is_some_and(|word| QUESTIONER_WORDS.contains(&word)) {
        return Some(Label::Question);
    }
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    if words.is_empty() || NOT_SPEAKERS.contains(&folded.as_str()) {
        return None;
    }
    let all_caps = trimmed.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
    if !(all_caps || capitalised) {
        return None;
    }
    let mut role_words = Vec::new();
    let mut name_words = Vec::new();
    for word in &words {
        let lower = word.to_lowercase();
        if name_words.is_empty() && LABEL_ROLES.contains(&lower.as_str()) {
            role_words.push(*word);
        } else if !crate::speaker::is_form_of_address(word) {
            name_words.push(*word);
        }
    }
    if name_words.is_empty() {
        return None;
    }
    let name = name_words
        .iter()
        .map(|w| if all_caps { title_case(w) } else { (*w).to_string() })
        .collect::<Vec<_>>()
        .join(" ");
    let role = (!role_words.is_empty()).then(|| role_words.join(" "));
    Some(Label::Named { name, role })
}

fn title_case(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The turns of a body with labelled turns, or none when fewer than two
/// lines carry a label. `speaker` and `role` are the record's own speaker
/// (the spokesperson), who gives the answers and the opening remarks.
pub fn turns(text: &str, body: Range<usize>, speaker: Option<&str>, role: Option<&str>) -> Vec<Turn> {
    let slice = &text[body.clone()];
    let mut labels: Vec<(Range<usize>, Label)> = label_lines(slice)
        .filter_map(|line| {
            // A label ends at its line's first colon and the blanks after it:
            // the backtracking matcher, whose work grows with the haystack,
            // is shown no more.
            let line_text = &slice[line.clone()];
            let colon = memchr::memchr(b':', line_text.as_bytes())?;
            let blanks = line_text[colon + 1..].bytes().take_while(|b| matches!(b, b' ' | b'\t')).count();
            let head = &line_text[..colon + 1 + blanks];
            if is_figure(&line_text[head.len()..]) {
                // "Clinton: 547." is a row of a table, not a turn.
                return None;
            }
            let mut captures = LABEL.create_captures();
            LABEL.captures(head, &mut captures);
            let whole = captures.get_match()?;
            let label = read_label(&head[captures.get_group(1)?.range()])?;
            let start = body.start + line.start;
            Some((start + whole.start()..start + whole.end(), label))
        })
        .collect();
    let is_own = |name: &str| speaker.is_some_and(|own| crate::speaker::matches(name, own));
    // A news outlet's label ("Reuters:", "CCTV:") asks what the answer after
    // it replies to: a named turn that ends in a question mark, followed by
    // an answer or by the record's own speaker, is a question and not the
    // outlet's statement.
    let questions: Vec<usize> = labels
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| {
            let [(asked, asker), (answer, answerer)] = pair else { return false };
            let answered = match answerer {
                Label::Answer => true,
                Label::Named { name, .. } => is_own(name),
                Label::Question => false,
            };
            answered
                && matches!(asker, Label::Named { name, .. } if !is_own(name))
                && ends_in_question(&text[asked.end..answer.start])
        })
        .map(|(index, _)| index)
        .collect();
    for index in questions {
        labels[index].1 = Label::Question;
    }
    // Datelines and the odd "Note:" are not a transcript: it takes a
    // question or answer label, or a speaker who speaks twice.
    let has_exchange = labels.iter().any(|(_, l)| matches!(l, Label::Question | Label::Answer));
    let repeats = labels.iter().enumerate().any(|(i, (_, a))| labels[..i].iter().any(|(_, b)| a == b));
    if labels.len() < 2 || !(has_exchange || repeats) {
        return Vec::new();
    }
    let mut turns = Vec::new();
    let first_label = labels[0].0.start;
    if let Some(speaker) = speaker {
        // Opening remarks before the first question are the spokesperson's.
        if let Some(span) = trimmed(text, body.start..first_label) {
            turns.push(Turn {
                speaker: Some(speaker.to_string()),
                role: role.map(str::to_string),
                span,
                context: None,
            });
        }
    }
    let mut question: Option<Range<usize>> = None;
    for (index, (label_span, label)) in labels.iter().enumerate() {
        let end = labels.get(index + 1).map_or(body.end, |(next, _)| next.start);
        let Some(span) = trimmed(text, label_span.end..end) else {
            continue;
        };
        match label {
            Label::Question => question = Some(span),
            Label::Answer => turns.push(Turn {
                speaker: speaker.map(str::to_string),
                role: role.map(str::to_string),
                span,
                context: question.clone(),
            }),
            Label::Named { name, role: label_role } => {
                let own = is_own(name);
                turns.push(Turn {
                    speaker: Some(if own { speaker.unwrap_or(name).to_string() } else { name.clone() }),
                    role: label_role.clone().or_else(|| own.then(|| role.map(str::to_string)).flatten()),
                    span,
                    context: question.clone(),
                });
            }
        }
    }
    turns
}

/// What a byte can be in a label, before its colon.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LabelByte {
    /// A blank between words.
    Blank,
    /// Part of a word: an ASCII letter, `.'-`, or any byte of a non-ASCII
    /// character (a letter, a mark, `’`, or not: the pattern decides).
    Word,
    /// Anything else: the line holds no label.
    Other,
}

static LABEL_BYTES: [LabelByte; 256] = {
    let mut table = [LabelByte::Other; 256];
    let mut byte = 0;
    while byte < 256 {
        let ascii = byte as u8;
        table[byte] = if byte >= 128 || ascii.is_ascii_alphabetic() || matches!(ascii, b'.' | b'\'' | b'-') {
            LabelByte::Word
        } else if matches!(ascii, b' ' | b'\t') {
            LabelByte::Blank
        } else {
            LabelByte::Other
        };
        byte += 1;
    }
    table
};

/// The most words a label has.
const LABEL_WORDS: usize = 6;

/// The lines of `text` (without their line end) that may start with a
/// label: lines with a colon, before which come at most six words of
/// letters, marks and `.'’-` (a comma, a digit or a seventh word rule a
/// line out). Colons are looked for first: most lines have none.
fn label_lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        // With memchr's vectorised search: `str::find` went a byte at a time,
        // 18 M instructions on the speeches.
        while let Some(offset) = memchr::memchr(b':', &bytes[from..]) {
            // The first colon of its line: `from` is at the end of a line.
            let colon = from + offset;
            let line_start = memchr::memrchr(b'\n', &bytes[..colon]).map_or(0, |newline| newline + 1);
            let line_end = memchr::memchr(b'\n', &bytes[colon..]).map_or(bytes.len(), |newline| colon + newline);
            from = line_end;
            if may_be_label(&bytes[line_start..colon]) {
                return Some(line_start..line_end);
            }
        }
        None
    })
}

/// True when `before_colon` may be a label's words and blanks.
fn may_be_label(before_colon: &[u8]) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for &byte in before_colon {
        match LABEL_BYTES[usize::from(byte)] {
            LabelByte::Blank => in_word = false,
            LabelByte::Word if in_word => {}
            LabelByte::Word if words < LABEL_WORDS => {
                words += 1;
                in_word = true;
            }
            LabelByte::Word | LabelByte::Other => return false,
        }
    }
    true
}

/// True when the turn's last words are a question: its text ends in a
/// question mark, perhaps inside closing quotes or brackets.
fn ends_in_question(turn: &str) -> bool {
    turn.trim_end().trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']).ends_with('?')
}

/// The text is a number alone ("1,769.", "46 %"): digits, with separators,
/// a per cent sign and blanks.
fn is_figure(text: &str) -> bool {
    let bytes = text.trim_end().as_bytes();
    bytes.iter().any(u8::is_ascii_digit)
        && bytes.iter().all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'%' | b' ' | b'\t'))
}

/// The range without white space at its ends; `None` when nothing is left.
fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    (end > start).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, turns: &[Turn]) -> Vec<(Option<String>, &'a str, Option<&'a str>)> {
        turns.iter().map(|t| (t.speaker.clone(), &text[t.span.clone()], t.context.clone().map(|c| &text[c]))).collect()
    }

    #[test]
    fn questions_become_the_context_of_answers() {
        let text = "Today we announce a visit.\n\nQ: What about the virus?\n\nA: We are confident.\n\nIt will pass.\n\nQ: And trade?\n\nA: No comment.";
        let turns = turns(text, 0..text.len(), Some("Zhao Lijian"), Some("Spokesperson"));
        let zhao = Some("Zhao Lijian".to_string());
        assert_eq!(
            texts(text, &turns),
            [
                (zhao.clone(), "Today we announce a visit.", None),
                (zhao.clone(), "We are confident.\n\nIt will pass.", Some("What about the virus?")),
                (zhao, "No comment.", Some("And trade?")),
            ]
        );
        assert_eq!(turns[0].role.as_deref(), Some("Spokesperson"));
    }

    #[test]
    fn named_labels_give_their_speakers() {
        let text = "MR PRICE: Good afternoon.\n\nQUESTION: Any news?\n\nMR PRICE: None.\n\nМария Захарова: Нет.";
        let turns = turns(text, 0..text.len(), None, None);
        let names: Vec<Option<String>> = turns.iter().map(|t| t.speaker.clone()).collect();
        assert_eq!(names, [Some("Price".to_string()), Some("Price".to_string()), Some("Мария Захарова".to_string())]);
        let spokesperson = "Spokesperson Zhao Lijian: Yes.\n\nQ: Why?\n\nSpokesperson Zhao Lijian: Because.";
        let turns = super::turns(spokesperson, 0..spokesperson.len(), Some("Zhao Lijian"), None);
        assert_eq!(turns[0].speaker.as_deref(), Some("Zhao Lijian"));
        assert_eq!(turns[0].role.as_deref(), Some("Spokesperson"));
    }

    #[test]
    fn an_outlets_question_is_the_context_of_its_answer() {
        let text = "CCTV: Will the talks go on?\n\nLena Marsh: They will.\n\nNorth Post: And the date?\n\n\
                    Lena Marsh: Soon.\n\nFollow-up: Which day?\n\nA: Monday.\n\nJournalist adds: It was leaked.\n\nA: No.";
        let turns = turns(text, 0..text.len(), Some("Lena Marsh"), None);
        let marsh = Some("Lena Marsh".to_string());
        assert_eq!(
            texts(text, &turns),
            [
                (marsh.clone(), "They will.", Some("Will the talks go on?")),
                (marsh.clone(), "Soon.", Some("And the date?")),
                (marsh.clone(), "Monday.", Some("Which day?")),
                (marsh, "No.", Some("It was leaked.")),
            ]
        );
    }

    #[test]
    fn a_guest_who_asks_in_passing_keeps_the_turn() {
        let text = "Ivo Lind: Why wait? We sign today.\n\nLena Marsh: We do.\n\nIvo Lind: Agreed?\n\nTom Vale: Yes.";
        let turns = turns(text, 0..text.len(), Some("Lena Marsh"), None);
        let speakers: Vec<_> = turns.iter().map(|turn| turn.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Ivo Lind"), Some("Lena Marsh"), Some("Ivo Lind"), Some("Tom Vale")]);
        assert_eq!(read_label("A reporter asked"), None);
    }

    /// A label as a whole text is searched for it in multi-line mode, with
    /// its bound of six words.
    const WHOLE_TEXT_LABEL: &str =
        r"(?m)^[ \t]*([\p{Lu}][\p{L}\p{M}.'’\-]*(?:[ \t]+[\p{L}\p{M}.'’\-]+){0,5})[ \t]*:[ \t]*";

    /// Where labels start, as the pattern finds them line by line, and as
    /// the bounded pattern finds them in the whole text.
    fn label_starts(text: &str) -> (Vec<usize>, Vec<usize>) {
        let by_line =
            label_lines(text).filter_map(|line| LABEL.find(&text[line.clone()]).map(|_| line.start)).collect();
        let whole_text = regex::Regex::new(WHOLE_TEXT_LABEL).unwrap();
        (by_line, whole_text.find_iter(text).map(|m| m.start()).collect())
    }

    #[test]
    fn labels_are_found_line_by_line_as_in_the_whole_text() {
        let text = "MR PRICE: Good afternoon.\nQ:\tWhy?\n  Spokesperson Zhao Lijian : Yes.\nAt 10:30, nothing.\n\
                    Мария Захарова: Нет.\nO’Brien-Smith Jr.: Fine.\nDer Minister sagte heute in Berlin vor der Presse: nein\n\
                    Note: prose.\r\nEins Zwei Drei Vier Fünf Sechs: ja\nEins Zwei Drei Vier Fünf Sechs Sieben: nein\nA: Last";
        let (by_line, whole_text) = label_starts(text);
        assert_eq!(by_line, whole_text);
        assert_eq!(by_line.len(), 8, "{by_line:?}");
    }

    proptest::proptest! {
        #[test]
        fn label_lines_miss_no_label(text in "([A-Za-zÄäÉ’'.:, \t\n\r1-]|Q: |MR PRICE: |Ab Cd Ef Gh Ij Kl|\n)*") {
            let (by_line, whole_text) = label_starts(&text);
            proptest::prop_assert_eq!(by_line, whole_text);
        }
    }

    #[test]
    fn a_table_of_figures_is_no_transcript() {
        let text = "The count.\n\nQuist: 1,204.\n\nLind: 98.\n\nThe total.\n\nQuist: 1,310.\n\nLind: 12 %";
        assert!(turns(text, 0..text.len(), None, None).is_empty());
        let spoken = "Mara Quist: 1,204 votes are not enough.\n\nIvo Lind: We agree.\n\nMara Quist: Good.";
        assert_eq!(turns(spoken, 0..spoken.len(), None, None).len(), 3);
    }

    #[test]
    fn prose_with_a_colon_is_no_transcript() {
        let text = "Der Minister sagte: Wir kommen.\n\nNote: this is prose.\n\nEr bemängelte: nichts.\n\nBerlin: Ein Ort.\n\nMoskau: Ein anderer.";
        assert!(turns(text, 0..text.len(), None, None).is_empty());
    }
}
