--TEST--
stream_context_create/get_options/set_option/get_params/set_params/get_default/set_default, their errors; a user wrapper's $context is the context given or the default one; resource ids as php's (the default context made by the first call given none, a registered wrapper is a resource)
--FILE--
<?php
$c = stream_context_create(['http' => ['method' => 'POST', 'header' => 'X: y']], ['notification' => 'cb']);
var_dump($c);
var_dump(stream_context_get_options($c));
var_dump(stream_context_set_option($c, 'http', 'timeout', 5));
var_dump(stream_context_set_option($c, ['ftp' => ['overwrite' => true]]));
var_dump(stream_context_get_options($c));
var_dump(stream_context_get_params($c));
var_dump(stream_context_set_params($c, ['options' => ['file' => ['a' => 1]], 'other' => 1]));
var_dump(stream_context_get_params($c));
$d = stream_context_get_default();
var_dump($d);
var_dump(stream_context_get_default(['http' => ['x' => 1]]) === $d);
var_dump(stream_context_get_options($d));
var_dump(stream_context_set_default(['ftp' => ['y' => 2]]) === $d);
var_dump(stream_context_get_options(stream_context_get_default()));
$f = fopen(__FILE__, 'r', false, $c);
var_dump(stream_context_get_options($f));
var_dump(stream_context_get_options(fopen(__FILE__, 'r')));
try { stream_context_create(['http' => 1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { stream_context_set_option($c, ['a' => ['b' => 1]], 'x'); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { stream_context_set_option($c, 'a'); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { stream_context_get_options(fopen('php://memory','r') ?: 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class W { public $context; function stream_open($p, $m, $o, &$op) { var_dump(stream_context_get_options($this->context)); return true; } }
stream_wrapper_register('ww', 'W');
fopen('ww://x', 'r', false, $c);
fopen('ww://x', 'r');
--EXPECT--
resource(4) of type (stream-context)
array(1) {
  ["http"]=>
  array(2) {
    ["method"]=>
    string(4) "POST"
    ["header"]=>
    string(4) "X: y"
  }
}
bool(true)
bool(true)
array(2) {
  ["http"]=>
  array(3) {
    ["method"]=>
    string(4) "POST"
    ["header"]=>
    string(4) "X: y"
    ["timeout"]=>
    int(5)
  }
  ["ftp"]=>
  array(1) {
    ["overwrite"]=>
    bool(true)
  }
}
array(2) {
  ["notification"]=>
  string(2) "cb"
  ["options"]=>
  array(2) {
    ["http"]=>
    array(3) {
      ["method"]=>
      string(4) "POST"
      ["header"]=>
      string(4) "X: y"
      ["timeout"]=>
      int(5)
    }
    ["ftp"]=>
    array(1) {
      ["overwrite"]=>
      bool(true)
    }
  }
}
bool(true)
array(2) {
  ["notification"]=>
  string(2) "cb"
  ["options"]=>
  array(3) {
    ["http"]=>
    array(3) {
      ["method"]=>
      string(4) "POST"
      ["header"]=>
      string(4) "X: y"
      ["timeout"]=>
      int(5)
    }
    ["ftp"]=>
    array(1) {
      ["overwrite"]=>
      bool(true)
    }
    ["file"]=>
    array(1) {
      ["a"]=>
      int(1)
    }
  }
}
resource(5) of type (stream-context)
bool(true)
array(1) {
  ["http"]=>
  array(1) {
    ["x"]=>
    int(1)
  }
}
bool(true)
array(2) {
  ["http"]=>
  array(1) {
    ["x"]=>
    int(1)
  }
  ["ftp"]=>
  array(1) {
    ["y"]=>
    int(2)
  }
}
array(0) {
}
array(0) {
}
Options should have the form ["wrappername"]["optionname"] = $value
ValueError: stream_context_set_option(): Argument #3 ($option_name) must be null when argument #2 ($wrapper_or_options) is an array
ValueError: stream_context_set_option(): Argument #3 ($option_name) cannot be null when argument #2 ($wrapper_or_options) is a string
array(3) {
  ["http"]=>
  array(3) {
    ["method"]=>
    string(4) "POST"
    ["header"]=>
    string(4) "X: y"
    ["timeout"]=>
    int(5)
  }
  ["ftp"]=>
  array(1) {
    ["overwrite"]=>
    bool(true)
  }
  ["file"]=>
  array(1) {
    ["a"]=>
    int(1)
  }
}
array(2) {
  ["http"]=>
  array(1) {
    ["x"]=>
    int(1)
  }
  ["ftp"]=>
  array(1) {
    ["y"]=>
    int(2)
  }
}
