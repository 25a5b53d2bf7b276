--TEST--
NAN and a non-numeric string are uncomparable: neither <, > nor ==; numeric strings compare as numbers
--FILE--
<?php
foreach (['', 'a', '1a', 'null', 'NAN', '1', ' 2', '1e3'] as $s) {
    echo json_encode($s), ': ', json_encode([NAN < $s, NAN > $s, NAN == $s, $s < NAN, $s > NAN, $s == NAN, NAN <=> $s, $s <=> NAN]), "\n";
}
echo json_encode([INF < 'a', INF <=> 'INF', -INF <=> 'a', 1.5 <=> 'abc']), "\n";
$a = ['b', NAN, 'a']; sort($a); var_dump(count($a));
--EXPECT--
"": [false,false,false,false,false,false,1,1]
"a": [false,false,false,false,false,false,1,1]
"1a": [false,false,false,false,false,false,1,1]
"null": [false,false,false,false,false,false,1,1]
"NAN": [false,false,false,false,false,false,1,1]
"1": [false,false,false,false,false,false,1,1]
" 2": [false,false,false,false,false,false,1,1]
"1e3": [false,false,false,false,false,false,1,1]
[true,0,-1,-1]
int(3)
