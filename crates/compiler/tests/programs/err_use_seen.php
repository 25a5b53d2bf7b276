<?php
namespace N; function f() {} use function X\f;
