--TEST--
UnhandledMatchError shows a string subject truncated at zend.exception_string_param_max_len
--INI--
zend.exception_string_param_max_len=3
--FILE--
<?php
foreach (['x', 'abcdef', "a\nb\0", 1.5, 7, null, false, [1], new stdClass] as $v) {
    try { echo match ($v) { 'zzz' => 1 }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
}
ini_set('zend.exception_string_param_max_len', '0');
try { echo match ('x') { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Unhandled match case 'x'
Unhandled match case 'abc...'
Unhandled match case 'a\nb...'
Unhandled match case 1.5
Unhandled match case 7
Unhandled match case NULL
Unhandled match case false
Unhandled match case of type array
Unhandled match case of type stdClass
Unhandled match case '...'
