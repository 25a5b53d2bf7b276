--TEST--
disk_free_space / disk_total_space, umask, chown / chgrp / lchown, linkinfo and get_current_user: values, and php's warnings for missing files and unknown names
--FILE--
<?php
$dir = __DIR__;
$free = disk_free_space($dir);
$total = disk_total_space($dir);
var_dump(is_float($free), is_float(diskfreespace($dir)), $total >= $free, $free > 0);
var_dump(disk_free_space("$dir/no/such/dir"), disk_total_space(""));

$old = umask(022);
var_dump(umask(), umask(0), umask());
umask($old);

$f = "$dir/file_system_owner_disk.tmp";
touch($f);
var_dump(chown("$dir/no/such/file", 0), chgrp("$dir/no/such/file", 0), lchown("$dir/no/such/file", 0));
var_dump(chown($f, "no_such_user_here"), chgrp($f, "no_such_group_here"));
var_dump(linkinfo($f) === stat($f)['dev'], linkinfo("$dir/no/such/file"));
var_dump(is_string(get_current_user()));
unlink($f);
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)

Warning: disk_free_space(): No such file or directory in %s/tests/php/stdlib/file_system_owner_disk.php on line 6
bool(false)
bool(false)
int(18)
int(18)
int(0)

Warning: chown(): No such file or directory in %s/tests/php/stdlib/file_system_owner_disk.php on line 14

Warning: chgrp(): No such file or directory in %s/tests/php/stdlib/file_system_owner_disk.php on line 14

Warning: lchown(): No such file or directory in %s/tests/php/stdlib/file_system_owner_disk.php on line 14
bool(false)
bool(false)
bool(false)

Warning: chown(): Unable to find uid for no_such_user_here in %s/tests/php/stdlib/file_system_owner_disk.php on line 15

Warning: chgrp(): Unable to find gid for no_such_group_here in %s/tests/php/stdlib/file_system_owner_disk.php on line 15
bool(false)
bool(false)

Warning: linkinfo(): No such file or directory in %s/tests/php/stdlib/file_system_owner_disk.php on line 16
bool(true)
int(-1)
bool(true)
