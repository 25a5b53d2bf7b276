--TEST--
match with numeric string and int arms compares strictly
--FILE--
<?php
foreach ([1, "1", "2", 2, "01", 3] as $v) {
    echo var_export($v, true), " => ", match ($v) {
        1 => 'int 1',
        "1" => 'string 1',
        "2" => 'string 2',
        "01" => 'string 01',
        default => 'other',
    }, "\n";
}
foreach (["10", "20", 10] as $v) {
    echo match ($v) { "10" => 'ten', "20" => 'twenty', default => 'none' }, "\n";
}
--EXPECT--
1 => int 1
'1' => string 1
'2' => string 2
2 => other
'01' => string 01
3 => other
ten
twenty
none
