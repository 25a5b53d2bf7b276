//! Declarations: functions, parameters, types, classes and their members. Modifiers are
//! checked (`Ctx::checked_modifiers`) when the whole declaration has been read, as the
//! grammar's actions run at its reduction.

use miniphp_lexer::TokenKind as K;

use super::{is_identifier, is_name, Decline, Parser, R};
use crate::ast::*;
use crate::ctx::{class_decl, method, modifiers, property};

fn is_member_modifier(kind: K) -> bool {
    matches!(
        kind,
        K::Public | K::Protected | K::Private | K::Static | K::Abstract | K::Final | K::Readonly
    )
}

impl Parser<'_, '_> {
    /// `function &name(params): T { body }`
    pub(super) fn function_decl(&mut self) -> R<FunctionDecl> {
        let l = self.bump();
        let by_ref_return = self.returns_ref();
        let n = self.bump();
        let params = self.params()?;
        let return_type = self.return_type()?;
        let body = self.block_body()?;
        Ok(FunctionDecl {
            name: self.p.ident(n),
            params,
            by_ref_return,
            return_type,
            body,
            attributes: Vec::new(),
            doc_comment: self.p.doc(l),
            span: self.p.span(l),
            end_line: self.p.end_line(self.pos),
        })
    }

    /// `( params )` with an optional trailing comma.
    pub(super) fn params(&mut self) -> R<Vec<Param>> {
        self.expect(K::LParen)?;
        let mut params = Vec::new();
        while self.peek() != K::RParen {
            params.push(self.param()?);
            if !self.eat(K::Comma) {
                break;
            }
        }
        self.expect(K::RParen)?;
        Ok(params)
    }

    fn param(&mut self) -> R<Param> {
        let l = self.pos;
        let attributes = self.attributes()?;
        let ml = self.pos;
        let mut mods = Vec::new();
        while matches!(
            self.peek(),
            K::Public | K::Protected | K::Private | K::Readonly
        ) {
            mods.push(self.peek());
            self.bump();
        }
        let ty = match self.peek() {
            K::Variable | K::AmpersandFollowedByVarOrVararg | K::Ellipsis => None,
            _ => Some(self.type_expr(false)?),
        };
        let by_ref = self.eat(K::AmpersandFollowedByVarOrVararg);
        let variadic = self.eat(K::Ellipsis);
        let n = self.expect(K::Variable)?;
        let default = if self.eat(K::Equals) {
            Some(self.expr()?)
        } else {
            None
        };
        Ok(Param {
            name: self.p.var_name(n),
            ty,
            default,
            by_ref,
            variadic,
            promote: (!mods.is_empty()).then(|| self.p.checked_modifiers(&mods, ml)),
            attributes,
            span: self.p.span(l),
        })
    }

    /// `: T` if present.
    pub(super) fn return_type(&mut self) -> R<Option<TypeHint>> {
        if self.eat(K::Colon) {
            Ok(Some(self.type_expr(true)?))
        } else {
            Ok(None)
        }
    }

    /// `T`, `?T`, `A|B|(C&D)`, `A&B`; `static` only where `allow_static` (return types).
    fn type_expr(&mut self, allow_static: bool) -> R<TypeHint> {
        if self.eat(K::Question) {
            return Ok(TypeHint::Nullable(Box::new(
                self.single_type(allow_static)?,
            )));
        }
        let first = self.union_elem(allow_static)?;
        match self.peek() {
            K::Pipe => {
                let mut elems = vec![first];
                while self.eat(K::Pipe) {
                    elems.push(self.union_elem(allow_static)?);
                }
                if self.peek() == K::AmpersandNotFollowedByVarOrVararg {
                    return Err(Decline);
                }
                Ok(TypeHint::Union(elems))
            }
            _ if matches!(first, TypeHint::Intersection(_)) => Err(Decline),
            K::AmpersandNotFollowedByVarOrVararg => {
                let elems = self.intersection_rest(first, allow_static)?;
                if self.peek() == K::Pipe {
                    return Err(Decline);
                }
                Ok(TypeHint::Intersection(elems))
            }
            _ => Ok(first),
        }
    }

    /// A type or a parenthesized intersection (only valid inside a union).
    fn union_elem(&mut self, allow_static: bool) -> R<TypeHint> {
        if !self.eat(K::LParen) {
            return self.single_type(allow_static);
        }
        let first = self.single_type(allow_static)?;
        if self.peek() != K::AmpersandNotFollowedByVarOrVararg {
            return Err(Decline);
        }
        let elems = self.intersection_rest(first, allow_static)?;
        self.expect(K::RParen)?;
        Ok(TypeHint::Intersection(elems))
    }

    fn intersection_rest(&mut self, first: TypeHint, allow_static: bool) -> R<Vec<TypeHint>> {
        let mut elems = vec![first];
        while self.eat(K::AmpersandNotFollowedByVarOrVararg) {
            elems.push(self.single_type(allow_static)?);
        }
        Ok(elems)
    }

    fn single_type(&mut self, allow_static: bool) -> R<TypeHint> {
        let kind = self.peek();
        let l = self.pos;
        let name = match kind {
            K::Array | K::Callable => self.p.keyword_name(l),
            K::Static if allow_static => self.p.keyword_name(l),
            k if is_name(k) => self.p.name(l),
            _ => return Err(Decline),
        };
        self.bump();
        Ok(TypeHint::Named(name))
    }

    /// `class`, `interface`, `trait`, `enum` declarations (with their modifiers).
    pub(super) fn class_like(&mut self) -> R<ClassDecl> {
        let l = self.pos;
        let mut mods = Vec::new();
        while matches!(self.peek(), K::Abstract | K::Final | K::Readonly) {
            mods.push(self.peek());
            self.bump();
        }
        let kind = match self.peek() {
            K::Class => ClassKind::Class,
            K::Interface if mods.is_empty() => ClassKind::Interface,
            K::Trait if mods.is_empty() => ClassKind::Trait,
            K::Enum if mods.is_empty() => ClassKind::Enum,
            _ => return Err(Decline),
        };
        self.bump();
        let n = self.expect(K::String)?;
        let mut extends = None;
        let mut implements = Vec::new();
        let mut backing = None;
        match kind {
            ClassKind::Class => {
                if self.eat(K::Extends) {
                    extends = Some(self.class_ref_name()?);
                }
                if self.eat(K::Implements) {
                    implements = self.comma_list(|s| s.class_ref_name())?;
                }
            }
            ClassKind::Interface => {
                if self.eat(K::Extends) {
                    implements = self.comma_list(|s| s.class_ref_name())?;
                }
            }
            ClassKind::Trait => {}
            ClassKind::Enum => {
                if self.eat(K::Colon) {
                    backing = Some(self.type_expr(true)?);
                }
                if self.eat(K::Implements) {
                    implements = self.comma_list(|s| s.class_ref_name())?;
                }
            }
        }
        let members = self.class_body()?;
        let modifiers = if kind == ClassKind::Class {
            self.p.checked_modifiers(&mods, l)
        } else {
            Modifiers::default()
        };
        Ok(class_decl(
            self.p,
            l,
            kind,
            Some(n),
            modifiers,
            extends,
            implements,
            backing,
            members,
            self.pos,
        ))
    }

    fn class_body(&mut self) -> R<Vec<ClassMember>> {
        self.expect(K::LBrace)?;
        let mut members = Vec::new();
        while !self.eat(K::RBrace) {
            members.push(self.nested(|s| s.member())?);
        }
        Ok(members)
    }

    fn member(&mut self) -> R<ClassMember> {
        let attributes = self.attributes()?;
        let l = self.pos;
        match self.peek() {
            K::Use if attributes.is_empty() => {
                self.bump();
                let traits = self.comma_list(|s| s.class_ref_name())?;
                let adaptations = if self.eat(K::Semicolon) {
                    Vec::new()
                } else {
                    self.expect(K::LBrace)?;
                    let mut list = Vec::new();
                    while !self.eat(K::RBrace) {
                        list.push(self.trait_adaptation()?);
                    }
                    list
                };
                return Ok(ClassMember::TraitUse {
                    traits,
                    adaptations,
                    span: self.p.span(l),
                });
            }
            K::Case => {
                self.bump();
                if !is_identifier(self.peek()) {
                    return Err(Decline);
                }
                let n = self.bump();
                let value = if self.eat(K::Equals) {
                    Some(self.expr()?)
                } else {
                    None
                };
                self.expect(K::Semicolon)?;
                return Ok(ClassMember::EnumCase {
                    name: self.p.ident(n),
                    value,
                    attributes,
                    span: self.p.span(l),
                });
            }
            K::Var => {
                self.bump();
                return self.property(l, None, attributes);
            }
            _ => {}
        }
        let mut mods = Vec::new();
        while is_member_modifier(self.peek()) {
            mods.push(self.peek());
            self.bump();
        }
        match self.peek() {
            K::Const => {
                self.bump();
                let consts = self.comma_list(|s| {
                    if !is_identifier(s.peek()) {
                        return Err(Decline);
                    }
                    let n = s.bump();
                    s.expect(K::Equals)?;
                    let value = s.expr()?;
                    Ok(ConstDecl {
                        name: s.p.ident(n),
                        value,
                    })
                })?;
                self.expect(K::Semicolon)?;
                let modifiers = if mods.is_empty() {
                    Modifiers::default()
                } else {
                    self.p.checked_modifiers(&mods, l)
                };
                Ok(ClassMember::Const {
                    modifiers,
                    consts,
                    attributes,
                    span: self.p.span(l),
                })
            }
            K::Function => self.method(l, &mods, attributes),
            _ if mods.is_empty() => Err(Decline),
            _ => self.property(l, Some(&mods), attributes),
        }
    }

    /// A property declaration after its modifiers (None for `var`).
    fn property(
        &mut self,
        l: usize,
        mods: Option<&[K]>,
        attributes: Vec<AttributeGroup>,
    ) -> R<ClassMember> {
        let ty = if self.peek() == K::Variable {
            None
        } else {
            Some(self.type_expr(false)?)
        };
        let props = self.comma_list(|s| {
            let (name, default) = s.var_with_default()?;
            Ok(PropertyItem { name, default })
        })?;
        self.expect(K::Semicolon)?;
        let modifiers = match mods {
            Some(mods) => self.p.checked_modifiers(mods, l),
            None => Modifiers::default(),
        };
        Ok(property(self.p, l, modifiers, ty, props)(attributes))
    }

    /// `function &name(params): T { body }` or `…;` in a class.
    fn method(&mut self, l: usize, mods: &[K], attributes: Vec<AttributeGroup>) -> R<ClassMember> {
        self.bump();
        let by_ref = self.returns_ref();
        if !is_identifier(self.peek()) {
            return Err(Decline);
        }
        let n = self.bump();
        let params = self.params()?;
        let ret = self.return_type()?;
        let body = if self.eat(K::Semicolon) {
            None
        } else {
            Some(self.block_body()?)
        };
        let modifiers = if mods.is_empty() {
            Modifiers::default()
        } else {
            self.p.checked_modifiers(mods, l)
        };
        let parts = (by_ref, n, params, ret, body, self.pos);
        Ok(method(self.p, l, modifiers, parts)(attributes))
    }

    /// `A::f insteadof B;`, `f as g;`, `A::f as protected g;`, `f as private;`
    fn trait_adaptation(&mut self) -> R<TraitAdaptation> {
        let trait_ = if self.peek_at(1) == K::PaamayimNekudotayim {
            let t = self.class_ref_name()?;
            self.bump();
            Some(t)
        } else {
            None
        };
        if !is_identifier(self.peek()) {
            return Err(Decline);
        }
        let m = self.bump();
        let method = self.p.ident(m);
        if let Some(trait_) = &trait_ {
            if self.eat(K::Insteadof) {
                let instead_of = self.comma_list(|s| s.class_ref_name())?;
                self.expect(K::Semicolon)?;
                return Ok(TraitAdaptation::Insteadof {
                    trait_: trait_.clone(),
                    method,
                    instead_of,
                });
            }
        }
        self.expect(K::As)?;
        let mut mods = Modifiers::default();
        if is_member_modifier(self.peek()) {
            mods = modifiers(&[self.peek()]);
            self.bump();
        }
        let alias = if self.eat(K::Semicolon) {
            if mods == Modifiers::default() {
                return Err(Decline);
            }
            None
        } else {
            let plain = mods == Modifiers::default();
            let kind = self.peek();
            if !is_identifier(kind) || (plain && is_member_modifier(kind)) {
                return Err(Decline);
            }
            let a = self.bump();
            self.expect(K::Semicolon)?;
            Some(self.p.ident(a))
        };
        Ok(TraitAdaptation::Alias {
            trait_,
            method,
            modifiers: mods,
            alias,
        })
    }

    /// `#[A, B(1)] #[C]`: attribute groups, if any.
    pub(super) fn attributes(&mut self) -> R<Vec<AttributeGroup>> {
        let mut groups = Vec::new();
        while self.eat(K::Attribute) {
            let mut attrs = Vec::new();
            loop {
                if !is_name(self.peek()) {
                    return Err(Decline);
                }
                let n = self.bump();
                let name = self.p.name(n);
                let args = match self.peek() {
                    K::LParen => self.plain_args()?,
                    _ => Vec::new(),
                };
                attrs.push(Attribute { name, args });
                if !self.eat(K::Comma) || self.peek() == K::RBracket {
                    break;
                }
            }
            self.expect(K::RBracket)?;
            groups.push(AttributeGroup { attrs });
        }
        Ok(groups)
    }

    /// `class (args) extends A implements B { … }` after `new`.
    pub(super) fn anon_class(&mut self) -> R<Expr> {
        let l = self.bump();
        let args = match self.peek() {
            K::LParen => self.plain_args()?,
            _ => Vec::new(),
        };
        let extends = if self.eat(K::Extends) {
            Some(self.class_ref_name()?)
        } else {
            None
        };
        let implements = if self.eat(K::Implements) {
            self.comma_list(|s| s.class_ref_name())?
        } else {
            Vec::new()
        };
        let members = self.class_body()?;
        let decl = class_decl(
            self.p,
            l,
            ClassKind::Class,
            None,
            Modifiers::default(),
            extends,
            implements,
            None,
            members,
            self.pos,
        );
        let decl = Box::new(decl);
        Ok(self.p.expr(l, ExprKind::AnonClass { decl, args }))
    }
}
