//! Headlines that attribute: "Moskau: …", "X says …".

use super::*;

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
        hides_mention: false,
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
        hides_mention: false,
        paragraph: 0,
        sentence: 0,
    })
}

/// True when a phrase holds a word for a body or a role that speaks
/// ("Außenministerium", "Experte"), not only a place.
fn names_speaker(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.tags.has(Tags::BODY | Tags::ROLE) && !t.tags.has(Tags::PLACE))
}
