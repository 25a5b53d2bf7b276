--TEST--
program: object copying and identity: __clone deep copies, withers, WeakReference/WeakMap lifetimes, object id reuse, __debugInfo, recursive dumps
--FILE--
<?php
// Object copying and identity: shallow vs deep clone with __clone, immutable withers, WeakReference and WeakMap lifetimes,
// spl_object_id reuse, __debugInfo in var_dump, print_r/var_export of nested and recursive objects
final class Address { public function __construct(public string $city, public array $lines = []) {} }
final class Customer {
    private static int $nextId = 1;
    public readonly int $id;
    public array $orders = [];
    public function __construct(public string $name, public Address $address, public ?Customer $referrer = null) { $this->id = self::$nextId++; }
    public function __clone() { $this->address = clone $this->address; $this->orders = array_map(fn($o) => clone $o, $this->orders); }
    public function withName(string $n): static { $c = clone $this; $c->name = $n; return $c; }
    public function __debugInfo(): array { return ['id' => $this->id, 'name' => $this->name, 'city' => $this->address->city, 'orders' => count($this->orders)]; }
}
$a = new Customer('Ann', new Address('Oslo', ['Main St 1']));
$a->orders[] = (object)['sku' => 'X', 'qty' => 1];
$b = clone $a; $b->address->city = 'Bergen'; $b->orders[0]->qty = 5;
$c = $a->withName('Annie');
echo $a->address->city, ' ', $b->address->city, ' ', $a->orders[0]->qty, ' ', $b->orders[0]->qty, ' ', $c->name, ' ', $c->id === $a->id ? 'same id' : 'new id', "\n";
var_dump($a); print_r($b); echo "\n";
$shallow = new stdClass; $shallow->inner = new stdClass; $shallow->inner->v = 1; $copy = clone $shallow; $copy->inner->v = 2; echo $shallow->inner->v, "\n";
$self = new stdClass; $self->me = $self; $self->list = [1, $self]; var_dump($self); print_r($self); echo "\n";
try { var_export($self); } catch (Throwable $e) { echo get_class($e), "\n"; }
echo "\n";
$obj = new Address('Rome'); $wr = WeakReference::create($obj); $wm = new WeakMap(); $wm[$obj] = 'meta';
var_dump($wr->get() === $obj, count($wm)); $id = spl_object_id($obj);
unset($obj);
var_dump($wr->get(), count($wm));
$new = new Address('Paris'); echo spl_object_id($new) === $id ? "id reused\n" : "id not reused\n";
$wr2 = WeakReference::create($new); var_dump(WeakReference::create($new) === $wr2);

try { $x = clone $wr2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$ids = []; for ($i = 0; $i < 3; $i++) { $t = new stdClass; $ids[] = spl_object_id($t); } echo implode(',', $ids), ' ', spl_object_hash($new) === spl_object_hash($new) ? 'stable hash' : 'hash?', "\n";
$e1 = new ArrayObject([1, [2]]); $e2 = clone $e1; $e2[1][] = 3; echo json_encode($e1->getArrayCopy()), json_encode($e2->getArrayCopy()), "\n";
$dt = new DateTime('2024-01-01 00:00', new DateTimeZone('UTC')); $dt2 = clone $dt; $dt2->modify('+1 day'); echo $dt->format('d'), $dt2->format('d'), "\n";
$gen = (function () { yield 1; })(); try { clone $gen; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$cl = function () { return $this->name; }; $bound = Closure::bind($cl, $a, Customer::class); $cl2 = clone $bound; echo $cl2(), "\n";
try { $ro = clone $a; (function () { $this->id = 99; })->call($ro); } catch (Error $e) { echo $e->getMessage(), "\n"; }
enum E { case A; } try { clone E::A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($a == $c, $a == clone $a, $a === $a, new Address('x') == new Address('x'), new Address('x') == new Address('y'));

--EXPECTF--
Oslo Bergen 1 5 Annie same id
object(Customer)#1 (4) {
  ["id"]=>
  int(1)
  ["name"]=>
  string(3) "Ann"
  ["city"]=>
  string(4) "Oslo"
  ["orders"]=>
  int(1)
}
Customer Object
(
    [id] => 1
    [name] => Ann
    [city] => Bergen
    [orders] => 1
)

2
object(stdClass)#13 (2) {
  ["me"]=>
  *RECURSION*
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    *RECURSION*
  }
}
stdClass Object
(
    [me] => stdClass Object
 *RECURSION*
    [list] => Array
        (
            [0] => 1
            [1] => stdClass Object
 *RECURSION*
        )

)


Warning: var_export does not handle circular references in %s/tests/php/programs/clones.php on line 22

Warning: var_export does not handle circular references in %s/tests/php/programs/clones.php on line 22
(object) array(
   'me' => NULL,
   'list' => 
  array (
    0 => 1,
    1 => NULL,
  ),
)
bool(true)
int(1)
NULL
int(0)
id reused
bool(true)
Trying to clone an uncloneable object of class WeakReference
19,20,19 stable hash
[1,[2]][1,[2,3]]
0102
Trying to clone an uncloneable object of class Generator
Ann
Cannot modify readonly property Customer::$id
Trying to clone an uncloneable object of class E
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
