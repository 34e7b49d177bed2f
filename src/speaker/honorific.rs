//! Forms of address and honorifics ("Herr", "Frau", "Mr.", "Dr.",
//! "Madame"): words that address or honour a person and are neither part of
//! the person's name nor an office. One list, so that a name, a transcript
//! label and a role all leave out the same words.

/// Whom a form of address is said to: a man, a woman, or either.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Addressee {
    Man,
    Woman,
    Either,
}

/// The forms of address of German, English and French, lowercase and
/// without their abbreviation's period.
const FORMS_OF_ADDRESS: &[(&str, Addressee)] = &[
    ("herr", Addressee::Man),
    ("herrn", Addressee::Man),
    ("frau", Addressee::Woman),
    ("mr", Addressee::Man),
    ("mrs", Addressee::Woman),
    ("ms", Addressee::Woman),
    ("miss", Addressee::Woman),
    ("sir", Addressee::Man),
    ("lord", Addressee::Man),
    ("lady", Addressee::Woman),
    ("monsieur", Addressee::Man),
    ("madame", Addressee::Woman),
    ("mme", Addressee::Woman),
    ("mlle", Addressee::Woman),
    ("dr", Addressee::Either),
    ("prof", Addressee::Either),
];

/// The forms of address that are also the plain nouns for a colleague or
/// colleagues, said of people without naming them ("die Kollegen von der
/// Union" are a party's members).
const COLLEAGUES: &[(&str, Addressee)] = &[
    ("kollege", Addressee::Man),
    ("kollegin", Addressee::Woman),
    // Both the masculine's other cases and the plural.
    ("kollegen", Addressee::Either),
];

/// The entry of `word` in `forms`, in any case.
fn form_in<'f>(forms: &'f [(&'static str, Addressee)], word: &str) -> Option<&'f (&'static str, Addressee)> {
    forms.iter().find(|(form, _)| word.eq_ignore_ascii_case(form))
}

/// Whom `word` addresses when it is a form of address ("Herr", "mrs.",
/// "Dr."), in any case and with or without its period.
pub fn addressee(word: &str) -> Option<Addressee> {
    let bare = word.strip_suffix('.').unwrap_or(word);
    form_in(FORMS_OF_ADDRESS, bare).or_else(|| form_in(COLLEAGUES, bare)).map(|&(_, addressee)| addressee)
}

/// True when `word` is a form of address ("Herr", "Mr.", "Dr.").
pub fn is_form_of_address(word: &str) -> bool {
    addressee(word).is_some()
}

/// True when `word` is a colleague's form of address ("Kollegin").
pub fn is_colleague(word: &str) -> bool {
    form_in(COLLEAGUES, word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_address_are_found_in_any_case_with_or_without_the_period() {
        assert_eq!(addressee("Herr"), Some(Addressee::Man));
        assert_eq!(addressee("MRS."), Some(Addressee::Woman));
        assert_eq!(addressee("dr."), Some(Addressee::Either));
        assert_eq!(addressee("Kollegin"), Some(Addressee::Woman));
        assert!(is_colleague("KOLLEGEN") && !is_colleague("Herr") && !is_colleague("Kollegium"));
        assert!(!is_form_of_address("Minister"));
        assert!(!is_form_of_address("Herrmann"));
        assert!(!is_form_of_address("Mr.."));
    }
}
