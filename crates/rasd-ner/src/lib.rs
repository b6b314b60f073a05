//! rasd-ner: named entities (PER, ORG, LOC, MISC) with roles and in-document groups.
//!
//! ```no_run
//! use rasd_text::{Span, TextLayer};
//! let text = "وقال وزير الدفاع الأميركي آشتون كارتر في بروكسل إن حلف شمال الأطلسي (ناتو) يدرس الأمر.";
//! let layer = TextLayer::build(text, &[Span::new(0, text.len())]);
//! let morph = rasd_morph::Analyzer::embedded().analyze_tokens(text, &layer.tokens);
//! let ents = rasd_ner::Recognizer::embedded().recognize(text, &layer, &morph);
//! for m in &ents.mentions {
//!     println!("{} {} role={:?}", m.etype.name(), m.text, m.role_text);
//! }
//! ```
//!
//! # How it works
//! - **Tagger** ([`model`], [`features`]): two averaged-perceptron sequence labellers
//!   ([`rasd_tagger`]) over words, BIO labels PER / LOC / ORG / MISC (ANERcorp's `PERS` is read
//!   as `PER`). Features: the word, its clitic-free stem (rule-based splitter [`clitic`] driven
//!   by news-corpus frequencies: ب+واشنطن → واشنطن, وزير stays whole), the stem without ال,
//!   affixes and character trigrams, shape, corpus frequency, three granularities of
//!   distributional clusters and cue shares learned from the 5 M-word news corpus
//!   ([`clusters`]), gazetteer matches ([`gazetteer`]: ANERGazet, countries, GeoNames, name
//!   lists, plus `data/names.txt`), role / honorific trigger words (`data/titles.txt`), all of
//!   it for ±1 / ±2 neighbours, and corpus tag shares ([`corpus_tags`]: how often first-stage
//!   taggers label the stem PER / LOC / ORG / MISC across the whole news corpus; training
//!   sentences get shares from taggers that never saw them). The second stage ([`stack`]) adds
//!   how the first stage labelled the same stem within 12 sentences either side (trained on
//!   jackknifed first-stage labels). Features with all weights below 1 are pruned.
//! - **Training** ([`train`]): `rasd train ner` clusters the news corpus, reads the gazetteers,
//!   trains on ANERcorp train minus its last 10 % (dev), picks epoch counts by dev micro F1,
//!   then retrains on all of train. Test files are never read in training.
//! - **Recogniser** ([`recognize`]): tags rasd-text tokens (not ANERcorp's tokenisation),
//!   adds curated names the tagger missed or cut short (`data/names.txt`, also a gazetteer
//!   feature of the model, and `data/known.txt`, public figures and organisations read at run time only, so it
//!   grows without a retrain), institution / geography patterns
//!   (الحكومة العراقية, بحر إيجه, شرطة ويلتشير), names the tagger ended on a common noun completed
//!   by its construct genitive and nisba adjectives (منظمة حظر → منظمة حظر الأسلحة الكيميائية),
//!   gazetteer places that the news-corpus taggers label as places at least 60 % of the time,
//!   rare-word names that close a role phrase, and head-noun short
//!   forms (التنظيم after تنظيم الدولة الإسلامية); [`Recognizer::recognize_with`] also takes
//!   names the document structure gives (a dateline's place and agency). Mention spans exclude the proclitics
//!   و ف ب ل ك; an article merged into لل is restored in `text` (للحلف → الحلف).
//! - **Roles** ([`roles`]): the phrase from the farthest role trigger before a person up to
//!   the name (honorifics like الجنرال dropped), or an apposition after it (`، وزير ...`,
//!   `، وهو عضو في ...`, or without the comma after an indefinite trigger: `سجواني رئيس مجلس
//!   ...`), or an office clause (`الذي يشغل منصب ...`). The triggers are `data/titles.txt` (also
//!   tagger features; the model file keeps the list it was trained with) plus `data/roles.txt`
//!   (occupations, for the role finder only).
//! - **Groups** ([`group`]): same key (articles ignored), curated alias sets
//!   (`data/aliases.txt`: ناتو = الحلف الأطلسي = حلف شمال الأطلسي; داعش = تنظيم الدولة الإسلامية),
//!   acronyms in parentheses or quotes after a name, family-name mentions of a person.
//!
//! The curated files under `data/` are hand-written general news knowledge (not taken from any
//! test set); the model file `models/ner.bin` holds both taggers, the lexicon and the
//! gazetteer, so the runtime reads nothing from `../shared`.
//!
//! MISC is produced (ANERcorp has it) but the document gold uses PER / ORG / LOC only.
//!
//! # Measured (2026-11-26, shared 2-core machine, `RUNS=9 scripts/bench_ner.sh`)
//! ANERcorp CAMeL test, conlleval micro F1: official file 72.48, repaired file 73.68
//! (CRFsuite baseline of BASELINES.md section 1, rebuilt in `baselines/ner/`, same run: 60.16 /
//! 61.36). Dev (last 10 % of train) 73.94. Tagging, features included, one thread: 13-17× the
//! baseline's speed in the same run (311-361 k tokens/s at a load average of 1.7-2.0; one-word
//! feature scores are cached per word, see [`model::WordCaches`]).

pub mod augment;
pub mod clitic;
pub mod clusters;
pub mod corpus_tags;
pub mod data;
pub mod entities;
pub mod eval;
pub mod features;
pub mod fxhash;
pub mod gazetteer;
pub mod group;
pub mod lexicon;
pub mod model;
pub mod recognize;
pub mod roles;
pub mod stack;
pub mod titles;
pub mod train;

pub use entities::{Entities, EntityGroup, EntityType, Mention};
pub use model::NerModel;
pub use recognize::{KnownName, Recognizer};
