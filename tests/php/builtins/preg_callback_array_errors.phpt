--TEST--
preg_replace_callback_array (order, limit, count, flags), preg_replace_callback flags, preg_last_error after a failed compile, PCRE's texts for common pattern errors
--FILE--
<?php
echo preg_replace_callback_array([
    '/\d+/' => fn($m) => '<' . ($m[0] * 2) . '>',
    '/_(\w)/' => fn($m) => strtoupper($m[1]),
], 'unit_price 21 and ship_cost 4', -1, $count), " ($count)\n";
print_r(preg_replace_callback_array(['/a/' => fn($m) => 'b', '/b/' => fn($m) => 'c'], ['x' => 'aa', 'y' => 'ab'], 1, $count));
echo $count, "\n";
echo preg_replace_callback_array(['/(a)(x)?/' => function ($m) { var_dump($m); return '!'; }], 'za', flags: PREG_UNMATCHED_AS_NULL | PREG_OFFSET_CAPTURE), "\n";
echo preg_replace_callback('/(b)(y)?/', function ($m) { var_dump($m); return '?'; }, 'ab', flags: PREG_OFFSET_CAPTURE), "\n";
try {
    preg_replace_callback_array(['/a/' => 'no_such_function'], 'a');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
foreach (['/[/', '/a[b/', '/(a/', '/a)/', '/*a/', '/ok/'] as $p) {
    $r = preg_match($p, 'ab');
    echo $p, ' ', var_export($r, true), ' ', preg_last_error(), ' ', preg_last_error_msg(), "\n";
}
--EXPECTF--
unitPrice <42> and shipCost <8> (4)
Array
(
    [x] => ca
    [y] => cb
)
4
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(1)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(1)
  }
  [2]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    int(-1)
  }
}
z!
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
}
a?
preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks

Warning: preg_match(): Compilation failed: missing terminating ] for character class at offset 1 in %s/tests/php/builtins/preg_callback_array_errors.php on line 16
/[/ false 1 Internal error

Warning: preg_match(): Compilation failed: missing terminating ] for character class at offset 3 in %s/tests/php/builtins/preg_callback_array_errors.php on line 16
/a[b/ false 1 Internal error

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 2 in %s/tests/php/builtins/preg_callback_array_errors.php on line 16
/(a/ false 1 Internal error

Warning: preg_match(): Compilation failed: unmatched closing parenthesis at offset 1 in %s/tests/php/builtins/preg_callback_array_errors.php on line 16
/a)/ false 1 Internal error

Warning: preg_match(): Compilation failed: quantifier does not follow a repeatable item at offset 0 in %s/tests/php/builtins/preg_callback_array_errors.php on line 16
/*a/ false 1 Internal error
/ok/ 0 0 No error
