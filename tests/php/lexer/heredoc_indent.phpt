--TEST--
heredoc closing marker indentation is removed
--FILE--
<?php
function f() {
    return <<<EOT
        line one
          line two (2 more)
        line three
        EOT;
}
echo f(), "|\n";
$x = [<<<A
  in array
  A, 'after'];
var_dump($x);
echo <<<E
E;
echo "[empty]\n";
--EXPECT--
line one
  line two (2 more)
line three|
array(2) {
  [0]=>
  string(8) "in array"
  [1]=>
  string(5) "after"
}
[empty]
