--TEST--
Attributes: validation happens at newInstance()
--FILE--
<?php
#[Attribute(Attribute::TARGET_METHOD)]
class OnlyMethod {}
class NotAttr {}
#[Attribute]
class NoCtor {}

#[OnlyMethod]
#[NotAttr]
#[Missing]
#[NoCtor(1)]
#[NoCtor]
class Target {}

foreach ((new ReflectionClass('Target'))->getAttributes() as $a) {
    try {
        $a->newInstance();
        echo $a->getName(), " ok\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    (new ReflectionClass('Target'))->getAttributes('X', 4);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new ReflectionClass('Target'))->getAttributes('Nope', ReflectionAttribute::IS_INSTANCEOF);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
function f(#[SensitiveParameter] $secret) {}
$a = (new ReflectionFunction('f'))->getParameters()[0]->getAttributes()[0];
var_dump($a->getName(), $a->newInstance());
#[Attribute(Attribute::TARGET_FUNCTION)]
class Fn_ {}
#[Fn_] #[Fn_]
function g() {}
try {
    (new ReflectionFunction('g'))->getAttributes()[0]->newInstance();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
--EXPECT--
Error: Attribute "OnlyMethod" cannot target class (allowed targets: method)
Error: Attempting to use non-attribute class "NotAttr" as attribute
Error: Attribute class "Missing" not found
Error: Attribute "NoCtor" must not be repeated
Error: Attribute "NoCtor" must not be repeated
ValueError: ReflectionClass::getAttributes(): Argument #2 ($flags) must be a valid attribute filter flag
Error: Class "Nope" not found
string(18) "SensitiveParameter"
object(SensitiveParameter)#6 (0) {
}
Error: Attribute "Fn_" must not be repeated
