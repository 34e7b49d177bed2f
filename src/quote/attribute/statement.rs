//! A cue and its speaker turned into a statement: the mention read into a
//! [`RawMention`], formal address, and antecedents of demonstratives.

use super::*;

/// Reads a mention's tokens into a [`RawMention`].
pub(super) fn raw_mention(phrases: &Phrases<'_>, range: Range<usize>, plural: bool) -> RawMention {
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
    // "Two in three": a poll's share keeps its first number, which the
    // lexicon tags as a determiner.
    let share = !phrases.german && phrases.is_poll_share(holder.clone());
    while !share && bare_start + 1 < holder.end && tokens[bare_start].tags.has(Tags::DETERMINER) {
        bare_start += 1;
    }
    let role = reading.role.clone().and_then(|r| phrases.role_text(r)).map(|role| {
        // "der Korrespondent in Bonn, Jan Roth": the comma before the name is not the role's.
        let role = role.trim_end_matches(',').to_string();
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
        let text = phrases.name_text(r.clone());
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
pub(in crate::quote) fn nominative(phrase: &str) -> String {
    let (head, last) = phrase.rsplit_once(' ').map_or(("", phrase), |(h, l)| (h, l));
    // "des Internationalen Währungsfonds": "Fonds" is the same in both cases.
    let invariant = last.ends_with("fonds") || last.ends_with("Fonds");
    let stem = if invariant {
        last
    } else if let Some(stem) = last.strip_suffix("es")
        && stem.chars().count() >= 3
        && stem.chars().last().is_some_and(|c| !"aeiouäöüy".contains(c))
    {
        stem
    } else {
        last.strip_suffix('s').filter(|stem| stem.chars().count() >= 3).unwrap_or(last)
    };
    if head.is_empty() { stem.to_string() } else { format!("{head} {stem}") }
}

/// German role adjectives after "der" take the weak ending; without the
/// article they take the strong one: "der stellvertretende russische
/// Außenminister" is a "stellvertretender russischer Außenminister".
pub(super) fn strong_ending(role: &str) -> String {
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

impl<'a> Rules<'a> {
    pub(super) fn found_from(
        &self,
        kind: Kind,
        spans: Vec<Range<usize>>,
        attribution: &Attribution,
        p: usize,
        sentence: usize,
    ) -> Found {
        let tokens = self.tokens(p);
        let cue_end = tokens[attribution.cue.end - 1].end;
        let message_follows = spans.first().is_some_and(|first| first.start >= cue_end);
        let mention = attribution.mention.clone().filter(|m| self.german || !self.names_no_one(p, m)).map(|m| {
            if self.german {
                m
            } else {
                let reporter = self.without_reporting_relative(p, m);
                let subject = self.without_leading_relative(p, reporter, message_follows);
                self.without_floating_both(p, subject)
            }
        });
        let spans = if self.german { spans } else { self.with_reported_relative(p, spans, attribution, &mention) };
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
            hides_mention: false,
            paragraph: p,
            sentence,
        }
    }

    /// "…, which he said would bring jobs": the message of a relative clause
    /// of saying opens, for PolNeAR, with the pronoun that stands for what
    /// was said, before its subject and cue ("in which he said" has it not).
    fn with_reported_relative(
        &self,
        p: usize,
        mut spans: Vec<Range<usize>>,
        attribution: &Attribution,
        mention: &Option<Range<usize>>,
    ) -> Vec<Range<usize>> {
        let tokens = self.tokens(p);
        let Some(mention) = mention.as_ref() else {
            return spans;
        };
        let Some(pronoun) = mention.start.checked_sub(1) else {
            return spans;
        };
        let cue_end = tokens[attribution.cue.end - 1].end;
        if !attribution.verb
            || tokens[pronoun].upper
            || !self.is_any_word(p, pronoun, &OBJECT_RELATIVES) && !self.is_any_word(p, pronoun, &FUSED_RELATIVES)
            || pronoun > 0 && tokens[pronoun - 1].tags.has(Tags::PREPOSITION)
            || spans.first().is_none_or(|first| first.start < cue_end)
            // "…, which Lee won, showed that …": a clause with its own
            // complementizer says nothing of the pronoun.
            || tokens
                .get(tokens.partition_point(|t| t.start < spans[0].start))
                .is_some_and(|t| t.tags.has(Tags::COMPLEMENTIZER))
        {
            return spans;
        }
        spans.insert(0, tokens[pronoun].span());
        spans
    }

    pub(super) fn raw_mention(&self, p: usize, range: Range<usize>, plural: bool) -> RawMention {
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
        let raw = raw_mention(&phrases, range.clone(), plural);
        if raw.kind == MentionKind::Pronoun && self.is_formal_possessive(p, range.start) {
            // "Laut Ihrem eigenen Bericht", "Ihrer Meinung nach": the report
            // or view of the listener addressed, whom the text does not name.
            return RawMention { addressee: true, ..raw };
        }
        let Some(antecedent) = self.antecedent(p, range.clone()) else {
            // Past `formal_address`: the "Sie" opens its sentence.
            let may_address = self.sie_before_plural_verb(p, range);
            return RawMention { may_address, ..raw };
        };
        // "voters who say …": PolNeAR marks the relative pronoun, but the
        // statement is looked up under the phrase it stands for.
        let span = self.tokens(p)[range.start].span();
        RawMention { span, ..raw_mention(&phrases, antecedent, plural) }
    }

    /// For a capitalised German "Sie" after the first word of its sentence,
    /// the listener addressed ("Herr Roth, Sie haben gesagt, …", "wie Sie
    /// es sagen"), in a debate or an interview, and not "she" or "they": the
    /// vocative right before it that names the listener, if there is one.
    fn formal_address(&self, p: usize, range: Range<usize>) -> Option<Option<Range<usize>>> {
        if !self.german || range.len() != 1 || range.start == 0 {
            return None;
        }
        let tokens = self.tokens(p);
        let comma = tokens[range.start - 1].is_punct(',');
        if !self.is_mid_sentence(p, range.start) || &self.text[tokens[range.start].span()] != "Sie" {
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

    /// True for a capitalised German "Ihr", "Ihre", "Ihrem" … after the
    /// first word of its sentence: the polite "your", not "her" or "their".
    fn is_formal_possessive(&self, p: usize, index: usize) -> bool {
        const FORMAL: [&str; 6] = ["Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"];
        self.german
            && index > 0
            && self.is_mid_sentence(p, index)
            && FORMAL.contains(&&self.text[self.tokens(p)[index].span()])
    }

    /// True when the token at `index` (after the first) follows a word or a
    /// comma of its own quotation or narration, so its capital is no
    /// sentence's.
    fn is_mid_sentence(&self, p: usize, index: usize) -> bool {
        debug_assert!(index > 0);
        let tokens = self.tokens(p);
        let before = &tokens[index - 1];
        (before.is_word() || before.is_punct(',')) && before.quoted == tokens[index].quoted
    }

    /// True when a German address opens at `index`: "Herr Präsident", "Frau
    /// Kollegin Roth", with no article before it, as a vocative has none.
    pub(super) fn is_vocative(&self, p: usize, index: usize) -> bool {
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

    /// The phrase an English relative pronoun mention ("who", "which",
    /// "that") follows, within its clause: "Democrats who", "the poll,
    /// which".
    pub(super) fn antecedent(&self, p: usize, range: Range<usize>) -> Option<Range<usize>> {
        if self.german || range.len() != 1 || range.start == 0 {
            return None;
        }
        let tokens = self.tokens(p);
        let word = &self.text[tokens[range.start].span()];
        if !["who", "which", "that"].contains(&word) {
            return None;
        }
        let end = if tokens[range.start - 1].is_punct(',') { range.start - 1 } else { range.start };
        let place = |a: &Range<usize>| a.len() == 1 && tokens[a.start].tags.has(Tags::PLACE);
        let phrase = self
            .phrases(p)
            .phrase_before(self.relative_limit(p, end), end)
            .filter(|a| a.end == end && !place(a) && self.can_speak(p, a))?;
        if word != "who" {
            return Some(phrase);
        }
        Some(self.person_described_by(p, &phrase).unwrap_or(phrase))
    }

    /// Where the phrase a relative pronoun follows may start, reading back
    /// from `end`: after the clause's last punctuation or quoted word, and
    /// within 12 words.
    fn relative_limit(&self, p: usize, end: usize) -> usize {
        self.tokens(p)[..end]
            .iter()
            .rposition(|t| t.kind == TokenKind::Punct && !t.is_punct('.') || t.quoted)
            .map_or(0, |i| i + 1)
            .max(end.saturating_sub(12))
    }

    /// "Ada Quill, a co-chairman of the Harbour Caucus, who sent …": when
    /// the phrase before a "who" is an apposition (a role with an article
    /// and no name, set off by a comma), the person named before that comma,
    /// whom the apposition describes; the "who" is theirs, not the office's
    /// or the body's inside it.
    fn person_described_by(&self, p: usize, apposition: &Range<usize>) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let comma = apposition.start.checked_sub(1).filter(|&c| tokens[c].is_punct(','))?;
        let phrases = self.phrases(p);
        let described = tokens[apposition.start].tags.has(Tags::DETERMINER)
            && matches!(phrases.read(apposition.clone()).kind, MentionKind::Description);
        if !described {
            return None;
        }
        phrases
            .phrase_before(self.relative_limit(p, comma), comma)
            .filter(|person| person.end == comma && matches!(phrases.read(person.clone()).kind, MentionKind::Person))
    }
}
