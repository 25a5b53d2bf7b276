--TEST--
program: a tiny language: preg tokenizer with named groups, Pratt parser, bytecode compiler, stack VM with frames
--FILE--
<?php
// A tiny language: tokenizer (preg with named groups), Pratt parser, AST as readonly objects, compiler to stack bytecode, VM with call frames
enum T: string { case Num = 'num'; case Str = 'str'; case Id = 'id'; case Op = 'op'; case Kw = 'kw'; case End = 'end'; }
final readonly class Tok { public function __construct(public T $t, public string $v, public int $line) {} public function __toString(): string { return "{$this->t->value}({$this->v})@{$this->line}"; } }
final class Lexer {
    private const RE = '~(?<ws>[ \t]+)|(?<nl>\n)|(?<comment>\#[^\n]*)|(?<num>\d+(?:\.\d+)?)|(?<str>"(?:[^"\\\\]|\\\\.)*")|(?<id>[A-Za-z_]\w*)|(?<op>==|!=|<=|>=|&&|\|\||[-+*/%<>=(){},;!])~A';
    private const KW = ['let', 'fn', 'if', 'else', 'while', 'return', 'print', 'true', 'false'];
    public static function lex(string $src): array {
        $out = []; $pos = 0; $line = 1;
        while ($pos < strlen($src)) {
            if (!preg_match(self::RE, $src, $m, 0, $pos)) throw new ParseError(sprintf('Unexpected %s at line %d', json_encode($src[$pos]), $line));
            $pos += strlen($m[0]);
            foreach (['nl', 'ws', 'comment', 'num', 'str', 'id', 'op'] as $g) {
                if (!isset($m[$g]) || $m[$g] === '') continue;
                match ($g) {
                    'nl' => $line++,
                    'ws', 'comment' => null,
                    'num' => $out[] = new Tok(T::Num, $m[$g], $line),
                    'str' => $out[] = new Tok(T::Str, stripcslashes(substr($m[$g], 1, -1)), $line),
                    'id' => $out[] = new Tok(in_array($m[$g], self::KW, true) ? T::Kw : T::Id, $m[$g], $line),
                    'op' => $out[] = new Tok(T::Op, $m[$g], $line),
                };
                break;
            }
        }
        $out[] = new Tok(T::End, '', $line);
        return $out;
    }
}
final class Parser {
    private int $i = 0;
    private const PREC = ['||' => 1, '&&' => 2, '==' => 3, '!=' => 3, '<' => 4, '>' => 4, '<=' => 4, '>=' => 4, '+' => 5, '-' => 5, '*' => 6, '/' => 6, '%' => 6];
    public function __construct(private array $toks) {}
    private function peek(): Tok { return $this->toks[$this->i]; }
    private function next(): Tok { return $this->toks[$this->i++]; }
    private function is(string $v): bool { $t = $this->peek(); return ($t->t === T::Op || $t->t === T::Kw) && $t->v === $v; }
    private function expect(string $v): void { if (!$this->is($v)) throw new ParseError("Expected '$v' but found {$this->peek()}"); $this->i++; }
    public function program(): array { $s = []; while ($this->peek()->t !== T::End) $s[] = $this->statement(); return $s; }
    private function block(): array { $this->expect('{'); $s = []; while (!$this->is('}')) $s[] = $this->statement(); $this->expect('}'); return $s; }
    private function statement(): array {
        if ($this->is('let')) { $this->next(); $name = $this->next()->v; $this->expect('='); $e = $this->expr(0); $this->expect(';'); return ['let', $name, $e]; }
        if ($this->is('print')) { $this->next(); $e = $this->expr(0); $this->expect(';'); return ['print', $e]; }
        if ($this->is('return')) { $this->next(); $e = $this->expr(0); $this->expect(';'); return ['return', $e]; }
        if ($this->is('if')) { $this->next(); $c = $this->expr(0); $then = $this->block(); $else = []; if ($this->is('else')) { $this->next(); $else = $this->is('if') ? [$this->statement()] : $this->block(); } return ['if', $c, $then, $else]; }
        if ($this->is('while')) { $this->next(); $c = $this->expr(0); return ['while', $c, $this->block()]; }
        if ($this->is('fn')) { $this->next(); $name = $this->next()->v; $this->expect('('); $params = []; while (!$this->is(')')) { $params[] = $this->next()->v; if ($this->is(',')) $this->next(); } $this->expect(')'); return ['fn', $name, $params, $this->block()]; }
        $t = $this->peek();
        if ($t->t === T::Id && $this->toks[$this->i + 1]->v === '=' ) { $this->i += 2; $e = $this->expr(0); $this->expect(';'); return ['set', $t->v, $e]; }
        $e = $this->expr(0); $this->expect(';'); return ['expr', $e];
    }
    private function expr(int $min): array {
        $left = $this->unary();
        while (($t = $this->peek())->t === T::Op && ($p = self::PREC[$t->v] ?? 0) > $min) { $this->next(); $left = ['bin', $t->v, $left, $this->expr($p)]; }
        return $left;
    }
    private function unary(): array {
        if ($this->is('-') || $this->is('!')) { $op = $this->next()->v; return ['un', $op, $this->unary()]; }
        $t = $this->next();
        $node = match (true) {
            $t->t === T::Num => ['lit', str_contains($t->v, '.') ? (float)$t->v : (int)$t->v],
            $t->t === T::Str => ['lit', $t->v],
            $t->t === T::Kw && in_array($t->v, ['true', 'false']) => ['lit', $t->v === 'true'],
            $t->t === T::Id => ['var', $t->v],
            $t->t === T::Op && $t->v === '(' => (function () { $e = $this->expr(0); $this->expect(')'); return $e; })(),
            default => throw new ParseError("Unexpected token $t"),
        };
        while ($this->is('(')) { $this->next(); $args = []; while (!$this->is(')')) { $args[] = $this->expr(0); if ($this->is(',')) $this->next(); } $this->expect(')'); $node = ['call', $node, $args]; }
        return $node;
    }
}
final class Compiler {
    public array $code = []; public array $funcs = [];
    private function emit(string $op, mixed $arg = null): int { $this->code[] = [$op, $arg]; return count($this->code) - 1; }
    public function stmts(array $ss): void { foreach ($ss as $s) $this->stmt($s); }
    private function stmt(array $s): void {
        switch ($s[0]) {
            case 'let': case 'set': $this->expr($s[2]); $this->emit('store', $s[1]); break;
            case 'print': $this->expr($s[1]); $this->emit('print'); break;
            case 'return': $this->expr($s[1]); $this->emit('ret'); break;
            case 'expr': $this->expr($s[1]); $this->emit('pop'); break;
            case 'if': $this->expr($s[1]); $jf = $this->emit('jf'); $this->stmts($s[2]); $j = $this->emit('jmp'); $this->code[$jf][1] = count($this->code); $this->stmts($s[3]); $this->code[$j][1] = count($this->code); break;
            case 'while': $top = count($this->code); $this->expr($s[1]); $jf = $this->emit('jf'); $this->stmts($s[2]); $this->emit('jmp', $top); $this->code[$jf][1] = count($this->code); break;
            case 'fn': $skip = $this->emit('jmp'); $this->funcs[$s[1]] = [count($this->code), $s[2]]; $this->stmts($s[3]); $this->emit('push', null); $this->emit('ret'); $this->code[$skip][1] = count($this->code); break;
        }
    }
    private function expr(array $e): void {
        match ($e[0]) {
            'lit' => $this->emit('push', $e[1]),
            'var' => $this->emit('load', $e[1]),
            'un' => [$this->expr($e[2]), $this->emit($e[1] === '-' ? 'neg' : 'not')],
            'bin' => $e[1] === '&&' || $e[1] === '||' ? $this->logic($e) : [$this->expr($e[2]), $this->expr($e[3]), $this->emit('bin', $e[1])],
            'call' => [array_map(fn($a) => $this->expr($a), $e[2]), $this->emit('call', [$e[1][1], count($e[2])])],
        };
    }
    private function logic(array $e): void { $this->expr($e[2]); $this->emit('dup'); $j = $this->emit($e[1] === '&&' ? 'jf' : 'jt'); $this->emit('pop'); $this->expr($e[3]); $this->code[$j][1] = count($this->code); }
}
final class VM {
    private array $stack = []; private array $frames = [['vars' => [], 'ret' => null]]; public array $out = []; public int $steps = 0;
    public function __construct(private array $code, private array $funcs) {}
    private function builtin(string $n, array $a): mixed {
        return match ($n) { 'len' => strlen((string)$a[0]), 'str' => self::show($a[0]), 'upper' => strtoupper($a[0]), 'sqrt' => sqrt($a[0]), 'max' => max(...$a), default => throw new RuntimeException("Undefined function $n") };
    }
    public static function show(mixed $v): string { return match (true) { is_bool($v) => $v ? 'true' : 'false', $v === null => 'nil', is_float($v) => rtrim(rtrim(sprintf('%.6F', $v), '0'), '.') ?: '0', default => (string)$v }; }
    public function run(): void {
        $pc = 0;
        while ($pc < count($this->code)) {
            if (++$this->steps > 200000) throw new RuntimeException('step limit');
            [$op, $arg] = $this->code[$pc++];
            $f = &$this->frames[count($this->frames) - 1];
            switch ($op) {
                case 'push': $this->stack[] = $arg; break;
                case 'pop': array_pop($this->stack); break;
                case 'dup': $this->stack[] = end($this->stack); break;
                case 'load': $this->stack[] = $f['vars'][$arg] ?? $this->frames[0]['vars'][$arg] ?? throw new RuntimeException("Undefined variable $arg"); break;
                case 'store': $f['vars'][$arg] = array_pop($this->stack); break;
                case 'print': $this->out[] = self::show(array_pop($this->stack)); break;
                case 'neg': $this->stack[] = -array_pop($this->stack); break;
                case 'not': $this->stack[] = !array_pop($this->stack); break;
                case 'jf': if (!array_pop($this->stack)) $pc = $arg; break;
                case 'jt': if (array_pop($this->stack)) $pc = $arg; break;
                case 'jmp': $pc = $arg; break;
                case 'bin':
                    $b = array_pop($this->stack); $a = array_pop($this->stack);
                    $this->stack[] = match ($arg) {
                        '+' => is_string($a) || is_string($b) ? self::show($a) . self::show($b) : $a + $b,
                        '-' => $a - $b, '*' => $a * $b, '/' => $b == 0 ? throw new DivisionByZeroError('division by zero') : $a / $b, '%' => $a % $b,
                        '==' => $a === $b, '!=' => $a !== $b, '<' => $a < $b, '>' => $a > $b, '<=' => $a <= $b, '>=' => $a >= $b,
                    };
                    break;
                case 'call':
                    [$name, $argc] = $arg;
                    $args = $argc ? array_splice($this->stack, -$argc) : [];
                    if (!isset($this->funcs[$name])) { $this->stack[] = $this->builtin($name, $args); break; }
                    [$entry, $params] = $this->funcs[$name];
                    if (count($this->frames) > 200) throw new RuntimeException('stack overflow');
                    $this->frames[] = ['vars' => array_combine($params, array_pad($args, count($params), null)), 'ret' => $pc];
                    $pc = $entry; break;
                case 'ret':
                    $fr = array_pop($this->frames); unset($f); $pc = $fr['ret']; break;
            }
            unset($f);
        }
    }
}
$src = <<<'SRC'
# functions and recursion
fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
fn fact(n) { let acc = 1; while n > 1 { acc = acc * n; n = n - 1; } return acc; }
let i = 0;
while i < 10 { print "fib(" + str(i) + ") = " + str(fib(i)); i = i + 1; }
print fact(10);
print 7 / 2; print 7 % 3; print -2 * (3 + 4); print sqrt(2);
print true && false || !false;
print len("héllo") + max(3, 9, 4);
let s = "a\tb\"c";
print upper(s);
fn fizz(n) { if n % 15 == 0 { return "FizzBuzz"; } else if n % 3 == 0 { return "Fizz"; } else if n % 5 == 0 { return "Buzz"; } return str(n); }
let k = 1; let line = "";
while k <= 15 { line = line + fizz(k) + " "; k = k + 1; }
print line;
print 0.1 + 0.2; print 1.5 * 4;
SRC;
$toks = Lexer::lex($src);
echo count($toks), ' tokens; first: ', implode(' ', array_slice($toks, 0, 6)), "\n";
$ast = (new Parser($toks))->program();
echo count($ast), " statements; ", json_encode($ast[0][3][0]), "\n";
$c = new Compiler(); $c->stmts($ast);
echo count($c->code), ' ops; funcs: ', json_encode($c->funcs), "\n";
$vm = new VM($c->code, $c->funcs); $vm->run();
echo implode("\n", $vm->out), "\nsteps: {$vm->steps}\n";
foreach (['let x = ;', 'print 1 +;', 'let y = 3 $ 4;', 'print nope;', 'print 1 / 0;', 'print undefinedfn(1);', 'fn r(n) { return r(n + 1); } print r(0);'] as $bad) {
    try { $c2 = new Compiler(); $c2->stmts((new Parser(Lexer::lex($bad)))->program()); $v2 = new VM($c2->code, $c2->funcs); $v2->run(); echo "ran: ", implode(',', $v2->out), "\n"; }
    catch (ParseError $e) { echo 'ParseError: ', $e->getMessage(), "\n"; }
    catch (RuntimeException | DivisionByZeroError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}

--EXPECT--
260 tokens; first: kw(fn)@2 id(fib)@2 op(()@2 id(n)@2 op())@2 op({)@2
20 statements; ["if",["bin","<",["var","n"],["lit",2]],[["return",["var","n"]]],[]]
170 ops; funcs: {"fib":[1,["n"]],"fact":[21,["n"]],"fizz":[108,["n"]]}
fib(0) = 0
fib(1) = 1
fib(2) = 1
fib(3) = 2
fib(4) = 3
fib(5) = 5
fib(6) = 8
fib(7) = 13
fib(8) = 21
fib(9) = 34
3628800
3.5
1
-14
1.414214
true
15
A	B"C
1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz 
0.3
6
steps: 3629
ParseError: Unexpected token op(;)@1
ParseError: Unexpected token op(;)@1
ParseError: Unexpected "$" at line 1
RuntimeException: Undefined variable nope
DivisionByZeroError: division by zero
RuntimeException: Undefined function undefinedfn
RuntimeException: stack overflow
