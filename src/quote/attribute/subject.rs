//! The speaker's phrase: subjects before and after the verb, appositions, roles
//! before names, and the phrases that cannot speak.

use super::*;

/// The longest English description after "said X,", in tokens: PolNeAR
/// keeps a long one with its relative clause.
const DESCRIPTION_WORDS: usize = 45;

impl<'a> Rules<'a> {
    /// For a German subject that opens its clause with a role ("Sprecher des
    /// Verbands kommentierte"), the name the clause before ends with, as in
    /// "Jan Roth, Sprecher des Verbands kommentierte" or "wie Jan Roth,
    /// Direktor des Instituts betont".
    pub(super) fn name_before_role(
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
        let name = self.phrase_of_clause_before(p, clauses, c, |start| {
            tokens[start].tags.has(Tags::COMPLEMENTIZER | Tags::CONJUNCTION | Tags::SUBORDINATOR)
                || self.is_word(p, start, "wie")
        })?;
        (self.phrases(p).read(name.clone()).kind == MentionKind::Person).then_some(name)
    }

    /// The phrase that the clause before clause `c` consists of, after its
    /// opening word when `opens` says its first token is one. Only a clause
    /// that opens the sentence, or one with such an opener, holds a subject.
    fn phrase_of_clause_before(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        c: usize,
        opens: impl Fn(usize) -> bool,
    ) -> Option<Range<usize>> {
        debug_assert!(c > 0, "clause {c} has none before it");
        let previous = clauses[c - 1].clone();
        let opener = opens(previous.start);
        if !opener && c > 1 {
            return None;
        }
        let start = if opener { previous.start + 1 } else { previous.start };
        let end = self.trimmed_end(p, previous);
        self.phrases(p).phrase_after(start, end).filter(|phrase| *phrase == (start..end))
    }

    /// For a German subject that is a name opening its clause after a comma
    /// ("Der Sprecher der Polizei, Anna Berg sagte"), the role that
    /// the clause before is made of, when that clause opens the sentence or
    /// a "wie" clause: the comma after the name is missing, and the two are
    /// one subject. Returns the role phrase.
    pub(super) fn role_before_name(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        c: usize,
        mention: &Range<usize>,
    ) -> Option<Range<usize>> {
        if c == 0 || mention.start != clauses[c].start {
            return None;
        }
        let phrases = self.phrases(p);
        if phrases.read(mention.clone()).kind != MentionKind::Person {
            return None;
        }
        let role = self.phrase_of_clause_before(p, clauses, c, |start| self.is_word(p, start, "wie"))?;
        matches!(phrases.read(role.clone()).kind, MentionKind::Description | MentionKind::Body).then_some(role)
    }

    /// "hat die Band als kriminelle Vereinigung eingestuft": a phrase after
    /// "als" is what the object is called, not who calls it.
    pub(super) fn is_predicative(&self, p: usize, phrase: &Range<usize>) -> bool {
        phrase.start > 0 && self.is_word(p, phrase.start - 1, "als")
    }

    /// True when a phrase reads as someone who can speak: a person, a
    /// pronoun, a role, a body or an English poll's share of people.
    pub(super) fn can_speak(&self, p: usize, phrase: &Range<usize>) -> bool {
        matches!(
            self.phrases(p).read(phrase.clone()).kind,
            MentionKind::Person | MentionKind::Pronoun | MentionKind::Description | MentionKind::Body
        ) || !self.german && self.phrases(p).is_poll_share(phrase.clone())
    }

    /// "Die Rothemden begrüßten die Ankündigung des Premierministers": a
    /// phrase headed by a German action noun in -ung is the object, though
    /// its attribute names someone who can speak.
    pub(super) fn heads_action_noun(&self, p: usize, phrase: &Range<usize>) -> bool {
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
    pub(super) fn particle_surname(&self, p: usize, before: Range<usize>) -> Option<Range<usize>> {
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
    pub(super) fn is_date(&self, p: usize, phrase: Range<usize>) -> bool {
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
    pub(super) fn first_speaker(&self, p: usize, range: Range<usize>) -> Option<Range<usize>> {
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let mut index = range.start;
        while index < range.end {
            let token = &tokens[index];
            let after_preposition = index > range.start && tokens[index - 1].tags.has(Tags::PREPOSITION);
            // "aus Reihen des Gerichts": a genitive article opens an
            // attribute whose noun may speak; "…, dem Tom Weller vorwirft":
            // after a comma "dem" is a relative pronoun before the subject.
            // Either word alone is left out.
            let genitive = self.is_any_word(p, index, &["des", "eines"]);
            let relative = index > 0 && tokens[index - 1].is_punct(',') && token.tags.has(Tags::OBLIQUE);
            if token.is_word() && !token.quoted && !after_preposition && !genitive && !relative {
                let phrase = phrases.phrase_after(index, range.end).filter(|phrase| phrase.start == index);
                if let Some(phrase) = phrase {
                    // "hatte die Gruppe den Behörden angeboten": a phrase
                    // opened by a dative or accusative article is an object,
                    // the whole of it.
                    let object = token.tags.has(Tags::OBLIQUE);
                    if !object && self.can_speak(p, &phrase) && !self.is_date(p, phrase.clone()) {
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
    pub(super) fn first_named_person(&self, p: usize, index: usize, range: Range<usize>) -> Option<Range<usize>> {
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
    pub(super) fn with_coordinate_after(
        &self,
        p: usize,
        first: Range<usize>,
        clause_end: usize,
        plural: bool,
    ) -> Range<usize> {
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
    pub(super) fn is_fronted_adverb(&self, p: usize, phrase: &Range<usize>) -> bool {
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
    pub(super) fn perfect_subject_before_object(
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
    pub(super) fn is_subject_pronoun_after(&self, p: usize, verb: usize) -> bool {
        self.german && self.is_any_word(p, verb + 1, &["er", "ich", "wir"])
    }

    /// The subject of a German perfect: before the auxiliary ("Glos hatte
    /// … gesagt"), or after it when the clause opens with it or with an
    /// adverbial ("Am Montag hatte der Minister … gesagt").
    pub(super) fn perfect_subject(&self, p: usize, clause: Range<usize>, participle: usize) -> Option<Range<usize>> {
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

    /// Where the source named in an insertion ("so der Sprecher weiter.",
    /// "so eine Studie mit dem Titel „…“ der Stiftung Warentest") ends: the
    /// clause holds nothing after the phrase but attributes of the source,
    /// adverbs and punctuation. `None` when a verb shows the clause goes on.
    pub(super) fn insertion_end(&self, p: usize, phrase_end: usize, clause_end: usize) -> Option<usize> {
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
    pub(super) fn apposition_clause(&self, p: usize, clauses: &[Range<usize>], c: usize) -> Option<Range<usize>> {
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
        // CEO of …"; not a participle clause ("said Lee, speaking at a rally
        // in Ohio"), which tells what the speaker did, and which PolNeAR
        // leaves out of the source.
        let opening = &tokens[clause.start];
        let bare_role = (opening.tags.has(Tags::ROLE)
            || opening.is_word() && !opening.upper && opening.tags.is_empty())
            && !self.is_participle_clause(p, clause.start)
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

    /// "Ana Ruiz and Tom Vale met on Monday and repeated …", "Lee, Vale
    /// and Ruiz have all said": an English subject that opens its clause
    /// with the phrase walk stopped at a comma or "and" runs on over the
    /// speakers listed after it, up to `limit`, when "and" or "or" closes
    /// the list.
    pub(super) fn with_coordinated_speakers(&self, p: usize, subject: Range<usize>, limit: usize) -> Range<usize> {
        if self.german {
            return subject;
        }
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let mut end = subject.end;
        while end + 1 < limit {
            let comma = tokens[end].is_punct(',');
            let join = if comma { end + 1 } else { end };
            let closes = self.is_any_word(p, join, &["and", "or"]);
            let from = if closes { join + 1 } else { join };
            if !comma && !closes {
                break;
            }
            let Some(next) = phrases
                .phrase_after(from, limit)
                .filter(|next| next.start == from && !tokens[from].quoted && self.can_speak(p, next))
            else {
                break;
            };
            // "… and Ana Ruiz stood face-to-face": the walk takes lowercase
            // words after a name as its modifiers, where they are its verb.
            let next_end = (next.start + 1..next.end)
                .find(|&i| {
                    tokens[i - 1].upper
                        && tokens[i].is_word()
                        && !tokens[i].upper
                        && tokens[i].tags.is_empty()
                        && tokens[i..next.end].iter().all(|t| !t.upper)
                })
                .unwrap_or(next.end);
            if closes {
                // The verb the cue is coordinated with follows the list; a
                // number, a comma or a capital there shows the walk ran on
                // past it ("Lee shot and killed Vale in March 2012, but …").
                let verb = tokens.get(next_end).is_some_and(|t| {
                    next_end < limit
                        && t.is_word()
                        && !t.upper
                        && !t.first.is_ascii_digit()
                        && (t.tags.is_empty() || t.tags.has(Tags::VERB | Tags::AUXILIARY | Tags::CUE | Tags::ADVERB))
                });
                return if verb { subject.start..next_end } else { subject };
            }
            end = next_end;
        }
        subject
    }

    /// "Sowohl die Behörde als auch das Militär kündigten … an": a German
    /// subject after "als auch" shares its verb with all the phrases back to
    /// "sowohl", commas between them included. Returns where "sowohl" is.
    pub(super) fn correlative_start(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        subject: &Range<usize>,
    ) -> Option<usize> {
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
    pub(super) fn apposition_chain(&self, p: usize, clauses: &[Range<usize>], c: usize) -> Option<Range<usize>> {
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
        // "Lee, the party's director, and Vale, its treasurer, said": a
        // clause that "and" opens on a phrase joins the chain when the chain
        // runs back to the sentence's start; where it stops short, the
        // chain is the one that stops at the conjunction.
        let mut joined: Option<usize> = None;
        while first > 0 {
            let clause = &clauses[first - 1];
            let joins =
                first >= 2 && self.is_any_word(p, clause.start, &["and", "or"]) && !tokens[clause.start].quoted && {
                    let rest = clause.start + 1..self.trimmed_end(p, clause.clone());
                    !rest.is_empty() && is_phrase(&rest)
                };
            if joins {
                joined.get_or_insert(first - 1);
                first -= 1;
                continue;
            }
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
            // "Ana Ruiz and Tom Vale, both members of the board, said": the
            // walk from the clause's end joins phrases on "and".
            // Not "Lee holds a lead with party leaders and officials": a
            // determiner after a plain lowercase word opens the object of
            // a verb the walk took for a modifier.
            let coordinated = {
                let end = self.trimmed_end(p, clause.clone());
                let object = (clause.start + 1..end).any(|i| {
                    let before = &tokens[i - 1];
                    tokens[i].tags.has(Tags::DETERMINER) && before.is_word() && !before.upper && before.tags.is_empty()
                });
                !object
                    && (clause.start + 1..end).any(|i| self.is_any_word(p, i, &["and", "or"]))
                    && phrases.phrase_before(clause.start, end) == Some(clause.start..end)
            };
            let apposition = is_phrase(clause)
                || coordinated
                || relative
                || adverbial
                || inserted_adverb
                || described
                || described_after_adverb
                || verbless
                || long_role
                || phrase_with_relative;
            if tokens[clause.start].quoted || !apposition {
                // "after a woman in Worcester, Massachusetts, told": the state
                // between commas belongs to the city that ends the clause
                // before, and the subject is the phrase that holds the city.
                if let Some(holder) = self.city_holder(p, clause.clone(), clauses.get(first))
                    && first + 1 == c
                {
                    return Some(holder.start..clauses[c - 1].end);
                }
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
                if let Some(join) = joined.filter(|_| first > 0) {
                    first = join;
                    opener = 1;
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

    /// "A bipartisan group of experts at the Aspen Institute said", "Both
    /// sides of the debate over abortion rights agree": an English subject
    /// before its verb that the phrase walk cut at a preposition runs back
    /// to the start of its clause (past an opening conjunction or adverb),
    /// when phrases joined by prepositions fill it.
    pub(super) fn with_prepositional_attributes(
        &self,
        p: usize,
        clause_start: usize,
        subject: Range<usize>,
    ) -> Range<usize> {
        const PREPOSITIONS: [&str; 10] = ["in", "at", "on", "for", "by", "over", "through", "about", "with", "from"];
        let tokens = self.tokens(p);
        let phrases = self.phrases(p);
        let opener = tokens[clause_start].tags.has(Tags::CONJUNCTION | Tags::ADVERB) && !tokens[clause_start].quoted;
        let mut start = subject.start;
        while start > clause_start + 1 && self.is_any_word(p, start - 1, &PREPOSITIONS) {
            let Some(before) = phrases.phrase_before(clause_start, start - 1).filter(|b| b.end + 1 == start) else {
                break;
            };
            start = before.start;
        }
        let fills_clause = start == clause_start || opener && start == clause_start + 1;
        // "who in the past", "the battles that preceded …", "taking 18 of 25
        // slots in the state": a relative pronoun, a verb, a clause's
        // conjunction or an opening gerund shows a clause, not a noun phrase.
        let clause_word = |i: usize| {
            let token = &tokens[i];
            token.tags.has(Tags::COMPLEMENTIZER | Tags::AUXILIARY | Tags::VERB | Tags::CUE)
                || token.tags.has(Tags::CONJUNCTION) && !self.is_word(p, i, "and")
                || self.is_any_word(p, i, &lexicon::ENGLISH_RELATIVES)
        };
        // "…, who in 2010 said": the relative pronoun is the subject, with an
        // adverbial between it and its verb.
        if start < subject.start && self.is_any_word(p, start, &lexicon::ENGLISH_RELATIVES) && !tokens[start].upper {
            let adverbial = self.is_any_word(p, start + 1, &PREPOSITIONS);
            return if adverbial { start..start + 1 } else { subject };
        }
        let gerund = !tokens[start].upper && self.text[tokens[start].span()].ends_with("ing");
        let opens_with_preposition = tokens[start].tags.has(Tags::PREPOSITION);
        if start == subject.start
            || !fills_clause
            || opens_with_preposition
            || gerund
            || (start..subject.start).any(clause_word)
        {
            return subject;
        }
        start..subject.end
    }

    /// The phrase ending `clause` that holds a city ("a woman in Worcester"),
    /// when `state`, the clause after it, is that city's state or country
    /// alone ("Massachusetts", "Mass.").
    fn city_holder(&self, p: usize, clause: Range<usize>, state: Option<&Range<usize>>) -> Option<Range<usize>> {
        let state = state?;
        let tokens = self.tokens(p);
        let end = self.trimmed_end(p, state.clone());
        // One word, or one abbreviation: "Mass.", "N.H.".
        let one_word = (state.start + 1..end).all(|i| tokens[i].start == tokens[i - 1].end);
        if self.german || !one_word || end - state.start > 3 || !tokens[state.start].upper || clause.len() < 3 {
            return None;
        }
        let phrases = self.phrases(p);
        if phrases.phrase_after(state.start, end) != Some(state.start..end) {
            return None;
        }
        let clause_end = self.trimmed_end(p, clause.clone());
        let city = clause_end - 1;
        if !tokens[city].upper || !self.is_any_word(p, city - 1, &["in", "from"]) {
            return None;
        }
        phrases
            .phrase_before(clause.start, clause_end)
            .filter(|holder| holder.end == clause_end && holder.start + 1 < city - 1)
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
    pub(super) fn is_verbless(&self, p: usize, clause: Range<usize>) -> bool {
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
    pub(super) fn with_apposition(
        &self,
        p: usize,
        clauses: &[Range<usize>],
        c: usize,
        mention: Range<usize>,
    ) -> Range<usize> {
        let tokens = self.tokens(p);
        let clause = &clauses[c];
        let mut end = clause.end;
        while end > clause.start && tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        if mention.end != end || !self.german {
            return mention;
        }
        let phrases = self.phrases(p);
        // "nach Angaben von Lea Roth, der Direktorin des Instituts,": after a
        // person's name, a role in apposition describes that person.
        let ends_in_name = || phrases.read(mention.clone()).name.is_some_and(|name| name.end == mention.end);
        match self.apposition_clause(p, clauses, c + 1) {
            Some(name) if phrases.read(name.clone()).kind == MentionKind::Person => mention.start..name.end,
            Some(role) if ends_in_name() => mention.start..role.end,
            _ => mention,
        }
    }

    /// A German relative clause: a relative pronoun first and a verb last
    /// ("die die Stärke zunächst angegeben hatte").
    pub(super) fn is_relative_clause(&self, p: usize, clause: Range<usize>) -> bool {
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

    /// A clause that can continue the description of an English speaker
    /// named before it: an age, a place, a role or a relative clause, with no
    /// quotation or complementizer in it.
    pub(super) fn is_english_apposition(&self, p: usize, clause: Range<usize>) -> bool {
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
}
