<?php
// Fixture: a plain relative include resolves against this file's directory.
include 'sibling.php';
