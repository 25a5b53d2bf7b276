--TEST--
program: JSON round trip (encode flags, pretty print, floats, errors, JsonSerializable, serialize)
--FILE--
<?php
$data = [
    'name' => 'Café "Zürich"',
    'tags' => ['coffee', 'tea', 'cake/pastry'],
    'price' => 4.5,
    'exact' => 10.0,
    'tiny' => 0.1 + 0.2,
    'big' => PHP_INT_MAX,
    'neg' => -0.0,
    'sci' => 1.5e-10,
    'open' => true,
    'closed' => null,
    'empty_arr' => [],
    'empty_obj' => new stdClass(),
    'map' => [1 => 'a', 2 => 'b'],
    'list' => [0 => 'a', 1 => 'b'],
    'unicode' => "€ and \u{1F600}",
    'html' => '<a href="x">&</a>',
    'nested' => ['deep' => ['deeper' => ['deepest' => 1]]],
];
echo json_encode($data), "\n";
echo json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
echo json_encode($data['html'], JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_HEX_APOS), "\n";
echo json_encode([1.0, 2.50, 0.1, 1e100, -1.23e-5], JSON_PRESERVE_ZERO_FRACTION), "\n";
echo json_encode(['a', 'b'], JSON_FORCE_OBJECT), "\n";
echo json_encode("3", JSON_NUMERIC_CHECK), json_encode(["12.5", "1e3", "abc"], JSON_NUMERIC_CHECK), "\n";

$json = json_encode($data);
$back = json_decode($json, true);
var_dump($back['price'], $back['exact'], $back['tiny'], $back['big'], $back['neg'], $back['map'], $back['empty_obj']);
$obj = json_decode($json);
var_dump($obj->nested->deep, $obj->empty_obj, $obj->map);
echo $obj->unicode, "\n";
var_dump(json_decode('[1, "2", 3.0, true, null, {"a": {}}]'));
var_dump(json_decode('{"0": "zero", "": "empty"}', true));
var_dump(json_decode('12345678901234567890'));
var_dump(json_decode('12345678901234567890', false, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode('{"a":1', true), json_last_error(), json_last_error_msg());
var_dump(json_decode('[1,2', true), json_last_error_msg());
var_dump(json_decode('"\ud83d\ude00"'));
var_dump(json_decode('[[1]]', true, 1), json_last_error_msg());
try {
    json_decode('{bad}', false, 512, JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' ', $e->getCode(), "\n";
}
var_dump(json_encode("\xB1\x31"), json_last_error_msg());
var_dump(json_encode("\xB1\x31", JSON_INVALID_UTF8_SUBSTITUTE));
var_dump(json_encode("\xB1\x31", JSON_PARTIAL_OUTPUT_ON_ERROR));
var_dump(json_encode(NAN), json_last_error_msg());

class Point implements JsonSerializable {
    public $x = 1; protected $y = 2; private $z = 3;
    public function jsonSerialize(): array { return ['x' => $this->x, 'sum' => $this->x + $this->y + $this->z]; }
}
class Plain { public $a = 1; protected $b = 2; private $c = 3; public $d = [1.5, null]; }
echo json_encode([new Point, new Plain]), "\n";
echo json_encode(new Plain, JSON_PRETTY_PRINT), "\n";
echo json_encode([[]], JSON_PRETTY_PRINT), "\n";
echo json_encode([new stdClass], JSON_PRETTY_PRINT), "\n";
echo json_encode(['k' => ['x' => [1, [2, ['y' => 3]]]]], JSON_PRETTY_PRINT), "\n";
$round = json_decode(json_encode(['f' => 0.30000000000000004, 'g' => 100.0, 'h' => 1/3]), true);
var_dump($round);
echo serialize($round), "\n";
var_dump(unserialize(serialize(['a' => 1, 'b' => [true, null, 1.5, 'x']])));
var_dump(unserialize(serialize(new Plain)));
--EXPECT--
{"name":"Caf\u00e9 \"Z\u00fcrich\"","tags":["coffee","tea","cake\/pastry"],"price":4.5,"exact":10,"tiny":0.30000000000000004,"big":9223372036854775807,"neg":-0,"sci":1.5e-10,"open":true,"closed":null,"empty_arr":[],"empty_obj":{},"map":{"1":"a","2":"b"},"list":["a","b"],"unicode":"\u20ac and \ud83d\ude00","html":"<a href=\"x\">&<\/a>","nested":{"deep":{"deeper":{"deepest":1}}}}
{
    "name": "Café \"Zürich\"",
    "tags": [
        "coffee",
        "tea",
        "cake/pastry"
    ],
    "price": 4.5,
    "exact": 10,
    "tiny": 0.30000000000000004,
    "big": 9223372036854775807,
    "neg": -0,
    "sci": 1.5e-10,
    "open": true,
    "closed": null,
    "empty_arr": [],
    "empty_obj": {},
    "map": {
        "1": "a",
        "2": "b"
    },
    "list": [
        "a",
        "b"
    ],
    "unicode": "€ and 😀",
    "html": "<a href=\"x\">&</a>",
    "nested": {
        "deep": {
            "deeper": {
                "deepest": 1
            }
        }
    }
}
"\u003Ca href=\u0022x\u0022\u003E\u0026\u003C\/a\u003E"
[1.0,2.5,0.1,1.0e+100,-1.23e-5]
{"0":"a","1":"b"}
3[12.5,1000,"abc"]
float(4.5)
int(10)
float(0.30000000000000004)
int(9223372036854775807)
int(0)
array(2) {
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
array(0) {
}
object(stdClass)#6 (1) {
  ["deeper"]=>
  object(stdClass)#5 (1) {
    ["deepest"]=>
    int(1)
  }
}
object(stdClass)#3 (0) {
}
object(stdClass)#4 (2) {
  ["1"]=>
  string(1) "a"
  ["2"]=>
  string(1) "b"
}
€ and 😀
array(6) {
  [0]=>
  int(1)
  [1]=>
  string(1) "2"
  [2]=>
  float(3)
  [3]=>
  bool(true)
  [4]=>
  NULL
  [5]=>
  object(stdClass)#9 (1) {
    ["a"]=>
    object(stdClass)#8 (0) {
    }
  }
}
array(2) {
  [0]=>
  string(4) "zero"
  [""]=>
  string(5) "empty"
}
float(1.2345678901234567E+19)
string(20) "12345678901234567890"
NULL
int(4)
string(12) "Syntax error"
NULL
string(12) "Syntax error"
string(4) "😀"
NULL
string(28) "Maximum stack depth exceeded"
JsonException: Syntax error 4
bool(false)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(9) ""\ufffd1""
string(4) "null"
bool(false)
string(34) "Inf and NaN cannot be JSON encoded"
[{"x":1,"sum":6},{"a":1,"d":[1.5,null]}]
{
    "a": 1,
    "d": [
        1.5,
        null
    ]
}
[
    []
]
[
    {}
]
{
    "k": {
        "x": [
            1,
            [
                2,
                {
                    "y": 3
                }
            ]
        ]
    }
}
array(3) {
  ["f"]=>
  float(0.30000000000000004)
  ["g"]=>
  int(100)
  ["h"]=>
  float(0.3333333333333333)
}
a:3:{s:1:"f";d:0.30000000000000004;s:1:"g";i:100;s:1:"h";d:0.3333333333333333;}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(4) {
    [0]=>
    bool(true)
    [1]=>
    NULL
    [2]=>
    float(1.5)
    [3]=>
    string(1) "x"
  }
}
object(Plain)#10 (4) {
  ["a"]=>
  int(1)
  ["b":protected]=>
  int(2)
  ["c":"Plain":private]=>
  int(3)
  ["d"]=>
  array(2) {
    [0]=>
    float(1.5)
    [1]=>
    NULL
  }
}
