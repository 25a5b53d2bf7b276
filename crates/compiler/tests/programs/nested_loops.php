<?php
for ($i = 0; $i < 3; $i++) {
  foreach ($a as $v) {
    while (true) {
      switch ($v) { case 1: break 3; case 2: continue 4; }
      do { break 2; } while (0);
    }
  }
}
