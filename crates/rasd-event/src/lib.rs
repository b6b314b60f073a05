//! rasd-event: CAMEO / PLOVER event coding for Arabic news.
//!
//! Every event keeps its trigger words, its sentence span and the spans of its actors and place,
//! as byte offsets into the original text. Triggers come from a curated core lexicon and the
//! UniversalPetrarch Arabic verb dictionary (matched over light stems or the morphology layer's
//! stems); reported statements from rasd-quote become statement events (01/02/10/11/12/13)
//! when their cue or content names the act; an object or possessive pronoun (اعتقلته, عقب
//! لقائه) stands for its antecedent; a target the clause does not name is guessed from
//! the sentence (or the document's most mentioned other entity) after duplicates are merged.
//! ASSAULT / PROTEST decisions are checked and completed by a sentence classifier trained on
//! the arabic-event-gsr dev part. The dictionaries and the classifier weights are one
//! compact model file embedded in the binary and parsed lazily, once; actor codes come from the
//! Arabic actor dictionary behind two curated tables that stand before it: bodies, forces and
//! sectors ([`core::ACTORS`]) and the public figures of the news (`data/people.tsv`).
//!
//! ```
//! let coder = rasd_event::Coder::embedded();
//! let text = "قال المتحدث إن الجيش العراقي شن هجوما على مواقع داعش في الموصل.";
//! let events = coder.extract_text(text, None);
//! assert!(events.iter().all(|e| &text[e.trigger.start..e.trigger.end] == e.trigger.text));
//! ```

pub mod actors;
pub mod build;
pub mod classify;
pub mod codes;
pub mod core;
pub mod export;
pub mod extract;
pub mod fallback;
pub mod gsr;
pub mod lexicon;
pub mod norm;
pub mod statements;
pub mod train;
pub mod types;

pub use lexicon::Lexicon;
pub use types::{
    Actor, ByteSpan, DateRef, DocView, EntityRef, Event, QuoteRef, Sent, TextSpan, Tok,
};

pub use chrono::NaiveDate;
use std::sync::OnceLock;

/// The committed model (dictionaries + classifier weights), see `rasd train event`.
pub static MODEL: &[u8] = include_bytes!("../models/event.model");

/// The event coder: a parsed lexicon.
#[derive(Debug)]
pub struct Coder {
    lexicon: Lexicon,
}

impl Coder {
    /// The coder over the embedded model, parsed on first use.
    pub fn embedded() -> &'static Coder {
        static CODER: OnceLock<Coder> = OnceLock::new();
        CODER.get_or_init(|| Coder::from_model(std::str::from_utf8(MODEL).unwrap_or("")))
    }

    /// A coder over a model text (as written by `rasd train event`).
    pub fn from_model(text: &str) -> Coder {
        Coder {
            lexicon: Lexicon::parse(text),
        }
    }

    /// The lexicon tables.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Codes the events of a document whose layers are given in `view`.
    pub fn extract_view(&self, view: &DocView) -> Vec<Event> {
        extract::extract(&self.lexicon, view)
    }

    /// Codes raw text with the built-in fallback layers (own tokenizer, sentence split,
    /// dictionary actors and places, weekday dates against `published`).
    pub fn extract_text(&self, original: &str, published: Option<NaiveDate>) -> Vec<Event> {
        let view = fallback::view(&self.lexicon, original, published);
        self.extract_view(&view)
    }

    /// Sentence-level detection of a PLOVER category (`ASSAULT`, `PROTEST`); `None` when the
    /// model has no classifier for it.
    pub fn detect(&self, category: &str, sentence: &str) -> Option<bool> {
        classify::detect(&self.lexicon, category, sentence)
    }

    /// The CAMEO actor code of an actor phrase (`USAGOV`, `IRQMIL`, `IGO`).
    pub fn actor_code(&self, phrase: &str) -> Option<String> {
        actors::code_of(&self.lexicon, phrase)
    }
}

#[cfg(feature = "layers")]
pub mod input;
#[cfg(feature = "layers")]
pub use input::EventInput;
