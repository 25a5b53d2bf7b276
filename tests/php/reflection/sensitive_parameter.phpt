--TEST--
#[SensitiveParameter]: traces show the argument as a SensitiveParameterValue
--FILE--
<?php
function login(string $user, #[SensitiveParameter] string $password, #[SensitiveParameter] ...$more) {
    throw new Exception('denied');
}
try {
    login('bob', 'hunter2', 'x', 'y');
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
    $args = $e->getTrace()[0]['args'];
    var_dump($args[0], get_class($args[1]), $args[1]->getValue(), get_class($args[3]));
    var_dump($args[1]);
}
$v = new SensitiveParameterValue('secret');
var_dump($v, $v->getValue());
--EXPECTF--
#0 %s/tests/php/reflection/sensitive_parameter.php(6): login('bob', Object(SensitiveParameterValue), Object(SensitiveParameterValue), Object(SensitiveParameterValue))
#1 {main}
string(3) "bob"
string(23) "SensitiveParameterValue"
string(7) "hunter2"
string(23) "SensitiveParameterValue"
object(SensitiveParameterValue)#2 (0) {
}
object(SensitiveParameterValue)#5 (0) {
}
string(6) "secret"
