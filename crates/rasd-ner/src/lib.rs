//! rasd-ner: named entities (PER, ORG, LOC, MISC) with roles and in-document groups.
//!
//! The recogniser is an averaged-perceptron sequence labeller ([`rasd_tagger`]) over words,
//! with features from a clitic split (ب+واشنطن → واشنطن), gazetteers, distributional word
//! clusters learned from the news corpus, and role / title trigger words. It is trained by
//! `rasd train ner` on ANERcorp (CAMeL split) and evaluated with conlleval semantics.

pub mod clitic;
pub mod data;
pub mod features;
pub mod gazetteer;
pub mod lexicon;
pub mod titles;
