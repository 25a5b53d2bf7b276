--TEST--
parse_url on tricky URLs (ports, relative schemes, IPv6, user info, control characters)
--FILE--
<?php
$urls = [
 'http://user:pass@host:8080/p/a/t/h?query=1#frag', '//example.com/path', '/just/path?x=1', 'mailto:a@b.c',
 'http://[::1]:80/x', 'http://host:/x', 'http://host:65536/', 'http://host:0/', 'file:///etc/passwd', 'x:1',
 'a:65535', 'a:65536', 'http://user@:80', 'http:///example.com', 'http://a?b#c?d', '?q', '#f', '', 'http://',
 'http://host/#', 'http://host/?', 'scheme:', 'foo://bar:baz@qux', 'http://u:p:w@h', 'http://h:12ab/', 'www.example.com:8080/x',
 'localhost:80', 'javascript:alert(1)', 'http://a b.com/', "http://h/\x00x", 'http://@h', 'http://:@h', '/?a=b:c', 'c:\\windows',
 'http://host:80:90/', 'https://ex.com:443?', 'ex.com/p:8', '//host:123', '//:123', 'http://[fe80::1%25en0]/', 'http://h/p;params?q',
 '1.2.3.4:5', 'mysql://root@localhost/db', 'a://b:c@d:e/f', 'http://user:@host', 'x://::abc/?',
];
foreach ($urls as $u) { echo json_encode($u), ' => ', json_encode(parse_url($u)), "\n"; }
foreach (['http://u:p@h:8/p?q#f'] as $u) { foreach ([PHP_URL_SCHEME, PHP_URL_HOST, PHP_URL_PORT, PHP_URL_USER, PHP_URL_PASS, PHP_URL_PATH, PHP_URL_QUERY, PHP_URL_FRAGMENT] as $c) var_dump(parse_url($u, $c)); }
var_dump(parse_url('//h', PHP_URL_PORT));
try { parse_url('x', 99); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
"http:\/\/user:pass@host:8080\/p\/a\/t\/h?query=1#frag" => {"scheme":"http","host":"host","port":8080,"user":"user","pass":"pass","path":"\/p\/a\/t\/h","query":"query=1","fragment":"frag"}
"\/\/example.com\/path" => {"host":"example.com","path":"\/path"}
"\/just\/path?x=1" => {"path":"\/just\/path","query":"x=1"}
"mailto:a@b.c" => {"scheme":"mailto","path":"a@b.c"}
"http:\/\/[::1]:80\/x" => {"scheme":"http","host":"[::1]","port":80,"path":"\/x"}
"http:\/\/host:\/x" => {"scheme":"http","host":"host","path":"\/x"}
"http:\/\/host:65536\/" => false
"http:\/\/host:0\/" => {"scheme":"http","host":"host","port":0,"path":"\/"}
"file:\/\/\/etc\/passwd" => {"scheme":"file","path":"\/etc\/passwd"}
"x:1" => {"host":"x","port":1}
"a:65535" => {"host":"a","port":65535}
"a:65536" => false
"http:\/\/user@:80" => false
"http:\/\/\/example.com" => false
"http:\/\/a?b#c?d" => {"scheme":"http","host":"a","query":"b","fragment":"c?d"}
"?q" => {"query":"q"}
"#f" => {"fragment":"f"}
"" => {"path":""}
"http:\/\/" => false
"http:\/\/host\/#" => {"scheme":"http","host":"host","path":"\/","fragment":""}
"http:\/\/host\/?" => {"scheme":"http","host":"host","path":"\/","query":""}
"scheme:" => {"scheme":"scheme"}
"foo:\/\/bar:baz@qux" => {"scheme":"foo","host":"qux","user":"bar","pass":"baz"}
"http:\/\/u:p:w@h" => {"scheme":"http","host":"h","user":"u","pass":"p:w"}
"http:\/\/h:12ab\/" => {"scheme":"http","host":"h","port":12,"path":"\/"}
"www.example.com:8080\/x" => {"host":"www.example.com","port":8080,"path":"\/x"}
"localhost:80" => {"host":"localhost","port":80}
"javascript:alert(1)" => {"scheme":"javascript","path":"alert(1)"}
"http:\/\/a b.com\/" => {"scheme":"http","host":"a b.com","path":"\/"}
"http:\/\/h\/\u0000x" => {"scheme":"http","host":"h","path":"\/_x"}
"http:\/\/@h" => {"scheme":"http","host":"h","user":""}
"http:\/\/:@h" => {"scheme":"http","host":"h","user":"","pass":""}
"\/?a=b:c" => {"path":"\/","query":"a=b:c"}
"c:\\windows" => {"scheme":"c","path":"\\windows"}
"http:\/\/host:80:90\/" => {"scheme":"http","host":"host:80","port":90,"path":"\/"}
"https:\/\/ex.com:443?" => {"scheme":"https","host":"ex.com","port":443,"query":""}
"ex.com\/p:8" => {"host":"ex.com","port":8,"path":"\/p:8"}
"\/\/host:123" => {"host":"host","port":123}
"\/\/:123" => false
"http:\/\/[fe80::1%25en0]\/" => {"scheme":"http","host":"[fe80::1%25en0]","path":"\/"}
"http:\/\/h\/p;params?q" => {"scheme":"http","host":"h","path":"\/p;params","query":"q"}
"1.2.3.4:5" => {"host":"1.2.3.4","port":5}
"mysql:\/\/root@localhost\/db" => {"scheme":"mysql","host":"localhost","user":"root","path":"\/db"}
"a:\/\/b:c@d:e\/f" => false
"http:\/\/user:@host" => {"scheme":"http","host":"host","user":"user","pass":""}
"x:\/\/::abc\/?" => false
string(4) "http"
string(1) "h"
int(8)
string(1) "u"
string(1) "p"
string(2) "/p"
string(1) "q"
string(1) "f"
NULL
parse_url(): Argument #2 ($component) must be a valid URL component identifier, 99 given
