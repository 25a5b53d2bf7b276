--TEST--
program: expression calculator (regex lexer generator, recursive descent parser, first-class callables, match/throw expressions, int/float arithmetic)
--FILE--
<?php
declare(strict_types=1);

final class Token {
    public function __construct(public readonly string $type, public readonly string $text, public readonly int $pos) {}
    public function __toString(): string { return "{$this->type}({$this->text})@{$this->pos}"; }
}

final class Lexer implements IteratorAggregate {
    private const PATTERNS = [
        'num' => '\d+(?:\.\d+)?(?:[eE][-+]?\d+)?',
        'id' => '[a-zA-Z_]\w*',
        'op' => '\*\*|[-+*\/%^(),=]',
        'ws' => '\s+',
    ];
    public function __construct(private string $src) {}
    public function getIterator(): Generator {
        $re = '~' . implode('|', array_map(fn($k, $p) => "(?P<$k>$p)", array_keys(self::PATTERNS), self::PATTERNS)) . '~A';
        $pos = 0;
        $len = strlen($this->src);
        while ($pos < $len) {
            if (!preg_match($re, $this->src, $m, 0, $pos)) {
                throw new SyntaxError(sprintf("Unexpected '%s' at %d", $this->src[$pos], $pos));
            }
            foreach (array_keys(self::PATTERNS) as $type) {
                if (isset($m[$type]) && $m[$type] !== '') {
                    if ($type !== 'ws') yield new Token($type, $m[$type], $pos);
                    break;
                }
            }
            $pos += strlen($m[0]);
        }
        yield new Token('eof', '', $pos);
    }
}

class SyntaxError extends Exception {}

final class Parser {
    private array $toks;
    private int $i = 0;
    private array $vars = ['pi' => M_PI, 'e' => M_E];
    private array $funcs;
    public function __construct() {
        $this->funcs = [
            'sqrt' => sqrt(...), 'abs' => abs(...), 'max' => max(...), 'min' => min(...),
            'round' => fn($x, $p = 0) => round($x, (int)$p), 'fact' => $this->fact(...),
        ];
    }
    private function fact(int|float $n): int|float { return $n <= 1 ? 1 : $n * $this->fact($n - 1); }
    public function run(string $src): int|float|null {
        $this->toks = iterator_to_array(new Lexer($src), false);
        $this->i = 0;
        if ($this->peek()->type === 'id' && ($this->toks[1]->text ?? '') === '=') {
            $name = $this->next()->text; $this->next();
            return $this->vars[$name] = $this->expr();
        }
        $v = $this->expr();
        $this->expect('eof');
        return $v;
    }
    private function peek(): Token { return $this->toks[$this->i]; }
    private function next(): Token { return $this->toks[$this->i++]; }
    private function expect(string $type, ?string $text = null): Token {
        $t = $this->next();
        if ($t->type !== $type || ($text !== null && $t->text !== $text)) {
            throw new SyntaxError("Expected " . ($text ?? $type) . ", got '{$t->text}' at {$t->pos}");
        }
        return $t;
    }
    private function expr(): int|float {
        $v = $this->term();
        while (in_array($this->peek()->text, ['+', '-'], true)) {
            $op = $this->next()->text;
            $r = $this->term();
            $v = $op === '+' ? $v + $r : $v - $r;
        }
        return $v;
    }
    private function term(): int|float {
        $v = $this->power();
        while (in_array($this->peek()->text, ['*', '/', '%'], true)) {
            $op = $this->next()->text;
            $r = $this->power();
            $v = match ($op) { '*' => $v * $r, '/' => $r == 0 ? throw new DivisionByZeroError('Division by zero') : $v / $r, '%' => $v % $r };
        }
        return $v;
    }
    private function power(): int|float {
        $base = $this->unary();
        if (in_array($this->peek()->text, ['^', '**'], true)) { $this->next(); return $base ** $this->power(); }
        return $base;
    }
    private function unary(): int|float {
        if ($this->peek()->text === '-') { $this->next(); return -$this->unary(); }
        if ($this->peek()->text === '+') { $this->next(); return $this->unary(); }
        return $this->primary();
    }
    private function primary(): int|float {
        $t = $this->next();
        switch ($t->type) {
            case 'num':
                return str_contains($t->text, '.') || stripos($t->text, 'e') !== false ? (float)$t->text : (int)$t->text;
            case 'id':
                if ($this->peek()->text === '(') {
                    $this->next();
                    $args = [];
                    if ($this->peek()->text !== ')') {
                        do { $args[] = $this->expr(); } while ($this->peek()->text === ',' && $this->next());
                    }
                    $this->expect('op', ')');
                    $f = $this->funcs[$t->text] ?? throw new SyntaxError("Unknown function {$t->text}");
                    return $f(...$args);
                }
                return $this->vars[$t->text] ?? throw new SyntaxError("Undefined variable {$t->text}");
            case 'op':
                if ($t->text === '(') { $v = $this->expr(); $this->expect('op', ')'); return $v; }
        }
        throw new SyntaxError("Unexpected '{$t->text}' at {$t->pos}");
    }
}

$p = new Parser();
$inputs = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ** 2', '10 / 4', '10 % 4', '7 / 0', 'x = 5', 'x * 2 + 1',
    'sqrt(16) + abs(-3)', 'max(1, 7, 3) - min(4, 2)', 'round(pi, 3)', 'fact(10)', 'fact(25)', '1e3 + .5', '1 +', '2 $ 3',
    'unknown(1)', 'y + 1', '9223372036854775807 + 1', '0.1 + 0.2', '2 ** 64', '2 ** -2', 'round(2.5) + round(-2.5)', '(((1)))'];
foreach ($inputs as $in) {
    try {
        $r = $p->run($in);
        printf("%-28s = %s\n", $in, var_export($r, true));
    } catch (SyntaxError $e) {
        printf("%-28s ! %s\n", $in, $e->getMessage());
    } catch (ArithmeticError $e) {
        printf("%-28s ! %s: %s\n", $in, get_class($e), $e->getMessage());
    }
}
echo implode(' ', iterator_to_array(new Lexer('a=1+2.5e3*(b)'), false)), "\n";
--EXPECT--
1 + 2 * 3                    = 7
(1 + 2) * 3                  = 9
2 ^ 3 ^ 2                    = 512
-2 ** 2                      = 4
10 / 4                       = 2.5
10 % 4                       = 2
7 / 0                        ! DivisionByZeroError: Division by zero
x = 5                        = 5
x * 2 + 1                    = 11
sqrt(16) + abs(-3)           = 7.0
max(1, 7, 3) - min(4, 2)     = 5
round(pi, 3)                 = 3.142
fact(10)                     = 3628800
fact(25)                     = 1.5511210043330986E+25
1e3 + .5                     ! Unexpected '.' at 6
1 +                          ! Unexpected '' at 3
2 $ 3                        ! Unexpected '$' at 2
unknown(1)                   ! Unknown function unknown
y + 1                        ! Undefined variable y
9223372036854775807 + 1      = 9.223372036854776E+18
0.1 + 0.2                    = 0.30000000000000004
2 ** 64                      = 1.8446744073709552E+19
2 ** -2                      = 0.25
round(2.5) + round(-2.5)     = 0.0
(((1)))                      = 1
id(a)@0 op(=)@1 num(1)@2 op(+)@3 num(2.5e3)@4 op(*)@9 op(()@10 id(b)@11 op())@12 eof()@13
