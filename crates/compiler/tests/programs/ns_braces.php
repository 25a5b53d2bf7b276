<?php
namespace A { function f() {} f(); }
namespace { \A\f(); strlen("x"); }
