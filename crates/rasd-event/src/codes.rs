//! CAMEO code attributes: QuadClass and Goldstein scale by root.

/// GDELT QuadClass of a CAMEO root: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
/// 3 verbal conflict (09-13), 4 material conflict (14-20).
pub fn quad_class(root: &str) -> u8 {
    match root.parse::<u8>().unwrap_or(0) {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}

/// Goldstein scale value of the root's "not specified below" code (X0), as in GDELT's table.
pub fn goldstein(root: &str) -> f32 {
    const TABLE: [f32; 20] = [
        0.0, 3.0, 4.0, 1.0, 3.5, 6.0, 7.0, 5.0, -2.0, -5.0, -2.0, -4.0, -4.4, -6.5, -7.2, -4.0,
        -5.0, -9.0, -10.0, -10.0,
    ];
    let i = root.parse::<usize>().unwrap_or(1).clamp(1, 20);
    TABLE[i - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_and_goldstein() {
        assert_eq!(quad_class("04"), 1);
        assert_eq!(quad_class("07"), 2);
        assert_eq!(quad_class("11"), 3);
        assert_eq!(quad_class("19"), 4);
        assert_eq!(goldstein("19"), -10.0);
        assert_eq!(goldstein("04"), 1.0);
    }
}
