--TEST--
program: money in integer cents (intdiv, allocation, number_format, round modes, float printing edge cases, integer overflow)
--FILE--
<?php
declare(strict_types=1);

final class Money implements JsonSerializable, Stringable
{
    private function __construct(public readonly int $cents, public readonly string $currency) {}

    public static function of(string|int|float $amount, string $currency = 'EUR'): self
    {
        if (is_string($amount)) {
            if (!preg_match('/^(-)?(\d+)(?:\.(\d{1,2}))?$/', $amount, $m)) {
                throw new InvalidArgumentException("bad amount '$amount'");
            }
            $cents = (int) $m[2] * 100 + (int) str_pad($m[3] ?? '0', 2, '0');
            return new self($m[1] === '-' ? -$cents : $cents, $currency);
        }
        return new self((int) round($amount * 100), $currency);
    }

    public function add(self $o): self
    {
        $this->same($o);
        return new self($this->cents + $o->cents, $this->currency);
    }

    public function sub(self $o): self
    {
        $this->same($o);
        return new self($this->cents - $o->cents, $this->currency);
    }

    public function mul(float $factor, int $mode = PHP_ROUND_HALF_UP): self
    {
        return new self((int) round($this->cents * $factor, 0, $mode), $this->currency);
    }

    /** @return self[] split without losing a cent */
    public function allocate(int ...$ratios): array
    {
        $total = array_sum($ratios);
        $rest = $this->cents;
        $parts = [];
        foreach ($ratios as $r) {
            $share = intdiv($this->cents * $r, $total);
            $parts[] = $share;
            $rest -= $share;
        }
        for ($i = 0; $rest > 0; $i++, $rest--) {
            $parts[$i]++;
        }
        return array_map(fn(int $c) => new self($c, $this->currency), $parts);
    }

    private function same(self $o): void
    {
        if ($o->currency !== $this->currency) {
            throw new LogicException("currency mismatch: {$this->currency} vs {$o->currency}");
        }
    }

    public function format(string $dec = '.', string $thousands = ','): string
    {
        $sign = $this->cents < 0 ? '-' : '';
        $abs = abs($this->cents);
        return $sign . number_format(intdiv($abs, 100) + ($abs % 100) / 100, 2, $dec, $thousands) . ' ' . $this->currency;
    }

    public function __toString(): string
    {
        return $this->format();
    }

    public function jsonSerialize(): array
    {
        return ['amount' => sprintf('%d.%02d', intdiv($this->cents, 100), abs($this->cents % 100)), 'currency' => $this->currency];
    }
}

$price = Money::of('19.99');
$qty = 3;
$subtotal = $price->mul($qty);
$vat = $subtotal->mul(0.2);
$total = $subtotal->add($vat);
printf("%-10s %15s\n", 'subtotal', $subtotal);
printf("%-10s %15s\n", 'vat 20%', $vat);
printf("%-10s %15s\n", 'total', $total);
echo 'fr: ', $total->format(',', ' '), "\n";
echo 'split 3: ', implode(' | ', Money::of('100.00')->allocate(1, 1, 1)), "\n";
echo 'split 70/20/10 of 0.05: ', implode(' | ', Money::of('0.05')->allocate(70, 20, 10)), "\n";
echo json_encode([Money::of(-1234.5), Money::of('0.07', 'USD')], JSON_PRETTY_PRINT), "\n";
echo Money::of('1234567.89'), ' ', Money::of(-0.01), ' ', Money::of('-0.5'), "\n";
try {
    $price->add(Money::of(1, 'USD'));
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
try {
    Money::of('12.345');
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}

echo "-- rounding modes --\n";
$modes = ['UP' => PHP_ROUND_HALF_UP, 'DOWN' => PHP_ROUND_HALF_DOWN, 'EVEN' => PHP_ROUND_HALF_EVEN, 'ODD' => PHP_ROUND_HALF_ODD];
foreach ([2.5, -2.5, 3.5, 1.955, 5.045, 5.055, 0.285, 1.005] as $v) {
    $row = [];
    foreach ($modes as $name => $mode) {
        $row[] = $name . '=' . var_export(round($v, 2, $mode), true) . '/' . round($v, 0, $mode);
    }
    echo str_pad((string) $v, 6), implode(' ', $row), "\n";
}

echo "-- float printing --\n";
$floats = [0.1 + 0.2, 1e15, 1e16, 123456789012345678.0, -0.0, 1/3, 2**53, 2**63, 7.0, 1.5e-7, 100000000000000000000.0, 0.00001, PHP_FLOAT_EPSILON, NAN, INF, -INF];
foreach ($floats as $f) {
    echo str_pad(var_export($f, true), 24), ' ', str_pad((string) $f, 22), ' ', json_encode($f), ' ', sprintf('%.3e|%g|%G|%.15f', $f, $f, $f, $f), "\n";
}
var_dump(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < PHP_FLOAT_EPSILON, intdiv(-7, 2), -7 % 2, fmod(-7.5, 2), 7 <=> 7.0);
echo number_format(1234.5), ' ', number_format(-1234.567, 2), ' ', number_format(0.5), ' ', number_format(-0.4), ' ', number_format(1e20, 2), "\n";
echo number_format(1234.5678, 3, ','), ' ', number_format(1234.5678, 2, '', ''), ' ', number_format(999.995, 2), "\n";
try {
    intdiv(PHP_INT_MIN, -1);
} catch (ArithmeticError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    echo 1 % 0;
} catch (DivisionByZeroError $e) {
    echo $e->getMessage(), "\n";
}
echo PHP_INT_MAX + 1, ' ', PHP_INT_MAX * 2, ' ', -PHP_INT_MAX - 2, ' ', 0.1 * 3, ' ', 1e100, "\n";
var_dump((int) '12abc', (float) '1.5e3xyz', '10' == '1e1', 100 == '1e2', (int) 1e19, is_numeric(' 12'), is_numeric('12 '), '0x1A' + 0 === 0);
--EXPECTF--
subtotal         59.97 EUR
vat 20%          11.99 EUR
total            71.96 EUR
fr: 71,96 EUR
split 3: 33.34 EUR | 33.33 EUR | 33.33 EUR
split 70/20/10 of 0.05: 0.04 EUR | 0.01 EUR | 0.00 EUR
[
    {
        "amount": "-1234.50",
        "currency": "EUR"
    },
    {
        "amount": "0.07",
        "currency": "USD"
    }
]
1,234,567.89 EUR -0.01 EUR -0.50 EUR
currency mismatch: EUR vs USD
bad amount '12.345'
-- rounding modes --
2.5   UP=2.5/3 DOWN=2.5/2 EVEN=2.5/2 ODD=2.5/3
-2.5  UP=-2.5/-3 DOWN=-2.5/-2 EVEN=-2.5/-2 ODD=-2.5/-3
3.5   UP=3.5/4 DOWN=3.5/3 EVEN=3.5/4 ODD=3.5/3
1.955 UP=1.96/2 DOWN=1.95/2 EVEN=1.96/2 ODD=1.95/2
5.045 UP=5.05/5 DOWN=5.04/5 EVEN=5.04/5 ODD=5.05/5
5.055 UP=5.06/5 DOWN=5.05/5 EVEN=5.06/5 ODD=5.05/5
0.285 UP=0.29/0 DOWN=0.28/0 EVEN=0.28/0 ODD=0.29/0
1.005 UP=1.01/1 DOWN=1.0/1 EVEN=1.0/1 ODD=1.01/1
-- float printing --
0.30000000000000004      0.3                    0.30000000000000004 3.000e-1|0.3|0.3|0.300000000000000
1000000000000000.0       1.0E+15                1000000000000000 1.000e+15|1.0e+15|1.0E+15|1000000000000000.000000000000000
10000000000000000.0      1.0E+16                10000000000000000 1.000e+16|1.0e+16|1.0E+16|10000000000000000.000000000000000
1.2345678901234568E+17   1.2345678901235E+17    1.2345678901234568e+17 1.235e+17|1.23457e+17|1.23457E+17|123456789012345680.000000000000000
-0.0                     -0                     -0 0.000e+0|-0|-0|0.000000000000000
0.3333333333333333       0.33333333333333       0.3333333333333333 3.333e-1|0.333333|0.333333|0.333333333333333
9007199254740992         9007199254740992       9007199254740992 9.007e+15|9.0072e+15|9.0072E+15|9007199254740992.000000000000000
9.223372036854776E+18    9.2233720368548E+18    9.223372036854776e+18 9.223e+18|9.22337e+18|9.22337E+18|9223372036854775808.000000000000000
7.0                      7                      7 7.000e+0|7|7|7.000000000000000
1.5E-7                   1.5E-7                 1.5e-7 1.500e-7|1.5e-7|1.5E-7|0.000000150000000
1.0E+20                  1.0E+20                1.0e+20 1.000e+20|1.0e+20|1.0E+20|100000000000000000000.000000000000000
1.0E-5                   1.0E-5                 1.0e-5 1.000e-5|1.0e-5|1.0E-5|0.000010000000000
2.220446049250313E-16    2.2204460492503E-16    2.220446049250313e-16 2.220e-16|2.22045e-16|2.22045E-16|0.000000000000000
NAN                      NAN                     NaN|NaN|NaN|NaN
INF                      INF                     INF|INF|INF|INF
-INF                     -INF                    INF|INF|INF|INF
bool(false)
bool(true)
int(-3)
int(-1)
float(-1.5)
int(0)
1,235 -1,234.57 1 0 100,000,000,000,000,000,000.00
1,234,568 123457 1,000.00
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer
Modulo by zero
9.2233720368548E+18 1.844674407371E+19 -9.2233720368548E+18 0.3 1.0E+100

Warning: A non-numeric value encountered in %s/tests/php/programs/money.php on line 132
int(12)
float(1500)
bool(true)
bool(true)
int(-8446744073709551616)
bool(true)
bool(true)
bool(true)
