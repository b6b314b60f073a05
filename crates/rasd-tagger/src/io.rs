//! Model file format (little-endian):
//! `"RTAG"`, version `u32`, label count `u32`, labels (`u32` length + UTF-8 each),
//! `(L+1)*L` transition `f32`, feature count `u32`, then per feature in ascending key order:
//! key `u64`, non-zero count `u16`, and that many (label `u16`, weight `f32`).

use crate::table::FeatureTable;
use crate::{Feature, Model, ModelError};

const MAGIC: &[u8; 4] = b"RTAG";
const VERSION: u32 = 1;

/// Serialises `m` deterministically.
pub(crate) fn write(m: &Model) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(m.labels.len() as u32).to_le_bytes());
    for l in &m.labels {
        out.extend_from_slice(&(l.len() as u32).to_le_bytes());
        out.extend_from_slice(l.as_bytes());
    }
    for t in &m.trans {
        out.extend_from_slice(&t.to_le_bytes());
    }
    out.extend_from_slice(&(m.table.len() as u32).to_le_bytes());
    for (k, row) in m.table.iter() {
        out.extend_from_slice(&k.to_le_bytes());
        let nz: Vec<(usize, f32)> = row
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, w)| *w != 0.0)
            .collect();
        out.extend_from_slice(&(nz.len() as u16).to_le_bytes());
        for (y, w) in nz {
            out.extend_from_slice(&(y as u16).to_le_bytes());
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).ok_or(ModelError::Truncated)?;
        let s = self.b.get(self.pos..end).ok_or(ModelError::Truncated)?;
        self.pos = end;
        Ok(s)
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(
            self.take(2)?.try_into().expect("2 bytes"),
        ))
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
    fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(
            self.take(8)?.try_into().expect("8 bytes"),
        ))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
}

/// Parses a model written by [`write`].
pub(crate) fn read(bytes: &[u8]) -> Result<Model, ModelError> {
    let mut r = Reader { b: bytes, pos: 0 };
    if r.take(4).map_err(|_| ModelError::BadMagic)? != MAGIC {
        return Err(ModelError::BadMagic);
    }
    let v = r.u32()?;
    if v != VERSION {
        return Err(ModelError::Version(v));
    }
    let l = r.u32()? as usize;
    if l == 0 || l > usize::from(u16::MAX) {
        return Err(ModelError::Corrupt("label count"));
    }
    let mut labels = Vec::with_capacity(l);
    for _ in 0..l {
        let n = r.u32()? as usize;
        let s =
            std::str::from_utf8(r.take(n)?).map_err(|_| ModelError::Corrupt("label not UTF-8"))?;
        labels.push(s.to_string());
    }
    let mut trans = Vec::with_capacity((l + 1) * l);
    for _ in 0..(l + 1) * l {
        trans.push(r.f32()?);
    }
    let nf = r.u32()? as usize;
    let mut rows: Vec<(Feature, Vec<f32>)> = Vec::with_capacity(nf.min(bytes.len() / 10));
    let mut last: Option<Feature> = None;
    for _ in 0..nf {
        let k = r.u64()?;
        if last.is_some_and(|p| p >= k) {
            return Err(ModelError::Corrupt("feature keys not ascending"));
        }
        last = Some(k);
        let mut row = vec![0.0f32; l];
        for _ in 0..r.u16()? {
            let y = usize::from(r.u16()?);
            *row.get_mut(y)
                .ok_or(ModelError::Corrupt("label id out of range"))? = r.f32()?;
        }
        rows.push((k, row));
    }
    if r.pos != bytes.len() {
        return Err(ModelError::Corrupt("trailing bytes"));
    }
    Ok(Model {
        labels,
        table: FeatureTable::new(l, rows),
        trans,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{feature_id, Example, TrainConfig};

    fn model() -> Model {
        let ex = Example {
            features: vec![vec![feature_id("a")], vec![feature_id("b")]],
            labels: vec![0, 1],
        };
        Model::train(vec!["X".into(), "Y".into()], &[ex], &TrainConfig::default())
    }

    #[test]
    fn bad_files_are_errors_not_panics() {
        let bytes = model().to_bytes();
        assert_eq!(read(b"nope"), Err(ModelError::BadMagic));
        assert_eq!(read(b""), Err(ModelError::BadMagic));
        for cut in 4..bytes.len() {
            assert!(read(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert_eq!(read(&extra), Err(ModelError::Corrupt("trailing bytes")));
        let mut v2 = bytes;
        v2[4] = 9;
        assert_eq!(read(&v2), Err(ModelError::Version(9)));
    }
}
