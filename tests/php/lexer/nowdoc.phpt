--TEST--
nowdoc: no interpolation, no escapes
--FILE--
<?php
$name = "x";
echo <<<'EOT'
raw $name {$name} \n \t \\
  kept indent
EOT;
echo "\n";
echo <<<'EOT'
    indented nowdoc
      keeps relative
    EOT;
echo "\n";
--EXPECT--
raw $name {$name} \n \t \\
  kept indent
indented nowdoc
  keeps relative
