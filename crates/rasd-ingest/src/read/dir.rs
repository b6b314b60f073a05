//! Directory walks: recursive, sorted, include / exclude globs, hidden entries skipped.

use super::{read_file, DocIter, Format, ReadOptions};
use crate::error::{ErrorKind, InputError};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Lists the files a directory walk reads, in sorted (deterministic) order.
///
/// A file is kept when it matches an include glob (or, with no include globs, has a
/// known extension: see [`Format::from_path`]) and no exclude glob. Globs match the
/// path relative to `root` (`**/*.txt`, `sub/*.jsonl`); excluded or hidden (`.`-prefixed)
/// directories are not entered. Unreadable entries are returned as errors in place.
pub fn list_files(
    root: &Path,
    opts: &ReadOptions,
) -> Result<Vec<Result<PathBuf, InputError>>, InputError> {
    let include = build(&opts.include, root)?;
    let exclude = build(&opts.exclude, root)?;
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0 || !(is_hidden(e.path()) || matches(&exclude, root, e.path()))
        });
    let mut out = Vec::new();
    for entry in walker {
        match entry {
            Err(e) => out.push(Err(walk_error(root, e))),
            Ok(e) if !e.file_type().is_file() => {}
            Ok(e) if wanted(&include, opts, root, e.path()) => out.push(Ok(e.into_path())),
            Ok(_) => {}
        }
    }
    Ok(out)
}

/// Reads every listed file of a directory in order.
pub(super) fn read_dir(root: &Path, opts: &ReadOptions) -> DocIter {
    let files = match list_files(root, opts) {
        Ok(f) => f,
        Err(e) => return Box::new(std::iter::once(Err(e))),
    };
    let opts = opts.clone();
    Box::new(files.into_iter().flat_map(move |f| -> DocIter {
        match f {
            Ok(path) => read_file(&path, &opts),
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    }))
}

fn wanted(include: &Option<GlobSet>, opts: &ReadOptions, root: &Path, path: &Path) -> bool {
    match include {
        Some(_) => matches(include, root, path),
        None => opts.format.is_some() || Format::from_path(path).is_some(),
    }
}

fn matches(set: &Option<GlobSet>, root: &Path, path: &Path) -> bool {
    let Some(set) = set else { return false };
    let rel = path.strip_prefix(root).unwrap_or(path);
    set.is_match(rel) || path.file_name().is_some_and(|n| set.is_match(n))
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Compiles globs; `None` when there are none.
fn build(globs: &[String], root: &Path) -> Result<Option<GlobSet>, InputError> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for g in globs {
        let glob = Glob::new(g).map_err(|e| {
            InputError::new(
                root.display().to_string(),
                ErrorKind::Io,
                format!("bad glob {g:?}: {e}; fix the --include / --exclude pattern"),
            )
        })?;
        b.add(glob);
    }
    b.build()
        .map(Some)
        .map_err(|e| InputError::new(root.display().to_string(), ErrorKind::Io, e.to_string()))
}

fn walk_error(root: &Path, e: walkdir::Error) -> InputError {
    let origin = e.path().unwrap_or(root).display().to_string();
    InputError::new(
        origin,
        ErrorKind::Io,
        format!("cannot walk: {e}; check permissions or exclude it with --exclude"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn tree() -> PathBuf {
        let root = std::env::temp_dir().join(format!("rasd-ingest-dir-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("b/sub")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        fs::write(root.join("z.txt"), "زاي").unwrap();
        fs::write(root.join("a.txt"), "ألف").unwrap();
        fs::write(
            root.join("b/sub/c.jsonl"),
            "{\"id\":\"c1\",\"text\":\"x\"}\n{\"id\":\"c2\",\"text\":\"y\"}\n",
        )
        .unwrap();
        fs::write(root.join("b/skip.pdf"), "%PDF").unwrap();
        fs::write(root.join("b/empty.txt"), "  ").unwrap();
        fs::write(root.join(".git/h.txt"), "hidden").unwrap();
        root
    }

    #[test]
    fn walks_sorted_with_globs() {
        let root = tree();
        let ids = |opts: &ReadOptions| -> Vec<String> {
            super::read_dir(&root, opts)
                .map(|d| {
                    d.map(|d| d.id)
                        .unwrap_or_else(|e| format!("ERR:{:?}", e.kind))
                })
                .collect()
        };
        assert_eq!(
            ids(&ReadOptions::default()),
            ["a", "ERR:Empty", "c1", "c2", "z"]
        );
        let excl = ReadOptions {
            exclude: vec!["b".into()],
            ..Default::default()
        };
        assert_eq!(ids(&excl), ["a", "z"]);
        let incl = ReadOptions {
            include: vec!["**/*.jsonl".into()],
            ..Default::default()
        };
        assert_eq!(ids(&incl), ["c1", "c2"]);
        let bad = ReadOptions {
            include: vec!["a[".into()],
            ..Default::default()
        };
        assert_eq!(ids(&bad), ["ERR:Io"]);
        let _ = fs::remove_dir_all(&root);
    }
}
