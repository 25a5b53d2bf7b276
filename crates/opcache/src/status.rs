//! `opcache_get_status()`'s data, with PHP's field names (see opcache-facts.md §1).

use std::sync::atomic::Ordering;

use crate::alloc;
use crate::hash::Table;
use crate::persist::record;
use crate::segment::Segment;

#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub opcache_enabled: bool,
    /// `opcache.file_cache`, when set.
    pub file_cache: Option<String>,
    /// Only the file cache is in use: the other fields are not reported.
    pub file_cache_only: bool,
    pub cache_full: bool,
    pub restart_pending: bool,
    pub restart_in_progress: bool,
    pub memory_usage: MemoryUsage,
    pub interned_strings_usage: InternedStringsUsage,
    pub opcache_statistics: Statistics,
    /// Only when `opcache.preload` ran.
    pub preload_statistics: Option<PreloadStatistics>,
    /// Only when asked for (`opcache_get_status(true)`), in table order.
    pub scripts: Vec<ScriptStatus>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MemoryUsage {
    pub used_memory: u64,
    pub free_memory: u64,
    pub wasted_memory: u64,
    pub current_wasted_percentage: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InternedStringsUsage {
    pub buffer_size: u64,
    pub used_memory: u64,
    pub free_memory: u64,
    pub number_of_strings: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Statistics {
    pub num_cached_scripts: u64,
    pub num_cached_keys: u64,
    pub max_cached_keys: u64,
    pub hits: u64,
    pub start_time: i64,
    pub last_restart_time: i64,
    pub oom_restarts: u64,
    pub hash_restarts: u64,
    pub manual_restarts: u64,
    pub misses: u64,
    pub blacklist_misses: u64,
    pub blacklist_miss_ratio: f64,
    pub opcache_hit_rate: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PreloadStatistics {
    pub memory_consumption: u64,
    pub functions: Vec<String>,
    pub classes: Vec<String>,
    pub scripts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScriptStatus {
    pub full_path: String,
    pub hits: u64,
    pub memory_consumption: u64,
    /// Unix time; the PHP layer formats `last_used` from it.
    pub last_used_timestamp: i64,
    /// The file's mtime when cached.
    pub timestamp: i64,
}

pub fn status(seg: &Segment, include_scripts: bool) -> Status {
    let h = seg.header();
    let load = |a: &std::sync::atomic::AtomicU64| a.load(Ordering::Relaxed);
    let flag = |a: &std::sync::atomic::AtomicU32| a.load(Ordering::Relaxed) != 0;
    let wasted = load(&h.wasted);
    let (hits, misses) = (load(&h.hits), load(&h.misses));
    let blacklisted = load(&h.blacklist_misses);
    let percent = |n: u64| {
        if hits + misses == 0 {
            0.0
        } else {
            n as f64 * 100.0 / (hits + misses) as f64
        }
    };
    let interned_used = crate::interned::used(seg);
    let scripts = if include_scripts {
        Table::new(seg)
            .scripts()
            .filter_map(|(key, off)| {
                let r = record(seg, off)?;
                Some(ScriptStatus {
                    full_path: String::from_utf8_lossy(key).into_owned(),
                    hits: r.hits.load(Ordering::Relaxed),
                    memory_consumption: r.size,
                    last_used_timestamp: r.last_used.load(Ordering::Relaxed),
                    timestamp: r.mtime,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    Status {
        opcache_enabled: true,
        file_cache: None,
        file_cache_only: false,
        preload_statistics: None,
        cache_full: flag(&h.cache_full),
        restart_pending: flag(&h.restart_pending),
        restart_in_progress: flag(&h.restart_in_progress),
        memory_usage: MemoryUsage {
            used_memory: alloc::used(h),
            free_memory: alloc::free(h),
            wasted_memory: wasted,
            current_wasted_percentage: wasted as f64 * 100.0 / h.size as f64,
        },
        interned_strings_usage: InternedStringsUsage {
            buffer_size: h.interned_size,
            used_memory: interned_used,
            free_memory: h.interned_size - interned_used,
            number_of_strings: load(&h.interned_count),
        },
        opcache_statistics: Statistics {
            num_cached_scripts: h.num_direct_entries.load(Ordering::Relaxed) as u64,
            num_cached_keys: h.num_entries.load(Ordering::Relaxed) as u64,
            max_cached_keys: h.table_slots as u64,
            hits,
            start_time: h.start_time.load(Ordering::Relaxed),
            last_restart_time: h.last_restart_time.load(Ordering::Relaxed),
            oom_restarts: load(&h.oom_restarts),
            hash_restarts: load(&h.hash_restarts),
            manual_restarts: load(&h.manual_restarts),
            // PHP's arithmetic: blacklisted compiles are misses too, shown apart
            // unless the cache is full.
            misses: if flag(&h.cache_full) {
                misses
            } else {
                misses.saturating_sub(blacklisted)
            },
            blacklist_misses: blacklisted,
            blacklist_miss_ratio: percent(blacklisted),
            opcache_hit_rate: percent(hits),
        },
        scripts,
    }
}
