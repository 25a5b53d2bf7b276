<?php
while (1) { continue 0; }
