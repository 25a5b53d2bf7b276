<?php
echo "this file has a syntax error"
echo "missing semicolon above";
