//! Quick throughput self-check (no criterion): lexes the given PHP files (or
//! a built-in sample) repeatedly in both modes and prints MB/s.
//! `cargo run --release -p miniphp-lexer --example throughput -- [FILES]`

use miniphp_lexer::{lex, LexOptions, Mode};
use std::time::Instant;

const SAMPLE: &str = r#"<?php
declare(strict_types=1);

namespace App\Http;

use App\Models\{User, Post};

/** A controller. */
final class UserController extends Controller implements \JsonSerializable
{
    private array $cache = [];

    public function __construct(private readonly Repository $repo, protected ?Logger $log = null) {}

    public function show(int $id, string ...$fields): ?array
    {
        // look the user up, then format it
        $user = $this->repo->find($id) ?? throw new NotFound("User $id not found");
        foreach ($fields as $i => $field) {
            if (!isset($this->cache[$field]) && $i % 2 === 0) {
                $this->cache[$field] = strtolower(trim($user->{$field})) . '-' . 0x1F;
            }
        }
        $html = <<<HTML
            <div class="user">{$user->name} ($id)</div>
            HTML;
        return match (true) {
            $id > 100 => ['id' => $id, 'html' => $html, 'ratio' => 1.5e3 / 7],
            default => null,
        };
    }
}
"#;

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let mut src = Vec::new();
    for f in &files {
        match std::fs::read(f) {
            Ok(bytes) => src.extend_from_slice(&bytes),
            Err(e) => eprintln!("{f}: {e}"),
        }
    }
    if src.is_empty() {
        src = SAMPLE.as_bytes().repeat(2000);
    }
    for mode in [Mode::Tokens, Mode::Parser] {
        let rounds = 20;
        let start = Instant::now();
        let mut tokens = 0;
        for _ in 0..rounds {
            tokens += lex(&src, LexOptions::default(), mode).tokens.len();
        }
        let secs = start.elapsed().as_secs_f64();
        let mb = (src.len() * rounds) as f64 / 1e6;
        println!(
            "{mode:?}: {:.1} MB/s, {:.1} M tokens/s ({} bytes, {} tokens per round)",
            mb / secs,
            tokens as f64 / secs / 1e6,
            src.len(),
            tokens / rounds
        );
    }
}
