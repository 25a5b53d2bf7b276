--TEST--
program: json pretty print, unicode, escapes, depth errors, JsonSerializable nested, decode errors
--FILE--
<?php
// JSON: pretty print, unicode, escapes, depth errors, objects, JsonSerializable, decode flags
$data = [
    'name' => "Zoë \"Q\" O'Neil",
    'path' => '/usr/local/bin',
    'html' => '<b>&amp;</b>',
    'emoji' => "\u{1F600} \u{00E9}",
    'ctrl' => "tab\there\nnl\x01\x1f",
    'nums' => [0, -0.0, 1.0, 0.1, 1e100, 3.0e-5, PHP_INT_MAX, 12.50],
    'empty_arr' => [],
    'empty_obj' => new stdClass,
    'list' => [1, 2, 3],
    'map' => [1 => 'a', 2 => 'b'],
    'bools' => [true, false, null],
    'nested' => ['a' => ['b' => ['c' => ['d' => 1]]]],
];
echo json_encode($data), "\n";
echo json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
echo json_encode($data['html'], JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT), "\n";
echo json_encode("'\"", JSON_HEX_APOS | JSON_HEX_QUOT), "\n";
echo json_encode($data['nums'], JSON_PRESERVE_ZERO_FRACTION), "\n";
echo json_encode(['3' => 'x', '4' => 'y']), json_encode([3 => 'x'], JSON_FORCE_OBJECT), json_encode([[]], JSON_FORCE_OBJECT), "\n";
echo json_encode('123', JSON_NUMERIC_CHECK), json_encode(['1.5e3', '0x1', ' 7', '-4'], JSON_NUMERIC_CHECK), "\n";
echo json_encode([], JSON_PRETTY_PRINT), json_encode(new stdClass, JSON_PRETTY_PRINT), json_encode([[], [1]], JSON_PRETTY_PRINT), "\n";
var_dump(json_encode("\xB1\x31"), json_last_error(), json_last_error_msg());
echo json_encode("a\xB1b", JSON_INVALID_UTF8_SUBSTITUTE), json_encode("a\xB1b", JSON_INVALID_UTF8_IGNORE), "\n";
echo json_encode(['k' => "\xff"], JSON_PARTIAL_OUTPUT_ON_ERROR), ' ', json_last_error_msg(), "\n";
$deep = []; $ref = &$deep; for ($i = 0; $i < 10; $i++) { $ref['x'] = []; $ref = &$ref['x']; } unset($ref);
var_dump(json_encode($deep, 0, 5), json_last_error_msg());
var_dump(json_encode($deep, 0, 11) !== false);
var_dump(json_encode(NAN), json_last_error_msg(), json_encode(INF, JSON_PARTIAL_OUTPUT_ON_ERROR));
try { json_encode(NAN, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo get_class($e), ' ', $e->getCode(), ' ', $e->getMessage(), "\n"; }
var_dump(json_last_error());

class Money implements JsonSerializable {
    public function __construct(private int $cents, private string $cur) {}
    public function jsonSerialize(): mixed { return ['amount' => number_format($this->cents / 100, 2, '.', ''), 'currency' => $this->cur]; }
}
class Order { public $id = 7; protected $secret = 'x'; private $hidden = 'y'; public $total; public ?Order $parent = null; }
$o = new Order; $o->total = new Money(12345, 'EUR'); $o->dyn = [1.5];
echo json_encode($o), "\n", json_encode([new Money(5, 'USD'), 'n' => null], JSON_PRETTY_PRINT), "\n";
enum Suit: string implements JsonSerializable { case H = 'hearts'; case S = 'spades'; public function jsonSerialize(): mixed { return strtoupper($this->value); } }
enum Level: int { case Low = 1; case High = 3; }
echo json_encode([Level::High, Level::Low]), json_encode(Suit::H), "\n";
enum Pure { case A; }
var_dump(json_encode(Pure::A), json_last_error_msg());

$json = '{"a":1,"b":[1,2,{"c":null}],"d":{"e":"\u00e9\ud83d\ude00","f":1.0,"g":12345678901234567890},"":"empty","_empty_":0}';
var_dump(json_decode($json));
var_dump(json_decode($json, true, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode($json, flags: JSON_OBJECT_AS_ARRAY)['d']['f']);
foreach (['', '{', '[1,]', '{"a":1}}', "\"\x01\"", '{"a":01}', 'nul', '"\ud800"', '[1]', ' true ', '1e400', '-0', '"abc', "\xef\xbb\xbf[]", '{"a":{"b":[[1]]}}'] as $bad) {
    $r = json_decode($bad, true, 3);
    printf("%-22s %-12s %d %s\n", json_encode($bad), var_export($r, true), json_last_error(), json_last_error_msg());
}
try { json_decode('{', false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo $e->getMessage(), ' ', $e->getCode(), "\n"; }
try { json_decode('[]', false, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(json_decode('{"0":"a","1":"b"}'), json_decode('{"0":"a","1":"b"}', true), json_decode('[]', false), json_decode('{}', true));
$rt = ['float' => 0.1 + 0.2, 'big' => 1e22, 'small' => 5e-324, 'neg' => -1.5, 'int' => -0];
var_dump(json_decode(json_encode($rt), true) === $rt, json_encode($rt));
echo json_encode("line1\r\nline2\u{2028}\u{2029}/"), json_encode("\u{2028}", JSON_UNESCAPED_UNICODE), json_encode("\u{2028}", JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS), "\n";
echo json_encode(['a' => ['b' => []], 'c' => (object)['d' => (object)[]]], JSON_PRETTY_PRINT), "\n";

--EXPECTF--
{"name":"Zo\u00eb \"Q\" O'Neil","path":"\/usr\/local\/bin","html":"<b>&amp;<\/b>","emoji":"\ud83d\ude00 \u00e9","ctrl":"tab\there\nnl\u0001\u001f","nums":[0,-0,1,0.1,1.0e+100,3.0e-5,9223372036854775807,12.5],"empty_arr":[],"empty_obj":{},"list":[1,2,3],"map":{"1":"a","2":"b"},"bools":[true,false,null],"nested":{"a":{"b":{"c":{"d":1}}}}}
{
    "name": "Zoë \"Q\" O'Neil",
    "path": "/usr/local/bin",
    "html": "<b>&amp;</b>",
    "emoji": "😀 é",
    "ctrl": "tab\there\nnl\u0001\u001f",
    "nums": [
        0,
        -0,
        1,
        0.1,
        1.0e+100,
        3.0e-5,
        9223372036854775807,
        12.5
    ],
    "empty_arr": [],
    "empty_obj": {},
    "list": [
        1,
        2,
        3
    ],
    "map": {
        "1": "a",
        "2": "b"
    },
    "bools": [
        true,
        false,
        null
    ],
    "nested": {
        "a": {
            "b": {
                "c": {
                    "d": 1
                }
            }
        }
    }
}
"\u003Cb\u003E\u0026amp;\u003C\/b\u003E"
"\u0027\u0022"
[0,-0.0,1.0,0.1,1.0e+100,3.0e-5,9223372036854775807,12.5]
{"3":"x","4":"y"}{"3":"x"}{"0":{}}
123[1500,"0x1",7,-4]
[]{}[
    [],
    [
        1
    ]
]
bool(false)
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
"a\ufffdb""ab"
{"k":null} Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
string(28) "Maximum stack depth exceeded"
bool(true)
bool(false)
string(34) "Inf and NaN cannot be JSON encoded"
string(1) "0"
JsonException 7 Inf and NaN cannot be JSON encoded
int(7)

Deprecated: Creation of dynamic property Order::$dyn is deprecated in %s/tests/php/programs/json2.php on line 40
{"id":7,"total":{"amount":"123.45","currency":"EUR"},"parent":null,"dyn":[1.5]}
{
    "0": {
        "amount": "0.05",
        "currency": "USD"
    },
    "n": null
}
[3,1]"HEARTS"
bool(false)
string(46) "Non-backed enums have no default serialization"
object(stdClass)#10 (5) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    object(stdClass)#11 (1) {
      ["c"]=>
      NULL
    }
  }
  ["d"]=>
  object(stdClass)#12 (3) {
    ["e"]=>
    string(6) "é😀"
    ["f"]=>
    float(1)
    ["g"]=>
    float(1.2345678901234567E+19)
  }
  [""]=>
  string(5) "empty"
  ["_empty_"]=>
  int(0)
}
array(5) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    array(1) {
      ["c"]=>
      NULL
    }
  }
  ["d"]=>
  array(3) {
    ["e"]=>
    string(6) "é😀"
    ["f"]=>
    float(1)
    ["g"]=>
    string(20) "12345678901234567890"
  }
  [""]=>
  string(5) "empty"
  ["_empty_"]=>
  int(0)
}
float(1)
""                     NULL         0 No error
"{"                    NULL         0 No error
"[1,]"                 NULL         0 No error
"{\"a\":1}}"           NULL         0 No error
"\"\u0001\""           NULL         0 No error
"{\"a\":01}"           NULL         0 No error
"nul"                  NULL         0 No error
"\"\\ud800\""          NULL         0 No error
"[1]"                  array (
  0 => 1,
) 0 No error
" true "               true         0 No error
"1e400"                INF          0 No error
"-0"                   0            0 No error
"\"abc"                NULL         0 No error
"\ufeff[]"             NULL         0 No error
"{\"a\":{\"b\":[[1]]}}" NULL         0 No error
Syntax error 4
json_decode(): Argument #3 ($depth) must be greater than 0
object(stdClass)#10 (2) {
  ["0"]=>
  string(1) "a"
  ["1"]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(0) {
}
array(0) {
}
bool(true)
string(79) "{"float":0.30000000000000004,"big":1.0e+22,"small":5.0e-324,"neg":-1.5,"int":0}"
"line1\r\nline2\u2028\u2029\/""\u2028"" "
{
    "a": {
        "b": []
    },
    "c": {
        "d": {}
    }
}
