//! Speakers as identities: keys that make one name in every spelling and
//! script match itself and nothing else, the table that groups statements
//! by person across spellings and roles, and the user's alias file.

mod alias;
mod honorific;
mod key;
mod table;

pub use alias::{ALIAS_FILE, Aliases, Person};
pub use honorific::{Addressee, addressee, is_colleague, is_form_of_address};
pub use key::{
    NameWord, add_new_keys, matches, name_keys, name_keys_by, name_words, same_word, search_keys, starts_word,
    word_keys,
};
pub use table::{Dated, Identity, RoleSpan, Spelling, Surface, identities};
