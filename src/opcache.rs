//! The opcache as the CLI uses it: with `opcache.enable_cli=1` the cache lives in
//! this one process (as in php's CLI; with `opcache.file_cache` compiled images
//! also outlive it), `opcache.preload` runs first; otherwise the `opcache_*`
//! functions exist and answer as PHP's do when OPcache is disabled.

use std::path::Path;

use miniphp_opcache::{OpCache, Settings};
use miniphp_vm::{IniOverrides, Vm};

/// The settings the `-d` options give (last one wins); PHP's defaults otherwise.
pub fn settings(ini: &IniOverrides) -> Settings {
    Settings::from_ini(|name| {
        ini.settings
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    })
}

/// What to do to the VM before the script runs.
pub fn setup(ini: &IniOverrides) -> impl FnMut(&mut Vm) {
    let settings = settings(ini);
    let cache = if settings.enabled_for(true) {
        match OpCache::new(settings.clone()) {
            Ok(cache) => Some(cache),
            Err(e) => {
                eprintln!("PHP Fatal error:  Zend OPcache: {e}");
                None
            }
        }
    } else {
        None
    };
    if let Some(cache) = &cache {
        if !settings.preload.is_empty() {
            let mut vm = Vm::new(
                ini,
                Box::new(std::io::stdout()),
                Box::new(std::io::stderr()),
            );
            let path = std::path::absolute(&settings.preload)
                .unwrap_or_else(|_| Path::new(&settings.preload).to_path_buf());
            cache.preload(&mut vm, &path);
        }
    }
    move |vm: &mut Vm| match &cache {
        Some(cache) => cache.install(vm),
        None => miniphp_opcache::php::register(vm, settings.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_settings_from_defines() {
        let ini = crate::ini::overrides(
            false,
            &[
                "opcache.enable_cli=0".into(),
                "opcache.enable_cli=1".into(),
                "opcache.memory_consumption=32".into(),
            ],
        );
        let s = settings(&ini);
        assert!(s.enabled_for(true));
        assert_eq!(s.memory_consumption, 32 << 20);
        assert!(!settings(&IniOverrides::default()).enabled_for(true));
    }
}
