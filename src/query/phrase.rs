//! Exact phrases in a quote field, found through its pair field (see
//! `schema::pairs`) and scored as tantivy's [`PhraseQuery`] scores them.
//!
//! A two-word phrase is its pair's postings: the pair's frequency in a
//! statement is the phrase's, so the phrase scorer's BM25 (the words'
//! summed idf, the quote field's norms) gives the same score without a
//! position read. A longer phrase checks positions only in the statements
//! that hold all its indexed pairs. Phrases with slop, and those without a
//! pair of frequent words, keep tantivy's phrase query.

use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{
    Bm25Weight, ConstScorer, EmptyScorer, EnableScoring, Explanation, PhraseQuery, Query, Scorer, Weight,
    intersect_scorers,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term};

use crate::schema::FrequentWords;

/// A phrase of neighbouring words in a quote field, matched by its pairs.
#[derive(Clone, Debug)]
pub struct PairPhraseQuery {
    /// The phrase itself: its terms, its statistics, the positions of a
    /// longer phrase.
    phrase: PhraseQuery,
    /// Each pair of neighbouring frequent words, in the pair field.
    pairs: Vec<Term>,
    /// Whether the one pair is the whole phrase (two words): its postings
    /// then say where the phrase is and how often.
    exact: bool,
}

impl PairPhraseQuery {
    /// The query for the words of a phrase with their positions, or `None`
    /// when no two neighbours are both `frequent` (no pair of them is
    /// indexed) or, for two words, when they are not neighbours (a word the
    /// analyzer dropped between them): then only positions can tell.
    pub fn new(pair_field: Field, frequent: &FrequentWords, mut terms: Vec<(usize, Term)>) -> Option<PairPhraseQuery> {
        if terms.len() < 2 {
            return None;
        }
        terms.sort_by_key(|(position, _)| *position);
        let mut pairs = Vec::with_capacity(terms.len() - 1);
        let mut every_pair = true;
        for window in terms.windows(2) {
            let [(first_position, first), (second_position, second)] = window else {
                return None;
            };
            let (first, second) = (first.value(), second.value());
            let pair = frequent.pair(first.as_str()?, second.as_str()?);
            let Some(pair) = pair.filter(|_| first_position + 1 == *second_position) else {
                every_pair = false;
                continue;
            };
            pairs.push(Term::from_field_text(pair_field, &pair));
        }
        let exact = every_pair && terms.len() == 2;
        if pairs.is_empty() {
            return None;
        }
        Some(PairPhraseQuery { phrase: PhraseQuery::new_with_offset(terms), pairs, exact })
    }
}

impl Query for PairPhraseQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        if !self.exact {
            let phrase = self.phrase.weight(enable_scoring)?;
            return Ok(Box::new(LongPhraseWeight { phrase, pairs: self.pairs.clone() }));
        }
        // As tantivy's phrase weight: the summed idf of the words.
        let bm25 = match enable_scoring {
            EnableScoring::Enabled { statistics_provider, .. } => {
                Some(Bm25Weight::for_terms(statistics_provider, &self.phrase.phrase_terms())?)
            }
            EnableScoring::Disabled { .. } => None,
        };
        Ok(Box::new(PairWeight { pair: self.pairs[0].clone(), field: self.phrase.field(), bm25 }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.phrase.query_terms(visitor);
    }
}

/// A two-word phrase: the postings of its pair.
struct PairWeight {
    pair: Term,
    /// The quote field, whose norms score the phrase.
    field: Field,
    bm25: Option<Bm25Weight>,
}

impl PairWeight {
    fn pair_scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Option<PairScorer>> {
        let Some(postings) =
            reader.inverted_index(self.pair.field())?.read_postings(&self.pair, IndexRecordOption::WithFreqs)?
        else {
            return Ok(None);
        };
        let fieldnorms = match &self.bm25 {
            Some(_) => reader.fieldnorms_readers().get_field(self.field)?,
            None => None,
        };
        let fieldnorms =
            fieldnorms.unwrap_or_else(|| tantivy::fieldnorm::FieldNormReader::constant(reader.max_doc(), 1));
        let bm25 = self.bm25.as_ref().map(|bm25| bm25.boost_by(boost));
        Ok(Some(PairScorer { postings, fieldnorms, bm25 }))
    }
}

impl Weight for PairWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.pair_scorer(reader, boost)? {
            Some(scorer) => Box::new(scorer),
            None => Box::new(EmptyScorer),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let not_found = || tantivy::TantivyError::InvalidArgument(format!("document #{doc} does not match"));
        let mut scorer = self.pair_scorer(reader, 1.0)?.ok_or_else(not_found)?;
        if scorer.seek(doc) != doc {
            return Err(not_found());
        }
        let fieldnorm_id = scorer.fieldnorms.fieldnorm_id(doc);
        let frequency = scorer.postings.term_freq();
        Ok(match &scorer.bm25 {
            Some(bm25) => bm25.explain(fieldnorm_id, frequency),
            None => Explanation::new("phrase", 1.0),
        })
    }
}

/// The statements holding a pair, scored as the phrase scorer scores them.
struct PairScorer {
    postings: SegmentPostings,
    fieldnorms: tantivy::fieldnorm::FieldNormReader,
    bm25: Option<Bm25Weight>,
}

impl DocSet for PairScorer {
    fn advance(&mut self) -> DocId {
        self.postings.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.postings.seek(target)
    }

    fn doc(&self) -> DocId {
        self.postings.doc()
    }

    fn size_hint(&self) -> u32 {
        self.postings.size_hint()
    }
}

impl Scorer for PairScorer {
    fn score(&mut self) -> Score {
        match &self.bm25 {
            Some(bm25) => bm25.score(self.fieldnorms.fieldnorm_id(self.doc()), self.postings.term_freq()),
            None => 1.0,
        }
    }
}

/// A phrase of three words or more, or with a word between two that is not
/// frequent: positions checked where all its indexed pairs are.
struct LongPhraseWeight {
    phrase: Box<dyn Weight>,
    pairs: Vec<Term>,
}

impl Weight for LongPhraseWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut scorers: Vec<Box<dyn Scorer>> = Vec::with_capacity(self.pairs.len() + 1);
        for pair in &self.pairs {
            let Some(postings) = reader.inverted_index(pair.field())?.read_postings(pair, IndexRecordOption::Basic)?
            else {
                return Ok(Box::new(EmptyScorer));
            };
            // Scoring 0, the pairs leave the sum of the intersection the
            // phrase's own score.
            scorers.push(Box::new(ConstScorer::new(postings, 0.0)));
        }
        scorers.push(self.phrase.scorer(reader, boost)?);
        Ok(intersect_scorers(scorers, reader.num_docs()))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.phrase.explain(reader, doc)
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Count, TopDocs};
    use tantivy::{Index, TantivyDocument};

    use super::*;
    use crate::schema::{self, Fields};

    /// The terms of `text` as the query analyzer of `lang` gives them.
    fn terms(index: &Index, field: Field, lang: &str, text: &str) -> Vec<(usize, Term)> {
        let mut analyzer = index.tokenizers().get(&schema::query_analyzer_name(lang)).unwrap();
        let mut stream = analyzer.token_stream(text);
        let mut terms = Vec::new();
        while let Some(token) = stream.next() {
            terms.push((token.position, Term::from_field_text(field, &token.text)));
        }
        terms
    }

    #[test]
    fn pair_phrases_match_and_score_as_positional_phrases() {
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let quotes = [
            ("en", "Human rights and human rights again: human rights for all."),
            ("en", "The rights of the human, rights said the council, are universal."),
            ("en", "The international security council of the united nations general assembly met."),
            ("en", "Climate change changes the climate; change climate change now, said the council."),
            ("en", "Security security security, the minister repeated about security."),
            ("en", "Nothing here is about the subject at all, but this statement is longer than the others."),
            ("en", "The united nations general assembly and the security council and human rights."),
            ("de", "Die Bundesregierung und die Sicherheit der Welt."),
            ("de", "Sicherheitspolitik Welt: die Politik der Sicherheit und die Politik der Welt."),
            ("de", "Die Welt braucht Sicherheit, sagte die Bundesregierung der Welt."),
        ];
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for (lang, quote) in quotes {
            let mut doc = TantivyDocument::default();
            let field = fields.quote_for(lang);
            doc.add_text(field, quote);
            doc.add_text(fields.pairs_of(field).unwrap().0, quote);
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let found = |query: &dyn Query| {
            let top = searcher.search(query, &TopDocs::with_limit(20).order_by_score()).unwrap();
            let scored: Vec<(u32, u32)> =
                top.into_iter().map(|(score, address)| (score.to_bits(), address.doc_id)).collect();
            (scored, searcher.search(query, &Count).unwrap())
        };
        let phrases = [
            ("en", "human rights"),
            ("en", "rights human"),
            ("en", "security council"),
            ("en", "climate change"),
            ("en", "change climate"),
            ("en", "security security"),
            ("en", "international security council"),
            ("en", "united nations general assembly"),
            ("en", "the united nations"),
            ("en", "the council"),
            ("de", "Politik Welt"),
            ("de", "Sicherheit der Welt"),
            ("de", "Bundesregierung der Welt"),
        ];
        let (mut paired, mut matched) = (0, 0);
        for (lang, phrase) in phrases {
            let field = fields.quote_for(lang);
            let terms = terms(&index, field, lang, phrase);
            let (pair_field, frequent) = fields.pairs_of(field).unwrap();
            let expected = found(&PhraseQuery::new_with_offset(terms.clone()));
            match PairPhraseQuery::new(pair_field, frequent, terms) {
                Some(query) => {
                    paired += 1;
                    assert_eq!(found(&query), expected, "{phrase}");
                }
                None => assert!(phrase.starts_with("the ") || phrase.contains(" der "), "{phrase} has pairs"),
            }
            matched += expected.1;
        }
        assert!(paired >= 10, "{paired}");
        assert!(matched >= 15, "{matched}");
    }

    #[test]
    fn a_phrase_of_words_apart_or_of_rare_words_has_no_pair_query() {
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let field = fields.quote_for("en");
        let (pair_field, frequent) = fields.pairs_of(field).unwrap();
        let term = |text: &str| Term::from_field_text(field, text);
        assert!(PairPhraseQuery::new(pair_field, frequent, vec![(0, term("human")), (2, term("right"))]).is_none());
        assert!(PairPhraseQuery::new(pair_field, frequent, vec![(0, term("zyxw")), (1, term("right"))]).is_none());
        assert!(PairPhraseQuery::new(pair_field, frequent, vec![(0, term("human")), (1, term("right"))]).is_some());
    }
}
