//! Speakers as identities: keys that make one name in every spelling and
//! script match itself, and nothing else.

mod key;

pub use key::{matches, name_keys, name_words, same_word, word_keys};
