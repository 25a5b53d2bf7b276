--TEST--
an enum that leaves an interface method unimplemented "must implement" it (an enum cannot be declared abstract), as zend_verify_abstract_class words it
--FILE--
<?php
interface HasLabel { public function label(): string; public function color(): string; }
enum Suit implements HasLabel {
    case Hearts;
    public function label(): string { return "h"; }
}
echo "not reached\n";
--EXPECTF--
Fatal error: Enum Suit must implement 1 abstract private method (HasLabel::color) in %s/tests/php/classes/enum_abstract_method_owed.php on line 3
