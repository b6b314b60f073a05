//! The entity layer: mentions (spans into the original) and in-document groups.

use rasd_text::Span;
use serde::Serialize;

/// Entity type. The document gold uses PER / ORG / LOC; MISC (events, nationalities as
/// names, products...) comes from ANERcorp and is kept for completeness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub enum EntityType {
    /// Person.
    PER,
    /// Organisation.
    ORG,
    /// Location.
    LOC,
    /// Other named entity.
    MISC,
}

impl EntityType {
    /// Parses `PER`/`PERS`, `ORG`, `LOC`, `MISC`.
    pub fn parse(s: &str) -> Option<EntityType> {
        match s {
            "PER" | "PERS" => Some(EntityType::PER),
            "ORG" => Some(EntityType::ORG),
            "LOC" => Some(EntityType::LOC),
            "MISC" => Some(EntityType::MISC),
            _ => None,
        }
    }

    /// The short name (`PER`, ...).
    pub fn name(self) -> &'static str {
        match self {
            EntityType::PER => "PER",
            EntityType::ORG => "ORG",
            EntityType::LOC => "LOC",
            EntityType::MISC => "MISC",
        }
    }
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Bytes in the original; leading clitics (و ف ب ل ك) are outside the span.
    #[serde(flatten)]
    pub span: Span,
    /// The mention as written: `original[start..end]`.
    pub text: String,
    /// The mention's name: `text` with an article merged into لل restored (`للحلف` → `الحلف`).
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// `rasd_text::match_key` of `name`.
    pub key: String,
    /// Index of the mention's group in [`Entities::groups`] (equal to the group's `id`).
    pub group: usize,
    /// The role phrase the text gives a person (`وزير الدفاع الأميركي`), as a span.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Span>,
    /// The text of `role`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_text: Option<String>,
}

/// Mentions of one entity within a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityGroup {
    /// Group id (its index in [`Entities::groups`]).
    pub id: usize,
    /// Entity type.
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Representative name (the longest written form).
    pub name: String,
    /// Distinct written forms, in order of first mention.
    pub names: Vec<String>,
    /// Indices into [`Entities::mentions`].
    pub mentions: Vec<usize>,
    /// The first role phrase given to the entity, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// The entity layer of a document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Entities {
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Groups (entities), in order of first mention.
    pub groups: Vec<EntityGroup>,
}
