--TEST--
program: code statistics and a listing over PHP source with PhpToken::tokenize and token_get_all (token names, is/isIgnorable, classes and functions found, comments counted, keywords transformed)
--FILE--
<?php
declare(strict_types=1);

// Code statistics and a tiny ANSI-free highlighter over this program's own source snippet.
$source = <<<'SRC'
<?php
namespace Demo;

use InvalidArgumentException as IAE;

/**
 * Computes things.
 */
abstract class Shape
{
    public const SIDES = 0;
    abstract public function area(): float;

    public static function make(string $kind, float ...$dims): static
    {
        return match ($kind) {
            'square' => new Square($dims[0]),
            default => throw new IAE("unknown shape $kind"),
        };
    }
}

final class Square extends Shape
{
    public const SIDES = 4;
    public function __construct(private float $side) {} // promoted

    public function area(): float
    {
        # hash comment
        return $this->side ** 2;
    }
}

function total(Shape ...$shapes): float
{
    $sum = 0.0;
    foreach ($shapes as $s) {
        $sum += $s->area();
    }
    return $sum;
}
echo total(Shape::make('square', 3), new Square(1.5)), "\n";
SRC;

$tokens = PhpToken::tokenize($source);
$stats = ['lines' => substr_count($source, "\n") + 1, 'tokens' => count($tokens)];
$byName = [];
$functions = [];
$classes = [];
$comments = 0;
foreach ($tokens as $i => $t) {
    $byName[$t->getTokenName()] = ($byName[$t->getTokenName()] ?? 0) + 1;
    if ($t->is([T_COMMENT, T_DOC_COMMENT])) {
        $comments += substr_count($t->text, "\n") + 1;
    }
    // the next meaningful token after `function` / `class`
    if ($t->is([T_FUNCTION, T_CLASS])) {
        for ($j = $i + 1; $j < count($tokens) && $tokens[$j]->isIgnorable(); $j++);
        if ($tokens[$j]->is(T_STRING)) {
            if ($t->is(T_CLASS)) {
                $classes[] = $tokens[$j]->text . '@' . $tokens[$j]->line;
            } else {
                $functions[] = $tokens[$j]->text . '@' . $tokens[$j]->line;
            }
        }
    }
}
arsort($byName);
$stats['comment lines'] = $comments;
$stats['classes'] = implode(', ', $classes);
$stats['functions'] = implode(', ', $functions);
foreach ($stats as $k => $v) {
    printf("%-14s %s\n", $k . ':', $v);
}
echo "top tokens:\n";
foreach (array_slice($byName, 0, 8, true) as $name => $n) {
    printf("  %-28s %3d %s\n", $name, $n, str_repeat('#', intdiv($n, 3)));
}

// a line-numbered listing with keywords upper-cased and strings marked
$out = '';
foreach (token_get_all($source) as $tok) {
    if (is_string($tok)) {
        $out .= $tok;
        continue;
    }
    [$id, $text] = $tok;
    $out .= match (true) {
        in_array($id, [T_FUNCTION, T_CLASS, T_RETURN, T_FOREACH, T_MATCH, T_NEW, T_THROW, T_ABSTRACT, T_FINAL, T_PUBLIC, T_PRIVATE, T_STATIC, T_CONST, T_EXTENDS, T_USE, T_NAMESPACE, T_ECHO, T_AS, T_DEFAULT], true) => strtoupper($text),
        $id === T_CONSTANT_ENCAPSED_STRING => '«' . substr($text, 1, -1) . '»',
        $id === T_VARIABLE => '$' . strtoupper(substr($text, 1, 1)) . substr($text, 2),
        $id === T_COMMENT, $id === T_DOC_COMMENT => preg_replace('/\S/', '~', $text),
        default => $text,
    };
}
foreach (explode("\n", $out) as $n => $line) {
    if (trim($line) !== '') {
        printf("%3d| %s\n", $n + 1, $line);
    }
}
--EXPECT--
lines:         43
tokens:        274
comment lines: 5
classes:       Shape@9, Square@23
functions:     area@12, make@14, __construct@26, area@28, total@35
top tokens:
  T_WHITESPACE                 101 #################################
  T_STRING                      28 #########
  T_VARIABLE                    14 ####
  (                             13 ####
  )                             13 ####
  ;                             11 ###
  {                              8 ##
  }                              8 ##
  1| <?php
  2| NAMESPACE Demo;
  4| USE InvalidArgumentException AS IAE;
  6| ~~~
  7|  ~ ~~~~~~~~ ~~~~~~~
  8|  ~~
  9| ABSTRACT CLASS Shape
 10| {
 11|     PUBLIC CONST SIDES = 0;
 12|     ABSTRACT PUBLIC FUNCTION area(): float;
 14|     PUBLIC STATIC FUNCTION make(string $Kind, float ...$Dims): STATIC
 15|     {
 16|         RETURN MATCH ($Kind) {
 17|             «square» => NEW Square($Dims[0]),
 18|             DEFAULT => THROW NEW IAE("unknown shape $Kind"),
 19|         };
 20|     }
 21| }
 23| FINAL CLASS Square EXTENDS Shape
 24| {
 25|     PUBLIC CONST SIDES = 4;
 26|     PUBLIC FUNCTION __construct(PRIVATE float $Side) {} ~~ ~~~~~~~~
 28|     PUBLIC FUNCTION area(): float
 29|     {
 30|         ~ ~~~~ ~~~~~~~
 31|         RETURN $This->side ** 2;
 32|     }
 33| }
 35| FUNCTION total(Shape ...$Shapes): float
 36| {
 37|     $Sum = 0.0;
 38|     FOREACH ($Shapes AS $S) {
 39|         $Sum += $S->area();
 40|     }
 41|     RETURN $Sum;
 42| }
 43| ECHO total(Shape::make(«square», 3), NEW Square(1.5)), «\n»;
