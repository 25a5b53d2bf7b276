//! Declarations: functions, parameters, types, classes and their members. Modifiers are
//! checked (`Ctx::checked_modifiers`) when the whole declaration has been read, as the
//! grammar's actions run at its reduction.

use miniphp_lexer::TokenKind as K;

use super::{is_identifier, is_name, Decline, Parser, R};
use crate::ast::*;
use crate::ctx::{class_decl, method, property};

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
        if self.peek() == K::Attribute {
            return Err(Decline);
        }
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
            promote: (!mods.is_empty()).then(|| self.p.checked_modifiers(&mods, l)),
            attributes: Vec::new(),
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
        let l = self.pos;
        match self.peek() {
            K::Use => {
                self.bump();
                let traits = self.comma_list(|s| s.class_ref_name())?;
                self.expect(K::Semicolon)?;
                return Ok(ClassMember::TraitUse {
                    traits,
                    adaptations: Vec::new(),
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
                    attributes: Vec::new(),
                    span: self.p.span(l),
                });
            }
            K::Var => {
                self.bump();
                return self.property(l, None);
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
                    attributes: Vec::new(),
                    span: self.p.span(l),
                })
            }
            K::Function => self.method(l, &mods),
            _ if mods.is_empty() => Err(Decline),
            _ => self.property(l, Some(&mods)),
        }
    }

    /// A property declaration after its modifiers (None for `var`).
    fn property(&mut self, l: usize, mods: Option<&[K]>) -> R<ClassMember> {
        let ty = if self.peek() == K::Variable {
            None
        } else {
            Some(self.type_expr(false)?)
        };
        let props = self.comma_list(|s| {
            let n = s.expect(K::Variable)?;
            let default = if s.eat(K::Equals) {
                Some(s.expr()?)
            } else {
                None
            };
            Ok(PropertyItem {
                name: s.p.var_name(n),
                default,
            })
        })?;
        self.expect(K::Semicolon)?;
        let modifiers = match mods {
            Some(mods) => self.p.checked_modifiers(mods, l),
            None => Modifiers::default(),
        };
        Ok(property(self.p, l, modifiers, ty, props)(Vec::new()))
    }

    /// `function &name(params): T { body }` or `…;` in a class.
    fn method(&mut self, l: usize, mods: &[K]) -> R<ClassMember> {
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
        Ok(method(self.p, l, modifiers, parts)(Vec::new()))
    }
}
