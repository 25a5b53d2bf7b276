--TEST--
program: puzzles (sudoku with bitmasks and backtracking, game of life on a torus, ASCII Mandelbrot with float loops, n-queens with by-reference results, big-number addition on strings, base conversions)
--FILE--
<?php
declare(strict_types=1);

// --- Sudoku with bitmasks and backtracking
final class Sudoku
{
    private array $rows = [], $cols = [], $boxes = [];
    private int $steps = 0;

    public function __construct(private array $grid)
    {
        for ($i = 0; $i < 9; $i++) {
            $this->rows[$i] = $this->cols[$i] = $this->boxes[$i] = 0;
        }
        foreach ($grid as $r => $row) {
            foreach ($row as $c => $v) {
                if ($v) {
                    $this->place($r, $c, $v);
                }
            }
        }
    }

    private function place(int $r, int $c, int $v): void
    {
        $bit = 1 << $v;
        $this->grid[$r][$c] = $v;
        $this->rows[$r] |= $bit;
        $this->cols[$c] |= $bit;
        $this->boxes[intdiv($r, 3) * 3 + intdiv($c, 3)] |= $bit;
    }

    private function clear(int $r, int $c, int $v): void
    {
        $mask = ~(1 << $v);
        $this->grid[$r][$c] = 0;
        $this->rows[$r] &= $mask;
        $this->cols[$c] &= $mask;
        $this->boxes[intdiv($r, 3) * 3 + intdiv($c, 3)] &= $mask;
    }

    public function solve(): bool
    {
        $best = null;
        $bestCount = 10;
        for ($r = 0; $r < 9; $r++) {
            for ($c = 0; $c < 9; $c++) {
                if ($this->grid[$r][$c] === 0) {
                    $used = $this->rows[$r] | $this->cols[$c] | $this->boxes[intdiv($r, 3) * 3 + intdiv($c, 3)];
                    $count = 9 - substr_count(decbin($used >> 1), '1');
                    if ($count < $bestCount) {
                        [$best, $bestCount] = [[$r, $c, $used], $count];
                    }
                }
            }
        }
        if ($best === null) {
            return true;
        }
        [$r, $c, $used] = $best;
        for ($v = 1; $v <= 9; $v++) {
            if (!($used & (1 << $v))) {
                $this->steps++;
                $this->place($r, $c, $v);
                if ($this->solve()) {
                    return true;
                }
                $this->clear($r, $c, $v);
            }
        }
        return false;
    }

    public function __toString(): string
    {
        $out = '';
        foreach ($this->grid as $r => $row) {
            if ($r && $r % 3 === 0) {
                $out .= "------+-------+------\n";
            }
            $cells = array_map(fn($v) => $v ?: '.', $row);
            $out .= implode(' | ', array_map(fn($chunk) => implode(' ', $chunk), array_chunk($cells, 3))) . "\n";
        }
        return $out;
    }

    public function steps(): int
    {
        return $this->steps;
    }
}

$puzzle = array_map(fn($line) => array_map('intval', str_split($line)), [
    '530070000', '600195000', '098000060', '800060003', '400803001', '700020006', '060000280', '000419005', '000080079',
]);
$s = new Sudoku($puzzle);
echo $s->solve() ? "solved in {$s->steps()} steps\n" : "no solution\n";
echo $s;

// --- Game of life on a torus
function life(array $g, int $gens): array
{
    $h = count($g);
    $w = strlen($g[0]);
    for ($n = 0; $n < $gens; $n++) {
        $next = [];
        for ($y = 0; $y < $h; $y++) {
            $row = '';
            for ($x = 0; $x < $w; $x++) {
                $alive = 0;
                foreach ([[-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 1], [1, -1], [1, 0], [1, 1]] as [$dy, $dx]) {
                    $alive += $g[($y + $dy + $h) % $h][($x + $dx + $w) % $w] === '#' ? 1 : 0;
                }
                $row .= ($alive === 3 || ($alive === 2 && $g[$y][$x] === '#')) ? '#' : '.';
            }
            $next[] = $row;
        }
        $g = $next;
    }
    return $g;
}
$glider = ['.#......', '..#.....', '###.....', '........', '........', '........'];
echo implode("\n", life($glider, 4)), "\n";
echo 'population after 9: ', substr_count(implode('', life($glider, 9)), '#'), "\n";

// --- Mandelbrot in ASCII
$chars = ' .:-=+*#%@';
for ($y = -1.2; $y <= 1.2; $y += 0.2) {
    $line = '';
    for ($x = -2.0; $x <= 0.6; $x += 0.08) {
        [$zr, $zi, $i] = [0.0, 0.0, 0];
        while ($zr * $zr + $zi * $zi < 4 && $i < 30) {
            [$zr, $zi] = [$zr * $zr - $zi * $zi + $x, 2 * $zr * $zi + $y];
            $i++;
        }
        $line .= $chars[(int) floor($i / 30 * 9)];
    }
    echo rtrim($line), "\n";
}

// --- N-queens count and first solution
function queens(int $n, int $row = 0, array $cols = [], array &$first = null): int
{
    if ($row === $n) {
        $first ??= $cols;
        return 1;
    }
    $count = 0;
    for ($c = 0; $c < $n; $c++) {
        foreach ($cols as $r => $cc) {
            if ($cc === $c || abs($cc - $c) === $row - $r) {
                continue 2;
            }
        }
        $count += queens($n, $row + 1, [...$cols, $c], $first);
    }
    return $count;
}
$first = null;
echo 'queens(6)=', queens(6, 0, [], $first), ' first=', json_encode($first), "\n";

// --- big numbers as strings
function bigadd(string $a, string $b): string
{
    $res = '';
    $carry = 0;
    for ($i = strlen($a) - 1, $j = strlen($b) - 1; $i >= 0 || $j >= 0 || $carry; $i--, $j--) {
        $d = ($i >= 0 ? (int) $a[$i] : 0) + ($j >= 0 ? (int) $b[$j] : 0) + $carry;
        $res = ($d % 10) . $res;
        $carry = intdiv($d, 10);
    }
    return $res;
}
[$f1, $f2] = ['0', '1'];
for ($k = 0; $k < 150; $k++) {
    [$f1, $f2] = [$f2, bigadd($f1, $f2)];
}
echo "fib(150)=$f1 (", strlen($f1), " digits)\n";
echo 'as float: ', (float) $f1, ' ', PHP_INT_MAX < (float) $f1 ? 'overflows int' : 'fits', "\n";
echo str_pad(decbin(PHP_INT_MAX), 64, '0', STR_PAD_LEFT), ' ', dechex(-1), ' ', base_convert('zz', 36, 2), ' ', bindec('1111'), ' ', octdec('777'), ' ', hexdec('ff'), "\n";
--EXPECT--
solved in 51 steps
5 3 4 | 6 7 8 | 9 1 2
6 7 2 | 1 9 5 | 3 4 8
1 9 8 | 3 4 2 | 5 6 7
------+-------+------
8 5 9 | 7 6 1 | 4 2 3
4 2 6 | 8 5 3 | 7 9 1
7 1 3 | 9 2 4 | 8 5 6
------+-------+------
9 6 1 | 5 3 7 | 2 8 4
2 8 7 | 4 1 9 | 6 3 5
3 4 5 | 2 8 6 | 1 7 9
........
..#.....
...#....
.###....
........
........
population after 9: 5

                 ......-:@...
              .......:+@@+:....
           ......:@@#@@@@@@=-==.
      ...:::::::-@@@@@@@@@@@@@:..
 .......:-+@@@@=@@@@@@@@@@@@@@@..
 @@@@@@@@@@@@@@@@@@@@@@@@@@@@-:..
 .......:-+@@@@=@@@@@@@@@@@@@@@..
      ...:::::::-@@@@@@@@@@@@@:..
           ......:@@#@@@@@@=-==.
              .......:+@@+:....
                 ......-:@...

queens(6)=4 first=[1,3,5,0,2,4]
fib(150)=9969216677189303386214405760200 (31 digits)
as float: 9.9692166771893E+30 overflows int
0111111111111111111111111111111111111111111111111111111111111111 ffffffffffffffff 10100001111 15 511 255
