--TEST--
case functions
--FILE--
<?php
var_dump(strtolower("HeLLo ÄÖ"), strtoupper("hello straße"), ucfirst("hello world"), lcfirst("Hello"), ucwords("hello big-world foo_bar"), ucwords("a-b c", "-"), ucfirst(""));
--EXPECT--
string(10) "hello ÄÖ"
string(13) "HELLO STRAßE"
string(11) "Hello world"
string(5) "hello"
string(23) "Hello Big-world Foo_bar"
string(5) "A-B c"
string(0) ""
