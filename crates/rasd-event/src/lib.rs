//! rasd-event: CAMEO / PLOVER event coding (being written).
