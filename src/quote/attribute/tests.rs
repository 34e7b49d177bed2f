//! The attribution rules on invented sentences.

use super::super::lexicon::Lexicon;
use super::super::segment::{segment, tokenize};
use super::statement::strong_ending;
use super::*;

/// The statements the rules find in `text`, as (kind, message, rule).
fn found(text: &str, german: bool) -> Vec<(Kind, String, &'static str)> {
    found_in(Register::Written, text, german)
}

fn found_in(register: Register, text: &str, german: bool) -> Vec<(Kind, String, &'static str)> {
    let lexicon = Lexicon::for_language(if german { "de" } else { "en" });
    let segments = segment(text, 0..text.len(), lexicon);
    Rules::run(register, text, &segments, german, &person_mentions(text, &segments, german))
        .into_iter()
        .map(|f| {
            let message: Vec<&str> = f.spans.iter().map(|s| &text[s.clone()]).collect();
            (f.kind, message.join(" … "), f.rule)
        })
        .collect()
}

/// The messages of the English statements found in `text`.
fn english_messages(text: &str) -> Vec<String> {
    found(text, false).into_iter().map(|s| s.1).collect()
}

/// The people `person_mentions` finds in `text`.
fn persons_in(text: &str, german: bool) -> Vec<PersonMention> {
    let lexicon = Lexicon::for_language(if german { "de" } else { "en" });
    person_mentions(text, &segment(text, 0..text.len(), lexicon), german)
}

/// The names of the people `person_mentions` finds in German `text`.
fn german_names(text: &str) -> Vec<String> {
    persons_in(text, true).into_iter().map(|p| p.name).collect()
}

#[test]
fn an_abbreviated_role_before_an_english_name_is_its_role() {
    let persons = persons_in("Sen. Tom Harlow met Mr. Jim Cole and Gov. Ann Reyes of Valdoria.", false);
    let roles: Vec<(&str, Option<&str>)> = persons.iter().map(|p| (p.name.as_str(), p.role.as_deref())).collect();
    assert_eq!(roles, [("Tom Harlow", Some("Sen.")), ("Jim Cole", None), ("Ann Reyes", Some("Gov."))]);
}

#[test]
fn an_english_place_or_event_is_marked_as_no_person() {
    let persons = persons_in("The talks in New York before the Millennium Summit went on.", false);
    let places: Vec<(&str, bool)> = persons.iter().map(|p| (p.name.as_str(), p.place)).collect();
    assert_eq!(places, [("New York", true), ("Millennium Summit", true)]);
}

#[test]
fn a_german_noun_after_an_article_opens_no_name() {
    let text = "Der Besuch des Theologen Hans Brandel dauerte lange. Vielen Dank, sagte Lukas Odin.";
    assert_eq!(german_names(text), ["Hans Brandel", "Lukas Odin"]);
}

#[test]
fn a_german_call_of_the_next_speaker_is_no_statement() {
    let text = "Vielen Dank. Als nächster Redner spricht Jan Roth von der Fraktion der Mitte. \
                Für die Fraktion spricht jetzt die Kollegin Ina Dorn. \
                Die Ministerin sprach von einem schweren Fehler.";
    let messages: Vec<String> = found(text, true).into_iter().map(|(_, message, _)| message).collect();
    assert_eq!(messages, ["Die Ministerin sprach von einem schweren Fehler"]);
}

#[test]
fn a_german_call_names_a_speaker_with_von_und_zu() {
    let text = "Für die Fraktion der Mitte spricht jetzt der Kollege Ole von und zu Brandt. \
                Frau von der Au spricht von einem schweren Fehler.";
    let messages: Vec<String> = found(text, true).into_iter().map(|(_, message, _)| message).collect();
    assert_eq!(messages, ["Frau von der Au spricht von einem schweren Fehler"]);
}

#[test]
fn a_german_adjective_the_text_writes_in_lowercase_opens_no_name() {
    let text = "Kalter Krieg herrschte lange. Im kalten Winter, sagte Lukas Odin, sei alles still gewesen. \
                Solide Finanzen seien das Ziel, und solide Arbeit helfe, sagte Rainer Brandel.";
    assert_eq!(german_names(text), ["Lukas Odin", "Rainer Brandel"]);
    let greeting = "Liebe Kollegen, die Sache ist ernst. Lieber Lukas Odin, Sie haben gesagt, es sei spät.";
    assert_eq!(german_names(greeting), ["Lukas Odin"]);
}

#[test]
fn a_german_noun_the_text_puts_after_an_article_opens_no_name() {
    let text = "Das Thema ist alt. Thema Wohnungsbau bleibt, und Zehntausende Mieter warten. Die Partei legte \
                in einem Antrag Eckpunkte vor, 15 Prozent Zuschlag seien zu wenig, sagte Lukas Odin.";
    assert_eq!(german_names(text), ["Lukas Odin"]);
}

#[test]
fn a_german_surname_after_a_relative_pronoun_is_still_the_person() {
    let text = "Gegen Karl Brandel wird ermittelt. Es sind Leute, die Brandel verehren.";
    assert_eq!(german_names(text), ["Karl Brandel", "Karl Brandel"]);
}

#[test]
fn a_german_place_in_the_genitive_after_a_role_is_no_person() {
    let persons = persons_in("Der Innenminister Schwedens, Karl Odin, verteidigte den Plan.", true);
    let names: Vec<&str> = persons.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Karl Odin"]);
}

#[test]
fn a_run_of_reported_sentences_is_one_continuation() {
    let text = "Der Minister sagte, die Lage sei ernst. Die Vorräte reichten nur noch \
                eine Woche, es gebe keinen Ersatz. Hilfe solle bald kommen.";
    let statements = found(text, true);
    assert_eq!(statements.len(), 2, "{statements:?}");
    assert_eq!(statements[1].0, Kind::FreeIndirect);
    assert_eq!(
        statements[1].1,
        "Die Vorräte reichten nur noch eine Woche, es gebe keinen Ersatz. Hilfe solle bald kommen"
    );
}

#[test]
fn a_clause_added_to_a_verb_cues_object_is_no_message() {
    for text in [
        "Die Lotsin meldete dem Turm einen Defekt am Rad, so dass der Hafen von Nordau gesperrt wurde.",
        "Der Verband lobte den Einsatz des Vereins, der die Halle in Kellbach neu gestaltet hatte.",
        "Tamo Wessel wurde zu drei Jahren Haft verurteilt, weil er die Kasse des Vereins geleert hatte.",
        "Der Bericht kritisierte die Lage in Nordau, bei der Diebstähle, Brände und Überfälle zunahmen.",
    ] {
        assert!(found(text, true).is_empty(), "{text}: {:?}", found(text, true));
    }
    // A reported clause after the object keeps its message.
    let statements = found("Die Ärztin kritisierte eine Seuche, die in der Region häufig vorkomme.", true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    let statements = found("Der Förster befürchtet das Schlimmste, die Eiche könnte bald umstürzen.", true);
    assert_eq!(statements.len(), 1, "{statements:?}");
}

#[test]
fn talking_with_someone_or_saying_a_formula_reports_nothing() {
    for text in [
        "Die Kapitänin Mara Voss sprach mit ihrem Bruder und ihrer Tochter.",
        "Ein Pfarrer aus Kellbach sprach ein Gebet für die Opfer.",
        "Die Anhörung endet im Mai, das Urteil sprechen die Richter später.",
    ] {
        assert!(found(text, true).is_empty(), "{text}: {:?}", found(text, true));
    }
    assert_eq!(found("Die Kapitänin Mara Voss sprach mit Reportern über den Sturm.", true).len(), 1);
    let text = "Im Jahr 1890 schrieb die Ingenieurin Ada Kell in Nordau Luftfahrtgeschichte.";
    assert!(found(text, true).is_empty(), "{:?}", found(text, true));
    let text = "Nun meldete sich Jon Treve bei seiner Schwester, er hatte Heimweh nach Nordau.";
    assert!(found(text, true).is_empty(), "{:?}", found(text, true));
}

#[test]
fn an_unattributed_quotation_after_an_article_is_a_name() {
    let text = "Vor der Abstimmung tagte die „Vereinigte Genossenschaft für Fang und Handel an der Küste“ in Nordau.";
    assert!(found(text, true).is_empty(), "{:?}", found(text, true));
}

#[test]
fn a_stance_for_or_against_something_reports_no_words() {
    for text in [
        "Die Bürgermeisterin Mara Voss sprach sich gegen den Bau eines zweiten Kais in Nordau aus.",
        "Die Zahlen der Werft sprechen für einen raschen Ausbau des Hafens.",
    ] {
        assert!(found(text, true).is_empty(), "{text}: {:?}", found(text, true));
    }
    let text = "Die Bürgermeisterin Mara Voss sprach von einem schweren Fehler beim Bau des Kais.";
    assert_eq!(found(text, true).len(), 1);
}

#[test]
fn a_demand_for_something_names_no_source() {
    let text = "Die Forderung nach mehr Rechten für die Fischer in Nordau stößt auf wenig Gegenliebe.";
    assert!(found(text, true).is_empty(), "{:?}", found(text, true));
}

#[test]
fn a_naming_participle_between_commas_is_no_cue() {
    let text = "Der Wolf, auch „Grauer“ genannt, ist nach Nordau zurückgekehrt.";
    assert!(found(text, true).is_empty(), "{:?}", found(text, true));
}

#[test]
fn a_so_insertion_ends_the_sentence_or_names_a_long_source() {
    let statements = found("Die Lage bleibe ernst, so Boemi weiter.", true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!(statements[0].1, "Die Lage bleibe ernst");
    let statements = found(
        "Die Mittel sind unwirksam, so eine Studie mit dem Titel „Die Andere Medizin“ der Stiftung Warentest.",
        true,
    );
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!(statements[0].1, "Die Mittel sind unwirksam");
}

#[test]
fn a_german_message_follows_a_subject_first_cue() {
    let statements = found(
        "Sarkozy bestritt diese Überlegungen, indem er sagte, eine engere Zusammenarbeit würde nichts ersetzen.",
        true,
    );
    assert_eq!(statements[0].1, "eine engere Zusammenarbeit würde nichts ersetzen");
}

#[test]
fn a_german_cue_after_a_comma_continues_the_first_clause() {
    let statements = found(
        "Die Beobachter rügten mehrere Mängel, kamen aber zum Ergebnis, dass die Abstimmung freier war als zuvor.",
        true,
    );
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!(statements[0].1, "dass die Abstimmung freier war als zuvor");
}

#[test]
fn a_german_judgement_with_halten_reports_its_clause() {
    let statements =
        found("Die Gutachterin Lena Korff hält es jedoch für möglich, dass der Damm im Winter bricht.", true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!(statements[0].1, "dass der Damm im Winter bricht");
}

#[test]
fn a_speech_act_without_a_clause_is_the_whole_sentence() {
    let statements = found("Die Polizei sprach von einem weitgehend friedlichen Verlauf.", true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!(statements[0].1, "Die Polizei sprach von einem weitgehend friedlichen Verlauf");
}

#[test]
fn a_german_headline_needs_a_speaker_before_the_colon() {
    let lexicon = Lexicon::for_language("de");
    for (title, speaks) in [
        ("Russlands Außenministerium: USA verweigern Dialog", true),
        ("Berlin: Rot-rote Koalition plant Schülerdatei", false),
        ("Vogelgrippe: Entwarnung bei Chinesin", false),
    ] {
        let tokens = tokenize(title, 0..title.len(), lexicon, &mut String::new());
        assert_eq!(headline(title, &tokens, true).is_some(), speaks, "{title}");
    }
}

#[test]
fn an_english_headline_names_its_speaker_on_either_side_of_the_verb() {
    let lexicon = Lexicon::for_language("en");
    for (title, speaker, message) in [
        ("Mayor Lou Parr says the budget is broken", "Mayor Lou Parr", "the budget is broken"),
        ("The budget is broken, Mayor Lou Parr Says.", "Mayor Lou Parr", "The budget is broken"),
        ("EXCLUSIVE – Lou Parr: The Budget Is Broken.", "Lou Parr", "The Budget Is Broken"),
        ("Mayor Lou Parr on the Bridge: We Will Rebuild It.", "Mayor Lou Parr", "We Will Rebuild It"),
        // A news agency's label before the colon is no speaker.
        ("The Latest: Lou Parr tells voters the bridge will reopen.", "Lou Parr", "voters the bridge will reopen"),
    ] {
        let tokens = tokenize(title, 0..title.len(), lexicon, &mut String::new());
        let found = headline(title, &tokens, false).expect(title);
        let mention = found.mention.map(|m| &title[m.span]);
        assert_eq!((mention, &title[found.spans[0].clone()]), (Some(speaker), message));
    }
}

#[test]
fn a_konjunktiv_after_a_named_subject_reports_that_subject() {
    let text = "Die Polizei sagte, der Hafen sei gesperrt. Der Chef der Werft, Karl Roth, verteidigte den \
                Plan. So seien am Montag hunderte Arbeiter gekommen.";
    let statements = found(text, true);
    let last = statements.last().map(|s| (s.1.as_str(), s.2));
    assert_eq!(last, Some(("So seien am Montag hunderte Arbeiter gekommen", "subjunctive-report")));
}

#[test]
fn a_konjunktiv_after_a_country_as_subject_reports_that_country() {
    let text = "Die Kommission sagte, der Hafen sei gesperrt. Der Streit dauert an. Norwegen weist dies \
                zurück. Der Hafen sei seit Montag wieder offen.";
    let statements = found(text, true);
    let last = statements.last().map(|s| (s.1.as_str(), s.2));
    assert_eq!(last, Some(("Der Hafen sei seit Montag wieder offen", "subjunctive-report")));
}

#[test]
fn a_konjunktiv_after_a_named_person_reports_that_person() {
    let text = "Die Polizei sagte, der Hafen sei gesperrt. Tilman Quast, der beim Verein arbeitet, wies den \
                Vorwurf zurück. In Zeiten knapper Kassen sei der Plan richtig.";
    let statements = found(text, true);
    let last = statements.last().map(|s| (s.1.as_str(), s.2));
    assert_eq!(last, Some(("In Zeiten knapper Kassen sei der Plan richtig", "subjunctive-report")));
}

#[test]
fn a_fronted_object_puts_the_quotations_speaker_after_the_verb() {
    let text = "Den Unmut der Partei brachte die Sprecherin der Fraktion, Jana Kestner, zum Ausdruck: „Es gibt \
                keinen Grund, die Pläne aufzugeben.“";
    assert_eq!(first_mention(text).as_deref(), Some("die Sprecherin der Fraktion, Jana Kestner"));
}

#[test]
fn a_fronted_subordinate_clause_leaves_the_speaker_to_the_main_clause() {
    let text = "Als ein Passant zu Hilfe eilte, biss Jonas Kerber den Passanten und rief: „Lasst mich los!“";
    assert_eq!(first_mention(text).as_deref(), Some("Jonas Kerber"));
    // The conjunction is never the subject of the subordinate clause's verb.
    let text = "Als die Diebin bemerkte, dass ihr Bruder das Aufsehen der Nachbarn erregt hatte, flüchtete sie.";
    assert_ne!(first_mention(text).as_deref(), Some("Als"));
}

#[test]
fn after_a_fronted_als_phrase_the_subject_follows_the_verb() {
    let text = "Als Ersatz wollen die Mitgliedsstaaten sich nun in Lindau treffen. Eine erneute Aufnahme sei erst \
                möglich, wenn Westland seinen Kurs ändere.";
    let rules: Vec<&str> = found(text, true).into_iter().map(|s| s.2).collect();
    assert_eq!(rules, ["subjunctive-report"]);
    // "als … gelten" says what the subject is held to be; it says nothing.
    let text = "Als Hauptverantwortlicher gilt der frühere General Tomas Brek. Bei dem Vorfall soll es sich um ein \
                schweres Verbrechen gehandelt haben.";
    assert_ne!(first_mention(text).as_deref(), Some("der frühere General Tomas Brek"));
}

#[test]
fn a_report_as_the_subject_before_a_konjunktiv_is_its_source() {
    let text = "Ministerin Lena Roth sagte, die Zahlen seien bekannt. Der Bericht kritisiert die Reform der Kitagebühren. \
                Viele Familien hätten seitdem weniger Geld zur Verfügung.";
    let found = run(text, true);
    let last = found.last().expect("a statement");
    let mention = last.mention.as_ref().map(|m| &text[m.span.clone()]);
    assert_eq!((last.rule, mention), ("subjunctive-report", Some("Der Bericht")));
}

#[test]
fn a_fronted_adjective_before_a_reflexive_verb_puts_the_subject_after_sich() {
    let text = "Die Polizei sagte, der Hafen sei gesperrt. Das Wetter blieb schlecht. Besorgt äußerte sich \
                Ministerin Karla Dorn über die Lage. Es gebe kaum noch Vorräte in der Stadt.";
    let found = run(text, true);
    let last = found.last().expect("a statement");
    let mention = last.mention.as_ref().map(|m| &text[m.span.clone()]);
    assert_eq!((last.rule, mention), ("subjunctive-report", Some("Ministerin Karla Dorn")));
}

#[test]
fn a_fronted_action_noun_puts_the_speaker_after_the_verb() {
    let text = "Den Ärger der Bauern über Brandts Äußerungen brachte die Sprecherin des Verbandes, Lea Vogt, zum \
                Ausdruck: „Es gibt keinen Grund zur Eile.“";
    assert_eq!(first_mention(text).as_deref(), Some("die Sprecherin des Verbandes, Lea Vogt"));
}

#[test]
fn a_reflexive_pronoun_stands_between_the_verb_and_the_speaker() {
    let text = "Bei der Sitzung im Rathaus hatte sich Merle Tannberg zu einem Zwischenruf hinreißen lassen: \
                „Das glaubt doch niemand.“";
    assert_eq!(first_mention(text).as_deref(), Some("Merle Tannberg"));
    let text = "Nach dem Spiel zeigte sich die Trainerin des Vereins zufrieden: „Wir haben gut verteidigt.“";
    assert_eq!(first_mention(text).as_deref(), Some("die Trainerin des Vereins"));
}

#[test]
fn an_attributive_participle_is_no_finite_verb() {
    let text = "Den im Lager verbliebenen Helfern sicherte Bürgermeister Tamme Ruhl zu: „Niemand wird \
                vergessen.“";
    assert_eq!(first_mention(text).as_deref(), Some("Bürgermeister Tamme Ruhl"));
}

#[test]
fn a_so_called_term_is_no_speaker() {
    let text = "Steuern: Die so genannte „Reichsabgabe“: Die Partei will hohe Einkommen stärker belasten.";
    let mention = first_mention(text);
    assert!(!mention.as_deref().is_some_and(|m| m.contains("genannte")), "{mention:?}");
}

#[test]
fn a_german_passive_cue_reports_without_a_speaker() {
    let statements = found("Dem Wirt wurde vorgeworfen, seine Gäste zu betrügen.", true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!((statements[0].1.as_str(), statements[0].2), ("seine Gäste zu betrügen", "passive-cue"));
}

#[test]
fn a_reported_clause_after_an_unknown_verb_is_a_candidate_for_the_filter() {
    let text = "Ilse Varga pochte darauf, dass der Kai zu klein sei.";
    let statements = found(text, true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!((statements[0].1.as_str(), statements[0].2), ("dass der Kai zu klein sei", "model-clause"));
    let rules =
        Rules::run(Register::Written, text, &segment(text, 0..text.len(), Lexicon::for_language("de")), true, &[]);
    let cue = rules[0].cue.clone().expect("a cue");
    assert_eq!(&text[cue], "darauf", "the word governing the clause is shown as the cue");
}

#[test]
fn a_zu_infinitive_after_a_speech_act_verb_is_a_candidate_for_the_filter() {
    let text = "Das Motiv ist die Kritik am Fonds, dem Tomas Weller vorwirft, Urheber der Krise zu sein.";
    let statements = found(text, true);
    let infinitive: Vec<_> = statements.iter().filter(|(.., rule)| *rule == "model-infinitive").collect();
    assert_eq!(infinitive.len(), 1, "{statements:?}");
    assert_eq!(infinitive[0].1, "Urheber der Krise zu sein");
    let segments = segment(text, 0..text.len(), Lexicon::for_language("de"));
    let persons = person_mentions(text, &segments, true);
    let rules = Rules::run(Register::Written, text, &segments, true, &persons);
    let found = rules.iter().find(|f| f.rule == "model-infinitive").expect("a candidate");
    assert_eq!(&text[found.cue.clone().expect("a cue")], "vorwirft");
    let name = found.mention.as_ref().and_then(|m| m.name.clone());
    assert!(name.as_ref().is_some_and(|name| name.ends_with("Weller")), "the person, not the body: {name:?}");
}

#[test]
fn a_zu_infinitive_after_a_noun_of_asking_is_a_candidate_for_the_filter() {
    let text = "Tomas Weller folgte dem Appell der Hafenbehörde, den Kai sofort zu räumen.";
    let segments = segment(text, 0..text.len(), Lexicon::for_language("de"));
    let persons = person_mentions(text, &segments, true);
    let rules = Rules::run(Register::Written, text, &segments, true, &persons);
    let candidate = rules.iter().find(|f| f.rule == "model-infinitive").expect("a candidate");
    assert_eq!(&text[candidate.spans[0].clone()], "den Kai sofort zu räumen");
    assert_eq!(&text[candidate.cue.clone().expect("a cue")], "Appell");
    let mention = candidate.mention.as_ref().map(|m| &text[m.span.clone()]);
    assert_eq!(mention, Some("der Hafenbehörde"), "the noun's attribute asks");
    for text in [
        "Tomas Weller nannte das Ziel, den Kai sofort zu räumen.",
        "Der Appell blieb ungehört, obwohl es leicht war, den Kai zu räumen.",
    ] {
        let statements = found(text, true);
        assert!(statements.iter().all(|(.., rule)| *rule != "model-infinitive"), "{text}: {statements:?}");
    }
}

#[test]
fn a_zu_infinitive_after_a_verb_with_its_object_or_auxiliary_is_a_candidate() {
    let candidate = |text: &'static str| {
        let segments = segment(text, 0..text.len(), Lexicon::for_language("de"));
        let persons = person_mentions(text, &segments, true);
        let rules = Rules::run(Register::Written, text, &segments, true, &persons);
        let found = rules.into_iter().find(|f| f.rule == "model-infinitive");
        found.map(|f| {
            let mention = f.mention.map(|m| &text[m.span]);
            (&text[f.spans[0].clone()], &text[f.cue.expect("a cue")], mention)
        })
    };
    let object = "Die Fischer drängten den Bürgermeister erneut, den Hafen zu vertiefen.";
    assert_eq!(candidate(object), Some(("den Hafen zu vertiefen", "drängten", Some("Die Fischer"))));
    let perfect = "Es folgte Ilse Varga, die erklärt hat, gegen den Plan stimmen zu wollen.";
    assert_eq!(candidate(perfect), Some(("gegen den Plan stimmen zu wollen", "erklärt", Some("Ilse Varga"))));
    let passive = "In Lübeck wurden zwei Fischer angehört, die beschuldigt werden, Netze gestohlen zu haben.";
    assert_eq!(candidate(passive), None, "the accused speak not");
    let agreed = "Am Montag hatten sich Werft und Betriebsrat geeinigt, zwanzig Stellen zu streichen.";
    assert_eq!(
        candidate(agreed).map(|(message, cue, _)| (message, cue)),
        Some(("zwanzig Stellen zu streichen", "geeinigt"))
    );
    let noun = "Der Verein erhielt einen Preis für die Empfehlung, den Hafen zu vertiefen.";
    assert_eq!(candidate(noun), None, "a noun of advice outside the list");
    for own in ["Ich bitte die Schriftführer erneut, die Plätze einzunehmen.", "Den Saal bitte ich jetzt, zu gehen."]
    {
        assert_eq!(candidate(own), None, "a speaker's own request: {own}");
    }
    let attributive = "Es geht beim versprochenen Siegel darum, die Lieferkette zu prüfen.";
    assert_eq!(candidate(attributive), None, "a participle before its noun");
}

#[test]
fn a_purpose_or_a_verb_outside_the_list_gives_no_infinitive_candidate() {
    for text in [
        "Persönlich rief Tomas Weller in der Zentrale an, um sein Abo zu kündigen.",
        "Tomas Weller versuchte am Montag, den Wagen zu starten.",
    ] {
        let statements = found(text, true);
        assert!(statements.iter().all(|(.., rule)| *rule != "model-infinitive"), "{text}: {statements:?}");
    }
}

#[test]
fn a_clause_without_konjunktiv_or_speaker_is_no_candidate() {
    for text in [
        "Ilse Varga pochte darauf, dass der Kai zu klein ist.",
        "Es pochte darauf, dass der Kai zu klein sei.",
        "Hinzu kommt, dass der Kai zu klein sei.",
        "Nachdem Ilse Varga erfahren hatte, dass der Kai zu klein sei, ging sie.",
    ] {
        let statements = found(text, true);
        assert!(statements.iter().all(|(.., rule)| *rule != "model-clause"), "{text}: {statements:?}");
    }
}

#[test]
fn the_subject_of_an_addressing_passive_is_no_speaker() {
    for text in [
        "Karl Brenner wurde vorgeworfen, seine Gäste betrogen zu haben.",
        "Die Wirte werden beschuldigt, die Preise abgesprochen zu haben.",
        "Ihm wird unter anderem vorgeworfen, Gelder veruntreut zu haben.",
    ] {
        let statements = found(text, true);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].2, "passive-cue", "{text}");
        assert_eq!(first_mention(text), None, "{text}");
    }
    let agent = "Karl Brenner wurde von der Staatsanwaltschaft Nordheim vorgeworfen, Gelder veruntreut zu haben.";
    assert_ne!(found(agent, true).first().map(|f| f.2), Some("passive-cue"));
}

#[test]
fn a_noun_compounded_with_a_lowercase_short_form_is_a_source() {
    // German capitalises a compound's last part: "xyz-Bericht" is a noun.
    let statements = found("In Nordau gibt es laut xyz-Bericht eine hohe Zahl von Fällen.", true);
    assert_eq!(statements[0].1, "In Nordau gibt es … eine hohe Zahl von Fällen");
    let statements = found("Der Verein will laut einer abc-Meldung den Trainer Sommerfeld entlassen.", true);
    assert_eq!(statements[0].2, "source-preposition");
}

#[test]
fn nach_before_a_document_or_the_constitution_introduces_a_source() {
    let statements = found("Nach einem Papier der Kommission sollen die Häfen im Norden schließen.", true);
    assert_eq!(statements[0].1, "sollen die Häfen im Norden schließen");
    let statements = found("Nach der Verfassung muss die Ministerin Ida Wendt im Mai gewählt werden.", true);
    assert_eq!(statements[0].1, "muss die Ministerin Ida Wendt im Mai gewählt werden");
    // A document with a definite article mostly tells a time.
    assert!(found("Nach der Veröffentlichung kam es in Nordau zu Protesten.", true).is_empty());
}

#[test]
fn nach_introduces_a_source_before_or_after_its_noun() {
    let statements = found("Die Feuerwehr hat nach eigenen Angaben die Hälfte der Halle abgesucht.", true);
    assert_eq!(statements[0].1, "Die Feuerwehr hat … die Hälfte der Halle abgesucht");
    let statements = found("Seiner Meinung nach hätte die Aufsicht abraten müssen.", true);
    assert_eq!(statements[0].1, "hätte die Aufsicht abraten müssen");
    let statements = found("Nach Polizeiangaben wurden keine Menschen verletzt.", true);
    assert_eq!(statements[0].1, "wurden keine Menschen verletzt");
    assert!(found("Nach dem Spiel wurden keine Menschen verletzt.", true).is_empty());
    // In a later clause the source is that clause's.
    let text = "Der Kapitän sitzt in Haft, weil er nach Angaben der Küstenwache zu schnell gefahren ist.";
    assert_eq!(found(text, true)[0].1, "weil er … zu schnell gefahren ist");
}

#[test]
fn a_clause_set_off_after_an_opening_source_is_the_sources() {
    let statements =
        found("Nach Angaben der Wasserwacht, die am Abend befragt wurde, wurden drei Boote geborgen.", true);
    assert_eq!(statements[0].1, "wurden drei Boote geborgen");
    let statements = found("Laut der Zeitung Morgenkurier, die sich auf Zeugen beruft, brannte die Scheune.", true);
    assert_eq!(statements[0].1, "brannte die Scheune");
    // A subordinate clause after the comma is still the message's.
    let statements = found("Nach Angaben der Wasserwacht, die am Abend befragt wurde, dass drei Boote fehlten.", true);
    assert!(statements[0].1.starts_with("die am Abend"), "{statements:?}");
}

#[test]
fn a_quotation_keeps_the_words_that_lead_into_it() {
    let text = "Die Gutachterin Marlene Obrist erklärte, der Bericht sei „ein Dokument für die nächsten Jahre“.";
    let statements = found(text, true);
    assert_eq!(statements[0].1, "der Bericht sei „ein Dokument für die nächsten Jahre“");
    // A longer lead too: the quotation is reported inside the clause.
    let text = "Die Gutachterin Marlene Obrist erklärte, das sei nach ihrer Ansicht leider „ein Dokument für die nächsten Jahre“.";
    assert_eq!(found(text, true)[0].1, "das sei nach ihrer Ansicht leider „ein Dokument für die nächsten Jahre“");
}

#[test]
fn a_backward_cue_keeps_the_word_that_points_back() {
    let statements = found("Die Brücke bleibt bis Mai gesperrt. Dies bestätigte die Stadtverwaltung Nordheim.", true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!(statements[0].1, "Die Brücke bleibt bis Mai gesperrt … Dies");
}

#[test]
fn a_document_the_sentences_before_emerge_from_is_their_source() {
    let text = "Die Werft Nordheim schließt im Mai. Dies geht aus einer Mitteilung des Betriebsrats hervor.";
    let statements = found(text, true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!(
        (statements[0].1.as_str(), statements[0].2),
        ("Die Werft Nordheim schließt im Mai … Dies", "source-document")
    );
    // The particle may follow a relative clause on the document.
    let text = "Die Werft schließt. Dies geht aus einem Brief, den die Zeitung zeigte, hervor.";
    assert_eq!(found(text, true)[0].2, "source-document");
    // Without a word pointing back, something grew out of something.
    let text = "Die Werft schließt. Die Partei ging aus einer Bürgerbewegung hervor.";
    assert!(found(text, true).is_empty());
}

#[test]
fn danach_after_a_document_points_back_to_its_source() {
    let text = "Das Institut Nordheim hat eine Studie vorgestellt. Danach leiden viele Kinder unter Stress.";
    let statements = found(text, true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!((statements[0].1.as_str(), statements[0].2), ("leiden viele Kinder unter Stress", "source-anaphor"));
    // After a sentence that names no document, it means "afterwards".
    assert!(found("Der Zug hielt in Nordheim. Danach stiegen alle Fahrgäste aus.", true).is_empty());
}

#[test]
fn a_quotation_takes_in_the_reported_clause_begun_before_it() {
    let text = "Die Sprecherin Jana Voss zweifelte am Montag: Sie habe „keinen Grund zur Eile“.";
    let statements = found(text, true);
    assert_eq!(statements[0].1, "Sie habe „keinen Grund zur Eile“", "{statements:?}");
    // The clause's verb after the quotation closes it.
    let text = "Die Sprecherin Jana Voss zweifelte am Montag, dass es „einen Grund zur Eile“ gebe.";
    assert_eq!(found(text, true)[0].1, "dass es „einen Grund zur Eile“ gebe");
    // An indicative lead is the writer's, not the speaker's.
    let text = "Die Sprecherin Jana Voss zweifelte am Montag: Sie hat „keinen Grund zur Eile“.";
    assert_eq!(found(text, true)[0].1, "„keinen Grund zur Eile“");
}

#[test]
fn a_quotation_inside_a_reported_clause_is_reported_with_the_clause() {
    let text = "Der Sprecher Tomas Lind sagte, wer die „alten Regeln der Kammer“ breche, müsse gehen.";
    let statements = found(text, true);
    assert_eq!(statements[0].0, Kind::Indirect, "{statements:?}");
    assert_eq!(statements[0].1, "wer die „alten Regeln der Kammer“ breche, müsse gehen");
    let text = "Die Gilde der Weber tagte am Montag. Sie halte den Plan für „überfällig und längst geboten“.";
    let statements = found(text, true);
    let last = statements.last().expect("a statement");
    assert_eq!(last.0, Kind::FreeIndirect, "{statements:?}");
    assert_eq!(last.1, "Sie halte den Plan für „überfällig und längst geboten“");
    // The subject of the Konjunktiv is what is reported on, not who speaks.
    let text =
        "Der Rektor Ole Brandt sagte, die Schule bleibe offen. Die Lehrer seien „gut vorbereitet und sehr motiviert“.";
    let statements = run(text, true);
    let last = statements.last().expect("a statement");
    assert!(last.mention.is_none() && last.inherits, "{last:?}");
    assert_eq!(last.rule, "subjunctive-continuation");
    // A quotation that opens the clause, or follows a colon, is quoted
    // as said.
    let text = "Der Sprecher Tomas Lind sagte, „wir bleiben bei dem Plan der Kammer“.";
    assert_eq!(found(text, true)[0].1, "„wir bleiben bei dem Plan der Kammer“");
    let text = "Der Sprecher Tomas Lind sagte, er bleibe dabei: „Wir halten an dem Plan fest.“";
    assert_eq!(found(text, true)[0].1, "„Wir halten an dem Plan fest.“");
}

#[test]
fn a_clause_closing_on_its_verb_introduces_the_report_after_it() {
    let text = "Die Ministerin Vera Lindqvist sagte, die Brücke sei marode. \
                Gegen den Plan wurde eingewandt, sie lasse sich noch retten.";
    let statements = found(text, true);
    assert_eq!(statements.last().map(|s| s.1.as_str()), Some("sie lasse sich noch retten"), "{statements:?}");
    // A verb right after the comma belongs to a clause fronted before it.
    let text = "Die Ministerin Vera Lindqvist sagte, die Brücke sei marode. \
                Wenn der Plan scheitert, lasse sie sich nicht mehr retten.";
    let statements = found(text, true);
    assert!(statements.last().is_some_and(|s| s.1.starts_with("Wenn der Plan")), "{statements:?}");
}

#[test]
fn a_relative_clause_on_a_speech_acts_object_keeps_the_whole_sentence() {
    let text = "Ein Sprecher der Feuerwehr Nordheim sprach von zwölf Booten, die im Hafen gesunken waren.";
    let statements = found(text, true);
    assert_eq!(statements[0].1, text.trim_end_matches('.'), "{statements:?}");
    assert_eq!(statements[0].2, "speech-act-relative");
    // A reported clause after the object stays the message.
    let text = "Ein Sprecher der Feuerwehr Nordheim sprach von zwölf Booten, die im Hafen gesunken seien.";
    assert_eq!(found(text, true)[0].1, "die im Hafen gesunken seien");
    let text = "Die Anwohner forderten den Rücktritt des Bürgermeisters, weil er die Schleuse verkauft hatte.";
    assert_eq!(found(text, true)[0].1, text.trim_end_matches('.'));
    // A purpose, or a cue or reason inside the relative clause, reports
    // nothing either.
    for text in [
        "Die Bürgerinitiative forderte einen neuen Steg, um die Insel Marrow schneller zu erreichen.",
        "Die Ärztekammer forderte strengere Regeln für Kantinen, die vor zu viel Zucker warnen.",
        "Der Bürgermeister verlangte die Freilassung eines Fischers, der festgenommen wurde, weil er Netze flickte.",
    ] {
        assert_eq!(found(text, true)[0].1, text.trim_end_matches('.'), "{:?}", found(text, true));
    }
}

#[test]
fn news_made_known_reports_its_dass_clause() {
    let statements = found("Im Mai wurde dann bekannt, dass die Werft Nordheim verkauft wird.", true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!(
        (statements[0].1.as_str(), statements[0].2),
        ("dass die Werft Nordheim verkauft wird", "impersonal-known")
    );
    let statements = found("Zuvor war schon bekannt geworden, dass die Werft Nordheim verkauft wird.", true);
    assert_eq!(statements[0].2, "impersonal-known", "{statements:?}");
    // With a subject between, what was made known is no report.
    assert!(found("Im Mai wurde die Werft bekannt, dass sie verkauft wird.", true).is_empty());
}

#[test]
fn german_sources_without_a_verb() {
    let statements = found("Demnach sind bei der Explosion acht Menschen ums Leben gekommen.", true);
    assert_eq!(statements[0].1, "sind bei der Explosion acht Menschen ums Leben gekommen");
    assert_eq!(statements[0].2, "source-anaphor");
    let statements = found("Nach jetzigem Ermittlungsstand ist der Fahrer eingeschlafen.", true);
    assert_eq!(statements[0].1, "ist der Fahrer eingeschlafen");
    assert_eq!(statements[0].2, "source-noun");
    let statements = found("In der Erklärung heißt es, die Lage sei unter Kontrolle.", true);
    assert_eq!(statements[0].1, "die Lage sei unter Kontrolle");
    assert_eq!(statements[0].2, "impersonal-cue");
}

#[test]
fn an_impersonal_man_before_a_cue_is_its_speaker() {
    let statements = found("Aber man betont auch, dass die Lage ernst sei.", true);
    assert_eq!(statements[0].1, "dass die Lage ernst sei");
    assert_eq!(statements[0].2, "verb-cue");
    assert!(found("Aber man deutete an, die Proteste steigern zu wollen.", true).is_empty());
}

#[test]
fn a_two_word_particle_completes_a_separable_cue() {
    let statements = found("Die Polizei geht davon aus, dass es Brandstiftung war.", true);
    assert_eq!(statements[0].1, "dass es Brandstiftung war");
    assert!(found("Die Polizei geht aus dem Haus und sieht nach dem Rechten.", true).is_empty());
}

#[test]
fn an_object_before_the_verb_puts_the_subject_after_it() {
    let text = "Den Vorwurf wies der Minister am Montag zurück, die Regierung habe nichts gewusst.";
    let found = run(text, true);
    let mention = found[0].mention.as_ref().map(|m| &text[m.span.clone()]);
    assert_eq!(mention, Some("der Minister"));
}

#[test]
fn a_fronted_als_phrase_or_date_puts_the_subject_after_the_verb() {
    let text = "Als Beispiel nannte die Stadtverwaltung die neue Brücke über den Fluss.";
    assert_eq!(first_mention(text).as_deref(), Some("die Stadtverwaltung"));
    let text = "Ende Januar kündigte der Vereinsvorstand an, dass die Halle schließen werde.";
    assert_eq!(first_mention(text).as_deref(), Some("der Vereinsvorstand"));
}

#[test]
fn demnach_takes_its_name_from_the_subject_of_the_sentence_before() {
    let text = "Am Dienstag hat die Wahlkommission das Ergebnis bekannt gegeben.\n\n\
                Demnach hat die Partei von Lina Okafor die Wahl gewonnen.";
    let found = run(text, true);
    let demnach = found.iter().find(|f| f.rule == "source-anaphor").and_then(|f| f.mention.as_ref());
    let mention = demnach.map(|m| (&text[m.span.clone()], m.bare.as_str()));
    assert_eq!(mention, Some(("Demnach", "Wahlkommission")), "{found:?}");
}

#[test]
fn eigen_takes_its_name_from_the_subject_of_its_sentence() {
    let text = "Nach eigenen Angaben erhielt das Landesamt mehrere Anfragen.";
    let found = run(text, true);
    let own = found.iter().find_map(|f| f.mention.as_ref());
    let mention = own.map(|m| (&text[m.span.clone()], m.bare.as_str()));
    assert_eq!(mention, Some(("eigenen Angaben", "Landesamt")), "{found:?}");
}

#[test]
fn a_source_preposition_with_a_relative_pronoun_reports_the_relative_clause() {
    let text = "Es gibt Gerüchte im Verein Nordstern, nach denen der Trainer Sommerfeld gehen muss.";
    assert_eq!(found(text, true)[0].1, "der Trainer Sommerfeld gehen muss");
    assert_eq!(first_mention(text).as_deref(), Some("denen"));
    let text = "Dem Gericht liegt ein Gutachten vor, laut dem der Hafen sicher ist.";
    assert_eq!(found(text, true)[0].1, "der Hafen sicher ist");
    // "nach der" after a comma mostly tells a time.
    assert!(found("Es gab eine Pause, nach der die Sitzung weiterging.", true).is_empty());
}

#[test]
fn wonach_names_the_phrase_before_it_as_the_source() {
    let text = "Es gibt einen Bericht der Zeitung Nordbote, wonach die Halle schließen soll.";
    assert_eq!(first_mention(text).as_deref(), Some("einen Bericht der Zeitung Nordbote"));
}

#[test]
fn an_impersonal_cue_takes_the_place_it_was_said_after_it() {
    let text = "Die Halle bleibe geschlossen, hieß es dazu in einer Mitteilung des Vereins Nordstern.";
    assert_eq!(first_mention(text).as_deref(), Some("einer Mitteilung des Vereins Nordstern"));
}

#[test]
fn an_impersonal_cue_takes_the_place_before_it_past_a_date_an_auxiliary_or_a_relative_clause() {
    let dated = "In einer Erklärung der Ministerin Ida Wendt vom vergangenen Freitag heißt es, der Plan sei gut.";
    assert_eq!(
        first_mention(dated).as_deref(),
        Some("einer Erklärung der Ministerin Ida Wendt vom vergangenen Freitag")
    );
    let perfect = "In den ersten Berichten hatte es geheißen, die Brücke sei gesperrt.";
    assert_eq!(first_mention(perfect).as_deref(), Some("den ersten Berichten"));
    let relative = "In dem Bericht, der am Montag erschien, heißt es, die Brücke sei gesperrt.";
    assert_eq!(first_mention(relative).as_deref(), Some("dem Bericht"));
}

#[test]
fn an_expletive_es_leaves_a_quotation_to_the_previous_speaker() {
    let text = "Jonas Feldmann sagte, die Lage sei ernst. Es drohe „ein langer Winter ohne Heizung und \
                ohne Strom für die ganze Stadt“.";
    let found = run(text, true);
    let last = found.last().expect("two statements");
    assert!(last.mention.is_none() && last.inherits);
}

/// The mention of the first statement found in German `text`.
fn first_mention(text: &str) -> Option<String> {
    let lexicon = Lexicon::for_language("de");
    let segments = segment(text, 0..text.len(), lexicon);
    let found = Rules::run(Register::Written, text, &segments, true, &person_mentions(text, &segments, true));
    found.first()?.mention.as_ref().map(|m| text[m.span.clone()].to_string())
}

#[test]
fn a_german_plural_noun_before_a_place_and_a_plural_verb_is_the_subject() {
    for (text, mention) in [
        ("Die Helfer aus Talbach sagten, dass die Lage ernst sei.", "Die Helfer aus Talbach"),
        ("Wie die Fischer in Oderhafen berichten, sei der Kai zu klein.", "die Fischer in Oderhafen"),
    ] {
        assert_eq!(first_mention(text).as_deref(), Some(mention), "{text}");
    }
    // An object before a participle is no subject.
    let text = "Wir haben die Novelle im Kabinett beschlossen, dass die Gebühr sinke.";
    assert!(first_mention(text).is_none_or(|m| !m.contains("Kabinett")), "{text}");
}

#[test]
fn a_german_name_ending_in_ohne_grenzen_is_one_body() {
    let text = "Köche ohne Grenzen sagte, dass in Talbach viele Küchen fehlten.";
    assert_eq!(first_mention(text).as_deref(), Some("Köche ohne Grenzen"));
    let segments = segment(text, 0..text.len(), Lexicon::for_language("de"));
    let found = Rules::run(Register::Written, text, &segments, true, &person_mentions(text, &segments, true));
    let name = found.first().and_then(|f| f.mention.as_ref()).and_then(|m| m.name.clone());
    assert_eq!(name.as_deref(), Some("Köche ohne Grenzen"));
}

#[test]
fn the_verb_before_a_source_in_zufolge_is_no_part_of_it() {
    let text = "Am Montag starben amtlichen Angaben zufolge drei Menschen.";
    assert_eq!(first_mention(text).as_deref(), Some("amtlichen Angaben"));
    let text = "Dabei wurden amtlichen Angaben zufolge drei Menschen verletzt.";
    assert_eq!(first_mention(text).as_deref(), Some("amtlichen Angaben"));
    let text = "Im Saal sagte die Ministerin einigen Gästen zufolge, sie sei müde.";
    assert_eq!(first_mention(text).as_deref(), Some("einigen Gästen"));
}

#[test]
fn a_name_with_dotted_initials_is_one_person() {
    let text = "Der Leiter K.L. Amsel sprach am Montag vor der Presse.";
    assert_eq!(german_names(text), ["K.L. Amsel"]);
    // Initials that no name follows are a place's abbreviation.
    let names: Vec<String> = persons_in("Senator Ann B. Kerr spoke in Washington, D.C. on Monday.", false)
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Ann B. Kerr"]);
    // A possessive is no part of the name.
    let possessive: Vec<String> =
        persons_in("We recall Paul T. Brand’s words on the harbour.", false).into_iter().map(|p| p.name).collect();
    assert_eq!(possessive, ["Paul T. Brand"]);
}

#[test]
fn an_adjective_in_er_before_its_noun_is_no_verb_of_a_fronted_sentence() {
    let text = "Die Polizei sagte, die Straße sei gesperrt. Trotz gesunkener Zahlen verletzter Radfahrer gibt \
                der Verband ADFV keine Entwarnung. Die Lage sei weiter ernst.";
    let lexicon = Lexicon::for_language("de");
    let segments = segment(text, 0..text.len(), lexicon);
    let found = Rules::run(Register::Written, text, &segments, true, &person_mentions(text, &segments, true));
    let last = found.last().expect("the Konjunktiv sentence");
    assert_eq!(last.rule, "subjunctive-report", "{found:?}");
    let mention = last.mention.as_ref().map(|m| &text[m.span.clone()]);
    assert_eq!(mention, Some("der Verband ADFV"));
}

#[test]
fn an_impersonal_cues_source_is_the_document_without_its_preposition() {
    let text = "In der Erklärung des Vereins heißt es, die Halle sei zu klein.";
    assert_eq!(first_mention(text).as_deref(), Some("der Erklärung des Vereins"));
    let text = "Die Halle sei zu klein, hieß es im Bericht der Stadtwerke.";
    assert_eq!(first_mention(text).as_deref(), Some("Bericht der Stadtwerke"));
    // "aus" names where the words came from, and stays.
    let text = "Aus Kreisen der Stadtwerke hieß es, die Halle sei zu klein.";
    assert_eq!(first_mention(text).as_deref(), Some("Aus Kreisen der Stadtwerke"));
}

#[test]
fn a_role_in_apposition_after_a_sources_name_is_the_sources() {
    let text = "Nach Ansicht von Senatorin Ina Holm, Vorsitzende des Ausschusses im Landtag, sei der Plan falsch.";
    assert_eq!(
        first_mention(text).as_deref(),
        Some("Ansicht von Senatorin Ina Holm, Vorsitzende des Ausschusses im Landtag")
    );
    let text = "Der Hafen sei sicher, so Tom Weller, Präsident des Hafenamtes.";
    assert_eq!(first_mention(text).as_deref(), Some("Tom Weller, Präsident des Hafenamtes"));
}

#[test]
fn der_before_an_adjective_in_en_opens_no_subject() {
    let text = "Der englischsprachigen Zeitung sagte Lene Aro, sie bleibe im Hafen von Nordau.";
    assert_eq!(first_mention(text).as_deref(), Some("Lene Aro"));
}

#[test]
fn a_konjunktiv_of_a_lexical_verb_continues_the_report() {
    let text = "Die Ministerin Vera Lindqvist sagte, die Brücke sei marode. Dies bedinge eine Sperrung der Straße \
                nach Nordau.";
    let statements = found(text, true);
    assert_eq!(
        statements.last().map(|s| (s.1.as_str(), s.2)),
        Some(("Dies bedinge eine Sperrung der Straße nach Nordau", "subjunctive-continuation")),
        "{statements:?}"
    );
}

#[test]
fn a_date_is_no_speaker_of_a_german_cue() {
    let perfect = "Die Agentur Nordwind hat am 25. November 2005 angekündigt, dass die Preise steigen.";
    assert_eq!(first_mention(perfect).as_deref(), Some("Die Agentur Nordwind"));
    let verb_final = "Wie das Magazin Lindenblatt in einem Bericht vom 22. August 2009 berichtet, soll die \
                      Firma Holz verkauft haben.";
    assert_eq!(first_mention(verb_final).as_deref(), Some("das Magazin Lindenblatt"));
}

#[test]
fn the_subject_of_a_perfect_is_the_speaker_not_its_object() {
    for (text, speaker) in [
        ("Das Landesparlament hat die Gemeinden dazu aufgefordert, die Gebühren zu senken.", "Das Landesparlament"),
        (
            "Am Montag hat die Ministerin Karla Wendt die Gemeinden aufgefordert, die Gebühren zu senken.",
            "die Ministerin Karla Wendt",
        ),
        ("Brenner hatte seine Haltung damit begründet, dass die Kassen leer seien.", "Brenner"),
        ("Die Ministerin hat am Montag erklärt, die Lage sei ernst.", "Die Ministerin"),
        ("Brenner hat Berichte der Zeitung zurückgewiesen, er sei bestochen worden.", "Berichte der Zeitung"),
        (
            "Karl Roth, der Chef der Werft, hat in einem Interview mit der Zeitung Nordbote gefordert, die \
             Gebühren zu senken.",
            "Karl Roth, der Chef der Werft",
        ),
    ] {
        assert_eq!(first_mention(text).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_fronted_adverb_puts_the_subject_after_the_verb() {
    for (text, speaker) in [
        ("Dagegen beteuerte die Polizei, sie habe richtig gehandelt.", "die Polizei"),
        ("Relativierend fügte Brenner hinzu, es gebe Hoffnung.", "Brenner"),
        ("Insbesondere kritisierte der Verband, dass die Preise stiegen.", "der Verband"),
    ] {
        assert_eq!(first_mention(text).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_plural_cue_takes_both_speakers_after_it() {
    let both = "Am Montag erklärten Karla Wendt und Jonas Feldmann, die Lage sei ernst.";
    assert_eq!(first_mention(both).as_deref(), Some("Karla Wendt und Jonas Feldmann"));
    let one = "Am Montag erklärte Karla Wendt und fügte hinzu, die Lage sei ernst.";
    assert_eq!(first_mention(one).as_deref(), Some("Karla Wendt"));
}

#[test]
fn a_pronoun_after_the_verb_is_the_subject_not_the_fronted_phrase() {
    let text = "Den Gemeinden schlug er vor, die Gebühren zu senken.";
    assert_eq!(first_mention(text).as_deref(), Some("er"));
}

#[test]
fn a_konjunktiv_after_an_adjective_and_a_noun_is_no_persons_report() {
    let text = "Die Polizei sagte, der Hafen sei gesperrt. Weitere Aktionen blieben am Montag aus. In Zeiten \
                knapper Kassen sei der Plan richtig.";
    let statements = found(text, true);
    let last = statements.last().map(|s| s.2);
    assert_eq!(last, Some("subjunctive-continuation"), "{statements:?}");
}

#[test]
fn a_continuation_starts_at_a_reported_clause_that_opens_on_its_subject() {
    let said = "Jonas Feldmann sagte, die Lage sei ernst.";
    let reason = "Am Montag zog die Werft ihr Angebot mit der Begründung zurück, dieses habe den Hafen benachteiligt.";
    let statements = found(&format!("{said} {reason}"), true);
    let last = statements.last().expect("statements");
    assert_eq!((last.1.as_str(), last.2), ("dieses habe den Hafen benachteiligt", "subjunctive-continuation"));
    // A clause that opens on its verb goes on the subject named before it.
    let verb_first = "Mindestens vier Firmen aus Bremen, Kiel und Rostock sollen beteiligt gewesen sein.";
    let statements = found(&format!("{said} {verb_first}"), true);
    assert_eq!(statements.last().map(|s| s.1.as_str()), Some(verb_first.trim_end_matches('.')));
}

#[test]
fn hearsay_and_a_konjunktiv_in_a_row_are_statements_apart() {
    let text = "Jonas Feldmann sagte, die Lage sei ernst. Der Kapitän soll das Schiff verlassen haben. Zuerst habe \
                er die Ladung gesichert.";
    let statements = found(text, true);
    let messages: Vec<&str> = statements.iter().map(|s| s.1.as_str()).collect();
    assert_eq!(
        messages,
        ["die Lage sei ernst", "Der Kapitän soll das Schiff verlassen haben", "Zuerst habe er die Ladung gesichert"]
    );
}

#[test]
fn the_narrator_clause_before_a_reported_clause_names_its_speaker() {
    let text = "Jonas Feldmann sagte, die Lage sei ernst. Die Hafenbehörde hatte den Standpunkt vertreten, der \
                Kai sei sicher.";
    let statements = reported(text);
    let last = statements.last().expect("statements");
    assert_eq!(last.0, "der Kai sei sicher");
    assert!(last.1.as_deref().is_some_and(|m| m.ends_with("Hafenbehörde")), "{statements:?}");
}

#[test]
fn a_report_ends_before_a_clause_that_opens_on_an_indicative_verb() {
    let text = "Jonas Feldmann sagte, die Lage sei ernst. Einen Streik werde man nicht dulden, ist die Botschaft \
                des Beschlusses.";
    let statements = found(text, true);
    assert_eq!(statements.last().map(|s| s.1.as_str()), Some("Einen Streik werde man nicht dulden"));
}

#[test]
fn a_source_in_a_relative_clause_reports_that_clause_only() {
    let text = "Die Küstenwache, die laut Hafenamt den Kai überwacht, hält sich zurück.";
    let statements = found(text, true);
    let [(_, message, rule)] = statements.as_slice() else {
        panic!("one statement expected: {statements:?}");
    };
    assert_eq!((message.as_str(), *rule), ("Die Küstenwache, die … den Kai überwacht", "source-preposition"));
}

#[test]
fn a_report_after_a_colon_leaves_the_narrators_words_before_it() {
    let text = "Jonas Feldmann sagte, die Lage sei ernst. Am Montag gab es einen neuen Fall: Ein Kapitän soll die \
                Ladung verkauft haben.";
    let statements = found(text, true);
    assert_eq!(statements.last().map(|s| s.1.as_str()), Some("Ein Kapitän soll die Ladung verkauft haben"));
}

#[test]
fn the_words_before_the_verb_after_a_fronted_source_are_no_part_of_the_message() {
    for (text, message) in [
        (
            "Nach Angaben der Behörde vom späten Abend wurden drei Fischer aus Nordau gerettet.",
            "wurden drei Fischer aus Nordau gerettet",
        ),
        (
            "Nach Angaben von Lena Korb gegenüber der Nordauer Zeitung ist der Hafen wieder offen.",
            "ist der Hafen wieder offen",
        ),
        // A verb after the source's noun opens the message.
        ("Nach Angaben der Polizei lebte Jan Roth seit Jahren in Nordau.", "lebte Jan Roth seit Jahren in Nordau"),
    ] {
        let statements = found(text, true);
        assert_eq!(statements.first().map(|s| s.1.as_str()), Some(message), "{statements:?}");
    }
}

#[test]
fn an_apposition_to_a_fronted_source_is_no_part_of_the_message() {
    let text = "Nach Angaben von Ilse Varga, der Leiterin des Hafenamtes, hatten die Fischer den Kai verlassen.";
    let statements = found(text, true);
    let [(_, message, rule)] = statements.as_slice() else {
        panic!("one statement expected: {statements:?}");
    };
    assert_eq!((message.as_str(), *rule), ("hatten die Fischer den Kai verlassen", "source-noun"));
}

#[test]
fn a_continuation_starts_at_the_clause_after_a_cue() {
    let text = "Jonas Feldmann sagte, die Lage sei ernst. Neuer Minister wird Karl Brenner, der vor dem \
                Parlament betonte, er gehöre keiner Partei an.";
    let statements = found(text, true);
    assert_eq!(statements.last().map(|s| s.1.as_str()), Some("er gehöre keiner Partei an"));
}

#[test]
fn a_so_insertion_ends_before_what_it_was_said_about() {
    let text = "Die Halle bleibt geschlossen, so Vereinschef Jonas Feldmann zu den Plänen des Vereins.";
    assert_eq!(first_mention(text).as_deref(), Some("Vereinschef Jonas Feldmann"));
}

#[test]
fn a_source_takes_its_attribute_and_the_name_in_apposition() {
    let text = "Nach Angaben des Sprechers der Stadtwerke, Karl Brenner, ist die Leitung repariert.";
    assert_eq!(first_mention(text).as_deref(), Some("Angaben des Sprechers der Stadtwerke, Karl Brenner"));
    let text = "Nach Angaben einer Gewerkschaft sollen drei Betriebe bestreikt worden sein.";
    assert_eq!(first_mention(text).as_deref(), Some("Angaben einer Gewerkschaft"));
    let text = "Nach Angaben von k24 sind die Gruppen sehr mobil.";
    assert_eq!(first_mention(text).as_deref(), Some("Angaben von k24"));
}

#[test]
fn a_verb_final_wie_clause_attributes_the_main_clause() {
    let statements = found("Wie der Verband bekannt gab, wird die Vergabe die letzte sein.", true);
    assert_eq!(statements[0].1, "wird die Vergabe die letzte sein");
    let text = "Wie ein Sprecher der Stadtwerke am Montag erklärte, wird die Leitung repariert.";
    assert_eq!(first_mention(text).as_deref(), Some("ein Sprecher der Stadtwerke"));
    // A place after the time: the subject still opens the clause.
    let text = "Wie die Ministerin Lea Brandt am Dienstag in Kassel erklärte, sieht das Land keinen Anlass zur Sorge.";
    assert_eq!(first_mention(text).as_deref(), Some("die Ministerin Lea Brandt"));
    let statements = found("Wie ein Sprecher der Feuerwehr mitteilt, wurde das Boot geborgen.", true);
    assert_eq!(statements[0].1, "wurde das Boot geborgen");
    // In a passive the pronoun is what was asked for, not who asked.
    let text = "Die Wahl sei frei, wie sie von den Bürgern in Kassel immer gefordert würde.";
    assert!(found(text, true).iter().all(|(_, _, rule)| *rule != "verb-cue"));
}

#[test]
fn a_demonstrative_before_a_cue_and_its_clause_is_the_speaker() {
    let text = "Der Anwalt rief die Kanzlei an. Diese bestätigte, dass ein Termin bestehe.";
    let statements = found(text, true);
    assert_eq!(statements[0].1, "dass ein Termin bestehe");
    // Without a clause after the cue, "Dies" still points back.
    let statements = found("Die Brücke ist gesperrt. Dies bestätigte die Polizei.", true);
    assert_eq!(statements[0].1, "Die Brücke ist gesperrt … Dies");
}

#[test]
fn an_apposition_between_a_separable_cue_and_its_particle() {
    let text = "Die Ministerin Lea Brandt geht nach einem Treffen mit dem Landrat, Karl Weber, davon aus, dass \
                die Brücke öffnet.";
    assert_eq!(found(text, true)[0].1, "dass die Brücke öffnet");
    assert_eq!(first_mention(text).as_deref(), Some("Die Ministerin Lea Brandt"));
}

#[test]
fn a_possessor_before_the_speech_noun_after_nach() {
    let text = "Die Forscher gaben die Werte bekannt. Nach deren Angaben sollten täglich Nüsse auf den Tisch kommen.";
    let statements = found(text, true);
    assert_eq!(
        statements.last().map(|s| (s.1.as_str(), s.2)),
        Some(("sollten täglich Nüsse auf den Tisch kommen", "source-noun"))
    );
}

#[test]
fn a_report_out_of_a_circle_names_the_circle() {
    let text = "Aus Regierungskreisen verlautete gestern, dass die Steuer sinkt.";
    assert_eq!(first_mention(text).as_deref(), Some("Regierungskreisen"));
    assert_eq!(found(text, true)[0].1, "dass die Steuer sinkt");
}

#[test]
fn only_a_passive_assumption_reports() {
    let statements = found("Es wird angenommen, dass die Brücke bald öffnet.", true);
    assert_eq!((statements[0].1.as_str(), statements[0].2), ("dass die Brücke bald öffnet", "passive-cue"));
    assert!(found("Der Stadtrat hat das Angebot angenommen, die Brücke sei gut.", true).is_empty());
    // The expletive "es" of a passive cue names no one.
    let text = "Es wird vermutet, dass die Brücke bald öffnet.";
    assert_eq!(found(text, true)[0].2, "passive-cue");
    assert_eq!(first_mention(text), None);
}

#[test]
fn a_pluperfect_passive_cue_reports_its_clause() {
    let statements = found("Zunächst war vermutet worden, dass der Brand gelegt wurde.", true);
    assert_eq!(statements[0].1, "dass der Brand gelegt wurde");
    assert_eq!(statements[0].2, "passive-cue");
}

#[test]
fn a_finding_or_an_order_frames_its_clause() {
    let text = "Am Montag tagte der Rat.\n\nDie Prüferin Ida Sommer kam damit zu dem Ergebnis, dass die Waage stimmt.";
    let statements = found(text, true);
    assert_eq!(statements[0].1, "dass die Waage stimmt");
    assert_eq!(statements[0].2, "separable-verb-cue");
    let text = "Am Montag tagte der Rat.\n\nDer Bürgermeister Paul Linde erteilte der Feuerwehr den Befehl, die Brücke zu sperren.";
    assert_eq!(found(text, true)[0].1, "die Brücke zu sperren");
}

#[test]
fn german_opinion_phrases_and_lowercase_names() {
    let statements = found("Der Sprecher Karl Brenner ist der Meinung, dass die Pläne scheitern.", true);
    assert_eq!(statements[0].1, "dass die Pläne scheitern");
    let text = "Ein Reporter des Senders k-tv berichtete, dass die Lage ruhig sei.";
    assert_eq!(first_mention(text).as_deref(), Some("Ein Reporter des Senders k-tv"));
    let text = "Tom Kessler, ein Abgeordneter aus Kassel und Oberst außer Dienst, sagte, dass der Plan scheitere.";
    assert_eq!(
        first_mention(text).as_deref(),
        Some("Tom Kessler, ein Abgeordneter aus Kassel und Oberst außer Dienst")
    );
}

#[test]
fn a_relative_clause_between_subject_and_cue_is_skipped() {
    let text = "Jonas Feldmann von der Wetterwarte, die die Messung zuerst gemeldet hatte, sagte, dass \
                der Schaden gering sei.";
    assert_eq!(first_mention(text).as_deref(), Some("Jonas Feldmann von der Wetterwarte"));
    assert!(first_mention("Die Dörfer, die am Fluss liegen, die Messung, sagte, es regne.").is_none());
}

#[test]
fn a_surname_particle_belongs_to_the_name() {
    let text = "Die Ministerin Ursula von der Brügge kam nach Bremen. Sie traf dort Karl Sander.";
    let lexicon = Lexicon::for_language("de");
    let segments = segment(text, 0..text.len(), lexicon);
    let names: Vec<String> = person_mentions(text, &segments, true).into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Ursula von der Brügge", "Karl Sander"]);
    let fronted = "Von der Brügge betonte, der Plan sei gut.";
    assert_eq!(first_mention(fronted).as_deref(), Some("Von der Brügge"));
    let preposition = "Von der Reise berichtete die Zeitung, das Hotel sei gut.";
    assert_eq!(first_mention(preposition).as_deref(), Some("die Zeitung"));
}

#[test]
fn a_surname_alone_names_the_person_introduced_before() {
    let text = "Der Minister Thomas Feldmann kam nach Bremen. Feldmann traf dort die Evangelischen Kirchen.";
    let lexicon = Lexicon::for_language("de");
    let segments = segment(text, 0..text.len(), lexicon);
    let names: Vec<String> = person_mentions(text, &segments, true).into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Thomas Feldmann", "Thomas Feldmann"]);
}

#[test]
fn appositions_and_places_belong_to_the_speaker() {
    assert_eq!(
        first_mention("Ein Sprecher der Polizei, Lars Beringer, sagte heute Abend, der Mann sei gefasst.").as_deref(),
        Some("Ein Sprecher der Polizei, Lars Beringer")
    );
    assert_eq!(
        first_mention("Der Mann sei gefasst, sagte Mark O’Keefe, der Sprecher der Ambulanz.").as_deref(),
        Some("Mark O’Keefe, der Sprecher der Ambulanz")
    );
    assert_eq!(
        first_mention("Die US-Botschaft in Riad teilte mit, dass niemand verletzt sei.").as_deref(),
        Some("Die US-Botschaft in Riad")
    );
    assert_eq!(
        first_mention("Um 10:05 Uhr meldete die Nachrichtensite „Golem“, der Verein habe das bestätigt.").as_deref(),
        Some("die Nachrichtensite „Golem“")
    );
}

#[test]
fn a_place_after_adjectives_or_a_quoted_name_after_von_stays_in_the_subject() {
    assert_eq!(
        first_mention("Das Exilparlament im fernen Kalimpur erklärte, es seien viele Menschen verletzt worden.")
            .as_deref(),
        Some("Das Exilparlament im fernen Kalimpur")
    );
    assert_eq!(
        first_mention("Der Chef von „Lumora“ sagte, das Geschäft sei mit der Strategie vereinbar.").as_deref(),
        Some("Der Chef von „Lumora“")
    );
}

#[test]
fn an_action_noun_after_the_verb_is_the_object_not_the_speaker() {
    assert_eq!(
        first_mention("Die Blauhemden begrüßten die Ankündigung des Premierministers, fordern aber einen Termin.")
            .as_deref(),
        Some("Die Blauhemden")
    );
}

/// The speaker mention of the last statement the German rules find in `text`.
fn last_mention(text: &str) -> Option<String> {
    let found = run(text, true);
    let last = found.last().expect("statements");
    last.mention.as_ref().map(|m| text[m.span.clone()].to_string())
}

#[test]
fn a_surname_named_in_full_before_reports_the_konjunktiv_after_it() {
    let text = "Der Chef Paul Wendt sagte, alles sei gut. Der Ingenieur Jerry Lanik kam danach. Lanik gab sich \
                betont optimistisch. Man sei für die Zukunft besser aufgestellt.";
    assert_eq!(last_mention(text).as_deref(), Some("Lanik"));
}

#[test]
fn a_word_named_elsewhere_or_an_acronym_reports_the_konjunktiv_after_it() {
    // A first name alone, which the article used in a full name before.
    let text = "Der Ingenieur Kalvo Tarsen kam danach. Der Chef Paul Wendt sagte, alles sei gut. Kalvo gab sich \
                betont optimistisch. Man sei für die Zukunft besser aufgestellt.";
    assert_eq!(last_mention(text).as_deref(), Some("Kalvo"));
    let text = "Der Chef Paul Wendt sagte, alles sei gut. Die GVK reagierte gelassen. Man sei gut vorbereitet.";
    assert_eq!(last_mention(text).as_deref(), Some("Die GVK"));
}

#[test]
fn a_subject_after_a_fronted_adverbial_reports_the_konjunktiv_after_it() {
    let text = "Der Chef Paul Wendt sagte, alles sei gut. Am Montag hat die Ministerin Ada Rolf den Termin \
                festgelegt. Mögliche Termine seien der 4. und der 8. Mai.";
    assert_eq!(last_mention(text).as_deref(), Some("die Ministerin Ada Rolf"));
}

#[test]
fn the_first_of_two_joined_sources_names_the_statement() {
    let text = "Nach Angaben von GVK und Radio Lumen sind drei Menschen verletzt worden.";
    let found = run(text, true);
    let mention = found.first().and_then(|f| f.mention.as_ref()).expect("a source");
    assert_eq!(&text[mention.span.clone()], "Angaben von GVK und Radio Lumen");
    assert_eq!(mention.name.as_deref(), Some("GVK"));
}

#[test]
fn an_apposition_continued_by_a_second_role_is_the_speakers() {
    let text = "Der Streit ging weiter. Gerda Lind-Hofer, Vorsitzende des Kreisverbandes Lindholm und Kandidatin \
                in dem dortigen Stimmkreis, verteidigte sein Vorgehen. So seien hunderte Menschen auf die Straße \
                gegangen.";
    assert_eq!(
        last_mention(text).as_deref(),
        Some("Gerda Lind-Hofer, Vorsitzende des Kreisverbandes Lindholm und Kandidatin in dem dortigen Stimmkreis")
    );
}

#[test]
fn sowohl_als_auch_subjects_speak_together_and_the_first_names_them() {
    let text = "Sowohl die Behörde, der Rat als auch das Militär gehen von einer weiterhin angespannten \
                Sicherheitslage aus.";
    let found = run(text, true);
    let mention = found.first().and_then(|f| f.mention.as_ref()).expect("a speaker");
    assert_eq!(&text[mention.span.clone()], "Sowohl die Behörde, der Rat als auch das Militär");
    assert_eq!(mention.bare, "Behörde");
}

#[test]
fn institutions_speak_as_bodies() {
    // A fronted body is the subject, not the object after the verb.
    assert_eq!(first_mention("Das Stadtmuseum ruft Besucher zur Vorsicht auf.").as_deref(), Some("Das Stadtmuseum"));
    // A body as subject between a statement and a Konjunktiv starts a
    // new speaker.
    let text = "Die Bank kündigte an, dass die Filiale schließe. Das Nobelkomitee würdigte damit den Einsatz \
                der Ärztin. Sie habe ein neues Klima geschaffen.";
    let statements = run(text, true);
    let last = statements.last().expect("statements");
    assert_eq!(last.rule, "subjunctive-report", "{statements:?}");
    assert_eq!(last.mention.as_ref().map(|m| &text[m.span.clone()]), Some("Das Nobelkomitee"));
    // A role in a body describes the person named before it.
    let text = "Der Plan sei gut, sagte Lin Wen, der Vorsitzende des Ständigen Ausschusses.";
    assert_eq!(first_mention(text).as_deref(), Some("Lin Wen, der Vorsitzende des Ständigen Ausschusses"));
}

#[test]
fn a_capitalised_verb_form_inside_a_sentence_is_a_name() {
    let text = "Der Korrespondent in Bonn, Will Hartmann, berichtete, dass die Erde gewackelt habe.";
    assert_eq!(first_mention(text).as_deref(), Some("Der Korrespondent in Bonn, Will Hartmann"));
}

#[test]
fn an_english_quotation_resumed_in_the_next_sentence_or_paragraph_is_one_statement() {
    for between in [" ", "\n\n"] {
        let text = format!("\"We will win this state,\" Smith said.{between}\"Nobody can stop us now, believe me.\"");
        let statements = found(&text, false);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].1, "\"We will win this state,\" … \"Nobody can stop us now, believe me.\"");
    }
    // A paragraph that says more than the quotation stays a statement of its own.
    let longer = "\"We will win this state,\" Smith said.\n\n\"Nobody can stop us now.\" The crowd cheered.";
    assert_eq!(found(longer, false).len(), 2, "{:?}", found(longer, false));
}

/// The mention of the first statement found in English `text`.
fn run(text: &str, german: bool) -> Vec<Found> {
    let lexicon = Lexicon::for_language(if german { "de" } else { "en" });
    let segments = segment(text, 0..text.len(), lexicon);
    Rules::run(Register::Written, text, &segments, german, &person_mentions(text, &segments, german))
}

/// The mention of the English statement whose cue is `cue`.
fn english_mention_of(text: &str, cue: &str) -> Option<String> {
    let found = run(text, false);
    let cued = found.iter().find(|f| f.cue.as_ref().is_some_and(|c| &text[c.clone()] == cue))?;
    cued.mention.as_ref().map(|m| text[m.span.clone()].to_string())
}

fn first_english_mention(text: &str) -> Option<String> {
    let found = run(text, false);
    found.first()?.mention.as_ref().map(|m| text[m.span.clone()].to_string())
}

#[test]
fn english_speaker_phrases() {
    assert_eq!(
        first_english_mention("Texas Sen. Ed Marlow says the deal is a disaster for the country.").as_deref(),
        Some("Texas Sen. Ed Marlow")
    );
    assert_eq!(
        first_english_mention("Six in 10 voters say the economy is the main issue this year.").as_deref(),
        Some("Six in 10 voters")
    );
    assert_eq!(
        first_english_mention("Aides to Halvorsen said the campaign would go on until June.").as_deref(),
        Some("Aides to Halvorsen")
    );
    assert_eq!(
        first_english_mention("A Harlow/Emden poll showed the mayor ahead by four points in May.").as_deref(),
        Some("A Harlow/Emden poll")
    );
    assert_eq!(
        first_english_mention("Records compiled by the Center for Fair Votes show the senator gave twice.").as_deref(),
        Some("Records compiled by the Center for Fair Votes")
    );
    assert_eq!(
        first_english_mention("People close to the mayor say the plan for the bridge is dead.").as_deref(),
        Some("People close to the mayor")
    );
    assert_eq!(
        first_english_mention("Hours after Halvorsen spoke, Brandt said the campaign would go on.").as_deref(),
        Some("Brandt")
    );
    assert_eq!(
        first_english_mention("In a Harlow County poll released Monday, the mayor led by ten points.").as_deref(),
        Some("a Harlow County poll released Monday")
    );
    assert_eq!(found("In a Harlow County poll, most voters said they liked the mayor.", false)[0].2, "verb-cue");
    assert_eq!(
        first_english_mention("According to early results of the exit poll, Halvorsen led in the north.").as_deref(),
        Some("early results of the exit poll")
    );
    let text = "The bridge will close in May, according to a memo from the mayor obtained by the Harlow Post.";
    let source = run(text, false).into_iter().next().and_then(|f| f.mention).expect("a source");
    assert_eq!(&text[source.span], "a memo from the mayor obtained by the Harlow Post");
    assert_ne!(source.name.as_deref(), Some("Harlow Post"));
    assert!(found("Voters in the United States want change in Washington now.", false).is_empty());
}

#[test]
fn a_trailing_according_to_takes_the_appositions_after_its_name() {
    let text = "The levee will hold through the spring, according to Ines Marlow, an engineer at the port.";
    assert_eq!(first_english_mention(text).as_deref(), Some("Ines Marlow, an engineer at the port"));
    let text = "Since last winter, according to the Harbour Watch, river pilots have lost 40 boats.";
    assert_eq!(first_english_mention(text).as_deref(), Some("the Harbour Watch"));
}

#[test]
fn a_relative_pronoun_stands_for_the_phrase_before_it() {
    let text = "The ballot was counted by Nora Brandt, who said the race in the north is close.";
    let found = run(text, false);
    let mention = found.first().and_then(|f| f.mention.as_ref()).expect("a speaker");
    assert_eq!(&text[mention.span.clone()], "who");
    assert_eq!(mention.name.as_deref(), Some("Nora Brandt"));
}

#[test]
fn a_relative_pronoun_after_an_apposition_stands_for_the_person_it_describes() {
    for text in [
        "The harbor plan has a critic in Ada Quill of Norland, a co-chairman of the Harbour Reform Caucus, who \
         sent a letter to the mayor criticizing the sale of the pier.",
        "Tom Vale met Ada Quill, the head of the Harbour Board, who said the pier would stay open until June.",
    ] {
        let found = run(text, false);
        let mention = found.first().and_then(|f| f.mention.as_ref()).expect("a speaker");
        assert_eq!(&text[mention.span.clone()], "who", "{text}");
        assert_eq!(mention.name.as_deref(), Some("Ada Quill"), "{text}");
    }
}

#[test]
fn a_transcript_paragraph_is_the_turn_of_its_label() {
    let text = "\"HOST: Let us start with the news of the day. Will the bill pass?\n\n\"ROSS: It will pass, \
                the senator said so.";
    let statements = found(text, false);
    let turns: Vec<(&str, &str)> = statements.iter().map(|s| (s.1.as_str(), s.2)).collect();
    assert_eq!(
        turns,
        [
            ("Let us start with the news of the day. Will the bill pass?", "transcript-label"),
            ("It will pass, the senator said so.", "transcript-label"),
        ]
    );
    assert!(found("USA: Die Wahl ist vorbei und die Stimmen sind ausgezählt.", true).is_empty());
    assert!(found("NATO: Die Übung ist vorbei und die Truppen sind abgezogen.", true).is_empty());
}

#[test]
fn quotations_signed_with_a_dash_are_statements_of_their_own() {
    let text = "“The plan is a disaster for everyone here.” ― Mia Torres\n“He does not know our \
                lives at all.”― Leo Vance";
    let statements = found(text, false);
    let rules: Vec<&str> = statements.iter().map(|s| s.2).collect();
    assert_eq!(rules, ["dash-signature", "dash-signature"]);
    assert_eq!(statements[1].1, "“He does not know our lives at all.”");
}

#[test]
fn an_english_quotation_inside_a_reported_clause_is_part_of_it() {
    let text = "Marlow says that voting fraud is “a big, big problem in this country” for everyone.";
    let statements = found(text, false);
    assert_eq!(statements[0].1, "that voting fraud is “a big, big problem in this country” for everyone");
    let text = "“We will win this race in November,” Marlow said.";
    assert_eq!(found(text, false)[0].1, "“We will win this race in November,”");
}

#[test]
fn an_english_message_ends_before_a_trailing_adjunct() {
    let statements = found("The mayor said the plan would fail, after the council voted against it.", false);
    assert_eq!(statements[0].1, "the plan would fail");
    let statements = found("Rita Vance said that Tom Hale, who leads the group, would resign soon.", false);
    assert_eq!(statements[0].1, "that Tom Hale, who leads the group, would resign soon");
    let statements = found("Rita Vance said the bill should go to Tom Hale, who leads the group.", false);
    assert_eq!(statements[0].1, "the bill should go to Tom Hale");
}

#[test]
fn a_source_set_off_after_the_first_cue_reports_the_sentence() {
    let text = "The mayor plans to stay in the race until the end, Rita Vance said.";
    assert_eq!(first_english_mention(text).as_deref(), Some("Rita Vance"));
    assert_eq!(found(text, false)[0].1, "The mayor plans to stay in the race until the end");
    let text = "One clerk offered to open the hall, Tom Hale said, while others stayed away.";
    assert_eq!(first_english_mention(text).as_deref(), Some("Tom Hale"));
    // A relative clause or a cue with a message of its own keeps the first cue.
    let text = "The mayor plans to stay in the race, which Rita Vance called brave.";
    assert_eq!(first_english_mention(text).as_deref(), Some("The mayor"));
    let text = "The mayor plans to stay in the race, Rita Vance said on the radio that the vote would be close.";
    assert_eq!(first_english_mention(text).as_deref(), Some("The mayor"));
}

#[test]
fn called_after_an_indefinite_noun_names_it() {
    let text = "Land records indicate that a firm called Harlow Holdings sold the lot, Tom Hale said.";
    assert_eq!(first_english_mention(text).as_deref(), Some("Tom Hale"));
    assert!(found("A new group called Harlow Forward ran its first ads in May.", false).is_empty());
    // An object complement after the name: the noun spoke.
    let text = "A senator called Varga a liar.";
    assert_eq!(first_english_mention(text).as_deref(), Some("A senator"));
}

#[test]
fn a_cue_in_a_fronted_prepositional_phrase_gives_way_to_the_main_clause() {
    let text = "In a statement defending the mayor, the Harlow council said the vote would stand.";
    assert_eq!(first_english_mention(text).as_deref(), Some("the Harlow council"));
    // A subordinate clause's subject speaks; so does the phrase's cue
    // when no other follows.
    let text = "After council aides insisted that the vote would stand, the mayor said he would leave.";
    assert_eq!(first_english_mention(text).as_deref(), Some("council aides"));
    let text = "At that time he voiced an idea that still holds: “We must know each other first.”";
    assert_eq!(first_english_mention(text).as_deref(), Some("he"));
}

#[test]
fn a_concession_before_the_main_clause_is_a_statement_of_its_own() {
    let text = "While Vance claimed that the hall was full, county officials said few people came.";
    let statements = found(text, false);
    assert_eq!(statements[0].1, "that the hall was full");
    assert_eq!(statements[1].1, "few people came");
    let text = "After Vance claimed that the hall was full, county officials said few people came.";
    assert_eq!(found(text, false)[0].1, "that the hall was full");
}

#[test]
fn english_appositions_run_to_the_comma() {
    let text = "\"The bill will pass this week,\" said Ed Marlow, a professor of law and politics at Lakeview College, \
                who advised the committee.";
    assert_eq!(
        first_english_mention(text).as_deref(),
        Some("Ed Marlow, a professor of law and politics at Lakeview College, who advised the committee")
    );
    let text = "\"The plan will not pass this year,\" said Paul Orr, founder and CEO of Veterans of Ohio.";
    assert_eq!(first_english_mention(text).as_deref(), Some("Paul Orr, founder and CEO of Veterans of Ohio"));
    let text = "Rita Vance, the top Democrat on the panel, said the plan would fail.";
    assert_eq!(first_english_mention(text).as_deref(), Some("Rita Vance, the top Democrat on the panel"));
    let text = "Rita Vance, who chairs the panel, said the plan would fail.";
    assert_eq!(first_english_mention(text).as_deref(), Some("Rita Vance, who chairs the panel"));
    let text = "Dee Walsh, director of the Center for Women and Politics at the Institute of Politics at Lakeview \
                University, said the plan would fail.";
    assert_eq!(
        first_english_mention(text).as_deref(),
        Some(
            "Dee Walsh, director of the Center for Women and Politics at the Institute of Politics at Lakeview \
             University"
        )
    );
    let text = "Rita Vance, now a paid commentator for the network, said the plan would fail.";
    assert_eq!(first_english_mention(text).as_deref(), Some("Rita Vance, now a paid commentator for the network"));
}

#[test]
fn an_english_subject_keeps_a_surname_like_may_a_noun_in_ly_and_a_dotted_title() {
    for (text, expected) in [
        ("Prime Minister Lena May said the talks would resume.", "Prime Minister Lena May"),
        ("The Orr family said the inquiry was too slow.", "The Orr family"),
        ("\"The vote matters,\" said the Rev. Tom Orr of the Hill Church.", "the Rev. Tom Orr of the Hill Church"),
    ] {
        assert_eq!(first_english_mention(text).as_deref(), Some(expected), "{text}");
    }
}

#[test]
fn an_english_apposition_keeps_its_relative_that() {
    let text = "\"We need more members,\" said Ed Marlow, head of the Lakeview Fund, a group that backs local farms.";
    assert_eq!(
        first_english_mention(text).as_deref(),
        Some("Ed Marlow, head of the Lakeview Fund, a group that backs local farms")
    );
    // "that" after a verb opens what was said, not a relative clause.
    let text =
        "\"We need more members,\" said Ed Marlow, head of the Lakeview Fund, a man who argued that farms suffer.";
    assert_eq!(first_english_mention(text).as_deref(), Some("Ed Marlow, head of the Lakeview Fund"));
}

#[test]
fn a_quotation_takes_the_subject_of_its_sentence_without_a_known_cue() {
    assert_eq!(
        first_mention("Der Trainer trommelte gegen die Tür: „Lasst mich sofort hier raus!“").as_deref(),
        Some("Der Trainer")
    );
}

#[test]
fn a_genitive_name_is_looked_up_in_the_nominative() {
    assert_eq!(nominative("Roten Kreuzes"), "Roten Kreuz");
    assert_eq!(nominative("Sozialgerichts"), "Sozialgericht");
    assert_eq!(nominative("Gesundheitsministeriums"), "Gesundheitsministerium");
    assert_eq!(nominative("Nordischen Währungsfonds"), "Nordischen Währungsfonds");
    assert_eq!(nominative("Fonds"), "Fonds");
}

#[test]
fn titles_in_quotation_marks_are_not_statements() {
    assert!(
        found("Der Film des Regisseurs „Todeszone im Atlantik – Das Bermuda-Dreieck“ lief gestern.", true).is_empty()
    );
    let statements = found("Seine Werke werden als „Meilensteine in der neuen Musikgeschichte“ bezeichnet.", true);
    assert_eq!(statements[0].1, "„Meilensteine in der neuen Musikgeschichte“");
}

#[test]
fn a_german_quotation_with_its_abbreviation_is_a_name() {
    let bodies = [
        "Die Fährleute gründeten die „Allianz für eine freie Weser“ (AFW) im Mai.",
        "Ina Brandel wurde Präsidentin der „Liga der Fährleute“ (LDF), sagte er.",
    ];
    for text in bodies {
        assert!(found(text, true).iter().all(|(kind, _, _)| *kind != Kind::Direct), "{text}");
    }
    let glossed = found("Jan Roth nannte den Plan „ein Geschenk für Reeder“ (sic) und ging.", true);
    assert!(glossed.iter().any(|(_, message, _)| message.starts_with("„ein Geschenk für Reeder“")));
}

#[test]
fn a_short_german_quotation_in_another_language_is_a_name() {
    for text in [
        "Die Seglerin Ina Brandel wurde zur „Skipper of the Year“ gewählt.",
        "Sein erstes Werk entstand 1970: „Le Port de la Lune“.",
    ] {
        assert!(found(text, true).iter().all(|(kind, _, _)| *kind != Kind::Direct), "{text}");
    }
    let translated = found("Jan Roth rief: „Das ist der Hafen der Stadt“.", true);
    assert!(translated.iter().any(|(kind, _, _)| *kind == Kind::Direct));
}

#[test]
fn each_joined_cue_takes_its_part_of_the_sentence() {
    let statements =
        found("Hartley conceded that his manager had touched the reporter but implied that it was her fault.", false);
    let messages: Vec<&str> = statements.iter().map(|s| s.1.as_str()).collect();
    assert_eq!(messages, ["that his manager had touched the reporter", "that it was her fault"]);
    let statements = found("Smith said the plan would fail, adding that the party had no alternative.", false);
    let messages: Vec<&str> = statements.iter().map(|s| s.1.as_str()).collect();
    assert_eq!(messages, ["the plan would fail", "that the party had no alternative"]);
}

#[test]
fn an_english_clause_after_while_or_a_semicolon_or_a_coordinated_cue_is_a_statement_of_its_own() {
    assert_eq!(
        english_messages("Mara Voss said the plan would fail while Tom Reyes argued the port would close."),
        ["the plan would fail", "the port would close"]
    );
    assert_eq!(
        english_messages("Mara Voss said the plan would fail; Tom Reyes said the port would close soon."),
        ["the plan would fail", "the port would close soon"]
    );
    assert_eq!(
        english_messages("Mara Voss praised the plan and said the port would stay open for years."),
        ["the plan", "the port would stay open for years"]
    );
}

#[test]
fn a_participle_after_a_quotations_cue_keeps_the_quotation_in_its_own_message() {
    let text = "“We will not give up on the port,” the mayor said, adding that the repairs would take \
                “many more weeks than anyone planned.”";
    let mut messages = english_messages(text);
    messages.sort();
    assert_eq!(
        messages,
        ["that the repairs would take “many more weeks than anyone planned.”", "“We will not give up on the port,”"]
    );
}

#[test]
fn a_quotation_resumed_after_a_participle_of_saying_more_is_the_participles() {
    let text = "“The pier is safe,” Nora Lind said, adding that the repairs were done. “We tested every beam.”";
    let mut messages = english_messages(text);
    messages.sort();
    assert_eq!(messages, ["that the repairs were done … “We tested every beam.”", "“The pier is safe,”"]);
    // "noting" comments on the quotation: the next one is the first's again.
    let text = "“The pier is safe,” Nora Lind said, noting that the repairs were done. “We tested every beam.”";
    let mut messages = english_messages(text);
    messages.sort();
    assert_eq!(messages, ["that the repairs were done", "“The pier is safe,” … “We tested every beam.”"]);
}

#[test]
fn an_english_cue_between_commas_keeps_the_short_pieces_of_its_message() {
    let messages: Vec<String> = found("This harbor, he says, is different.", false).into_iter().map(|s| s.1).collect();
    assert_eq!(messages, ["This harbor … is different"]);
    let messages: Vec<String> =
        found("On Monday, he said, the harbor would reopen to ships.", false).into_iter().map(|s| s.1).collect();
    assert_eq!(messages, ["the harbor would reopen to ships"]);
}

#[test]
fn the_issuer_of_a_statement_speaks_through_its_participle() {
    assert_eq!(
        first_english_mention("The Harbor League issued a statement saying the port would close for a month.")
            .as_deref()
            .map(|m| m.starts_with("The Harbor League")),
        Some(true)
    );
    // A letter or an ad as well, and the issuer ends before the verb.
    for (text, issuer) in [
        ("The Harbor League sent an open letter calling the plan a mistake.", "The Harbor League"),
        ("Mayor Varga released a new radio ad saying the port would reopen.", "Mayor Varga"),
        // An issuer that cannot be told to speak by itself, one in the
        // clauses before the verb, one the document ran on from, and a
        // document sent to someone.
        ("The town released a statement Monday saying the port would reopen.", "The town"),
        (
            "Tom Vale, the league's director, released a statement saying the port would reopen.",
            "Tom Vale, the league's director",
        ),
        ("All three candidates issued statements condemning the new harbor levy.", "All three candidates"),
        ("Her campaign sent out a text message to supporters saying the port would reopen.", "Her campaign"),
        // The phrase that ran on into the addressee of a letter or telegram.
        ("Ilse Varga sent a letter to Tom Vale saying that the two ports should share a pier.", "Ilse Varga"),
        ("Ilse Varga sent a telegram to Tom Vale proposing that the two ports share a pier.", "Ilse Varga"),
    ] {
        assert_eq!(first_english_mention(text).as_deref(), Some(issuer), "{text}");
    }
}

#[test]
fn the_subject_of_the_verb_an_ing_cue_hangs_on_speaks() {
    let text = "Then the mayor began warning that the harbor would close for a month.";
    assert_eq!(first_english_mention(text).as_deref(), Some("the mayor"));
}

#[test]
fn the_object_before_an_ing_cue_leaves_the_verbs_subject_speaking() {
    for (text, speaker) in [
        ("Harbor workers have launched petitions calling on the council to reopen the pier.", "Harbor workers"),
        ("Stories have emerged describing the mayor's plan for the pier.", "Stories"),
        ("Mayor Ruiz opened a town hall blasting the council for closing the pier.", "Mayor Ruiz"),
        ("Lena Vale filed a lawsuit in 2014 alleging that the port had been closed unlawfully.", "Lena Vale"),
    ] {
        assert_eq!(first_english_mention(text).as_deref(), Some(speaker), "{text}");
    }
    // What carries words of its own speaks itself; after a degree word the
    // -ing form is an adjective.
    let sign = "Lena Vale held up a sign saying the pier must stay open.";
    assert_eq!(first_english_mention(sign).as_deref(), Some("a sign"));
    let adjective = "The council must address the most pressing issues of the harbor.";
    assert_ne!(first_english_mention(adjective).as_deref(), Some("The council"));
}

#[test]
fn a_past_tense_ends_an_english_name_and_a_programme_is_no_cue() {
    assert_eq!(
        first_english_mention("Mayor Ruiz went on the radio, saying the harbor would reopen within a month.")
            .as_deref(),
        Some("Mayor Ruiz")
    );
    let text = "Her talk show drew a large audience on the coast last winter.";
    assert!(run(text, false).iter().all(|f| f.cue.as_ref().is_none_or(|c| &text[c.clone()] != "show")));
    assert_eq!(
        first_english_mention("Recent polls show the mayor far ahead of her rivals.").as_deref(),
        Some("Recent polls")
    );
}

#[test]
fn a_perfect_takes_the_subject_by_its_auxiliary() {
    assert_eq!(
        first_mention("Brandt hatte in einem Interview gesagt, die Fraktionen müssten einbezogen werden.").as_deref(),
        Some("Brandt")
    );
    assert_eq!(
        first_mention("Am Montag hat der Minister ausdrücklich erklärt, die Lage sei ernst.").as_deref(),
        Some("der Minister")
    );
}

#[test]
fn an_english_subject_before_its_verb_past_suffixes_openers_and_insertions() {
    let cases = [
        ("Harold P. Quist Jr. said the plan had made the port less safe.", "Harold P. Quist Jr."),
        ("The K.R.B. has said it found no fault in the harbour accounts.", "The K.R.B."),
        ("Backers of the new levy, however, say it would keep the parks open.", "Backers of the new levy"),
        (
            "In July, Tessa Lind, vice chairman of Norvale, told reporters that the mill would close.",
            "Tessa Lind, vice chairman of Norvale",
        ),
        (
            "Owen Kade, in the wake of a new survey showing his support down to 14 percent, told a radio host \
             that the race was far from over.",
            "Owen Kade",
        ),
    ];
    for (text, mention) in cases {
        assert_eq!(first_english_mention(text).as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn an_english_passive_past_an_adverb_and_the_noun_view_name_no_speaker() {
    let passive = run("Dana Whit is also expected to announce the new budget on Monday.", false);
    assert!(passive.iter().all(|f| f.mention.is_none()), "{passive:?}");
    let text = "The consensus view of the party is that the plan has failed badly.";
    assert!(run(text, false).iter().all(|f| f.cue.as_ref().is_none_or(|c| &text[c.clone()] != "view")));
    assert_eq!(
        first_english_mention("Most voters view the mayor as honest and competent.").as_deref(),
        Some("Most voters")
    );
}

#[test]
fn a_marker_closing_a_relative_clause_does_not_continue_a_statement() {
    let text = "Die Polizei teilte mit, der Mann sei festgenommen worden. \
                Die Straßen, die ausgebaut werden sollen, liegen im Norden der Stadt.";
    assert_eq!(found(text, true).len(), 1);
}

#[test]
fn english_speakers_with_coordination_initials_and_adverbs() {
    assert_eq!(
        first_english_mention("Attorneys and legal experts said the charges would not stand.").as_deref(),
        Some("Attorneys and legal experts")
    );
    assert_eq!(
        first_english_mention("Illinois Attorney General Lisa M. Torvik said the law was void.").as_deref(),
        Some("Illinois Attorney General Lisa M. Torvik")
    );
    assert_eq!(
        first_english_mention("Jewish groups widely criticized the remarks made by the candidate.").as_deref(),
        Some("Jewish groups")
    );
    assert_eq!(
        first_english_mention("Dock workers and even some crane operators said the pier was unsafe.").as_deref(),
        Some("Dock workers and even some crane operators")
    );
    assert_eq!(
        first_english_mention("Both the Harbor Gazette and the Tide Herald reported that the pier was unsafe.")
            .as_deref(),
        Some("Both the Harbor Gazette and the Tide Herald")
    );
    assert_eq!(
        first_english_mention("All the dock workers said the pier was unsafe.").as_deref(),
        Some("All the dock workers")
    );
}

#[test]
fn konjunktiv_one_reports_without_a_statement_before() {
    let text = "Der Innenminister definierte am Montag das Ziel. Es gehe nicht darum, die Grenzen zu schließen.";
    let statements = found(text, true);
    assert_eq!(statements.len(), 1, "{statements:?}");
    assert_eq!(statements[0].1, "Es gehe nicht darum, die Grenzen zu schließen");
    assert_eq!(statements[0].2, "subjunctive-report");
    assert!(found("Das Wetter war schön. Es wäre schön, wenn es so bliebe.", true).is_empty());
}

#[test]
fn a_short_quoted_phrase_is_a_german_quotation_outside_a_reported_clause() {
    let statements = found("Wiefelspütz bezeichnete die Äußerungen als „Knaller aus Karlsruhe“.", true);
    assert!(statements.iter().any(|s| s.1 == "„Knaller aus Karlsruhe“"), "{statements:?}");
    let statements = found("Der Minister sagte, die Lage sei „sehr ernst“ geworden.", true);
    assert_eq!(statements.len(), 1, "{statements:?}");
}

#[test]
fn the_reportative_modal_continues_a_statement() {
    let text = "Die Polizei teilte mit, der Mann sei festgenommen worden. Er soll drei Banken überfallen haben.";
    let statements = found(text, true);
    assert_eq!(statements.len(), 2, "{statements:?}");
    assert_eq!(statements[1].1, "Er soll drei Banken überfallen haben");
}

#[test]
fn a_planned_event_after_an_unreported_sentence_is_no_statement() {
    let said = "Die Werft Nordhafen teilte mit, der Rumpf sei fertig.";
    let gap = "Das Schiff ist 200 Meter lang. Es hat drei Decks.";
    let plan = "Die Taufe soll am 15. Juni stattfinden.";
    let rules = |text: &str| found(text, true).into_iter().map(|(.., rule)| rule).collect::<Vec<_>>();
    assert_eq!(rules(&format!("{said} {gap} {plan}")), ["separable-verb-cue"]);
    // Right after the statement, or as hearsay, it carries the statement on.
    assert_eq!(rules(&format!("{said} {plan}")), ["separable-verb-cue", "subjunctive-continuation"]);
    let hearsay = "Der Kapitän soll den Rumpf geprüft haben.";
    assert_eq!(rules(&format!("{said} {gap} {hearsay}")), ["separable-verb-cue", "subjunctive-continuation"]);
}

#[test]
fn role_adjectives_take_the_strong_ending() {
    assert_eq!(strong_ending("stellvertretende russische Außenminister"), "stellvertretender russischer Außenminister");
    assert_eq!(strong_ending("Außenminister"), "Außenminister");
}

/// The speaker mentions the rules find in English `text`, in order.
fn english_mentions(text: &str) -> Vec<Option<String>> {
    mentions_in(text, false)
}

#[test]
fn the_subject_after_a_fused_what_or_how_speaks_when_a_message_follows_the_cue() {
    let text = "The harbor faces what Tom Harlow called a crisis of confidence.";
    assert_eq!(english_mentions(text), [Some("Tom Harlow".to_string())]);
    assert_eq!(english_messages(text), ["what … a crisis of confidence"]);
    let text = "Voters liked how Nora Lind explained the delay at the pier.";
    assert_eq!(english_mentions(text), [Some("Nora Lind".to_string())]);
    // Nothing after the cue: "what" keeps the mention, as before.
    let text = "The plan is sound, but it is at odds with what Tom Harlow said.";
    assert!(english_mentions(text).iter().all(|m| m.as_deref() != Some("Tom Harlow")));
}

#[test]
fn a_noun_that_looks_like_a_cue_is_no_cue() {
    // The noun "offering" before its preposition reports nothing.
    assert!(found("Mayor Tom Harlow sent a ritual offering to the harbor temple on Monday.", false).is_empty());
    let offered = found("Mayor Tom Harlow spoke on Monday, offering help to the harbor workers.", false);
    assert!(offered.iter().any(|s| s.1 == "help to the harbor workers"), "{offered:?}");
    // "media reports" is the subject's compound noun, not the cue.
    assert_eq!(
        english_mentions("Though media reports and party sources described the plan as doomed, it passed."),
        [Some("media reports and party sources".to_string())]
    );
}

#[test]
fn an_english_mention_takes_the_words_polnear_keeps_around_the_subject() {
    for (text, mention) in [
        // The issuer of a report before an -ing cue, not the report.
        ("The Harbor Council published a report detailing the costs of the bridge.", "The Harbor Council"),
        // Every member of a list, not its last two.
        ("Farmers, bakers and fishermen say the new rules will hurt them.", "Farmers, bakers and fishermen"),
        // The word that makes a share approximate.
        ("About 4 in 10 voters say the mayor should resign.", "About 4 in 10 voters"),
        // A share with no noun after it: all numbers, yet a group of people.
        ("Two in three said the pier should close.", "Two in three"),
        ("One in five say the mayor should resign.", "One in five"),
        ("More than half of the members said the pier should close.", "More than half of the members"),
        // A description after the name, opened by "then" or a bare role.
        (
            "\"The pier will close,\" said Ilse Varga, then chair of the harbour board.",
            "Ilse Varga, then chair of the harbour board",
        ),
        (
            "\"The pier will close,\" said Ilse Varga, director of a group called Friends of the Pier.",
            "Ilse Varga, director of a group called Friends of the Pier",
        ),
        // A participle's speaker with the descriptions before its verb.
        (
            "Ada Holm, a longtime ally of the mayor, has worked on the harbour for years, arguing the pier is unsafe.",
            "Ada Holm, a longtime ally of the mayor",
        ),
        // A sentence adverb is no part of the subject.
        ("Yet residents say the plan came too late.", "residents"),
    ] {
        assert_eq!(english_mentions(text), [Some(mention.to_string())], "{text}");
    }
}

#[test]
fn an_english_mention_is_the_whole_noun_phrase_that_polnear_marks() {
    for (text, mention) in [
        // Every apposition after the name.
        (
            "\"We were ready for the storm,\" said Tomas Brel, 41, of Millbrook, a baker at the market.",
            "Tomas Brel, 41, of Millbrook, a baker at the market",
        ),
        // The name after a conjunction that opens the sentence.
        (
            "But Mara Lindqvist, the chief financial officer, noted that the plant would close in May.",
            "Mara Lindqvist, the chief financial officer",
        ),
        // A participle's speaker opens the clause before it.
        (
            "Mayor Ilse Varga has changed her tone on the harbour, offering warnings about the costs of delay.",
            "Mayor Ilse Varga",
        ),
        // A relative clause between the subject and its verb.
        (
            "Owners of the old mill, which closed last year, say the town will recover.",
            "Owners of the old mill, which closed last year",
        ),
        // The verb after a name that frames a quotation without a known cue.
        ("A stunned Ada Quill quipped, \"Nobody told us anything about the fence.\"", "A stunned Ada Quill"),
        // A relative pronoun before the cue, resolved when the speaker is named.
        ("The plan angered farmers who had hoped the road would be built this year.", "who"),
        // A prepositional phrase with "to" after the head.
        (
            "The deputy head of the delegation to the harbour forum said the pier would be rebuilt.",
            "The deputy head of the delegation to the harbour forum",
        ),
        // A participle with its preposition, and an abbreviation's dots.
        ("People briefed on the harbour talks said the pier would be rebuilt.", "People briefed on the harbour talks"),
        (
            "A U.S. port official familiar with the harbour inquiry said the pier would be rebuilt.",
            "A U.S. port official familiar with the harbour inquiry",
        ),
        // A coordinated cue whose sentence opens with a conjunction.
        ("But the harbour board discussed the offer and said the pier would stay closed.", "the harbour board"),
        // A quantifier that stands for its noun.
        ("Some say the harbour will never reopen.", "Some"),
        // An adverb or a time adverbial between the subject and the verb.
        ("The Harbour Gazette first reported that the pier would close.", "The Harbour Gazette"),
        ("Mayor Varga last month said the pier would close.", "Mayor Varga"),
        // A speaker and verb after a quotation that ends in its own mark.
        ("\"Who will pay for the pier?\" Varga asked. \"Nobody knows.\"", "Varga"),
        ("“The pier will open in May.” Mayor Ilse Varga said on Monday.", "Mayor Ilse Varga"),
        ("\"Who will pay for the pier?\" asked Ilse Varga.", "Ilse Varga"),
        // … whose verb takes no clause before a comma or a conjunction.
        ("“Who will pay for the pier?” Varga asked, pointing at the crane.", "Varga"),
        ("“Who will pay for the pier?” Varga asked as the ferry left.", "Varga"),
        ("“Who will pay?” Varga said at the pier in May, when the council met.", "Varga"),
        // A participle clause between name and verb says what the speaker did.
        ("Mara Lindqvist, speaking in Millbrook, said the plant would close.", "Mara Lindqvist"),
        (
            "Tomas Brel, a baker at the market, facing a long winter, said the plant would close.",
            "Tomas Brel, a baker at the market",
        ),
        // A long apposition between name and verb: with a conjunction, or a relative clause.
        (
            "Tomas Brel, chairman of the Roads and Harbours Committee, said the pier would close.",
            "Tomas Brel, chairman of the Roads and Harbours Committee",
        ),
        (
            "Tomas Brel, Varga’s deputy who has run the port for years, said the pier would close.",
            "Tomas Brel, Varga’s deputy who has run the port for years",
        ),
    ] {
        assert_eq!(english_mentions(text), [Some(mention.to_string())], "{text}");
    }
}

#[test]
fn a_participle_after_a_reported_clause_takes_the_rest_of_the_sentence() {
    let text = "Varga said she saw no reason to delay the pier, telling reporters that the board had agreed.";
    let statements = found(text, false);
    let messages: Vec<&str> = statements.iter().map(|(_, message, _)| message.as_str()).collect();
    assert_eq!(messages, ["she saw no reason to delay the pier", "that the board had agreed"], "{statements:?}");
    assert_eq!(english_mentions(text), [Some("Varga".to_string()), Some("Varga".to_string())]);
}

#[test]
fn a_sentence_after_a_quotation_with_a_message_of_its_own_stays_apart() {
    let text = "\"Who will pay?\" Analysts said the pier would cost too much.";
    assert_eq!(found(text, false).len(), 2, "{:?}", found(text, false));
}

#[test]
fn an_english_source_after_an_attributed_sentence_is_a_statement_too() {
    let text = "“The pier is too short,” Varga said, according to the Harbour Gazette.";
    let statements = found(text, false);
    assert!(
        statements.contains(&(Kind::Direct, "“The pier is too short,” Varga said".to_string(), "trailing-source")),
        "{statements:?}"
    );
    assert_eq!(english_mentions(text), [Some("Varga".to_string()), Some("the Harbour Gazette".to_string())]);
}

#[test]
fn a_speaker_tweeting_after_an_exclamation_is_the_quotations() {
    let text = "The board met. “We will win the vote!” Mara Quist tweeted.";
    assert_eq!(english_mentions(text), [Some("Mara Quist".to_string())]);
}

#[test]
fn an_english_source_after_an_inverted_cue_keeps_the_words_describing_it() {
    let text = "The levy will fail, said one person with knowledge of the harbour talks.";
    assert_eq!(english_mentions(text), [Some("one person with knowledge of the harbour talks".to_string())]);
    assert_eq!(english_messages(text), ["The levy will fail"]);
    let text = "The levy will fail, said a source close to the harbour board.";
    assert_eq!(english_mentions(text), [Some("a source close to the harbour board".to_string())]);
    // After a name, the words are an adjunct of the verb.
    let text = "The levy will fail, said Mara Quist in a statement.";
    assert_eq!(english_mentions(text), [Some("Mara Quist".to_string())]);
    // A participle clause after the name tells what the speaker did.
    let text = "“The levy will fail,” said Mara Quist, speaking at a rally in Harbor City.";
    assert_eq!(english_mentions(text), [Some("Mara Quist".to_string())]);
    let text = "“The levy will fail,” said Tomas Brel, facing a spirited challenge in Nowhere County.";
    assert_eq!(english_mentions(text), [Some("Tomas Brel".to_string())]);
    // A role opened by "managing" stays.
    let text = "“The levy will fail,” said Nora Vell, managing director of the Harbor Fund.";
    assert_eq!(english_mentions(text), [Some("Nora Vell, managing director of the Harbor Fund".to_string())]);
}

#[test]
fn an_adverbial_clause_or_a_time_after_an_english_cue_is_no_message() {
    for (text, message) in [
        ("The levy will fail, Mara Quist said as she left the harbour hall.", "The levy will fail"),
        ("The levy will fail, Tomas Brel told the Harbor Gazette earlier this week.", "The levy will fail"),
        ("This is not about me, Mayor Varga told his aides as he worked on the speech.", "This is not about me"),
        ("The levy will fail, Tomas Brel told reporters Monday as he left the pier.", "The levy will fail"),
    ] {
        assert_eq!(english_messages(text), [message], "{text}");
    }
    // A quotation after the clause is what was said, with the clause.
    let text = "Mara Quist said as she left the hall, “The levy will fail.”";
    assert_eq!(english_messages(text), ["as she left the hall, “The levy will fail.”"]);
}

#[test]
fn a_floating_both_after_a_coordinated_english_subject_is_no_part_of_it() {
    let text = "Tomas Brel and Mara Quist both said the levy would fail.";
    assert_eq!(english_mentions(text), [Some("Tomas Brel and Mara Quist".to_string())]);
    // "Both" alone is the subject.
    let text = "The two harbour masters met. Both said the levy would fail.";
    assert_eq!(english_mentions(text), [Some("Both".to_string())]);
}

#[test]
fn a_word_that_stands_for_no_one_is_no_english_mention() {
    let text = "Some farmers are so vehemently opposed to the new levy that they are leaving the harbour.";
    assert_eq!(english_mentions(text), [None]);
}

#[test]
fn a_think_tank_is_no_verb_of_thinking() {
    let text = "Nora Vell, a fellow at the Harbor Institute, a liberal think tank, said the levy would fail.";
    assert_eq!(
        english_mentions(text),
        [Some("Nora Vell, a fellow at the Harbor Institute, a liberal think tank".to_string())]
    );
}

#[test]
fn showing_up_and_finding_oneself_are_no_speech() {
    assert!(english_mentions("One voter, Mara Quist, 35, showed up in the green gear of a rowing club.").is_empty());
    assert!(english_mentions("Hours later, Varga found himself in a dispute with the harbour board.").is_empty());
    assert!(english_mentions("The win in Nowhere County, adding to her lead, came late on Tuesday.").is_empty());
    // A byline's "reported from" gives the place the reporter wrote from.
    assert!(english_mentions("Quist reported from Harbor City, Calif.; Varga, from Nowhere.").is_empty());
}

#[test]
fn a_participle_or_reports_inside_an_english_subject_is_no_verb() {
    let text = "But 16 percent of Democratic registered voters still say they do not know the mayor.";
    assert_eq!(english_mentions(text), [Some("16 percent of Democratic registered voters".to_string())]);
    let text = "A poll released Sunday by the Harbour Post shows the mayor ahead by ten points.";
    assert_eq!(first_english_mention(text).as_deref(), Some("A poll released Sunday by the Harbour Post"));
    let text = "The pier will open in June, according to press reports.";
    assert_eq!(first_english_mention(text).as_deref(), Some("press reports"));
}

#[test]
fn an_english_passive_cue_has_no_source() {
    assert_eq!(english_mentions("The harbour board is expected to approve the new pier on Monday."), [None]);
    assert_eq!(english_mentions("Varga was asked to name a date for the opening of the pier."), [None]);
    assert_eq!(english_mentions("The harbour board is said to be furious with the pier's builders."), [None]);
    assert_eq!(english_mentions("The senator was being challenged on the cost of the pier."), [None]);
}

#[test]
fn an_english_subject_keeps_its_relative_clause() {
    let text = "Neighbors who have known the family for years say the fence was never a problem.";
    assert_eq!(english_mentions(text), [Some("Neighbors who have known the family for years".to_string())]);
    let text = "It was a storm that the farmers say ruined the harvest.";
    assert_eq!(english_mentions(text), [Some("the farmers".to_string())]);
}

#[test]
fn a_cue_inside_a_later_cues_subject_gives_way_to_it() {
    let text = "A farmer who has accused the mayor of fraud said the ledgers were burned.";
    assert_eq!(english_mention_of(text, "said"), Some("A farmer who has accused the mayor of fraud".to_string()));
    let text = "Anyone who knows the harbour knows the pier is too short.";
    assert_eq!(english_messages(text), ["the harbour", "the pier is too short"]);
    // A pronoun before the later cue is its own subject.
    let text = "A pupil who had studied in Valdoria asked Ruiz what he thought of the harbour.";
    assert_eq!(english_mention_of(text, "asked"), Some("A pupil who had studied in Valdoria".to_string()));
}

#[test]
fn an_ing_cue_on_a_later_cues_subject_is_part_of_that_subject() {
    let text = "Harbour workers supporting the plan have said they will vote for it.";
    assert_eq!(english_mention_of(text, "said"), Some("Harbour workers supporting the plan".to_string()));
    let text = "Several councillors supporting Ruiz declined to comment.";
    assert_eq!(english_messages(text), ["to comment"]);
}

#[test]
fn a_participle_after_a_quotations_attribution_is_a_statement_too() {
    let text = "\"The pier is too short,\" Ruiz said, referring to the plans the harbour board approved.";
    let statements = found(text, false);
    assert!(
        statements.contains(&(Kind::Indirect, "the plans the harbour board approved".to_string(), "quote-participle")),
        "{statements:?}"
    );
    assert_eq!(english_mentions(text), [Some("Ruiz".to_string()), Some("Ruiz".to_string())]);
}

#[test]
fn an_english_headline_takes_any_reporting_verb() {
    let title = "Mayor Varga Praises Harbour Plan";
    let tokens = tokenize(title, 0..title.len(), Lexicon::for_language("en"), &mut String::new());
    let found = headline(title, &tokens, false).expect("a headline statement");
    assert_eq!(&title[found.spans[0].clone()], "Harbour Plan");
}

/// The message and the mention of each statement found in a German text.
fn reported(text: &str) -> Vec<(String, Option<String>, &'static str)> {
    run(text, true)
        .into_iter()
        .map(|f| {
            let message: Vec<&str> = f.spans.iter().map(|s| &text[s.clone()]).collect();
            (message.join(" … "), f.mention.map(|m| text[m.span].to_string()), f.rule)
        })
        .collect()
}

/// The message of the one statement found in a German text.
fn only_message(text: &str) -> String {
    let mut statements = reported(text);
    assert_eq!(statements.len(), 1, "{statements:?}");
    statements.remove(0).0
}

#[test]
fn schaetzen_without_a_figure_or_a_clause_values_and_reports_nothing() {
    assert!(reported("Die Trainerin Edda Wolf schätzt die Arbeit ihrer Mannschaft sehr.").is_empty());
    for text in [
        "Die Feuerwehr Kleinstadt schätzt den Schaden auf drei Millionen Euro.",
        "Die Feuerwehr Kleinstadt schätzt, dass der Schaden hoch sei.",
    ] {
        assert_eq!(reported(text).len(), 1, "{text}");
    }
}

#[test]
fn object_taking_speech_acts_are_their_whole_sentence() {
    for sentence in [
        "Die Hafenpolizei geht von einem Unfall aus",
        "Der Fischereiverband bezifferte den Schaden auf zwei Millionen Euro",
        "Die Aufsicht stufte die Anlage als unsicher ein",
        "Die Hafenpolizei hingegen sprach von einem Unfall",
    ] {
        let statements = reported(&format!("{sentence}."));
        let [(message, _, rule)] = statements.as_slice() else {
            panic!("one statement expected: {statements:?}");
        };
        assert_eq!((message.as_str(), *rule), (sentence, "speech-act"));
    }
}

#[test]
fn a_speech_act_takes_in_a_clause_that_reports_nothing() {
    let text = "Die Reederei Falkmann, die seit Jahren Verluste macht, sprach von einem schwierigen Jahr.";
    assert_eq!(only_message(text), text.trim_end_matches('.'));
}

#[test]
fn a_request_reports_its_infinitive_only() {
    let message = only_message("Der Verband forderte die Stadt auf, den Hafen nicht zu schließen.");
    assert_eq!(message, "den Hafen nicht zu schließen");
}

#[test]
fn a_passive_speech_act_names_its_agent_wherever_it_stands() {
    let cases = [
        (
            "Die Pläne wurden von Bürgermeisterin Ilse Varga als unrealistisch bezeichnet.",
            Some("Bürgermeisterin Ilse Varga"),
        ),
        ("Als Grund wurde ein Defekt an der Pumpe genannt.", None),
        (
            "Einerseits wird der Lärm bemängelt, andererseits die Kosten – so etwa von der Bürgerinitiative Nordhafen.",
            Some("der Bürgerinitiative Nordhafen"),
        ),
    ];
    for (text, agent) in cases {
        let statements = reported(text);
        let [(message, mention, rule)] = statements.as_slice() else {
            panic!("one statement expected: {statements:?}");
        };
        assert_eq!(*rule, "passive-speech-act");
        assert_eq!(message.as_str(), text.trim_end_matches('.'));
        assert_eq!(mention.as_deref(), agent, "{text}");
    }
}

#[test]
fn no_continuation_follows_a_passive_without_an_agent() {
    let statements =
        reported("Als Grund wurde ein Defekt an der Pumpe genannt. Die Reparatur solle drei Wochen dauern.");
    assert_eq!(statements[0].2, "passive-speech-act", "{statements:?}");
    assert!(statements.iter().all(|(.., rule)| *rule != "subjunctive-continuation"), "{statements:?}");
}

#[test]
fn ruling_out_is_a_cue() {
    let message = only_message("Der Minister schloss nicht aus, dass der Hafen bald schließt.");
    assert_eq!(message, "dass der Hafen bald schließt");
}

#[test]
fn a_passive_only_participle_is_no_active_cue() {
    let statements = reported("Im Interview habe sie einen falschen Namen angegeben, sagte die Anwältin Jola Brink.");
    let [(message, mention, _)] = statements.as_slice() else {
        panic!("one statement expected: {statements:?}");
    };
    assert_eq!(message, "Im Interview habe sie einen falschen Namen angegeben");
    assert_eq!(mention.as_deref(), Some("die Anwältin Jola Brink"));
}

#[test]
fn a_phrase_after_als_is_what_is_called_not_who_calls() {
    let mention = first_mention(
        "Das Landgericht Nordhafen hat die Gruppe als kriminelle Vereinigung bezeichnet, ihre Anhänger seien gefährlich.",
    );
    assert_eq!(mention.as_deref(), Some("Das Landgericht Nordhafen"));
}

#[test]
fn an_english_stance_cue_takes_a_short_object_as_its_message() {
    let statements = found("Senator Ada Kroll endorsed Varga.", false);
    assert_eq!(statements, [(Kind::Indirect, "Varga".to_string(), "verb-cue")]);
    assert_eq!(english_mentions("Senator Ada Kroll endorsed Varga."), [Some("Senator Ada Kroll".to_string())]);
    let text = "But the harbour board rejected the offer and said the pier would stay closed.";
    let messages = english_messages(text);
    assert_eq!(messages, ["the offer", "the pier would stay closed"]);
    // A participle mostly describes its noun: "the voters supporting Varga".
    assert!(found("The voters supporting Varga left.", false).is_empty());
}

#[test]
fn a_name_after_a_verb_first_cue_is_the_speaker_of_a_subject_that_cannot_speak() {
    let text = "The paradox of the harbor, says Tom Wexley, is that it never froze in winter.";
    assert_eq!(english_mentions(text), [Some("Tom Wexley".to_string())]);
    let messages = english_messages(text);
    assert_eq!(messages, ["The paradox of the harbor … is that it never froze in winter"]);
}

#[test]
fn a_verb_first_cue_before_a_reported_clause_takes_the_opening_subject() {
    let text = "Dock workers and crane operators, however, said they believed the strike would end soon.";
    assert_eq!(english_mentions(text), [Some("Dock workers and crane operators".to_string())]);
}

#[test]
fn a_relative_clause_of_saying_on_the_subject_is_a_statement_apart() {
    let text = "Nora Pike, who said the pier was unsafe, said she would vote against the plan.";
    let messages = english_messages(text);
    assert_eq!(messages, ["the pier was unsafe", "she would vote against the plan"]);
    assert_eq!(english_mentions(text), [Some("who".to_string()), Some("Nora Pike".to_string())]);
    let text = "Nora Pike, who has lived by the pier for years, said she would vote against the plan.";
    assert_eq!(english_mentions(text), [Some("Nora Pike, who has lived by the pier for years".to_string())]);
}

#[test]
fn a_cued_relative_clause_after_a_short_name_is_left_out_of_the_speaker() {
    let text = "Pike, who endorsed the harbor plan in May, said she would vote for it.";
    assert_eq!(english_mentions(text).last().cloned().flatten().as_deref(), Some("Pike"));
    // A longer description introduces someone: its clause stays.
    let text =
        "Nora Pike, the harbor board chairwoman, who endorsed the harbor plan in May, said she would vote for it.";
    assert_eq!(
        english_mentions(text).last().cloned().flatten().as_deref(),
        Some("Nora Pike, the harbor board chairwoman, who endorsed the harbor plan in May")
    );
}

#[test]
fn an_english_refusal_keeps_its_infinitive_however_short() {
    let text = "A spokeswoman for the harbor board declined to comment.";
    assert_eq!(found(text, false), [(Kind::Indirect, "to comment".to_string(), "verb-cue")]);
    assert_eq!(english_mentions(text), [Some("A spokeswoman for the harbor board".to_string())]);
    let messages: Vec<String> = found("Mayor Tilde Varga refused to say whether the pier would reopen.", false)
        .into_iter()
        .map(|s| s.1)
        .collect();
    assert_eq!(messages, ["to say whether the pier would reopen"]);
}

#[test]
fn an_english_it_opening_the_sentence_before_its_cue_is_a_source() {
    let text = "The harbor board met on Monday. It also said the pier would stay closed until spring.";
    assert_eq!(
        found(text, false),
        [(Kind::Indirect, "the pier would stay closed until spring".to_string(), "verb-cue")]
    );
    // "it" does not stand before a cue that no one says things with.
    assert!(found("It showed the pier would stay closed until spring.", false).is_empty());
}

#[test]
fn an_english_question_put_to_the_speaker_is_a_statement_of_its_own() {
    let text = "Asked on Monday whether the pier would reopen, Mayor Tilde Varga said the board would decide.";
    let statements = found(text, false);
    let questions: Vec<&str> = statements.iter().filter(|s| s.2 == "asked-question").map(|s| s.1.as_str()).collect();
    assert_eq!(questions, ["whether the pier would reopen"]);
    let text = "The board would decide, Varga said when asked about the ferry timetable.";
    let questions: Vec<String> =
        found(text, false).into_iter().filter(|s| s.2 == "asked-question").map(|s| s.1).collect();
    assert_eq!(questions, ["the ferry timetable"]);
    let text = "The video shows Ruiz leaving his car when asked to do so by the guards.";
    assert!(found(text, false).iter().all(|s| s.2 != "asked-question"));
    let text = "Asked by a reporter whether the pier would reopen, Varga laughed.";
    assert_eq!(english_mentions(text), [Some("a reporter".to_string())]);
}

#[test]
fn an_english_question_put_to_the_speaker_is_not_also_the_speakers_statement() {
    let text = "Varga had earlier said, \"We will see,\" when asked whether the pier would reopen.";
    let readings: Vec<(String, &str)> =
        found(text, false).into_iter().filter(|s| s.1 == "whether the pier would reopen").map(|s| (s.1, s.2)).collect();
    assert_eq!(readings, [("whether the pier would reopen".to_string(), "asked-question")]);
    // After a comma alone, the subject asks.
    let text = "Varga, in her memoirs, asked whether the pier would reopen.";
    let rules: Vec<&str> = found(text, false).into_iter().map(|s| s.2).collect();
    assert_eq!(rules, ["verb-cue-inverted"]);
}

#[test]
fn an_english_comma_inside_a_closing_quotation_mark_ends_the_clause() {
    let text = "The new pier is a \"fine job,\" said Nora Pike, a harbor engineer.";
    let messages = english_messages(text);
    assert!(messages.contains(&"The new pier is a \"fine job,\"".to_string()), "{messages:?}");
    assert_eq!(english_mentions(text), [Some("Nora Pike, a harbor engineer".to_string())]);
    let text = "Dock workers are “very, very tired,” Pike said.";
    let messages = english_messages(text);
    assert!(messages.contains(&"Dock workers are “very, very tired,”".to_string()), "{messages:?}");
}

#[test]
fn an_english_subject_runs_past_a_contracted_relative_and_a_two_word_time() {
    let text = "Ilse Varga, who’s running for the harbor board, added that the pier would reopen.";
    assert_eq!(english_mentions(text), [Some("Ilse Varga, who’s running for the harbor board".to_string())]);
    let text = "Board spokesman Tom Reyes on Monday evening said the pier would reopen.";
    assert_eq!(english_mentions(text), [Some("Board spokesman Tom Reyes".to_string())]);
}

#[test]
fn an_english_stance_verb_in_the_present_is_a_cue() {
    for (text, message) in [
        ("Mayor Ilse Varga blames the harbour board for the late ferries.", "the harbour board for the late ferries"),
        (
            "Varga proposes closing the old pier before the winter storms.",
            "closing the old pier before the winter storms",
        ),
        (
            "Tom Reyes dismisses the idea that the ferry could run at night.",
            "the idea that the ferry could run at night",
        ),
    ] {
        let messages = english_messages(text);
        assert_eq!(messages, [message], "{text}");
    }
}

#[test]
fn an_english_message_opens_on_the_that_after_an_adjunct() {
    for (text, message) in [
        ("The mayor said in a statement that the pier would close.", "that the pier would close"),
        (
            "Ilse Varga said on Sunday in an interview with the Harbor Post that the pier would close.",
            "that the pier would close",
        ),
        ("Varga told reporters at a briefing on Monday that the pier would close.", "that the pier would close"),
    ] {
        let messages = english_messages(text);
        assert_eq!(messages, [message], "{text}");
    }
    // A relative clause on the adjunct's noun; an object before "that".
    for text in [
        "Varga said in a letter that was sent to the board the pier would close.",
        "Varga said Monday the report that the board wrote was wrong.",
    ] {
        let messages = english_messages(text);
        assert!(messages.iter().all(|m| !m.starts_with("that")), "{messages:?}");
    }
}

#[test]
fn a_pledge_is_a_cue_but_pledged_delegates_and_a_show_host_are_none() {
    let text = "Senator Ilse Varga pledged to keep the old pier open through the winter.";
    let messages = english_messages(text);
    assert_eq!(messages, ["to keep the old pier open through the winter"]);
    let text = "Varga has won 30 pledged delegates in the harbour districts since March.";
    assert!(found(text, false).is_empty());
    let text = "Tom Reyes, a talk show host, said that the ferry would run at night.";
    assert_eq!(english_mentions(text), [Some("Tom Reyes, a talk show host".to_string())]);
}

#[test]
fn an_infinitive_message_keeps_its_to_but_a_prepositional_object_does_not() {
    let text = "Mayor Ilse Varga vowed to rebuild the harbour wall before the spring floods.";
    let messages = english_messages(text);
    assert_eq!(messages, ["to rebuild the harbour wall before the spring floods"]);
    let text = "Mayor Ilse Varga promised on Monday to rebuild the harbour wall before the spring floods.";
    let messages = english_messages(text);
    assert_eq!(messages, ["to rebuild the harbour wall before the spring floods"]);
    let text = "Mayor Ilse Varga pointed to the report that the harbour wall had cracked in March.";
    let messages = english_messages(text);
    assert!(messages.iter().all(|m| !m.starts_with("to ")), "{messages:?}");
}

#[test]
fn where_an_english_message_was_said_is_no_message() {
    assert_eq!(
        english_messages("The harbour plan was a mistake, Ilse Varga said in a video message to the council."),
        ["The harbour plan was a mistake"]
    );
    assert_eq!(
        english_messages("The ferry will run again, he said Tuesday on a local radio show."),
        ["The ferry will run again"]
    );
    assert_eq!(
        english_messages("Ilse Varga said in a statement that the ferry would run again."),
        ["that the ferry would run again"]
    );
}

#[test]
fn what_an_english_speaker_calls_describes_or_supports_is_a_message_however_short() {
    assert_eq!(english_messages("Mayor Ilse Varga called it reckless."), ["it reckless"]);
    assert_eq!(english_messages("The rival described the mayor."), ["the mayor"]);
    assert_eq!(english_messages("Mayor Ilse Varga supports him."), ["him"]);
}

#[test]
fn reports_or_estimates_before_a_cue_are_the_subjects_noun() {
    for (text, mention) in [
        ("Yet multiple reports reveal that the harbour was never dredged.", "multiple reports"),
        ("Yet PBX reports show that the harbour was never dredged.", "PBX reports"),
    ] {
        assert_eq!(first_english_mention(text).as_deref(), Some(mention), "{text}");
    }
    let text = "Yet PBX reports show that the harbour was never dredged.";
    assert!(run(text, false).iter().all(|f| f.cue.as_ref().is_none_or(|c| &text[c.clone()] == "show")));
}

#[test]
fn a_share_or_quantifier_before_of_belongs_to_the_english_subject() {
    for (text, mention) in [
        ("She left the forum after some of her readers attacked her grammar.", "some of her readers"),
        ("In Norland, 64% of farmers said the subsidy came too late.", "64% of farmers"),
        // After a verb, the share is an object: the subject comes after.
        ("The panel rated 22% of the claims as false, the report said.", "the report"),
    ] {
        assert_eq!(first_english_mention(text).as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn a_state_after_a_city_between_commas_stays_with_the_english_subject() {
    let text = "Lena Dorr is reassuring voters about her age after a farmer in Dayton, Ohio, told her she worries about prices.";
    assert_eq!(english_mention_of(text, "told").as_deref(), Some("a farmer in Dayton, Ohio"));
}

#[test]
fn an_english_verb_of_seeming_is_a_statement_of_no_ones() {
    assert_eq!(
        found("The new ferry seemed to please the islanders, and the mayor left early.", false),
        vec![(Kind::Indirect, "The new ferry … to please the islanders".to_string(), "seeming")]
    );
    assert_eq!(
        english_messages("On Friday, Councillor Brandt did not appear to follow the debate."),
        ["Councillor Brandt … to follow the debate"]
    );
    // An expletive subject stands in for no one's impression.
    assert!(english_messages("It seems to me the harbour is too small.").is_empty());
    // Inside another statement, the impression is part of its message.
    assert_eq!(
        english_messages("Ilse Marten said the new ferry seemed to please the islanders."),
        ["the new ferry seemed to please the islanders"]
    );
}

#[test]
fn an_english_according_to_after_a_reported_clause_is_no_part_of_it() {
    let statements = found(
        "Most farmers say they prefer local seed, according to a survey released on Thursday by the Harbour Gazette and its radio station.",
        false,
    );
    let verb_cue: Vec<&str> = statements.iter().filter(|s| s.2 == "verb-cue").map(|s| s.1.as_str()).collect();
    assert_eq!(verb_cue, ["they prefer local seed"], "{statements:?}");
}

#[test]
fn an_english_reportedly_is_a_statement_of_no_ones_without_the_adverb() {
    assert_eq!(
        found("The Harbour Fund is reportedly spending two million on radio spots.", false),
        vec![(Kind::Indirect, "The Harbour Fund is … spending two million on radio spots".to_string(), "reportedly")]
    );
}

#[test]
fn each_english_cue_before_a_reported_quotation_takes_its_own_part() {
    assert_eq!(
        found("Mayor Ilse Marten praised the harbour plan, calling it “a gift to the islanders.”", false),
        vec![
            (Kind::Indirect, "the harbour plan".to_string(), "verb-cue"),
            (Kind::Direct, "it “a gift to the islanders.”".to_string(), "participle-cue"),
        ]
    );
    assert_eq!(
        english_messages("Councillor Brandt said he had not read the ferry report and added, “I will vote no.”"),
        ["he had not read the ferry report", "“I will vote no.”"]
    );
    // A short object before a participle is the first cue's message too.
    assert_eq!(
        english_messages("Ilse Marten praised the mayor, saying the budget was sound."),
        ["the mayor", "the budget was sound"]
    );
}

#[test]
fn an_english_pronoun_and_cue_after_a_comma_start_a_statement_of_their_own() {
    let text = "Ina Ruiz accused the mayor of being too soft, she said the harbour banks were reckless.";
    assert_eq!(english_mention_of(text, "said").as_deref(), Some("she"));
    assert_eq!(english_messages(text), ["the mayor of being too soft", "the harbour banks were reckless"]);
}

#[test]
fn an_english_participles_subject_stops_before_the_verb_of_its_clause() {
    for (text, mention) in [
        ("Tom Vale sent a letter to the harbour board, saying the pier was unsafe.", "Tom Vale"),
        ("His campaign sued the county in May, claiming the count was wrong.", "His campaign"),
        // A second subject joined by "and", up to the verb it runs on into.
        (
            "Lena Ortiz and other harbour leaders shunned the mayor in May, claiming the pier was unsafe.",
            "Lena Ortiz and other harbour leaders",
        ),
        ("Tom Vale and his allies are suing the county, claiming the count was wrong.", "Tom Vale and his allies"),
    ] {
        assert_eq!(first_english_mention(text).as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn a_manager_or_a_dean_in_apposition_describes_the_source_named_before() {
    let text = "Nach Angaben von Tjark Oltmanns, einem Manager der Werft, ist das Schiff fertig.";
    assert_eq!(first_mention(text).as_deref(), Some("Angaben von Tjark Oltmanns, einem Manager der Werft"));
    let text = "Nach Angaben von Bodo Frisk, dem Dekan der Fakultät, fallen die Vorlesungen aus.";
    assert_eq!(first_mention(text).as_deref(), Some("Angaben von Bodo Frisk, dem Dekan der Fakultät"));
    // A body after "von" is no name.
    let text = "Nach Angaben von Radio Lumen, einem Sender aus Nordau, ist die Brücke gesperrt.";
    assert_eq!(first_mention(text).as_deref(), Some("Angaben von Radio Lumen"));
}

#[test]
fn a_german_passive_cue_names_its_von_agent_or_no_one() {
    let mentions = |text: &str| reported(text).into_iter().map(|(_, mention, _)| mention).collect::<Vec<_>>();
    let text = "Zudem wurde die Stadt vom Verband Lindenhof aufgefordert, den Hafen nicht zu schließen.";
    assert_eq!(mentions(text), [Some("Verband Lindenhof".to_string())]);
    assert_eq!(mentions("Insbesondere wird kritisiert, dass der Hafen schließe."), [None]);
    // What may be found or confirmed is no statement.
    assert!(reported("Die Ursache konnte in der Nacht nicht festgestellt werden.").is_empty());
    assert!(reported("Die Wahl muss noch vom Rat bestätigt werden, im Mai soll sie ihr Amt antreten.").is_empty());
    // "X wird zitiert": X spoke.
    let text = "Der Trainer Olaf Kemp wird mit den Worten zitiert, man habe gut gespielt.";
    assert_eq!(mentions(text), [Some("Der Trainer Olaf Kemp".to_string())]);
}

#[test]
fn a_bare_german_source_noun_takes_in_where_the_words_came_from() {
    let cases = [
        ("Nach Angaben aus Nordhafen wurden drei Menschen verletzt.", "Angaben aus Nordhafen"),
        (
            "Laut einer Schätzung von örtlichen Händlern entstand ein Schaden von drei Millionen Euro.",
            "einer Schätzung von örtlichen Händlern",
        ),
        // A date is no origin.
        ("Laut einem Bericht vom Montag wurden drei Menschen verletzt.", "einem Bericht"),
    ];
    for (text, source) in cases {
        assert_eq!(first_mention(text).as_deref(), Some(source), "{text}");
    }
}

#[test]
fn a_name_in_the_genitive_before_a_role_adjective_is_part_of_the_speaker() {
    let text = "Lindstadts oberster Bürgermeister Karl Brenner sagte, dass die Stadt sparen müsse.";
    assert_eq!(first_mention(text).as_deref(), Some("Lindstadts oberster Bürgermeister Karl Brenner"));
}

#[test]
fn english_cues_of_praise_scorn_and_resumption_report_their_clause() {
    assert!(english_messages("Tom Reyes continued to fight for the harbour plan.").is_empty());
    assert_eq!(
        english_mention_of("Mara Voss continued that the harbour would reopen in spring.", "continued").as_deref(),
        Some("Mara Voss")
    );
    assert_eq!(
        english_mention_of("Tom Reyes chided the council for its silence on the bridge.", "chided").as_deref(),
        Some("Tom Reyes")
    );
    assert_eq!(
        english_mention_of("Senator Ilse Brandt hinted that the tariff would stay.", "hinted").as_deref(),
        Some("Senator Ilse Brandt")
    );
    assert_eq!(
        english_messages("Governor Ada Kiel bragged that the port was the busiest."),
        ["that the port was the busiest"]
    );
}

#[test]
fn english_cues_of_ruling_and_foreseeing_report_their_clause() {
    assert_eq!(english_messages("Judge Lena Ortiz ruled that the contract was void."), ["that the contract was void"]);
    assert_eq!(
        english_mention_of(
            "Mayor Pia Lund foresees no delay, and Tom Reyes imagined that the ferry would run.",
            "imagined"
        )
        .as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn english_cues_of_knowing_vouching_and_retort_report_their_clause() {
    for (text, cue, mention) in [
        ("The harbour board knew that the pier was unsafe.", "knew", "The harbour board"),
        ("Mayor Pia Lund vouched that the ferry captain was sober.", "vouched", "Mayor Pia Lund"),
        ("Tom Reyes retorted that the pier was safe.", "retorted", "Tom Reyes"),
        ("Ilse Varga exclaimed that the ship was huge.", "exclaimed", "Ilse Varga"),
    ] {
        assert_eq!(english_mention_of(text, cue).as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn a_german_dative_object_is_not_the_speaker_of_an_infinitive() {
    for text in [
        "Im Mai hatte der Verein den städtischen Behörden angeboten, den Park zu pflegen.",
        "Am Abend hatte die Gruppe dem Wirt angeboten, die Rechnung zu bezahlen.",
    ] {
        let segments = segment(text, 0..text.len(), Lexicon::for_language("de"));
        let persons = person_mentions(text, &segments, true);
        let rules = Rules::run(Register::Written, text, &segments, true, &persons);
        let found = rules.iter().find(|f| f.rule == "model-infinitive").expect("a candidate");
        let mention = found.mention.as_ref().map(|m| &text[m.span.clone()]);
        assert!(mention.is_none_or(|m| !m.contains("Behörden") && !m.contains("Wirt")), "{text}: {mention:?}");
    }
}

#[test]
fn an_english_spoke_reports_only_with_its_topic() {
    for text in ["Mayor Pia Lund spoke of a new harbour.", "Tom Reyes spoke briefly about the ferry."] {
        assert!(english_mention_of(text, "spoke").is_some(), "{text}");
    }
    for text in ["Tom Reyes spoke with the crew in Danish.", "Ilse Varga spoke at length in the council."] {
        assert!(english_messages(text).is_empty(), "{text}");
    }
}

#[test]
fn a_german_sum_of_money_is_no_name() {
    let text = "Die Stadt gab eine halbe Milliarde Euro aus, und Jan Roth war dagegen.";
    assert_eq!(german_names(text), ["Jan Roth"]);
}

#[test]
fn a_german_noun_before_a_country_in_the_genitive_is_no_name() {
    let text = "Er sprach über die schwierige Lage Deutschlands und traf Jan Roth.";
    assert_eq!(german_names(text), ["Jan Roth"]);
}

#[test]
fn a_german_formal_possessive_source_is_the_unnamed_listener() {
    let text = "Herr Minister, laut Ihrem eigenen Bericht steigen die Kosten auf zwei Millionen Euro.";
    let segments = segment(text, 0..text.len(), Lexicon::for_language("de"));
    let rules = Rules::run(Register::Written, text, &segments, true, &person_mentions(text, &segments, true));
    let found = rules.iter().find(|f| f.rule == "source-preposition").expect("a statement");
    assert!(found.mention.as_ref().is_some_and(|m| m.addressee), "{:?}", found.mention);
}

#[test]
fn a_german_noun_after_the_article_opening_a_sentence_opens_no_name() {
    let text = "Die Berge Ruandas sind schön. Der Italiener Jan Roth kam.";
    assert_eq!(german_names(text), ["Jan Roth"]);
}

#[test]
fn a_german_passive_names_its_agent_or_the_document_it_was_said_in() {
    for (text, rule, source) in [
        ("Von den Behörden wird angenommen, dass der Sturm den Damm brach.", "passive-cue", "den Behörden"),
        (
            "In einem Bericht der Zeitung wurde vermutet, dass niemand überlebt hat.",
            "passive-cue",
            "einem Bericht der Zeitung",
        ),
        ("Die Lage am Hafen wird im Bericht als schwierig bezeichnet.", "passive-speech-act", "Bericht"),
    ] {
        let segments = segment(text, 0..text.len(), Lexicon::for_language("de"));
        let rules = Rules::run(Register::Written, text, &segments, true, &person_mentions(text, &segments, true));
        let found = rules.iter().find(|f| f.rule == rule).expect("a statement");
        let mention = found.mention.as_ref().map(|m| &text[m.span.clone()]);
        assert_eq!(mention, Some(source), "{text}");
    }
}

#[test]
fn a_german_role_before_a_name_without_its_closing_comma_is_one_subject() {
    for (text, subject) in [
        ("Der Sprecher der Polizei, Jan Roth sagte, das sei ein Fehler gewesen.", "Der Sprecher der Polizei, Jan Roth"),
        (
            "Wie ein Vertreter der Firma, Jan Roth mitteilte, wird das Werk verkauft.",
            "ein Vertreter der Firma, Jan Roth",
        ),
    ] {
        let segments = segment(text, 0..text.len(), Lexicon::for_language("de"));
        let rules = Rules::run(Register::Written, text, &segments, true, &person_mentions(text, &segments, true));
        let found = rules.iter().find(|f| f.rule == "verb-cue").expect("a statement");
        let mention = found.mention.as_ref().map(|m| &text[m.span.clone()]);
        assert_eq!(mention, Some(subject), "{text}");
    }
}

#[test]
fn an_english_preposition_opening_a_sentence_is_no_part_of_the_speaker() {
    for (text, cue) in [
        ("Despite Norland’s repeated warnings against escalation, the talks failed.", "repeated"),
        ("Beyond Sudria, Norland supports the new treaty on fisheries.", "supports"),
        ("Between Norland and Sudria, the council called the dispute settled.", "called"),
    ] {
        let mention = english_mention_of(text, cue);
        assert!(
            mention.as_deref().is_none_or(|m| !["Despite", "Beyond", "Between"].iter().any(|p| m.starts_with(p))),
            "{text}: {mention:?}"
        );
    }
}

#[test]
fn a_parenthetical_pointer_to_earlier_coverage_reports_nothing() {
    let text = "Kurz vor Ostern (Hafenblatt berichtete) hatte die Behörde drei Reedereien durchsucht. \
                Die Werft ist seit Mai geschlossen (wir berichteten). \
                Die Zeitung berichtete, der Kai sei zu klein.";
    let messages: Vec<String> = found(text, true).into_iter().map(|(_, message, _)| message).collect();
    assert_eq!(messages, ["der Kai sei zu klein"]);
}

#[test]
fn claiming_lives_is_no_demand() {
    let text = "In Nordau forderte der Sturm vierzehn Todesopfer. Die Flut hat dort schon 17 Opfer gefordert. \
                Der Verband der Fischer forderte Hilfe für die Opfer.";
    let messages: Vec<String> = found(text, true).into_iter().map(|(_, message, _)| message).collect();
    assert_eq!(messages, ["Der Verband der Fischer forderte Hilfe für die Opfer"]);
}

#[test]
fn a_naming_participle_between_dashes_is_no_cue() {
    let text = "Die Abgabe der Reeder – auch Hafengeld genannt – ist nach Ansicht vieler zu hoch gewesen.";
    let statements = found(text, true);
    assert!(statements.iter().all(|(_, _, rule)| *rule != "verb-cue"), "{statements:?}");
}

#[test]
fn a_sentence_opening_andererseits_is_no_speaker() {
    let text = "Andererseits haben die Reeder gesagt, dass der Hafen zu klein sei.";
    assert_eq!(first_mention(text).as_deref(), Some("die Reeder"));
}

#[test]
fn an_english_relative_clause_of_saying_opens_its_message_with_the_pronoun() {
    let text =
        "Mara Quist urged the council to approve the budget, which she said was the only way to keep the library open.";
    let messages = english_messages(text);
    assert_eq!(messages[1], "which … was the only way to keep the library open");
    // A pronoun after a preposition is no part of what was said.
    let text = "Tomas Brel gave an interview in which he said the pier would close.";
    assert!(english_messages(text).iter().all(|message| !message.contains("which")), "{text}");
}

#[test]
fn words_between_an_english_auxiliary_and_its_cue_are_no_subject() {
    for (text, subject) in [
        ("Tomas Brel and Mara Quist have both argued that the levy would fail.", "Tomas Brel and Mara Quist"),
        ("The harbour masters have in the past said the pier was too small.", "The harbour masters"),
        ("Critics of the levy have in particular noted that the pier is old.", "Critics of the levy"),
        ("Lund has nevertheless called the levy a mistake.", "Lund"),
    ] {
        assert_eq!(english_mentions(text), [Some(subject.to_string())], "{text}");
    }
}

#[test]
fn an_english_relative_pronoun_before_the_subject_is_no_part_of_the_mention() {
    // A subject relative clause stays in the mention, a clause with its own
    // complementizer takes no pronoun, and the acronym "WHO" is no pronoun.
    for (text, mention, message) in [
        ("Lee met a rival whom Tomas Brel praised as a fine sailor.", "Tomas Brel", "whom … as a fine sailor"),
        (
            "The poll, which Lee won easily, showed that the pier was popular.",
            "The poll, which Lee won easily",
            "that the pier was popular",
        ),
        (
            "WHO Director-General Ana Ruiz said the outbreak was over.",
            "WHO Director-General Ana Ruiz",
            "the outbreak was over",
        ),
    ] {
        assert_eq!(english_mentions(text), [Some(mention.to_string())], "{text}");
        assert_eq!(english_messages(text), [message], "{text}");
    }
}

#[test]
fn a_participles_subject_stops_before_a_verb_without_an_object() {
    for (text, subject) in [
        ("Lund hit back again, saying the levy was a fraud.", "Lund"),
        ("The Vale campaign pushed back, calling the report a smear.", "The Vale campaign"),
        ("Hundreds of harbour workers marched, chanting slogans against the levy.", "Hundreds of harbour workers"),
        // A past tense without "-ed", with its object or not.
        ("Mara Quist got in on the act, mocking the levy at a rally in Dover.", "Mara Quist"),
        ("The governor left no doubt about the plan, saying the harbor would reopen.", "The governor"),
        ("Lund didn't seem impressed by the plan, telling reporters it was a fraud.", "Lund"),
    ] {
        let mentions = english_mentions(text);
        assert_eq!(mentions.last(), Some(&Some(subject.to_string())), "{text}");
    }
}

#[test]
fn an_english_subject_runs_back_over_its_prepositional_attributes() {
    for (text, subject) in [
        (
            "Both sides of the debate over the levy agreed that the vote would be close.",
            "Both sides of the debate over the levy",
        ),
        // A relative pronoun with an adverbial before its verb is the subject.
        ("Tom Vale praised the harbor. Lund, who in 2010 said the levy would ruin the harbor, was silent.", "who"),
    ] {
        let mentions = english_mentions(text);
        assert_eq!(mentions.last(), Some(&Some(subject.to_string())), "{text}");
    }
}

#[test]
fn an_english_subject_takes_in_the_speakers_coordinated_with_it() {
    for (text, subject) in [
        // A cue coordinated with the first verb: the list that opens the sentence.
        (
            "Ana Ruiz and Tom Vale stood side by side on Friday and repeated that the levy was a fraud.",
            "Ana Ruiz and Tom Vale",
        ),
        (
            "Lund, Ruiz and Vale have all spent the week in Dover and say they will vote for the levy.",
            "Lund, Ruiz and Vale",
        ),
        ("Mara Quist and Tom Vale issued a statement describing the levy as a fraud.", "Mara Quist and Tom Vale"),
        // Phrases joined by "and" before the verb's appositions.
        (
            "She and Tom Vale, a former harbor official, outlined a plan to review the levy.",
            "She and Tom Vale, a former harbor official",
        ),
        (
            "Ana Ruiz, the chair of the board, and Tom Vale, its treasurer, argued that the levy was a fraud.",
            "Ana Ruiz, the chair of the board, and Tom Vale, its treasurer",
        ),
        // A list after a conjunction opening the sentence, or closed by "and" opening the cue's clause.
        (
            "But the dockers, the fishers and harbor officials said that the levy was a fraud.",
            "the dockers, the fishers and harbor officials",
        ),
        (
            "Dock unions, fishing groups, and many harbor officials claim the levy will ruin the town.",
            "Dock unions, fishing groups, and many harbor officials",
        ),
    ] {
        let mentions = english_mentions(text);
        assert_eq!(mentions.last(), Some(&Some(subject.to_string())), "{text}");
    }
}

#[test]
fn an_english_list_stops_at_a_verb_the_phrase_walk_ran_over() {
    for (text, swallowed) in [
        // The walk ran on over the first verb to the cue's conjunction.
        (
            "Ana Ruiz shot and wounded Tom Vale in March 2012, but claimed self-defense.",
            "Ana Ruiz shot and wounded Tom Vale in March",
        ),
        // A determiner after a plain lowercase word opens an object.
        (
            "Lund holds a lead with harbor officials and fishers, called insiders, and says the levy is dead.",
            "Lund holds a lead with harbor officials and fishers",
        ),
        // The clause opened by "and" is a clause of its own.
        (
            "Vale was furious on Monday, and most dockers said the levy was a fraud.",
            "Vale was furious on Monday, and most dockers",
        ),
    ] {
        let mentions = english_mentions(text);
        assert!(mentions.iter().flatten().all(|m| !m.starts_with(swallowed)), "{text}: {mentions:?}");
    }
}

#[test]
fn an_english_source_keeps_its_relative_clause_with_a_verb_of_saying() {
    for (text, source) in [
        (
            "The harbor will close in May, according to an official who spoke on the condition of anonymity.",
            "an official who spoke on the condition of anonymity",
        ),
        (
            "According to two dockers who spoke to the Gazette, the harbor will close in May.",
            "two dockers who spoke to the Gazette",
        ),
    ] {
        assert_eq!(english_mentions(text), [Some(source.to_string())], "{text}");
    }
}

#[test]
fn a_name_opening_its_sentence_is_the_subject_up_to_a_quotation() {
    let subject = |text: &str, german: bool, pronoun: &str| {
        let at = text.find(pronoun).expect("the pronoun is in the text");
        let persons = persons_in(text, german);
        persons.first().expect("a person opens the text").subject_of.contains(&at)
    };
    let text = "President Tom Harlow gave his address, in which he said the talks went well.";
    assert!(subject(text, false, " he "));
    assert!(subject("When Nora Lind came to Ostmark, she said she was glad.", false, " she "));
    // Not after a quotation, an object pronoun, a preposition or a condition.
    assert!(!subject("Tom Harlow “was wrong,” he said.", false, " he "));
    assert!(!subject("After Tom Harlow accused him of lying, he said it was false.", false, " he "));
    assert!(!subject("With Tom Harlow at his side, he said it was false.", false, " he "));
    assert!(!subject("If Tom Harlow wins, he said, the talks will end.", false, " he "));
    // A transcript's label is no subject.
    assert!(!subject("Tom Harlow: What he said is untrue.", false, " he "));
    // German: only after the name's clause, since the object may open it.
    assert!(subject("Karl Brenner hat recht, wenn er sagt, dass es so sei.", true, " er "));
    assert!(!subject("Karl Brenner lobte er sehr, als die Wahl vorbei war.", true, " er "));
}

/// How many continuations carry on a German report when `next` follows it.
fn carried_on(register: Register, next: &str) -> usize {
    let text = format!("Die Ministerin Karla Dorn sagte, der Hafen sei gesperrt. {next}");
    found_in(register, &text, true).iter().filter(|s| s.2 == "subjunctive-continuation").count()
}

#[test]
fn a_first_person_sentence_carries_no_report_on() {
    let carried = |next: &str| carried_on(Register::Written, next);
    assert_eq!(carried("Die Werft habe den Plan lange geprüft."), 1);
    assert_eq!(carried("Auch das halte ich für einen guten Plan."), 0);
    assert_eq!(carried("Ich denke, wir sollten die Werft bald öffnen."), 0);
    assert_eq!(carried("Es sei denn, die Werft öffnet morgen."), 0);
}

#[test]
fn a_speech_carries_a_report_on_only_in_the_konjunktiv_i() {
    let conditional = "Ohne die Werft wäre die Stadt heute viel ärmer.";
    assert_eq!(carried_on(Register::Written, conditional), 1);
    assert_eq!(carried_on(Register::Spoken, conditional), 0);
    assert_eq!(carried_on(Register::Spoken, "Die Werft habe den Plan lange geprüft."), 1);
}

#[test]
fn a_colleague_before_a_german_name_is_a_role() {
    let text = "Dem lieben Kollegen Jan Oster danke ich. Der Hafen sei zu klein, sagte Karla Dorn.";
    assert_eq!(german_names(text), ["Jan Oster", "Karla Dorn"]);
}

#[test]
fn an_adverb_grading_an_adjective_after_the_article_stays_in_the_subject() {
    assert_eq!(
        first_english_mention("The famously gruff harbor master said the pier would close.").as_deref(),
        Some("The famously gruff harbor master")
    );
    assert_eq!(
        first_english_mention("A newly released memo shows the council knew of the leak.").as_deref(),
        Some("A newly released memo")
    );
}

#[test]
fn first_before_a_role_and_a_time_word_inside_a_name_stay_in_the_subject() {
    assert_eq!(
        first_english_mention("The former first lady of Valdoria said she was tired.").as_deref(),
        Some("The former first lady of Valdoria")
    );
    assert_eq!(
        first_english_mention("Ostmark First Deputy Foreign Minister Pavel Lorin said the treaty held.").as_deref(),
        Some("Ostmark First Deputy Foreign Minister Pavel Lorin")
    );
    assert_eq!(
        first_english_mention("A Morning Harbor poll found that voters were split.").as_deref(),
        Some("A Morning Harbor poll")
    );
}

/// The mention of each statement the rules find in `text`.
fn mentions_in(text: &str, german: bool) -> Vec<Option<String>> {
    let segments = segment(text, 0..text.len(), Lexicon::for_language(if german { "de" } else { "en" }));
    Rules::run(Register::Written, text, &segments, german, &person_mentions(text, &segments, german))
        .into_iter()
        .map(|f| f.mention.map(|m| text[m.span].to_string()))
        .collect()
}

/// The mention of each statement the rules find in German `text`.
fn german_mentions(text: &str) -> Vec<Option<String>> {
    mentions_in(text, true)
}

#[test]
fn a_german_frame_that_names_no_one_leaves_its_quotation_to_the_speaker_before() {
    let feeling = "Die Ministerin Karla Wendt sagte, der Hafen sei sicher. Ihre Zuversicht wuchs am Abend: „Der Kai \
                   wird im Frühjahr fertig.“";
    let mentions = german_mentions(feeling);
    assert!(!mentions.iter().flatten().any(|m| m == "Ihre Zuversicht"), "{mentions:?}");
    let adverb = "Die Ministerin Karla Wendt sagte, der Hafen sei sicher. Derzeit gilt am Kai: „Niemand betritt die \
                  Mole.“";
    let mentions = german_mentions(adverb);
    assert!(!mentions.iter().flatten().any(|m| m == "Derzeit"), "{mentions:?}");
    // A first name alone, a pronoun or a role still frame their quotation.
    for (text, speaker) in [
        ("Katja blieb am Abend bei ihrer Haltung: „Der Kai bleibt offen.“", "Katja"),
        ("Die Sprecherin blieb am Abend bei ihrer Haltung: „Der Kai bleibt offen.“", "Die Sprecherin"),
    ] {
        assert_eq!(german_mentions(text).last().cloned().flatten().as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_german_frame_opened_by_a_noun_for_people_frames_its_quotation() {
    // A role ending standing alone, and nouns for people who hold no
    // office.
    for (text, speaker) in [
        (
            "Die Ministerin Karla Wendt sagte, der Hafen sei sicher. Der Ermittler blieb ruhig: „Die Spur ist kalt.“",
            "Der Ermittler",
        ),
        ("Die Ministerin Karla Wendt sagte, der Hafen sei sicher. Der Student staunte: „Das ist neu.“", "Der Student"),
        (
            "Die Ministerin Karla Wendt sagte, der Hafen sei sicher. Die Bewohner des Dorfes riefen: „Wir bleiben hier.“",
            "Die Bewohner des Dorfes",
        ),
    ] {
        assert_eq!(german_mentions(text).last().cloned().flatten().as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_german_compound_in_jurist_is_a_role_that_opens_the_speaker() {
    // The closing comma of the apposition left out, as the role before the
    // name keeps it only when the lexicon knows the role.
    let text = "Die Chefjuristin der Behörde, Karla Wendt verwies darauf, dass der Hafen sicher sei.";
    assert_eq!(
        german_mentions(text).first().cloned().flatten().as_deref(),
        Some("Die Chefjuristin der Behörde, Karla Wendt")
    );
    // With both commas the apposition chain reads it as before.
    let closed = "Die Chefjuristin der Behörde, Karla Wendt, verwies darauf, dass der Hafen sicher sei.";
    assert_eq!(
        german_mentions(closed).first().cloned().flatten().as_deref(),
        Some("Die Chefjuristin der Behörde, Karla Wendt")
    );
}
