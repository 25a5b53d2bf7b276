//! Class, interface, trait and enum declarations (`zend_compile_class_decl` and the
//! member declarations it compiles), and the binding decision Zend makes for each class:
//! early-bound into the class table, or declared at run time by DECLARE_CLASS*.

use crate::compiler::{Compiler, UserFn, R};
use crate::emit::Node;
use crate::func::FnKind;
use crate::opcode::Opcode;
use crate::script::*;
use crate::val::Val;
use miniphp_parser::ast::{self, ClassKind, ClassMember, Expr, Modifiers, TraitAdaptation};

/// A method as the class being compiled knows it (for calls Zend resolves at compile time).
#[derive(Clone)]
pub struct MethodInfo {
    pub lc: String,
    pub flags: u32,
    pub sig: UserFn,
    /// Its op_array (where its parameter and return types are).
    pub op_array: u32,
}

/// The class being compiled (Zend's `CG(active_class_entry)`).
pub struct ClassCtx {
    pub name: String,
    pub parent: Option<String>,
    pub flags: u32,
    /// Constants declared so far, with their value when it is known at compile time.
    pub consts: Vec<(String, Option<Val>, u32)>,
    pub methods: Vec<MethodInfo>,
    pub prop_names: Vec<String>,
    /// op_arrays whose `class` is this class's index once it is known.
    pub members: Vec<u32>,
    pub method_slots: Vec<u32>,
    pub const_recs: Vec<ClassConst>,
    pub props: Vec<PropDecl>,
    pub interfaces: Vec<String>,
    pub traits: Vec<String>,
    pub rules: Vec<TraitRule>,
    pub implicit_abstract: bool,
}

/// A class bound at compile time (in Zend's `CG(class_table)` under its name).
pub struct BoundClass {
    pub name: String,
    pub flags: u32,
    pub methods: Vec<MethodInfo>,
    /// Typed properties (own and inherited): name and type.
    pub props: Vec<(StrRef, TypeDecl)>,
}

/// The checks of `zend_do_inheritance_ex` that early binding runs at compile time.
fn inheritance_check(c: &Compiler, cls: &ClassCtx, p: &BoundClass) -> R<()> {
    let pf = p.flags;
    if cls.flags & class_flags::INTERFACE != 0 {
        if pf & class_flags::INTERFACE == 0 {
            return c.err(format!(
                "Interface {} cannot extend class {}",
                cls.name, p.name
            ));
        }
    } else if pf & class_flags::FINAL != 0 {
        return c.err(format!(
            "Class {} cannot extend final class {}",
            cls.name, p.name
        ));
    } else if pf & (class_flags::INTERFACE | class_flags::TRAIT) != 0 {
        let what = if pf & class_flags::INTERFACE != 0 {
            "interface"
        } else {
            "trait"
        };
        return c.err(format!(
            "Class {} cannot extend {what} {}",
            cls.name, p.name
        ));
    }
    if (cls.flags ^ pf) & class_flags::READONLY != 0 {
        let (a, b) = if cls.flags & class_flags::READONLY != 0 {
            ("Readonly", "non-readonly")
        } else {
            ("Non-readonly", "readonly")
        };
        return c.err(format!(
            "{a} class {} cannot extend {b} class {}",
            cls.name, p.name
        ));
    }
    Ok(())
}

impl ClassCtx {
    pub fn is_trait(&self) -> bool {
        self.flags & class_flags::TRAIT != 0
    }

    pub fn method(&self, lc: &str) -> Option<&MethodInfo> {
        self.methods.iter().find(|m| m.lc == lc)
    }
}

/// `member` bits of a modifier list (`zend_add_member_modifier`), public by default.
pub fn member_flags(m: &Modifiers) -> u32 {
    let mut f = 0;
    if m.public {
        f |= member::PUBLIC;
    }
    if m.protected {
        f |= member::PROTECTED;
    }
    if m.private {
        f |= member::PRIVATE;
    }
    if f == 0 {
        f = member::PUBLIC;
    }
    if m.static_ {
        f |= member::STATIC;
    }
    if m.readonly {
        f |= member::READONLY;
    }
    if m.final_ {
        f |= member::FINAL;
    }
    if m.abstract_ {
        f |= member::ABSTRACT;
    }
    f
}

/// A type mask as `zend_type_to_string` spells the ones magic methods require.
fn magic_type_name(mask: u32) -> &'static str {
    match mask {
        TypeDecl::STRING => "string",
        TypeDecl::ARRAY => "array",
        TypeDecl::VOID => "void",
        TypeDecl::OBJECT => "object",
        m if m == TypeDecl::FALSE | TypeDecl::TRUE => "bool",
        _ => "?array",
    }
}

/// [`flags`] bits of a method with these [`member`] bits.
fn method_flags(m: u32) -> u32 {
    [
        (member::PUBLIC, flags::PUBLIC),
        (member::PROTECTED, flags::PROTECTED),
        (member::PRIVATE, flags::PRIVATE),
        (member::STATIC, flags::STATIC),
        (member::ABSTRACT, flags::ABSTRACT),
        (member::FINAL, flags::FINAL),
    ]
    .iter()
    .filter(|(b, _)| m & b != 0)
    .fold(0, |acc, (_, f)| acc | f)
}

/// The class-name prefix of an anonymous class: its parent, else its first interface.
fn anon_prefix(c: &Compiler, d: &ast::ClassDecl) -> String {
    match (&d.extends, d.implements.first()) {
        (Some(p), _) | (None, Some(p)) => c.scope.resolve_class(p),
        _ => "class".into(),
    }
}

impl Compiler<'_> {
    /// `zend_compile_class_decl`. Returns the VAR holding the class for an anonymous class.
    pub fn class_decl(&mut self, d: &ast::ClassDecl, toplevel: bool) -> R<Node> {
        self.line(d.span);
        let anon = d.name.is_none();
        let name = match &d.name {
            Some(n) => {
                if self.active_class.is_some() {
                    return self.err("Class declarations may not be nested");
                }
                self.assert_valid_class_name(&n.name)?;
                let name = self.scope.prefix(&n.name);
                if let Some(i) = self.scope.classes.get(&n.name.to_ascii_lowercase()) {
                    if !i.eq_ignore_ascii_case(&name) {
                        return self.err(format!(
                            "Cannot declare class {name} because the name is already in use"
                        ));
                    }
                }
                self.seen.insert((0, name.to_ascii_lowercase()));
                name
            }
            None => {
                let prefix = anon_prefix(self, d);
                let n = format!(
                    "{prefix}@anonymous\0{}:{}${:x}",
                    self.filename, d.span.line, self.rtd_counter
                );
                self.rtd_counter += 1;
                n
            }
        };
        if d.modifiers.abstract_ && d.modifiers.final_ {
            return self.err("Cannot use the final modifier on an abstract class");
        }
        let mut flags = match d.kind {
            ClassKind::Class => 0,
            ClassKind::Interface => class_flags::INTERFACE,
            ClassKind::Trait => class_flags::TRAIT,
            ClassKind::Enum => class_flags::ENUM | class_flags::FINAL,
        };
        if d.modifiers.abstract_ {
            flags |= class_flags::ABSTRACT;
        }
        if d.modifiers.final_ {
            flags |= class_flags::FINAL;
        }
        if d.modifiers.readonly {
            flags |= class_flags::READONLY;
        }
        if anon {
            flags |= class_flags::ANONYMOUS;
        }
        let parent = match &d.extends {
            Some(p) => Some(self.const_class_name_ref(p, "class name")?),
            None => None,
        };
        let mut interfaces = Vec::new();
        for i in &d.implements {
            interfaces.push(self.const_class_name_ref(i, "interface name")?);
        }
        let saved_active = self.active_class;
        self.class_stack.push(ClassCtx {
            name: name.clone(),
            parent: parent.clone(),
            flags,
            consts: Vec::new(),
            methods: Vec::new(),
            prop_names: Vec::new(),
            members: Vec::new(),
            method_slots: Vec::new(),
            const_recs: Vec::new(),
            props: Vec::new(),
            interfaces,
            traits: Vec::new(),
            rules: Vec::new(),
            implicit_abstract: false,
        });
        self.active_class = Some(self.class_stack.len() - 1);
        let mut backing = 0;
        if d.kind == ClassKind::Enum {
            if let Some(t) = &d.enum_backing {
                backing = self.enum_backing(t, &name)?;
            }
            self.enum_setup(backing);
        }
        let saved_line = self.cur_line();
        let r = self
            .attributes(&d.attributes, attr_target::CLASS, 0)
            .and_then(|attrs| self.members(d, &name).map(|()| attrs));
        self.active_class = saved_active;
        let Some(mut cls) = self.class_stack.pop() else {
            return self.err("class stack underflow");
        };
        let attributes = r?;
        flags |= self.allow_dynamic_properties(attributes, flags, &name)?;
        self.f().lineno = saved_line.max(d.span.line);
        self.line(d.span);
        if cls.implicit_abstract
            && flags
                & (class_flags::ABSTRACT
                    | class_flags::INTERFACE
                    | class_flags::TRAIT
                    | class_flags::ENUM)
                == 0
        {
            self.verify_abstract_class(&cls)?;
        }
        if cls.implicit_abstract && flags & class_flags::ENUM != 0 {
            self.verify_abstract_class(&cls)?;
        }
        // The class record.
        let index = self.s.classes.len() as u32;
        let nm = self.intern(name.as_bytes());
        let parent_ref = parent.as_ref().map(|p| self.intern(p.as_bytes()));
        let interfaces = self.name_range(&cls.interfaces);
        let traits = self.name_range(&cls.traits);
        let rules_start = self.s.trait_rules.len() as u32;
        self.s.trait_rules.append(&mut cls.rules);
        let consts_start = self.s.class_consts.len() as u32;
        self.s.class_consts.append(&mut cls.const_recs);
        let props_start = self.s.props.len() as u32;
        self.s.props.append(&mut cls.props);
        let methods_start = self.s.methods.len() as u32;
        self.s.methods.extend(cls.method_slots.iter().copied());
        let doc = d.doc_comment.as_ref().map(|c| self.intern(c.as_bytes()));
        self.s.classes.push(ClassDecl {
            name: nm,
            parent: parent_ref,
            interfaces,
            traits,
            trait_rules: Range {
                start: rules_start,
                len: self.s.trait_rules.len() as u32 - rules_start,
            },
            flags,
            constants: Range {
                start: consts_start,
                len: self.s.class_consts.len() as u32 - consts_start,
            },
            props: Range {
                start: props_start,
                len: self.s.props.len() as u32 - props_start,
            },
            methods: Range {
                start: methods_start,
                len: self.s.methods.len() as u32 - methods_start,
            },
            enum_backing: backing,
            line_start: d.span.line,
            line_end: d.end_line,
            doc_comment: doc,
            attributes,
        });
        for m in &cls.members {
            self.s.op_arrays[*m as usize].class = Some(index);
        }
        self.bind_class(cls, index, d, toplevel)
    }

    /// `zend_can_early_bind`'s question, answered by names: can the checks of `cls`'s
    /// methods and typed properties against its parent `p` run now? Types written alike
    /// need no class; otherwise every class they name must be bound already (or
    /// internal, or `cls` itself). A class that cannot be bound early is declared
    /// where it stands, when the classes its checks need may exist.
    fn variance_types_known(
        &self,
        cls: &ClassCtx,
        own_props: &[(StrRef, TypeDecl)],
        p: &BoundClass,
    ) -> bool {
        let mut pairs: Vec<(TypeDecl, TypeDecl)> = Vec::new();
        for m in &cls.methods {
            let Some(pm) = p.methods.iter().find(|x| x.lc == m.lc) else {
                continue;
            };
            let (a, b) = (
                &self.s.op_arrays[pm.op_array as usize],
                &self.s.op_arrays[m.op_array as usize],
            );
            let (ai, bi) = (
                &self.s.arg_infos[a.arg_infos.indices()],
                &self.s.arg_infos[b.arg_infos.indices()],
            );
            pairs.extend(ai.iter().zip(bi).map(|(x, y)| (x.ty, y.ty)));
            pairs.push((a.return_type, b.return_type));
        }
        for (name, ty) in own_props {
            if let Some(pp) = p.props.iter().find(|x| x.0 == *name) {
                pairs.push((pp.1, *ty));
            }
        }
        let names = |t: &TypeDecl| -> Vec<String> {
            self.s.type_names[t.class_names.indices()]
                .iter()
                .map(|r| {
                    let b = &self.s.strings[r.start as usize..(r.start + r.len) as usize];
                    String::from_utf8_lossy(b).to_ascii_lowercase()
                })
                .collect()
        };
        let known = |n: &str| {
            let n = n.trim_start_matches('\\');
            matches!(n, "self" | "parent" | "static")
                || n.eq_ignore_ascii_case(&cls.name)
                || self.bound_classes.contains_key(n)
                || self.info.is_some_and(|i| i.is_internal_class(n))
        };
        pairs.iter().all(|(a, b)| {
            let (an, bn) = (names(a), names(b));
            (a.mask == b.mask && an == bn)
                || an.iter().chain(&bn).flat_map(|n| n.split('&')).all(known)
        })
    }

    /// Early binding or a DECLARE_CLASS* opline (end of `zend_compile_class_decl`).
    fn bind_class(
        &mut self,
        cls: ClassCtx,
        index: u32,
        d: &ast::ClassDecl,
        toplevel: bool,
    ) -> R<Node> {
        let lc = cls.name.to_ascii_lowercase();
        let simple = cls.interfaces.is_empty() && cls.traits.is_empty();
        let anon = d.name.is_none();
        // Early binding inherits: the parent's methods are the child's too.
        let mut methods = cls.methods.clone();
        let own_props = self.s.classes[index as usize].props;
        let own: Vec<(StrRef, TypeDecl)> = self.s.props[own_props.indices()]
            .iter()
            .filter(|p| p.ty.is_declared())
            .map(|p| (p.name, p.ty))
            .collect();
        let mut props = own.clone();
        if let Some(p) = cls
            .parent
            .as_ref()
            .and_then(|p| self.bound_classes.get(&p.to_ascii_lowercase()))
        {
            for m in &p.methods {
                if !methods.iter().any(|x| x.lc == m.lc) {
                    methods.push(m.clone());
                }
            }
            for pp in &p.props {
                if !props.iter().any(|x| x.0 == pp.0) {
                    props.push(*pp);
                }
            }
        }
        let bound = BoundClass {
            methods,
            name: cls.name.clone(),
            flags: cls.flags,
            props,
        };
        if simple && toplevel && !anon {
            let free = !self.bound_classes.contains_key(&lc)
                && !self.info.is_some_and(|i| i.is_internal_class(&lc));
            let parent_bound = cls
                .parent
                .as_ref()
                .is_some_and(|p| self.bound_classes.contains_key(&p.to_ascii_lowercase()));
            let mut types_known = true;
            if let Some(p) = cls
                .parent
                .as_ref()
                .and_then(|p| self.bound_classes.get(&p.to_ascii_lowercase()))
            {
                inheritance_check(self, &cls, p)?;
                types_known = self.variance_types_known(&cls, &own, p);
            }
            if (cls.parent.is_none() || parent_bound) && free && types_known {
                self.bound_classes.insert(lc, bound);
                self.s.class_table.push(index);
                return Ok(Node::Unused);
            }
        }
        let parent_lc = cls.parent.as_ref().map_or(Node::Unused, |p| {
            Node::Const(Val::Str(p.to_ascii_lowercase().into_bytes()))
        });
        if anon {
            let (i, r) = self.emit_var(
                Opcode::DeclareAnonClass,
                Node::Const(Val::Str(lc.into_bytes())),
                parent_lc,
            );
            self.f().ops[i].extended_value = index;
            return Ok(r);
        }
        let key = format!(
            "\0{lc}{}:{}${:x}",
            self.filename, d.span.line, self.rtd_counter
        );
        self.rtd_counter += 1;
        let delayed = toplevel && simple && cls.parent.is_some();
        let i = self.emit(
            if delayed {
                Opcode::DeclareClassDelayed
            } else {
                Opcode::DeclareClass
            },
            Node::Const(Val::Str(lc.into_bytes())),
            parent_lc,
        );
        self.add_lit(Val::Str(key.into_bytes()));
        self.f().ops[i].extended_value = index;
        Ok(Node::Unused)
    }

    fn name_range(&mut self, names: &[String]) -> Range {
        let start = self.s.type_names.len() as u32;
        for n in names {
            let r = self.intern(n.as_bytes());
            self.s.type_names.push(r);
        }
        Range {
            start,
            len: names.len() as u32,
        }
    }

    /// `zend_assert_valid_class_name`
    fn assert_valid_class_name(&self, name: &str) -> R<()> {
        if is_reserved_class_name(name) {
            return self.err(format!(
                "Cannot use '{name}' as class name as it is reserved"
            ));
        }
        Ok(())
    }

    /// `zend_resolve_const_class_name_reference`
    pub fn const_class_name_ref(&self, n: &ast::Name, what: &str) -> R<String> {
        if n.kind != ast::NameKind::FullyQualified
            && matches!(
                n.parts.to_ascii_lowercase().as_str(),
                "self" | "parent" | "static"
            )
        {
            return self.err(format!(
                "Cannot use '{}' as {what}, as it is reserved",
                n.parts
            ));
        }
        Ok(self.scope.resolve_class(n))
    }

    fn enum_backing(&mut self, t: &ast::TypeHint, name: &str) -> R<u32> {
        let _ = name;
        match t {
            ast::TypeHint::Named(n) if n.parts.eq_ignore_ascii_case("int") => Ok(TypeDecl::LONG),
            ast::TypeHint::Named(n) if n.parts.eq_ignore_ascii_case("string") => {
                Ok(TypeDecl::STRING)
            }
            _ => self.err(format!(
                "Enum backing type must be int or string, {} given",
                crate::func::type_name(t)
            )),
        }
    }

    /// `zend_enum_add_interfaces` and `zend_enum_register_props`.
    fn enum_setup(&mut self, backing: u32) {
        let name = self.intern(b"name");
        let value = self.intern(b"value");
        let Some(c) = self.class_stack.last_mut() else {
            return;
        };
        c.interfaces.push("UnitEnum".into());
        let ro = member::PUBLIC | member::READONLY;
        c.props.push(PropDecl {
            name,
            default: None,
            ty: TypeDecl {
                mask: TypeDecl::DECLARED | TypeDecl::STRING,
                class_names: Range::default(),
            },
            flags: ro,
            doc_comment: None,
            attributes: Range::default(),
        });
        c.prop_names.push("name".into());
        if backing != 0 {
            c.interfaces.push("BackedEnum".into());
            c.props.push(PropDecl {
                name: value,
                default: None,
                ty: TypeDecl {
                    mask: TypeDecl::DECLARED | backing,
                    class_names: Range::default(),
                },
                flags: ro,
                doc_comment: None,
                attributes: Range::default(),
            });
            c.prop_names.push("value".into());
        }
    }

    /// The class whose body is being compiled (members are declared into it).
    fn cls(&mut self) -> &mut ClassCtx {
        let n = self.class_stack.len() - 1;
        &mut self.class_stack[n]
    }

    fn members(&mut self, d: &ast::ClassDecl, class_name: &str) -> R<()> {
        let kind = d.kind;
        for m in &d.members {
            match m {
                ClassMember::Property {
                    modifiers,
                    ty,
                    props,
                    doc_comment,
                    span,
                    attributes,
                } => {
                    self.line(*span);
                    let first = self.cls().props.len();
                    self.prop_decl(modifiers, ty.as_ref(), props, doc_comment.as_deref())?;
                    self.member_attributes(attributes, attr_target::PROPERTY, first)?;
                }
                ClassMember::Const {
                    modifiers,
                    consts,
                    span,
                    attributes,
                } => {
                    self.line(*span);
                    let first = self.cls().const_recs.len();
                    for c in consts {
                        self.class_const_decl(modifiers, c)?;
                    }
                    self.member_attributes(attributes, attr_target::CLASS_CONST, first)?;
                }
                ClassMember::EnumCase {
                    name,
                    value,
                    span,
                    attributes,
                } => {
                    self.line(*span);
                    let first = self.cls().const_recs.len();
                    self.enum_case(name, value.as_ref(), class_name)?;
                    self.member_attributes(attributes, attr_target::CLASS_CONST, first)?;
                }
                ClassMember::Method {
                    modifiers,
                    decl,
                    has_body,
                } => self.method_decl(modifiers, decl, *has_body)?,
                ClassMember::TraitUse {
                    traits,
                    adaptations,
                    span,
                } => {
                    self.line(*span);
                    self.use_trait(traits, adaptations)?
                }
            }
        }
        let _ = kind;
        Ok(())
    }

    /// The attributes of a property or constant declaration, given to each of the
    /// members it declared (from `first` on).
    fn member_attributes(
        &mut self,
        groups: &[ast::AttributeGroup],
        target: u32,
        first: usize,
    ) -> R<()> {
        let prop = target == attr_target::PROPERTY;
        let count = if prop {
            self.cls().props.len()
        } else {
            self.cls().const_recs.len()
        };
        for i in first..count {
            let attrs = self.attributes(groups, target, 0)?;
            let c = self.cls();
            if prop {
                c.props[i].attributes = attrs;
            } else {
                c.const_recs[i].attributes = attrs;
            }
        }
        Ok(())
    }

    /// `zend_compile_prop_decl`
    fn prop_decl(
        &mut self,
        m: &Modifiers,
        ty: Option<&ast::TypeHint>,
        props: &[ast::PropertyItem],
        doc: Option<&str>,
    ) -> R<()> {
        let cname = self.cls().name.clone();
        let cflags = self.cls().flags;
        if cflags & class_flags::INTERFACE != 0 {
            return self.err("Interfaces may not include properties");
        }
        if cflags & class_flags::ENUM != 0 {
            return self.err(format!("Enum {cname} cannot include properties"));
        }
        if m.abstract_ {
            return self.err("Properties cannot be declared abstract");
        }
        let mut flags = member_flags(m);
        if cflags & class_flags::READONLY != 0 {
            flags |= member::READONLY;
        }
        for p in props {
            let name = &p.name.name;
            if m.final_ {
                return self.err(format!("Cannot declare property {cname}::${name} final, the final modifier is allowed only for methods, classes, and class constants"));
            }
            let tdecl = match ty {
                Some(t) => {
                    let td = self.type_decl(t, false)?;
                    if td.mask & (TypeDecl::VOID | TypeDecl::NEVER | TypeDecl::CALLABLE) != 0 {
                        let tn = crate::func::type_name(t);
                        return self
                            .err(format!("Property {cname}::${name} cannot have type {tn}"));
                    }
                    td
                }
                None => TypeDecl::default(),
            };
            if self.cls().prop_names.iter().any(|n| n == name) {
                return self.err(format!("Cannot redeclare {cname}::${name}"));
            }
            if flags & member::READONLY != 0 {
                if ty.is_none() {
                    return self.err(format!("Readonly property {cname}::${name} must have type"));
                }
                if p.default.is_some() {
                    return self.err(format!(
                        "Readonly property {cname}::${name} cannot have default value"
                    ));
                }
                if flags & member::STATIC != 0 {
                    return self.err(format!(
                        "Static property {cname}::${name} cannot be readonly"
                    ));
                }
            }
            let default = match &p.default {
                Some(e) => {
                    let mut v = self.const_expr(e, false)?;
                    if let (Some(t), ConstValue::Val(val)) = (ty, &mut v) {
                        let intersection = matches!(t, ast::TypeHint::Intersection(_));
                        if *val == Val::Null && tdecl.mask & TypeDecl::NULL == 0 && !intersection {
                            let tn = crate::func::compiled_type_name(t);
                            let nullable = if tn.contains('|') {
                                format!("{tn}|null")
                            } else {
                                format!("?{tn}")
                            };
                            return self.err(format!("Default value for property of type {tn} may not be null. Use the nullable type {nullable} to allow null default value"));
                        }
                        if !crate::func::type_accepts(tdecl, val) {
                            let tn = crate::func::compiled_type_name(t);
                            return self.err(format!(
                                "Cannot use {} as default value for property {cname}::${name} of type {tn}",
                                crate::func::val_type_name(val)
                            ));
                        }
                        crate::func::coerce_default(tdecl, val);
                    }
                    Some(self.const_value_literal(v))
                }
                None => None,
            };
            let nm = self.intern(name.as_bytes());
            let doc = doc.map(|d| self.intern(d.as_bytes()));
            let c = self.cls();
            c.prop_names.push(name.clone());
            c.props.push(PropDecl {
                name: nm,
                default,
                ty: tdecl,
                flags,
                doc_comment: doc,
                attributes: Range::default(),
            });
        }
        Ok(())
    }

    /// `zend_compile_class_const_decl`
    fn class_const_decl(&mut self, m: &Modifiers, c: &ast::ConstDecl) -> R<()> {
        let cname = self.cls().name.clone();
        for (on, what) in [
            (m.static_, "static"),
            (m.abstract_, "abstract"),
            (m.readonly, "readonly"),
        ] {
            if on {
                return self.err(format!("Cannot use '{what}' as constant modifier"));
            }
        }
        let flags = member_flags(m);
        let name = &c.name.name;
        if m.private && m.final_ {
            return self.err(format!("Private constant {cname}::{name} cannot be final as it is not visible to other classes"));
        }
        if name.eq_ignore_ascii_case("class") {
            return self.err("A class constant must not be called 'class'; it is reserved for class name fetching");
        }
        if self.cls().flags & class_flags::INTERFACE != 0 && flags & member::PUBLIC == 0 {
            return self.err(format!(
                "Access type for interface constant {cname}::{name} must be public"
            ));
        }
        self.declare_class_const(name, &c.value, flags, &cname)
    }

    fn declare_class_const(&mut self, name: &str, value: &Expr, flags: u32, cname: &str) -> R<()> {
        if self.cls().consts.iter().any(|(n, _, _)| n == name) {
            return self.err(format!("Cannot redefine class constant {cname}::{name}"));
        }
        let v = self.const_expr(value, false)?;
        let known = match &v {
            ConstValue::Val(v) if flags & member::ENUM_CASE == 0 => Some(v.clone()),
            _ => None,
        };
        let lit = self.const_value_literal(v);
        let nm = self.intern(name.as_bytes());
        let c = self.cls();
        c.consts.push((name.to_string(), known, flags));
        c.const_recs.push(ClassConst {
            name: nm,
            value: lit,
            flags,
            doc_comment: None,
            attributes: Range::default(),
        });
        Ok(())
    }

    /// `zend_compile_enum_case`
    fn enum_case(&mut self, name: &ast::Ident, value: Option<&Expr>, cname: &str) -> R<()> {
        let cflags = self.cls().flags;
        if cflags & class_flags::ENUM == 0 {
            return self.err("Case can only be used in enums");
        }
        let backed = self.cls().interfaces.iter().any(|i| i == "BackedEnum");
        let flags = member::PUBLIC | member::ENUM_CASE;
        match value {
            Some(v) => {
                if !backed {
                    return self.err(format!(
                        "Case {} of non-backed enum {cname} must not have a value",
                        name.name
                    ));
                }
                self.declare_class_const(&name.name, v, flags, cname)
            }
            None => {
                if backed {
                    return self.err(format!(
                        "Case {} of backed enum {cname} must have a value",
                        name.name
                    ));
                }
                let null = Expr {
                    kind: ast::ExprKind::Const(ast::Name {
                        kind: ast::NameKind::FullyQualified,
                        parts: "null".into(),
                        span: name.span,
                    }),
                    span: name.span,
                };
                self.declare_class_const(&name.name, &null, flags, cname)
            }
        }
    }

    /// `zend_compile_use_trait`
    fn use_trait(&mut self, traits: &[ast::Name], adaptations: &[TraitAdaptation]) -> R<()> {
        let cflags = self.cls().flags;
        for t in traits {
            if cflags & class_flags::INTERFACE != 0 {
                let cname = self.cls().name.clone();
                return self.err(format!(
                    "Cannot use traits inside of interfaces. {} is used in {cname}",
                    t.parts
                ));
            }
            let n = self.const_class_name_ref(t, "trait name")?;
            self.cls().traits.push(n);
        }
        for a in adaptations {
            let rule = match a {
                TraitAdaptation::Insteadof {
                    trait_,
                    method,
                    instead_of,
                } => {
                    let t = self.const_class_name_ref(trait_, "trait name")?;
                    let mut names = Vec::new();
                    for i in instead_of {
                        names.push(self.const_class_name_ref(i, "trait name")?);
                    }
                    let trait_name = Some(self.intern(t.as_bytes()));
                    let method = self.intern(method.name.as_bytes());
                    let insteadof = self.name_range(&names);
                    TraitRule {
                        trait_name,
                        method,
                        insteadof,
                        alias: None,
                        flags: 0,
                    }
                }
                TraitAdaptation::Alias {
                    trait_,
                    method,
                    modifiers,
                    alias,
                } => {
                    for (on, what) in [
                        (modifiers.static_, "static"),
                        (modifiers.abstract_, "abstract"),
                        (modifiers.final_, "final"),
                        (modifiers.readonly, "readonly"),
                    ] {
                        if on {
                            return self.err(format!("Cannot use '{what}' as method modifier"));
                        }
                    }
                    let trait_name = match trait_ {
                        Some(t) => {
                            let t = self.const_class_name_ref(t, "trait name")?;
                            Some(self.intern(t.as_bytes()))
                        }
                        None => None,
                    };
                    let mut flags = 0;
                    if modifiers.public {
                        flags |= member::PUBLIC;
                    }
                    if modifiers.protected {
                        flags |= member::PROTECTED;
                    }
                    if modifiers.private {
                        flags |= member::PRIVATE;
                    }
                    let method = self.intern(method.name.as_bytes());
                    let alias = alias.as_ref().map(|a| self.intern(a.name.as_bytes()));
                    TraitRule {
                        trait_name,
                        method,
                        insteadof: Range::default(),
                        alias,
                        flags,
                    }
                }
            };
            self.cls().rules.push(rule);
        }
        Ok(())
    }

    /// A method (`zend_begin_method_decl` + `zend_compile_func_decl`).
    fn method_decl(&mut self, m: &Modifiers, d: &ast::FunctionDecl, has_body: bool) -> R<()> {
        self.line(d.span);
        let cname = self.cls().name.clone();
        let cflags = self.cls().flags;
        let in_interface = cflags & class_flags::INTERFACE != 0;
        let name = &d.name.name;
        if m.readonly {
            return self.err("Cannot use 'readonly' as method modifier");
        }
        if m.private && m.final_ && !name.eq_ignore_ascii_case("__construct") {
            // Reported on the line of `function` (where the name is), not the modifiers'.
            self.line(d.name.span);
            self.warn(
                crate::Severity::CompileWarning,
                "Private methods cannot be final as they are never overridden by other classes"
                    .into(),
            );
            self.line(d.span);
        }
        let mut flags = member_flags(m);
        if in_interface {
            if flags & member::PUBLIC == 0 {
                return self.err(format!(
                    "Access type for interface method {cname}::{name}() must be public"
                ));
            }
            if m.final_ {
                return self.err(format!(
                    "Interface method {cname}::{name}() must not be final"
                ));
            }
            if m.abstract_ {
                return self.err(format!(
                    "Interface method {cname}::{name}() must not be abstract"
                ));
            }
            flags |= member::ABSTRACT;
        }
        if m.abstract_ && m.final_ {
            return self.err("Cannot use the final modifier on an abstract class member");
        }
        let kind = if in_interface {
            "Interface"
        } else {
            "Abstract"
        };
        if flags & member::ABSTRACT != 0 {
            if flags & member::PRIVATE != 0 && cflags & class_flags::TRAIT == 0 {
                return self.err(format!(
                    "{kind} function {cname}::{name}() cannot be declared private"
                ));
            }
            if has_body {
                return self.err(format!(
                    "{kind} function {cname}::{name}() cannot contain body"
                ));
            }
            self.cls().implicit_abstract = true;
        } else if !has_body {
            return self.err(format!(
                "Non-abstract method {cname}::{name}() must contain body"
            ));
        }
        let lc = name.to_ascii_lowercase();
        if self.cls().method(&lc).is_some() {
            return self.err(format!("Cannot redeclare {cname}::{name}()"));
        }
        if lc == "__tostring" && cflags & class_flags::TRAIT == 0 {
            let c = self.cls();
            if !c
                .interfaces
                .iter()
                .any(|i| i.eq_ignore_ascii_case("Stringable"))
            {
                c.interfaces.push("Stringable".into());
            }
        }
        let oa_flags = method_flags(flags);
        let sig = UserFn {
            num_args: 0,
            last_var: 0,
            t: 0,
            first_line: d.span.line,
            params: d.params.iter().map(|p| p.name.name.clone()).collect(),
            by_ref: d
                .params
                .iter()
                .filter(|p| !p.variadic)
                .map(|p| p.by_ref)
                .collect(),
            variadic_by_ref: d.params.iter().find(|p| p.variadic).map(|p| p.by_ref),
            finalized: true,
        };
        let slot = self.reserve_op_array();
        self.cls().methods.push(MethodInfo {
            lc: lc.clone(),
            flags,
            sig,
            op_array: slot,
        });
        {
            let c = self.cls();
            c.members.push(slot);
            c.method_slots.push(slot);
        }
        // `__toString()` is declared `: string` when it declares nothing.
        let string_type = ast::TypeHint::Named(ast::Name {
            kind: ast::NameKind::Unqualified,
            parts: "string".into(),
            span: d.span,
        });
        let ret = match (&d.return_type, lc.as_str()) {
            (None, "__tostring") => Some(&string_type),
            (r, _) => r.as_ref(),
        };
        let body = crate::func::Body {
            params: &d.params,
            ret,
            by_ref: d.by_ref_return,
            stmts: if has_body { Some(&d.body) } else { None },
            expr: None,
        };
        let is_static = m.static_;
        let attributes = self.attributes(&d.attributes, attr_target::METHOD, 0)?;
        self.compile_body(
            slot,
            name,
            body,
            FnKind::Method {
                is_static,
                is_public: !(m.private || m.protected),
            },
            &[],
            d.span.line,
            d.end_line,
        )?;
        let oa = &mut self.s.op_arrays[slot as usize];
        oa.attributes = attributes;
        oa.flags |= oa_flags;
        if is_static {
            oa.flags |= flags::STATIC;
        }
        if let Some(dc) = &d.doc_comment {
            let r = self.intern(dc.as_bytes());
            self.s.op_arrays[slot as usize].doc_comment = Some(r);
        }
        Ok(())
    }

    /// `zend_check_magic_method_implementation`
    pub fn check_magic_method(
        &mut self,
        name: &str,
        params: &[ast::Param],
        oa: &OpArray,
        is_static: bool,
        is_public: bool,
    ) -> R<()> {
        let lc = name.to_ascii_lowercase();
        if !lc.starts_with("__") {
            return Ok(());
        }
        let cname = self.active().map_or(String::new(), |c| c.name.clone());
        // (args, static: Some(required), arg types, return type, no return type allowed)
        let (args, must_static, arg_types, ret): (Option<u32>, Option<bool>, &[u32], u32) =
            match lc.as_str() {
                "__construct" => (None, Some(false), &[], 0),
                "__destruct" => (Some(0), Some(false), &[], 0),
                "__clone" => (Some(0), Some(false), &[], TypeDecl::VOID),
                "__get" => (Some(1), Some(false), &[TypeDecl::STRING], 0),
                "__set" => (Some(2), Some(false), &[TypeDecl::STRING], TypeDecl::VOID),
                "__unset" => (Some(1), Some(false), &[TypeDecl::STRING], TypeDecl::VOID),
                "__isset" => (
                    Some(1),
                    Some(false),
                    &[TypeDecl::STRING],
                    TypeDecl::FALSE | TypeDecl::TRUE,
                ),
                "__call" => (
                    Some(2),
                    Some(false),
                    &[TypeDecl::STRING, TypeDecl::ARRAY],
                    0,
                ),
                "__callstatic" => (Some(2), Some(true), &[TypeDecl::STRING, TypeDecl::ARRAY], 0),
                "__tostring" => (Some(0), Some(false), &[], TypeDecl::STRING),
                "__debuginfo" => (Some(0), Some(false), &[], TypeDecl::ARRAY | TypeDecl::NULL),
                "__serialize" | "__sleep" => (Some(0), Some(false), &[], TypeDecl::ARRAY),
                "__unserialize" => (Some(1), Some(false), &[TypeDecl::ARRAY], TypeDecl::VOID),
                "__set_state" => (Some(1), Some(true), &[TypeDecl::ARRAY], TypeDecl::OBJECT),
                "__invoke" => (None, Some(false), &[], 0),
                "__wakeup" => (Some(0), Some(false), &[], TypeDecl::VOID),
                _ => return Ok(()),
            };
        let num_args = params.iter().filter(|p| !p.variadic).count() as u32;
        if let Some(n) = args {
            if num_args != n {
                return self.err(match n {
                    0 => format!("Method {cname}::{name}() cannot take arguments"),
                    1 => format!("Method {cname}::{name}() must take exactly 1 argument"),
                    _ => format!("Method {cname}::{name}() must take exactly {n} arguments"),
                });
            }
            if params.iter().take(n as usize).any(|p| p.by_ref) {
                return self.err(format!(
                    "Method {cname}::{name}() cannot take arguments by reference"
                ));
            }
        }
        match must_static {
            Some(false) if is_static => {
                return self.err(format!("Method {cname}::{name}() cannot be static"))
            }
            Some(true) if !is_static => {
                return self.err(format!("Method {cname}::{name}() must be static"))
            }
            _ => {}
        }
        // zend_check_magic_method_public: a warning only, for all but the constructor,
        // destructor and __clone.
        if !is_public && !matches!(lc.as_str(), "__construct" | "__destruct" | "__clone") {
            let message = format!("The magic method {cname}::{name}() must have public visibility");
            self.warn(crate::Severity::Warning, message);
        }
        let infos = &self.s.arg_infos[oa.arg_infos.indices()];
        for (i, want) in arg_types.iter().enumerate() {
            let Some(info) = infos.get(i) else { break };
            let ty = info.ty;
            let accepts = ty.mask & (want | TypeDecl::MIXED) != 0
                || (*want == TypeDecl::ARRAY && ty.mask & TypeDecl::ITERABLE != 0);
            if ty.is_declared() && !accepts {
                let pname = &params[i].name.name;
                return self.err(format!(
                    "{cname}::{name}(): Parameter #{} (${pname}) must be of type {} when declared",
                    i + 1,
                    magic_type_name(*want)
                ));
            }
        }
        let has_ret = oa.flags & flags::HAS_RETURN_TYPE != 0;
        if matches!(lc.as_str(), "__construct" | "__destruct") && has_ret {
            return self.err(format!(
                "Method {cname}::{name}() cannot declare a return type"
            ));
        }
        if ret != 0 && has_ret && oa.return_type.mask & TypeDecl::NEVER == 0 {
            let t = oa.return_type;
            let mut complex = t.class_names.len > 0 || t.mask & TypeDecl::ITERABLE != 0;
            let mut extra = t.mask & !(ret | TypeDecl::DECLARED | TypeDecl::ITERABLE);
            if t.mask & TypeDecl::ITERABLE != 0 && ret & TypeDecl::ARRAY == 0 {
                extra |= TypeDecl::ARRAY;
            }
            if extra & TypeDecl::STATIC != 0 {
                extra &= !TypeDecl::STATIC;
                complex = true;
            }
            if extra != 0 || (complex && ret != TypeDecl::OBJECT) {
                return self.err(format!(
                    "{cname}::{name}(): Return type must be {} when declared",
                    magic_type_name(ret)
                ));
            }
        }
        Ok(())
    }

    /// `zend_verify_abstract_class`
    fn verify_abstract_class(&self, c: &ClassCtx) -> R<()> {
        let abstract_methods: Vec<&MethodInfo> = c
            .methods
            .iter()
            .filter(|m| m.flags & member::ABSTRACT != 0)
            .collect();
        if abstract_methods.is_empty() {
            return Ok(());
        }
        let n = abstract_methods.len();
        let names: Vec<String> = abstract_methods
            .iter()
            .take(3)
            .map(|m| format!("{}::{}", c.name, self.method_display_name(c, &m.lc)))
            .collect();
        let kind = if c.flags & class_flags::ENUM != 0 {
            "Enum"
        } else {
            "Class"
        };
        let what = if c.flags & class_flags::ENUM != 0 {
            "must implement"
        } else {
            "must therefore be declared abstract or implement"
        };
        let dots = if n > 3 { ", ..." } else { "" };
        self.err(format!(
            "{kind} {} contains {n} abstract method{} and {what} the remaining methods ({}{dots})",
            c.name,
            if n == 1 { "" } else { "s" },
            names.join(", ")
        ))
    }

    fn method_display_name(&self, c: &ClassCtx, lc: &str) -> String {
        for slot in &c.method_slots {
            let oa = &self.s.op_arrays[*slot as usize];
            let n = &self.s.strings[oa.name.start as usize..(oa.name.start + oa.name.len) as usize];
            if n.eq_ignore_ascii_case(lc.as_bytes()) {
                return String::from_utf8_lossy(n).into_owned();
            }
        }
        lc.to_string()
    }

    /// A constant expression's value (`zend_const_expr_to_zval`): a value when it folds
    /// at compile time, else a small op_array that computes it.
    pub fn const_expr(&mut self, e: &Expr, allow_new: bool) -> R<ConstValue> {
        crate::constexpr::check(self, e, allow_new)?;
        if let Some(v) = self.ct_eval(e) {
            return Ok(ConstValue::Val(v));
        }
        let slot = self.reserve_op_array();
        let class = self.active_class;
        let ctx = crate::emit::FuncCtx {
            lineno: e.span.line,
            const_expr: true,
            is_function: self.f().is_function,
            ..crate::emit::FuncCtx::default()
        };
        self.push_func(ctx);
        let n = self.expr(e)?;
        self.emit(Opcode::Return, n, Node::Unused);
        let oa = OpArray {
            flags: flags::CONST_EXPR,
            line_start: e.span.line,
            line_end: e.span.line,
            ..OpArray::default()
        };
        self.finish_op_array(slot, oa)?;
        if let Some(c) = class {
            self.class_stack[c].members.push(slot);
        }
        Ok(ConstValue::Expr(slot))
    }

    /// The absolute literal index of a constant value.
    pub fn const_value_literal(&mut self, v: ConstValue) -> u32 {
        match v {
            ConstValue::Val(v) => self.static_default(v),
            ConstValue::Expr(slot) => {
                self.s.literals.push(Literal::ConstExpr(slot));
                self.s.literals.len() as u32 - 1
            }
        }
    }
}

/// A constant expression, compiled.
pub enum ConstValue {
    Val(Val),
    /// An op_array index (see `Literal::ConstExpr`).
    Expr(u32),
}

/// `zend_is_reserved_class_name`: builtin type names and self/parent/static.
pub(crate) fn is_reserved_class_name(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "bool"
            | "false"
            | "float"
            | "int"
            | "null"
            | "parent"
            | "self"
            | "static"
            | "string"
            | "true"
            | "void"
            | "never"
            | "iterable"
            | "object"
            | "mixed"
    )
}

#[cfg(test)]
mod tests {
    //! The class tables a listing does not show (PHP keeps them as ASTs and hashes).
    use crate::script::*;
    use crate::{compile, CompileOptions};

    fn script(src: &str) -> Script {
        let file = miniphp_parser::parse(src.as_bytes(), Default::default()).expect("parses");
        compile(&file, "/t.php", CompileOptions::default()).expect("compiles")
    }

    fn s(sc: &Script, r: StrRef) -> &str {
        std::str::from_utf8(&sc.strings[r.start as usize..(r.start + r.len) as usize]).unwrap()
    }

    #[test]
    fn early_binding_follows_zend() {
        let sc = script(
            "<?php class A {} class B extends A {} class C extends X {} interface I {}\n\
             class D implements I {} if (1) { class E {} } $o = new class {};",
        );
        let names: Vec<&str> = sc.classes.iter().map(|c| s(&sc, c.name)).collect();
        assert_eq!(&names[..6], ["A", "B", "C", "I", "D", "E"]);
        assert!(names[6].starts_with("class@anonymous\0/t.php:2$"));
        // A, B (parent bound), I are bound at compile time; C waits for X (DELAYED).
        assert_eq!(sc.class_table, vec![0, 1, 3]);
        let main = &sc.ops[sc.op_arrays[0].ops.indices()];
        let decls: Vec<(crate::Opcode, u32)> = main
            .iter()
            .filter(|o| {
                matches!(
                    o.opcode,
                    crate::Opcode::DeclareClass
                        | crate::Opcode::DeclareClassDelayed
                        | crate::Opcode::DeclareAnonClass
                )
            })
            .map(|o| (o.opcode, o.extended_value))
            .collect();
        use crate::Opcode::*;
        assert_eq!(
            decls,
            vec![
                (DeclareClassDelayed, 2),
                (DeclareClass, 4),
                (DeclareClass, 5),
                (DeclareAnonClass, 6)
            ]
        );
        assert_eq!(sc.classes[3].flags, class_flags::INTERFACE);
        assert_eq!(
            s(&sc, sc.type_names[sc.classes[4].interfaces.start as usize]),
            "I"
        );
    }

    #[test]
    fn members_constants_and_initializers() {
        let sc = script(
            "<?php abstract class A extends P {\n const X = 2, Y = self::X * 3;\n\
             final protected const Z = FOO;\n public static $s = [1];\n private ?int $p;\n\
             public $q = new_ok;\n abstract protected function f();\n\
             final public static function g($a = self::X, $b = PHP_EOL) {}\n\
             function __construct(public readonly int $id) {} }",
        );
        let c = &sc.classes[0];
        assert_eq!(c.flags, class_flags::ABSTRACT);
        assert_eq!(s(&sc, c.parent.unwrap()), "P");
        let consts = &sc.class_consts[c.constants.indices()];
        assert_eq!(sc.literals[consts[0].value as usize], Literal::Long(2));
        // self::X folds at compile time, as Zend's zend_eval_const_expr does.
        assert_eq!(sc.literals[consts[1].value as usize], Literal::Long(6));
        assert_eq!(consts[2].flags, member::PROTECTED | member::FINAL);
        let Literal::ConstExpr(z) = sc.literals[consts[2].value as usize] else {
            panic!("FOO is only known at run time");
        };
        let zo = &sc.op_arrays[z as usize];
        assert_eq!(zo.flags, flags::CONST_EXPR);
        assert_eq!(zo.class, Some(0));
        let ops: Vec<crate::Opcode> = sc.ops[zo.ops.indices()].iter().map(|o| o.opcode).collect();
        assert_eq!(ops, [crate::Opcode::FetchConstant, crate::Opcode::Return]);
        let props = &sc.props[c.props.indices()];
        let pnames: Vec<&str> = props.iter().map(|p| s(&sc, p.name)).collect();
        assert_eq!(pnames, ["s", "p", "q", "id"]);
        assert_eq!(props[0].flags, member::PUBLIC | member::STATIC);
        assert_eq!(props[1].default, None);
        assert!(props[1].ty.mask & TypeDecl::NULL != 0);
        assert_eq!(
            props[3].flags,
            member::PUBLIC | member::READONLY | member::PROMOTED
        );
        let methods = &sc.methods[c.methods.indices()];
        let f = &sc.op_arrays[methods[0] as usize];
        assert_eq!(
            f.flags & (flags::PROTECTED | flags::ABSTRACT),
            flags::PROTECTED | flags::ABSTRACT
        );
        let g = &sc.op_arrays[methods[1] as usize];
        assert_eq!(
            g.flags & (flags::PUBLIC | flags::STATIC | flags::FINAL),
            flags::PUBLIC | flags::STATIC | flags::FINAL
        );
        assert_eq!(g.class, Some(0));
        // Parameter defaults keep constants as expressions (no substitution, as Zend).
        let recvs: Vec<Literal> = sc.ops[g.ops.indices()]
            .iter()
            .filter(|o| o.opcode == crate::Opcode::RecvInit)
            .map(|o| sc.literals[(g.literals.start + o.op2.value) as usize])
            .collect();
        assert!(recvs.iter().all(|l| matches!(l, Literal::ConstExpr(_))));
    }

    #[test]
    fn enums_traits_and_rules() {
        let sc = script(
            "<?php enum E: string implements J { case A = 'a'; case B = 'b'; const C = self::A; }\n\
             trait T { function m() {} } class U { use T { m as protected n; T::m insteadof V; } }",
        );
        let e = &sc.classes[0];
        assert_eq!(e.flags, class_flags::ENUM | class_flags::FINAL);
        assert_eq!(e.enum_backing, TypeDecl::STRING);
        let ifaces: Vec<&str> = sc.type_names[e.interfaces.indices()]
            .iter()
            .map(|r| s(&sc, *r))
            .collect();
        assert_eq!(ifaces, ["J", "UnitEnum", "BackedEnum"]);
        let consts = &sc.class_consts[e.constants.indices()];
        assert_eq!(consts[0].flags, member::PUBLIC | member::ENUM_CASE);
        assert!(
            matches!(sc.literals[consts[0].value as usize], Literal::String(r) if s(&sc, r) == "a")
        );
        assert!(matches!(
            sc.literals[consts[2].value as usize],
            Literal::ConstExpr(_)
        ));
        let u = &sc.classes[2];
        assert_eq!(s(&sc, sc.type_names[u.traits.start as usize]), "T");
        let rules = &sc.trait_rules[u.trait_rules.indices()];
        assert_eq!(rules[0].trait_name, None);
        assert_eq!(s(&sc, rules[0].alias.unwrap()), "n");
        assert_eq!(rules[0].flags, member::PROTECTED);
        assert_eq!(s(&sc, rules[1].trait_name.unwrap()), "T");
        assert_eq!(rules[1].insteadof.len, 1);
    }
}
