--TEST--
program: serialize/unserialize (__sleep/__wakeup, __serialize/__unserialize, enums, shared objects and cycles, allowed_classes, bad input), var_export round trip via __set_state, json_encode flags and errors
--FILE--
<?php
declare(strict_types=1);

class Point
{
    public function __construct(public int $x = 0, public int $y = 0) {}

    public static function __set_state(array $p): static
    {
        return new static($p['x'], $p['y']);
    }
}

class Connection
{
    private $handle;
    public array $log = [];

    public function __construct(public string $dsn)
    {
        $this->handle = 'open:' . $dsn;
    }

    public function __sleep(): array
    {
        $this->log[] = 'sleep';
        return ['dsn', 'log'];
    }

    public function __wakeup(): void
    {
        $this->handle = 'reopened:' . $this->dsn;
        $this->log[] = 'wakeup';
    }

    public function handle(): ?string
    {
        return $this->handle;
    }
}

final class Settings implements JsonSerializable
{
    private array $data;
    protected int $version = 3;

    public function __construct(array $data)
    {
        $this->data = $data;
    }

    public function __serialize(): array
    {
        return ['v' => $this->version, 'd' => $this->data, 'checksum' => crc32(json_encode($this->data))];
    }

    public function __unserialize(array $payload): void
    {
        if ($payload['checksum'] !== crc32(json_encode($payload['d']))) {
            throw new UnexpectedValueException('checksum mismatch');
        }
        $this->data = $payload['d'];
        $this->version = $payload['v'] + 1;
    }

    public function jsonSerialize(): mixed
    {
        return ['version' => $this->version] + $this->data;
    }

    public static function __set_state(array $props): self
    {
        $s = new self($props['data']);
        $s->version = $props['version'];
        return $s;
    }
}

enum Status: string
{
    case Active = 'active';
    case Banned = 'banned';
}

class Node
{
    public ?Node $next = null;
    public array $children = [];
    public function __construct(public string $name) {}
}

function show(string $label, mixed $v): void
{
    echo str_pad($label, 12), ' ', is_string($v) ? $v : var_export($v, true), "\n";
}

$values = [
    'int' => 42, 'neg' => -7, 'float' => 0.1, 'big' => 1.0e25, 'bool' => true, 'null' => null,
    'str' => "quote\" and \\ back", 'utf8' => 'héllo', 'list' => [1, 2, [3]], 'map' => ['a' => 1, 5 => 'five'],
];
foreach ($values as $k => $v) {
    $s = serialize($v);
    show($k, $s);
    if (unserialize($s) !== $v) {
        echo "  round trip differs\n";
    }
}

$p = new Point(3, -4);
show('point', serialize($p));
show('status', serialize([Status::Active, Status::Banned]));
var_dump(unserialize(serialize(Status::Banned)) === Status::Banned);

$c = new Connection('sqlite:/tmp/x');
$sc = serialize($c);
show('conn', $sc);
$c2 = unserialize($sc);
show('handle', $c2->handle());
show('log', implode(',', $c2->log));

$s = new Settings(['theme' => 'dark', 'size' => 12]);
$ss = serialize($s);
show('settings', $ss);
$s2 = unserialize($ss);
echo json_encode($s2), "\n";
try {
    unserialize(str_replace('dark', 'lite', $ss));
} catch (UnexpectedValueException $e) {
    show('tampered', $e->getMessage());
}

// shared references and object identity survive
$shared = new Point(1, 1);
$graph = ['a' => $shared, 'b' => $shared, 'c' => new Point()];
$g2 = unserialize(serialize($graph));
var_dump($g2['a'] === $g2['b'], $g2['a'] === $g2['c']);
$arr = [1, 2];
$arr[] = &$arr[0];
$u = unserialize(serialize($arr));
$u[2] = 99;
echo json_encode($u), ' ', serialize($arr), "\n";

$a = new Node('a');
$b = new Node('b');
$a->next = $b;
$b->next = $a;
$a->children[] = $b;
$sa = serialize($a);
show('cycle', $sa);
$a2 = unserialize($sa);
var_dump($a2->next->next === $a2, $a2->children[0] === $a2->next);

// allowed_classes
$restricted = unserialize(serialize([$p, 'x']), ['allowed_classes' => false]);
echo get_class($restricted[0]), ' ', json_encode($restricted[0]), "\n";
var_dump($restricted[0] instanceof __PHP_Incomplete_Class);
$only = unserialize(serialize([$p, $s]), ['allowed_classes' => [Point::class]]);
echo get_class($only[0]), ' ', get_class($only[1]), "\n";

// errors
$bad = ['x', 'a:1:{i:0;i:1;', 's:5:"abc";', 'O:7:"Missing":0:{}', 'b:2;', 'i:12'];
foreach ($bad as $b) {
    $r = @unserialize($b);
    echo str_pad($b, 20), ' => ', is_object($r) ? get_class($r) : var_export($r, true), "\n";
}
var_dump(unserialize('b:0;'), unserialize(serialize(false)));

// var_export round trip
$export = var_export(['p' => $p, 's' => $s, 'st' => Status::Active, 'f' => [1.5, -0.0, 1e100], 'o' => (object) ['k' => 'v']], true);
echo $export, "\n";
$back = eval('return ' . $export . ';');
echo get_class($back['s']), ' ', json_encode($back['s']), ' ', $back['st']->name, ' ', $back['o']->k, ' ', $back['p']->y, "\n";
try {
    eval('return ' . var_export(new Node('n'), true) . ';');
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), ' line ', $e->getLine(), "\n";
}

// json with flags
$data = ['name' => 'Zoë "Z"', 'path' => '/a/b', 'html' => '<b>&</b>', 'n' => 10.0, 'empty' => [], 'obj' => new stdClass, 'nested' => ['x' => [1, 2]], 's' => $s];
echo json_encode($data), "\n";
echo json_encode($data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_PRESERVE_ZERO_FRACTION), "\n";
echo json_encode([3 => 'a', 4 => 'b']), json_encode([0 => 'a', 1 => 'b']), json_encode([[]], JSON_FORCE_OBJECT), "\n";
echo json_encode(['a' => ['b' => []], 'c' => 1.25], JSON_PRETTY_PRINT), "\n";
var_dump(json_decode('{"a":{"b":[1,2,{"c":null}]},"big":12345678901234567890,"e":1e2}', true));
var_dump(json_decode('{"a":1', true), json_last_error(), json_last_error_msg());
try {
    json_decode('[1,]', false, 512, JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
    echo get_class($e), ' ', $e->getCode(), ' ', $e->getMessage(), "\n";
}
echo json_encode("\xB1\x31"), ' ', json_last_error_msg(), ' ', json_encode("\xB1\x31", JSON_INVALID_UTF8_SUBSTITUTE), ' ', json_encode(NAN, JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
$deep = json_decode('[[[[1]]]]', true, 3);
var_dump($deep, json_last_error_msg());
--EXPECT--
int          i:42;
neg          i:-7;
float        d:0.1;
big          d:1.0E+25;
bool         b:1;
null         N;
str          s:17:"quote" and \ back";
utf8         s:6:"héllo";
list         a:3:{i:0;i:1;i:1;i:2;i:2;a:1:{i:0;i:3;}}
map          a:2:{s:1:"a";i:1;i:5;s:4:"five";}
point        O:5:"Point":2:{s:1:"x";i:3;s:1:"y";i:-4;}
status       a:2:{i:0;E:13:"Status:Active";i:1;E:13:"Status:Banned";}
bool(true)
conn         O:10:"Connection":2:{s:3:"dsn";s:13:"sqlite:/tmp/x";s:3:"log";a:1:{i:0;s:5:"sleep";}}
handle       reopened:sqlite:/tmp/x
log          sleep,wakeup
settings     O:8:"Settings":3:{s:1:"v";i:3;s:1:"d";a:2:{s:5:"theme";s:4:"dark";s:4:"size";i:12;}s:8:"checksum";i:476871555;}
{"version":4,"theme":"dark","size":12}
tampered     checksum mismatch
bool(true)
bool(false)
[99,2,99] a:3:{i:0;i:1;i:1;i:2;i:2;R:2;}
cycle        O:4:"Node":3:{s:4:"next";O:4:"Node":3:{s:4:"next";r:1;s:8:"children";a:0:{}s:4:"name";s:1:"b";}s:8:"children";a:1:{i:0;r:2;}s:4:"name";s:1:"a";}
bool(true)
bool(true)
__PHP_Incomplete_Class {"__PHP_Incomplete_Class_Name":"Point","x":3,"y":-4}
bool(true)
Point __PHP_Incomplete_Class
x                    => false
a:1:{i:0;i:1;        => false
s:5:"abc";           => false
O:7:"Missing":0:{}   => __PHP_Incomplete_Class
b:2;                 => false
i:12                 => false
bool(false)
bool(false)
array (
  'p' => 
  \Point::__set_state(array(
     'x' => 3,
     'y' => -4,
  )),
  's' => 
  \Settings::__set_state(array(
     'data' => 
    array (
      'theme' => 'dark',
      'size' => 12,
    ),
     'version' => 3,
  )),
  'st' => 
  \Status::Active,
  'f' => 
  array (
    0 => 1.5,
    1 => -0.0,
    2 => 1.0E+100,
  ),
  'o' => 
  (object) array(
     'k' => 'v',
  ),
)
Settings {"version":3,"theme":"dark","size":12} Active v -4
Error: Call to undefined method Node::__set_state() line 1
{"name":"Zo\u00eb \"Z\"","path":"\/a\/b","html":"<b>&<\/b>","n":10,"empty":[],"obj":{},"nested":{"x":[1,2]},"s":{"version":3,"theme":"dark","size":12}}
{"name":"Zoë \u0022Z\u0022","path":"/a/b","html":"\u003Cb\u003E\u0026\u003C/b\u003E","n":10.0,"empty":[],"obj":{},"nested":{"x":[1,2]},"s":{"version":3,"theme":"dark","size":12}}
{"3":"a","4":"b"}["a","b"]{"0":{}}
{
    "a": {
        "b": []
    },
    "c": 1.25
}
array(3) {
  ["a"]=>
  array(1) {
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
  }
  ["big"]=>
  float(1.2345678901234567E+19)
  ["e"]=>
  float(100)
}
NULL
int(4)
string(12) "Syntax error"
JsonException 4 Syntax error
 Malformed UTF-8 characters, possibly incorrectly encoded "\ufffd1" 0
NULL
string(28) "Maximum stack depth exceeded"
