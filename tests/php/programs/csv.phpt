--TEST--
program: CSV report (fgetcsv/fputcsv on php://memory, str_getcsv, temp files, SplFileObject, parse_ini_string, http_build_query, parse_url, filter_var)
--FILE--
<?php
$csv = <<<CSV
id,name,dept,salary,start
1,"Smith, John",Engineering,85000.50,2019-03-15
2,Jane Doe,Marketing,62000,2020-07-01
3,"O'Brien ""Bob""",Engineering,91000,2018-11-30
4,Li Wei,Sales,55000.75,2021-01-10
5,Ana Núñez,Marketing,70500,2017-05-22
6,"Multi
Line",Sales,48000,2022-02-28
CSV;
$fh = fopen('php://memory', 'w+');
fwrite($fh, $csv);
rewind($fh);
$header = fgetcsv($fh);
$rows = [];
while (($r = fgetcsv($fh)) !== false) {
    $rows[] = array_combine($header, $r);
}
fclose($fh);
echo count($rows), " rows\n";
$byDept = [];
foreach ($rows as $row) {
    $byDept[$row['dept']][] = (float)$row['salary'];
}
ksort($byDept);
printf("%-12s %5s %12s %12s %12s\n", 'Dept', 'N', 'Total', 'Avg', 'Max');
foreach ($byDept as $dept => $sal) {
    printf("%-12s %5d %12s %12.2f %12s\n", $dept, count($sal), number_format(array_sum($sal), 2), array_sum($sal) / count($sal), number_format(max($sal)));
}
usort($rows, fn($a, $b) => strcmp($a['start'], $b['start']));
foreach ($rows as $r) {
    $years = (int)((strtotime('2024-01-01') - strtotime($r['start'])) / (365.25 * 86400));
    echo str_pad(str_replace("\n", ' ', $r['name']), 18), ' ', $r['start'], ' ', $years, "y\n";
}
$out = fopen('php://memory', 'w+');
fputcsv($out, ['a', 'b,c', 'd"e', "f\ng", '', null, 1.5, true]);
fputcsv($out, ['x', 'y'], ';', "'");
rewind($out);
echo stream_get_contents($out);
fclose($out);
print_r(str_getcsv('1,"two, too",three,"four ""4"""'));
print_r(str_getcsv("a;b;'c;d'", ';', "'"));
$tmp = tempnam(sys_get_temp_dir(), 'csv');
file_put_contents($tmp, "line1\nline2\n\nline4");
print_r(file($tmp));
print_r(file($tmp, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
file_put_contents($tmp, "appended\n", FILE_APPEND);
echo filesize($tmp), ' ', md5_file($tmp), ' ', count(file($tmp)), "\n";
$f = fopen($tmp, 'r');
fseek($f, 6);
echo fgets($f), ftell($f), ' ', fread($f, 3), ' ', feof($f) ? 'eof' : 'more', "\n";
while (!feof($f)) { $l = fgets($f); if ($l !== false) echo '[', rtrim($l), ']'; }
echo "\n";
fclose($f);
$spl = new SplFileObject($tmp);
foreach ($spl as $n => $line) { if ($line !== '') echo $n, ':', rtrim($line), ' '; }
echo "\n";
unset($spl);
unlink($tmp);
var_dump(file_exists($tmp), @file_get_contents($tmp));
$data = [['id' => 1, 'tags' => ['a', 'b']], ['id' => 2, 'tags' => []]];
echo implode("\n", array_map(fn($r) => $r['id'] . ':' . (implode('|', $r['tags']) ?: '-'), $data)), "\n";
$ini = parse_ini_string("[db]\nhost=localhost\nport=5432\ndebug=true\nlist[]=1\nlist[]=2\n[app]\nname=\"My App\"\n", true);
var_dump($ini);
var_dump(parse_ini_string("a=1\nb=on\nc=null\nd=1.5", false, INI_SCANNER_TYPED));
$q = http_build_query(['a' => 1, 'b' => [1, 2], 'c' => 'x y', 'd' => null, 'e' => true]);
echo $q, "\n";
parse_str('x=1&y[]=2&y[]=3&z[k]=v', $parsed);
print_r($parsed);
print_r(parse_url('https://user:pw@example.com:8080/path/to?q=1&r[]=2#frag'));
echo sprintf('%s', var_export(filter_var('123', FILTER_VALIDATE_INT), true)), ' ', var_export(filter_var('12.5x', FILTER_VALIDATE_FLOAT), true), ' ', var_export(filter_var('a@b.co', FILTER_VALIDATE_EMAIL), true), ' ', var_export(filter_var('yes', FILTER_VALIDATE_BOOLEAN), true), "\n";
--EXPECT--
6 rows
Dept             N        Total          Avg          Max
Engineering      2   176,000.50     88000.25       91,000
Marketing        2   132,500.00     66250.00       70,500
Sales            2   103,000.75     51500.38       55,001
Ana Núñez        2017-05-22 6y
O'Brien "Bob"      2018-11-30 5y
Smith, John        2019-03-15 4y
Jane Doe           2020-07-01 3y
Li Wei             2021-01-10 2y
Multi Line         2022-02-28 1y
a,"b,c","d""e","f
g",,,1.5,1
x;y
Array
(
    [0] => 1
    [1] => two, too
    [2] => three
    [3] => four "4"
)
Array
(
    [0] => a
    [1] => b
    [2] => c;d
)
Array
(
    [0] => line1

    [1] => line2

    [2] => 

    [3] => line4
)
Array
(
    [0] => line1
    [1] => line2
    [2] => line4
)
27 732ebbd53ab8d762341f4ea6033ee1d6 4
line2
12 
li more
[ne4appended]
0:line1 1:line2 2: 3:line4appended 
bool(false)
bool(false)
1:a|b
2:-
array(2) {
  ["db"]=>
  array(4) {
    ["host"]=>
    string(9) "localhost"
    ["port"]=>
    string(4) "5432"
    ["debug"]=>
    string(1) "1"
    ["list"]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      string(1) "2"
    }
  }
  ["app"]=>
  array(1) {
    ["name"]=>
    string(6) "My App"
  }
}
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  bool(true)
  ["c"]=>
  NULL
  ["d"]=>
  float(1.5)
}
a=1&b%5B0%5D=1&b%5B1%5D=2&c=x+y&e=1
Array
(
    [x] => 1
    [y] => Array
        (
            [0] => 2
            [1] => 3
        )

    [z] => Array
        (
            [k] => v
        )

)
Array
(
    [scheme] => https
    [host] => example.com
    [port] => 8080
    [user] => user
    [pass] => pw
    [path] => /path/to
    [query] => q=1&r[]=2
    [fragment] => frag
)
123 false 'a@b.co' true
