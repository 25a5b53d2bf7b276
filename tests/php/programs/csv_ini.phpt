--TEST--
program: CSV and INI parsing (str_getcsv, fgetcsv/fputcsv on php://memory and php://temp, SplTempFileObject with READ_CSV, parse_ini_string modes)
--FILE--
<?php
declare(strict_types=1);

$csv = <<<CSV
id,name,city,amount,notes
1,"Smith, John",Paris,1200.50,"said ""hi"""
2,Jane Doe,"New
York",99,
3,Élodie,Lyon,-15.5,"multi, comma"
4,Bob,,0,plain

CSV;

echo "== str_getcsv per line ==\n";
foreach (explode("\n", "a,b,c\n\"x \"\"y\"\"\",2,\n'q';r;s") as $line) {
    echo json_encode(str_getcsv($line)), ' ', json_encode(str_getcsv($line, ';', "'")), "\n";
}

echo "== fgetcsv on php://memory ==\n";
$fh = fopen('php://memory', 'w+');
fwrite($fh, $csv);
rewind($fh);
$header = fgetcsv($fh);
$rows = [];
while (($row = fgetcsv($fh)) !== false) {
    if ($row === [null]) {
        echo "(blank line)\n";
        continue;
    }
    $rows[] = array_combine($header, $row);
}
fclose($fh);
foreach ($rows as $r) {
    printf("%2d %-12s %-10s %10s %s\n", $r['id'], $r['name'], str_replace("\n", '\n', $r['city']), number_format((float) $r['amount'], 2), $r['notes'] === '' ? '-' : $r['notes']);
}
echo 'total: ', array_sum(array_column($rows, 'amount')), "\n";
$byCity = [];
foreach ($rows as $r) {
    $byCity[$r['city'] ?: '(none)'][] = $r['name'];
}
ksort($byCity, SORT_STRING | SORT_FLAG_CASE);
print_r($byCity);

echo "== fputcsv ==\n";
$out = fopen('php://temp', 'r+');
foreach ([['a b', 'c"d', 'e,f', '', null, 1.5, true], ['x', "multi\nline", ' lead', 'tab\there']] as $fields) {
    $n = fputcsv($out, $fields);
    echo "wrote $n bytes\n";
}
fputcsv($out, ['p|q', 'r'], '|', "'");
rewind($out);
echo stream_get_contents($out);
fclose($out);

echo "== SplTempFileObject ==\n";
$tmp = new SplTempFileObject();
$tmp->fputcsv(['sku', 'qty']);
$tmp->fputcsv(['A-1', '3']);
$tmp->fputcsv(['B-2', '10']);
$tmp->rewind();
$tmp->setFlags(SplFileObject::READ_CSV | SplFileObject::SKIP_EMPTY | SplFileObject::READ_AHEAD);
foreach ($tmp as $i => $row) {
    echo $i, ': ', implode(' / ', $row), "\n";
}

echo "== SplFileObject lines ==\n";
$text = new SplTempFileObject();
$text->fwrite("first line\nsecond line\n\nfourth\n");
$text->rewind();
$text->setFlags(SplFileObject::DROP_NEW_LINE);
foreach ($text as $n => $line) {
    echo $n, '[', $line, "]\n";
}
$text->seek(1);
echo 'seek(1): ', $text->current(), ' key=', $text->key(), "\n";

echo "== parse_ini_string ==\n";
$ini = <<<'INI'
; app config
[app]
name = "My App"
debug = true
level = 3
ratio = 0.75
is_off = off
empty =
path = /var/www
list[] = one
list[] = two
map[k1] = v1

[db]
host = localhost
port = 5432
user = 'admin'
pass = "p@ss;word"
nothing = null
is_yes = yes
INI;
$plain = parse_ini_string($ini);
var_dump($plain['debug'], $plain['is_off'], $plain['empty'], $plain['port'], $plain['nothing'], $plain['is_yes']);
$sections = parse_ini_string($ini, true);
echo implode(',', array_keys($sections)), "\n";
print_r($sections['app']['list']);
var_dump(parse_ini_string($ini, true, INI_SCANNER_TYPED)['db']);
var_dump(parse_ini_string($ini, true, INI_SCANNER_RAW)['app']['debug']);
var_dump(parse_ini_string("a = 1\nb = \${a}x\nd = E_ALL & ~E_NOTICE"));
var_dump(@parse_ini_string("[broken\nx=1"));
--EXPECT--
== str_getcsv per line ==
["a","b","c"] ["a,b,c"]
["x \"y\"","2",""] ["\"x \"\"y\"\"\",2,"]
["'q';r;s"] ["q","r","s"]
== fgetcsv on php://memory ==
 1 Smith, John  Paris        1,200.50 said "hi"
 2 Jane Doe     New\nYork       99.00 -
 3 Élodie      Lyon           -15.50 multi, comma
 4 Bob                           0.00 plain
total: 1284
Array
(
    [(none)] => Array
        (
            [0] => Bob
        )

    [Lyon] => Array
        (
            [0] => Élodie
        )

    [New
York] => Array
        (
            [0] => Jane Doe
        )

    [Paris] => Array
        (
            [0] => Smith, John
        )

)
== fputcsv ==
wrote 27 bytes
wrote 35 bytes
"a b","c""d","e,f",,,1.5,1
x,"multi
line"," lead","tab\there"
'p|q'|r
== SplTempFileObject ==
0: sku / qty
1: A-1 / 3
2: B-2 / 10
== SplFileObject lines ==
0[first line]
1[second line]
2[]
3[fourth]
seek(1): second line key=1
== parse_ini_string ==
string(1) "1"
string(0) ""
string(0) ""
string(4) "5432"
string(0) ""
string(1) "1"
app,db
Array
(
    [0] => one
    [1] => two
)
array(6) {
  ["host"]=>
  string(9) "localhost"
  ["port"]=>
  int(5432)
  ["user"]=>
  string(5) "admin"
  ["pass"]=>
  string(9) "p@ss;word"
  ["nothing"]=>
  NULL
  ["is_yes"]=>
  bool(true)
}
string(4) "true"
array(3) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "x"
  ["d"]=>
  string(5) "32759"
}
bool(false)
