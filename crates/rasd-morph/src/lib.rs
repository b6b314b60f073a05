//! Arabic clitic segmentation, POS and light stems (being written).
