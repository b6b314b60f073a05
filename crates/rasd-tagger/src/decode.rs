//! First-order Viterbi decoding over dense emission scores.

/// Transition constraint: `allowed(previous label or None at the start, label)`.
pub(crate) type Allowed<'a> = Option<&'a dyn Fn(Option<u32>, u32) -> bool>;

/// Best label path for `n` positions of `l` labels.
///
/// `emit` is `n * l` scores, `trans` is `(l + 1) * l` scores whose last row is the start row.
/// With `allowed`, forbidden moves are skipped; a position where every move is forbidden
/// falls back to the unconstrained choice so that decoding always returns `n` labels.
pub(crate) fn viterbi(
    emit: &[f32],
    n: usize,
    l: usize,
    trans: &[f32],
    allowed: Allowed,
) -> Vec<u32> {
    if n == 0 || l == 0 {
        return Vec::new();
    }
    let mut score = vec![f32::NEG_INFINITY; n * l];
    let mut back = vec![0u32; n * l];
    let start = &trans[l * l..];
    for y in 0..l {
        if allowed.is_none_or(|a| a(None, y as u32)) {
            score[y] = emit[y] + start[y];
        }
    }
    if score[..l].iter().all(|s| *s == f32::NEG_INFINITY) {
        for y in 0..l {
            score[y] = emit[y] + start[y];
        }
    }
    for t in 1..n {
        let (prev, cur) = score.split_at_mut(t * l);
        let prev = &prev[(t - 1) * l..];
        let cur = &mut cur[..l];
        if allowed.is_none() {
            fast_step(
                prev,
                cur,
                &mut back[t * l..(t + 1) * l],
                &emit[t * l..(t + 1) * l],
                trans,
            );
            continue;
        }
        step(
            prev,
            cur,
            &mut back[t * l..(t + 1) * l],
            &emit[t * l..(t + 1) * l],
            trans,
            allowed,
        );
        if cur.iter().all(|s| *s == f32::NEG_INFINITY) {
            step(
                prev,
                cur,
                &mut back[t * l..(t + 1) * l],
                &emit[t * l..(t + 1) * l],
                trans,
                None,
            );
        }
    }
    let last = &score[(n - 1) * l..];
    let mut best = 0;
    for y in 1..l {
        if last[y] > last[best] {
            best = y;
        }
    }
    let mut path = vec![0u32; n];
    path[n - 1] = best as u32;
    for t in (1..n).rev() {
        path[t - 1] = back[t * l + path[t] as usize];
    }
    path
}

/// Reusable buffers for [`viterbi_into`].
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    score: Vec<f32>,
    back: Vec<u32>,
}

/// Unconstrained Viterbi (same result as [`viterbi`] with no constraint) that reuses
/// `scratch` and appends the `n` labels to `out`.
pub(crate) fn viterbi_into(
    emit: &[f32],
    n: usize,
    l: usize,
    trans: &[f32],
    scratch: &mut Scratch,
    out: &mut Vec<u32>,
) {
    if n == 0 || l == 0 {
        return;
    }
    let Scratch { score, back } = scratch;
    score.clear();
    score.resize(n * l, f32::NEG_INFINITY);
    back.clear();
    back.resize(n * l, 0);
    let start = &trans[l * l..];
    for y in 0..l {
        score[y] = emit[y] + start[y];
    }
    for t in 1..n {
        let (prev, cur) = score.split_at_mut(t * l);
        fast_step(
            &prev[(t - 1) * l..],
            &mut cur[..l],
            &mut back[t * l..(t + 1) * l],
            &emit[t * l..(t + 1) * l],
            trans,
        );
    }
    let last = &score[(n - 1) * l..];
    let mut best = 0;
    for y in 1..l {
        if last[y] > last[best] {
            best = y;
        }
    }
    let base = out.len();
    out.resize(base + n, 0);
    let path = &mut out[base..];
    path[n - 1] = best as u32;
    for t in (1..n).rev() {
        path[t - 1] = back[t * l + path[t] as usize];
    }
}

/// Unconstrained Viterbi column, row-major over the transition matrix (same result as
/// [`step`] without constraints: ties keep the lowest previous label).
#[inline]
fn fast_step(prev: &[f32], cur: &mut [f32], back: &mut [u32], emit: &[f32], trans: &[f32]) {
    let l = cur.len();
    cur.fill(f32::NEG_INFINITY);
    back.fill(0);
    for (p, &ps) in prev.iter().enumerate() {
        if ps == f32::NEG_INFINITY {
            continue;
        }
        let row = &trans[p * l..(p + 1) * l];
        // Branch-free so that it vectorises; strict `>` keeps the lowest label on ties.
        for ((c, b), &t) in cur.iter_mut().zip(back.iter_mut()).zip(row) {
            let s = ps + t;
            let better = s > *c;
            *c = if better { s } else { *c };
            *b = if better { p as u32 } else { *b };
        }
    }
    for y in 0..l {
        cur[y] += emit[y];
    }
}

/// One Viterbi column: `cur[y] = max_p prev[p] + trans[p][y] + emit[y]`.
#[inline]
fn step(
    prev: &[f32],
    cur: &mut [f32],
    back: &mut [u32],
    emit: &[f32],
    trans: &[f32],
    allowed: Allowed,
) {
    let l = cur.len();
    for y in 0..l {
        let mut best = f32::NEG_INFINITY;
        let mut arg = 0u32;
        for (p, &ps) in prev.iter().enumerate() {
            if ps == f32::NEG_INFINITY {
                continue;
            }
            if let Some(a) = allowed {
                if !a(Some(p as u32), y as u32) {
                    continue;
                }
            }
            let s = ps + trans[p * l + y];
            if s > best {
                best = s;
                arg = p as u32;
            }
        }
        cur[y] = best + emit[y];
        back[y] = arg;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_into_matches_viterbi() {
        let l = 3;
        let trans: Vec<f32> = (0..(l + 1) * l)
            .map(|i| ((i * 7) % 5) as f32 - 2.0)
            .collect();
        let emit: Vec<f32> = (0..5 * l).map(|i| ((i * 11) % 7) as f32 - 3.0).collect();
        let mut out = vec![9];
        let mut scratch = Scratch::default();
        viterbi_into(&emit, 5, l, &trans, &mut scratch, &mut out);
        viterbi_into(&emit[..2 * l], 2, l, &trans, &mut scratch, &mut out);
        let mut want = vec![9];
        want.extend(viterbi(&emit, 5, l, &trans, None));
        want.extend(viterbi(&emit[..2 * l], 2, l, &trans, None));
        assert_eq!(out, want);
    }

    #[test]
    fn transitions_override_weak_emissions() {
        // Two labels; label 1 -> label 1 is strongly rewarded.
        let emit = [0.0, 1.0, 0.6, 0.5];
        let trans = [0.0, 0.0, -5.0, 2.0, 0.0, 0.0];
        assert_eq!(viterbi(&emit, 2, 2, &trans, None), vec![1, 1]);
        let no_trans = [0.0; 6];
        assert_eq!(viterbi(&emit, 2, 2, &no_trans, None), vec![1, 0]);
    }

    #[test]
    fn fast_path_matches_the_general_path() {
        let mut rng = crate::train::SplitMix::new(7);
        let mut r = || (rng.next_u64() % 1000) as f32 / 100.0 - 5.0;
        for l in 1..6 {
            let n = 9;
            let emit: Vec<f32> = (0..n * l).map(|_| r()).collect();
            let trans: Vec<f32> = (0..(l + 1) * l).map(|_| r()).collect();
            let always = |_: Option<u32>, _: u32| true;
            assert_eq!(
                viterbi(&emit, n, l, &trans, None),
                viterbi(&emit, n, l, &trans, Some(&always))
            );
        }
    }

    #[test]
    fn constraints_are_respected_and_never_empty() {
        let emit = [0.0, 1.0, 0.0, 1.0];
        let trans = [0.0; 6];
        let only_zero_first = |p: Option<u32>, y: u32| p.is_some() || y == 0;
        assert_eq!(
            viterbi(&emit, 2, 2, &trans, Some(&only_zero_first)),
            vec![0, 1]
        );
        let nothing = |_: Option<u32>, _: u32| false;
        assert_eq!(viterbi(&emit, 2, 2, &trans, Some(&nothing)).len(), 2);
        assert!(viterbi(&[], 0, 2, &trans, None).is_empty());
    }
}
