--TEST--
program: CSV and INI: SplTempFileObject/SplFileObject flags, fputcsv/fgetcsv on php://memory and data:, str_getcsv, parse_ini_string modes
--FILE--
<?php
// CSV and INI processing: SplTempFileObject, SplFileObject flags, fgetcsv/fputcsv on php://memory, str_getcsv edge cases, parse_ini_string modes
$csv = new SplTempFileObject();
$rows = [['id', 'name', 'note', 'amount'], [1, 'Widget', 'plain', '9.99'], [2, 'Gadget, Deluxe', 'has "quotes"', '1,234.50'], [3, "Multi\nLine", '', '-0.5'], [4, 'Trailing space ', ' lead', '0']];
foreach ($rows as $r) $csv->fputcsv($r);
$csv->rewind();
echo $csv->fread(1000) ?: '', "--\n";
$csv->setFlags(SplFileObject::READ_CSV | SplFileObject::SKIP_EMPTY | SplFileObject::READ_AHEAD | SplFileObject::DROP_NEW_LINE);
$csv->rewind();
$header = null; $records = [];
foreach ($csv as $i => $row) {
    if ($header === null) { $header = $row; continue; }
    $records[] = array_combine($header, $row);
}
echo count($records), ' ', json_encode($records), "\n";
$total = array_sum(array_map(fn($r) => (float) str_replace(',', '', $r['amount']), $records)); printf("total=%.2f\n", $total);
$m = fopen('php://memory', 'w+');
fputcsv($m, ['a;b', 'c"d', "e\tf", null, true, 3.0], ';', "'");
fputcsv($m, ['x', 'y'], ',', '"', '\\', "\r\n");
fputcsv($m, ['back\\"slash', 'ok']);
rewind($m); echo json_encode(stream_get_contents($m)), "\n";
rewind($m); while (($r = fgetcsv($m, null, ';', "'")) !== false) echo json_encode($r), "\n";
fclose($m);
foreach (['a,b,,d', '"a""b",c', '"unterminated,x', 'a, "b" ,c', '', ',', '"a\"b",c', "x\ty", '  "q" ', "'s',t"] as $line) echo json_encode(str_getcsv($line)), ' ';
echo "\n", json_encode(str_getcsv("x\ty\t\"z\tw\"", "\t")), json_encode(str_getcsv("'a;b';c", ';', "'")), "\n";
$ini = <<<'INI'
; comment
[database]
host = localhost
port = 5432
enabled = true
debug = off
empty =
nothing = null
ratio = 0.75
name = "quoted ; not a comment"
path = /var/lib/${USER}
list[] = one
list[] = two
map[key] = value
octal = 0755
hex = 0x1F
[app:prod]
url = "https://example.com/?a=1&b=2"
flags = E_ALL & ~E_NOTICE
INI;
var_dump(parse_ini_string($ini, true));
var_dump(parse_ini_string($ini, true, INI_SCANNER_RAW)['database']);
var_dump(parse_ini_string($ini, false, INI_SCANNER_TYPED));
var_dump(@parse_ini_string("bad = \"unclosed\n[sec"), parse_ini_string(''), parse_ini_string("a=1\nb=on\nc=yes\nd=none\ne=no", false, INI_SCANNER_TYPED));
$f = new SplFileObject('php://memory', 'w+');
$f->fwrite("line1\nline2\n\nline4");
$f->rewind();
foreach ($f as $n => $line) echo $n, ':', json_encode($line), ' ';
echo "\n";
$f->setFlags(SplFileObject::DROP_NEW_LINE | SplFileObject::SKIP_EMPTY | SplFileObject::READ_AHEAD);
foreach ($f as $n => $line) echo $n, ':', json_encode($line), ' ';
echo "\n";
$f->seek(1); echo json_encode($f->current()), ' ', $f->key(), ' ', var_export($f->eof(), true), "\n";
$t = new SplTempFileObject(0); $t->fwrite("a\nb\nc\n"); $t->rewind(); echo json_encode(iterator_to_array(new LimitIterator($t, 1, 2))), "\n";
echo get_class($t), ' ', $t->getFilename(), ' ', json_encode($t->getCsvControl()), ' ', var_export($t->isFile(), true), "\n";
$tsv = "name\tqty\napple\t3\npear\t5\n"; $fh = fopen('data://text/plain;base64,' . base64_encode($tsv), 'r');
$hdr = fgetcsv($fh, 0, "\t"); $sum = 0; while ($row = fgetcsv($fh, 0, "\t")) { $sum += (int)$row[1]; } echo implode('|', $hdr), " sum=$sum\n"; fclose($fh);
echo json_encode(array_map('str_getcsv', explode("\n", "a,b\nc,\"d\ne\""))), "\n";

--EXPECT--
id,name,note,amount
1,Widget,plain,9.99
2,"Gadget, Deluxe","has ""quotes""","1,234.50"
3,"Multi
Line",,-0.5
4,"Trailing space "," lead",0
--
4 [{"id":"1","name":"Widget","note":"plain","amount":"9.99"},{"id":"2","name":"Gadget, Deluxe","note":"has \"quotes\"","amount":"1,234.50"},{"id":"3","name":"Multi\nLine","note":"","amount":"-0.5"},{"id":"4","name":"Trailing space ","note":" lead","amount":"0"}]
total=1243.99
"'a;b';c\"d;'e\tf';;1;3\nx,y\r\n\"back\\\"slash\",ok\n"
["a;b","c\"d","e\tf","","1","3"]
["x,y"]
["\"back\\\"slash\",ok"]
["a","b","","d"] ["a\"b","c"] ["unterminated,x"] ["a","b ","c"] [null] ["",""] ["a\\\"b","c"] ["x\ty"] ["q "] ["'s'","t"] 
["x","y","z\tw"]["a;b","c"]
array(2) {
  ["database"]=>
  array(13) {
    ["host"]=>
    string(9) "localhost"
    ["port"]=>
    string(4) "5432"
    ["enabled"]=>
    string(1) "1"
    ["debug"]=>
    string(0) ""
    ["empty"]=>
    string(0) ""
    ["nothing"]=>
    string(0) ""
    ["ratio"]=>
    string(4) "0.75"
    ["name"]=>
    string(22) "quoted ; not a comment"
    ["path"]=>
    string(9) "/var/lib/"
    ["list"]=>
    array(2) {
      [0]=>
      string(3) "one"
      [1]=>
      string(3) "two"
    }
    ["map"]=>
    array(1) {
      ["key"]=>
      string(5) "value"
    }
    ["octal"]=>
    string(4) "0755"
    ["hex"]=>
    string(4) "0x1F"
  }
  ["app:prod"]=>
  array(2) {
    ["url"]=>
    string(28) "https://example.com/?a=1&b=2"
    ["flags"]=>
    string(5) "32759"
  }
}
array(13) {
  ["host"]=>
  string(9) "localhost"
  ["port"]=>
  string(4) "5432"
  ["enabled"]=>
  string(4) "true"
  ["debug"]=>
  string(3) "off"
  ["empty"]=>
  string(0) ""
  ["nothing"]=>
  string(4) "null"
  ["ratio"]=>
  string(4) "0.75"
  ["name"]=>
  string(22) "quoted ; not a comment"
  ["path"]=>
  string(16) "/var/lib/${USER}"
  ["list"]=>
  array(2) {
    [0]=>
    string(3) "one"
    [1]=>
    string(3) "two"
  }
  ["map"]=>
  array(1) {
    ["key"]=>
    string(5) "value"
  }
  ["octal"]=>
  string(4) "0755"
  ["hex"]=>
  string(4) "0x1F"
}
array(15) {
  ["host"]=>
  string(9) "localhost"
  ["port"]=>
  int(5432)
  ["enabled"]=>
  bool(true)
  ["debug"]=>
  bool(false)
  ["empty"]=>
  string(0) ""
  ["nothing"]=>
  NULL
  ["ratio"]=>
  float(0.75)
  ["name"]=>
  string(22) "quoted ; not a comment"
  ["path"]=>
  string(9) "/var/lib/"
  ["list"]=>
  array(2) {
    [0]=>
    string(3) "one"
    [1]=>
    string(3) "two"
  }
  ["map"]=>
  array(1) {
    ["key"]=>
    string(5) "value"
  }
  ["octal"]=>
  int(755)
  ["hex"]=>
  string(4) "0x1F"
  ["url"]=>
  string(28) "https://example.com/?a=1&b=2"
  ["flags"]=>
  string(5) "32759"
}
bool(false)
array(0) {
}
array(5) {
  ["a"]=>
  int(1)
  ["b"]=>
  bool(true)
  ["c"]=>
  bool(true)
  ["d"]=>
  bool(false)
  ["e"]=>
  bool(false)
}
0:"line1\n" 1:"line2\n" 2:"\n" 3:"line4" 
0:"line1" 1:"line2" 2:"line4" 
"line2" 1 false
{"1":"b\n","2":"c\n"}
SplTempFileObject php://temp/maxmemory:0 [",","\"","\\"] false
name|qty sum=8
[["a","b"],["c","d"],["e\""]]
