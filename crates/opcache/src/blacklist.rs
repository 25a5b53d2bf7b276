//! `opcache.blacklist_filename`: files never cached. As PHP reads it: one path per
//! line, `;` starts a comment line, surrounding quotes are dropped, relative paths
//! are relative to the blacklist file's directory; an entry matches every path it
//! is a prefix of, `?` is one character but `/`, `*` any run without `/`, `**`
//! any run at all.

use std::path::Path;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Blacklist {
    /// The entries as expanded (what `opcache_get_configuration()` lists).
    pub entries: Vec<String>,
}

impl Blacklist {
    /// The entries of `file`; a missing file gives an empty list and a log line,
    /// as PHP warns and carries on.
    pub fn load(file: &str) -> Blacklist {
        if file.is_empty() {
            return Blacklist::default();
        }
        let Ok(text) = std::fs::read_to_string(file) else {
            eprintln!("miniphp opcache: cannot load blacklist file: {file}");
            return Blacklist::default();
        };
        let dir = std::fs::canonicalize(file)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_default();
        let entries = text
            .lines()
            .map(|l| l.trim_matches('\r'))
            .map(|l| {
                l.strip_prefix('"')
                    .and_then(|l| l.strip_suffix('"'))
                    .unwrap_or(l)
            })
            .filter(|l| !l.is_empty() && !l.starts_with(';'))
            // As PHP's expand_filepath: no trailing slash.
            .map(|l| {
                let p = dir.join(l).to_string_lossy().into_owned();
                match p.strip_suffix('/') {
                    Some(trimmed) if !trimmed.is_empty() => trimmed.to_string(),
                    _ => p,
                }
            })
            .collect();
        Blacklist { entries }
    }

    pub fn matches(&self, path: &Path) -> bool {
        let path = path.as_os_str().as_encoded_bytes();
        self.entries
            .iter()
            .any(|e| prefix_match(e.as_bytes(), path))
    }
}

/// Whether `pattern` matches a prefix of `s`.
fn prefix_match(pattern: &[u8], s: &[u8]) -> bool {
    match pattern {
        [] => true,
        [b'*', b'*', rest @ ..] => (0..=s.len()).any(|i| prefix_match(rest, &s[i..])),
        [b'*', rest @ ..] => {
            let run = s.iter().take_while(|&&c| c != b'/').count();
            (0..=run).any(|i| prefix_match(rest, &s[i..]))
        }
        [b'?', rest @ ..] => {
            matches!(s.first(), Some(&c) if c != b'/') && prefix_match(rest, &s[1..])
        }
        [c, rest @ ..] => s.first() == Some(c) && prefix_match(rest, &s[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_as_php() {
        let b = Blacklist {
            entries: vec![
                "/www/lib".into(),
                "/www/x?.php".into(),
                "/www/*/tmp".into(),
                "/cache/**.php".into(),
            ],
        };
        let m = |p: &str| b.matches(Path::new(p));
        assert!(m("/www/lib.php") && m("/www/lib/a.php"), "a prefix");
        assert!(m("/www/x1.php") && !m("/www/x12.php"));
        assert!(m("/www/a/tmp/f.php") && !m("/www/a/b/tmp/f.php"));
        assert!(m("/cache/a/b/c.php"));
        assert!(!m("/other/lib.php"));
    }

    #[test]
    fn read_from_a_file() {
        let dir = std::env::temp_dir().join(format!("opcache-bl-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("bl.txt");
        std::fs::write(&file, "/abs/a.php\r\n; comment\n\n\"rel*\"\nsub/\n").unwrap();
        let b = Blacklist::load(&file.to_string_lossy());
        let dir = std::fs::canonicalize(&dir).unwrap();
        assert_eq!(
            b.entries,
            [
                "/abs/a.php".to_string(),
                dir.join("rel*").to_string_lossy().into_owned(),
                dir.join("sub").to_string_lossy().into_owned(),
            ]
        );
        assert_eq!(Blacklist::load("/nonexistent/bl.txt"), Blacklist::default());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
