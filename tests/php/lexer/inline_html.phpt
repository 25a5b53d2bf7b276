--TEST--
inline HTML around PHP blocks
--FILE--
Hello <b>world</b>
<?php echo "in php\n"; ?>
after close
<?php echo "again"; ?>X
<?php echo "no newline eaten"; ?>

end
--EXPECT--
Hello <b>world</b>
in php
after close
againX
no newline eaten
end
