--TEST--
INI_* constants, also from a namespace
--FILE--
<?php
namespace N;
var_dump(INI_USER, INI_PERDIR, INI_SYSTEM, INI_ALL, \INI_ALL === 7);
--EXPECT--
int(1)
int(2)
int(4)
int(7)
bool(true)
