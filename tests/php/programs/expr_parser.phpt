--TEST--
program: tokenizer and recursive-descent expression evaluator (preg with \G and named groups, enums, first-class callables, preg_split flags, preg_replace_callback_array, ctype)
--FILE--
<?php
declare(strict_types=1);

enum TokenType: string
{
    case Number = 'NUM';
    case Ident = 'ID';
    case Op = 'OP';
    case LParen = '(';
    case RParen = ')';
    case Comma = ',';
    case End = 'EOF';
}

final class Token
{
    public function __construct(public readonly TokenType $type, public readonly string $text, public readonly int $pos) {}
    public function __toString(): string
    {
        return sprintf('%s(%s)@%d', $this->type->value, $this->text, $this->pos);
    }
}

final class SyntaxError extends Exception
{
    public static function at(int $pos, string $msg): self
    {
        return new self("$msg at position $pos", $pos);
    }
}

function tokenize(string $src): array
{
    $pattern = '/\G(?:(?<ws>\s+)|(?<num>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?<id>[A-Za-z_]\w*)|(?<op>\*\*|[-+*\/%^])|(?<punct>[(),]))/';
    $tokens = [];
    $pos = 0;
    $len = strlen($src);
    while ($pos < $len) {
        if (!preg_match($pattern, $src, $m, 0, $pos)) {
            throw SyntaxError::at($pos, sprintf('unexpected character %s', var_export($src[$pos], true)));
        }
        $text = $m[0];
        $type = match (true) {
            ($m['ws'] ?? '') !== '' => null,
            ($m['num'] ?? '') !== '' => TokenType::Number,
            ($m['id'] ?? '') !== '' => TokenType::Ident,
            ($m['op'] ?? '') !== '' => TokenType::Op,
            default => TokenType::from($text),
        };
        if ($type !== null) {
            $tokens[] = new Token($type, $text, $pos);
        }
        $pos += strlen($text);
    }
    $tokens[] = new Token(TokenType::End, '', $pos);
    return $tokens;
}

final class Parser
{
    private int $i = 0;
    private const BINARY = ['+' => [1, 'L'], '-' => [1, 'L'], '*' => [2, 'L'], '/' => [2, 'L'], '%' => [2, 'L'], '^' => [4, 'R'], '**' => [4, 'R']];

    public function __construct(private array $tokens, private array $vars = [], private array $funcs = []) {}

    public static function evaluate(string $src, array $vars = []): int|float
    {
        $funcs = [
            'max' => max(...),
            'min' => min(...),
            'abs' => abs(...),
            'sqrt' => sqrt(...),
            'hypot' => fn(float $a, float $b): float => sqrt($a * $a + $b * $b),
            'avg' => fn(int|float ...$xs) => array_sum($xs) / count($xs),
        ];
        $p = new self(tokenize($src), $vars, $funcs);
        $v = $p->expr(0);
        $p->expect(TokenType::End);
        return $v;
    }

    private function peek(): Token
    {
        return $this->tokens[$this->i];
    }

    private function next(): Token
    {
        return $this->tokens[$this->i++];
    }

    private function expect(TokenType $t): Token
    {
        $tok = $this->next();
        if ($tok->type !== $t) {
            throw SyntaxError::at($tok->pos, "expected {$t->name}, got {$tok->type->name} '{$tok->text}'");
        }
        return $tok;
    }

    private function expr(int $minPrec): int|float
    {
        $left = $this->unary();
        while (true) {
            $tok = $this->peek();
            if ($tok->type !== TokenType::Op || !isset(self::BINARY[$tok->text])) {
                break;
            }
            [$prec, $assoc] = self::BINARY[$tok->text];
            if ($prec < $minPrec) {
                break;
            }
            $this->next();
            $right = $this->expr($assoc === 'L' ? $prec + 1 : $prec);
            $left = match ($tok->text) {
                '+' => $left + $right,
                '-' => $left - $right,
                '*' => $left * $right,
                '/' => $right == 0 ? throw new DivisionByZeroError('Division by zero') : $left / $right,
                '%' => $left % $right,
                '^', '**' => $left ** $right,
            };
        }
        return $left;
    }

    private function unary(): int|float
    {
        $tok = $this->peek();
        if ($tok->type === TokenType::Op && ($tok->text === '-' || $tok->text === '+')) {
            $this->next();
            $v = $this->expr(3);
            return $tok->text === '-' ? -$v : +$v;
        }
        return $this->primary();
    }

    private function primary(): int|float
    {
        $tok = $this->next();
        switch ($tok->type) {
            case TokenType::Number:
                return ctype_digit($tok->text) ? (int) $tok->text : (float) $tok->text;
            case TokenType::LParen:
                $v = $this->expr(0);
                $this->expect(TokenType::RParen);
                return $v;
            case TokenType::Ident:
                if ($this->peek()->type === TokenType::LParen) {
                    return $this->call($tok);
                }
                if (!array_key_exists($tok->text, $this->vars)) {
                    throw SyntaxError::at($tok->pos, "unknown variable {$tok->text}");
                }
                return $this->vars[$tok->text];
            default:
                throw SyntaxError::at($tok->pos, "unexpected {$tok->type->name}");
        }
    }

    private function call(Token $name): int|float
    {
        $this->expect(TokenType::LParen);
        $args = [];
        if ($this->peek()->type !== TokenType::RParen) {
            do {
                $args[] = $this->expr(0);
            } while ($this->peek()->type === TokenType::Comma && $this->next());
        }
        $this->expect(TokenType::RParen);
        $f = $this->funcs[strtolower($name->text)] ?? throw SyntaxError::at($name->pos, "unknown function {$name->text}()");
        return $f(...$args);
    }
}

echo implode(' ', tokenize('3 + 4.5e1*(x - 2)')), "\n";
$cases = [
    '1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ** 2', '10 / 4', '10 % 4', '7 - 2 - 1',
    'max(1, x, 3) + min(4, y)', 'hypot(3, 4)', 'avg(1, 2, 3, 4)', 'sqrt(2)', 'abs(-7.25)',
    '1 / 0', '2 +', 'foo(1)', '3 $ 4', 'z * 2', '(1 + 2', '1e3 + 0.5', '9007199254740993 + 0',
    'max()', '4 % 0',
];
foreach ($cases as $src) {
    try {
        $v = Parser::evaluate($src, ['x' => 10, 'y' => -1.5]);
        printf("%-28s = %s (%s)\n", $src, var_export($v, true), get_debug_type($v));
    } catch (SyntaxError $e) {
        printf("%-28s ! syntax: %s [code %d]\n", $src, $e->getMessage(), $e->getCode());
    } catch (Error $e) {
        printf("%-28s ! %s: %s\n", $src, $e::class, $e->getMessage());
    }
}

// preg helpers on the same input
$src = 'price = qty * unit_price + shipping_cost - discount2';
preg_match_all('/(?<name>[a-z_]+\d*)/', $src, $all, PREG_SET_ORDER);
echo implode(',', array_column($all, 'name')), "\n";
print_r(preg_split('/\s*([-+*=])\s*/', $src, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY));
print_r(preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY | PREG_SPLIT_OFFSET_CAPTURE));
echo preg_replace_callback('/\b([a-z])([a-z_]*)/', fn($m) => strtoupper($m[1]) . str_replace('_', '', $m[2]), $src), "\n";
echo preg_replace_callback_array([
    '/\d+/' => fn($m) => '<' . ($m[0] * 2) . '>',
    '/_(\w)/' => fn($m) => strtoupper($m[1]),
], 'unit_price 21 and ship_cost 4', -1, $count), " ($count)\n";
var_dump(preg_match('/(?<year>\d{4})-(?<month>\d\d)?/', 'on 2024- ok', $m, PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match('/(a)(b)?(c)/', 'ac', $m2, PREG_OFFSET_CAPTURE), $m2);
echo preg_quote('1.5*[x]+(y)?{z}#', '#'), "\n";
var_dump(preg_match('/[/', 'x'));
echo preg_last_error(), ' ', preg_last_error_msg(), "\n";
var_dump(ctype_alpha('abc'), ctype_alnum('a1 '), ctype_xdigit('fF09'), ctype_space(" \t\n"), ctype_punct('!?'), ctype_upper(''), ctype_digit('123'));
echo implode('|', preg_grep('/^\d+$/', ['1', 'a', '22', '3b'], PREG_GREP_INVERT)), "\n";
--EXPECTF--
NUM(3)@0 OP(+)@2 NUM(4.5e1)@4 OP(*)@9 ((()@10 ID(x)@11 OP(-)@13 NUM(2)@15 )())@16 EOF()@17
1 + 2 * 3                    = 7 (int)
(1 + 2) * 3                  = 9 (int)
2 ^ 3 ^ 2                    = 512 (int)
-2 ** 2                      = -4 (int)
10 / 4                       = 2.5 (float)
10 % 4                       = 2 (int)
7 - 2 - 1                    = 4 (int)
max(1, x, 3) + min(4, y)     = 8.5 (float)
hypot(3, 4)                  = 5.0 (float)
avg(1, 2, 3, 4)              = 2.5 (float)
sqrt(2)                      = 1.4142135623730951 (float)
abs(-7.25)                   = 7.25 (float)
1 / 0                        ! DivisionByZeroError: Division by zero
2 +                          ! syntax: unexpected End at position 3 [code 3]
foo(1)                       ! syntax: unknown function foo() at position 0 [code 0]
3 $ 4                        ! syntax: unexpected character '$' at position 2 [code 2]
z * 2                        ! syntax: unknown variable z at position 0 [code 0]
(1 + 2                       ! syntax: expected RParen, got End '' at position 6 [code 6]
1e3 + 0.5                    = 1000.5 (float)
9007199254740993 + 0         = 9007199254740993 (int)
max()                        ! ArgumentCountError: max() expects at least 1 argument, 0 given
4 % 0                        ! DivisionByZeroError: Modulo by zero
price,qty,unit_price,shipping_cost,discount2
Array
(
    [0] => price
    [1] => =
    [2] => qty
    [3] => *
    [4] => unit_price
    [5] => +
    [6] => shipping_cost
    [7] => -
    [8] => discount2
)
Array
(
    [0] => Array
        (
            [0] => a
            [1] => 0
        )

    [1] => Array
        (
            [0] => b
            [1] => 1
        )

    [2] => Array
        (
            [0] => c
            [1] => 2
        )

)
Price = Qty * Unitprice + Shippingcost - Discount2
unitPrice <42> and shipCost <8> (4)
int(1)
array(5) {
  [0]=>
  string(5) "2024-"
  ["year"]=>
  string(4) "2024"
  [1]=>
  string(4) "2024"
  ["month"]=>
  NULL
  [2]=>
  NULL
}
int(1)
array(4) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "ac"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [2]=>
  array(2) {
    [0]=>
    string(0) ""
    [1]=>
    int(-1)
  }
  [3]=>
  array(2) {
    [0]=>
    string(1) "c"
    [1]=>
    int(1)
  }
}
1\.5\*\[x\]\+\(y\)\?\{z\}\#

Warning: preg_match(): Compilation failed: missing terminating ] for character class at offset 1 in %s/tests/php/programs/expr_parser.php on line 208
bool(false)
1 Internal error
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
a|3b
