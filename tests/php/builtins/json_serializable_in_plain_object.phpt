--TEST--
json_encode calls jsonSerialize() of objects held in a plain object's public properties
--FILE--
<?php
class M implements JsonSerializable { public function jsonSerialize(): mixed { return ['m' => 1]; } }
class O { public $t; public $list = []; protected $hidden; }
$o = new O; $o->t = new M; $o->list = [new M, 2]; $o->dyn = (object)['deep' => new M];
echo json_encode($o), "\n";
echo json_encode([new M, (object)['a' => new M]]), "\n";
$c = new stdClass; $c->self = $c; $c->m = new M;
var_dump(json_encode($c), json_last_error_msg());
echo json_encode($c, JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
--EXPECTF--
Deprecated: Creation of dynamic property O::$dyn is deprecated in %s/tests/php/builtins/json_serializable_in_plain_object.php on line 4
{"t":{"m":1},"list":[{"m":1},2],"dyn":{"deep":{"m":1}}}
[{"m":1},{"a":{"m":1}}]
bool(false)
string(18) "Recursion detected"
{"self":null,"m":{"m":1}}
