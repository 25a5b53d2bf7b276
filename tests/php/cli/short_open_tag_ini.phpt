--TEST--
short_open_tag=on from --INI-- (a -d setting) lets <? open PHP code
--INI--
short_open_tag=on
--FILE--
<?
echo "short tag\n";
var_dump(ini_get("short_open_tag"));
?>
done
--EXPECT--
short tag
string(1) "1"
done
