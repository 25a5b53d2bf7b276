//! Running one command the way run-tests.php's `system_with_timeout` does:
//! stdin fed then closed, output collected, killed after a timeout.

use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Appended to the output of a killed process, as run-tests.php does.
pub const TIMEOUT_MARKER: &str = "\n ** ERROR: process timed out **\n";

/// Output kept of one test process: a script printing without end (a runaway loop)
/// filled the runner's memory until it aborted, losing every result.
const OUTPUT_LIMIT: u64 = 64 << 20;

/// Appended when a process printed more than [`OUTPUT_LIMIT`] bytes.
const OUTPUT_LIMIT_MARKER: &str = "\n ** ERROR: output past 64 MiB discarded **\n";

pub struct Spec<'a> {
    /// A `/bin/sh` command line (run-tests.php builds shell commands too).
    pub command: String,
    pub cwd: &'a Path,
    pub env: &'a [(String, String)],
    pub stdin: Option<&'a [u8]>,
    pub timeout: Duration,
}

/// Runs the command; stdout and stderr are read from one pipe when the
/// command line redirects `2>&1`. Returns the output (lossy UTF-8).
pub fn run(spec: &Spec) -> Result<String, String> {
    let mut child = Command::new("/bin/sh")
        .arg("-c")
        .arg(&spec.command)
        .current_dir(spec.cwd)
        .envs(spec.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        // Its own process group, so a timeout can kill whatever it started too.
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start /bin/sh: {e}"))?;

    // Feed stdin from a thread so a script that never reads cannot block us.
    let stdin_data = spec.stdin.map(|s| s.to_vec()).unwrap_or_default();
    let stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(mut pipe) = stdin {
            // A script that exits early closes the pipe: not an error for the test.
            let _ = pipe.write_all(&stdin_data);
        }
    });
    let stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = stdout {
            let _ = (&mut pipe).take(OUTPUT_LIMIT).read_to_end(&mut buf);
            // Past the limit the rest is drained unread, so the script is not blocked
            // on a full pipe; the test fails on the marker.
            if buf.len() as u64 == OUTPUT_LIMIT
                && std::io::copy(&mut pipe, &mut std::io::sink()).is_ok_and(|n| n > 0)
            {
                buf.extend_from_slice(OUTPUT_LIMIT_MARKER.as_bytes());
            }
        }
        buf
    });

    let timed_out = !wait_with_timeout(&mut child, spec.timeout)?;
    if timed_out {
        kill_group(&mut child);
    }
    let bytes = reader.join().unwrap_or_default();
    let _ = writer.join();
    let mut out = String::from_utf8_lossy(&bytes).into_owned();
    if timed_out {
        out.push_str(TIMEOUT_MARKER);
    }
    Ok(out)
}

/// True if the child exited within the timeout.
fn wait_with_timeout(child: &mut Child, timeout: Duration) -> Result<bool, String> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(_)) => return Ok(true),
            Ok(None) if start.elapsed() >= timeout => return Ok(false),
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => return Err(format!("waiting for the test process: {e}")),
        }
    }
}

/// Kills the test's whole process group (the interpreter and anything it
/// started, which could otherwise keep the output pipe open).
fn kill_group(child: &mut Child) {
    let group = format!("-{}", child.id());
    let killed = Command::new("kill")
        .args(["-KILL", "--", &group])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !killed {
        let _ = child.kill();
    }
    let _ = child.wait();
}

/// Quotes a word for `/bin/sh`.
pub fn sh_quote(s: &str) -> String {
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=:,+@%".contains(&b))
    {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(command: &str, stdin: Option<&'static [u8]>, timeout_ms: u64) -> String {
        run(&Spec {
            command: command.to_string(),
            cwd: Path::new("/"),
            env: &[("PHPT_X".into(), "42".into())],
            stdin,
            timeout: Duration::from_millis(timeout_ms),
        })
        .unwrap()
    }

    #[test]
    fn merges_streams_and_passes_env_and_stdin() {
        assert_eq!(spec("echo $PHPT_X; echo err >&2", None, 5000), "42\n");
        assert_eq!(
            spec("exec sh -c 'echo a; echo b >&2' 2>&1", None, 5000),
            "a\nb\n"
        );
        assert_eq!(spec("cat", Some(b"in put"), 5000), "in put");
    }

    #[test]
    fn times_out() {
        let start = Instant::now();
        let out = spec("exec sleep 5", None, 200);
        assert!(out.ends_with(TIMEOUT_MARKER));
        assert!(start.elapsed() < Duration::from_secs(4));
    }

    #[test]
    fn keeps_at_most_the_output_limit() {
        // Endless output: the limit is kept, the rest drained until the timeout.
        let out = spec("exec yes", None, 5000);
        assert!(out.ends_with(TIMEOUT_MARKER));
        let kept = out.len() - TIMEOUT_MARKER.len() - OUTPUT_LIMIT_MARKER.len();
        assert_eq!(kept as u64, OUTPUT_LIMIT);
        assert!(out[kept..].starts_with(OUTPUT_LIMIT_MARKER));
        // Exactly the limit is not past it.
        let exact = spec(&format!("head -c {OUTPUT_LIMIT} /dev/zero"), None, 5000);
        assert_eq!(exact.len() as u64, OUTPUT_LIMIT);
    }

    #[test]
    fn quotes_for_shell() {
        assert_eq!(sh_quote("a/b.php"), "a/b.php");
        assert_eq!(sh_quote("it's"), r"'it'\''s'");
        assert_eq!(sh_quote(""), "''");
        assert_eq!(
            spec(&format!("echo {}", sh_quote("$x 'y'")), None, 5000),
            "$x 'y'\n"
        );
    }
}
