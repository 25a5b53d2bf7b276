--TEST--
heredoc with interpolation and escapes
--FILE--
<?php
$name = "World"; $arr = ['k' => 'v'];
echo <<<EOT
Hello $name!
  Indented {$arr['k']} $arr[k]
Tab:\tEnd \$name \x41
EOT;
echo "\n";
echo <<<"QUOTED"
quoted $name
QUOTED;
echo "\n";
--EXPECT--
Hello World!
  Indented v v
Tab:	End $name A
quoted World
