--TEST--
program: URL toolkit: parse_url edge cases, parse_str nesting, http_build_query, RFC 3986 resolution, query signing, filter_var
--FILE--
<?php
// URL toolkit: parse_url edge cases, parse_str nesting, http_build_query with objects/enc types, relative resolution, query signing
$urls = ['https://user:p%40ss@Example.COM:8443/a/b/../c/./d.php?x=1&y[]=2&y[]=3&z[k]=v#frag', '//cdn.example.com/lib.js', '/just/a/path?q', 'mailto:someone@example.com', 'file:///etc/hosts', 'http://[::1]:80/ipv6', 'http://host:0/', 'http://host:65536/', 'urn:isbn:0451450523', '?only=query', '#only-frag', 'http:///bad', 'http://a.b/c d?e f#g h', 'HTTP://EXAMPLE.com', 'example.com:8080/path', 'http://x.y/p?a=1?b=2'];
foreach ($urls as $u) echo str_pad($u, 50), ' ', json_encode(parse_url($u)), "\n";
echo json_encode([parse_url($urls[0], PHP_URL_HOST), parse_url($urls[0], PHP_URL_PORT), parse_url('/p', PHP_URL_HOST), parse_url($urls[0], PHP_URL_QUERY)]), "\n";
parse_str('a=1&b[]=2&b[]=3&c[x][y]=4&d=%20sp+ace&e&f=&g[=5&h.i=6&j k=7&arr[]=&arr[1]=x', $out); var_dump($out);
$data = ['name' => 'Zoë & Co', 'tags' => ['a b', 'c/d'], 'nested' => ['k' => ['deep' => true, 'no' => false]], 'n' => null, 'f' => 1.5, 'e' => '', 5 => 'five'];
echo http_build_query($data), "\n", http_build_query($data, 'p_', ';'), "\n", http_build_query($data, '', '&amp;', PHP_QUERY_RFC3986), "\n";
class Q { public $pub = 'x y'; protected $prot = 'hidden'; private $priv = 'hidden'; public $arr = [1, 2]; }
echo http_build_query(new Q), ' ', http_build_query(['o' => new Q]), "\n";
function resolve(string $base, string $rel): string {
    if (parse_url($rel, PHP_URL_SCHEME)) return $rel;
    $b = parse_url($base);
    if (str_starts_with($rel, '//')) return $b['scheme'] . ':' . $rel;
    if (str_starts_with($rel, '?')) return preg_replace('/[?#].*$/', '', $base) . $rel;
    if (str_starts_with($rel, '#')) return preg_replace('/#.*$/', '', $base) . $rel;
    $path = str_starts_with($rel, '/') ? $rel : preg_replace('#/[^/]*$#', '/', $b['path'] ?? '/') . $rel;
    [$path, $q] = array_pad(explode('?', $path, 2), 2, null);
    $segs = [];
    foreach (explode('/', $path) as $i => $s) {
        if ($s === '..') { if (count($segs) > 1) array_pop($segs); }
        elseif ($s !== '.') $segs[] = $s;
    }
    if (end($segs) !== '' && in_array(basename($path), ['.', '..'], true)) $segs[] = '';
    $port = isset($b['port']) ? ':' . $b['port'] : '';
    return "{$b['scheme']}://{$b['host']}$port" . implode('/', $segs) . ($q !== null ? "?$q" : '');
}
$base = 'http://a/b/c/d;p?q';
foreach (['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', 'g/./h', 'g/../h', '.', './', 'https://other/x'] as $r) echo str_pad($r, 12), resolve($base, $r), "\n";
function sign(array $params, string $secret): string { ksort($params); $qs = http_build_query($params, '', '&', PHP_QUERY_RFC3986); return $qs . '&sig=' . substr(hash_hmac('sha256', $qs, $secret), 0, 16); }
function verify(string $qs, string $secret): bool { parse_str($qs, $p); $sig = $p['sig'] ?? ''; unset($p['sig']); return hash_equals(substr(explode('&sig=', sign($p, $secret))[1], 0, 16), $sig); }
$signed = sign(['user' => 42, 'exp' => 1700000000, 'scope' => 'read write', 'list' => ['b', 'a']], 's3cret'); echo $signed, "\n";
var_dump(verify($signed, 's3cret'), verify(str_replace('42', '43', $signed), 's3cret'), verify($signed, 'wrong'));
echo urlencode('ä ö/?&=+~*'), ' ', rawurlencode('ä ö/?&=+~*'), ' ', urldecode('%C3%A4+%2B%7e'), ' ', rawurldecode('a+b%20c'), ' ', base64_encode(random_bytes(0)), "|\n";
echo json_encode(filter_var('http://example.com/path?x=1', FILTER_VALIDATE_URL)), json_encode(filter_var('not a url', FILTER_VALIDATE_URL)), json_encode(filter_var('mailto:x@y.z', FILTER_VALIDATE_URL)), json_encode(filter_var('a@b.co', FILTER_VALIDATE_EMAIL)), json_encode(filter_var('a@b', FILTER_VALIDATE_EMAIL)), json_encode(filter_var('192.168.1.300', FILTER_VALIDATE_IP)), json_encode(filter_var('::1', FILTER_VALIDATE_IP, FILTER_FLAG_IPV6)), json_encode(filter_var('42', FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 10]])), json_encode(filter_var('yes', FILTER_VALIDATE_BOOLEAN)), json_encode(filter_var('0x1A', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX)), json_encode(filter_var('1e3', FILTER_VALIDATE_FLOAT)), "\n";
echo json_encode(array_map(fn($h) => idn_like($h), ['Example.COM.', 'sub.domain.co.uk'])), "\n";
function idn_like(string $h): string { return strtolower(rtrim($h, '.')); }

--EXPECTF--
https://user:p%40ss@Example.COM:8443/a/b/../c/./d.php?x=1&y[]=2&y[]=3&z[k]=v#frag {"scheme":"https","host":"Example.COM","port":8443,"user":"user","pass":"p%40ss","path":"\/a\/b\/..\/c\/.\/d.php","query":"x=1&y[]=2&y[]=3&z[k]=v","fragment":"frag"}
//cdn.example.com/lib.js                           {"host":"cdn.example.com","path":"\/lib.js"}
/just/a/path?q                                     {"path":"\/just\/a\/path","query":"q"}
mailto:someone@example.com                         {"scheme":"mailto","path":"someone@example.com"}
file:///etc/hosts                                  {"scheme":"file","path":"\/etc\/hosts"}
http://[::1]:80/ipv6                               {"scheme":"http","host":"[::1]","port":80,"path":"\/ipv6"}
http://host:0/                                     {"scheme":"http","host":"host","port":0,"path":"\/"}
http://host:65536/                                 false
urn:isbn:0451450523                                {"scheme":"urn","path":"isbn:0451450523"}
?only=query                                        {"query":"only=query"}
#only-frag                                         {"fragment":"only-frag"}
http:///bad                                        false
http://a.b/c d?e f#g h                             {"scheme":"http","host":"a.b","path":"\/c d","query":"e f","fragment":"g h"}
HTTP://EXAMPLE.com                                 {"scheme":"HTTP","host":"EXAMPLE.com"}
example.com:8080/path                              {"host":"example.com","port":8080,"path":"\/path"}
http://x.y/p?a=1?b=2                               {"scheme":"http","host":"x.y","path":"\/p","query":"a=1?b=2"}
["Example.COM",8443,null,"x=1&y[]=2&y[]=3&z[k]=v"]
array(10) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  array(2) {
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "3"
  }
  ["c"]=>
  array(1) {
    ["x"]=>
    array(1) {
      ["y"]=>
      string(1) "4"
    }
  }
  ["d"]=>
  string(7) " sp ace"
  ["e"]=>
  string(0) ""
  ["f"]=>
  string(0) ""
  ["g_"]=>
  string(1) "5"
  ["h_i"]=>
  string(1) "6"
  ["j_k"]=>
  string(1) "7"
  ["arr"]=>
  array(2) {
    [0]=>
    string(0) ""
    [1]=>
    string(1) "x"
  }
}
name=Zo%C3%r%%rAB+%26+Co&tags%5B0%5D=a+b&tags%5B1%5D=c%2Fd&nested%5Bk%5D%5Bdeep%5D=1&nested%5Bk%5D%5Bno%5D=0&f=1.5&e=&5=five
name=Zo%C3%r%%rAB+%26+Co;tags%5B0%5D=a+b;tags%5B1%5D=c%2Fd;nested%5Bk%5D%5Bdeep%5D=1;nested%5Bk%5D%5Bno%5D=0;f=1.5;e=;p_5=five
name=Zo%C3%r%%rAB%20%26%20Co&amp;tags%5B0%5D=a%20b&amp;tags%5B1%5D=c%2Fd&amp;nested%5Bk%5D%5Bdeep%5D=1&amp;nested%5Bk%5D%5Bno%5D=0&amp;f=1.5&amp;e=&amp;5=five
pub=x+y&arr%5B0%5D=1&arr%5B1%5D=2 o%5Bpub%5D=x+y&o%5Barr%5D%5B0%5D=1&o%5Barr%5D%5B1%5D=2
g           http://a/b/c/g
./g         http://a/b/c/g
g/          http://a/b/c/g/
/g          http://a/g
//g         http://g
?y          http://a/b/c/d;p?y
g?y         http://a/b/c/g?y
#s          http://a/b/c/d;p?q#s
g#s         http://a/b/c/g#s
..          http://a/b/
../         http://a/b/
../g        http://a/b/g
../..       http://a
../../      http://a/
../../g     http://a/g
../../../g  http://a/g
g/./h       http://a/b/c/g/h
g/../h      http://a/b/c/h
.           http://a/b/c/
./          http://a/b/c/
https://other/xhttps://other/x
exp=1700000000&list%5B0%5D=b&list%5B1%5D=a&scope=read%20write&user=42&sig=ddcdd4a7e9cb8b1a
bool(true)
bool(false)
bool(false)
%C3%r%%rA4+%C3%B6%2F%3F%26%3D%2B%7E%2A %C3%r%%rA4%20%C3%B6%2F%3F%26%3D%2B~%2A ä +~ a+b c 
Fatal error: Uncaught ValueError: random_bytes(): Argument #1 ($length) must be greater than 0 in %s/tests/php/programs/urls.php:34
Stack trace:
#0 %s/tests/php/programs/urls.php(34): random_bytes(0)
#1 {main}
  thrown in %s/tests/php/programs/urls.php on line 34
