//! Parliamentary records in TEI XML (GermaParl, and the ParlaMint corpora
//! that share its encoding): every speaker turn (`<sp>`) is a turn of the
//! speaker it names, with the sitting's date and the speaker's party and
//! position; stage directions and interjections (`<stage>`) are left out.
//!
//! The article's text is the turns' paragraphs, separated by blank lines;
//! offsets point into that text, not into the XML.

use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::{Article, Format, Loaded, Turn};
use crate::error::Error;

/// Where the parser is in the document.
#[derive(Default)]
struct State {
    text: String,
    turns: Vec<Turn>,
    date: Option<String>,
    title: String,
    session: Option<String>,
    /// The open `<sp>`: its speaker, role, and where its words start.
    turn: Option<(Option<String>, Option<String>, usize)>,
    in_paragraph: bool,
    /// The open paragraph's text, white space not yet folded.
    paragraph: String,
    /// Depth inside elements whose text is not spoken words (`stage`, `speaker`, `note`).
    skipping: usize,
    in_date: bool,
    in_title: bool,
    in_session: bool,
    /// Elements open now: more than none at the end means the file was cut off.
    depth: usize,
}

/// Parses a TEI transcript; malformed XML is reported with its line.
pub(super) fn parse(path: &Path, xml: &str) -> Loaded {
    let mut loaded = Loaded::default();
    let mut reader = Reader::from_str(xml);
    let mut state = State::default();
    loop {
        let position = reader.buffer_position() as usize;
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(error) => {
                let line = xml[..position.min(xml.len())].matches('\n').count() + 1;
                loaded.problems.push(Error::Parse {
                    path: path.to_path_buf(),
                    line,
                    reason: format!("malformed XML: {error}; the turns before it are kept"),
                });
                break;
            }
        };
        match event {
            Event::Start(element) => {
                state.depth += 1;
                let name = element.local_name();
                match name.as_ref() {
                    "sp" => {
                        let attribute = |key: &str| {
                            element
                                .attributes()
                                .flatten()
                                .find(|a| a.key.local_name().as_ref() == key)
                                .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
                                .map(|v| v.trim().to_string())
                                .filter(|v| !v.is_empty() && v != "NA")
                        };
                        let speaker = attribute("name").or_else(|| attribute("who"));
                        let position = attribute("position").or_else(|| attribute("role"));
                        let role = match (position, attribute("party")) {
                            (Some(position), Some(party)) => Some(format!("{position} ({party})")),
                            (position, party) => position.or(party),
                        };
                        if speaker.is_none() {
                            loaded.problems.push(Error::Parse {
                                path: path.to_path_buf(),
                                line: xml[..position_in(&reader, xml)].matches('\n').count() + 1,
                                reason: "a turn (<sp>) names no speaker; its words are kept without one".to_string(),
                            });
                        }
                        state.turn = Some((speaker, role, state.text.len()));
                    }
                    "p" if state.turn.is_some() && state.skipping == 0 => {
                        state.paragraph.clear();
                        state.in_paragraph = true;
                    }
                    "stage" | "speaker" | "note" | "kinesic" | "vocal" | "incident" => state.skipping += 1,
                    "date" => state.in_date = state.date.is_none() && state.turn.is_none(),
                    "title" => state.in_title = state.title.is_empty(),
                    "sessionNo" => state.in_session = true,
                    _ => {}
                }
            }
            Event::End(element) => {
                state.depth = state.depth.saturating_sub(1);
                match element.local_name().as_ref() {
                    "sp" => close_turn(&mut state),
                    "p" => close_paragraph(&mut state),
                    "stage" | "speaker" | "note" | "kinesic" | "vocal" | "incident" => {
                        state.skipping = state.skipping.saturating_sub(1);
                    }
                    "date" => state.in_date = false,
                    "title" => state.in_title = false,
                    "sessionNo" => state.in_session = false,
                    _ => {}
                }
            }
            Event::Text(text) => push_text(&mut state, &text.xml10_content()),
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&reference).unwrap_or_default().to_string(),
                };
                push_text(&mut state, &resolved);
            }
            Event::Eof => {
                if state.depth > 0 {
                    loaded.problems.push(Error::Parse {
                        path: path.to_path_buf(),
                        line: xml.trim_end().matches('\n').count() + 1,
                        reason:
                            "malformed XML: the document ends with elements still open; the turns before it are kept"
                                .to_string(),
                    });
                }
                break;
            }
            _ => {}
        }
    }
    close_turn(&mut state);
    if state.turns.is_empty() && !loaded.problems.is_empty() {
        return loaded;
    }
    let date = state.date.as_deref().and_then(|d| match super::checked_date(d) {
        Ok(date) => Some(date),
        Err(reason) => {
            loaded.problems.push(Error::Parse { path: path.to_path_buf(), line: 1, reason });
            None
        }
    });
    let title = match (&state.session, state.title.is_empty()) {
        (Some(session), false) => format!("{}, Sitzung {session}", state.title),
        (None, false) => state.title.clone(),
        (_, true) => path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
    };
    let lang = super::detect_language(&state.text).to_string();
    loaded.articles.push(Article {
        file: path.to_path_buf(),
        record: None,
        id: None,
        format: Format::Tei,
        title,
        title_span: None,
        body: 0..state.text.len(),
        date,
        speaker: None,
        role: None,
        source: None,
        url: None,
        lang,
        text: state.text,
        encoding: None,
        turns: state.turns,
    });
    loaded
}

fn position_in(reader: &Reader<&[u8]>, xml: &str) -> usize {
    (reader.buffer_position() as usize).min(xml.len())
}

/// Text goes to the paragraph or header field being read.
fn push_text(state: &mut State, content: &str) {
    if state.in_date {
        state.date.get_or_insert_with(String::new).push_str(content.trim());
    } else if state.in_title {
        state.title.push_str(content.trim());
    } else if state.in_session {
        state.session.get_or_insert_with(String::new).push_str(content.trim());
    } else if state.in_paragraph && state.skipping == 0 {
        state.paragraph.push_str(content);
    }
}

/// Ends a paragraph: its words, white space folded, join the turn.
fn close_paragraph(state: &mut State) {
    state.in_paragraph = false;
    let words: Vec<&str> = state.paragraph.split_whitespace().collect();
    if words.is_empty() {
        return;
    }
    if state.text.len() > state.turn.as_ref().map_or(0, |t| t.2) {
        state.text.push_str("\n\n");
    }
    state.text.push_str(&words.join(" "));
}

fn close_turn(state: &mut State) {
    let Some((speaker, role, start)) = state.turn.take() else {
        return;
    };
    if state.text.len() > start {
        state.turns.push(Turn { speaker, role, span: start..state.text.len(), context: None });
        state.text.push_str("\n\n");
    }
    state.in_paragraph = false;
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITTING: &str = r#"<TEI><teiHeader><fileDesc><titleStmt><title>Plenarprotokoll</title><sessionNo>8</sessionNo></titleStmt>
<publicationStmt><date when="">2014-01-16</date></publicationStmt></fileDesc></teiHeader>
<text><body><div>
<sp who="Dr. Frank-Walter Steinmeier" role="government" position="Bundesminister des Auswärtigen" party="SPD" name="Frank-Walter Steinmeier">
<speaker>Dr. Frank-Walter Steinmeier, Bundesminister des Auswärtigen:</speaker>
<p>Erster   Absatz.</p>
<stage type="interjection">(Beifall bei der SPD)</stage>
<p>Zweiter Absatz &amp; Schluss.</p>
</sp>
<sp who="Petra Pau" position="Vizepräsidentin" party="DIE LINKE" name="Petra Pau"><p>Danke.</p></sp>
</div></body></text></TEI>"#;

    #[test]
    fn turns_are_speakers_words_without_stage_directions() {
        let loaded = parse(Path::new("bt.xml"), SITTING);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let article = &loaded.articles[0];
        assert_eq!(article.date.unwrap().to_string(), "2014-01-16");
        assert_eq!(article.title, "Plenarprotokoll, Sitzung 8");
        assert_eq!(article.turns.len(), 2);
        let first = &article.turns[0];
        assert_eq!(first.speaker.as_deref(), Some("Frank-Walter Steinmeier"));
        assert_eq!(first.role.as_deref(), Some("Bundesminister des Auswärtigen (SPD)"));
        assert_eq!(&article.text[first.span.clone()], "Erster Absatz.\n\nZweiter Absatz & Schluss.");
        assert!(!article.text.contains("Beifall"));
    }

    #[test]
    fn broken_xml_is_reported_with_its_line_and_earlier_turns_kept() {
        let broken = SITTING.replace("</sp>\n<sp who=\"Petra Pau\"", "</sp>\n<sp who=\"Petra Pau\"></oops>");
        let loaded = parse(Path::new("bt.xml"), &broken);
        assert_eq!(loaded.articles[0].turns.len(), 1);
        let message = loaded.problems[0].to_string();
        assert!(message.starts_with("bt.xml:10: malformed XML"), "{message}");
    }
}
