--TEST--
program: arbitrary-precision integers in strings, and PHP's int/float boundary behaviour
--FILE--
<?php
// Arbitrary-precision integers in strings (no bcmath): add/sub/mul/divmod/pow, factorials, Fibonacci, base conversion,
// and PHP's own int/float boundary behaviour along the way
final class Big {
    private function __construct(public readonly bool $neg, public readonly string $mag) {}
    public static function of(int|string $v): self {
        $s = (string)$v;
        if (!preg_match('/^([+-]?)0*(\d+)$/', $s, $m)) throw new InvalidArgumentException("Not an integer: '$s'");
        $mag = $m[2] === '' ? '0' : $m[2];
        return new self($m[1] === '-' && $mag !== '0', $mag);
    }
    private static function cmpMag(string $a, string $b): int { return strlen($a) <=> strlen($b) ?: strcmp($a, $b) <=> 0; }
    private static function addMag(string $a, string $b): string {
        $r = ''; $carry = 0; $i = strlen($a) - 1; $j = strlen($b) - 1;
        while ($i >= 0 || $j >= 0 || $carry) { $s = ($i >= 0 ? (int)$a[$i--] : 0) + ($j >= 0 ? (int)$b[$j--] : 0) + $carry; $r .= $s % 10; $carry = intdiv($s, 10); }
        return strrev($r);
    }
    private static function subMag(string $a, string $b): string {
        $r = ''; $borrow = 0; $i = strlen($a) - 1; $j = strlen($b) - 1;
        while ($i >= 0) { $d = (int)$a[$i--] - ($j >= 0 ? (int)$b[$j--] : 0) - $borrow; $borrow = $d < 0 ? 1 : 0; $r .= $d + 10 * $borrow; }
        return ltrim(strrev($r), '0') ?: '0';
    }
    private static function mulMag(string $a, string $b): string {
        $res = array_fill(0, strlen($a) + strlen($b), 0);
        for ($i = strlen($a) - 1; $i >= 0; $i--) for ($j = strlen($b) - 1; $j >= 0; $j--) {
            $p = $res[$i + $j + 1] + (int)$a[$i] * (int)$b[$j]; $res[$i + $j + 1] = $p % 10; $res[$i + $j] += intdiv($p, 10);
        }
        return ltrim(implode('', $res), '0') ?: '0';
    }
    public function add(self $o): self {
        if ($this->neg === $o->neg) return new self($this->neg, self::addMag($this->mag, $o->mag));
        $c = self::cmpMag($this->mag, $o->mag);
        if ($c === 0) return self::of(0);
        return $c > 0 ? new self($this->neg, self::subMag($this->mag, $o->mag)) : new self($o->neg, self::subMag($o->mag, $this->mag));
    }
    public function neg(): self { return $this->mag === '0' ? $this : new self(!$this->neg, $this->mag); }
    public function sub(self $o): self { return $this->add($o->neg()); }
    public function mul(self $o): self { $m = self::mulMag($this->mag, $o->mag); return new self($m !== '0' && $this->neg !== $o->neg, $m); }
    /** @return array{self, self} truncated quotient and remainder, like intdiv and % */
    public function divmod(self $o): array {
        if ($o->mag === '0') throw new DivisionByZeroError('Division by zero');
        $q = ''; $rem = '0';
        foreach (str_split($this->mag) as $d) {
            $rem = ltrim($rem . $d, '0') ?: '0'; $k = 0;
            while (self::cmpMag($rem, $o->mag) >= 0) { $rem = self::subMag($rem, $o->mag); $k++; }
            $q .= $k;
        }
        $q = ltrim($q, '0') ?: '0';
        return [new self($q !== '0' && $this->neg !== $o->neg, $q), new self($rem !== '0' && $this->neg, $rem)];
    }
    public function pow(int $e): self { $r = self::of(1); $b = $this; while ($e > 0) { if ($e & 1) $r = $r->mul($b); $b = $b->mul($b); $e >>= 1; } return $r; }
    public function toBase(int $base): string {
        $digits = '0123456789abcdefghijklmnopqrstuvwxyz'; $n = new self(false, $this->mag); $out = ''; $b = self::of($base);
        do { [$n, $r] = $n->divmod($b); $out .= $digits[(int)$r->mag]; } while ($n->mag !== '0');
        return ($this->neg ? '-' : '') . strrev($out);
    }
    public function fitsInt(): bool { return self::cmpMag($this->mag, $this->neg ? '9223372036854775808' : (string)PHP_INT_MAX) <= 0; }
    public function __toString(): string { return ($this->neg ? '-' : '') . $this->mag; }
}
$a = Big::of('123456789012345678901234567890'); $b = Big::of(-987654321);
echo $a->add($b), ' ', $a->sub($b), ' ', $a->mul($b), ' ', implode(' r ', $a->divmod($b)), "\n";
foreach ([[7, 2], [-7, 2], [7, -2], [-7, -2], [0, 5], [5, 7]] as [$x, $y]) { [$q, $r] = Big::of($x)->divmod(Big::of($y)); printf("%3d/%-3d big=%s,%s php=%d,%d fmod=%s\n", $x, $y, $q, $r, intdiv($x, $y), $x % $y, fmod($x, $y)); }
$f = Big::of(1); for ($i = 2; $i <= 30; $i++) $f = $f->mul(Big::of($i)); echo "30! = $f (", strlen((string)$f), " digits)\n";
echo "2^100 = ", Big::of(2)->pow(100), "\n3^50 = ", Big::of(3)->pow(50), "\n";
[$p, $q] = [Big::of(0), Big::of(1)]; for ($i = 0; $i < 100; $i++) [$p, $q] = [$q, $p->add($q)]; echo "fib(100) = $p\n";
echo Big::of(255)->toBase(16), ' ', Big::of(-255)->toBase(2), ' ', Big::of('18446744073709551616')->toBase(16), ' ', Big::of('1000000')->toBase(36), "\n";
foreach (['9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809'] as $s) { $n = Big::of($s); echo $s, ' fits=', var_export($n->fitsInt(), true), ' (int)="', (int)$s, '" float=', (float)$s, ' is_numeric=', var_export(is_numeric($s), true), ' +0=', var_export($s + 0, true), "\n"; }
try { Big::of('12a'); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
try { Big::of(1)->divmod(Big::of(0)); } catch (DivisionByZeroError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(PHP_INT_MAX + 1, PHP_INT_MIN - 1, PHP_INT_MAX * 2, -PHP_INT_MIN, PHP_INT_MAX + 1 == PHP_INT_MAX, (int)(PHP_INT_MAX + 1.0), 0.1 + 0.7, (int)((0.1 + 0.7) * 10), intdiv(PHP_INT_MIN, 2), PHP_INT_MIN % -1, abs(PHP_INT_MIN), 2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, 7 ** -1, 0 ** 0, -1 ** 0.5, (-8) ** (1/3));
var_dump(9007199254740993, (float)9007199254740993, 9007199254740993 == 9007199254740992.0, (int)'1e3', '1e3' == '1000', 0.1 + 0.2 == 0.3, abs(0.3 - (0.1 + 0.2)) < PHP_FLOAT_EPSILON, PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_MIN, -PHP_FLOAT_MAX * 2, PHP_FLOAT_DIG);
var_dump(round(2.5), round(-2.5), round(1.955, 2), floor(-7 / 2), ceil(-0.5), intval('0x1A', 16), intval('0x1A', 0), intval('012', 0), intval('0b11', 0), intval(' 42abc'), octdec('789'), bindec('102'), base_convert('ffffffffffffffffff', 16, 10), dechex(-1), decbin(-1));
printf("%d %d %s %s %.0f %e\n", '9223372036854775808', 1e19, 1e19, 123456789012345678, 1e22, PHP_INT_MAX);

--EXPECTF--
123456789012345678900246913569 123456789012345678902222222211 -121932631124828532112482853211126352690 -124999998873437499901 r 574845669
  7/2   big=3,1 php=3,1 fmod=1
 -7/2   big=-3,-1 php=-3,-1 fmod=-1
  7/-2  big=-3,1 php=-3,1 fmod=1
 -7/-2  big=3,-1 php=3,-1 fmod=-1
  0/5   big=0,0 php=0,0 fmod=0
  5/7   big=0,5 php=0,5 fmod=5
30! = 265252859812191058636308480000000 (33 digits)
2^100 = 1267650600228229401496703205376
3^50 = 717897987691852588770249
fib(100) = 354224848179261915075
ff -11111111 10000000000000000 lfls
9223372036854775807 fits=true (int)="9223372036854775807" float=9.2233720368548E+18 is_numeric=true +0=9223372036854775807
9223372036854775808 fits=false (int)="9223372036854775807" float=9.2233720368548E+18 is_numeric=true +0=9.223372036854776E+18
-9223372036854775808 fits=true (int)="-9223372036854775808" float=-9.2233720368548E+18 is_numeric=true +0=-9223372036854775807-1
-9223372036854775809 fits=false (int)="-9223372036854775808" float=-9.2233720368548E+18 is_numeric=true +0=-9.223372036854776E+18
Not an integer: '12a'
DivisionByZeroError: Division by zero
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(1.8446744073709552E+19)
float(9.223372036854776E+18)
bool(true)
int(-9223372036854775808)
float(0.7999999999999999)
int(7)
int(-4611686018427387904)
int(0)
float(9.223372036854776E+18)
int(4611686018427387904)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
int(-9223372036854775808)
float(0.14285714285714285)
int(1)
float(-1)
float(NAN)
int(9007199254740993)
float(9007199254740992)
bool(true)
int(1000)
bool(true)
bool(false)
bool(true)
float(2.220446049250313E-16)
float(1.7976931348623157E+308)
float(2.2250738585072014E-308)
float(-INF)
int(15)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s/tests/php/programs/bignum.php on line 72

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s/tests/php/programs/bignum.php on line 72
float(3)
float(-3)
float(1.96)
float(-4)
float(-0)
int(26)
int(26)
int(10)
int(3)
int(42)
int(7)
int(2)
string(22) "4722366482869646642046"
string(16) "ffffffffffffffff"
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
9223372036854775807 -8446744073709551616 1.0E+19 123456789012345678 10000000000000000000000 9.223372e+18
