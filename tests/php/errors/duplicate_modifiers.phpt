--TEST--
a repeated modifier on a class, member or promoted parameter is a compile error (thrown from eval as a CompileError)
--FILE--
<?php
foreach ([
    'class C1 { public public $a; }',
    'class C2 { public protected function f() {} }',
    'class C3 { final final function f() {} }',
    'class C4 { static public static function f() {} }',
    'abstract class C5 { abstract abstract function f(); }',
    'class C6 { readonly public readonly int $x; }',
    'class C7 { private public const X = 1; }',
    'class C8 { function __construct(public readonly readonly int $x) {} }',
    'final final class C9 {}',
    'abstract abstract class C10 {}',
    'readonly readonly class C11 {}',
    'class C12 { public static $ok; final public function ok() {} }',
] as $code) {
    try {
        eval($code);
        echo "ok: $code\n";
    } catch (CompileError $e) {
        echo $e->getMessage(), " (line ", $e->getLine(), ")\n";
    }
}
--EXPECT--
Multiple access type modifiers are not allowed (line 1)
Multiple access type modifiers are not allowed (line 1)
Multiple final modifiers are not allowed (line 1)
Multiple static modifiers are not allowed (line 1)
Multiple abstract modifiers are not allowed (line 1)
Multiple readonly modifiers are not allowed (line 1)
Multiple access type modifiers are not allowed (line 1)
Multiple readonly modifiers are not allowed (line 1)
Multiple final modifiers are not allowed (line 1)
Multiple abstract modifiers are not allowed (line 1)
Multiple readonly modifiers are not allowed (line 1)
ok: class C12 { public static $ok; final public function ok() {} }
