<?php
function foo() {
  echo 1;
}
function foo() {}
