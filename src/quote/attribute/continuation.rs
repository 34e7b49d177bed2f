//! Statements without a cue of their own: German Konjunktiv sentences that carry on
//! a report (free indirect speech), and the subject that speaks them.

use super::*;

impl<'a> Rules<'a> {
    /// The previous statement is close enough for an unattributed quotation
    /// to be the same speaker's: in this paragraph or one of the two before.
    pub(super) fn recent_statement(&self, p: usize) -> bool {
        self.found.last().is_some_and(|f| p - f.paragraph.min(p) <= 2)
    }

    /// True for a German sentence whose only report marker is "soll" with a
    /// present infinitive ("Die Taufe soll am 15. Juni erfolgen", "Der Bau
    /// soll 2010 beginnen") when two or more sentences without a statement
    /// stand between it and the last statement: such a sentence states a plan
    /// in the writer's voice, which the gold leaves out, while close to a
    /// statement it mostly carries that statement on. "soll … haben", "soll
    /// … worden sein" report hearsay and stay.
    pub(super) fn is_plan_after_gap(&self, sentence: &Sentence, index: usize) -> bool {
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

    pub(super) fn is_free_indirect(&self, sentence: &Sentence) -> bool {
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
        // In a speech "wäre", "würde" and "soll" are the speaker's own
        // conditionals and plans; only the Konjunktiv I reports there.
        let markers = match self.register {
            Register::Written => Tags::SUBJUNCTIVE | Tags::REPORTATIVE,
            Register::Spoken => Tags::REPORTED_MOOD,
        };
        // A marker closing a relative or subordinate clause ("…, die
        // ausgebaut werden sollen") says nothing about the main clause.
        self.has_main_marker(sentence, markers)
    }

    /// True when one of two sentences in a row reports in the Konjunktiv
    /// and the other only by "soll": the gold makes hearsay ("Er soll …
    /// gewesen sein.") and what a source said ("Dabei habe er …") statements
    /// of their own.
    pub(super) fn changes_mood(&self, index: usize) -> bool {
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
    pub(super) fn can_speak_strictly(&self, p: usize, attribution: &Attribution) -> bool {
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
    pub(super) fn subject_between(&self, index: usize) -> Option<Attribution> {
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
        let speaks = |frame: &Attribution| self.names_speaker(index, frame);
        // "Am Montag hat die Kommission den Termin festgelegt.": the subject
        // may also follow a fronted adverbial and the verb.
        self.quote_frame(sentence)
            .filter(speaks)
            .or_else(|| self.place_subject(sentence))
            .or_else(|| self.subject_after_fronted(sentence).filter(speaks))
            .or_else(|| self.document_subject(sentence))
    }

    /// True when the mention of a frame in sentence `index` names a person
    /// or body with a role or body noun, by a full name, or by a word the
    /// article uses as a name.
    pub(super) fn names_speaker(&self, index: usize, frame: &Attribution) -> bool {
        let p = self.segments.sentences[index].paragraph;
        self.can_speak_strictly(p, frame)
            || self.names_person(p, frame)
            || self.is_introduced_surname(index, frame)
            || self.is_named_elsewhere(index, frame)
    }

    /// True unless a German frame without a cue opens on a phrase that
    /// names no one ("Seine Zuversicht wuchs: „…“", "Derzeit gilt: „…“"):
    /// such a quotation carries on the speaker before it.
    pub(super) fn frames_quotation(&self, index: usize, frame: &Attribution) -> bool {
        let Some(mention) = frame.mention.clone().filter(|_| self.german) else {
            return true;
        };
        let p = self.segments.sentences[index].paragraph;
        let tokens = self.tokens(p);
        let pronoun = self.phrases(p).read(mention.clone()).kind == MentionKind::Pronoun;
        let speech = tokens[mention.clone()].iter().any(|t| t.upper && t.tags.has(Tags::SPEECH_NOUN));
        // "Ali bekannte sich …:": a first name alone names a person.
        let first_name = mention.len() == 1 && tokens[mention.start].tags.has(Tags::FEMALE | Tags::MALE);
        // "Der Ermittler sagte:", "Die Bewohner des Dorfes riefen:": a noun
        // for people, which the role words leave out.
        let german = lexicon::Lexicon::for_language("de");
        let person = tokens[mention.clone()].iter().any(|t| {
            let mut buffer = lexicon::LowercaseBuffer::default();
            t.upper && german.is_person_noun(&lexicon::lowercase(&self.text[t.span()], &mut buffer))
        });
        pronoun || speech || first_name || person || self.names_speaker(index, frame)
    }

    /// "Der Bericht kritisiert die Reform. Sie sei …": a report or study
    /// opening a sentence as its subject is the source of the Konjunktiv
    /// after it, though it is no one who speaks.
    fn document_subject(&self, sentence: &Sentence) -> Option<Attribution> {
        const DOCUMENTS: [&str; 3] = ["bericht", "studie", "gutachten"];
        if !self.german {
            return None;
        }
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let start = sentence.tokens.clone().find(|&i| tokens[i].is_word())?;
        if !tokens[start].tags.has(Tags::DETERMINER) {
            return None;
        }
        let clause = self.clauses(p, sentence.tokens.clone()).first().cloned()?;
        let phrase = self.phrases(p).phrase_after(start, clause.end).filter(|phrase| phrase.start == start)?;
        tokens.get(phrase.end).filter(|t| t.is_word() && !t.upper && !t.quoted)?;
        let head = self.text[tokens[phrase.end - 1].span()].to_lowercase();
        if !DOCUMENTS.iter().any(|document| head.ends_with(document)) {
            return None;
        }
        Some(Attribution::source(phrase.end..phrase.end + 1, Some(phrase.clone()), phrase, "quote-frame"))
    }

    /// "Die Kommission gab das Ergebnis bekannt. Demnach …": a sentence that
    /// opens with "Demnach" or "Danach" reports what the subject of the
    /// sentence before made known; the paragraph and tokens of that subject.
    pub(super) fn anaphor_source(&self, p: usize, range: Range<usize>) -> Option<(usize, Range<usize>)> {
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
    pub(super) fn own_source(&self, p: usize, range: Range<usize>) -> Option<Range<usize>> {
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
    pub(super) fn is_introduced_surname(&self, index: usize, attribution: &Attribution) -> bool {
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
    pub(super) fn is_named_elsewhere(&self, index: usize, attribution: &Attribution) -> bool {
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
    pub(super) fn subject_after_fronted(&self, sentence: &Sentence) -> Option<Attribution> {
        if !self.german {
            return None;
        }
        let p = sentence.paragraph;
        let tokens = self.tokens(p);
        let clause = self.clauses(p, sentence.tokens.clone()).first().cloned()?;
        let opening = &tokens[clause.start];
        // "Als Ersatz wollen …": a predicative "als" phrase is fronted too.
        let predicative = self.is_word(p, clause.start, "als")
            && tokens.get(clause.start + 1).is_some_and(|t| t.upper && !t.tags.has(Tags::DETERMINER));
        let fronted = opening.tags.has(Tags::PREPOSITION | Tags::TIME | Tags::MONTH | Tags::OBLIQUE)
            || predicative
            || self.fronted_before_reflexive(p, clause.start);
        if opening.quoted || !fronted {
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
                && !self.strong_adjective(p, i)
        })?;
        // "In der Halle zeigte sich die Trainerin zufrieden: „…“": a
        // reflexive verb puts "sich" before its subject.
        let subject = if self.is_word(p, verb + 1, "sich") { verb + 2 } else { verb + 1 };
        let phrase = self.phrases(p).phrase_after(subject, clause.end).filter(|phrase| phrase.start == subject)?;
        let phrase = match self.apposition_clause(p, &self.clauses(p, sentence.tokens.clone()), 1) {
            Some(apposition) if phrase.end == clause.end => phrase.start..apposition.end,
            _ => phrase,
        };
        // "Als Hauptverantwortlicher gilt der General": the subject is what
        // the phrase calls it, not someone who speaks.
        if predicative && self.is_any_word(p, verb, &["gilt", "gelten", "galt", "galten"]) {
            return None;
        }
        // After an "als" phrase the verb's subject is the one the sentence
        // is about, whether or not the lexicon knows it can speak ("Als
        // Ersatz wollen die Staaten …"); "als" read as a name made it so.
        if tokens[phrase.start].tags.has(Tags::OBLIQUE) || !predicative && !self.can_speak(p, &phrase) {
            return None;
        }
        Some(Attribution::source(verb..verb + 1, Some(phrase.clone()), phrase, "quote-frame"))
    }

    /// "Besorgt äußerte sich Kofi Annan", "Ebenso äußerte sich Ministerin
    /// Dorn": an adverb or adjective fronted before a verb and "sich"; the
    /// subject follows "sich". A name opening the sentence is its subject.
    fn fronted_before_reflexive(&self, p: usize, start: usize) -> bool {
        let tokens = self.tokens(p);
        let opening = &tokens[start];
        if !self.is_word(p, start + 2, "sich") || !opening.upper || opening.tags.has(!Tags::ADVERB) {
            return false;
        }
        let verb = &tokens[start + 1];
        if !verb.is_word() || verb.upper {
            return false;
        }
        let word = &self.text[opening.span()];
        !self.persons.iter().any(|person| person.name.split(' ').any(|part| part == word))
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

    /// True when the German word at `index` ends in "-er" before a noun, as
    /// an adjective without an article does ("Trotz gesunkener Zahlen
    /// getöteter Reporter gibt …"): no finite verb ends so.
    fn strong_adjective(&self, p: usize, index: usize) -> bool {
        let tokens = self.tokens(p);
        let noun_next = tokens.get(index + 1).is_some_and(|next| next.is_word() && next.upper && !next.quoted);
        noun_next && self.text[tokens[index].span()].ends_with("er")
    }

    /// True when an attribution's mention is a person's name of two words or more.
    pub(super) fn names_person(&self, p: usize, attribution: &Attribution) -> bool {
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

    pub(super) fn unanchored_report(&self, index: usize) -> Option<Attribution> {
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
}
