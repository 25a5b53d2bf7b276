--TEST--
program: a small Lisp interpreter (symbol interning, environments chained through nullsafe/throw expressions, tail calls by loop, closures as builtins, first-class callables, float printing)
--FILE--
<?php
declare(strict_types=1);

final class Symbol
{
    private static array $table = [];
    private function __construct(public readonly string $name) {}
    public static function of(string $name): self
    {
        return self::$table[$name] ??= new self($name);
    }
}

final class Env
{
    public function __construct(private array $vars = [], private ?Env $outer = null) {}

    public function find(string $name): Env
    {
        if (array_key_exists($name, $this->vars)) {
            return $this;
        }
        return $this->outer?->find($name) ?? throw new RuntimeException("unbound symbol: $name");
    }
    public function get(string $name): mixed
    {
        return $this->find($name)->vars[$name];
    }
    public function set(string $name, mixed $v): void
    {
        $this->vars[$name] = $v;
    }
    public function assign(string $name, mixed $v): void
    {
        $this->find($name)->vars[$name] = $v;
    }
}

final class Lambda
{
    public function __construct(public array $params, public mixed $body, public Env $env) {}
}

function tokenize(string $s): array
{
    $s = preg_replace('/;[^\n]*/', '', $s);
    return preg_split('/\s+/', trim(str_replace(['(', ')', "'"], [' ( ', ' ) ', " ' "], $s)), -1, PREG_SPLIT_NO_EMPTY);
}

function read_from(array &$tokens): mixed
{
    if (!$tokens) {
        throw new RuntimeException('unexpected EOF');
    }
    $t = array_shift($tokens);
    if ($t === '(') {
        $list = [];
        while (($tokens[0] ?? null) !== ')') {
            if (!$tokens) {
                throw new RuntimeException('missing )');
            }
            $list[] = read_from($tokens);
        }
        array_shift($tokens);
        return $list;
    }
    if ($t === ')') {
        throw new RuntimeException('unexpected )');
    }
    if ($t === "'") {
        return [Symbol::of('quote'), read_from($tokens)];
    }
    if (is_numeric($t)) {
        return str_contains($t, '.') || stripos($t, 'e') !== false ? (float) $t : (int) $t;
    }
    if ($t[0] === '"') {
        return substr($t, 1, -1);
    }
    return Symbol::of($t);
}

function to_str(mixed $x): string
{
    return match (true) {
        $x instanceof Symbol => $x->name,
        is_array($x) => '(' . implode(' ', array_map('to_str', $x)) . ')',
        is_bool($x) => $x ? '#t' : '#f',
        $x === null => 'nil',
        $x instanceof Lambda => '<lambda/' . count($x->params) . '>',
        $x instanceof Closure => '<builtin>',
        is_float($x) => rtrim(rtrim(sprintf('%.6f', $x), '0'), '.'),
        default => (string) $x,
    };
}

function evaluate(mixed $x, Env $env): mixed
{
    while (true) {
        if ($x instanceof Symbol) {
            return $env->get($x->name);
        }
        if (!is_array($x)) {
            return $x;
        }
        if ($x === []) {
            return null;
        }
        $op = $x[0];
        $name = $op instanceof Symbol ? $op->name : null;
        switch ($name) {
            case 'quote':
                return $x[1];
            case 'if':
                $x = evaluate($x[1], $env) !== false && evaluate($x[1], $env) !== null ? $x[2] : ($x[3] ?? null);
                continue 2;
            case 'define':
                if (is_array($x[1])) {
                    $fname = array_shift($x[1])->name;
                    $env->set($fname, new Lambda(array_map(fn(Symbol $s) => $s->name, $x[1]), $x[2], $env));
                    return null;
                }
                $env->set($x[1]->name, evaluate($x[2], $env));
                return null;
            case 'set!':
                $env->assign($x[1]->name, evaluate($x[2], $env));
                return null;
            case 'lambda':
                return new Lambda(array_map(fn(Symbol $s) => $s->name, $x[1]), $x[2], $env);
            case 'begin':
                for ($i = 1; $i < count($x) - 1; $i++) {
                    evaluate($x[$i], $env);
                }
                $x = end($x);
                continue 2;
            case 'let':
                $names = array_map(fn($b) => $b[0]->name, $x[1]);
                $vals = array_map(fn($b) => evaluate($b[1], $env), $x[1]);
                $env = new Env(array_combine($names, $vals), $env);
                $x = $x[2];
                continue 2;
        }
        $f = evaluate($op, $env);
        $args = array_map(fn($a) => evaluate($a, $env), array_slice($x, 1));
        if ($f instanceof Lambda) {
            if (count($args) !== count($f->params)) {
                throw new ArgumentCountError(sprintf('expected %d args, got %d', count($f->params), count($args)));
            }
            $env = new Env(array_combine($f->params, $args), $f->env);
            $x = $f->body;
            continue;
        }
        if ($f instanceof Closure) {
            return $f(...$args);
        }
        throw new RuntimeException('not a procedure: ' . to_str($f));
    }
}

function global_env(): Env
{
    $num = fn(callable $f) => fn(...$a) => array_reduce(array_slice($a, 1), $f, $a[0]);
    return new Env([
        '+' => $num(fn($a, $b) => $a + $b),
        '-' => fn(...$a) => count($a) === 1 ? -$a[0] : array_reduce(array_slice($a, 1), fn($c, $b) => $c - $b, $a[0]),
        '*' => $num(fn($a, $b) => $a * $b),
        '/' => $num(fn($a, $b) => $b == 0 ? throw new DivisionByZeroError('division by zero') : $a / $b),
        '<' => fn($a, $b) => $a < $b,
        '>' => fn($a, $b) => $a > $b,
        '=' => fn($a, $b) => $a == $b,
        '<=' => fn($a, $b) => $a <= $b,
        'mod' => fn($a, $b) => $a % $b,
        'car' => fn(array $l) => $l[0] ?? null,
        'cdr' => fn(array $l) => array_slice($l, 1),
        'cons' => fn($a, $l) => [$a, ...(array) $l],
        'list' => fn(...$a) => $a,
        'null?' => fn($l) => $l === [] || $l === null,
        'length' => fn($l) => count($l),
        'display' => function ($v) {
            echo to_str($v);
            return null;
        },
        'newline' => function () {
            echo "\n";
            return null;
        },
        'apply' => fn($f, $args) => evaluate([$f, ...array_map(fn($a) => [Symbol::of('quote'), $a], $args)], new Env()),
        'map' => fn($f, $l) => array_map(fn($v) => evaluate([[Symbol::of('quote'), $f][1], [Symbol::of('quote'), $v]], new Env()), $l),
        'sqrt' => sqrt(...),
        'pi' => M_PI,
    ]);
}

$program = <<<'LISP'
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(define (sum-to n acc) (if (= n 0) acc (sum-to (- n 1) (+ acc n))))
(define counter
  (let ((n 0))
    (lambda () (begin (set! n (+ n 1)) n))))
(define (compose f g) (lambda (x) (f (g x))))
(define square (lambda (x) (* x x)))
(define inc (lambda (x) (+ x 1)))
LISP;

$env = global_env();
$env->set('>=', fn($a, $b) => $a >= $b);
$tokens = tokenize($program);
while ($tokens) {
    evaluate(read_from($tokens), $env);
}

$tests = [
    '(fact 10)', '(fact 20)', '(fact 25)', '(fib 15)', '(range 0 8)', '(sum-to 5000 0)',
    '(begin (counter) (counter) (counter))', '((compose square inc) 6)', '(map fact (range 1 7))',
    "(car '(a b c))", "(cdr '(a b c))", '(length (range 0 100))', '(/ 10 4)', '(/ 10 5)', '(* 1.5 2)',
    '(sqrt 2)', '(* pi 2)', '(let ((x 2) (y 3)) (* x y))', '(apply + (list 1 2 3 4))', '(- 5)',
    '(if (null? (list)) "empty" "full")', '(undefined-thing 1)', '(fact)', '(/ 1 0)', '(1 2 3)', '((lambda (x) x)',
    '(display (list 1 2.5 "s" (quote sym)))',
];
foreach ($tests as $src) {
    try {
        $t = tokenize($src);
        $result = evaluate(read_from($t), $env);
        echo str_pad($src, 40), ' => ', to_str($result), "\n";
    } catch (Throwable $e) {
        echo str_pad($src, 40), ' !! ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
--EXPECT--
(fact 10)                                => 3628800
(fact 20)                                => 2432902008176640000
(fact 25)                                => 15511210043330986055303168
(fib 15)                                 => 610
(range 0 8)                              => (0 1 2 3 4 5 6 7)
(sum-to 5000 0)                          => 12502500
(begin (counter) (counter) (counter))    => 3
((compose square inc) 6)                 => 49
(map fact (range 1 7))                   => (1 2 6 24 120 720)
(car '(a b c))                           => a
(cdr '(a b c))                           => (b c)
(length (range 0 100))                   => 100
(/ 10 4)                                 => 2.5
(/ 10 5)                                 => 2
(* 1.5 2)                                => 3
(sqrt 2)                                 => 1.414214
(* pi 2)                                 => 6.283185
(let ((x 2) (y 3)) (* x y))              => 6
(apply + (list 1 2 3 4))                 => 10
(- 5)                                    => -5
(if (null? (list)) "empty" "full")       => empty
(undefined-thing 1)                      !! RuntimeException: unbound symbol: undefined-thing
(fact)                                   !! ArgumentCountError: expected 1 args, got 0
(/ 1 0)                                  !! DivisionByZeroError: division by zero
(1 2 3)                                  !! RuntimeException: not a procedure: 1
((lambda (x) x)                          !! RuntimeException: missing )
(1 2.5 s sym)(display (list 1 2.5 "s" (quote sym)))   => nil
