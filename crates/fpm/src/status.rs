//! `pm.status_path` and `ping.path`: the pages php-fpm answers itself, in its field
//! names and formats (plain text, `?json`, `?xml`, `?html`, each with `&full`).

use std::sync::atomic::Ordering::Relaxed;

use crate::config::Pool;
use crate::log::clf_time;
use crate::scoreboard::Board;

const NO_CACHE: [&str; 2] = [
    "Expires: Thu, 01 Jan 1970 00:00:00 GMT",
    "Cache-Control: no-cache, no-store, must-revalidate, max-age=0",
];

/// A page: header lines and body.
pub struct Page {
    pub headers: Vec<String>,
    pub body: String,
}

/// The ping answer.
pub fn ping(pool: &Pool) -> Page {
    Page {
        headers: vec![
            "Content-type: text/plain;charset=UTF-8".into(),
            NO_CACHE[0].into(),
            NO_CACHE[1].into(),
        ],
        body: pool.ping_response.clone(),
    }
}

enum Value {
    Int(i64),
    Text(String),
    /// A time: unix seconds in json/xml, CLF text elsewhere.
    Time(i64),
    Cpu(f64),
}

type Fields = Vec<(&'static str, Value)>;

/// The listen socket's accept queue: (current, its length).
#[derive(Clone, Copy, Debug, Default)]
pub struct ListenQueue {
    pub current: u64,
    pub len: u64,
}

fn pool_fields(pool: &Pool, board: &Board, queue: ListenQueue, now: i64) -> Fields {
    let c = board.counters();
    let (idle, active) = board.idle_active();
    let started = c.started.load(Relaxed);
    let max_queue = c
        .max_listen_queue
        .fetch_max(queue.current, Relaxed)
        .max(queue.current);
    let n = |v: u64| Value::Int(v as i64);
    vec![
        ("pool", Value::Text(pool.name.clone())),
        ("process manager", Value::Text(pool.pm.name().into())),
        ("start time", Value::Time(started)),
        ("start since", Value::Int(now - started)),
        ("accepted conn", n(c.accepted.load(Relaxed))),
        ("listen queue", n(queue.current)),
        ("max listen queue", n(max_queue)),
        ("listen queue len", n(queue.len)),
        ("idle processes", n(idle as u64)),
        ("active processes", n(active as u64)),
        ("total processes", n((idle + active) as u64)),
        (
            "max active processes",
            n(c.max_active.load(Relaxed).max(active as u64)),
        ),
        (
            "max children reached",
            n(c.max_children_reached.load(Relaxed)),
        ),
        ("slow requests", n(c.slow_requests.load(Relaxed))),
    ]
}

fn process_fields(board: &Board, now: i64, now_us: u64) -> Vec<Fields> {
    let mut out = Vec::new();
    for s in board.slots() {
        let pid = s.pid.load(Relaxed);
        if pid == 0 {
            continue;
        }
        let state = s.state();
        let duration = if state.busy() {
            now_us.saturating_sub(s.request_start_us.load(Relaxed))
        } else {
            s.request_duration_us.load(Relaxed)
        };
        let started = s.started.load(Relaxed);
        let dash = |v: String| Value::Text(if v.is_empty() { "-".into() } else { v });
        out.push(vec![
            ("pid", Value::Int(pid as i64)),
            ("state", Value::Text(state.name().into())),
            ("start time", Value::Time(started)),
            ("start since", Value::Int(now - started)),
            ("requests", Value::Int(s.requests.load(Relaxed) as i64)),
            ("request duration", Value::Int(duration as i64)),
            ("request method", dash(s.method.get())),
            ("request URI", dash(s.uri.get())),
            (
                "content length",
                Value::Int(s.content_length.load(Relaxed) as i64),
            ),
            ("user", dash(s.user.get())),
            ("script", dash(s.script.get())),
            ("last request cpu", Value::Cpu(cpu_percent(s, state))),
            (
                "last request memory",
                // Known once the request ends: 0 while busy, as php-fpm shows it.
                Value::Int(if state.busy() {
                    0
                } else {
                    s.last_memory.load(Relaxed) as i64
                }),
            ),
        ]);
    }
    out
}

/// The last request's CPU time as a percentage of its duration (0 while busy,
/// as php-fpm shows it).
fn cpu_percent(s: &crate::scoreboard::Slot, state: crate::scoreboard::State) -> f64 {
    let duration = s.request_duration_us.load(Relaxed);
    if state.busy() || duration == 0 {
        return 0.0;
    }
    s.last_cpu_us.load(Relaxed) as f64 / duration as f64 * 100.0
}

fn text(v: &Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Text(s) => s.clone(),
        Value::Time(t) => clf_time(*t),
        Value::Cpu(c) => format!("{c:.2}"),
    }
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' => out.push_str("\\/"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_value(v: &Value) -> String {
    match v {
        Value::Int(i) | Value::Time(i) => i.to_string(),
        Value::Text(s) => json_str(s),
        Value::Cpu(c) => format!("{c:.2}"),
    }
}

fn json_obj(fields: &Fields, key_lower: bool) -> String {
    let parts: Vec<String> = fields
        .iter()
        .map(|(k, v)| {
            let k = if key_lower {
                k.to_lowercase()
            } else {
                k.to_string()
            };
            format!("{}:{}", json_str(&k), json_value(v))
        })
        .collect();
    format!("{{{}}}", parts.join(","))
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn xml_fields(fields: &Fields) -> String {
    fields
        .iter()
        .map(|(k, v)| {
            let tag = k.to_lowercase().replace(' ', "-");
            let v = match v {
                Value::Time(t) => t.to_string(),
                v => xml_escape(&text(v)),
            };
            format!("<{tag}>{v}</{tag}>\n")
        })
        .collect()
}

/// The status page for `query` (`json`, `xml`, `html`, `full`, combined with `&`).
pub fn render(pool: &Pool, board: &Board, queue: ListenQueue, query: &str) -> Page {
    let now_t = std::time::SystemTime::now();
    let now = crate::log::unix_secs(now_t);
    let now_us = now_t
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64);
    let words: Vec<&str> = query
        .split('&')
        .map(|w| w.split('=').next().unwrap_or(""))
        .collect();
    let has = |w: &str| words.contains(&w);
    let full = has("full");
    let fields = pool_fields(pool, board, queue, now);
    let procs = if full {
        process_fields(board, now, now_us)
    } else {
        Vec::new()
    };
    let mut headers: Vec<String> = NO_CACHE.iter().map(|s| s.to_string()).collect();
    let body = if has("json") {
        headers.push("Content-Type: application/json".into());
        let mut b = json_obj(&fields, false);
        if full {
            b.pop();
            let list: Vec<String> = procs.iter().map(|p| json_obj(p, true)).collect();
            b.push_str(&format!(", \"processes\":[{}]}}", list.join(",")));
        }
        b
    } else if has("xml") {
        headers.push("Content-type: text/xml;charset=UTF-8".into());
        let mut b = format!(
            "<?xml version=\"1.0\" ?>\n<status>\n{}",
            xml_fields(&fields)
        );
        if full {
            b.push_str("<processes>\n");
            for p in &procs {
                b.push_str(&format!("<process>\n{}</process>\n", xml_fields(p)));
            }
            b.push_str("</processes>\n");
        }
        b.push_str("</status>");
        b
    } else if has("html") {
        headers.push("Content-type: text/html;charset=UTF-8".into());
        let rows: String = fields
            .iter()
            .map(|(k, v)| format!("<tr><th>{k}</th><td>{}</td></tr>\n", xml_escape(&text(v))))
            .collect();
        format!(
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n\
             <html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n\
             <head><title>PHP-FPM Status Page</title></head>\n<body>\n<table>\n{rows}</table>\n</body></html>"
        )
    } else {
        headers.push("Content-type: text/plain;charset=UTF-8".into());
        let mut b: String = fields
            .iter()
            .map(|(k, v)| format!("{:<22}{}\n", format!("{k}:"), text(v)))
            .collect();
        for p in &procs {
            b.push_str("\n************************\n");
            for (k, v) in p {
                b.push_str(&format!("{:<22}{}\n", format!("{k}:"), text(v)));
            }
        }
        b
    };
    Page { headers, body }
}

/// The accept queue of a listening socket: its current length from
/// /proc/net/tcp{,6} (for a listener, rx_queue counts the connections waiting;
/// 0 for unix sockets) and its size, the backlog as the kernel caps it.
pub fn listen_queue(inode: Option<u64>, backlog: i32) -> ListenQueue {
    let somaxconn = std::fs::read_to_string("/proc/sys/net/core/somaxconn")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(4096);
    let len = if backlog < 0 {
        somaxconn
    } else {
        (backlog as u64).min(somaxconn)
    };
    let current = inode.and_then(queued).unwrap_or(0);
    ListenQueue { current, len }
}

fn queued(inode: u64) -> Option<u64> {
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
        for row in text.lines().skip(1) {
            let cols: Vec<&str> = row.split_whitespace().collect();
            if cols.len() > 9 && cols[9].parse::<u64>().ok() == Some(inode) && cols[3] == "0A" {
                let (_, rx) = cols[4].split_once(':')?;
                return u64::from_str_radix(rx, 16).ok();
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoreboard::State;

    fn setup() -> (Pool, Board) {
        let mut pool = Pool::new("www");
        pool.max_children = 2;
        let board = Board::new(2).unwrap();
        board.counters().started.store(1_795_248_024, Relaxed);
        board.counters().accepted.store(18, Relaxed);
        let s = board.slot(0).unwrap();
        s.pid.store(10443, Relaxed);
        s.started.store(1_795_248_035, Relaxed);
        s.requests.store(4, Relaxed);
        s.method.set(b"GET");
        s.uri.set(b"/status?json");
        s.request_duration_us.store(84, Relaxed);
        s.last_cpu_us.store(42, Relaxed);
        let s = board.slot(1).unwrap();
        s.pid.store(10431, Relaxed);
        s.set_state(State::Running);
        (pool, board)
    }

    #[test]
    fn plain_page_has_php_fpm_fields_and_alignment() {
        let (pool, board) = setup();
        let q = ListenQueue {
            current: 0,
            len: 4096,
        };
        let p = render(&pool, &board, q, "");
        assert_eq!(p.headers[2], "Content-type: text/plain;charset=UTF-8");
        let lines: Vec<&str> = p.body.lines().collect();
        assert_eq!(lines[0], "pool:                 www");
        assert_eq!(lines[1], "process manager:      static");
        assert_eq!(lines[2], "start time:           21/Nov/2026:08:00:24 +0000");
        assert_eq!(lines[4], "accepted conn:        18");
        assert_eq!(lines[7], "listen queue len:     4096");
        assert_eq!(lines[8], "idle processes:       1");
        assert_eq!(lines[9], "active processes:     1");
        assert_eq!(lines[10], "total processes:      2");
        assert_eq!(lines[11], "max active processes: 1");
        assert_eq!(lines[13], "slow requests:        0");
        assert_eq!(lines.len(), 14);
    }

    #[test]
    fn json_full_lists_processes() {
        let (pool, board) = setup();
        let p = render(&pool, &board, ListenQueue::default(), "json&full");
        assert_eq!(p.headers[2], "Content-Type: application/json");
        assert!(p.body.starts_with(
            "{\"pool\":\"www\",\"process manager\":\"static\",\"start time\":1795248024,"
        ));
        assert!(p.body.contains(
            ", \"processes\":[{\"pid\":10443,\"state\":\"Idle\",\"start time\":1795248035,"
        ));
        assert!(p.body.contains("\"request uri\":\"\\/status?json\""));
        assert!(p.body.contains("\"last request cpu\":50.00,"));
        assert!(p.body.ends_with("}]}"));
    }

    #[test]
    fn full_text_and_xml() {
        let (pool, board) = setup();
        let p = render(&pool, &board, ListenQueue::default(), "full");
        assert!(p.body.contains(
            "\n************************\npid:                  10443\nstate:                Idle\n"
        ));
        assert!(p.body.contains("request duration:     84\n"));
        assert!(p.body.contains("last request cpu:     50.00\n"));
        let x = render(&pool, &board, ListenQueue::default(), "xml");
        assert!(x.body.starts_with("<?xml version=\"1.0\" ?>\n<status>\n<pool>www</pool>\n<process-manager>static</process-manager>\n<start-time>1795248024</start-time>\n"));
        assert!(x
            .body
            .ends_with("<slow-requests>0</slow-requests>\n</status>"));
    }

    #[test]
    fn ping_headers_in_php_fpm_order() {
        let p = ping(&Pool::new("www"));
        assert_eq!(p.headers[0], "Content-type: text/plain;charset=UTF-8");
        assert_eq!(p.body, "pong");
    }

    #[test]
    fn listen_queue_of_a_real_listener() {
        use std::os::unix::fs::MetadataExt;
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let fd = std::os::fd::AsFd::as_fd(&l).try_clone_to_owned().unwrap();
        let inode = std::fs::File::from(fd).metadata().unwrap().ino();
        assert_eq!(queued(inode), Some(0));
        let _waiting = std::net::TcpStream::connect(l.local_addr().unwrap()).unwrap();
        assert_eq!(queued(inode), Some(1));
        assert_eq!(listen_queue(Some(inode), 7).len, 7);
    }
}
