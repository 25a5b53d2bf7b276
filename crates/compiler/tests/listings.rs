//! Opcode listings of small programs, snapshot-tested with insta.
//!
//! Each `programs/NAME.php` was run through real PHP 8.2
//! (`php -d opcache.enable_cli=1 -d opcache.opt_debug_level=0x10000`), whose listing is
//! stored beside it as `NAME.expect` (file path replaced by `/t.php`). The test checks
//! that our listing is identical to PHP's, and snapshots it. `err_*` programs fail to
//! compile: their expectation is PHP's fatal error line.

use miniphp_compiler::{compile, dump, CompileOptions, FunctionInfo, Val};

/// The built-ins these programs use, as PHP knows them at compile time.
struct Builtins;

const INTERNAL: &[&str] = &[
    "strlen",
    "count",
    "sizeof",
    "is_null",
    "is_bool",
    "is_int",
    "is_float",
    "is_string",
    "is_array",
    "is_object",
    "is_scalar",
    "in_array",
    "func_get_args",
    "func_num_args",
    "var_dump",
    "array_push",
    "sprintf",
    "shell_exec",
    "intval",
    "boolval",
    "strval",
    "floatval",
    "chr",
    "ord",
    "defined",
    "gettype",
    "array_key_exists",
    "get_class",
    "explode",
    "array_map",
    "printf",
    "implode",
    "array_filter",
    "range",
    "call_user_func",
    "call_user_func_array",
];

impl FunctionInfo for Builtins {
    fn is_internal(&self, lc_name: &str) -> bool {
        INTERNAL.contains(&lc_name)
    }

    fn internal_arg_by_ref(&self, lc_name: &str, arg: u32) -> bool {
        lc_name == "array_push" && arg == 1
    }

    fn internal_arg_position(&self, lc_name: &str, name: &str) -> Option<u32> {
        match (lc_name, name) {
            ("count", "value") => Some(1),
            ("count", "mode") => Some(2),
            _ => None,
        }
    }

    fn persistent_constant(&self, name: &str) -> Option<Val> {
        Some(match name {
            "PHP_EOL" => Val::Str(b"\n".to_vec()),
            "E_ALL" => Val::Long(32767),
            "M_PI" => Val::Double(std::f64::consts::PI),
            "PHP_INT_MAX" => Val::Long(i64::MAX),
            _ => return None,
        })
    }
}

const PATH: &str = "/t.php";

fn listing(name: &str) -> (String, String) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/programs/");
    let src = std::fs::read(format!("{dir}{name}.php")).expect("program");
    let expect = std::fs::read_to_string(format!("{dir}{name}.expect")).expect("expectation");
    let mut file = miniphp_parser::parse(&src, Default::default()).expect("parses");
    // Zend ends `$_main` on the line where lexing stopped (EOF); the parser reports the
    // last token's line, which differs when the file ends with newlines.
    file.last_line = 1 + src.iter().filter(|c| **c == b'\n').count() as u32;
    let out = match compile(
        &file,
        PATH,
        CompileOptions {
            functions: Some(&Builtins),
        },
    ) {
        Ok(script) => dump(script.view()),
        Err(e) => format!(
            "PHP Fatal error:  {} in {PATH} on line {}\n",
            e.message, e.line
        ),
    };
    (out, expect)
}

macro_rules! programs {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            let (ours, php) = listing(stringify!($name));
            // MINIPHP_LISTING_OUT=dir keeps our listing beside PHP's, for diffing.
            if let Ok(dir) = std::env::var("MINIPHP_LISTING_OUT") {
                let _ = std::fs::write(format!("{dir}/{}.ours", stringify!($name)), &ours);
            }
            assert_eq!(ours.trim_end(), php.trim_end(), "listing differs from PHP's");
            insta::assert_snapshot!(ours.trim());
        }
    )*};
}

programs!(
    args_more,
    arrays,
    assign,
    assign_op,
    assign_ref,
    calls,
    casts,
    chained,
    closures,
    closures2,
    coalesce_assign,
    compare,
    consts,
    dims,
    dowhile,
    echo_print,
    err_break_ctx,
    err_break_levels,
    err_cont_zero,
    err_default_type,
    err_dim_read,
    err_dup_param,
    err_isset_expr,
    err_pos_after_named,
    err_redeclare,
    err_redeclare_internal,
    err_ret_missing,
    err_temp_write,
    err_this_assign,
    err_use_twice,
    err_void_ret,
    err_yield_main,
    folding,
    for_loop,
    foreach,
    foreach_more,
    foreach_return,
    functions,
    generators,
    globals,
    goto,
    heredoc_nowdoc,
    if_consts,
    if_else,
    incdec,
    include,
    interp,
    interp2,
    isset_empty,
    list,
    list_ref,
    logic,
    magic,
    match_expr,
    match_tmp,
    namespace,
    nested_decl,
    nested_loops,
    new_obj,
    ns_braces,
    numbers,
    ops_misc,
    realistic,
    recursion,
    return_types,
    shell,
    silence,
    special,
    strict_types,
    switch_more,
    switch_plain,
    switch_table,
    switch_tmp,
    ternary,
    this_fn,
    throw_exit,
    try_catch,
    try_return,
    unary,
    unset,
    varvar,
    while_loop,
    class_basic,
    class_enum,
    class_traits,
    class_anon,
    oo_expr,
    oo_static,
    oo_methods,
    oo_throw,
    ns_full,
    ns_braced,
    class_more,
    ns_more,
    consts_static,
    err_magic_args,
    err_magic_static,
    err_magic_ret,
    err_magic_argtype,
    err_extends_final,
    err_promote_null,
    err_nullsafe_ref,
    err_use_seen,
    err_iface_const,
    calls_user,
    err_cls_abstract_body,
    err_cls_abstract_method,
    err_cls_abstract_private,
    err_cls_abstract_prop,
    err_cls_callable_nullsafe,
    err_cls_case_in_class,
    err_cls_class_const_name,
    err_cls_class_on_expr,
    err_cls_const_invalid,
    err_cls_const_new,
    err_cls_duplicate,
    err_cls_enum_case_novalue,
    err_cls_enum_case_value,
    err_cls_enum_float,
    err_cls_enum_props,
    err_cls_extends_self,
    err_cls_final_abstract,
    err_cls_iface_body,
    err_cls_iface_final,
    err_cls_iface_private,
    err_cls_nested,
    err_cls_new_static_const,
    err_cls_no_body,
    err_cls_nullsafe_write,
    err_cls_parent_none,
    err_cls_private_final_const,
    err_cls_promote_abstract,
    err_cls_promote_outside,
    err_cls_promote_variadic,
    err_cls_prop_default,
    err_cls_prop_null,
    err_cls_prop_type,
    err_cls_readonly_default,
    err_cls_readonly_static,
    err_cls_readonly_untyped,
    err_cls_redecl_const,
    err_cls_redecl_method,
    err_cls_redecl_prop,
    err_cls_reserved_name,
    err_cls_self_outside,
    err_cls_static_const,
    err_cls_static_in_const,
    err_cls_this_assign,
    err_cls_this_static,
    err_cls_trait_in_iface,
    err_ns_class_conflict,
    err_ns_fq_self,
    err_ns_mixed,
    err_ns_nested,
    err_ns_not_first,
    err_ns_outside,
    err_ns_use_conflict,
);
