--TEST--
visibility errors for properties and methods
--FILE--
<?php
class A {
    public $pub = 1; protected $prot = 2; private $priv = 3;
    private function secret() { return "secret"; }
    protected function inner() { return "inner"; }
    public function callSecret() { return $this->secret(); }
}
class B extends A { public function tryInner() { return $this->inner(); } public function tryPriv() { return $this->priv ?? "unset"; } }
$b = new B;
echo $b->callSecret(), " ", $b->tryInner(), " ", $b->tryPriv(), "\n";
foreach (["echo \$b->prot;", "echo \$b->priv;", "\$b->secret();", "\$b->inner();", "\$b->prot = 5;"] as $code) {
    try { eval($code); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECTF--
secret inner unset
Error: Cannot access protected property B::$prot

Warning: Undefined property: B::$priv in %s/tests/php/classes/visibility.php(12) : eval()'d code on line 1
Error: Call to private method A::secret() from global scope
Error: Call to protected method A::inner() from global scope
Error: Cannot access protected property B::$prot
